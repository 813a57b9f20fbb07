"""Round 68 (kept back until the end of session 39, then read): what its cases showed missing.

- An oral food challenge ("reto oral con huevo", "oral food challenge") is care.
- A file name that parts its fields with "_" and its words with "-" is read field by field: "clinica-movil" ends
  before the name that follows it, so the name is no clinic's.
- "Nine staff members" in a team photo's alt text are staff, when no care is told.
- A climber ("la escaladora <Name>") is a public role, and "en todas sus entrevistas" is her story made public.
- "Esófago de Barrett" names a condition, no one.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post, with_staff


def test_an_oral_food_challenge_is_care():
    assert hits("PHI003", post("¡BRAVO CAMILA! Con apenas 8 años, hoy pasó su reto oral con cacahuate aquí en el consultorio."))


def test_advice_about_an_oral_food_challenge_names_no_one():
    assert not hits("PHI003", post("Kids with a peanut allergy: ask us whether an oral food challenge is right for your child."))


def test_a_file_name_read_field_by_field_names_the_patient():
    media = [Media("images/clinica-movil_Pedro-Xicay_herida-pie-diabetico_12jul.jpg", "", False, "", None, 14)]
    assert hits("PHI003", post("Fotos de la jornada.", media=media))


def test_staff_members_in_a_team_photo_need_no_authorization():
    alt = "Eight staff members in matching flannel shirts behind the front desk, Dr. Oberle in the middle with her corgi."
    assert not hits("PHI012", post("Flannel Friday!", media=[Media("images/t.jpg", alt, True, "", None, 14)]), plans=with_staff("Dr. Oberle"))


def test_staff_members_after_their_care_still_need_authorization():
    alt = "Eight staff members right after their flu shots, Dr. Oberle in the middle."
    assert hits("PHI012", post("Flu shot day!", media=[Media("images/t.jpg", alt, True, "", None, 14)]), plans=with_staff("Dr. Oberle"))


def test_a_climber_who_tells_it_in_all_her_interviews_made_it_public():
    text = "¡Gracias a la escaladora Itzel Roblero por venir a nuestra charla! Itzel contó cómo creció con asma severa y cómo aprendió a controlarla. Lo cuenta en todas sus entrevistas."
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Con los años, el ácido puede causar esófago de Barrett; conviene revisarse.", "Barrett's esophagus needs a yearly check."])
def test_barretts_esophagus_names_no_one(text):
    assert not hits("PHI003", post(text))


def test_barrett_with_his_care_is_a_name():
    assert hits("PHI003", post("Barrett had his scope with us today."))
