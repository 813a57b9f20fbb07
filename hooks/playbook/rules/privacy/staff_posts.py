"""A post about a team member: the short form the text calls her by, and her own family named with no care.

A staff birthday or a welcome back names the member in full once and then calls her what the team does:
"Yesenia ... Love you, Yesi!", "hoy cumple nuestra Maye! Mayelin ...". A given name cut short, or cut
short with a pet ending ("Yesi", "Kathy", "Jenny"), is hers when the text names her by her given name
(aliases.py keeps the short forms only where spoken to; here any place counts where no care is told, in
its sentence or the next).
And a post about her tells of her own people: "her husband <Name> baked the cake", "pictures of baby
<Name>" after her leave, "su nieta <Name>", "junto a su esposo <Name>"; in her own voice ("<Member> here ...",
"Soy <Member>") "my wife <Name>" is hers, in capitals too. A relative passes when the
person named just before is a team member, a possessive ties the relative to someone ("her", "su",
"<Member>'s") or the member is named in the relative's sentence with her leave or photos, and no care is told around the
relative, in that sentence or the next: "her husband <Name> came in for his knee" is a patient named.
A relative who is the first one named after the member's given name ("<Member> ... chasing his toddler <Name>", the member
not read as a name there) passes the same way when a possessive ties it; so does the second of a pair ("her twins, <Name>
and <Name>"). A next sentence that opens on the member's pronoun, the other sex than the relative's ("his wife <Name> ...
He's 22 years sober"), tells of the member, not of the relative.
One honoured for a public service in a text of no care (service_honours.py) may be named with her family too.
A member who signs the post ("— Dra. <Name>" on its own line) and names her own child in the first person ("2 añitos
como mamá de <Name>", "as a dad to <Name>", "my son <Name>") names her family too, when no care of ours is told
around the child (a child's colic she learned from is hers; "my son <Name> had his tonsils out here" is a patient).
A first or an only among the team ("the only person on our team who ...", "la unica mujer de nuestro equipo que ...") is one
of us, in a sentence that tells no care (one_of_us, read for PHI011).
Round 48, the forms that still fired: "tu nieto <Name>"/"your grandson <Name>" in a post that speaks to the member ("<Member>,
gracias por ...": her vocative anywhere in it); the second of a pair after an article ("su esposa <Name> y la bebe <Name>");
a relative by a few words and a comma ("su nieto nuevecito, <Name>") or by the member's standing ("papa orgulloso de <Name>
y <Name>", "proud mom of <Name>", not "the proud mom of ..."); her leave or photos told in the sentence after the one that
names her ("Welcome back, <Member>! ... pictures of baby <Name>"). Care words of her own work in a "when she's not ..."
clause ("Cuando no esta agendando citas", "when he's not reading X-rays") are her job, not care of the relative: they
are left out of the care read around the relative, and only they (a gerund and two words at most, up to a comma).
Round 49: her standing as a parent before a kin word ("proud mom of twins <Name> & <Name>", "papa orgulloso de los gemelos
<Name>") ties the relative as a possessive does, and the second after "&" is hers too; her job in apposition to her name
("<Member>, our surgeon, cheered his daughter <Name> at her wedding") is left out of the care read, like her work in a
"when she's not ..." clause; a relative's own milestone (a graduation, a wedding, a game) tells no care.
Round 52: a baby welcomed after the member's new standing ("<Member> became a grandpa on Sunday ... say hello to baby
<Name>", "<Member> es abuela ... bebé <Name>") is hers with no possessive (newborns.py); so is a family listed after a
possessive and a colon ("<Member>'s crew: husband <Name>, kids <Name> and <Name>"); "kiddos", "little ones", "hubby" are kin.
Round 53: a relative named before the member and tied to her right after the name ("<Name>, la hija de nuestro terapeuta
<Member>", "<Name>, son of our MA <Member>", "<Name> (our nurse <Member>'s daughter)": kin_before.py), with no care told.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...text import alternation, sentence_bounds, sentence_of
from ...wordlists import wordlist
from .care import care_in, cared_by_us, cared_for, own_care, received_care
from .care_tie import HAIL
from .common import WORDS, spans_inside
from .epithets import EPITHETS
from .everyday_senses import CAREER_TALLY, TENURE_VERB
from .kin_before import ours_done, tie_after
from .known import Known, Person
from .newborns import birth_news_blanked, new_standing
from .public_story import WE_DID
from .service_honours import honoured_for_service
from .vocabulary import NAMES

# Kin words, and the ages a parent calls a child by ("his toddler <Name>", "her newborn <Name>")
_KIN_WORDS = (
    *EPITHETS["kin"], "toddler", "toddlers", "infant", "newborn", "stepson", "stepdaughter", "fiance", "fiancee", "bebito", "bebita",
    *("niño", "niña", "niños", "niñas", "ninas", "bebé", "mamá", "papá", "chamacos", "chamacas", "triplets", "trillizos", "trillizas"),
    *("kiddo", "kiddos", "little ones", "littles", "babies", "grandbabies", "hubby", "nietecitos", "nietecitas", "hijitos", "hijitas"),
)  # fmt: skip
_KIN = lazyre.compile(rf"(?i:{alternation(_KIN_WORDS)})(?![\w-])")
_KIN_WORD = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_KIN_WORDS)})(?![\w-])")
# The relative's sex by the kin word, and a next sentence that opens on the member of the other sex ("his wife <Name> ...
# He'll tell you himself ..."): that sentence tells of the member, not of the relative.
_SHE_KIN = lazyre.compile(r"(?i:wife|mom|mother|daughters?|sister|niece|granddaughters?|girls?|esposa|hija|hijas|nieta|nietas|hermana|sobrina|madre|mama|nena|nina|gemelas|fiancee)(?![\w-])")
_HE_KIN = lazyre.compile(r"(?i:husband|dad|father|sons?|brother|nephew|grandsons?|boys?|esposo|marido|hijo|nieto|hermano|sobrino|padre|papa|nene|nino|fiance)(?![\w-])")
_HE_OPENS = lazyre.compile(r"[\s\W]{0,4}(?:He|Él|El)(?:['’](?:s|ll|d))?(?![\w'’-])")
_SHE_OPENS = lazyre.compile(r"[\s\W]{0,4}(?:She|Ella)(?:['’](?:s|ll|d))?(?![\w'’-])")


# Relatives named as a pair or a brood ("twins <Name> and <Name>", "sus hijos ..."), then a sentence that goes on about one
# person ("He also shares his own recovery story ..."): a singular pronoun that goes on is the member's (round 98).
_PLURAL_KIN = lazyre.compile(r"(?i:twins|kids|children|sons|daughters|boys|girls|grandkids|grandchildren|hijos|hijas|gemelos|gemelas|cuates|nietos|nietas|ninos|ninas)(?![\w-])")
_ONE_GOES_ON = lazyre.compile(r"[\s\W]{0,4}(?:He|She|Él|El|Ella)(?:['’](?:s|ll|d))?[ \t]+(?:(?i:also|too|even|tambi[eé]n)(?![\w-])|[^.!?\n]{0,40}?(?i:his|her|su)[ \t]+(?i:own|propi[oa])(?![\w-]))")


# ... or opens by speaking to the member ("Congrats <Member>, now ice that knee ...", after a hail: care_tie.HAIL's greetings,
# cheers and congratulations), with no pronoun in it that could be the relative's (round 107)
_OPENS_ON_CALL = lazyre.compile(rf"[\s\W]{{0,6}}(?:(?i:{HAIL})[\s\W]{{0,4}})?")
_CALL_REACH = 64  # characters from the sentence's start to the member's name: a cheer or a greeting at most
_PRONOUNS = {
    "she": lazyre.compile(r"(?<![\w'’-])(?i:she|her|hers|herself|ella)(?![\w'’-])"),
    "he": lazyre.compile(r"(?<![\w'’-])(?i:he|him|his|himself)(?![\w'’-])"),
    "any": lazyre.compile(r"(?<![\w'’-])(?i:she|her|hers|herself|ella|he|him|his|himself|they|them|their|ellos|ellas)(?![\w'’-])"),
}


def spoken_to_next(text: str, kin: int, end: int, stop: int, names: list[tuple[int, int]]) -> bool:
    """Whether the sentence text[end:stop] opens by calling the member (one of her `names`, sorted; a cheer or a greeting at most
    before it and a comma or "!" after) and holds no pronoun of the relative's sex (whose kin word is at `kin`): its care
    is the member's own."""
    first = bisect_left(names, (end, -1))  # `names` sorted: only those that can open the sentence are read
    close = min(stop, end + _CALL_REACH)
    at = next((at for at, to in itertools.takewhile(lambda span: span[0] < close, names[first:]) if _OPENS_ON_CALL.fullmatch(text, end, at) and _CALLED_AFTER.match(text, to)), None)
    if at is None:
        return False
    sex = "she" if _SHE_KIN.match(text, kin) else "he" if _HE_KIN.match(text, kin) else "any"
    return _PRONOUNS[sex].search(text, at, stop) is None


