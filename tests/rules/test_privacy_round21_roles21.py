"""Round 21, part A: a person singled out by a role, a job or a group, with care nearby (PHI003, PHI011).

A position in a named group is read after the group's possessive with or without an article ("Westside Little
League's shortstop", "the Eagles' starting goalie"), a job by one's post at work ("la muchacha de la caja de
<Shop>", "the guy behind the deli counter at <Market>"), and care of a relative of theirs that was ours ("whose
husband we treated", "cuyo hijo operamos", "con ayuda de nuestras enfermeras") tells of them. A title worn as a role
("Coach", "Referee", "Umpire", "Entrenador", "Profe", "el padre") excuses a name only while no care of theirs is
told: not when care is pointed at the one spoken to ("Coach <Name>, ... that foot goes back in the boot") nor told
sentences later, where no public figure's reading excuses the name either. Thanked with no care, they pass. Every
name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care, community_roles, group_roles

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

_GIVEN = ["Tavo", "Lonnie", "Abundio", "Wendell", "Griselda", "Chayanne"]
_GROUPS = ["Brookhaven Middle", "Pinecrest Little League", "Las Lomas High", "Saint Brendan Parish"]
_SHOPS = ["Panadería La Espiga", "Pruitt's Grocery", "Ferretería La Estrella", "Kessler's Market"]


def _phi003(text: str) -> bool:
    return bool(hits("PHI003", post(text)))


def _flagged(text: str) -> bool:
    return bool(hits("PHI003", post(text)) or hits("PHI011", post(text)))


# --- a position after a group's possessive, a job by one's post ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pinecrest Little League's second baseman sat in our exam room with a swollen elbow; he's throwing again.",
        "The Las Lomas High marching band's tuba player got a cast on his wrist here in May.",
        "Big hug to the lady at the register of Kessler's Market, whose mom we looked after in hospice.",
        "Un abrazo a la chica de la caja de la Panadería La Espiga, cuyo papá acompañamos en sus últimos meses.",
        "El señor del mostrador de la Ferretería La Estrella vino por su rodilla y ya carga costales otra vez.",
    ],
)
def test_a_position_or_a_post_with_care_is_flagged(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Pinecrest Little League's second baseman hit a walk-off double on Saturday!",
        "Thanks to the lady at the register of Kessler's Market for the coffee she sent over for our staff.",
        "La muchacha de la caja de la Panadería La Espiga nos regaló conchas para la junta del lunes.",
    ],
)
def test_a_position_or_a_post_with_no_care_passes(text):
    assert not _flagged(text), text


def test_a_post_at_work_reads_as_a_role():
    found = [m.group(0) for m in group_roles._DESCRIBED.finditer("Saludos a la chica de la caja de La Estrella en Lexington")]
    assert found and "caja de La Estrella" in found[0]
    assert [m.group(0) for m in group_roles._DESCRIBED.finditer("Pinecrest Little League's shortstop")] == ["Pinecrest Little League's shortstop"]


def test_one_person_includes_contractions():
    assert group_roles._ONE.search("and now he's back on the court")
    assert group_roles._ONE.search("she'll be dancing by June")
    assert not group_roles._ONE.search("the shed is open")


def test_a_relative_we_cared_for_is_care_of_ours():
    for text in ("whose husband we treated last fall", "cuyo hijo operamos en enero", "cuya mamá atendimos en casa", "con ayuda de nuestras enfermeras de hospicio"):
        assert care.cared_by_us(text, 0, len(text)), text
    for text in ("whose shop we love", "cuyo pan compramos cada viernes", "con ayuda de nuestros vecinos pintamos la barda"):
        assert not care.cared_by_us(text, 0, len(text)), text


# --- a title worn as a role -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Referee Wendell tore his ACL at the tournament and we repaired it Monday.",
        "Coach Tavo, the doctor caught you limping by the bleachers. That foot stays in the boot till he clears you!",
        "Pastor Lonnie opened the meeting in prayer. We hope the new knee is treating you well, Pastor!",
        "Profe Chayanne, te vimos en la kermés. Esa rodilla ya quedó como nueva, ¿verdad?",
        "Gracias al entrenador Abundio por la cancha. Los niños corrieron toda la tarde. Hace un mes estaba en nuestro quirófano por su menisco.",
        "Coach Tavo ran the clinic's fun run. Great sport. In May he was on our table with a ruptured tendon.",
    ],
)
def test_a_titled_neighbour_with_care_stays_an_error(text):
    assert _phi003(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Referee Wendell for keeping the charity game fair and fun!",
        "Ump Lonnie called a great game at the softball fundraiser.",
        "El entrenador Abundio nos prestó la cancha para la feria.",
        "El padre Eusebio bendijo la nueva sala de espera. ¡Gracias, padre!",
        "Coach Tavo, you made this whole day happen. Those kids will remember it forever!",
        "Thanks to Coach Tavo for lending us the gym. He even showed the kids how a sprained wrist heals in his talk!",
    ],
)
def test_a_titled_neighbour_with_no_care_passes(text):
    assert not _phi003(text), text


def test_padre_after_a_possessive_is_kin_not_a_role():
    text = "Gracias a su padre Eusebio por las donas."
    at = text.index("padre")
    assert not community_roles._not_ours(text, at, "padre")
    assert community_roles._not_ours("Gracias al padre Eusebio.", 9, "padre")


def test_pointed_care_needs_a_part_or_an_aid_and_someone_spoken_to():
    said = "Keep that foot in the boot till your recheck, you hear."
    assert care.pointed_care(said, 0, len(said))
    assert not care.pointed_care("That foot goes back in the boot.", 0, 32)  # no one spoken to
    assert care.pointed_care("Esa rodilla quedó como nueva.", 0, 29, spoken=True)
    assert not care.pointed_care("This weekend you can bring the whole team.", 0, 42)


# --- fuzz: a frame x names and groups grid ----------------------------------------------------------------------


@FUZZ
@given(
    st.sampled_from(
        [
            "Coach {n}, we saw you at practice. Keep that knee in the brace until your follow-up!",
            "Referee {n} broke his wrist at the tournament and we set it that night.",
            "El entrenador {n} estuvo en nuestra mesa de operaciones por su menisco; ya volvió a la cancha.",
            "{g}'s shortstop came in with a broken wrist; he's back in the lineup.",
            "A hug for the guy at the counter of {s}, whose wife we cared for in hospice.",
        ]
    ),
    st.sampled_from(_GIVEN),
    st.sampled_from(_GROUPS),
    st.sampled_from(_SHOPS),
)
def test_fuzz_roles_with_care_are_flagged(frame, name, group, shop):
    text = frame.format(n=name, g=group, s=shop)
    assert _flagged(text), text


@FUZZ
@given(
    st.sampled_from(
        [
            "Thanks to Coach {n} for lending us the gym for the health fair!",
            "Referee {n} kept the charity match friendly from start to finish.",
            "Gracias al entrenador {n} por prestarnos la cancha el sábado.",
            "{g}'s shortstop hit a grand slam on Saturday!",
            "Thanks to the guy at the counter of {s} for the coffee!",
        ]
    ),
    st.sampled_from(_GIVEN),
    st.sampled_from(_GROUPS),
    st.sampled_from(_SHOPS),
)
def test_fuzz_roles_with_no_care_pass(frame, name, group, shop):
    text = frame.format(n=name, g=group, s=shop)
    assert not _flagged(text), text


# --- linear work ----------------------------------------------------------------------------------------------


def _steps(module, text: str, code: str = "PHI003") -> int:
    return steps(module, lambda: hits(code, post(text)))


def test_titled_neighbours_work_grows_linearly():
    """A titled neighbour spoken to in every sentence, care pointed at in some: bounded sentences per name."""
    unit = "Coach Tavo, we saw you at practice. That knee stays in the brace. Gracias al entrenador Abundio por la cancha. "
    small, large = _steps(community_roles, unit * 15), _steps(community_roles, unit * 30)
    assert large < 2.3 * small


def test_positions_and_posts_work_grows_linearly():
    """Possessive positions and posts at work in every sentence: one scan, sentences judged once each."""
    unit = "Pinecrest Little League's shortstop came by. la muchacha de la caja de La Estrella, whose son we treated. "
    small, large = _steps(group_roles, unit * 15, "PHI011"), _steps(group_roles, unit * 30, "PHI011")
    assert large < 2.3 * small


def test_pointed_care_work_grows_linearly():
    """That ankle, esa rodilla, the new hip: a bounded window after each pointer."""
    unit = "you know that ankle and esa rodilla and the new hip and this weekend, "
    small = steps(care, lambda: care.pointed_care(unit * 15, 0, len(unit) * 15), package=False)
    large = steps(care, lambda: care.pointed_care(unit * 30, 0, len(unit) * 30), package=False)
    assert large < 2.3 * small
