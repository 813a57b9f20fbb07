"""Round 64's review: ways through and false alarms a reviewing helper found in the round's readings, a row each.

- An address under a pin is a place only in a post that offers something to everyone, and only when the sentence
  before tells of no one: a home visit, a delivery, a person, "his" care.
- In a program told on one line, the words after an instructor's comma are hers when they tell a state or care of hers
  ("breast cancer survivor", "embarazada de 7 meses"); the program's next item is one with no care word or one offered to
  everyone.
- Her place of work in a "when she's not ..." clause is a gym, an office, a clinic or a lab, never a room, a chair or a
  ward where care is had ("the chemo room", "the dialysis chair").
- A desk for patients names its holder only as a job noun and a comma ("coordinadora de servicio al paciente, <Name>").
- A care role held as a volunteer needs the other body named, and no care of ours told anywhere in the text.
- "que" after knowing or seeing ("sabemos que le echa ganas") is no relative clause, and "a cada sesión de terapia" is
  the reader's care, not the idiom's "a todo".
- A child (an age at the name, "8-year-old", "la pequeña", "little") is no public figure, whatever instrument she plays.
- Something stored in the records confirms the reader only when it is hers ("su tarjeta", "lo registramos"), never hours,
  forms or feedback.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Visita a domicilio esta mañana para curar la úlcera.\n📍 Calle Hidalgo 415",
        "Entregamos la silla de ruedas hoy temprano.\n📍 Calle Hidalgo 415",
        "Home hospice visit this afternoon. 📍 77 Birch Ln",
        "Post-op check at the house today.\nWhere: 77 Birch Ln",
        "Our nurse checked on a sweet gentleman this morning 💕\n📍 77 Birch Ln",
        "Recovering so well after his hip replacement 💪\n📍 77 Birch Ln",
    ],
)
def test_a_pin_after_one_persons_care_still_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sábado: baile con la instructora Maricela, sobreviviente de cáncer de ovario, y toma de presión.",
        "Sábado: baile con la instructora Maricela, operada de la rodilla aquí, y aguas frescas.",
        "Agenda: Zumba con la instructora Dana Pruitt, embarazada de 6 meses, y toma de glucosa.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, two-time lymphoma survivor, and free flu shots.",
        "Saturday: a walk, Zumba with instructor Maricela, new knee courtesy of Dr. Ochoa, and lemonade.",
    ],
)
def test_her_own_state_after_the_instructors_comma_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Ochoa"))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Wes, our physical therapist! When they're not in the oncology ward, his twins Birdie and Jo love swim lessons.",
        "Meet Wes, our physical therapist! When he isn't in the infusion room with his daughter Birdie, he's fishing.",
        "Meet Wes, our physical therapist! His daughter Birdie, when she's not in the dialysis chair, is a champion speller.",
        "Conozcan a Wes. Cuando no está en la sala de quimioterapia con su hija Birdie, anda en la alberca.",
    ],
)
def test_a_room_of_care_in_the_when_clause_leaves_the_relatives_care_read(text):
    assert hits("PHI003", post(text), plans=with_staff("Wes"))


@pytest.mark.parametrize(
    "text",
    [
        "Apoyo a la paciente: Rocío Almanza cumple hoy un año sin cáncer.",
        "Hoy compartimos la experiencia del paciente Julián Terrazas en nuestra clínica.",
        "El representante del paciente Julián Terrazas nos pidió compartir esta foto.",
    ],
)
def test_a_patient_after_a_desk_word_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Rocío Almanza", "Julián Terrazas"))


@pytest.mark.parametrize(
    "text",
    [
        "Guest nurse Rosa Medina joined us, the same Rosa we delivered twins for last spring!",
        "Volunteer counselor Rosa Medina ran our table. Rosa, see you at your follow-up Tuesday!",
        "Volunteer SHIP counselor Rosa Medina ran our table. Rosa, see you at your follow-up Tuesday!",
    ],
)
def test_a_volunteer_with_care_of_ours_or_no_body_named_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sabemos que le echa ganas a cada sesión de terapia y ya se nota.",
        "Se nota que le pone el corazón a cada ejercicio de la terapia.",
    ],
)
def test_effort_after_knowing_that_speaks_to_the_reader(text):
    assert hits("PHI001", response(text, scenario="positive-review")) or hits("PHI002", response(text, scenario="positive-review"))


def test_effort_said_of_a_staff_member_to_each_patient_passes():
    text = "Gracias por sus palabras sobre Rosalba, que siempre le echa muchas ganas a cada paciente; hoy se lo contamos."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Rosalba"))


@pytest.mark.parametrize(
    "text",
    [
        "La pianista Sofía Reyes, de 8 años, nos tocó una pieza mientras esperaba su vacuna.",
        "Our 8-year-old drummer Kai Pena kept the beat at our 5K and got his flu shot after!",
    ],
)
def test_a_child_player_is_no_public_figure(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Saturday hours are now added on the schedule, so more families can come in.",
        "Thanks for the kind words! The new intake forms are updated in the portal for everyone.",
        "¡Gracias! Los nuevos horarios ya están cargados en el sistema de citas en línea.",
        "Your suggestion was logged in the system so our manager sees it.",
        "Ya quedó anotada en el sistema de quejas y sugerencias.",
    ],
)
def test_hours_forms_and_feedback_stored_pass(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


def test_the_readers_own_thing_stored_refuses():
    assert hits("PHI001", response("Gracias, ya registramos su nuevo seguro en el expediente esta misma tarde.", scenario="positive-review"))
