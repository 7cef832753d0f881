#!/usr/bin/env bash
# Quote batch 23 (labelled blind by helper QB2 in session 22), scored ONCE by the lead: main
# before this session's quote rules beside main after them, totals only. Written for the lead,
# never run by its labeller. BEFORE is a checkout of the commit before the rules' merge
# (git worktree add --detach DIR <commit>); this checkout's quote_devset.py and
# eval/dev/quotes.yaml are copied into it (untracked) so only generator/ and seeds/ differ.
#   benchmarks/quote_unread23_s22.sh BEFORE > benchmarks/logs/quote_unread23_s22.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here/eval/quote_devset.py" "$before/eval/"
cp "$here/eval/dev/quotes.yaml" "$before/eval/dev/"
echo "# quote batch 23 once: before $(git -C "$before" rev-parse --short HEAD), after" \
  "$(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'); load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in before here; do
  dir=${!side}
  echo "## ${side/here/after}: eval/quote_devset.py --unread 23"
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_devset.py --unread 23)
done
