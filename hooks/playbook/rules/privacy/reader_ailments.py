"""The reader's own ailment or medicine named in a reply, in informal registers (PHI001).

Replies written the way neighbours talk ask after the reader's body or medicine: Central American voseo ("ya te sentís
mejor del azúcar", "¿cómo seguís de la rodilla?", "que te estás tomando la pastillita"), Hawaiian Pidgin or casual
English ("hope da scrape on your shin stay healing", "your cut stay pau?"). Each says the reader has that ailment or
takes that medicine, which only their clinic would know. The shape is structural: feeling better "de" a thing, how
one goes on "de" a body part, taking or putting on one's medicine (a care stem, diminutive or not: pastillita,
inyeccioncita, curita), an injury of the reader's (or on the reader's body part) healing or done. A hope does not keep
it to come (the ailment is already there); a condition does ("si sentís mareo", "if your cut is not healing"), and
so does a reply about no one in particular.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .common import clause_before

# "ya te sentís mejor de la presión", "se siente mejor del azúcar", "te sientes bien con el tratamiento".
_FEEL = lazyre.compile(
    r"(?<![\w-])(?i:te|se)\s+(?i:sent[ií]s|sientes|siente|sent[ií]|sentiste|sinti[oó])\s+(?:(?i:mucho|ya|un\s+poco)\s+)?"
    r"(?i:mejor|bien|aliviad[oa])\s+(?i:de|del|con)\s+(?i:la|el|los|las|su|tu|tus|sus|esa|ese)?\s*\w+"
)
# "¿cómo seguís de la rodilla?", "cómo sigue de su espalda", "cómo andás de la presión".
_HOW = lazyre.compile(
    r"(?<![\w-])(?i:c[oó]mo)\s+(?:(?i:te|se)\s+)?(?i:segu[ií]s|sigues|sigue|and[aá]s|anda|est[aá]s|est[aá]|sent[ií]s|sientes|siente)\s+"
    r"(?i:de|del|con)\s+(?i:la|el|los|las|su|tu|tus|sus|esa|ese)\s+\w+"
)
# Medicine words, any ending: "pastilla(s)", "pastillita", "inyeccioncita", "curita", "insulina".
_CARE_STEMS = "pastill|medicin|medicament|insulin|inyecci|pildor|píldor|jarabe|gotit|gotas|remedi|tratamient|parche|curit|vendit|venda|pomad|cremit|inhalador|puff|antibi[oó]tic|vacun"
# "que te estás tomando la pastillita", "te ponés la inyeccioncita", "sigue tomando su medicina".
_TAKING = lazyre.compile(
    r"(?<![\w-])(?:(?i:te|se)\s+(?:(?i:est[aá]s|est[aá]|has\s+estado|ha\s+estado)\s+)?"
    r"(?i:tomando|poniendo|aplicando|tom[aá]s|tomas|toma|pon[eé]s|pones|pone|aplic[aá]s|aplicas|aplica)"
    r"|(?i:segu[ií]s|sigues|sigue)\s+(?i:tomando|poniéndote|poniendote|usando))\s+"
    rf"(?i:la|el|las|los|tu|tus|su|sus|esa|ese)\s+(?i:{_CARE_STEMS})\w*"
)
# "da scrape on your shin stay healing", "your cut stay pau", "the stitches on your chin are healing nicely".
_INJURY = r"(?i:burn|burns|cut|cuts|scrape|scrapes|stitches|sutures|wound|wounds|rash|bite|bites|blister|blisters|sprain|bruise|incision|scar|owie|boo[\s-]?boo)"
_HEALING = lazyre.compile(
    rf"(?<![\w-])(?:(?i:your|ur|yo)\s+(?:\w+\s+)?{_INJURY}|{_INJURY}\s+(?i:on|in)\s+(?i:your|ur|yo)\s+\w+)\s+"
    r"(?i:stay|stays|is|are|be|been|looks?|looking|keeps?)\s+(?:(?i:all|still|finally|already)\s+)?"
    r"(?i:healing|healed|heal|pau|pau\s+already|getting\s+better|better|closing|closed)(?![\w-])"
)
# A condition before it in its clause: advice for anyone, not the reader's own ailment.
_CONDITION = lazyre.compile(r"(?<![\w-])(?i:if|whether|when|until|once|unless|si|cuando|hasta\s+que|en\s+caso\s+de\s+que)(?![\w-])")
_STOP = ".!?;\n¿¡"


def _conditional(text: str, start: int) -> bool:
    """A condition earlier in the clause (at most 60 characters back)."""
    return _CONDITION.search(text, clause_before(text, start, 60, _STOP), start) is not None


def reader_ailments(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause naming the reader's own ailment or medicine, said as so."""
    for pattern in (_FEEL, _HOW, _TAKING, _HEALING):
        for match in pattern.finditer(text):
            if not _conditional(text, match.start()):
                yield match.span()
