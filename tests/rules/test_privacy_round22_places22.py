"""Round 22, places, organisations and handles read as people (PHI003): a road's stretch between two towns, a town
before a business of its kind, a town thanked at the close of a civic post, a town's organisation of plain words, a
shop's kind before its owner's surname, a county's handle in one case beside its .gov site, a partner thanked with her
organisation, role compounds ("team mom", "Council Member"), "the fam" as slang and a thing's name told as a pet's.
What passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import cited_handles, community_roles, places, role_compounds

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "word", "placed"),
    [
        ("Detours on KY 80 between Allen and Martin today.", "Allen", True),
        ("Detours on KY 80 between Allen and Martin today.", "Martin", True),
        ("Paving on Route 9 from Tyler to Dillon.", "Dillon", True),
        ("Shots at a Lawrence grocery store Friday.", "Lawrence", True),
        ("Refugio prepara el café de la oficina.", "Refugio", False),
        ("We sat between Allen and Martin at lunch.", "Allen", False),
    ],
)
def test_place_here_reads_roads_and_shops(text, word, placed):
    assert places.place_here(text, text.index(word)) is placed


def test_role_compounds():
    text = "Congrats to team mom Carla and Council Member Ruiz."
    assert role_compounds.in_compound(text, text.index("mom"))
    assert role_compounds.in_compound(text, text.index("Member"))
    assert not role_compounds.in_compound("Her mom Carla came by.", len("Her "))
    assert role_compounds.slang_fam("welcome to the fam Dee!", len("welcome to the "))
    assert not role_compounds.slang_fam("la fam. Ocampo vino", len("la "))


def test_run_together_handles():
    sites = cited_handles.linked_sites(["https://ready.lacounty.gov", "https://www.salud.pr.gov"])
    assert cited_handles._run_together("lapublichealth", sites)
    assert cited_handles._run_together("saludpublicapr", sites)
    assert not cited_handles._run_together("annaruns", sites)
    assert not cited_handles._run_together("health", sites)


@pytest.mark.parametrize(
    "text",
    [
        "Lane closures on SR 7 between Grace and Hope this week.",
        "Boil notice for homes on Farm Road 12 from Allen to Martin.",
        "Free blood pressure checks outside a Tyler gas station Saturday.",
        "The mayor joined us to cut the ribbon on our new office. Thank you, Charlotte!",
        "El alcalde cortó la cinta de nuestra nueva sede. ¡Gracias, Lawrence!",
        "We team up with Carolina Youth Athletics for free physicals.",
        "La Farmacia Villaseñor regala termómetros el sábado.",
        "Gracias a Zenaida Orozco de Vecinos Unidos por las traducciones.",
        "Thanks to Zenaida Orozco of the Eastside Tenants Union for the flyers.",
        "Big cheers to team mom Odalys Brenner for the orange slices.",
        "Council Member Tobias Renfro joined our health fair.",
        "Our clinic van, her name is Gertrude, rolls out Tuesday.",
        "Aviso de @lapublichealth sobre el calor: https://ready.lacounty.gov",
    ],
)
def test_round22_clean_texts_pass(text):
    assert hits("PHI003", text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Team mom Odalys Brenner brought her son in for stitches after the game.",
        "mom Odalys brought her son in for stitches.",
        "Council Member Tobias Renfro had his knee replaced with us in May.",
        "Gracias a Zenaida Orozco de Vecinos Unidos por las traducciones. Zenaida ya terminó su quimio con nosotros.",
        "Thank you, Charlotte! We are sorry about your wait at the front desk.",
        "Tips from @annaruns on the heat: https://ready.lacounty.gov",
        "Tyler hit the gym again after his ACL surgery with us.",
        "Our patient Allen Ocampo finished rehab; he drives KY 80 every day.",
    ],
)
def test_round22_leaks_stay_errors(text):
    assert hits("PHI003", text), text


@FUZZ
@given(
    st.sampled_from(
        [
            "Road work on US 31 between {p} and {q} until Friday.",
            "Paving on Route 6 from {p} to {q} next week.",
            "Flu shots outside a {p} hardware store and the {q} grocery store.",
            "Traffic on Highway 27 between {p} and {q} is slow.",
        ]
    ),
    st.sampled_from(["Allen", "Martin", "Tyler", "Lawrence", "Florence", "Austin"]),
    st.sampled_from(["Dillon", "Marion", "Warren", "Jackson", "Franklin", "Chester"]),
)
def test_towns_on_roads_and_shops_pass(frame, p, q):
    assert hits("PHI003", frame.format(p=p, q=q)) == []


@FUZZ
@given(
    st.sampled_from(["team mom {n}", "Council Member {n}", "la team mom {n}", "room parent {n}"]),
    st.sampled_from(["Odalys Brenner", "Marisela Funes", "Tobias Renfro", "Zenaida Orozco"]),
    st.sampled_from(["had her knee scoped with us", "brought her son in for stitches", "ya terminó sus quimios con nosotros"]),
)
def test_a_role_compound_with_care_stays_named(frame, name, care):
    assert hits("PHI003", frame.format(n=name) + " " + care + ".")


def test_stretches_and_shops_are_linear():
    unit = "Detours on KY 80 between Allen and Martin. A Lawrence grocery store and Route 9 from Tyler to Dillon. "
    small = steps(places, lambda: hits("PHI003", unit * 15))
    large = steps(places, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small


def test_role_compounds_and_partners_are_linear():
    unit = "Thanks to team mom Carla Brenner and Council Member Tobias Ruiz. Gracias a Lupe Orozco de Vecinos Unidos por la ayuda. "
    small = steps(role_compounds, lambda: hits("PHI003", unit * 15))
    large = steps(role_compounds, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small
    small = steps(community_roles, lambda: hits("PHI003", unit * 15))
    large = steps(community_roles, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small


def test_run_together_handles_are_linear():
    unit = "Alerta de @lapublichealth y de @saludpublicapr: https://ready.lacounty.gov https://www.salud.pr.gov "
    small = steps(cited_handles, lambda: hits("PHI003", unit * 15))
    large = steps(cited_handles, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small
