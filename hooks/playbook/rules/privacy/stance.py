"""How a reply to a review is read for the reader's own dealings and care: the marks of a clause and their pairs.

PHI001 (confirms.py) and PHI002 (clinical_detail.py) judge what this reading finds; the decisions
below are theirs.

A reply is public and sits under the review it answers, so whatever its words it
must not say that the reader (or a relative) dealt with the practice, and nothing
clinical or about money. Word lists cannot hold every way of saying so; the rules
read a reply's stance instead, clause by clause (a sentence, cut at ; : dashes and
", and" / ", but"):

- who: the reader (you, your, y'all, u; usted, su, le, te, tu, and Spanish verbs that
  take the reader as a pronoun: "lo atendimos", "verla"), the reader's relatives
  ("your son", "su esposo"), a family by name ("the Hendersons", "la familia Torres");
- dealings: visiting, booking, cancelling, calling, waiting, arriving and leaving,
  the staff they saw, being a patient, the practice's records;
- when: a day, a date, a clock time, "again", "every month", "for years".

The reader with a sign of dealings or time in one clause discloses ("you checked in
at 10:40", "great seeing you again", "you've trusted us for years"); so does a dealing
with a time even without the reader ("llegó a las 9:10"), an apology tied to a day
("sorry about Tuesday"), a relative of the reader, and quoting the records ("our
records show"). Courtesies and invitations are not dealings: "thank you", "your
feedback", "you can reach us", "we'd love to hear from you".

Decisions (the privacy officer prefers a false alarm to a leak):
- Hypotheticals and hedges disclose when they describe the reader's dealings: "if you
  visited us last week", "whoever you saw on Monday". The reader, and everyone who
  read the review, knows whom they are about.
- Negation does not excuse the reader's care: "we can't discuss your MRI" confirms an
  MRI. "We cannot discuss anyone's visit" names no one's and passes.
- "Whether or not you are a patient" is the one safe way to mention being a patient.
- Opening hours and public events are not times anyone came: "you can reach us Monday
  through Friday", "hope to see you at the health fair next month". Nor is a promise to
  answer: "we'll call you back tomorrow", "alguien le contesta el mismo dia", "le llamamos
  manana" (a Spanish form that is also a past tense, "le llamamos", needs a time to come);
  a past time or "already" makes it a dealing again ("ya le contestamos el lunes").
- A bare wait restates the review: "sorry you had to wait", "qué pena que haya tenido que
  esperar", "sentimos que la espera haya sido larga" pass, in English and Spanish alike.
  When, how long or how often (a day, a clock time, "two hours", "the 2-week wait",
  "again"), whose wait ("su mamá"), where ("in our lobby") or the records disclose: those
  are facts the practice would be confirming. A policy for anyone ("any patient who
  waits more than 20 minutes") is no one's wait.
- Whatever "went smoothly" under a review is the reviewer's care: "glad the scope went
  smoothly", "qué bueno que todo salió bien"; a public event that went well is not.
- A public answer to a general question is a good reply (issue 9), so clinical and
  money words come in three tiers (clinical_terms): a specific word ("Ozempic",
  "copay", "$40") passes only in a sentence that says it is general ("in general",
  "for everyone", "we accept most plans", "the CDC recommends") and does not point at
  the reader; an everyday clinical word, a body part or a money word of general
  answers ("pregnancy", "knee", "payment plan") needs the reader or an occasion (an
  apology, a congratulation, a day, "the claim was denied"); a broad word
  ("insurance", "bills", "flu shots") needs the reader in its clause. The steps of a
  care episode in lay words (preparation, the procedure, results, recovery: "the prep",
  "the scope", "the stitches", "la prepa", "los puntos") are common words; advice for
  the reader's next time ("next time, ask us for the split-dose prep") is an occasion.
  A reply framed as a general answer ("we can't give personal advice here, but in
  general ...") keeps its later sentences general while they neither address the
  reader nor mark an occasion or a definite event.
- A public Q&A answer (qa.py) is such a frame from its answer on: a reply that quotes a question
  and answers it ("Q: ... A: ...", "P: ... R: ...", "Pregunta: ... Respuesta: ...", "Asked: ... /
  Answer: ...") or a template of the scenario medical-question-in-comments. The question is the
  asker's words about us; what the practice offers or accepts for everyone is general; the reader's
  next visit in advice ("we'll check yours before your visit", "antes de su cita") is no dealing;
  the reader's own matter with a past or a day still discloses ("your test came back", "su prueba
  salió", "we saw you Tuesday"). So is a reply that takes a question up without labels ("Great question!
  Yes, we do ...", "¡Hola! Sí, atendemos ...") and says what the practice offers everyone, with no past,
  and one that opens with a policy for everyone ("No referral needed for ...", "No necesita cita para ...") and
  offers to check the reader's plan; there "before you come in" is advice, "we saw you come in late" a dealing.
- A refusal to discuss money in public ("no hablamos de pagos ni de pólizas por aquí") and the reviewer's
  own account of a bill said back ("el lío que menciona con los pagos") disclose nothing new.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ... import lazyre
from ...normalize import fold
from ...text import sentence_bounds
from ...wordlists import wordlist
from . import everyday_senses, staff_groups, staff_joy

_LISTS = wordlist("privacy-stance")


def words(*keys: str) -> list[str]:
    """Entries of the named lists, folded like the texts they are matched against."""
    return [fold(entry).text for key in keys for entry in _LISTS[key]]


_APOSTROPHE = lazyre.compile("['’]")


def alt(words: Iterable[str], as_written: bool = False) -> str:
    """Alternation, longest first; a space matches any whitespace, an apostrophe either kind.

    Entries in capitals (PA, NP, UHC) match only as written, the rest in any case (or all as written).
    """
    parts = []
    for word in sorted({w.strip() for w in words if w.strip()}, key=lambda w: (-len(w), w)):
        text = _APOSTROPHE.sub("['’]", re.escape(word).replace(r"\ ", r"\s+"))
        parts.append(text if as_written or (word.isupper() and len(word) > 1) else f"(?i:{text})")
    return "|".join(parts)


def bounded(words: Iterable[str], as_written: bool = False) -> re.Pattern:
    return lazyre.compile(rf"(?<![\w-])(?:{alt(words, as_written)})(?![\w-])")


# --- the marks a clause is read for ------------------------------------------------------------------------

WHO, KIN, CHILD, DEAL, SOFT, VISIT, THE_VISIT, PLACE, STAFF, PATIENT, WHEN, POINT, SPAN, WAIT = (
    "who", "kin", "child", "deal", "soft", "visit", "the-visit", "place", "staff", "patient", "when", "point", "span", "wait",
)  # fmt: skip
# Which marks disclose together in one clause. The first of a pair is who (or what); the
# second is the sign of dealings or time the finding names.
PAIRS = {
    WHO: (DEAL, VISIT, PLACE, STAFF, PATIENT, WHEN, POINT),
    KIN: (DEAL, VISIT, PLACE, SOFT, WHEN, POINT, WAIT),
    # one child with one of our staff: "the nurse rushed the little one", "la enfermera con el nene" (not "our nurses love the little ones")
    CHILD: (STAFF,),
    DEAL: (POINT, SPAN),
    # A bare wait restates the review ("sorry you had to wait"); when, how long or how often is ours to know.
    WAIT: (POINT, SPAN, WHEN),
    SOFT: (WHEN, POINT, PLACE),
    THE_VISIT: (POINT,),
}
REACH = 90  # at most this many characters between the two marks of a pair

_NUMBER = (
    r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty"
    r"|fifty|sixty|a few|few|several|many|half an?|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"
    r"|diez|once|doce|quince|veinte|treinta|cuarenta|varios|varias|muchos|tantos|media)"
)
_ABOUT = r"(?:(?:over|almost|nearly|about|around|more than|at least|casi|mas de|como|cerca de|alrededor de)\s+)?"
_MONTHS = alt(words("months")) + "|May"
# A point in time: a date, a clock time, a day of the month (initial_visits.py reads these beside initials too).
_POINTS = (
    r"(?!24/7(?:/365)?(?![\d/]))\d{1,2}/\d{1,2}(?:/\d{2,4})?"  # 2/11, 2/11/27; not 24/7, around the clock (round 146)
    r"|\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?"  # 10:40, 3:52pm
    r"|\d{1,2}\s*[ap]\.?m\b\.?"  # 9am, 3 p.m.
    r"|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b"  # the 9th
    r"|(?i:on\s+the\s+\d{1,2})\b"
    rf"|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"  # March 3
    rf"|\d{{1,2}}\s+(?i:de)\s+(?:{_MONTHS})\b"  # 3 de marzo
    r"|(?i:a\s+las?)\s+\d{1,2}(?::\d{2})?\b"  # a las 9:10
    r"|(?i:el(?:\s+dia)?)\s+\d{1,2}\b(?![:.,]?\d)"  # el 12
)
POINT_SHAPES = lazyre.compile(rf"(?<![\w/:.])(?:{_POINTS})|(?<![\w/:.])\d{{1,2}}\s*(?i:[ap]\.?m\.?)(?![\w])|(?i:at)\s+\d{{1,2}}(?![\d/:.]\d|[\w/])")
TIME_SHAPES = lazyre.compile(
    r"(?<![\w/:.])(?:"
    rf"{_POINTS}"
    r"|(?i:(?:in|since|back\s+in|en|desde|del)\s+(?:19|20)\d{2})\b"  # since 2019
    rf"|(?i:(?:since|desde)\s+(?:{_MONTHS}|then|that|childhood|ese|entonces))\b"
    rf"|(?i:(?:for|over|hace|desde\s+hace|por)\s+{_ABOUT}{_NUMBER}\s+(?:years?|yrs?|decades?|anos?|meses|months?))\b"
    rf"|(?i:{_NUMBER}\s+(?:times|veces))\b|(?i:twice)\b"
    rf"|(?i:hace\s+{_ABOUT}{_NUMBER}\s+(?:dias?|semanas?|horas?|minutos?|meses|mes|anos?))\b"  # hace dos dias
    rf"|(?i:{_ABOUT}{_NUMBER}\s+(?:days?|weeks?|hours?|minutes?|months?|years?)\s+ago)\b"  # two days ago
    r"|(?i:(?:the\s+)?(?:last|past)\s+(?:few|couple(?:\s+of)?|two|three|four|several|many)\s+(?:days|weeks|months|years))\b"
    r"|(?<![Aa]t\s)(?i:this\s+time)\b"  # "this time" says there were others; "at this time" does not
    r")"
)
_SPAN = lazyre.compile(rf"(?<![\w-])(?i:{_ABOUT}{_NUMBER}[\s-]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|minutos?|horas?|dias?|semanas?))(?![\w-])")
# The reader's time given to writing the review, thanked for: "thanks for spending five minutes of your evening to post
# this", "por tomarse unos minutos para escribirnos" ("it took 40 minutes to get you in", "the wait took an hour and no
# one came to tell you why" stay spans).
_TIME_GIVEN = lazyre.compile(
    r"(?<![\w-])(?:(?i:for|por)|(?i:appreciate|thank)[ \t]+(?i:you|y['’]all))[ \t]+(?i:taking|spending|tomarse|tomarte|dedicarnos|dedicar)[ \t]+(?:(?i:just|solo)[ \t]+)?$"
)  # "thank you for spending a moment to post", "appreciate y'all taking time to write"
_TO_WRITE = lazyre.compile(
    r"(?:[ \t]+(?i:out[ \t]+of|of|de)[ \t]+(?:(?i:a|an|the|your|su|tu)[ \t]+)?(?:(?i:busy|hectic|long|full|ocupado|ajetreado)[ \t]+)?"
    r"(?i:day|week|evening|morning|afternoon|weekend|schedule|dia|semana|tarde|manana|agenda))?"
    r"[ \t]+(?i:to|para|de)[ \t]+(?i:write|share|post|leave|review|rate|send|escribir\w*|compartir\w*|dejar\w*|publicar\w*|mandar\w*)(?![\w-])"
)
POINT_WORDS = bounded([*words("when_words", "weekdays"), *(m for m in words("months") if len(m) > 3)])
# Opening hours are a range of days, not a day anyone came: "Monday through Friday", "de lunes a viernes".
WEEKDAY = alt(words("weekdays"))
_ROUTINES = rf"(?i:{alt(words('own_routines'))})"
_HOURS = lazyre.compile(
    rf"(?<![\w-])(?:{WEEKDAY})\.?\s*(?:-|–|—|to|through|thru|till|until|a|al|y|and)\s*(?:{WEEKDAY})(?![\w-])"
    r"|(?<![\w-])(?i:weekdays|weekends|entre\s+semana|fines\s+de\s+semana)(?![\w-])"
    # The hours of a day are opening hours: "our Saturday hours", "los Sunday hours", "el horario del sábado".
    rf"|(?<![\w-])(?:{WEEKDAY})s?\s+(?i:hours|clinic|schedule)(?![\w-])|(?<![\w-])(?i:horario|horarios)\s+(?i:de\s+los|del|de)\s+(?:{WEEKDAY})s?(?![\w-])"
    # Our doors' clock hours, said as ours: "we're here 6am to 8pm", "open 7-7", "abrimos de 8 a 5", "estamos de 7 a 7".
    r"|(?<![\w'’-])(?i:we['’]re[ \t]+here|we[ \t]+are[ \t]+here|open|opens|hours|abrimos|abierto|abiertos|estamos|horario)"
    r"[ \t]+(?:(?i:from|daily|de|desde|todos[ \t]+los[ \t]+d[ií]as[ \t]+de)[ \t]+)?"
    r"\d{1,2}(?::\d{2})?[ \t]*(?i:[ap]\.?[ \t]?m\.?)?[ \t]*(?:-|–|—|(?i:to|till|until|a|hasta))[ \t]*\d{1,2}(?::\d{2})?(?:[ \t]*(?i:[ap]\.?[ \t]?m\.?))?(?![\w:])"
    r"(?![ \t]*(?i:hours?|hrs?|horas?|minutes?|mins?|minutos?|days?|d[ií]as?|weeks?|semanas?)(?![\w-]))"  # "open 6 to 8 hours": a span
)
# A day of our own routine, not of anyone's visit: "our Monday huddle", "staff meeting on Friday", "la junta del lunes";
# only while its sentence says nothing of the reader's own ("at our Monday huddle we celebrated your clean scan").
_ROUTINE_DAY = lazyre.compile(
    rf"(?<![\w-])(?:{WEEKDAY})s?\s+(?:{_ROUTINES})(?![\w-])"
    rf"|(?<![\w-])(?:{_ROUTINES})\s+(?i:on\s+|this\s+|last\s+|every\s+|del\s+|de\s+los\s+|de\s+este\s+|de\s+cada\s+|el\s+|los\s+)?(?:{WEEKDAY})s?(?![\w-])"
)
_WHEN_WORDS = bounded(words("when_again", "when_tenure"))

_READER = lazyre.compile(rf"(?<![\w-])(?:{alt(words('reader'))}|(?<!['’])(?:u|ur))(?![\w-])")
POSSESSIVE = alt(words("possessives"))
REVIEW_NOUN = lazyre.compile(rf"\s+(?:{alt(words('review_nouns'))})(?![\w-])")
COURTESY = bounded(words("reader_courtesy"))  # "thank you", "if you wish": the reader in a courtesy, told nothing
_SUBJECTS = frozenset(("you", "u", "usted", "ustedes", "tu", "y'all", "y’all", "yall"))  # "you can", not "yours may"
_INVITE_AFTER = lazyre.compile(rf"\s+(?:{alt(words('invitation_after'))})(?![\w-])(?!(?<=like)\s+(?i:always|usual|before|last\s+time)(?![\w-]))")  # not "for y'all like always"
# "if you call 555-...", "si usted marca al ...": a call still to make, not a visit made
_IF_CALLING = lazyre.compile(r"(?<![\w-])(?i:if|si)\s+$")
_CALLS = lazyre.compile(r"\s+(?i:(?:nos\s+|us\s+)?(?:call|calls|dial|text|phone|email|message|llama|marca|escribe|manda\s+un\s+mensaje|env[ií]a\s+un\s+correo))(?![\w-])")
_INVITED = lazyre.compile(r"\s+(?:(?i:warmly|cordially|all|always|most)\s+)?(?i:invited|welcome)(?![\w-])")  # "you're warmly invited"
_INVITE_BEFORE = lazyre.compile(rf"(?<![\w-])(?:{alt(words('invitation_before'))})\s+(?:(?:a|el|la)\s+)?$")
# People in general likened to the reader ("people like you remind us why", "gente como usted nos inspira"), not "patients
# like you" (ours) nor one a relative clause goes on about ("people like you, who show up to every chemo")
_LIKE_YOU = lazyre.compile(r"(?<![\w-])(?i:people|folks|gente|personas)\s+(?i:like|como)\s+$")
# ... or after the verb: "<Member> le atiende con gusto", "les ayuda con mucho gusto" (what she will do, gladly)
_GLADLY_AFTER = lazyre.compile(
    r"\s+(?i:atiende|atienden|ayuda|ayudan|orienta|orientan|recibe|reciben|explica|explican|asesora|asesoran|escucha|escuchan|atender[aá]|atender[aá]n|ayudar[aá]|ayudar[aá]n|llamar[aá]|llamar[aá]n)"
    r"\s+(?i:con\s+(?:mucho\s+)?gusto|gustosamente)(?![\w-])"
)  # an offer's present or future, never what was done ("le vacunó con gusto")
_ASKED_AFTER = lazyre.compile(
    r"\s+(?i:pedimos|rogamos|invitamos|sugerimos|recomendamos)\s+(?i:que|a)(?![\w-])"  # "le pedimos que llame ...": a step asked of them
    r"|\s+(?i:consigue|conseguimos|consigo|conseguir[aá]|agenda|agendamos|arregla|arreglamos)\s+(?i:una)\s+(?i:llamada|cita|hora)(?![\w-])"  # an offer: "le consigue una llamada con ..." (round 144)
    r"|\s+(?i:regresa|regresamos|regresar[aá]|devuelve|devolvemos|devolver[aá])\s+(?i:la)\s+(?i:llamada)(?![\w-])"  # "si no contesta, se la regresa": a call returned
)
# The reader's time given to the review itself, then _TO_WRITE: "so grateful you took the time to write it", "que usted se
# tomó el tiempo de escribir"
_TOOK_TIME = lazyre.compile(r"\s+(?i:took|take|spent|se\s+tom[oó]|te\s+tomaste)\s+(?:(?i:the|a|some|el|un)\s+)?(?i:time|minute|moment|tiempo|minuto|momento)")
_WHO_AFTER = lazyre.compile(r"\s*,?\s*(?i:who|that|que|quien|quienes)(?![\w-])")
# A talk offered, the offer's word a few words before the verb: "con gusto platica con usted", "puede hablar con usted",
# "le gustaría conversar con usted" (not "no alcanzó a platicar con usted el martes": what happened)
_OFFERED_TALK = lazyre.compile(
    r"(?<![\w-])(?i:con\s+gusto|gustosamente|puede|pueden|podemos|podr[ií]a|podr[ií]an|quiere|quieren|quisiera|gustar[ií]a|encantar[ií]a|"
    r"feliz\s+de|dispuest[oa]s?\s+a|disponible\s+para)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:hablar|habla|hablan|platicar|platica|platican|conversar|conversa|charlar|reunirse|comunicarse)\s+(?i:con)\s+$"
)
# Our staff's effort, said of them ("que siempre le echan ganas"); "le echamos ganas hasta que pudo caminar" is ours for the reader
# ... said of them: a relative clause's "que" before ("que siempre le echa ganas") or their plural ("le echan"); "Siempre le
# echa muchas ganas y por eso salió adelante" speaks to the reader ("usted")
# or their own pronoun ("Él siempre le pone el alma a todo", round 64)
_THAT_BEFORE = lazyre.compile(r"(?<![\w-])(?i:que|quien|quienes|ella|[eé]l|ellas|ellos)(?:\s+(?i:siempre|todos\s+los\s+d[ií]as|de\s+verdad))?\s+$")
# "que" after knowing or seeing is a conjunction, not "who": "sabemos que le echa ganas", "se nota que le pone el corazón"
_KNOWN_THAT = lazyre.compile(r"(?<![\w-])(?i:sabemos|sabe|s[eé]|se\s+nota|se\s+ve|vemos|notamos|creemos|nos\s+consta|claro|cuenta\s+de)\s+(?i:que)\s+$")


def _said_of_them(text: str, start: int) -> bool:
    """Whether the effort's "le" at `start` follows "que"/"quien" of a relative clause or a pronoun of theirs."""
    return _THAT_BEFORE.search(text, max(0, start - 24), start) is not None and _KNOWN_THAT.search(text, max(0, start - 30), start) is None


