"""The reader's own ailment or medicine named in a reply, in informal registers (PHI001).

Replies written the way neighbours talk ask after the reader's body or medicine: Central American voseo ("ya te sentís
mejor del azúcar", "¿cómo seguís de la rodilla?", "que te estás tomando la pastillita"), Hawaiian Pidgin or casual
English ("hope da scrape on your shin stay healing", "your cut stay pau?"). Each says the reader has that ailment or
takes that medicine, which only their clinic would know. The shape is structural: feeling better "de" a thing, how
one goes on "de" a body part, taking or putting on one's medicine (a care stem, diminutive or not: pastillita,
inyeccioncita, curita), an injury of the reader's (or on the reader's body part) healing or done. A hope does not keep
it to come (the ailment is already there); a condition does ("si sentís mareo", "if your cut is not healing"), and
so does a reply about no one in particular.

The reader's own symptom explained against a step of care or the time since it says the same: "the ache you mention
three days after the injection is normal", "the tightness you describe a week out from the scope", "the stiffness
you mention on day 4", "lo que siente a los cinco días de la cirugía es esperado", "el ardor que nos cuenta
después de la limpieza". The shape: what the reader feels, mentions or noticed, then within its clause a time after
something ("after", "since", "out from", "at day 5", "después de", "a los N días de", "desde"). General education says
it of no one ("most people feel sore for a few days after an injection") and passes, as does a condition ("if you
feel sore after the shot, call us") and the reader's account with no time ("what you describe should never
happen here").
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
# The reader's own symptom said back: "the ache you mention", "that tightness you're describing", "lo que siente",
# "el ardor que nos cuenta". Then, close by in its clause, a time after a step of care (_SINCE).
_FELT = lazyre.compile(
    r"(?<![\w-])(?:(?i:the|that|this|those|these|any)\s+[\w-]+(?:\s+[\w-]+)?\s+(?i:you|u)(?:['’]re|['’]ve\s+been|\s+are|\s+were|\s+have\s+been)?\s+"
    r"(?i:mention(?:ed|ing)?|describ(?:e|ed|ing)|notic(?:e|ed|ing)|feel(?:ing)?|felt|ha(?:ve|d|ving)|experienc(?:e|ed|ing)|report(?:ed|ing)?)"
    r"|(?i:what)\s+(?i:you|u)(?:['’]re|\s+are)?\s+(?i:feel(?:ing)?|felt|notic(?:e|ed|ing)|experienc(?:e|ed|ing))"
    r"|(?i:el|la|lo|los|las|ese|esa|esos|esas)\s+(?:[\w-]+\s+)?(?i:que)\s+(?:(?i:usted|tú|tu|nos|me)\s+)?"
    r"(?i:siente|sientes|sintió|sintio|sentiste|describe|describes|describió|describio|menciona|mencionas|mencionó|menciono|cuenta|cuentas|contó|conto"
    r"|nota|notas|notó|noto|notaste|tiene|tienes|está\s+sintiendo|esta\s+sintiendo|estás\s+sintiendo|ha\s+sentido|ha\s+notado))(?![\w-])"
)
_DAYS = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|several|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|pocos|pocas)"
_UNITS = r"(?:days?|weeks?|hours?|months?|d[ií]as?|semanas?|horas?|mes|meses)"
_SINCE = lazyre.compile(
    rf"(?<![\w-])(?i:after|since|following|post|out\s+from|(?:at|on)\s+day\s+(?:\d{{1,3}}|one|two|three|four|five|six|seven|ten)|{_DAYS}\s+{_UNITS}\s+(?:out|post(?:-op)?|in)"
    rf"|post-?op|despu[eé]s\s+de|desde\s+(?:el|la|que|su|tu)|a\s+l[oa]s?\s+{_DAYS}\s+{_UNITS}\s+del?|al\s+d[ií]a\s+siguiente\s+del?|a\s+la\s+semana\s+del?|al\s+mes\s+del?)(?![\w-])"
)
_AFTER_REACH = 60


def _felt_since(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the reader's symptom said back with a time after a step of care in its clause."""
    for match in _FELT.finditer(text):
        stop = min(len(text), match.end() + _AFTER_REACH)
        cut = min((at for at in (text.find(c, match.end(), stop) for c in _STOP) if at >= 0), default=stop)
        since = _SINCE.search(text, match.end(), cut)
        if since is not None and not _conditional(text, match.start()):
            yield match.start(), since.end()


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
    yield from _felt_since(text)
