"""Round 33, part C: public people and their own words (PHI003, PHI011). What a public figure told the public of their own
care ("who vlogged about getting her booster shot") is the topic of their telling, no care received from us (own_news.py
received_untold); a public role right before a name holding a ring name, or right before a stage name in quotes, names a
public figure as it does before a plain name (stage_names.py role_before_nickname). What passes, what stays an error, and
that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import own_news, stage_names
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.own_news import received_untold
from playbook.rules.privacy.people import people
from playbook.rules.privacy.stage_names import role_before_nickname
from playbook.text import fold, sentence_bounds

from tests.rules.harness import PLANS, hits
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# The shape, in words sharing nothing with the round's cases: a figure's own telling of care, and a ring or stage name.
OWN_TELLING = [
    "Welcome, Alderwoman Priya Castellanos, to our open house! The Alderwoman, who tweeted last fall about getting her skin screening, urged everyone to wear sunscreen.",
    "Gracias a la diputada Marisela Ontiveros por venir a nuestra caminata. La diputada, que contó en su pódcast sobre hacerse su chequeo anual, saludó a los corredores.",
    "Big thanks to State Senator Odile Marchetti for touring our campus today! The Senator, who blogged last spring about getting her colon screening, urged parents to book checkups.",
]
RING_NAMES = [
    'La campeona de lucha libre Xóchitl "La Garza" Barrientos visitó nuestra escuela para padres y firmó carteles.',
    'La cantante "La Perla del Valle" vino a la feria escolar a cantar y regalar libros de colorear.',
    'The featherweight champion of the county Ulises "Centella" Arocha dropped by our toy drive and signed gloves.',
]
STAY_ERRORS = [
    "Thanks, Commissioner Priya Castellanos! The Commissioner, whom we treated for a torn rotator cuff in May, cut the ribbon.",
    "Thank you, Sheriff Lorne Abernathy, for visiting! The Sheriff vlogged about getting his booster shot here with us.",
    "Thanks, Mayor Odile Marchetti, for joining our health fair! The Mayor posted about getting her flu shot at our clinic.",
    'El campeón mediano Ulises "La Centella" Arocha se operó el codo con nosotros en marzo.',
    'La campeona de lucha libre Xóchitl "La Garza" Barrientos se fracturó la muñeca y la enyesamos aquí.',
    'Our patient Dez "The Anvil" Okonkwo came in for his stitches today.',
]


@pytest.mark.parametrize("text", OWN_TELLING + RING_NAMES)
def test_public_people_in_their_own_words_pass(text):
    assert hits("PHI003", text) == []
    assert hits("PHI011", text) == []


@pytest.mark.parametrize("text", STAY_ERRORS)
def test_care_of_ours_keeps_the_name(text):
    assert hits("PHI003", text)


def _at(text: str, word: str) -> tuple[str, list[int], int]:
    folded = fold(text).text
    return folded, sentence_bounds(folded), folded.index(word)


def test_a_told_topic_is_no_care_received():
    text, bounds, at = _at(OWN_TELLING[0], "The Alderwoman")
    assert not received_untold(text, bounds, at)
    text, bounds, at = _at("Thanks, Mayor Ada Voss! The Mayor got her skin screening with us today.", "The Mayor")
    assert received_untold(text, bounds, at)  # no telling: care with us
    text, bounds, at = _at("Thanks, Mayor Ada Voss! The Mayor told us about getting her skin screening at our fair.", "The Mayor")
    assert received_untold(text, bounds, at)  # told to us, and the topic places it with us


def _person(text: str, word: str):
    folded = fold(text).text
    found = [p for p in people(folded, Known.of(PLANS)) if word in p.words]
    assert found, (text, word)
    return folded, found[0]


@pytest.mark.parametrize(
    ("text", "word", "public"),
    [
        ('El campeón de peso gallo Beto "El Cometa" Irigoyen saludó a los niños.', "Irigoyen", True),
        ('La luchadora "La Reina Esmeralda" firmó autógrafos.', "Esmeralda", True),
        ('Nuestro vecino Beto "El Cometa" Irigoyen saludó a los niños.', "Irigoyen", False),
    ],
)
def test_role_before_a_ring_name(text, word, public):
    folded, person = _person(text, word)
    assert role_before_nickname(folded, person) is public


@FUZZ
@given(
    st.sampled_from(["La boxeadora {g} {n} {s}", "The heavyweight champ {g} {n} {s}", "El luchador de la arena {g} {n} {s}", "Rodeo champion {g} {n} {s}"]),
    st.sampled_from(['"El Cometa"', '"La Garza"', '"Thunder"', '"Dinamita"']),
    st.sampled_from([("Beto", "Irigoyen"), ("Wade", "Amundsen"), ("Xóchitl", "Barrientos"), ("Nadine", "Szabo")]),
    st.sampled_from(["dropped by our bike rodeo and signed posters.", "visitó nuestra feria y se tomó fotos con el equipo.", "read stories at our book fair."]),
)
def test_ring_name_grid(frame, nick, name, act):
    assert hits("PHI003", frame.format(g=name[0], n=nick, s=name[1]) + " " + act) == []


@FUZZ
@given(
    st.sampled_from(["The Senator, who wrote on her blog about {c}, waved.", "La regidora, que habló en su programa sobre {c}, saludó.", "The {t}, who posted about {c}, waved."]),
    st.sampled_from(["getting her flu shot", "getting her mammogram screening", "hacerse su chequeo", "ponerse la vacuna"]),
    st.sampled_from([("Senator", "Odile Marchetti"), ("Alderwoman", "Priya Castellanos"), ("Senator", "Lupe Arriaga")]),
)
def test_own_telling_grid(frame, care, figure):
    frame = frame.replace("{t}", figure[0])  # the figure named, by her own title: "The Alderwoman" is not the senator
    text = f"Thank you, {figure[0]} {figure[1]}, for opening our walk! " + frame.format(c=care)
    assert hits("PHI003", text) == []
    ours = f"Thank you, {figure[0]} {figure[1]}, for opening our walk! " + frame.format(c=care + (" en nuestra clínica" if "que" in frame else " at our clinic"))
    assert hits("PHI003", ours)  # the topic places the care with us


def test_told_topic_reading_is_linear():
    unit = "Thanks, Mayor Ada Voss, for our fair! The Mayor, who wrote on her page about getting her flu shot, waved. "

    def run(n):
        text = fold(unit * n).text
        bounds = sentence_bounds(text)
        return lambda: [received_untold(text, bounds, start) for start in bounds[:-1]]

    small, large = steps(own_news, run(15)), steps(own_news, run(30))
    assert 0 < small and large < 2.3 * small, (small, large)


def test_ring_name_reading_is_linear():
    unit = 'El campeón de peso gallo Beto "El Cometa" Irigoyen saludó. La luchadora "La Reina Esmeralda" firmó. '

    def run(n):
        text = fold(unit * n).text
        found = list(people(text, Known.of(PLANS)))
        stage_names._stage_names.cache_clear()
        return lambda: [role_before_nickname(text, p) for p in found]

    small, large = steps(stage_names, run(15)), steps(stage_names, run(30))
    assert 0 < small and large < 2.3 * small, (small, large)
