"""The reader's own dealings with us told in a reply: a request of theirs we carried out, a stop at our desk, our
staff knowing them since a time (PHI001).

Under a review, "we moved you to mornings as you asked", "lo cambiamos a las 5:30 como nos pidió", "thanks for
stopping by the front desk", "gracias por pasar por la recepción" or "the nurses who've known you since intake" /
"la conocemos desde su primera cita" each say the reader dealt with us, though no visit word is there. The shapes
are structural: a request of the reader's said as granted ("as you asked", "like you requested", "per your request",
"como nos pidió", "tal como lo solicitó"); the reader's stop at a place of ours ("stopping by the front desk",
"dropping by our office", "pasar por la recepción"); our knowing the reader since a time ("known you since",
"la conocemos desde", "te conocemos hace años"); a sending of ours done for the reader ("forwarded everything to
your employer", "faxed it over on your behalf", "ya le enviamos el papeleo", "enviamos los papeles a su escuela"). Kind words passed on to the whole team ("ya se las pasamos a todo el
personal") pass: praise shared, no dealing; so does the review passed on to staff named or titled ("ya le pasamos su mensaje
a la Dra. <Name> y a <Name>": passed_on.py), while a bare "se lo compartimos a la doctora" still says whom; and so does praise given to a colleague by name ("ya le dimos el crédito a <Name>"). A request to come ("if you ask, we'll ...", "como usted prefiera")
passes, and so does anyone's stop ("anyone can stop by the front desk") or a town we have known ("known this town").

Who came with the patient or brought them in is the reader's dealing too, said with a modal, an infinitive or a
gerund as much as with a plain past ("brought him in" is read in stance.py): a person of the reader's (kin, a
neighbour or friend, "your", "su", "the", or bare "grandma") able to come with, bring, drive or accompany someone
("grandpa was able to ride along with her", "qué bueno que su cuñado pudo acompañarla", "alcanzó a venir su hija
con usted"), thanked for it ("thanks to your neighbor for driving her over", "gracias a su vecina por traerlo"), or
doing it ("grandma coming along with him"), or told by a relative clause in the past ("su compadre que lo acompañó",
"la señora que la trajo", "your cousin who drove you over"). Anyone's welcome ("family members can always come with patients",
"puede venir acompañado de un familiar") and a condition ("if grandma can come with her, ...") pass.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .common import clause_before
from .passed_on import inside_passing
from .stance import alt, words

# "as you asked", "just like you requested", "per your request", "como nos pidió", "tal como lo solicitó".
_ASKED = lazyre.compile(
    r"(?<![\w-])(?i:(?:just\s+)?(?:as|like)\s+(?:you|u|y['’]all)\s+(?:had\s+|have\s+)?(?:asked|requested|wanted|preferred)"
    r"|(?:per|at)\s+your\s+request|(?:tal\s+)?como\s+(?:(?:usted|tú|tu)\s+)?(?:nos\s+|me\s+|lo\s+|la\s+)?(?:pidió|pidio|pediste|solicitó|solicito|solicitaste|quería|queria|querías|prefirió)"
    r"|(?:según|segun)\s+(?:lo\s+que\s+)?(?:nos\s+)?(?:pidió|pidio|solicitó|su\s+solicitud|tu\s+solicitud))(?![\w-])"
)
# A condition or an offer before it: the request is still to come ("if you ask", "si nos lo pide", "lo que usted prefiera").
_AHEAD = lazyre.compile(r"(?<![\w-])(?i:if|whenever|when|si|cuando|lo\s+que|whatever|anything|will|can|podemos|puede)(?![\w-])")
# The reader's stop at a place of ours: "stopping by the front desk", "dropped by our office", "pasar por la recepción".
_PLACE = r"(?:the\s+|our\s+)?(?:front\s+desk|front\s+office|reception(?:\s+desk)?|check-?in\s+desk|office|clinic|nurses['’]?\s+station)"
_STOPPED = lazyre.compile(
    rf"(?<![\w-])(?i:(?:for\s+|you\s+)(?:stopping|dropping|swinging|coming)\s+by\s+{_PLACE}"
    rf"|(?:you\s+)(?:stopped|dropped|swung|came)\s+by\s+{_PLACE}"
    r"|(?:por\s+)?(?:pasar|pasarse|haber\s+pasado|pasó|paso|pasaste)\s+por\s+(?:la\s+|nuestra\s+)?(?:recepción|recepcion|oficina|clínica|clinica|ventanilla))(?![\w-])"
)
# Our knowing the reader since a time: "who've known you since intake", "la conocemos desde", "te conocemos hace años".
_KNOWN = lazyre.compile(
    r"(?<![\w-])(?i:known\s+(?:you|u|y['’]all|your\s+family)\s+(?:since|for)"
    r"|(?:la|lo|te|los|las)\s+(?:conocemos|conocen|conoce|conocimos|hemos\s+conocido)\s+(?:desde|hace))(?![\w-])"
)
# A sending of ours done for the reader: "faxed over to the school on your behalf", "forwarded everything to your
# employer", "ya le enviamos el papeleo", "ya se lo mandamos", "enviamos los papeles a su escuela".
_SENT = lazyre.compile(
    r"(?<![\w-])(?i:(?:sent|faxed|forwarded|mailed|e-?mailed|submitted|uploaded|delivered|transferred|passed|handed)"
    r"(?:\s+(?:it|them|this|that|everything|all|over|along|off|out|back|(?:the|a|an|to\s+(?:the|a|an))(?:\s+[\w-]+){1,2})){0,3}\s+(?:to\s+your|on\s+your\s+behalf)"
    r"|ya\s+(?:se\s+(?:lo|la|los|las)|le|te|les)\s+[a-záéíóúñ]+(?:amos|imos|aron|ieron|ó|é)"
    r"|(?:enviamos|mandamos|enviaron|mandaron|entregamos|remitimos|reenviamos|faxeamos)\s+(?:[\w-]+\s+){0,4}?a\s+su)(?![\w-])"
)
# Kind words passed on to the whole team: "ya se las pasamos a todo el personal", "ya le pasamos sus palabras al
# equipo": the review's praise shared with everyone, not a sending done for the reader.
_TO_TEAM = lazyre.compile(
    r"\s+(?i:(?:(?:sus|tus|su|tu)\s+(?:[\w-]+\s+){0,2}?(?:palabras|comentarios?|mensajes?|reseñas?|notas?|felicitaciones|saludos|agradecimientos?)\s+)?"
    r"(?:(?:a|con)\s+(?:todo\s+el\s+|todos\s+los\s+del?\s+|nuestro\s+|el\s+)?(?:equipo|personal|staff)|al\s+(?:equipo|personal|staff)|a\s+(?:todos|todas)))"
    r"(?![\w-])(?!\s+(?:de|del)\s+(?:su|tu|sus|tus)(?![\w-]))"
)
# What follows a Spanish "ya le/les/se lo <verb>" when it is the review passed on to our named staff, not a sending done
# for the reader: the review as its object ("ya les pasamos el mensaje", "ya se lo enseñamos"), or recipients named or
# titled right after it ("ya le dejamos saber al Dr. <Name>", "se lo enseñamos a <Name> y a la Dra. <Name>").
_REVIEW_ES = r"(?i:mensaje|mensajito|comentario|comentarios|palabras|palabritas|rese[ñn]a|nota|notita|recado|felicitaciones)"
_TO_NAMED = lazyre.compile(
    r"(?:[ \t]+(?i:saber|el|su|sus|este|esta|ese|tan|bonit[oa]s?|lind[oa]s?)){0,3}"
    r"(?:[ \t]+" + _REVIEW_ES + r"(?:[ \t]+(?i:tan[ \t]+)?[\w]+)?(?=[ \t]*(?:[.!,;]|$|[ \t]+(?i:y|a|al|con)(?![\w-])))"
    # praise given to a colleague by name: "ya le dimos el crédito a <Name>", "ya les dimos las gracias a <Name> y a <Name>"
    r"|(?:[ \t]+(?i:todo[ \t]+el|las|sus|un|el|su))?[ \t]+(?i:cr[eé]dito|gracias|reconocimiento|porras|abrazo|abrazos|saludos|aplausos?)(?=[ \t]+(?i:a|al)[ \t]+(?:(?i:la|el|nuestr[oa])[ \t]+)?(?:(?i:dra?|doctora?|enfermer[oa]|nurse)\.?[ \t]+)?[A-ZÁÉÍÓÚÑ])"
    r"|[ \t]+(?i:a|al|con)[ \t]+(?:(?i:la|el|nuestr[oa])[ \t]+)?(?:(?i:dra?|doctora?|enfermer[oa]|nurse)\.?[ \t]+)?[A-ZÁÉÍÓÚÑ][\w'’-]*(?![\w-]))"
)
# Who came with the patient or brought them in, with a modal, an infinitive or a gerund.
_COMPANIONS = alt(
    [
        *words("relatives"),
        *"neighbor neighbour friend roommate caregiver brother-in-law sister-in-law son-in-law daughter-in-law".split(),
        *"vecino vecina amigo amiga cuidador cuidadora cuñado cuñada cunado cunada nuera yerno comadre compadre madrina padrino".split(),
    ]
)
_COMPANION = (
    rf"(?:(?i:your|his|her|their|the|su|sus|tu|tus|la|el|los|las)\s+(?:(?i:little|big|older|younger|oldest|youngest|sweet|querid[oa]s?)\s+)?(?:{_COMPANIONS})"
    rf"|(?:{alt(w for w in words('relatives_bare') if ' ' not in w)}))"
)
_ABLE = (
    r"(?i:(?:was|were)\s+able\s+to|could|got\s+to|managed\s+to|made\s+it\s+(?:in\s+)?to|pudo|pudieron|pudiera|pudieran|haya\s+podido|hayan\s+podido"
    r"|alcanz[oó]\s+a|alcanzaron\s+a|logr[oó]|lograron)"
)
_PRON = r"(?i:him|her|them|you|the\s+(?:kids?|baby|little\s+one|little\s+guy|boys?|girls?))"
# "bring him (in)", "come with her", "ride along", "drive her over", "sit with him", "acompañarla", "traer a la niña".
_ACCOMPANY_EN = (
    rf"(?i:bring|come\s+(?:in|along|with|by|over|back)|ride\s+along|tag\s+along|drive\s+(?:{_PRON}\s+)?(?:in|over|here|down)"
    rf"|sit\s+(?:in\s+)?with|stay\s+with|be\s+there\s+(?:with|for)|accompany|join\s+{_PRON})"
)
_ACCOMPANY_ES = r"(?i:acompa[ñn]ar(?:la|lo|le|les|los|las|te)?|traer(?:la|lo|le|les|los|las|te)?|venir\s+(?:con|a\s+acompa[ñn]ar)|llevar(?:la|lo|los|las)|estar\s+con)"
_ACCOMPANYING = (
    rf"(?i:bringing|coming\s+(?:in|along|with)|riding\s+along|tagging\s+along|driving\s+{_PRON}|sitting\s+with|accompanying"
    r"|acompa[ñn]ando(?:la|lo|le|les)?|trayendo(?:la|lo|le|les)?|viniendo\s+con)"
)
_BROUGHT = lazyre.compile(
    rf"(?<![\w-])(?:{_COMPANION}\s+(?:{_ABLE}\s+(?:{_ACCOMPANY_EN}|{_ACCOMPANY_ES})|{_ACCOMPANYING})"
    rf"|{_ABLE}\s+(?:{_ACCOMPANY_ES}|(?i:venir))\s+{_COMPANION}"
    rf"|(?i:thanks\s+to|thank|gracias\s+a|agradecemos\s+a)\s+{_COMPANION}\s+(?i:for|por)\s+(?:{_ACCOMPANYING}|{_ACCOMPANY_ES}|(?i:driving|coming|venir)))(?![\w-])"
)
# The companion told by a relative clause in the past: "su compadre que lo acompañó", "la señora que la trajo", "su hija, quien
# vino con usted", "your cousin who drove you over". A present ("que siempre lo acompaña") is anyone's habit and passes.
_WHO_CAME = lazyre.compile(
    rf"(?<![\w-])(?:{_COMPANION}|(?i:la|el)\s+(?i:señora|senora|señor|senor|muchacha|muchacho|joven|chica|chico))(?:\s*,)?\s+"
    r"(?:(?i:que|quien|quienes)\s+(?:(?i:lo|la|le|los|las|te)\s+)?(?i:acompa[ñn][oó]|acompa[ñn]aron|trajo|trajeron|llev[oó]|llevaron"
    r"|vino\s+con|vinieron\s+con|estuvo\s+con|estuvieron\s+con)"
    r"|(?i:who)\s+(?i:came\s+(?:in\s+)?with|drove|brought|accompanied|sat\s+with|stayed\s+with)\s+(?i:you|him|her|them))(?![\w-])"
)
_CONDITION = lazyre.compile(r"(?<![\w-])(?i:if|whenever|when|unless|si|cuando|en\s+caso\s+de\s+que)(?![\w-])")
_YA = lazyre.compile(r"(?i:ya\s+)?")
_STOP = ".!?;\n"


def _ahead(text: str, start: int) -> bool:
    """A condition or offer earlier in the clause (at most 40 characters back)."""
    return _AHEAD.search(text, clause_before(text, start, 40, _STOP), start) is not None


def dealings(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each request of the reader's granted, stop at our desk, or our knowing them since a time."""
    for match in (*_ASKED.finditer(text), *_SENT.finditer(text)):
        passed = match.group(0)[:3].lower() == "ya " and _TO_NAMED.match(text, match.end()) is not None  # the review, to staff named
        if not _ahead(text, match.start()) and not _TO_TEAM.match(text, match.end()) and not passed:
            start = match.start() + len(_YA.match(match.group(0)).group(0))  # from the clitic: "le cambiamos ..."
            if not inside_passing(text, start, match.end()):  # the review passed on to our staff (passed_on.py)
                yield start, match.end()
    for pattern in (_STOPPED, _KNOWN):
        yield from (m.span() for m in pattern.finditer(text))
    for match in (*_BROUGHT.finditer(text), *_WHO_CAME.finditer(text)):  # who came with or brought the patient: "grandpa could come with her"
        if _CONDITION.search(text, clause_before(text, match.start(), 40, _STOP), match.start()) is None:
            yield match.span()
