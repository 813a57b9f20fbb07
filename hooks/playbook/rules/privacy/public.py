"""Public figures: a name introduced by a public role or reported news may pass, unless the text speaks of their health.

An office, its place and an honorific of office between count as the role ("el cónsul general de <País> en <Ciudad>,
licenciado <Name>", "la síndica, ingeniera <Name>"); so does a role opening the sentence and read into the name ("Author <Name>
will read ...") and a title one person holds, before its holder or read as a name ("Miss <Place> 2027, <Name>": crowned.titleholder).
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...text import alternation, phrase_pattern, sentence_of
from .care import care_in, cared_for, guessed, mentions_care
from .common import PATIENT_COMPOUNDS, WORDS
from .crowned import titleholder
from .epithets import hometown_athlete, hometown_own
from .event_topics import blank_events
from .everyday_symptoms import symptom_after
from .figure_care import NEW, ROOM_OF, our_care_after
from .known import Person
from .own_news import own_news, reported_to_public, team_role_before
from .public_acts import public_act
from .stage_names import stage_name
from .stance import RELATIVES
from .vocabulary import (
    DESCRIBED,
    NAMES,
)
from .work_titles import without_titles

# --- people named ---------------------------------------------------------------------------------------


SOURCE_SAYS = lazyre.compile(rf"(?:['’]s[ \t]+(?i:{alternation(NAMES['reported_sources'])})[ \t]+)?[ \t]*,?[ \t]*(?:(?i:has|have|had|ha|han)[ \t]+)?(?i:{alternation(NAMES['reported'])})(?![\w-])")
_ROLE_STOP = (
    "and",
    "with",
    "who",
    "that",
    "the",
    "his",
    "her",
    "their",
    "our",
    "for",
    "from",
    "del",
    "las",
    "los",
    "con",
    "que",
    "sus",
    "una",
    "nuestro",
    "nuestra",
    "para",
    "por",
    "mas",
    "muy",
    "tan",
)
_PUBLIC_ROLE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
# the figure called our patient, right after the name: "<Name> fue la paciente número 1000", "<Name>, our patient of the month"
_ONE_PATIENT = lazyre.compile(
    r"[ \t]*,?[ \t]*(?:(?i:fue|es|era|ha[ \t]+sido|was|is|has[ \t]+been|became)[ \t]+)?(?i:the|our|la|el|nuestr[oa])[ \t]+(?:[a-z]+[ \t]+)?(?i:patient|paciente)(?![\w-])"
    rf"(?![ \t]+(?i:{alternation(PATIENT_COMPOUNDS)})(?![\w-]))"
)
# Spanish puts a demonym or an adjective between the role and the name: "la atleta tapatia Daniela Rios", "el ciclista
# colombiano ..."; a word that starts another phrase ("y su mama Rosa", "de la escuela") does not belong to the role.
# a school's level or a youth league is no public standing: "la estrella de basquetbol de prepa <Name>"
_SCHOOL_LEVEL = ("prepa", "preparatoria", "secundaria", "primaria", "kinder", "escuela", "colegio", "liceo", "juvenil", "infantil", "varsity", "junior", "youth", "middle", "elementary")
_QUALIFIER = rf"[ \t]+(?!(?i:{alternation((*_ROLE_STOP, *_SCHOOL_LEVEL, *WORDS['family_members'], *NAMES['person_before']))})(?![\w-]))[a-z][a-z-]{{2,}}"
# one or two words qualifying the role, a "de"/"of" before or between them: "la nadadora regiomontana", "el autor de cuentos
# infantiles", "el campeón estatal de jineteo", "el campeón mundial de lazo por equipos" (two such phrases: round 111)
_AFTER_ROLE = rf"(?:[ \t]+(?i:de|del|of))?(?:{_QUALIFIER}){{1,2}}(?:[ \t]+(?i:de|del|of|por){_QUALIFIER}){{0,2}}"
_NOT_STOP = rf"(?!(?i:{alternation((*_ROLE_STOP, *WORDS['family_members'], *NAMES['person_before'], 'a', 'an', 'un', 'my', 'mi', 'mis', 'your', 'tu', 'su'))})(?![\w-]))"
_ASIDE = r"(?:\([^()\n]{1,24}\)[ \t]*)?"  # "State Senator (R) <Name>", "la escritora (invitada) <Name>": a short aside between
# an honorific of office between: "la alcaldesa de Ponce, Hon. <Name>", "el cónsul de <Country>, licenciado <Name>",
# "el síndico, ingeniero <Name>", "la regidora, la honorable <Name>" (a title of office or degree, no patient's word)
_HON = r"(?:(?:(?i:hon|rep|sen|gov|lic|lcdo|lcda|ing|arq)\.|(?:(?i:el|la)[ \t]+)?(?i:honorable|licenciad[oa]|ingenier[oa]|arquitect[oa])(?![\w-]))[ \t]*)?"
_PUBLIC_ROLE_BEFORE = lazyre.compile(
    rf"(?<!\w)(?i:(?:(?:ex-?)?(?:{alternation(NAMES['public_roles'])})|(?:rep|sen|gov|hon)\.)(?:['’]s)?)[ \t]*{_ASIDE},?[ \t]*$"  # "State Rep. <Name>", "exbeisbolista <Name>"; "a champ. <Name>" is no role; nor "Prep <Name>"
    rf"|(?<![\w-])(?i:el|la|los|las|al|del|un|una|nuestr[oa])[ \t]+{_ASIDE}(?i:ex-?)?(?i:{alternation(NAMES['public_roles'])}){_AFTER_ROLE}[ \t]+{_ASIDE}$"  # "La (ficticia) escritora ...", "al expelotero dominicano ..."
    # the office and its place (its state after a comma too), then the name: "the mayor of Hazard, <Name>", "La alcaldesa
    # de Ponce, Hon. <Name>", "la presidenta municipal de <Town>, <State>, Lic. <Name>", "la directora de Salud Publica de la ciudad, Dra. <Name>"
    rf"|(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?i:of|de|del)[ \t]+(?:[\w'’.-]+[ \t]+){{0,4}}[\w'’-]+"  # "de St. Maries,"
    rf"(?:[ \t]*,[ \t]*[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?[ \t]*,[ \t]*(?:{_HON}|(?i:el|la)[ \t]+)$"  # "..., el Sr. <Name>": a courtesy title read into the name
    # the role of an outlet or a team named after it, then the name: "La periodista de <Network> <Name>", "the reporter
    # from <Station> <Name>" (round 53)
    rf"|(?<![\w-])(?i:el|la|the)[ \t]+(?i:ex-?)?(?i:{alternation(NAMES['public_roles'])})[ \t]+(?i:de|del|of|at|from)[ \t]+(?:[A-Z0-9][\w'’.-]*[ \t]+){{1,3}}$"
    # a chain of descriptions joined by "and"/"y", no article, possessive, kin or patient word in it: "Olympic swimmer and
    # Ridgeway High alum <Name>", "la nadadora y exalumna de Roma <Name>" (one person; "and our patient <Name>" is another)
    rf"|(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?i:and|y|&)(?:[ \t]+{_NOT_STOP}[\w'’.-]+){{1,4}}[ \t]+$"
    # a stage name, then the real name in brackets: "rapper K-Dub (<Name>", 'la cantante "La Nube" (<Name>'
    rf"|(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?:[A-Z0-9][\w'’.$!-]*(?:[ \t]+[A-Z0-9][\w'’.$!-]*){{0,2}}|[\x22“][^\x22“”\n]{{1,30}}[\x22”])[ \t]*\($"
    # the office's show or work in quotes, then the name: "la presentadora de "<Show>" <Name>", "the host of "<Show>", <Name>"
    rf"|(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?:(?i:of|on|from|de|del|en)[ \t]+)?[\x22“][^\x22“”\n]{{1,40}}[\x22”][ \t]*,?[ \t]*$"
)
_REPORTED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['reported'])})[ \t]+(?:(?i:this[ \t]+week|today|on[ \t]+\w+)[ \t]+)?(?i:that|que)(?![\w-])")
# The next sentence opens on the role: "The Channel 9 evening anchor ...", "La cantante ...", "The four-time champ ..."
_OFFICE_NEXT = lazyre.compile(
    rf"[^\w]{{0,12}}(?i:the|el|la|our|nuestr[oa])[ \t]+(?:(?!(?i:church|choir|school|parish|coro|iglesia|parroquia|escuela|young|little|\d{{1,2}}-year-old|ni[nñ][oa]|joven|pequeñ[oa])(?![\w-]))[\w'’-]+[ \t]+){{0,3}}?"
    rf"(?i:{alternation(NAMES['public_roles'])})(?![\w-])(?![ \t]+(?i:del|de[ \t]+la|of[ \t]+the)[ \t]+(?i:coro|choir|iglesia|church|parroquia|escuela|school))"
)  # a public role in the next sentence; not the church choir's singer
_APPOSITION = lazyre.compile(rf"[ \t]*,[ \t]*(?i:the|a|an|el|la|un|una)[ \t]+(?:[\w'’-]+[ \t]+){{0,3}}?(?i:{alternation(NAMES['public_roles'])})(?![\w-])")
# With no article, a role of a named outlet or team: ", locutora de Radio <Name>", ", host of <Show>" (with news they told)
_BARE_APPOSITION = lazyre.compile(rf"[ \t]*,[ \t]*(?i:{alternation(NAMES['public_roles'])})[ \t]+(?i:of|at|for|on|de|del|en)[ \t]+(?:(?i:the|la|el)[ \t]+)?[A-Z0-9]")


def is_public_figure(text: str, person: Person, bounds: list[int]) -> bool:
    """A role before the name ("quarterback Dario Kessler", "la cantante ..."), after it, or reported news."""
    if _CHILD_AFTER.match(text, person.end) or _CHILD_BEFORE.search(text, max(0, person.start - 48), person.start):
        return False  # "La pianista <Name>, de 8 años, ...", "8-year-old drummer <Name>": a child is no public figure
    if _ONE_PATIENT.match(text, person.end):
        return False  # "La novelista <Name> fue la paciente número 1000": called our patient, whatever their standing
    if person.how == "a public figure named" or (person.title and _PUBLIC_ROLE.fullmatch(person.title.rstrip("."))):
        return True
    if len(person.words) > 1 and _PUBLIC_ROLE.fullmatch(person.words[0]) or titleholder(text, person):
        return True  # "Author <Name> will read ...": the role opens the sentence, read into the name; "Miss <Town> 2027, <Name>"
    if _PUBLIC_ROLE_BEFORE.search(text, max(0, person.start - 60), person.start):
        return True
    if _APPOSITION.match(text, person.end):
        return True
    if hometown_athlete(text, person.start, person.end, sentence_of(bounds, person.start)):
        return True  # "Chicago's own <Name> set the course record": a local athlete in the news
    if (hometown_own(text, person.start, person.end) or team_role_before(text, person.start) or _BARE_APPOSITION.match(text, person.end)) and own_news(text, bounds, person.start):
        return True  # "Hazard's own <Name> sings about ... on his new album", "Atlanta Dream guard <Name> shared ...", "<Name>, locutora de Radio <Name>, que conto al aire"
    if congratulated_on_honour(text, person, sentence_of(bounds, person.start)):
        return True  # "Congrats to Coach <Name> and the Falcons on the league title": a neighbour in the news
    if public_act(text, person, sentence_of(bounds, person.start)):
        return True  # "Gracias al Padre <Name> por bendecir la clinica", "thank you, Rep. <Name>, for championing the grant"
    if stage_name(text, person, bounds):
        return True  # '<Given> "El Tigre" <Surname> ..., segun informo el club', a stage name greeted after their own news
    start, end = sentence_of(bounds, person.start)
    full = person.how == "a full name" or person.how == "greeted by name" and len(person.words) > 1  # "¡Gracias, <Given> <Surname>! La cantante ..."
    if not person.title and full and end < len(text) and _OFFICE_NEXT.match(text, end) and own_news(text, bounds, person.start):
        return True  # "Good to have you back, <Given> <Surname>! The Channel 4 weekend anchor told viewers ...": a role, news made public
    if person.title or person.how not in ("a full name", "a first name", "a name that is also a word, with a surname"):
        return False  # "<Rusty> <Surname> told ...": a given name that is also a word reads as any full name here
    if _REPORTED.search(text, start, person.start):
        return True
    # "Vega's camp says she tweaked her wrist", "Kessler told reporters", "X's team confirmed": a source of theirs, or news
    # made public (to reporters, on air, on their page); a bare name that "says" or "shares" its own care ("<Name> says her
    # chemo is done") is a patient's update we would be posting, no public figure's
    said = SOURCE_SAYS.match(text, person.end)
    if said is None:
        return False
    source = said.group(0).lstrip().startswith(("'", "’")) or _THE_BEFORE.search(text, max(0, person.start - 6), person.start)
    return bool(source) or own_news(text, bounds, person.start, outright=True)  # "The <Town> <Paper> reports ...": a paper


# A child's age or a child's word at the name: ", de 8 años,", ", 9,", ", age 7", "8-year-old pianist", "la pequeña violinista"
_CHILD_AFTER = lazyre.compile(
    r"[ \t]*[,(][ \t]*(?:(?i:de)[ \t]+\d{1,2}[ \t]+(?i:a[nñ]os|a[nñ]itos)|(?i:age[ \t]+|aged[ \t]+|edad[ \t]+)?(?:[1-9]|1[0-7])(?:[ \t]*(?i:years?[ \t]+old|-year-old|yo|y/o|a[nñ]os))?[ \t]*[,)])"
)
_CHILD_BEFORE = lazyre.compile(
    r"(?<![\w-])(?:(?:[1-9]|1[0-7])[ \t-]*(?i:years?|yr)[ \t-]*(?i:old)|(?i:de)[ \t]+(?:[1-9]|1[0-7])[ \t]+(?i:a[nñ]os)|little|peque[nñ][oa]|ni[nñ][oa]|kid|(?i:kiddo))"
    r"(?:[ \t,]+[\w'’-]+){0,3}[ \t]+$"
)
_THE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:the)[ \t]+$")  # "The <Town> Sentinel reports": a newspaper, no one's full name

# The next sentence goes on about the figure ("... <Name>! Last spring she ...", "Ella nos conto ...")
_THEM = lazyre.compile(r"(?<![\w-])(?i:she|he|her|his|him|ella|él)(?![\w-])")
# Spanish drops the subject: a next sentence that opens on a reflexive verb of theirs ("Se recupera muy bien de su cirugía
# con nuestro equipo") goes on about them; an impersonal one ("Se recomienda ...", "Se ofrecen ...") is no one's
_SE_OPENS = lazyre.compile(
    r"[\s\W]{0,4}(?i:se)[ \t]+(?!(?i:recomienda|recomiendan|ofrece|ofrecen|acepta|aceptan|necesita|necesitan|requiere|requieren|invita|sugiere"
    r"|puede|pueden|debe|deben|vende|venden|busca|buscan|habla|hablan|dan|da|aplica|aplican|recuerda|pide|piden)(?![\w-]))[a-záéíóúñ]+"
)
_LAST_WORD = lazyre.compile(r"([\w'’-]+)[ \t]*\.[\s\"”'’)]*$")


def _real_end(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] ends a sentence, not a title cut short ("State Sen. <Name>": "Sen." is no end)."""
    last = _LAST_WORD.search(text, max(start, end - 24), end)
    return last is None or not (last.group(1)[:1].isupper() and len(last.group(1)) <= 4)


