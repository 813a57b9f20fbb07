"""A name written with a nickname in quotes, or a stage name after a public role, names someone.

Fighters, wrestlers and performers go by a name in quotes: inside their name ('<Given> "The Anvil" <Surname>',
'<Given> "El Tigre" <Surname>') or alone after their role ('the wrestler "La Dama de <Word>"', "el rapero 'El <Word>'").
The name finders read capitals in a run, and a quote breaks the run: a given name at a sentence's start is weak
evidence alone, and a stage name of plain words is no name at all. So a fighter's care with us went unseen ('<Given>
"The Anvil" <Surname> had his hand surgery with us'). Here the whole written name is one person: a given name or a
surname some list knows around the quotes (or one no dictionary holds), or the stage name stage_names.py reads after a public role. public.py then
weighs them as any figure: a role before them or news they made public lets them pass, care of ours never does.
A nickname of the town's kind inside those quotes ('<Given> "Big <Given>" <Surname>', "Big" read by people.py as a
nickname's word) is the same person's, not a second one: quoted_between says so, and the whole name is weighed here.
Only texts with a quote are read; one bounded pass, and a bounded window per nickname asked of: linear.
"""

from __future__ import annotations

from collections.abc import Iterator

from ... import lazyre
from .epithets import hometown_own
from .greeted_words import plain_word
from .known import Known, Person
from .stage_names import stage_names
from .vocabulary import is_first_name, is_surname

_QUOTES = frozenset("\"“'‘«")
# '<Given> "<nickname>" <Surname>': a capitalised word, up to four words in quotes, a capitalised word
_INSIDE = lazyre.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)[ \t]+[\"“'‘«](?:[^\"“”'‘’«»\n]{1,40})[\"”'’»][ \t]+([A-Z][\w'’-]+)")


def nicknamed(text: str, known: Known) -> Iterator[Person]:
    """The people written with a nickname or a stage name in quotes (see the module's docstring); a team member passes."""
    if not _QUOTES.intersection(text):
        return
    for match in _INSIDE.finditer(text):
        given, surname = match.group(1), match.group(2)
        if not (is_first_name(given) or is_surname(surname) or not (plain_word(given) and plain_word(surname)) and not is_first_name(surname)):
            continue  # 'Read "<Title>" Today', 'Meet "Coach" <Given> <Surname>': a heading's words, a verb before a nickname
        if known.is_team((given, surname)) or hometown_own(text, match.start(), match.end()):
            continue  # a member; "<Town>'s own <Given> "<Nick>" <Surname>": read as a hometown's own (epithets.py), as a plain name is
        yield Person(match.start(), match.end(), (given, surname), "a name with a nickname")
    for start, end, words in stage_names(text):
        if words and text[start].isupper() and not text[start - 2 : start - 1].isalpha():  # not "a guard's ankle ... Sunday's"
            yield Person(start, end, tuple(w for w in text[start:end].split() if w in words), "a stage name after a public role")


def quoted_between(text: str, start: int) -> bool:
    """Whether `start` lies inside quotes that stand between a name's given name and its surname ('<Given> "Big <Given>"
    <Surname>'): a nickname there is the named one's own, read with the whole name by nicknamed()."""
    if start == 0 or text[start - 1] not in _QUOTES:
        return False
    return any(match.start() < start < match.end() for match in _INSIDE.finditer(text, max(0, start - 50), min(len(text), start + 80)))
