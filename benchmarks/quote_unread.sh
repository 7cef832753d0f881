#!/usr/bin/env bash
# An unread quote batch, scored ONCE by the lead (each session's quote_decision_*.log): main
# before the session's quote rules beside main after them, totals only. BEFORE is a checkout
# of the commit before the rules' merge (git worktree add --detach DIR <commit>); this
# checkout's quote_devset.py and eval/dev/quotes.yaml are copied into it (untracked) so only
# generator/ and seeds/ differ.
#   benchmarks/quote_unread.sh BATCH BEFORE > benchmarks/logs/quote_unread<BATCH>_s<N>.log
# (batch 22, session 21: quote_unread22_s21.sh, which calls this; batch 23, session 22)
set -euo pipefail
batch=$1
here=$(cd "$(dirname "$0")/.." && pwd)
before=$(cd "$2" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here/eval/quote_devset.py" "$before/eval/"
cp "$here/eval/dev/quotes.yaml" "$before/eval/dev/"
echo "# quote batch $batch once: before $(git -C "$before" rev-parse --short HEAD), after" \
  "$(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in before here; do
  dir=${!side}
  echo "## ${side/here/after}: eval/quote_devset.py --unread $batch"
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py --unread "$batch")
done
