"""Names in file names and links: a slug has lost its capitals and apostrophes, so each word is weighed alone."""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...text import alternation, phrase_pattern
from ...wordlists import wordlist
from .care import care_in, care_near
from .file_births import filed_names
from .greeted_words import plain_word
from .known import CARED_IN_FILE, Known, Person
from .lone_initial import words_after
from .path_names import path_names
from .slug_results import result_slugs
from .slug_stories import story_slugs
from .surname_first import surname_first_spans
from .titled_slugs import titled_slugs
from .unlisted import unlisted_name
from .vocabulary import (
    CAP,
    CAP_WORD,
    FILE_CARE,
    LETTER_OWNERS,
    NOT_A_NAME,
    PARTICLES,
    PLACE_AFTER,
    PLACE_BEFORE,
    VERB_LIKE,
    is_first_name,
    is_letter_word,
    is_place,
    is_surname,
    is_unknown,
    name_run,
)
from .wordnames import WORD_GIVEN

# --- people named ---------------------------------------------------------------------------------------


_COUNT_AFTER = lazyre.compile(r"[ \t]+(?i:day|dia|week|semana|month|mes)[ \t]+\d")  # "Castellanos Day 10": a count, not a holiday
_SLUG_NOT_OWNED = lazyre.compile(r"[ \t]+(?i:for|with|and|to|in|on|at|of|or|vs|de|del|para|con|y|en|por)(?![\w])")
_WORD_BEFORE = lazyre.compile(r"([A-Za-z]+)[ \t]+$")
# A letter and a word that make one word, as a slug splits them ("XRay", "ECard"): a short closed list no vocabulary holds
_SLUG_INITIAL = lazyre.compile(rf"(?<![\w'’.-])([B-HJ-Z])[ \t]+(?={CAP}(?![\w]))")
# A surname, then an initial, as a chart or a camera roll files a patient ("montoya_L_knee-scope_postop")
_B_ROLL = lazyre.compile(r"[ \t]+(?i:roll|cam|camera)(?![\w])")  # "b_roll", "a-cam": a video's camera, no initial
_SURNAME_INITIAL = lazyre.compile(rf"(?<![\w'’.-])({CAP})[ \t]+([A-Z])(?![\w'’.-])")


