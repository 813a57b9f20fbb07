"""Alt text that shows a patient's body without a person word (PHI012, media.py): someone's body part with who they
are ("the left cheek of a <Town> firefighter", "la mejilla de un bombero", a job closed up
into one word: "the shin of a young steelworker"), photos taken before and after care of a
body part ("Paired before-and-after pictures of a scar on a cheek"), and a team photo that also shows a group in
care ("promotora <Name> with the prenatal class", "con sus esposos").

A face or a body part photographed at the practice is an identifier, and one tied to a job or a town, or shown before
and after treatment, is a patient's: `people: false` is wrong and the authorization check would never run. A drawing
("Diagram of a basal cell carcinoma on a cheek") shows no one and is set aside before this is asked (media.py); so is a
body part with no one named after it, and a before and after of a room. Whoever is described in what only care puts
on someone ("toddlers in hospital gowns", "residents in wheelchairs", "con bata de paciente") is a patient too, whatever
word names them; a gown, a cast or a wheelchair on a shelf or in a room is no one's, and the team's gowns and scrubs pass.

One scan for body parts (and one for before/after frames), a bounded look after each: linear.
"""

from __future__ import annotations

import re
from functools import cache

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .people import NAMES

PICTURED = wordlist("privacy-pictured")
NAMES_STAFF = NAMES["staff_nouns_alt"]
OWNED = wordlist("privacy-owned")

_PARTS = alternation((*OWNED["body_parts"], *OWNED["care_marks"]))
_SIDES = alternation(OWNED["sides"])
# A body part, a side word or two, then who it belongs to: "cheek of a", "la mejilla izquierda de un".
_OWNED_PART = lazyre.compile(
    rf"(?<![\w-])(?:{_PARTS})(?:[ \t]+(?:{_SIDES}))?[ \t]+(?:{alternation(PICTURED['body_owners'])})[ \t]+",
    re.IGNORECASE,
)
_WORD = lazyre.compile(r"([\w'’-]+)[ \t]*")
# Who owns a part, said before it with "'s": "a retired machinist's face", "the lineman's left knee"
_OWNER_PART = lazyre.compile(rf"(?<![\w'’-])([A-Za-z]+)['’]s[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:{_PARTS})(?![\w-])", re.IGNORECASE)
_STAFF = lazyre.compile(rf"(?<![\w-])(?i:{alternation(NAMES_STAFF)})(?![\w-])")
_PART = lazyre.compile(rf"(?<![\w-])(?:{_PARTS})(?![\w-])", re.IGNORECASE)
_BEFORE_AFTER = lazyre.compile(rf"(?<![\w-])(?:{alternation(PICTURED['before_after'])})(?![\w-])", re.IGNORECASE)
_CARE_GROUP = lazyre.compile(rf"(?<![\w-])(?:{alternation(PICTURED['care_groups'])})(?![\w-])", re.IGNORECASE)
# Worn care: "in"/"wearing"/"en"/"con" and a determiner or a modifier or two before it ("in matching paper gowns").
_WORN = lazyre.compile(
    r"(?<![\w-])(?i:in|wearing|with|en|con|llevando|vestid[oa]s?[ \t]+con)[ \t]+(?:(?i:a|an|the|their|his|her|su|sus|un|una|el|la|los|las)[ \t]+)?"
    rf"(?:[\w'’-]+[ \t]+){{0,2}}?(?i:{alternation(PICTURED['worn_care'])})(?![\w-])"
)
_WORN_THINGS = lazyre.compile(
    r"(?<![\w-])(?i:shelf|shelves|cart|tray|table|kit|bin|basket|drawer|rack|box|boxes|stack|pile|supply|supplies|repisa|estante|carrito|caja|cajon|canasta|display|hanger|perchero)(?![\w-])"
)
# Someone's body part in care, then our clinician beside them: "<someone> stretching his lower back with our PA <Name>",
# "<alguien> estirando la espalda con nuestra fisioterapeuta <Name>".
_CARED_WITH_STAFF = lazyre.compile(
    rf"(?<![\w-])[A-Za-z]+(?:ing|ando|iendo)[ \t]+(?i:his|her|their|its|su|sus|the|a|la|el|los|las)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?"
    rf"(?i:{_PARTS})(?![\w-])[^.;\n]{{0,40}}?(?<![\w-])(?i:with|con)[ \t]+(?i:our|nuestr[oa]s?)[ \t]+"
    # our clinician: a staff noun or title a word or two in ("our physical therapist", "our PA"), or a team name blanked
    rf"(?:[\w'’-]+[ \t]+){{0,2}}?(?:(?i:{alternation(NAMES_STAFF)})(?![\w-])|(?:PA|PT|NP|RN|OT|MA|DPT|CNM|LPN|Dr|Dra)(?![\w-])|[ \t]{{3}})"
)
_NO_ONE_WORDS = frozenset("our nuestro nuestra nuestros nuestras the a an el la los las un una unos unas and y of de at en two three dos tres both ambos ambas".split())
_JOB_ENDS = ("worker", "workers", "man", "men", "woman", "women", "hand", "hands", "keeper", "maker", "driver", "picker", "fighter")
_AGENT_ENDS = ("ist", "er", "or", "ian")  # one who does a job, before a body part with "'s" ("a machinist's face")
_REACH = 8  # words from the opener to who owns the part: "of a retired San Isidro del Monte firefighter"


