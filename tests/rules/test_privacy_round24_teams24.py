"""Round 24, part M: a team's player, a title one person holds, one alone in a group (PHI011).

standing.py reads a named team's player by a number after the team ("Hornets #11") or a position on it ("the
keeper of the Halcones sub-10"), and the one member alone of a kind in a group ("the only one in the <Name>
choir"); crowned.py reads a title only one person holds ("la reina de las fiestas", "Miss <Town> 2027"). With care
near they single out a patient; cheered or thanked with no care they pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import crowned, standing
from playbook.text import fold

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

_TEAMS = ["Hornets", "Halcones de Pinos", "Cedar Bend Comets", "Lomas Rockets"]
_TOWNS = ["Palmview", "Villa Sauce", "Cedar Bend", "Colonia Pinos"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Big cheers to Rockets #23 🏀 eight weeks after her knee scope she made varsity again.",
        "Hugs to the toughest shortstop on the Palmview Pirates 12U: three stitches on his chin today, zero complaints.",
        "El delantero de los Halcones sub-12 ya terminó su fisioterapia del tobillo con nosotros.",
        "When our Rodeo Queen came in before the big weekend, we knew what to do. Two weeks post-op and she rode like a pro.",
        "La Reina de las Fiestas Patrias de Pinos ya se recupera de su cesárea, ¡felicidades!",
        "Miss Villa Sauce 2027 trusted us with her new veneers and she looks radiant.",
        "Someone special, the only one in the Cedar Bend choir who can sing that low, finished her speech therapy here.",
        "La única chica del equipo de lucha ya terminó su terapia del hombro con nosotros.",
    ],
)
def test_singled_out_with_care(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Go Rockets! Congrats to the 12U Pirates on taking the regional title.",
        "Congratulations to Rockets #23 and the whole squad on a great season!",
        "La Reina de las Fiestas Patrias de Pinos regaló cepillos en nuestra carpa de salud.",
        "The homecoming king read stories to the kids in our lobby on Friday.",
        "Band kids: keep your inhaler in your case and tell the director if you cough.",
        "Goalies, a mouthguard saves teeth. Ask us about custom sports guards.",
        "Proud sponsor of the Lomas Rockets 10U! Flu shots are available at our clinic on Saturday.",
        "She was the only one in the choir who knew every verse by heart.",
    ],
)
def test_clean_passes(text):
    assert not _flagged(text), text


def test_the_readings_find_each_kind():
    text = fold("Hornets #11, the calmest goalie on the Lomas Rockets 10U, la portera de las Aguilas sub-12, the only girl on the wrestling team, la unica del coro.").text
    assert [m.group(0) for m in standing._PLAYER.finditer(text)] == ["Hornets #11", "the calmest goalie on the Lomas Rockets 10U", "la portera de las Aguilas sub-12"]
    assert [m.group(0) for m in standing._SOLE.finditer(text)] == ["the only girl on the wrestling team", "la unica del coro"]
    titles = fold("the Reina del Carnaval, our homecoming queen, Miss Palmview 2027, el rey de la vendimia").text
    assert [m.group(0) for m in crowned._CROWNED.finditer(titles)] == ["Reina del Carnaval", "homecoming queen", "Miss Palmview 2027", "rey de la vendimia"]


@FUZZ
@given(
    st.sampled_from(["{t} #9", "the fastest winger on the {t} 10U", "el portero de los {t} sub-10", "the only one in the {t} band"]),
    st.sampled_from(_TEAMS),
    st.sampled_from(["She had her ankle surgery with us in March.", "Ya salió de su cirugía de tobillo con nosotros."]),
)
def test_team_grid(frame, team, care):
    assert _flagged("A big hello to " + frame.format(t=team) + "! " + care)
    assert not _flagged("A big hello to " + frame.format(t=team) + "! We loved the game on Sunday.")


@FUZZ
@given(
    st.sampled_from(["the Queen of the {p} Rodeo", "la Reina del Carnaval de {p}", "Miss {p} 2026", "the {p} parade grand marshal"]),
    st.sampled_from(_TOWNS),
)
def test_title_grid(frame, town):
    title = frame.format(p=town)
    assert _flagged(f"Hats off to {title}! Six weeks post-op and she is dancing again.")
    assert not _flagged(f"Hats off to {title}, who handed out water at our booth.")


@pytest.mark.parametrize(
    ("module", "read", "unit"),
    [
        (standing, standing.singled_out, "Hornets #11 ran hard. The calm goalie on the Lomas Rockets 10U waved. The only one in the choir sang. "),
        (crowned, crowned.crowned, "Our homecoming queen waved. La Reina del Carnaval bailo. Miss Palmview 2027 smiled. "),
    ],
)
def test_work_grows_linearly(module, read, unit):
    small = steps(module, lambda: list(read(unit * 15)))
    large = steps(module, lambda: list(read(unit * 30)))
    assert large < 2.3 * small
