"""Who runs a part of a community event, named by that part: a heading with a colon before the name, or a verb after it.

An event post says who to see there: "Coordina: <Name>", "Contacto: <Name>", "Sign-ups: <Name>", "Inscripciones:
<Name> y <Name>" (a heading naming the organiser or the contact, a list of them too), or "<Name> will run the sign-up
table", "<Name> coordina las inscripciones", "<Name> se encarga de la rifa" (an organising verb, then the part of the
event they run: a table, a desk, the sign-ups, the raffle, the volunteers), or an organising verb before the name, an
article and a community role or a religious title between ("Coordina la hermana <Name>", "Organiza el voluntario
<Name>", "Coordinated by <Name>"), or a plural organising verb closing a list of names ("<Name> and <Name> are
coordinating.", "<Name> y <Name> coordinan la feria"), or one who leads the whole event ("<Name> is coordinating.",
"<Name> coordina la jornada") or is the one to ask ("Informes con <Name>", "Questions? Ask <Name>", "Contacto <Name>"
with no colon: round 49; the organising verb that opens the line is no word of the name, privacy-names.yml
organising_words). Such a person is named for the part they play, like "volunteer <Name>" (community_roles.py, which asks this module and then reads the care told in the text:
"Coordina: <Name>. She finished chemo with us in May" stays an error). A title of care worn by the name ("Contacto:
Nurse <Name>", "Coordina: la enfermera <Name>") may be staff of ours, who must be on the team: not excused here.
Each name is read in a few bounded windows: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...text import alternation
from .known import Person
from .vocabulary import CARE_ROLES

_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:de|del|la|da|do|dos|das|y)[ \t]+)?[A-Z][\w'’.-]*){0,3}"
_JOIN = r"(?:[ \t]*,[ \t]*(?:(?i:and|y|e|&)[ \t]+)?|[ \t]+(?i:and|y|e|&)[ \t]+)"
_HEADINGS = (
    "coordina",
    "coordinan",
    "coordinación",
    "coordinacion",
    "contacto",
    "contactos",
    "contact",
    "contacts",
    "sign-up",
    "sign-ups",
    "signups",
    "sign ups",
    "sign-up table",
    "registration",
    "check-in",
    "rsvp",
    "inscripciones",
    "registro",
    "organiza",
    "organizan",
    "organizer",
    "organizers",
    "organiser",
    "organisers",
    "volunteer contact",
    "event contact",
    "informes",
    "info",
    "encargada",
    "encargado",
    "responsable",
)
# "Coordina: <Name>", "Sign-ups: <Name> and <Name>": the heading, its colon, names of the same list before this one
_HEADING = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(_HEADINGS)})[ \t]*:[ \t]*(?:(?i:la|el|the)[ \t]+)?(?:{_NAME}{_JOIN}(?:(?i:la|el|the)[ \t]+)?){{0,3}}(?:[A-Z][\w'’-]*[ \t]+(?:(?:de|da|do|dos|das)[ \t]+)?)?$"
)
_VERBS = (
    "run",
    "runs",
    "running",
    "staff",
    "staffs",
    "staffing",
    "host",
    "hosts",
    "hosting",
    "handle",
    "handles",
    "handling",
    "coordinate",
    "coordinates",
    "coordinating",
    "organize",
    "organizes",
    "organizing",
    "organise",
    "organises",
    "organising",
    "lead",
    "leads",
    "leading",
    "manage",
    "manages",
    "managing",
    "man",
    "mans",
    "manning",
    "coordina",
    "coordinará",
    "coordinara",
    "organiza",
    "organizará",
    "organizara",
    "lleva",
    "llevará",
    "atiende",
    "atenderá",
    "maneja",
    "manejará",
    "dirige",
    "dirigirá",
)
_PARTS = (
    "sign-up",
    "sign-ups",
    "signup",
    "signups",
    "sign-in",
    "registration",
    "check-in",
    "table",
    "booth",
    "desk",
    "raffle",
    "volunteers",
    "parking",
    "set-up",
    "setup",
    "cleanup",
    "bake sale",
    "silent auction",
    "inscripciones",
    "inscripción",
    "inscripcion",
    "registro",
    "mesa",
    "rifa",
    "voluntarios",
    "voluntarias",
    "estacionamiento",
    "bienvenida",
    "subasta",
    "puesto",
    "stand",
)
# "<Name> will run the sign-up table", "<Name> is in charge of registration", "<Name> se encarga de la rifa"
_RUNS_PART = lazyre.compile(
    r"[ \t]+(?:(?:(?i:will|is|are)|['’]ll)[ \t]+(?:(?i:be)[ \t]+)?)?"
    rf"(?:(?i:{alternation(_VERBS)})|(?i:in[ \t]+charge[ \t]+of|se[ \t]+encarga(?:r[aá])?[ \t]+de|est[aá](?:r[aá])?[ \t]+a[ \t]+cargo[ \t]+de))"
    r"[ \t]+(?:(?i:the|our|a|las|los|la|el|nuestra|nuestro|nuestras|nuestros)[ \t]+)?(?:[\w-]+[ \t]+){0,2}?"
    rf"(?i:{alternation(_PARTS)})(?![\w-])"
)
_LEAD_VERBS = (
    "coordina",
    "coordinan",
    "coordinará",
    "coordinarán",
    "organiza",
    "organizan",
    "organizará",
    "organizarán",
    "dirige",
    "dirigen",
    "coordinated by",
    "organized by",
    "organised by",
    "hosted by",
    "led by",
    "coordinado por",
    "coordinada por",
    "organizado por",
    "organizada por",
)
# "Coordina la hermana <Name>", "Organiza el voluntario <Name> y <Name>", "Coordinated by <Name>": the verb, an article,
# one lower-case word (a role or a title), the names of the same list before this one
_LEADS_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation(_LEAD_VERBS)})[ \t]+(?:(?i:la|el|los|las|the)[ \t]+)?"
    rf"(?:(?P<role>[a-záéíóúñü][\w-]*)[ \t]+)?(?:{_NAME}{_JOIN}){{0,3}}$"
)
# A list's last name: "<Name> and " or "<Name> y " right before it
_LIST_BEFORE = lazyre.compile(rf"[A-Z][\w'’.-]*{_JOIN}$")
_EVENT_WORDS = ("event", "day", "fair", "party", "drive", "show", "evento", "feria", "jornada", "fiesta", "día", "dia", "colecta")
# "... are coordinating.", "... will organize the fair", "... coordinan la jornada": a plural organising verb, then the
# clause's end or the event itself
_THEY_LEAD = lazyre.compile(
    r"[ \t]+(?:(?i:are|will|will[ \t]+be|['’]re|['’]ll|['’]ll[ \t]+be)[ \t]+"
    r"(?i:coordinating|organizing|organising|hosting|leading|running|coordinate|organize|organise|host|lead|run)"
    r"|(?i:coordinan|organizan|dirigen|coordinarán|coordinaran|organizarán|organizaran))"
    rf"(?=[ \t]*(?:[.!;,\n]|$)|[ \t]+(?i:the|this|our|el|la|esta|este|todo|everything)[ \t]+(?:[\w-]+[ \t]+)?(?i:{alternation(_EVENT_WORDS)})(?![\w-]))"
)


# One who runs the whole event, a verb of leading after the name: "<Name> is coordinating.", "<Name> will host the fair",
# "<Name> coordina la jornada", "<Name> está organizando todo el evento" (round 49: one person, no list needed)
_SHE_LEADS = lazyre.compile(
    r"[ \t]+(?:(?:(?i:is|will[ \t]+be|est[aá]|estar[aá])|['’]s|['’]ll[ \t]+be)[ \t]+"
    r"(?i:coordinating|organizing|organising|hosting|leading|running|coordinando|organizando|dirigiendo)"
    r"|(?:(?i:will)|['’]ll)[ \t]+(?i:coordinate|organize|organise|host|lead|run)"
    r"|(?i:coordina|organiza|dirige|coordinará|coordinara|organizará|organizara))"
    rf"(?=[ \t]*(?:[.!;,\n]|$)|[ \t]+(?i:the|this|our|el|la|esta|este|todo|toda|everything)[ \t]+(?:[\w-]+[ \t]+)?(?i:{alternation(_EVENT_WORDS)})(?![\w-]))"
)
# Who to ask, a word of asking before the name: "Informes con <Name>", "Más información con <Name> al ...", "Questions?
# Ask <Name>", "Pregunten por <Name>", "Contacto <Name>" (no colon), "Comuníquese con <Name>" (round 49)
_ASK = lazyre.compile(
    r"(?<![\w-])(?:(?i:informes|info|informaci[oó]n|m[aá]s[ \t]+informes|m[aá]s[ \t]+info|m[aá]s[ \t]+informaci[oó]n|more[ \t]+info|dudas|preguntas|questions)"
    r"[ \t]*[?:]?[ \t]*(?i:con|with|ask|ask[ \t]+for|see|pregunte[ \t]+por|pregunten[ \t]+por|pregunta[ \t]+por)"
    r"|(?i:contacto|contact|comun[ií]quese[ \t]+con|comun[ií]quense[ \t]+con|pregunte[ \t]+por|pregunten[ \t]+por|ask[ \t]+for))"
    rf"[ \t]+(?:(?i:la|el|the)[ \t]+)?(?:{_NAME}{_JOIN}){{0,3}}(?:[A-Z][\w'’-]*[ \t]+(?:(?:de|da|do|dos|das)[ \t]+)?)?$"
)


# A group of ours earlier in the clause: "our nurses, led by <Name>", "nuestras enfermeras, coordinadas por <Name>"
_OURS = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa]s)[ \t]+[\w-]")
_CLAUSE_ENDS = lazyre.compile(r"[.!?;\n]")


def _ours_led(text: str, at: int) -> bool:
    ends = [m.end() for m in _CLAUSE_ENDS.finditer(text, max(0, at - 120), at)]
    return _OURS.search(text, ends[-1] if ends else max(0, at - 120), at) is not None


def under_heading(text: str, start: int) -> bool:
    """Whether the name at `start` is listed under an event's heading on its line ("Coordinan: <Name> y la hermana <Name>")."""
    return _HEADING.search(text, max(0, start - 120), start) is not None