def slug_people(text: str, known: Known) -> Iterator[Person]:
    """Names a file name or a link writes as a slug writes them, where no capital or apostrophe is left.

    An initial glued to a name ("KWashington", "k-washington": "K Washington"); a first name as a
    possessive, its apostrophe dropped ("celebrating-nadias-last-dialysis-session": "Nadias", its care up to six words on:
    "<name>s-first-year-with-type-1-diabetes"); a first name
    joined to their care ("marcos-knee-replacement-day", where "Day" would otherwise end a place's name); a
    surname alone after a camera's or a clip's counter, with their care ("vid_0388_lindgren_hip_scope.mov").
    """
    for match in _SLUG_INITIAL.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if before and before.group(1).lower() in LETTER_OWNERS:
            continue  # "Vitamin K Newborn Dose": the letter is the vitamin's
        word_after = CAP_WORD.match(text, match.end())
        care_after = care_near(text, word_after.end(), 3)  # "J Price Rehab Wk3": the surname alone, then care
        tokens = name_run(text, match.end(), 2) or name_run(text, match.end(), 1) * bool(_COUNT_AFTER.match(text, word_after.end()) or care_after)
        if is_letter_word(match.group(1), word_after.group(0)) or plain_word(match.group(1) + word_after.group(0).lower()):
            continue  # "X Ray Vs MRI", "E Card Vaccine Reminder", "T Cell": a word, not an initial and a name
        tokens = [t for t in tokens if t.group(0).lower() not in known.org]
        name = tokens[0].group(0) if tokens else ""
        info = lexicon_names.name_info(name) if name and name.lower() not in NOT_A_NAME else None
        surname_cared = info is not None and info.surname and care_after  # "K Morrow ACL Wk8"
        if info is not None and (not info.also_word or surname_cared) and not is_place(text, match.end()):
            yield Person(match.start(), tokens[0].end(), (match.group(1), name), "a name and an initial")
    yield from _surname_initial(text, known)
    yield from initial_records(text, known)
    yield from _surname_care(text, known)
    yield from slug_full_names(text, known)
    yield from story_slugs(text, known)  # "meet-<name>-first-visit": a name no list knows, in a story's frame
    yield from path_names(text, known)  # "<given>-<surname>-asthma-clinic": a name no list holds, with care
    yield from filed_names(text, known)  # "recibo_<given>_<surname>_FN_22-09-1995": a name with a birth date
    yield from titled_slugs(text, known)  # "ms-<name>_<town>-crossing-guard_glaucoma-laser": a title run into a name
    yield from result_slugs(text, known)  # "before-after-<given>-<surname>-95lbs", "<surname>_family_checkup": a result, a family's visit
    for start, end, given, surname in surname_first_spans(text, known):  # "Kessler_Dana_DOT_physical_results.pdf": filed last name first
        yield Person(start, end, (given, surname), "a surname and a given name with their care in a file's name", public=False)
    for match in CAP_WORD.finditer(text):
        word = match.group(0)
        low = word.lower()
        if low in NOT_A_NAME or low in known.org:
            continue
        stem = word[:-1] if len(word) > 4 and low.endswith("s") and lexicon_names.name_info(word) is None else ""
        if not (is_first_name(stem) if stem else is_first_name(word)) or _SLUG_NOT_OWNED.match(text, match.end()):
            continue  # "Jumping Jacks For Knee Health": a plural before a preposition owns nothing
        if care_near(text, match.end(), 6 if stem else 3) and not is_place(text, match.start()) and name_run(text, match.start(), 2):
            how = "a first name's possessive with their care" if stem else "a name with their care"
            yield Person(match.start(), match.end(), (stem or word,), how, public=False)
    for match in CAP_WORD.finditer(text):  # "may-abernathys-mastectomy-recovery": a word-like given name, a surname's possessive, their care
        low = match.group(0).lower()
        info = lexicon_names.name_info(match.group(0))
        if low in known.org or not (low in WORD_GIVEN or info is not None and info.first and info.also_word):
            continue
        after = CAP_WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
        owner = after.group(0) if after else ""
        if len(owner) < 5 or not owner.endswith("s") or owner.endswith("ss") or owner.lower() in NOT_A_NAME or owner[:-1].lower() in NOT_A_NAME:
            continue
        stem = owner[:-1]  # "Castellanos": "Castellano", a surname; "Okafors": a name no list knows, nor its plural
        if not (is_surname(stem) or is_unknown(stem) and is_unknown(owner)) or VERB_LIKE.search(stem.lower()) or care_in(owner):
            continue
        if not _SLUG_NOT_OWNED.match(text, after.end()) and care_near(text, after.end(), 5):
            yield Person(match.start(), after.end(), (match.group(0), stem), "a name that is also a word, with a surname's possessive and their care")


def _surname_initial(text: str, known: Known) -> Iterator[Person]:
    """A surname, an initial and their care ("DSC0192_montoya_L_knee-scope_day2": "Montoya L"), the care after or
    before them ("IMG_psoriasis_elbow_<surname>_T.jpg", "rinoplastia-<apellido>-m-dia3.jpg").

    Only a surname the name lists know that is no ordinary word, and only with a clinical word or a
    day of care ("postop", "POD1", "alta") within a few words after or before it: "vitamin_D_day3", "hepatitis_B_vaccine" and "plan_b" name no one.
    """
    for match in _SURNAME_INITIAL.finditer(text):
        word = match.group(1)
        low = word.lower()
        if low in NOT_A_NAME or low in known.org or low in PARTICLES or low in LETTER_OWNERS:
            continue  # "sala_a_postop": a ward's letter
        info = lexicon_names.name_info(word)
        if info is None or info.also_word or not info.surname:
            continue
        if _B_ROLL.match(text, match.end()):
            continue  # "knee_scope_parker_b_roll.mp4": a video's second camera, no initial
        after = " ".join(text[match.end() : match.end() + 80].split()[:4])
        before = " ".join(text[max(0, match.start() - 80) : match.start()].split()[-4:])  # "IMG_psoriasis_elbow_<surname>_T"
        if any(care_in(window) or FILE_CARE.search(window) for window in (after, before)) and not is_place(text, match.start()):
            yield Person(match.start(), match.end(), (word, match.group(2)), "a surname and an initial with their care", public=False)