def health_next_to(text: str, person: Person, bounds: list[int]) -> bool:
    """A care word just after a public figure's name, in a sentence that reports nothing ("Councilman X on his recovery")
    and is not followed by their own news ("The mayor shared on his page ..."), or a diagnosis guessed in its sentence or the
    next, or care placed with us in its sentence or the next that goes on about them ("... He reminded the runners that his
    knee was scoped here").
    Another figure named by their role later in the sentence ends this one's part ("..., and to author <Name>, who ...")."""
    start, end = sentence_of(bounds, person.start)
    if diagnosis_guessed(text, bounds, start, end) or our_care_after(text, person.end, end):
        return True  # a guess at their health; care of ours after the name, whatever they told the press (figure_care.py)
    if end < len(text) and _real_end(text, start, end):
        following = sentence_of(bounds, end)[1]
        if (_THEM.search(text, end, following) or _SE_OPENS.match(text, end)) and our_care_after(text, end, following):
            return True  # "... <Role> <Name>! He reminded the runners that his knee was scoped here": the next sentence, about them
        if _CHEER_OPENS.match(text, end) and _cheered_care(text, end, following):
            return True  # "... Thanks to Mayor <Name>. Congrats on finishing his chemo last month!": the next sentence cheers theirs
    if reported_to_public(text, start, end) or own_news(text, bounds, person.start):
        return False  # their news, reported or made public by them in this sentence or the next (own_news.py); not told to us
    if symptom_after(text, bounds, person.end):
        return True  # "our dominoes champ, Don <Name>! Even when his memory plays tricks on him": a member's condition
    other = _ROLE_THEN_NAME.search(text, person.end, end)  # "..., and to author <Name>, who ...": her part, not theirs
    end = other.start() if other else end
    lo = max(0, person.start - 40)  # from just before the name: 'author <Name>, who wrote "<Title>"' names the work by its author's word
    titled = without_titles(text[lo : min(end, person.end + 200)], events=True)[person.end - lo :]  # 'read her book "Sugar Days"', 'joined the walk "<Title>"'
    after = titled[:80]
    after = blank_events(after)  # "for talking at our PrEP Awareness Day cookout": an event of ours named by its topic (event_topics.py)
    room = NEW_ROOM.search(after)  # "opened our new recovery suite": a room of ours opened, no care of theirs
    if room:  # then no care before it, and the rest of the sentence tells none of someone's ("..., where she gets her chemo
        # each week"); care a town or everyone deserves there is no one's ("... that <Town> deserves cancer care close to home")
        rest = NEW_ROOM.sub(" ", titled)
        return care_in(after[: room.start()]) or cared_for(rest, 0, len(rest))
    window = " ".join(re.findall(r"\S+", after)[:8])
    return care_in(window) or _cheered_care(text, person.end, end)


