"""A family known by its surname alone, with their care (PHI003, names.py).

Spanish names a household by its surname after a plural article: "los Villaseñor vinieron a vacunarse", "las
gemelas de los Arreola", "la bebe de los Tamayo"; English by the surname's plural: "the Delgados came in for
their checkups". people.py reads "the <Surname> family", "la familia <Surname>" and "the <Surname> twins"; this
reads the surname with no family word. With a visit or care in its sentence or the next ("... a su chequeo",
"... ni lloraron con las vacunas") the household is identified patients; thanks to donors with no care of theirs
("gracias a los Villaseñor por donar las mochilas") pass, and so do teams, places and kings ("los Tecolotes",
"los Angeles", "los Reyes": no surname, a place, or a surname that is also a word). A surname with a word for a
household that may also be a crew or friends ("the Ramirez crew from <town>", "the Delgado bunch", "el clan Arreola",
"la tribu Villasenor") is read the same way: with care of theirs, a family of patients. Spanish may give both surnames
("los Zamora Delgado"), and a household back with us is a visit ("otra vez en la clínica", "back at the clinic").

One scan, sentence-bounded: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from . import care
from .common import in_order
from .known import Known, Person
from .vocabulary import CAP, NAMES, NOT_A_NAME, is_place

# "los Arreola", "las gemelas de los Arreola", "the Delgados": a plural article (or "the") and one capitalised word
# or two, as Spanish gives both ("los Zamora Delgado")
_BY_SURNAME = lazyre.compile(rf"(?<![\w'’-])(?P<article>(?i:los|las|the))[ \t]+(?P<name>{CAP})(?:[ \t]+(?P<second>{CAP}))?(?![\w'’-])(?![ \t]+[A-Z])")
# "the Ramirez crew", "el clan Arreola", "la tribu de los Tamayo" (read above): a surname, unpluralised, with a household word
_BY_GROUP = lazyre.compile(
    rf"(?<![\w'’-])(?i:the)[ \t]+(?P<name>{CAP})[ \t]+(?i:{alternation(NAMES['family_group_after'])})(?![\w'’-])"
    rf"|(?<![\w'’-])(?i:el|la|los|las)[ \t]+(?i:{alternation(NAMES['family_group_before'])})[ \t]+(?P<after>{CAP})(?![\w'’-])"
)

# How a brave child takes a shot ("ni lloraron con las vacunas", "didn't even cry at their shots"): care, with a word of care
_BRAVE = lazyre.compile(
    r"(?<![\w-])(?i:ni[ \t]+(?:siquiera[ \t]+)?(?:lloraron|lloro|se[ \t]+quejaron|se[ \t]+quejo|pestanearon)|no[ \t]+lloraron|"
    r"(?:didn['’]?t|did[ \t]+not|never)[ \t]+(?:even[ \t]+)?(?:cry|cried|flinch|whimper|complain))(?![\w-])"
)

# A visit of theirs, told with a word of care: "vino a vacunarse", "pasaron por sus vacunas", "stopped by for flu shots"
_VISIT = lazyre.compile(
    r"(?<![\w-])(?i:vino|vinieron|llego|llegaron|paso|pasaron|trajo|trajeron|came[ \t]+(?:in|by)|stopped[ \t]+(?:in|by)|dropped[ \t]+by|"
    r"brought|(?:got|had)[ \t]+their"
    # back with us: "otra vez en la clínica", "back at the clinic again"
    r"|(?:otra[ \t]+vez|de[ \t]+nuevo|again|back)[ \t]+(?:en|at|in)[ \t]+(?:la|el|the|our|nuestra|nuestro)[ \t]+(?:cl[ií]nica|clinic|office|consultorio|urgencias))(?![\w-])"
)

# What a household comes in for, in words the care lists leave to context: "physicals", "a vacunarse", "sus chequeos"
_FOR_CARE = lazyre.compile(r"(?<![\w-])(?i:physicals?|check-?ups?|shots|well[- ]child|vacunarse|vacunaron|vacunamos|vacunas|chequeos?|revision|consulta|control)(?![\w-])")

# A preposition of place before the plural article: households are visited, they are not where things happen
_WHERE = lazyre.compile(r"(?<![\w-])(?i:en|in|across|through|hacia|desde)[ \t]+$")


def _surname(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.surname and not info.also_word and not info.place


def _household(article: str, word: str) -> str:
    """The surname a household is named by, or "" ("the Delgados": "Delgado"; "los Arreola": "Arreola")."""
    if article.lower() == "the":
        if len(word) < 5 or not word.endswith("s") or word.endswith("ss"):
            return ""
        stem = word[:-2] if word.endswith("es") and _surname(word[:-2]) else word[:-1]
        return stem if _surname(stem) else ""
    return word if _surname(word) else ""


def families(text: str, known: Known) -> Iterator[Person]:
    """Households named by their surname alone, with a visit or care of theirs in the sentence or the next."""
    bounds = None
    for match in in_order([*_BY_SURNAME.finditer(text), *_BY_GROUP.finditer(text)]):
        group = "article" not in match.re.groupindex
        name = match.group("name") or match.group("after") if group else _household(match.group("article"), match.group("name"))
        if group and not _surname(name) or not group and match.group("second") and (match.group("article").lower() == "the" or not _surname(match.group("second"))):
            continue  # two capitals: a Spanish household's two surnames only ("los Zamora Delgado"), not "the Rio Grande" nor "los Angeles Azules"
        at = match.start("name") if match.group("name") else match.start("after")
        if not name or name.lower() in NOT_A_NAME or name.lower() in known.org or known.is_team((name,)) or is_place(text, at):
            continue
        if not group and _WHERE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "tradiciones de parto en los Andes", "hiking in the Rockies": a region, no household
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, match.start())
        stop = sentence_of(bounds, end)[1] if end < len(text) else end
        if care.REPORTED_VERB.search(text, start, stop):
            continue  # "the Mannings' quarterback ..., the team said": news, not our care
        if (
            care.cared_for(text, start, stop)
            or care.own_care(text, match.end(), stop)
            or (_BRAVE.search(text, start, stop) or _VISIT.search(text, match.end(), stop))
            and (care.care_in(text, match.end(), stop) or _FOR_CARE.search(text, match.end(), stop))
        ):
            yield Person(match.start(), match.end(), (name,), "a family named by its surname", excusable=False, public=False)
