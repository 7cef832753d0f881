#!/usr/bin/env bash
# Grouping (issue 9, session 18): the ONE scoring of eval/dev/groups5.yaml's hidden part, at
# the end: main beside this branch (benchmarks/group_compare.sh BASE hidden), then the
# candidate that was not kept (count_shared refitted, a worktree of commit 70dd19d), scored
# after the decision against it was committed. Totals only; no pair of the part is printed.
#
#   benchmarks/group_hidden_s18.sh BASE_WORKTREE CANDIDATE_WORKTREE \
#     > benchmarks/logs/group_devset_s18_hidden.log
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
candidate=$(cd "$2" && pwd)
"$here/benchmarks/group_compare.sh" "$1" hidden
echo "## candidate $(git -C "$candidate" rev-parse --short HEAD) (not kept): eval/group_pages.py --set groups5 --part hidden"
(cd "$candidate" && PYTHONPATH="$candidate" "${PYTHON:-$here/.venv/bin/python}" eval/group_pages.py --set groups5 --part hidden 2>&1)
