"""A clinician named in a reply in a role that tells nothing of the reader's past care (PHI001).

Naming a clinician in a reply is refused because "your visit with Dr. Ortiz", "Dr. Ortiz was sorry you waited",
"Dr. Ortiz said your results ..." tell whom the reader saw. Two roles tell nothing of it:

- the one who will talk with the reader, an offer for the future: the name followed straight away (after its
  surname and an optional ", our medical director,") by a wish or will to talk, call, meet or hear
  ("Dr. Ortiz would like to speak with you", "la Dra. Ortiz quisiera platicar con usted", "el Dr. Ortiz le
  quiere atender personalmente", "la Dra. Ortiz le llamará"). Seeing, checking or going over anything
  ("would like to see you again", "quiere revisarla") is care, not an offer to talk;
- one end of an enumeration of the whole team ("every one of us, from Dr. Ortiz to our drivers", "desde la
  Dra. Ortiz hasta recepción", "from the front desk to Dr. Ortiz");
- the one offered to talk with, named after the offer and their role ("if you want to go over it with our
  director, Dr. Ortiz, call ...", "si gusta conversarlo con nuestra coordinadora, la Dra. Ortiz, llámenos ...");
- one with the whole team, thanking or signing off ("Dr. Ortiz and all of us say thank you", "— Dra. Ortiz y
  todo el equipo", "se lo pasamos a la Dra. Ortiz y a todo el personal");
- the one who shared the review with the staff ("Dr. Ortiz read it out loud at huddle", "la Dra. Ortiz la leyó
  en la junta del equipo");
- one to whom we passed the review on ("le pasamos su mensajito a la Dra. Ortiz y a <Name>", "we shared your
  review with Dr. Ortiz"; passed_on.py, which reads the sentence for the reader's care, records and past itself).
- the one who reads what comes in on a line the reply gives ("call our manager line at <number>: Dr. Ortiz reads those
  messages herself and will follow up"), or to whom the reader is put through ("llame a <Member> y ella le comunica con la
  Dra. Ortiz"): everyone's contact, as one asked for on the line is (asked_for). "Will follow up" is that contact's promise,
  not the reader's follow-up visit.

Either way the sentence must not speak of the reader's past or records: "who saw you", "remembers you", "again",
"de nuevo", "your results", "su expediente", "your visit" keep the name refused; so does a name after which the
sentence tells something done ("Dr. Ortiz saw you", "Dr. Ortiz will review your chart").
"""

from __future__ import annotations

from ... import lazyre
from ...text import sentence_bounds, sentence_of
from .contact_route import CARED
from .passed_on import recipient

