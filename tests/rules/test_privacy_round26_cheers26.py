"""Round 26, a patient singled out in a celebration post: a player known by team and position with a session's
milestone or an orthodontic day (PHI011, standing.py, care words), and one person a photo post points at with her own
care with us (PHI013, shown.py). What passes, what stays an error, and that each reading stays linear. Every name here
is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.shown import shown_in_care
from playbook.text import fold

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


def _shown(text: str) -> bool:
    return shown_in_care(fold(text).text) is not None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Guess who dropped in with cookies for the chemo bay? She finished her radiation with us in June.", True),
        ("This proud grandpa walked out of his final cardiac rehab session with us today.", True),
        ("Miren quién vino a visitarnos. Terminó sus terapias con nosotros el mes pasado.", True),
        ("Este abuelito tan guapo acabó su rehabilitación con nosotros.", True),
        ("Look who came by: the library brought books for our waiting room!", False),
        ("This kind lady is our new front desk lead, Marisol.", False),
        ("Esta señora tan amable es nuestra nueva recepcionista.", False),
        ("Guess who is back? Our free blood pressure checks, every Friday.", False),
        ("Look who made the news! Councilwoman Brandt shared her own cancer story on air.", False),
    ],
)
def test_a_person_shown_with_her_care(text, flagged):
    assert _shown(text) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Cake time for the quickest striker on the Maple Ridge Otters, who said his first full sentence in session this morning!",
        "Huge day for the fearless catcher of the Eastfield Hornets: debond day after 19 months of elastics!",
        "Festejamos a la portera de las Gacelas sub-10, que dijo su primera frase completa en sesión hoy.",
    ],
)
def test_a_player_with_a_milestone_in_our_care(text):
    assert hits("PHI011", text)


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout to the Maple Ridge Otters U8 team for visiting our office!",
        "Debond day is the best day: ask us what to expect.",
        "Kids, your first therapy session can be fun!",
        "The striker on the Eastfield Hornets is back, the club said after his knee surgery.",
    ],
)
def test_teams_and_generic_care_pass(text):
    assert hits("PHI011", text) == []


@FUZZ
@given(
    st.sampled_from(["Look who stopped by with {g}! {s}", "Guess who visited with {g}. {s}", "Mire quién vino con {g}. {s}"]),
    st.sampled_from(["tamales", "a fruit basket", "flowers for the nurses", "pan dulce"]),
    st.sampled_from(["She wrapped up her IV iron with us in May.", "He finished his infusions with us last spring.", "Terminó sus quimios con nosotros."]),
)
def test_a_visitor_with_her_care_is_shown(frame, gift, story):
    assert hits("PHI013", frame.format(g=gift, s=story))


@FUZZ
@given(
    st.sampled_from(["Look who stopped by with {g}!", "This sweet lady brought us {g}.", "Mire quién vino con {g}.", "Esta señora tan linda nos trajo {g}."]),
    st.sampled_from(["tamales", "a fruit basket", "flowers for the nurses", "pan dulce"]),
)
def test_a_visitor_without_care_passes(frame, gift):
    assert not _shown(frame.format(g=gift))


@FUZZ
@given(
    st.sampled_from(["the speediest goalie on the {t}", "the tiniest shortstop of the {t}", "la portera de los {t}"]),
    st.sampled_from(["Oak Hollow Foxes", "Brightwater Comets U7", "Halcones sub-9"]),
    st.sampled_from(["said his first three-word sentence in session today", "had debond day after 2 years of elastics"]),
)
def test_a_player_with_a_session_milestone_stays_singled_out(player, team, milestone):
    assert hits("PHI011", f"High fives to {player.format(t=team)}, who {milestone}!")


def test_shown_work_grows_linearly():
    assert_linear("PHI013", "Look who stopped by with tamales. This sweet lady brought flowers. Mire quién vino hoy. ")


def test_player_work_grows_linearly():
    assert_linear("PHI011", "Hugs to the tiniest goalie on the Oak Hollow Foxes, who said hi in session today. ")
