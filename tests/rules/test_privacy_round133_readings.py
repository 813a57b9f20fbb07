"""Round 133: what sets of Mississippi, Georgia, Virginia, Florida and Oklahoma posts and replies showed.

Clean texts read as leaks:
- a food recall's maker said as its brand ("<Word> <Word> brand pork rinds (4 oz bags)"): no one is named "brand";
- "es un orgullo tenerla en el equipo" in a reply: the member praised is had on the team, not the reader seen;
- the practice's own address said as where we are ("Estamos en la Calle <Name> 210", "find us at ..."), as "our office
  at ..." is; a home visit's address stays one household's;
- a mayor who told the crowd "in her own words" why she walks: her speech, no testimonial of ours;
- a famed title in capitals whose holder told the public of his own diabetes in a later sentence ("... del Rey del
  <Genre>. <Name> habló públicamente de su diabetes"): his news, not our care.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, praise


@pytest.mark.parametrize(
    "text",
    [
        "From the USDA: Piney Ridge brand pork rinds (4 oz bags) are recalled for possible Salmonella. Toss them.",
        "Alerta: la marca Delia Ponce retira sus tamales congelados (paquetes de 2 lb) por posible Listeria.",
    ],
)
def test_a_recalled_products_brand_names_no_one(text):
    assert not errors("PHI003", post(text))


def test_a_name_after_the_word_brand_is_still_a_name():
    assert errors("PHI003", post("Brand ambassador Delia Ponce (34) finished her chemo with us."))


def test_a_member_had_on_the_team_is_no_reader_seen():
    assert not errors("PHI001", praise("¡Gracias por lo que escribió de Chayito! Es un gusto tenerla en el equipo, y hoy en la junta del martes se lo contamos."))


def test_the_reader_had_with_us_on_a_day_is_still_seen():
    assert errors("PHI001", praise("¡Gracias! Fue un gusto tenerla con nosotros el martes."))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por su paciencia con la mudanza! Estamos en la Calle Nogal Norte 210.",
        "Thanks for your patience with the move! Find us at 4120 Pecan Grove Rd.",
    ],
)
def test_where_we_are_is_the_practices_own_address(text):
    assert not errors("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hoy estamos en la Calle Nogal 12 con Don Beto y su concentrador de oxígeno.",
        "We're at 44 Birch Ln today dropping off Mrs. Hale's new walker.",
        "Estamos en la calle Nogal 12 con la familia Terrazas.",
    ],
)
def test_a_home_visits_address_stays_one_households(text):
    assert errors("PHI009", post(text))


def test_a_figures_own_words_to_the_crowd_are_no_testimonial():
    text = "Sheriff Dale Ortiz opened our walking path and told the crowd, in his own words, that his brother's heart attack at 50 is why he walks."
    assert not errors("PHI013", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "In his own words: our patient on getting his new hip here.",
        "Sheriff Dale Ortiz told the crowd, in his own words, how our surgeons fixed his knee last spring.",
    ],
)
def test_own_words_of_a_patient_or_of_care_with_us_are_a_story(text):
    assert errors("PHI013", post(text))


def test_a_famed_titles_holder_telling_the_public_is_their_news():
    text = "Nuestro pueblo es la cuna de la Reina del Bolero. G.M. Arce habló públicamente de su diabetes tipo 2 durante años. ¡Caminemos en su honor!"
    assert not errors("PHI011", post(text))


def test_a_crowned_holder_whose_care_we_gave_later_is_singled_out():
    assert errors("PHI011", post("La Reina del Carnaval nos visitó. Contó en su Facebook que le operamos la rodilla aquí."))
