"""PHI003 finders of round 14: a full name owning a body part, informal ages, a slug's full name with a
milestone of care, a religious title honoured for service, and frequent Spanish words opening a sentence.

Every name, place and number here is made up. The Spanish openers' list (lexicon/data/es_openers.txt) is
re-derived from its pinned source and compared with the committed file; each pass counts regex matches
on doubled inputs (no timing) and is fuzzed to be total.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.lexicon import data_files
from playbook.rules.privacy import informal_ages, owned_parts, service_honours, slugs, spanish_openers
from playbook.rules.privacy.known import Known, Person

from tests.rules.harness import PLANS

REPO = Path(__file__).resolve().parent.parent
KNOWN = Known.of(PLANS)


def test_spanish_openers_match_their_maintained_source():
    """Re-derive es_openers.txt from wordfreq: the committed list cannot drift."""
    spec = importlib.util.spec_from_file_location("build_es_openers", REPO / "scripts" / "build_es_openers.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (data_files.DATA / build.OUT).read_text(encoding="utf-8") == build.derive(), "run scripts/build_es_openers.py"


@pytest.mark.parametrize("word", ["Miles", "Van", "Sean", "Si"])
def test_frequent_spanish_words_open_a_spanish_sentence(word):
    assert spanish_openers.spanish_opener(f"Gracias a todos por venir. {word} de la clinica", word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Thanks to all who came. Miles de familias", "Miles"),  # an English text
        ("Gracias a todos por venir. Juan de la clinica", "Juan"),  # a name Spanish speakers bear
        ("Gracias a la familia de Miles por venir", "Miles"),  # mid-sentence, with a start given
    ],
)
def test_names_stay_names(text, word):
    assert not spanish_openers.spanish_opener(text, word, text.index(word))


def _names(found) -> list[str]:
    return [" ".join(p.words) for p in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Close-up of Chase Penny's right heel with the stitches out", "Chase Penny"),
        ("Wade Sterling's left knee two weeks after the arthroscopy", "Wade Sterling"),
        ("Foto de la mano izquierda de Faith Penny con el yeso nuevo", "Faith Penny"),
    ],
)
def test_a_full_name_owning_a_body_part(text, name):
    assert _names(owned_parts.owned_parts(text, KNOWN)) == [name]


@pytest.mark.parametrize(
    "text",
    ["Chase Penny holding the ribbon at the new clinic", "Hope Street's new mural", "Crohn's disease and your gut", "Grace Church's front steps"],
)
def test_no_body_owned(text):
    assert list(owned_parts.owned_parts(text, KNOWN)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dayanara, 7 anitos, ya no usa el nebulizador.", "Dayanara"),
        ("Conozcan a Jhonatan, de siete anitos, de la escuela Hostos.", "Jhonatan"),
        ("Kasen (seven and a half) from Birchwood Elementary", "Kasen"),
        ("Kenzie, 8 and a half, finished her asthma plan", "Kenzie"),
        ("Maikel, de 4 anos y medio, ya habla clarito", "Maikel"),
    ],
)
def test_a_name_with_an_informal_age(text, name):
    assert _names(informal_ages.informal_ages(text, KNOWN)) == [name]


@pytest.mark.parametrize("text", ["Room 4, 9 anos de servicio", "Calle Pino, 6 y medio", "Park (7 and a half miles)", "Lincoln Elementary, 3 and a half blocks away"])
def test_no_informal_age(text):
    assert list(informal_ages.informal_ages(text, KNOWN)) == []


@pytest.mark.parametrize(
    ("slug", "name"),
    [
        ("Felicidades Yesenia Arreola Alta Clinica Del Pie", "Yesenia Arreola"),
        ("Brandon Okonkwo Graduates Clinic", "Brandon Okonkwo"),
        ("Yay Marisol Quintero Cast Off", "Marisol Quintero"),
    ],
)
def test_a_slugs_full_name_with_a_milestone(slug, name):
    assert name in _names(slugs.slug_full_names(slug, KNOWN))


@pytest.mark.parametrize("slug", ["Discharge Planning Talk At Jose Marti Hospital", "Felicidades A Todo El Equipo", "Marisol Quintero Recipe Swap"])
def test_no_slug_milestone_name(slug):
    assert list(slugs.slug_full_names(slug, KNOWN)) == []


def _titled(text: str, title: str) -> Person:
    start = text.index(title)
    end = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+").search(text, start + len(title) + 1).end()
    return Person(start, end, tuple(text[start:end].split()[1:]), "a title and a name", title=title)


@pytest.mark.parametrize(
    ("text", "title", "honoured"),
    [
        ("Gracias a la Hermana Rebeca Olmedo, que lleva 32 anos dirigiendo el banco de ropa.", "Hermana", True),
        ("Honoring Pastor Delbert Ruskin for 27 years of leading the soup kitchen!", "Pastor", True),
        ("Congrats to Pastor Delbert Ruskin on his 27 years at Cedar Run Baptist!", "Pastor", True),
        ("Congrats to Pastor Delbert Ruskin on his 27 years at Cedar Run Baptist and his new hip!", "Pastor", False),
        ("Gracias a la Hermana Rebeca Olmedo, que lleva 32 anos sin fumar.", "Hermana", False),
        ("Pastor Delbert Ruskin has served 27 years of Sundays here.", "Pastor", False),  # no honour said
    ],
)
def test_service_honoured(text, title, honoured):
    assert service_honours.honoured_for_service(text, _titled(text, title)) is honoured


PASSES = [
    lambda text: list(owned_parts.owned_parts(text, KNOWN)),
    lambda text: list(informal_ages.informal_ages(text, KNOWN)),
    lambda text: list(slugs.slug_full_names(text, KNOWN)),
]


@pytest.mark.parametrize("finder", PASSES)
def test_work_grows_linearly(finder, monkeypatch):
    """Count the name look-ups each pass makes: each doubling adds twice what the last one did (linear, no timing)."""
    from playbook.lexicon import names as lexicon_names

    calls = 0
    real = lexicon_names.name_info

    def counting(word):
        nonlocal calls
        calls += 1
        return real(word)

    monkeypatch.setattr(lexicon_names, "name_info", counting)
    paragraph = "Chase Penny's left heel, Dayanara, 7 anitos, Kasen (seven and a half) Yesenia Arreola Alta Clinica. "
    counts = []
    for copies in (10, 20, 40):
        calls = 0
        finder(paragraph * copies)
        counts.append(calls)
    assert counts[0] > 0 and counts[2] - counts[1] == 2 * (counts[1] - counts[0])


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("Chase Penny's heel de la mano Kasen, 7 anitos (seven and a half) Alta Hermana 32 years")), max_size=200))
def test_fuzz_never_raises(text):
    for finder in PASSES:
        assert all(p.start < p.end for p in finder(text))
    assert spanish_openers.spanish_opener(text, "Miles") in (True, False)
