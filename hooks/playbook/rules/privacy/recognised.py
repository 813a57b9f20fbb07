"""A nod that readers will know who it is, next to someone's care (PHI011).

No name is needed when the post tells its readers they can tell who it is: "anyone who shops at <Boutique> will
know who this is ... cheek filler and Botox", "ya saben quien es 😏 rellenos de labios", "iykyk ... her
new veneers", "you'll recognize this smile ... after her implants". The nod says the person is identifiable; with a
procedure, a condition or care of ours in its sentence or the two either side it discloses their care. ties.py's
"you know who you are" speaks to the one described; this nod speaks to everyone else. A nod with no care near it
("iykyk: the best tacos are on Main") and care said as a topic or an event ("our flu shot clinic") pass.
Each nod is read in a bounded window of sentences: linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from . import care, favourites, vocabulary
from .common import with_care_after
from .stance import words as stance_words

_ROLE = alternation(
    r for r in (*vocabulary.NAMES["occupations"], *vocabulary.DESCRIBED["roles"], *vocabulary.DESCRIBED["people"], *vocabulary.DESCRIBED["ranked_people"]) if r.lower() not in favourites.STAFF
)
_NOD = lazyre.compile(
    r"(?<![\w-])(?:"
    # "you know who this is", "y'all KNOW who she is", "you'll know who this is"
    r"(?i:you|y['’]?all|you[ \t]+all|you['’]ll|you[ \t]+will|everyone|everybody|we[ \t]+all)[ \t]+(?i:know|knows|will[ \t]+know|already[ \t]+know)[ \t]+"
    r"(?i:who)[ \t]+(?i:this|that|she|he|it)(?:[ \t]+(?i:is|was)|['’]s)"
    r"|(?i:you['’]ll|you[ \t]+will|y['’]?all['’]ll|you[ \t]+might|you[ \t]+may)[ \t]+(?i:recogni[sz]e)[ \t]+(?i:this|that|her|him|them|the)"
    r"|(?P<weak>(?i:iykyk|if[ \t]+you[ \t]+know,?[ \t]+you[ \t]+know|no[ \t]+names?[ \t]+needed))"
    # "ya saben quien es", "todos saben quien es", "ya saben de quien hablo", "la van a reconocer"
    r"|(?i:ya|ustedes|todos|todo[ \t]+el[ \t]+mundo|ya[ \t]+todos)[ \t]+(?i:saben|sabran|conocen)[ \t]+(?i:quien[ \t]+es|de[ \t]+quien[ \t]+(?:hablo|hablamos|se[ \t]+trata))"
    r"|(?i:la|lo)[ \t]+(?i:van[ \t]+a[ \t]+reconocer|reconoceran|reconocen)"
    # the ones the whole town saw in the news: "the triplets who made the paper", "que salio en las noticias"
    r"|(?P<news>(?i:who|that|que)[ \t]+(?:(?i:made|were[ \t]+in|was[ \t]+in|were[ \t]+on|was[ \t]+on|hit)[ \t]+(?:(?i:the|all[ \t]+the)[ \t]+)?"
    r"(?i:news|paper|papers|newspaper|headlines|tv|television|evening[ \t]+news)"
    r"|(?i:salio|salieron|aparecio|aparecieron)[ \t]+(?i:en)[ \t]+(?i:las[ \t]+noticias|el[ \t]+periodico|la[ \t]+tele|la[ \t]+television|el[ \t]+noticiero)))"
    r")(?![\w'’-])"
    # a coy "a certain <role>": one neighbour the writer means everyone to know ("a certain 3rd-grade teacher at
    # <School>", "cierta maestra de la primaria", "un cierto mecanico de la calle <Name>")
    rf"|(?<![\w-])(?P<certain>(?i:a[ \t]+certain|una?[ \t]+ciert[oa]|ciert[oa]))[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{_ROLE})(?![\w'’-])"
)
_NOT_CARE = phrase_pattern((*vocabulary.DESCRIBED["topics"], *vocabulary.DESCRIBED["events"], *vocabulary.DESCRIBED["not_own_care"]))
# "iykyk" may nod at a place or a season too: it counts next to one person ("her", "this face", "before & after").
_ONE = lazyre.compile(r"(?<![\w'’-])(?i:she|he|her|his|him|ella|face|smile|client|clienta|cliente|carita|sonrisa|before[ \t]*(?:&|and|\+)[ \t]*after|antes[ \t]+y[ \t]+despues)(?![\w'’-])")
_THEY = lazyre.compile(r"(?<![\w'’-])(?i:they|them|their|ellos|ellas|su|sus)(?![\w'’-])")
_GATHERING = lazyre.compile(r"(?<![\w-])(?i:clinics?|clinicas?|season|temporada|campaign|campana|month|mes|awareness|drive|jornada|feria|fair)(?![\w-])")
_NEAR = 2


def _care(body: str, start: int, end: int) -> bool:
    """Someone's care in body[start:end]: ours of them, or a procedure or a condition named, not a topic or an event."""
    if care.cared_for(body, start, end):
        return True
    if _NOT_CARE.search(body, start, end) or _GATHERING.search(body, start, end):
        return False
    return any(
        found.category in ("procedure", "condition", "drug") and not (found.category == "procedure" and _staff_tenure(body, start, start + found.start))
        for found in lexicon_clinical.find(body[start:end])
    )


