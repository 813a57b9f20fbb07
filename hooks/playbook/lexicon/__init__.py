"""Vocabularies the privacy rules need, English and Spanish: clinical terms and people's names.

    from playbook.lexicon import clinical, names
    clinical.find("Her mammogram and lisinopril refill")   # [Match(4, 13, 'mammogram', 'procedure', False), ...]
    names.name_info("Dolores")                              # NameInfo(first=True, ..., also_word=True, ...)

The word lists are small text files in data/, generated from maintained packages by
scripts/build_lexicon.py (and checked against them by the tests) or curated where no
maintained source exists. Nothing is loaded until first use; runtime needs none of the
source packages. This package knows words; the rules decide what a word means in context.
"""

from . import clinical, names
from .clinical import Match, find
from .names import NameInfo, is_first_name, is_name, is_name_and_word, is_surname, name_info

__all__ = [
    "Match",
    "NameInfo",
    "clinical",
    "find",
    "is_first_name",
    "is_name",
    "is_name_and_word",
    "is_surname",
    "name_info",
    "names",
]