def next_is_member(text: str, kin: int, end: int) -> bool:
    """Whether the sentence from `end` opens on a pronoun of the other sex than the relative whose kin word is at `kin`, or
    goes on about one person after relatives named in the plural."""
    return bool(_SHE_KIN.match(text, kin) and _HE_OPENS.match(text, end) or _HE_KIN.match(text, kin) and _SHE_OPENS.match(text, end) or _PLURAL_KIN.match(text, kin) and _ONE_GOES_ON.match(text, end))


# "her husband", "su querido esposo", "Kayla's baby": the relative is someone's
# (round 48: "whose daughter <Name>", "cuya hija <Name>"; "he and wife <Name>", "ella y esposo <Name>")
_OWNED = lazyre.compile(
    r"(?:(?<![\w-])(?i:her|his|their|su|sus|whose|cuya|cuyo|cuyas|cuyos)|['’]s)[ \t]+(?:[\w-]+[ \t]+)?$"
    r"|(?<![\w-])(?i:he|she|el|ella)[ \t]+(?i:and|y)[ \t]+$"
)
# Her family introduced by a possessive and a colon, then listed by kin word: "<Member>'s crew: husband <Name>, kids
# <Name> and <Name>", "su familia: esposo <Name> e hijas <Name> y <Name>" (the list runs to the relative, no stop between)
_FAMILY_HEAD = (
    r"(?:['’]s|(?<![\w-])(?i:her|his|their|su|sus))[ \t]+(?:[\w-]+[ \t]+)?(?i:family|fam|crew|clan|squad|gang|bunch|tribe|people|familia|tribu)"
    r"[ \t]*[:—–-][ \t]*"
)
_FAMILY_LISTED = lazyre.compile(rf"{_FAMILY_HEAD}(?:[^.!?:\n]{{0,80}}?(?:,|;|[ \t](?i:and|y|e|&))[ \t]+)?$")
# With no possessive, the member named in the sentence shows her own child by leave or photos: "back from maternity
# leave ... pictures of baby <Name>", "regreso de su incapacidad ... fotos de la bebe <Name>" (not "cuddled baby <Name> at the fair")
_HER_BABY = lazyre.compile(
    r"(?<![\w-])(?i:maternity|paternity|parental|family\s+leave|leave|licencia|incapacidad|maternidad|paternidad|new\s+(?:mom|mum|dad|mama|papa)"
    r"|baby\s+shower|born|nacio|pictures|photos|pics|fotos|fotitos)(?![\w-])"
)
_AND_NEXT = lazyre.compile(r"[ \t]*,?[ \t]*(?i:and|y|e|&)[ \t]+|[ \t]*,[ \t]*")  # "her boys, <Name>, <Name> and <Name>": a list goes on
# The second of a pair after an article or a possessive: "su esposa <Name> y la bebe <Name>", "his wife <Name> and their
# baby <Name>" (the second is read as hers only when a kin word follows the article: not "... and the patient <Name>").
_AND_THE_NEXT = lazyre.compile(r"[ \t]*,?[ \t]*(?i:and|y|e|&)[ \t]+(?i:la|el|los|las|the|their|su|sus|his|her|our|nuestra|nuestro)[ \t]+")
# Spoken to the member ("tu nieto <Name>", "your grandson <Name>") when the post speaks to her by name somewhere.
_YOURS = lazyre.compile(r"(?<![\w-])(?i:your|tu|tus)[ \t]+(?:[\w-]+[ \t]+)?$")
_CALLED_AFTER = lazyre.compile(r"[ \t]*[,!]")
_CALLED_BEFORE = lazyre.compile(r"(?:^|[.!?¡,:\n]|(?<![\w-])(?i:gracias|thanks|thank[ \t]+you|love[ \t]+you|te[ \t]+queremos|congrats|felicidades|we[ \t]+love[ \t]+you))[ \t]*[^\w\s]{0,3}[ \t]*$")
# The first names of a list before the one read ("proud mom of <Name> and <Name>", "su nietos, <Name>, <Name> y <Name>",
# "three boys, <Name>, <Name>, <Name>"):
# a name no list knows among them is not found, so the last is read by the words before the list.
_NAMES_BEFORE = r"(?:[A-Z][\w'’-]*(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*(?i:and|y|e|&)[ \t]+)){0,4}"
# Her relative a few words before her own name for it, a comma between: "su nieto nuevecito, <Name>", "her newborn
# granddaughter, <Name>", "su nieta recien nacida <Name>", "his partner, <Name>", "<Member> has two boys, <Name> and <Name>"
# (the words between are no joiner and no person: not "her son and patient, <Name>").
_PARTNERS = ("partner", "boyfriend", "girlfriend", "novio", "novia", "prometido", "prometida", "pareja")
_COUNT = r"(?:\d{1,2}|(?i:two|three|four|five|six|dos|tres|cuatro|cinco|seis))"
_KIN_AHEAD = lazyre.compile(
    rf"(?:(?<![\w-])(?i:her|his|their|su|sus|tu|tus|your|whose|cuya|cuyo|cuyas|cuyos)|['’]s"
    rf"|(?<![\w-])(?i:has|have|tiene|with|con)[ \t]+{_COUNT})[ \t]+(?:[\w-]+[ \t]+)?(?i:{alternation((*_KIN_WORDS, *_PARTNERS))})"
    r"(?:[ \t]+(?!(?i:and|y|e|o|or|with|con|de|del|of|the|la|el|a|al|to|for|para|por|our|nuestr[oa]|patient|paciente|who|que)(?![\w-]))[a-z][\w-]*){0,2}"
    rf"[ \t]*,?[ \t]*{_NAMES_BEFORE}$"
)
# Her standing as a parent said of her: "papa orgulloso de <Name>", "orgullosa abuela de <Name>", "proud mom of <Name>",
# "mom to <Name>" (not "the proud mom of <Name>": someone else's parent, _STANDING_OTHER; but "he's also the proud dad of", round 148).
_STANDING_PARENT = (
    r"(?i:mom|mum|mommy|dad|daddy|mother|father|parent|mamá|papá|mama|papa|mami|papi|madre|padre|grandma|grandpa|grandmother|grandfather"
    r"|abuela|abuelo|abuelita|abuelito|nana|tata|boy[ \t]+mom|girl[ \t]+dad)"
)
_STANDING = lazyre.compile(rf"(?<![\w-])(?:(?i:proud|orgullos[oa])[ \t]+)?{_STANDING_PARENT}(?:[ \t]+(?i:orgullos[oa]|proud|chocho|chocha))?[ \t]+(?i:de|of|to)[ \t]+{_NAMES_BEFORE}$")
_STANDING_OTHER = lazyre.compile(r"(?<![\w-])(?<!['’]s )(?<!also )(?i:the|la|el|al|del|a[ \t]+la|this|that|esa|ese|esta|este|our|nuestra|nuestro|a|an|una|un)[ \t]+$")
# The member's own work, in a "when she's not ..." clause ("When he's not reading echocardiograms,", "Cuando no esta agendando citas"): a gerund and up to three words, to a comma; no possessive, joiner or preposition, but a place of it ("up on balance beams").
_AT_WORK = lazyre.compile(
    r"(?<![\w-])(?i:when|cuando|while|mientras)[ \t]+(?:(?i:he|she|el|ella)(?:['’](?i:s)|[ \t]+(?i:is))?[ \t]+)?"
    r"(?i:not|no|isn['’]t|aren['’]t)[ \t]+(?:(?i:esta|anda|is|busy)[ \t]+)?(?:[a-z]+(?:ing|ando|iendo)(?![\w-])"
    r"(?:[ \t]+(?!(?i:su|sus|his|her|their|tu|tus|your|al|with|con|and|y|at|in|on|en|for|para|por|de|del|of|to)(?![\w-]))[a-z][\w'’-]*){0,3}"
    r"(?:[ \t]+(?i:on|onto|in|into|at|over|up[ \t]+on)(?:[ \t]+(?!(?i:su|sus|his|her|their|tu|tus|your)(?![\w-]))[a-z][\w'’-]*){1,3}(?=,|[ \t]+(?i:he|she)(?:['’]s)?(?![\w'’-])))?"  # "... up on balance beams(,) he's"
    r"(?:[ \t]+(?i:with|con)[ \t]+(?i:the|a|an|la|las|los|el|una|un)(?:[ \t]+(?!(?i:su|sus|his|her|their|tu|tus|your)(?![\w-]))[a-z][\w'’-]*){1,5}(?=,))?"  # how: "... with the gentlest hands in <State>," (round 157)
    # or where she works, a place of work alone (no room, chair or ward: where care is had): "out on the rehab gym floor", "en el consultorio de terapia"
    r"|(?:out[ \t]+)?(?i:at|in|on|en)[ \t]+(?i:the|our|el|la|nuestro|nuestra)[ \t]+(?i:(?:PT|OT|therapy|rehab|dental|front|main|back|x-ray)[ \t]+)?"
    r"(?i:gym|clinic|office|lab|desk|gimnasio|consultorio|cl[ií]nica|oficina|laboratorio|recepci[oó]n)(?![\w-])"
    r"(?:[ \t]+(?i:floor))?(?:[ \t]+(?i:de|of)[ \t]+(?i:terapia|rehabilitaci[oó]n|therapy|rehab))?)"
)
_AFTER_COMMA = lazyre.compile(r",[ \t]*$")  # a "when" clause set off after a name is about that one, not the member
_PET_ENDINGS = ("", "i", "y", "ie", "ey")
# The member's signature on its own line ("— Dra. <Name>"), and her own child said in the first person before a name.
_SIGNATURE = lazyre.compile(r"^[ \t]*[-–—]{1,2}[ \t]*$", re.MULTILINE)
_PARENT = r"(?i:mam[aá]|pap[aá]|madre|padre|mom|mommy|mum|dad|daddy|mother|father|abuel[ao]|grandma|grandpa|grandmother|grandfather)"
_FIRST_PERSON_KIN = lazyre.compile(
    rf"(?<![\w-])(?:(?i:como|as|being)[ \t]+(?:(?i:a|un|una)[ \t]+)?{_PARENT}[ \t]+(?i:de|of|to)"
    rf"|(?i:my|mi|mis)[ \t]+(?:[\w-]+[ \t]+)?(?i:{alternation(EPITHETS['kin'])}))[ \t]+$"
)
# The member writes the post herself: "<Member> here", "<Member> aqui", "This is <Member>", "Soy <Member>"; then
# "my wife <Name>", "mi esposo <Name>" is her own family.
_MINE = lazyre.compile(r"(?<![\w-])(?i:my|mi|mis)[ \t]+(?:[\w-]+[ \t]+)?$")
_HERE_AFTER = lazyre.compile(r"[ \t]*[,:]?[ \t]*(?i:here|aqui|aqui[ \t]+les[ \t]+saluda)(?![\w-])")
_VOICE_BEFORE = lazyre.compile(r"(?<![\w-])(?i:this[ \t]+is|it['’]s|soy|les[ \t]+saluda|les[ \t]+habla)[ \t]+$")


