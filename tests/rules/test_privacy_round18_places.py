"""Round 18, things named like people (PHI003, named_places.py): a pet called by name, a river floated, a store's
doors, an old town, a county's possessive, a town of two words after "de"/"from" or a park, a stand named for its
owner; a priest who lent his hall (public_acts.py); the medical director named as the contact route in a reply
(PHI001, contact_route.py); a walk-in service's address (PHI009). What passes, what stays an error, and that each
reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.contact_route import contact_named
from playbook.rules.privacy.named_places import named_thing

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Ada has a terrier named Biscuit.", "Biscuit", True),
        ("Tiene un gatito llamado Romeo.", "Romeo", True),
        ("They spent July paddling the Brazos.", "Brazos", True),
        ("Meet us by the Kohl's parking lot.", "Kohl", True),
        ("Feria en el Viejo Mesquite.", "Mesquite", True),
        ("Pupusas de Doña Nena's!", "Nena", True),
        ("Doña Nena's hip is better.", "Nena", False),
        ("A man named Biscuit came in.", "Biscuit", False),
        ("We met Macy's mother today.", "Macy", False),
    ],
)
def test_named_thing_reads_the_frame(text, word, named):
    start = text.index(word)
    assert named_thing(text, start) is named


@FUZZ
@given(
    st.sampled_from(["a beagle named {n}", "her heeler named {n}", "una perrita llamada {n}", "un caballo llamado {n}", "floating the {n}", "kayaking the {n}"]),
    st.sampled_from(["Rosie", "Duke", "Lola", "Guadalupe", "Canela", "Tex"]),
    st.sampled_from(["Dr. Okafor", "Sam Patel", "Jordan Lee"]),
)
def test_pets_and_rivers_pass_in_a_staff_post(frame, name, member):
    assert hits("PHI003", f"{member} spends weekends with " + frame.format(n=name) + ".") == []


@FUZZ
@given(st.sampled_from(["Rosie Vance", "Lupe Marín", "Duke Harlan"]), st.sampled_from(["had her hip replaced", "broke a wrist", "ya salió de su cirugía"]))
def test_a_patient_beside_a_pet_stays_named(name, care):
    assert hits("PHI003", f"Our patient {name} {care}; her dog named Scout waited outside.")


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We can't speak to anyone's care here. Dr. Ada Okafor, our medical director, answers every note and would be glad to talk.", False),
        ("La Dra. Elena Ruiz, nuestra directora médica, responde todos los mensajes al {{ contact.phone }}.", False),
        ("Dr. Ada Okafor, our medical director, saw you that morning and would welcome a call.", True),
        ("Dr. Ada Okafor, our medical director, would like to hear about your visit.", True),
        # a habit over every message, in a reply that says nothing else of its reader (round 51, named_clinicians.py)
        ("Dr. Ada Okafor reads every message.", False),
        ("Dr. Ada Okafor reads every message, including yours about the wait.", True),
    ],
)
def test_the_director_as_contact_route(text, flagged):
    assert bool(hits("PHI001", response(text))) is flagged


def test_contact_named_needs_a_role():
    text = "Dr. Ito, our medical director, answers every note."
    assert contact_named(text, 0, len("Dr. Ito"))
    assert not contact_named("Dr. Ito answers every note.", 0, len("Dr. Ito"))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gracias al Padre Ignacio Robles de la parroquia San Judas por prestarnos el salón para las vacunas y felicidades a la cantante Rocío Ibarra por sus 15 años de carrera.", False),
        ("Thanks to Father Luis Ocampo for lending us the parish hall for flu shots.", False),
        ("Gracias al Padre Ignacio Robles por prestarnos el salón para las vacunas; ya se recupera de su cirugía.", True),
    ],
)
def test_a_hall_lent_is_a_public_act(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Vacunas sin cita de lunes a jueves en Buckeye (3100 S Miller Rd).", False),
        ("Walk-in flu shots this week at 21 Hollow Creek Rd.", False),
        ("Walk-in shots are done; she lives at 21 Hollow Creek Rd.", True),
    ],
)
def test_walk_in_service_address(text, flagged):
    assert bool(hits("PHI009", text)) is flagged


def test_named_places_reading_is_linear():
    """Each look is a bounded window before or after one word: doubling a text of near-misses at most doubles the work."""
    unit = "a dog named Rex. tubing the Frio. the Macy's doors. in Old Mesa. Prince George's County. de Casa Grande. de Doña Lu's! "
    assert_linear("PHI003", unit)


def test_contact_route_reading_is_linear():
    unit = "Dr. Ito, our medical director, reads every note. Dra. Ruiz, nuestra gerente, con gusto le llama. "
    small, large = _steps("PHI001", response(unit * 15)), _steps("PHI001", response(unit * 30))
    assert large < 2.3 * small
