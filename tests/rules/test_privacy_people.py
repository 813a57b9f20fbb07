"""People without a title (PHI003), descriptions (PHI011) and photos of people (PHI012): where a finding lands,
what excuses a name, and that the finders stay linear and never crash on odd text.

Every name, place and person here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from playbook.model import Media
from playbook.rules.privacy.people import Known, named, people
from tests.rules.harness import PLANS, hits, post, response

KNOWN = Known.of(PLANS)


@pytest.mark.parametrize(
    "text, words",
    [
        ("Cheers for little Anouk, who walked the hallway today!", "little Anouk"),
        ("Cast off at last for 6-year-old Bastien.", "6-year-old Bastien"),
        ("Gracias a doña Eulalia por los buñuelos.", "doña Eulalia"),
        ("The Vandersloot family came in for flu shots.", "The Vandersloot family"),
        ("“Back on the trail.” — Oskar, meniscus repair", "Oskar"),
        ("Board: Rm 4 - K. Abernethy - R knee scope", "K. Abernethy"),
    ],
)
def test_phi003_points_at_the_words_that_name(text, words):
    (found,) = hits("PHI003", post(text, body_line=12))
    assert found.line == 12
    assert found.column == text.index(words) + 1
    assert f"'{words}'" in found.message


def test_phi003_finds_the_name_on_its_own_line():
    body = "A good week at the clinic.\n\nSo proud of you, Wendeline! Last week of cardiac rehab DONE."
    (found,) = hits("PHI003", post(body, body_line=20))
    assert (found.line, found.column) == (22, len("So proud of you, ") + 1)


def test_phi003_quotes_the_name_as_written_in_capitals():
    (found,) = hits("PHI003", post('Scan printout labelled "BABY TREMBLAY 22 WKS" on the board.'))
    assert "'BABY TREMBLAY'" in found.message


@pytest.mark.parametrize(
    "text",
    [
        "Sophie (7) rocked her allergy shots today!",
        "¡Felicidades a Ximena Lozano por terminar sus terapias!",
        "Love you Ezekiel!! Best rehab graduate ever.",
    ],
)
def test_phi003_a_patient_or_child_is_never_excused_by_the_team_list_when_named_by_kin_or_age(text):
    assert hits("PHI003", text)


def test_phi003_team_members_pass_with_their_first_name_alone():
    assert hits("PHI003", "Thanks, Jordan and Sam, for running the water table!") == []


def test_phi003_public_figure_passes_until_the_post_guesses_or_claims_care():
    fair = "Quarterback Dario Vallone will miss two weeks, the team announced. Here's how ankle sprains heal in general."
    guess = "Quarterback Dario Vallone probably tore his ACL on that plant. Classic mechanism."
    ours = "Honored to care for Senator Ilse Brandvold during her recovery."
    assert hits("PHI003", fair) == []
    assert hits("PHI003", guess) and hits("PHI003", ours)


def test_phi003_handles_are_judged_by_what_they_name():
    assert hits("PHI003", "Thanks @MillbrookGazette and @county_parks_official for the coverage!") == []
    (found,) = hits("PHI003", "Thanks @kayla.runs.fast for the kind words!")
    assert "@kayla.runs.fast" in found.message


def test_phi003_a_reply_greeting_an_unknown_name_is_refused():
    assert hits("PHI003", response("Hola Anacleto, lamentamos mucho la espera. Llame al {{ contact.phone }}."))


def test_phi011_points_at_the_description():
    text = "Good news. The bus driver on the Route 9 loop came in for his back."
    (found,) = hits("PHI011", post(text, body_line=5))
    assert found.column == text.index("The bus driver") + 1


def test_phi012_names_the_words_that_show_a_person():
    media = Media("images/rehab.jpg", "Older woman in a blue sweater doing band pulls", False, "", None, 17)
    (found,) = hits("PHI012", post("Rehab day.", media=[media]))
    assert found.line == 17
    assert "'woman'" in found.message and "people: false" in found.message


def test_phi012_missing_people_with_a_person_in_the_alt_is_refused():
    media = Media("images/board.jpg", "Doña Refugio walking between the parallel bars", None, "", None, 17)
    (found,) = hits("PHI012", post("Therapy.", media=[media]))
    assert "does not say whether it shows people" in found.message


# --- fuzzing and linear work ---------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "Maria", "the", "Okafor", "family", "little", "Mateo", "Sra.", "dona", "(7)", ", 7,", "7-year-old", "Love you",
        "Congrats,", "!", "—", "- ", "T.", "#23", "@jo_runs", "Dr.", "88 Shore Dr.", "Lincoln", "Elementary", "BABY",
        "HOLLIS", "la familia", "Pena", "de 6 anos", "came in", "his back", "Senator", "probably", "surgery", "\n",
        "Día", "José", "Núñez", "'s", "La", "Palma", "é", "\u200b", "’", "  ",
    ]
)  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=40), st.text(max_size=40))
def test_people_never_crash_and_stay_inside_the_text(pieces, noise):
    text = " ".join(pieces) + noise
    for person in people(text, KNOWN):
        assert 0 <= person.start < person.end <= len(text)
    list(named(text, KNOWN, reply=True))


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="Aa Bb.,!'-()7#@\n", max_size=300))
def test_people_on_punctuation_soup(text):
    for person in people(text, KNOWN):
        assert 0 <= person.start < person.end <= len(text)


def _steps(text: str) -> int:
    """Work done on a text, counted by the tracer: lines executed in the people module."""
    import sys

    counted = 0
    module = people.__code__.co_filename

    def tracer(frame, event, arg):
        nonlocal counted
        if frame.f_code.co_filename == module:
            counted += 1
            return tracer
        return None

    sys.settrace(tracer)
    try:
        list(named(text, KNOWN))
    finally:
        sys.settrace(None)
    return counted


def test_people_work_grows_linearly():
    unit = "Congrats to little Anouk (7) and the Vandersloot family! Senator Ilse Brandvold probably needs surgery. "
    small, large = _steps(unit * 20), _steps(unit * 40)
    assert large < 2.3 * small
