"""Round 66: readings fresh writers' cases showed missing, each written for its kind of text.

- A reply telling the reader's liver or kidney tests came out better ("sus pruebas del hígado mejoraron") tells
  her care: the Spanish lexicon holds the tests of an organ.
- "A.M." after "de"/"of" and before a bracket is someone's initials, not the clock ("el pastel que mandó la familia de P.M. (vista el 2/11)").
- A top score said as "5 out of 5" or "10 de 10" conditions a review like five stars does (FTC004).
- A state delegate ("la delegada estatal <Name>") is a public role.
- Keeping on with one's own standing group ("sigue viniendo a tu clase de cada lunes") confirms the reader.
- Thanks for naming staff in a review ("gracias por acordarse de <Name>", "for mentioning Dr. <Name>") names whom the
  review praised, as "your kind words about" does.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué gusto, don Chuy! Esta vez sus pruebas del hígado mejoraron bastante, siga así.",
        "Gracias por escribir. Sus pruebas de función renal se ven muy bien este mes.",
    ],
)
def test_an_organs_tests_in_a_reply_refuse(text):
    assert hits("PHI002", response(text, scenario="positive-review"))


def test_clock_letters_after_of_before_a_bracket_are_initials():
    assert hits("PHI008", post("Gracias a la familia de P.M. (atendido el 14/2) por el pan dulce que nos trajeron."))


@pytest.mark.parametrize("text", ["Abrimos de 8 a.m. a 5 p.m., lunes 10/3.", "Open from 8 A.M. (Monday 3/10) to 5 P.M."])
def test_clock_letters_of_opening_hours_pass(text):
    assert not hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Was today a 5 out of 5 for you? Leave us a Google review! Less than that? Send it through our private comment form instead.",
        "¿Fue un 10 de 10? Déjenos su reseña en Google. ¿Algo menos? Escríbanos por WhatsApp mejor.",
    ],
)
def test_a_top_score_out_of_the_scale_conditions_a_review(text):
    assert hits("FTC004", post(text))


def test_a_scale_read_to_everyone_passes():
    assert not hits("FTC004", post("Rate your visit from 1 to 5. We read every answer, from 1 out of 5 to 5 out of 5."))


def test_a_state_delegate_is_a_public_role():
    text = "Gracias a la delegada estatal Norma Quiroga-Bell por acompañarnos en la plática de la biblioteca. ¡Llegaron más de 80 vecinos!"
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Mil gracias por acordarse de Yadira y de la Dra. Benavente! Se lo mostramos hoy mismo a las dos.",
        "Thank you for mentioning Dra. Benavente! We'll read your note at Monday's huddle.",
    ],
)
def test_thanks_for_naming_staff_names_whom_the_review_praised(text):
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Yadira", "Dra. Benavente"))


def test_naming_the_clinician_who_treated_the_reader_still_refuses():
    text = "Thanks for mentioning Dra. Benavente, who did your C-section last spring!"
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dra. Benavente"))


@pytest.mark.parametrize("text", ["¡Ánimo! Siga viniendo a su grupo de los jueves.", "Sigue asistiendo a tu taller de los sábados, ¡vas muy bien!"])
def test_keeping_on_with_ones_own_standing_group_confirms_the_reader(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize("text", ["Keep coming back, we love seeing happy faces!", "Siga viniendo a vernos cuando quiera, aquí estamos."])
def test_an_invitation_to_come_back_passes(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))
