"""One person known by a title only they hold, with their care (PHI011).

A festival, a pageant, a parade or a school crowns one person at a time: "the reigning Reina de <Barrio>", "la Reina
del Carnaval", "Queen of the <Town> Rodeo", "our homecoming queen", "Miss <Town> 2027", "el Rey Momo", "this year's
parade grand marshal". Everyone in town knows who holds the title, so the title names her as surely as her name.
With her care in the title's sentence (before it too: "se sacó el yeso la reina del ...") or the two after it (favourites.py's reading, standing.py's "she" with a word
of care, or a span since a procedure: "three weeks post-op", "after bed rest"), it is a patient singled out. With
no care near it passes: "la Reina del Carnaval repartio cepillos en nuestra feria", "the homecoming king read to
the kids in our waiting room"; so does a performer's stage nickname with news she made public herself, no care of ours
near (own_news.py: 'la cantante <Name>, "La Reina del <Barrio>", conto en su programa ...'), and so does care told in
a later sentence as the holder's own news made public ("... del Rey del <Genre>. <Name> habló públicamente de su diabetes"). The title and the name right after it
are a public capacity for PHI003 (titleholder: "La Miss <Place> 2026, <Name>, nos visito"). Every pattern is bounded and each sentence is read once: linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ... import lazyre
from ...text import alternation, sentence_bounds
from ...wordlists import wordlist
from . import favourites, own_news, standing
from .one_person import nobody_before

_DESC = wordlist("privacy-described")
_TITLE = alternation(_DESC["title_words"])
_EVENT = alternation(_DESC["title_events"])
_NAME = r"[A-Z][\w'’-]*"
_CROWNED = lazyre.compile(
    # "Reina de Calle Ocho", "la reina del carnaval", "Queen of the Peach Festival", "Rey Momo del Carnaval"
    rf"(?<![\w-])(?i:{_TITLE})[ \t]+(?i:de|del|de[ \t]+la|de[ \t]+las|de[ \t]+los|of|of[ \t]+the)[ \t]+(?:(?i:{_EVENT})(?![\w'’-])|{_NAME})"
    # "homecoming queen", "the Carnival King", "parade grand marshal"
    rf"|(?<![\w-])(?i:{_EVENT})[ \t]+(?i:{_TITLE})(?![\w'’-])"
    # "Miss Hialeah 2027", "Miss Teen Osceola 2026", "Senorita Kissimmee 2027"
    rf"|(?<![\w-])(?:Miss|Mister|Senorita|Srta\.?)[ \t]+(?:(?:Teen|Junior|Little)[ \t]+)?(?:{_NAME}[ \t]+){{1,3}}(?:19|20)\d\d(?!\d)"
)
# a span since a procedure, or rest ordered for one: "three weeks post-lift", "6 weeks post-op", "on bed rest"
_SINCE = lazyre.compile(
    r"(?<![\w-])(?:\d{1,2}|(?i:one|two|three|four|five|six|seven|eight|nine|ten|a|few))[ \t]+(?i:days?|weeks?|months?|dias|semanas|meses)[ \t]+(?i:post)[ \t-]?[a-z]{2,}"
    r"|(?<![\w-])(?i:bed[ \t]+rest|reposo[ \t]+(?:absoluto|en[ \t]+cama))(?![\w-])"
)
_NEAR = 2  # the title's sentence and the two after it


def _care(body: str, start: int, end: int) -> bool:
    """One person's care in body[start:end]: theirs, ours of them, "she" with a word of care, or a span since a procedure."""
    return favourites.cared_of(body, start, end) or standing.about_them(body, start, end) or _SINCE.search(body, start, end) is not None


def crowned(body: str) -> Iterator[re.Match]:
    """Each title only one person holds, with one person's care in its sentence or the two after it."""
    bounds: list[int] = []
    cared: dict[int, bool] = {}  # each sentence's care, read once
    for match in _CROWNED.finditer(body):
        bounds = bounds or list(sentence_bounds(body))
        at = bisect.bisect_right(bounds, match.start()) - 1
        if own_news.figure_news(body, bounds, match.start()):
            continue  # 'la cantante <Name>, "La Reina del <Barrio>", conto en su programa ...': a performer's own news
        before = max(bounds[at], match.start() - favourites.REACH)
        if _care(body, match.end(), min(bounds[at + 1], match.end() + favourites.REACH)) or _care(body, before, match.start()) and nobody_before(body, before, match.start()):
            # her care after the title, or before it with the title as the subject at the end and nobody else before it
            # ("¡Se sacó el yeso la reina del ...!"; not "our nurse set Ana's cast while the reina del ... watched")
            yield match
            continue
        for index in range(at + 1, min(at + _NEAR + 1, len(bounds) - 1)):
            if index not in cared:
                cared[index] = _care(body, bounds[index], bounds[index + 1])
            if cared[index] and not own_news.own_news(body, bounds, bounds[index], outright=True):
                yield match  # not the holder's own news told to the public ("... del Rey del <Genre>. <Name> habló públicamente de su diabetes")
                break


_GAP = lazyre.compile(r"[ \t]*,?[ \t]*$")
_TITLE_REACH = 80  # characters a title of one person spans, read before the name


def titleholder(text: str, person) -> bool:
    """Whether `person` is a title only one holds ("Miss <Place> 2026" read as a title and a name) or the name right
    after one, in apposition or not ("La Miss <Place> 2026, <Name>, nos visito", "Homecoming Queen <Name>"): a public
    capacity, judged like any public figure's (no care told of her: public.py)."""
    for match in _CROWNED.finditer(text, max(0, person.start - _TITLE_REACH), min(len(text), person.end + 8)):
        if match.start() <= person.start and match.end() >= person.end:
            return True  # the title itself
        if match.end() <= person.start and _GAP.match(text[match.end() : person.start]):
            return True  # the name after it
    return False
