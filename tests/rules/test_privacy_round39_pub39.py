"""Round 39 (pub39): public figures introduced in more shapes (PHI003, PHI013). A chain of descriptions joined by
"and"/"y" before the name, a stage name with the real name in brackets, an office in apposition whose holder took a
shot before the cameras, and a figure described by her role who told her own news in her medium. Care of ours keeps
every one of them an error. Every name here is invented."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.own_news import told_public
from playbook.rules.privacy.public import _PUBLIC_ROLE_BEFORE

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # a chain of roles joined by and/y (EN/ES)
        ("Retired goalkeeper and Fairhaven native Orla Quennell handed out water bottles at our walk.", False),
        ("El senador y exmaestro rural Baltasar Echeverri visitó nuestro puesto en la feria.", False),
        # an appositive office, care done before the cameras (EN/ES)
        ("Our sheriff, Wendell Okafor, rolled up his sleeve for a flu shot in front of the news cameras.", False),
        ("La gobernadora, Itzel Marroquín, recibió la vacuna durante la rueda de prensa del lunes.", False),
        # a stage name, the real name in brackets
        ("Local rapper Big Lupo (Leandro Fuentes) spun records at our open house and chatted about his own gout.", False),
        # an aside between the article and the role (ES)
        ("La (ficticia) nadadora regiomontana Ofelia Garduza firmó autógrafos en la plaza.", False),
        ("La (ficticia) nadadora regiomontana Ofelia Garduza vino a su control de epilepsia con nosotros.", True),
        # leaks stay errors: our care, a patient word in the chain, a shot with us before the cameras
        ("Our sheriff, Wendell Okafor, got his flu shot with us on Monday.", True),
        ("Local rapper Big Lupo (Leandro Fuentes) had his gout treated at our clinic last week.", True),
        ("Retired goalkeeper and our patient Orla Quennell finished her knee rehab.", True),
        ("Retired goalkeeper and Fairhaven native Orla Quennell had her knee scoped with Dr. Ana Ruiz here.", True),
        ("La gobernadora, Itzel Marroquín, recibió la vacuna con nosotros frente a las cámaras.", True),
        ("El senador y exmaestro rural Baltasar Echeverri vino a su consulta de control con nosotros.", True),
    ],
)
def test_public_figures_in_more_shapes(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_the_chain_never_crosses_an_article_kin_or_patient():
    for before in ("Olympic swimmer and our patient ", "Olympic swimmer and her son ", "La nadadora y su mamá ", "Olympic swimmer and a "):
        assert _PUBLIC_ROLE_BEFORE.search(before) is None
    assert _PUBLIC_ROLE_BEFORE.search("Olympic swimmer and Ridgeway alum ")
    assert _PUBLIC_ROLE_BEFORE.search("rapper K-Dub (")
    assert not _PUBLIC_ROLE_BEFORE.search("the rapper visited (")


def test_in_view_is_told_public():
    for said in ("got a shot at the press conference", "se vacuno frente a las camaras", "ante los periodistas", "during the news conference"):
        assert told_public(said, 0, len(said))
    assert not told_public("got a shot at the clinic", 0, len("got a shot at the clinic"))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ('La presentadora de noticias Celia "La Chispa" Barragán contó en su programa que tiene lupus.', False),
        ("The morning radio host who goes by Tia Bree said on her show that she manages her own lupus.", False),
        ('La presentadora de noticias Celia "La Chispa" Barragán terminó su tratamiento de lupus con nosotros.', True),
    ],
)
def test_a_figure_described_by_role_told_her_own_news(text, flagged):
    assert bool(hits("PHI013", text) or flagged and hits("PHI003", text)) is flagged


@FUZZ
@given(
    st.sampled_from(
        [
            "{r} and Maplewood native {n} cheered at our 5K.",
            "El {r} y exalumno del Tec {n} saludó en la feria.",
            "Local {r} Big Kato ({n}) spun at our open house.",
        ]
    ),
    st.sampled_from(["rapper", "senator", "senador", "boxer", "boxeador"]),
    st.sampled_from(["Idris Vantongeren", "Marisol Quezada", "Tobiah Wrenfield"]),
)
def test_figure_frames_pass(frame, role, name):
    assert hits("PHI003", frame.format(r=role, n=name)) == []


@FUZZ
@given(
    st.sampled_from(["Our {r}, {n}, got her flu shot with us on Monday.", "{R} and Maplewood native {n} had knee surgery here with Dr. Ana Ruiz."]),
    st.sampled_from(["mayor", "senator", "sheriff"]),
    st.sampled_from(["Idris Vantongeren", "Tobiah Wrenfield"]),
)
def test_figure_with_our_care_stays_named(frame, role, name):
    assert hits("PHI003", frame.format(r=role, R=role.capitalize(), n=name))


def test_pub39_readings_stay_linear():
    assert_linear("PHI003", "Olympic swimmer and Ridgeway alum Dana Whitfield (Kay) at the press conference. Rapper K-Dub (Idris Vant) sang. ")
    assert_linear("PHI013", 'La cantante de cumbia Yesenia "La Nube" Montalvo contó en su programa que tiene asma. ')
