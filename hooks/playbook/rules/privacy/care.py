"""Whether a passage tells of someone's care: a word of care, our care of them, a milestone, a guess.

PHI003, PHI011 and PHI012 only refuse a name, a description or a photo once the text ties it to care;
this is where that tie is read. Every function takes bounds and scans once.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...bilingual import fold
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, phrase_pattern, sentence_of
from .attends import comes_to_ours
from .care_of_all import urged_on_all, work_for_all
from .common import CLINICAL, PATIENT_COMPOUNDS
from .company import company_with_us
from .everyday_senses import TREATED_TO, other_sense, staff_tenure
from .injuries import injury_in
from .parts_we_treated import part_we_treated
from .removed_parts import removed_by_us, removed_part
from .vocabulary import DESCRIBED, NAMES


@functools.lru_cache(maxsize=1024)  # asked again of the same window by each reading near it (half the calls)
def care_in(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether text[start:end] holds a word of care: a clinical term, or "appointment", "recovery", "cita"; not "labor"
    as work ("every labor camp", "the labor union hall", "a labor of love", "farm labor"), nor "shot" of a sport or a camera
    ("shot put", "a group shot"): everyday_senses.other_sense."""
    end = len(text) if end is None else end
    if any(not other_sense(text, word, start, end) for word in CARE_WORDS.finditer(text, start, end)) or CLINICAL.search(text, start, end):
        return True
    if injury_in(text, start, end) or _DELIVERED.search(text, start, end):
        return True  # "chipped his front tooth", "se quebró el brazo" (injuries.py); a baby we delivered
    return any(not found.common for found in lexicon_clinical.find(text[start:end]))


# A baby delivered, told in everyday words (round 141: "glad to deliver your daughter before dawn"), not a parcel or a prescription
_DELIVERED = lazyre.compile(
    r"(?<![\w-])(?i:deliver|delivered|delivering)[ \t]+(?i:your|her|his|their|the|a|baby)(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?i:baby|babies|twins|triplets|son|daughter|girl|boy|grandbaby|grandson|granddaughter|little[ \t]+one)(?![\w-])"
    r"(?![ \t]+(?!(?i:at|on|in|last|this|early|after|with|and|who|to|into|for)(?![\w-]))[a-z])"  # not "the baby boxes"
    r"|(?<![\w-])(?i:atend\w{1,6}|recibi\w{1,4})[ \t]+(?i:el|su)[ \t]+(?i:parto)(?![\w-])|(?<![\w-])(?i:trajo|trajimos|trajeron|ayudamos[ \t]+a[ \t]+traer)[ \t]+al[ \t]+mundo(?![\w-])"
    # a baby born in our clinic (round 147: "la niña nació aquí mismo en la clínica"), not "nació aquí en el barrio"
    r"|(?<![\w-])(?i:naci[oó]|nacieron)[ \t]+(?:(?i:aqu[ií]|ah[ií]|mismo|justo)[ \t]+){0,2}(?i:en)[ \t]+(?i:la|nuestra|nuestro)[ \t]+(?i:cl[ií]nica|consultorio|sala|oficina|estacionamiento)(?![\w-])"
)


CARE_WORDS = phrase_pattern(NAMES["care_words"])


def names_condition(text: str, start: int) -> bool:
    """Whether a clinical term of the lexicon starts at `start` ("Bell's palsy", "Alzheimer's disease")."""
    return lexicon_clinical.term_at(text, start) is not None


def care_near(text: str, start: int, words: int = 4) -> bool:
    """A care or clinical word within a few words after `start` ("- Dmitri, ACL reconstruction")."""
    window = " ".join(re.findall(r"\S+", text[start : start + 80])[:words])
    return care_in(window)


def care_owned(text: str, end: int) -> bool:
    """A possessive "'s" at `end` and care in the few words after it ("Jaylen M.'s upper teeth before treatment")."""
    return text.startswith(("'s", "’s"), end) and care_near(text, end + 2)


# A public source: "según el club", "according to the CDC" (an agency in capitals), not "según sus compañeros"
_SOURCES = rf"(?i:{alternation(NAMES['reported_sources'])})|(?-i:{alternation(NAMES['handle_agency_acronyms'])})"
REPORTED_VERB = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reported'])}|citing|(?:according\s+to|segun)(?=(?:[ \t]+[\w'’-]+){{0,5}}?[ \t]+(?:{_SOURCES})(?![\w-])))(?![\w-])")
_HEDGE = phrase_pattern(NAMES["hedges"])
_CARE_HERE = phrase_pattern(NAMES["care_here"])
_FOR_A_JOB = lazyre.compile(
    r"[ \t]+(?i:for|por|para)[ \t]+(?i:a|an|un|una|her|his|su)[ \t]+(?:(?!(?i:new|patient|paciente|nuev[oa])(?![\w-]))[^\s.!?]+[ \t]+){0,3}?(?i:job|shift|position|trabajo|puesto)(?![\w-])"
)
_OUR_PATIENT = frozenset(("our patient", "our client", "nuestro paciente", "nuestra paciente"))
_COMPOUND_AFTER = lazyre.compile(rf"[ \t]+(?i:{alternation(PATIENT_COMPOUNDS)})(?![\w-])")
_FOR_A_THING = lazyre.compile(r"\s+(?i:el|la|los|las|un|una|unos|unas)\s")  # "vinieron por las paletas": a thing, no one's


