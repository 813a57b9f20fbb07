"""Round 26, part U: neighbours and officials taken for patients (PHI003). Volunteers thanked as a list after their
plural role in an event that names topics of care ("yoga para el dolor de espalda": the article "el", no "él"), or
that serves a group ("for families in our prenatal program"); an official's honorific of office after the office
("el cónsul de <País> en <Ciudad>, licenciado <Name>"). What passes, what stays an error, and that each reading
stays linear. Every name here is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.community_roles import _he_in, _served

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=30, deadline=None)


def test_the_article_after_a_preposition_is_no_pronoun():
    for text in ("clase de baile para el dolor de rodilla", "consejos en el embarazo", "charla sobre el asma"):
        assert not _he_in(text, 0, len(text))
    for text in ("el tuvo una cirugia", "Y él ya salio", "she had a stroke"):
        assert _he_in(text, 0, len(text))


def test_a_group_served_is_blanked_with_its_length():
    text = "We packed bags for families in our newborn program and for kids of our asthma club."
    served = _served(text)
    assert len(served) == len(text)
    assert "newborn" not in served and "asthma" not in served and served.startswith("We packed bags ")


@FUZZ
@given(
    st.sampled_from(
        [
            "Gracias a los voluntarios de la capilla Santa Ana, {a}, {b} y {c}, por montar las mesas. Habrá pláticas sobre el colesterol alto.",
            "Volunteers {a}, {b} and {c} sorted winter coats for families in our newborn program.",
            "Gracias a las promotoras voluntarias {a} y {b} por interpretar en la charla sobre el embarazo.",
        ]
    ),
    st.sampled_from(["Odalys Brito", "Teodoro Anaya", "Wren Castellow"]),
    st.sampled_from(["Marisol Uribe", "Kofi Asante"]),
    st.sampled_from(["Benedicta Soto", "Lyle Harrow"]),
)
def test_volunteers_listed_after_their_role_pass(frame, a, b, c):
    assert hits("PHI003", frame.format(a=a, b=b, c=c)) == []


@FUZZ
@given(
    st.sampled_from(["licenciado {n}", "ingeniera {n}", "la honorable {n}", "Lic. {n}", "arquitecto {n}"]),
    st.sampled_from(["Anselmo Quiroga", "Berta Ledesma", "Ciro Valdivia"]),
    st.sampled_from(["El cónsul general de Honduras en Dallas", "La síndica de Camargo", "El cónsul de Guatemala en Omaha"]),
)
def test_an_official_with_an_honorific_of_office_passes(title, name, office):
    text = f"{office}, {title.format(n=name)}, inauguró nuestra sala de lactancia y anunció una feria de vacunas."
    assert hits("PHI003", text) == []


def test_leaks_stay_errors():
    assert hits("PHI003", "Volunteer Odalys Brito is back folding flyers after her knee replacement with us in May.")
    assert hits("PHI003", "Volunteers Odalys Brito and Kofi Asante, both patients of ours, sorted coats for families in our newborn program.")
    assert hits("PHI003", "Our patient Teodoro Anaya, a volunteer, finished chemo for families in our program.")
    assert hits("PHI003", "El cónsul de Honduras en Dallas, licenciado Anselmo Quiroga, se operó de la vesícula con nosotros.")


def test_volunteer_lists_read_linearly():
    assert_linear("PHI003", "Gracias a los voluntarios Ana Ruiz, Lio Paz y Eva Sol. Yoga para el dolor de espalda for families in our program. ")


def test_office_honorifics_read_linearly():
    assert_linear("PHI003", "El cónsul de Perú en Reno, licenciado Ugo Tello, cortó el listón. ")
