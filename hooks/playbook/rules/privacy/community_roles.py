"""Neighbours named with the role that brings them into a post: a volunteer, a pastor, a teacher, a sponsor.

An event post thanks the people around the practice by what they do there: "face painting by volunteer
<Name>", "volunteers <Name> and <Name>", "los voluntarios <Name> y <Name> del Club Rotario", "Pastor <Name> of
<church>", "Principal <Name>", "la maestra <Name> por invitarnos", "<Name>, a volunteer with the Lions", "Gracias a <Name> de
<Organisation> por la traduccion" (a partner thanked with the organisation she came from and what she did, a clinician of another school too: "Dr. <Name> from
the <School> of Dentistry, who visited ..."), "Students
<Name>, <Name> and <Name> handed out ...", "la consejera escolar, la Sra. <Name>" (an article after the role's comma), "Dr. <Name>,
visiting from the <Org>" (a guest by the body she came from), "Mr. <Name> and the <School> volunteers" (with her group), "our volunteer referees <Name> and <Name>", "school nurse <Name>",
placed finishers of a public race or contest with their results ("winners: <Name> (24:10) y <Name>"), the leader of a
partner's group named after it ("los voluntarios de la parroquia <Saint>, coordinados por <Name>", "volunteers from <Club>,
led by <Name>"; not a group of ours: "our nurses, led by <Name>"), who leads the role's crew ("Volunteer lead <Name>"), a role
in brackets after the name ("<Name> (voluntaria)"), and one named under an event's heading or running a part of it
("Coordina: <Name>", "Sign-ups: <Name>", "<Name> will run the sign-up table": event_parts.py). The role
is any the vocabularies hold, by kind (community_roles, occupations, the described roles, school_roles; each with
its plural, an "-or" role with its Spanish feminine: "la instructora <Name>"), and it says why they are named,
and it is no patient's; a bare role of care ("Nurse <Name>") may be staff of ours, who must be on the team, so
only one placed elsewhere counts ("school nurse") or held as a volunteer or a guest ("volunteer SHIP counselor <Name>"). The name
passes when such a role stands right before it (its title, or the word before it; a plural role carries a
list: "volunteers A, B and C") or right after it in an apposition, and nothing ties care to them: no care of
ours or guess at someone's health in the text (care.claims_about_health), none told in their sentence or the
next (cared_for, own_care, received_care, or what we did to them: "le quitamos la verruga a <Name>", "we fitted a knee brace on <Name>", done_to) nor in the third person anywhere in the text ("... In March he was in our
clinic with a torn calf"), no care word right after the name (up to a clause on what the event offers: "; habrá pruebas de glucosa", or the next
item of a program told on one line: "..., Zumba con la instructora <Name>, toma de presión"), and, when the name is spoken to, no body part or aid
of care pointed at in its sentence or the two after ("Coach <Name>, ... that foot goes back in the boot"). A teacher's class ("Ms. <Name>'s 6th graders"), a
licence after the name ("<Name>, CNM, answered"), a business thanked ("al Sr. <Name> de la ferreteria por") and a
role then a comma before a list ("our student volunteers, <Name> and <Name>") count too. A title worn
as a role counts like one ("Referee <Name>", "el entrenador <Name>", "el padre <Name>"; "su padre <Name>" is kin).
"volunteer <Name> had her knee done here" and "Pastor <Name> is recovering from his bypass" stay errors, and a
neighbour's title in a text that tells of care, not as news reported, lets no public figure's reading excuse the
name either (cared_in_role: "el entrenador <Name> ... estaba en nuestra mesa de operaciones por su menisco"). Unlike a public figure (public.py,
own_news.py), a neighbour's own health news never passes. Topics of an event ("yoga para el dolor de espalda": "el"
after a preposition is the article, no "él") and a group served ("diapers for families in our prenatal program")
tell no one's care; a volunteer also called a patient in their sentence is never excused. Each name is read in
bounded windows: linear.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, phrase_pattern, sentence_bounds, sentence_of
from .care import REPORTED_VERB, care_in, cared_for, claims_about_health, diagnosis_in, own_care, pointed_care, received_care
from .done_to import done_to, done_to_named
from .event_parts import named_with_part, under_heading
from .helpers import thanked_for_help
from .known import Person
from .owned_parts import owns_part
from .subjects import blank_subjects
from .vocabulary import DESCRIBED, NAMES


def _plurals(role: str) -> tuple[str, ...]:
    """A role and its plurals, the last word's: "referee(s)", "school nurse(s)", "profesor(es)", "secretar(y|ies)"."""
    head, _, last = role.rpartition(" ")
    if " de " in f" {role} " or not last.isalpha():
        return (role,)  # "chofer de la ruta", "co-owner": said as written
    if last.endswith(("s", "x", "ch", "sh", "z")):
        forms = (last + "es",)
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = (last[:-1] + "ies",)
    else:
        forms = (last + "s", last + "es") if last[-1] not in "aeiou" else (last + "s",)
    return (role, *(f"{head} {form}".strip() for form in forms))