_EFFORT_THEY = lazyre.compile(r"\s+(?i:echan|ponen|meten)(?![\w-])")
# the heart or the love put into everything is the same idiom ("le pone el corazón/amor/alma a todo")
EFFORT = (
    r"\s+(?i:echan?|ponen?|meten?)\s+(?:(?:(?i:muchas|tantas|todas\s+las)\s+)?(?i:ganas)|(?:(?i:el|todo\s+el|mucho|tanto)\s+)?(?i:coraz[oó]n|amor|cari[nñ]o|empe[nñ]o|alma))(?![\w-])"
    # "a todo" only as a whole ("a todo lo que hace", "a todo."), "a cada" only of no care ("a cada paciente", not "a cada sesión")
    r"(?!\s+(?i:con|al|en|durante|hasta)(?![\w-])|\s+(?i:a)\s+(?!(?i:todos?)(?=\s*(?:[.,;:!?]|$|(?i:lo|y|cuanto)\s))|(?i:cada)\s+(?i:cosa|paso|detalle|uno|una|persona|paciente|d[ií]a)(?![\w-])"
    r"|(?i:todos)\s+(?i:sus|los|nuestros)\s+(?i:pacientes|compa[nñ]er[oa]s|ni[nñ]os)(?![\w-])|(?i:todo)\s+(?i:el)\s+(?i:equipo|d[ií]a)(?![\w-])))"
)
_EFFORT = lazyre.compile(EFFORT)
_PRONOUN_VERB = lazyre.compile(rf"(?<![\w-])(?i:lo|la|los|las|le|les|te|se\s+le)\s+(?:{alt(words('reader_after_pronoun'))})(?![\w-])")
# The reader as the object of a compound past: "lo hayan tenido esperando", "la hicimos esperar", "le hemos marcado".
# After "nos/se/me" the pronoun is a thing ("nos la haya compartido").
_PRONOUN_AUX = lazyre.compile(
    r"(?<![\w-])(?<!(?i:nos)\s)(?<!(?i:me)\s)(?<!(?i:se)\s)(?i:lo|la|los|las|le|les|te)\s+(?i:hayan?|hayamos|hubieran?|hubieramos|hemos|han|habiamos|habian|tuvimos|tuvieron"
    r"|teniamos|tenian|hicimos|hicieron)\s+(?i:[a-z]+(?:ad[oa]s?|id[oa]s?|ando|iendo|ar|er|ir))(?![\w-])"
)
_ENCLITIC = lazyre.compile(rf"(?<![\w-])(?:{alt(words('reader_enclitic_verbs'))})(?i:la|lo|las|los|le|les|te)(?![\w-])")
ON_THE_TEAM = lazyre.compile(r"[ \t]+(?i:en|con|como|de)[ \t]+(?:(?i:el|la|nuestro|nuestra|parte[ \t]+del)[ \t]+)?(?i:equipo|personal|staff|team|compa[nñ]er[oa])(?![\w-])")
_TU_PRETERITE = lazyre.compile(r"(?<![\w-])[a-zA-Z]+(?:aste|iste)(?![\w-])")
_NOT_TU_PRETERITE = frozenset(words("not_tu_preterite"))
RELATIVES = alt(words("relatives"))
MODIFIERS = alt(words("care_modifiers"))
# a count may stand before them: "your two boys", "sus tres nietos" (round 154)
_COUNT = r"(?:\d{1,2}|(?i:two|three|four|five|six|both|dos|tres|cuatro|cinco|seis|ambos|ambas))\s+"
RELATIVE = lazyre.compile(rf"(?<![\w-])(?:{POSSESSIVE})\s+(?:{_COUNT})?(?:(?:{MODIFIERS})\s+)?(?:{RELATIVES})(?![\w-])")
KIN_BARE = _KIN = lazyre.compile(
    rf"(?<![\w-])(?:{alt(words('relatives_bare'))})(?![\w-])"
    r"|\b[Tt]he\s+[A-Z][a-z]+(?:s|es)\b(?!\s+[A-Z])|\b[Tt]he\s+[A-Z][\w'’-]+\s+family\b"
    r"|\b(?i:familia)\s+[A-Z][\w'’-]+"
    # "los Garcia" is a family; "los Saturday hours" (Spanglish) is a day of the week, not a family.
    rf"|\blos\s+(?!(?:{WEEKDAY}|{_MONTHS})\b)[A-Z][a-z]+(?:ez|es|s)?\b"
)
CHILD_BARE = _CHILD = bounded(words("relatives_child"))  # one child, bare: under a review, the reviewer's
_DEAL = bounded(words("dealings_verbs"))
_SOFT = bounded(words("dealings_soft"))
_VISIT_NOUNS = alt(words("visit_nouns"))
# "visit" is a verb as often as a noun ("we hope you'll visit our booth"): with the reader it needs "your".
_VISIT = bounded(w for w in words("visit_nouns") if not w.startswith("visit"))
_THE_VISIT = lazyre.compile(rf"(?<![\w-])(?i:the|that|this|la|esa|esta|el|ese|este)\s+(?:{_VISIT_NOUNS})(?![\w-])")
_PLACE = bounded(words("places"))
_STAFF = bounded(words("staff"))
_PATIENT_COMPOUND = bounded(words("patient_compounds"))
_PATIENT = bounded(words("patient_words"))
# The privacy notice itself says "patient" of no one: "no podemos confirmar si alguien es paciente", "we can't say whether a
# person is or isn't a patient", "por ley no podemos decir si una persona es o no es paciente", "ni decimos si alguien fue paciente",
# "we don't confirm whether ...". A bounded run: linear.
NOTICE = lazyre.compile(
    r"(?<![\w-])(?i:can['’]?t|cannot|can[ \t]+not|unable[ \t]+to|not[ \t]+able[ \t]+to|never|no|ni|nunca|don['’]?t|do[ \t]+not|won['’]?t|will[ \t]+not)"
    r"(?:[ \t,]+[\w'’]+){1,4}?[ \t,]+(?i:si|whether|if)[ \t]+(?:(?i:alguien|una[ \t]+persona|cualquier[ \t]+persona|anyone|someone|a[ \t]+person|any[ \t]+person"
    r"|usted|you|ud\.?)[ \t]+)?(?i:es|is|are|sea|fue|was|were|ha[ \t]+sido|has[ \t]+been|have[ \t]+been)[ \t]+(?:(?i:o[ \t]+no|or[ \t]+not|or[ \t]+isn['’]?t|or[ \t]+is[ \t]+not)[ \t]+(?:(?i:es|is|sea)[ \t]+)?)?"
    r"(?:(?i:un|una|a|our|nuestr[oa])[ \t]+)?(?i:paciente|patient)(?:[ \t]+(?i:nuestr[oa]|de[ \t]+nosotros|here|of[ \t]+ours))?(?![\w-])"
)
EVENT = bounded(words("events"))
_WAITING = bounded(w for w in words("waiting"))
_NOT_WAITING = bounded(words("not_waiting"))
_SIMPLE = (
    (_WAITING, WAIT), (_KIN, KIN), (_CHILD, CHILD), (_DEAL, DEAL), (_SOFT, SOFT), (_VISIT, VISIT), (_THE_VISIT, THE_VISIT), (_PLACE, PLACE), (_STAFF, STAFF),
    (_WHEN_WORDS, WHEN), (POINT_WORDS, POINT), (TIME_SHAPES, POINT), (_SPAN, SPAN),
)  # fmt: skip
GENERAL_MARKERS = bounded(words("general_markers"))
# We, in the present, before a dealing: "why we come in at 6am", "we show up early every day" is our own habit.
_OUR_HABIT = lazyre.compile(r"(?<![\w-])(?i:we|we\s+all|nosotros)\s+$")
_PAST_FORMS = {"came", "went", "left", "sat", "got", "showed", "walked", "were", "was", "been", "brought", "taken"}


