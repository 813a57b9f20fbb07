"""Round 19, part C: people named with their public or community role (PHI003, PHI011).

A neighbour named with the role that brings them into a post (community_roles.py: a volunteer, a pastor, a
teacher, a principal, a sponsor, a DJ) passes with no care of theirs told; with care they stay an error. A public
figure's own health news passes when the text says they made it public (own_news.py), never when the care was
ours or the news was told to us. What passes, what stays an error, and that each reading stays linear. Every
name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import community_roles, own_news
from playbook.text import sentence_bounds

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

_NAMES = ["Rosalind Achebe", "Tobias Quintanilla", "Marisela Dunwoody", "Graciela Obregón", "Desmond Kowalczyk", "Inés Halvorsen"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI003", post(text)) or hits("PHI011", post(text)))


# --- a community role, no care ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Face painting by volunteer Rosalind Achebe until noon at the library lawn.",
        "Shout-out to volunteers Tobias Quintanilla and Inés Halvorsen, who ran the raffle table.",
        "Gracias a las voluntarias Graciela Obregón y Marisela Dunwoody del Club de Leones por las mesas.",
        "Pastor Desmond Kowalczyk of Bethel AME led the opening prayer at our block party.",
        "Thanks to DJ Tobias Quintanilla for keeping the dance floor busy all evening.",
        "Rosalind Achebe, a volunteer with the Elks, handed out 300 water bottles.",
        "El profe Desmond Kowalczyk trajo la banda de guerra a nuestra inauguración.",
        "Principal Marisela Dunwoody welcomed our mobile van to the school parking lot.",
        "Chef Desmond Kowalczyk grilled veggie skewers for the whole crowd.",
        "Con la presencia del párroco Tobias Quintanilla, que rezó por el barrio.",
        "Our volunteers this spring: Rosalind Achebe, Tobias Quintanilla and Marisela Dunwoody. Thank you!",
        "Kudos to our volunteer coordinator Graciela Obregón and her crew of twelve.",
    ],
)
def test_a_neighbour_named_with_a_role_passes(text):
    assert hits("PHI003", post(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to volunteer Rosalind Achebe, back on her feet after the knee replacement we did in March!",
        "Pastor Desmond Kowalczyk is recovering from his bypass with Dr. Okafor.",
        "La maestra Graciela Obregón ya terminó sus quimioterapias con nosotros.",
        "Coach Tobias Quintanilla came in for his shoulder and is already back at practice.",
        "Thanks, Principal Marisela Dunwoody, for bringing the whole 4th grade in for their flu shots.",
        "Thanks to volunteer Tobias Quintanilla for the booth. He finished his last round of radiation on Friday!",
        "“You gave me my knee back.” - Coach Desmond Kowalczyk, Westbrook High",
        "Our volunteers this spring: Rosalind Achebe, who just beat breast cancer, and Tobias Quintanilla.",
        "The teacher's star pupil: Marisela Dunwoody, cast off at last after her fracture!",
    ],
)
def test_a_neighbour_with_care_of_theirs_stays_an_error(text):
    assert hits("PHI003", post(text)), text


def test_the_role_reads_before_after_and_as_a_title():
    text = fold("Thanks to volunteers Tobias Quintanilla, Ines Halvorsen and Rosalind Achebe for the signs.").text
    bounds = sentence_bounds(text)
    from playbook.rules.privacy.known import Person

    for name in ("Tobias Quintanilla", "Ines Halvorsen", "Rosalind Achebe"):
        start = text.index(name)
        assert community_roles.community_role(text, Person(start, start + len(name), tuple(name.split()), "a full name"), bounds), name
    text = fold("Our patient Tobias Quintanilla waved to the crowd.").text
    start = text.index("Tobias")
    kept = Person(start, start + 18, ("Tobias", "Quintanilla"), "a patient named", excusable=False, public=False)
    assert not community_roles.community_role(text, kept, sentence_bounds(text))


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to volunteer {n} for the balloon arch!",
            "Big thanks to our sponsor {n} of Ridgeview Hardware.",
            "Gracias a la voluntaria {n} por pintar las caritas.",
            "Pastor {n} blessed the new van this morning.",
            "El maestro {n} y sus alumnos cantaron en la inauguración.",
            "{n}, one of our volunteers, staffed the welcome tent.",
        ]
    ),
    st.sampled_from(_NAMES),
)
def test_roles_grid_passes(frame, name):
    assert hits("PHI003", post(frame.format(n=name))) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to volunteer {n}, who had her hip replaced here in May!",
            "Pastor {n} is home after his heart surgery with our team.",
            "La voluntaria {n} vino por su mastografía y salió muy contenta.",
            "Coach {n} tore his ACL and finished rehab with us this week.",
        ]
    ),
    st.sampled_from(_NAMES),
)
def test_roles_grid_with_care_stays_an_error(frame, name):
    assert hits("PHI003", post(frame.format(n=name)))


# --- a public figure's own news -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Wishing Mayor Rosalind Achebe a fast recovery! The mayor shared on her page that she is having hip surgery in Tulsa.", False),
        ("State Senator (D) Tobias Quintanilla walked with us today. He told reporters he has been cancer-free for a year.", False),
        ("La escritora Graciela Obregón habló de su diagnóstico de diabetes en la feria del libro.", False),
        ("La alcaldesa de Rioverde, Hon. Marisela Dunwoody, cortó el listón de nuestro nuevo consultorio.", False),
        ("Wishing Mayor Rosalind Achebe a fast recovery! Her husband told us the hip surgery went well.", True),
        ("Wishing Mayor Rosalind Achebe a fast recovery! She shared that Dr. Okafor did her hip surgery here.", True),
        ("Mayor Rosalind Achebe got her flu shot with us today. She posted a selfie!", True),
    ],
)
def test_a_public_figures_own_news(text, flagged):
    assert _flagged(text) is flagged, text


def test_told_public_is_not_told_to_us():
    for text, told in [
        ("He told the crowd he is in remission.", True),
        ("She posted on her page that the surgery went well.", True),
        ("Hablo de su diagnostico ante la prensa.", True),
        ("His wife told us he is doing well.", False),
        ("Nos conto que ya esta mejor.", False),
    ]:
        assert own_news.told_public(text, 0, len(text)) is told, text


# --- linear work ----------------------------------------------------------------------------------------------


def _steps(module, text: str) -> int:
    return steps(module, lambda: hits("PHI003", post(text)))


def test_community_roles_work_grows_linearly():
    """Many volunteers in one endless sentence: each name is read in bounded windows, each sentence once."""
    unit = "and volunteers Rosalind Achebe, Tobias Quintanilla y la maestra Ines Halvorsen with Pastor Desmond Kowalczyk "
    small, large = _steps(community_roles, "Thanks " + unit * 15), _steps(community_roles, "Thanks " + unit * 30)
    assert large < 2.3 * small


def test_own_news_work_grows_linearly():
    """Public figures with news in every sentence: two sentences read per figure."""
    unit = "Get well, Mayor Rosalind Achebe! She told the crowd about her surgery, not told us. "
    small, large = _steps(own_news, unit * 15), _steps(own_news, unit * 30)
    assert large < 2.3 * small
