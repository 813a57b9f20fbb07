"""People known by an epithet or a local title (PHI011), the care of their relatives, a team's player cleared
after our care, and a hometown's own athlete (PHI003): where a finding lands, what passes, and that the
reading stays linear. Every name, place and title here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps

_EPITHETS_EN = [
    "Dunmore's bingo king",
    "Mesa County's quilt queen",
    "our aqua aerobics queen",
    "our Saturday pickleball legend",
    "my mahjong champ",
    "our hot dog guy",
    "the chili cook-off queen",
]
_EPITHETS_ES = [
    "La reina del rodeo",
    "El rey del dominó",
    "Nuestra consentida de la clase de los jueves",
    "La campeona del torneo de lotería",
]
_CARE_EN = [
    "finished her shoulder rehab with us",
    "is off crutches after his ankle repair",
    "brought her granddaughter in for her first checkup",
    "is back at the tables after we splinted her wrist",
]
_CARE_ES = [
    "ya terminó sus terapias con nosotros",
    "ya salió del hospital tras su operación de rodilla",
    "trajo a su nieta a la consulta de la otitis",
]


@pytest.mark.parametrize("who", _EPITHETS_EN)
@pytest.mark.parametrize("care", _CARE_EN)
def test_an_epithet_with_care_is_flagged_at_the_epithet(who, care):
    text = f"Big news: {who} {care}."
    (found,) = hits("PHI011", post(text, body_line=3))
    assert (found.line, found.column) == (3, len("Big news: ") + 1)
    assert who in found.message


@pytest.mark.parametrize("who", _EPITHETS_ES)
@pytest.mark.parametrize("care", _CARE_ES)
def test_un_titulo_local_con_su_atencion_se_marca(who, care):
    (found,) = hits("PHI011", f"{who} {care}.")
    assert found.column == 1


@pytest.mark.parametrize("who", [*_EPITHETS_EN, *_EPITHETS_ES])
@pytest.mark.parametrize("rest", ["handed out water at our 5K", "nos ayudó a repartir agua en la feria", "shared her best tips on staying active"])
def test_an_epithet_without_care_passes(who, rest):
    assert hits("PHI011", f"{who} {rest}.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Our bingo queens are back every Friday at 10!",  # a crowd
        "Meet us by the Burger King on Route 9 after your flu shot.",  # a brand
        "El rey de la casa también necesita su vacuna: agenda la de tu papá.",  # no one in town
        "Our back guy answers your questions about sciatica on Thursday.",  # staff known by what they treat
        "Our flu shot lady gave 200 shots at the fair!",  # staff
    ],
)
def test_crowds_brands_and_staff_pass(text):
    assert hits("PHI011", text) == []


@pytest.mark.parametrize(
    "text, want",
    [
        ("The Rangers' catcher (#12) is medically cleared after a concussion workup with our staff.", "The Rangers' catcher"),
        ("El arquero de los Halcones ya recibió el alta tras la conmoción, con nuestro equipo.", "El arquero de los Halcones"),
        ("La del carrito de paletas cerca del parque Hidalgo vino con su hijo a la consulta del asma.", "La del carrito de paletas cerca del parque Hidalgo"),
    ],
)
def test_a_player_or_a_vendor_with_care(text, want):
    (found,) = hits("PHI011", text)
    assert want in found.message


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("Ashford's own Nikolai Brandt just broke the course record at the Harbor Half!", False),
        ("Ashford's very own Nikolai Brandt won the regional title; our stretching class starts Monday.", False),
        ("Nikolai Brandt, orgullo de Ashford, ganó el campeonato estatal de natación.", False),
        ("Ashford's own Nikolai Brandt won the regional title eight weeks after his hip surgery with us.", True),
        ("Ashford's own Nikolai Brandt stopped by for his knee brace fitting.", True),  # no achievement: no excuse
        ("Nikolai Brandt, orgullo de Ashford, ganó el campeonato tras su rehabilitación de hombro con nosotros.", True),
    ],
)
def test_a_hometowns_own_athlete(text, flagged):
    assert bool(hits("PHI003", text)) == flagged, text


_TITLE = st.sampled_from(["queen", "king", "legend", "champ", "MVP"])
_THING = st.sampled_from(["bingo", "rodeo", "spin class", "karaoke", "salsa", "chess club"])
_OWNER = st.sampled_from(["our", "Lake County's", "Millbrook's", "the"])
_CARE = st.sampled_from(["finished his knee rehab with us", "is cancer free after her treatment with us", "got her cast off with us today"])


@settings(max_examples=60, deadline=None)
@given(owner=_OWNER, thing=_THING, title=_TITLE, care=_CARE, lead=st.sampled_from(["", "Wow. ", "Shout-out! "]))
def test_fuzz_epithets(owner, thing, title, care, lead):
    who = f"{owner} {thing} {title}"
    with_care = hits("PHI011", f"{lead}{who} {care}.")
    assert with_care and who in with_care[0].message
    assert hits("PHI011", f"{lead}{who} cheered at our 5K.") == []


def test_epithets_work_grows_linearly():
    """Epithets and relatives are read in bounded windows: doubling a text of near-misses doubles the work."""
    unit = "Our bingo queens our bingo. Lake County's pie the la reina del la reina de la casa. His grandson her kids su nieta. Chicago's own Ana Ruiz won. "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small
    small, large = _rule_steps("PHI003", unit * 20), _rule_steps("PHI003", unit * 40)
    assert large < 2.3 * small