def _habit(text: str, match: re.Match) -> bool:
    """A dealing in the present right after "we": ours ("we come in at 6"); "we checked in at 9" stays a dealing."""
    first = match.group(0).split()[0].lower()
    past = first.endswith("ed") or first in _PAST_FORMS
    return not past and _OUR_HABIT.search(text, max(0, match.start() - 12), match.start()) is not None


# Our staff as the ones a review means something to: "mean more to our nurses than you know", "means the world to the
# front desk", "significan mucho para nuestras enfermeras". The staff there read the review; they met no one.
_MEANT_TO = lazyre.compile(
    r"(?<![\w-])(?i:means?|meant|meaning|significan?|significó|significo)\s+(?:[\w'’-]+\s+){0,3}?(?i:to|para)\s+"
    r"(?:(?i:all\s+of\s+)?(?i:our|the|whole|entire|nuestr[oa]s?|tod[oa]s?\s+nuestr[oa]s?|el|la|los|las)\s+){1,2}"
)

# Anyone's repetition, not the reader's: "sonríe cada vez que alguien le manda unas líneas", "every time someone thanks her" (round 129)
_ANYONE = lazyre.compile(r"\s+(?:(?i:que)\s+)?(?i:alguien|someone|somebody|anyone|anybody|a\s+patient|un[ao]?\s+paciente|la\s+gente|people)(?![\w-])")

