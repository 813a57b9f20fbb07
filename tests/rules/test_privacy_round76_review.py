"""Round 76's review: a helper read the round's new readings and found ways through, false alarms and one slow pattern.

- A title after an animal's word made a person a pet ("the puppy Mrs. <Name> brought to her follow-up"): a title is the
  pet's only after "named" or its clause, and then the sentence is read for care.
- Walking in "for her new patient interview" was read as being hired: only a job, a shift or a position, never a new
  patient's, is one.
- "All-Star" named children of youth teams as public figures: dropped; a broken bone we set is care of ours.
- The file-name reading never ran on a picture's path ("Images. <Given> <Surname> ..."): it reads the file's own name.
- The Spanish public roles "paralímpica", "olímpico".
- The pet's name pattern split a run of blanks many ways (0.4 s a name on a window of spaces before the round, 9 s after
  it): its blanks are now possessive (0.0001 s), measured by hand, not asserted here.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "We all adored the puppy Mrs. Quintero brought along to her hip replacement check today!",
        "The little dog Mr. Haldane brings to his cardiac rehab visits is the star of our Thursdays.",
    ],
)
def test_a_person_after_an_animals_word_with_a_title_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Marisol has a gecko named Dr. Scales.", "Marisol's tortoise is called Lady Penelope."])
def test_a_pet_named_with_a_title_passes(text):
    assert not hits("PHI003", post(text), plans=with_staff("Marisol"))


@pytest.mark.parametrize(
    "text",
    [
        "Carmen Quintero came in for her new patient interview this week. Welcome to the family!",
        "Carmen Quintero estuvo en nuestra clínica para su entrevista de paciente nueva. ¡Bienvenida!",
    ],
)
def test_a_new_patients_visit_is_no_job(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Congrats to Little League All-Star Tomás Quintero, back on the diamond after we set his broken wrist!",
        "Congrats to Little League shortstop Tomás Quintero, back on the diamond after we set his broken wrist!",
    ],
)
def test_a_young_player_whose_bone_we_set_refuses(text):
    assert hits("PHI003", post(text))


def test_setting_a_table_is_no_care():
    assert not hits("PHI003", post("Mayor Lena Quintero helped us set up the health fair; we set her table by the door."))


@pytest.mark.parametrize("file", ["images/zaylee_quintero_bronchiolitis.jpg", "videos/kaysen_cruz_tonsillectomy.mp4"])
def test_an_unlisted_given_name_in_a_pictures_path_refuses(file):
    assert hits("PHI003", pictured(file))


def test_a_spanish_paralympian_visiting_is_a_public_figure():
    assert not hits("PHI003", post("Gracias a la paralímpica Grace Whitfield por visitar nuestra clínica de deportes adaptados."))
