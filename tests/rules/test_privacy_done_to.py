"""Care told as what we did to one described, or as a reading of theirs (PHI011, done_to.py through ties.py): what
counts, what passes, and that the reading stays linear. Every person and place is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import done_to

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import _rule_steps

WHO = [
    "The crossing guard at Linden Elementary",
    "The bus driver on the Route 12 loop",
    "El señor que vende elotes en la esquina de la 9 y Pino",
    "La señora q vende tamales en la esquina de la 30 y Fresno",
]
DONE = [
    "at last let us fit him with new hearing aids",
    "let us vaccinate her against shingles at last",
    "nos dejó ponerle la vacuna contra la neumonía",
    "ya tiene la A1C en 6.6",
    "trae la presión en 128/82 desde marzo",
]
NOT_DONE = [
    "reminded everyone that an A1C under 7 is the usual goal",
    "helped us take blood pressure 70 times at the fair",
    "nos contó que la meta de azúcar es menos de 130",
]


def test_done_to_reads_the_verb_and_the_care_after_it():
    text = "the crossing guard who let us fit him for hearing aids"
    assert done_to.done_to(text, 0, len(text))
    text = "the crossing guard who let us fit him for the parade photo"
    assert not done_to.done_to(text, 0, len(text))
    text = "la senora de la esquina: le pusimos sus lentes para la catarata"
    assert done_to.done_to(text, 0, len(text))


def test_a_reading_counts_but_not_a_goal_nor_a_count():
    for text in ("ya tiene la A1C en 6.8", "his sugar is down to 118", "la presion en 124/80"):
        assert done_to.done_to(text, 0, len(text)), text
    for text in ("an A1C under 7 is the goal", "we checked blood pressure 40 times", "la meta de azucar es menos de 130"):
        assert not done_to.done_to(text, 0, len(text)), text


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(WHO), st.sampled_from(DONE), st.sampled_from(["", "¡Wepa! ", "Shoutout: "]))
def test_fuzz_one_described_with_care_done_to_them_is_singled_out(who, done, lead):
    text = f"{lead}{who} {done}."
    assert hits("PHI011", post(text)), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(WHO), st.sampled_from(NOT_DONE))
def test_fuzz_a_goal_or_a_count_passes(who, said):
    text = f"{who} {said}."
    assert hits("PHI011", post(text)) == [], text


def test_done_to_grows_linearly():
    """Each pattern is one bounded scan: doubling a text of near-misses at most doubles the work."""
    unit = "The crossing guard at Linden Elementary let us fit him we got her le pusimos nos dejo poner la A1C de la de la 7 glucosa a a "
    small, large = _rule_steps("PHI011", unit * 20), _rule_steps("PHI011", unit * 40)
    assert large < 2.3 * small