def _speaks(text: str, member: Person) -> bool:
    """Whether the member named is the post's voice: "Dr. <Name> here - ...", "This is <Name> from the front desk"."""
    return bool(_HERE_AFTER.match(text, member.end) or _VOICE_BEFORE.search(text, max(0, member.start - 16), member.start))


@functools.lru_cache(maxsize=8)
def given_words(given: tuple[str, ...]) -> re.Pattern:
    """The team's given names as words, any case (the caller keeps those written with a capital)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(given)})(?![\w'’-])")


def _short_form(word: str, given: str) -> bool:
    """'maye' for mayelin, 'yesi' for yesenia, 'jenny' for jennifer: a cut (three letters or more), a pet ending after it;
    said twice with a hyphen too ('tam-tam' for tammy)."""
    half, dash, rest = word.partition("-")
    if dash and half == rest:
        word = half
    for ending in _PET_ENDINGS:
        stem = word[: len(word) - len(ending)] if ending else word
        if ending and not word.endswith(ending):
            continue
        if len(stem) >= 3 and stem != given and (given.startswith(stem) or len(stem) >= 4 and stem[-1] == stem[-2] and given.startswith(stem[:-1])):
            return True
    return False


def staff_own(text: str, known: Known, found: list[Person], *, reply: bool = False) -> frozenset[tuple[int, int]]:
    """The spans of `found` (sorted by start) that name a team member by a short form, or her own relative, with no care.
    In a reply (`reply`) a greeted short form stays the reviewer's name ("Hi Chris, ... Christina will be thrilled"),
    and a relative is the reviewer's ("su esposo" is the reader's husband as well as hers): only a post names them."""
    team = [p for p in found if p.excusable and known.is_team(p.words, p.title)]
    said = [m for m in given_words(known.given).finditer(text) if m.group(0)[0].isupper()] if known.given else []
    givens, said_at = {m.group(0).lower() for m in said}, min((m.start() for m in said), default=len(text))
    if not team and not givens and not any(p.excusable and honoured_for_service(text, p) for p in found):
        return frozenset()
    own: set[tuple[int, int]] = set()
    inside = (0, 0)  # the last relative passed: the name inside it passes with it
    bounds: list[int] | None = None
    seen: dict[int, bool] = {}
    greeted = {(p.start, p.end) for p in found if p.how == "greeted by name"} if reply else set()  # found by other finders too
    last_team: Person | None = None
    news: str | None = None  # the text with a birth's news blanked, once a member's new baby is met
    news_seen: dict[int, bool] = {}
    first = True  # no one named before: a relative opening the names is the member's when a possessive ties it
    signed = not reply and any(_SIGNATURE.search(text, max(0, p.start - 8), p.start) for p in team)
    members = sorted({*((p.start, p.end) for p in team), *(m.span() for m in said)})  # found as a person, or only by her given name
    names = [] if reply else members
    called = any(_called(text, at, to) for at, to in names)
    jobs = [(job.start(), job.end()) for job in (_JOB_AFTER.match(text, p.end) for p in team) if job]  # "<Member>, our surgeon,": her job
    done = (_JOB_DONE.match(text, end) for _, end in members)
    jobs += [job.span() for job in done if job and not _KIN_WORD.search(job.group(0)) and not lexicon_clinical.find(job.group(0))]  # ", la que nos programa las citas,"
    jobs += [job.span() for job in (_JOB_RECORD.match(text, end) for _, end in members) if job and not _KIN_WORD.search(job.group(0))]
    tenure = _JOB_TENURE.search(text, members[0][1], min(len(text), members[0][1] + 200)) if members else None
    if tenure and not any(members[0][1] <= p.start < tenure.start() for p in found if p not in team):
        jobs.append(tenure.span())  # her years with us after her name, no one else named between: "Conozcan a <Member>, ... lleva 6 años con nosotros"
    jobs += [(job.start(), job.end()) for job in (_JOB_BEFORE.search(text, max(0, p.start - 80), p.start) for p in team) if job]  # "our recovery coach <Member>"
    if members:
        bounds = sentence_bounds(text)
        opens = (_JOB_OPENS.match(text, at) for start, end in members for at in {end, sentence_of(bounds, start)[1]})
        jobs += [job.span() for job in opens if job and (job.group("job").lower() in _CARE_JOBS or not lexicon_clinical.find(text[job.start("our") : job.start("job")]))]
        jobs.sort()  # "<Member>! Nuestro reumatólogo ...": a care word before a job of care is its field (round 107); sorted, for one bisection a relative
    for person in found:
        lead, first = first and not reply and said_at < person.start, False  # no one but the member named before it
        if person in team or person.excusable and honoured_for_service(text, person):
            last_team = person  # a member, or one honoured for a public service in a text of no care ("se jubila tras 30 anos de servicio")
            continue
        if inside[0] <= person.start and person.end <= inside[1]:
            own.add((person.start, person.end))  # "Oscar" in "her husband Oscar"
            continue
        if inside[1] and len(person.words) == 1 and (_AND_NEXT.fullmatch(text, inside[1], person.start) or _AND_THE_NEXT.fullmatch(text, inside[1], person.start) and _KIN.match(text, person.start)):
            own.add((person.start, person.end))  # "her twins, <Name> and <Name>", "su esposa <Name> y la bebe <Name>": hers too
            inside = (person.start, person.end)
            continue
        if last_team is not None and person.start < last_team.end:
            continue  # a word of the member's own name ("Winthrop" in "Dale Winthrop"), judged with it
        bounds = bounds or sentence_bounds(text)
        start, end = sentence_of(bounds, person.start)
        tie = tie_after(text, person.start, person.end, known) if not reply else None
        if tie is not None:  # "<Name>, la hija de nuestro terapeuta <Member>", "<Name> (our nurse <Member>'s daughter)" (kin_before.py)
            after = sentence_of(bounds, end)[1] if end < len(text) else end
            if not ours_done(text, person.end, after) and not _care_around(text, bounds, start, max(start, person.start - 40), after, seen, sorted([*jobs, tie]), person.start):
                own.add((person.start, person.end))
                inside = (person.start, person.end)
                continue
        word = person.words[0].lower() if len(person.words) == 1 else ""
        after = sentence_of(bounds, end)[1] if end < len(text) else end  # the sentence and the next
        if person.excusable and person.public and word and (person.start, person.end) not in greeted and any(_short_form(word, g) for g in givens):
            if not told_care(text, bounds, start, after, seen):
                own.add((person.start, person.end))  # "Love you, Yesi!", "nuestra Maye"
                last_team = person
            continue
        if signed and (person.excusable and person.public or _KIN.match(text, person.start)) and _FIRST_PERSON_KIN.search(text, max(0, person.start - 40), person.start):
            if not cared_by_us(text, start, after) and not received_care(text, bounds, start):
                own.add((person.start, person.end))  # "— Dra. <Member>" signs "2 añitos como mamá de <Name>": her own child
                continue
        member_before = lead or last_team is not None and last_team.end <= person.start  # "<Member> has two boys, <Name> and <Name>"
        if not reply and person.excusable and len(person.words) == 1 and member_before and _hers_ahead(text, person.start, called):
            news = birth_news_blanked(text) if news is None else news  # her baby's birth is her family's news ("<Name>, born last month")
            if not _care_around(news, bounds, start, max(start, person.start - 40), after, news_seen, jobs, person.start):
                own.add((person.start, person.end))  # "su nieto nuevecito, <Name>", "papa orgulloso de <Name>", "proud mom of <Name>"
                inside = (person.start, person.end)
                continue
            last_team = None
            continue
        anchor = said_at if lead else last_team.start if last_team is not None else len(text)
        born = not reply and not person.excusable and new_standing(text, anchor, person.start, _KIN.match(text, person.start) is not None)
        if lead and not person.excusable and (born or _KIN.match(text, person.start) and _OWNED.search(text, max(0, person.start - 24), person.start)):
            last_team = person  # "<Member> ... chasing his toddler <Name>", "<Member> is a grandma! Welcome, baby <Name>": her own
        elif reply or person.excusable or not (born or _KIN.match(text, person.start)) or last_team is None or last_team.end > person.start:
            last_team = None
            continue
        before = sentence_of(bounds, start - 1)[0] if start > 0 else start  # her leave told in the sentence after her name
        tied = _OWNED.search(text, max(0, person.start - 24), person.start) or last_team.start >= before and _HER_BABY.search(text, before, after)
        tied = tied or _MINE.search(text, max(0, person.start - 24), person.start) and _speaks(text, last_team)  # "<Member> here ... my wife <Name>"
        tied = tied or called and _YOURS.search(text, max(0, person.start - 24), person.start)  # "<Member>, ... Tu nieto <Name> dice ..."
        tied = tied or _standing(text, person.start)  # "proud mom of twins <Name> & <Name>", "papá orgulloso de los gemelos <Name>"
        tied = tied or born  # "<Member> is a new grandpa! Say hello to baby <Name>" (newborns.py)
        tied = tied or _FAMILY_LISTED.search(text, max(0, person.start - 100), person.start)  # "<Member>'s crew: husband <Name>, ..."
        if next_is_member(text, person.start, end) or spoken_to_next(text, person.start, end, after, names):
            after = end  # "... his wife <Name> ... He's 22 years sober", "... his daughter <Name> ... Congrats <Member>, ice that knee": his own
        if (born or tied) and news is None:
            news = birth_news_blanked(text)  # a member's own baby: "born Sunday morning, 7 lbs 2 oz", "he and his wife <Name> are expecting" (newborns.py)
        quiet, quiet_seen = (news, news_seen) if news is not None else (text, seen)  # each text's sentences cached apart
        if tied and not _care_around(quiet, bounds, start, max(start, person.start - 40), after, quiet_seen, jobs, person.start):
            own.add((person.start, person.end))  # "her husband <Name> baked the cake", "su nieta <Name>"
            inside = (person.start, person.end)
            continue
        last_team = None
    return frozenset(own)


def _called(text: str, start: int, end: int) -> bool:
    """Whether the member named at text[start:end] is spoken to: "<Member>, gracias por ...", "Thanks for everything, <Member>!"
    ("tu nieto <Name>" is hers then)."""
    return bool(_CALLED_AFTER.match(text, end) and _CALLED_BEFORE.search(text, max(0, start - 24), start))


# Her standing as a parent before her children's kin word or their count: "she's mom to twin boys, <Name> and <Name>",
# "es mamá de dos niñas, <Name> y <Name>", "dad of three, <Name>, <Name> and <Name>" (round 51; not "the mom of ...")
_STANDING_AHEAD = lazyre.compile(
    rf"(?<![\w-])(?:(?i:proud|orgullos[oa])[ \t]+)?{_STANDING_PARENT}(?:[ \t]+(?i:orgullos[oa]|proud|chocho|chocha))?[ \t]+(?i:de|of|to)[ \t]+"
    rf"(?:(?:{_COUNT}[ \t]+)?(?:[\w-]+[ \t]+){{0,3}}?(?i:{alternation(_KIN_WORDS)})|{_COUNT})[ \t]*[,:]?[ \t]*{_NAMES_BEFORE}$"
)


_FAMILY_KIN = lazyre.compile(rf"{_FAMILY_HEAD}(?:[^.!?:\n]{{0,80}}?(?:,|;|[ \t](?i:and|y|e|&))[ \t]+)?(?i:{alternation(_KIN_WORDS)})[ \t]*[,:]?[ \t]+{_NAMES_BEFORE}$")


def _hers_ahead(text: str, start: int, called: bool) -> bool:
    """Whether a name at `start`, read by no kin word before it, is the member's relative by the words before it: a
    possessive, a kin word and up to two words ("su nieto nuevecito, <Name>"; "tu"/"your" only when the post speaks to
    her), or her standing as a parent ("papa orgulloso de <Name>"; not "the proud mom of <Name>")."""
    window = max(0, start - 60)
    kin = _KIN_AHEAD.search(text, window, start)
    if kin and (called or kin.group(0).split(None, 1)[0].lower() not in ("tu", "tus", "your")):
        return True
    if _FAMILY_KIN.search(text, max(0, start - 120), start):
        return True  # "<Member>'s crew: husband <Name>, kids <Name> and <Name>"
    standing = _STANDING.search(text, window, start) or _STANDING_AHEAD.search(text, window, start)
    return bool(standing) and not _STANDING_OTHER.search(text, max(0, standing.start() - 12), standing.start())


# Her standing as a parent before a kin word and its name: "proud mom of twins <Name>", "papa orgulloso de los gemelos
# <Name>", "orgullosa abuela de sus nietas <Name> & <Name>" (round 49; not "the proud mom of twins ...": _STANDING_OTHER)
_STANDING_KIN = lazyre.compile(
    rf"(?<![\w-])(?:(?i:proud|orgullos[oa])[ \t]+)?{_STANDING_PARENT}(?:[ \t]+(?i:orgullos[oa]|proud|chocho|chocha))?[ \t]+(?i:de|of|to)[ \t]+"
    rf"(?:(?i:the|los|las|la|el|sus|su|his|her|their)[ \t]+)?(?:{_COUNT}[ \t]+)?$"
)


def _standing(text: str, start: int) -> bool:
    """Whether the relative named at `start` (a kin word and a name) follows the member's standing as a parent."""
    standing = _STANDING_KIN.search(text, max(0, start - 48), start)
    return standing is not None and not _STANDING_OTHER.search(text, max(0, standing.start() - 12), standing.start())