# A run of a slug's words read as a name by its words alone: nothing but the name lists speaks for it.
_BY_WORDS = frozenset({"a full name", "a first name", "a first name and a hometown"})


def slug_name(person: Person) -> bool:
    """Whether a person found in a slug by their words alone stands: one word a given name or a surname, and no
    word a clinical term unless the run opens with a given name or the words before the term end with a surname
    ("infografia-polen-enebro-cetirizina": a surname among a plant's and a drug's names, no one;
    "marisol-quintero-cetirizina", "oriane-castellanos-rodilla": a name, then her drug or her knee)."""
    if person.how not in _BY_WORDS:
        return True
    if not any(is_first_name(word) or is_surname(word) for word in person.words):
        return False
    clinical = lexicon_clinical.find(" ".join(person.words))
    if clinical and clinical[0].start == 0:
        return False  # "ana-test", "ana-panel-results": a lab test's acronym before "test", "panel" or "level", no one
    if is_first_name(person.words[0]):
        return True
    if not clinical:
        return True
    # With a clinical term, the name is the words before it, and a name ends with its surname:
    # "oriane-castellanos-rodilla" (an unknown given name, a surname, her knee) is someone.
    before = " ".join(person.words)[: min(m.start for m in clinical)].split()
    return len(before) == 2 and is_surname(before[-1])


# --- a surname after a camera's counter ------------------------------------------------------------------

# What a camera, a phone or a screen recorder puts before the words a person adds: "IMG_2231", "VID-2027...",
# "PXL_20270311", "DSC0192", "foto_17", "Screen Recording 2027-03-11", "WhatsApp Video 2027-03-11": a few of the
# app's words and a counter or a date, or a counter alone, opening the file's name.
_CAMERA_WORDS = (
    r"(?i:img|image|vid|video|pxl|dsc|dscn|dscf|mvi|gopr|gx|mov|foto|fotos|photo|pic|pict|clip|screenshot|screen|recording|"
    r"captura|pantalla|grabacion|de|scan|snap|rec|whats|app|whatsapp|wa|signal|telegram|imagen)"
)
_COUNTER = r"\d[\dA-Za-z]*(?:-[\dA-Za-z]+)*(?![\w-])"  # "2231", "20270311", "2027-03-11", "WA0004" after a date
_MEDIA_COUNTER = lazyre.compile(rf"(?:^|(?<=[.\n][ \t]))[ \t]*(?:{_CAMERA_WORDS}[ \t]*){{0,3}}(?:[ \t]*(?:{_COUNTER}|WA\d+)){{1,3}}[ \t]+")
# A name first and the camera's counter after it: "hartley_biopsy_day_IMG_4410"
_SEGMENT_START = lazyre.compile(r"(?:^|(?<=[.\n][ \t]))[ \t]*")
# A visit's or a home's words opening the file's name before the surname: "home_visit_<surname>_diabetic_foot",
# "visita_rancho_<surname>_...", "ranch_visit_<surname>_wound_care" (round 158): the household visited, filed by its name.
_HOMES = ("home", "house", "ranch", "rancho", "farm", "granja", "casa", "domicilio")
_VISITS = ("visit", "visita", "visitas", "call", "domiciliaria")
_VISIT_LEAD = lazyre.compile(rf"(?:(?i:{alternation((*_HOMES, *_VISITS, 'mobile', 'van', 'movil', 'route', 'ruta', 'al', 'a', 'la', 'el', 'de', 'del', 'los'))})[ \t]+){{1,3}}")
_VISITED = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*_HOMES, *_VISITS))})(?![\w-])")  # a visit or a home said, not "de los"
_HOME_WORD = lazyre.compile(rf"(?i:{alternation(_HOMES)})[ \t]+$")
_COUNTER_AFTER = lazyre.compile(rf"(?<![\w-])(?:{_CAMERA_WORDS}[ \t]*){{1,3}}{_COUNTER}")
# Words after a surname that make it a disease's, a sign's or a test's name ("Hashimoto Thyroiditis", "Jones Fracture").
_EPONYM_HEADS = frozenset(
    "disease syndrome sign test maneuver manoeuvre palsy fracture thyroiditis reflex score criteria procedure operation technique "
    "method classification enfermedad sindrome signo prueba maniobra paralisis fractura tiroiditis reflejo criterios tecnica metodo".split()
)


