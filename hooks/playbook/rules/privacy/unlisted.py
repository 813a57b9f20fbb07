"""A given name nobody listed: a word no name list, no dictionary and no clinical list holds ("Yariel", "Yadiel").

The name lists (lexicon/names.py) know the census's and Faker's names, not every child's: a newer or rarer
given name is unknown to them, and alone it is no more a name than a brand or a Spanish word. Where a frame
says someone is meant (a slug that opens "meet-...", a sign that reads '"... #23"'), such a word counts as a
name when it is no frequent English or Spanish word (lexicon/data/plain_words.txt, a plain list: the
pronouncing dictionary would load 1 s of data for one word), nor an everyday Spanish word, a place, a
clinical term, a brand or a word of cheer. slug_stories.py and written_names.py ask here.
"""

from __future__ import annotations

import functools

from ...lexicon import clinical as lexicon_clinical
from ...lexicon import names as lexicon_names
from ...lexicon.fold import fold
from ...text import phrase_pattern
from ...wordlists import wordlist
from .greeted_words import plain_word
from .places import is_state, is_town
from .spanish_openers import opener_word
from .vocabulary import CITIES, NOT_A_NAME, SPANISH_EVERYDAY, VERB_LIKE, is_first_name

UNLISTED = wordlist("privacy-unlisted")
NOT_NAMES = frozenset(w.lower() for w in UNLISTED["not_names"])
# What care is given with, as a label or a wearer's picture tells it ("the IV pole", "a blood pressure cuff"): written_names and worn_names
CARE_OBJECT = phrase_pattern(UNLISTED["care_objects"])


@functools.lru_cache(maxsize=4096)
def unlisted_name(word: str, spoken: bool = False) -> bool:
    """Whether a capitalised word, no list's name, reads as a given name once a frame says someone is meant.

    `spoken`: the word list of plain words may hold it, as dictionaries hold some given names ("Jayden", "Kaden");
    only where the frame is strong, a surname after it and the person's story told (slug_stories.py).
    """
    low = fold(word).lower()
    if len(low) < 3 or not low.isalpha() or not word[0].isupper() or lexicon_names.name_info(word) is not None:
        return False
    if word.isupper() and (len(low) <= 4 or not any(v in low for v in "aeiouy")):
        return False  # "CBC", "LDL", "HPV": an acronym, no list's and no one's name
    if low in NOT_A_NAME or low in NOT_NAMES or low in SPANISH_EVERYDAY or low in CITIES or opener_word(low):
        return False
    if VERB_LIKE.search(low) or (not spoken and plain_word(word)) or is_town(word) or is_state(word):
        return False
    return not lexicon_clinical.find(low)


def given_name(word: str) -> bool:
    """A given name the lists know (not an everyday word), or one they do not know (unlisted_name)."""
    return is_first_name(word) or unlisted_name(word)
