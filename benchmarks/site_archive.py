"""Synthetic archives for the site benchmark (not a test, not a corpus for tuning).

``write_archive(project_dir, n_articles, seed=0)`` writes a whole project: mkdocs.yml and
templates from this checkout, the frozen founding glossary, and ``n_articles`` seeds with a
translation memory file each. Articles report "stories": each story has a kind (strike,
meeting, arrests, patrol, protest, displacement, statement), a place, people and
organisations from the glossary, a village, numbers and a date, and is reported by two to
five outlets, each in its own wording (templates with several phrasings per sentence,
sentences sampled and reordered). The English in the TM is the templates' English, marked
``origin: human`` with the translator ``synthetic``: no text here claims to be machine
output.

Deterministic for a given ``seed``. ``add_article`` writes one more article (a new story)
for add-one rebuilds.

Length: by default a report is a headline, a lead and two to five details (a median seed of
0.7 KB, about five sentences). ``sentences=N`` makes reports of N-2 to N+2 sentences, as real
reports run (the founding seeds have 10-15): beyond the headline, lead and details, quotes
(people of the story, residents, officials; in «» as the Arabic press writes them) and
background (earlier years, a second place, figures), sampled per outlet, so two reports of
one story share their facts but not their wording.
"""

# ruff: noqa: E501  # the phrase table keeps each Arabic phrasing beside its English on one line

from __future__ import annotations