# Care of theirs cheered further on in their sentence: "... and for crushing his PT goals!", "¡y felicidades por terminar su
# terapia!": we tell of a care they never made public (their own telling was read above, own_news).
_CHEERED = lazyre.compile(
    r"(?<![\w-])(?i:for|por|on|de|with|con|congrats|congratulations|felicidades|felicitaciones|kudos|proud|orgullos[oa]s?|glad|nos[ \t]+alegra"
    r"|good[ \t]+luck[ \t]+with|wishing|speedy|buena[ \t]+suerte[ \t]+con|pronta)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?i:his|her|their|su|sus)[ \t]+(?=\S)"
)
_CHEER_OPENS = lazyre.compile(r"[\s\W]{0,4}(?i:congrats|congratulations|felicidades|felicitaciones|kudos|so[ \t]+proud|proud|good[ \t]+luck|wishing|glad|que[ \t]+gusto)(?![\w-])")
# What a care word names when it is their public work: a bill, a foundation, a story, a walk ("her diabetes prevention bill")
_PUBLIC_WORK = lazyre.compile(
    r"(?i:bill|law|policy|program|programs|foundation|fund|advocacy|story|stories|book|memoir|walk|run|research|awareness|campaign|initiative|caucus|work|ley|fundaci[oó]n|historia|libro|campa[nñ]a|programa)(?![\w-])"
)
_CARING_FOR = lazyre.compile(r"(?<![\w-])(?i:caring|cared|care|praying|cooking|looking|waiting|fighting|advocating|cuidar|cuidando|cuid[oó])[ \t]+(?i:for|por|de|a)(?![\w-])")
_TO_ANOTHER = lazyre.compile(r"[ \t,]+(?i:and|y)[ \t]+(?i:to|a|al)[ \t]")  # "... and to his wife for ...": another one thanked