def _genders(role: str) -> tuple[str, ...]:
    """A role and, when its last word is an agent noun in "-or", its Spanish feminine: "instructor" and "instructora",
    "tutor" and "tutora", "velador" and "veladora" (the lists often hold one form; a woman is named with the other)."""
    head, _, last = role.rpartition(" ")
    if last.endswith("or") and last.isalpha() and len(last) > 3:
        return (role, f"{head} {last}a".strip())
    return (role,)


# Any role the vocabularies hold (community roles, occupations, the described roles, a school's), singular or
# plural, an "-or" role in its Spanish feminine too; kin and patients' words are no role, and a role that is also
# an everyday word needs no reading here.
_NOT_ROLES = frozenset(w.lower() for w in (*NAMES["person_before"], *NAMES["roles_also_words"]))
_ROLE_WORDS = frozenset(
    form
    for role in (*NAMES["community_roles"], *NAMES["occupations"], *DESCRIBED["roles"], *NAMES["school_roles"])
    if role.lower() not in _NOT_ROLES
    for gendered in _genders(role.lower())
    if gendered not in _NOT_ROLES
    for form in _plurals(gendered)
)


def is_role_word(word: str) -> bool:
    """Whether one word is a role the vocabularies hold ("Treasurer", "Plumber"): capitalised before a given name and a
    surname it is worn like a title, not the first word of the name ("Treasurer <Given> <Surname>" names her)."""
    return word.lower() in _ROLE_WORDS


