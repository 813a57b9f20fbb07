"""Round 51, from real public-health posts: a storm's name as a closing hashtag, and a governor's handle (PHI003).

Real posts after a hurricane close with the storm's bare name as a tag; the same tag in a birthday wish, a given name
a verb follows, or a name written plainly beside the storm words still counts (storm_tags.py). A state's health office
names its government by the governor's handle ("el Gobierno de @<Handle>"); a handle greeted or cared for still counts
(office_handles.py). Names and handles invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import storm_tags as module
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Keep your generator at least 20 feet from the house while the power is out. #Odalys",
        "Boil water until the city says the flood is over. #Odalys #StaySafe",
        "Si sigue sin electricidad, no use el generador dentro de la casa. #Odalys\nhttps://www.cdc.gov/disasters",
        "Shelters are open tonight for anyone leaving the coast. #Odalys https://www.ready.gov",
        "Tras el huracán, cuidado con el agua de las inundaciones. #Odalys.",
    ],
)
def test_a_storms_closing_tag_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday #Odalys! 🎂",
        "#Odalys finished her last round of chemo after the hurricane!",
        "After the flood, #Odalys is back for her dialysis.",
        "Odalys rode out the storm with us after her knee surgery.",
        "Feliz cumpleaños #Odalys, te extrañamos en terapia.",
    ],
)
def test_a_name_outside_a_storms_closing_tag_still_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Run generators outdoors only.", "Avoid floodwater; it can hide sharp debris.", "Si no hay luz, revise sus medicinas refrigeradas."]),
    st.sampled_from(["#Odalys", "#Teodoro", "#Brisa"]),
    st.sampled_from(["", " #Recovery", "\nhttps://www.weather.gov"]),
)
def test_a_grid_of_storm_notices_passes(notice, tag, tail):
    assert hits("PHI003", post(f"{notice} {tag}{tail}")) == []


@pytest.mark.parametrize("unit", ["Flood #Odalys ", "#Odalys #Odalys storm ", "generator outside #A #B "])
def test_the_reading_stays_linear(unit):
    def run(count):
        text = unit * count
        return [module.storm_tag(text, Person(i + 1, i + 7, ("Odalys",), "a first name")) for i in range(0, len(text) - 7, 50)]

    assert grows_linearly(module, run)


@pytest.mark.parametrize(
    "text",
    [
        "#UnGobiernoConTodos de @TeodoroLunaG, a través de esta secretaría, informa que bajaron los casos de dengue.",
        "El Gobierno de @TeodoroLunaG instaló puestos de hidratación por la ola de calor.",
        "The administration of @GovPeltierK opened ten cooling centers today.",
    ],
)
def test_a_government_named_by_its_governors_handle_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    ["Gracias @TeodoroLunaG por venir a su terapia.", "El gobierno de @TeodoroLunaG: se operó la rodilla con nosotros.", "Welcome back @PeltierKay, your cast comes off today!"],
)
def test_a_handle_greeted_or_cared_for_still_refuses(text):
    assert hits("PHI003", post(text))
