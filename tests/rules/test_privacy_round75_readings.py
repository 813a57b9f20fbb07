"""Round 75: readings fresh writers' cases showed missing, each written for its kind of text.

- A member's job may open the sentence after the one that names her ("Happy birthday, Dr. <Member>! Our rheumatologist
  ..."): it is her job, not care told around her own family named in it; "Our patient ..." never is.
- A word that ends like a clinical term but is capitalised after a lower-case word or a comma is a name ("Adaeze and
  Chioma", "in Tullahoma"), not a condition (lexicon; its rows are in tests/test_lexicon.py).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños, Dr. Okafor! Nuestro reumatólogo celebra doble: sus hijas, Nkem y Amara, terminan la prepa el viernes.",
        "Happy birthday, Dr. Okafor! Our rheumatologist gets two cakes this week: his daughters, Nkem and Amara, finish high school Friday.",
        "Happy birthday, Dr. Okafor 🎂 Our lead cardiologist is off to cheer his twins, Obi and Nnamdi, at their first meet.",
    ],
)
def test_a_members_job_opening_the_next_sentence_is_hers(text):
    assert not hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday, Dr. Okafor! Our rheumatologist gets two cakes this week: his daughters, Nkem and Amara, had their tonsils out here.",
        "Happy birthday, Dr. Okafor! Our patient gets two cakes this week: his daughters, Nkem and Amara, finish high school Friday.",
    ],
)
def test_care_or_a_patient_around_the_family_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))