_CARE_ROLES = frozenset(form for role in NAMES["care_roles"] for gendered in _genders(role.lower()) for form in _plurals(gendered))
_ROLES = alternation(_ROLE_WORDS)
_ROLE_TITLE = lazyre.compile(rf"(?i:{_ROLES})\.?")
_WORD_BEFORE = lazyre.compile(r"([A-Za-z]+)[ \t]+$")
_NAME = r"[A-Z][\w'’.-]*(?:[ \t]+(?:(?:de|del|la|da|do|dos|das|y)[ \t]+)?[A-Z][\w'’.-]*){0,3}"
# a name of a list, its result or group in brackets after it ("<Name> (17:42) y <Name>", "<Name> (Rotary), <Name>")
_LIST_JOIN = r"(?:[ \t]*\([^()\n]{1,16}\))?(?:[ \t]*,[ \t]*(?:(?i:and|y|e|&)[ \t]+)?|[ \t]+(?i:and|y|e|&)[ \t]+)"
# A Spanish role's field after it, in lower case: "los estudiantes de enfermería <Name>, <Name> y <Name>"
_FIELD = r"(?:[ \t]+(?i:de|del|en)[ \t]+[a-záéíóúñü][\w-]*(?:[ \t]+[a-záéíóúñü][\w-]*){0,2})?"
# Who leads the role's crew, the word after it: "Volunteer lead <Name>", "voluntaria líder <Name>" ("lead" alone is a word)
_LEAD = r"(?:[ \t]+(?i:lead|leads|líder|lider|líderes|lideres)(?![\w-]))?"
# The role before the name, a short aside between ("volunteer (retired) <Name>") or a list's heading ("Our volunteers
# this year: <Name>, ..."), names of the same list before it ("volunteers <Name>, <Name> and <Name>", "los voluntarios <Name> y <Name>"),
# an article after the role's comma ("la consejera escolar, la Sra. <Name>"), a first name the reader left out ("Author Pa <Name>").
_ROLE_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?P<role>(?i:{_ROLES}))(?![\w-]){_LEAD}{_FIELD}[ \t]*(?:\([^()\n]{{1,24}}\)[ \t]*|[^\n:.!?()'’—–]{{0,24}}(?:[:,—–]|[ \t]-))?[ \t]+(?:(?i:the|la|el)[ \t]+)?(?:{_NAME}{_LIST_JOIN}){{0,3}}(?:[A-Z][\w'’-]*[ \t]+(?:(?:de|da|do|dos|das)[ \t]+)?)?$"
)
# The role after the name: "<Name>, a volunteer with ...", "<Name>, voluntaria de la Cruz Roja", "<Name>, our head coach"
_NOT_BETWEEN = alternation((*NAMES["person_before"], "and", "y", "who", "que", "with", "con"))
_ROLE_AFTER = lazyre.compile(
    r"[ \t]*,[ \t]*(?:(?i:a|an|the|our|one[ \t]+of[ \t]+our|el|la|un|una|nuestr[oa]|uno[ \t]+de[ \t]+nuestros|una[ \t]+de[ \t]+nuestras)[ \t]+)?"
    rf"(?:(?!(?i:{_NOT_BETWEEN})(?![\w-]))[a-z][\w-]*[ \t]+)?(?i:{_ROLES})(?![\w-])"
)
# The role in brackets after the name: "<Name> (voluntaria) coordina ...", "<Name> (volunteer, Lions Club)"
_ROLE_IN_BRACKETS = lazyre.compile(rf"[ \t]*\([ \t]*(?:(?i:our|nuestr[oa])[ \t]+)?(?i:{_ROLES})(?![\w-])[^()\n]{{0,30}}\)")
_REACH = 140
# A list's next item: a line break, then a bullet, a check mark or an emoji before its words (the sentence reader runs on)
_NEW_LINE_ITEM = lazyre.compile(r"\n[ \t]*(?:[A-ZÁÉÍÓÚÑ¿¡]|[^\w\s])")  # a line that starts anew, not "...\nrecién operada de la cadera"
_NEXT_ITEM = lazyre.compile(r"\n[ \t]*(?:[-*•·▪►✓✔☑➤→]|[^\x00-\x7f\w])")
# A program told on one line: a colon or a comma before the name's item, and a comma after it that opens no relative,
# apposition or pronoun of hers ("Zumba con la instructora <Name>, toma de presión y tamales"; not ", who ...", ", su ...").
_LIST_BEFORE = lazyre.compile(r"[,:]")
_INLINE_ITEM = lazyre.compile(
    r",[ \t]*(?!(?i:who|whose|which|que|quien|quienes|cuyo|cuya|el[ \t]+cual|la[ \t]+cual|a|an|one|uno|una|our|nuestr[oa]s?|su|sus|his|her|their|its|he|she"
    r"|ella|[eé]l|la|el|now|ya|recently|still|after|tras|despu[eé]s|since|desde|back|de[ \t]+vuelta|fresh|reci[eé]n)(?![\w-]))"
)
_ITEM_END = lazyre.compile(r"[,;]")
# What an event offers everyone: a check, a screening, a shot, a talk, a sign-up ("toma de presión", "blood sugar checks")
_OFFERED = lazyre.compile(
    r"(?<![\w-])(?i:checks?|screenings?|tests?|testing|shots?|pruebas?|tomas?[ \t]+de|chequeos?|mediciones|ex[aá]menes|vacunas?|vacunaci[oó]n|sign-?ups?|inscripciones"
    r"|talks?|charlas?|pl[aá]ticas?|demos?|classes|clases|van|booth|bingo|clinic|consejer[ií]a|m[oó]dulo|recipes?|recetas?|Q&A|mocktails?|stations?|mesa)(?![\w-])"
)
# ... but not one had here: "alive thanks to a free mammogram here", "con nosotros"
_HAD_HERE = lazyre.compile(r"(?<![\w-])(?i:here|aqu[ií]|with[ \t]+us|con[ \t]+nosotros|thanks[ \t]+to|gracias[ \t]+a)(?![\w-])")


def _next_item(text: str, start: int, stop: int) -> bool:
    """Whether the words after the comma, to the next comma, are the program's next item: no care word in them, or
    one the event offers everyone ("toma de presión"); "breast cancer survivor", "operada de la cadera aquí" are hers."""
    end = _item_end(text, start, stop)
    return not care_in(text, start, end) or (_OFFERED.search(text, start, end) is not None and _HAD_HERE.search(text, start, end) is None)


def _item_end(text: str, start: int, stop: int) -> int:
    end = _ITEM_END.search(text, start, stop)
    return end.start() if end else stop


# A state of hers said in apposition: "embarazada de 7 meses", "two-time survivor", "diabética tipo 1", "en remisión"
_HER_STATE = lazyre.compile(
    r"(?<![\w-])(?i:embarazad[oa]|pregnant|expecting|diab[eé]tic[oa]|diabetic|survivor|sobreviviente|operad[oa]|intervenid[oa]|recovering"
    r"|en[ \t]+recuperaci[oó]n|in[ \t]+remission|en[ \t]+remisi[oó]n|amputee|amputad[oa]|transplant|trasplantad[oa]|sober|sobri[oa])(?![\w-])"
    # said of her, not naming a thing: "embarazada de 6 meses", "survivor,", not "Expecting Moms Q&A", "diabetic recipes"
    r"(?=[ \t]*(?:[,;.!?)]|$|(?i:de|del|with|for|since|again|otra|otro|tipo|type|desde|and|y|twice|dos)(?![\w-])))"
)