# A clause ends where a sentence does, and at ; : dashes and ", and" / ", but".
_CLAUSE_BREAK = lazyre.compile(
    r"[;—–]|(?<!\d):|:(?!\d)|\s-\s|,\s*(?i:and|but|so|although|though|because|while|pero|aunque|porque|y)\b"  # not a clock's "8:15"
    r"|(?<![\w-])(?i:but|pero)(?![\w-])"
)


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str


def clause_starts(text: str) -> list[int]:
    """Offsets where a clause starts (sentence ends and clause breaks), sorted."""
    starts = set(sentence_bounds(text))
    starts.update(m.end() for m in _CLAUSE_BREAK.finditer(text))
    return sorted(starts)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of the sorted, non-overlapping spans."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and spans[index][0] <= start and end <= spans[index][1]


def reader_marks(text: str) -> Iterator[Mark]:
    """The reader, where they are the subject or object of something (not a courtesy or an invitation, nor our staff's
    joy at the review: "les alegra la semana", "a <Name> se le sube el ego", "you know she'll frame it", staff_joy.py)."""
    joys = staff_joy.joy_spans(text)
    for mark in _reader_marks(text):
        if not joys or not staff_joy.in_joy(text, mark.start, mark.end):
            yield mark


# No one and anyone, the subject a clitic after it stands for in its sentence (round 99)
# (the reader named between takes the clitic back: "Nadie nos avisó que usted esperaba; lo atendimos tarde")
_ANYONE_BEFORE = lazyre.compile(
    r"(?<![\w-])(?i:nadie|ninguna[ \t]+persona|ning[uú]n[ \t]+paciente|cualquier[ \t]+persona|cualquier[ \t]+paciente|cualquiera)(?![\w-])"
    r"(?:(?!(?<![\w-])(?i:usted|ustedes|su|sus|tu|tus)(?![\w-]))[^.!?\n])*$"
)


