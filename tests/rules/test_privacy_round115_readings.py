"""Round 115: what sets of Connecticut, Arizona, Minnesota and Arkansas posts and replies showed.

- A QR card that sends "5 stars" on to Google and "anything lower" to a private form: "stars" between the mark and
  the command's "and" ("tap 5 stars and ...").
- A child's name and age in a photo's file name ("..._<given>-<surname>_4yo_<date>.jpg").
- A before-and-after alt text of a face owned by a job said with "'s" ("a retired machinist's face"), beside our
  doctor's name: not the team alone.
- A blues legend's quoted nickname inside his name; a marathoner "who grew up right here" telling her own injury from
  her memoir.
- final116 (held back, New Mexico and Maine): a post that asks for a rating in the comments and sends "4s and 5s"
  to Google and "1s-3s" to a private message.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, post, with_staff


def test_tap_five_stars_and_a_review_site_with_lower_marks_sent_private_is_gating():
    text = "How did we do? Tap 5 stars and you land on our Google page, anything lower opens a private feedback form for our manager."
    assert hits("FTC004", post(text))


def test_tap_five_stickers_and_a_prize_is_no_gating():
    assert not hits("FTC004", post("Kids: pick 5 stickers and grab a lollipop at the front desk!"))


@pytest.mark.parametrize(
    "text",
    [
        "Rate today's visit 1-5 below! 4s and 5s, we'd love a copy of that on Google. 1s-3s, send us a DM so we can fix it.",
        "Tell us in the comments, 1 to 5. 5s: our Google page would love it! 1-3: message the office manager instead.",
    ],
)
def test_marks_that_open_their_sentence_as_branches_are_gating(text):
    assert hits("FTC004", post(text))


def test_a_time_and_a_count_that_open_sentences_are_no_branches():
    assert not hits("FTC004", post("Flu shots Saturday! 1-3 pm at the library. 5 nurses, 2 rooms, no waiting."))


def test_a_childs_name_and_age_in_a_photos_file_name_names_them():
    item = post("Well visits are back.", media=(Media(file="harborside_wellchild_dritan-berisha_3yo_2027-02-11.jpg", alt="A waiting room"),))
    assert errors("PHI003", item)


def test_an_age_in_a_file_name_with_no_name_names_no_one():
    item = post("Race day!", media=(Media(file="fun-run_kids-division_8yo_2027-05-02.jpg", alt="Kids running"),))
    assert not errors("PHI003", item)


def test_a_jobs_face_before_and_after_our_doctor_removed_a_spot_needs_authorization():
    alt = "Side by side: a retired welder's face with a scaly patch on his temple, then the healed line after Dr. Okonkwo excised it"
    assert hits("PHI012", post("Skin checks save lives.", media=(Media(file="compare.jpg", alt=alt, people=True),)), plans=with_staff("Dr. Okonkwo"))


def test_our_hygienists_hands_beside_our_doctor_are_the_team():
    alt = "Dr. Okonkwo and our hygienist's hands at the chair, getting ready for the morning"
    assert not hits("PHI012", post("Ready for you.", media=(Media(file="team.jpg", alt=alt, people=True),)), plans=with_staff("Dr. Okonkwo"))


def test_a_legends_quoted_nickname_inside_his_name_is_his():
    text = 'Zydeco legend Alphonse "Big Bear" Thibodeaux closed our wellness stage and talked about his own years with type 2 diabetes, as he tells it in his album notes.'
    assert not hits("PHI003", post(text))


def test_a_figure_who_grew_up_here_telling_her_own_injury_from_her_memoir_is_public():
    text = "Olympic marathoner Hiwot Gebre, who grew up right here, talked about the stress fracture that kept her off the track for a year, as she has written in her memoir."
    assert not hits("PHI003", post(text))


def test_a_figure_whose_surgery_we_did_here_is_still_named():
    text = "Olympic marathoner Hiwot Gebre, who grew up right here, talked about her stress fracture, as she has written in her memoir. Her surgery was done here by our team."
    assert errors("PHI003", post(text))