_NOT_OWN = phrase_pattern((*DESCRIBED["topics"], *DESCRIBED["events"], *DESCRIBED["not_own_care"]))
_SIGNED = lazyre.compile(r"(?:^|[\"”’.!?])?[ \t]*[-–—]{1,2}[ \t]*$", re.MULTILINE)
# People brought to us: "for bringing in half his team for ...", "brought the whole troop in for ...", "por traer a sus alumnos"
_BROUGHT = lazyre.compile(
    r"(?<![\w-])(?i:bring|brings|bringing|brought)[ \t]+(?:(?i:in)(?![\w-])|(?:[\w'’-]+[ \t]+){1,6}?(?i:in[ \t]+for|by[ \t]+for|over[ \t]+for)(?![\w-]))"
    r"|(?<![\w-])(?i:trajo|trajeron|traer|traernos|trayendo|traido)[ \t]+(?i:a)[ \t]+(?i:su|sus|toda|todo|todos|todas|el|la|los|las)(?![\w-])"
)


def community_role(text: str, person: Person, bounds: list[int]) -> bool:
    """Whether `person` is named with a community role and no care of theirs is told (see the module's docstring)."""
    if not person.public or not person.excusable:
        return False  # a patient, a child or a relative named, an age, a label: never excused by a role
    if not _named_with_role(text, person):
        return False
    if _SIGNED.search(text, max(0, person.start - 6), person.start) and not _ROLE_BEFORE.search(text, max(0, person.start - 60), person.start):
        return False  # "- Sra. <Name>, maestra jubilada": a testimonial's signature (not a role's list: "volunteers from <School> — <Name>")
    text = _served(text)
    claims, seen = _read(text)
    if claims:
        return False  # "... came in for ...", "we treated ...", a guess at someone's health: the text speaks of care
    start, end = sentence_of(bounds, person.start)
    if owns_part(text, person.end) and care_in(text, start, end):
        return False  # "a fishhook worked out of trucker <Name>'s thumb": their own body, in a sentence of care (round 129)
    if _PATIENT_WORD.search(text, start, end):
        return False  # "<Name>, one of our patients, volunteers ...": a patient, whatever role they also hold
    if done_to_named(text, bounds, person.start, person.end):
        return False  # "we fitted a knee brace on <Name>, a logger": care of ours done to them
    before = sentence_of(bounds, start - 1)[0] if start > 0 else start
    after = sentence_of(bounds, end)[1] if end < len(text) else end
    if _told(text, bounds, before, seen) or _told(text, bounds, start, seen) or end < after and _told(text, bounds, end, seen):
        return False  # their care, in the sentence that names them, the one before or the next ("... Ya terminaste tu rehab")
    if _told_anywhere(text):
        return False  # "... Six weeks ago he was on our table getting his rotator cuff repaired": care told further on
    if _SPOKEN_TO.match(text, person.end) and _pointed(text, bounds, start):
        return False  # "Coach <Name>, ... Keep that foot in the boot till your recheck, you hear": care said to them
    stop = min(end, person.end + _REACH)
    item = _NEXT_ITEM.search(text, person.end, stop)
    stop = item.start() if item else stop  # "✔ Zumba con la promotora <Name>\n✔ Raspas sin azucar": a list's next item is not about her
    line_end = text.find("\n", person.end, stop)
    if line_end != -1 and _NEW_LINE_ITEM.match(text, line_end) and under_heading(text, person.start):
        stop = line_end  # "Coordinan: <Name> y <Name>\nLleven el carnet de vacunas": a heading's line ends with its names
    if (comma := _INLINE_ITEM.match(text, person.end, stop)) and _HER_STATE.search(text, comma.end(), _item_end(text, comma.end(), stop)):
        return False  # "la instructora <Name>, embarazada de 6 meses, ...": a state of hers in apposition
    if comma and _LIST_BEFORE.search(text, start, person.start) and _next_item(text, comma.end(), stop):
        stop = comma.start()  # "...: a talk on arthritis, Zumba with instructor <Name>, blood pressure checks": the next item
    offer = _OFFER.search(text, person.end, stop) or _OTHERS_OFFER.search(text, person.end, stop)
    stop = offer.start() if offer else stop  # "<Name> coordina las inscripciones; habrá pruebas de glucosa": the event's offer
    if _BROUGHT.search(text, person.end, stop):
        return False  # "Coach <Name>, for bringing his squad in for physicals": the care of those they brought
    # a care word after the name in its sentence, unless a talk or an event of it ("por invitarnos a hablar de la diabetes en su feria")
    return not (care_in(text, person.end, stop) and not _NOT_OWN.search(text, person.end, stop))


