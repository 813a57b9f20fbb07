"""A title given in quotes: the name of a form, a law, a programme or a product, not of a person.

Education posts name the document or the programme they explain, in quotes after the words that give a name: "en
Iowa el formulario se llama 'Medical Power of Attorney'", "the form is called "Five Wishes"", 'el programa se llama
"Head Start"', 'a checklist titled "Ready Set Home"'. PHI003 reads a capital after "called" or "se llama" as a name
given; inside the quotes it is a title when it has two capitalised words or more and most of them are words, not
names: a dictionary's word (lexicon/data/plain_words.txt), a word no name list knows, or a name that is also a word
("Head", "Salud"). A person's name stays a name given: a known given name that is no word ('named "Sofia Marquez"'),
a name and its surname ('called "Hope Castellanos"'), a title or a nickname's word ('called "Miss Sunshine"', '"Big
Earl"'), an article before one word ('known as "El Tigre"': a ring name), one word alone ('called "Tiger"'), a given name that is also a word before a surname
('called "Joy Baker"'), any name after a person's word ('a lady called "..."'), a name
a finder reads as a patient's, a child's or a relative's, or one whose sentence, or the next, tells of someone's care ('a boxer
called "The Iron Fist" came in with a broken hand', '... "Lady Liberty" at the gym. She finished her rehab with us'),
unless a work stands before the words that give its title ('a comedy tour called "..."': the title names the work). Each name is read in a window of bounded length: linear.
"""

from __future__ import annotations

from ... import lazyre
from ...lexicon import names as lexicon_names
from ...text import alternation
from .greeted_words import plain_word
from .known import Person
from .named_places import PEOPLE, care_told
from .vocabulary import HONORIFIC, NAMES, is_first_name

# The words that give a name, then an opening quote: "called 'X'", "se llama "X"", "known as «X»", "titled: "X""
_GIVEN = lazyre.compile(
    r"(?<![\w-])(?i:named|called|titled|entitled|dubbed|known[ \t]+as|the[ \t]+name|el[ \t]+nombre|se[ \t]+llaman?|llamad[oa]s?"
    r"|conocid[oa]s?[ \t]+como|titulad[oa]s?|se[ \t]+titula|de[ \t]+nombre)[ \t]*:?[ \t]*[\"“'‘«]"
)
_CLOSE = lazyre.compile(r"[\"”»\n]|['’](?![A-Za-z])")
_WORD = lazyre.compile(r"[A-Za-z][A-Za-z'’-]*")
_REACH = 100  # the longest title read, and how far before a name its quote may open
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "lo"})
_NICKNAMES = frozenset(w.lower() for w in NAMES["nicknames"])
# A person's word just before the words that give a name: 'a lady called "Joy Baker"', 'un senor llamado "..."'
_PERSON_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation(PEOPLE)})(?:[ \t]+[a-z][\w'’-]*)?[ \t]*,?[ \t]*$")
# A work just before the words that give its title: "a comedy tour called", "su libro titulado", "a podcast named"
_WORK_BEFORE = lazyre.compile(rf"(?<![\w-])(?i:{alternation((*NAMES['works_titled'], *NAMES['things_named']))})[ \t]*,?[ \t]*$")


def quoted_title(text: str, person: Person) -> bool:
    """Whether `person` lies inside a quoted title given after "called", "se llama" ... (see the module's docstring)."""
    if not person.excusable:
        return False  # "our patient 'Sweet Pea'": a finder that reads a patient or a child is never excused
    for given in _GIVEN.finditer(text, max(0, person.start - _REACH), person.end):
        if given.start() > person.start or given.end() > person.end:
            continue  # the name must lie inside the quotes, or begin with the words that give it ("se llama 'Power")
        close = _CLOSE.search(text, given.end(), given.end() + _REACH)
        if close is None or close.group(0) == "\n" or close.start() < person.end:
            continue
        if _PERSON_BEFORE.search(text, max(0, given.start() - 40), given.start()):
            return False  # 'a lady called "Joy Baker"': a person is named, not a form
        if not _title(text[given.end() : close.start()]):
            return False
        return _WORK_BEFORE.search(text, max(0, given.start() - 30), given.start()) is not None or not care_told(text, given.start(), close.end())
    return False


def _title(quoted: str) -> bool:
    """Whether the quoted words are a title, not a person's name or nickname."""
    words = [w.group(0).rstrip("'’") for w in _WORD.finditer(quoted)]
    capitals = [w for w in words if w[0].isupper()]
    if len(capitals) < 2 or len(words) > 12:
        return False  # one word alone may be a nickname ('called "Tiger"')
    first = words[0].lower()
    if first in _NICKNAMES or HONORIFIC.fullmatch(words[0]) or HONORIFIC.fullmatch(words[0] + "."):
        return False  # '"Big Earl"', '"Miss Sunshine"', '"Dr. Feelgood"': a person's nickname
    if first in _ARTICLES and len(capitals) < 3:
        return False  # '"El Tigre"', '"La Flaca"': a ring name or a nickname
    if any(is_first_name(w) for w in capitals):
        return False  # a given name that is no word: '"Sofia Marquez"'
    if any(_given_word(w) and _surname(n) for w, n in zip(capitals, capitals[1:])):
        return False  # a given name that is also a word, then a surname: '"Joy Baker"', '"Paz Herrera"'
    wordish = sum(1 for w in capitals if wordish_capital(w))
    return wordish * 2 > len(capitals)


def _given_word(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.first


def _surname(word: str) -> bool:
    info = lexicon_names.name_info(word)
    return info is not None and info.surname


def wordish_capital(word: str) -> bool:
    """A word no one is named for alone: a dictionary's word, a word no name list knows, a surname that is also a word."""
    info = lexicon_names.name_info(word)
    return plain_word(word) or info is None or info.also_word