_EVENT = phrase_pattern((*wordlist("privacy-described")["events"], "camp", "camps", "campamento", "campamentos"))


def slug_care(text: str) -> bool:
    """Whether a slug's words tell care: care_in's reading, or a condition's word even of the lexicon's everyday tier
    ("pescador_<Name>_herida_mano"): a file's words have no sentence around them to weigh it by (round 107)."""
    return care_in(text) or any(match.category == "condition" for match in lexicon_clinical.find(text))


def _surname_care(text: str, known: Known) -> Iterator[Person]:
    """A surname right after a media file's counter, or opening a name the counter ends, with their care in the next
    words ("IMG_0417_pemberton_biopsy_day.jpg", "VID_2027_echeverria_cesarea_alta.mp4", "hartley_biopsy_day_IMG_4410.jpg"):
    the camera roll files the patient under that name. A surname opening a name with no counter counts too
    ("kowalczyk_ankle_fracture_followup.jpg", round 103), unless an event follows it ("westgate-diabetes-camp": a place's),
    and so does one after a visit's or a home's words ("home_visit_<surname>_diabetic_foot", "visita_rancho_<surname>_..."; round 158).

    Only a surname the name lists know that is no ordinary word, no place and no clinical term, and not an eponym's
    ("IMG_12_hashimoto_thyroiditis_slides"); a team member's surname passes, and so does a counter before a topic
    ("vid_0412_knee_scope_explainer").
    """
    counted = {counter.end() for counter in _MEDIA_COUNTER.finditer(text)}
    starts = set(counted)
    for segment in _SEGMENT_START.finditer(text):  # "hartley_biopsy_day_IMG_4410": the counter after the words
        stop = text.find(".", segment.end())
        if _COUNTER_AFTER.search(text, segment.end(), len(text) if stop < 0 else stop):
            counted.add(segment.end())
        starts.add(segment.end())  # "kowalski_tibia_fx_postop": no counter, the name opens the words (weighed harder below)
        lead = _VISIT_LEAD.match(text, segment.end())
        if lead and _VISITED.search(lead.group(0)):
            starts.add(lead.end())  # "home_visit_<surname>_...": the visit's words, then the household's name
    for pos in sorted(set(starts)):
        match = CAP_WORD.match(text, pos)
        if match is None:
            continue
        given = _given_before_surname(text, match)
        if given is not None:  # "dsc_0912_skip-nowicki-postop": a nickname, then the surname
            given, match = match, given
        word = match.group(0)
        low = word.lower()
        if low in NOT_A_NAME or low in known.org or low in PARTICLES or not (is_surname(word) or given) or lexicon_names.name_info(word).place:
            continue
        names = (given.group(0), word) if given else (word,)
        home = _HOME_WORD.search(text, max(0, match.start() - 12), match.start()) is not None  # "rancho <Surname>": their home, no place of the map
        if lexicon_clinical.find(low) or not home and is_place(text, match.start()) or known.is_team(names) or known.is_team((word,)):
            continue
        words = text[match.end() : match.end() + 80].split()[:3]
        if not words or words[0].lower() in _EPONYM_HEADS:
            continue
        window = " ".join(words)
        if pos not in counted and (_EVENT.search(window) or lexicon_names.name_info(word).also_word or len(words[0]) == 1):
            continue  # "westgate-diabetes-camp-...": a place's name before its event; "sala_a_postop": room A (an initial is _surname_initial's)
        if care_in(window) or FILE_CARE.search(window):
            how = "a given name and a surname with their care in a file's name" if given else "a surname with their care in a file's name"
            yield Person((given or match).start(), match.end(), names, how, public=False)


