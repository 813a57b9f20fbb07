"""A name right after a kept animal's word is the animal's: a pet of the staff, never a patient of ours.

Staff spotlights tell of their dogs, cats and horses ("her corgi <Name> naps by the printer", "a rescue greyhound named
<Name>", "su perrita <Name>", "el gato <Name>", "nuestro perro de terapia <Name>"). The words for a kept animal, its
kinds and its breeds, come from WordNet with a hand list in Spanish (lexicon/data/animal_words.txt,
scripts/build_animal_words.py), not from a few breeds typed here. The name follows the word right away, or after
"named"/"called"/"llamado"/"que se llama"; one Spanish adjective may stand between, since Spanish puts it after the
noun ("la perrita salchicha <Name>", "el gato negro <Name>"), and "mix" after a breed ("a beagle mix named <Name>"); a
plural written in lower case counts ("our greyhounds <Name>"), and so do the names listed after a plural ("sus
chihuahuas <Name> y <Name>", "their two pugs, <Name> and <Name>"; after a singular the next name may be someone's: "my
dog <Name> and <Name> went hiking", "my dog, <Name>").

A person stays a person:
- only the words right before the name are read, so a person's word there leaves the name a person's ("a dog lover
  named <Name>", "the greyhound's owner <Name>", "el dueño del perro, <Name>"), and WordNet's words with a person's
  sense are not in the list ("boxer", "shepherd", "lamb", "chick");
- a capitalised animal word is part of a name or a nickname unless a possessive or an article other than "el"/"la"
  stands before it ("el Gato <Surname>", "Mary Beagle <Surname>"; "our Golden Retriever <Name>" and "<Name>'s German
  shepherd <Name>" are dogs), and a capitalised word that is a given name is a name ("Kitty <Surname>");
- a Spanish word that is a nickname too ("chivo", "gallo", "pato", marked `owned`) is the animal's only after a
  possessive or before "llamado" ("su chivo <Name>", "un gallo llamado <Name>"; "el chivo <Name>" is a man);
- a word for a pet other than the plain ones ("dog", "cat", "perro", "gato"), or a clause that gives the name ("que se
  llama", "we named"), counts only when the name's sentence names no patient and holds no clinical word from the name
  on ("nuestra paciente, una gatita que se llama <Name>, terminó su quimioterapia" is a child called so; "her corgi
  <Name> visits on Fridays" a dog, after "our music therapist" too).

One search over a bounded window before the name, a lookup of at most five phrases, at most three names back along a
list and, for some, one look at the name's sentence: linear in the text.
"""

from __future__ import annotations

import functools
import re

from ... import lazyre
from ...lexicon import clinical as lexicon_clinical
from ...lexicon import data_files
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from .common import POSSESSIVE_DETERMINERS