import datetime as dt
import random
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "tests" / "fixtures" / "founding" / "seeds"
START = dt.date(2019, 1, 1)
STORY_DAYS = 2.0  # days of archive per story: one story every two days
OUTLETS = ("sohr", "al-modon", "al-hal-net", "orient-net", "rudaw", "afp", "reuters", "alhurra")
PERSONS = (
    ("مظلوم عبدي", "Mazloum Abdi"),
    ("آرام حنا", "Aram Hanna"),
    ("مصطفى بالي", "Mustafa Bali"),
    ("ريدور خليل", "Redur Khalil"),
    ("كينو غابرييل", "Kino Gabriel"),
    ("جون كيربي", "John Kirby"),
    ("خلوصي أكار", "Hulusi Akar"),
    ("لويد أوستن", "Lloyd Austin"),
)
ORGS = (
    ("قوات سوريا الديمقراطية", "the Syrian Democratic Forces"),
    ("التحالف الدولي", "the international coalition"),
    ("الجيش التركي", "the Turkish army"),
    ("الإدارة الذاتية", "the Autonomous Administration"),
    ("قوى الأمن الداخلي", "the Internal Security Forces"),
    ("الحكومة السورية", "the Syrian government"),
    ("القوات الروسية", "Russian forces"),
)
PLACES = (
    ("الحسكة", "Hasakah"),
    ("القامشلي", "Qamishli"),
    ("دير الزور", "Deir ez-Zor"),
    ("منبج", "Manbij"),
    ("عين العرب", "Kobani"),
    ("المالكية", "al-Malikiyah"),
    ("رميلان", "Rmelan"),
    ("تل رفعت", "Tal Rifaat"),
)
VILLAGES = (
    ("تل تمر", "Tal Tamr"),
    ("عامودا", "Amuda"),
    ("الدرباسية", "al-Darbasiyah"),
    ("رأس العين", "Ras al-Ain"),
    ("تل أبيض", "Tal Abyad"),
    ("الشدادي", "al-Shaddadi"),
    ("البصيرة", "al-Busayrah"),
    ("هجين", "Hajin"),
    ("الطبقة", "al-Tabqa"),
    ("عين عيسى", "Ain Issa"),
    ("القحطانية", "al-Qahtaniyah"),
    ("الجوادية", "al-Jawadiyah"),
    ("تل حميس", "Tal Hamis"),
    ("الصور", "al-Sur"),
    ("الشحيل", "al-Shuhayl"),
    ("ذيبان", "Dhiban"),
    ("زركان", "Zirgan"),
    ("أبو راسين", "Abu Rasin"),
    ("الكسرة", "al-Kasrah"),
    ("العزبة", "al-Izbah"),
)
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# (Arabic, English) phrasings per kind and role; slots: {org} {org2} {person} {place}
# {village} {n} {m} {day}.
KINDS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "strike": {
        "head": [
            (
                "قصف على قرية {village} في ريف {place} يوقع {n} ضحايا",
                "Shelling of {village} in the {place} countryside leaves {n} casualties",
            ),
            (
                "{n} قتلى بقصف استهدف {village} قرب {place}",
                "{n} killed in shelling that hit {village} near {place}",
            ),
            (
                "طائرة مسيرة تستهدف موقعا في {village} بريف {place}",
                "A drone targets a position in {village} in the {place} countryside",
            ),
        ],
        "lead": [
            (
                "قصف {org} يوم {day} قرية {village} في ريف {place}، ما أدى إلى مقتل {n} أشخاص وإصابة {m} آخرين.",
                "{org} shelled the village of {village} in the {place} countryside on {day}, killing {n} people and wounding {m} others.",
            ),
            (
                "قتل {n} مدنيين وأصيب {m} بجروح في قصف نفذه {org} على قرية {village} يوم {day}.",
                "{n} civilians were killed and {m} wounded in shelling by {org} on the village of {village} on {day}.",
            ),
            (
                "استهدفت طائرة مسيرة تابعة لـ{org} سيارة في قرية {village} بريف {place} يوم {day}، وقتل {n} من ركابها.",
                "A drone belonging to {org} struck a car in {village} in the {place} countryside on {day}, killing {n} of its passengers.",
            ),
        ],
        "detail": [
            (
                "وقال مصدر طبي في مشفى {place} إن بين المصابين {m} أطفال.",
                "A medical source at the {place} hospital said {m} children were among the wounded.",
            ),
            (
                "وأفاد شهود عيان بأن القذائف سقطت على منازل مأهولة وسط القرية.",
                "Witnesses said the shells fell on inhabited houses in the middle of the village.",
            ),
            (
                "ونزحت عشرات العائلات من {village} نحو مدينة {place} خوفا من تجدد القصف.",
                "Dozens of families fled {village} towards the city of {place} for fear of renewed shelling.",
            ),
            (
                "وردت {org2} على مصادر النيران بالأسلحة الثقيلة بحسب بيان مقتضب.",
                "{org2} returned fire at the sources with heavy weapons, according to a brief statement.",
            ),
            (
                "ولم تعلق {org} على الحادثة حتى ساعة إعداد هذا التقرير.",
                "{org} had not commented on the incident by the time this report was prepared.",
            ),
        ],
    },
    "meeting": {
        "head": [
            (
                "{person} يلتقي وفدا من {org} في {place}",
                "{person} meets a delegation from {org} in {place}",
            ),
            (
                "اجتماع بين {org} و{org2} في {place} لبحث الأوضاع الأمنية",
                "{org} and {org2} meet in {place} to discuss the security situation",
            ),
            (
                "وفد من {org} يزور {place} ويبحث التنسيق مع {org2}",
                "A {org} delegation visits {place} and discusses coordination with {org2}",
            ),
        ],
        "lead": [
            (
                "التقى {person} يوم {day} وفدا من {org} في مدينة {place} لبحث التنسيق الأمني.",
                "{person} met a delegation from {org} in the city of {place} on {day} to discuss security coordination.",
            ),
            (
                "عقد ممثلون عن {org} و{org2} اجتماعا في {place} يوم {day} تناول ملف المعتقلين وحماية المنشآت.",
                "Representatives of {org} and {org2} held a meeting in {place} on {day} on detainees and the protection of facilities.",
            ),
            (
                "بحث وفد من {org} مع {person} في {place} يوم {day} سبل تعزيز التعاون ضد خلايا داعش.",
                "A {org} delegation discussed with {person} in {place} on {day} ways to strengthen cooperation against ISIS cells.",
            ),
        ],
        "detail": [
            (
                "وأكد الجانبان على أهمية استمرار التنسيق في مكافحة الإرهاب.",
                "Both sides stressed the importance of continued coordination against terrorism.",
            ),
            (
                "وتطرق الاجتماع إلى أوضاع مخيم الهول وعودة العائلات إلى بلداتها.",
                "The meeting touched on conditions in al-Hol camp and the return of families to their towns.",
            ),
            (
                "وقال {person} في تغريدة إن اللقاء كان مثمرا وإن العمل المشترك سيستمر.",
                "{person} said in a tweet that the meeting had been fruitful and that joint work would continue.",
            ),
            (
                "وحضر الاجتماع {n} من قادة المجالس العسكرية في المنطقة.",
                "{n} commanders of the area's military councils attended the meeting.",
            ),
            (
                "ويأتي اللقاء بعد أسابيع من التوتر في ريف {place}.",
                "The meeting comes after weeks of tension in the {place} countryside.",
            ),
        ],
    },
    "arrests": {
        "head": [
            (
                "حملة اعتقالات في {village} بريف {place}",
                "Arrest campaign in {village} in the {place} countryside",
            ),
            ("{org} تعتقل {n} أشخاص في {village}", "{org} arrests {n} people in {village}"),
            (
                "مداهمات في ريف {place} تسفر عن اعتقال {n} مطلوبين",
                "Raids in the {place} countryside lead to the arrest of {n} wanted men",
            ),
        ],
        "lead": [
            (
                "شنت {org} يوم {day} حملة مداهمات في قرية {village} بريف {place} واعتقلت {n} أشخاص.",
                "{org} carried out raids in the village of {village} in the {place} countryside on {day} and arrested {n} people.",
            ),
            (
                "اعتقلت {org} {n} شبان خلال حملة أمنية في {village} يوم {day}، بحسب مصادر محلية.",
                "{org} arrested {n} young men during a security campaign in {village} on {day}, according to local sources.",
            ),
            (
                "أعلنت {org} يوم {day} القبض على {n} من عناصر خلية تابعة لداعش في ريف {place}.",
                "{org} announced on {day} the capture of {n} members of an ISIS cell in the {place} countryside.",
            ),
        ],
        "detail": [
            (
                "وقالت مصادر محلية إن الحملة شملت {m} منازل على الأقل.",
                "Local sources said the campaign covered at least {m} houses.",
            ),
            (
                "وشاركت في العملية قوة من {org2} بدعم جوي.",
                "A force from {org2} took part in the operation with air support.",
            ),
            (
                "وذكر بيان رسمي أن المعتقلين متهمون بالتخطيط لهجمات في {place}.",
                "An official statement said the detainees were accused of planning attacks in {place}.",
            ),
            (
                "وطالب أهالي {village} بالإفراج عن أبنائهم الذين لا صلة لهم بالتنظيم.",
                "Residents of {village} demanded the release of their sons, who they said had no link to the group.",
            ),
            (
                "وصادرت القوة أسلحة وذخائر وأجهزة اتصال.",
                "The force seized weapons, ammunition and communication devices.",
            ),
        ],
    },
    "patrol": {
        "head": [
            (
                "دورية مشتركة بين {org} و{org2} في ريف {place}",
                "A joint patrol by {org} and {org2} in the {place} countryside",
            ),
            ("{org} تسيّر دورية جديدة قرب {village}", "{org} runs a new patrol near {village}"),
            (
                "استئناف الدوريات في ريف {place} بعد توقف دام {n} أيام",
                "Patrols resume in the {place} countryside after a {n}-day halt",
            ),
        ],
        "lead": [
            (
                "سيرت {org} يوم {day} دورية في ريف {place} انطلقت من قاعدة قرب {village}.",
                "{org} ran a patrol in the {place} countryside on {day}, setting off from a base near {village}.",
            ),
            (
                "انطلقت دورية مشتركة من {org} و{org2} يوم {day} في قرى ريف {place} الشرقي.",
                "A joint patrol by {org} and {org2} set off on {day} through villages in the eastern {place} countryside.",
            ),
            (
                "استأنفت {org} يوم {day} دورياتها في محيط {village} بعد توقف دام {n} أيام.",
                "{org} resumed its patrols around {village} on {day} after a {n}-day halt.",
            ),
        ],
        "detail": [
            (
                "وضمت الدورية {m} مدرعات رفعت أعلاما.",
                "The patrol included {m} armoured vehicles flying flags.",
            ),
            (
                "وجالت الدورية في قرى متاخمة للحدود قبل أن تعود إلى قاعدتها.",
                "The patrol toured villages near the border before returning to its base.",
            ),
            (
                "وقال مصدر عسكري إن الدوريات ستتكرر أسبوعيا.",
                "A military source said the patrols would be repeated weekly.",
            ),
            (
                "ورافقت الدورية سيارات تابعة لـ{org2}.",
                "Vehicles belonging to {org2} accompanied the patrol.",
            ),
            (
                "ويأتي ذلك وسط تهديدات متكررة بشن عملية عسكرية في المنطقة.",
                "This comes amid repeated threats of a military operation in the area.",
            ),
        ],
    },
    "protest": {
        "head": [
            (
                "مظاهرة في {place} احتجاجا على {org}",
                "A demonstration in {place} in protest against {org}",
            ),
            (
                "المئات يتظاهرون في {village} بريف {place}",
                "Hundreds demonstrate in {village} in the {place} countryside",
            ),
            (
                "احتجاجات في {place} تطالب بتحسين الخدمات",
                "Protests in {place} demand better services",
            ),
        ],
        "lead": [
            (
                "خرج مئات من أهالي {place} يوم {day} في مظاهرة احتجاجا على ممارسات {org}.",
                "Hundreds of residents of {place} demonstrated on {day} in protest at the practices of {org}.",
            ),
            (
                "تظاهر سكان قرية {village} يوم {day} مطالبين بتأمين المياه والكهرباء.",
                "Residents of the village of {village} demonstrated on {day}, demanding water and electricity.",
            ),
            (
                "نظم ناشطون في {place} يوم {day} وقفة احتجاجية أمام مقر {org}.",
                "Activists in {place} held a protest on {day} in front of the {org} headquarters.",
            ),
        ],
        "detail": [
            (
                "ورفع المتظاهرون لافتات تطالب بالإفراج عن المعتقلين.",
                "The demonstrators raised banners demanding the release of detainees.",
            ),
            (
                "وقال أحد المشاركين إن الأوضاع المعيشية لم تعد تحتمل.",
                "One participant said living conditions had become unbearable.",
            ),
            (
                "وانتشرت عناصر من {org2} في محيط مكان التظاهرة.",
                "Members of {org2} deployed around the site of the demonstration.",
            ),
            (
                "وانتهت المظاهرة دون تسجيل أي حوادث.",
                "The demonstration ended without any incidents.",
            ),
            (
                "وهذه المظاهرة هي الثالثة في {place} خلال شهر.",
                "This is the third demonstration in {place} in a month.",
            ),
        ],
    },
    "displacement": {
        "head": [
            (
                "نزوح مئات العائلات من {village} بريف {place}",
                "Hundreds of families flee {village} in the {place} countryside",
            ),
            (
                "أزمة نزوح جديدة في ريف {place}",
                "A new displacement crisis in the {place} countryside",
            ),
            ("{n} عائلة تصل إلى مخيمات {place}", "{n} families reach the camps of {place}"),
        ],
        "lead": [
            (
                "نزحت {n} عائلة من قرية {village} يوم {day} باتجاه مدينة {place} هربا من المعارك.",
                "{n} families fled the village of {village} on {day} towards the city of {place}, escaping the fighting.",
            ),
            (
                "وصلت يوم {day} نحو {n} عائلة نازحة إلى مخيمات ريف {place}، بحسب {org}.",
                "About {n} displaced families reached camps in the {place} countryside on {day}, according to {org}.",
            ),
            (
                "أعلنت {org} يوم {day} أن عدد النازحين من {village} تجاوز {n} عائلة.",
                "{org} announced on {day} that the number displaced from {village} had passed {n} families.",
            ),
        ],
        "detail": [
            (
                "وتعاني المخيمات من نقص في الخيام والمواد الغذائية.",
                "The camps suffer from shortages of tents and food.",
            ),
            (
                "وقال مسؤول محلي إن {m} عائلة ما زالت في العراء.",
                "A local official said {m} families were still without shelter.",
            ),
            (
                "وناشدت {org2} المنظمات الدولية تقديم المساعدة العاجلة.",
                "{org2} appealed to international organisations for urgent help.",
            ),
            (
                "وأقيمت مراكز إيواء مؤقتة في مدارس {place}.",
                "Temporary shelters were set up in schools in {place}.",
            ),
            (
                "ويخشى الأهالي من تجدد المعارك خلال الأيام المقبلة.",
                "Residents fear renewed fighting in the coming days.",
            ),
        ],
    },
    "statement": {
        "head": [
            (
                "{person}: لن نقبل بأي هجوم على {place}",
                "{person}: we will not accept any attack on {place}",
            ),
            (
                "{org} تصدر بيانا حول الأوضاع في {place}",
                "{org} issues a statement on the situation in {place}",
            ),
            ("تصريحات جديدة لـ{person} بشأن {org2}", "New remarks by {person} about {org2}"),
        ],
        "lead": [
            (
                "قال {person} يوم {day} إن {org} لن تقبل بأي هجوم على {place}.",
                "{person} said on {day} that {org} would not accept any attack on {place}.",
            ),
            (
                "أصدرت {org} يوم {day} بيانا حذرت فيه من تصعيد في ريف {place}.",
                "{org} issued a statement on {day} warning of an escalation in the {place} countryside.",
            ),
            (
                "دعا {person} يوم {day} {org2} إلى وقف التصعيد في {place} فورا.",
                "{person} called on {org2} on {day} to stop the escalation in {place} immediately.",
            ),
        ],
        "detail": [
            (
                "وأضاف أن الحوار هو السبيل الوحيد لحل الخلافات.",
                "He added that dialogue was the only way to resolve the disputes.",
            ),
            (
                "وأشار البيان إلى أن {n} هجوما سجل خلال الشهر الماضي.",
                "The statement noted that {n} attacks had been recorded over the past month.",
            ),
            (
                "ولم يصدر رد رسمي من {org2} على هذه التصريحات.",
                "There was no official response from {org2} to these remarks.",
            ),
            (
                "وجاءت التصريحات خلال مؤتمر صحفي عقد في {place}.",
                "The remarks came at a press conference held in {place}.",
            ),
            (
                "وطالب {person} المجتمع الدولي بتحمل مسؤولياته.",
                "{person} called on the international community to shoulder its responsibilities.",
            ),
        ],
    },
}


