"""Nicknames a text gives to team members it names in full: theirs wherever they recur.

'Marisol Tapia, "Mari" para todos', 'Roberto "Beto" Garza', 'the kids call her "Doc Bones"',
"... Chispita! Asi le decimos a la enfermera Marta Gil": a post about a team member may call them
by the name the team uses, and that name is no patient's (a member named by the given name alone too: 'our
assistant <Given>, aka "<Nick>"', 'better known around here as "<Nick>"', 'our very own "<Nick>" <Given>'; or the nickname met first, the member named
right after: 'Conozcan a "la Doc <Pet>" ... La Dra. <Member>'). So are a short form of the given name
spoken to ("Meet Anabel Ruiz, our MA ... Thanks, Ana!"; not where care is told), a title with an initial ("Ms. R", "Dr. A"),
and a pet name after a fond title in apposition to the member's full name ("nuestra promotora <Given> <Surname>, la niña
<Pet>!", read alone as a child's title; not before a list, "..., el niño <Name> y su mamá", nor with care told after it).
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, own_care
from .known import Known, Person
from .staff_posts import given_words, told_care
from .vocabulary import CAP, NAMES, is_unknown

_QUOTED = rf"[\"“'‘«](?:(?:el|la|the)[ \t]+)?({CAP}(?:[ \t]+{CAP}){{0,2}})[.!]?[\"”'’»]"  # 'better known as "Mama <Pet>."'
# A nickname given right after a name: 'Marisol Tapia, "Mari" para todos', "Roberto Garza (Beto)",
# "Guadalupe Salas, better known as Lupita"; or inside it: 'Roberto "Beto" Garza'.
_FONDLY_WORDS = r"(?i:de[ \t]+carino|con[ \t]+carino|carinosamente|lovingly|affectionately|fondly)"
_FONDLY = rf"(?:[ \t]+{_FONDLY_WORDS})?"  # "le decimos de carino ..."
_ALIAS_AFTER = lazyre.compile(rf"[ \t]*(?:,[ \t]*|[ \t]*[-–—][ \t]*)?(?:\([ \t]*)?(?:(?i:{alternation(NAMES['alias_markers'])}){_FONDLY},?[ \t]+[\"“'‘«]?({CAP})|{_QUOTED}|(?<=\()({CAP})[ \t]*\))")
_ALIAS_INSIDE = lazyre.compile(_QUOTED)
_ALIAS_BEFORE = lazyre.compile(_QUOTED + r"[ \t]*$")  # the nickname in quotes right before the member's name
# 'the residents call her "Doc Bones"', 'los peques le dicen "la Doctora Chispita"': a nickname given by name
_ALIAS_CALLED = lazyre.compile(
    rf"(?<![\w-])(?i:call|calls|called|nicknamed|le\s+dicen|les\s+dicen|le\s+decimos|le\s+llaman|la\s+llaman|lo\s+llaman|apodan|apodo|aka|a\.k\.a\.?|(?:better\s+)?known(?:\s+(?:around\s+here|here|to\s+all|to\s+everyone))?\s+as|conocid[oa]\s+como)"
    rf"[ \t]+(?:(?i:him|her|them|me|us)[ \t]+)?(?:{_FONDLY_WORDS}[ \t]+)?{_QUOTED}"
)
# The nickname said first, then whose it is: "... Chispita! Asi le dicen todos a Marta Gil, de recepcion",
# "... Doc Sunshine. That's what the kids call our nurse Paul Ito": the name just before is the team member's.
_ALIAS_BACK = lazyre.compile(
    r"(?:(?<![\w-])(?i:asi|como)[ \t]+(?:(?i:todos|todas|los[ \t]+ninos|los[ \t]+peques|aqui)[ \t]+)?(?i:le|les|lo|la)[ \t]+(?i:decimos|dicen|llamamos|llaman)(?:[ \t]+(?i:todos|todas|aqui))?"
    r"|(?<![\w-])(?:(?i:that['’]?s|that[ \t]+is|this[ \t]+is|which[ \t]+is)[ \t]+)?(?i:what)[ \t]+(?i:we|they|everyone|everybody|the[ \t]+kids|our[ \t]+patients)[ \t]+(?i:call|calls))"
    + _FONDLY
    + r"[ \t]+(?:(?i:a|al|to)[ \t]+)?(?:[\w'’-]+[ \t]+){0,3}?$"
)
# The nickname introduced first, the member named right after: 'Conozcan a "la Doc <Pet>" 🩺 La Dra. <Given> <Surname> ...',
# 'Meet "<Pet>": our nurse <Given> <Surname> ...'
_ALIAS_MET = lazyre.compile(rf"(?<![\w-])(?i:meet|say\s+hi\s+to|say\s+hello\s+to|conozcan\s+a|conoce\s+a|les\s+presentamos\s+a|saluden\s+a)[ \t]+{_QUOTED}")
_SAID_BEFORE = lazyre.compile(rf"({CAP}(?:[ \t]+{CAP})?)[\"”'’»]?[^\w\n]{{0,16}}$")  # the name that ends the sentence before, emoji aside


def team_aliases(text: str, known: Known, found: list[Person], *, reply: bool = False) -> frozenset[str]:
    """Nicknames the text gives to team members named in full ('Marisol Tapia, "Mari" para todos'): theirs too. A reply
    (`reply`) greets the reviewer, so a word greeted there is no member's short form."""
    aliases: set[str] = set()
    in_full = False
    members = [p for p in found if p.excusable and known.is_team(p.words, p.title)]
    for match in _ALIAS_MET.finditer(text) if members else ():
        if any(0 <= p.start - match.end() <= 60 for p in members):  # 'Conozcan a "la Doc <Pet>" 🩺 La Dra. <Member> ...'
            aliases.update(word.lower() for word in match.group(1).split())
    for person in members:
        in_full = True  # a member named, in full or by the given name: the nicknames the text gives by "aka", "le decimos" are theirs
        if before := _ALIAS_BEFORE.search(text, max(0, person.start - 40), person.start):
            aliases.update(word.lower() for word in before.group(1).split())  # 'our very own "Echo Queen" <Member>'
        if len(person.words) < 2:
            continue
        after = _ALIAS_AFTER.match(text, person.end)
        inside = _ALIAS_INSIDE.search(text, person.start, person.end)
        for match in (after, inside):
            if match:
                aliases.update(word.lower() for group in match.groups() if group for word in group.split())
        aliases.update(short_forms(text, person.words[0].lower(), {w[:1].lower() for w in person.words}, reply=reply))
        back = _ALIAS_BACK.search(text, max(0, person.start - 80), person.start)
        said = _SAID_BEFORE.search(text, max(0, back.start() - 60), back.start()) if back else None
        if said:  # "... Chispita! Como le decimos al terapeuta Hugo Paz": the name said just before is hers
            aliases.update(word.lower() for word in said.group(1).split())
    in_full = in_full or bool(known.given) and any(m.group(0)[0].isupper() for m in given_words(known.given).finditer(text))
    if in_full:  # a text about a team member, named in full or by a given name no list knows: the nicknames it gives are theirs
        for match in _ALIAS_CALLED.finditer(text):
            aliases.update(word.lower() for word in match.group(1).split())
    return frozenset(aliases)