def _cheered_care(text: str, start: int, end: int) -> bool:
    """Whether the figure's sentence cheers a care of theirs after the name (_CHEERED, then a care word within four words
    that names no public work of theirs), up to another one thanked ("and to his wife for ...")."""
    other = _TO_ANOTHER.search(text, start, end)
    end = other.start() if other else end
    for cheer in _CHEERED.finditer(text, start, min(end, start + 240)):
        words = re.findall(r"[\w'’-]+", text[cheer.end() : min(end, cheer.end() + 60)])[:5]
        if not words or any(_KIN.match(w) for w in words[:2]) or _CARING_FOR.search(text, max(start, cheer.start() - 16), cheer.start() + 4):
            continue  # "her (late) mother through dementia": a relative's, read elsewhere; "caring for her ...": hers to tell
        care_words = next((n for n in range(1, min(4, len(words)) + 1) if care_in(" ".join(words[:n]))), 0)
        if care_words and not any(_PUBLIC_WORK.match(w) for w in words[care_words - 1 : care_words + 3]):
            return True  # "his PT goals", "su terapia", "her last round of chemo"; not "her diabetes prevention bill"
    return False


_KIN = lazyre.compile(rf"(?:{RELATIVES})(?![\w-])", re.IGNORECASE)  # "her mother", "su esposo": a relative's care


