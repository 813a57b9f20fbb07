"""Round 49, places49: places, eponyms and events read as people's names (PHI003 false alarms).

A state or a county whose name is a given name, said as a place: one of a list of counties (civic_places.py: "los
condados de <County> y <County>", "<County> and <County> counties"), a state ranked in a statistic or named as a
group's or a fund's adjective (state_frames.py: "<State> is among the top states", "the <State> donor families fund").
Eponyms (eponyms.py): a procedure after a possessive determiner and a year ("his 2019 <Given> <Surname> surgery"); a
full name that names a law, a programme or a clinic ("the <Given> <Surname> program", "a <Given> <Surname> clinic",
"la ley <Given> <Surname>"). An event's or a school's words (titled_phrases.py, greeted_words.py): "Community Baby
Shower, Saturday ...", "the Bravo High field house". Someone with those names and care told stays a name, and so does a
person's own surgery ("<Name>'s surgery") and a child named at our baby shower with her care. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import civic_places, eponyms, state_frames, titled_phrases

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        # counties named like people, in a list of counties
        "Aviso de humo: calidad del aire mala en los condados de Sierra y Luna hasta el jueves por la noche.",
        "Heat advisory for Otero and Sierra counties through Thursday night; check on older neighbors.",
        "Los condados de Sierra, Grant y Luna siguen en alerta de calor este fin de semana.",
        "Smoke lingers over Dolores, Montezuma and San Juan counties; keep inhalers close.",
        "Free flu shots for residents of the counties of Marion and Polk, no appointment needed.",
        "Ozone alert for Augusta and Columbia counties through Friday afternoon.",
        # a state ranked in a statistic
        "Virginia ranks among the five states with the most Lyme cases this year.",
        "In the Southeast, Georgia has the highest rate of uninsured adults in the region.",
        "En el sur del país, Georgia lidera la región en casos nuevos de sífilis congénita.",
        "Flu is climbing fast, and Virginia now reports the most hospital visits in the region.",
        # a state or a region as a group's or a fund's adjective
        "Every ticket supports the Georgia farmworker families fund.",
        "Proceeds from the bake sale go to the Virginia sickle cell families fund.",
        "Walk with the Carolina donor families network this Saturday at the reservoir!",
        "All race fees go to the Carolina organ donor family fund, thanks to our sponsors.",
        # eponyms: a procedure after a possessive, a law, a programme, a clinic
        "Our guest closer told the campers about his 2018 Tommy John surgery and the slow rehab after it.",
        "She told the softball camp about her Tommy John surgery and the year she spent rebuilding her arm.",
        "Learn how the Ryan White program can help with the cost of HIV medicines; ask our benefits desk.",
        "Ask about the Ryan White HIV/AIDS Program and ADAP when you check in.",
        "Welcome Dr. Okafor! She joins our team after six years at a Ryan White clinic in Mobile.",
        "Nuestra trabajadora social le explica el programa Ryan White los martes.",
        "La ley Ryan White cumple 35 años; pregunte en recepción por ayuda con medicinas.",
        "A quick explainer on the Lilly Ledbetter Act for our front-desk staff.",
        # an event's or a school's name
        "Community Baby Shower, Sunday June 2, at the Eastside library: diapers and car seat checks!",
        "Free Baby Shower! Saturday at Grace Church, with car seat checks by the fire department.",
        "🍼 Baby Shower Comunitario, domingo 2 de junio en la biblioteca del centro.",
        "Sports physicals at the Bravo High gym this Saturday, 8 to noon; bring the signed form.",
        "Exámenes físicos deportivos en el gimnasio de Bravo High el sábado por la mañana.",
    ],
)
def test_places_eponyms_and_events_pass(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Carolina had her gallbladder out with us on Monday and is already walking the halls!",
        "Little Georgia came in for her very first checkup and did not cry once.",
        "Virginia reports her pain is gone after six weeks of physical therapy with us.",
        "Georgia ranks first in her class and came in for her sports physical today.",
        "En los condados de Sierra y Luna, Sierra se operó la rodilla con nosotros.",
        "Sierra had her tonsils out with us; she lives between Grant and Luna counties.",
        "Donations go to the Georgia transplant fund; she gets her new kidney next month.",
        "The Carolina cancer family fund was set up after her diagnosis last spring.",
        "Ryan White's surgery went great; thank you to our OR team.",
        "Tommy John came in for his elbow surgery today and is resting at home.",
        "At our Community Baby Shower, little Mila got her first shots with us.",
        "Welcome Baby Storm, Saturday was your big day in our birthing suite!",
        "Baby Bear, you were so brave at your checkup today!",
        "Bravo, Hope! You finished your last chemo today.",
    ],
)
def test_a_person_with_those_names_and_care_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Georgia", "Virginia"]),
    st.sampled_from(["is among the top states for", "now leads the nation in", "has the highest rate in the region of", "reports the most in the country of"]),
    st.sampled_from(["new syphilis cases", "heat deaths", "uninsured children", "measles cases this spring"]),
)
def test_a_grid_of_states_ranked_passes(state, ranked, what):
    assert hits("PHI003", post(f"According to the CDC, {state} {ranked} {what}.")) == []


@FUZZ
@given(
    st.sampled_from(["Georgia", "Virginia", "Carolina", "Savannah"]),
    st.sampled_from(["is among the top students in her class", "leads our walk on Saturday", "is back"]),
    st.sampled_from(["after her knee surgery with us", "and had her tonsils out here last week", "since her last chemo with us"]),
)
def test_a_grid_of_those_names_with_care_refuses(name, said, care):
    assert hits("PHI003", post(f"{name} {said} {care}."))


@FUZZ
@given(
    st.sampled_from(["Ryan White", "Lilly Ledbetter", "Tommy John"]),
    st.sampled_from([("the", "program"), ("a", "clinic"), ("the", "Act")]),
)
def test_a_grid_of_titled_names_passes(name, frame):
    article, noun = frame
    assert hits("PHI003", post(f"Questions about {article} {name} {noun}? Our navigator can help.")) == []


@pytest.mark.parametrize(
    ("module", "run", "unit"),
    [
        (eponyms, None, "Ask about the Ryan White program and his 2019 Tommy John surgery. "),
        (state_frames, None, "Georgia is among the top states, and the Georgia donor families fund grows. "),
        (civic_places, None, "Smoke in the counties of Sierra and Luna and in Otero and Grant counties. "),
        (titled_phrases, None, "Community Baby Shower, Saturday at the Bravo High gym. "),
    ],
)
def test_the_readings_stay_linear(module, run, unit):
    small = steps(module, lambda: hits("PHI003", post(unit * 10)))
    large = steps(module, lambda: hits("PHI003", post(unit * 20)))
    assert large < 2.3 * small
