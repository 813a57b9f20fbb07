"""Round 30, a public person telling their own health news (own_news.py): a verb of their own telling nobody listed
before ("recounted", "talked about", "blogged", "ha contado", "escribio sobre"), an outlet of their own ("on her own
podcast", "in his weekly column", "en su boletin", "en cada entrevista"), a team's role that is also a word ("<Team>
keeper <Name>"), a town's own role ("Tyler's own lightweight champ"), a description holding a public role, and a
doctor of ours only thanked in the sentence after the news. Each passes with no care of ours told and stays an error
with it ("whom we treated", "a quien operamos", "Dr. <Name> ... for treating her", "... here"). Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import hometowns, own_news
from playbook.text import sentence_bounds

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

# The shape: a public person (role or title near the name) + their own telling or outlet + their health. Five made-up
# sentences of it that share no content word with the corpus cases, and their kin.
CLEAN = [
    "Congresswoman Imelda Sarkis recounted her childhood asthma attacks at Tuesday's town hall.",
    "Senator Ruth Abernathy wrote on her blog that her gallbladder came out in March. She toured the splash pad today.",
    "El alcalde Ramiro Quintanilla ha contado en su columna semanal que le pusieron un marcapasos. Hoy inauguró la feria.",
    "Portland Thorns keeper Wren Ballard chronicles her torn meniscus rehab on her own podcast.",
    "Tyler's own lightweight champ Dario Pike talked about his broken jaw in his weekly vlog.",
    "La senadora Olga Benítez escribió sobre su cáncer de tiroides en su boletín mensual. ¡Gracias por visitar la feria!",
    "La cantante Maribel Soler ha compartido en cada entrevista que vive con lupus; hoy cantó en nuestra kermés.",
    "The Rockford Rivets pitcher blogged about his elbow surgery on his own site.",
]

LEAKS = [
    "Senator Ruth Abernathy, whom we treated for pneumonia last week, wrote on her blog that she feels great.",
    "El alcalde Ramiro Quintanilla, a quien operamos de la rodilla, lo ha contado en su columna.",
    "La senadora Olga Benítez, a quien atendimos en marzo, escribió sobre su cáncer en su boletín.",
    "Mayor Joan Pruitt talked about her pacemaker in her weekly column. Thank you, Dr. Ada Okafor, for treating her!",
    "Mayor Joan Pruitt talked about her pacemaker in her weekly column. Dr. Ada Okafor placed it here.",
    "Councilman Ike Obi talked to us about his kidney stones.",
    "Our patient Wren Ballard chronicles her meniscus rehab with us on her own podcast.",
    "Tyler's own lightweight champ Dario Pike had his jaw wired here last week.",
]


def _errors(text: str) -> list:
    return [code for code in ("PHI003", "PHI008", "PHI011") if hits(code, text)]


@pytest.mark.parametrize("text", CLEAN)
def test_own_news_passes(text):
    assert _errors(text) == []


@pytest.mark.parametrize("text", LEAKS)
def test_care_from_us_stays_an_error(text):
    assert _errors(text)


def test_a_doctor_only_thanked_after_the_news_is_no_care():
    text = "Mayor Joan Pruitt opened the park. In her speech, the mayor said her brother needed a pacemaker at forty. Thank you, Mayor, and thanks to our director Dr. Ada Okafor!"
    assert hits("PHI011", text) == []
    assert hits("PHI011", text.replace("Thank you, Mayor, and thanks to our director Dr. Ada Okafor!", "Dr. Ada Okafor placed it."))


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("She talked about her comeback at the clinic night.", True),
        ("He has been documenting the rehab for fans.", True),
        ("She posted it on her own channel.", True),
        ("He wrote in his newsletter last spring about the scar.", True),
        ("Lo ha contado en cada entrevista.", True),
        ("Lo cuenta en su propio canal.", True),
        ("She talked to us about her rehab.", False),
        ("Nos ha contado que sigue con dolor.", False),
        ("She rested in her own home after the fall.", False),
        ("He waited in his car.", False),
    ],
)
def test_told_public_reads_telling_and_outlets(text, told):
    assert own_news.told_public(text, 0, len(text)) is told


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Atlanta Comets guard Keli Mae", True),
        ("Channel 9 anchor Keli Mae", True),
        ("the night guard Keli Mae", False),
        ("our security guard Keli Mae", False),
    ],
)
def test_team_role_before_needs_a_capitalised_team(text, team):
    assert own_news.team_role_before(text, text.index("Keli")) is team


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Tyler's own featherweight champion Lio Vance signed gloves.", True),
        ("Lowell's very own gymnast Ana Pike waved.", True),
        ("Lowell's own words were kind.", False),
        ("Tyler's own heavyweight champ Lio Vance had his nose set here.", False),
    ],
)
def test_a_town_before_its_own_public_role(text, town):
    end = text.index("'s")
    assert hometowns.hometown(text, 0, end, lambda _: False) is town


@FUZZ
@given(
    st.sampled_from(["Senator {n}", "Mayor {n}", "La alcaldesa {n}", "El boxeador {n}", "Quarterback {n}"]),
    st.sampled_from(["Odessa Varga", "Bruno Teixeira", "Nilda Orozco"]),
    st.sampled_from(
        [
            "recounted a kidney stone on her own podcast",
            "blogged about his gout flare in his weekly column",
            "escribió sobre su diabetes en su boletín",
            "ha contado en cada entrevista que tuvo un infarto",
        ]
    ),
)
def test_own_telling_grid_passes(frame, name, told):
    assert _errors(f"{frame.format(n=name)} {told}.") == []


@FUZZ
@given(
    st.sampled_from(["Senator {n}", "Mayor {n}", "La alcaldesa {n}", "El boxeador {n}"]),
    st.sampled_from(["Odessa Varga", "Bruno Teixeira", "Nilda Orozco"]),
    st.sampled_from(
        [
            ", whom we treated for a kidney stone, blogged about it in a weekly column",
            ", a quien operamos del tobillo, lo ha contado en cada entrevista",
            " had a kidney stone removed here and blogged about it on a personal site",
        ]
    ),
)
def test_care_of_ours_grid_stays_an_error(frame, name, care):
    assert _errors(f"{frame.format(n=name)}{care}.")


def _linear(module, run, unit: str) -> None:
    small = steps(module, lambda: run(unit * 30), package=False)
    large = steps(module, lambda: run(unit * 60), package=False)
    assert large < 2.3 * small, (small, large)


def test_told_public_is_linear():
    _linear(own_news, lambda text: own_news.told_public(text, 0, len(text)), "She rested in her own home and in her car with his words about that. ")


def test_own_news_with_a_thanked_doctor_is_linear():
    def run(text):
        bounds = sentence_bounds(text)
        return [own_news.own_news(text, bounds, i) for i in range(0, len(text), 400)]

    _linear(own_news, run, "The mayor waved to all. Thanks to Dr. Ada Okafor and the crew. ")


def test_team_role_before_is_linear():
    unit = "Atlanta Comets guard Keli Mae waved. "
    _linear(own_news, lambda text: [own_news.team_role_before(text, i) for i in range(0, len(text), len(unit))], unit)


def test_town_role_is_linear():
    unit = "Tyler's own lightweight champ Lio Vance waved at the fair. "
    _linear(hometowns, lambda text: [hometowns.hometown(text, i, i + 5, lambda _: False) for i in range(0, len(text), len(unit))], unit)