def _reader_marks(text: str) -> Iterator[Mark]:
    courtesies = [m.span() for m in COURTESY.finditer(text)]
    softs = [m.span() for m in _SOFT.finditer(text)]
    for match in _READER.finditer(text):
        start, end = match.span()
        if inside(courtesies, start, end) or inside(softs, start, end):
            continue
        word = match.group(0).lower()
        if word in ("su", "sus"):
            continue  # his/her/their as well: counted before care and family words only
        if word in ("your", "tu", "tus", "y'all's") and REVIEW_NOUN.match(text, end):
            continue  # "your feedback", "tus palabras"
        if word in ("le", "les") and _EFFORT.match(text, end) and (word == "les" or _said_of_them(text, start) or _EFFORT_THEY.match(text, end)):
            continue  # "que siempre le echan muchas ganas": the idiom of effort's "le" is no one (round 62)
        if _LIKE_YOU.search(text, max(0, start - 16), start) and not _WHO_AFTER.match(text, end):
            continue  # "gente como usted nos recuerda por qué": anyone like them
        if (
            (word in _SUBJECTS and _INVITE_AFTER.match(text, end))
            or (word in ("you're", "you’re") and _INVITED.match(text, end))
            or _INVITE_BEFORE.search(text, max(0, start - 30), start)
            or _OFFERED_TALK.search(text, max(0, start - 60), start)
            or (word in ("le", "les") and (_GLADLY_AFTER.match(text, end) or _ASKED_AFTER.match(text, end)))
            or (word in _SUBJECTS and (took := _TOOK_TIME.match(text, end)) and _TO_WRITE.match(text, took.end()))
            or (word in _SUBJECTS and _IF_CALLING.search(text, max(0, start - 4), start) and _CALLS.match(text, end))
        ):
            continue  # "you can reach us", "we'd love to hear from you", "le puede ayudar", "if you call"
        yield Mark(start, end, WHO)
    for pattern in (_PRONOUN_VERB, _PRONOUN_AUX):  # not a clitic of anyone's: "Nadie debería irse sintiendo que no lo atendieron bien"
        yield from (Mark(match.start(), match.end(), WHO) for match in pattern.finditer(text) if not _ANYONE_BEFORE.search(text, max(0, match.start() - 80), match.start()))
    for match in _TU_PRETERITE.finditer(text):  # "llegaste", "viniste": only "tú" did that
        if match.group(0).lower() not in _NOT_TU_PRETERITE:
            yield Mark(match.start(), match.end(), WHO)
    for match in _ENCLITIC.finditer(text):
        if not _INVITE_BEFORE.search(text, max(0, match.start() - 30), match.start()) and not ON_THE_TEAM.match(text, match.end()):  # "podemos llamarle" offers
            yield Mark(match.start(), match.end(), WHO)  # not "un orgullo tenerla en el equipo": the member praised