# "named", "called", "llamada", "que se llama", "de nombre", "we call": the name given right after
_NAMED_TAIL = lazyre.compile(
    r"(?:(?:[ \t]*+,)?[ \t]++(?P<named>(?i:named|called|nicknamed|dubbed|llamad[oa]|de[ \t]+nombre)"
    r"|(?P<clause>(?i:we[ \t]+call|we[ \t]+named|(?:que[ \t]+)?se[ \t]+llama|(?:al?|a[ \t]+la)[ \t]+que[ \t]+llamamos))))?[ \t]*+:?[ \t]*+[\"“'‘«]?[ \t]*+$"
)  # possessive runs of blanks: a window of spaces never splits them many ways
# A title given with the name ("a bearded dragon named Sir <Name>"): the pet's only after "named" or its clause
_PET_TITLE = lazyre.compile(
    r"(?<![\w'’-])(?i:sir|lady|lord|dame|miss|mister|mr|mrs|princess|prince|king|queen|duke|duchess|captain|capt|sgt|general|dr|doctor|professor|profesor"
    r"|don|do[nñ]a|se[nñ]or|princesa|pr[ií]ncipe)\.?[ \t]++$"
)
_STOP = lazyre.compile(r"[.!?\n]")
# A name just before this one in a list: "<Name> y ", "<Name>, ", "<Name> and "
_LISTED = lazyre.compile(r"(?<![\w'’-])([A-ZÁÉÍÓÚÑ][\w'’-]*)(?:[ \t]*,)?[ \t]+(?i:and|y|e|&)[ \t]+$|(?<![\w'’-])([A-ZÁÉÍÓÚÑ][\w'’-]*)[ \t]*,[ \t]+$")
_LIST = 3
_LIST_AFTER = lazyre.compile(r"(?:[ \t]*,)?[ \t]+(?i:and|y|e|&)[ \t]+[A-ZÁÉÍÓÚÑ]|[ \t]*,[ \t]*[A-ZÁÉÍÓÚÑ]")
_REACH = 200
_PATIENT = lazyre.compile(r"(?<![\w-])(?i:patients?|pacientes?|client|clients|clienta|cliente)(?![\w-])")
# The words a name after them was always read as a pet's by (privacy-names.yml pets): read so whatever the text tells
PLAIN_PETS = frozenset("dog puppy pup cat kitten pony horse perro perrito perrita gato gatito".split())
_NAME = lazyre.compile(r"[^\W\d_][\w'’-]*")
# Up to five words ending where the name (or "named") begins, spaces between them only: no comma, no stop
_WORDS = lazyre.compile(r"(?<![\w'’-])((?:[^\W\d_][\w'’-]*[ \t]+){0,4}[^\W\d_][\w'’-]*)[ \t]*$")
# A possessive: what makes a nickname's word an animal ("su chivo <Name>") and a capitalised breed one ("our Golden ...")
_POSSESSIVES = POSSESSIVE_DETERMINERS
_ARTICLES = frozenset("a an the un una unos unas".split())
# Spanish adjectives put after the animal's noun: a colour, a size, a coat, where it came from
_AFTER = frozenset(
    "negro negra blanco blanca gris cafe pinto pinta atigrado atigrada manchado manchada pelon pelona grande grandote "
    "grandota chiquito chiquita pequeno pequena rescatado rescatada adoptado adoptada callejero callejera mestizo mestiza "
    "consentido consentida viejito viejita mix".split()
)
# The longest run the window may hold: five words of at most 30 letters, the "named" words and a quote
_WINDOW = 200


@functools.lru_cache(maxsize=1)
def _words() -> dict[str, str]:
    """phrase: "" or "owned" (a nickname too), read on first use."""
    return dict(data_files.read_pairs("animal_words.txt"))


def is_animal_word(word: str) -> bool:
    """Whether `word` (any case) is a kept animal's word or phrase ("dog", "golden retriever", "perrita")."""
    return fold(word) in _words()


def _singular(phrase: str) -> tuple[str, ...]:
    """A plural's singulars by rule: "greyhounds", "puppies", "perritas"."""
    if phrase.endswith("ies"):
        return (phrase[:-3] + "y",)
    if phrase.endswith("es"):
        return (phrase[:-1], phrase[:-2])
    return (phrase[:-1],) if phrase.endswith("s") else ()


def _kind(words: list[str], n: int) -> str | None:
    """The list's mark for the last `n` words ("" or "owned"), their plural's in lower case, or None."""
    table = _words()
    phrase = fold(" ".join(words[-n:]))
    if phrase in table:
        return table[phrase]
    if words[-1].islower():
        return next((table[form] for form in _singular(phrase) if form in table), None)
    return None


def animal_ends(words: list[str], named: bool) -> bool | None:
    """Whether `words` end in a kept animal's word a name may follow: True, False (a name's or a nickname's run), or
    None (no animal's word there)."""
    for n in range(min(len(words), 4), 0, -1):
        kind = _kind(words, n)
        if kind is None:
            continue
        before = words[-n - 1].lower() if n < len(words) else ""
        if before.endswith(("'s", "’s", "s'", "s’")):
            before = "its"  # "<Name>'s German shepherd <Name>": an owner's possessive
        head = words[-n]
        if head[0].isupper():
            if n == 1 and (info := lexicon_names.name_info(head)) is not None and info.first:
                return False  # "Kitty <Surname>": a given name
            if before and before not in _POSSESSIVES and before not in _ARTICLES:
                return False  # "el Gato <Surname>", "Mary Beagle <Surname>": a nickname or a name's run
        if kind == "owned" and not named and before not in _POSSESSIVES:
            return False  # "el chivo <Name>": a nickname; "su chivo <Name>" is the goat
        return True
    return None


