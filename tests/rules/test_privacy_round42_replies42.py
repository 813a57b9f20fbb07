"""Round 42, replies42: the reader's own ailment or medicine named in an informal reply (reader_ailments.py, PHI001):
Central American voseo ("te sentís mejor de", "cómo seguís de", a medicine in the diminutive) and Pidgin or casual
English (an injury of the reader's "stay healing", "stay pau"). Advice under a condition and generic replies pass.
Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.rules.privacy import reader_ailments as module
from playbook.rules.privacy.reader_ailments import reader_ailments

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        # the shape's own five, sharing no content word with the corpus cases
        "Ay, Nayeli, qué dicha que ya te sentís mejor del azúcar.",
        "¿Y cómo andás de la cadera, Chalo? Acá te extrañamos.",
        "Bien por vos que seguís poniéndote la insulina sin falta.",
        "Aloha Keoni! Dat scrape on your knee stay pau or what?",
        "Great to see the blister on your heel is closing up, Wendell!",
        # more of the kind, EN/ES
        "Qué bueno que te estás tomando la pastillita de la tiroides.",
        "Glad your incision looks healed, thanks for the stars!",
    ],
)
def test_the_readers_ailment_in_an_informal_reply_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Si sentís mareo o te duele la cabeza con el calor, tomá agua y descansá en la sombra.",
        "Until your sunburn stops peeling, skip the pool and keep using lotion.",
        "Cuando te estés tomando un antibiótico, preguntá antes de mezclarlo con otra cosa.",
        "Hope your summer stays fun, thanks for the kind words!",
        "¡Gracias por escribirnos, vos! Que tengás una linda semana.",
    ],
)
def test_advice_and_generic_replies_pass(text):
    assert hits("PHI001", response(text)) == []


@FUZZ
@given(
    st.sampled_from(["Chayo", "Kalani", "Benicio", "Mirta"]),
    st.sampled_from(
        [
            "Gracias, {n}, ya te sentís mejor de la {p}.",
            "¿Cómo seguís de la {p}, {n}?",
            "Mahalo {n}, hope da cut on your {p} stay healing!",
        ]
    ),
    st.sampled_from(["rodilla", "espalda", "mano", "arm", "shin"]),
)
def test_a_grid_of_readers_and_parts_refuses(name, frame, part):
    assert list(reader_ailments(frame.format(n=name, p=part)))


@pytest.mark.parametrize(
    "unit",
    [
        "Si te sentís mejor de la tarde, vení. Cómo está. Your cut is not. Te tomás la decisión. ",
        "Ya te sentís mejor del pulmón. Your burn stay healing. ",
    ],
)
def test_the_reading_stays_linear(unit):
    small = steps(module, lambda: list(reader_ailments(unit * 20)), package=False)
    large = steps(module, lambda: list(reader_ailments(unit * 40)), package=False)
    assert large < 2.3 * small


def _alt(alt: str, people: bool = False):
    return post("New photo.", media=[Media("a.jpg", alt, people, "", None, 14)])


@pytest.mark.parametrize(
    ("alt", "flagged"),
    [
        # a body part of someone known by a job closed up into one word (alt_bodies._compound_job)
        ("Our NP dressing a scrape on the shin of a tall Tongan steelworker in his hard hat", True),
        ("Taping the wrist of a retired longshoreman from the east harbor", True),
        ("Splinting the thumb of an older beekeeper still in her veil", True),
        # a body part of no one, and a human in a diagram of anatomy, stay clean
        ("Our NP showing a model of the wrist bones to the front desk", False),
        ("Close-up of a hand washing station by the lobby door", False),
    ],
)
def test_a_body_part_of_a_compound_job_in_alt(alt, flagged):
    assert bool(hits("PHI012", _alt(alt))) is flagged
