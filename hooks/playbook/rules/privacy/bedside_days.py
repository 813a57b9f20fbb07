"""A first name with the place of their care and a day of their life: a patient named by the party we gave them (PHI003).

Hospice, home-care and rehab teams share the happy days of the people they care for: "we celebrated <Name>'s 88th at
his bedside", "<Name> turned 90 in our day room", "<Name> rang in his 70th in the infusion chair", "celebramos los 85
de <Name> junto a su cama", "<Name> cumplio 80 anos en su cuarto del hospicio". A first name alone is read as a name
only where the lists know it as a given name, and many are not ("<Name>" a list holds as a surname only, a pet form,
a name no list knows); what makes the word someone's here is the shape: the word as the owner of a milestone (a
birthday, an age's ordinal, an anniversary, a wedding), as the one who turned, marked or celebrated it, or as the
one it was for ("Happy 82nd to <Name>", "los 85 de <Name>", "Feliz cumpleanos a <Name>"), with a place of care in that sentence or the next (a
bedside, a hospice or hospital room, an infusion or dialysis chair, a day room, a rehab gym, "junto a su cama", "la
sala de dia"). Passes: our staff ("our nurse <Name>'s 40th in the break room", a team member, a titled doctor), a
word no name ("Mom's 80th", "Today turned ..."), a milestone with no place of care ("<Name>'s 40th at the lake").
One scan for each shape, each sentence read once for its place: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .civic_places import is_city
from .common import WORDS
from .greeted_words import plain_word
from .known import Known, Person
from .unlisted import unlisted_name
from .vocabulary import CALENDAR, NAMES, NOT_A_NAME

_NAME = r"(?P<{}>[A-Z][a-z][a-z'’-]{{0,18}}(?<!['’-]))"  # a capitalised word, one group name per branch
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|o|ro|vo|to)(?![\w-])"
_EVENT = r"(?i:birthday|bday|b-day|anniversary|wedding[ \t]+anniversary|wedding|vows|cumpleanos|cumple|aniversario|boda|bodas[ \t]+de[ \t]+(?:oro|plata|diamante))"
# The milestone itself: "88th birthday", "75th", "wedding anniversary", "bodas de oro".
_MILESTONE = rf"(?:{_ORDINAL}(?:[ \t]+{_EVENT})?|(?:(?i:big|wedding|golden|special|surprise)[ \t]+)?{_EVENT})"
_SHAPES = lazyre.compile(
    # the owner: "<Name>'s 88th birthday", "<Name>'s wedding anniversary"
    rf"(?<![\w'’.@#-]){_NAME.format('owner')}['’]s[ \t]+(?:(?i:big|very|first|last|own)[ \t]+)?{_MILESTONE}"
    # the one who turned, marked or celebrated it: "<Name> turned 90", "<Name> celebrated his 80th", "<Name> cumplio 80 anos"
    rf"|(?<![\w'’.@#-]){_NAME.format('subject')}(?:[ \t]+(?i:and|y|&)[ \t]+(?:(?i:his|her|su)[ \t]+)?[\w'’-]+)?[ \t]+(?:(?i:just|finally|proudly|ya)[ \t]+)?"
    rf"(?:(?i:turned|turns|hit|reached|cumplio|cumple|llego[ \t]+a)[ \t]+\d{{2,3}}(?![\d:/.,]\d)"
    rf"|(?i:celebrated|marked|rang[ \t]+in|celebrates|marks|festejo|celebro)[ \t]+(?:(?i:his|her|their|sus|su|los)[ \t]+)?(?:{_MILESTONE}|\d{{2,3}}(?![\d:/.,]\d))"
    rf"|(?i:blew[ \t]+out)[ \t]+\d{{2,3}}[ \t]+(?i:candles))"
    # the one it was for: "Happy 82nd to <Name>", "los 85 de <Name>", "el cumpleanos de <Name>", "birthday party for <Name>"
    rf"|(?<![\w-])(?:(?i:los|las)[ \t]+\d{{2,3}}(?:[ \t]+(?i:anos))?|(?:(?i:el|su)[ \t]+)?{_MILESTONE}(?:[ \t]+(?i:party|bash|fiesta))?)"
    rf"[ \t]+(?i:de|to|for|del|de[ \t]+la|de[ \t]+el|a|al)[ \t]+(?:(?i:our|nuestr[oa]|don|dona|miss|mr|mrs|ms)\.?[ \t]+)?{_NAME.format('feted')}(?![\w'’-])"
)
# Where we care for them: a bedside, a hospice or hospital room, an infusion or dialysis chair, a day room, a rehab gym.
_SETTING = lazyre.compile(
    r"(?<![\w-])(?i:bedside|day[ \t]?room|sala[ \t]+de[ \t]+dia|hospital[ \t]+bed|cama[ \t]+(?:del|de[ \t]+el)[ \t]+hospital|hospice|hospicio"
    r"|(?:hospital|patient|infusion|dialysis|chemo|treatment|recovery|rehab|therapy|palliative)[ \t]+(?:room|suite|unit|chair|bed|bay|gym|floor|wing)"
    r"|(?:infusion|dialysis|chemo)[ \t]+(?:center|centre|clinic)|(?:in|under)[ \t]+our[ \t]+care|on[ \t]+(?:our|the)[ \t]+unit"
    r"|(?:junto|al[ \t]+lado)[ \t]+(?:a|de)[ \t]+su[ \t]+cama|(?:al|a)[ \t]+pie[ \t]+de[ \t]+(?:su[ \t]+)?cama|(?:en|desde)[ \t]+su[ \t]+cama"
    r"|(?:cuarto|habitacion|sala|unidad)[ \t]+(?:del|de)[ \t]+(?:hospicio|hospital|infusion|infusiones|dialisis|quimio|rehabilitacion|terapia|cuidados[ \t]+paliativos)"
    r"|sillon[ \t]+de[ \t]+(?:infusion|infusiones|quimio|dialisis)|gimnasio[ \t]+de[ \t]+(?:rehabilitacion|terapia)|bajo[ \t]+nuestro[ \t]+cuidado)(?![\w-])"
)
# One of our staff before the name ("our nurse <Name>", "nuestra capellana <Name>"), or a title ("Dr. <Name>").
_STAFF_WORDS = (*NAMES["staff_nouns_alt"], "chaplain", "capellan", "capellana", "aide", "aides", "volunteer", "voluntaria", "voluntario",
                "social worker", "trabajadora social", "coordinator", "coordinadora", "receptionist", "recepcionista", "team", "equipo")  # fmt: skip
_KIN = frozenset(w.lower() for w in (*WORDS["family_members"], "mom", "dad", "mama", "papa", "grandma", "grandpa", "granny", "nana", "abuela", "abuelo", "abuelita", "abuelito", "tata", "tia", "tio"))
_STAFF_BEFORE = lazyre.compile(rf"(?<![\w-])(?:(?i:{alternation(_STAFF_WORDS)})|(?i:dr|dra|doctor|doctora|nurse|coach|pastor|padre|father)\.?)[ \t]*,?[ \t]*$")


def _a_name(word: str, known: Known) -> bool:
    """A word that may be someone's first name: a list's name (a surname or a pet form too) or one no list knows, not a word."""
    low = word.lower()
    if low in NOT_A_NAME or low in CALENDAR or low in _KIN or is_city(word) or known.is_team((word,)):
        return False  # "Mom's 80th", "Houston turned 190"
    info = lexicon_names.name_info(word)
    if info is not None:
        return not info.place and not (info.also_word and plain_word(word) and not info.first)
    return unlisted_name(word)


def bedside_days(text: str, known: Known) -> Iterator[Person]:
    """Each name that owns, marks or is feted for a milestone, with a place of care in its sentence or the next (folded text)."""
    bounds, placed = None, {}
    for match in _SHAPES.finditer(text):
        group = next(key for key in ("owner", "subject", "feted") if match.group(key))
        name, start = match.group(group), match.start(group)
        if not _a_name(name, known) or _STAFF_BEFORE.search(text, max(0, start - 32), start):
            continue
        bounds = bounds or sentence_bounds(text)
        begin, end = sentence_of(bounds, start)
        if begin not in placed:
            stop = sentence_of(bounds, end)[1] if end < len(text) else end  # the sentence and the next
            placed[begin] = _SETTING.search(text, begin, stop) is not None
        if placed[begin]:
            yield Person(start, match.end(group), (name,), "a first name with the place of their care and a milestone of their life", excusable=True, public=False)
