"""mend22b: leaks and a quadratic found by review in round 22's excusals. A favourite neighbour's care is read in a
bounded window (linear); "DOC" joined to a handle is a person's; a handle excused by a joined part, a quoted full name
after a person's word, a camper named with care told later, and a work's title telling care at a named clinic stay
errors; what was clean stays clean. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import favourites, stage_names
from playbook.rules.privacy.agency_handles import agency_handle
from playbook.rules.privacy.named_places import care_told
from playbook.rules.privacy.quoted_titles import _title
from playbook.rules.privacy.work_titles import without_titles

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


def test_a_favourite_role_repeated_in_one_sentence_grows_linearly():
    unit = "our favorite crossing guard waved and "
    small = steps(favourites, lambda: list(favourites.singled_out(unit * 40)))
    large = steps(favourites, lambda: list(favourites.singled_out(unit * 80)))
    assert large < 2.3 * small, (small, large)


def test_phi011_doubling_favourites_stays_linear():
    assert_linear("PHI011", "our favorite crossing guard waved and nuestra maestra querida sonrió y ", times=20)


def test_phi003_doubling_stage_names_and_titles_stays_linear():
    assert_linear("PHI003", 'The rapper "Lil Quartz" said on his page. A lady called "Faith Porter" sings. A camper named Odalys paddled. ', times=10)


@pytest.mark.parametrize(("handle", "office"), [("OSHA_DOL", True), ("NYPD_DOC", False), ("FDNY_DOC", False), ("USMC_VET", False)])
def test_a_joined_doc_is_no_department(handle, office):
    assert agency_handle(handle) is office


def test_a_joined_part_is_a_person_in_a_text_of_care():
    assert agency_handle("OSHA_DOL", "Thanks for the talk.")
    assert not agency_handle("OSHA_DOL", "Thanks for the talk. We set his broken wrist in June.")


@pytest.mark.parametrize(("quoted", "title"), [("Faith Porter", False), ("Paz Herrera", False), ("Head Start", True), ("Ready Set Home", True)])
def test_a_given_word_before_a_surname_is_a_name(quoted, title):
    assert _title(quoted) is title


def test_care_told_reads_the_span_sentence_and_the_next():
    text = 'They call her "Lady Liberty" at the gym. She finished her cardiac rehab with us.'
    assert care_told(text, text.index('"'), text.index(" at the gym"))
    assert not care_told("A camper named Odalys paddled the lake. The canoes were red.", 15)


def test_a_title_telling_care_at_a_named_clinic_is_kept():
    kept = 'her memoir "My Bypass at Cedar Bluff Medical"'
    assert without_titles(kept) == kept
    blanked = without_titles('her memoir "Salt and Sugar"')
    assert "Salt and Sugar" not in blanked


def test_the_last_care_of_ours_is_cached_by_the_text():
    text = "The singer 'La Perla' posted. We set her wrist in our clinic."
    bounds = [0, 29, len(text)]
    assert stage_names._last_our_care(text, bounds) == stage_names._last_our_care(text, bounds) == 29


@FUZZ
@given(
    st.sampled_from(
        [
            'Everyone at the market knows a man called "{g} {s}". Last spring we replaced his hip.',
            'En la parroquia conocen a una señora llamada "{g} {s}". En mayo le operamos la rodilla.',
            "We met a camper named {g} by the lake. Last week she had her tonsils out with us.",
            "Conocimos a una muñeca llamada {g} en el parque. El mes pasado le quitamos las amígdalas.",
        ]
    ),
    st.sampled_from(["Faith", "Joy", "Hope", "Paz", "Rosalind", "Odalys", "Grace"]),
    st.sampled_from(["Porter", "Herrera", "Baker", "Quillon", "Marsh"]),
)
def test_a_named_person_with_care_stays_an_error(frame, g, s):
    assert hits("PHI003", frame.format(g=g, s=s))


@FUZZ
@given(
    st.sampled_from(
        [
            "Our camper named {g} is parked by the fair's first-aid tent.",
            "Nuestra camioneta llamada {g} ya está lista para la feria de salud.",
            'Our new robot named {g} reads the checklist titled "Ready Set Home" aloud.',
        ]
    ),
    st.sampled_from(["Marigold", "Wanda", "Bessie", "Dulce"]),
)
def test_things_and_forms_stay_clean(frame, g):
    assert hits("PHI003", frame.format(g=g)) == []


def test_care_of_one_is_read_once_per_text_and_linearly():
    from playbook.rules.privacy import named_places

    unit = "A camper named Odalys paddled by the canoes. She sang by the fire and he waved. "

    def work(times: int) -> int:
        text = unit * times
        return steps(named_places, lambda: [named_places.named_thing(text, m) for m in range(15, len(text), len(unit))])

    small, large = work(15), work(30)
    assert large < 2.3 * small, (small, large)