def named_with_part(text: str, person: Person) -> bool:
    """Whether `person` is named under an event's heading ("Coordina: <Name>"), runs a part of it ("<Name> will run
    the sign-up table") or the whole of it ("Coordina el voluntario <Name>", "<Name> y <Name> coordinan"), no title of care worn (see the module's docstring)."""
    if person.title and person.title.lower().rstrip(".") in CARE_ROLES:
        return False  # "Contacto: Nurse <Name>": maybe staff of ours, who must be on the team
    if _HEADING.search(text, max(0, person.start - 120), person.start) or _ASK.search(text, max(0, person.start - 120), person.start):
        return True  # "Coordina: <Name>", "Informes con <Name>"
    lead = _LEADS_BEFORE.search(text, max(0, person.start - 120), person.start)
    if lead and (lead.group("role") or "").lower() not in CARE_ROLES and not _ours_led(text, lead.start()):
        return True  # "Coordina la hermana <Name>"; not "Coordina la enfermera <Name>" nor "our nurses, led by <Name>": maybe staff of ours
    if _THEY_LEAD.match(text, person.end) and _LIST_BEFORE.search(text, max(0, person.start - 40), person.start):
        return True  # "<Name> and <Name> are coordinating."
    if _SHE_LEADS.match(text, person.end):
        return True  # "<Name> is coordinating.", "<Name> coordina la jornada"
    return _RUNS_PART.match(text, person.end) is not None