# A new room or wing of ours said by its kind of care, in any words ("our new recovery suite", "our brand-new prenatal
# wing", "the new infusion room", "nuestra nueva sala de recuperacion"): an official opens it; "back in our recovery room" (no "new") still reads as care.
# What the room is for, after it (figure_care.ROOM_OF): "de cirugía de cataratas", "for cataract surgery" (not "for her recovery": someone's)
NEW_ROOM = lazyre.compile(
    rf"(?<![\w-])(?i:{NEW})[ \t]+(?:[\w'’-]+[ \t]+){{1,3}}?(?i:{alternation(DESCRIBED['facility_rooms'])})(?![\w-])"
    rf"|(?<![\w-])(?i:nuev[oa])[ \t]+(?i:{alternation(DESCRIBED['facility_rooms'])}){ROOM_OF}{{1,2}}"
    rf"|(?<![\w-])(?i:(?:brand[ -])?new)[ \t]+(?i:{alternation(DESCRIBED['facility_rooms'])}){ROOM_OF}"
)
_CONGRATULATIONS = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['congratulations'])})(?![\w-])")
_HONOURS = phrase_pattern(NAMES["public_honours"])


def congratulated_on_honour(text: str, person: Person, sentence: tuple[int, int]) -> bool:
    """A name congratulated, in its sentence, on a public honour said after it (a title, a prize, an award, a
    medal, a record) or counted in wins, games, titles or seasons ("on 412 career wins", "por llegar a 350
    victorias"), in a text with no word of care: "Congrats to Coach Rena Oduya and the Falcons on the league
    title", "Felicidades a don Abel Quiroz, talabartero del pueblo, ganador del primer premio"; not "...
    on the title, six weeks after her knee surgery", nor a text that says we treated them."""
    start, end = sentence
    if not _CONGRATULATIONS.search(text, start, person.start):
        return False
    if not _HONOURS.search(text, person.end, end) and not counted_honour(text, person.end, end):
        return False
    return not mentions_care(text)


