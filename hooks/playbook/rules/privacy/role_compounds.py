"""Roles of two words whose last word alone reads as kin or a name: "team mom", "Council Member", "the fam".

A league thanks its "team mom <Name>", a school its "room parent <Name>", a ribbon cutting its "Council Member
<Name>". Read a word at a time, "mom <Name>" is a relative named (people.py's person_before) and "Member <Name>
<Surname>" a full name no list knows; the compound is a role the vocabularies hold (community_roles, public_roles,
school_roles), and the name after it is weighed as any neighbour's or official's is (community_roles.py, public.py):
it passes while no care is told, and "team mom <Name> brought her son in for stitches" stays an error. "The fam" after
"welcome to" or "the" is slang for the team, not a family named ("welcome to the fam <Name>!"), where "la familia
<Surname>" and "fam. <Surname>" still name a family. A job at the patients' desk ends on the patients' word too
("nuestra coordinadora de servicio al paciente, <Name>"): only a job noun and a comma before the name, never "a la
paciente <Name>" nor "del paciente <Name>". Each test reads a bounded window before one word: linear.
"""

from __future__ import annotations

import functools

from ... import lazyre
from ...lexicon.fold import fold
from ...text import alternation
from ...wordlists import wordlist

NAMES = wordlist("privacy-names")

_WORDS_BEFORE = lazyre.compile(r"(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]+$")
_WORD = lazyre.compile(r"[A-Za-z]+")
# "the fam", "our fam", "to the fam": an article or a possessive before a bare "fam" (no period) makes it the group's slang.
_SLANG_FAM = lazyre.compile(r"(?<![\w-])(?i:the|our|this|my|y['’]?all['’]?s)[ \t]+(?i:fam)$")


@functools.lru_cache(maxsize=1)
def _compounds() -> frozenset[str]:
    roles = (*NAMES["community_roles"], *NAMES["public_roles"], *NAMES["school_roles"])
    return frozenset(fold(role).lower() for role in roles if " " in role)


def in_compound(text: str, start: int) -> bool:
    """Whether the word at `start` ends a role of two or three words with the words before it ("team mom", "Council Member")."""
    word = _WORD.match(text, start)
    before = _WORDS_BEFORE.search(text, max(0, start - 40), start)
    if word is None or before is None:
        return False
    if desk_job_at(text, start):
        return True  # "coordinadora de servicio al paciente, <Name>": a job at the patients' desk (staff_roles.py)
    last = word.group(0).lower()
    pair = f"{before.group(2).lower()} {last}"
    return pair in _compounds() or (before.group(1) is not None and f"{before.group(1).lower()} {pair}" in _compounds())


def slang_fam(text: str, start: int) -> bool:
    """Whether the family word at `start`, before a name, is "the fam": the team's slang, no family named; or the team
    called a family as it welcomes one of its own ("Bienvenida a la familia Vision Clara"; see team_family)."""
    if not text.startswith(".", start + 3) and _SLANG_FAM.search(text, max(0, start - 12), start + 3) is not None:
        return True
    return team_family(text, start)


# Welcomed into, joining or part of "la familia <Practice>" / "the family": the practice's team, by a word no surname.
_JOINED = lazyre.compile(
    r"(?<![\w-])(?i:welcome|welcomes|welcoming|bienvenid[oa]s?|joins?|joined|joining|se[ \t]+une|se[ \t]+unio|parte|part|member|miembro|"
    r"nuestra|our)(?:[ \t]+(?i:to|a|de|of|the|la|al))*[ \t]+$"
)
_FAMILY_WORD = lazyre.compile(r"(?i:familia|family)[ \t]+((?:[A-ZÁÉÍÓÚÑ][\w'’-]*[ \t]*){1,3})")


def team_family(text: str, start: int) -> bool:
    """Whether "familia"/"family" at `start` is the practice's team: after a welcome or a joining ("a la familia") and
    before a name one of whose words is a dictionary word that is no surname ("Vision Clara"; "la familia Garcia" and
    "welcome to the familia Rosa" stay a family named)."""
    family = _FAMILY_WORD.match(text, start)
    if family is None or not _JOINED.search(text, max(0, start - 40), start):
        return False
    from ...lexicon import names as lexicon_names
    from .greeted_words import plain_word

    def team_word(word: str) -> bool:
        info = lexicon_names.name_info(word)
        return plain_word(word) and not (info is not None and info.surname)

    return any(team_word(word) for word in family.group(1).split())


# A job of ours at a patients' desk, then the one who holds it set off by a comma: "nuestra coordinadora de servicio al
# paciente, <Name>", "la defensora del paciente, <Name>". Only a job noun, never "a la paciente <Name>", "del paciente <Name>".
_DESK_JOB = lazyre.compile(
    r"(?<![\w-])(?i:coordinador|coordinadora|defensor|defensora|navegador|navegadora|gestor|gestora|orientador|orientadora|educador|educadora|"
    r"encargad[oa]|responsable|jef[ea]|supervisor|supervisora|representante|asistente)"
    r"(?:[ \t]+(?i:de)[ \t]+(?i:servicios?|atenci[oó]n|experiencia|relaciones|apoyo|orientaci[oó]n))?[ \t]+(?i:al|a|del|de|con)(?:[ \t]+(?i:los|las))?[ \t]+"
    r"(?i:pacientes?|socios?|miembros?|afiliad[oa]s?|usuari[oa]s?)[ \t]*,[ \t]*$"
)


_PATIENT_WORD_COMMA = lazyre.compile(r"[\w]+[ \t]*,[ \t]*")


def desk_job_at(text: str, start: int) -> bool:
    """Whether the patients' word at `start` ends a job at their desk, a comma after it: the name after is the job holder's."""
    word = _PATIENT_WORD_COMMA.match(text, start)
    return word is not None and _DESK_JOB.search(text, max(0, start - 90), word.end()) is not None


# A word that modifies the role after it, the role's holder named next, where thanks or a bill name the holder: "thanks to
# Delta blues legend <Name>", "featuring <Region> fiddle player <Name>" (a region's, a genre's or a brand's word that is
# also a given name). Every word between is a modifier: no verb ("met", "hugged"), no "and", "with", "al", "de"...
_FRAME = lazyre.compile(r"(?<![\w-])(?i:to|by|featuring|feat\.|starring|welcome|welcoming|a|al|por)[ \t]+$")
_MODIFIER = r"(?!(?i:and|or|with|to|for|from|of|the|our|her|his|y|e|o|u|con|para|de|del|al|la|el|los|las|nuestr[oa]s?|su|sus)[ \t])[a-z][\w'’-]*(?<!ed)[ \t]+"
_MODIFIED_ROLE = lazyre.compile(rf"[ \t]+{_MODIFIER}(?:{_MODIFIER})?(?i:{alternation(NAMES['public_roles'])}|man|woman)[ \t]+(?=[A-Z])")


def modifies_role(text: str, start: int, end: int) -> bool:
    """Whether the lone word at `start`..`end`, after thanks or a bill, modifies a role whose holder is named after it
    ("thanks to Delta blues man <Name>")."""
    return _FRAME.search(text, max(0, start - 16), start) is not None and _MODIFIED_ROLE.match(text, end) is not None