# A clause after a semicolon telling what the event offers: "; habrá pruebas gratis de ...", "; there will be free screenings"
_OFFER = lazyre.compile(
    r";[ \t]*(?:(?i:y|and|plus|también|tambien|also)[ \t]+)?(?i:habrá|habra|hay|there[ \t]+will[ \t]+be|there['’]ll[ \t]+be|there[ \t]+is|there[ \t]+are|we['’]ll[ \t]+have|we[ \t]+will[ \t]+have|tendremos|ofreceremos)(?![\w-])"
)


# ... or others who will offer it, in a clause of their own: ", and nursing students will have screening info", ", y las
# promotoras van a ofrecer pruebas" (not her own: ", and her doctor will ..."); the students may be blanked (_served)
_OTHERS_OFFER = lazyre.compile(
    r"(?:,?[ \t]+(?i:and|y)|,[ \t]{3,})[ \t]+(?:(?!(?i:his|her|their|su|sus|él|el|ella|he|she|who|que)(?![\w'’-]))[\w'’-]+[ \t]+){1,6}?"
    r"(?i:will[ \t]+have|will[ \t]+offer|will[ \t]+be[ \t]+offering|will[ \t]+bring|will[ \t]+be[ \t]+there|van[ \t]+a[ \t]+tener|van[ \t]+a[ \t]+ofrecer|tendr[aá]n|ofrecer[aá]n)(?![\w-])"
)


# Those a drive serves, said as a group: "diapers for families in our prenatal program", "para las familias de nuestro
# programa": "in our" and the program after it place the group, they tell no one person's care; blanked (same length)
# before care is read.
_RECIPIENTS = lazyre.compile(
    rf"(?<![\w-])(?i:for|para)[ \t]+(?:(?i:the|all|las|los|todas[ \t]+las|todos[ \t]+los)[ \t]+)?(?i:{alternation(NAMES['recipient_groups'])})"
    r"[ \t]+(?P<ours>(?i:in|at|of|from|en|de)[ \t]+(?i:our|nuestr[oa]s?)(?:[ \t]+(?!(?i:and|or|for|y|o|para)(?![\w-]))[\w'’-]+){0,4})(?![\w-])"
)


@functools.lru_cache(maxsize=4)
def _served(text: str) -> str:
    """The text with each group served and its "in our <program>" blanked, and each field studied or topic talked about
    ("physical therapy students", "naloxone training", "talking about asthma": subjects.py), read once per text (linear)."""
    return blank_subjects(_RECIPIENTS.sub(lambda m: " " * len(m.group(0)), text))


# A volunteer also said to be a patient ("Volunteers <Name> and <Name>, both patients of ours, ..."): never excused.
_PATIENT_WORD = lazyre.compile(r"(?<![\w-])(?i:patients?|pacientes?)(?![\w-])")


@functools.lru_cache(maxsize=4)
def _read(text: str) -> tuple[bool, dict[int, bool]]:
    """Per text: whether it claims care of ours or guesses at health (one scan), and each sentence's care as read."""
    return claims_about_health(text, sentence_bounds(text)) is not None, {}


def care_in_text(text: str) -> bool:
    """Whether the text anywhere claims care of ours, guesses at someone's health or tells someone's care in the third
    person: read once per text (cached), so a finder may ask it for every name."""
    text = _served(text)
    return _told_anywhere(text) or _read(text)[0]


@functools.lru_cache(maxsize=4)
def _told_anywhere(text: str) -> bool:
    """Whether any sentence of the text tells of someone's care in the third person: once per text, not once per name
    (third person only, far from the name: "your team physicals sponsor" tells no one's care)."""
    bounds = sentence_bounds(text)
    return any(cared_for(text, start, stop) or received_care(text, bounds, start) or _diagnosed(text, start, stop) for start, stop in zip(bounds, bounds[1:]))


# "he", "she", "él", "ella", and "el" written without its accent, but not the article after a preposition ("yoga para
# el dolor de espalda", "señales de alarma en el embarazo": a topic of the event, no one's diagnosis).
_HE = lazyre.compile(r"(?<![\w'’-])(?:(?i:he|she|él|ella)(?:['’](?i:s|d))?|(?P<el>(?i:el)))(?![\w'’-])")
_PREPOSITION = lazyre.compile(r"(?<![\w-])(?i:para|sobre|contra|desde|hasta|entre|en|de|con|por|sin|a)[ \t]+$")


# "el" before a place's or a body's noun is the article whatever stands before it ("y el centro comunitario del barrio",
# "o el club de leones": round 49, an event's partners listed after "y")
_BODIES = ("centro", "club", "equipo", "grupo", "programa", "comite", "comité", "consulado", "hospital", "departamento", "condado")
_BODIES += ("ayuntamiento", "municipio", "banco", "museo", "salon", "salón", "instituto", "distrito", "concilio", "consejo")
_PLACE_NOUN_AFTER = lazyre.compile(rf"[ \t]+(?i:{alternation((*DESCRIBED['place_nouns'], *_BODIES))})(?![\w-])")


