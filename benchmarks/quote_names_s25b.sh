#!/usr/bin/env bash
# Session 25 (helper Q12): quoted names, titles and slogans taken for speech, main beside this
# branch, in one log: quote_effect_s22.sh (batches 1-26 right verdicts, tune's labelled
# quotations, every quotation found on tune and the spent development sets, undated and dated,
# tune's speakers outside the glossary), then tune's quoted names taken for speech
# (eval/quote_names_taken.py) and the quote lines of `python -m generator eval` on tune.
# Never test; never an unread batch (27) or set.
#   git worktree add --detach BASE main
#   PYTHON=/work/main/.venv/bin/python bash benchmarks/quote_names_s25b.sh BASE \
#     > benchmarks/logs/quote_names_s25b.log 2>&1
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
bash "$here/benchmarks/quote_effect_s22.sh" "$base"
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  echo "==== $label $(git -C "$dir" rev-parse --short HEAD): tune's quoted names taken for speech" \
    "(eval/quote_names_taken.py)"
  (cd "$dir" && PYTHONPATH="$dir" "$python" eval/quote_names_taken.py)
done
for pair in "main:$base" "branch:$here"; do
  label=${pair%%:*} dir=${pair#*:}
  echo "==== $label $(git -C "$dir" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'):" \
    "python -m generator eval (split tune), quote lines"
  (cd "$dir" && PYTHONPATH="$dir" "$python" -m generator eval 2>&1 | grep -a -i quot)
done