def _given_before_surname(text: str, match) -> object | None:
    """The surname after a given name that opens a file's words ("Bud Kowalski", "Chayo Ibarguen"), or None.

    A short given name or nickname is often an everyday word too ("Bud", "Rusty", "Sunny"), so it is taken here only
    right after a camera's counter and only before a surname the lists know that is no ordinary word; a given name no
    list knows and no word ("Jaylen") may stand before a surname that is also a word ("Price"); the care after the
    surname is still required by the caller.
    """
    first = match.group(0)
    info = lexicon_names.name_info(first)
    worded = first.lower() in WORD_GIVEN or info is not None and info.also_word  # "Bud", "Sunny": a word too
    if not (first.lower() in WORD_GIVEN or info is not None and info.first or unlisted_name(first)) or first.lower() in NOT_A_NAME:
        return None
    nxt = CAP_WORD.match(text, match.end() + 1) if text.startswith(" ", match.end()) else None
    if nxt is None:
        return None
    surname = lexicon_names.name_info(nxt.group(0))  # "Jaylen Price": a given name no word, then a surname even if a word
    return nxt if surname is not None and surname.surname and not (surname.also_word and worded) else None


# --- a full name with a milestone of care in a file's name ------------------------------------------------

# A milestone of care a post's file name announces ("alta", "discharge", "graduates from PT", "cast off"),
# besides the clinical words and the days of care (FILE_CARE) a file name carries.
_MILESTONE = lazyre.compile(
    r"(?<![\w-])(?i:graduates?|graduated|graduation|graduacion|gradua|se[ \t]+gradua|discharged|dischargeday|dada[ \t]+de[ \t]+alta|dado[ \t]+de[ \t]+alta|"
    r"cast[ \t]+off|brace[ \t]+off|sin[ \t]+yeso|rings?[ \t]+the[ \t]+bell|toca[ \t]+la[ \t]+campana|cancer[ \t]+free|libre[ \t]+de[ \t]+cancer|"
    r"last[ \t]+(?:chemo|session|treatment|dialysis|radiation)|ultima[ \t]+(?:quimio|sesion|terapia|dialisis))(?![\w-])"
)
_FULL_NAME = lazyre.compile(rf"(?<![\w'’.-])({CAP})(?=[ \t]+({CAP})(?![\w'’-]))")  # pairs overlap: "Felicidades Sofia", "Sofia Hernandez"


def slug_full_names(text: str, known: Known) -> Iterator[Person]:
    """A given name and a surname in a file's name that also tells a milestone of care
    ("felicidades-<given>-<surname>-alta-...", "congrats-<given>-<surname>-cast-off", "<given>-<surname>-graduates-from-pt"),
    or the surname first, as a chart has it ("before-after_eyelid_<surname>-<given>_<date>.jpg").

    Only a given name the lists know and a surname they know or no list holds, neither an everyday word, not a place's or an organisation's
    name ("<Given> <Surname> Hospital", "camp-<given>-<surname>"; but "asthma-camp-<given>-<surname>" is a camp for asthma, then someone), and
    the care said outside the name.
    """
    for match in _FULL_NAME.finditer(text):
        given, surname = match.group(1), match.group(2)
        if given.lower() in NOT_A_NAME or surname.lower() in NOT_A_NAME or surname.lower() in PARTICLES or given.lower() in known.org:
            continue
        if not (is_first_name(given) and (is_surname(surname) or is_unknown(surname) and not VERB_LIKE.search(surname.lower())) or _surname_first(given, surname)):
            continue
        end = match.end(2)
        if is_place(text, match.start()) and not _kind_of_place(text, match.start()) and not _cared_after(text, end):
            continue
        if lexicon_clinical.find(text[match.start() : end]):
            continue  # "lupus-and-your-ana-test": a lab test's name, no one's
        after = CAP_WORD.match(text, end + 1) if text.startswith(" ", end) else None
        if after and after.group(0).lower() in PLACE_AFTER and after.group(0).lower() not in _CARE_NOT_PLACE:
            continue  # "<Given> <Surname> Hospital", "... Park": a place named after someone
        rest = text[: match.start()] + " " + text[end:]
        if _MILESTONE.search(rest) or FILE_CARE.search(rest) or care_in(rest):
            yield Person(match.start(), end, (given, surname), CARED_IN_FILE, public=False)