_NAME_AFTER = lazyre.compile(r"[ \t]+[A-ZÁÉÍÓÚÑ]")  # "Taquería El Güero", "El Paso": a capital "El" before a name is its article


def _he_in(text: str, start: int, stop: int) -> bool:
    """Whether a "he" or "she" stands in text[start:stop], "el" after a preposition, before a place's noun or opening a
    name ("Taquería El Güero") being the article."""
    return any(
        not (
            he.group("el")
            and (_PREPOSITION.search(text, max(start, he.start() - 8), he.start()) or _PLACE_NOUN_AFTER.match(text, he.end(), stop) or he.group(0) == "El" and _NAME_AFTER.match(text, he.end(), stop))
        )
        for he in _HE.finditer(text, start, stop)
    )


_ON_THE_TABLE = lazyre.compile(r"(?i:on[ \t]+(?:our|the)|en[ \t]+(?:nuestra|la))[ \t]+$")


def _diagnosed(text: str, start: int, stop: int) -> bool:
    """A condition or an injury told of "he" or "she" ("In May she was on our table with a ruptured tendon"), not a topic
    ("she shared her tips on asthma"); "on our table" is the operating table, no booth."""
    if not _he_in(text, start, stop) or not diagnosis_in(text, start, stop):
        return False
    for topic in _NOT_OWN.finditer(text, start, stop):
        if not (topic.group(0).lower() in ("table", "mesa") and _ON_THE_TABLE.search(text, max(start, topic.start() - 14), topic.start())):
            return False
    return True


_SPOKEN_TO = lazyre.compile(r"[ \t]*[,!]")  # "Coach <Name>, ...", "Profe <Name>! ..."
_NEIGHBOUR_TITLES = frozenset(NAMES["neighbour_titles"])
_POSSESSIVE = lazyre.compile(r"(?<![\w-])(?i:my|his|her|their|our|your|mi|su|sus|tu|nuestro)[ \t]+$")


def _pointed(text: str, bounds: list[int], start: int) -> bool:
    """A body part or an aid of care pointed at ("that ankle", "esa rodilla") in the sentence at `start` or the two after."""
    for _ in range(3):
        stop = sentence_of(bounds, start)[1]
        if pointed_care(text, start, stop, spoken=True):
            return True
        if stop >= len(text):
            return False
        start = stop
    return False


def cared_in_role(text: str, person: Person, bounds: list[int]) -> bool:
    """Whether `person` wears a neighbour's title ("Coach <Name>", "el entrenador <Name>", "Pastor <Name>") in a text
    that tells of care and is no news reported: no public figure's reading excuses them then ("Gracias al entrenador
    <Name> por la cancha. ... Hace un mes estaba en nuestra mesa de operaciones por su menisco")."""
    role = person.title or (_WORD_BEFORE.search(text, max(0, person.start - 24), person.start) or [None, ""])[1]
    if role.lower().rstrip(".") not in _NEIGHBOUR_TITLES or _reported(text):
        return False
    return care_in_text(text)


@functools.lru_cache(maxsize=4)
def _reported(text: str) -> bool:
    """Whether the text reports news ("the club said"): once per text, not once per name."""
    return REPORTED_VERB.search(text) is not None


def _told(text: str, bounds: list[int], start: int, seen: dict[int, bool]) -> bool:
    """Whether the sentence at `start` tells of someone's care, ours to them included; read once per sentence."""
    if start not in seen:
        stop = sentence_of(bounds, start)[1]
        seen[start] = cared_for(text, start, stop) or own_care(text, start, stop, second_person=True) or received_care(text, bounds, start) or done_to(text, start, stop)
    return seen[start]