def _staff_tenure(body: str, start: int, at: int) -> bool:
    """Whether the procedure at `at` ends a span of years said of one of our staff named before it, with no one else between
    ("nuestro enfermero jefe ... Lleva 18 años en <dialysis>"; not "nuestro enfermero ... una abuelita que tiene 8 años en ...")."""
    tenure = _TENURE.search(body, max(start, at - 48), at)
    if tenure is None:
        return False
    staff = None
    for staff in _OUR_STAFF.finditer(body, max(start, tenure.start() - 200), tenure.start()):
        pass  # the last of ours before the span
    return staff is not None and _SOMEONE_ELSE.search(body, staff.end(), tenure.start()) is None


# A team member's years in a field of care, in a post about one of ours: "our head nurse ... has spent 20 years in
# dialysis" is his work, not his care (a patient "lleva 3 años en diálisis" is told in no post about our staff)
_OUR_STAFF = lazyre.compile(rf"(?<![\w-])(?i:our|nuestr[oa])[ \t]+(?:[\w-]+[ \t]+)?(?i:{alternation((*stance_words('staff'), *vocabulary.NAMES['staff_nouns_alt']))})(?![\w-])")
_SOMEONE_ELSE = lazyre.compile(
    r"(?<![\w-])(?i:se[nñ]or[a]?|abuelit[oa]|abuel[oa]|paciente|patient|lady|gentleman|man|woman|grandpa|grandma|fan|ni[nñ][oa]|kid|boy|girl|mam[aá]|mom"
    r"|dad|pap[aá]|him|her|le|la|lo|who|que)(?![\w-])"
)
_TENURE = lazyre.compile(
    r"(?<![\w-])(?i:lleva|tiene|cumple|cumpli[oó]|has[ \t]+(?:been|spent|worked)|spent|worked|trabaj[oó])[ \t]+(?:(?i:m[aá]s[ \t]+de|over|more[ \t]+than)[ \t]+)?"
    r"\d{1,2}[ \t]+(?i:a[nñ]os|years)[ \t]+(?:(?i:trabajando|working)[ \t]+)?(?i:en|in)[ \t]+(?:(?i:la|el|the)[ \t]+)?$"
)


def nods(body: str) -> Iterator[re.Match]:
    """Each nod that readers know who it is, with care in its sentence or the two either side (a coy "a certain <role>":
    one person's own care, a milestone too, "one year smoke-free", in its sentence or the two after)."""
    bounds, certain = None, []
    for match in _NOD.finditer(body):
        if match.group("certain"):
            certain.append(match)
            continue
        bounds = bounds or sentence_bounds(body)
        start, end = sentence_of(bounds, match.start())
        for _ in range(_NEAR):
            start = sentence_of(bounds, start - 1)[0] if start > 0 else start
            end = sentence_of(bounds, end)[1] if end < len(body) else end
        if match.group("news"):  # one (or a few) the town saw in the news, with care of ours: not a public figure's own telling
            if (_ONE.search(body, start, end) or _THEY.search(body, match.end(), end)) and care.cared_by_us(body, start, end):
                yield match
            continue
        if (not match.group("weak") or _ONE.search(body, start, end)) and _care(body, start, end):
            yield match
    yield from with_care_after(body, certain, favourites.cared_of, _NEAR)
