"""Direct quotations in the source sentences, with who is quoted and through which outlet.

The site is extractive, so a ``Quote`` is a pointer into a source sentence (article and
sentence id) plus the quoted span exactly as printed; nothing is rewritten. Speakers and
outlets are glossary ids found by ``entities.find``; their types (person, organisation,
outlet...) come from the glossary passed in, since the recogniser only knows ids.

Scraped Arabic text mixes « », “ ”, ” ” and " " and leaves marks unbalanced, so marks are
paired by their context (an opening mark follows a space, a closing mark follows a word)
rather than by their shape. Positions are word indexes in ``arabic.words(text)``, the
same space ``entities.find`` uses.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator import arabic
from generator.analyse import entities
from generator.analyse.entities import Mention, Recogniser
from generator.glossary import Entry
from generator.glossary import held_posts as glossary_held_posts
from generator.model import Article, Sentence

# A quoted span of fewer words is a name or term (“قسد”, "تويتر"), not a statement, unless
# a speech verb governs it and it does not look like a name (``_is_short_speech``).
MIN_WORDS = 4
# "وقال المصدر: إن ...": a colon after a speech verb opens its words even without quotation
# marks, up to the next quotation mark or the sentence's end. The verb stands at most this
# many words before the colon ("وقال مصدر رسمي في وزارة الخارجية والمغتربين في تصريح لـ
# سانا اليوم:" is twelve); a clock time ("10:30") is no colon of speech.
COLON_WINDOW = 15
_SPEECH_COLON = re.compile(r"(?<!\d)[:：](?!\d)")
QUOTE_MARKS = '«»"“”'
APOSTROPHE = "'"
# A one-word quote ("“التصدي”") cannot be told from a one-word name ("“الفصائل”",
# "“غويران”") by its shape: it counts only when named as someone's word ("ما سمّته
# «مؤامرة»").
# Words of an acronym spelled out in letters ("“ي ب ك”", "“بي كي كي/ واي بي جي”").
ACRONYM_LETTERS = 3
# After a preposition a short quotation is a source or a place ("لـ«العربي الجديد»", "في
# «استراحة الوزير»"), unless it is this long and inside reported content ("قائلة إن
# صفحات ادعت السيطرة لـ«التغطية على فشلها»").
AFTER_PREPOSITION_MIN_WORDS = 3
# Longest quoted span that can still be a name ("“فرقة السلطان سليمان شاه”").
NAME_MAX_WORDS = 5
# A sentence that names who said the words quoted alone before it does so with a speech
# verb among its first words ("تقول أم محمد ...", "هكذا قال عبدي ...").
NEXT_SPEAKER_WORDS = 3
# A quotation this short set off by commas after a noun is a name in apposition ("أحد
# أعضاء المؤسسة، “روخاز عامودا”، واسمه الحقيقي ...": a nom de guerre), not words said.
APPOSITION_MAX_WORDS = 3
# How far (in words) a named speaker may stand from its speech verb: "وقال المتحدث باسم
# التحالف الدولي، مايلز كاغينز" puts the name five words after the verb.
SUBJECT_WINDOW = 8
# A first paragraph longer than this is the report's lead, which cleaning took for the
# headline because the page showed none (a page cut above its title); its quotations are
# the report's own, not a headline's restatement (cleaning's ``HEADLINE_MAX_WORDS``).
HEADLINE_MAX_WORDS = 25
# A line with no speech verb that names its speaker first and gives the words after a
# colon ("مظلوم عبدي: قواتنا ستبقى في مواقعها", "المسؤول في الإدارة الذاتية فلان: ...")
# is a title-style quotation when the colon stands at most this many words in: the name,
# a post and a medium ("مصطفى بالي، المتحدث باسم قسد على تويتر:" is nine).
LEAD_NAME_WORDS = 10
# How far a body may stand from the speech verb and still be its subject, ahead of a
# speaker carried over from before: "وأفاد بيان للمرصد" (two words).
BODY_SUBJECT_WORDS = 3
# A report sets a line of narration between two quotations of one speaker ("وقال أوستن ...
# . واستهدفت الضربات سبع منشآت ... . وأضاف: «...»"): a "وأضاف" with no subject after at most
# this many such lines goes back to him. Only lines with no speech verb and no quotation
# count, so nobody else has spoken between.
RESUME_GAP = 1
# A line of narration that names an agent right after its opening verb has a subject who
# may speak next ("وتبنّت «المقاومة الإسلامية في العراق» ... . وقالت في بيان إن"): the
# name at most this many words in (after "قد": "وقد تبنت ...") ends the pause.
NARRATION_SUBJECT_AT = 2


def _folded(words: str) -> frozenset[str]:
    return frozenset(arabic.fold(word) for word in words.split())


_PARTICIPLES = (
    "قائلا مضيفا مؤكدا مشيرا مبينا موضحا معتبرا مشددا لافتا متابعا محذرا كاشفا معربا واصفا"
    " مطالبا منوها مختتما داعيا"
)
_PARTICIPLE_WORDS = _folded(" ".join(f"{p} {p[:-1]}ه" for p in _PARTICIPLES.split()))  # قائلةً
# Sound past-tense speech verbs; each also counts in its feminine (قالت), plural (قالوا)
# and dual (قالا) forms, and with و/ف before it (``is_speech_word``).
_PAST = (
    "قال أضاف أوضح أكد صرح كتب وصف ذكر أشار تابع رد اعتبر شدد أردف كشف تعهد حذر نقل أعلن زعم أفاد"
    " لفت طالب ختم اختتم تحدث نوه استطرد أجاب علق أكمل أعرب"
    # who issued a statement or posted words speaks them: "أصدرت قسد بياناً قالت فيه",
    # "وغرّد عبدي على منصة إكس «...»", "ونشر عبدي على حسابه «...»"
    " أصدر غرد نشر"
    # who cites words reports them: "أوردت وكالة هاوار مقتل «...»"
    " أورد"
    # who weighs a likelihood states it: "ورجّح المرصد أن ...", "واستبعد فلان قيام «...»"
    " رجح استبعد"
    # who condemns, accuses, threatens, urges or admits says so: "ونددت الإدارة الذاتية
    # بـ«...»", "واتهم عبدي تركيا بـ«...»", "وتساءل: «...»"
    " ندد أدان استنكر انتقد اتهم هدد توعد حث ناشد اعترف تساءل"
)
# Weak-final verbs, spelled out: "نفى/نفت/نفوا", "دعا/دعت/دعوا", "ادّعى". ("رأى" is left
# out: folded, it is "رأي", an opinion.)
_WEAK_PAST = "نفى نفت نفوا نفيا دعا دعت دعوا ادعى ادعت ادعوا"
# Present tense: "يقول ...", "فيما تشير حصيلة ...", plural "يقولون".
_PRESENT_STEMS = (
    "قول ضيف شير ؤكد وضح ذكر فيد لفت عتبر شدد حذر طالب تابع ختم تحدث كشف علن زعم نفي دعو رى"
    " جيب علق كمل"
)
# Verbs whose dual spelling is a common noun in the accusative: "ردا على" (in response
# to), "وصفا", "كتبا", "ذكرا", "حذرا". Their dual is left out.
_NOUN_DUALS = frozenset(["رد", "وصف", "كتب", "ذكر", "حذر"])
SPEECH_WORDS = (
    _folded(" ".join(f"{verb} {verb}ت {verb}وا" for verb in _PAST.split()))
    | _folded(" ".join(f"{verb}ا" for verb in _PAST.split() if verb not in _NOUN_DUALS))
    | _folded(_WEAK_PAST)
    | _folded(" ".join(f"ي{s} ت{s} ي{s}ون" for s in _PRESENT_STEMS.split()))
    # circumstantial participles: "مضيفاً أن ...", "قائلاً: ..."
    | _PARTICIPLE_WORDS
    # "لما سمّته «...»", "ما وصفه بـ«...»": the subject's own words for something.
    | _folded("سماه سمته اسماه اسمته وصفه وصفته")
    # attribution without a verb: "بحسب رويترز", "نقلت عن ... قوله", "على لسان ..."
    | _folded("بحسب حسب حسبما وفق وفقا نقلا قوله قولها لسان استنادا")
    # "by saying": "ووجه الوزير الحديث لقواته بالقول: «...»", "واكتفى بالقول إن ..."
    | _folded("بالقول")
)
# Gender agreement: a feminine verb ("وقالت", "أشارت", "مضيفةً") has no man for its subject,
# nor a body named by a masculine singular noun ("ودعت التحالف الدولي ...": the coalition is
# the object); a masculine one has no woman. A masculine verb before a body named by a
# feminine noun is common in the press ("وشدد الإدارة الذاتية"), so it rules no body out;
# plural and dual forms rule nothing out.
FEMALE, MALE = "female", "male"
# "نقلت وكالة الأناضول عنه قوله": a verb of relaying agrees with the outlet, not the speaker.
_GENDERED_PAST = [verb for verb in _PAST.split() if verb != "نقل"]
_FEMININE_VERBS = _folded(
    " ".join(f"{verb}ت" for verb in _GENDERED_PAST)
    + " نفت دعت ادعت "
    + " ".join(f"{p[:-1]}ه" for p in _PARTICIPLES.split())
)
_MASCULINE_VERBS = _folded(" ".join(_GENDERED_PAST) + f" نفى دعا ادعى {_PARTICIPLES}")
# A verbal noun has the gender of the verb before it ("حيث تحدثت بالقول").
_VERBAL_NOUNS = _folded("بالقول")
# Masculine singular nouns that head a body's name ("التحالف الدولي", "المرصد السوري").
_MASCULINE_HEADS = _folded("تحالف مرصد جيش مجلس حزب اتحاد تنظيم مكتب مركز ائتلاف بنتاغون بنتاجون")
# "وجاء في البيان «...»", "وورد في بيانها": a statement's words, when "في" follows; "ونص
# الاتفاق على «...»": a document's, when "على" follows the subject.
_CONTENT_VERBS = _folded("جاء ورد")
# "جاء ذلك في ...": the statement just reported, where or how it was made.
_DEMONSTRATIVES = _folded("ذلك هذا هذه تلك")
# Words a sentence opens with that are no verb (prepositions, particles, "كان" of a
# background narration), so its subject cannot be the speaker's implicit one.
_NOT_VERBS = _folded("في من الى على عن مع منذ بعد قبل خلال اذ اما لكن كان كانت كانوا ان")
_SPEAKER_TYPES = ("person", "organisation")
# Outlets and platforms relay words; they are named as channels, not as speakers.
_CHANNEL_TYPES = ("outlet", "channel")
# A person's post as a definite epithet ("المسؤول الكردي"): the one named before.
_EPITHETS = _folded("المسؤول المسؤولة القيادي القيادية الوزير الوزيرة")
# "جاء ذلك في/خلال ...": the occasion of the words just reported ("عقب اجتماع ..." is an
# event after which others may speak).
_SAID_IN = _folded("في خلال")
_PRONOUN_ENDINGS = ("ه", "ها", "هم")
# "وبيّن/وبيّنت ... أن": spelled as the preposition "بين", so told apart by what follows.
_EXPLAIN_WORDS = _folded("بين بينت بينوا")
_STIPULATE_VERBS = _folded("نص نصت")
# The subject of a speech verb that is a source left unnamed ("قال مصدر عسكري", "وأكدت
# مصادر محلية", "وأضاف المصدر"): the words are not the body the source belongs to
# ("مصدر في الأسايش" is not the Asayish speaking), so no glossary speaker is given.
_ANONYMOUS = _folded(
    "مصدر مصادر المصدر المصادر مصدران مسؤول مسؤولون مسؤولين مسؤولان ناشط ناشطون ناشطين"
    " شهود شاهد سكان اهالي مراقبون"
)
# Posts named indefinitely with a preposition after them: "قائد في قسد", "قيادي من
# الفصائل" (a commander), not "قائد قسد" (the commander).
_UNNAMED_POSTS = _folded("قائد قيادي عضو")
# Words that govern the noun after them: a subject never follows a preposition ("ضد قسد",
# "التابعة لـ تنظيم الدولة", "في تصريح لـ سانا"), nor is the subject of a clause opened by
# "أن" the speaker ("أكدت الوزارة أن الجيش ..."); "من قبل"/"عقب" name agents and times.
# "أن"/"بأن" with the pronoun of the clause's subject glued on: "أنه", "أنهم", "بأننا".
_THAT_FORMS = " ".join(
    f"{that}{pronoun}"
    for that in ("ان", "بان")
    for pronoun in ("", "ه", "ها", "هم", "هما", "هن", "نا", "ني")
)
_THAT = _folded(_THAT_FORMS)
_GOVERNING = _folded(
    "ل في الى من عن على مع ب ضد بين لدى حول ضمن عبر قبل بعد عقب خلال تجاه التابع التابعه "
    + _THAT_FORMS
)
# ... except where the phrase names the source: "نقلاً عن المرصد", "وفقاً لـ المرصد",
# "على لسان عبدي", "نقلت رويترز عن هانا".
_SOURCE_OPENERS = _folded("نقل نقلت نقلوا نقلا وفقا طبقا لسان استنادا")
# Words between a speech verb and what it reports that are not its subject.
_ADVERBS = _folded(
    "اليوم امس ايضا كذلك مجددا مساء صباح الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد"
)
# A preposition with a pronoun: "بياناً أكدت فيه", "قال له": no subject of the verb.
_PRONOUN_OBJECTS = _folded(
    " ".join(f"{p}{s}" for p in ("في", "علي", "ل", "من", "عن", "ب") for s in ("ه", "ها", "هم"))
)
# A full stop with the next sentence glued on: after three letters (a word, not initials) or a
# closing mark, before a letter.
_GLUED_END = re.compile(r"(?<=[\u0621-\u064a”»\"]{3})[.!؟](?=[\u0621-\u064a])")
# Shortest word read as a preposition or participle glued on ("لقناة", "مستدركاً"), so
# that short words such as "لها" are not.
GLUED_MIN = 3
# How far before the preposition such a word may stand: "نقلت وكالة رويترز عن هانا".
SOURCE_WINDOW = 4
# Attributions without a verb of their own: "نقلاً عن", "بحسب", "على لسان", "قوله".
_ATTRIBUTION_WORDS = _folded("بحسب حسب حسبما وفق وفقا طبقا نقلا قوله قولها لسان استنادا")
# An official left unnamed ("مسؤول إعلامي في قسد"): the body stands at most this many words
# after the speech verb.
_OFFICIALS = _folded("مسؤول مسؤولون مسؤولان مسؤولين مسؤولة")
OFFICIAL_WINDOW = 4
# "«...» بحسب ما جاء على لسان الرئيس التركي أردوغان": the person named this many words at
# most after an attribution that follows the quotation said it.
ATTRIBUTION_WINDOW = 4
# "عن فلان قوله": the one named before "قوله" said it, however far the verb stands.
_SAYING_WORDS = _folded("قوله قولها قولهم قولهما")
# "بيان صادر عن الجيش": the body after "عن" issued the words.
_ISSUED_WORDS = _folded("صادر صادره الصادر الصادره صدر")
# Words that put an outlet in the relaying role: "نقلت رويترز عن", "بحسب رويترز".
_VIA_WORDS = _folded("نقل نقلت نقلوا نقلا بحسب حسب حسبما وفق وفقا استنادا نقلته نقلتها نقله نقلها")
# "«...»، وفقاً للمرصد": with no one else named, the body after these gave the words.
_ACCORDING_WORDS = _folded("بحسب حسب حسبما وفق وفقا طبقا")
# "وقال على تويتر": an organisation after these is the medium, not the speaker.
_MEDIUM_WORDS = _folded("على عبر")
# ... and a body after these is the owner of the medium: "صرحت فلانة لموقع الإدارة الذاتية".
_OUTLET_NOUNS = _folded("موقع صفحة حساب قناة وكالة منصة اذاعة تلفزيون صحيفة معرفات")
# "القائد العام لقوات ...": a person named by role; the body is not the speaker.
_ROLE_WORDS_TEXT = (
    "القائد قائد العام المتحدث متحدث الناطق ناطق باسم رئيس مسؤول عضو وزير مدير"
    " المتحدثة متحدثة الناطقة ناطقة رئيسة وزيرة مديرة مسؤولة"
)
_ROLE_WORDS = _folded(_ROLE_WORDS_TEXT)
# Posts whose holder speaks for himself, not as the voice of the body after them (the
# spokesman's words, "المتحدث باسم قسد", are his body's); how far before the body.
_POST_WORDS = _ROLE_WORDS - _folded(
    "المتحدث متحدث الناطق ناطق باسم المتحدثة متحدثة الناطقة ناطقة العام"
)
POST_WINDOW = 2
# ... or further, with the post's office between: "الرئيسة المشتركة لمكتب الدفاع في الإدارة
# الذاتية" (the body five words after the post). Co-chairs head the Autonomous
# Administration's bodies: a post, whose holder speaks for himself.
OFFICE_WINDOW = 5
_CO_CHAIRS = _folded("الرئيسة الرئيسه المشترك المشتركة")
# "المتحدث باسم X" / "المتحدثة الرسمية باسم X" / "الناطق الرسمي لـ X": the body stands at
# most this many words after the speech verb.
SPOKESMAN_WINDOW = 5
# Ranks written before a name that ``_TITLES`` leaves out ("البريجادير جنرال بات رايدر").
_RANKS = _folded("البريجادير بريجادير جنرال الميجور ميجور الكولونيل كولونيل")
_COMMA = re.compile("[،,]")
# A spokesman's name is at most this many words; the last is his surname.
SURNAME_WORDS = 3
# A spokesman named beside his post without commas ("بيل أوربان المتحدث باسم البنتاجون",
# "المتحدث باسم قوات الأسايش الأمنية الكردية علي الحسن"): at most this many definite words
# (his rank, the body's adjectives) stand between the post or the body and his name; a
# name takes at least ``POST_NAME_MIN`` words (a first name and a surname).
POST_NAME_GAP = 4
POST_NAME_MIN = 2
# First names that folding makes look like a closed word: "علي" is folded like "على".
_FOLDED_FIRST_NAMES = _folded("علي")
# The first parts of compound names, before a definite word: "عبد الرحمن", "أبو بكر".
_COMPOUND_NAME_HEADS = _folded("عبد ابو ابي ام بن")
# "قائد قوات سوريا الديمقراطية مظلوم عبدي": the post and body this many words at most
# before or after the person.
HOLDER_WINDOW = 5
# Where a post opening a sentence stands as its subject: first, or after its verb.
OPENING_POST_AT = (0, 1)
# "القيادة العامة لـ", "القوة المشتركة لـ": an organ of a body in at most this many words.
ORGAN_WORDS = 3
# A post has at least this many words ("الرئيس التركي"; the glossary checks it).
POST_MIN_WORDS = 2
_SPOKESMAN_WORDS = _folded("المتحدث متحدث الناطق ناطق المتحدثة متحدثة الناطقة ناطقة")
# A body named in full may be named again by its first words alone ("وقالت وزارة الدفاع
# في بيان" after "وزارة الدفاع الأميركية"): forms of at least this many words give their
# first ``SHORT_NAME_WORDS`` words as a short name for the body named last.
SHORT_NAME_FROM_WORDS = 3
SHORT_NAME_WORDS = 2
# "بيان للمرصد": after these the lam says whose statement it is, not who relays it.
# "قال القائد العام لقوات ...": a post with one holder, so the words are those of the
# person the article named before (the headline's "مظلوم عبدي: ..."), not the body's.
_HEAD_ROLE_TEXT = "القائد قائد رئيس الرئيس وزير الوزير مدير المدير زعيم الزعيم رئيسة وزيرة مديرة"
_HEAD_ROLE_WORDS = _folded(_HEAD_ROLE_TEXT)
# Ranks and honorifics written before a name.
_TITLES = _folded(
    "الجنرال الأدميرال اللواء العميد العقيد المقدم الفريق المشير الرائد النقيب السيد"
    " الشيخ الدكتور السفير"
)
_STATEMENT_WORDS = _folded("بيان بيانا بيانها بيانه تقرير حصيلة منشور")
# The statement spoken of before ("وأوضح البيان أن", "وفي بيانه، طالب ..."): its issuer
# speaks, however many sentences of narration stand between.
_THE_STATEMENT = _folded("البيان التقرير بيانه بيانها")
# A statement's issuer is the body named nearest its statement word, at most this many
# words away ("أصدرت اليوم ... القيادة العامة لقوى الأمن الداخلي ... بياناً").
ISSUER_WINDOW = 10
# "قال فيه"/"جاء فيه": a speech verb whose subject is the statement named before it.
_IN_IT = _folded("فيه فيها")
# Posts on a platform, "in" which their author says what follows ("تغريدة لفلان قال فيها").
_TWEET_WORDS = _folded("تغريدة تدوينة")
# A statement's issuer follows it within this many words: "بيان للتحالف", "بيان عن
# التحالف", "بيان صادر عن القيادة المركزية".
ISSUED_BY_WORDS = 3
_CLITICS = ("و", "ف")
_QAD = arabic.fold("قد")  # the particle of the pluperfect, "كان X قد قال"
_RELATIVES = _folded("الذي التي الذين")  # a relative clause's verb describes a noun
_NEGATIONS = _folded("لم لا لن")
_WAS_FORMS = _folded("كان كانت")  # "كانت الوزارة قد أعلنت": the pluperfect's auxiliary
# Head nouns of names of bodies, units, operations and places: a short quoted span that
# begins with one, or follows one ("قوات “مجلس منبج العسكري”", "عملية “نبع السلام”"), is
# a name, not words someone said.
_NAME_NOUNS = _folded(
    "قوات قوة مجلس المجلس فرقة الفرقة لواء اللواء كتيبة غرفة عمليات عملية العملية حملة الحملة"
    " شركة وكالة صحيفة قناة موقع منصة تنظيم فصيل فصائل جيش الجيش حركة الحركة حزب هيئة جبهة"
    " جماعة تجمع تحالف منظمة مدينة بلدة قرية مخيم سجن حي منطقة قبيلة عشيرة مركز مؤسسة"
    # sites and institutions: "قاعدة “حقل العمر”", "“أكاديمية للتدريب في ...”", "معبر “...”"
    " قاعدة القاعدة حقل مطار المطار معبر المعبر سد جسر معسكر مشفى مستشفى اكاديمية جامعة"
    # named plans, battles and meetings: "مخطط “الميثاق الملي”", "معركة “ردع العدوان”"
    " مخطط مشروع خطة مبادرة معركة مؤتمر منتدى اتفاقية برنامج"
    # titles and kunyas: "“أبو خولة”", "السيناتور “...”"
    " ابو ام الاب الشيخ السيد السيناتور الجنرال العميد العقيد النايب"
)
# Nouns that take a name as their complement, whose plurals and duals ``_NAME_NOUNS`` leaves
# out: places ("قرى «...»", "بين قريتي «...»"), members, units and seats of a body ("عناصر
# «الدفاع الوطني»", "وحدات «حماية الشعب»", "مقر «الفوج العسكري»") and a make ("من طراز
# «...»"). A quotation right after one is the name, not words said. Not "مقتل": a toll after
# it is the speaker's own words ("ما أدّى إلى مقتل «3 مدنيين وإصابة 8 بجروح»").
_NAME_HEADS = _folded("قرى قريتي بلدات بلدتي احياء حيي عناصر مقاتلي مقر مقرات طراز وحدات")
# A post in the construct state is followed by the body its holder serves ("مسؤول «جهاز
# الأمن العام»", "قائد «...»", "المتحدث باسم «...»"): the indefinite posts, and "باسم". A
# short quotation that opens with one names a person by his post ("مقتل «قائد حاجز ...»").
_CONSTRUCT_POSTS = _folded(
    " ".join(w for w in f"{_ROLE_WORDS_TEXT} {_HEAD_ROLE_TEXT}".split() if not w.startswith("ال"))
)
# Prepositions glued to a head noun before a name: "لعملية «غصن الزيتون»", "بحزب «...»".
_GLUED_PREPOSITIONS = ("ل", "ب")
# What is written on a placard or a wall ("لافتات كتب عليها «...»") is a slogan someone
# carries, not words the report quotes from a speaker: the passive "written on it".
_WRITTEN = _folded("كتب كتبت")
_ON_IT = _folded("عليها عليه عليهما عليهم")
# A person's name in quotation marks: at least ``POST_NAME_MIN`` and at most
# ``SURNAME_WORDS`` words, followed by his post or "وهو"/"وهي" ("أشار «تشارلز ليستر»، مدير
# برنامج ...", "الناشطة «زهراء بركل»، وهي إدارية في ..."): the name of whom the sentence
# goes on to describe. No closed word or speech word stands in a name.
_ADVISERS = _folded("مستشار مستشارة المستشار المستشارة")  # "«...» مستشار الرئاسة"
_NOT_POSTS = _folded("العام باسم")  # an adjective and a preposition of a post's phrase
_POST_AFTER = (_ROLE_WORDS | _HEAD_ROLE_WORDS | _TITLES | _EPITHETS | _ADVISERS) - _NOT_POSTS
_HE_IS = _folded("وهو وهي")
_THAT_WORD = arabic.fold("أن")  # "إن" folds to the same
_WHAT = arabic.fold("ما")
# Prepositions written as words ("لـ" stands alone once its tatweel is gone).
_PREPOSITIONS = _folded("ل في الى من عن على مع ب")
# Words before a quotation mark that make what follows a clause: "إن «...»", "أن «...»".
_CLAUSE_OPENERS = _folded(_THAT_FORMS + " حيث")
# "ما سمّاه", "ما وصفته بـ": what follows in quotation marks is the subject's own word for
# it, however short; the quote stands at most this many words after the verb ("فيما
# وصفته بصفقة باطلة «لسرقة النفط»": three). The verb may carry any object pronoun ("من
# سمّاها «الفرحة»", "الذين وصفهم بـ«المرتزقة»") and be in the present ("ما يسميه").
_NAMING_STEMS = "سما سمت اسما اسمت سمو يسمي تسمي يسمون وصف وصفت وصفو يصف تصف يصفون"
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
_NAMING_WORDS = _folded(" ".join(s + p for s in _NAMING_STEMS.split() for p in _OBJECT_PRONOUNS))
# A verb of considering with its first object a pronoun takes the quotation as the second:
# what the subject calls it ("لكن أنقرة تعتبره «تنظيما إرهابيا»"), as a naming verb does.
_CONSIDER_WORDS = _folded(
    "اعتبره اعتبرها اعتبرته اعتبرتها اعتبروه اعتبروها يعتبره يعتبرها تعتبره تعتبرها يعتبرونه"
)
NAMING_WINDOW = 3
# Verbs of describing, whose object's description in quotation marks is the subject's own
# word however short ("وصفت الإدارة الذاتية لشمال وشرق سوريا ما يجري في كوباني ومقاطعة
# الجزيرة، بحق الشعب الكوردي، «حرب إبادة ممنهجة»": fifteen words after the verb).
_DESCRIBE_WORDS = _folded("وصف وصفت وصفوا يصف تصف يصفون واصفا واصفة")
# "أنه"/"إنها": a clause whose subject is a pronoun, so a quotation right after it is the
# predicate, said by the speaker ("معتبرة أنه «يتنافى» مع تنوع سوريا"), never a name.
_PRONOUN_THAT = _folded("أنه أنها أنهم إنه إنها إنهم")
DESCRIBE_WINDOW = 16
# Verbs of describing and accusing, whose "بـ" introduces what the subject calls its
# object ("واصفة الأنباء بـ«الكاذبة»", "واتهم عبدي تركيا بـ«...»"): the subject's own word
# for it, one word as well as more.
_CHARACTERISING = {"وصف": "ب", "واصف": "ب", "تهم": "ب"}
# The same roots' nouns ("اتهامه", "وصفه"), which take a "بـ" of their own.
_CHARACTERISING_NOUNS = ("وصف", "تهم", "تهام")
# Speech verbs whose own preposition opens what was said ("أعرب عن «خيبة أمل كبيرة»",
# "حذر من «...»", "دعا إلى «...»", "طالب بـ«...»", "حثّ تركيا على «ممارسة ضبط النفس»"),
# by the verb's letters ("واصف" for the participle of "وصف").
_VERB_PREPOSITIONS = {
    "عرب": "عن", "حذر": "من", "دع": "الى", "طالب": "ب", "شير": "الى", "حث": arabic.fold("على"),
    **_CHARACTERISING,
}  # fmt: skip
# Words after which what a speech verb governs is its content ("أشار إلى ...", "أكد أن").
_CONTENT_OPENERS = _CLAUSE_OPENERS | _folded("الى")
# A speech verb this many words after "أن" stands inside the clause it opens ("أن أردوغان
# يتحدث", "أن الرئيس التركي يتحدث"), when a speech verb came before.
REPORTED_VERB_WINDOW = 3


def is_speech_word(word: str) -> bool:
    """Whether a folded word (as from ``arabic.words``) introduces reported speech: with
    و/ف before it, and a present tense also with ل ("ليضيف أن ...")."""
    if word in SPEECH_WORDS:
        return True
    if word[:1] in _CLITICS and is_speech_word(word[1:]):
        return True
    return word[:1] == "ل" and word[1:2] in "يت" and word[1:] in SPEECH_WORDS


def is_speech_participle(word: str) -> bool:
    """A circumstantial participle ("مؤكدةً حقها", "مشيراً إلى"): it has the subject of the
    verb before it, and the words after it are what was said."""
    return _among(word, _PARTICIPLE_WORDS)


@dataclass(frozen=True)
class Quote:
    article: str  # article id
    sentence: str  # sentence id (citation target)
    text: str  # the quoted Arabic span exactly as in the sentence, without the quote marks
    speaker: str | None  # glossary id of who is quoted, None if unknown
    via: str | None  # glossary id of the outlet the quote is relayed through, else None
    # Who spoke as the sentence names them when the glossary does not know them: "مصدر
    # عسكري كردي", "عصمت شيخ حسن" (an Arabic span of the cited sentence; analyse/speakers.py).
    source: str | None = None


@dataclass(frozen=True)
class _Span:
    text: str
    start: int  # word index of the first quoted word
    end: int  # word index after the last quoted word
    after_colon: bool = False  # 'وقال: "..."': the colon introduces what follows as speech
    lead: bool = False  # "مظلوم عبدي: ...": a colon after the speaker's name, no verb
    cut: bool = False  # opened and never closed, the text cut mid-sentence: length unknown
    apposed: bool = False  # between commas: "أحد أعضائها، “روخاز عامودا”، واسمه الحقيقي"
    whole: bool = False  # the whole sentence is the quotation: '“أمضيت هنا ...”.'


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M") or char == "\u0640"


def _role(text: str, i: int) -> str:
    """'open', 'close' or 'either' for the ambiguous quote mark at ``text[i]``."""
    j = i - 1
    while j >= 0 and text[j] == "\u0640":  # "بـ" + tatweel before a quote
        j -= 1
    before = text[j] if j >= 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # A one-letter clitic glued to the mark (و”عبدي”) still opens it.
    clitic = before in "وفبل" and (j == 0 or not _is_word_char(text[j - 1]))
    opens = not _is_word_char(before) or clitic
    closes = not _is_word_char(after)
    if opens != closes:
        return "open" if opens else "close"
    return "either"


def quote_marks(text: str) -> list[tuple[int, int]]:
    """Character positions (open, close) of paired quote marks, outermost pairs only. A
    sentence with no quotation mark may quote between apostrophes ("وقالت الإدارة في بيان
    إن 'الوجود التركي ...'"): they pair as straight double quotes do."""
    if APOSTROPHE in text and not any(mark in text for mark in QUOTE_MARKS):
        text = text.replace(APOSTROPHE, '"')  # one character for one: positions stay
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for i, char in enumerate(text):  # « » say which way they face ...
        if char == "«" and stack and text[stack[-1]] == "»":
            pairs.append((stack.pop(), i))  # ... unless typed the other way round: »...«
        elif char == "«":
            stack.append(i)
        elif char == "»" and stack:
            pairs.append((stack.pop(), i))
        elif char == "»" and _role(text, i) == "open":
            stack.append(i)  # "بـ»هجوم صارخ ...»", "»...«": a » where one opens
    if stack:  # a « never closed runs to the end: the page was cut mid-quotation
        pairs.append((stack[0], len(text)))
    guillemets = list(pairs)
    stack = []
    for i, char in enumerate(text):
        if char not in '"“”' or any(a < i < b for a, b in guillemets):
            continue  # marks inside « » belong to the quoted text
        role = _role(text, i)
        if role == "open" or (role == "either" and not stack):
            stack.append(i)
        elif stack:  # a closing mark with nothing open is a stray: dropped
            pairs.append((stack.pop(), i))
    pairs += _unclosed(text, stack, pairs)
    return sorted(
        p for p in pairs if not any(q != p and q[0] <= p[0] and p[1] <= q[1] for q in pairs)
    )


def _unclosed(text: str, opens: list[int], pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where an opening mark was never closed: it closes where a quoted name nested in it
    does ('"سنضمن ... عبر عملية "نبع السلام".', one mark shared by both) unless a clause
    goes on after the name ('“مكافحة تنظيم “داعش” تقع في قائمة أولوياتنا ...': the name
    is closed, the quotation is not), or at the end of the sentence, which the quotation
    runs past; a name's mark closes it too when another quotation opens after the name
    ('“وجودنا ... “قسد”، معتبرًا أن “تهديد ...”'). Before a quoted statement of its own it
    is a stray ('"أن ذلك "دليل آخر على ..."')."""
    if not opens:
        return []
    first = opens[0]
    inner = [(a, b) for a, b in pairs if a > first]
    if not inner:
        return [(first, len(text))]
    short = [len(arabic.words(text[a + 1 : b])) < MIN_WORDS for a, b in sorted(inner)]
    if all(short):
        last = max(b for _, b in inner)
        if len(arabic.words(text[last + 1 :])) >= MIN_WORDS:
            return [(first, len(text))]  # '“مكافحة “داعش” تقع في قائمة أولوياتنا ...'
        return [(first, last)]
    names_first = list(itertools.takewhile(bool, short))
    if names_first:  # '“وجودنا ... مع “قسد”، معتبرًا أن “تهديد ...”': the name's mark
        return [(first, sorted(inner)[len(names_first) - 1][1])]
    return []


# A text that stops with none of these was cut by the page's store mid-sentence.
_SENTENCE_ENDS = '.!?؟…:؛"“”«»)'


def _with_shared_close(text: str, open_: int, close: int) -> str:
    """The quoted words, keeping the closing mark when a name nested in them shares it
    ('"سنضمن ... عبر عملية "نبع السلام".'), so the name shows closed."""
    quoted = text[open_ + 1 : close]
    nested_open = sum(quoted.count(m) for m in '"“”') % 2 or quoted.count("«") > quoted.count("»")
    if nested_open and close < len(text):
        quoted += text[close]
    return quoted.strip()


def _spans(text: str) -> list[_Span]:
    """Every quoted span with a word in it (short ones are judged later, in context)."""
    spans = []
    for open_, close in quote_marks(text):
        start = len(arabic.words(text[:open_]))
        end = len(arabic.words(text[:close]))
        if end > start:
            colon = text[:open_].rstrip().endswith(":")
            cut = close == len(text) and text.rstrip()[-1:] not in _SENTENCE_ENDS
            apposed = bool(
                _COMMA.fullmatch(text[:open_].rstrip()[-1:] or " ")
                and _COMMA.match(text[close + 1 :].lstrip()[:1] or " ")
            )
            quoted = _with_shared_close(text, open_, close)
            whole = not text[:open_].strip() and not arabic.words(text[close + 1 :])
            spans.append(_Span(quoted, start, end, colon, cut=cut, apposed=apposed, whole=whole))
    return spans


def _colon_spans(
    text: str, words: Sequence[str], spans: Sequence[_Span], verbs: Sequence[int]
) -> list[_Span]:
    """Words a speech verb introduces with a colon and no quotation marks ("وأضاف المصدر:
    إن الجمهورية ..."), up to the next quotation mark or the end of the sentence. A colon
    inside what the verb reports ("قال إن الحصيلة: ...") is not the verb's."""
    found = []
    # Where the next quotation that is speech opens; a name in quotation marks ("«داعش»")
    # is part of the words.
    speech_starts = {s.start for s in spans}
    opens = sorted(
        open_ for open_, _ in quote_marks(text) if len(arabic.words(text[:open_])) in speech_starts
    )
    for match in _SPEECH_COLON.finditer(text):
        at = match.start()
        start = len(arabic.words(text[:at]))
        if any(s.start <= start < s.end for s in spans) or _marks_around(text, at):
            continue
        opening = text[at + 1 :].lstrip()[:1]
        if opening in QUOTE_MARKS or not opening.isalpha():
            continue  # 'قال: «...»' is a quotation already; ": 5 قتلى" a list of counts
        verb = max((v for v in verbs if 0 < start - v <= COLON_WINDOW), default=None)
        if verb is None or any(_among(w, _CLAUSE_OPENERS) for w in words[verb + 1 : start]):
            continue
        close = next((o for o in opens if o > at), len(text))
        quoted = text[at + 1 : close].strip()
        end = start + len(arabic.words(quoted))
        if end - start >= MIN_WORDS:
            found.append(_Span(quoted, start, end, after_colon=True))
    return found


def _lead_colon_span(text: str, spans: Sequence[_Span], verbs: Sequence[int]) -> list[_Span]:
    """The words after a colon in a line with no speech verb and no quotation before the
    colon (a verb after it is the speaker's), the colon at most ``LEAD_NAME_WORDS`` words
    in ("مظلوم عبدي: نحن جاهزون للحوار مع دمشق"): who speaks is named before it
    (``_name_led``)."""
    match = _SPEECH_COLON.search(text)
    if match is None:
        return []
    start = len(arabic.words(text[: match.start()]))
    if any(v < start for v in verbs):
        return []  # "وقال ... :" is a speech verb's colon (``_colon_spans``)
    opening = text[match.end() :].lstrip()[:1]
    if not 0 < start <= LEAD_NAME_WORDS or any(s.start < start for s in spans):
        return []
    if opening in QUOTE_MARKS or not opening.isalpha():
        return []  # 'عبدي: «...»' is a quotation already; "المصدر: 5 قتلى" a count
    close = next((s.start for s in spans if s.start >= start), None)
    quoted = text[match.end() :].strip() if close is None else ""
    end = start + len(arabic.words(quoted))
    return (
        [_Span(quoted, start, end, after_colon=True, lead=True)] if end - start >= MIN_WORDS else []
    )


def _unknown_lead(text: str, words: Sequence[str], colon: int, mentions: Sequence[Mention]) -> bool:
    """Whether the words before a line's colon name a speaker the glossary does not know,
    as titles do: a post and what it is of ("وزير الخارجية التركي: سنواصل ..."), or one
    definite name the glossary lacks ("الشيباني: نرفض تقسيم سورية"). Not a date ("19
    أكتوبر:"), a place or an outlet ("دمشق:"), nor a word that names a source or a
    statement ("المصدر:")."""
    lead = words[:colon]
    if not lead or any(ch.isdigit() for ch in text.split(":")[0]):
        return False
    if len(lead) <= LEAD_NAME_WORDS and _among(lead[0], _HEAD_ROLE_WORDS):
        return True
    sources = _NAME_NOUNS | _STATEMENT_WORDS | _OUTLET_NOUNS | _ANONYMOUS | _ROLE_WORDS
    known = any(m.start < colon for m in mentions)
    if known:
        return False
    return (len(lead) == 1 and lead[0].startswith("ال") and lead[0] not in sources) or (
        _full_name(lead)
    )


def _full_name(words: Sequence[str]) -> bool:
    """Whether words are a person's full name the glossary lacks ("عبد الكريم عمر", "رامي
    عبد الرحمان", "جيهان شيخ أحمد"): ``POST_NAME_MIN`` to ``SURNAME_WORDS`` plain name
    words, a definite word only after the first part of a compound name ("عبد", "أبو")."""
    if not POST_NAME_MIN <= len(words) <= SURNAME_WORDS or words[0][:1] in _CLITICS:
        return False
    return all(
        _plain_name_word(w) or (i and words[i - 1] in _COMPOUND_NAME_HEADS and w.startswith("ال"))
        for i, w in enumerate(words)
    )


def _marks_around(text: str, at: int) -> list[tuple[int, int]]:
    """Paired quotation marks that enclose character ``at``."""
    return [(a, b) for a, b in quote_marks(text) if a < at < b]


def _looks_like_name(
    span: _Span, words: Sequence[str], mentions: Sequence[Mention], reported: bool = False
) -> bool:
    """A quoted name: a glossary entity inside it, or a name's head noun or a title at its
    start or just before it ("“فرقة السلطان سليمان شاه”", "قوات “مجلس منبج العسكري”",
    "السيناتور “...”"). A clause opener before a span of four words or more ("أن “قوات
    الأمن أغلقت ...”") makes it speech whatever its first word."""
    if all(len(w) <= ACRONYM_LETTERS for w in words[span.start : span.end]):
        return True  # "“ي ب ك”"
    if span.end - span.start > NAME_MAX_WORDS:
        return False
    inside = [m for m in mentions if span.start <= m.start < span.end]
    if sum(m.end - m.start for m in inside) >= span.end - span.start:
        return True  # names only, whatever stands before: "أن “قوات سوريا الديمقراطية-قسد”"
    before = words[span.start - 1] if span.start else ""
    if _apposed_name(span, words, before):
        return True  # "أحد أعضائها، “روخاز عامودا”، واسمه ...": a name in apposition
    # "قال «...»" opens a clause; "بحسب «...»" names a source, whatever its length.
    clause = (
        span.after_colon
        or _among(before, _CLAUSE_OPENERS)
        or (is_speech_word(before) and not _among(before, _VIA_WORDS))
    )
    if span.end - span.start >= MIN_WORDS and clause:
        return False
    # Inside what a speech verb reports, a statement may name someone ("إن واشنطن لن تسمح
    # لداعش «باستغلال الوضع الحالي في سوريا»"): a name inside does not make it a name.
    # So may what a verb of describing calls something ("ووصف عبدي الاعتداء بـ«هجوم صارخ
    # على العراق وسيادته»").
    described = reported or _described(words, span.start)
    statement = described and span.end - span.start >= MIN_WORDS
    if not statement and any(span.start <= m.start < span.end for m in mentions):
        return True
    first = words[span.start]
    # A post at its start names a person ("مقتل «قائد حاجز»") unless a clause opens it: after
    # a colon or "قال", «رئيس الوزراء مسؤول» is what was said.
    post_first = _among(first, _CONSTRUCT_POSTS) and not clause
    return _among(first, _NAME_NOUNS) or post_first or _name_head(before)


def _name_head(word: str) -> bool:
    """Whether a word before a quotation heads a name: a name's head noun, bare or with a
    preposition glued on ("لعملية «...»"), or a post in the construct state."""
    heads = _NAME_NOUNS | _NAME_HEADS
    # A word of three letters is read as itself: "لام" is the verb "blamed", not ل + "أم".
    glued = len(word) > GLUED_MIN and word[:1] in _GLUED_PREPOSITIONS and word[1:] in heads
    return _among(word, heads | _CONSTRUCT_POSTS) or glued


def _verb_subject(span: _Span, words: Sequence[str]) -> bool:
    """Whether a short quotation between a speech verb and the "أن" of what it reports is
    the verb's subject ("وأضافت «الأجهزة الأمنية» أن ..."): the words said follow "أن"."""
    before = words[span.start - 1] if span.start else ""
    after = words[span.end] if span.end < len(words) else ""
    said = is_speech_word(before) and not _among(before, _VIA_WORDS)
    return said and span.end - span.start < MIN_WORDS and after == _THAT_WORD


def _inscribed(span: _Span, words: Sequence[str]) -> bool:
    """Whether a quotation is what is written on something ("ولافتات كتب عليها «...»"):
    the verb of writing, then "عليها", right before it."""
    at = span.start
    return at >= 2 and _among(words[at - 2], _WRITTEN) and words[at - 1] in _ON_IT


def _named_with_post(span: _Span, words: Sequence[str]) -> bool:
    """Whether a short quotation is a person's name that a post or "وهو" follows ("أشار
    «تشارلز ليستر»، مدير برنامج ..."): two or three words, none of them a closed word or
    a speech word, which a clause cannot be."""
    quoted = words[span.start : span.end]
    if not POST_NAME_MIN <= len(quoted) <= SURNAME_WORDS or span.end >= len(words):
        return False
    closed = _GOVERNING | _CONTENT_OPENERS | _ADVERBS | _PRONOUN_OBJECTS | _NEGATIONS
    if any(_among(w, closed) or is_speech_word(w) for w in quoted):
        return False
    # Words opened as said ("وأكد: «الوضع مستقر» وزير الداخلية", "إن «...»") are speech,
    # whatever follows them; right after a speech verb a name is its subject ("وأشار «...»،
    # مدير ..."), but "وهو"/"وهي" may go on about words said there; "وهو ما ..." refers back
    # to what was said.
    before = words[span.start - 1] if span.start else ""
    if span.after_colon or _among(before, _CLAUSE_OPENERS):
        return False
    after = words[span.end]
    then = words[span.end + 1] if span.end + 1 < len(words) else ""
    if _among(after, _POST_AFTER):
        return True
    return after in _HE_IS and not is_speech_word(before) and then != _WHAT


def _apposed_name(span: _Span, words: Sequence[str], before: str) -> bool:
    """Whether a short quotation set off by commas names what the noun before it names
    ("أحد أعضائها، “روخاز عامودا”، واسمه الحقيقي ..."), unless a clause opener or speech
    word opens it or a verb of describing calls something so ("وصفت ... ما يجري في
    كوباني، بحق الشعب الكوردي، “حرب إبادة ممنهجة”،")."""
    if not span.apposed or span.end - span.start > APPOSITION_MAX_WORDS:
        return False
    opened = _among(before, _CLAUSE_OPENERS) or is_speech_word(before)
    return not (opened or _described(words, span.start))


def _is_speech(
    span: _Span, words: Sequence[str], mentions: Sequence[Mention], verbs: Sequence[int]
) -> bool:
    """A long span is speech unless it is a name. A short one must be introduced as
    speech: right after a speech verb, a clause opener or a colon ("قال: «...»", "حيث
    «الاشتباكات مستمرة»"), inside what a speech verb reports, or named as someone's
    words ("لما سمته «تصرفاً غادراً»", "ما وصفته بـ«الاعتداءات»"). Elsewhere it is a
    name or a term ("كشف السيناتور «ليندسي غراهام»"), and right after "بحسب" or a
    preposition a source or a place ("بحسب «روسيا اليوم»", "قالت مصادر لـ«العربي
    الجديد»", "اجتماع في «استراحة الوزير»") unless long enough and inside reported
    content. One word counts only when named as someone's word."""
    if _cut_speech(span, words):
        return True  # '... لافتاً إلى أن "داعش يعاد تدوي': the page stops mid-quotation
    if _inscribed(span, words) or _named_with_post(span, words) or _verb_subject(span, words):
        return False
    if _looks_like_name(span, words, mentions, _reported(span, words, verbs)):
        return False
    length = span.end - span.start
    if length >= MIN_WORDS:
        return True
    start = span.start
    naming = _NAMING_WORDS | _CONSIDER_WORDS
    if any(_among(w, naming) for w in words[max(0, start - NAMING_WINDOW) : start]):
        return True
    if length > 1 and _described(words, start):
        return True  # "وصفت الإدارة الذاتية ما يجري في كوباني «حرب إبادة ممنهجة»"
    before = words[start - 1] if start else ""
    if _among(before, _PRONOUN_THAT) and any(v < start - 1 for v in verbs):
        return True  # "معتبرة أنه «يتنافى»": the predicate of what the verb reports
    if _characterised(before, words, verbs, start):
        return True  # "واصفة الأنباء بـ«الكاذبة»": what the subject calls it
    if length == 1:
        return False
    if _among(before, _VIA_WORDS) or not any(v < start for v in verbs):
        return False
    # Inside the reported content: a clause opener or "إلى" stands between a speech verb
    # and the quote ("مشيراً إلى تحقيق إنجازات «تثير الدهشة»"), the first verb's, since a
    # report goes on past a verb it reports ("قائلة إن صفحات ادعت السيطرة لـ«...»").
    first = min(v for v in verbs if v < start)
    inside = any(_among(w, _CONTENT_OPENERS) for w in words[first + 1 : start])
    if _among(before, _PREPOSITIONS):
        own = _governs(words[max(v for v in verbs if v < start)], before)
        return own or (inside and (length >= AFTER_PREPOSITION_MIN_WORDS or _reached(span, words)))
    if _among(before, _CLAUSE_OPENERS) or is_speech_word(before) or span.after_colon:
        return True
    return inside


def _reached(span: _Span, words: Sequence[str]) -> bool:
    """Whether a short quotation after "إلى" is how the words describe what was reached
    ("التوصل إلى «اتفاق تاريخي»", "تستند إلى «أخوة أزلية»"): indefinite words only, a noun
    and its adjective, where the name of a place or body that "إلى" also takes has a
    definite word ("إلى «المفوضية العليا»", "وصل إلى «ساحة البلدية»") or is a compound
    name ("إلى «أبو محمد»")."""
    inside = words[span.start : span.end]
    definite = any(w.startswith("ال") for w in inside)
    named = definite or _among(inside[0], _COMPOUND_NAME_HEADS)
    return span.start > 0 and words[span.start - 1] == _TO and not named


def _cut_speech(span: _Span, words: Sequence[str]) -> bool:
    """Whether a quotation the page's store cut off is speech: opened right after a clause
    opener, a speech verb or a colon ("أن “...", "قائلاً “...") and never closed. Its
    length is unknown, so it is not judged a name by the words left of it."""
    before = words[span.start - 1] if span.start else ""
    opened = _among(before, _CLAUSE_OPENERS) or is_speech_word(before) or span.after_colon
    return span.cut and opened and span.end - span.start > 1


def _reported(span: _Span, words: Sequence[str], verbs: Sequence[int]) -> bool:
    """Whether a span stands inside what a speech verb reports: a clause opener between
    them ("قال إن ... «...»", "وشدد أن سبب ... هو «...»")."""
    first = min((v for v in verbs if v < span.start), default=None)
    if first is None:
        return False
    return any(_among(w, _CLAUSE_OPENERS) for w in words[first + 1 : span.start])


def _described(words: Sequence[str], start: int) -> bool:
    """Whether a quotation is what a verb of describing calls something ("وصفت X ...
    «...»", "يصف الراديو أسنانه بأنها «...»"): the verb at most ``DESCRIBE_WINDOW`` words
    before it, with no other verb of speech between."""
    window = range(max(0, start - DESCRIBE_WINDOW), start)
    at = [i for i in window if _among(words[i], _DESCRIBE_WORDS)]
    return bool(at) and not any(is_speech_word(words[i]) for i in range(at[-1] + 1, start))


def _characterised(before: str, words: Sequence[str], verbs: Sequence[int], start: int) -> bool:
    """Whether a quotation follows the "بـ" of the nearest speech verb before it when that
    verb describes or accuses ("ووصف عبدي الهجوم بـ«الإرهابي»"), and no noun of the same
    root stands between to take the "بـ" ("اتهمت قسد الأسد ...، بعد اتهامه الأكراد
    بـ«الخيانة»": his accusation, not hers)."""
    earlier = [v for v in verbs if v < start - 1]
    if not earlier or not _among(before, _PREPOSITIONS):
        return False
    verb = max(earlier)
    between = words[verb + 1 : start - 1]
    return any(
        root in words[verb]  # with its و: "واصفة" is no clitic and a word
        and _unclitic(before) == own
        and not any(noun in word for noun in _CHARACTERISING_NOUNS for word in between)
        for root, own in _CHARACTERISING.items()
    )


def _governs(verb: str, preposition: str) -> bool:
    """Whether a speech verb's own preposition is this one: "وأعرب" and "معرباً" take
    "عن", "حذّرت" and "محذراً" take "من". The verb keeps its و: "واصفة" has none."""
    return any(
        root in verb and _unclitic(preposition) == own for root, own in _VERB_PREPOSITIONS.items()
    )


def _speech_only(
    spans: Sequence[_Span], words: Sequence[str], mentions: Sequence[Mention], verbs: Sequence[int]
) -> list[_Span]:
    """The spans that are speech. A short span joined by "و" to a quoted name before it
    is a name of the same list ("عملية «درع الفرات» و«غصن الزيتون»")."""
    speech: list[_Span] = []
    name_ends: set[int] = set()
    for span in spans:
        listed = span.start and words[span.start - 1] == "و" and span.start - 1 in name_ends
        if listed and span.end - span.start <= NAME_MAX_WORDS:
            name_ends.add(span.end)
        elif _is_speech(span, words, mentions, verbs):
            speech.append(span)
        else:
            name_ends.add(span.end)
    return speech


def _among(word: str, vocabulary: frozenset[str]) -> bool:
    """Whether a folded word, with or without a leading و/ف, is in ``vocabulary`` ("فرقة"
    keeps its ف, "وقوات" loses its و)."""
    return word in vocabulary or (word[:1] in _CLITICS and word[1:] in vocabulary)


def _unclitic(word: str) -> str:
    return word[1:] if word[:1] in _CLITICS and len(word) > 2 else word


def _via(
    words: Sequence[str], mentions: Sequence[Mention], types: Mapping[str, str], rec: Recogniser
) -> str | None:
    """The outlet a sentence's quotes are relayed through ("نقلت X عن", "بحسب X", "لـX")."""
    for m in mentions:
        if types.get(m.entity) != "outlet":
            continue
        # "لفرانس برس": the name matched only once its ل was taken off.
        lam = _lam_glued(m, words, rec, "ل") or (m.start and words[m.start - 1] == "ل")
        if lam and m.start and _unclitic(words[m.start - 1]) in _STATEMENT_WORDS:
            continue
        near = [*words[max(0, m.start - 2) : m.start], *words[m.end : m.end + 2]]
        if lam or any(_unclitic(w) in _VIA_WORDS for w in near):
            return m.entity
    return None


def _lam_glued(m: Mention, words: Sequence[str], rec: Recogniser, letters: str = "لب") -> bool:
    """Whether a mention was found only once a glued ل/ب was taken off ("لقسد"); never
    when the name's first word as written is its own ("فلاديمير": ف and ل are the name's)."""
    written = words[m.start]
    first = _unclitic(written)
    own = any(
        entity == m.entity for word in (written, first) for _, entity in rec.index.get(word, ())
    )
    return first[:1] in letters and not own


def _governed(m: Mention, words: Sequence[str], rec: Recogniser) -> bool:
    """Whether a name is the object of a preposition or the subject of a reported clause
    ("ضد قسد", "لـ سانا", "أن الجيش ..."), and so not who speaks, unless the phrase
    names the source ("نقلاً عن المرصد", "وفقاً لـ المرصد", "على لسان عبدي")."""
    before = _unclitic(words[m.start - 1]) if m.start else ""
    # "لفريق فرانس برس", "لمراسل روداو": a noun with "ل" glued on governs the name after it
    raw = words[m.start - 1] if m.start else ""  # "فلاديمر" is no "ف" + "لاديمر"
    lam_noun = raw[:1] == "ل" and len(raw) > GLUED_MIN
    # ... but a body with "ل" glued on is a post's complement: "السكرتير الصحفي للبنتاجون
    # جون كيربي" names the holder after it, who is no object.
    lam_noun = lam_noun and not entities.find(rec, raw)
    if not (before in _GOVERNING or _lam_glued(m, words, rec) or lam_noun):
        return False
    if m.end < len(words) and words[m.end] in _SAYING_WORDS:
        return False  # "نقلت الشبكة ... عن «بالي» قوله": whose words they are
    if before in _CLAUSE_OPENERS:
        # "قال أكار إن أردوغان أكد أن ...": a reported speaker of his own still speaks.
        return not any(is_speech_word(w) for w in words[m.end : m.end + 2])
    opener_at = m.start - 1 if before in _GOVERNING else m.start
    owner = _STATEMENT_WORDS | _ISSUED_WORDS | _ROLE_WORDS
    if opener_at and _unclitic(words[opener_at - 1]) in owner:
        # "بيان للمرصد", "بيان صادر عن الجيش", "القائد العام لقوات ...": whose words
        # or whose post it is.
        return False
    window = words[max(0, opener_at - SOURCE_WINDOW) : m.start]
    return not any(_unclitic(w) in _SOURCE_OPENERS for w in window)


def _clause_verb(word: str) -> bool:
    """Whether a body right before a speech verb can be its subject ("أن الإدارة الذاتية
    أكدت"): not before a verb with و/ف, nor before a participle, whose subject is its
    clause's ("و«داعش»، مشدداً على"), nor before "according to", whose source follows it
    ("... مع الرئيس التركي رجب طيب أردوغان، وفق وكالة «آر تي»")."""
    return not (
        _conjoined(word) or _among(word, _PARTICIPLE_WORDS) or _among(word, _ACCORDING_WORDS)
    )


def _conjoined(word: str) -> bool:
    """Whether a speech verb carries و/ف ("وقال", but not "وصف", whose و is its own)."""
    return word[:1] in _CLITICS and word not in SPEECH_WORDS and is_speech_word(word[1:])


def _subject(
    verbs: Sequence[int],
    people: Sequence[Mention],
    bodies: Sequence[Mention],
    before: int,
    words: Sequence[str],
    genders: Mapping[str, str] | None = None,
) -> Mention | None:
    """Who the last speech verb before word ``before`` (that has one) belongs to, among
    the names that agree with it in gender (``genders``: persons' genders, by id).

    A body right after the verb is its subject ("زعمت وزارة الدفاع التركية أنه ..."); else
    the person nearest the verb, on either side, not the one nearest the quote: in "وأشار
    كالفيرت إلى أن وزير الخارجيّة الأميركي، أنتوني بلنكن ..." the speaker is Calvert.
    """
    every_person, every_body = people, bodies
    for verb in reversed([v for v in verbs if v < before]):
        people = _agreeing(words, verb, every_person, genders or {})
        bodies = _agreeing(words, verb, every_body, genders or {})
        # "وأكدت الإدارة الذاتية", or before it: "أن الإدارة الذاتية أكدت أن"; not before a
        # verb with و/ف, which opens a clause of its own ("فلول «داعش»، وقال: ...")
        # "وكان المرصد قد قال إن": the subject stands between كان and قد
        end = verb - 1 if verb and words[verb - 1] == _QAD else verb
        body = [
            m
            for m in bodies
            if (m.start == verb + 1 or (m.end == end and _clause_verb(words[verb])))
            and m.end <= before
        ]
        if body:
            return body[0]
        # after the verb, not inside what it reports ("ولفت إلى أننا حصلنا على وثائق بعد
        # مقتل البغدادي": the one spoken of)
        after = [
            m
            for m in people
            if 0 < m.start - verb <= SUBJECT_WINDOW
            and not any(_opens_content(words, verb, at) for at in range(verb + 1, m.start))
        ]
        near = [
            (m.start - verb if m.start > verb else verb - m.end + 1, m)
            for m in people
            if m.end <= before and (m in after or _subject_before(words, verb, m))
        ]
        if near:
            # As near on either side: the one after, as a verbal sentence puts its subject
            # after the verb ("... انهيار الأسد، قال بلينكن").
            return min(near, key=lambda item: (item[0], item[1].start < verb))[1]
    return None


# "إلى" as written, the preposition a post may take ("المبعوث الأمريكي إلى سوريا"), and
# the posts that take it: an envoy, a representative or a delegate sent to a country.
_TO = arabic.fold("إلى")
_ENVOY_WORDS = _folded("المبعوث المبعوثة الممثل الممثلة المندوب المندوبة")


def _opens_content(words: Sequence[str], verb: int, at: int) -> bool:
    """Whether word ``at`` opens what a speech verb reports: a clause opener, or "إلى" as
    the verb's complement ("ولفت إلى أننا ...", "وأشار الوزير إلى ..."); not "إلى" inside
    the subject's post, after its definite words and before no clause, with a verb that
    does not take it ("أكد المبعوث الأمريكي إلى سوريا، توم باراك، ...")."""
    word = words[at]
    if not _among(word, _CONTENT_OPENERS):
        return False
    if _unclitic(word) != _TO or _governs(words[verb], word):
        return True
    post = words[verb + 1 : at]
    following = words[at + 1] if at + 1 < len(words) else ""
    envoy = bool(post) and _unclitic(post[0]) in _ENVOY_WORDS
    in_post = envoy and all(w.startswith("ال") for w in post)
    return not in_post or _among(following, _CLAUSE_OPENERS)


def _verb_gender(words: Sequence[str], verb: int) -> str | None:
    """The gender a singular speech verb or participle agrees with, if it says one; a
    verbal noun has its verb's ("حيث تحدثت بالقول")."""
    word = _unclitic(words[verb])
    if word in _VERBAL_NOUNS and verb:
        word = _unclitic(words[verb - 1])
    if word in _FEMININE_VERBS:
        return FEMALE
    return MALE if word in _MASCULINE_VERBS else None


def _name_gender(
    words: Sequence[str], verb: int, m: Mention, genders: Mapping[str, str]
) -> str | None:
    """A person's gender as the glossary gives it; a body's when a masculine singular
    noun heads its name as written right after the verb (after another noun, "وأكدت قيادة
    الجيش", that noun is the subject)."""
    if m.entity in genders:
        return genders[m.entity]
    if m.start != verb + 1:
        return None
    head = _unclitic(words[m.start])
    return MALE if (head[2:] if head.startswith("ال") else head) in _MASCULINE_HEADS else None


def _agreeing(
    words: Sequence[str], verb: int, names: Sequence[Mention], genders: Mapping[str, str]
) -> list[Mention]:
    """The names a speech verb's gender allows as its subject (``_FEMININE_VERBS``)."""
    said = _verb_gender(words, verb)
    if said is None:
        return list(names)
    return [m for m in names if _name_gender(words, verb, m, genders) in (None, said)]


def _subject_before(words: Sequence[str], verb: int, person: Mention) -> bool:
    """Whether a person named just before a speech verb can be its subject: not before a
    verb with و/ف or a participle (``_clause_verb``), nor before a verb whose subject is a
    post named right after it ("... بشار الأسد قال القائد العام لقسد")."""
    return (
        0 <= verb - person.end < SUBJECT_WINDOW
        and _clause_verb(words[verb])
        and not _head_role_after(words, verb)
    )


def _head_role_after(words: Sequence[str], verb: int) -> bool:
    """Whether the speech verb's subject is a post ("القائد العام لـ...", "وزير الخارجية")."""
    return any(_unclitic(w) in _HEAD_ROLE_WORDS for w in words[verb + 1 : verb + 3])


Context = tuple[str | None, str | None]  # (speaker, via) a following sentence may continue


@dataclass(frozen=True)
class _Clauses:
    """What attribution needs to know about one sentence."""

    words: tuple[str, ...]
    spans: list[_Span]  # quotations that are speech (names in quotation marks left out)
    verbs: list[int]  # positions of speech words outside quotation marks
    people: list[Mention]
    bodies: list[Mention]
    via: str | None  # the outlet or medium the words came through
    names: list[Mention]  # every name outside the quotations, of any type
    types: Mapping[str, str]
    heads: Mapping[str, str]
    # the person the article named as a body's head ("قائد قسد مظلوم عبدي"), by body
    holders: Mapping[str, str] = dataclasses.field(default_factory=dict)
    genders: Mapping[str, str] = dataclasses.field(default_factory=dict)  # persons, by id
    bulleted: bool = False  # the line is an item of a list ("- قال إن ...")
    known_posts: frozenset[str] = frozenset()  # every post the glossary lists, keyed as heads
    # words naming someone the glossary does not know: definite surnames given in full before
    # ("المعلم"), and the epithets of posts named last without a glossary holder ("الوزير")
    strangers: frozenset[str] = frozenset()

    def quoted(self, position: int) -> bool:
        return any(s.start <= position < s.end for s in self.spans)


def _relative_verb(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is a negated verb opening a relative clause ("وتابع البيان،
    والذي لم يوضح ما إذا ..."): what a noun did not say describes it and introduces no
    words, so it is no speech verb of the sentence. Not negated, it may report words
    ("الحوار الذي قالت إنه «...»")."""
    return i >= 2 and words[i - 1] in _NEGATIONS and _among(words[i - 2], _RELATIVES)


# "ورد"/"وردت" read as و + "رد" is "and replied"; right after a statement word it is the verb
# "came": "في بيان ورد لوكالة ..." (a statement the agency received), which says nothing.
_CAME_WORDS = _folded("ورد وردت")
_CAME_TO = _folded("في فيه فيها على عن من إلى الى عبر")


def _came_in(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is "ورد" (came) describing the statement word before it ("وذكرت
    قيادة قسد في بيان ورد لوكالة ..."), no speech verb: the speaker is the subject before."""
    if not (i >= 1 and words[i] in _CAME_WORDS and _among(words[i - 1], _STATEMENT_WORDS)):
        return False
    # "ورد لوكالة"/"ورد فيه" came; "ورد عبدي" (a name next) is "and Abdi replied"
    after = words[i + 1] if i + 1 < len(words) else ""
    return after.startswith("ل") or after in _CAME_TO


def _explained(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is "بيّن" (made clear) before what it reports ("وبينت المصادر
    أن"), not the preposition "بين" (between): a clause opener follows within
    ``SUBJECT_WINDOW`` words with no other word of its kind between."""
    if _unclitic(words[i]) not in _EXPLAIN_WORDS or not words[i].startswith(("و", "ف")):
        return False
    return any(_among(w, _THAT) for w in words[i + 1 : i + 1 + SUBJECT_WINDOW // 2])


def _content_verb(words: Sequence[str], i: int) -> bool:
    """Whether word ``i`` opens a statement's words: "وجاء في البيان", "وورد فيه"."""
    following = words[i + 1] if i + 1 < len(words) else ""
    word = _unclitic(words[i])
    if word in _STIPULATE_VERBS:  # "ونص الاتفاق على": its subject, then "على"
        return arabic.fold("على") in words[i + 1 : i + 4]
    return word in _CONTENT_VERBS and following.startswith("في")


def _clauses(
    text: str,
    recogniser: Recogniser,
    types: Mapping[str, str],
    heads: Mapping[str, str],
    holders: Mapping[str, str] | None = None,
    short_names: Mapping[tuple[str, ...], str] | None = None,
    genders: Mapping[str, str] | None = None,
    known_posts: frozenset[str] = frozenset(),
    strangers: frozenset[str] = frozenset(),
) -> _Clauses:
    words = arabic.words(text)
    spans = _spans(text)
    found_all = _with_short_names(entities.find(recogniser, text), words, short_names or {})
    found_all = _with_sources_referred(found_all, words, heads, types)
    verbs = [
        i
        for i, w in enumerate(words)
        if not any(s.start <= i < s.end for s in spans)
        and not _relative_verb(words, i)
        and not _came_in(words, i)
        and (
            is_speech_word(w)
            or _among(w, _CONSIDER_WORDS)
            or _content_verb(words, i)
            or _explained(words, i)
        )
    ]
    # Names in quotation marks are not speech, and the names they hold can be speakers.
    spans = _speech_only(spans, words, found_all, verbs)
    colons = _colon_spans(text, words, spans, verbs) or [
        span
        for span in _lead_colon_span(text, spans, verbs)
        if any(m.start < span.start and types.get(m.entity) in _SPEAKER_TYPES for m in found_all)
        or _unknown_lead(text, words, span.start, found_all)
    ]  # a speaker is named before the colon; "19 أكتوبر: نفذت قوات ..." is a dated list
    if colons:
        spans = sorted([*spans, *colons], key=lambda s: s.start)
        verbs = [v for v in verbs if not any(s.start <= v < s.end for s in colons)]
    mentions = [m for m in found_all if not any(s.start <= m.start < s.end for s in spans)]
    names = list(mentions)
    via = _via(words, mentions, types, recogniser) if spans else None
    # Only a name that can be a subject can speak; the rest are objects and content.
    mentions = [m for m in mentions if not _governed(m, words, recogniser)]
    people = [m for m in mentions if types.get(m.entity) == "person"]
    bodies = [
        m
        for m in mentions
        if types.get(m.entity) in ("organisation", "outlet")
        and m.entity != via
        and not (m.start and words[m.start - 1] in _MEDIUM_WORDS)
        # "لموقع الإدارة الذاتية": a body's own medium; "أفاد موقع روداو" is the outlet's
        and not (m.start and _outlet_noun(words[m.start - 1]) and types.get(m.entity) != "outlet")
    ]
    return _Clauses(
        words, spans, verbs, people, bodies, via, names, types, heads, holders or {}, genders or {},
        bool(_BULLET.match(text)), known_posts, strangers,
    )  # fmt: skip


def _with_short_names(
    found: Sequence[Mention], words: Sequence[str], short_names: Mapping[tuple[str, ...], str]
) -> list[Mention]:
    """The sentence's glossary names, and a body named before where only its short name
    stands ("وزارة الدفاع" for "وزارة الدفاع الأميركية"), outside any glossary name."""
    taken = {i for m in found for i in range(m.start, m.end)}
    extra = []
    for start in range(len(words) - SHORT_NAME_WORDS + 1):
        end = start + SHORT_NAME_WORDS
        rest = tuple(words[start + 1 : end])
        # as written, or with the clitics a name takes ("ولوزارة الدفاع")
        readings = sorted(entities.clitic_readings(words[start]), key=lambda r: (-len(r), r))
        key = next(((r, *rest) for r in readings if (r, *rest) in short_names), None)
        if key and not taken & set(range(start, end)):
            extra.append(Mention(short_names[key], start, end))
    return sorted([*found, *extra], key=lambda m: m.start)


def _with_sources_referred(
    found: Sequence[Mention],
    words: Sequence[str],
    heads: Mapping[str, str],
    types: Mapping[str, str],
) -> list[Mention]:
    """The sentence's names, and a name the report gave before, referred to by one word (a
    body's head noun, a surname) where a source is named: right before "قوله"/"قولها"
    ("نقلت الوكالة عن الوزارة قولها") or as a spokesman's body ("متحدث باسم الوزارة"),
    read as the full name is there."""
    taken = {i for m in found for i in range(m.start, m.end)}
    extra = []
    for at, word in enumerate(words[:-1]):
        head = entities.reading_in(word, heads)
        if head is not None and at not in taken and words[at + 1] in _SAYING_WORDS:
            extra.append(Mention(heads[head], at, at + 1))
    for post, word in enumerate(words):
        body = (
            _spokesman_head(words, post, types, heads) if _among(word, _SPOKESMAN_WORDS) else None
        )
        if body is not None and body.start not in taken:
            extra.append(body)
    return sorted(set([*found, *extra]), key=lambda m: (m.start, m.end))


# The words that join a spokesman's post to his body: "المتحدث (الرسمي) باسم الوزارة".
_SPOKESMAN_LINKS = _folded("باسم الرسمي الرسمية")


def _spokesman_head(
    words: Sequence[str], post: int, types: Mapping[str, str], heads: Mapping[str, str]
) -> Mention | None:
    """The body a spokesman word names right after its linking words by the head noun
    the report named it by ("متحدث باسم الوزارة", "المتحدث الرسمي للوزارة"); not a word
    further on ("المتحدث باسم لواء ... المنضوي في هذه القوات": the brigade's man)."""
    at = post + 1
    while at < len(words) and words[at] in _SPOKESMAN_LINKS:
        at += 1
    head = entities.reading_in(words[at], heads) if at < len(words) else None
    if head is None or types.get(heads[head]) != "organisation":
        return None
    return Mention(heads[head], at, at + 1)


def _short_names(
    text: str, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> dict[tuple[str, ...], str]:
    """The first words of each long form of the bodies a sentence names, by which a later
    sentence may name the body again; a short name two bodies of the sentence share is
    left out."""
    found: dict[tuple[str, ...], str] = {}
    shared: set[tuple[str, ...]] = set()
    for mention in entities.find(recogniser, text):
        if glossary[mention.entity].type != "organisation":
            continue
        for form in glossary[mention.entity].ar_forms:
            form_words = arabic.words(form)
            if len(form_words) < SHORT_NAME_FROM_WORDS:
                continue
            key = tuple(form_words[:SHORT_NAME_WORDS])
            if found.get(key, mention.entity) != mention.entity:
                shared.add(key)
            found[key] = mention.entity
    return {key: entity for key, entity in found.items() if key not in shared}


def _sentence_quotes(
    text: str,
    recogniser: Recogniser,
    types: Mapping[str, str],
    context: Context | None,
    heads: Mapping[str, str],
    last_person: str | None = None,
    holders: Mapping[str, str] | None = None,
    short_names: Mapping[tuple[str, ...], str] | None = None,
    genders: Mapping[str, str] | None = None,
    known_posts: frozenset[str] = frozenset(),
    strangers: frozenset[str] = frozenset(),
) -> tuple[list[tuple[_Span, str | None, str | None]], Context | None]:
    clauses = _clauses(
        text, recogniser, types, heads, holders, short_names, genders, known_posts, strangers
    )
    if clauses.spans and not clauses.verbs:
        return _without_verb(clauses, context)
    if not clauses.spans:
        return [], _next_context(clauses, context)
    found: list[tuple[_Span, str | None, str | None]] = []
    for span in clauses.spans:
        carried = (found[-1][1], found[-1][2]) if found else context
        found.append(_attribute(span, clauses, carried, last_person))
    return found, (found[-1][1], found[-1][2])


def _next_context(c: _Clauses, context: Context | None) -> Context | None:
    """Who a sentence without quotations leaves speaking. "وأشار كالفيرت إلى أن ..." names
    him, so "وأردف الجنرال الأميركي أن «...»" or "وأضاف: «...»" next can continue with him,
    and "وأكدت الإدارة الذاتية ..." the body. A sentence that only continues the speech
    ("وأضاف أن ...", "وجاء في نص البيان:") leaves the last speaker speaking; one that
    reports none ("وكانت القوات انسحبت ...") leaves nobody, so that a "وأضاف" after it
    is not guessed; any other speech verb ends his turn ("وأعلنت
    المعارضة السورية في بيان ...": a subject the glossary does not know), and the last
    verb's own subject wins over an earlier verb's ("وأكدت القيادة ...، بينما صرح
    قائدها، الجنرال فلان، بأن ..."). A verb inside what another reports is not the
    sentence's: in "وأشارت إلى أن أردوغان يتحدث عن ..." he is spoken of (``_outer``)."""
    c = dataclasses.replace(c, verbs=[v for v in _outer(c) if not _names_channel(c, v)])
    if c.verbs and all(_cites_statement(c.words, verb) for verb in c.verbs):
        return context  # "..., بحسب البيان": the statement quoted before goes on
    for verb in reversed(c.verbs):
        voice = _spokesman_of(c, verb)
        if voice:  # "أكد المتحدث باسم البنتاغون، فلان، ...، لكنه نفى أن": the body speaks
            return voice, None
        if _own_subject(c, verb):
            break
    finite = _finite_last(c)
    holder = (
        _holder(c, finite) if finite is not None and _head_role_after(c.words, finite) else None
    )
    if holder:  # "وأوضح قائد قسد أن ...": the commander named before
        return holder, None
    referred = _referred_subject(c, finite) if finite is not None else None
    if referred:  # "وقالت الوزارة في بيان ..."; "أصدرت القيادة العامة لقسد بياناً"
        return referred, None
    last = c.verbs[-1:]
    if last and last[0] + 1 < len(c.words) and _stranger_named(c, last[0] + 1):
        return None  # "وذكر المصطفى أن ...": a man the glossary does not know speaks
    unknown = bool(last) and (_own_subject(c, last[0]) or _anonymous_after(c.words, last[0]))
    if unknown and not _subject(last, c.people, c.bodies, len(c.words), c.words, c.genders):
        return None
    subject = _subject(c.verbs, c.people, c.bodies, len(c.words), c.words, c.genders)
    if subject:
        return subject.entity, None
    if c.verbs and all(
        _continues(c, verb)
        or _cites_speaker(c.words, verb)
        or _epithet_back(c, verb)
        or _object_after(c, verb)
        for verb in c.verbs
    ):
        return context if _carried_agrees(c, c.verbs[-1], context) else None
    actor = _actor(c) if not c.verbs else None
    if actor:  # "وأعاد بلينكن التأكيد على ...": a "وأضاف" next is his
        return actor, None
    if not c.verbs and _keeps_turn(c):
        return context
    return None


def _finite_last(c: _Clauses) -> int | None:
    """The sentence's last speech verb, or, when participles close it ("ولفت سلو إلى
    ...، موضحا أن ..."), the verb before them: a participle has that verb's subject."""
    finite = [v for v in c.verbs if not _among(c.words[v], _PARTICIPLE_WORDS)] or c.verbs
    return finite[-1] if finite else None


def _names_channel(c: _Clauses, verb: int) -> bool:
    """Whether an attribution word names the outlet or medium words came through ("وقالت
    «قسد» في بيان إن ...، بحسب وكالة رويترز"): the outlet relays, it does not speak, so it
    never takes the turn a sentence leaves to the next ("وأشارت إلى أن ...")."""
    if not _among(c.words[verb], _ACCORDING_WORDS):
        return False
    return any(
        c.types.get(m.entity) in _CHANNEL_TYPES and 0 < m.start - verb <= SOURCE_WINDOW
        for m in c.names
    )


def _outer(c: _Clauses) -> list[int]:
    """The speech verbs that are not inside what an earlier one reports: a verb without
    و/ف after "أن"/"إن" that follows a speech verb ("وأشارت إلى أن أردوغان يتحدث") has
    the reported clause's subject. One with و/ف opens a clause of the sentence's own
    ("قال إن ...، وأكد فلان أن"), and a participle or an attribution goes on with the
    sentence's speaker ("..., مشيراً إلى", "بحسب تعبيره")."""
    outer: list[int] = []
    for i, verb in enumerate(c.verbs):
        # "أن" and the reported clause's subject right before the verb; further back, a
        # clause of its own may have begun ("أن العمليات مستمرة، بينما صرح قائدها").
        start = max(c.verbs[i - 1] + 1, verb - REPORTED_VERB_WINDOW) if i else verb
        reported = any(_among(w, _THAT) for w in c.words[start:verb])
        if not (reported and _finite_bare(c.words[verb])):
            outer.append(verb)
    return outer


def _finite_bare(word: str) -> bool:
    """A speech verb without و/ف that is neither a participle nor an attribution word."""
    other = _among(word, _PARTICIPLE_WORDS) or _among(word, _ATTRIBUTION_WORDS)
    return not (_conjoined(word) or other)


def _cites_speaker(words: Sequence[str], verb: int) -> bool:
    """Whether an attribution word cites the speaker's own words by a pronoun ("بحسب
    تعبيره", "وفق قوله"): it names nobody new, so the speaker before goes on."""
    following = _unclitic(words[verb + 1]) if verb + 1 < len(words) else ""
    return _among(words[verb], _ATTRIBUTION_WORDS) and following.endswith(_PRONOUN_ENDINGS)


def _epithet_back(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb's subject is a definite epithet for a person, with no name
    after it ("وأوضح المسؤول بـ”قسد” أن ...", "وقال المسؤول الكردي إن ..."): the official
    named before, who goes on speaking."""
    following = _unclitic(c.words[verb + 1]) if verb + 1 < len(c.words) else ""
    named = any(0 < m.start - verb <= SUBJECT_WINDOW for m in c.people)
    return following in _EPITHETS and not named


def _keeps_turn(c: _Clauses) -> bool:
    """Whether a sentence without speech verb or quotation goes on with the speaker before
    (the turn model: he speaks until another speaker or a narration with its own subject
    takes over). It does when it opens with a verb whose subject is left implicit, his:
    a و/ف verb followed straight by a preposition, opener or adverb and naming nobody near
    ("وتطرق أيضا إلى ..."), or with "جاء ذلك في/خلال" (where the words before were said);
    it does not when a subject may be written ("وكانت القوات انسحبت", "وتبنت فصائل ...",
    "وفي 2019 سيطرت قسد ...")."""
    words = c.words
    if len(words) < 3 or c.spans:
        return False
    if _unclitic(words[0]) in _CONTENT_VERBS and _unclitic(words[1]) in _DEMONSTRATIVES:
        return words[2] in _SAID_IN  # "جاء ذلك في كلمة ألقاها ...": where it was said
    verb = 1 if _unclitic(words[0]) == _QAD else 0  # "وقد توجه النازحون": the verb after قد
    first, second = _unclitic(words[verb]), _unclitic(words[verb + 1])
    if words[0][:1] not in _CLITICS or first.startswith("ال") or first in _NOT_VERBS:
        return False
    named = any(m.start < SUBJECT_WINDOW and c.types.get(m.entity) in _SPEAKER_TYPES
                for m in c.names)  # fmt: skip
    # Nothing in the subject's place: a preposition, clause opener or adverb follows the
    # verb. A noun there may be its subject ("وتبنت فصائل ..."), so it ends the turn.
    implicit = (
        second in _GOVERNING | _CONTENT_OPENERS | _ADVERBS or words[verb + 1] in _PRONOUN_OBJECTS
    )
    return implicit and not named


# A list item's mark: pages sum up what one person said as a list of lines, each opening
# with its verb ("ـ أشاد الشيباني بالدور ...", "- قال إن ...").
_BULLET = re.compile(r"\s*[-–—ـ•▪●*]+\s")


def _actor(c: _Clauses) -> str | None:
    """The glossary person a sentence without speech verb names right after its first
    word, a verb with و/ف ("وأعاد بلينكن التأكيد ...", "ووضع غابرييل ...") or opening a
    list item ("ـ أشاد الشيباني بالدور ..."): its subject."""
    first = c.words[0] if c.words else ""
    if first[:1] not in _CLITICS and not c.bulleted:
        return None
    return next((m.entity for m in c.people if m.start == 1), None)


def _cites_statement(words: Sequence[str], verb: int) -> bool:
    """Whether a speech word only cites the statement spoken of ("بحسب البيان", "وفق
    البيان"): an attribution with a statement word, and no body, after it."""
    if not _among(words[verb], _ACCORDING_WORDS) or verb + 1 >= len(words):
        return False
    following = words[verb + 1]
    bare = following[2:] if following.startswith("ال") else following
    return bare in _STATEMENT_WORDS and verb + 2 == len(words)


def _holder(c: _Clauses, verb: int) -> str | None:
    """The person the article named as head of the body a speech verb's subject names
    ("وأوضح قائد قوات سوريا الديمقراطية" after "قائد قسد مظلوم عبدي")."""
    return next(
        (c.holders[m.entity] for m in c.names
         if m.entity in c.holders and 0 < m.start - verb <= SUBJECT_WINDOW),
        None,
    )  # fmt: skip


def _role_holders(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, str]:
    """Bodies whose head a sentence names ("قائد قوات سوريا الديمقراطية مظلوم عبدي",
    "مظلوم عبدي، القائد العام لقسد"): a post word and the body within ``HOLDER_WINDOW``
    words before or after the person."""
    words = arabic.words(text)
    mentions = entities.find(recogniser, text)
    found = {}
    for person in (m for m in mentions if types.get(m.entity) == "person"):
        for lo, hi in (
            (person.start - HOLDER_WINDOW, person.start),
            (person.end, person.end + HOLDER_WINDOW),
        ):
            window = range(max(0, lo), min(len(words), hi))
            post = any(_unclitic(words[i]) in _HEAD_ROLE_WORDS for i in window)
            bodies = [m for m in mentions
                      if types.get(m.entity) == "organisation" and m.start in window]  # fmt: skip
            if post and bodies:
                found[bodies[0].entity] = person.entity
    return found


def _referred_subject(c: _Clauses, verb: int) -> str | None:
    """A body that a speech verb's subject names without its glossary form: by the head
    noun of a body named before ("وقالت الوزارة" after "وزارة الدفاع التركية"; the
    surname of a spokesman named before: "وأضاف كوك"), or as one of its organs, a
    definite noun with the body after ل ("أصدرت القيادة العامة لقوات سوريا الديمقراطية",
    "أكدت القوة المشتركة للتحالف الدولي"): not a post, whose holder speaks for himself."""
    if verb + 1 >= len(c.words) or c.quoted(verb + 1):
        return None
    word = _unclitic(c.words[verb + 1])
    if word in c.heads and not any(m.start == verb + 1 for m in c.names):
        return c.heads[word]
    ranked = c.words[verb + 2] if verb + 2 < len(c.words) else ""
    if word in _TITLES and ranked in c.heads and not c.quoted(verb + 2):
        return c.heads[ranked]  # "وأضاف العقيد سلو": a spokesman's surname after his rank
    for size in range(ORGAN_WORDS, 1, -1):  # "وقال المجلس التنفيذي" after its body was named
        named = " ".join([word, *c.words[verb + 2 : verb + 1 + size]])
        if named in c.heads and not c.quoted(verb + size) and not _holder_other(c, verb + size):
            return c.heads[named]
    if not word.startswith("ال") or word in _ROLE_WORDS | _HEAD_ROLE_WORDS | _TITLES:
        return None
    for m in c.names:
        organ = c.words[verb + 1 : m.start]
        lam = c.words[m.start].startswith("ل") or (organ and organ[-1] == "ل")
        definite = all(w.startswith("ال") or w == "ل" for w in organ)
        if 0 < len(organ) <= ORGAN_WORDS and lam and definite:
            if _holder_follows(c, m):
                return None  # "السكرتير الصحفي للبنتاجون جون كيربي": a post; he speaks
            return m.entity if c.types.get(m.entity) == "organisation" else None
    return None


# "وقال الرئيس التركي السابق": a post's earlier (or next) holder, not the one it stands for.
_FORMER_WORDS = _folded("السابق السابقة الأسبق الأسبقة الراحل المخلوع المنتخب")


def _holder_other(c: _Clauses, last: int) -> bool:
    """Whether the post ending at word ``last`` names a holder other than the one it
    stands for: a former or next one ("الرئيس التركي السابق"), or one named right after
    it, whom the glossary does not know ("وزير الداخلية التركي علي يرلي كايا", at least
    ``POST_NAME_MIN`` plain words)."""
    at = last + 1
    while at < len(c.words) and _unclitic(c.words[at]) in _TITLES:
        at += 1  # "وزير الدفاع الأمريكي الجنرال ...": a rank before the name
    if at >= len(c.words) or c.quoted(at):
        return False
    # a first name and a surname, not one word that only might be a name ("بتغريدته")
    name = c.words[at : at + POST_NAME_MIN]
    named = len(name) == POST_NAME_MIN and all(map(_plain_name_word, name))
    return c.words[at] in _FORMER_WORDS or (named and not c.quoted(at + 1))


def _holder_follows(c: _Clauses, body: Mention) -> bool:
    """Whether a glossary person is named right after a body ("... للبنتاجون جون كيربي"):
    the words before the body are then his post, not an organ of the body."""
    return any(c.types.get(m.entity) == "person" and 0 <= m.start - body.end <= POST_WINDOW
               for m in c.names)  # fmt: skip


def _spokesman_of(c: _Clauses, verb: int) -> str | None:
    """The body a speech verb's subject is the spokesman of ("وذكّرت المتحدثة باسم
    البنتاغون، دانا وايت"; "قال الناطق الرسمي لقسد"): a spokesman's words are his body's,
    named or not (as the corpus labels them)."""
    post = _spokesman_word_after(c, verb)
    if post is None:
        return None
    if any(0 < m.start - verb <= SUBJECT_WINDOW for m in c.people):
        return None  # "وقال المتحدث باسم البنتاغون جون كيربي": he is in the glossary
    for m in c.names:
        if c.types.get(m.entity) == "organisation" and 0 < m.start - post <= SPOKESMAN_WINDOW:
            return m.entity
    return None


def _spokesman_word_after(c: _Clauses, verb: int) -> int | None:
    """Where the spokesman word after a speech verb stands: right after it, or after the
    name of someone the glossary does not know ("وأشارت ماري هارف المتحدثة باسم
    الخارجية")."""
    at = verb + 1
    while at < len(c.words) and at - verb <= POST_NAME_GAP:
        if c.quoted(at) or any(m.start == at for m in c.names):
            return None
        if _unclitic(c.words[at]) in _SPOKESMAN_WORDS:
            return at
        if not _plain_name_word(c.words[at]):
            return None
        at += 1
    return None


def _official_of(c: _Clauses, verb: int) -> str | None:
    """The body whose official, left unnamed, is a speech verb's subject ("وقال مسؤول
    إعلامي في قوات سوريا الديمقراطية"): he speaks for it, as the corpus labels him; a
    source ("مصدر في الأسايش") does not."""
    noun = _unclitic(c.words[verb + 1]) if verb + 1 < len(c.words) else ""
    if noun not in _OFFICIALS or not _anonymous_after(c.words, verb):
        return None
    for m in c.names:
        near = 1 < m.start - verb <= OFFICIAL_WINDOW
        placed = _unclitic(c.words[m.start - 1]) in _PREPOSITIONS or _lam_glued_word(c, m)
        if c.types.get(m.entity) == "organisation" and near and placed:
            return m.entity
    return None


def _lam_glued_word(c: _Clauses, m: Mention) -> bool:
    """Whether a name's first word has a ل/ب glued on ("لقوات")."""
    return c.words[m.start][:1] in "لب" and not c.words[m.start].startswith("ال")


def _shared_subject(c: _Clauses, main: int) -> tuple[bool, str | None]:
    """Whether a speech verb with no subject of its own ("وقال: «...»", "وقال، في تصريح،
    إن") shares that of an earlier verb in its sentence ("أكد فلان ...، وقال: «...»": one
    subject for both), and that subject's glossary id (None: one the glossary does not
    know)."""
    if _own_subject(c, main):
        return False, None
    if any(0 <= main - m.end < SUBJECT_WINDOW for m in c.people):
        return False, None  # "وكان الرئيس ترامب قد قال": a subject of its own before it
    for verb in reversed([v for v in c.verbs if v < main]):
        if not _own_subject(c, verb) or _among(c.words[verb], _ATTRIBUTION_WORDS):
            continue
        subject = _spokesman_of(c, verb)
        if subject is None:
            named = _subject([verb], c.people, c.bodies, main, c.words, c.genders)
            subject = named.entity if named and named.start > verb else None
        return True, subject
    return False, None


def _continues(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb is followed straight by what was said: a clause opener,
    "إلى", a colon or a quotation ("وأضاف أن", "وأشار إلى", "وتابع: ..."), or opens a
    statement's words ("وجاء في البيان")."""
    following = verb + 1
    if following >= len(c.words) or c.quoted(following) or _content_verb(c.words, verb):
        return True  # "وجاء في نص البيان:": the statement named before
    if _among(c.words[verb], _PARTICIPLE_WORDS):
        return True  # "مشدداً على أن ...": a participle has its clause's subject
    then = c.words[following + 1] if following + 1 < len(c.words) else ""
    if _unclitic(c.words[following]) in _PREPOSITIONS and _among(then, _CLAUSE_OPENERS):
        return True  # "وشدد على أن ...": the verb's own preposition, then what was said
    return _unclitic(c.words[following]) in _CONTENT_OPENERS or _circumstance_first(c, verb)


def _object_after(c: _Clauses, verb: int) -> bool:
    """Whether the name right after a speech verb is its object, its gender ruling it out
    as the subject ("ودعت التحالف الدولي إلى ..."): the subject is the one before."""
    said = _verb_gender(c.words, verb)
    if said is None:
        return False
    after = [m for m in c.names if m.start == verb + 1]
    return any(_name_gender(c.words, verb, m, c.genders) not in (None, said) for m in after)


def _carried_agrees(c: _Clauses, verb: int, context: Context | None) -> bool:
    """Whether the speaker carried over can be a verb's subject: "وأضافت" goes on with no
    man ("وقالت إلهام أحمد ...؛ وأشار أوجلان ...؛ وأضافت: «...»")."""
    speaker = context[0] if context else None
    said = _verb_gender(c.words, verb)
    return speaker is None or said is None or c.genders.get(speaker, said) == said


def _circumstance_first(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb is followed by where or how it was said, then by what was
    said, with nobody named between ("وتابع في مقابلة مع «الحدث» قائلاً إن ...",
    "وأوضح خلال مؤتمر صحفي أن ..."): the verb has no subject of its own, so the speaker
    before goes on, as after "وأضاف أن"."""
    word = _unclitic(c.words[verb + 1])
    if word not in _GOVERNING - _THAT or _own_subject(c, verb):
        return False
    opener = next(
        (i for i in range(verb + 2, len(c.words))
         if _among(c.words[i], _CONTENT_OPENERS) or i in c.verbs),
        None,
    )  # fmt: skip
    return opener is not None and not any(verb < m.start < opener for m in c.names)


def _without_verb(
    c: _Clauses, context: Context | None
) -> tuple[list[tuple[_Span, str | None, str | None]], Context | None]:
    """Quotations in a sentence with no speech verb: a statement's text given as a
    paragraph of its own after "وجاء في نص البيان:" (the sentence opens with the
    quotation: the speaker goes on), or "مظلوم عبدي: «...»" (a name, a colon, the words)."""
    found: list[tuple[_Span, str | None, str | None]] = []
    for span in c.spans:
        named = [m for m in (*c.people, *c.bodies) if m.end == span.start and span.after_colon]
        led, first = _name_led(span, c)
        opened, holder = _opening_post(c)  # "وزير الإعلام السوري يهاجم دعوة فلان: «...»"
        if opened and led and span is c.spans[0]:
            found.append((span, holder, c.via))
        elif named:
            found.append((span, named[0].entity, c.via))
        elif _verb_colon(span, c) and context is not None:
            found.append((span, context[0], c.via or context[1]))  # "وأتم: «...»"
        elif led and span is c.spans[0]:
            found.append((span, first, c.via))
        elif span.start == 0 and context is not None and span.end - span.start >= MIN_WORDS:
            found.append((span, context[0], c.via or context[1]))
        elif _stands_alone(span, c):
            found.append((span, None, c.via))  # held until the next sentence names whose
        elif span.end - span.start >= MIN_WORDS and (subject := _sentence_subject(c)):
            # "ووضع غابرييل التصعيد في سياق «...»": whose act frames the words says them
            found.append((span, subject, c.via))
    return found, ((found[-1][1], found[-1][2]) if found else context)


def _stands_alone(span: _Span, c: _Clauses) -> bool:
    """Whether a quotation is the whole sentence, with no one speaking before it: a
    report that opens with someone's words and names the speaker after them ("“أمضيت
    هنا خمسة أعوام ...”. تقول أم محمد ...")."""
    return span.whole and span.end - span.start >= MIN_WORDS and not c.names


def _named_next(c: _Clauses) -> tuple[bool, str | None]:
    """Whether a sentence without quotation says who spoke the words quoted alone before
    it, with a speech verb among its first words ("تقول أم محمد ...", "هكذا وصف عبدي
    ..."), and the speaker: the verb's subject, None when the glossary does not know him."""
    if c.spans or not any(v < NEXT_SPEAKER_WORDS for v in c.verbs):
        return False, None
    following = _next_context(c, None)
    return True, following[0] if following else None


def _held(found: Sequence[tuple[_Span, str | None, str | None]], before: object) -> bool:
    """Whether a sentence's one quotation is words quoted alone with nobody speaking
    before them (``_stands_alone``), to keep only if the next sentence says whose."""
    return before is None and len(found) == 1 and found[0][0].whole and found[0][1] is None


def _verb_colon(span: _Span, c: _Clauses) -> bool:
    """Whether a quotation follows one word with و/ف and a colon ("وأتم: «...»", "وختم:
    ..."): a verb of saying our list lacks, whose subject is the speaker before; a name
    does not open a line with و."""
    first = c.words[0] if c.words else ""
    one_word = span.start == 1 and span.after_colon and not c.names
    return one_word and first[:1] in _CLITICS and span.end - span.start >= MIN_WORDS


def _name_led(span: _Span, c: _Clauses) -> tuple[bool, str | None]:
    """Whether a line with no speech verb gives a speaker's words after naming him first,
    as titles do: 'كيربي "..."' (the quotation right after the name), "المسؤول في
    الإدارة الذاتية فلان: ..." (``_lead_colon_span``) or 'فلانة: "..."' (a name the
    glossary does not know, a colon, the quotation), and the speaker: the person or body
    the line opens with, else one the glossary does not know (None)."""
    first = [m for m in (*c.people, *c.bodies) if m.start == 0]
    right_after = bool(first) and first[0].end == span.start
    colon_after_name = span.after_colon and span.start > 0
    led = (span.lead or right_after or colon_after_name) and span.end - span.start >= MIN_WORDS
    speaker = first[0].entity if first else _post_lead(span, c)
    return led and span.start <= LEAD_NAME_WORDS, speaker


def _post_lead(span: _Span, c: _Clauses) -> str | None:
    """Who a post (or an organ) that alone leads a colon line stands for ("وزير الخارجية
    السوري: لم نلمس ..."): the post's holder on the report's day, or the one the report
    named by it (``heads``); else None, someone the glossary does not know."""
    if not span.after_colon or not 1 < span.start <= ORGAN_WORDS:
        return None
    lead = c.words[: span.start]
    return c.heads.get(" ".join([_unclitic(lead[0]), *lead[1:]]))


def _sentence_subject(c: _Clauses) -> str | None:
    """The person a sentence with no speech verb names right after its first word, a verb
    with و/ف ("ووضع غابرييل ..."), when its quotation comes after him: its subject."""
    return _actor(c) if c.spans and c.spans[0].start > 1 else None


def _named_speaker(span: _Span, c: _Clauses, before: list[int]) -> str | None:
    """A speaker the sentence names: the speech verb's subject, the person named last
    before the quote, one named right after a later speech verb, or a body's head noun."""
    main = _main_verb(c, before)
    if main is not None and before and before[-1] == main and not _own_subject(c, main):
        shared = _clause_subject(c, main, [m for m in c.people if m.end <= main])
        if shared:  # "أن الشرع التقى ... ترامب ...، وأعلن «...»": al-Sharaa announced
            return shared.entity
    subject = _subject(c.verbs, c.people, c.bodies, span.start, c.words, c.genders)
    if subject:
        return subject.entity
    # the person named last before the quote, unless the verb has a subject of its own
    # the glossary does not know ("يصف الراديو السويدي أسنان «عبدي» بأنها «...»")
    if main is None:
        opened, holder = _opening_post(c)
        if opened:  # "هاجم وزير الإعلام السوري ... فلاناً، واصفاً ...": the post speaks
            return holder
    nearest = _people_before(span, c, main)
    # Nor when a post follows the verb ("... بشار الأسد قال القائد العام لقسد"): the post
    # speaks, and its holder is found as a post's (``_posted_verb``).
    posted = main is not None and _head_role_after(c.words, main)
    if nearest and (main is None or not (_own_subject(c, main) or posted)):
        return nearest[-1].entity
    # '"..."، قال X': only a speech verb right after the quote ("فيما نفى ناشطون زعم
    # «التنظيم»" starts another clause, with another subject).
    following = [
        m
        for m in (*c.people, *c.bodies)
        if span.end in c.verbs and 0 < m.start - span.end <= SUBJECT_WINDOW // 2
    ]
    if following and not _anonymous_after(c.words, span.end):
        return following[0].entity
    after = span.end + 1
    if span.end in c.verbs and after < len(c.words):
        # '«...»، بحسب المرصد', 'وفقاً للمرصد': a body the article named before.
        head = entities.reading_in(c.words[after], c.heads)
        if head is not None:
            return c.heads[head]
    if before:
        # "قال المرصد": the head noun of a body the article named before; not after a
        # post ("مدير المرصد" is a person).
        near = [i for i in range(before[-1] + 1, before[-1] + 3)
                if i < len(c.words) and not c.quoted(i)
                and not _among(c.words[i - 1], _CONTENT_OPENERS)]  # fmt: skip
        return next(
            (c.heads[_unclitic(c.words[i])] for i in near
             if _unclitic(c.words[i]) in c.heads and _unclitic(c.words[i - 1]) not in _ROLE_WORDS),
            None,
        )  # fmt: skip
    return None


def _people_before(span: _Span, c: _Clauses, main: int | None) -> list[Mention]:
    """The people named before a quotation who may have said it, the likeliest last: not
    one named inside what the verb reports ("وأوضح أن مظلوم «عاد ...»": the one spoken of;
    the speaker before goes on), nor one the verb does not agree with."""
    nearest = [m for m in c.people if m.end <= span.start and not _inside_report(c, main, m)]
    if main is not None:
        return _agreeing(c.words, main, nearest, c.genders)
    return nearest


def _clause_subject(c: _Clauses, verb: int | None, nearest: list[Mention]) -> Mention | None:
    """The subject a speech verb joined on with و shares with the verb before it in a
    reported clause: the person the clause opens with ("أن الشرع التقى الرئيس الأميركي
    دونالد ترامب الإثنين، وأعلن عن «...»": al-Sharaa, who met Trump and announced), not
    the person named after him, that verb's object. None when the verb is not joined on,
    or no person stands right after the clause opener with no other opener between."""
    if verb is None or not _conjoined(c.words[verb]):
        return None
    # the people named before the verb, as subjects or not ("أن الشرع": أن governs him)
    named = [m for m in c.names if c.types.get(m.entity) == "person" and m.end <= verb]
    for m in sorted({*nearest, *named}, key=lambda m: m.start):
        between = c.words[m.end : verb]
        opens = m.start and _among(c.words[m.start - 1], _THAT)
        if opens and not any(_among(w, _CONTENT_OPENERS) or is_speech_word(w) for w in between):
            return m
    return None


def _opening_post(c: _Clauses) -> tuple[bool, str | None]:
    """Whether a sentence's subject is a post that opens it, first ("وزير الإعلام السوري
    يهاجم ...", a title's order) or right after its opening verb ("هاجم وزير الإعلام
    السوري ..."): a head word of office with at least one definite word of its office and
    no name in apposition. Then the quotation's speaker, with no finite speech verb before
    it (a participle, "واصفاً", or none), is the post's: the holder the report named by it
    (``heads``), else nobody the glossary knows (None), not a name further on."""
    for at in OPENING_POST_AT:
        if at and (c.words[0].startswith("ال") or _among(c.words[0], _GOVERNING | _NOT_VERBS)):
            continue  # the first word must be a verb for the post after it to be its subject
        post = _post_at(c, at)
        if post is not None:  # its holder, keyed as ``_post_key`` keys posts
            keys = [
                " ".join([_unclitic(post[0]), *post[1:size]]) for size in range(len(post), 1, -1)
            ]
            return True, next((c.heads[key] for key in keys if key in c.heads), None)
    return False, None


def _post_at(c: _Clauses, at: int) -> tuple[str, ...] | None:
    """The words of the post standing at word ``at``, when a head word of office (with
    no و: "ووزير" is another subject joined on) is followed by definite words of its
    office, outside any quotation, and by no name; else None."""
    if at + 1 >= len(c.words) or c.quoted(at) or any(m.start <= at < m.end for m in c.names):
        return None
    if c.words[at] not in _HEAD_ROLE_WORDS:
        return None
    end = at + 1
    while end < len(c.words) and end - at <= ORGAN_WORDS and c.words[end].startswith("ال"):
        if c.quoted(end):
            break
        end += 1
    named = any(at < m.start <= end for m in c.names)  # "أكد وزير الخارجية التركي مولود ..."
    return None if end == at + 1 or named else tuple(c.words[at:end])


def _inside_report(c: _Clauses, verb: int | None, m: Mention) -> bool:
    """Whether a name stands inside what a speech verb reports: after the verb, with a
    clause opener or "إلى" between them ("وأوضح أن مظلوم ...")."""
    if verb is None or m.start <= verb:
        return False
    return any(_among(w, _CONTENT_OPENERS) for w in c.words[verb + 1 : m.start])


def _attributed_after(span: _Span, c: _Clauses) -> str | None:
    """A person named by an attribution after the quotation ('«...» بحسب ما جاء على لسان
    الرئيس التركي «رجب طيب أردوغان»'): he said it, whoever the sentence's subject is."""
    for m in c.people:
        window = c.words[max(span.end, m.start - ATTRIBUTION_WINDOW) : m.start]
        if m.start >= span.end and any(_among(w, _ATTRIBUTION_WORDS) for w in window):
            return m.entity
    return None


def _anonymous_after(words: Sequence[str], verb: int) -> bool:
    """Whether the speech verb's subject is a source left unnamed ("قال مصدر عسكري",
    "وأضاف المصدر"); an indefinite noun before a definite one is a post, not an unnamed
    source ("قال مسؤول العلاقات العامة في قسد ...")."""
    noun = _unclitic(words[verb + 1]) if verb + 1 < len(words) else ""
    following = words[verb + 2] if verb + 2 < len(words) else ""
    if noun in _UNNAMED_POSTS and following in _PREPOSITIONS:
        return True  # "قال قائد في قسد": a commander, not the commander
    if noun not in _ANONYMOUS:
        return False
    return noun.startswith("ال") or not following.startswith("ال")


def _own_subject(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb is followed by its own subject, rather than straight by
    what was said ("وأضاف أن", "وأضاف: «...»", "وأشار إلى", "وتابع في منشور")."""
    if _pluperfect_subject(c, verb):
        return True  # "وكانت الرئاسة التركية قد ذكرت في بيان": its subject before it
    following = verb + 1
    if following >= len(c.words) or c.quoted(following) or _content_verb(c.words, verb):
        return False
    word = _unclitic(c.words[following])
    name = c.words[following + 1] if following + 1 < len(c.words) else "ال"
    if word in _TITLES and not name.startswith("ال") and not c.quoted(following + 1):
        return True  # a rank and a name: "ولفت الجنرال مايكل إريك كوريلا، قائد ..."
    if _stranger_named(c, following):
        return True  # "وذكر المصطفى" after "وزير الإعلام السوري حمزة المصطفى": he speaks
    # A definite epithet refers back ("وأردف الجنرال الأميركي أن ..."): not a new subject.
    anaphoric = word.startswith("ال")
    # Nor is a word with a preposition glued on ("وقال لقناة ...", "وتابع بالقول"), or
    # a circumstantial participle, mustaf'ilan ("وأضاف مستدركاً").
    glued = word.startswith(("بال", "لل")) or (word[:1] == "ل" and len(word) > GLUED_MIN)
    glued = glued or (word[:1] == "ب" and word[1:] in _SAYING_WORDS)  # "وتابع بقوله إن"
    participle = word[:1] == "م" and word[-1:] == "ا" and len(word) > GLUED_MIN
    not_subject = _GOVERNING | _CONTENT_OPENERS | _ADVERBS
    if c.words[following] in _PRONOUN_OBJECTS:  # as written: "فيه" is no "ف" + "يه"
        return False
    if _among(c.words[verb], _ATTRIBUTION_WORDS) and word.endswith(("ه", "ها", "هم")):
        return False  # "«...» بحسب زعمه", "حسب تعبيره": the speaker named before
    return not (anaphoric or glued or participle or word in not_subject or is_speech_word(word))


def _pluperfect_subject(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb after "قد" has a subject the glossary does not know between a
    form of "كان" and "قد" ("وكانت الرئاسة التركية قد ذكرت"), within ``SUBJECT_WINDOW``
    words: a subject of its own, not whoever spoke before. A glossary name there ("وكان
    كيربي قد علّق") is left to the rules that name the speaker."""
    if verb < 3 or c.words[verb - 1] != _QAD:
        return False
    start = max(0, verb - 1 - SUBJECT_WINDOW)
    was = [i for i in range(start, verb - 2) if _among(c.words[i], _WAS_FORMS)]
    if not was or all(_among(w, _ADVERBS) for w in c.words[was[-1] + 1 : verb - 1]):
        return False  # "وكان أيضاً قد أكد": an adverb, no subject, between كان and قد
    return not any(was[-1] < m.start < verb - 1 for m in c.names)


def _post_holder_named(c: _Clauses, verb: int) -> bool:
    """Whether a post after the verb is followed by its holder's name, one the glossary
    does not know ("قال مدير المرصد، رامي عبد الرحمن، إن"): a word that is neither
    definite, nor a preposition, clause opener or speech verb, right after the body."""
    if not _head_role_after(c.words, verb):
        return False  # a spokesman's words are his body's ("الناطق باسم قسد فلان")
    after = [m for m in c.bodies if 0 < m.start - verb <= SUBJECT_WINDOW]
    if not after:
        return False
    end = after[0].end
    while any(m.start == end for m in c.names):  # "لقوات سوريا الديمقراطية «قسد»"
        end = next(m.end for m in c.names if m.start == end)
    while end < len(c.words) and _unclitic(c.words[end]) in _TITLES:
        end += 1  # "قائد القيادة المركزية الأدميرال براد كوبر": a rank before the name
    if end >= len(c.words) or c.quoted(end):
        return False
    word = _unclitic(c.words[end])
    plain = not (word.startswith("ال") or word in _GOVERNING | _CONTENT_OPENERS | _ADVERBS)
    # "لوكالة", "بالقول": a preposition glued on; names seldom begin so ("بشار" does).
    glued = word.startswith(("ل", "بال"))
    return plain and not glued and not is_speech_word(word)


def _unknown_person_first(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb's subject is a person the glossary does not know, named
    right after it and before any body ("قال قهرمان مراد، وهو قيادي في قوى الأمن
    الداخلي، إن ..."): the bodies named after him are where he works, and he speaks for
    himself, as the corpus labels a post-holder; not a spokesman ("قال فلان، المتحدث باسم
    التحالف": his body's voice), nor a word that names a statement, medium or body."""
    if not _own_subject(c, verb):
        return False  # "وقال مستغرباً:", "قال فيها:": no subject after the verb
    at = verb + 1
    while at < len(c.words) and _unclitic(c.words[at]) in _TITLES | _RANKS:
        at += 1
    if at >= len(c.words) or c.quoted(at) or any(m.start == at for m in c.names):
        return False
    word = _unclitic(c.words[at])
    nouns = _STATEMENT_WORDS | _NAME_NOUNS | _OUTLET_NOUNS | _ANONYMOUS | _ROLE_WORDS
    if word in c.heads or word in nouns or not _plain_name_word(c.words[at]):
        return False
    following = c.words[at + 1 : at + 1 + SPOKESMAN_WINDOW]
    return not any(_unclitic(w) in _SPOKESMAN_WORDS for w in following)


def _relayed_anonymous(c: _Clauses, span: _Span) -> bool:
    """Whether the words are relayed from a source left unnamed: "نقلت فرانس برس عن مصدر
    عسكري قوله «...»", "نقلاً عن مصادر محلية"."""
    for at in range(1, span.start):
        relayed = any(
            _unclitic(w) in _SOURCE_OPENERS for w in c.words[max(0, at - SOURCE_WINDOW) : at]
        )
        if c.words[at] == "عن" and relayed and _anonymous_after(c.words, at):
            return True
    return False


def _reported_body(c: _Clauses, m: Mention) -> bool:
    """Whether a body is named inside what a speech verb reports ("وأشار المشرف ... إلى
    أن عوائل «داعش» «...»"): what is said about it, not who says it, unless a speech
    verb of its own follows ("إن الجيش الأمريكي قال")."""
    first = min((v for v in c.verbs if v < m.start), default=None)
    if first is None or any(is_speech_word(w) for w in c.words[m.end : m.end + 2]):
        return False
    return any(_among(w, _CONTENT_OPENERS) for w in c.words[first + 1 : m.start])


def _outlet_noun(word: str) -> bool:
    """Whether a word names a body's medium ("لموقع الإدارة الذاتية الرسمي", "عبر صفحة
    قسد"): the body after it owns the channel the words went to, and does not speak."""
    bare = _unclitic(word)
    return bare in _OUTLET_NOUNS or (bare[:1] in "لب" and bare[1:] in _OUTLET_NOUNS)


def _after_post(words: Sequence[str], m: Mention) -> bool:
    """Whether a body is named as the place of a post other than a spokesman's ("مدير
    المركز الإعلامي", "قائد القيادة المركزية", "مسؤول ... في قسد")."""
    near = {_unclitic(w) for w in words[max(0, m.start - POST_WINDOW) : m.start]}
    if near & _POST_WORDS:
        return True
    # "الرئيسة المشتركة لمكتب الدفاع في الإدارة الذاتية": the post's office, then the body
    # after "في"
    if not m.start or _unclitic(words[m.start - 1]) != "في":
        return False
    office = {_unclitic(w) for w in words[max(0, m.start - OFFICE_WINDOW) : m.start]}
    return bool(office & (_POST_WORDS | _CO_CHAIRS))


def _stranger_named(c: _Clauses, at: int) -> bool:
    """Whether a definite word after a speech verb names a person the glossary does not
    know, not an epithet referring back: a surname the report gave him in full before
    ("وذكر المصطفى" after "وزير الإعلام السوري حمزة المصطفى", "قال المعلم" after "وليد
    المعلم"), or a definite name after a rank ("وذكر اللواء الحسن"); not a name the
    glossary knows, nor a word of office or a nisba after the rank ("العميد الركن",
    "الجنرال الأميركي")."""
    if any(m.start == at for m in c.names) or c.quoted(at):
        return False
    word = _unclitic(c.words[at])
    if _among(c.words[at], _HEAD_ROLE_WORDS):
        # a post's epithet alone ("وقال الوزير إن"), not a post in full ("الرئيس التركي")
        # nor one with its holder's name after it
        following = c.words[at + 1] if at + 1 < len(c.words) else ""
        named = any(
            at < m.start <= at + POST_NAME_GAP
            and not any(_among(w, _CONTENT_OPENERS) for w in c.words[at + 1 : m.start])
            for m in c.names
        )  # "وقال الوزير إن عبدي": the name after "إن" is what he speaks of
        alone = not following.startswith("ال") and not named
        return alone and (c.words[at] in c.strangers or word in c.strangers)
    if c.words[at] in c.strangers or word in c.strangers:
        return True
    name = c.words[at + 1] if at + 1 < len(c.words) else ""
    office = _ROLE_WORDS | _HEAD_ROLE_WORDS | _SPOKESMAN_WORDS | _TITLES | _RANKS | _NAME_NOUNS
    return (
        word in _TITLES
        and name.startswith("ال")
        # "وأردف الجنرال الأميركي": a nisba adjective is an epithet, not a name
        and not name.endswith(("ي", "يه"))
        and name not in office | _ANONYMOUS | _EPITHETS
        and name not in c.heads
        and not c.quoted(at + 1)
        and not any(m.start == at + 1 for m in c.names)
    )


def _stranger_surnames(text: str, recogniser: Recogniser) -> set[str]:
    """The definite surnames of people the glossary does not know that a sentence names
    in full after their post or rank ("وزير الخارجية السوري وليد المعلم", "وزير الإعلام
    السوري حمزة المصطفى", "اللواء علي الحسن"): a head word of office or a rank, at most
    ``ORGAN_WORDS`` definite words of its office, a first name and a definite surname,
    none of them a glossary name. A report refers back to such a man by his surname
    ("وقال المعلم"), which is then a subject, not an epithet for someone named before."""
    words = arabic.words(text)
    taken = {i for m in entities.find(recogniser, text) for i in range(m.start, m.end)}
    found = set()
    for at, word in enumerate(words):
        if not _among(word, _HEAD_ROLE_WORDS | _TITLES | _RANKS):
            continue
        first = at + 1
        while first < len(words) and first - at <= ORGAN_WORDS and words[first].startswith("ال"):
            first += 1
        if first + 1 >= len(words) or taken & {first, first + 1}:
            continue
        given, surname = words[first], words[first + 1]
        # read as written: a first name may begin with و ("وليد", "وائل")
        closed = _GOVERNING | _CONTENT_OPENERS | _ADVERBS | _PRONOUN_OBJECTS | _NAME_NOUNS
        plain = given in _FOLDED_FIRST_NAMES or not (
            given.startswith(("ال", "لل", "بال")) or given in closed or is_speech_word(given)
        )
        if plain and surname.startswith("ال") and len(surname) > GLUED_MIN:
            found.add(surname)
    return found


def _post_epithets(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, bool]:
    """The epithet by which a report refers back to each post a sentence names ("الوزير"
    for "وزير الإعلام السوري"), and whether the holder is someone the glossary does not
    know: no glossary person stands within ``HOLDER_WINDOW`` words of the post. "وقال
    الوزير" next is then that man, not the person named last ("... دعوات مظلوم عبدي"); a
    later post of the same kind with a glossary holder beside it takes the epithet over."""
    words = arabic.words(text)
    people = [m for m in entities.find(recogniser, text) if types.get(m.entity) == "person"]
    found = {}
    for at, word in enumerate(words):
        if not _among(word, _HEAD_ROLE_WORDS) or at + 1 >= len(words):
            continue
        if not words[at + 1].startswith("ال") or words[at + 1] in _HEAD_ROLE_WORDS:
            continue  # a post has a definite word of office after its head ("وزير الإعلام")
        head = word if word in _HEAD_ROLE_WORDS else word[1:]  # "ووزير": و is a clitic
        bare = head[2:] if head.startswith("ال") else head
        near = any(-HOLDER_WINDOW <= m.start - at <= HOLDER_WINDOW for m in people)
        found["ال" + bare] = not near
    return found


def _main_verb(c: _Clauses, before: list[int]) -> int | None:
    """The last finite speech verb before a quote; a participle ("مضيفاً") has its
    clause's subject, so the verb before it counts, and so does an attribution ("وقال
    مسؤول ... نقلاً عن قادة الهجوم «...»": the official speaks)."""
    finite = [
        v
        for v in before
        if not (_among(c.words[v], _PARTICIPLE_WORDS) or _among(c.words[v], _ATTRIBUTION_WORDS))
    ]
    return finite[-1] if finite else None


# A quotation's (speaker, via): a glossary id or None for each.
_Said = tuple[str | None, str | None]


@dataclass(frozen=True)
class _Bodies:
    """The bodies a sentence names before a quotation that may be its speaker: a body named
    after the speech verb speaks ("وأفاد بيان للمرصد السوري بأنه"); one after a post other
    than a spokesman's is where its holder works ("قال مدير المركز الإعلامي لقسد فلان"), so
    the holder speaks, not the body, and it is no candidate."""

    candidates: list[Mention]  # named before the quotation, not after a post nor reported
    after_verb: list[Mention]  # ... of them, those after the last speech verb
    subject: list[Mention]  # ... of those, the ones in its subject's place that agree with it


def _bodies_before(span: _Span, c: _Clauses, before: list[int]) -> _Bodies:
    candidates = [
        m
        for m in c.bodies
        if m.end <= span.start and not _after_post(c.words, m) and not _reported_body(c, m)
    ]
    after_verb = [m for m in candidates if before and m.start > before[-1]]
    subject = [
        m
        for m in (_agreeing(c.words, before[-1], after_verb, c.genders) if before else [])
        if m.start - before[-1] <= BODY_SUBJECT_WORDS
        and not _ROLE_WORDS & {_unclitic(w) for w in c.words[max(0, m.start - 2) : m.start]}
    ]
    return _Bodies(candidates, after_verb, subject)


def _attribute(
    span: _Span, c: _Clauses, carried: Context | None, last_person: str | None
) -> tuple[_Span, str | None, str | None]:
    """(span, speaker, via) for one quotation. The steps go from the plainest naming of a
    source to the weakest guess: a source the words are pinned on (an official, an
    anonymous source, an attribution, a statement's issuer), then a speaker the sentence
    names, then one carried over from before or the body named nearest; the first step
    that decides wins."""
    before = [v for v in c.verbs if v < span.start]
    main = _main_verb(c, before)
    bodies = _bodies_before(span, c, before)
    said = (
        _pinned_source(span, c, before, main)
        or _named_subject(span, c, before, main, bodies)
        or _post_speaker(c, before, main, carried, last_person)
        or _unnamed_subject(span, c, before, main, bodies)
        or _carried_or_body(c, before, main, bodies, carried)
    )
    return span, *said


def _pinned_source(span: _Span, c: _Clauses, before: list[int], main: int | None) -> _Said | None:
    """Who a sentence pins its words on before any subject is read: an unnamed official of
    a body, an anonymous source (no speaker), a name after the quotation, a statement's
    issuer, a man the glossary does not know, or the subject a participle shares."""
    official = _official_of(c, main) if main is not None else None
    if official:  # "وقال مسؤول إعلامي في قسد ...": an official of the body, unnamed
        return official, c.via
    if (main is not None and _anonymous_after(c.words, main)) or _relayed_anonymous(c, span):
        return None, c.via  # "قال مصدر في الأسايش": not the Asayish speaking
    attributed = _attributed_after(span, c)
    if attributed:
        return attributed, c.via
    issued = _issued_before(c, before)
    if issued:  # "جاء ذلك في بيان للتحالف قال فيه إن «...»": the statement's issuer
        return issued, c.via
    if main is not None and main + 1 < len(c.words) and _stranger_named(c, main + 1):
        # "قال المعلم «...»": a man the glossary does not know, by his surname; not a body
        # named before the verb ("... (داعش) قال المعلم") nor the last person named
        return None, c.via
    if main is not None:
        shared, subject = _shared_subject(c, main)
        if shared:  # "وأعرب بومبيو عن ...، وقال: «...»": his words, not the outlet's
            return subject, c.via
    return None


def _named_subject(
    span: _Span, c: _Clauses, before: list[int], main: int | None, bodies: _Bodies
) -> _Said | None:
    """The speaker the sentence names as the verb's subject: a person or body by name, a
    body in the subject's place, or one referred to by an organ or head noun; or nobody
    the glossary knows, when a post's holder or a person it lacks is named first."""
    speaker = _named_speaker(span, c, before)
    if speaker is None and bodies.subject:
        speaker = bodies.subject[0].entity
    if speaker is None and main is not None:
        # "قالت القيادة العامة لقوى الأمن الداخلي أن «...»", "وقالت الوزارة: «...»": a body
        # named by one of its organs or by a head noun, as in a sentence without quotation
        speaker = _referred_subject(c, main)
    if speaker is not None:
        return speaker, c.via
    if main is not None and _post_holder_named(c, main):
        return None, c.via  # "قال مدير المرصد رامي عبد الرحمن": not in the glossary
    if main is not None and _unknown_person_first(c, main):
        return None, c.via  # "قال فلان، وهو قيادي في الأسايش، إن": not the Asayish
    return None


def _post_speaker(
    c: _Clauses, before: list[int], main: int | None, carried: Context | None,
    last_person: str | None,
) -> _Said | None:  # fmt: skip
    """A verb whose subject is a head post ("وأضاف القائد العام لقوات ..."): the person the
    article named as its holder, else the person spoken of before; the body not. A post
    the glossary knows whose holder the report does not tell is nobody it knows."""
    posted = _posted_verb(c, before, main)
    if posted is None:
        return None
    speaker = _holder(c, posted) or _referred_subject(c, posted)  # the post's holder
    if speaker is None and _known_post_after(c, posted):
        return None, c.via  # a post the glossary knows, whose holder is not told
    person = carried[0] if carried and c.types.get(carried[0] or "") == "person" else None
    speaker = speaker or person or last_person
    return (speaker, c.via) if speaker is not None else None


def _unnamed_subject(
    span: _Span, c: _Clauses, before: list[int], main: int | None, bodies: _Bodies
) -> _Said | None:
    """A subject the glossary does not know: a verb with a subject of its own and no body
    after it ("وقال وزير الخارجية السوري إن «...»"), or a participle going on from a
    newcomer named first; the speaker before is not carried over to either."""
    governing = span.end if span.end in c.verbs else main  # '«...»، بحسب مسؤول سوري'
    if governing is not None and _own_subject(c, governing) and not bodies.after_verb:
        return None, c.via
    if before and _participle_of_newcomer(c, before[-1]):
        return None, c.via  # "وظهر مدير المركز الإعلامي لقسد، فلان، ...، قائلاً:"
    return None


def _carried_or_body(
    c: _Clauses, before: list[int], main: int | None, bodies: _Bodies, carried: Context | None
) -> _Said:
    """With no subject named: a spokesman named by his post alone speaks for his body,
    then the speaker before goes on when the verb agrees with him, then the body named
    nearest, then the outlet a quotation is given "according to"."""
    voice = _spokesman_of(c, main) if main is not None else None
    spokesman = carried is not None and c.types.get(carried[0] or "") == "person"
    if voice is not None and not spokesman:
        # "وأعرب الناطق الرسمي لقوات سوريا الديمقراطية عن أمله في «...»": a spokesman
        # named by his post alone speaks for his body, also when ل governs it; unless the
        # glossary person speaking before is that spokesman ("وقال بالي" before it)
        return voice, c.via
    own = main is not None and _own_subject(c, main)
    if carried is not None and not own:
        # No name: "وأضاف أن ..." continues the previous quote's speaker and outlet, when
        # the verb agrees with him; a verb with a subject of its own does not ("وأشارت
        # فلانة المتحدثة باسم الخارجية إلى أن «...»": the body after her speaks).
        if main is not None and not _carried_agrees(c, main, carried):
            return None, c.via
        return carried[0], c.via or carried[1]
    speaker = _body_speaker(c, before, bodies.candidates, bodies.after_verb, bodies.subject)
    if speaker is None and c.via is not None and _according_to(c, c.via):
        return c.via, None  # "«...»، وفقاً للمرصد السوري": the monitor's words
    return speaker, c.via


def _issued_before(c: _Clauses, before: Sequence[int]) -> str | None:
    """The issuer of the statement the nearest "قال فيه" before a quotation says "in it"
    (a sentence may quote two bodies' statements), through the verbs of what it reports
    ("قال فيه إن «قسد» ردت «...»"), but not past a verb joined on with و/ف, which opens a
    clause of its own ("... تغريدة لترامب قال فيها «...»، تلقف أردوغان ...، وقال إنه «...»")."""
    for verb in reversed(before):
        issued = _issued_in(c, verb)
        if issued or _conjoined(c.words[verb]):
            return issued
    return None


def _issued_in(c: _Clauses, verb: int) -> str | None:
    """The body whose statement a speech verb says "in it" and what it says follows
    ("قال فيه إن", "جاء فيه: أن"): the nearest statement word before the verb, with no
    other speech verb between, and the body named right after it as its issuer ("بيان
    للتحالف", "بيان عن التحالف الدولي", "بيان صادر عن القيادة"). The verb's subject is the
    statement, so a name inside what it reports does not speak, nor does a later verb's
    subject ("قال فيه إن «قوات سوريا الديمقراطية» ردت «...»")."""
    if verb + 2 >= len(c.words) or c.words[verb + 1] not in _IN_IT:
        return None  # as written: "فيه" is no "ف" + "يه"
    if not (_among(c.words[verb + 2], _CLAUSE_OPENERS) or c.quoted(verb + 2)):
        return None
    words = _STATEMENT_WORDS | _TWEET_WORDS
    statements = [i for i in range(verb) if _among(c.words[i], words)]
    if not statements or any(statements[-1] < v < verb for v in c.verbs):
        return None
    return _issuer_after(c, statements[-1])


def _issuer_after(c: _Clauses, at: int) -> str | None:
    """The body named within ``ISSUED_BY_WORDS`` words after the statement word at ``at``
    ("بيان للتحالف"), or the person after a tweet ("تغريدة لترامب"): a tweet is a
    person's as well as a body's. None when a post stands before the body ("بيان لقائد
    قسد «مظلوم عبدي»"): the post's holder issued it."""
    tweet = _among(c.words[at], _TWEET_WORDS)
    kinds = ("organisation", "person") if tweet else ("organisation",)
    issuers = [
        m for m in c.names if 0 < m.start - at <= ISSUED_BY_WORDS and c.types.get(m.entity) in kinds
    ]
    if tweet:  # only whose it is, "تغريدة لترامب": not "على تويتر", nor "عن أردوغان"
        issuers = [m for m in issuers if _glued_to_lam(c.words, at, m.start)]
    if not issuers:
        return None
    between = c.words[at + 1 : issuers[0].start]
    posted = any(entities.clitic_readings(w) & _ROLE_WORDS for w in between)
    return None if posted else issuers[0].entity


def _glued_to_lam(words: Sequence[str], at: int, start: int) -> bool:
    """Whether the name at ``start`` follows the word at ``at`` with "ل" glued on or written
    apart ("تغريدة لترامب", "تغريدة لـ”ترامب”")."""
    glued = start == at + 1 and words[start].startswith("ل")
    return glued or (start == at + 2 and words[at + 1] == "ل")


def _participle_of_newcomer(c: _Clauses, verb: int) -> bool:
    """Whether a participle of saying goes with a subject its sentence names first, after
    an opening verb with و/ف that is not one of speech, someone the glossary does not know:
    a post's holder or a person ("وظهر مدير المركز الإعلامي لقسد، فرهاد شامي، عبر فيديو
    ...، قائلاً: «...»"). A participle's subject is its clause's, so the speaker before is
    not carried over to him."""
    opening = c.words[0] if c.words else ""
    if verb == 0 or not _among(c.words[verb], _PARTICIPLE_WORDS):
        return False
    if opening[:1] not in _CLITICS or is_speech_word(opening):
        return False
    return _post_holder_named(c, 0) or _unknown_person_first(c, 0)


def _known_post_after(c: _Clauses, verb: int) -> bool:
    """Whether a speech verb's subject is a post the glossary lists for its holders
    ("وقال الرئيس الأمريكي"): left unresolved (no day, no holder named by the report), it
    is nobody the glossary knows, not whoever the report named last."""
    return any(
        " ".join([_unclitic(c.words[verb + 1]), *c.words[verb + 2 : verb + 1 + size]])
        in c.known_posts
        for size in range(POST_MIN_WORDS, ORGAN_WORDS + 1)
        if verb + size < len(c.words)
    )


def _posted_verb(c: _Clauses, before: Sequence[int], main: int | None) -> int | None:
    """The speech verb whose subject is a post ("وأضاف القائد العام لقوات ..."): the last
    one before the quotation, else the finite verb a participle goes on from ("وشدد قائد
    قسد ...، مضيفاً: «...»" names the post after "وشدد")."""
    for verb in (*before[-1:], main):
        if verb is not None and _head_role_after(c.words, verb):
            return verb
    return None


def _body_speaker(
    c: _Clauses,
    before: list[int],
    candidates: list[Mention],
    after_verb: list[Mention],
    subject_position: list[Mention],
) -> str | None:
    """Only a body: "وجاء في بيان صادر عن الجيش الأمريكي"; prefer the one after the last
    speech verb ("ذكر متحدث باسم القيادة المركزية ... فإن قسد ..."). An outlet further on
    than the subject is who was told, a channel ("وأفاد مدير المرصد فلان وكالة فرانس برس
    عن ..."): not the speaker."""
    told = [m for m in after_verb if m not in subject_position and _is_outlet(c, m)]
    after_verb = [m for m in after_verb if m not in told]
    candidates = [m for m in candidates if m not in told]
    chosen = after_verb[0] if after_verb else (candidates[-1] if candidates else None)
    if before and _among(c.words[before[-1]], _PARTICIPLE_WORDS) and candidates:
        # "جدد التحالف ...، مشيراً إلى «...»": a participle's subject is the clause's,
        # named first, not the last body named before the quote.
        chosen = candidates[0]
    return chosen.entity if chosen else None


def _is_outlet(c: _Clauses, m: Mention) -> bool:
    return c.types.get(m.entity) == "outlet"


def _according_to(c: _Clauses, entity: str) -> bool:
    """Whether a body is named right after "بحسب"/"وفقاً لـ" ("وفقاً للمرصد"), not as the
    outlet that relayed someone ("بحسب ما نقلته رويترز عن ...")."""
    for m in c.names:
        if m.entity == entity and m.start:
            near = c.words[max(0, m.start - 2) : m.start]
            lam = near[-1] == "ل" and len(near) > 1
            return _among(near[-2] if lam else near[-1], _ACCORDING_WORDS)
    return False


def _construct_heads(
    text: str, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> dict[str, str]:
    """ "الوزارة" for "وزارة الدفاع التركية" named in a sentence: the definite form of a
    body's first noun, by which reports refer back to it ("وقالت الوزارة في بيان");
    a head two bodies of the sentence share is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for mention in entities.find(recogniser, text):
        entry = glossary[mention.entity]
        if entry.type != "organisation":
            continue
        for form in entry.ar_forms:
            first = arabic.fold(form.split()[0])
            if len(form.split()) < 2 or first.startswith("ال") or first in _NAME_NOUNS:
                continue
            head = "ال" + first
            if found.get(head, mention.entity) != mention.entity:
                shared.add(head)
            found[head] = mention.entity
    return {head: entity for head, entity in found.items() if head not in shared}


def _spokesman_surnames(
    text: str, recogniser: Recogniser, types: Mapping[str, str], heads: Mapping[str, str]
) -> dict[str, str]:
    """The surname of a spokesman the glossary does not know, set off by commas after his
    body ("المتحدث باسم وزارة الدفاع الأميركية، بيتر كوك، ..."), for the body: "وأضاف
    كوك" later is the body's voice, as his first words were."""
    found = {}
    parts = _COMMA.split(text)
    for at, (part, following) in enumerate(itertools.pairwise(parts)):
        words = arabic.words(part)
        if not any(_unclitic(w) in _SPOKESMAN_WORDS for w in words):
            continue
        bodies = [m for m in entities.find(recogniser, part)
                  if types.get(m.entity) == "organisation" and m.end == len(words)]  # fmt: skip
        name = _leading_name(arabic.words(following))
        plain = 0 < len(name) <= SURNAME_WORDS and all(map(_plain_name_word, name))
        if not plain:  # "الناطق باسم قسد، العقيد المنشق عن ...، طلال سلو،": after his rank
            name = _name_after_rank(parts, at + 1)
            plain = bool(name)
        # a name the glossary knows speaks for himself
        if bodies and plain and not entities.find(recogniser, following):
            found[name[-1]] = bodies[-1].entity
    for part, following in itertools.pairwise(parts):
        surname = _named_before_post(part, following, recogniser, types)
        if surname:
            found[surname[0]] = surname[1]
    for part in parts:
        found.update(_names_beside_post(part, recogniser, types, heads))
    return found


def _name_after_rank(parts: Sequence[str], at: int) -> list[str]:
    """The spokesman's name set off by commas after part ``at``, which gives his rank and
    what he was ("الناطق باسم قسد، العقيد المنشق عن القوات الحكومية السورية، طلال سلو،
    ..."): the part after it when it is a name alone, ``SURNAME_WORDS`` plain words at most."""
    words = arabic.words(parts[at])
    if not words or _unclitic(words[0]) not in _TITLES | _RANKS or at + 1 >= len(parts):
        return []
    name = list(arabic.words(parts[at + 1]))
    alone = 0 < len(name) <= SURNAME_WORDS and all(map(_plain_name_word, name))
    return name if alone else []


def _names_beside_post(
    part: str, recogniser: Recogniser, types: Mapping[str, str], heads: Mapping[str, str]
) -> dict[str, str]:
    """Surnames of spokesmen the glossary does not know, named beside their post within one
    comma-delimited part: before it ("كشف الكابتن بيل أوربان المتحدث باسم البنتاجون", "أعلن
    ستيف وارن الكولونيل بالجيش الأمريكي والمتحدث باسم التحالف") or after the body the post
    names ("المتحدث باسم قوات «الأسايش» الأمنية الكردية «علي الحسن»"), for that body: the
    first body after the post, whose voice he is. A glossary person near the post speaks for
    himself."""
    words = arabic.words(part)
    mentions = entities.find(recogniser, part)
    found = {}
    for post, word in enumerate(words):
        if _unclitic(word) not in _SPOKESMAN_WORDS:
            continue
        body = next((m for m in mentions if types.get(m.entity) == "organisation"
                     and 0 < m.start - post <= SPOKESMAN_WINDOW), None)  # fmt: skip
        body = body or _head_body(words, post, types, heads)
        if body is None or any(types.get(m.entity) == "person" for m in mentions):
            continue
        for name in (_name_before(words, post), _name_after(words, body.end)):
            if len(name) >= POST_NAME_MIN and not entities.find(recogniser, " ".join(name)):
                found[_unclitic(name[-1])] = body.entity
                break
    return found


def _head_body(
    words: Sequence[str], post: int, types: Mapping[str, str], heads: Mapping[str, str]
) -> Mention | None:
    """A body named after a spokesman word by its head noun alone, as the report named it
    before ("المتحدث باسم التحالف" after "التحالف الدولي")."""
    for at in range(post + 1, min(len(words), post + SPOKESMAN_WINDOW + 1)):
        head = entities.reading_in(words[at], heads)  # "باسم الوزارة", "الرسمي للوزارة"
        if head is not None and types.get(heads[head]) == "organisation":
            return Mention(heads[head], at, at + 1)
    return None


def _skippable(word: str) -> bool:
    """A word between a spokesman's name and his post or body: definite, with a preposition
    glued on ("بالجيش"), or a rank or title."""
    bare = _unclitic(word)
    return bare.startswith(("ال", "بال", "لل")) or bare in _TITLES | _RANKS


def _name_before(words: Sequence[str], post: int) -> list[str]:
    """The plain words of a name ending at most ``POST_NAME_GAP`` definite words before a
    post word."""
    end = post
    while end > 0 and post - end < POST_NAME_GAP and _skippable(words[end - 1]):
        end -= 1
    start = end
    while start > 0 and end - start < SURNAME_WORDS and _plain_name_word(words[start - 1]):
        start -= 1
    return list(words[start:end])


def _name_after(words: Sequence[str], body_end: int) -> list[str]:
    """The name after a spokesman's body and at most ``POST_NAME_GAP`` definite words: a
    plain first word, then plain words or one definite surname ("علي الحسن")."""
    start = body_end
    while start < len(words) and start - body_end < POST_NAME_GAP and _skippable(words[start]):
        start += 1
    if start >= len(words):
        return []
    first = words[start]
    if not (_plain_name_word(first) or _unclitic(first) in _FOLDED_FIRST_NAMES):
        return []
    name = [words[start]]
    for word in words[start + 1 : start + SURNAME_WORDS]:
        definite = _unclitic(word).startswith("ال") and _unclitic(word) not in _TITLES | _RANKS
        if not (_plain_name_word(word) or definite):
            break
        name.append(word)
        if definite:
            break
    return name


def _leading_name(words: Sequence[str]) -> list[str]:
    """The name that opens a comma-delimited part after a spokesman's body, without his
    rank and without where or how he spoke ("العقيد واين ماروتو في مقابلة متلفزة": the
    name stops at the preposition that opens the circumstance)."""
    name = list(words)
    while name and _unclitic(name[0]) in _TITLES | _RANKS:
        name = name[1:]
    end = next((i for i, w in enumerate(name) if _unclitic(w) in _GOVERNING), len(name))
    return name[:end]


def _named_before_post(
    part: str, following: str, recogniser: Recogniser, types: Mapping[str, str]
) -> tuple[str, str] | None:
    """The surname and body of a spokesman named before his post ("قال الكولونيل رايان
    ديلون، المتحدث باسم التحالف الدولي، ..."), the order Arabic reports use as often as
    the post first: (surname, body), or None."""
    post = arabic.words(following)
    if not post or _unclitic(post[0]) not in _SPOKESMAN_WORDS:
        return None
    bodies = [m for m in entities.find(recogniser, following)
              if types.get(m.entity) == "organisation" and m.start <= SPOKESMAN_WINDOW]  # fmt: skip
    words = arabic.words(part)
    name: list[str] = []
    for word in reversed(words[-SURNAME_WORDS:]):
        if not _plain_name_word(word) or _unclitic(word) in _TITLES | _RANKS:
            break
        name.insert(0, word)
    if not bodies or not name or entities.find(recogniser, " ".join(name)):
        return None  # a name the glossary knows speaks for himself
    return name[-1], bodies[0].entity


def _organs(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, str]:
    """The organs a sentence names with their body ("المجلس التنفيذي في الإدارة الذاتية",
    "القيادة العامة لقوى الأمن الداخلي"), by their words joined ("المجلس التنفيذي"), for the
    body: a later sentence may name the organ alone, and its words are the body's. Posts
    are left out (their holder speaks for himself), and so is an organ two bodies share."""
    words = arabic.words(text)
    found: dict[str, str] = {}
    shared: set[str] = set()
    joined = _folded("في ل")  # "المجلس التنفيذي في الإدارة", "... لـ قسد"
    for m in entities.find(recogniser, text):
        end = m.start - 1 if m.start and words[m.start - 1] in joined else m.start
        glued = end < m.start or _lam_glued_at(words, m)
        if types.get(m.entity) != "organisation" or not glued:
            continue
        start = end
        while start > max(0, end - ORGAN_WORDS) and words[start - 1].startswith("ال"):
            start -= 1
        organ = words[start:end]
        posts = _ROLE_WORDS | _HEAD_ROLE_WORDS | _TITLES | _CO_CHAIRS
        if len(organ) < 2 or any(w in posts for w in organ):
            continue  # one word ("المركز") is a head noun; "المتحدث باسم" a post
        key = " ".join(organ)
        if found.get(key, m.entity) != m.entity:
            shared.add(key)
        found[key] = m.entity
    return {key: entity for key, entity in found.items() if key not in shared}


def _organ_heads(organs: Mapping[str, str]) -> dict[str, str]:
    """The first noun of each organ ("القيادة" for "القيادة العامة" of the SDF), by which a
    report refers back to it ("وقالت القيادة في بيان"), as a body's definite head noun
    does for the body; a head two organs share is left out."""
    found: dict[str, str] = {}
    shared: set[str] = set()
    for organ, body in organs.items():
        head = organ.split()[0]
        if found.get(head, body) != body:
            shared.add(head)
        found[head] = body
    return {head: body for head, body in found.items() if head not in shared}


def _lam_glued_at(words: Sequence[str], m: Mention) -> bool:
    """Whether a name's first word has a ل glued on ("لقوى الأمن الداخلي")."""
    return words[m.start][:1] == "ل" and not words[m.start].startswith("ال")


def _statement_issuer(
    text: str, recogniser: Recogniser, types: Mapping[str, str], heads: Mapping[str, str]
) -> str | None:
    """The body that issued a statement a sentence speaks of ("أصدرت ... قوى الأمن
    الداخلي ... بياناً", "جاء ذلك في بيان أدلى به المجلس التنفيذي للإدارة الذاتية"): the
    organisation named nearest a statement word, after it on a tie; named in full or by
    the head noun of a body named before ("وذكرت القيادة، في بيان، أن ..." after "القيادة
    المركزية الأميركية")."""
    words = arabic.words(text)
    at = [i for i, w in enumerate(words) if _among(w, _STATEMENT_WORDS)]
    bodies = [
        (m.start, m.end, m.entity)
        for m in entities.find(recogniser, text)
        if types.get(m.entity) == "organisation"
    ]
    # "في بيان للوزارة": a head noun read through the clitics a name takes
    referred = [(i, entities.reading_in(w, heads)) for i, w in enumerate(words)]
    bodies += [
        (i, i + 1, heads[head])
        for i, head in referred
        if head is not None and types.get(heads[head]) == "organisation"
    ]
    near = [
        (min(abs(start - i), abs(i - end + 1)), start < i, entity)
        for i in at
        for start, end, entity in bodies
        if min(abs(start - i), abs(i - end + 1)) <= ISSUER_WINDOW
        # "أكد تقرير لموقع ... أن تنظيم داعش ...": a body after "أن" is what the
        # statement reports, not who issued it
        and not (start > i and any(_among(w, _CONTENT_OPENERS) for w in words[i + 1 : start]))
    ]
    return min(near)[2] if near else None


# A statement introduced as new: issued ("نشرت الوزارة بياناً", the accusative) or a
# report ("أكد تقرير لموقع ..."). "في بيان" is left out: "قال الحزب في بيان" is often the
# statement spoken of before, by a head noun the glossary may not give.
_NEW_STATEMENT_WORDS = _folded("بيانا تقرير تقريرا")


def _new_statement(text: str) -> bool:
    """Whether a sentence introduces a statement outside its quotations, one not spoken
    of before ("ونشرت وزارة الدفاع الروسية بيانا قالت فيه"): when the glossary knows no
    issuer for it, "وذكر البيان" next is that statement's, not one an earlier body issued."""
    words = arabic.words(text)
    spans = _spans(text)
    return any(
        _among(word, _NEW_STATEMENT_WORDS) and not any(s.start <= i < s.end for s in spans)
        for i, word in enumerate(words)
    )


def _issuer_speaks(words: Sequence[str], context: Context | None) -> bool:
    """Whether a sentence's speech is the statement's spoken of before: its subject
    ("واعتبر البيان"), whoever spoke since, or "وفي بيانه،" when nobody is speaking."""
    return _statement_speaks(words) or (context is None and _cites_the_statement(words))


def _statement_speaks(words: Sequence[str]) -> bool:
    """Whether the statement spoken of before is a speech verb's subject ("واعتبر البيان
    أن", "وأوضح البيان،"): its words are its issuer's, even after another speaker's."""
    return any(
        is_speech_word(word) and words[i + 1] in _THE_STATEMENT for i, word in enumerate(words[:-1])
    )


def _cites_the_statement(words: Sequence[str]) -> bool:
    """Whether a sentence's speech comes from the statement spoken of before: a speech
    verb with it as subject ("وأوضح البيان", "واعتبر البيان،"), or opening "وفي بيانه،"."""
    opening = len(words) > 1 and _among(words[0], _folded("في")) and words[1] in _THE_STATEMENT
    return opening or _statement_speaks(words)


def _first_names(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, str]:
    """The first name of each person a sentence names in full ("مظلوم عبدي"), by which a
    report may refer back to him ("وأكد مظلوم في تغريدة"); not a kunya or title ("أبو")."""
    words = arabic.words(text)
    found = {}
    for m in entities.find(recogniser, text):
        first = _unclitic(words[m.start])
        full = m.end - m.start > 1
        if types.get(m.entity) == "person" and full and first not in _NAME_NOUNS | _TITLES:
            found[first] = m.entity
    return found


def _post_names(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, str]:
    """The post a sentence names a person by, right before his name, with or without a comma
    ("وزير الخارجية السوري أسعد الشيباني", "الرئيس التركي، رجب طيب أردوغان"), by which the
    report refers back to him ("واعتبر وزير الخارجية السوري أن ..."): a head post and its
    words of office, at most ``ORGAN_WORDS`` words, keyed as ``_referred_subject`` reads a
    subject (its first word without و/ف)."""
    words = arabic.words(text)
    found = {}
    for m in entities.find(recogniser, text):
        if types.get(m.entity) != "person":
            continue
        for size in range(ORGAN_WORDS, 1, -1):
            start = m.start - size
            post = words[start : m.start] if start >= 0 else ()
            if post and _among(post[0], _HEAD_ROLE_WORDS):
                found[" ".join([_unclitic(post[0]), *post[1:]])] = m.entity
                break
        after = _post_after(words, m.end)
        if after:
            found[after] = m.entity
    return found


def _post_after(words: Sequence[str], end: int) -> str | None:
    """A post in apposition right after a name ("مولود تشاووش أوغلو وزير الخارجية
    التركي"): a head word with no و/ف (that would be someone else: "أردوغان ووزير
    خارجيته") and the definite words of its office, ``ORGAN_WORDS`` words at most."""
    if end >= len(words) or words[end] not in _HEAD_ROLE_WORDS:
        return None
    office = list(
        itertools.takewhile(lambda w: w.startswith("ال"), words[end + 1 : end + ORGAN_WORDS])
    )
    return " ".join([_unclitic(words[end]), *office]) if office else None  # keyed as read


def _posts_held(article: Article, glossary: Mapping[str, Entry]) -> dict[str, str]:
    """The glossary's posts held on the report's publication day, keyed as
    ``_referred_subject`` reads a subject ("وزير الخارجية السوري" → its holder that day).
    An undated report gets none: its quotes are found before grouping gives it an event
    day, and a page's crawl date is no evidence of who held a post."""
    day = article.meta.published
    if day is None:
        return {}
    return {
        _post_key(ar): person for ar, person in glossary_held_posts(glossary.values(), day).items()
    }


def _post_key(ar: str) -> str:
    """A post's words keyed as ``_referred_subject`` reads a subject (its first word
    without و/ف)."""
    words = arabic.words(ar)
    return " ".join([_unclitic(words[0]), *words[1:]])


def _posts_of_named(
    text: str, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> dict[str, str]:
    """For an undated report: each post the glossary says a person named in a sentence
    held at some time, for him ("وطالب وزير الخارجية السوري" after "الشيباني"). With no
    day to say who held the post, the holder the report itself names is who it means; a
    later sentence naming another holder takes the post over."""
    found = {}
    for m in entities.find(recogniser, text):
        for post in glossary[m.entity].posts if glossary[m.entity].type == "person" else ():
            found.update({_post_key(ar): m.entity for ar in post.ar})
    return found


# A surname of two words: "عبد الرحمن", "أبو قصرة".
_SURNAME_FIRST_WORDS = _folded("عبد أبو ابو بن")


def _surnames(text: str, recogniser: Recogniser, types: Mapping[str, str]) -> dict[str, str]:
    """The surname of each person a sentence names in full ("فرهاد شامي", "رامي عبد
    الرحمن"), by which a report refers back to him ("وأوضح شامي", "وبحسب الشامي", "وأضاف
    عبد الرحمن"); the definite form too, as nisba surnames are written either way."""
    words = arabic.words(text)
    found = {}
    for m in entities.find(recogniser, text):
        if types.get(m.entity) != "person" or m.end - m.start < 2:
            continue
        two = m.end - m.start > 2 and words[m.end - 2] in _SURNAME_FIRST_WORDS
        surname = " ".join(words[m.end - 2 : m.end]) if two else words[m.end - 1]
        if len(surname) < 3 or surname in _NAME_NOUNS | _TITLES:
            continue
        found[surname] = m.entity
        if not two and not surname.startswith("ال"):
            found["ال" + surname] = m.entity
    return found


def _plain_name_word(word: str) -> bool:
    """A word that can be part of a person's name: not definite, nor a preposition,
    clause opener, adverb or speech verb, nor a word with a preposition glued on."""
    bare = _unclitic(word)
    closed = _GOVERNING | _CONTENT_OPENERS | _ADVERBS | _PRONOUN_OBJECTS
    glued = bare.startswith(("ل", "بال"))
    return not (bare.startswith("ال") or bare in closed or glued or is_speech_word(word))


def glued_sentences(text: str) -> list[str]:
    """A sentence split where the page glued the next one on without a space ("...
    قبلية”.واعتبر المتحدث ..."), outside quotation marks: each part has its own speaker,
    so a name after the full stop does not claim the quotation before it. Initials
    ("أ.ف.ب", "د.محمد") are not sentence ends: a full stop needs three letters
    or a closing mark before it."""
    inside = quote_marks(text)
    ends = [m.end() for m in _GLUED_END.finditer(text)
            if not any(start < m.start() < end for start, end in inside)]  # fmt: skip
    bounds = [0, *ends, len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


@dataclass(frozen=True)
class _Pause:
    """A named speaker's turn that lines of narration interrupted, and how many lines."""

    context: Context
    gap: int = 1


def _paused(pause: _Pause | None, before: Context | None, after: Context | None,
            c: _Clauses, text: str) -> _Pause | None:  # fmt: skip
    """The turn a sentence leaves paused: a line with no speech verb and no quotation that
    ends a named speaker's turn pauses it ("واستهدفت الضربات سبع منشآت ..."), a second such
    line within ``RESUME_GAP`` keeps it paused; any other sentence ends the pause, and so
    does a line whose subject is a name, plain or quoted, someone who may speak next."""
    if c.verbs or c.spans or after is not None:
        return None
    quoted = [span.start for span in _spans(text)]
    named = [m.start for m in c.names if c.types.get(m.entity) in _SPEAKER_TYPES]
    if any(0 < at <= NARRATION_SUBJECT_AT for at in quoted + named):
        return None
    if before is not None and before[0] is not None:
        return _Pause(before)
    if pause is not None and pause.gap < RESUME_GAP:
        return _Pause(pause.context, pause.gap + 1)
    return None


def _resumes(c: _Clauses) -> bool:
    """Whether a sentence opens with a speech verb with و/ف and no subject of its own,
    followed straight by what was said ("وأضاف: «...»", "وتابع أن ...", "وأكد على أن"),
    with a quotation: the speaker it goes on with is the one before the narration."""
    if not c.spans or not c.verbs or c.verbs[0] != 0 or not _conjoined(c.words[0]):
        return False
    return not _own_subject(c, 0) and _continues(c, 0)


# A quotation found in a sentence: (span, speaker, via).
_Found = tuple[_Span, str | None, str | None]


@dataclass
class _Reading:
    """What a report has told so far, as ``find_quotes`` reads it sentence by sentence:
    the names and posts that later sentences refer back to, and who is speaking."""

    recogniser: Recogniser
    glossary: Mapping[str, Entry]
    types: dict[str, str]
    genders: dict[str, str]
    known_posts: frozenset[str]  # every post the glossary lists, keyed as heads
    crossheads: frozenset[int]  # paragraph indexes of crossheads below the headline
    undated: bool  # no publication day: a post is whoever the report names holding it
    # A post stands for whoever held it on the report's day, until the report names
    # another holder beside it (``_post_names``).
    heads: dict[str, str]
    holders: dict[str, str] = dataclasses.field(default_factory=dict)  # body -> its head
    # surnames and post epithets of people the glossary lacks
    strangers: set[str] = dataclasses.field(default_factory=set)
    # ("وزاره", "الدفاع") -> the body named last
    short_names: dict[tuple[str, ...], str] = dataclasses.field(default_factory=dict)
    context: Context | None = None  # who a following sentence may continue
    last_person: str | None = None  # the person named last, headline included
    issuer: str | None = None  # the body whose statement was spoken of last
    alone: Quote | None = None  # words quoted as a sentence of their own, speaker unknown
    pause: _Pause | None = None  # a speaker's turn a line of narration interrupted


def _start_reading(
    article: Article, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> _Reading:
    return _Reading(
        recogniser=recogniser,
        glossary=glossary,
        types={key: entry.type for key, entry in glossary.items()},
        genders={key: entry.gender for key, entry in glossary.items() if entry.gender},
        known_posts=frozenset(
            _post_key(ar) for e in glossary.values() for p in e.posts for ar in p.ar
        ),
        crossheads=frozenset(p.index for p in article.paragraphs if p.is_heading and p.index),
        undated=article.meta.published is None,
        heads=_posts_held(article, glossary),
    )


def _is_headline(sentence: Sentence) -> bool:
    """A headline quotes terms and is restated below; a lead taken for one is not."""
    return sentence.paragraph == 0 and len(arabic.words(sentence.ar)) <= HEADLINE_MAX_WORDS


def find_quotes(
    article: Article, recogniser: Recogniser, glossary: Mapping[str, Entry]
) -> list[Quote]:
    """Attributed direct quotations in reading order (``glossary`` gives entity types)."""
    r = _start_reading(article, recogniser, glossary)
    quotes: list[Quote] = []
    for sentence in article.sentences:
        if _is_headline(sentence):
            named: list[Quote] = []
            found: list[_Found] = []
            speaking = r.context
            _learn_headline_posts(r, sentence.ar)
        else:
            named, found, speaking = _read_body_sentence(r, sentence)
        _learn_names(r, sentence.ar)
        held = [Quote(article.id, sentence.id, s.text, who, via) for s, who, via in found]
        r.alone = held.pop() if _held(found, speaking) else None
        quotes += named + held
    return quotes


def _read_body_sentence(
    r: _Reading, sentence: Sentence
) -> tuple[list[Quote], list[_Found], Context | None]:
    """A sentence below the headline: the words quoted alone before that it names the
    speaker of, its own quotations, and who was speaking as it began (``_held``). It
    leaves ``r.context`` to whoever the next sentence may continue."""
    text = sentence.ar
    if r.issuer and _issuer_speaks(arabic.words(text), r.context):
        r.context = r.issuer, None
    whole = _clauses(text, r.recogniser, r.types, r.heads, r.holders, r.short_names, r.genders)
    if r.context is None and r.pause is not None and _resumes(whole):
        r.context = r.pause.context  # "وأضاف: «...»" after a line of narration: his
    speaking = r.context
    named = _alone_named(r.alone, whole)
    found, following = _quotes_in_parts(r, text)
    r.pause = _paused(r.pause, r.context, following, whole, text)
    # A crosshead between two paragraphs of one speaker's words does not end them.
    if not (sentence.paragraph in r.crossheads and not found):
        r.context = following
    if r.context is None and text.rstrip().endswith(":"):
        # "ونص البيان:": the statement spoken of before gives the words that follow;
        # "وقالت فلانة:": someone the glossary does not know
        cites = r.issuer is not None and any(w in _THE_STATEMENT for w in arabic.words(text))
        r.context = (r.issuer, None) if cites else (None, None)
    _learn_heads(r, text)
    return named, found, speaking


def _alone_named(alone: Quote | None, clauses: _Clauses) -> list[Quote]:
    """Words quoted alone in the sentence before are kept only if this one says whose."""
    if alone is None:
        return []
    named, said_by = _named_next(clauses)
    return [dataclasses.replace(alone, speaker=said_by)] if named else []


def _quotes_in_parts(r: _Reading, text: str) -> tuple[list[_Found], Context | None]:
    """The quotations of each part of a sentence the page glued together, each part
    going on from the speaker the part before leaves, and the speaker the last leaves."""
    found: list[_Found] = []
    following = r.context
    for part in glued_sentences(text):
        # "وأوضح فلان المتحدث باسم التحالف ...، وأضاف فلان: «...»": his surname is the
        # body's voice within the sentence that names him, too
        own = {**r.heads, **_spokesman_surnames(part, r.recogniser, r.types, r.heads)}
        part_found, following = _sentence_quotes(
            part, r.recogniser, r.types, following, own, r.last_person, r.holders,
            r.short_names, r.genders, r.known_posts, frozenset(r.strangers - own.keys()),
        )  # fmt: skip
        found.extend(part_found)
    return found, following


def _learn_heads(r: _Reading, text: str) -> None:
    """The words by which later sentences refer back to what a body sentence names: organs,
    head nouns, spokesmen's, first and surnames, posts."""
    organs = _organs(text, r.recogniser, r.types)
    r.heads.update(_organ_heads(organs))  # before head nouns: a body's own head wins
    r.heads.update(entities.head_nouns(text, r.recogniser, r.glossary))
    r.heads.update(_construct_heads(text, r.recogniser, r.glossary))
    r.heads.update(_spokesman_surnames(text, r.recogniser, r.types, r.heads))
    r.heads.update(_first_names(text, r.recogniser, r.types))
    r.heads.update(_surnames(text, r.recogniser, r.types))
    r.heads.update(_post_names(text, r.recogniser, r.types))
    r.heads.update(organs)
    if r.undated:
        r.heads.update(_posts_of_named(text, r.recogniser, r.glossary))


def _learn_headline_posts(r: _Reading, text: str) -> None:
    """The posts a headline names a person by ("أكد الرئيس التركي، رجب طيب أردوغان، ...")."""
    r.heads.update(_post_names(text, r.recogniser, r.types))
    if r.undated:
        r.heads.update(_posts_of_named(text, r.recogniser, r.glossary))


def _learn_names(r: _Reading, text: str) -> None:
    """What any sentence, headline too, tells of who may speak later: the statement spoken
    of, the heads of bodies, people the glossary lacks, short names, the last person."""
    issuer = _statement_issuer(text, r.recogniser, r.types, r.heads)
    r.issuer = issuer or (None if _new_statement(text) else r.issuer)
    r.holders.update(_role_holders(text, r.recogniser, r.types))
    r.strangers.update(_stranger_surnames(text, r.recogniser))
    for epithet, unknown in _post_epithets(text, r.recogniser, r.types).items():
        if unknown:
            r.strangers.add(epithet)
        else:  # a glossary holder beside the post takes its epithet over
            r.strangers.discard(epithet)
    r.short_names.update(_short_names(text, r.recogniser, r.glossary))
    people = [m.entity for m in entities.find(r.recogniser, text)
              if r.types.get(m.entity) == "person"]  # fmt: skip
    r.last_person = people[-1] if people else r.last_person
