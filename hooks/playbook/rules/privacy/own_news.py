"""A public figure's own health news, made public by them: the practice tells nothing from its records.

"Get well, Mayor <Name>! The mayor posted on her page that she goes in for a new hip next
week", "State Senator <Name> ran the 5K. He told the crowd he's two years in remission", "la escritora
<Name> ... hablo de su diagnostico": a public figure (public.py) wished well on news they gave the public. It
counts when the sentence that names them, or the next, says they (or their camp) told it ("has spoken openly
about", "shared on air", "announced on his Instagram", "anuncio en sus redes", "told reporters", or in their own work: "sings about his ten years
sober on his new album"), and no care of ours is
tied to them there: "... with Dr. <Name>", "with us", "here", "came in for", "se vacuno con nosotros" keep the name an
error, and so does news told to us ("his wife told us", "nos conto") and our people beside them anywhere in the text
("our cancer care team is with her", "part of his care team", "nuestro equipo la acompana"). A neighbour's own news (community_roles.py)
never passes this way; their own family first made public ("su primer bebe") is no record that singles them out.
Each reading is one scan of two sentences: linear.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from .care import REPORTED_VERB, cared_by_us, received_care
from .vocabulary import NAMES

# Said to the public in Spanish with no subject ("hablo de su diagnostico"), or in English by opening up.
_SPOKE_OF = lazyre.compile(r"(?<![\w-])(?i:hablo|hablaba|ha[ \t]+hablado)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:de|sobre)[ \t]+(?i:su|sus)(?![\w-])")
# Told in their own public work, whatever its words: "sings about his ten years in recovery", "wrote about her diagnosis",
# "on his new album", "en su nuevo disco", "in her latest memoir" (a verb of making art about their own life, or the work itself)
_OWN_WORK = lazyre.compile(
    r"(?<![\w-])(?i:sings?|sang|sung|singing|raps?|rapped|writes?|wrote|written|writing|canta|canto|cantaba|escribe|escribio|escribia|narra|narro)"
    r"[ \t]+(?i:about|of|sobre|de)[ \t]+(?i:his|her|their|su|sus)(?![\w-])"
    r"|(?<![\w-])(?i:on|in|en)[ \t]+(?i:his|her|their|su)[ \t]+(?:(?i:new|latest|upcoming|debut|first|nuevo|nueva|ultimo|ultima|primer|primera)[ \t]+)?"
    r"(?i:album|record|single|song|songs|book|memoir|novel|documentary|film|special|disco|cancion|canciones|libro|novela|documental|pelicula)(?![\w-])"
)
_MADE_PUBLIC = phrase_pattern(NAMES["made_public"])  # "has spoken openly", "shared on air", "told reporters", "en sus redes"
# Told to us, not to the public: "his wife told us", "nos conto", "me dijo", "we said"
_TO_US_AFTER = lazyre.compile(r"[ \t]+(?i:us|me|our[ \t]+(?:team|staff|nurses?|doctors?))(?![\w-])")
_TO_US_BEFORE = lazyre.compile(r"(?<![\w-])(?i:nos|me|we|i|le[ \t]+dijimos)[ \t]+$")
# Care placed here or by a doctor named: "did her hip surgery here", "con la Dra. <Name>", "aqui en la clinica"
_OURS = lazyre.compile(r"(?<![\w-])(?i:here|aqui|aca)(?![\w-])|(?<![\w-])(?:Dr|Dra|Doctor|Doctora)\.?[ \t]+[A-Z]")
# The office alone, no relative of its holder: "the mayor", not "the mayor's husband".
_PUBLIC_ROLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
_OFFICE = lazyre.compile(rf"(?i:the|el|la|del|al)[ \t]+(?i:{alternation(NAMES['public_roles'])})")


def told_public(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says news was given to the public, by a verb of telling not aimed at us."""
    if _SPOKE_OF.search(text, start, end) or _MADE_PUBLIC.search(text, start, end) or _OWN_WORK.search(text, start, end):
        return True
    for verb in REPORTED_VERB.finditer(text, start, end):
        if not _TO_US_AFTER.match(text, verb.end()) and not _TO_US_BEFORE.search(text, max(start, verb.start() - 16), verb.start()):
            return True
    return False


