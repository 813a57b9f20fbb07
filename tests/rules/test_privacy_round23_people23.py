"""Round 23, part J: one patient singled out by the place they hold in a community (PHI011, standing.py).

A rank only one holds ("our eldest Tongan grandpa", "nuestro socio más antiguo"), a jersey number after a school
or team ("our beloved Westfield #21"), a named team's position said as theirs ("y a su arquera, que ..."), and kin
of a community role ("la nieta de la alcaldesa", "the fire chief's son") are one person every neighbour knows:
with their care near, a patient. With no care, a team's win or a place ("the oldest chapel"), they pass.
Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import standing

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

_TEAMS = ["Riverside Otters", "Tigres de Pinos", "Lomas Hawks", "Academia Sauce"]
_TOWNS = ["Villa Sauce", "Hilltop", "Cedar Bend", "Colonia Pinos"]


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Today we honor our youngest Hmong elder in Cedar Bend. He walks to the market daily. His knee replacement healed well.",
        "Nuestro socio más antiguo del club de dominó ya terminó su rehabilitación del hombro con nosotros.",
        "Welcome back, our Lomas Hawks #8! Last winter she had surgery on her ACL and today she scored twice.",
        "Thanks to the Cedar Bend Comets for stopping by, and to their goalie, who had his asthma follow-up with us.",
        "Gracias a los Tigres de Pinos y a su capitana, que pasó ayer a su chequeo de la diabetes.",
        "The fire chief's son in Hilltop has finished his chemo with our team.",
        "La nieta de la alcaldesa de Villa Sauce cumple un año sin tomar, ¡felicidades!",
    ],
)
def test_a_standing_with_care(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Today we honor our youngest Hmong elder in Cedar Bend, who led the parade this morning.",
        "Nuestro socio más antiguo del club de dominó ganó el torneo del sábado.",
        "Welcome back, our Lomas Hawks #8! She scored twice against the Comets.",
        "Thanks to the Cedar Bend Comets for stopping by, and to their goalie for the signed ball.",
        "Gracias a los Tigres de Pinos y a su capitana por los balones donados.",
        "The fire chief's son in Hilltop read to the kids in our waiting room.",
        "We held our flu shot drive next to the oldest chapel in Villa Sauce.",
        "Their lead singer told us the clinic should always play music, so we do.",
    ],
)
def test_a_standing_without_care_passes(text):
    assert not _flagged(text)


def test_the_reading_finds_each_kind():
    text = fold("our eldest Tongan grandpa, nuestra abuelita más longeva, our dear Westfield #21, hija del pastor, the coach's daughter.").text
    assert [m.group(0) for m in standing._STANDING.finditer(text)] == [
        "our eldest Tongan grandpa",
        "nuestra abuelita mas longeva",
        "our dear Westfield #21",
        "hija del pastor",
        "the coach's daughter",
    ]


@FUZZ
@given(
    st.sampled_from(["our oldest {k} in {t}", "nuestra {k} más longeva de {t}", "the pastor's daughter from {t}", "la hija del pastor de {t}"]),
    st.sampled_from(["grandma", "abuelita", "neighbor", "vecina"]),
    st.sampled_from(_TOWNS),
    st.sampled_from(["She had her hip replaced with us this spring.", "Ya salió de su cirugía de cadera con nosotros."]),
)
def test_rank_and_kin_grid(frame, kin, town, care):
    assert _flagged("A warm hello to " + frame.format(k=kin, t=town) + "! " + care)


@FUZZ
@given(st.sampled_from(_TEAMS), st.sampled_from(["their goalie", "their shortstop", "su arquera", "su portero"]))
def test_theirs_grid(team, position):
    assert _flagged(f"Thanks to the {team}, and to {position}, who came in for the asthma follow-up.")
    assert not _flagged(f"Thanks to the {team}, and to {position}, who brought the trophy.")


@pytest.mark.parametrize(
    "unit",
    [
        "Our oldest elder in Hilltop waves. Their goalie stopped a shot. ",
        "La hija del pastor canta. Nuestro #9 de los Pumas juega. ",
        "Our dear Westfield #21 ran. The coach's son cheered. Her cast is off. ",
    ],
)
def test_work_grows_linearly(unit):
    small = steps(standing, lambda: list(standing.singled_out(unit * 15)))
    large = steps(standing, lambda: list(standing.singled_out(unit * 30)))
    assert large < 2.3 * small
