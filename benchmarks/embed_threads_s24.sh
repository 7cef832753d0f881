#!/usr/bin/env bash
# The lead embedding's OpenMP threads (session 24): `briefing eval --split tune` (tune only,
# never test) in a checkout, alone, then twice at once, as two test workers or two build
# processes run it on this 2-core machine. Wall seconds from /usr/bin/time.
#   benchmarks/embed_threads_s24.sh CHECKOUT... > benchmarks/logs/embed_threads_s24.log
set -euo pipefail
python=${PYTHON:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python}
for dir in "$@"; do
  echo "## $dir at $(git -C "$dir" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
  run() { (cd "$dir" && PYTHONPATH="$dir" /usr/bin/time -f "$1 %e s" "$python" -m generator eval --split tune 2>&1 >/dev/null | tail -n1); }
  run "alone:"
  run "at once, first:" & run "at once, second:"; wait
done
