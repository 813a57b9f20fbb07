"""Round 28, one person's care story in new words (PHI013, described_care.py): a definite singular person set apart
by a description (where they sing, pray, work or drive, the family they belong to) with an event of their own care in
that sentence or the next; and a slug that opens on a name no list holds before a procedure (slug_stories.py). What
passes (health education, a group, our staff, news someone told), what stays an error, and that each reading stays
linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import described_care
from playbook.rules.privacy.described_care import described_in_care

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


def _found(text: str) -> bool:
    return described_in_care(fold(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Big wave to the grandma from the Linwood mosque who knits us scarves: she came in for her cataract check today.",
        "The man who fixed every tractor in Dunmore County is on our palliative care service now, and still grinning.",
        "El abuelo que vende nopales frente a la parroquia pasó hoy a revisarse tras la operación de la rodilla.",
        "Felicitamos a la hija menor de la familia de la tortillería del centro: después de dos años de terapia ya habla en clase.",
        "A retired county mail carrier, who walked the Elm Hollow route for 30 years, is back home following hip surgery performed by Dr. Quist.",
        "To the fella from the Sunday drum circle who brings us pecans: your ankle is officially healed.",
        "Shout out to J from the Maple underpass who stopped by the clinic with 6 months sober. So proud of you.",
        "El muchacho que toca la trompeta en la banda del pueblo sigue en nuestro programa de diálisis y va muy bien.",
    ],
)
def test_one_described_persons_care_is_found(text):
    assert _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "When your kid has his tonsils out, the boy who sleeps most recovers fastest.",
        "Si el niño que canta en el coro tiene fiebre, puede faltar a su control.",
        "The nurse who runs our wound clinic marked 10 years with us. Our nurses are the best!",
        "The man who ran the county fair for decades told the paper about his cancer treatment.",
        "The girl from the Harlow swim team won state! Go Otters!",
        "La señora que vende flores en la esquina nos regaló rosas para la sala de espera.",
        "Many people from the church choir came to our flu shot clinic on Sunday.",
        "A longtime bus driver, who loved this town, retired this week. Happy trails!",
    ],
)
def test_education_groups_staff_and_news_pass(text):
    assert not _found(text)


@FUZZ
@given(
    st.sampled_from(["the grandpa from the {p} who", "el niño que canta en {p}", "la nieta menor de los dueños de {p}", "the lady who runs {p}"]),
    st.sampled_from(["Birchfield Temple", "la panadería Orozco", "the Quarry Road garage", "el mercado de Los Pinos"]),
    st.sampled_from(
        [
            "came in for his sugar check today",
            "pasó a su revisión tras la cirugía de vesícula",
            "is on our hospice service since last June",
            "regresó tras la operación de cataratas hecha por la Dra. Vela",
        ]
    ),
)
def test_frames_by_places_by_care_are_found(frame, place, told):
    assert _found("Shout out to " + frame.format(p=place) + ". She " + told + ".")


@FUZZ
@given(
    st.sampled_from(["the grandpa from the {p} who", "el niño que canta en {p}", "the lady who runs {p}"]),
    st.sampled_from(["Birchfield Temple", "la panadería Orozco", "the Quarry Road garage"]),
    st.sampled_from(["brought us tamales today", "nos trajo pan dulce", "won the chili cook-off again"]),
)
def test_frames_without_care_pass(frame, place, told):
    assert not _found("Shout out to " + frame.format(p=place) + ". She " + told + ".")


def test_a_described_story_is_phi013_without_authorization():
    assert hits("PHI013", post("The guy who sharpens knives at the Saturday market came in for his A1C check and it is way down!"))
    assert not hits("PHI013", post("The guy who sharpens knives at the Saturday market brought us donuts!"))


@pytest.mark.parametrize(
    ("slug", "flagged"),
    [
        ("zorvik-tanu-cataract-surgery-greeley", True),
        ("blortha-knee-replacement", True),
        ("cataract-surgery-what-to-expect", False),
        ("knee-replacement-faq-greeley", False),
    ],
)
def test_a_slug_opening_on_an_unlisted_name_before_care(slug, flagged):
    assert bool(hits("PHI003", post("A short note from our team.", path=f"content/posts/2027/11/01-{slug}.md"))) is flagged


def test_described_reading_is_linear():
    unit = "The grandpa from the temple who sings. When the man who runs the shop came in for his check. Our nurse who works nights. "
    small = steps(described_care, lambda: described_in_care(fold(unit * 20).text))
    large = steps(described_care, lambda: described_in_care(fold(unit * 40).text))
    assert large < 2.3 * small, (small, large)


@FUZZ
@given(st.sampled_from(["zorvik", "blortha", "quenmi-dorsa"]), st.sampled_from(["glaucoma-surgery", "knee-replacement", "cirugia-de-cataratas"]))
def test_slug_grid_of_unlisted_names_before_care(name, told):
    assert hits("PHI003", post("A short note from our team.", path=f"content/posts/2027/11/01-{name}-{told}-greeley.md"))


def test_a_link_path_opening_on_a_word_passes():
    assert hits("PHI003", post("Details: https://www.kettlecreek-health.test/news/winter-hours-2028")) == []
