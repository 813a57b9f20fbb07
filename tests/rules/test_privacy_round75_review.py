"""Round 75's review: a helper read the round's new readings and found ways through and false alarms; each has a row.

- A member's job opening the next sentence hid care before the job's word ("Our kidney transplant recipient, his
  brother ..."): a job now has no clinical word before its word, and "recipient", "user", "resident" are no jobs.
- A clinician's joy "today" took a whole sentence of dealings with it: only a short mood with nothing about anyone,
  closed by "today", passes; "loved meeting the family" refuses, "meeting the needs of every family" does not.
- A member welcomed into a family whose word is a surname ("joined the Vega family for ...") names that family.
- "le ... con gusto" is an offer only with an offer's verb, never what was done ("le vacunó con gusto").
- A capitalised term after a possessive or an article ("after his Septoplasty") is still a term.
- The reader's next visit made free with no "your" ("Next cleaning's on us", "La próxima limpieza va por cuenta de la
  casa"); "your next marathon" beside a free class is no reward.
- Initials and a date at the far end of a long Spanish clause; a school physical and a post-op day filed surname first.
- Organising "con nosotros" with the verb a few words back; "Con cariño, Equipo <Name>" and "Todo el equipo de <Name>".

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday, Dr. Okafor! Our liver transplant recipient, his uncle Chidi, turns 60 next week too.",
        "Happy birthday, Dr. Okafor! Our CPAP user, his daughter Amara, turns 12 the same day.",
    ],
)
def test_care_before_a_job_word_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much! Dr. Okafor is still giggling about the twins' drawings today.",
        "¡Gracias! La Dra. Okafor sigue platicando hoy de los niños.",
        "Thank you so much! Dr. Okafor loved meeting the twins.",
    ],
)
def test_dealings_said_with_today_still_refuse(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Such kind words, thank you! Dr. Okafor cares a lot about meeting the needs of every family here.",
        "Thank you! Dr. Okafor loves meeting kids at our school health fairs.",
    ],
)
def test_meeting_everyones_needs_is_no_dealing(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Okafor joined the Whitaker family for their son's C-section this morning.",
        "Welcome Dr. Okafor to the Vega family's care team, caring for their twins.",
    ],
)
def test_a_member_who_joins_a_patients_family_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


def test_care_done_gladly_to_the_reader_still_refuses():
    assert hits("PHI001", response("Sentimos lo ocurrido. La enfermera le puso la vacuna con gusto y lamentamos que le doliera."))


@pytest.mark.parametrize("text", ["Felicidades a Jo Park, que ya nada otra vez tras su Septoplastia.", "Congrats to Jo Park, back in the pool after his Septoplasty!"])
def test_a_capitalised_term_after_a_possessive_is_care(text):
    assert hits("PHI003", post(text)) + hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the review! Next cleaning's on us.",
        "Gracias por las cinco estrellas. El siguiente blanqueamiento corre por cuenta de la casa.",
    ],
)
def test_the_next_visit_free_without_your_refuses(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the five stars! Good luck at your next race, and our free stretching class is on Saturdays!",
        "¡Gracias por la reseña! Suerte en su próximo viaje; el agua en la recepción es gratis.",
    ],
)
def test_a_free_thing_beside_your_next_trip_is_no_reward(text):
    assert not hits("FTC004", response(text, scenario="positive-review"))


def test_initials_and_a_date_at_the_end_of_a_long_spanish_clause_refuse():
    text = "Un abrazo para R.V.C., que nos compartió, con mucha valentía y entre risas y lágrimas, cómo ha vivido su proceso en el grupo de apoyo de diálisis del martes 14 de octubre."
    assert hits("PHI008", post(text))


@pytest.mark.parametrize("file", ["images/Whitaker_Lorena_school_physical.pdf", "images/Pacheco_Ignacio_post_op_day_3.jpg"])
def test_a_school_physical_or_a_post_op_day_filed_surname_first_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize(
    "text",
    [
        "Vacunas gratis el sábado. Gracias a la maestra Nidia Cárdenas por organizar el evento del sábado con nosotros.",
        "Vacunas gratis el sábado. Gracias a la maestra Nidia Cárdenas, quien preparó la feria con nosotros.",
    ],
)
def test_organising_with_us_a_few_words_back_is_no_care(text):
    assert not hits("PHI003", post(text))


def test_therapy_with_us_after_an_outing_verb_still_refuses():
    assert hits("PHI003", post("Doña Amparo Leyva vino a caminar y siguió su terapia con nosotros."))


@pytest.mark.parametrize("closing", ["Con cariño, Equipo Pequeños Robles", "— Todo el equipo de Pequeños Robles"])
def test_spanish_team_sign_offs_with_a_closing_are_the_practice(closing):
    assert not hits("PHI003", response(f"Lamentamos su experiencia. Por favor llame a la oficina.\n{closing}"))
