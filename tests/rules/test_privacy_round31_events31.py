"""Round 31, part C: false alarms on events. Care counted for a crowd ("we measured 57 cholesterol levels and gave
away 90 fans") is no one's reading (done_to); a neighbour named after her role's comma with an article ("el
bibliotecario del barrio, el Sr. <Name>"), or with a first word the name reader left out ("Illustrator Ka <Name>"),
a guest by the body she came from ("<Name>, visiting from the <Org>"), one with the group she came with
("<Name> and the <School> volunteers"), and a school counsellor, an author or an illustrator, are named with a community role (community_roles); a food said
by what it lacks ("sin azucar") is a recipe, no care. What passes, what stays an error, and that each reading stays
linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.done_to import done_to

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)

# The general shapes, in sentences that share no content words with the cases that showed them.
CLEAN = [
    "Sunday at the Elm Street laundromat we measured 57 cholesterol levels and gave away 90 fans. Thanks to volunteer drivers Tobias Wren and Marisol Quint for the rides!",
    "Tomamos 75 medidas de azucar y regalamos 40 canastas en el mercado. Gracias a los voluntarios Eulalio Prado y Fermina Ochoa por cargar las cajas.",
    "Lectura en voz alta en la biblioteca del barrio junto con el bibliotecario del barrio, el Sr. Anselmo Quiroga.",
    "Illustrator Ka Yer Moua signed copies of her comic for every third grader at the book swap.",
    "Dra. Marisela Quant, de visita desde la Asociacion Medica Hmong, ayudo con la traduccion en la carpa.",
    "Shout out to Ms. Birdie Lamont and the Pine Ridge Scout Troop volunteers for stacking every chair.",
    "El taller de galletas lo dio la panadera voluntaria Nidia Saucedo: avena, canela y nada de azucar, todo sin azucar.",
]
# The same shapes with a person's own care: they stay errors.
LEAKS = [
    "Thanks to volunteer driver Tobias Wren, who had his knee replaced here last month, for the rides!",
    "Gracias al bibliotecario del barrio, el Sr. Anselmo Quiroga, que ya se recupera de su cirugia con nosotros.",
    "Dra. Marisela Quant, de visita desde la Asociacion Medica Hmong, vino a su cita de control por su diabetes con nosotros.",
    "Ms. Birdie Lamont and the Pine Ridge Scout Troop volunteers came by; she had her cataract surgery with us last week.",
    "Illustrator Ka Yer Moua, our patient since her stroke, signed copies at the book swap.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_event_shapes_pass(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("text", LEAKS)
def test_own_care_stays_an_error(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("We checked 80 glucose levels and handed out 120 water bottles.", False),
        ("Hicimos 60 pruebas de colesterol y repartimos 200 folletos.", False),
        ("His sugar is down to 118 this week.", True),
        ("Ya tiene la presion en 124/80.", True),
        ("His sugar and bp 150/95 worry us.", True),
    ],
)
def test_a_count_joined_by_and_is_no_reading(text, told):
    assert done_to(text, 0, len(text)) is told


@FUZZ
@given(
    st.sampled_from(
        [
            "la consejera escolar, la Sra. {n}",
            "el bibliotecario del barrio, el Sr. {n}",
            "school counselor {n}",
            "Author {n}",
            "la autora {n}",
            "volunteer drivers {n} and Lupe Arce",
        ]
    ),
    st.sampled_from(["Odalys Benavente", "Corwin Pike", "Xochitl Ambriz", "Teodoro Vela"]),
    st.sampled_from(["We tested 44 cholesterol levels and gave out 60 fans.", "Tomamos 90 medidas de azucar y regalamos 30 gorras.", "Free bingo at noon."]),
)
def test_a_neighbour_by_role_at_a_counted_event_passes(frame, name, counted):
    assert hits("PHI003", post(f"{counted} Thanks to {frame.format(n=name)} for the help!")) == []


@FUZZ
@given(
    st.sampled_from(["la consejera escolar, la Sra. {n}", "Author {n}", "volunteer drivers {n} and Lupe Arce"]),
    st.sampled_from(["Odalys Benavente", "Corwin Pike", "Teodoro Vela"]),
    st.sampled_from(["had a hip replacement with us in May", "ya salio de su cirugia de rodilla con nosotros"]),
)
def test_a_neighbour_with_own_care_stays_named(frame, name, care):
    assert hits("PHI003", post(f"Thanks to {frame.format(n=name)}, who {care}."))


def test_counted_readings_are_linear():
    """Each reading is a bounded window after a lab word: doubling a text of counts at most doubles the work."""
    assert_linear("PHI003", "We measured 57 cholesterol levels and gave away 90 fans. el bibliotecario del barrio, el Sr. Anselmo Quiroga. ")


def test_role_before_with_article_is_linear():
    assert_linear("PHI011", "la consejera escolar, la Sra. Rita Olmos y Author Ka Yer Moua. sugar and 140 glucose and 12. ")
