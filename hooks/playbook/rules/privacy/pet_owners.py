"""A name read as a kept animal's by the words around it, not by an animal's word right before it (animals.py).

A staff spotlight names the member's pets in more ways than "her corgi <Name>":
- her standing as their parent before them: "dog mom to <Name> and <Name>", "cat dad of <Name>", "fur mama to
  <Name>", "mamá perruna de <Name> y <Name>", "papá gatuno de <Name>" (the animal's word is in the standing);
- the animal said after the name, in apposition: "<Name>, her rescue pit,", "<Name> the beagle", "<Name>, su
  chihuahua", "<Name>, el chihuahua más bravo del barrio", "<Name> (a senior tabby)"; for a list, in the plural:
  "<Name> and <Name>, her two pugs", "<Name> y <Name>, sus gatitos";
- pets greeted in the photo, their sentence telling they are pets by an owner's standing or an animal's emoji: "la
  mejor dog mom — say hi to <Name> y <Name> en la foto 🐶🐶", "Saluden a <Name> 🐱".
A person stays a person:
- the animal's word after the name must end the apposition or be followed by what describes an animal, not by a
  person's noun ("<Name>, our dog walker", "<Name>, the cat lady", "<Name>, a dog lover");
- a Spanish word that is a nickname too ("el chivo", animals.py's `owned`) is the animal's only after a possessive;
- a clinical word or a patient in the name's sentence keeps any reading but a plain dog or cat word after a possessive
  ("<Name>, la gatita de la casa, terminó su quimio" is a child so called; so is one greeted whose PT we finished).
Bounded windows around the one name asked of, at most three names along a list: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon.fold import fold
from . import animals

_NAME = lazyre.compile(r"[A-Z][\w'’-]*")
# The names of a list before the one read: "<Name>, <Name> and ", "<Name> y "
_NAMES_BEFORE = r"(?:[A-Z][\w'’-]*(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]*(?i:and|y|e|&)[ \t]+)){0,3}"
_COUNT = r"(?:\d{1,2}|(?i:two|three|four|five|dos|tres|cuatro|cinco))"
# An owner's standing as a pet's parent: "dog mom", "cat dad", "fur mama", "pup parent", "mamá perruna", "papá gatuno",
# "mamá de dos perritos"; Spanish in folded text ("mama", "papa").
_ANIMAL_KIN = r"(?i:dog|doggy|doggie|cat|kitty|fur|furbaby|pup|puppy|pet|horse|bunny|chicken|goat|pug|corgi|frenchie|doodle|pittie)"
_PARENT = r"(?i:mom|mum|mama|momma|mommy|dad|daddy|papa|parent|grandma|grandpa|nana)"
_PET_PARENT = (
    rf"(?:{_ANIMAL_KIN}[ \t-]?{_PARENT}"
    r"|(?i:mama|mami|papa|papi|madre|padre|abuela|abuelo|tia|tio)[ \t]+(?i:perrun[oa]|gatun[oa]|michi|de[ \t]+(?:[\w-]+[ \t]+)?(?:perrit[oa]s|perr[oa]s|gatit[oa]s|gat[oa]s|mascotas|lomitos|michis|peludit[oa]s)))"
)
_STANDING = lazyre.compile(rf"(?<![\w-]){_PET_PARENT}(?:[ \t]+(?i:orgullos[oa]|proud))?[ \t]*[,:]?[ \t]+(?:(?i:of|to|de)[ \t]+)?(?:{_COUNT}[ \t]*[,:]?[ \t]+)?{_NAMES_BEFORE}$")
# The animal in apposition after the name: a determiner, a count, up to three words; the animal's word is read among them
_APPOSED = lazyre.compile(
    r"[ \t]*+(?:,|\(|[-–—])?[ \t]*+(?P<det>(?i:the|a|an|our|his|her|their|my|your|su|sus|mi|mis|tu|tus|el|la|los|las|un|una|nuestr[oa]s?))"
    rf"[ \t]+(?:{_COUNT}[ \t]+)?(?P<words>[\w'’-]+(?:[ \t]+[\w'’-]+){{0,3}})"
)
_POSSESSIVE = frozenset("our his her their my your su sus mi mis tu tus nuestro nuestra nuestros nuestras".split())
# What may follow the animal's word in apposition: the apposition's end, a clause, a place or an adjective of Spanish
# order ("el chihuahua más bravo"); not a noun that makes a person of it ("dog walker", "cat lady", "dog lover").
_ENDS = lazyre.compile(r"[ \t]*(?:[,.;:!?)\n]|$|[^\w\s]|(?i:who|that|que|quien|with|con|de|del|mas|and|y|&|in|on|at|en|is|was|es|since|desde|named|llamad[oa]|from|of)(?![\w-]))")
# The list after the name, up to the apposition: "<Name> and <Name>, her two pugs", "<Name>, <Name> y <Name>, sus gatos"
_LIST_ON = lazyre.compile(r"(?:(?:[ \t]*+,[ \t]*+|[ \t]*+,?[ \t]*+(?i:and|y|e|&)[ \t]+)[A-Z][\w'’-]*){1,3}")  # blanks possessive: linear on a run of them
# Pets greeted in the photo: "say hi to <Name> y <Name>", "saluden a <Name>", "meet <Name>"
_GREETED = lazyre.compile(rf"(?<![\w-])(?i:say[ \t]+hi[ \t]+to|say[ \t]+hello[ \t]+to|meet|saluden[ \t]+a|conozcan[ \t]+a|les[ \t]+presentamos[ \t]+a)[ \t]+{_NAMES_BEFORE}$")
_PET_SIGN = lazyre.compile(rf"[🐶🐕🐩🦮🐱🐈🐴🐎🐰🐇🐹🐭🐢🦜🐦🐾🐷🐐🐑🐓]|(?<![\w-]){_PET_PARENT}(?![\w-])|(?<![\w-])(?i:fur[ \t-]?bab(?:y|ies)|perrhij[oa]s?|gathij[oa]s?)(?![\w-])")
_STOP = lazyre.compile(r"[.!?\n]")
_REACH = 200


def pet_around(text: str, start: int) -> bool:
    """Whether the name at `start` is a kept animal's by its owner's standing before it, the animal said in apposition
    after it (or after the list it opens), or a greeting in a sentence that shows pets (see the module's docstring)."""
    name = _NAME.match(text, start)
    if name is None:
        return False
    window = max(0, start - 120)
    if _STANDING.search(text, window, start):
        return not animals.clinical_sentence(text, start)  # "dog mom to <Name> and <Name>", "mamá perruna de <Name>"
    if _apposed(text, name.end(), single=True) or (listed := _LIST_ON.match(text, name.end())) and _apposed(text, listed.end(), single=False):
        return True
    if _GREETED.search(text, window, start) and _pets_shown(text, start):
        return not animals.clinical_sentence(text, start)  # "say hi to <Name> y <Name> en la foto 🐶🐶"
    return False


def _apposed(text: str, end: int, *, single: bool) -> bool:
    """Whether an animal's word stands in apposition right after `end` ("<Name>, her rescue pit"), in the plural after a
    list (`single` False: "<Name> and <Name>, her two pugs"), ending the apposition (not "the cat lady")."""
    found = _APPOSED.match(text, end)
    if found is None:
        return False
    owned = found.group("det").lower() in _POSSESSIVE
    words = found.group("words").split()
    base = found.start("words")
    for n in range(len(words), 0, -1):
        run = words[:n]
        if not run[-1].islower() or not animals.animal_ends(run, owned):
            continue
        at = text.index(run[-1], base) if n == 1 else _end_of(text, base, run)
        if not _ENDS.match(text, at + len(run[-1])):
            continue  # "our dog walker", "la gata coqueta" is read by its end only ("the cat lady" is a person)
        plural = not animals.is_animal_word(run[-1]) and run[-1].endswith("s")
        if not single and not plural:
            return False  # "<Name> and <Name>, her dog": the dog is one of them, the other may be anyone
        plain = fold(run[-1]) in animals.PLAIN_PETS and owned
        return plain or not animals.clinical_sentence(text, end)
    return False


def _end_of(text: str, base: int, run: list[str]) -> int:
    """Where the last word of `run` (words from `base`, single spaces or tabs between) starts."""
    at = base
    for word in run[:-1]:
        at = text.index(word, at) + len(word)
    return text.index(run[-1], at)


def _pets_shown(text: str, start: int) -> bool:
    """Whether the sentence of `start` (200 characters either side at most) shows pets: an animal's emoji, a pet
    parent's word ("dog mom", "mamá perruna") or a pet's kin word ("fur babies", "perrhijos")."""
    low = max(0, start - _REACH)
    begin = low + max(text.rfind(mark, low, start) - low + 1 for mark in ".!?\n")
    after = _STOP.search(text, start, start + _REACH)
    end = after.start() if after else min(len(text), start + _REACH)
    return _PET_SIGN.search(text, begin, end) is not None
