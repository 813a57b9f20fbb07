"""Round 64: readings fresh writers' cases showed missing, each written for its kind of text.

- A member number said with the feminine label ("su número de afiliada") is a member number, as "afiliado" was; and
  something of the reader's stored in the records ("ya quedó actualizado en el sistema") confirms her in a reply.
- A musician named by the instrument she plays ("el acordeonista ...", "fiddler ...") is a public figure on a stage.
- A team member's own children in a staff post, where her work is told as the place she works ("when he's not in the
  therapy gym"), are hers: the place's care word is her job.
- A program told on one line ("...: a talk on gout, Zumba with instructor <Name>, blood pressure checks"): the item
  after the instructor's comma is the event's, not hers.
- A desk's name holding "paciente" ("coordinadora de servicio al paciente, <Name>") names staff, not a patient.
- An address under a location pin or a "Where:" label in a post is the event's or the practice's.
- The idiom of effort with the heart put into everything ("Él le pone el alma a todo") speaks of her, not the reader.
- A care role held as a volunteer of another body named ("volunteer SHIP counselor <Name>") is no staff of ours.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias, doña Luz! Su número de afiliada de Molina (Q55102877) ya lo corregimos.",
        "Gracias por escribir. El número de afiliada M7781204 ya está en su expediente nuevo.",
    ],
)
def test_a_member_number_with_the_feminine_label_refuses(text):
    assert hits("PHI007", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias, su tarjeta nueva ya quedó actualizada en el sistema.",
        "Thanks so much! We updated your new address in the system this morning.",
        "¡Qué gusto! Su cambio de domicilio quedó registrado en el sistema.",
    ],
)
def test_something_stored_in_the_records_confirms_the_reader(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "So glad you like the new online booking system we set up!",
        "Las citas ya se pueden pedir en el sistema del portal, abierto para todos.",
    ],
)
def test_a_system_said_of_everyone_passes(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "El acordeonista norteño Beto Carrizales tocó en nuestra kermés para el fondo de becas. ¡Gracias, Beto!",
        "Fiddler Junie Pruett opened our hearing-health night and told the crowd she finally wears earplugs on stage.",
        "La violinista Maricruz Ledezma nos regaló tres piezas en la inauguración de la sala nueva.",
    ],
)
def test_a_player_of_an_instrument_on_a_stage_passes(text):
    assert not hits("PHI003", post(text))


def test_a_player_of_an_instrument_with_care_of_ours_refuses():
    assert hits("PHI003", post("El acordeonista Beto Carrizales vino el martes a su cita para los audífonos nuevos."))


STAFF_KIDS = [
    "Meet Wes, our physical therapist! When he isn't in the therapy gym, he hauls his twins Birdie and Jo to swim lessons.",
    "Conozcan a Wes, nuestro terapeuta. Cuando no está en el consultorio de terapia, anda con sus gemelas, Birdie y Jo.",
]


@pytest.mark.parametrize("text", STAFF_KIDS)
def test_a_members_children_after_the_place_she_works_pass(text):
    assert not hits("PHI003", post(text, author="staff-0"), plans=with_staff("Wes"))


def test_a_members_children_with_their_own_care_refuse():
    text = "Meet Wes, our physical therapist! When he isn't in the therapy gym, he hauls his twins Birdie and Jo, who had their tonsils out here."
    assert hits("PHI003", post(text), plans=with_staff("Wes"))


@pytest.mark.parametrize(
    "text",
    [
        "Sábado de 9 a 1: charla sobre la gota con la Dra. Ochoa, baile con la instructora Maricela, toma de presión y aguas frescas.",
        "Saturday 9-1: a talk on gout with Dr. Ochoa, line dancing with instructor Maricela, blood sugar checks and lemonade.",
    ],
)
def test_an_instructor_in_a_program_told_on_one_line_passes(text):
    assert not hits("PHI003", post(text), plans=with_staff("Dra. Ochoa", "Dr. Ochoa"))


@pytest.mark.parametrize(
    "text",
    [
        "Saturday: line dancing with instructor Maricela, who had her hip replaced with us last spring.",
        "Saturday: line dancing with instructor Maricela, hip replacement patient of Dr. Ochoa.",
    ],
)
def test_an_instructor_whose_own_care_follows_her_comma_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Ochoa"))


def test_a_desk_named_for_patients_names_staff():
    text = "Lamentamos lo ocurrido. Llame a nuestra coordinadora de servicio al paciente, Rocío Almanza, al 555-0134."
    assert not hits("PHI003", response(text), plans=with_staff("Rocío Almanza"))


def test_a_patient_named_after_a_comma_still_refuses():
    assert hits("PHI003", post("Gracias a nuestra paciente, Rocío Almanza, por contarnos su historia."))


@pytest.mark.parametrize(
    "text",
    [
        "Walk-in intake for recovery care starts in March.\n📍 2210 W Pinon St, Aztec",
        "Feria de vacunas el sábado. Dónde: 2210 W Pinon St",
        "Free sports physicals Friday! Where: 2210 W Pinon St",
    ],
)
def test_an_address_under_a_pin_or_a_where_label_passes(text):
    assert not hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We dropped off her oxygen 📍 2210 W Pinon St",
        "Mr. Tafoya lives here 📍 2210 W Pinon St",
    ],
)
def test_a_household_under_a_pin_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué lindo lo que escribió de Rosalba! Ella siempre le pone el alma a todo, y hoy se lo leemos en la junta.",
        "Él le pone todo el cariño a cada paciente, y hoy se lo vamos a leer en la junta.",
    ],
)
def test_the_heart_put_into_everything_is_the_staff_members(text):
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Rosalba"))


@pytest.mark.parametrize(
    "text",
    [
        "Usted le echa ganas a la terapia y hoy ya camina sin bastón.",
        "Gracias por venir hoy; le ponemos todo el cariño.",
    ],
)
def test_effort_said_to_the_reader_still_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "This month: Medicare basics with volunteer SHIP counselor Lyle Brandt. Coffee is on us!",
        "Next week: a talk on grief with volunteer Hospice Alliance counselor Dale Ostrow at the library.",
    ],
)
def test_a_care_role_held_as_a_volunteer_elsewhere_passes(text):
    assert not hits("PHI003", post(text))


def test_a_volunteer_with_care_of_ours_refuses():
    assert hits("PHI003", post("Our volunteer nurse Lyle Brandt had his knee replaced here in May."))