def _named_with_role(text: str, person: Person) -> bool:
    if _CREDENTIAL_AFTER.match(text, person.end) or _CLASS_AFTER.match(text, person.end):
        return True  # "<Name>, CNM, answered questions": a clinician by licence; "Ms. <Name>'s 6th graders": a teacher's class
    if person.title and _ROLE_TITLE.fullmatch(person.title) or len(person.words) > 1 and _ROLE_TITLE.fullmatch(person.words[0]):
        # "Pastor <Name>", "Principal <Name>", "la maestra <Name>"; "Chef <Name>" read as one run of capitals
        return _not_ours(text, person.start, person.title or person.words[0])
    before = _ROLE_BEFORE.search(text, max(0, person.start - _REACH), person.start)
    if before:
        return _not_ours(text, before.start(), before.group("role"))
    if _BUSINESS_AFTER.match(text, person.end) and _THANKS_BEFORE.search(text, max(0, person.start - 160), person.start):
        return True  # "Gracias ... al Sr. <Name> de la ferreteria por ...": a partner thanked with the business they came from
    credited = _CREDITED.match(text, person.start)
    if credited and _THANKED.search(text, max(0, person.start - 24), person.start) and _organisation(credited.group("org")):
        return True  # "Gracias a <Name> de <Organisation> por la traduccion": a partner credited by her organisation
    if thanked_for_help(text, person):
        return True  # "Gracias a Hermana <Name> y a don <Name>, por ayudarnos a repartir gorras": helpers (helpers.py)
    came = _CAME_FROM.match(text, person.end)
    if came and _organisation(came.group("org")):
        return True  # "Dr. <Name>, visiting from the <Medical Association>": a guest named by the body she came from
    if _leads_group(text, person.start):
        return True  # "los voluntarios de la parroquia <Saint>, coordinados por <Name>": the leader of a partner's group
    if named_with_part(text, person):
        return True  # "Coordina: <Name>", "Sign-ups: <Name>", "<Name> will run the sign-up table" (event_parts.py)
    return any(after.match(text, person.end) is not None for after in (_ROLE_AFTER, _ROLE_IN_BRACKETS, _WITH_GROUP))


# A guest named by the body they came from ("<Name>, visiting from the <Org>", "<Name>, de visita desde <Org>"), and one
# named with the group they came with, its role after it ("Mr. <Name> and the <School> mariachi", "<Name> y el coro de <Parroquia>").
_CAME_FROM = lazyre.compile(
    r"[ \t]*,[ \t]*(?i:visiting|volunteering|joining[ \t]+us|here|who[ \t]+came|de[ \t]+visita|que[ \t]+vino|quien[ \t]+vino)[ \t]+"
    r"(?i:from|with|of|de|desde|con|del)[ \t]+(?:(?i:the|la|el|los|las)[ \t]+)?(?P<org>[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:de|del|of|the|la|y|and|&|for)[ \t]+)?[A-Z][\w'’&.-]*){0,5})"
)
# A partner's group, then who leads it: "los voluntarios de la parroquia <Saint>, dirigidos por don <Name>", "volunteers
# from <Club>, led by <Name>"; the group (a plural role or a group word) stands in the same clause before "by"/"por".
_LED_BY = lazyre.compile(
    r"(?<![\w-])(?:(?i:coordinated|led|organi[sz]ed|directed|headed|captained)[ \t]+(?i:by)"
    r"|(?i:coordinad|dirigid|encabezad|organizad|liderad|guiad|capitanead)(?i:[oa]s?)[ \t]+(?i:por)"
    r"|(?i:a[ \t]+cargo[ \t]+de|bajo[ \t]+la[ \t]+direcci[oó]n[ \t]+de|under[ \t]+the[ \t]+direction[ \t]+of))"
    r"[ \t]+(?:(?i:the|el|la|nuestr[oa]|our)[ \t]+)?$"
)
_GROUP_WORDS = (
    "team",
    "teams",
    "group",
    "club",
    "crew",
    "members",
    "brigade",
    "ministry",
    "committee",
    "choir",
    "troop",
    "squad",
    "equipo",
    "grupo",
    "brigada",
    "miembros",
    "integrantes",
    "ministerio",
    "comite",
    "comité",
    "coro",
    "cuadrilla",
    "jovenes",
    "jóvenes",
)
_GROUP = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*_ROLE_WORDS, *_GROUP_WORDS))})(?![\w-])")
_CLAUSE_END = lazyre.compile(r"[.!?\n;]")
_OURS_BEFORE = lazyre.compile(r"(?<![\w-])(?i:our|nuestr[oa]s?)[ \t]+$")


def _leads_group(text: str, start: int) -> bool:
    """Whether the name at `start` follows "coordinated by", "dirigidos por" after a group not ours in its clause."""
    led = _LED_BY.search(text, max(0, start - 48), start)
    if led is None:
        return False
    ends = [m.end() for m in _CLAUSE_END.finditer(text, max(0, led.start() - 120), led.start())]
    window = ends[-1] if ends else max(0, led.start() - 120)
    for group in _GROUP.finditer(text, window, led.start()):
        if group.group(0).lower() in _CARE_ROLES or _OURS_BEFORE.search(text, max(0, group.start() - 12), group.start()):
            continue  # "our nurses, led by <Name>": staff of ours, who must be on the team
        return True
    return False


_WITH_GROUP = lazyre.compile(rf"[ \t]+(?i:and|y|&)[ \t]+(?i:the|el|la|los|las|his|her|su|sus)[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,4}}(?i:{_ROLES})(?![\w-])")


