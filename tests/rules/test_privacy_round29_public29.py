"""Round 29, people named in a public capacity and notices of public offices: a role opening the sentence and read
into the name ("Poet <Name> shares ..."), a title one person holds and its holder after it ("Reina de <Fiesta> 2027,
<Name>, ..."), placed finishers named with their results ("winners: <Name> (24:10) and <Name>"), a town before its
office and holder ("Tyler Mayor <Name>"), a town "within"/"dentro de", a state's possessive before a state's noun
("Texas's heat ..."), a clinician of another school thanked with it ("Dr. <Name> from the <School> of Nursing, who ..."),
and a state's office handle of its code and letters beside its .gov link ("@TX_DSHS"). Each
passes with no care told and stays an error with care of ours. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import cited_handles, crowned

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)

# The five made-up sentences of the shape, and their Spanish kin: none shares a content word with the corpus cases.
CLEAN = [
    "Poet Ines Valcourt shares new verses at the Harmon Street bookstore on Sunday afternoon.",
    "Reina de la Vendimia 2027, Solana Ortiz, posó con nuestras enfermeras en la feria del pueblo.",
    "Top finishers in the river swim: Odile Parks (24:10), Bram Kessel (25:02) and Nuria Soto (26:40).",
    "Tyler Mayor Pearl Okonkwo cuts the ribbon on the new playground Friday.",
    "From @TX_DSHS: cooling centers stay open statewide this week. Details: https://www.dshs.texas.gov/cooling",
    "Los campeones del torneo de ajedrez: Lucía Fierro (5 pts) y Mateo Quiroga (4 pts). ¡Bravo!",
    "Transporte gratis dentro de Tyler para la feria de salud del sábado.",
    "Rides within Tyler are free for the Saturday flu shot fair.",
    "Thanks to Dr. Ilsa Moreau from the Lakeshore Institute of Technology, who judged our science fair posters.",
    "Gracias a la Dra. Ilsa Moreau de la Universidad de Harmon, que nos enseñó a cepillar los dientes.",
]

LEAKS = [
    "Miss Hialeah 2027, Ana Ruiz, had her knee replaced here last week.",
    "Our raffle winners Lorna Veit and Tomas Ibarra, who finished her chemo with us last month.",
    "Poet Ines Valcourt came in for her infusion with us on Monday.",
    "Tyler Mayor Pearl Okonkwo had her gallbladder out here in May.",
    "Rides within Tyler for Tyler Mayor Pearl Okonkwo, whose hip we replaced in May.",
    "Thanks to Dr. Ilsa Moreau from Harmon Valley Hospital, who had her knee replaced here last week.",
    "Gracias a la Dra. Ilsa Moreau de la Clínica Harmon, que se operó de la rodilla con nosotros.",
]


@pytest.mark.parametrize("text", CLEAN)
def test_public_capacity_passes(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize("text", LEAKS)
def test_care_with_us_stays_an_error(text):
    assert hits("PHI003", text)


@pytest.mark.parametrize(
    ("handle", "sites", "named"),
    [
        ("WA_LI", frozenset({"lni", "wa"}), True),
        ("TX_DSHS", frozenset({"dshs", "texas"}), True),
        ("DOH_NM", frozenset({"nmhealth"}), False),
        ("TX_JR", frozenset({"texas"}), False),
        ("ANA_LOPEZ", frozenset({"lni", "wa"}), False),
    ],
)
def test_state_office_reads_code_and_letters(handle, sites, named):
    assert cited_handles._state_office(handle, sites)[0] is named


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("La Miss Tampa 2027, Rosa Lind, nos visito.", True),
        ("Homecoming queen Rosa Lind read to the kids.", True),
        ("Our neighbour Rosa Lind read to the kids.", False),
    ],
)
def test_titleholder_reads_the_title(text, held):
    from playbook.rules.privacy.known import Person

    start = text.index("Rosa")
    assert crowned.titleholder(text, Person(start, start + 9, ("Rosa", "Lind"), "a full name")) is held


@FUZZ
@given(
    st.sampled_from(["Winners: {a} (31:02) and {b} (33:40).", "Nuestras ganadoras: {a} (1er lugar) y {b}.", "Finishers {a} (19:58), {b} (20:31)."]),
    st.sampled_from(["Odile Parks", "Lucía Fierro", "Bram Kessel"]),
    st.sampled_from(["Nuria Soto", "Wen Hollis", "Mateo Quiroga"]),
)
def test_placed_finishers_pass(frame, a, b):
    assert hits("PHI003", frame.format(a=a, b=b)) == []


@FUZZ
@given(
    st.sampled_from(["Poet", "Novelist", "Senator", "Autora"]),
    st.sampled_from(["Ines Valcourt", "Corbin Ashby", "Perla Nakamura"]),
    st.sampled_from(["had her hip replaced here", "se opero con nosotros la semana pasada", "got his stitches with us"]),
)
def test_role_opening_with_our_care_stays_named(role, name, care):
    assert hits("PHI003", f"{role} {name} {care}.")


def test_titleholder_reading_is_linear():
    unit = "La Miss Tampa 2027, Rosa Lind, nos visito. "
    from playbook.rules.privacy.known import Person

    def run(text):
        return [crowned.titleholder(text, Person(i, i + 9, ("Rosa", "Lind"), "a full name")) for i in range(20, len(text), len(unit))]

    small = steps(crowned, lambda: run(unit * 40), package=False)
    large = steps(crowned, lambda: run(unit * 80), package=False)
    assert large < 2.3 * small


def test_state_office_reading_is_linear():
    sites = frozenset({"lni", "wa"})
    small = steps(cited_handles, lambda: [cited_handles._state_office("WA_LI", sites) for _ in range(100)], package=False)
    large = steps(cited_handles, lambda: [cited_handles._state_office("WA_LI", sites) for _ in range(200)], package=False)
    assert large < 2.3 * small


def test_phi003_stays_linear_on_public_capacity():
    assert_linear("PHI003", "Winners: Odile Parks (24:10) and Bram Kessel. Tyler Mayor Pearl Okonkwo spoke. Poet Ines Valcourt reads. ")
    assert_linear("PHI003", "Reina de la Vendimia 2027, Solana Ortiz, poso. Rides within Tyler. From @TX_DSHS: https://www.dshs.texas.gov ")
