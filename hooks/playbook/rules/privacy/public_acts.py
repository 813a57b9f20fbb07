"""Neighbours thanked for a public act: a priest's blessing, a host's show, a grant championed, a class visited.

A practice thanks the people its community knows for what they did in public: the pastor who blessed the new
clinic ("Gracias al Padre <Name> de la parroquia San Lucas por bendecir ..."), the radio host who had the
nurses on ("... por invitarnos a su programa"), the legislator who championed a grant, the coach who teamed up
on nutrition talks, the player who signed with a college, the teacher whose class a dentist read to ("Mr.
<Surname>'s 2nd grade class"). Like an honour counted (public.py), the act makes the name public; it never
excuses care: public.is_public_figure asks public_act() and its caller still refuses a name when the text
says we treated them or guesses at their health ("thanks, Pastor <Name>, for blessing us two weeks after
your bypass" stays an error).
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation, sentence_bounds, sentence_of
from .care import care_in, claims_about_health
from .known import Person
from .own_news import ours_near, own_news
from .vocabulary import COURTESY, NAMES

_THANKS = (
    "thank you",
    "thanks",
    "thanks to",
    "a big thank you",
    "huge thank you",
    "our thanks",
    "gracias",
    "muchas gracias",
    "mil gracias",
    "agradecemos",
    "nuestro agradecimiento",
    *NAMES["congratulations"],
)
_THANKED = lazyre.compile(rf"(?<![\w-])(?i:{alternation(_THANKS)})(?![\w-])")
# What was done, after "for"/"on"/"por" or as "su <help>": blessing, hosting, inviting, championing, sponsoring,
# teaming up, painting, signing with a team, reading to a class, organising, lending us a hall ("por prestarnos el salon").
_ACTS_EN = (
    "blessing",
    "bless",
    "having us",
    "hosting",
    "inviting us",
    "the invitation",
    "the invite",
    "welcoming us",
    "the warm welcome",
    "championing",
    "sponsoring",
    "teaming up",
    "partnering",
    "the mural",
    "painting",
    "signing with",
    "signing a letter of intent",
    "reading to",
    "organizing",
    "organising",
    "leading the",
    "the interview",
    "the shout-out",
    "lending us",
    "loaning us",
    "lending the",
    "letting us use",
    "opening the",
)
_ACTS_ES = (
    "bendecir",
    "la bendicion",
    "invitarnos",
    "recibirnos",
    "la invitacion",
    "el mural",
    "pintar",
    "impulsar",
    "apoyar",
    "colaborar",
    "firmar con",
    "organizar",
    "la entrevista",
    "abrirnos",
    "prestarnos",
    "facilitarnos",
)
_HELP = ("colaboracion", "apoyo", "hospitalidad", "invitacion", "bendicion", "entusiasmo", "generosidad")
_ACT = lazyre.compile(
    rf"(?<![\w-])(?:(?i:for|on)[ \t]+(?:(?i:your|their|his|her|the)[ \t]+)?(?i:{alternation(_ACTS_EN)})"
    rf"|(?i:por)[ \t]+(?:(?i:venir|su|sus|el|la)[ \t]+(?:a[ \t]+)?)?(?i:{alternation(_ACTS_ES)})"
    rf"|(?i:su|sus)[ \t]+(?:(?i:gentil|valiosa|valioso|gran|generosa|generoso)[ \t]+)?(?i:{alternation(_HELP)}))(?![\w-])"
)
# A tie to a public institution right after the name: "de la parroquia ...", "del programa ...", "'s 2nd grade class".
_TIE_AFTER = lazyre.compile(
    r"[ \t]*,?[ \t]+(?i:de|del)[ \t]+(?:(?i:la|el)[ \t]+)?(?i:parroquia|iglesia|capilla|programa|emisora|radio)(?![\w-])"
    r"|['’]s[ \t]+(?:(?:\d{1,2}(?i:st|nd|rd|th)|(?i:first|second|third|fourth|fifth|sixth|kindergarten|pre-k))[ \t-]+(?i:grade[ \t]+)?)?(?i:class|classroom|homeroom|students)(?![\w-])"
)
# A teacher named by her class before the name: "el grupo de la maestra <Name>", "la clase del profe <Name>".
_NEXT_PERSON = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*_THANKS, *NAMES['congratulations']))})(?![\w-])")
_CLASS_BEFORE = lazyre.compile(r"(?<![\w-])(?i:grupo|clase|salon|alumnos)[ \t]+(?i:de[ \t]+la|del|de)[ \t]+$")


def public_act(text: str, person: Person, sentence: tuple[int, int]) -> bool:
    """A name thanked or congratulated in its sentence for a public act said after it ("for championing the grant",
    "por venir a bendecir", "su gentil colaboracion", "on signing with the Roadrunners"), or tied to a parish, a
    show or a class ("Padre <Name> de la parroquia ...", "Ms. <Surname>'s 1st grade class")."""
    start, end = max(sentence[0], person.start - _REACH), min(sentence[1], person.end + _REACH)  # bounded: many names stay linear
    if person.title and (_TIE_AFTER.match(text, person.end) or _CLASS_BEFORE.search(text, max(0, person.start - 24), person.start)):
        if not care_in(text, start, end):  # a titled name: a child's own class ("Mateo's class") or a parishioner is no tie
            return True
    act = _ACT.search(text, person.end, end) if _THANKED.search(text, start, person.start) else None
    if act is None or care_in(text, start, act.start()):
        return False
    # the act's topic may be care ("to talk about vaccines", "free rides to treatment"), never their own ("after her surgery");
    # "su programa", "his morning show" is where they had us, not their care
    # another thanks or congratulations starts another person's matter ("... y felicidades a la locutora ... por sus 20 años")
    following = _NEXT_PERSON.search(text, act.end(), end)
    end = following.start() if following else end
    return not (_THEIRS.search(text, act.end(), end) and care_in(text, act.end(), end))


_REACH = 300
# Their own, not their show, station or class: "en su programa del sábado", "on his morning show" own no care.
_VENUES = ("programa", "programas", "show", "shows", "podcast", "emisora", "estacion", "estación", "station", "radio", "class", "clase", "classroom", "salon")
_THEIRS = lazyre.compile(
    r"(?<![\w-])(?i:his|her|their|him|your|su|sus|tu|tus|ella|el[ \t]+padre|la[ \t]+madre)(?![\w-])"
    rf"(?![ \t]+(?:[\w'’-]+[ \t]+)?(?i:{alternation(_VENUES)})(?![\w-]))"
)


def named_again(text: str, person: Person, excused: list[tuple[int, int]]) -> bool:
    """Whether `person` lies inside a public figure's name already let through, or is that name's first word (with its
    title, if the name had one), its surname after a courtesy title ("Ms. <Surname>") or after the role's word that introduced the full name
    ("Chief <Surname>", "Coach <Surname>": _role_again) said again with no care word after it, or with news of their own they made public (own_news.py),
    here or where first named, with no care of ours ("... muralist <Given> <Surname> ... <Given> painted it in four days"; not "<Given>
    broke his wrist")."""
    if any(s <= person.start and person.end <= e for s, e in excused):
        return True
    if len(person.words) == 2 and not person.title or len(person.words) == 1 and person.title:  # "Chief <Surname>" after "Fire Chief <Given> <Surname>"
        first = _role_again(text, person)
        if first is not None:
            return _plain_after(text, person, first)
    if len(person.words) != 1 and not _shouted_alone(text, person):
        return False
    said = (person.title, person.words[0]) if person.title else (person.words[0],)
    said = tuple(w.upper() for w in said) if text[person.start : person.end].isupper() else said  # as written: "DANNY"  # "¡Gracias, Don <Given>!" after "Don <Given> <Surname>"
    first = next((s for s, e in excused if s < person.start and (_begins(text[s:e].split(), said) or _surname_again(text[s:e].split(), person))), None)
    if first is None:
        first = _introduced(text, person, said)
    return first is not None and _plain_after(text, person, first)


def within_figure(text: str, person: Person, excused: list[tuple[int, int]], *, quoted: bool = False) -> bool:
    """Whether `person` lies inside a longer public figure's name let through: a word of it said with affection, or (`quoted`)
    its nickname in quotes ('Blues legend <Given> "<Nickname>" <Surname>', read apart as a child's pet name; round 115)."""
    if quoted and (person.start == 0 or text[person.start - 1] not in '"“' or text[person.end : person.end + 1] not in ('"', "”")):
        return False  # the nickname's own quotes, both sides ("" is in every string: a text's end is no closing quote)
    return any(s <= person.start and person.end <= e and e - s > person.end - person.start for s, e in excused)


def _plain_after(text: str, person: Person, first: int) -> bool:
    """A public figure said again (first named at `first`) with no care word after it, or with news of their own."""
    if not care_in(" ".join(re.findall(r"\S+", text[person.end : person.end + 80])[:8])):
        return True
    bounds = sentence_bounds(text)  # "<Given> has spoken openly about her own diagnosis": news she made public, here or where first named
    return own_news(text, bounds, person.start) or (own_news(text, bounds, first) and not ours_near(text, *sentence_of(bounds, person.start)) and claims_about_health(text, bounds) is None)


def _introduced(text: str, person: Person, said: tuple[str, ...]) -> int | None:
    """Where a given name greeted again ("Thank you, <Given>!") was first said as the start of a full name that a public
    role introduced with no care of ours ("(Fictional) two-time Olympic wrestler <Given> <Surname> ..."), when no finder
    listed that full name: the same person, cleared by the role. Only the first earlier full name is read (linear)."""
    if person.title or not said[0][:1].isupper():
        return None
    window = max(0, person.start - _BACK)  # bounded: many greetings stay linear
    found = re.search(rf"(?<![\w-]){re.escape(said[0])}(?=[ \t]+[A-Z])((?:[ \t]+[A-Z][\w'’-]*){{1,3}})", text[window : person.start])
    if found is None:
        return None
    from .community_roles import cared_in_role  # public.py imports this module: read at call time
    from .own_news import received_untold
    from .public import health_next_to, is_public_figure

    bounds, told = _told_of(text)
    figure = Person(window + found.start(), window + found.end(), (said[0], *found.group(1).split()), "a full name")
    if told or not is_public_figure(text, figure, bounds) or cared_in_role(text, figure, bounds) or health_next_to(text, figure, bounds):
        return None
    if received_untold(text, bounds, figure.start):
        return None
    return figure.start


_BACK = 600


@functools.lru_cache(maxsize=4)
def _told_of(text: str) -> tuple[list[int], bool]:
    """The text's sentence bounds, and whether it tells of care of ours or guesses at health anywhere: once per text."""
    from .own_news import claims_untold, with_us

    bounds = sentence_bounds(text)
    return bounds, claims_untold(text, bounds) is not None or with_us(text)


def _role_again(text: str, person: Person) -> int | None:
    """Where the one said again as "<Role> <Surname>" ("Chief <Surname>", "Delegate <Surname>") was first introduced by that
    role's word before a full name ending in the same surname ("Fire Chief <Given> <Surname>"): read as that mention was,
    which either let it through or reported it. Only the window before the name is read (bounded: linear)."""
    role, surname = (person.title.rstrip("."), person.words[0]) if person.title else person.words
    if not role[:1].isupper() or not surname[:1].isupper():
        return None
    window = max(0, person.start - _BACK)
    found = re.search(rf"(?<![\w-]){re.escape(role)}\.?(?:[ \t]+[A-Z][\w'’-]*){{1,2}}?[ \t]+{re.escape(surname)}(?![\w'’-])", text[window : person.start])
    return None if found is None else window + found.start()


def _shouted_alone(text: str, person: Person) -> bool:
    """In capitals a given name takes the words after it into its run ("DANNY TOLD THE CROWD"): it stands alone when
    none of them is a name any list knows."""
    span = text[person.start : person.end]
    return span.isupper() and len(person.words) <= 3 and all(lexicon_names.name_info(w) is None for w in person.words[1:])


def _surname_again(name: list[str], person: Person) -> bool:
    """The name let through ends with the surname said again after a courtesy title ("Ms. <Surname>" after "author
    <Given> <Surname>", "la Sra. <Surname>" after "la escritora <Given> <Surname>"): the same person, spoken of politely."""
    title = person.title.rstrip(".").lower()
    return bool(title) and title in COURTESY and len(name) >= 2 and name[-1].rstrip(".,;:!?") == person.words[0]


def _begins(name: list[str], said: tuple[str, ...]) -> bool:
    """The name let through begins with what is said again, or does after its title ("Beto" of "Don Beto Lujan"), or holds
    it as a quoted nickname ("Hoss" of '<Given> "Hoss" <Surname>', 'El "Tigre"')."""
    if len(said) == 1 and any(len(word) > 2 and word[0] in _QUOTES and word[-1] in _QUOTES and word[1:-1] == said[0] for word in name):
        return True
    if len(said) == 1 and any(nick.split()[-1:] == [said[0]] for nick in _NICKNAME.findall(" ".join(name))):
        return True  # the last word of a quoted nickname of more words: "Guero" of 'Beto "El Guero" Salcido'
    return tuple(name[: len(said)]) == said or (len(said) == 1 and tuple(name[1:2]) == said and bool(_TITLE.fullmatch(name[0])))


_QUOTES = frozenset("\"'“”‘’«»")
_NICKNAME = lazyre.compile(r"[\"“«]([^\"”»\n]{1,30})[\"”»]")


_TITLE = lazyre.compile(rf"(?i:{alternation((*NAMES['titles'], 'don', 'dona', 'doña', 'padre', 'pastor', 'coach'))})\.?")