# Our people with them anywhere in the text: "our oncology team is with her", "walk beside her", "part of his care team",
# "nuestro equipo la acompana" (not "our team is here for you", "corrio con nuestro equipo": no care of them told)
_WITH_US = lazyre.compile(
    r"(?<![\w-])(?i:part[ \t]+of|on|joined)[ \t]+(?i:her|his|their)[ \t]+(?i:care|medical|treatment|surgical|cancer[ \t]+care)[ \t]+(?i:team)(?![\w-])"
    r"|(?<![\w-])(?i:our|we)(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?i:beside|alongside|with|caring[ \t]+for|treating)[ \t]+(?i:her|him)(?![\w-])"
    r"|(?<![\w-])(?i:nuestro|nuestra|nuestros|nuestras)(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?i:la|lo|le)[ \t]+(?i:acompa[nñ]a|atiende|cuida|trata)(?![\w-])"
    r"|(?<![\w-])(?i:la|lo|le)[ \t]+(?i:acompa[nñ]amos|atendemos|cuidamos|tratamos|operamos)(?![\w-])"
)


@functools.lru_cache(maxsize=4)
def with_us(text: str) -> bool:
    """Whether the text tells of our people with someone anywhere ("our oncology team", "part of his care team"): once per text."""
    return _WITH_US.search(text) is not None


# A public office just before a doctor's name: the official's own title ("the county health officer, Dr. <Name>").
_OFFICE_TITLE = lazyre.compile(rf"(?i:{alternation(NAMES['public_roles'])})(?:[ \t]+(?i:of|de|del)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}[\w'’-]+)?[ \t]*,[ \t]*$")


def ours_near(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] places care here or with a doctor named (not an official's own title), or the text tells of
    our people with someone."""
    for ours in _OURS.finditer(text, lo, hi):
        if ours.group(0)[0] != "D" or not _OFFICE_TITLE.search(text, max(lo, ours.start() - 60), ours.start()):
            return True
    return with_us(text)


def own_news(text: str, bounds: list[int], start: int) -> bool:
    """Whether the sentence at `start` or the next tells news the public figure there made public, with no care of ours."""
    lo, hi = sentence_of(bounds, start)
    after = sentence_of(bounds, hi)[1] if hi < len(text) else hi
    if ours_near(text, lo, after):
        return False  # "she shared that Dr. <Name> did her surgery here", "our oncology team walks beside her": the care may be ours
    return told_public(text, lo, after) and not cared_by_us(text, lo, after) and not received_care(text, bounds, start)


def office_news(text: str, bounds: list[int], match: re.Match) -> bool:
    """PHI011: "the mayor" described with health news the mayor made public, no relative and no care of ours
    ("The mayor posted on her page that ..."; not "the mayor's husband came in for ...")."""
    return _OFFICE.fullmatch(match.group(0)) is not None and own_news(text, bounds, match.start())


def figure_news(text: str, bounds: list[int], start: int) -> bool:
    """A nickname at `start` worn by a public figure named by their role just before it, in its sentence ('la cantante
    <Name>, "La Reina del <Barrio>", conto en su programa ...'), with news they made public and no care of ours."""
    lo = sentence_of(bounds, start)[0]
    return _PUBLIC_ROLE.search(text, max(lo, start - 200), start) is not None and own_news(text, bounds, start)


# A birth order in one's own family, said with "her", "his" or "su": "su primer bebe", "her first grandchild".
_FAMILY_FIRST = lazyre.compile(
    r"(?i:her|his|their|su|sus)[ \t]+(?i:first|primer|primera|primeros|primeras)[ \t]+(?:[\w-]+[ \t]+){0,1}?"
    r"(?i:baby|babies|child|children|kid|grandchild|grandbaby|son|daughter|bebe|bebes|hijo|hija|hijos|nieto|nieta|nietos)"
)


def not_own_family_first(text: str, matches: Iterable[re.Match]) -> Iterator[re.Match]:
    """PHI011's finds but a public figure's own family first made public by them ("La cantante <Name> anuncio en sus
    redes que espera a su primer bebe"): a birth order in their family, not a record of ours."""
    bounds = None
    for match in matches:
        if _FAMILY_FIRST.fullmatch(match.group(0)):
            bounds = bounds or sentence_bounds(text)
            if _PUBLIC_ROLE.search(text, max(0, sentence_of(bounds, match.start())[0] - 200), match.start()) and own_news(text, bounds, match.start()):
                continue
        yield match
