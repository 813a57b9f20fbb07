"""Round 148: what a held-back set from Washington and Idaho showed (first sight after round 147, at 4fb72e36).

Missed, and mended: an alt text of a miner's respirator fit, with his spirometry printout, names him, and his given name
was no name at all to the lists. They call a given name "also a word" when web2 lists it in lower case and it is far
more frequent in English than in other languages: "travis" (an old word for a horse's stall), "brett", "rodney" passed
so, and a name that is "also a word" needs more than an unknown surname beside it. The lists now ask WordNet 3.0 too:
a name WordNet holds in no lower-case lemma (nor a regular form of one), rare in English and no Spanish word, is a name
only (scripts/build_lexicon.py; plain_words.txt and language_names.txt re-derived after it). The corpus's group-night
photo file named "<Given>_<Initial>_90days" is caught with it.
Clean texts read as leaks, mended:
- a nurse's spotlight that tells his work in a "when he isn't <at it>" clause, his daughter's name after: that clause
  may hold an article and three words (staff_posts._AT_WORK);
- with the new names, a physician assistant said to be a baby girl's proud father, her name and her birth last month
  after: "he's the" or "also the" before a parent's standing says it of the member, up to three words may stand before
  the kin word, and the baby's birth is the family's news there too (staff_posts).
Noticed and left: "we fitted a knee brace on <Name>, a logger": a job beside the name excuses it as a community role, and
no care of ours is read in "we fitted <a device> on <Name>" (care.cared_by_us).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, with_staff


@pytest.mark.parametrize("name", ["Travis Quellmartz", "Rodney Vantrijk", "Brett Oxholmer"])
def test_a_given_name_with_only_an_old_word_sense_is_a_name(name):
    assert errors("PHI003", post(f"Good to see {name} back on the tractor after his stitches on Tuesday."))


@pytest.mark.parametrize("name", ["Hope", "Will", "Grace"])
def test_a_given_name_that_is_an_everyday_word_still_needs_more(name):
    assert not errors("PHI003", post(f"{name} grows where neighbours show up: thank you to everyone at the food drive."))


_NURSE = with_staff("Anselmo Ruiz")


def test_a_members_work_in_a_when_he_isnt_clause_is_no_care_of_his_kin():
    text = "Ten years with Anselmo Ruiz, our nurse! When he isn't restocking the flu vaccine cooler, he's out on the river with his son Mateo, who just started nursing school."
    assert not errors("PHI003", post(text), plans=_NURSE)


def test_a_member_who_is_also_the_proud_dad_of_a_new_baby():
    text = "Anselmo Ruiz ropes every summer, and he's also the proud papa of a tiny new daughter, Juniper, born Sunday."
    assert not errors("PHI003", post(text), plans=_NURSE)


def test_the_proud_dad_of_a_baby_born_here_is_still_refused():
    text = "Congrats to the proud papa of a tiny new daughter, Juniper, born here with our midwives on Sunday!"
    assert errors("PHI003", post(text), plans=_NURSE)
