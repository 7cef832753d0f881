#!/usr/bin/env bash
# The unread grouping sets groups11 and groups12 scored ONCE, for EVENT DATES ONLY, by the lead
# (benchmarks/logs/date_decision_s24.log): main before the session's date rules beside this
# checkout (main after them), pooled over both sets, totals only (eval/group_pages.py
# --dates-only: nothing about grouping, no page). BEFORE is a checkout of the commit before the
# rules' merge (git worktree add --detach DIR <commit>); this checkout's eval/group_pages.py is
# copied over its own (left uncommitted: main before the merge has no --dates-only), so only
# generator/ and seeds/ differ. Never run before the branch is final.
#   benchmarks/date_unread.sh BEFORE > benchmarks/logs/date_unread_s24.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
before=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
# DATE_UNREAD_SETS: other sets, only to try the script on spent ones (groups9 groups10).
read -ra sets <<< "${DATE_UNREAD_SETS:-groups11 groups12}"
cp "$here/eval/group_pages.py" "$before/eval/"
echo "# event dates of ${sets[*]} pooled, once: before $(git -C "$before" rev-parse --short HEAD)," \
  "after $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC');" \
  "load $(cut -d' ' -f1-3 /proc/loadavg)"
for side in before here; do
  dir=${!side}
  for set in "${sets[@]}"; do
    (cd "$dir" && PYTHONPATH="$dir" "$python" eval/group_pages.py --set "$set" --part hidden --dates-only)
  done | awk -v side="${side/here/after}" -v sets="${sets[*]}" '
    { right += $6; pages += $8; labelled += $10 }
    END { printf "%s: event dates of %s pooled: right %d of %d pages; %d of %d with the labelled events\n",
          side, sets, right, pages, labelled, pages }'
done
