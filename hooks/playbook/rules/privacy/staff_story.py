"""A post whose story is a team member's own news: PHI016's weight of care words is no patient's story then.

A staff spotlight, a birthday, a farewell or a congratulation tells a member's own news with care words ("Dr. <Name>
had her own knee replacement last spring", "she delivered her 2,000th baby", "por pasar su examen de certificacion",
"before her maternity leave"), and those weigh like a patient's story. The post is the member's when a team member
(plans/team.yml) is named in its opening sentence or in the sentence of its heaviest word, no one else is named (a
priest among them called "Father" is one of them), no
other single person is spoken of (a singular person word: "the team captain", "our nurse's husband", "la paciente";
the reader's "your nose", not the readers' "your congrats"; "the one who runs the ...", "la que vende ...")
and the member is never the one who gave care or is thanked ("cleared by Dr. <Name>", "gracias a la enfermera <Name>").
Her own family spoken of by a possessive ("her husband and their boys cheered at mile 20", "he and his wife foster
rescue dogs", "su esposo le hizo el pastel") is hers, not another person, when neither the kin's sentence nor
the next tells care (a next sentence that opens on the member's pronoun, the other sex than the kin's, tells of her:
staff_posts.py); "her husband had his bypass here in May" is still someone else's story.
A kin word tied to a member after it or by her possessive ("Hoy cumple 3 añitos <Name>, la hija de nuestro terapeuta
<Member>", "<Member>'s daughter": kin_before.py) is her family too, when no care is told around it, and so is a relative
named that staff_posts.py reads as hers ("<Member> became a daddy again! ... big brother <Name>"; round 75).
Read only when PHI016 would fire (rare): one pass over the people and the words, linear.
"""

from __future__ import annotations

import re

from ... import lazyre
from ...text import alternation, sentence_bounds, sentence_of
from .epithets import EPITHETS
from .kin_before import kin_of_member, ours_done
from .known import Known
from .people import named, people
from .staff_posts import next_is_member, staff_own, told_care
from .vocabulary import DESCRIBED

_OTHER = lazyre.compile(
    rf"(?<![\w'’-])(?i:{alternation(DESCRIBED['story_others'])})(?![\w'’-])"
    r"|(?<![\w-])(?i:the|that|a|el|la|ese|esa)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?i:who|quien|que)[ \t]+(?i:runs|owns|works|sells|drives|coaches|corre|atiende|vende|maneja|trabaja)(?![\w-])"
)
# A person word that is still the member: her own standing ("is a mom of two", "became a mama again", "es mamá de dos", "hija de <Town>"),
# an endearment said to her ("mi niña,"), a word of a place's name ("South Padre"); "your" when the post speaks to her.
_HERS_BEFORE = lazyre.compile(r"(?<![\w'’-])(?i:is|es|she['’]s|he['’]s|became|becomes|now|proud|orgullosa|orgulloso|mi|my)[ \t]+(?:(?i:a|an|un|una)[ \t]+)?$")
_OF_COUNT = lazyre.compile(r"[ \t]+(?i:of|de)[ \t]+(?:\d+|(?i:two|three|four|five|dos|tres|cuatro|cinco)(?![\w-])|[A-Z])")
_NAME_BEFORE = lazyre.compile(r"[A-Z][\w'’-]*[ \t]+$")
# A kin word owned by the member: "her husband", "his wife", "their twins", "su esposo" (an adjective may stand between)
_OWNED = lazyre.compile(r"(?<![\w'’-])(?i:her|his|their|su|sus)[ \t]+(?:[a-z][\w'’-]*[ \t]+)?$")
_KIN = frozenset(w.lower() for w in EPITHETS["kin"]) | frozenset(("partner", "pareja", "grandma", "grandpa", "grandmother", "grandfather", "abuela", "abuelo"))
_SECOND = frozenset(("your", "tu", "tus"))
_WISHES = lazyre.compile(r"[ \t]+(?:(?i:best|warm|kind|good)[ \t]+)?(?i:congrats|congratulations|love|wishes|prayers|felicitaciones|buenos[ \t]+deseos|cari[nñ]o|bendiciones)(?![\w-])")
# The member as the giver of care or the one thanked: "by Dr. <Name>", "con la Dra. <Name>", "thanks to nurse <Name>".
_AGENT = lazyre.compile(
    r"(?<![\w'’-])(?i:by|with|from|thanks[ \t]+to|thank[ \t]+you[ \t]+to|por|con|gracias[ \t]+a|de[ \t]+parte[ \t]+de)"
    r"[ \t]+(?:(?i:our|the|nuestr[oa]|el|la)[ \t]+)?(?:[\w.]+[ \t]+)?$"
)