# Background of each kind of story (slots as above, plus {place2} {year} {k}).
KIND_BACKGROUND: dict[str, list[tuple[str, str]]] = {
    "strike": [
        (
            "وتتعرض قرى ريف {place} لقصف متكرر منذ عام {year}، ما أدى إلى تدمير عشرات المنازل والمدارس وخروج محطة المياه الرئيسية عن الخدمة.",
            "Villages in the {place} countryside have been shelled repeatedly since {year}, destroying dozens of homes and schools and putting the main water station out of service.",
        ),
        (
            "ووثقت منظمات حقوقية مقتل أكثر من {k} مدنيا في هجمات مماثلة على المنطقة خلال السنوات الماضية.",
            "Rights groups have documented the deaths of more than {k} civilians in similar attacks on the area in recent years.",
        ),
        (
            "وتقع {village} على بعد كيلومترات قليلة من خطوط التماس التي تفصل مناطق سيطرة {org} عن مناطق {org2}.",
            "{village} lies a few kilometres from the front lines separating areas held by {org} from those of {org2}.",
        ),
        (
            "وكان قصف مماثل على {place2} في عام {year} قد دفع آلاف السكان إلى النزوح نحو المخيمات.",
            "Similar shelling of {place2} in {year} drove thousands of residents to the camps.",
        ),
    ],
    "meeting": [
        (
            "وتعقد لقاءات دورية بين الجانبين منذ عام {year} لتنسيق العمليات ضد خلايا تنظيم داعش في ريف {place2}.",
            "The two sides have met regularly since {year} to coordinate operations against ISIS cells in the {place2} countryside.",
        ),
        (
            "ويضم مخيم الهول أكثر من {k} ألف شخص، معظمهم من النساء والأطفال، ويعد ملفه من أعقد الملفات المطروحة.",
            "Al-Hol camp holds more than {k} thousand people, most of them women and children, and is among the thorniest files on the table.",
        ),
        (
            "وكان آخر اجتماع من هذا النوع قد عقد في {place2} قبل نحو شهرين وانتهى دون بيان مشترك.",
            "The last meeting of this kind was held in {place2} about two months ago and ended without a joint statement.",
        ),
        (
            "ويطالب المجلس المحلي في {place} منذ سنوات بدعم مشاريع إعادة الإعمار وإصلاح البنية التحتية.",
            "The local council in {place} has for years asked for support for reconstruction and infrastructure repair.",
        ),
    ],
    "arrests": [
        (
            "وتنفذ {org} حملات أمنية متكررة في ريف {place} منذ عام {year} بحثا عن عناصر تنظيم داعش وشبكات التهريب.",
            "{org} has carried out repeated security campaigns in the {place} countryside since {year}, hunting ISIS members and smuggling networks.",
        ),
        (
            "وتقول منظمات حقوقية إن أكثر من {k} شخصا اعتقلوا في المنطقة خلال العام الماضي دون توجيه تهم واضحة إليهم.",
            "Rights groups say more than {k} people were detained in the area last year without clear charges.",
        ),
        (
            "وشهدت {place2} في عام {year} حملة مماثلة انتهت بالإفراج عن معظم الموقوفين بعد وساطة عشائرية.",
            "{place2} saw a similar campaign in {year} that ended with most detainees released after tribal mediation.",
        ),
        (
            "وتتهم عائلات المعتقلين الأجهزة الأمنية بمنعها من زيارتهم أو معرفة أماكن احتجازهم.",
            "Detainees' families accuse the security services of barring them from visiting or learning where they are held.",
        ),
    ],
    "patrol": [
        (
            "وتسير الدوريات في هذه المنطقة بموجب تفاهمات أبرمت في عام {year} بعد العملية العسكرية على {place2}.",
            "Patrols in this area run under understandings reached in {year} after the military operation on {place2}.",
        ),
        (
            "وتوقفت الدوريات المشتركة مرات عدة خلال السنوات الماضية بسبب هجمات بالعبوات الناسفة على الطريق الدولي.",
            "Joint patrols have stopped several times in recent years because of roadside bomb attacks on the international highway.",
        ),
        (
            "وتنتشر في محيط {village} نقاط مراقبة تابعة لـ{org2} منذ عام {year}.",
            "{org2} has had observation posts around {village} since {year}.",
        ),
        (
            "ويمر الطريق الذي تسلكه الدوريات بعشرات القرى التي يسكنها نحو {k} ألف نسمة.",
            "The road the patrols take passes dozens of villages with about {k} thousand inhabitants.",
        ),
    ],
    "protest": [
        (
            "وتشهد {place} احتجاجات متقطعة منذ عام {year} على خلفية تردي الخدمات وارتفاع الأسعار وانقطاع الكهرباء لساعات طويلة.",
            "{place} has seen intermittent protests since {year} over poor services, rising prices and long power cuts.",
        ),
        (
            "وكانت مظاهرة مماثلة في {place2} قد انتهت باعتقال عدد من المشاركين فيها.",
            "A similar demonstration in {place2} ended with several participants arrested.",
        ),
        (
            "ويقول ناشطون إن نحو {k} ألف شخص في ريف {place} يعتمدون على المساعدات الإنسانية لتأمين قوتهم اليومي.",
            "Activists say about {k} thousand people in the {place} countryside rely on humanitarian aid for their daily food.",
        ),
        (
            "وتتهم لجان الأحياء في {place} المجالس المحلية بالفساد وسوء توزيع المحروقات.",
            "Neighbourhood committees in {place} accuse the local councils of corruption and unfair fuel distribution.",
        ),
    ],
    "displacement": [
        (
            "ويستضيف ريف {place} منذ عام {year} عشرات الآلاف من النازحين الذين فروا من المعارك في {place2}.",
            "The {place} countryside has hosted tens of thousands of people displaced from the fighting in {place2} since {year}.",
        ),
        (
            "وتقول الأمم المتحدة إن أكثر من {k} ألف نازح في شمال شرق سوريا يعيشون في مخيمات عشوائية تفتقر إلى الخدمات الأساسية.",
            "The United Nations says more than {k} thousand displaced people in north-east Syria live in informal camps lacking basic services.",
        ),
        (
            "وكانت موجة نزوح مماثلة من {village} قد سجلت في عام {year} وعاد معظم سكانها بعد أشهر.",
            "A similar wave of displacement from {village} was recorded in {year}, and most residents returned months later.",
        ),
        (
            "وتعاني المنظمات العاملة في المنطقة من نقص التمويل منذ تقليص المساعدات الدولية.",
            "Organisations working in the area have been short of funds since international aid was cut.",
        ),
    ],
    "statement": [
        (
            "وتكررت التصريحات المتبادلة بين {org} و{org2} منذ عام {year} دون أن تفضي إلى اتفاق دائم.",
            "{org} and {org2} have traded statements since {year} without reaching a lasting agreement.",
        ),
        (
            "وكان {person} قد حذر في تصريحات سابقة من أن أي هجوم على {place2} سيقابل برد حازم.",
            "{person} had warned in earlier remarks that any attack on {place2} would meet a firm response.",
        ),
        (
            "وتشير تقديرات محلية إلى أن نحو {k} ألف مدني يعيشون في المناطق القريبة من خطوط التماس.",
            "Local estimates put the number of civilians living near the front lines at about {k} thousand.",
        ),
        (
            "وتأتي هذه التصريحات في ظل حراك دبلوماسي تشارك فيه أطراف إقليمية ودولية لبحث مستقبل المنطقة.",
            "The remarks come amid diplomatic moves by regional and international parties over the future of the area.",
        ),
    ],
}
# Sentences every kind of story can carry (slots as above, plus {place2} {year} {k}).
QUOTES: list[tuple[str, str]] = [
    (
        "وقال {person} في تصريح صحفي: «الوضع في {place} تحت السيطرة ولن نسمح بالفوضى».",
        '{person} said in a press statement: "The situation in {place} is under control and we will not allow chaos."',
    ),
    (
        "وقال أحد سكان {village} إن «الناس يعيشون في خوف دائم منذ أسابيع».",
        'A resident of {village} said that "people have lived in constant fear for weeks."',
    ),
    (
        "وأضاف مسؤول في {org}: «نتابع التطورات عن كثب وسنرد في الوقت المناسب».",
        'An official of {org} added: "We are following developments closely and will respond at the right time."',
    ),
    (
        "وقالت ناشطة من {place} إن «المدنيين يدفعون ثمن هذا الصراع».",
        'An activist from {place} said that "civilians are paying the price of this conflict."',
    ),
    (
        "وصرح متحدث باسم {org2} بأن «ما جرى في {village} انتهاك واضح للاتفاقات».",
        'A spokesman for {org2} said that "what happened in {village} is a clear breach of the agreements."',
    ),
    (
        "وقال {person} عبر حسابه على تويتر: «نحن ملتزمون بحماية أهلنا في {place}».",
        '{person} said on Twitter: "We are committed to protecting our people in {place}."',
    ),
    (
        "ونقل عن قيادي في {org} قوله: «لن نتراجع عن مواقعنا قرب {village}».",
        'A commander in {org} was quoted as saying: "We will not withdraw from our positions near {village}."',
    ),
    (
        "وقال طبيب في {place} إن «المشافي تعمل فوق طاقتها منذ {m} أيام».",
        'A doctor in {place} said that "the hospitals have been working beyond capacity for {m} days."',
    ),
]
BACKGROUND: list[tuple[str, str]] = [
    (
        "وكانت {org} قد أعلنت في عام {year} سيطرتها على مناطق واسعة في ريف {place}.",
        "{org} had announced in {year} that it controlled large areas of the {place} countryside.",
    ),
    (
        "وتشهد مناطق شمال شرق سوريا توترا متصاعدا منذ مطلع العام.",
        "North-east Syria has seen mounting tension since the start of the year.",
    ),
    (
        "ويعيش في {place} نحو {k} ألف نسمة، بينهم آلاف النازحين من {place2}.",
        "About {k} thousand people live in {place}, among them thousands displaced from {place2}.",
    ),
    (
        "وسبق أن شهدت {village} حادثة مماثلة في عام {year} أودت بحياة {m} أشخاص.",
        "{village} saw a similar incident in {year} that killed {m} people.",
    ),
    (
        "وتتقاسم {org} و{org2} السيطرة على المنطقة الممتدة بين {place} و{place2}.",
        "{org} and {org2} share control of the area between {place} and {place2}.",
    ),
    (
        "ويتهم ناشطون {org2} بالتقصير في حماية المدنيين في ريف {place2}.",
        "Activists accuse {org2} of failing to protect civilians in the {place2} countryside.",
    ),
    (
        "وتعد {place} من أكبر مدن المنطقة وتضم مقار لعدة جهات عسكرية.",
        "{place} is one of the largest cities in the region and hosts the headquarters of several military bodies.",
    ),
    (
        "ويذكر أن الطريق بين {place} و{place2} أغلق لأيام عدة في عام {year}.",
        "The road between {place} and {place2} was closed for several days in {year}.",
    ),
    (
        "وتقول منظمات إنسانية إن أكثر من {k} ألف شخص بحاجة إلى مساعدات في ريف {place}.",
        "Humanitarian organisations say more than {k} thousand people need aid in the {place} countryside.",
    ),
    (
        "ولم يتسن التحقق من هذه المعلومات من مصدر مستقل.",
        "This information could not be verified independently.",
    ),
    (
        "وكان {person} قد زار {place2} في عام {year} والتقى وجهاء العشائر.",
        "{person} had visited {place2} in {year} and met tribal notables.",
    ),
    (
        "وتنتشر في ريف {place2} نقاط عسكرية تابعة لـ{org2} منذ عام {year}.",
        "{org2} has had military posts in the {place2} countryside since {year}.",
    ),
]
# Clauses that lengthen a detail or background sentence, as the Arabic press runs one
# statement into the next: the founding reports' sentences are 230-350 bytes of Arabic.
CLAUSES: list[tuple[str, str]] = [
    (
        "، بحسب ما أفادت به مصادر محلية في {place} تحدثت بشرط عدم الكشف عن هويتها",
        ", according to local sources in {place} who spoke on condition of anonymity",
    ),
    (
        "، في وقت تتواصل فيه التحركات العسكرية على خطوط التماس بين {org} و{org2} في ريف {place2}",
        ", while military movements continue on the front lines between {org} and {org2} in the {place2} countryside",
    ),
    (
        "، وذلك بعد أيام من اجتماع عقد في {place2} بين ممثلين عن الأطراف المعنية لبحث التهدئة",
        ", days after a meeting in {place2} between representatives of the parties concerned to discuss a truce",
    ),
    (
        "، وسط حالة من الترقب والقلق بين الأهالي في القرى المجاورة لـ{village} والطرق المؤدية إليها",
        ", amid apprehension among residents of the villages around {village} and the roads leading to it",
    ),
    (
        "، على الرغم من الدعوات المتكررة التي أطلقتها فعاليات مدنية وعشائرية في {place} إلى التهدئة وضبط النفس",
        ", despite repeated calls for calm and restraint from civic and tribal figures in {place}",
    ),
    (
        "، وهو ما أكده مصدر مطلع في {org} طلب عدم الكشف عن اسمه لأنه غير مخول بالتصريح لوسائل الإعلام",
        ", which a source in {org} who asked not to be named, as he is not authorised to speak to the media, confirmed",
    ),
    (
        "، في ظل غياب أي موقف رسمي من {org2} حتى الآن واستمرار انقطاع الاتصالات عن عدد من قرى المنطقة",
        ", with no official position from {org2} so far and communications still cut to several villages in the area",
    ),
    (
        "، بالتزامن مع تحليق مكثف لطائرات الاستطلاع في سماء {place} وريفها الشمالي منذ ساعات الصباح الأولى",
        ", as reconnaissance aircraft flew intensively over {place} and its northern countryside from the early morning",
    ),
]
CLAUSE_SHARE = 0.8  # share of details and background sentences that run on into a clause
QUOTES_PER_REPORT = (1, 3)
# What one story's outlets draw on, picked once per story: outlets share a story's
# background (they copy each other), stories share little (grouping keeps them apart).
STORY_QUOTES = 4
STORY_BACKGROUND = 4  # of BACKGROUND, besides the kind's own
STORY_CLAUSES = 4
LENGTH_SPREAD = 2  # a report of ``sentences=N`` has N-2 to N+2 sentences
BACKGROUND_YEARS = (1, 8)  # background years lie this many years before the story
THOUSANDS = (5, 400)  # {k}: populations and people in need, in thousands
# The longest report a story can fill: headline, lead, every detail, quote and background.
MAX_SENTENCES = (
    2
    + 5
    + STORY_QUOTES
    + min(map(len, KIND_BACKGROUND.values()))
    + STORY_BACKGROUND
    - LENGTH_SPREAD
)