def diagnosis_guessed(text: str, bounds: list[int], start: int, end: int) -> bool:
    """A clinician's reading of a sign seen on a public figure, in the sentence text[start:end] or the next: a hedge and
    a condition, everyday ones too ("Senator Vance's slurred speech looks like a mini-stroke to us", "a la
    gobernadora se le nota la ictericia; nos parece hepatitis"). The figure is no patient of ours, but a practice
    that diagnoses someone in public speaks of their health; reported news ("the team said") is no guess."""
    stop = sentence_of(bounds, end)[1] if end < len(text) else end
    return guessed(text, bounds, start, stop, diagnosis=True) is not None


_COUNTED_WORDS = alternation(NAMES["counted_honour_words"])
_COUNTED_NOUNS = alternation(NAMES["counted_honours"])
# A count before what is counted ("412 career wins", "her 600th win", "350 victorias"), or a Spanish
# ordinal after it ("su victoria numero 300", "su temporada 22"). Every repeat is bounded: the pass is linear.
_COUNTED_HONOUR = lazyre.compile(
    rf"(?<![\w.,/-])\d{{1,3}}(?:,\d{{3}})?(?i:st|nd|rd|th|a|o|va|vo)?[ \t]+(?:(?i:{_COUNTED_WORDS})[ \t]+){{0,2}}(?i:{_COUNTED_NOUNS})(?![\w-])"
    rf"|(?<![\w-])(?i:{_COUNTED_NOUNS})[ \t]+(?:(?i:numero|num\.?|no\.?|n\.?o|#)[ \t]*)?\d{{2,4}}(?![\w.,/:-])"
)


def counted_honour(text: str, start: int, end: int) -> bool:
    """A public honour counted in wins, games, titles or seasons between start and end ("on 412 career wins",
    "on her 600th win", "his 31st season", "por llegar a 350 victorias", "su temporada número 22")."""
    return _COUNTED_HONOUR.search(text, start, end) is not None