def _surname_first(first: str, second: str) -> bool:
    """A chart's order in a file's name, the surname then the given name ("..._<Surname>-<Given>_<date>.jpg"): a surname
    that is no given name nor a particle ("de-<given>"), then a given name, neither an everyday word."""
    one, two = lexicon_names.name_info(first), lexicon_names.name_info(second)
    return first.lower() not in PARTICLES and bool(one and two and one.surname and not one.first and two.first and not one.also_word and not two.also_word)


def _cared_after(text: str, end: int) -> bool:
    """A day of one person's care (twins, a newborn, a discharge: FILE_CARE) in the two words of a file's name right after a
    name read as a place's ("clinica-<given>-<surname>-gemelos"): the clinic is where, and the name is someone's. A service
    the place offers is not one ("clinica-<given>-<surname>-vacunas-gratis")."""
    return FILE_CARE.search(words_after(text, end, 2)) is not None


_CARE_NOT_PLACE = frozenset({"day", "week", "month", "home", "plan", "plans"})  # "<Given> <Surname> Day 10", "... Home At Last", "... Plan De Accion Asma"


def _kind_of_place(text: str, start: int) -> bool:
    """Whether the place word before a name is a kind of place its care word before names ("asthma-camp-<given>-<surname>",
    "diabetes-camp-..."): a camp for a condition, not "Camp <Name>", so the name after it is someone's."""
    place = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if place is None or place.group(1).lower() not in PLACE_BEFORE:
        return False
    kind = _WORD_BEFORE.search(text, max(0, place.start() - 24), place.start())
    return kind is not None and care_in(kind.group(1))


# --- an initial and a surname on a record's file ------------------------------------------------------------

# What a file of one person's papers is called: "insurance-card", "id", "license", "scan", "consent", "chart", "labs",
# "tarjeta-seguro", "credencial", "consentimiento", "expediente": a record of theirs, whatever the words between.
_RECORD = (
    r"(?i:insurance|card|id|ids|license|licence|dl|passport|scan|scans|consent|consents|chart|charts|labs?|lab[ \t]+results|results|"
    r"referral|intake|form|forms|records?|x-?ray|mri|ekg|ecg|rx|prescription|tarjeta|seguro|credencial|ine|identificacion|licencia|"
    r"pasaporte|consentimiento|expediente|laboratorios?|analisis|resultados|receta|radiografia|estudios|historia|formulario|poliza)"
)
_INITIAL_RECORD = lazyre.compile(rf"(?<![\w'’.-])([B-HJ-Z])[ \t]+({CAP})(?![\w'’-])(?=(?:[ \t]+[\w'’-]+){{0,2}}?[ \t]+{_RECORD}(?![\w'’-]))")


def initial_records(text: str, known: Known) -> Iterator[Person]:
    """An initial run into a surname, then a record of theirs, in a file's name ("IMG_2210_TOkonkwo_insurance-card_back.jpg",
    "m.villarreal_consent_signed.pdf", "scan_RMedina_tarjeta_seguro.png"): the camera roll files one person's papers.

    PHI003 rather than PHI007: what discloses is who the papers are (the initial and the surname); the record word says
    they are a patient's, and no number need be on show. Only a surname the lists know that is no ordinary word, or a word no list
    holds, six letters or more ("TOkonkwo"; not "B_Cell"), no place, no clinical term and no organisation ("Vitamin D Labs", "K Insurance" pass: no surname); a team member's passes.
    """
    for match in _INITIAL_RECORD.finditer(text):
        word = match.group(2)
        low = word.lower()
        if low in NOT_A_NAME or low in known.org or low in PARTICLES or known.is_team((match.group(1), word)):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
        if before and before.group(1).lower() in LETTER_OWNERS:
            continue  # "vitamin_d_levels_labs": the letter is the vitamin's
        info = lexicon_names.name_info(word)
        surname = info.surname and not info.also_word and not info.place if info else is_unknown(word) and len(word) > 5 and not VERB_LIKE.search(low)
        if not surname or is_place(text, match.start(2)) or lexicon_clinical.find(low):
            continue
        yield Person(match.start(), match.end(2), (match.group(1), word), "an initial and a surname on a record's file", public=False)