@cache
def _owners() -> frozenset[str]:
    """Who owns a body part in alt text: a job ("firefighter", "bombero") or a person word ("runner", "senora")."""
    return frozenset(w.lower() for w in (*NAMES["occupations"], *NAMES["person_nouns_alt"]))


def shown_body(alt: str) -> tuple[int, int] | None:
    """Where an alt text (folded) shows someone's body: a part owned by a person by their job or kind (after it or before
    it with "'s"), or a body part in photos before and after care; None when it shows neither."""
    for owned in _OWNED_PART.finditer(alt):
        end = _owner_end(alt, owned.end())
        if end:
            return owned.start(), end
    for owner in _OWNER_PART.finditer(alt):  # "a retired machinist's face", "a welder's forearm" (round 115)
        low = owner.group(1).lower()
        agent = low.endswith(_AGENT_ENDS) and len(low) > 5 and not _STAFF.fullmatch(low)  # "machinist", "welder"; not "hygienist"
        if low in _owners() or _compound_job(low) or agent:
            return owner.start(), owner.end()
    frame = _BEFORE_AFTER.search(alt)
    part = _PART.search(alt) if frame else None
    if frame and part:
        return frame.start(), max(frame.end(), part.end())
    return None


def worn_care(alt: str) -> tuple[int, int] | None:
    """Where an alt text (folded) describes someone wearing or sitting in what only care puts on them; None when it does not.

    "with" and "con" also say what a shelf or a cart holds ("a cart with bandages"): an alt text that names a holder
    of things before the worn care, or one of the team, shows no one in care.
    """
    for worn in _WORN.finditer(alt):
        if _WORN_THINGS.search(alt, 0, worn.start()) or _STAFF.search(alt, 0, worn.start()):
            continue
        return worn.start(), worn.end()
    return None


def _owner_end(alt: str, at: int) -> int:
    """Where a person word (a job, "man", "runner") ends within a few words of `at`, or 0; two-word jobs included."""
    who = _owners()
    previous = ""
    for _ in range(_REACH):
        word = _WORD.match(alt, at)
        if word is None:
            return 0
        low = word.group(1).lower()
        if low in who or f"{previous} {low}" in who or _compound_job(low):
            return word.end(1)
        previous, at = low, word.end()
    return 0


def _compound_job(word: str) -> bool:
    """A job closed up into one word that no list holds ("dockworker", "longshoreman", "deckhand", "beekeeper")."""
    return any(word.endswith(end) and len(word) >= len(end) + 3 for end in _JOB_ENDS)


