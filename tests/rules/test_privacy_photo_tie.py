"""PHI012: a photo of a group in public with no care in it warns of a missing authorization instead of refusing.

The team at a parade, volunteers at a 5K water table, a ribbon cut at a fair: HIPAA's authorization is a patient's, and
no one shown is told to be one. A photo whose alt text tells of care, of a patient, of our rooms of care, of care done
to someone, or shows a before and after stays an error. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.findings import Severity
from playbook.model import Media
from playbook.rules.privacy import photo_tie as module

from tests.rules.harness import findings, post
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=30, deadline=None)

PUBLIC_GROUPS = [
    "Kiwanis volunteers in orange vests stacking water jugs at the Turkey Trot 10K finish line",
    "Voluntarias de la parroquia repartiendo paletas en la carpa de la feria del pueblo",
    "Our whole crew in tie-dye shirts riding the float in the Founders Day parade",
    "Todo el equipo con sombreros de paja en el desfile del 16 de septiembre",
    # a team's own name and an observance are names, no one's care
    "Group photo of the Lakeshore Kidney & Dialysis Care team in teal scrubs on the back patio: Dr. Amundsen, Rocío and Tamsin",
    "Our billing and front-office staff in orange for World Kidney Day, Dr. Petrakis holding the banner",
    "Foto grupal del equipo de Pulmón Sano con camisetas moradas por el Día Mundial del Asma",
    "The whole Sunrise Heart Rhythm crew in red for American Heart Month, with Odalys's poodle Pepper",
]
TIED_PHOTOS = [
    "Volunteers helping an older man onto the exam table at the free clinic tent",
    "Nuestra enfermera le toma la presión a un señor en la carpa de la feria",
    "Rotary volunteers beside a patient in a wheelchair at the 5K start",
    "Before and after of a volunteer's smile at the parade, braces off",
    "Our team re-bandaging a runner's blistered heel at the 10K medical tent",
    "Equipo de voluntarios con un niño que lleva su monitor Holter puesto en el desfile",
    # care read in accented Spanish, and care beside a team's name or an observance
    "Foto del equipo de Corazón Sano con la señora Ibarra después de su cirugía",
    "Todo el personal en la caminata con don Eliseo, que terminó la quimioterapia",
    "The Lakeshore Kidney Care team with Mr. Haldane on his last day of dialysis, for World Kidney Day",
    # someone's own clinicians tell of their care
    "Group photo: Mr. Ostrowski, who runs the bait shop on Route 9, with his nurses at the summer picnic",
    "Foto grupal: la señora Candelaria con sus doctoras en la kermés de la parroquia",
    # a walk test is no walk, and oxygen is care
    "Mrs. Eulalie Brandt, 84, on her hallway walk test, pulling her oxygen tank behind her",
]


def _severities(alt: str) -> set[Severity]:
    return {f.severity for f in findings("PHI012", post("Thanks for a great weekend!", media=[Media("group.jpg", alt, True, "", None, 14)]))}


@pytest.mark.parametrize("alt", PUBLIC_GROUPS)
def test_a_group_in_public_with_no_care_is_a_warning(alt):
    assert _severities(alt) == {Severity.WARNING}


@pytest.mark.parametrize("alt", TIED_PHOTOS)
def test_a_photo_that_tells_care_stays_an_error(alt):
    assert Severity.ERROR in _severities(alt)


def test_a_wrong_authorization_is_an_error_whatever_the_photo():
    found = findings("PHI012", post("Thanks!", media=[Media("group.jpg", PUBLIC_GROUPS[0], True, "AUTH-NOPE", None, 14)]))
    assert {f.severity for f in found} == {Severity.ERROR}


def test_a_testimonial_post_ties_its_group_photo():
    body = '"They treated me like family." — one of our patients'
    found = findings("PHI012", post(body, media=[Media("group.jpg", PUBLIC_GROUPS[0], True, "", None, 14)]))
    assert Severity.ERROR in {f.severity for f in found}


@FUZZ
@given(
    st.sampled_from(["Rotary volunteers", "Nuestro equipo", "Lions Club members", "Voluntarios de la iglesia"]),
    st.sampled_from(["at the 5K water table", "en el desfile", "cutting the ribbon at the fair", "en la carpa de la feria"]),
    st.sampled_from(["with a patient in a wheelchair", "le toma la glucosa a una señora", "in the exam room", "checking a man's blood pressure"]),
)
def test_a_grid_of_groups_with_care_stays_an_error(group, place, care):
    assert Severity.ERROR in _severities(f"{group} {place} {care}")


@given(st.text(max_size=200), st.text(max_size=200))
@settings(max_examples=60, deadline=None)
def test_any_alt_and_body_read_without_error(alt, body):
    assert module.photo_untied(alt, body) in (True, False)


@pytest.mark.parametrize("unit", ["volunteers at the parade 5K ", "le toma la presion a Rotary team ", "before and after our team "])
def test_the_reading_stays_linear(unit):
    assert grows_linearly(module, lambda n: module.photo_untied(unit * n, unit * n))
