"""Round 28, public figures and officials taken for patients: an office written before the name ("Council Member
<Name>", "District 4 Councilwoman <Name>"), a new room of ours said in any words, a professional honour held in a body
("a Fellow of the <Academy>"), news a figure told in their own work or to reporters (own_news.py, milestones.py), the
figure's first name said again, and a performer's stage nickname. What passes, what stays an error, and that each
reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import honour_titles, own_news

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

CLEAN = [
    ("PHI003", "Thanks to Council Member Odette Varga for opening our new sports medicine suite on Friday."),
    ("PHI003", "District 3 Councilwoman Perla Nakamura opened our brand-new lactation wing this week. Thank you!"),
    ("PHI003", "Gracias a la regidora Ximena Olvera por inaugurar nuestra nueva sala de lactancia este lunes."),
    ("PHI003", "Pikeville's own Corbin Ashby sings about his eight years sober on his latest record, and he plays our fundraiser Friday."),
    ("PHI013", "Pikeville's own Corbin Ashby sings about his eight years sober on his latest record, and he plays our fundraiser Friday."),
    ("PHI013", "El orgullo de Pilsen, Beto Quinones, canta sobre sus cinco anos sin alcohol en su nuevo disco y toca en nuestra colecta."),
    ("PHI003", "Sprinter Kaia Mendel told reporters she raced the relay on a cracked rib. Kaia: your fans beg you, please rest!"),
    ("PHI011", 'Thanks to singer Della Roan, "Queen of the Bayou", who shared on her show that she now manages her asthma.'),
    ("PHI011", 'Gracias a la cantante Yesenia Prado, "La Reina de Canal Street", que conto en su podcast que tiene prediabetes.'),
    ("PHI011", "Congrats to Dr. Ifeoma Bassey, newly elected a Fellow of the Royal College of Physicians! She has treated our families for a decade."),
    ("PHI003", "Thank you to Council Member Ravi Sandoval for the ribbon, and to author Greta Lund, who read from her book about her own hearing aids."),
]

LEAKS = [
    ("PHI003", "Council Member Odette Varga had her knee replaced here last month and is healing well."),
    ("PHI011", "La Reina de Canal Street se opero aqui con nosotros y ya descansa en casa."),
    ("PHI013", "Our patient Corbin Ashby marked eight years on dialysis with us this week."),
    ("PHI003", "Sprinter Kaia Mendel told reporters she raced on a cracked rib. Kaia came in here for her boot fitting with us."),
    ("PHI011", "The fellow at the Elks Lodge had his hip replaced with us last spring."),
]


@pytest.mark.parametrize(("code", "text"), CLEAN)
def test_figures_and_honours_pass(code, text):
    assert hits(code, text) == []


@pytest.mark.parametrize(("code", "text"), LEAKS)
def test_care_with_us_stays_an_error(code, text):
    assert hits(code, text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("he sings about his years in recovery", True),
        ("she wrote about her surgery on her new album", True),
        ("escribio sobre su diagnostico en su libro", True),
        ("he sings in our choir", False),
        ("his wife told us about his surgery", False),
    ],
)
def test_told_public_reads_own_work(text, told):
    assert own_news.told_public(text, 0, len(text)) is told


@FUZZ
@given(
    st.sampled_from(["Council Member", "District 4 Councilwoman", "State Senator", "Councilman"]),
    st.sampled_from(["Odette Varga", "Ramiro Ybarra", "Linnea Holt"]),
    st.sampled_from(["opened our new wound care suite", "cut the ribbon on our brand-new birthing wing", "toured our new pediatric dental clinic"]),
)
def test_officials_at_our_openings_pass(office, name, act):
    assert hits("PHI003", f"Thank you to {office} {name}, who {act} this morning!") == []


@FUZZ
@given(
    st.sampled_from(["Council Member", "District 4 Councilwoman", "Councilman"]),
    st.sampled_from(["Odette Varga", "Ramiro Ybarra", "Linnea Holt"]),
    st.sampled_from(["had her gallbladder out here", "se opero con nosotros la semana pasada", "got his stitches with us"]),
)
def test_officials_with_our_care_stay_named(office, name, care):
    assert hits("PHI003", f"{office} {name} {care}.")


def test_honour_title_reading_is_linear():
    import re

    text = "newly named a Fellow of the American Board. " * 200
    found = list(re.finditer(r"a Fellow of the American", text))
    small = steps(honour_titles, lambda: [honour_titles.held(m) for m in found[:100]], package=False)
    large = steps(honour_titles, lambda: [honour_titles.held(m) for m in found], package=False)
    assert large < 2.3 * small


def test_own_work_reading_is_linear():
    unit = "He sings of the river on his porch; she writes about the town in the paper. "
    small = steps(own_news, lambda: own_news.told_public(unit * 40, 0, len(unit * 40)), package=False)
    large = steps(own_news, lambda: own_news.told_public(unit * 80, 0, len(unit * 80)), package=False)
    assert large < 2.3 * small


def test_phi003_and_phi011_stay_linear_on_figures():
    assert_linear("PHI003", "Thank you to Council Member Odette Varga! Pikeville's own Corbin Ashby sings about his new record. Kaia: rest. ")
    assert_linear("PHI011", 'a Fellow of the Royal College, "La Reina de Canal Street", que conto en su programa. ')
