"""Round 39 (words39): people thanked for the help they gave at an event (PHI003, helpers.py): "Thanks to <Name> and
<Title> <Name> for helping us hand out ...", "Gracias a <Título> <Name> y a don <Name>, por ayudarnos a repartir ...".
Care told of a helper anywhere keeps the name an error. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.helpers import thanked_for_help
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # helpers thanked for what they did for us (EN/ES), with titles in any case and lists
        ("Big thanks to Coralie Vantongeren and Mr. Osgood Pelletier, who helped us set up the booth at the county fair.", False),
        ("Thanks to Aunt Bettina Szabo and Fenwick Oduya for helping us pass out toothbrushes at the block party.", False),
        ("Agradecemos a Yolotzin Carbajal y a Tío Wenceslao Ibarra por su ayuda con la kermés del domingo.", False),
        ("Gracias sobre todo a Hermana Clotilde Arreguín y a don Severo Manzanares, por ayudarnos a repartir sombreros.", False),
        ("Shoutout to Priya Nandakumar for donating forty coolers to our walk!", False),
        # leaks stay errors: care told of the helper, care thanked for, no help at all
        ("Thanks to Bettina Szabo for helping us raise money after finishing her chemo with us.", True),
        ("Gracias a doña Clotilde Arreguín por ayudarnos con la feria, ¡y felicidades por terminar sus diálisis con nosotros!", True),
        ("Thank you Bettina Szabo for trusting us with your knee replacement!", True),
        ("Gracias a Clotilde Arreguín, que terminó su quimioterapia con nosotros.", True),
    ],
)
def test_helpers_thanked_for_their_help(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_thanked_for_help_reads_the_frame():
    text = "Thanks to Osgood Pelletier for helping us park cars."
    start = text.index("Osgood")
    person = Person(start, start + len("Osgood Pelletier"), ("Osgood", "Pelletier"), "")
    assert thanked_for_help(text, person)
    text = "Osgood Pelletier helped us park cars."  # no thanks before
    assert not thanked_for_help(text, Person(0, 16, ("Osgood", "Pelletier"), ""))
    text = "Thanks to Osgood Pelletier. He is back for helping us."  # the thanks ends before the purpose
    assert not thanked_for_help(text, Person(10, 26, ("Osgood", "Pelletier"), ""))


@FUZZ
@given(
    st.sampled_from(
        [
            "Thank you, {n}, for volunteering at our health fair!",
            "Muchas gracias a {n} por repartir agua en la caminata.",
            "Thanks so much to {n} and the crew for setting up tents.",
            "Agradecemos a {n}, quien nos ayudó a organizar la colecta.",
        ]
    ),
    st.sampled_from(["Leocadia Furtado", "Amadou Kessling", "Sra. Perpetua Ybarra", "don Anselmo Quintanar"]),
)
def test_helpers_pass(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


@FUZZ
@given(st.sampled_from(["Leocadia Furtado", "Amadou Kessling"]), st.sampled_from(["after her hip replacement with us", "tras su cirugía de rodilla con nosotros"]))
def test_a_helper_with_care_stays_named(name, care):
    assert hits("PHI003", f"Thanks to {name} for helping us hand out water {care}.")


def test_helper_reading_stays_linear():
    assert_linear("PHI003", "Thanks to Ana Oyelaran and Mr. B. C. D. E for helping us. Gracias a Tía Lu y a don Ro por ayudarnos. ", times=8)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a singer's tribute show: a determiner, the name, the show's word; or a show "tributo a"/"tribute night to" (EN/ES)
        ("Our booth is next to the stage, where a Marisela tribute act sings at noon.", False),
        ("This Friday: a Vicente covers band at the plaza, then a pie contest.", False),
        ("El sábado toca una banda tributo a Marisela en la plaza del mercado.", False),
        ("Join us for a tribute night to Vicente at the park, with free hearing checks by our team.", False),
        # leaks stay errors: care beside the name
        ("A Marisela tribute act for our patient Marisela, who finished her chemo with us today!", True),
    ],
)
def test_a_singer_before_a_tribute(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_tribute_reading_stays_linear():
    assert_linear("PHI003", "a Marisela tribute act, una banda tributo a Vicente; a tribute night to Lupe. ", times=8)