# The name, perhaps one more offered beside it ("or Brandi", "o nuestra coordinadora Brandi"), then the offer
_AFTER_NAME = r"(?:[ \t]+[A-Z][\w'’-]*){0,3}(?:[ \t]+(?i:or|and|o|y)[ \t]+(?:(?i:our|nuestr[oa])[ \t]+[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?(?:[ \t]+[A-Z][\w'’-]*)?|[A-Z][\w'’-]*))?(?:[ \t]*,[ \t]*(?:[\w'’-]+[ \t]+){0,4}[\w'’-]+[ \t]*,)?[ \t]+"
_ADVERB = r"(?:(?i:personally|gladly|also|really|personalmente|tambi[eé]n|con[ \t]+(?:mucho[ \t]+)?gusto|gustosamente)[ \t]+)?"
_TALK_EN = r"(?i:speak|talk|chat|call|phone|ring|meet|hear|listen|connect|reach[ \t]+out|get[ \t]+in[ \t]+touch|get[ \t]+back)(?![\w-])"
_TALK_ES = (
    r"(?i:hablar|platicar|conversar|charlar|llamar|escuchar|atender|recibir|comunicarse|reunirse|ponerse[ \t]+en[ \t]+contacto"
    r"|devolver(?=(?i:le|les)?[ \t]+(?i:la|su)[ \t]+llamada))"  # "pueden devolverle la llamada"
    r"(?i:le|la|lo|les)?(?![\w-])"
)
_OFFER = lazyre.compile(
    _AFTER_NAME + _ADVERB + r"(?:"
    r"(?i:would|'d|’d|will|shall|can|wants[ \t]+to|is[ \t]+(?:happy|glad|eager|available|waiting|going)[ \t]+to|would[ \t]+be[ \t]+(?:happy|glad)[ \t]+to"
    r"|hopes[ \t]+to|has[ \t]+offered[ \t]+to|(?:would|'d|’d)[ \t]+(?:like|love)[ \t]+to)"
    r"[ \t]+(?:(?i:like|love)[ \t]+to[ \t]+)?" + _ADVERB + _TALK_EN + r"|(?:(?i:le|la|lo|les)[ \t]+)?(?i:quieren?|quisiera|desean?|pueden?|podr[ií]an?|van?[ \t]+a"
    r"|le[ \t]+gustar[ií]a|estar[aá][ \t]+(?:encantad[oa]|feliz|content[oa])[ \t]+de|est[aá][ \t]+dispuest[oa][ \t]+a|se[ \t]+ofrece[ \t]+a|espera)"
    r"[ \t]+" + _ADVERB + _TALK_ES + r"|(?:(?i:le|la|lo|les)[ \t]+)?(?i:llamar[aá]|atender[aá]|escuchar[aá]|hablar[aá]|platicar[aá]|conversar[aá])(?![\w-])"
    # the present offered as what comes next: "le devuelve la llamada", "con gusto le llaman" (not "lo atiende": care; not
    # "la llama su paciente favorita", "le llama cada lunes": what she calls her, a habit)
    r"|(?i:le|les)[ \t]+(?i:llaman?|devuelven?[ \t]+la[ \t]+llamada|escriben?|contactan?)(?![\w-])"
    r"(?![ \t]+(?i:cada|siempre|todos|todas|diario|a[ \t]+diario|su|sus|mi|mis|seguido|semanalmente)(?![\w-]))"
    r")"
)
# The reader's past or records in the sentence: the clinician is then tied to their care after all.
_THEIRS = lazyre.compile(
    r"(?<![\w-])(?i:again|once[ \t]+more|(?<!will[ \t])(?<!['’]ll[ \t])follow[ \t-]?up|results?|chart|records?|labs?|reports?|scans?|x-?rays?|biops(?:y|ies)|file|last|earlier"
    r"|de[ \t]+nuevo|otra[ \t]+vez|nuevamente|volver|resultados?|expediente|estudios?|an[aá]lisis|radiograf[ií]as?|informes?|reportes?|[uú]ltima|pasad[oa]"
    r"|met|(?:loved|enjoyed|liked)[ \t]+meeting(?=[ \t]+(?i:you|your|the|him|her|them|everyone|all|y['’]all)(?![\w-]))(?![ \t]+the[ \t]+needs)"
    r"|conoci[oó]|conocerl[oae]s?|remember|recuerda|was|were|fue|estuvo|your[ \t]+(?:\w+[ \t]+)?(?:visit|appointment|care|procedure|surgery|treatment|exam|stay|test)"
    r"|su[ \t]+(?:\w+[ \t]+)?(?:consulta|tratamiento|cirug[ií]a|procedimiento|examen|estancia|prueba)"
    # how the reader is doing since: "para ver cómo sigue", "to see how you're healing"
    r"|c[oó]mo[ \t]+(?:sigue|se[ \t]+siente|va[ \t]+su)|how[ \t]+(?:you['’]re|you[ \t]+are)[ \t]+(?:doing|healing|feeling|recovering))(?![\w-])"
)
_STAFF = (
    r"(?i:drivers?|front[ \t]+desk|reception(?:ists?)?|nurses?|assistants?|techs?|technicians?|janitors?|custodians?|custodial[ \t]+crew|billing"
    r"|schedulers?|volunteers?|interpreters?|hygienists?|housekeeping|cleaning[ \t]+crew|security|parking[ \t]+attendants?|mailroom|receptionist"
    r"|recepci[oó]n|recepcionistas?|choferes|ch[oó]feres|conductores|enfermer[oa]s?|asistentes|limpieza|intendencia|facturaci[oó]n|cajer[oa]s"
    r"|voluntari[oa]s|int[eé]rpretes|promotoras?|t[eé]cnic[oa]s|vigilancia|seguridad|conserjes?)(?![\w-])"
)
_THE = r"(?:(?i:our|the|nuestr[oa]s?|la|el|los|las|al)[ \t]+)?"
_TO_STAFF = lazyre.compile(_AFTER_NAME.removesuffix(r"[ \t]+") + r"[ \t]+(?i:to|through|hasta|a|al)[ \t]+" + _THE + r"(?:[\w'’-]+[ \t]+){0,2}?" + _STAFF)
_FROM_STAFF = lazyre.compile(r"(?<![\w-])(?i:from|desde|de)[ \t]+" + _THE + r"(?:[\w'’-]+[ \t]+){0,2}?" + _STAFF + r"[ \t]+(?i:to|through|hasta|a)[ \t]+(?:(?i:la|el)[ \t]+)?$")
_FROM = lazyre.compile(r"(?<![\w-])(?i:(?P<strong>from|desde)|de)[ \t]+(?:(?i:la|el)[ \t]+)?$")
_WHOLE_TEAM = lazyre.compile(r"(?<![\w-])(?i:todos|todas|todo[ \t]+el[ \t]+(?:equipo|personal)|cada[ \t]+un[oa])(?![\w-])")