# One person among our patients, whatever kind (round 53): "is one of our memory care patients", "es una de nuestras
# pacientes de diálisis" (not "one of our patients' favorite nurses", "one of our patient navigators")
_ONE_OF_OURS = lazyre.compile(
    r"(?<![\w-])(?i:one|uno|una)[ \t]+(?i:of|de)[ \t]+(?i:our|nuestr[oa]s)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?i:patients|clients|pacientes|clientes|pacientitos|pacientitas)(?![\w'’-])"
)


def _care_here(text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first phrase of care at the practice in text[start:end]; a bare "con nosotros" after a verb of an outing
    ("caminaron con nosotros en la Caminata", "pedalearon con nosotros") or before where we went together or what we
    gave there ("vino con nosotros a la Escuela <Name> a regalar lentes") is company at a public activity, no care;
    one person among our patients counts too ("one of our memory care patients")."""
    end = len(text) if end is None else end
    found = None
    for match in _CARE_HERE.finditer(text, start, end):
        if match.group().lower() == "con nosotros" and (company_with_us(text, start, match.start(), match.end(), care_in) or staff_tenure(text, match.start())):
            continue
        if fold(match.group().lower()) in ("vino por", "vinieron por") and _FOR_A_THING.match(text, match.end()) and not care_in(text, match.end(), min(end, match.end() + 40)):
            continue  # "las familias que vinieron por las paletas": came for a treat, no care (not "por su ...", "por primera vez")
        if match.group().lower().endswith((" with", " con")) and not care_in(text, match.end(), min(end, match.end() + 60)):
            continue  # "walked into our office with a box of donuts": what they brought, no care
        if work_for_all(text, match):
            continue  # "ten years of caring for the Valley", "for caring for our families": the practice's work for all, no one's care
        if _FOR_A_JOB.match(text, match.end()):
            continue  # "Gloria walked in here for a summer filing job": hired, no care
        if match.group().lower() in _OUR_PATIENT and _COMPOUND_AFTER.match(text, match.end()):
            continue  # "our patient coordinator just passed nine years here": a staff job, no patient (common.PATIENT_COMPOUNDS)
        if (treated := match.group().lower().find("treated")) >= 0 and (treat := TREATED_TO.match(text, match.start() + treated, end)) and not care_in(text, treat.end(), end):
            continue  # "we treated the crossing guard to breakfast": hospitality, no care (unless care follows it)
        found = match
        break
    return _ONE_OF_OURS.search(text, start, end if found is None else found.start()) or found


_POSSESSIVE_CARE = lazyre.compile(r"(?<![\w-])(?i:his|her|their|su|sus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")


_OUR_CARE = lazyre.compile(
    r"(?<![\w-])(?i:with|through|thanks\s+to|(?P<at>in|at|from|en))\s+(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)|(?<![\w-])(?i:con|gracias\s+a)\s+(?i:nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)"
    # help of ours: "with the help of our hospice nurses", "con ayuda de nuestras enfermeras de hospicio"
    r"|(?<![\w-])(?i:with\s+(?:the\s+)?help\s+(?:of|from)|con\s+(?:la\s+)?ayuda\s+de)\s+(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)"
)
# A relative of someone, cared for by us: "whose husband we treated", "cuyo hijo operamos", "cuya mama atendimos".
_WHOSE_OURS = lazyre.compile(
    r"(?<![\w-])(?i:whose|cuy[oa]s?)\s+(?:[\w'’-]+\s+){1,2}?(?:(?i:we|nosotros)\s+)?"
    r"(?i:treated|operated|cared|delivered|looked\s+after|operamos|atendimos|tratamos|cuidamos|acompanamos|vacunamos|internamos|recibimos"
    # what was done is care whatever it was done to (round 132: "whose knee we scoped"); not "repaired", "fixed": a roof too
    r"|scoped|stitched|sutured|casted|splinted|pinned|vaccinated|screened|x-rayed|biopsied|drained|enyesamos|cosimos|suturamos|entablillamos)(?![\w-])"
)
# Someone our people cared for, said in a clause about them: "whom our team screened for melanoma", "who we treated", "a quien atendimos" (no care word needed)
_WHOM_OURS = lazyre.compile(
    r"(?<![\w-])(?i:whom|who|a\s+quien(?:es)?|al\s+que|a\s+la\s+que)\s+(?:(?i:we|nosotros)\s+|(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?i:team|staff|doctors?|nurses?|providers?|surgeons?|dermatologists?|clinicians?|equipo|personal|doctor[ae]s?|enfermer[oa]s?|cirujan[oa]s?|medic[oa]s?)\s+)"
    r"(?:(?i:also|just|recently|once|ya|tambien|también)\s+)?(?i:treated|screened|operated|examined|diagnosed|vaccinated|delivered|cared\s+for|saw"
    r"|trat[oó]|atendi[oó]|oper[oó]|revis[oó]|examin[oó]|diagnostic[oó]|vacun[oó]|cuid[oó])(?![\w-])"
    r"|(?<![\w-])(?i:a\s+quien(?:es)?|al\s+que|a\s+la\s+que)\s+(?i:tratamos|atendimos|operamos|revisamos|examinamos|diagnosticamos|vacunamos|cuidamos|intervenimos)(?![\w-])"
)
# "her tips on asthma", "su charla sobre la diabetes": what someone says about care is no care of theirs;
# "at our diabetes awareness event", "en nuestra feria de salud": an event of ours is no one's care.
_TOPIC = lazyre.compile(rf"(?:[\w'’-]+\s+){{0,2}}?(?i:{alternation(DESCRIBED['topics'])})(?![\w-])")
_EVENT = lazyre.compile(rf"(?:[\w'’-]+\s+){{0,3}}?(?i:{alternation(DESCRIBED['events'])})(?![\w-])")


def cared_for(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says we cared for someone or names their care.

    "came in for his back", "su operacion", "beat it with our shockwave therapy program";
    not "shared her tips on asthma" or "spoke at our diabetes awareness event".
    """
    for match in _POSSESSIVE_CARE.finditer(text, start, end):
        if not _TOPIC.match(text, match.end(), end) and care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    return _OWN_CHECK.search(text, start, end) is not None or cared_by_us(text, start, end)


# A check one person had, said as theirs: "did his screening", "got her annual checkup", "su chequeo"; a check
# that names a team, a programme or a day ("her screening team", "su jornada de tamizaje") is the practice's.
_OWN_CHECK = lazyre.compile(
    r"(?<![\w-])(?i:did|had|got|finished|completed|hizo|tuvo|termino)\s+(?i:his|her|their|su|sus)\s+(?:[\w'’-]+\s+)?"
    r"(?i:screening|screenings|checkup|check-up|chequeo|tamizaje)(?![\w'’-])"
    r"(?!\s+(?i:team|program|programs|clinic|staff|event|day|days|fair|drive|campaign|room|equipo|programa|clinica|campana|jornada|feria|sala)(?![\w'’-]))"
)


# Hospice care told as company to the end: "lo acompañamos junto a sus hijos hasta el final", "we stayed with her
# through her final days", "lo acompañamos en sus últimos días". A walk or a fair "to the end" has no "our"/"we" subject
# with a person's last days; the gap is a few words, so the look stays bounded.
_TO_THE_END = lazyre.compile(
    r"(?<![\w-])(?i:acompanamos|acompanar(?:lo|la|le)|acompanandol[oa]|cuidamos|estuvimos[ \t]+con[ \t]+(?:el|ella)|walked[ \t]+with[ \t]+(?:him|her|them)"
    r"|stayed[ \t]+with[ \t]+(?:him|her|them)|sat[ \t]+with[ \t]+(?:him|her|them)|accompanied[ \t]+(?:him|her|them)|were[ \t]+with[ \t]+(?:him|her|them)|cared[ \t]+for[ \t]+(?:him|her|them))"
    r"(?:[ \t,]+[\w'’]+){0,5}?[ \t,]+(?i:hasta[ \t]+el[ \t]+(?:final|ultimo[ \t]+momento|ultimo[ \t]+dia)|en[ \t]+sus[ \t]+ultimos[ \t]+(?:dias|meses|momentos)"
    r"|(?:to|until|till)[ \t]+the[ \t]+(?:very[ \t]+)?end|(?:through|in)[ \t]+(?:his|her|their)[ \t]+(?:final|last)[ \t]+(?:days|weeks|months|hours))(?![\w-])(?![ \t]+(?i:of|de|del)(?![\w-]))"  # not "to the end of the route"
)


def cared_by_us(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says the care was ours: "came in for", "we treated", "whom our team screened", "with our therapy program",
    "rehab with us", "surgery with Dr. Chen", a part of theirs we treated ("the hip we replaced") (cared_for without "his" or "her" care, which may be their own news)."""
    if _care_here(text, start, end) or _WHOSE_OURS.search(text, start, end) or _WHOM_OURS.search(text, start, end) or _ATTENDED.search(text, start, end) or _TO_THE_END.search(text, start, end):
        return True
    if part_we_treated(text, start, end) or comes_to_ours(text, start, end, care_in, _EVENT):  # "the knee we scoped", "keeps coming to our grief group"
        return True
    for match in _OUR_CARE.finditer(text, start, end):
        if match.group("at") and _EVENT.match(text, match.end(), end):
            continue
        if care_in(text[match.start() : min(end, match.end() + 40)]):
            return True
    for match in _WITH_US.finditer(text, start, end):  # "after carpal tunnel surgery with Dr. Chen", "rehab with us"
        before = text[max(start, match.start() - 40) : match.start()]
        if care_in(before) and not _YOURS.search(before) and not _ON_A_TOPIC.search(before):  # not "charlas sobre lactancia con la Dra. <Name>"
            return True
    return False


_STAFF = alternation(sorted({form for role in DESCRIBED["staff_roles"] for form in (role, role + "s", role + "es", role.replace("wife", "wives"))}))
# Attended by our own clinical staff needs no care word: "atendida aqui con nuestras parteras", "delivered here by our midwives", "seen by our nurse".
_ATTENDED = lazyre.compile(
    r"(?<![\w-])(?:(?i:atendid[oa]s?|recibid[oa]s?|cuidad[oa]s?|delivered|caught|attended|seen|cared\s+for|looked\s+after)(?:\s+(?i:here|right\s+here|aqu[ií]|ac[aá]))?"
    # a birth here: "nacio aqui con nuestras parteras", "arrived here with our midwives" (not "arrived with our nurses")
    r"|(?i:naci[oó]|nacieron|nacid[oa]s?|born|arrived|lleg[oó]|llegaron)\s+(?i:here|right\s+here|aqu[ií]|ac[aá]))\s+(?i:by|with|por|con)\s+(?i:our|nuestr[oa]s?)\s+(?:[\w'’-]+\s+)??"
    rf"(?i:{_STAFF})(?![\w'’-])"
)
_WITH_US = lazyre.compile(
    r"(?<![\w-])(?i:with\s+us|con\s+nosotros)(?![\w-])"
    # "after concussion checks with our staff", "tras el protocolo con nuestro equipo"
    r"|(?<![\w-])(?i:with\s+our|con\s+nuestr[oa]s?)\s+(?i:team|staff|providers|doctors|docs|therapists|PTs|nurses|equipo|personal|doctores|doctoras|terapeutas|enfermeras|fisioterapeutas)(?![\w-])"
    r"|(?<![\w-])(?i:with|con)\s+(?:(?i:el|la)\s+)?(?:Dr|Dra|Doctor|Doctora)\.?\s+[A-Z]"
)
_ON_A_TOPIC = lazyre.compile(rf"(?<![\w-])(?i:{alternation(DESCRIBED['topics'])})\s+(?i:sobre|de|del|about|on|acerca\s+de)\s")
_YOURS = lazyre.compile(r"(?<![\w-])(?i:your|you|tu|tus|get|book|schedule|agenda|reserva)(?![\w-])")


MILESTONE_STATE = phrase_pattern(DESCRIBED["milestone_states"])
MILESTONE_VERB = phrase_pattern(DESCRIBED["milestone_verbs"])
_NOT_OWN = phrase_pattern((*DESCRIBED["topics"], *DESCRIBED["events"], *DESCRIBED["not_own_care"]))
_YOUR_CARE = lazyre.compile(r"(?<![\w-])(?i:your|tu|tus)\s+(?:[\w'’-]+\s+){0,3}?(?=\S)")
_BRING = lazyre.compile(r"(?<![\w-])(?i:bring|show|have|grab|traiga|traigan|trae|traer|lleve|lleven|presente|presenten)\s+$")  # round 152
_PAPERS = lazyre.compile(r"(?i:insurance|medicaid|medicare|id|photo\s+id|vaccine|immunization|shot)?\s*(?i:cards?|forms?|paperwork|records?|list|papers)(?![\w-])")
_HOW_TO_BOOK = lazyre.compile(r"(?<![\w-])(?i:how\s+to|where\s+to|c[oó]mo|d[oó]nde|para)\s+(?i:book|schedule|make|agendar|sacar|reservar|programar|hacer)\s+$")


_VISITED = phrase_pattern(("came in", "came by", "stopped by", "stopped in", "dropped by", "visited us", "vino", "vinieron", "nos visito", "paso a vernos"))
_VISIT_END = lazyre.compile(r"[,;:()]|(?<![\w-])(?i:for|to\s+help|to\s+bring|para|y\s+nos|and\s+brought)(?![\w-])")
_OBJECT_END = lazyre.compile(r"[,;:()]|(?<![\w-])(?i:for|to|at|with|from|in|on|and|but|because|while|para|por|con|en|y|pero|porque|mientras)(?![\w-])")
_DONE = phrase_pattern(("fixed", "replaced", "removed", "out", "off", "done", "repaired", "set", "drained", "pulled", "taken out", "treated", "operated on", "stitched"))
_NEW = phrase_pattern(("new", "nueva", "nuevo", "nuevas", "nuevos"))
_GIVEN_ONLY = lazyre.compile(r"(?i:vaccine|vaccines|shot|shots|booster|vacuna|vacunas|refuerzo|test|tests|testing|screening|check|checks|checkup|prueba|pruebas|examen|exam|physical|panel)")


def _had_care(window: str) -> bool:
    """'got'/'had' before a care of one's own: a condition ("had a stroke", "got that hernia fixed"), a
    procedure ("had hip surgery", "got braces"), a body part made new or fixed ("got a new knee"); not
    what one stocks or hands out ("got the new shingles vaccine in stock", "got flu shots for the crew")."""
    done = _DONE.search(window) is not None
    for found in lexicon_clinical.find(window):
        if found.category == "condition" or done:
            return True
        if found.category == "procedure" and not _GIVEN_ONLY.search(found.term):
            return True
        if found.category == "body_part" and _NEW.search(window):  # "got a new knee"
            return True
    return done and bool(CARE_WORDS.search(window) or CLINICAL.search(window))


# Back after care: "good to see you back on the trail after your hip replacement", "de vuelta en la cancha despues de su fractura".
_BACK_AFTER = lazyre.compile(
    r"(?<![\w-])(?i:welcome\s+back|back\s+(?:to|on|at|in)|de\s+vuelta|bienvenid[oa]s?\s+de\s+vuelta|regreso\s+a|volvio\s+a)"
    r"(?![\w-])[^.!?\n]{0,60}?(?<![\w-])(?i:after|despues\s+de)\s+(?:(?i:that|this|her|his|their|your|a|an|the|su|sus|la|el|esa|ese)\s+)?"
)


# A course of care completed: "after 18 months of braces", "despues de 6 semanas de terapia", "tras un ano de quimio".
_AFTER_COURSE = lazyre.compile(
    r"(?<![\w-])(?i:after|despues\s+de|luego\s+de|tras)\s+(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dieciocho)"
    r"\s+(?i:long\s+|largos?\s+|largas\s+)?(?i:days?|weeks?|months?|years?|dias|semanas|meses|mes|anos|ano|rounds?|cycles?|sessions?|rondas?|ciclos?|sesion|sesiones)\s+(?i:of|de)\s+"
)


# Care just behind someone, said with an article where a post about one person would say "her": "despues de las
# quimios", "tras las terapias", "luego de la dialisis", "after the chemo", "after that last round of radiation".
_AFTER_THE = lazyre.compile(
    r"(?<![\w-])(?i:after|despues\s+de|luego\s+de|tras)\s+(?i:the|that|this|those|la|las|el|los|esa|esas|ese|esos|sus?|his|her|their)"
    r"\s+(?:(?i:last|final|long|ultima|ultimas|ultimo|ultimos|largas?|largos?)\s+)?(?:(?i:round|rounds|session|sessions|sesion|sesiones|ronda|rondas|ciclo|ciclos)\s+(?i:of|de)\s+)?"
)
_CARE_COURSE = ("procedure", "condition")


def _after_the_care(text: str, start: int, end: int) -> bool:
    """A course of care or a condition right after "despues de las", "tras la", "after the" in text[start:end];
    not where the sentence speaks to the reader or of an event ("After the chemo, rest and hydrate" has no one
    before it; "book your visit after the surgery")."""
    for after in _AFTER_THE.finditer(text, start, end):
        if after.start() == start or not text[start : after.start()].strip(" \t,"):
            continue  # the sentence opens with it: advice to anyone, no one's care
        if _YOURS.search(text, start, after.start()) or _NOT_OWN.search(text, start, after.start()):
            continue
        window = text[after.end() : min(end, after.end() + 30)]
        cut = _OBJECT_END.search(window)
        window = window[: cut.start()] if cut else window
        found = lexicon_clinical.find(window)
        if found and found[0].start == 0 and found[0].category in _CARE_COURSE and not _NOT_OWN.search(window):
            return True
    return False


# A body part treated, said of the one in the sentence: "con la rodilla operada", "el brazo enyesado", "with her arm in a cast".
_TREATED = lazyre.compile(
    r"(?<![\w-])(?i:la|el|las|los|su|sus|her|his|their|a|an|the)\s+([a-z]+)\s+(?:(?i:recien|ya|newly|freshly|still|todavia)\s+)?"
    r"(?i:operad[oa]s?|enyesad[oa]s?|vendad[oa]s?|reconstruid[oa]s?|inmovilizad[oa]s?|suturad[oa]s?|entablillad[oa]s?|en\s+cabestrillo|en\s+yeso"
    r"|in\s+a\s+(?:cast|brace|sling|splint|boot)|all\s+healed|newly\s+replaced|rebuilt|stitched(?:\s+up)?|sutured|splinted|bandaged|taped\s+up)(?![\w-])"
)
_LIMBS = frozenset(DESCRIBED["treated_parts"])
_ABOUT = lazyre.compile(r"(?<![\w-])(?i:about|on|sobre|de|cuidados?|cuidar|care\s+for|caring\s+for|how\s+to|como)\s*$")


def _part_treated(text: str, start: int, end: int) -> bool:
    """A body part, then how it was treated ("la rodilla operada"), not as a topic ("cuidados de la rodilla operada")."""
    for treated in _TREATED.finditer(text, start, end):
        part = lexicon_clinical.find(treated.group(1))
        limb = treated.group(1).lower() in _LIMBS or part and part[0].category == "body_part"
        if limb and not _ABOUT.search(text, max(start, treated.start() - 14), treated.start()):
            if not _NOT_OWN.search(text, start, treated.start()):
                return True
    return False


def own_care(text: str, start: int, end: int, *, second_person: bool = False) -> bool:
    """Whether text[start:end] tells of someone's own care, a milestone of it included.

    What cared_for reads, a visit for care ("vino hoy con sus hijos a vacunarse"; not "came by with donuts
    for our flu shot clinic"), and what is said without "his" or "her": a state ("is in remission", "six
    months sober", "ya esta libre de cancer", "rang the bell"), care just behind them ("despues de las
    quimios", "tras las terapias", "after the chemo") or a body part treated ("con la rodilla operada",
    "with her arm in a cast"), a part of theirs taken out ("we took out his gallbladder", removed_parts.py), or a verb of what happened in care before a
    care word ("got that hernia fixed", "had her gallbladder out", "beat breast cancer", "te operaron la
    rodilla"), not before a topic, an event or a course ("finished a CPR course", "had lunch at our
    diabetes walk"). `second_person`: the one described is "you" ("POV: you're the crossing guard at
    ..."), so "your new hearing aids" is theirs.
    """
    if cared_for(text, start, end) or MILESTONE_STATE.search(text, start, end):
        return True
    for back in (*_BACK_AFTER.finditer(text, start, end), *_AFTER_COURSE.finditer(text, start, end)):
        if care_in(text, back.end(), min(end, back.end() + 40)):
            return True  # "back at the pool after his shoulder surgery", "despues de 2 anos de frenos"
    if _after_the_care(text, start, end) or _part_treated(text, start, end) or removed_part(text, start, end):
        return True  # "hoy nos dio el ultimo abrazo Celeste tras las quimios", "salio caminando con la rodilla operada"
    for verb in MILESTONE_VERB.finditer(text, start, end):
        window = text[verb.end() : min(end, verb.end() + 50)]
        cut = _OBJECT_END.search(window)  # the verb's object: "had coffee ready | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if _NOT_OWN.search(window):
            continue
        if verb.group(0).lower().split()[-1] in ("got", "gets", "had"):
            if _had_care(window):
                return True
        elif care_in(window):
            return True
    for visit in _VISITED.finditer(text, start, end):  # "paso ayer con su nieta a vacunarse contra el sarampion"
        window = text[visit.end() : min(end, visit.end() + 60)]
        cut = _VISIT_END.search(window)  # "came by with donuts | for our flu shot clinic"
        window = window[: cut.start()] if cut else window
        if care_in(window) and not _NOT_OWN.search(window):
            return True
    if second_person:
        if pointed_care(text, start, end):
            return True  # "Keep that foot in the boot till your recheck, you hear", "esa rodilla ya te quedo como nueva"
        for match in _YOUR_CARE.finditer(text, start, end):
            if _HOW_TO_BOOK.search(text, max(start, match.start() - 24), match.start()) or _PAPERS.match(text, match.end()) and _BRING.search(text, max(start, match.start() - 16), match.start()):
                continue  # "cómo agendar tu cita", "bring your insurance card": anyone's booking or papers, no care of theirs
            window = text[match.start() : min(end, match.end() + 40)]
            if care_in(window) and not _NOT_OWN.search(window):
                return True
    return False


# A body part or an aid of care pointed at or new, said to "you": "keep that foot in the boot till your recheck, you hear",
# "hope the new hip is treating you well", "esa rodilla ya te quedo".
_THAT = lazyre.compile(r"(?<![\w-])(?:(?i:that|this|those|these|esa|ese|esas|esos|esta|este|estas|estos)|(?i:the|la|el|las|los)\s+(?i:new|nueva|nuevo|nuevas|nuevos))\s+(?=[a-z])")
_YOU = lazyre.compile(r"(?<![\w'’-])(?i:you|your|yours|you're|youre|te|tu|tus|usted)(?![\w'’-])")


def pointed_care(text: str, start: int, end: int, *, spoken: bool = False) -> bool:
    """A body part or a device of care right after "that", "esa", "the new" in text[start:end], a sentence spoken to
    "you" (`spoken`: the text already speaks to the one it names, "Profe <Name>, ... Esa rodilla ya esta como nueva")."""
    if not spoken and _YOU.search(text, start, end) is None:
        return False
    for that in _THAT.finditer(text, start, end):
        word = re.match(r"[a-z]+", text[that.end() : that.end() + 24])
        if word and word.group(0) in _LIMBS or _DEVICES.match(text, that.end(), end):
            return True
        found = lexicon_clinical.find(text[that.end() : that.end() + 24])
        if found and found[0].start == 0 and found[0].category == "body_part":
            return True
    return False


def claims_about_health(text: str, bounds: list[int]) -> re.Match | None:
    """Where a text says we cared for someone, or guesses at someone's health ("probably needs surgery").

    A guess reads a hedge with a care word in its sentence or the next ("did you catch X slurring his
    words? ... textbook stroke signs"); a hedge in a sentence that reports news is no guess.
    """
    here = _care_here(text)
    if here:
        return here
    return guessed(text, bounds)


_INJURY = lazyre.compile(
    r"(?<![\w-])(?i:tear|torn|rupture|ruptured|sprain|sprained|strain|fracture|fractured|broken|dislocated|dislocation|concussion|rotura|desgarre|desgarro|esguince|fractura|luxacion|conmocion)(?![\w-])"
)


def diagnosis_in(text: str, start: int, end: int) -> bool:
    """A condition or an injury named in text[start:end] ("torn meniscus", "Achilles rupture"), not a mere word of care."""
    return bool(_INJURY.search(text, start, end)) or any(found.category == "condition" for found in lexicon_clinical.find(text[start:end]))


def guessed(text: str, bounds: list[int], start: int = 0, end: int | None = None, *, diagnosis: bool = False) -> re.Match | None:
    """A guess at someone's health, by a hedge in text[start:end] (the whole text by default).

    The one reader of speculation: PHI003 asks it about a named person, PHI011 about one described
    ("the Rockets' point guard ... textbook Achilles rupture"). A hedge counts with a care word in its
    sentence or the next ("did you catch X slurring his words? ... textbook stroke signs"); a hedge in a
    sentence that reports news is no guess. `diagnosis`: only a condition or an injury read off counts.
    """
    for hedge in _HEDGE.finditer(text, start, len(text) if end is None else end):
        lo, hi = sentence_of(bounds, hedge.start())
        if REPORTED_VERB.search(text, lo, hi):
            continue  # "the club announced he will likely miss the season": reported, not guessed
        # What was seen, then what it means: "Did you catch X slurring? ... textbook stroke signs."
        after = sentence_of(bounds, hi)[1] if hi < len(text) else hi
        if (diagnosis_in if diagnosis else care_in)(text, lo, after):
            return hedge
    return None


# Care received, said by what the person did rather than by a word of care: "rolled up her sleeve", "got
# vaccinated", "vino a vacunarse", "se hizo su chequeo"; with us or at our event, a public figure's own care.
_RECEIVED = lazyre.compile(
    r"(?<![\w-])(?i:roll(?:ed|ing|s)?\s+up\s+(?:a|your|his|her|their)\s+sleeves?"
    r"|(?:got|gets|getting)\s+(?:vaccinated|boosted|jabbed|screened|checked|tested|a\s+flu\s+shot|(?:his|her|their|your)\s+(?:\w+\s+)?(?:shot|jab|booster|vaccine|checkup|screening))"
    r"|se\s+vacun\w*|vacunarse|vacunandose|(?:se\s+puso|ponerse|se\s+aplico|aplicarse)\s+(?:la|su|el|un)\s+(?:vacuna|refuerzo)"
    r"|(?:se\s+hizo|hacerse|se\s+realizo)\s+(?:su|un|el|la)\s+(?:chequeo|examen|prueba|estudio|revision|mastografia)"
    r"|(?:se\s+tomo|tomarse)\s+la\s+presion)(?![\w-])"
)
_WE = lazyre.compile(r"(?<![\w-])(?i:we|us|our|nosotros|nuestr[oa]s?)(?![\w-])")
_ELSEWHERE = phrase_pattern(NAMES["other_providers"])
_CLAUSE_END = lazyre.compile(r"[,;:.!?()]")
_CLAUSE = 100  # characters of the clause read after the care for the provider


_ON_STAGE = phrase_pattern(NAMES["made_public"])
# The provider's place run by us, right after it: "the pharmacy tent our team ran", "el puesto de salud publica que
# atendieron nuestras enfermeras", "la Cruz Roja, donde nuestras enfermeras ..." (after a comma only with "where", "que" ...)
_REL = r"(?i:que|donde|where|that|which|run[ \t]+by|staffed[ \t]+by|atendid[oa]s?[ \t]+por|by|por|con|with)[ \t]+"
_RUN_BY_US = lazyre.compile(rf"(?:(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+(?:{_REL})?|[ \t]*,[ \t]*{_REL})(?:[\w'’-]+[ \t]+)??(?i:we|us|our|nosotros|nuestr[oa]s?)(?![\w-])")


def _elsewhere(text: str, care: re.Match, end: int) -> bool:
    """Whether the care matched was given by someone else named in its clause, with nothing of ours between or run by us
    right after ("se vacuno en el puesto del departamento de salud", "got his flu shot at a Walgreens"; not "with us at
    the county booth", "at the pharmacy tent our team ran", "en la Cruz Roja, donde nuestras enfermeras vacunaban"), or
    was done before the public on their own channel, nothing of ours in the clause ("se puso la vacuna en vivo en Facebook";
    not "... en vivo en nuestra pagina")."""
    stop = _CLAUSE_END.search(text, care.end(), min(end, care.end() + _CLAUSE))
    stop_at = stop.start() if stop else min(end, care.end() + _CLAUSE)
    other = _ELSEWHERE.search(text, care.end(), stop_at)
    if other is not None and _WE.search(text, care.start(), other.end()) is None and not _RUN_BY_US.match(text, other.end()):
        return True
    return _ON_STAGE.search(text, care.end(), stop_at) is not None and _WE.search(text, care.start(), stop_at) is None


def received_care(text: str, bounds: list[int], pos: int) -> bool:
    """Whether the sentence at `pos`, or the next, says the person there got care from us.

    "Guess who came to our vaccine drive today? Thanks for rolling up a sleeve, Sheriff!", "el alcalde
    vino a vacunarse con nosotros": a public role never excuses our own care of them. Care another provider gave,
    named in its clause ("se vacuno en el puesto del departamento de salud"), is not ours.
    """
    lo, hi = sentence_of(bounds, pos)
    after = sentence_of(bounds, hi)[1] if hi < len(text) else hi
    removed = removed_part(text, lo, after)  # "We took out his gallbladder in June", "le sacamos el apendice": ours
    if removed is not None and removed_by_us(removed) and not _elsewhere(text, removed, after):
        return True
    if _WE.search(text, lo, after) is None:
        return False
    received = (care for care in _RECEIVED.finditer(text, lo, after) if not urged_on_all(text, care, lo))
    return any(not _elsewhere(text, care, after) for care in (*received, *([removed] if removed else [])))


@functools.lru_cache(maxsize=64)
def mentions_care(text: str) -> bool:
    """Whether a text speaks of anyone's care at all (a care or clinical word, or care at the practice).

    Kept per text: the finders ask it once per name they weigh, and a whole-text scan per name would make
    a text of many names quadratic (a string's hash is computed once and kept by the string itself).
    """
    return bool(_care_here(text)) or care_in(text)


_SPOKEN_CARE = lazyre.compile(r"[ \t]*,[ \t]*(?i:your|tu|tus|su|sus)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?=\S)")
_DEVICES = phrase_pattern(NAMES["care_devices"])


def spoken_care(text: str, pos: int, end: int, *, devices_only: bool = False) -> bool:
    """Whether a name ending at `pos` is spoken to about their own care: ", your new hearing aids are ready",
    ", tus lentes nuevos ya llegaron", ", su plantilla ya esta lista" (not ", your kids' flu shot clinic").
    `devices_only`: only what we hand them counts (a season spoken to: "Summer, your sunscreen ...")."""
    match = _SPOKEN_CARE.match(text, pos)
    if match is None:
        return False
    window = text[match.start() : min(end, match.end() + 40)]
    devices = [(d.start(), d.end()) for d in _DEVICES.finditer(window)]
    if not devices and (devices_only or not care_in(window)):
        return False
    # a topic or an event is no one's own care ("your kids' flu shot clinic"), unless it is a device's word ("night guard")
    return not any(not any(s <= other.start() < e for s, e in devices) for other in _NOT_OWN.finditer(window))
