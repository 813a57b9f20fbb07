"""Round 25, people who are no patients (PHI001, PHI003): a clinician named as the route to talk in a reply
(contact_route.py), a family word that is everyone or an adjective in an organisation's name (family_words.py), and
a Spanish official titled before a comma and a name. What passes, what stays an error, and that each reading stays
linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("So sorry. Dr. Oriana Felt would love to chat with you; you can text her at our main number.", False),
        ("Lamentamos esto. Llame a nuestro director médico, el Dr. Baltasar Quirós, al número de la clínica.", False),
        ("Dr. Oriana Felt remembers you and wants to talk with you; you can text her at our main number.", True),
        ("Dr. Oriana Felt saw you in March and wants to talk with you; you can text her at our main number.", True),
        ("La Dra. Oriana Felt recuerda su caso y quiere hablar con usted; comuníquese con ella al consultorio.", True),
        ("Dr. Oriana Felt is so glad to hear it!", True),
    ],
)
def test_clinician_as_the_route(text, flagged):
    assert bool(hits("PHI001", response(text))) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Toda familia merece un lugar tranquilo para despedirse.", False),
        ("Nos acompañan la Casa de la Familia Hondureña y la biblioteca del barrio.", False),
        ("La Familia Ybarrondo nos trajo pan dulce después de su última cita.", True),
        ("Agradecemos al comisionado del condado, Isauro Menchaca, por la visita.", False),
        ("La jueza Olimpia Barraza cortó el listón de la clínica nueva.", False),
        ("Le deseamos pronta recuperación a la jueza Olimpia Barraza tras su cirugía con nuestro equipo.", True),
    ],
)
def test_family_words_and_officials(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


@FUZZ
@given(
    st.sampled_from(
        [
            "Gracias a la regidora de la ciudad, {n}, por acompañarnos en la feria.",
            "Thanks to the commissioner for the county, {n}, for the kind words at the ribbon cutting.",
            "Caminamos con la Red Familia Unida y con la alcaldesa del pueblo, {n}.",
        ]
    ),
    st.sampled_from(["Idalia Brenner", "Cosme Valdivia", "Perpetua Lund", "Anacleto Ruiz"]),
)
def test_officials_and_groups_pass(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Pronta recuperación al concejal del distrito, {n}, tras su operación de rodilla con nosotros.",
            "La familia {s} vino completa a sus vacunas hoy.",
        ]
    ),
    st.sampled_from([("Idalia Brenner", "Brenner"), ("Cosme Valdivia", "Valdivia"), ("Anacleto Ruiz", "Ruiz")]),
)
def test_care_stays_an_error(frame, name):
    assert hits("PHI003", frame.format(n=name[0], s=name[1]))


def test_family_words_linear():
    assert_linear("PHI003", "La Casa de la Familia Dominicana y cada familia del barrio. Familia Unida, familia Rosa. ")


def test_officials_linear():
    assert_linear("PHI003", "Gracias al comisionado del condado, Rubio Tel, y a la jueza de la corte, por venir. ")


def test_contact_route_linear():
    from playbook.rules.privacy import names as names_module

    unit = "Dr. Ana Vell would like to speak with you; reach her at our line. Nuestra directora médica, la Dra. Sol, llame. "
    small = steps(names_module, lambda: hits("PHI001", response(unit * 15)))
    large = steps(names_module, lambda: hits("PHI001", response(unit * 30)))
    assert 0 < small and large < 2.3 * small