_OFFICE_OR_ROLE = alternation((*NAMES["public_roles"], *NAMES["titles"]))
# The greeted word opens an office's title: "Thank you, District 7 Councilmember <Name>", "Gracias, Distrito 4 ..."
_OFFICE_AFTER = lazyre.compile(rf"[ \t]+(?:\d{{1,3}}|[A-Z][\w-]{{0,14}})[ \t]+(?i:{_OFFICE_OR_ROLE})(?![\w-])")
# The greeted word is the first of an office of two words, a name after it: "Thank you to Council Member <Name>"
_OFFICE_AT = lazyre.compile(rf"(?i:{_OFFICE_OR_ROLE})[ \t]+(?=[A-Z])")
# The greeted word qualifies a public role in lower case right after it: "Huge thanks to Olympic boxer <Name>",
# "Thanks to Paralympic swimmer and <Town>'s own <Name>" (the role's word right after it: "Congrats Zayden the star" is no title)
# or qualifies an office said with capitals before its holder's name ("Thank you, Metro Councilmember <Name>"), or a role
# after a word of standing ("Huge thanks to <City> pro forward <Name>", "former", "retired", "Olympic")
_ROLE_QUALIFIED = lazyre.compile(
    rf"[ \t]+(?:(?i:pro|former|retired|olympic|paralympic|all-star|veteran|legendary|hometown|head)[ \t]+)?(?:{alternation(NAMES['public_roles'])})(?![\w-])"
    rf"|[ \t]+(?i:{alternation(NAMES['public_roles'])})[ \t]+[A-Z][\w'’-]+[ \t]+[A-Z]"
)
_NAME_NEXT = lazyre.compile(r"[ \t]+[A-Z][\w'’-]+")
# Round 53: the greeted word is a town or a school, by what follows it: a native of it ("Huge thanks to <Town> native and
# former pro kicker <Name>", "<Town>-born"), or its role in lower case before a name, no joiner among the words between
# ("Big thanks to <School> head volleyball coach <Name>"; not "Thanks to <Name> and our coach <Name>")
_NATIVE_AFTER = lazyre.compile(r"(?:[ \t]+(?i:native|natives)|-(?i:born|raised|bred))(?![\w-])")
_NO_JOINER = r"(?!(?i:and|y|e|&|or|o|our|my|your|his|her|their|the|a|an|with|for|from|to|at|de|of|del|la|el|los|las|con|para|por|su|sus|nuestr[oa]s?)(?![\w-]))"
_ROLE_WORDS_NAME = lazyre.compile(
    rf"(?:[ \t]+{_NO_JOINER}[a-z][\w'’-]*){{0,3}}?[ \t]+(?i:{alternation((*NAMES['public_roles'], 'coach', 'head coach', 'entrenador', 'entrenadora'))})"
    r"[ \t]+[A-Z][\w'’-]+"
)
# A public role said before a name, a nickname between: "boxing legend \"Iron\" <Name>", "WNBA forward <Name>"
_ROLE_THEN_NAME = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES['public_roles'])})[ \t]+(?:[\"“'‘][^\"”'’\n]{{1,24}}[\"”'’][ \t]+)?[A-Z]")


def greets_figure(text: str, token: re.Match, *, named: bool = False) -> bool:
    """A greeting that reaches a public figure, no name of its own: the greeted word opens their office's title
    ("Thank you, District 7 Councilmember <Name>, ...", "Thank you to Council Member <Name>") or qualifies their
    role in lower case after it ("Huge thanks to Olympic boxer <Name>"; greeted words no name list holds only), or is an epithet that is a public role ("Get well soon, Champ!",
    "Felicidades, campeona") in a text that names a public figure by their role. A word that is also a given name
    (`named`: "Charlotte") counts only as a place or team qualifying a role that a name follows ("Huge thanks to Charlotte
    pro forward <Name>"; not "Gracias Rosa, campeona")."""
    if _NATIVE_AFTER.match(text, token.end()) or _ROLE_WORDS_NAME.match(text, token.end()):
        return True  # "<Town> native and former pro kicker <Name>", "<School> head volleyball coach <Name>": a place's word
    if named:
        role = _ROLE_QUALIFIED.match(text, token.end())
        return role is not None and _NAME_NEXT.match(text, role.end()) is not None
    if _OFFICE_AFTER.match(text, token.end()) or _OFFICE_AT.match(text, token.start()) or _ROLE_QUALIFIED.match(text, token.end()):
        return True  # "... Councilmember <Name>", "Olympic boxer <Name>": the greeted word opens the role's title
    return token.group(0).lower() in _EPITHETS and _names_a_figure(text)


@functools.lru_cache(maxsize=4)
def _names_a_figure(text: str) -> bool:
    """Whether the text names a public figure by their role: once per text, not once per greeted word."""
    return _ROLE_THEN_NAME.search(text) is not None


_EPITHETS = frozenset(w.lower() for w in NAMES["public_roles"] if " " not in w)
