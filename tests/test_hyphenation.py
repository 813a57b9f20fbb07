"""hyphenation.points gives Pyphen's en_US hyphenation points, word for word, from the committed table."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook import hyphenation
from pyphen import Pyphen

from .conftest import REPO
from .test_readability import VOCABULARY

PYPHEN = Pyphen(lang="en_US")


def test_the_committed_table_is_pyphens_parse_of_the_installed_dictionary():
    assert hyphenation.TABLE.read_text(encoding="utf-8") == hyphenation.table_text(hyphenation.dictionary_path()), "run scripts/build_syllables.py"
    assert hyphenation._patterns() is not None


def test_every_word_of_the_sample_gets_pyphens_points():
    words = {word.strip(".,!?;:()\"'").lower() for word in VOCABULARY} | {"hyphenation", "mammogram", "lisinopril", "ñandú", "naïve", "x", "co-pay", "İstanbul"}
    assert all(hyphenation.points(word) == len(PYPHEN.positions(word)) for word in words if word)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text("abcdefghijklmnopqrstuvwxyz'-.", min_size=1, max_size=30), st.text(min_size=1, max_size=20)))
def test_any_word_gets_pyphens_points(word):
    assert hyphenation.points(word) == len(PYPHEN.positions(word))


def test_another_dictionary_than_the_tables_is_read_by_pyphen(tmp_path, monkeypatch):
    fake = tmp_path / "hyph_en_US.dic"
    fake.write_bytes(hyphenation.dictionary_path().read_bytes() + b"\n1b1b1\n")
    monkeypatch.setattr(hyphenation, "dictionary_path", lambda: fake)
    hyphenation._patterns.cache_clear()
    try:
        assert hyphenation._patterns() is None
        assert hyphenation.points("hyphenation") == len(PYPHEN.positions("hyphenation"))
    finally:
        hyphenation._patterns.cache_clear()


def test_counting_an_unknown_word_never_imports_pyphen():
    code = "import sys\nfrom playbook import readability\nprint(readability.syllables('zorblaxian'), 'pyphen' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(REPO / "hooks")})
    count, imported = result.stdout.split()
    assert int(count) == len(PYPHEN.positions("zorblaxian")) + 1 and imported == "False"
