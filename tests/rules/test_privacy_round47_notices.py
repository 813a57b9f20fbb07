"""Round 47 (by hand), false alarms final41 showed, in kinds of our own: the privacy notice itself says "patient" of no
one ("no podemos confirmar si alguien es paciente", "we can't say whether a person is or isn't a patient"); a review
likened ("reviews like yours make our receptionists smile", "mensajes como el suyo") is a courtesy; and a club or a
health centre named for families ("the <Town> Family YMCA") is an organisation. The reader's care, a visit's day and a
family with its care still refuse. Everything here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import stance

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
PRIVACY = ("PHI001", "PHI002", "PHI003")


def _refused(item) -> list:
    return [hit for code in PRIVACY for hit in hits(code, item)]


@pytest.mark.parametrize(
    "text",
    [
        "Lamentamos leer esto. Por ley no podemos confirmar si alguien es paciente nuestro; llámenos al +1 555 0100.",
        "Gracias por escribir. Por privacidad no podemos decir si una persona es o no es paciente; estamos al +1 555 0100.",
        "We're sorry to read this. We can't say whether anyone is a patient here, but please call +1 555 0100.",
        "Thank you! Reviews like yours make our receptionists smile all week. Call +1 555 0100 anytime.",
        "¡Gracias! Nuestras enfermeras guardan mensajes como el suyo en la pared del café.",
    ],
)
def test_a_notice_or_a_likened_review_passes(text):
    assert _refused(response(text)) == []


def test_a_club_named_for_families_passes():
    assert hits("PHI003", post("Free blood pressure checks Saturday at the Riverton Family YMCA, 9 to noon!")) == []


@pytest.mark.parametrize(
    "text",
    [
        "We can't say whether you're a patient, but we're so glad your knee surgery went well.",
        "No podemos confirmar si es paciente, pero su cita del martes ya quedó reprogramada.",
        "Reviews like yours make our day, and it was great seeing you Tuesday!",
    ],
)
def test_the_readers_care_or_visit_still_refuses(text):
    assert _refused(response(text))


def test_a_family_with_its_care_still_refuses():
    assert hits("PHI003", post("The Riverton family came in for their flu shots this morning!"))


@FUZZ
@given(
    st.sampled_from(["no podemos confirmar", "no podemos decir", "we can't confirm", "we cannot say"]),
    st.sampled_from(["si alguien es paciente", "si una persona es o no es paciente", "whether anyone is a patient", "whether a person is or isn't a patient"]),
)
def test_a_grid_of_notices_is_read(can_not, whether):
    text = fold(f"Por ley {can_not} {whether}.").text
    assert list(stance.NOTICE.finditer(text))


def test_the_notice_reading_stays_linear():
    unit = "no podemos confirmar ni negar ni decir si alguien es o no es paciente nuestro; "
    small = steps(stance, lambda: stance.read_marks(unit * 20), package=False)
    large = steps(stance, lambda: stance.read_marks(unit * 40), package=False)
    assert large < 2.3 * small