@dataclass(frozen=True)
class Story:
    kind: str
    day: dt.date
    slots_ar: dict[str, str]
    slots_en: dict[str, str]


def _story(rng: random.Random, day: dt.date) -> Story:
    org, org2 = rng.sample(ORGS, 2)
    person, place, village = rng.choice(PERSONS), rng.choice(PLACES), rng.choice(VILLAGES)
    n, m = rng.randint(2, 40), rng.randint(2, 20)
    weekday = day.weekday()
    return Story(
        kind=rng.choice(sorted(KINDS)),
        day=day,
        slots_ar={
            "org": org[0],
            "org2": org2[0],
            "person": person[0],
            "place": place[0],
            "village": village[0],
            "n": str(n),
            "m": str(m),
            "day": WEEKDAYS[weekday],
        },
        slots_en={
            "org": org[1],
            "org2": org2[1],
            "person": person[1],
            "place": place[1],
            "village": village[1],
            "n": str(n),
            "m": str(m),
            "day": WEEKDAYS_EN[weekday],
        },
    )


@dataclass(frozen=True)
class Telling:
    """What a story's outlets draw on beyond the kind's details (``sentences=N`` only)."""

    quotes: list[tuple[str, str]]
    background: list[tuple[str, str]]
    clauses: list[tuple[str, str]]
    slots_ar: dict[str, str]  # the story's slots and {place2} {year} {k}
    slots_en: dict[str, str]