# A thing shaped or named like a group's word: "a giant blue circle cutout", "the club sign", "a group photo" (no one's group)
_THING_AFTER = lazyre.compile(
    r"[ \t]+(?i:cutout|cut-out|cutouts|sign|signs|logo|logos|pin|pins|sticker|stickers|shape|shapes|poster|posters|balloon|balloons|banner"
    r"|symbol|pattern|rug|photo|photos|picture|selfie|shot)(?![\w-])"
)


def shows_care_group(alt: str) -> bool:
    """Whether an alt text (folded) shows a group in care besides whoever it names ("with the prenatal class"); not a thing
    named by a group's word ("holding a blue circle cutout", _THING_AFTER)."""
    return any(not _THING_AFTER.match(alt, m.end()) for m in _CARE_GROUP.finditer(alt))


def cared_beside_staff(alt: str) -> tuple[int, int] | None:
    """Where an alt text (folded, team names blanked) shows someone else's body part in care beside our clinician: the
    one doing it is said before the verb by any word but the team's ("Farmworker in a straw hat stretching his lower back
    with our PA", "Jornalero estirando la espalda con nuestra fisioterapeuta"); None when only the team is there."""
    for cared in _CARED_WITH_STAFF.finditer(alt):
        low = max(0, cared.start() - 80)  # the one doing it is said within a few words: a bounded look, linear
        start = max(alt.rfind(".", low, cared.start()), alt.rfind(";", low, cared.start()), alt.rfind("\n", low, cared.start()), low - 1) + 1
        for word in _WORD.finditer(alt, start, cared.start()):
            low = word.group(1).lower()
            if low not in _NO_ONE_WORDS and not _STAFF.fullmatch(low) and word.group(1)[0].isalpha():
                return word.start(), cared.end()
    return None


# Someone's body part in care, told of the part itself: dressed or held still ("with a splinted right ankle", "con el
# tobillo vendado"), or tended by us on one who owns it ("checks the sore on his foot", "wraps her wrist", "le venda la
# mano"). A team photo with such a part shows someone in care, whoever else it names.
_TENDED = r"(?i:splinted|bandaged|wrapped|taped|braced|casted|stitched|sutured|bruised|swollen|sprained|broken|injured|bleeding)"
_TENDS = r"(?i:checks|checking|examines|examining|wraps|wrapping|cleans|cleaning|dresses|dressing|bandages|bandaging|splints|splinting|stitches|stitching|treats|treating|ices|icing|tapes|taping|looks[ \t]+at|looking[ \t]+at)"
_CARED_PART = lazyre.compile(
    rf"(?<![\w-])(?i:with|has|had)[ \t]+(?i:a|an|his|her|their)[ \t]+{_TENDED}[ \t]+(?:(?:{_SIDES})[ \t]+)?(?:{_PARTS})(?![\w-])"
    rf"|(?<![\w-])(?i:con)[ \t]+(?i:el|la|los|las|su|sus)[ \t]+(?:{_PARTS})(?:[ \t]+(?:{_SIDES}))?[ \t]+(?i:vendad[oa]s?|entablillad[oa]s?|inmovilizad[oa]s?|enyesad[oa]s?|hinchad[oa]s?|lastimad[oa]s?)(?![\w-])"
    rf"|(?<![\w-]){_TENDS}[ \t]+(?:(?i:the|a)[ \t]+[\w'’-]+(?:[ \t]+[\w'’-]+)?[ \t]+(?i:on|of|in)[ \t]+)?(?i:his|her|their)[ \t]+(?:(?:{_SIDES})[ \t]+)?(?:{_PARTS})(?![\w-])"
    rf"|(?<![\w-])(?i:le|les)[ \t]+(?i:revisa|revisan|revisando|venda|vendan|cura|curan|limpia|limpian|examina|examinan|entablilla)[ \t]+(?i:el|la|los|las)[ \t]+(?:[\w-]+[ \t]+(?i:de|del|en)[ \t]+(?:(?i:el|la)[ \t]+)?)?(?:{_PARTS})(?![\w-])"
)


def cared_part(alt: str) -> tuple[int, int] | None:
    """Where an alt text (folded, team names blanked) tells someone's body part in care; None when it tells none."""
    found = _CARED_PART.search(alt)
    return found.span() if found else None