def pet_before(text: str, start: int, depth: int = 0) -> bool:
    """Whether the name at `start` follows a kept animal's word, right after it or after "named"/"llamado", or ends
    one's words ("Great Dane <Name>", read from "Dane"), or follows a pet's name in a list ("sus chihuahuas <Name> y
    <Name>", "their two pugs, <Name> and <Name>": read from the name before, at most three back)."""
    window = text[max(0, start - _WINDOW) : start]
    titled = _PET_TITLE.search(window)
    tail = _NAMED_TAIL.search(window, 0, titled.start() if titled else len(window))
    named = bool(tail and (tail.group("named") or tail.group("clause")))
    if titled and not named:
        return False  # "the puppy Mrs. <Name> brought": a person after an animal's word, not the animal's name
    cut = tail.start() if tail else len(window)
    listed = None if named or depth >= _LIST else _LISTED.search(window)
    if listed:  # "<Name> y <Name>", "<Name>, <Name> and <Name>": the name before speaks for this one, after a plural
        return pet_before(text, start - len(window) + (listed.start(1) if listed.group(1) else listed.start(2)), depth + 1)
    name = _NAME.match(text, start)
    if not named and window.endswith(", ") and (depth or name and _LIST_AFTER.match(text, name.end())):
        cut = len(window) - 2  # "their two pugs, <Name> and <Name>": a list after a plural
    found = _WORDS.search(window, 0, cut)
    if found is None:
        return False
    words = found.group(1).split()
    if (depth or cut < len(window) and window[cut] == ",") and (fold(words[-1]) in _words() or not words[-1].lower().endswith("s")):
        return False  # "my dog <Name> and <Name>", "my dog, <Name>": the one after may be someone; a plural lists pets
    if not named and not window[cut:].strip() and name and animal_ends([*words[-3:], name.group(0)], named):
        words = [*words, name.group(0)]  # "Dana's Great Dane <Name>": the run read from "Dane" is the breed's and the dog's
    elif len(words) > 1 and words[-1].islower() and fold(words[-1]) in _AFTER:
        words = words[:-1]  # "la perrita salchicha <Name>" is read as "perrita" (salchicha is listed too), "el gato negro"
    if not animal_ends(words, named):
        return False
    if fold(words[-1]) in PLAIN_PETS and not (tail and tail.group("clause")) and not titled:
        return True  # "our dog <Name>", "su perrita <Name>": a pet, as ever
    return not clinical_sentence(text, start)  # "una gatita que se llama <Name>, terminó su quimioterapia": a child so called


def clinical_sentence(text: str, start: int) -> bool:
    """Whether the sentence of the name at `start` (read 200 characters either side at most) names a patient, or its
    rest from the name on holds a clinical word ("... <Name>, terminó su quimioterapia"); a visit ("visits the office
    on Fridays") is no one's care, and a clinical word before the animal is the owner's ("our music therapist ...")."""
    window = max(0, start - _REACH)
    begin = window + max(text.rfind(mark, window, start) - window + 1 for mark in ".!?\n")
    after = _STOP.search(text, start, start + _REACH)
    end = after.start() if after else min(len(text), start + _REACH)
    if _PATIENT.search(text, begin, end):
        return True
    from .care import CLINICAL  # care.py reads vocabulary.py, which reads this module: asked only here

    rest = _JOB.sub(_job_blanked, text[start:end])  # "<Name>, our therapy goldendoodle": the animal's work, no one's care
    return CLINICAL.search(rest) is not None or any(not m.common for m in lexicon_clinical.find(rest))


# A working animal's job beside its word: "therapy goldendoodle", "service dog", "perrita de terapia"
_JOB = lazyre.compile(r"(?<![\w-])(?i:therapy|service|terapia)(?P<tail>[ \t]+(?P<after>[\w'’-]+))?")
_DE_BEFORE = lazyre.compile(r"(?P<before>[\w'’-]+)[ \t]+(?i:de)[ \t]+$")


def _job_blanked(found: re.Match) -> str:
    """The job's word blanked when an animal's word stands right after it or before its "de"; else the match as it was."""
    after = found.group("after")
    owner = _DE_BEFORE.search(found.string, max(0, found.start() - 40), found.start())
    if after and is_animal_word(after) or owner and is_animal_word(owner.group("before")):
        return " " + (found.group("tail") or "")
    return found.group(0)
