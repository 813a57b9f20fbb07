"""Round 44: public figures by a medal or a state seat ("bronze medalist", "la representante estatal") and their own story
told in interviews or on podcasts ("como lo ha hecho en tantas entrevistas", "on every podcast"), read by public.py and
own_news.py from privacy-names.yml (public_roles, made_public). A patient beside them is still refused. Every name here
is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, post

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Silver medalist and Pocatello native Brynn Okonkwo-Hale will start Saturday's fun run.",
        "Recibimos a la representante estatal Yazmín Oquendo en la inauguración de nuestra nueva oficina.",
        "La medallista Itzel Baraona firmó autógrafos en nuestra feria de salud.",
        "Bronze medalist Tamsin Ure talked about the shoulder injury that benched her for a season, as she has on every podcast since. Thanks, Tamsin!",
        "La nadadora Ximena Aldape volvió a contar, como en tantas entrevistas, cómo una lesión de rodilla la tuvo fuera un año.",
    ],
)
def test_public_figures_by_medal_or_seat_and_their_own_told_story_pass(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bronze medalist Tamsin Ure had her shoulder scoped with our Dr. Dana Doctor last month.",
        "Our patient Yazmín Oquendo finished her physical therapy with us this week.",
        "La representante estatal y su sobrina Itzel Baraona, que operamos de la rodilla, nos visitaron.",
    ],
)
def test_care_we_gave_or_a_patient_beside_them_refuses(text):
    assert hits("PHI003", post(text))


@FUZZ
@given(
    st.sampled_from(["Bronze medalist", "Silver medalist", "State Representative", "La representante estatal", "La medallista"]),
    st.sampled_from(["Odalys Verhoeven", "Priyanka Castellucci", "Marguerite Abebe"]),
)
def test_a_grid_of_titled_public_figures_at_our_event_passes(role, name):
    assert hits("PHI003", post(f"{role} {name} cut the ribbon at our new clinic today.")) == []