def _telling(rng: random.Random, story: Story) -> Telling:
    place2 = rng.choice([p for p in PLACES if p[0] != story.slots_ar["place"]])
    year = str(story.day.year - rng.randint(*BACKGROUND_YEARS))
    k = str(rng.randint(*THOUSANDS))
    return Telling(
        quotes=rng.sample(QUOTES, STORY_QUOTES),
        background=KIND_BACKGROUND[story.kind] + rng.sample(BACKGROUND, STORY_BACKGROUND),
        clauses=rng.sample(CLAUSES, STORY_CLAUSES),
        slots_ar={**story.slots_ar, "place2": place2[0], "year": year, "k": k},
        slots_en={**story.slots_en, "place2": place2[1], "year": year, "k": k},
    )


def _report(rng: random.Random, story: Story) -> list[tuple[str, str]]:
    """One outlet's wording: headline, lead, a sample of the details, in its own order."""
    phrasing = KINDS[story.kind]
    details = rng.sample(phrasing["detail"], rng.randint(2, len(phrasing["detail"])))
    picked = [rng.choice(phrasing["head"]), rng.choice(phrasing["lead"]), *details]
    return [(ar.format(**story.slots_ar), en.format(**story.slots_en)) for ar, en in picked]


def _long_report(
    rng: random.Random, story: Story, telling: Telling, sentences: int
) -> list[tuple[str, str]]:
    """Headline, lead, details and quotes interleaved, then background: ``sentences``
    give or take ``LENGTH_SPREAD``, some run on into one of the story's clauses."""
    phrasing = KINDS[story.kind]
    body = max(3, sentences + rng.randint(-LENGTH_SPREAD, LENGTH_SPREAD)) - 2
    details = rng.sample(phrasing["detail"], len(phrasing["detail"]))
    quotes = rng.sample(telling.quotes, len(telling.quotes))
    n_details = min(rng.randint(2, len(details)), body)
    n_quotes = min(rng.randint(*QUOTES_PER_REPORT), body - n_details)
    n_background = min(len(telling.background), body - n_details - n_quotes)
    # Short of background for a long report: more of the details, then of the quotes.
    n_details = min(len(details), body - n_quotes - n_background)
    n_quotes = body - n_details - n_background
    middle = details[:n_details] + quotes[:n_quotes]
    rng.shuffle(middle)
    background = rng.sample(telling.background, n_background)
    clauses = iter(rng.sample(telling.clauses, len(telling.clauses)))
    picked = [rng.choice(phrasing["head"]), rng.choice(phrasing["lead"])]
    picked += [s if s in QUOTES else _run_on(rng, s, clauses) for s in middle + background]
    return [(ar.format(**telling.slots_ar), en.format(**telling.slots_en)) for ar, en in picked]