# An offer to talk, then our role and a comma right before the name: "talk it over with our practice manager, ",
# "ask for our director, ", "platicar con nuestra directora, la ", "pregunte por nuestra coordinadora, la ".
_ASKED_BEFORE = lazyre.compile(
    r"(?<![\w-])(?:(?i:talk|speak|chat|meet|visit|call|contact|reach|ask[ \t]+for|connect|get[ \t]+in[ \t]+touch|be[ \t]+in[ \t]+touch)"
    r"(?:[ \t]+(?i:it|this|things|that)[ \t]+(?i:over|through))?(?:[ \t]+(?i:with|to))?"
    r"|(?i:hablar|platicar|conversar|charlar|comunicarse|comun[ií]quese|reunirse|llamar|llame|hable|pregunte|preguntar|pida|pedir)(?i:lo|la|le)?"
    r"(?:[ \t]+(?i:con|por|a))?)"
    r"(?:[ \t]+(?i:directly|personally|directamente|personalmente)(?:[ \t]+(?i:with|con))?)?"  # "comunicarse directamente con nuestro director, el"
    r"[ \t]+(?i:our|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+[ \t]*,[ \t]*(?:(?i:la|el)[ \t]+)?$"
)
# The name, then the whole team beside it: "and all of us", "and the whole team", "y todo el equipo", "y a todo el personal".
_WITH_TEAM = lazyre.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?i:and|y|&)[ \t]+(?:(?i:a)[ \t]+)?(?i:all[ \t]+of[ \t]+us|every[ \t]+one[ \t]+of[ \t]+us|everyone[ \t]+(?:here|else)"
    r"|the[ \t]+(?:whole|entire|rest[ \t]+of[ \t]+the)[ \t]+(?:team|staff|crew|office|gang)|our[ \t]+(?:whole|entire)[ \t]+(?:team|staff|crew)"
    r"|todo[ \t]+el[ \t]+(?:equipo|personal)|todo[ \t]+nuestro[ \t]+(?:equipo|personal)|el[ \t]+resto[ \t]+del[ \t]+(?:equipo|personal)|todos[ \t]+nosotros)(?![\w-])"
)
# The name, then the review read or shared with the staff: "read it out loud at huddle", "la leyó en la junta".
_SHARED = lazyre.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+(?:(?i:read|shared|posted|pinned|printed|passed)[ \t]+(?i:it|this|this[ \t]+one)"
    r"(?:[ \t]+(?i:out[ \t]+loud|aloud|around|along))?[ \t]+(?i:at|in|with|to)[ \t]+(?:(?i:the|our|this[ \t]+morning['’]s)[ \t]+)?"
    r"(?i:huddle|staff[ \t]+meeting|team[ \t]+meeting|morning[ \t]+meeting|whole[ \t]+team|team|staff|everyone|break[ \t]+room)"
    # "<Member> and Dr. <Name> read it together" (not "read it together with you": results read with the reader)
    r"|(?i:read|shared)[ \t]+(?i:it|this|your[ \t]+(?:review|words|note))[ \t]+(?i:together)(?![ \t]+(?i:with|w/|con)(?![\w-])|[ \t]+w/)"
    r"|(?i:la|lo)[ \t]+(?i:ley[oó]|comparti[oó]|peg[oó])(?:[ \t]+(?i:en[ \t]+voz[ \t]+alta))?[ \t]+(?i:en|con)[ \t]+(?:(?i:la|el|nuestra|nuestro|todo[ \t]+el)[ \t]+)?"
    r"(?i:junta|reuni[oó]n|equipo|personal))(?![\w-])"
)


