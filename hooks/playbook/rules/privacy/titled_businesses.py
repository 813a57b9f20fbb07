"""A business named for its owner with a courtesy or kin title: "Raspas Doña Meche", "Elotes Don Chuy", "Tamales Tía Nena".

Event posts thank the stands and shops that gave food or prizes, and a town's stand is often called by its kind and its
owner's title and name, all in capitals: "agua fresca de Raspas Doña Meche", "courtesy of Tamales Don Pepe", "gracias a
Paletería Tía Tere". PHI003 reads "a title and a name" there; people.py already lets a listed place word before the title
pass ("la taqueria Don Chucho"), but a stand's kind is any word ("Raspas", "Elotes", "Mariscos"). The shape is read, not
the word: a capitalised plural (what the stand sells), a dictionary's word ("Cocina Doña Lupe", "Kitchen Tía Nena") or a place's word that is a word, not a name, a role or a title (quoted_titles.wordish_capital), right before the title,
itself after a joining word or a list's mark ("de", "of", "by", "y", "and", ","), the title and the name ending the run. A
person stays a person: a title at a sentence's start ("Doña Meche came in for her shots"), after a role or kin word
("Vecina Doña Meche"), before a possessive ("... Doña Meche's knee"), or with care told after the name in its sentence.
One bounded look around the name: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...normalize import fold
from .care import cared_for
from .community_roles import is_role_word
from .greeted_words import plain_word
from .known import Person
from .quoted_titles import wordish_capital
from .vocabulary import BUSINESS_BEFORE, COURTESY, NAMES, PERSONAL_TITLES, is_first_name

_KIN = frozenset(w.lower() for w in NAMES["kin_titles"])
_PERSON_WORDS = frozenset((*(w.lower() for w in NAMES["person_before"]), "familia", "family", "familias", "hijos", "hijas", "nietos", "esposa", "esposo"))
# The kind's word, then the joining word or mark before it, read backwards from the title: "de Raspas ", ", Elotes "
# (a "de" may join the kind to its owner: "raspados de la Nieve de Don <Name>", round 63)
_KIND = lazyre.compile(
    r"(?:(?<![\w-])(?i:de|del|of|from|by|to|a|al|y|e|and|con|with|at|en|para|for|por)|[,:;/&+•·]|(?<![\w-])(?i:la|el|las|los)(?=[ \t]+[A-ZÁÉÍÓÚÑ][\w’'-]+[ \t]+(?i:de)[ \t]+$))"
    r"[ \t]+([A-ZÁÉÍÓÚÑ][\w’'-]+)[ \t]+(?:(?i:de)[ \t]+)?$"
)
_AFTER = lazyre.compile(r"[ \t]*(?:[.,;:!?)\n]|$|(?i:y|and|e|con|with|por|for|que|who)(?![\w-])|[a-z])")
_STOP = lazyre.compile(r"[.!?\n]")
_TITLE_BEFORE = lazyre.compile(r"(?<![\w-])([A-ZÁÉÍÓÚÑ][\w]*\.?)[ \t]+$")
_HOMES = frozenset(("casa", "rancho", "hogar", "granja", "finca", "departamento", "cuarto", "house", "home", "ranch", "farm"))
_FROM = frozenset(("de", "del", "of", "from", "by", "la", "el", "las", "los"))  # a word of the dictionary names a business only as a source
_TITLES = frozenset((*COURTESY, *PERSONAL_TITLES, *_KIN, "tia", "tio", "mama"))


def titled_business(text: str, person: Person) -> bool:
    """Whether `person`, a courtesy or kin title and a name, is the end of a business's name after its kind's word."""
    if not person.excusable or len(person.words) > 3:
        return False
    start, title = person.start, person.title
    if not title:  # "Meche" read alone, after the title a longer reading held
        before = _TITLE_BEFORE.search(text, max(0, person.start - 12), person.start)
        if before is None:
            return False
        start, title = before.start(), before.group(1)
    if fold(title).text.lower().rstrip(".") not in _TITLES:
        return False
    kind = _KIND.search(text, max(0, start - 30), start)
    if kind is None:
        return False
    word = kind.group(1)
    low = word.lower()
    if not (low.endswith("s") or fold(low).text in BUSINESS_BEFORE or plain_word(word) and kind.group().split()[0].lower() in _FROM):
        return False  # a stand is named for what it sells ("Raspas"), its kind ("Panadería") or any word of the dictionary ("Cocina")
    if is_first_name(word) or is_role_word(word) or low in _PERSON_WORDS or low in _KIN or low in COURTESY or not wordish_capital(word):
        return False  # "de Vecina Doña Meche", "y Abuela Tía Nena": a person called by her role and her title
    if text[person.end : person.end + 2] in ("'s", "’s") or not _AFTER.match(text, person.end):
        return False  # "Doña Meche's knee": hers
    stop = _STOP.search(text, person.end, person.end + 200)
    lo, hi = max(0, start - 200), min(len(text), person.end + 200)
    if kind.group(0).rstrip().lower().endswith(" de") and (low in _HOMES or cared_for(text, lo, hi)):
        return False  # "visitó la Casa de Don <Name>", "Después de su cirugía ... a la Casa de Doña <Name>": a home, his
    return not cared_for(text, person.end, stop.start() if stop else min(len(text), person.end + 200))
