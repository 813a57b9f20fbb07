#!/usr/bin/env python3
"""Derive the verbs of telling (hooks/playbook/lexicon/data/telling_verbs.txt), inflected and folded.

A public figure's own health news is theirs to tell: "the anchor recounted her stroke", "the senator testified about
his recovery", "la alcaldesa relato su ano de tratamiento" (rules/privacy/own_news.py reads a verb of telling just
before their "her", "his" or "su"). Typing the verbs one by one never kept up with the next writer's, so the English
verbs are every one-word verb whose first sense in WordNet 3.0 is in the verb.communication lexicographer file (32),
inflected by rule (-s, -ed, -ing, WordNet's own verb.exc for the irregular ones: told, spoke, wrote), and the Spanish
ones are a short hand list (scripts/telling_verbs_es.yml, each with its reason), inflected by rule (conto, contaba,
ha contado). STOP drops verbs of
ours or of greeting whose object is rarely the teller's own story.

Source: the Debian package wordnet-base 1:3.0 (WORDNET_DEB, or WORDNET_DIR holding data.verb and verb.exc); licence:
lexicon/data/wordnet_LICENSE.txt.

    scripts/build_telling_verbs.py           # rewrite telling_verbs.txt
    scripts/build_telling_verbs.py --check   # exit 1 if the committed file differs
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "hooks"))
sys.path.insert(0, str(REPO / "scripts"))

import generated  # noqa: E402
from playbook.lexicon.fold import fold  # noqa: E402

OUT = "telling_verbs.txt"
INSTALLED = Path("/usr/share/wordnet")
WORDNET_DEB = os.environ.get("WORDNET_DEB", "/var/cache/apt/archives/wordnet-base_1%3a3.0-37_all.deb")
SPANISH = REPO / "scripts" / "telling_verbs_es.yml"
COMMUNICATION = "32"
# Verbs whose object is the one cared for or greeted, not the teller's story: "we prescribed her", "thanked her nurse".
STOP = frozenset(
    "prescribe refer order bid call ask thank greet welcome hail invite summon page name address sign mark label tag "
    "excuse pardon forgive bless curse damn cheer toast salute congratulate compliment praise honor honour introduce "
    "present nominate appoint recommend advise counsel instruct direct command charge request beg urge".split()
)
_VOWELS = "aeiou"


def wordnet_dir() -> Path | None:
    """The folder holding data.verb: WORDNET_DIR, or the Debian package unpacked into a temporary folder."""
    if os.environ.get("WORDNET_DIR"):
        return Path(os.environ["WORDNET_DIR"])
    if (INSTALLED / "data.verb").exists():  # the package installed (.ci/run installs it)
        return INSTALLED
    if not Path(WORDNET_DEB).exists():
        return None
    target = Path(tempfile.mkdtemp(prefix="wordnet-"))
    subprocess.run(["dpkg-deb", "-x", WORDNET_DEB, str(target)], check=True)
    return target / "usr" / "share" / "wordnet"


def synset_fields(folder: Path, pos: str) -> Iterator[list[str]]:
    """The fields of each synset of data.<pos> up to its gloss (offset, lexicographer file, type, word count, ...), the
    licence at the top left out: the one reader of WordNet's data files (build_animal_words.py, build_lexicon.py)."""
    for line in (folder / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            yield line.split(" | ")[0].split()


def synset_lemmas(fields: list[str]) -> list[str]:
    """A synset's words as WordNet writes them ("Travis", "dog"), an adjective's position left off ("galore(ip)")."""
    return [fields[4 + 2 * index].split("(")[0] for index in range(int(fields[3], 16))]


def english_lemmas(folder: Path) -> set[str]:
    """One-word verbs whose first (most frequent) sense in index.verb is in verb.communication, less STOP: "tell",
    "recount", "testify"; not "treat", "have" or "make", which have a sense of telling but mean other things first, nor
    "out" or "plain", adverbs or adjectives too ("five weeks out from his surgery")."""
    lexfile = {fields[0]: fields[1] for fields in synset_fields(folder, "verb")}
    other = set()  # a word that is also an adverb or an adjective: "out", "back"-like particles, "plain", "low"
    for name in ("index.adv", "index.adj"):
        other |= {line.split()[0] for line in (folder / name).read_text(encoding="utf-8").splitlines() if not line.startswith("  ")}
    lemmas = set()
    for line in (folder / "index.verb").read_text(encoding="utf-8").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        word, senses = fields[0], int(fields[2])
        if word.isalpha() and word not in STOP and word not in other and lexfile[fields[-senses]] == COMMUNICATION:
            lemmas.add(word)
    return lemmas


def _english_forms(verb: str) -> set[str]:
    """told/tells/telling by rule: -s (-es, -ies), -ed (-d, -ied), -ing (e dropped)."""
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        third = verb + "es"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        past, ing = verb[:-1] + "ied", verb + "ing"
    elif len(verb) <= 4 and verb[-1] in "bdgmnprt" and verb[-2] in _VOWELS and verb[-3:-2] not in _VOWELS:
        past, ing = verb + verb[-1] + "ed", verb + verb[-1] + "ing"  # chatted, blogged
    else:
        past, ing = verb + "ed", verb + "ing"
    return {verb, third, past, ing}


def english(folder: Path) -> set[str]:
    """The English verbs of telling in every form: WordNet's irregular forms (verb.exc) for its own verbs, or the rule's."""
    lemmas = english_lemmas(folder)
    irregular: dict[str, set[str]] = {}
    for line in (folder / "verb.exc").read_text(encoding="utf-8").splitlines():
        form, *bases = line.split()
        for base in bases:
            if base in lemmas:
                irregular.setdefault(base, set()).add(form)
    forms = set()
    for verb in lemmas:
        found = _english_forms(verb)
        if verb in irregular:  # "told", "spoke", "spoken": no "telled"
            found = {form for form in found if not form.endswith("ed")} | irregular[verb]
        forms |= found
    return forms


def spanish_forms(infinitive: str) -> set[str]:
    """conto/contaba/contado by rule, folded: preterite, imperfect, gerund and participle of the third person (a present
    whose stem vowel breaks, contar: cuenta, is left out: the reading is of news already told); escribir: escrito."""
    stem, ending = infinitive[:-2], infinitive[-2:]
    if ending == "ar":
        return {infinitive, stem + "o", stem + "aba", stem + "a", stem + "ado", stem + "ando"}
    participle = stem[:-1] + "to" if infinitive.endswith("ribir") else stem + "ido"  # escrito, descrito
    return {infinitive, stem + "io", stem + "ia", stem + "e", participle, stem + "iendo"}


def derive() -> str:
    folder = wordnet_dir()
    if folder is None:
        raise SystemExit(f"WordNet not found: install wordnet-base, or set WORDNET_DIR or WORDNET_DEB (looked in {INSTALLED} and for {WORDNET_DEB})")
    words = {fold(word) for word in english(folder)}
    for infinitive in yaml.safe_load(SPANISH.read_text(encoding="utf-8")):
        words |= {fold(word) for word in spanish_forms(infinitive)}
    header = (
        "# GENERATED by scripts/build_telling_verbs.py from WordNet 3.0 (verb.communication; licence: wordnet_LICENSE.txt)\n"
        "# and scripts/telling_verbs_es.yml: do not edit. Verbs of telling, every form, folded.\n"
    )
    return header + "".join(f"{word}\n" for word in sorted(words))


def main(argv: list[str] | None = None) -> int:
    return generated.main(__doc__.split("\n\n")[0], lambda: {OUT: derive()}, "scripts/build_telling_verbs.py", argv)


if __name__ == "__main__":
    sys.exit(main())
