"""Round 51, figures51: a public figure's own story told as already public, and a team member's own family, pass.

A mayor, a council member, an athlete of any sport or position, a singer, a drag performer or an author at our event
tells their own health or a relative's care, and the post says it is a story they have told in public before ("as he
has on two talk shows", "the very tale she tells on her radio hour", "tal como ya lo relató en su columna"):
public_story.py sets that story aside and weighs the rest as for any public figure, and PHI011 lets "the mayor" of
such a story pass. A staff post names the member's own children by her standing as a parent ("she's mom to twin
girls, <Name> and <Name>", "es mamá de dos niñas, <Name> y <Name>"), a relative after her job said before her name
("our billing coordinator <Member>, whose son <Name> ..."), a list of three, and her pet by its breed. Care of ours
(here, with us, a doctor of ours, "se la hicimos", "our kidney team has followed him") keeps the name an error, and
a named person with care and no public frame is still a patient. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import public_story, staff_posts
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.people import named

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)


def _names(text: str) -> list:
    return hits("PHI003", post(text))


def _privacy(text: str) -> list:
    return hits("PHI003", post(text)) + hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        # a role or a title before the name, the story told as already public
        "Huge thanks to Olympic diver Kenji Arata for visiting our open house! Kenji talked about his two concussions, as he has in several interviews.",
        "What a night! Bull rider Colt Henning signed hats at our booth and talked about his broken collarbone, the same tale he has told on national TV.",
        "Our thanks to the fabulous Miss Tawny Valentine for hosting bingo night! Miss Tawny shared her 15 years living with HIV, the very tale she tells on her radio hour.",
        "Former Bengals lineman Otis Grable stopped by our health fair. He talked about his kidney transplant, a story he has written about for years.",
        "Wheelchair racer Tomas Becerra joined our 5K and talked about his spinal cord injury, as he has on his YouTube channel.",
        "Thanks to author Priya Natarajan for reading at our library event. She spoke of her father's stroke, as she wrote in her memoir.",
        "Legendary point guard Tasha Rimes shared how her dad survived a stroke, as she has in countless interviews, and shot free throws with the kids.",
        "Rodeo legend Cassidy Vane told our crowd about breaking her pelvis in Cheyenne, the same tale she has told on national TV.",
        # an office and its holder, a relative's care told
        "Thank you, Councilwoman Dana Pruitt, for joining our Heart Walk. She spoke about her mother's Alzheimer's, something she has described often on her radio show.",
        "Thank you, Senator Ruth Okonkwo! She spoke about her brother's kidney transplant, a story she has shared on the Senate floor and on her podcast.",
        "Thank you, Mayor Bev Kowalski, for opening our flu clinic! The mayor told the crowd about her son's asthma, as she has at many town halls.",
        # in Spanish
        "Gracias a la concejala Marisol Ybarra por visitar nuestra feria. Nos habló de la diabetes de su papá, como lo ha relatado varias veces en la radio.",
        "El portero de los Toros, Iván Cárdenas, contó, como ya lo ha platicado en su canal, que tiene diabetes tipo 1 desde la primaria.",
        "Gracias a la alcaldesa de Brownsville, Ana Lucía Treviño, por acompañarnos. Contó, como ya lo narró en su documental, que su mamá vivió con Alzheimer.",
        "La cantante de cumbia Yesenia Ruelas nos visitó en la feria y habló de su depresión posparto, como lo ha platicado en su programa.",
        "La atleta paralímpica Daniela Suazo nos acompañó y contó, como siempre lo ha dicho en sus entrevistas, cómo perdió la vista a los 9 años.",
        "Gracias a Lorena Paz, la campeona nacional de escaramuza, quien nos contó, como lo ha platicado en su podcast, que tiene lupus desde los 20.",
        "El alcalde Tomás Beltrán nos acompañó en la inauguración. Habló de la diabetes de su madre, como lo ha relatado en tantos discursos.",
        # an office that spoke of care for everyone, no care of its holder
        "La alcaldesa cortó el listón de la sala nueva. La alcaldesa habló de por qué los hombres deben revisarse la presión cada año.",
    ],
)
def test_a_figures_own_story_told_as_public_passes(text):
    assert _privacy(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # care of ours in the story, or told anywhere else
        "Thank you, Mayor Dana Pruitt! The mayor told the crowd about her hip replacement, as she has at many town halls. We're proud our surgeons did it.",
        "Rodeo legend Cassidy Vane told our crowd about breaking her pelvis, the same tale she has told on national TV. Dr. Okafor pinned it back together here in 2021.",
        "Former lineman Otis Grable talked about his kidney transplant, a tale he tells on his radio hour. Our nephrology team has followed him since 2020.",
        "Olympic fencer Dev Anand had his eye surgery with us last spring, as he has described in several interviews.",
        "Thank you Councilman Lou Prado for visiting! He told the story of his heart attack, as he has in several interviews, and of the rehab he finished with our team in May.",
        "Miss Peaches Lamour talked about starting PrEP at our clinic, something she's posted about for years.",
        "Singer Rosa Linda Flores came in for her vocal cord check, as she has told on her show.",
        "Lightweight hopeful Marek Zielinski had his thumb pinned with us in March, as he has told on his podcast.",
        # a patient, whatever frame
        "Our patient, goalball player Marcus Lee, told the students, as he has on two podcasts, how he lost his sight.",
        "Congrats to Marta Ruiz! She talked about her chemo, as she has many times.",
        # in Spanish
        "El lanzador Ramón Ibarra habló de su cirugía de codo, como lo ha platicado en varias entrevistas. Se la hicimos aquí en marzo.",
        "La alcaldesa Rosa Ybarra contó, igual que en cada mitin suyo, que se operó de la rodilla con nosotros.",
        "El alcalde Tomás Beltrán habló de su diabetes, como lo ha relatado en tantos discursos. Lo atendemos en nuestra clínica desde 2019.",
        "Gracias a la concejala Marisol Ybarra. Contó, como ya lo hizo en sus entrevistas, su lucha contra el cáncer. Nuestro equipo de oncología la acompañó en cada quimio.",
    ],
)
def test_a_figures_story_with_our_care_or_a_patient_still_refuses(text):
    assert _privacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five years with Jordan Lee! Off the clock she's mom to twin girls, Harper and Quinn, and a grumpy cat named Biscuit.",
        "Happy birthday to our front desk star Jordan Lee! He's dad to three boys, Mason, Eli and Theo, and coaches their soccer team.",
        "¡Feliz cumpleaños a Jordan Lee! Es mamá de dos niñas, Camila y Renata, y la mejor bailadora de cumbia del equipo.",
        "Congrats to our addiction recovery counselor Sam Patel, whose daughter Priya made the state volleyball team!",
        "Felicidades a nuestra coordinadora de rehabilitación Jordan Lee: su hija Valeria se graduó de la prepa con honores.",
        "Meet Jordan Lee, our radiology tech! His golden retriever Mabel visits on Fridays.",
        "Morgan Reyes turns 40! She and her rescue greyhound named Waffles ran the river trail this morning.",
        "Jordan Lee, nuestra recepcionista, celebra 10 años con nosotros. Su esposo Raúl y sus hijas Sofía y Ximena le hicieron pastel.",
        "¡10 años con nosotros! Nuestra Jordan Lee empezó en recepción y hoy coordina el laboratorio.",
    ],
)
def test_a_members_own_family_passes(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to our billing coordinator Sam Patel, whose son Arjun had his tonsils out here last week!",
        "Happy birthday Jordan Lee! His daughter Kiara just finished chemo with our oncology team.",
        "Felicidades a Jordan Lee: su hija Valeria ya salió de su cirugía de rodilla con nosotros.",
        "Off the clock Jordan Lee is mom to twin boys, Owen and Eli, who both got their tubes placed here last month.",
        "Sam Patel is dad to two girls, Ana and Lucia; Lucia starts physical therapy with us Monday.",
        "Congrats to Jordan Lee, whose husband Marco came in for his knee replacement!",
        "After the tonsillectomy Jordan Lee's daughter Mia is back to dancing.",
        "Es mamá de dos niñas, Camila y Renata; a Renata le pusimos sus lentes el martes.",
    ],
)
def test_a_relatives_care_of_ours_still_refuses(text):
    assert _names(text)


_ROLES = ["Bronc rider Wade Tillman", "Olympic flyweight Nilda Ortiz", "Councilmember Ada Whitlock", "La concejala Irene Mota", "Drag queen Miss Velvet Rae"]
_FRAMES = [
    " talked about a torn shoulder, as they have on two talk shows.",
    " spoke of a father's dementia, the very tale told on the radio hour.",
    " habló de su asma, como lo ha relatado tantas veces en la radio.",
]


@FUZZ
@given(st.sampled_from(_ROLES), st.sampled_from(_FRAMES))
def test_a_grid_of_roles_and_public_stories_passes(role, frame):
    frame = frame.replace("they have", "she has").replace("the very tale told", "the very tale she tells")
    assert _names(role + frame) == []


@FUZZ
@given(
    st.sampled_from(_ROLES),
    st.sampled_from(_FRAMES),
    st.sampled_from([" We set it here in May.", " Dr. Okafor did the surgery here.", " Se la hicimos aquí en marzo.", " Our ortho team has followed her since 2020."]),
)
def test_a_grid_of_public_stories_with_our_care_refuses(role, frame, ours):
    frame = frame.replace("they have", "she has").replace("the very tale told", "the very tale she tells")
    assert _names(role + frame + ours)


_KNOWN = Known.of(PLANS)


@pytest.mark.parametrize(
    "unit",
    [
        "Thank you, Mayor Ida Brandt! She talked about her son's asthma, as she has in several interviews. ",
        "La concejala Irene Mota habló de su diabetes, tal como lo cuenta en su columna semanal. Se la hicimos aquí. ",
        "Bronc rider Wade Tillman, as he has in interviews, the same tale he tells on air, como lo ha hecho en entrevistas, something he has described often, ",
    ],
)
def test_the_story_reading_stays_linear(unit):
    def run(count):
        for cached in (public_story._readings, public_story.untold, public_story._rest_cared, public_story.clear_of_ours):
            cached.cache_clear()
        return list(named(unit * count, _KNOWN))

    assert grows_linearly(public_story, run)


@pytest.mark.parametrize(
    "unit",
    [
        "Happy birthday to our billing coordinator Jordan Lee! She's mom to three girls, Ana, Bea and Cora. ",
        "Es mamá de dos niñas, Camila y Renata; ",
    ],
)
def test_the_family_reading_stays_linear(unit):
    assert grows_linearly(staff_posts, lambda count: list(named(unit * count, _KNOWN)))
