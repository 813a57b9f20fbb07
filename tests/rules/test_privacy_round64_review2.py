"""Round 64's second review: what a second reviewing helper found in the first review's mends, a row each.

- A pinned address: an offer after the pin (a footer, "We accept Medicaid") makes no place of it when the lines before
  tell of one person; only the pin's sentence and the two before are read (it read the whole post once per address).
- An instructor's apposition is read to the next comma, not to "and"; "free of" is no offer, and one had "here" is hers;
  a program's items (a van, bingo, a Q&A, recipes) are offers, and a state word naming a thing ("diabetic recipes") none.
- A "when ... not" clause set off after a relative's name ("His daughter <Name>, when she's not ...") or said of "they" is
  theirs, not the member's work.
- One described before "who": care of their own anywhere in the clause (stitches, limping, "has fully recovered"), never
  an event's or ours ("for the flu shot clinic", "with the flu vaccines for our staff"); many ("the nursing students",
  "the crew") are no one.
- Stored in the records: a verb then the reader's thing ("ya actualizamos su dirección en el sistema") confirms her; a
  pronoun after feedback ("la anotamos en el sistema") and a suggestion with an adjective ("su amable sugerencia") do not.
- The effort idiom "a todos sus pacientes" is the staff member's; a student or "Little Rock" is no child.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "She's walking again three weeks after her surgery! 💪\n📍 19 Aspen Ct\nWe accept Medicaid.",
        "Visited our newest mom and baby this morning 👶\n📍 19 Aspen Ct\nWe accept Medicaid.",
        "Él ya camina solito después de la operación 💪\n📍 Calle Morelos 88\nAceptamos todos los seguros.",
        "She's walking again after surgery! Free parking.\n📍 19 Aspen Ct",
    ],
)
def test_a_pin_after_one_persons_lines_refuses_whatever_the_footer(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Free home safety checks for seniors this Saturday!\n📍 455 Larch Ave",
        "Free hospice information night, everyone welcome.\nWhere: 455 Larch Ave",
        "Join our nurses and their families for a free back-to-school bash!\n📍 455 Larch Ave",
    ],
)
def test_a_pin_after_an_offer_passes(text):
    assert not hits("PHI009", post(text))


def test_many_pinned_addresses_are_read_in_bounded_windows():
    body = "📍 77 Birch Ln\n" * 3000
    assert len(hits("PHI009", post(body))) > 100


@pytest.mark.parametrize(
    "text",
    [
        "Saturday: a walk, Zumba with instructor Dana Pruitt, mom of 3 and a stroke survivor, and free BP checks.",
        "Sábado: caminata, baile con la instructora Maricela, mamá de gemelos y embarazada otra vez, y toma de presión.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, free of cancer since 2019, and lemonade.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, alive thanks to a free mammogram here, and lemonade.",
    ],
)
def test_her_state_or_care_to_the_next_comma_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Saturday: a walk, Zumba with instructor Dana Pruitt, diabetes bingo and lemonade.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, mammogram van and lemonade.",
        "Sábado: caminata, baile con la instructora Maricela, vacunación contra la influenza y aguas frescas.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, Expecting Moms Q&A, and lemonade.",
        "Saturday: a walk, Zumba with instructor Dana Pruitt, diabetic recipes and lemonade.",
    ],
)
def test_a_programs_next_item_after_the_instructor_passes(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Wes, our physical therapist! His daughter Birdie, when she's not in the PT gym, is a champion speller.",
        "Meet Wes, our physical therapist! His son Jo, when he isn't at the rehab gym, plays travel soccer.",
        "Meet Wes, our physical therapist! When they're not in the therapy gym, his twins Birdie and Jo love swim lessons.",
        "Conozcan a Wes, nuestro terapeuta. Su hija Birdie, cuando no está en el gimnasio de terapia, nada en la alberca.",
    ],
)
def test_a_when_clause_of_the_relative_leaves_their_care_read(text):
    assert hits("PHI003", post(text), plans=with_staff("Wes"))


@pytest.mark.parametrize(
    "text",
    [
        "The landscaper who came in Friday, May 9 has fully recovered, so glad!",
        "The hiker who came in Friday, May 9 covered in stings is feeling better.",
        "The runner who came in Friday, May 9 limping is walking fine again.",
        "The tattoo artist who came in Thursday, April 10 and got 6 stitches is fine.",
        "That marathoner who came in Friday, May 9 had the worst blisters we've seen.",
    ],
)
def test_a_described_visitors_own_care_anywhere_in_the_clause_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to the nursing students who came in Saturday, May 3 for the flu shot clinic!",
        "The speaker who came in Thursday, May 8 for our diabetes talk was fantastic.",
        "Thank you to the pharmacist who stopped by on Monday, June 2 with the flu vaccines for our staff.",
        "The volunteer who came in Friday, May 9 with the therapy dog made everyone smile.",
        "The locum who came in Monday, June 2 for the urgent care shifts was a lifesaver.",
        "The crew who came in Saturday, May 3 for the flu shot clinic setup rocks.",
    ],
)
def test_care_of_an_event_or_of_ours_with_a_described_visitor_passes(text):
    assert not hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! Ya actualizamos su dirección en el sistema.",
        "¡Gracias! Ya quedó actualizada su tarjeta en el sistema.",
        "Thanks, we logged your new pharmacy in the system.",
    ],
)
def test_a_verb_then_the_readers_thing_stored_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por la idea del estacionamiento, la anotamos en el sistema y la gerente ya la revisa.",
        "Gracias por avisarnos del error en nuestro horario, ya lo corregimos y lo actualizamos en el sistema.",
        "Gracias! Su amable sugerencia ya quedó registrada en el sistema.",
        "Thanks for the tip about our Saturday hours, we updated that in the system today.",
    ],
)
def test_feedback_or_hours_stored_pass(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


def test_effort_toward_all_her_patients_is_the_staff_members():
    text = "Gracias por mencionar a Rosalba; ella le echa ganas a todos sus pacientes."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Rosalba"))


@pytest.mark.parametrize(
    "text",
    [
        "Berklee student and jazz pianist Maya Torres played at our open house Saturday!",
        "Little Rock Symphony violinist Ana Gómez played at our open house Saturday!",
    ],
)
def test_a_student_or_a_capitalised_little_is_no_child(text):
    assert not hits("PHI003", post(text))