# A partner thanked with the organisation they came from and what they did: "Thanks to <Name> of <Organisation> for the
# flyers", "Gracias a <Name> de <Organisation> por la traduccion" (the organisation's words are no part of the name).
_THANKED = lazyre.compile(
    r"(?<![\w-])(?i:thanks[ \t]+to|thank[ \t]+you[ \t]+to|thanks[ \t]+so[ \t]+much[ \t]+to|shout[ \t]*out[ \t]+to|gracias[ \t]+a|gracias[ \t]+tambi[eé]n[ \t]+a|agradecemos[ \t]+a|gracias[ \t]+al|agradecemos[ \t]+al)[ \t]+(?:(?i:la)[ \t]+)?$"
)
_ORG = r"[A-Z][\w'’&.-]*(?:[ \t]+(?:(?:de|del|of|the|la|las|los|el|y|and|&|for|para)[ \t]+)?[A-Z][\w'’&.-]*){0,5}"
_CREDITED = lazyre.compile(
    rf"[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){{0,2}}[ \t]+(?i:de|del|of|from|with|con)[ \t]+(?:(?i:la|el|los|las|the)[ \t]+)?(?P<org>{_ORG})"
    r"(?:[ \t]*,?[ \t]+(?i:por|for)|[ \t]*,[ \t]*(?i:who|que|quien))(?![\w-])"  # what they did, or a clause telling it
)


# A clinician by licence written after the name ("<Name>, CNM, answered", "<Name>, RN."), a teacher's class ("Ms.
# <Name>'s 6th graders", "Mr. <Name>'s homeroom"), a neighbour by their business ("Sr. <Name> de la ferreteria por").
_CREDENTIAL_AFTER = lazyre.compile(rf"[ \t]*,[ \t]*(?:{alternation(NAMES['credentials'])})(?![\w/-])")
_CLASS_AFTER = lazyre.compile(
    rf"['’]s[ \t]+(?:(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|seventh|eighth))[ \t-]*(?:(?i:grade)[ \t]+)?)?"
    rf"(?i:{alternation(DESCRIBED['class_groups'])})(?![\w-])"
)
_BUSINESS_AFTER = lazyre.compile(
    rf"[ \t]+(?i:de[ \t]+la|del|de[ \t]+el|from[ \t]+the|at[ \t]+the|of[ \t]+the)[ \t]+(?:(?i:new|local|nueva|vieja)[ \t]+)?"
    rf"(?i:{alternation(DESCRIBED['place_nouns'])})(?![\w-])[ \t]*,?[ \t]*(?:(?i:por|for|who|que)(?![\w-])|[!,.])"
)
_THANKS_BEFORE = lazyre.compile(r"(?<![\w-])(?i:thanks|thank[ \t]+you|gracias|agradecemos|agradecimiento)(?![\w-])[^.!?\n]*$")


def _organisation(words: str) -> bool:
    """Two capitalised words or more, the first no surname ("Vecinos de Westwood"; "de Castellanos" is her surname)."""
    caps = [w for w in words.split() if w[:1].isupper()]
    info = lexicon_names.name_info(caps[0]) if caps else None
    return len(caps) >= 2 and (info is None or not info.surname or info.also_word)


def _not_ours(text: str, start: int, role: str) -> bool:
    """A bare role of care ("Nurse <Name>", "la enfermera <Name>") may be staff of ours, who must be on the team; a
    role of care somewhere else ("school nurse <Name>", "la enfermera escolar <Name>") is theirs."""
    role = role.lower().rstrip(".")
    if role in ("padre", "father"):
        return _POSSESSIVE.search(text, max(0, start - 12), start) is None  # "el padre <Name>", not "su padre <Name>": kin
    if role not in _CARE_ROLES:
        return True
    if _VOLUNTEER_BEFORE.search(text, max(0, start - 40), start) and not _OURS_TOO.search(text):
        return True  # "volunteer HICAP counselor <Name>": a volunteer of another body named, no staff of ours
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)  # a title read alone: "school" + "nurse"
    return before is not None and f"{before.group(1).lower()} {role}" in _ROLE_WORDS


_VOLUNTEER_BEFORE = lazyre.compile(r"(?<![\w-])(?i:volunteer|voluntari[oa])[ \t]+(?:[A-Z][\w&.-]*[ \t]+){1,3}$")
# Care of ours anywhere in the text makes a volunteer's care role no excuse: "see you at your follow-up", "we delivered"
_OURS_TOO = lazyre.compile(
    r"(?<![\w-])(?:(?i:your|su|tu)[ \t]+(?i:follow-?up|appointment|appt|visit|cita|consulta|seguimiento|next[ \t]+session|pr[oó]xima[ \t]+sesi[oó]n)"
    r"|(?i:we|our[ \t]+team)[ \t]+(?i:delivered|treated|saw|operated)|(?i:support[ \t]+group|grupo[ \t]+de[ \t]+apoyo))(?![\w-])"
)