def _seed_text(seed_id: str, outlet: str, published: dt.date, lines: list[tuple[str, str]]) -> str:
    header = (
        f"---\nid: {seed_id}\noutlet: {outlet}\npublished: {published.isoformat()}\n"
        f"language: ar\nadded: {published.isoformat()}\n---\n"
    )
    headline, *body = (ar for ar, _ in lines)
    paragraphs = [" ".join(body[i : i + 2]) for i in range(0, len(body), 2)]
    return header + headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _write_tm(seeds_dir: Path, seed_id: str, lines: list[tuple[str, str]]) -> None:
    from generator.translate import tm  # the project's own keys

    entries = {
        tm.sentence_key(ar): {
            "ar": ar,
            "en": en,
            "origin": "human",
            "date": "2026-01-01",
            "translator": "synthetic",
        }
        for ar, en in lines
    }
    text = yaml.safe_dump(
        dict(sorted(entries.items())), allow_unicode=True, sort_keys=False, width=100000
    )
    (seeds_dir / "tm" / f"{seed_id}.yaml").write_text(text, encoding="utf-8")


def copy_skeleton(project_dir: Path) -> None:
    """mkdocs.yml, templates/ and the founding glossary; no seeds yet."""
    project_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "mkdocs.yml", project_dir / "mkdocs.yml")
    shutil.copytree(
        ROOT / "templates",
        project_dir / "templates",
        ignore=shutil.ignore_patterns("__pycache__"),
        dirs_exist_ok=True,
    )
    (project_dir / "seeds" / "tm").mkdir(parents=True, exist_ok=True)
    shutil.copy(FOUNDING / "glossary.yaml", project_dir / "seeds" / "glossary.yaml")
    (project_dir / "site_src").mkdir(exist_ok=True)


