"""PHI003 reads a post's care tie around each name, not anywhere in the text (care_tie.Ties).

A health fair offers screenings to everyone; the volunteer who coordinates it, named two sentences on, received no
care. A word of care ties only the people of its sentence, of the sentences that go on about them (a pronoun, the
name again), and a short call or a signed quote to the sentence before. A shape of our dealings (a reminder, a
testimonial, lost and found) or a guess at someone's health still ties everyone in the text. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.findings import Severity
from playbook.rules.privacy import care_tie as module

from tests.rules.harness import findings, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=30, deadline=None)

# care offered to everyone, in another sentence than the name: the name is a warning, or nothing under a frame
APART = [
    "Free cholesterol and A1c checks all morning at the Elks hall. Questions? Ask Wilhelmina Oduya at the welcome table.",
    "Pruebas de glucosa y presión sin costo este domingo. Pregunten por Eustaquio Barrientos en la carpa verde.",
    "Bring the kids for sports physicals on the 14th. Face painting by Cosima Threlkeld from 10 to noon.",
    "Habrá vacunas contra la influenza para adultos mayores. La música la pone el trío de Anacleto Pimentel.",
    "Our dermatologists will do free skin cancer checks at the pool. Lifeguard captain Ruperta Holm says the water is warm!",
    # care words naming an event of ours are its topic (event_topics.blank_events)
    "Thanks to Councilman Thaddeus Orbison for walking with us at our Kidney Health Walk on Saturday!",
    "Gracias a la regidora Filomena Arizpe por acompañarnos en la jornada de vacunación del sábado.",
    # an observance named whole needs no determiner (event_topics._OBSERVANCE)
    "Commissioner Odessa Pruneda lit the fountain teal for Ovarian Cancer Awareness Month.",
    "La diputada Remedios Achával nos acompañó en el Día Mundial contra el Cáncer con el equipo.",
    # the topic of a talk to come (care_tie._TAUGHT)
    "Ms. Ottilie Brandauer, the district school nurse, will walk families through spacers and rescue inhalers.",
    "El jueves la maestra Casilda Orozco hablará sobre la diabetes gestacional y la alimentación en el embarazo.",
    # a story its teller has told in public before (public_story.untold)
    "Thank you, Alderman Cosimo Varga, for opening our fair! He has talked openly on his radio show about his heart bypass.",
]
# care of the person named, in their sentence or in one that goes on about them: an error
NEAR = [
    "Ambrosio Quintanar came in limping on Monday. He had a stress fracture in his left foot.",
    "Pedimos oraciones por Clementina Vasallo. Su tratamiento de quimioterapia empieza el lunes.",
    "Elspeth Marchbanks finished her last round of radiation with us today!",
    "We guessed it was the flu. Feel better soon, Ignatius Pemberton!",
    '"After the knee replacement I can dance again." — Philippa Osterhout',
    "¡Bienvenida de vuelta, Gumersinda Paredes! Hoy le retiramos los puntos de la cirugía.",
    "¡Felicidades, Araceli Montemayor! Terminaste tus doce sesiones de rehabilitación cardiaca.",
    "Gracias al comisionado Baltasar Ocampo por venir. El comisionado se hizo su chequeo de próstata con nosotros.",
    "Welcome back, Perpetua Lindqvist! Stitches out and ready for the pool.",
    "Un saludo a los hermanos Ocotlán Bermejo, que vinieron esta semana por sarampión. ¡Que se alivien!",
    "Leandro Quezada will talk about his own bypass surgery with us at Saturday's fair.",
    "For Lupus Awareness Month, Evangelina Trost told us how her lupus flares have settled since her infusions here.",
]
# a shape of our dealings ties every name in the text, wherever it is
EVERYWHERE = [
    "Reminder: your follow-up is Tuesday at 9 am. Enjoy the fair, Leocadia Whitcombe!",
    "Found in our lobby: a blue umbrella. Thanks to Bartolomeo Vines for the donuts today.",
]


def _severities(text: str) -> set[Severity]:
    return {f.severity for f in findings("PHI003", post(text))}


@pytest.mark.parametrize("text", APART)
def test_care_offered_in_another_sentence_ties_no_one(text):
    assert Severity.ERROR not in _severities(text)


@pytest.mark.parametrize("text", NEAR)
def test_care_told_of_the_person_named_is_an_error(text):
    assert Severity.ERROR in _severities(text)


@pytest.mark.parametrize("text", EVERYWHERE)
def test_a_shape_of_our_dealings_ties_everyone(text):
    assert Severity.ERROR in _severities(text)


def test_each_name_is_read_by_its_own_sentences():
    text = "Free flu shots today. Say hi to Leocadia Whitcombe. Say hi to Bartolomeo Vines too."
    ties = module.Ties(text)
    assert not ties.near(text.index("Leocadia"), text.index("Leocadia") + 18)
    assert not ties.near(text.index("Bartolomeo"), text.index("Bartolomeo") + 16)
    assert ties.near(0, 4)  # the first sentence's own care


def test_names_in_one_sentence_share_one_reading():
    text = "Say hi to Leocadia Whitcombe and Bartolomeo Vines at the raffle table."
    ties = module.Ties(text)
    ties.near(text.index("Leocadia"), text.index("Leocadia") + 18)
    ties.near(text.index("Bartolomeo"), text.index("Bartolomeo") + 16)
    assert len(ties._read) == 1  # the passage was read for care once


def test_a_name_goes_on_only_as_a_whole_word():
    text = "Thanks to Ana Quiroz for the fruit table. Bananas and free glucose checks all morning."
    assert not module.Ties(text).near(text.index("Ana"), text.index("Ana") + 10)  # "Ana" is not in "Bananas"


@FUZZ
@given(
    st.sampled_from(["Ottoline Farquhar", "Don Casimiro Ugalde", "Mrs. Leopoldina Marsh"]),
    st.sampled_from(["Free blood pressure checks at the library.", "Mamografías gratis en la unidad móvil.", "Sports physicals for $10 all week."]),
    st.sampled_from(["Ask {} at the door.", "Gracias a {} por el café.", "Music by {} and friends."]),
)
def test_a_grid_of_offers_and_helpers_is_never_an_error(person, offer, helper):
    assert Severity.ERROR not in _severities(offer + " " + helper.format(person))


@FUZZ
@given(
    st.sampled_from(["Ottoline Farquhar", "Don Casimiro Ugalde", "Mrs. Leopoldina Marsh"]),
    st.sampled_from(["{} stopped by today.", "Un abrazo para {}.", "So proud of {}!"]),
    st.sampled_from(["She finished physical therapy for her shoulder.", "Ya terminó su tratamiento de diálisis.", "His biopsy came back clear."]),
)
def test_a_grid_of_names_then_their_care_is_an_error(person, name_first, care):
    assert Severity.ERROR in _severities(name_first.format(person) + " " + care)


@given(st.text(max_size=300), st.integers(0, 300), st.integers(0, 40))
@settings(max_examples=60, deadline=None)
def test_any_text_and_span_reads_without_error(text, start, width):
    start = min(start, len(text))
    assert module.Ties(text).near(start, min(len(text), start + width)) in (True, False)


@pytest.mark.parametrize(
    "unit",
    [
        "Free flu shots. Say hi to Leocadia Whitcombe. She brings cookies. ",
        "Pruebas gratis de glucosa, pregunten por Eustaquio Barrientos y su hermana ",
        "Get well, Ignatius! ",
        "Ms. Ottilie will talk about asthma plans, hablará sobre la diabetes ",
    ],
)
def test_reading_every_name_stays_linear(unit):
    def run(count):
        text = unit * count
        ties = module.Ties(text)
        step = len(unit)
        return [ties.near(i * step, i * step + 10) for i in range(count)]

    assert grows_linearly(module, run)