def _sentence(text: str, start: int) -> tuple[int, int]:
    return sentence_of(sentence_bounds(text), start)


def _clear(text: str, begin: int, stop: int) -> bool:
    return CARED.search(text, begin, stop) is None and _THEIRS.search(text, begin, stop) is None


def offered_contact(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` is offered as the one who will talk with the reader, in a sentence
    with nothing of the reader's past or records."""
    begin, stop = _sentence(text, start)
    closed = _OUR_ROLE_BEFORE.search(text, max(begin, start - 60), start) and _COMMA.match(text, end)  # "nuestro director, el Dr. <Name>, quiere ..."
    return (_OFFER.match(text, end) is not None or bool(closed) and _OFFER.match(text, closed.end()) is not None) and _clear(text, begin, stop)


# Our role set before the name and a comma: "nuestro director, el Dr. <Name>, ...", "our medical director, Dr. <Name>, ..."
# (three words at most, none the reader's: not "the surgeon on your case, Dr. <Name>, ...")
_OUR_ROLE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa])[ \t]+(?:(?!(?i:your|su|sus|tu|de|on|of|for)(?![\w-]))[\w'’-]+[ \t]+){0,2}[\w'’-]+[ \t]*,[ \t]*(?:(?i:el|la)[ \t]+)?$")
_COMMA = lazyre.compile(r"(?:[ \t]+[A-Z][\w'’-]*)?[ \t]*,")  # the surname, then the comma


def team_end(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` is one end of an enumeration of the whole team, from them to some staff
    ("from Dr. Ortiz to our drivers") or from some staff to them, in a sentence with nothing of the reader's past."""
    begin, stop = _sentence(text, start)
    if not _clear(text, begin, stop):
        return False
    window = max(begin, start - 60)
    if _FROM_STAFF.search(text, window, start):
        return True
    opening = _FROM.search(text, max(begin, start - 12), start)
    if opening is None or not _TO_STAFF.match(text, end):
        return False
    return opening.group("strong") is not None or _WHOLE_TEAM.search(text, begin, stop) is not None


def with_the_team(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` is offered, after our role, as the one to talk with ("talk it over with our
    director, Dr. Ortiz"), thanks or signs off with the whole team ("Dr. Ortiz and all of us say thank you"), or shared
    the review with the staff ("read it out loud at huddle"), in a sentence with nothing of the reader's past."""
    begin, stop = _sentence(text, start)
    if not _clear(text, begin, stop):
        return False
    if _ASKED_BEFORE.search(text, max(begin, start - 90), start):
        return True
    return _WITH_TEAM.match(text, end) is not None or _SHARED.match(text, end) is not None


def passed_to(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` is one to whom the review itself was passed on, read or shown ("le pasamos
    el mensaje a la Dra. <Name>", "we shared your review with Dr. <Name>"; passed_on.py), in a sentence with nothing
    of the reader's past (passed_on.py reads the sentence for it)."""
    return recipient(text, start, end)


def untold(text: str, start: int) -> bool:
    """Nothing of the reader's past or records in the sentence of the clinician named at `start`."""
    begin, stop = _sentence(text, start)
    return _clear(text, begin, stop)


# "call <number> and ask for Dr. <Name>", "llame al <number> y pregunte por la Dra. <Name>": the one to ask for on the
# line the sentence gives is everyone's contact, as a role's holder is (with_the_team).
_ASK_FOR = lazyre.compile(
    r"(?<![\w-])(?:(?i:ask|asking)[ \t]+(?i:for)|(?i:pregunte|preguntar|preguntes|pregunta)[ \t]+(?i:por)|(?i:pida|pidan|pedir)[ \t]+(?i:hablar[ \t]+con|por))"
    r"[ \t]+(?:(?i:la|el)[ \t]+)?$"
)
# The line: a number written out, or a call asked for ("{{ contact.phone }}" is blanked before the rules read a reply).
_LINE = lazyre.compile(
    r"\+?\d[\d \t().-]{5,}\d|(?<![\w-])(?i:call|phone|ring|text|contact|reach|llame|ll[aá]menos|llamar|llamarnos|comun[ií]quese|marque|marcar|marcarnos|m[aá]rquenos|escr[ií]banos|cont[aá]ctenos)(?![\w-])"
)


# The one who reads what comes in on the line: "<Name> reads those messages himself", "la Dra. <Name> lee personalmente los recados".
_READS_LINE = lazyre.compile(
    _AFTER_NAME + _ADVERB + r"(?i:reads|answers|returns|checks|goes[ \t]+through|lee|contesta|responde|revisa|devuelve)[ \t]+"
    r"(?:(?i:himself|herself|themselves|personally|personalmente|[eé]l[ \t]+mismo|ella[ \t]+misma)[ \t]+)?"
    r"(?i:those|these|the|every|all|each|our|all[ \t]+the|esos|esas|los|las|todos[ \t]+los|todas[ \t]+las|cada[ \t]+uno[ \t]+de[ \t]+los|cada|nuestros)[ \t]+"
    r"(?i:messages?|voicemails?|notes?|e-?mails?|calls?|texts?|concerns?|complaints?|comments?|mensajes?|recados?|correos?|llamadas?|quejas?|comentarios?|inquietud(?:es)?)(?![\w-])"
)
# The one the reader is put through to: "she'll put you through to Dr. <Name>", "ella le comunica con el Dr. <Name>".
_PUT_THROUGH = lazyre.compile(
    r"(?<![\w-])(?:(?i:put|connect|transfer|patch)[ \t]+(?i:you)(?:[ \t]+(?i:through|straight))?[ \t]+(?i:to|with)"
    r"|(?i:le|lo|la|los|las)[ \t]+(?i:comunica|comunicar[aá]|comunicamos|conecta|conectar[aá]|pasa|pasar[aá]|pasamos|transfiere|transferir[aá])[ \t]+(?i:con))"
    r"[ \t]+(?:(?i:el|la)[ \t]+)?$"
)


def reached_by_line(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` reads what comes in on a line the same sentence, the one before or the one after gives ("call our
    manager line at <number>: Dr. <Name> reads those messages himself"), or is the one the reader is put through to ("llame a
    <Member> y ella le comunica con el Dr. <Name>"), in a sentence with nothing of the reader's past or records: everyone's contact."""
    if _READS_LINE.match(text, end) is None and _PUT_THROUGH.search(text, max(0, start - 40), start) is None:
        return False
    return _on_the_line(text, start, after=True)


def asked_for(text: str, start: int, end: int) -> bool:
    """The clinician named at `start`..`end` is the one to ask for on a line or call the same sentence gives, or the one
    before it ("¿Nos podría llamar al <number>? Pregunte por el Dr. <Name>"; round 144), in a sentence with nothing of
    the reader's past or records."""
    if _ASK_FOR.search(text, max(0, start - 30), start) is None:
        return False
    return _on_the_line(text, start)


def _on_the_line(text: str, start: int, *, after: bool = False) -> bool:
    """A line (a number, or a call asked for) in the sentence of `start` or the one before (`after`: or the one after, "...
    reads every concern personally. Please call <number> and ask for her"; round 158), and nothing of the reader's past or
    records in its sentence: the clinician there is everyone's contact (asked_for, reached_by_line)."""
    begin, stop = _sentence(text, start)
    before = _sentence(text, begin - 1)[0] if begin > 0 else begin
    following = _sentence(text, stop)[1] if after and stop < len(text) else stop
    return _LINE.search(text, before, following) is not None and _clear(text, begin, stop)
