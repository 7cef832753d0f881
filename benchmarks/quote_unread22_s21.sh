#!/usr/bin/env bash
# Quote batch 22, scored ONCE (benchmarks/logs/quote_decision_s21.log): main before helper Q7's
# quote rules beside main after them, totals only. BEFORE is a checkout of the commit before
# the merge (git worktree add --detach DIR <commit>); this checkout's quote_devset.py and
# eval/dev/quotes.yaml are copied into it (untracked) so only generator/ and seeds/ differ.
#   benchmarks/quote_unread22_s21.sh BEFORE > benchmarks/logs/quote_unread22_s21.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here/eval/quote_devset.py" "$before/eval/"
cp "$here/eval/dev/quotes.yaml" "$before/eval/dev/"
echo "# quote batch 22 once: before $(git -C "$before" rev-parse --short HEAD), after" \
  "$(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in before here; do
  dir=${!side}
  echo "## ${side/here/after}: eval/quote_devset.py --unread 22"
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py --unread 22)
done