def members_story(text: str, known: Known, heaviest: int) -> bool:
    """Whether `text` (folded) is a team member's own news: a member named in its first sentence or in the sentence
    holding `heaviest` (the offset of PHI016's heaviest word), no one else named, no other single person spoken of,
    and the member never after "by", "with", "por", "gracias a" (care she gave, thanks for it)."""
    if not known.team:
        return False
    team = [p for p in people(text, known) if p.excusable and known.is_team(p.words, p.title)]
    others = (p for p in named(text, known) if not (len(p.words) == 1 and _the_priest(p.words[0], team)))  # "..., Father."
    if not team or next(others, None) is not None or _someone_else(text, team, known):
        return False
    if any(_AGENT.search(text, max(0, p.start - 40), p.start) for p in team):
        return False
    bounds = sentence_bounds(text)
    first, heavy = sentence_of(bounds, 0), sentence_of(bounds, min(heaviest, max(len(text) - 1, 0)))
    return any(first[0] <= p.start < first[1] or heavy[0] <= p.start < heavy[1] for p in team)


def _someone_else(text: str, team: list, known: Known) -> bool:
    """Whether a person word in `text` speaks of someone besides the members named (`team`): "your" only when no member
    is spoken to ("Thirty-one years, <Member>."), a kin word only when it is not her own standing or an endearment."""
    words = alternation(sorted({w for p in team for w in p.words if w[:1].isupper()}))
    spoken_to = bool(words) and re.search(rf"(?:^|[,.!?¡][ \t]*|\n[ \t]*)(?:(?:{words})[ \t]+){{0,3}}(?:{words})[ \t]*[,.!]", text) is not None  # "Thirty-one years, Norma."
    starts = {p.start for p in team}
    bounds: list[int] | None = None
    seen: dict[int, bool] = {}
    own: frozenset[tuple[int, int]] | None = None
    for match in _OTHER.finditer(text):
        word = match.group(0)
        if word.lower() in _SECOND:
            if spoken_to or _WISHES.match(text, match.end()):
                continue  # "send all your congrats his way": the readers' wishes, no one else
        elif word[0].isupper() and _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "South Padre": a word of a name
        elif _the_priest(word, team):
            continue  # "So proud of you, Father.": a priest among the members, called by his title
        elif " " not in word and (_HERS_BEFORE.search(text, max(0, match.start() - 20), match.start()) or _of_hers(text, match.end(), starts)):
            continue  # "es mamá de dos", "hija de Saltillo", "mi niña" (not "esposo de <Member>": her kin)
        elif word.lower() in _KIN and _own_kin(text, match, bounds := bounds or sentence_bounds(text), seen):
            continue  # "her husband and their boys cheered at mile 20": her own family, no care told
        elif word.lower() in _KIN and kin_of_member(text, match.start(), match.end(), known) and not _kin_cared(text, match, bounds := bounds or sentence_bounds(text), seen):
            continue  # "la hija de nuestro terapeuta <Member>", "<Member>'s daughter": her own family, no care told (kin_before.py)
        elif word.lower() in _KIN and _read_as_hers(match.start(), own := own if own is not None else _own_family(text, known)):
            continue  # "<Member> became a daddy again! ... big brother <Name>": a relative staff_posts.py reads as hers
        return True
    return False


_CLERGY = frozenset(("father", "padre"))
_CLERGY_TITLES = frozenset(("fr", "father", "padre", "p", "rev", "reverend"))


def _the_priest(word: str, team: list) -> bool:
    """Whether `word` is "Father" or "Padre", capitalised, said where a member holds a priest's title: that member."""
    return word[:1].isupper() and word.lower() in _CLERGY and any(p.title and p.title.rstrip(".").lower() in _CLERGY_TITLES for p in team)


def _own_family(text: str, known: Known) -> frozenset[tuple[int, int]]:
    """The spans staff_posts.py reads as a member's own family or short form (once per text)."""
    return staff_own(text, known, sorted(people(text, known), key=lambda p: p.start))


def _read_as_hers(at: int, own: frozenset[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in own)


def _of_hers(text: str, end: int, members: set[int]) -> bool:
    """Whether a kin word ending at `end` is followed by "of/de" and a count or a place ("de dos", "de Pinar"), not a member."""
    found = _OF_COUNT.match(text, end)
    return found is not None and found.end() - 1 not in members


def _own_kin(text: str, match: re.Match, bounds: list[int], seen: dict[int, bool]) -> bool:
    """Whether the kin word matched is the member's own, by a possessive before it ("her husband", "su esposo"), with
    no care told in its sentence or the next (unless the next opens on the member: "his wife ... He's 22 years sober")."""
    if not _OWNED.search(text, max(0, match.start() - 24), match.start()):
        return False
    return not _kin_cared(text, match, bounds, seen)


def _kin_cared(text: str, match: re.Match, bounds: list[int], seen: dict[int, bool]) -> bool:
    """Whether care is told in the kin word's sentence or the next (unless the next opens on the member), or done by us
    after it ("que operamos ayer")."""
    start, end = sentence_of(bounds, match.start())
    after = end if end >= len(text) or next_is_member(text, match.start(), end) else sentence_of(bounds, end)[1]
    return told_care(text, bounds, start, after, seen) or ours_done(text, match.end(), after)