# A short form counts where it is spoken to ("Thanks, Yoli!", "Gracias, Anab", "Go Marc!", "Love you, Ki!"): "little Ana" stays a child
_GREETED = lazyre.compile(
    r"(?<![\w-])(?i:thanks|thank[ \t]+you|gracias|muchas[ \t]+gracias|hi|hello|hola|hey|go|welcome|bienvenid[oa]|felicidades|congrats|"
    r"congratulations|bravo|(?:we[ \t]+)?love[ \t]+you|te[ \t]+queremos)[ \t]*[,!]?[ \t]*(?:(?i:to|a)[ \t]+)?([A-Z][a-z]{1,})(?![\w'’-])"
)
_TITLED_INITIAL = lazyre.compile(r"(?<![\w-])(?:Ms|Mr|Mrs|Miss|Dr|Doc|Sra|Sr|Srta|Dra)\.?[ \t]+([A-Z])(?![\w'’-])")


def is_member(person: Person, known: Known, aliases: frozenset[str]) -> bool:
    """Whether `person` is a member: by name and title, by the aliases the text gives one (team_aliases), or after a word
    no name list knows, a verb, that opens the run before a member's full name ("💻 Atienden <Member in full> ...")."""
    if known.is_team(person.words, person.title) or aliases and {w.lower() for w in person.words} <= aliases:
        return True
    return len(person.words) > 2 and is_unknown(person.words[0]) and known.is_team(person.words[1:], "")


