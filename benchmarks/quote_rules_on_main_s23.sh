#!/usr/bin/env bash
# Session 23 (helper Q9): this branch's new quote, entity and eval tests run on main's code
# (each must fail there). BASE is a detached worktree of main; its tests/ are put back after.
#   git worktree add --detach BASE main
#   bash benchmarks/quote_rules_on_main_s23.sh BASE > benchmarks/logs/quote_rules_on_main_s23.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
echo "# branch $(git -C "$here" rev-parse --short HEAD) tests on main $(git -C "$base" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
git -C "$base" checkout -q -- eval/  # main's own eval scripts (quote_compare.sh copies the branch's)
cp "$here"/tests/test_quotes.py "$here"/tests/test_entities.py "$here"/tests/test_eval.py "$base/tests/"
selected="head_noun_before or unnamed_spokesman_of_a_body or monitor_referred or short_name_is_read"
selected="$selected or syrian_army_command or clitics_a_name_takes or clitics_and_spelling"
selected="$selected or opening_the_sentence or envoy or cavusoglu"
(cd "$base" && "$python" -m pytest -q -p no:cacheprovider tests/test_quotes.py tests/test_entities.py \
  tests/test_eval.py -k "$selected" 2>&1 | grep -E "^(FAILED|PASSED|ERROR)|passed|failed")
git -C "$base" checkout -q -- tests/
