"""A public Q&A answer: a reply that quotes a question and answers it for everyone (issue 9).

Staff answer questions asked in the open ("Q: do you take Tricare? A: We do ...", "P: ¿ponen la
vacuna del VPH? R: Sí ..."), and a template of the scenario medical-question-in-comments is such an
answer as a whole. The question is the asker's words about the practice ("do you", "¿hacen ...?"),
and the answer speaks to anyone who asks; PHI001 and PHI002 read them so:

- the question discloses nothing of the reader's dealings (its "you" is us) and its care words are
  asked about, unless it tells a definite event ("my claim was denied") that PHI002 reads;
- the answer is a general-answer frame (stance.py): its sentences stay general while they do not
  address the reader, mark an occasion or state a definite event;
- advice about the reader's next visit, in the future or as an instruction ("we'll confirm yours
  before your appointment", "bring your insurance card to your visit", "traiga su tarjeta antes de
  su cita", "call us to book your visit", "llámenos para sacar su cita") is no dealing: it tells everyone
  what to do. A price said for everyone ("$30 for every camper", "$20 por persona") is a price list, not a bill. A past or a day makes it the reader's
  again ("your visit on Tuesday", "we saw you Tuesday", "su prueba salió");
- an answer that opens with a policy for everyone ("No referral needed for ...", "You don't need an appointment
  for ...", "No necesita cita para ...") and offers to check the reader's plan is a public answer too, its
  policy's "you" anyone's; the reader arriving in advice ("before you come in", "when you arrive") is no dealing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import lazyre
from ...text import sentence_bounds
from .care import care_in, cared_for, claims_about_health
from .stance import POINT_WORDS, TIME_SHAPES

QUESTION_SCENARIO = "medical-question-in-comments"

_QUESTION = lazyre.compile(
    r"\A\W{0,3}(?i:q|p|question|pregunta|asked|someone\s+asked|a\s+reader\s+asked|you\s+asked|nos\s+preguntan|nos\s+preguntaron|preguntan)"
    r"[ \t]*[:：]"
)
# The answer's label opens a line, or follows the question's end ("... Tuesdays? A: Yes", "... / Answer: ...").
_ANSWER = lazyre.compile(r"(?:\n|(?<=[?!.])[ \t]+|[ \t]/[ \t]*)\W{0,3}(?i:a|r|answer|respuesta|our\s+answer|nuestra\s+respuesta)[ \t]*[:：]")


@dataclass(frozen=True, slots=True)
class Frame:
    """Where the quoted question lies ([0, question_end)) and where the answer starts."""

    question_end: int
    answer: int

    def in_question(self, at: int) -> bool:
        return at < self.question_end


def frame(text: str, scenario: str = "") -> Frame | None:
    """The Q&A frame of a reply: a labelled question at its start and a labelled answer after it, or a
    template whose scenario is a public question (then all of it is the answer)."""
    question = _QUESTION.match(text)
    if question is not None:
        answer = _ANSWER.search(text, question.end())
        if answer is not None:
            return Frame(answer.start(), answer.end())
    if scenario == QUESTION_SCENARIO or opened(text) or policy_end(text):
        return Frame(0, 0)
    return None


# The next visit as advice: after "before", "to", "antes de", "para" ("we'll confirm yours before your appointment",
# "bring your card to your visit", "traiga su tarjeta antes de su cita"), what to bring or show ("bring your
# insurance card") or what we will check ("we'll check your coverage"), in a clause with a future or an
# instruction and no past, no day and no repeat ("next time", "otra vez" say there was a first).
_AHEAD = lazyre.compile(
    r"(?<![\w-])(?i:before|ahead\s+of|prior\s+to|for|to|at|antes\s+de|para|a|en|check|confirm|verify|look\s+up|look\s+into|review|go\s+over"
    r"|revisar|revisamos|checar|checamos|consultar|consultamos"
    r"|verificar|verificamos|confirmar|confirmamos|bring|have|show|update|traiga|tenga|muestre|actualice)[ \t]+$"
)
# An imperative to ask about the reader's own plan is advice: "ask us about your plan", "pregúntenos por su plan".
_ASK = lazyre.compile(r"(?<![\w-])(?i:ask(?:\s+us)?\s+(?:about|for)|pregunte(?:nos)?\s+(?:por|sobre)|pregunta(?:nos)?\s+(?:por|sobre))[ \t]+$")
_FUTURE = lazyre.compile(
    r"(?<![\w-])(?i:will|can|bring|call|ask|please|remember|traiga|trae|llame|llama|llamenos|llamanos|escribanos|escribenos|marquenos|pregunte|preguntenos|preguntanos|puede|podemos|vamos\s+a)(?![\w-])"
    r"|(?<=[a-z])(?i:['’]ll|aremos|eremos|iremos)(?![\w-])"
)
_PAST = lazyre.compile(
    r"(?<![\w-])(?i:was|were|did|had|came|went|got|yesterday|last|ago|already|fue|fueron|salio|salieron|tuvo|vino|ayer|ya"
    r"|pasad[oa]|again|next\s+time|otra\s+vez|de\s+nuevo|la\s+proxima\s+vez)(?![\w-])"
)


def advising(text: str, clauses: list[int]) -> set[int]:
    """The clauses that are advice for anyone's next step, by index (as bisect_right(clauses, at) counts them):
    a future or an instruction, and no past and no day ("bring your insurance card", "we'll check yours"; not
    "your claim was denied Tuesday"). Each clause is read once."""
    found = set()
    for index in range(len(clauses) + 1):
        begin, end = clauses[index - 1] if index else 0, clauses[index] if index < len(clauses) else len(text)
        if _PAST.search(text, begin, end) or TIME_SHAPES.search(text, begin, end) or POINT_WORDS.search(text, begin, end):
            continue
        if _FUTURE.search(text, begin, end):
            found.add(index)
    return found


def ahead(text: str, start: int) -> bool:
    """True when the reader's thing at `start` ("your appointment", "su cita") follows "before", "to", "antes de",
    "bring" or "we'll check": their next visit, or what to bring or what we will check; or is to be made ("call to
    book your appointment", "llame para hacer su cita"): a visit still to be booked is no dealing yet."""
    return _AHEAD.search(text, max(0, start - 24), start) is not None or _ASK.search(text, max(0, start - 40), start) is not None or _TO_MAKE.search(text, max(0, start - 30), start) is not None


# A visit to be made: "to book your", "to schedule your", "para hacer su", "para sacar tu", "para agendar su".
_TO_MAKE = lazyre.compile(r"(?<![\w-])(?:(?i:to)[ \t]+(?i:book|make|schedule|set[ \t]+up|request)|(?i:para)[ \t]+(?i:hacer|sacar|agendar|programar|pedir|reservar))[ \t]+$")
# A price said for everyone, right after the sum: "$25 for any student", "$40 per visit for everyone", "$30 por persona",
# "$20 para cualquier estudiante", "$15 each". Not "$25 for your physical": the reader's own.
_FOR_EVERYONE = lazyre.compile(
    r"[ \t]*(?:(?i:for|to)[ \t]+(?i:any|every|each|all)(?![\w-])|(?i:per|a)[ \t]+(?i:person|student|child|kid|camper|player|athlete|head)(?![\w-])|(?i:each|apiece)(?![\w-])"
    r"|(?i:por|para)[ \t]+(?i:cualquier|cada|todo|toda|todos|todas)(?![\w-])|(?i:por)[ \t]+(?i:persona|estudiante|alumno|alumna|nino|niño|nina|niña|jugador|jugadora|cabeza)(?![\w-])|(?i:cada[ \t]+uno|c/u)(?![\w-]))"
)


def for_everyone(text: str, end: int) -> bool:
    """True when the sum ending at `end` is a price for everyone ("$25 for any student", "$30 por persona")."""
    return _FOR_EVERYONE.match(text, end) is not None


# An answer to a question nobody labelled: the reply opens by taking up a question ("Great question!", "¡Buena
# pregunta!", a bare "Yes," / "Sí,", after an optional greeting) and says, with the practice as subject, what it does,
# offers or accepts for everyone ("we do allergy testing for kids", "atendemos a personas sin seguro", "aceptamos
# Medicaid"), all in its first sentences. A past anywhere ("we did your scan", "ya le atendimos") is a dealing, not
# an answer; the frame still leaves the reader's own matter to PHI001/PHI002.
_GREETING = r"(?:(?i:hi|hello|hey|hola|buenas|buenos\s+dias|buenas\s+tardes)(?:[ \t]+(?i:there|all|everyone|folks|neighbor|a\s+todos|vecinos?))?[\W]{1,4})?"
_TAKE_UP = (
    r"(?:(?i:great|good|excellent|fair|smart|gran|buena|buenisima|excelente|muy\s+buena)[ \t]+(?i:question|pregunta)"
    r"|(?i:thanks|thank\s+you)[ \t]+(?i:for\s+asking|for\s+the\s+question)|(?i:gracias\s+por\s+(?:preguntar|la\s+pregunta)))[\W]{1,4}"
)
_YES = r"(?i:yes|yep|absolutely|of\s+course|definitely|we\s+sure\s+do|s[ií]|claro(?:\s+que\s+s[ií])?|por\s+supuesto)(?![\w-])"
_OPENED = lazyre.compile(rf"\A[\W]{{0,3}}{_GREETING}(?:{_TAKE_UP}[\W]{{0,3}}(?:{_YES})?|{_YES})")
_OFFERS = lazyre.compile(
    r"(?<![\w-])(?i:we(?:\s+(?:do|also|now|gladly|currently|still|definitely|sure|can))*\s+(?:do|offer|accept|take|treat|see|provide|have|carry"
    r"|bill|work\s+with|are\s+in[\s-]network)|we['’]re\s+in[\s-]network"
    r"|(?:si\s+|tambien\s+|ya\s+)?(?:atendemos|ofrecemos|aceptamos|tenemos|hacemos|tratamos|vemos|recibimos|ponemos|aplicamos|damos"
    r"|contamos\s+con|trabajamos\s+con))(?![\w-])"
)
_OPENING_SPAN = 160  # the offer comes in the reply's first sentences


def opened(text: str) -> bool:
    """True when the reply answers a question it does not quote: it takes the question up at its start and the
    practice says what it does or accepts, with no past in the reply (see the comment above)."""
    start = _OPENED.match(text)
    if start is None:
        return False
    return _OFFERS.search(text, start.end(), start.end() + _OPENING_SPAN) is not None and _PAST.search(text) is None


# "Your first visit" ahead is anyone's first visit: a first says nothing came before it.
FIRST = lazyre.compile(r"(?i:your|su|tu)\s+(?i:very\s+)?(?i:first|primera?)\s+(?i:visit|appointment|consult|cita|visita|consulta)(?![\w-])")


# An answer that opens with a policy for everyone, after an optional greeting ("No referral needed for ...", "You
# don't need an appointment for ...", "¡Hola! No necesita cita para ...", "No hace falta orden para ...") and offers to
# check the reader's plan ("we'll check your plan", "revisamos su seguro"), with no past in the reply: a public answer
# too. The policy's "you" is anyone; PHI001/PHI002 read its first sentence so (policy_end).
_POLICY = lazyre.compile(
    rf"\A[\W]{{0,3}}{_GREETING}[\W]{{0,3}}(?:{_TAKE_UP}[\W]{{0,3}})?(?:(?i:no|nope|nop)[,.!][ \t]*)?(?:"
    r"(?i:no)[ \t]+(?i:referrals?|appointments?|appts?|prescriptions?|doctor['’]s\s+orders?|orders?)[ \t]+(?i:(?:is|are)[ \t]+)?(?i:needed|required|necessary)"
    r"|(?i:you|y['’]all)[ \t]+(?i:don['’]t|do[ \t]+not|won['’]t|will[ \t]+not|never)[ \t]+(?i:need|have[ \t]+to)"
    r"|(?i:there['’]s|there[ \t]+is)[ \t]+(?i:no[ \t]+need)"
    r"|(?i:no)[ \t]+(?i:necesita|necesitas|necesitan|se[ \t]+necesita|hace[ \t]+falta|requiere|se[ \t]+requiere|ocupa|ocupas|es[ \t]+necesari[oa]|tiene[ \t]+que|tienes[ \t]+que))(?![\w-])"
)
_CHECK_PLAN = lazyre.compile(
    r"(?<![\w-])(?i:check|verify|confirm|look[ \t]+(?:up|into|at)|review|go[ \t]+over|revisar|revisamos|verificar|verificamos|confirmar"
    r"|confirmamos|checar|checamos|consultar|consultamos)[ \t]+(?i:your|su|tu)[ \t]+(?:(?i:specific|own|particular|health|insurance|propio|propia)[ \t]+)?"
    r"(?i:plan|plans|coverage|insurance|benefits|policy|seguro|cobertura|beneficios|poliza|planes)(?![\w-])"
)


_STOP = lazyre.compile(r"[.!?\n]")


def policy_end(text: str) -> int:
    """Where the opening policy sentence ends when the reply opens with a policy for everyone and offers to check the
    reader's plan, with no past anywhere (see the comment above); 0 otherwise."""
    start = _POLICY.match(text)
    if start is None or _CHECK_PLAN.search(text, start.end()) is None or _PAST.search(text) is not None:
        return 0
    stop = _STOP.search(text, start.end())
    return stop.end() if stop else len(text)


# The reader arriving, said as advice: "before you come in", "when you arrive", "once y'all get here"; the clause is
# advice (advising) and the verb is a present, so it is anyone's next visit ("we saw you come in" has a past).
_ARRIVING = lazyre.compile(r"(?i:you|y['’]all|yall)[ \t]+(?i:come[ \t]+in|come[ \t]+by|come[ \t]+back|arrive|get[ \t]+here|check[ \t]+in|stop[ \t]+by|show[ \t]+up|visit)(?![\w-])")
_WHEN_ARRIVING = lazyre.compile(r"(?<![\w-])(?i:before|when|once|after|as[ \t]+soon[ \t]+as|by[ \t]+the[ \t]+time|until|whenever)[ \t]+$")


def arriving(text: str, start: int) -> bool:
    """True when the reader's dealing at `start` is their arrival ahead ("before you come in", "when you arrive")."""
    return _ARRIVING.match(text, start) is not None and _WHEN_ARRIVING.search(text, max(0, start - 20), start) is not None


# An answer that greets the asker by handle and says it answers their question: "@<handle> great question!",
# "@<handle> ¡buena pregunta!", "@<handle> thanks for asking:". The question was asked in the open.
_ASKED = lazyre.compile(
    r"\A[ \t]*(?:(?i:hi|hey|hello|hola|buenas)[ \t,]+)?@[\w.]+[ \t]*[,:!¡]?[ \t]*[¡!]?[ \t]*"
    r"(?i:(?:good|great|excellent|such[ \t]+a[ \t]+good|awesome)[ \t]+question|(?:thanks|thank[ \t]+you)[ \t]+for[ \t]+asking"
    r"|(?:buena|excelente|muy[ \t]+buena|gran)[ \t]+pregunta|gracias[ \t]+por[ \t]+(?:preguntar|la[ \t]+pregunta|tu[ \t]+pregunta|su[ \t]+pregunta))(?![\w-])"
)


def answered_handle(text: str, start: int) -> bool:
    """Whether the handle at `start` opens a public answer to the question its owner asked in the comments, in a text
    that tells no care of anyone ("@<handle> great question! Yes, we see babies from the first tooth"; not "@<handle>
    good question, and your son's filling went great"). A greeted handle anywhere else is a name (people.py)."""
    asked = _ASKED.match(text)
    if asked is None or text.find("@", 0, asked.end()) != start:
        return False
    if any(care_in(text[m.start() : m.end() + 40]) for m in _YOURS.finditer(text)):
        return False  # "your son's filling", "tu ultrasonido": the asker's own care
    return not cared_for(text, 0, len(text)) and claims_about_health(text, sentence_bounds(text)) is None


_YOURS = lazyre.compile(r"(?<![\w-])(?i:your|tu|tus)(?![\w-])")
