"""Round 38 (ids38): names in slugs and alt text with care, and a parent's pet name for her child.

A slug that joins a full name with a before-and-after (no care word needed) or with a result and a word of care; a
lone given name owning what a visit gave them ("la consulta de <Name>", "<Name>'s lab results"); a pet name no list
holds after "mi"/"my" in a post that speaks of a person and tells care, hashtags read as words. Clean slugs, alt texts
and posts of the same shapes (no one's name, a gadget, a team) stay clean. Every sentence here is made up.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import owned_parts, pet_names, slug_stories
from playbook.rules.privacy.known import Known

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)
NOBODY = Known(team=(), org=frozenset(), handles=frozenset(), squashed_name="")


def _file(name: str):
    return post("New photo.", media=[Media(name, "A photo of a bright room", False, "", None, 14)])


def _alt(alt: str):
    return post("New photo.", media=[Media("a.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    ("name", "flagged"),
    [
        ("2027-01-facelift-results-imelda-ferraro-bay-ridge.jpg", True),
        ("antes-y-despues-blefaroplastia-teodora-vasquez.png", True),
        ("lipo-before-after-shauna-mcbride-astoria.jpg", True),
        ("2026-12-resultados-rinoplastia-lucero-banuelos.jpg", True),
        ("2027-04-gastric-sleeve-progress-dwayne-ashford-month-9.mp4", True),
        # no one's name, or a result with no care
        ("2027-02-before-after-photo-tips.jpg", False),
        ("2027-03-facelift-recovery-faq.jpg", False),
        ("2026-10-charity-5k-results-riverside-park.jpg", False),
        ("IMG_2210_bunion_callus_before_after.jpg", False),
    ],
)
def test_a_slug_joining_a_full_name_and_a_shown_result(name, flagged):
    assert bool(hits("PHI003", _file(name))) is flagged, name


@pytest.mark.parametrize(
    ("alt", "flagged"),
    [
        ("Hoja impresa sobre la camilla con los resultados de Odalys", True),
        ("Termómetro y paleta en la mesita: la consulta de Yareli", True),
        ("Thumbs up from the exam chair: Kerensa's lab results are in", True),
        ("Stickers on the door for Tavio's big checkup", True),
        ("Globos azules en la puerta para el alta de Brisneyda", True),
        # results and visits of no one
        ("Cartulina con los resultados de la feria de salud", False),
        ("A checklist for your child's first appointment", False),
    ],
)
def test_a_given_name_owning_a_visits_result(alt, flagged):
    assert bool(hits("PHI003", _alt(alt))) is flagged, alt


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("So proud of my Kenzo 💙 he asked for juice with a full sentence! #speechtherapy", True),
        ("Look at my Bibi ringing that bell, she did it!! #childhoodcancer", True),
        ("Mi Tavito terminó su última sesión, ¡qué orgullo! #terapiaocupacional 🎉", True),
        ("My little Zuzu waved at the nurses all by herself today #nicugrad", True),
        ("Qué feliz estoy con mi Chiquis, ya sube las escaleras solita #fisioterapia", True),
        # a gadget, a team, no care
        ("Love my Fitbit, it keeps me walking! #hearthealth", False),
        ("My team rocked the fair today #nurselife", False),
        ("So proud of my Kenzo, he learned to ride a bike! #summerfun", False),
    ],
)
def test_a_pet_name_said_as_ones_own_with_care(text, flagged):
    assert bool(hits("PHI003", post(text))) is flagged, text


def test_hashtags_read_as_words():
    assert pet_names.tag_care("terapiadelhabla")
    assert pet_names.tag_care("cancerinfantil")
    assert not pet_names.tag_care("orgullo")
    assert not pet_names.tag_care("summerfun")


@FUZZ
@given(
    st.sampled_from(["Quillon", "Ximeno", "Quenby", "Tavito", "Zuzu"]),
    st.sampled_from(["So proud of my {n}, he {a}", "Mi {n} ya {a}, ella sola", "My little {n} {a} and mom cried"]),
    st.sampled_from(["#speechtherapy", "#terapiadelhabla", "#fisioterapia", "#childhoodcancer"]),
)
def test_fuzz_pet_name_with_a_care_tag(name, frame, tag):
    text = frame.format(n=name, a="said it all today") + " " + tag
    assert any(p.words == (name,) for p in pet_names.pet_names(text, NOBODY)), text


@FUZZ
@given(
    st.sampled_from(["Odalys", "Kerensa", "Tavio", "Yareli", "Brisneyda"]),
    st.sampled_from(["los resultados de {n}", "la cita de {n}", "{n}'s lab results", "{n}'s follow-up"]),
)
def test_fuzz_visit_result_of_one(name, frame):
    text = "Photo on the counter: " + frame.format(n=name)
    assert any(p.words == (name,) for p in owned_parts.owned_parts(text, NOBODY)), text


def test_result_of_one_stays_linear():
    unit = "los resultados de la feria y Kerensa's lab results, la cita de Navidad. "
    small = steps(owned_parts, lambda: list(owned_parts.owned_parts(unit * 20, NOBODY)))
    large = steps(owned_parts, lambda: list(owned_parts.owned_parts(unit * 40, NOBODY)))
    assert large < 2.3 * small


def test_pet_names_stay_linear():
    unit = "my Fitbit and mi Quillon, she sang #summerfun. "
    small = steps(pet_names, lambda: list(pet_names.pet_names(unit * 20, NOBODY)))
    large = steps(pet_names, lambda: list(pet_names.pet_names(unit * 40, NOBODY)))
    assert large < 2.3 * small


def test_a_long_hashtag_is_not_split_letter_by_letter():
    """Splitting a tag tries a care check per position: past a real tag's length the work stops growing with it."""
    post = "Orgullosa de mi Quillon, ella ya habla. #{}"
    small = steps(pet_names, lambda: pet_names.tag_care("ab" * 100))
    large = steps(pet_names, lambda: pet_names.tag_care("ab" * 200))
    assert small == large
    assert list(pet_names.pet_names(post.format("terapiadelhabla"), NOBODY))  # a real tag is still split and read


def test_shown_slug_stays_linear():
    unit = "before-after-photo-tips-results-"
    small = steps(slug_stories, lambda: slug_stories.shown_frame(unit * 20))
    large = steps(slug_stories, lambda: slug_stories.shown_frame(unit * 40))
    assert large < 2.3 * small