def write_story(
    seeds_dir: Path,
    rng: random.Random,
    day: dt.date,
    number: int,
    outlets: int,
    sentences: int | None = None,
) -> int:
    """Write one story's reports as seeds ``number``, ``number + 1``, …; return the count."""
    story = _story(rng, day)
    telling = None if sentences is None else _telling(rng, story)
    for offset, outlet in enumerate(rng.sample(OUTLETS, outlets)):
        seed_id = f"{number + offset:06d}-synthetic"
        if telling is None or sentences is None:
            lines = _report(rng, story)
        else:
            lines = _long_report(rng, story, telling, sentences)
        published = day + dt.timedelta(days=rng.randint(0, 1))
        (seeds_dir / f"{seed_id}.md").write_text(
            _seed_text(seed_id, outlet, published, lines), encoding="utf-8"
        )
        _write_tm(seeds_dir, seed_id, lines)
    return outlets


def write_archive(
    project_dir: Path, n_articles: int, seed: int = 0, sentences: int | None = None
) -> None:
    """A project at ``project_dir`` with ``n_articles`` synthetic seeds and their TM;
    ``sentences``: reports of about that many sentences (default: the short reports)."""
    check_sentences(sentences)
    copy_skeleton(project_dir)
    rng = random.Random(seed)
    seeds_dir = project_dir / "seeds"
    stories = max(1, round(n_articles / 3.5))
    span = max(30, round(stories * STORY_DAYS))
    written = 0
    while written < n_articles:
        day = START + dt.timedelta(days=rng.randrange(span))
        outlets = min(rng.randint(2, 5), n_articles - written)
        written += write_story(seeds_dir, rng, day, written, outlets, sentences)


def _run_on(
    rng: random.Random, sentence: tuple[str, str], clauses: Iterator[tuple[str, str]]
) -> tuple[str, str]:
    """The sentence, often with the next clause before its full stop (``CLAUSE_SHARE``;
    each of the story's clauses once a report at most)."""
    clause = next(clauses, None) if rng.random() < CLAUSE_SHARE else None
    if clause is None:
        return sentence
    ar, en = sentence
    clause_ar, clause_en = clause
    return ar.removesuffix(".") + clause_ar + ".", en.removesuffix(".") + clause_en + "."


def check_sentences(sentences: int | None) -> None:
    """Refuse a length the phrase tables cannot fill, in one line."""
    if sentences is not None and not 3 <= sentences <= MAX_SENTENCES:
        raise SystemExit(f"--sentences must be between 3 and {MAX_SENTENCES}, not {sentences}")


def add_article(
    project_dir: Path, number: int, seed: int = 1, sentences: int | None = None
) -> None:
    """One more article: a single-outlet story on a new day after the archive."""
    rng = random.Random(seed)
    day = dt.date(2030, 1, 1) + dt.timedelta(days=number % 365)
    write_story(project_dir / "seeds", rng, day, number, 1, sentences)
