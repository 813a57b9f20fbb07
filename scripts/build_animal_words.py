#!/usr/bin/env python3
"""Derive the words for a kept animal (hooks/playbook/lexicon/data/animal_words.txt): kinds and breeds, folded.

A name right after an animal's word is the animal's ("his golden retriever <Name>", "a rescue greyhound named <Name>",
"su perrita <Name>"): a pet of the staff, never a patient of a medical practice (rules/privacy/animals.py). Typing the
breeds one by one never kept up with the next writer's dog, so the English words are every noun of WordNet 3.0 under the
animals people keep (ROOTS: dog, domestic cat, horse, rabbit, hamster, parrot, goat ...), by the hyponym links (not the
instance ones: no racehorse's own name), written with spaces ("golden retriever", "german shepherd"). A word is kept only
when nothing else reads it first, since a person's name follows it:
- its first (most frequent) noun sense is one of those animals ("retriever", "beagle"; not "bay", "toy", "turtle"
  (a sweater first), "pointer");
- no sense of it is a person's (noun.person: "boxer", "shepherd", "kid", "lamb", "chick", "dog" itself) nor a place's
  (noun.location: "Newfoundland", "Shetland"): "the boxer <Name>" may be a patient;
- it is no adjective, verb or adverb too ("entire" is a stallion, "the entire <Surname> family"; "mount", "husky");
- it is no given name of the name lists ("Dominique", a hen; "Scottie"), and no genus's Latin name
  ("Canis familiaris");
- it is not in STOP ("three year old" is a horse in WordNet).
The words a person's sense or another sense hides but a pet's is meant first ("dog", "cat", "puppy", "husky",
"turtle") and the Spanish ones (WordNet 3.0 is English only) are a short hand list, each with its reason
(scripts/animal_words.yml); so are the Spanish words that are nicknames too ("el Chivo", "el Gallo" before a given
name), marked `owned`: the animal's only after a possessive or before "named" ("su chivo <Name>").

Source: the Debian package wordnet-base 1:3.0 (as scripts/build_telling_verbs.py finds it); licence:
lexicon/data/wordnet_LICENSE.txt.

    scripts/build_animal_words.py           # rewrite animal_words.txt
    scripts/build_animal_words.py --check   # exit 1 if the committed file differs
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "hooks"))
sys.path.insert(0, str(REPO / "scripts"))

import generated  # noqa: E402
from build_telling_verbs import synset_fields, synset_lemmas, wordnet_dir  # noqa: E402
from playbook.lexicon.fold import fold  # noqa: E402
from playbook.lexicon.names import name_info  # noqa: E402

OUT = "animal_words.txt"
HAND = REPO / "scripts" / "animal_words.yml"
ANIMAL, PERSON, LOCATION = "05", "18", "15"
# The animals people keep, each its lemma's first sense among the animals (noun.animal)
ROOTS = (
    "dog domestic_cat kitten puppy pup horse pony donkey mule rabbit hamster gerbil guinea_pig chinchilla ferret "
    "parrot canary goldfish tortoise terrapin iguana gecko goat sheep pig cow chicken llama alpaca"
).split()
# Words WordNet files under those animals that read first as something else in a post, tell an age, or call a person
# names ("that porker <Name>", "an old biddy", "a ski bunny")
STOP = frozenset(
    "three_year_old two_year_old three-year-old_horse two-year-old_horse male_horse female_horse stable_companion "
    "stablemate remount moo-cow quack-quack gee-gee crow-bait crowbait leporide charger pacer prancer poler pole_horse "
    "wheel_horse high_stepper mudder steeplechaser cackler canecutter dawn_horse mesohippus protohippus eohippus "
    "springing_cow caprine_animal domestic_ass porker biddy moke bunny".split()
)


def _synsets(folder: Path) -> dict[str, tuple[str, list[str], list[str]]]:
    """offset: (lexicographer file, lemmas, hyponym offsets) of every noun synset."""
    found = {}
    for fields in synset_fields(folder, "noun"):
        lemmas = synset_lemmas(fields)
        at = 4 + 2 * len(lemmas)
        pointers = [fields[at + 1 + 4 * k : at + 5 + 4 * k] for k in range(int(fields[at]))]
        found[fields[0]] = (fields[1], lemmas, [offset for symbol, offset, pos, _ in pointers if symbol == "~" and pos == "n"])
    return found


def _index(folder: Path, pos: str) -> dict[str, list[str]]:
    """lemma: its sense offsets, most frequent first."""
    senses = {}
    for line in (folder / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if not line.startswith("  "):
            fields = line.split()
            senses[fields[0]] = fields[-int(fields[2]) :]
    return senses


def english(folder: Path) -> set[str]:
    synsets, nouns = _synsets(folder), _index(folder, "noun")
    other = set()  # also an adjective, a verb or an adverb: "entire", "mount", "husky"
    for pos in ("adj", "verb", "adv"):
        other |= set(_index(folder, pos))
    kept: set[str] = set()
    todo = [next(o for o in nouns[root] if synsets[o][0] == ANIMAL) for root in ROOTS]
    while todo:
        offset = todo.pop()
        if offset not in kept:
            kept.add(offset)
            todo.extend(synsets[offset][2])
    words = set()
    for offset in kept:
        for lemma in synsets[offset][1]:
            key = lemma.lower()
            senses = nouns.get(key, [])
            if not senses or key in STOP or key in other or senses[0] not in kept:
                continue
            if any(synsets[s][0] in (PERSON, LOCATION) for s in senses):
                continue
            parts = key.split("_")
            if len(parts) > 1 and f"genus_{parts[0]}" in nouns:
                continue  # "Canis_familiaris": a Latin name
            info = name_info(key) if len(parts) == 1 else None
            if info is not None and info.first:
                continue  # "Dominique" (a hen), "Scottie": a given name (a surname, "Beagle", is read in lower case only)
            if key.isascii() and all(part.replace("-", "").replace("'", "").isalpha() for part in parts):
                words.add(fold(key.replace("_", " ")))
    return words


def derive() -> str:
    folder = wordnet_dir()
    if folder is None:
        raise SystemExit("WordNet not found: install wordnet-base, or set WORDNET_DIR or WORDNET_DEB (see scripts/build_telling_verbs.py)")
    words = english(folder)
    hand = yaml.safe_load(HAND.read_text(encoding="utf-8"))
    for section in ("english", "spanish"):
        words |= {fold(word) for word in hand[section]}
    owned = {fold(word) for word in hand["spanish_owned"]}
    header = (
        "# GENERATED by scripts/build_animal_words.py from WordNet 3.0 (the animals people keep; licence: wordnet_LICENSE.txt)\n"
        "# and scripts/animal_words.yml: do not edit. Words for a kept animal, kinds and breeds, folded; <TAB>owned: a\n"
        '# nickname too, the animal\'s only after a possessive or before "named".\n'
    )
    return header + "".join(f"{word}\towned\n" if word in owned else f"{word}\n" for word in sorted(words | owned))


def main(argv: list[str] | None = None) -> int:
    return generated.main(__doc__.split("\n\n")[0], lambda: {OUT: derive()}, "scripts/build_animal_words.py", argv)


if __name__ == "__main__":
    sys.exit(main())
