"""Round 29, staff posts: letters of a licence after a member's name ("<Name>, RRT!", licence_letters.py) and a first or
an only said of one of the team ("the only person on our team who ...", staff_posts.one_of_us). What passes, what stays
an error, and that each reading stays linear. Every name here is invented.

The shape: a person whose place in the practice is stated (a credential after her name, "one of our team") is staff,
and what follows about her is her own news. Five made-up sentences of that shape share no content word with the
round's corpus cases (the first five of STAFF below).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import licence_letters, staff_posts
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

STAFF = [
    ("PHI003", "Say hello to Jordan Lee, CCMA! He coached soccer in Fargo before joining us."),
    ("PHI003", "Démosle la bienvenida a Jordan Lee, LMSW, quien trabajó diez años en Yakima."),
    ("PHI011", "Cake for Sam today: the only person in our office who still uses a flip phone."),
    ("PHI011", "Feliz aniversario a Morgan, la única mujer de nuestro equipo que corre maratones."),
    ("PHI003", "Taylor Brooks, RCP, CPFT leads our new lung function lab starting in June."),
]


@pytest.mark.parametrize(("code", "text"), STAFF)
def test_staff_news_passes(code, text):
    assert hits(code, text) == []


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "Thanks, Odalys, RAMONA! Your stitches came out clean."),  # a given name in capitals
        ("PHI003", "Welcome Jordan Lee, CCMA! Benedikta Oyelaran came in for her knee surgery today."),
        ("PHI011", "The only person on our staff who had a hip replaced here is back at the desk."),
        ("PHI011", "La única mujer de nuestro equipo que se operó aquí de la vesícula ya regresó."),
        ("PHI011", "Our first patient at the new office had her cataract removed by Dr. Okafor."),
    ],
)
def test_patients_stay_errors(code, text):
    assert hits(code, text)


def _person(text: str, word: str) -> Person:
    start = text.index(word)
    return Person(start, start + len(word), (word,), "greeted by name")


@pytest.mark.parametrize(
    ("text", "word", "letters"),
    [
        ("Meet Ines Varga, RRT!", "RRT", True),
        ("Welcome Ines Varga, MSN, CCRN, to the unit.", "CCRN", True),
        ("Welcome Ines Varga, OTR/L.", "OTR/L", True),
        ("Thanks, Ines, LUIS!", "LUIS", False),  # a given name
        ("Go team, RRT!", "RRT", False),  # no name before the comma
        ("Meet Ines Varga, Rrt!", "Rrt", False),  # not all capitals
    ],
)
def test_licence_letters_reads_the_frame(text, word, letters):
    assert licence_letters.licence_letters(text, _person(text, word)) is letters


_NAMES = ["Ines Varga", "Dr. Kwame Asante", "Lucía Ferrándiz", "Tomasz Wielki"]
_LETTERS = ["RRT", "CCMA", "LPCA", "RCP", "CPFT", "RPSGT"]
_FRAMES = ["Meet {n}, {c}! Glad to have you.", "Welcome {n}, {c}, to the team.", "Conozcan a {n}, {c}, de Tulsa."]


@FUZZ
@given(st.sampled_from(_NAMES), st.sampled_from(_LETTERS), st.sampled_from(_FRAMES))
def test_fuzz_letters_after_a_name_are_no_one(name, letters, frame):
    text = frame.format(n=name, c=letters)
    assert not any(letters in str(hit) for hit in hits("PHI003", text))


_GROUPS = ["on our team", "in our office", "at the front desk", "de nuestro equipo", "del personal"]
_HEADS = ["Happy birthday to the only person", "Cheers to our first person", "Felicidades a la única mujer"]


@FUZZ
@given(st.sampled_from(_HEADS), st.sampled_from(_GROUPS))
def test_fuzz_an_only_among_us_passes(head, group):
    assert hits("PHI011", f"{head} {group} who bakes bread every Friday.") == []


def test_licence_letters_grow_linearly():
    unit = "Meet Ines Varga, RRT! Thanks, Ana, LUIS! Go team, CCMA. "
    small = steps(licence_letters, lambda: [licence_letters.licence_letters(t, _person(t, "RRT")) for t in [unit * 40]])
    large = steps(licence_letters, lambda: [licence_letters.licence_letters(t, _person(t, "RRT")) for t in [unit * 80]])
    assert large < 2.3 * small + 20
    assert_linear("PHI003", unit)


def test_one_of_us_grows_linearly():
    assert_linear("PHI011", "Hugs to the only person on our team who jogs at dawn. The only nurse in our office came. ")
    assert staff_posts.one_of_us is not None