# The member's job in apposition to her name: "<Member>, our surgeon, cheered ...", "<Member>, nuestra enfermera de
# labor y parto, ..." (up to four words to the comma, no possessive, pronoun or joiner of another clause among them)
_JOB_AFTER = lazyre.compile(
    r"[ \t]*,[ \t]*(?i:our|nuestr[oa]|the|el|la)[ \t]+"
    r"(?:(?!(?i:who|que|quien|his|her|their|su|sus|with|con|for|para|por|whose|cuy[oa]s?)(?![\w-]))[\w'’-]+[ \t]+){0,3}"
    r"(?!(?i:who|que|quien|his|her|their|su|sus|with|con|for|para|por|whose|cuy[oa]s?)(?![\w-]))[\w'’-]+[ \t]*(?:,|[.!]|(?=[^\w\s,]))"  # or the sentence's end, an emoji (round 98)
)
# Or her job told by what she does for everyone, nothing of kin or care in it: "<Member>, la que nos programa las citas
# de todos," (round 69); "<Member>, who schedules her son's chemo around her shifts," is no job.
_JOB_DONE = lazyre.compile(
    r"[ \t]*,[ \t]*(?:(?i:la|el)[ \t]+(?i:que|quien)[ \t]+(?:(?i:le|les|nos)[ \t]+)?(?i:agenda|programa|contesta|maneja|coordina|organiza|cobra|recibe|saluda)"
    r"|(?i:the[ \t]+one[ \t]+who|who)[ \t]+(?i:schedules|books|answers|manages|coordinates|greets|checks[ \t]+in))[ \t]+[^,\n]{0,60},"
)
# Or her record at it, the care she gives counted against everyone's: "<Member> has wrapped more wrists than anyone in the
# county", "<Member> ha puesto más vacunas que nadie" (round 135)
_JOB_TENURE = lazyre.compile(
    rf"(?<![\w-]){TENURE_VERB}[ \t]+(?:(?i:ya|casi|for)[ \t]+)?"
    r"(?:\d{1,2}|(?i:un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|two|three|four|five|six|seven|eight|nine|ten))[ \t]+(?i:años|anos|years)"
    r"[ \t]+(?i:con[ \t]+nosotros|with[ \t]+us|here|aquí|aqui)(?![\w-])"
)  # her years with us after her name ("... lleva 6 años con nosotros"): her tenure (round 137)
_JOB_RECORD = lazyre.compile(r"[ \t]+(?i:has|had|ha|había|habia)[ \t]+(?:[\w'’-]+[ \t]+){1,2}?(?i:more|más|mas)[ \t]+[^,.;!?\n]{1,48}?(?i:than|que)[ \t]+(?i:anybody|anyone|nadie)(?![\w-])")


