"""Round 101: what sets of New England, Maryland, Delaware and New Jersey posts and replies showed.

- A care word just before a comma and a courtesy title ("... revisarle la presión, Sr. <Surname>") hid the name: a
  role word read as the start of any word ("rev" in "revisar") made the name a reverend's.
- A neighbour who sells from her porch, placed by her house number and a street with no street type ("vive en el
  <number> de Broadway").
- Someone who limps or walks into our office with a condition: a visit, as "came in" is (and what they brought
  with them is not).
- A member's number after a state programme's own name ("su número de <Programme> (<digits>)").
- A member's job in brackets after her name in a team photo ("<Name> (asistente médico)") read as someone else shown.
- A street in a neighbours' association's name, and a state greeted in passing ("hi, <State>"), read as a home and
  a person.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, photo, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "El mes que viene volvemos a revisarle el azúcar, Sr. Belmonte.",
        "Ya quedó lista la próxima cita para revisarle los puntos, Sra. Quiroga.",
    ],
)
def test_a_name_after_a_care_verb_and_a_comma_is_still_a_name(text):
    assert errors("PHI003", post(text))


def test_a_role_before_a_name_still_excuses_it():
    assert not hits("PHI003", post("Gracias a la Rev. Ocampo, de la parroquia, por prestarnos el salón para la feria."))


@pytest.mark.parametrize(
    "text",
    [
        "Her jam sells out every fall; she lives at 88 Kingsway, two doors from the library.",
        "Si quieren de sus conservas, la señora vive en el 310 de Broadway y vende en la entrada.",
    ],
)
def test_a_house_number_and_a_street_without_its_type_after_lives_at_is_an_address(text):
    assert errors("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "She has lived in 29 Palms since the nineties and still hikes every weekend.",
        "La feria es en el 5 de Mayo, el salón de la colonia, a las diez.",
    ],
)
def test_a_town_with_a_number_or_a_date_is_no_house_number(text):
    assert not hits("PHI009", post(text))


def test_limping_into_our_office_with_a_condition_is_a_visit():
    text = "The deckhand of the Marla Jean out of Pier 4 hobbled into our clinic with a swollen ankle on Monday. Wear real boots on deck, folks!"
    assert errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Odile Varga walked into our office with a pie for the front desk. Best neighbor ever.",
        "Doña Remedios llegó al consultorio con tamales para todo el equipo.",
    ],
)
def test_walking_in_with_a_gift_is_no_visit(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hola Sr. Ibarra, confirmamos que su número de SoonerCare (7781 2290 45) está activo. Llámenos y lo vemos.",
        "We looked it up: your MassHealth 300 418 772 shows as active on our end.",
    ],
)
def test_a_number_after_a_state_programmes_name_is_a_members_number(text):
    assert errors("PHI007", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Aceptamos SoonerCare, Medicare y Medicaid: 555-0100.",
        "We take MassHealth and Tufts (555-0100 for questions about coverage).",
    ],
)
def test_a_payers_list_then_a_line_is_no_members_number(text):
    assert not hits("PHI007", post(text))


def test_a_street_in_a_neighbours_associations_name_is_no_home():
    assert not hits("PHI009", post("El Comité de Vecinos de la avenida Morelos pintó el mural de la clínica este sábado."))


def test_neighbours_placed_on_a_street_are_still_a_home():
    assert errors("PHI009", post("Sus vecinos de la calle Encino la trajeron cuando se cayó."))


def test_a_state_greeted_in_passing_is_the_state():
    text = "Winter blues hit harder the farther north you live (hello, Nebraska 👋). Light therapy helps; ask your doctor."
    assert not hits("PHI003", post(text))


def test_a_state_that_is_a_given_name_greeted_with_care_is_someone():
    assert errors("PHI003", post("Hi, Georgia! Your stitches look great and the swelling is down."))


def test_a_members_job_in_brackets_after_her_name_is_hers():
    alt = "Holiday photo by the front door: Dra. Ines Varela, Tobias Renn (asistente médico) and Kayla at the desk, all in reindeer ears."
    assert not hits("PHI012", photo(alt), plans=with_staff("Dra. Ines Varela", "Tobias Renn", "Kayla"))


def test_a_patient_in_brackets_beside_the_team_still_needs_leave():
    alt = "Dra. Ines Varela and Tobias Renn with Rosa (paciente) by the front door."
    assert errors("PHI012", photo(alt), plans=with_staff("Dra. Ines Varela", "Tobias Renn"))
