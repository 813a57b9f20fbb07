"""Round 31, a public person telling their own health, read by structure (own_news.py): a verb of telling of any kind
(lexicon/data/telling_verbs.txt, derived from WordNet's verb.communication plus a short Spanish list) just before their
"her"/"his"/"su", their own health as the topic ("about her own ...", "sobre su propio ..."), their work as the place
it was told ("reads from her memoir"), and what their telling is about kept apart from care of ours ("her memoir about
caring for her father"). Each passes with no care of ours and stays an error with it, and a private person never
passes this way. Every name is invented.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import own_news
from playbook.text import sentence_bounds

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)
REPO = Path(__file__).resolve().parents[2]

# The shape: a public person (a role before or after the name) who is the subject of their own telling of their own
# health, in words no list typed: five made-up sentences of it, sharing no content word with the corpus cases.
CLEAN = [
    "State Treasurer Wilma Ostrander testified about her kidney transplant before the budget committee.",
    "Weekend anchor Rufus Delacroix recounted his stroke during Friday's broadcast.",
    "El senador Aurelio Montalbán relató su lucha contra la leucemia ante el congreso estatal.",
    "Novelist Priya Castellane reads from her newest memoir about caring for her mother through dementia.",
    "La diputada Consuelo Arriaga habló de su propia depresión posparto durante el foro.",
]

LEAKS = [
    "Senator Wilma Ostrander, whom we treated for a kidney stone, testified about her recovery.",
    "El senador Aurelio Montalbán, a quien operamos del corazón, relató su recuperación ante el congreso.",
    "Weekend anchor Rufus Delacroix recounted his stroke; our neurologists treated him here.",
    "Our patient Nadia Ferrante described her own chemo journey to the group.",
    "Nuestra paciente Nadia Ferrante relató su propia quimioterapia en el grupo.",
]


def _errors(text: str) -> list:
    return [code for code in ("PHI003", "PHI008", "PHI011") if hits(code, text)]


@pytest.mark.parametrize("text", CLEAN)
def test_own_telling_by_structure_passes(text):
    assert _errors(text) == []


@pytest.mark.parametrize("text", LEAKS)
def test_care_of_ours_or_a_private_person_stays_an_error(text):
    assert _errors(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("The anchor recounted her stroke on the evening news.", True),
        ("The senator testified about his recovery.", True),
        ("La alcaldesa relató en su podcast la operación.", True),
        ("who opened up about her own depression", True),
        ("sobre su propio año de quimioterapia", True),
        ("She reads from her new memoir tonight.", True),
        ("We discussed his results.", False),
        ("She thanked our nurses for her care.", False),
        ("Nos contó su diagnóstico.", False),
        ("She is recovering from her own hip replacement.", False),
        ("La alcaldesa se recupera después de su propia cirugía de rodilla.", False),
        ("He ran with his dog.", False),
    ],
)
def test_told_public_reads_the_structure(text, told):
    from playbook.lexicon.fold import fold

    folded = fold(text)
    assert own_news.told_public(folded, 0, len(folded)) is told


def test_a_tellings_topic_is_no_care_of_ours():
    text = "Author Lina Brook reads from her book on looking after her father in his last year."
    assert own_news.claims_untold(text, sentence_bounds(text)) is None
    ours = "Author Lina Brook reads from her memoir. We treated her father in his last year."
    assert own_news.claims_untold(ours, sentence_bounds(ours)) is not None


@FUZZ
@given(
    st.sampled_from(["Commissioner {n}", "Senator {n}", "La diputada {n}", "El alcalde {n}", "Alderman {n}"]),
    st.sampled_from(["Odalys Brenner", "Tobias Quayle", "Rocío Almendárez"]),
    st.sampled_from(
        [
            "narrated his bout with shingles at the county fair",
            "testified about her lupus at the hearing",
            "relató su infarto durante la sesión",
            "habló de su propia diabetes en el foro",
        ]
    ),
)
def test_telling_grid_passes(frame, name, told):
    assert _errors(f"{frame.format(n=name)} {told}.") == []


@FUZZ
@given(
    st.sampled_from(["Commissioner {n}", "La diputada {n}", "Alderman {n}"]),
    st.sampled_from(["Odalys Brenner", "Tobias Quayle", "Rocío Almendárez"]),
    st.sampled_from(
        [
            ", whom we treated for shingles, narrated the bout at the fair",
            ", a quien atendimos del infarto, relató su recuperación",
            " had shingles treated here and testified about the rash",
        ]
    ),
)
def test_care_of_ours_grid_stays_an_error(frame, name, care):
    assert _errors(f"{frame.format(n=name)}{care}.")


def _linear(run, unit: str) -> None:
    small = steps(own_news, lambda: run(unit * 30), package=False)
    large = steps(own_news, lambda: run(unit * 60), package=False)
    assert large < 2.3 * small, (small, large)


def test_told_of_theirs_is_linear():
    _linear(lambda text: own_news.told_of_theirs(text, 0, len(text)), "He ran with his dog and her cat near their house. ")


def test_own_health_is_linear():
    _linear(lambda text: own_news._own_health(text, 0, len(text)), "a walk of her own making and of his own choosing. ")


def test_claims_untold_is_linear():
    _linear(lambda text: own_news.claims_untold(text, sentence_bounds(text)), "She spoke about caring for her dog. ")


def test_committed_telling_verbs_match_the_build():
    deb = os.environ.get("WORDNET_DEB", "/var/cache/apt/archives/wordnet-base_1%3a3.0-37_all.deb")
    if not os.environ.get("WORDNET_DIR") and not Path(deb).exists() and not Path("/usr/share/wordnet/data.verb").exists():
        assert not os.environ.get("PLAYBOOK_CI"), "CI installs wordnet-base (.ci/run): the list must be re-derived there"
        pytest.skip("WordNet 3.0 not present (apt-get install wordnet-base)")
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "build_telling_verbs.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_bare_said_is_no_outright_telling():
    text = "The little goalie said his first three-word sentence in speech therapy today."
    assert own_news.told_public(text, 0, len(text), outright=True) is False
    told = "The goalie recounted his first season in speech therapy."
    assert own_news.told_public(told, 0, len(told), outright=True) is True