def short_forms(text: str, given: str, initials: set[str], *, reply: bool = False) -> set[str]:
    """The short forms a text uses for a team member named in full: a given name cut short and spoken to
    ("Thanks, Ana!" for Anabel; not in a reply, where the one spoken to is the reviewer), or a title and the
    initial of a given name or surname ("Ms. R")."""
    words, titled = _short_words(text)
    words = frozenset() if reply else words
    found = {word for word in words if len(word) < len(given) and given.startswith(word)}
    return found | (titled & initials)


@functools.lru_cache(maxsize=4)
def _short_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The text's distinct greeted words and titled initials, lower-cased: read once per text. A word greeted where
    care is told, in its sentence or the next ("Thanks, Ana! Your stitches ..."), is no short form (staff_posts.py)."""
    bounds, seen, greeted = sentence_bounds(text), {}, set()
    for match in _GREETED.finditer(text):
        start, end = sentence_of(bounds, match.start())
        if not told_care(text, bounds, start, sentence_of(bounds, end)[1] if end < len(text) else end, seen):
            greeted.add(match.group(1).lower())
    return frozenset(greeted), frozenset(m.group(1).lower() for m in _TITLED_INITIAL.finditer(text))


# A team member named in full, then the pet name the text calls her by after a fond title in apposition:
# "nuestra promotora <Given> <Surname>, la niña <Pet>!", "<Given> <Surname>, el niño <Pet>." (read as a child's title). A list
# after it ("<Member>, el niño <Name> y su mamá") or care told in its sentence keeps the child's reading.
_FOND_TITLE = r"(?i:ni[nñ][ao]|nen[ae]|chamac[ao]|chavit[ao]|muchach[ao]|chiquit[ao])"
_MEMBER_BEFORE = lazyre.compile(rf"({CAP}(?:[ \t]+{CAP}){{1,3}})[ \t]*,[ \t]*(?i:la|el)[ \t]+{_FOND_TITLE}[ \t]+$")
_APPOSITION_ENDS = lazyre.compile(r"[ \t]*(?:[!.?;:)]|,(?![ \t]*(?i:y|e|and|&)[ \t])|$)")


def pet_titled(text: str, known: Known, person: Person) -> bool:
    """Whether `person`, read as a child by a fond title ("la niña <Pet>"), is the pet name the text gives the team member
    named in full right before it, in an apposition that ends there, no care told after it in its sentence or the next."""
    if person.excusable or len(person.words) != 1:
        return False
    at = person.end - len(person.words[0])
    if not text.startswith(person.words[0], at) or not _APPOSITION_ENDS.match(text, person.end):
        return False
    member = _MEMBER_BEFORE.search(text, max(0, at - 80), at)
    if member is None or not known.is_team(member.group(1).split()):
        return False
    bounds = sentence_bounds(text)
    end = sentence_of(bounds, person.start)[1]
    end = sentence_of(bounds, end)[1] if end < len(text) else end
    return not (care_in(text, person.end, end) or own_care(text, person.end, end))  # "..., la niña <Pet>, que vino por su asma"
