#!/usr/bin/env bash
# Counts behind the starter gazetteer (session 20, helper L), on the TUNING half and the
# spent development pages only (eval/gazetteer_counts.py never loads `test`):
# names after cue words and unrecognised words by documents with main's glossary (what was
# missing), probes of candidate names, then every added entry's forms as matched with this
# branch's glossary, with each one-word form's hits in context (false matches judged by hand).
#   bash benchmarks/gazetteer_counts_s20.sh BASE_WORKTREE > benchmarks/logs/gazetteer_counts_s20.log 2>&1
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
base=$(cd "$1" && pwd)
python=${PYTHON:-$here/.venv/bin/python}
cp "$here/eval/gazetteer_counts.py" "$base/eval/"
echo "# gazetteer counts: base $(git -C "$base" rev-parse --short HEAD)," \
  "branch $(git -C "$here" rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC')"
in_base() { (cd "$base" && PYTHONPATH="$base" "$python" eval/gazetteer_counts.py "$@"); }
echo "==== main's glossary: cues"
in_base cues --top 60
echo "==== main's glossary: words and pairs"
in_base words --top 300
echo "==== probes (documents, whatever the glossary)"
in_base probe أوجلان بايدن ترامب إسبر جيفري "توم باراك" باراك بومبيو روبيو كوريلا صويلو \
  "صالح مسلم" بارزاني أربيل الموصل سنجار البوكمال الميادين الشدادي عامودا الدرباسية جرابلس \
  الباب أعزاز حمص حماة اللاذقية السويداء "مخيم روج" كونيكو التنف إسرائيل إيران طهران \
  الجولاني "أبو قصرة" مسد "مجلس سوريا الديمقراطية" "الاستخبارات التركية" العكيدات النصرة \
  "درع الفرات" "سري كانيه" "تل أبيض" "رأس العين" "عين عيسى" "تل تمر" الطبقة "سد تشرين" \
  الباغوز ذيبان "سجن الصناعة" "سجن غويران" "حقل العمر" سيمالكا "معبر الوليد" اليعربية \
  "الشيخ مقصود" الأشرفية عفرين "نبع السلام" "غصن الزيتون" "وحدات حماية المرأة" \
  "حزب الاتحاد الديمقراطي" "هيئة تحرير الشام" "الجيش العربي السوري" "الجيش السوري" \
  "الجيش السوري الحر" "الأمم المتحدة" "مجلس الأمن" "حزب العدالة والتنمية" \
  "الخارجية الأميركية" "وزارة الدفاع السورية" "فيصل المقداد" "هاكان فيدان" \
  "جاويش أوغلو" "بشار الأسد" الأسد "حافظ الأسد" "عين الأسد" "أحمد الشرع" الشرع \
  "فاروق الشرع" "أسعد الشيباني" الشيباني "فرهاد شامي" "رامي عبد الرحمن" "إلهام أحمد" \
  "نهر الفرات" الفرات "شرق الفرات" "سد الفرات" "غضب الفرات" بغداد إسطنبول "إقليم كردستان" \
  "مخيم الجدعة" نينوى الأنبار "قوات الأمن الداخلي" "مجلس دير الزور العسكري" \
  "حزب الله" البيشمركة سانا الأناضول "سيبان حمو"
echo "==== this branch's glossary: the added entries' forms in text"
(cd "$here" && "$python" eval/gazetteer_counts.py forms --base main --contexts)
