"""A family word before a capitalised word that names no family (PHI003).

"Familia"/"family" before a capitalised word reads as a surname ("la familia Garcia"). But an organisation's
name carries the word with an adjective ("Casa de la Familia Dominicana", "Red Familia Unida"): a word the
dictionary knows and that no name list holds is no surname, an organisation's head word after "Family" makes it a name of the organisation ("Lao Family
Community of <Town>"), a possessive opening a sentence says whose family, not which ("Tu familia te necesita"), and a capitalised "Familia" after an organisation's
head word ("Casa de la", "Centro de la", "Fundación") is a name of the organisation, so no family is named; a salutation
before it greets whoever reads ("Estimada familia:", "Dear families,"), no family by name. The team's slang ("the fam")
stays with role_compounds.slang_fam; a surname, or a word that is also a name ("la familia Rosa"), stays a family.
A practice's brand before "family" ("part of the Olneyville Smiles family", "our Coastal Pulmonary family"): a capitalised
word, then a dictionary word no name list holds, names the practice's circle, not a family. A name right before
"Family" and an organisation's head word is the organisation's ("the <Town> Family YMCA", "<Town> Family Hub"):
family_org_after, unless its own care follows.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...text import alternation
from ...wordlists import wordlist
from .role_compounds import slang_fam

_ORG_HEAD = lazyre.compile(
    r"(?<![\w-])(?:Casa|Centro|Red|Fundacion|Asociacion|Instituto|Alianza|Coalicion|Programa|Proyecto|Hogar|Club|Consejo|Comite|Union"
    r"|Center|Centre|House|Network|Alliance|Coalition|Foundation|Institute|Project|Council)(?:[ \t]+(?:de[ \t]+la|de|para[ \t]+la|of[ \t]+the|for[ \t]+the))?[ \t]+$"
)
_POSSESSIVES = frozenset(("tu", "tus", "su", "sus", "mi", "mis", "nuestra", "nuestro", "vuestra", "your", "our", "my", "their", "his", "her"))
# Words that open a letter or a greeting: before "familia"/"family" they address the reader, they name no one.
_SALUTATIONS = frozenset(
    (
        "dear", "hi", "hello", "hey", "greetings", "welcome", "attention", "hola", "saludos", "bienvenida", "bienvenidas",
        "bienvenido", "bienvenidos", "estimada", "estimadas", "estimado", "estimados", "querida", "queridas", "querido",
        "queridos", "apreciable", "apreciables", "apreciada", "apreciadas", "distinguida", "distinguidas", "respetable",
    )
)  # fmt: skip
# A capitalised word just before the family's word: "Olneyville" of "the Olneyville Smiles family".
_BRAND_BEFORE = lazyre.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÑ][\w'’-]+[ \t]+$")
_NEXT = lazyre.compile(r"(?i:fam\.|[a-zñ]+)[ \t]+([A-ZÁÉÍÓÚÑ][\w'’-]*)")


def no_family(text: str, start: int) -> bool:
    """Whether the family word at `start` names no family: the team's slang, or a word before a dictionary word that
    is no name at all (an adjective in an organisation's name)."""
    if slang_fam(text, start):
        return True
    if text.startswith(("Familia", "Family"), start) and _ORG_HEAD.search(text, max(0, start - 24), start):
        return True  # "Casa de la Familia Dominicana", "Centro de la Familia Ybarra": the organisation's own name
    following = _NEXT.match(text, start)
    if following is None:
        return False
    from ...lexicon import names as lexicon_names
    from .greeted_words import plain_word

    word = following.group(1)
    return plain_word(word) and lexicon_names.name_info(word) is None


def _brand_word(word: str) -> bool:
    """A dictionary word no name list holds ("Smiles", "Pulmonary", "Sonrisas"): a brand's, never a surname."""
    from ...lexicon import names as lexicon_names
    from .greeted_words import plain_word

    if word.lower() in _CARE_HEADS or word.lower().endswith(_SPECIALTY_ENDS):
        return True  # "the <Town> Urology family", "our Ortopedia Familiar family": a specialty names no one
    return plain_word(word) and lexicon_names.name_info(word) is None


_SPECIALTY_ENDS = tuple(wordlist("privacy-names")["specialty_endings"])


_ACRONYM = lazyre.compile(r"[A-Z]{3,5}(?![\w])")


# A member welcomed into it: "welcome Dr. <Member> to the <Brand> family", "<Member> joins the <Brand> family"
_WELCOMED = lazyre.compile(
    r"(?<![\w-])(?i:welcome|welcomes|welcoming|welcomed|joins|joined|joining)[ \t]+(?P<who>(?:[\w.'’-]+[ \t]+){1,4}?)(?i:to|into)[ \t]+(?i:the|our)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}$"
)
_JOINS_BEFORE = lazyre.compile(r"(?P<who>(?:[\w.'’-]+[ \t]+){1,4}?)(?i:joins|joined|has[ \t]+joined|is[ \t]+joining)[ \t]+(?i:the|our)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,2}$")


def org_family(text: str, match, known=None) -> bool:
    """Whether the family word of `match` (a capitalised word, then the family word) is an organisation's: an
    organisation's or a place's word after it ("the Hernandez Family Foundation"), a team's roster ("Former Twins
    pitcher <Name>") or its head word before ("la Red
    Familia Unida": "Red" is no surname), or the practice's circle a team member (`known`) is welcomed into ("welcome
    Dr. <Member> to the Bluebonnet family"; a baby welcomed "to the Garcia family" is no member)."""
    from .vocabulary import CAP_WORD, NAMES, PLACE_AFTER, is_surname

    if _ORG_HEAD.match(match.group(1) + " "):
        return True
    welcomed = known is not None and (_WELCOMED.search(text, max(0, match.start(1) - 60), match.start(1)) or _JOINS_BEFORE.search(text, max(0, match.start(1) - 60), match.start(1)))
    if welcomed and not text.startswith(("'s", "’s"), match.end()) and not is_surname(match.group(1)):  # not "joined the Vega family", "the <Brand> family's"
        words = [w.strip(".") for w in welcomed.group("who").split()]
        title = words[0] if words and words[0].lower() in ("dr", "dra", "doctor", "doctora") else ""
        if known.is_team([w for w in words[bool(title) :] if w[:1].isupper()], title):
            return True
    if match.start() == match.start(1) and (match.group(1).lower() in _POSSESSIVES or match.group(1).lower() in _SALUTATIONS):
        return True  # "Tu familia te necesita", "Our family to yours": whose family, not which ("the Su family" keeps its article);
        # "Estimada familia:", "Dear families,": the reader greeted
    if _BRAND_BEFORE.search(text, max(0, match.start(1) - 30), match.start(1)) and _brand_word(match.group(1)):
        return True  # "part of the Olneyville Smiles family", "our Coastal Pulmonary family": a practice's brand, no surname
    if _rostered(text, match.end()):
        return True  # "Former Twins pitcher <Name>": a team's roster, not a family's twins
    after = CAP_WORD.match(text, match.end() + 1) or _ACRONYM.match(text, match.end() + 1)  # "<Town> Family YMCA"
    heads = {word.lower() for word in NAMES["org_heads"]}  # "Lao Family Community of <Town>", "Family Services"
    return after is not None and (after.group(0).lower() in PLACE_AFTER or after.group(0).lower() in heads)


# Heads that are care too: a family's dental day or health visit, not an organisation's name
_CARE_HEADS = frozenset(
    "dental dentistry health healthcare medicine medical practice clinic clinica hospital salud medicina pediatrics wellness chiropractic rehab orthodontics care day days night visit visits".split()
)
_FAMILY_ORG_AFTER = lazyre.compile(r"[ \t]+(?:Family|Families|Familia|Familias)[ \t]+([A-Za-z][\w'’-]*)")
_HEAD_AFTER = lazyre.compile(r"[ \t]+([A-Z][\w'’-]*)")


def family_org_after(text: str, person) -> bool:
    """Whether `person` is the first words of an organisation's name, "Family" and its head word right after it ("the
    <Town> Family YMCA", "<Town> Family Hub"): no one of that family is named."""
    from .vocabulary import NAMES, PLACE_AFTER

    after = _FAMILY_ORG_AFTER.match(text, person.end)
    if after is None and text[person.start : person.end].rsplit(None, 1)[-1].lower() in ("family", "families", "familia", "familias"):
        after = _HEAD_AFTER.match(text, person.end)  # "<Town> Family" read as one name: "<Town> Family Foods" (round 141)
    if after is None or person.title:
        return False
    word = after.group(1).lower()
    if word in _CARE_HEADS:
        return False  # "<Surname> Family Dental", "<Surname> family dental day": a family's care, or a practice named after it
    return word in PLACE_AFTER or word in {w.lower() for w in NAMES["org_heads"]}


_ROSTER_WORDS = ("coach", "coaches", "fan", "fans", "player", "players", "manager", "roster", "season", "game", "games", "jersey")


@functools.cache
def _roster() -> re.Pattern:
    from .vocabulary import NAMES

    return lazyre.compile(rf"[ \t]+(?i:{alternation((*NAMES['public_roles'], *_ROSTER_WORDS))})(?![\w-])")


def _rostered(text: str, end: int) -> bool:
    """Whether a public role or a team's word follows the family word ("Twins pitcher", "Twins fans")."""
    return _roster().match(text, end) is not None


# A band's or a shop's name in title case mid-sentence: "música de Los Hermanos <Surname>", "pan de Las Hermanas <Surname>"
_GROUP_TITLE = lazyre.compile(r"[a-záéíóúñ,][ \t]+(?:Los|Las|The)[ \t]+$")


def group_title(text: str, start: int) -> bool:
    """Whether the capitalised kin word at `start` follows a capitalised "Los", "Las" or "The" mid-sentence: a band's
    or a shop's name ("música de Los Hermanos <Surname>"), not a family ("los hermanos <Surname>" keeps its reading)."""
    return text[start : start + 1].isupper() and _GROUP_TITLE.search(text, max(0, start - 24), start) is not None
