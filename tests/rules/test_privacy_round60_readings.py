"""Round 60: three readings fresh writers' cases showed missing, each written for its kind of text.

- PHI006: a given name and a surname in another site's path ("/help-for-<given>-<surname>-leg") make the page one
  person's, whatever the host is called: a fundraiser on a host no list knew passed.
- PHI011: house calls told of one person ("whom we visited at home", "al que visitábamos en su casa") are care of
  ours, and "profe" (the everyday Spanish "teacher") is a role a named school narrows to one person.
- PHI008: one person or family told by the day or hour they left us or we saw them ("the boy we saw Tuesday at 8pm",
  "el niñito ... que salió de aquí el martes 11"), a little one by a longer description before "who"/"que".

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import links, visit_times

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Chip in if you can: https://pitchin.example/help-for-lorena-quintero-hip",
        "Let's get him home! https://ayudemos.example/la-rodilla-de-don-esteban-villalobos",
        "Every dollar counts: https://raise.example/campaigns/walk-again-marcus-whitfield",
    ],
)
def test_a_full_name_in_another_sites_path_refuses(text):
    assert hits("PHI006", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our spring walk is on! Route map: https://parks.example/trails/river-loop-north",
        "Details at https://lionsclub.example/events/annual-pancake-breakfast",
        "Free rides to the fair: https://transit.example/routes/blue-line",
    ],
)
def test_a_path_of_plain_words_passes(text):
    assert hits("PHI006", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rest easy to the retired shop teacher of Wellsburg High, whom we visited at home every Thursday this year.",
        "Al profe de química de la prepa Zaragoza lo visitábamos en su casa cada semana; lo vamos a extrañar.",
        "El profe de banda de la secundaria Morelos vino a su consulta de seguimiento el lunes.",
    ],
)
def test_house_calls_and_a_profe_at_a_named_school_refuse(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Gracias al profe de banda de la secundaria Morelos por tocar en nuestra feria de salud.",
        "Ofrecemos visitas a domicilio: vamos a su casa cada quince días si no puede salir.",
        "Our nurses visit homebound neighbors at home every other week; call to ask about it.",
    ],
)
def test_a_profe_thanked_and_house_calls_offered_pass(text):
    assert hits("PHI011", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "To the dad of the toddler we saw Sunday around 6:30 pm: his stuffed giraffe is at the front desk.",
        "A la abuelita del nene de la chamarra verde con gorro que salió de aquí el jueves 4 de marzo: dejó su bolsa.",
        "To the family of the little one who left the clinic Monday at 5:15, a blue blanket is waiting for you.",
        "A la señora que atendimos el viernes 9 a las 10 se le quedaron sus lentes.",
    ],
)
def test_one_told_by_when_they_left_or_we_saw_them_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We saw so many families at the Saturday, May 3 health fair: thank you all!",
        "Walk-ins welcome Sunday 9 am to 1 pm; little ones too.",
        "Los niños que vinieron a la feria el 4 de marzo se llevaron cepillos de dientes.",
    ],
)
def test_crowds_and_hours_pass(text):
    assert hits("PHI008", post(text)) == []


@pytest.mark.parametrize("unit", ["maria garcia ", "a-b-", "ramon-"])
def test_the_path_reading_stays_linear(unit):
    assert grows_linearly(links, lambda count: links._path_name("/" + unit * count))


@pytest.mark.parametrize("unit", ["the boy with the blue cap ", "que ", "we saw "])
def test_the_visitor_reading_stays_linear(unit):
    assert grows_linearly(visit_times, lambda count: list(visit_times.told_visits(unit * count + " at 8pm", visit_times._CLOCK)))