# ... or before it: "our peer recovery coach <Member>", "nuestra coordinadora de rehabilitación <Member>" (round 51)
# (a job's word closes it, or is followed by what it is of: "de rehabilitación"; not "the tonsillectomy <Member>")
_NOT_JOB = r"(?!(?i:who|que|quien|his|her|their|su|sus|with|con|for|para|por|whose|cuy[oa]s?|patient|paciente|and|y)(?![\w-]))"
_JOB_WORD = (
    r"(?i:[a-záéíóúñ]{2,}(?:er|or|ist|ian|ista|ero|era|ora|ante|ente|ico|ica|ogo|oga|ólogo|óloga|ary|ive|ant|ent)|coach|tech|nurse|aide|assistant"
    r"|star|guru|queen|king|boss|lead|manager|MA|PA|RN|LPN|CNA|NP|RDH|DA)"
)
# ... or as the subject that opens the next sentence: "Happy birthday, Dr. <Member>! Our rheumatologist has two parties: his
# twins ...", "Nuestro reumatólogo está de doble fiesta" (never "Our patient ...")
# (no care before the job's word, "Our kidney transplant recipient, ...", and no patient's by its word: "recipient", "user")
_JOB_OPENS = lazyre.compile(
    rf"[^\w\n]{{0,8}}(?P<our>(?i:our|nuestr[oa]))[ \t]+(?:{_NOT_JOB}[\w'’-]+[ \t]+){{0,2}}"
    rf"(?!(?i:patient|paciente|client|cliente|recipient|resident|user|wearer|visitor|survivor|fighter|warrior|member|sobreviviente|usuari[oa]|residente)s?(?![\w-]))(?P<job>{_JOB_WORD})(?![\w-])"
)
# Jobs of care, whose field may be a condition's name ("our diabetes educator", "our asthma nurse"; not "our asthma sufferer")
_CARE_JOBS = frozenset(w.lower() for w in (*NAMES["care_roles"], *NAMES["staff_nouns_alt"], *NAMES["staff_role_after"]))
_JOB_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?i:our|nuestr[oa]|the|el|la)[ \t]+(?:{_NOT_JOB}[\w'’-]+[ \t]+){{0,3}}?{_JOB_WORD}"
    rf"(?:[ \t]+(?i:de|del|of|for|en|at)(?:[ \t]+{_NOT_JOB}[\w'’-]+){{1,3}})?[ \t]*,?[ \t]+$"
)
# Care of ours said with no word of care, after the relative's name: "here" (not "here in <Town>"), our doing to them ("se la hicimos"; WE_DID)
_HERE_OR_OURS = lazyre.compile(
    r"(?<![\w-])(?i:here|aqu[ií]|ac[aá])(?![\w-])(?![ \t]+(?i:in|en)[ \t]+[A-Z])(?![ \t]*[:\-–—])"  # not the voice: "Dr. <Name> aquí: ..."
    r"(?!['’]s|[ \t]+(?i:we[ \t]+(?:are|go)|goes|estamos|vamos|va)(?![\w-]))"  # nor a saying: "so here we are", "aquí vamos" (round 152)
    rf"|{WE_DID.pattern}"
)


def _care_around(text: str, bounds: list[int], start: int, near: int, end: int, seen: dict[int, bool], jobs: list[tuple[int, int]] = (), named: int = 0) -> bool:
    """Whether care is told around a relative: in text[near:end] or in the sentences from `start` to `end` (told_care), or care of ours with no word
    of care after the relative's name at `named` ("here", "se la hicimos"), leaving out the member's own work (_AT_WORK, CAREER_TALLY) and her jobs (sorted)."""
    at_work = itertools.chain(_AT_WORK.finditer(text, start, end), CAREER_TALLY.finditer(text, start, end))
    at_work = (m for m in at_work if not _AFTER_COMMA.search(text, max(start, m.start() - 4), m.start()))  # not "<Name>, when she's not ...": hers
    work = sorted([*((m.start(), m.end()) for m in at_work), *spans_inside(jobs, start, end)])
    if _HERE_OR_OURS.search(text, max(near, named), end):
        return True  # "... who both got their tubes placed here last month"
    if not work:
        return care_in(text, near, end) or told_care(text, bounds, start, end, seen)
    at = start
    for lo, hi in [*work, (end, end)]:
        if at < lo and (care_in(text, at, lo) or cared_for(text, at, lo) or own_care(text, at, lo)):
            return True
        at = max(at, hi)
    return False


def told_care(text: str, bounds: list[int], start: int, end: int, seen: dict[int, bool]) -> bool:
    """Whether the sentences text[start:end] (one and the next) tell of care; each sentence is read once per text
    (`seen`, by its start), so a sentence of many names is not read again for each."""
    told = False
    while start < end and not told:
        stop = sentence_of(bounds, start)[1]
        if start not in seen:
            seen[start] = care_in(text, start, stop) or cared_for(text, start, stop) or own_care(text, start, stop)  # "is cancer-free"
        told, start = seen[start], max(stop, start + 1)
    return told


# "the only person on our team who ...", "the first one at our front desk to ...", "la unica de nuestro equipo que ...",
# "the only one in this building who ..." (round 125):
# a first or an only among us is one of the team, told of in a staff post (a birthday, a welcome).
_AMONG_US = lazyre.compile(
    r"[ \t]+(?i:on|in|of|at|among|from|de|del|en|entre)[ \t]+(?i:our|the|this|nuestro|nuestra|el|la|este|esta)?[ \t]*"
    r"(?:[\w'’-]+[ \t]+)?(?i:team|staff|crew|squad|office|front[ \t]+desk|practice|clinic|building|equipo|personal|oficina|consultorio|cl[ií]nica|recepci[oó]n|edificio)(?![\w-])"
)


# "the only person who can calm a teething toddler", "la única que sabe calmarlos": a knack, said in praise
_ANYONE = frozenset(("person", "one", "persona"))
_STAFF_BEFORE = lazyre.compile(
    rf"(?<![\w-])(?i:{alternation((*NAMES['staff_nouns_alt'], *wordlist('privacy-described')['staff_roles'], 'assistant', 'asistente', 'receptionist', 'recepcionista', 'front desk', 'recepcion', 'recepción'))})(?![\w-])"
)
_KNACK = lazyre.compile(r"[ \t]+(?:(?i:who|that|que)[ \t]+(?i:can|could|knows[ \t]+how[ \t]+to|puede|sabe|logra)|(?i:able[ \t]+to|capable[ \t]+of|capaz[ \t]+de))(?![\w-])")


def one_of_us(text: str, match: re.Match, given: tuple[str, ...] = ()) -> bool:
    """Whether a first or an only ("the only person") is said of one of the team ("... on our team who runs at 5 am"), or
    praises a knack ("the only person who can get a toddler to open wide"), in a sentence that tells no care, nor the one
    before or after it: "the only person on our staff who had her gallbladder out here" is still a patient, and so is
    "... who speaks Tagalog. Dr. <Name> did her gallbladder surgery last month"."""
    knack = (  # one of our staff named by role just before ("<Member> at the front desk!! ... the only person who can ..."); not "the only patient who ..."
        match.group(0).split()[-1].lower() in _ANYONE
        and _KNACK.match(text, match.end())
        and bool(_STAFF_BEFORE.search(text, max(0, match.start() - 200), match.start()) or given and given_words(given).search(text, max(0, match.start() - 200), match.start()))
    )
    return bool(_AMONG_US.match(text, match.end()) or knack) and _no_care_around(text, match)


# A staff title that holds "patient": "our first patient navigator", "our only patient care coordinator"; a member's job (round 144).
_PATIENT_JOB = lazyre.compile(rf"[ \t]+(?i:{alternation(WORDS['person_noun_jobs'])})(?![\w-])")
_OUR_JOB = lazyre.compile(rf"(?<![\w-])(?i:our|nuestr[oa])[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{alternation(NAMES['staff_nouns_alt'])})(?![\w-])")


def staff_title(text: str, match: re.Match) -> bool:
    """Whether a first or an only ends on "patient" in a staff member's title ("our first patient navigator"), in a sentence that tells no care,
    nor the one before or after it: "our first patient ambassador finished chemo here" is a patient still (ambassadors are often former patients)."""
    return match.group(0).lower().endswith("patient") and bool(_PATIENT_JOB.match(text, match.end())) and _no_care_around(text, match)


def _no_care_around(text: str, match: re.Match) -> bool:
    """No care told in the match's sentence, nor in the one before or after it, nor care received by them; a member's job ("our respiratory therapist") tells none."""
    text, bounds = _OUR_JOB.sub(lambda job: " " * len(job.group(0)), text), sentence_bounds(text)
    start, end = sentence_of(bounds, match.start())
    before = sentence_of(bounds, start - 1)[0] if start > 0 else start
    after = sentence_of(bounds, end)[1] if end < len(text) else end
    return not (told_care(text, bounds, before, after, {}) or received_care(text, bounds, match.start()))