def read_marks(text: str) -> list[Mark]:
    marks = list(reader_marks(text))
    offices = (m.span() for m in _PATIENT_COMPOUND.finditer(text) if not staff_groups.READER_BEFORE.search(text, max(0, m.start() - 8), m.start()))  # "your patient portal": the reader's
    compounds = sorted([*offices, *(m.span() for m in NOTICE.finditer(text))])
    hours = [m.span() for m in _HOURS.finditer(text)]
    routines = list(_ROUTINE_DAY.finditer(text))
    if routines:  # a routine's weekday is ours unless the reader is spoken of in its sentence
        bounds = sentence_bounds(text)
        who = sorted(m.start for m in marks if m.kind == WHO)
        for m in routines:
            at = bisect_right(bounds, m.start()) - 1
            begin, stop = bounds[at], bounds[at + 1] if at + 1 < len(bounds) else len(text)
            first = bisect_right(who, begin - 1)
            if first == len(who) or who[first] >= stop:
                hours.append(m.span())
        hours.sort()
    not_waiting = [m.span() for m in _NOT_WAITING.finditer(text)]
    meant = {m.end() for m in _MEANT_TO.finditer(text)}
    tenures = staff_groups.tenures(text)
    everyone = staff_groups.ranges(text)  # "everyone, from the schedulers to our surgeons": all of us, no one met
    for pattern, kind in _SIMPLE:
        for m in pattern.finditer(text):
            if kind == POINT and inside(hours, m.start(), m.end()) or kind == WAIT and inside(not_waiting, m.start(), m.end()):
                continue
            if kind == STAFF and (m.start() in meant or inside(everyone, m.start(), m.end())) or kind == DEAL and _habit(text, m) or kind == WHEN and _ANYONE.match(text, m.end()):
                continue  # "mean more to our nurses": the staff read the review; "why we come in at 6": our own habit
            if kind in (VISIT, THE_VISIT) and everyday_senses.everyday(text, m.start(), m.end()):
                continue  # "como dice la cita", "ante cualquier consulta": a quote, a question (everyday_senses.py)
            if kind == SPAN and _TIME_GIVEN.search(text, max(0, m.start() - 24), m.start()) and _TO_WRITE.match(text, m.end()):
                continue  # "thanks for spending five minutes of your evening to post this": the reader's time for the review
            if kind in (SPAN, POINT) and inside(tenures, m.start(), m.end()):
                continue  # a member's years in the job (staff_groups.tenures)
            marks.append(Mark(m.start(), m.end(), kind))
    for m in _PATIENT.finditer(text):
        if not inside(compounds, m.start(), m.end()):
            marks.append(Mark(m.start(), m.end(), PATIENT))
    return sorted(marks, key=lambda m: (m.start, m.end))


def nearby(marks: list[Mark]) -> Iterator[tuple[Mark, Mark]]:
    """Pairs of marks (sorted by start) that disclose together and lie within REACH of each other.

    Marks are short phrases, so each has a bounded number of neighbours within reach:
    the work grows with the text, never with its square.
    """
    for index, first in enumerate(marks):
        for later in range(index + 1, len(marks)):
            second = marks[later]
            if second.start - first.end > REACH:
                break
            if second.kind in PAIRS.get(first.kind, ()):
                yield first, second
            if first.kind in PAIRS.get(second.kind, ()):
                yield second, first
