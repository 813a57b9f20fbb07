"""A neighbour known by her home on a named street, and the openings that are no one's care (a ceremony of a
clinic, a job ad): fuzzed the way staff write them, with the near-misses beside them, and read in linear time.
Every name, street and number here is made up.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)


@FUZZ
@given(
    who=st.sampled_from(
        [
            "the quiet man in the gray duplex on Larkspur Court",
            "the twins in the corner townhouse at the far end of Wren Street",
            "la viejita de la casa con rejas verdes en la calle Magnolia",
            "los señores de la casita del fondo en el callejón del Sauce",
        ]
    ),
    care=st.sampled_from(["your new hearing aids look great", "you finally beat that foot ulcer", "su presión ya está perfecta", "ya terminó sus terapias"]),
)
def test_fuzz_a_neighbour_known_by_her_home(who, care):
    found = hits("PHI011", f"A big hello to {who}: {care}!")
    assert found and who[:30] in found[0].message
    assert hits("PHI011", f"A big hello to {who}: thanks for the lemonade at our 5K!") == []


@FUZZ
@given(
    official=st.sampled_from(["The mayor", "The county sheriff", "La alcaldesa", "El presidente municipal"]),
    event=st.sampled_from(["at the opening of our diabetes clinic", "at our urgent care ribbon cutting", "en la inauguración de nuestra clínica de vacunación"]),
)
def test_fuzz_an_official_at_our_ceremony(official, event):
    assert hits("PHI011", f"{official} greeted our nurses {event}.") == []
    assert hits("PHI011", f"{official} got her flu shot {event} and said it did not hurt a bit.")


@FUZZ
@given(
    ad=st.sampled_from(
        [
            "Our only night-shift nurse position at the Cedar Street clinic is open",
            "We're hiring the only weekend sonographer in town",
            "Buscamos a la única enfermera del turno de noche para la clínica de la calle Pino",
        ]
    ),
)
def test_fuzz_a_job_ad_is_no_person(ad):
    assert hits("PHI011", f"{ad}. Apply by Friday!") == []
    assert hits("PHI011", f"{ad}, since our only night nurse at the Cedar Street clinic is out after her back surgery.")


def test_homes_and_openings_work_grows_linearly():
    """Doubling a text of near-misses of every new shape doubles the work of PHI011."""
    unit = (
        "The lady in the blue house at the far end of the old road. La casa amarilla de la calle. "
        "The mayor cut the ribbon at the opening of our new clinic on Main Street with the nurses. "
        "The only night nurse position at our clinic is open. Buscamos al único velador. "
    )
    assert_linear("PHI011", unit)
