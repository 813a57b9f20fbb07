"""Round 143: what two sets of posts and replies from Idaho, New Mexico and Washington showed (first sight at d917a24).

Missed, and mended:
- a reply that counts the reader's sessions with one of us ("después de tantos jueves con <Member> ..."): sessions,
  weeks or weekdays counted "with" a name or a clinician are the reader's dealings (confirms._SESSIONS_WITH);
- a photo's label read out with a quote before the surname and a record's next field after the initial ("the label
  '<SURNAME>, D - OD - 9/18'"): a quote may open a record's label, and an eye's code, a birth date's or a record's
  letters, or a full date after it make an unknown surname a record's (record_names);
- an alt text showing a young camper with the hook we took out of her thumb: a camper, a kayaker, a hunter ... is a
  person an alt text shows (privacy-names.yml person_nouns_alt).
Clean texts read as leaks, mended:
- a member's certification in a treatment ("a dry needling certification") beside her husband's name: a credential's
  topic is her training, no one's care (care_tie._CREDENTIAL);
- an Olympic downhiller telling her injuries at a school (downhiller, ski racer, slalom racer: public roles);
- a mayor cutting the ribbon of our new x-ray room beside our doctor: a new room and what it is for are no one's care
  (figure_care._OUR_PLACE).
Left: the chamber of commerce's director named in that same sentence (a director's title is no public office on its
own; the sentence names a room of care and our doctor).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, post, response, with_staff

_STAFF = with_staff("Marcus Ybarra", "Kendra Solis", "Dr. Ada Cordell")


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué alegría leerle! Después de tantos martes con Marcus, nos da gusto saber que ya camina sin dolor.",
        "We loved reading this. After all those Thursdays with Kendra, we're thrilled the stairs are easy again.",
    ],
)
def test_sessions_counted_with_one_of_us_confirm_the_reader(text):
    assert errors("PHI001", response(text, scenario="positive-review"), plans=_STAFF)


def test_a_weekly_class_with_a_member_is_no_dealing():
    text = "¡Gracias por sus palabras! Todos los jueves con Marcus hay yoga gratis en el parque, abierto a todos."
    assert not errors("PHI001", response(text, scenario="positive-review"), plans=_STAFF)


@pytest.mark.parametrize(
    "alt",
    [
        "Fundus photo of a left eye with a small bleed near the disc; the corner label says 'VANTERPOOL, R - OS - 3/2/27'.",
        "Scan printout with the tag 'HALVERSEN, T - DOB' in the top margin.",
    ],
)
def test_a_label_read_out_with_a_records_next_field(alt):
    assert errors("PHI003", post("New imaging camera in the office.", media=(Media(file="scan.jpg", alt=alt, people=False),)))


def test_a_signs_words_with_a_field_are_no_one():
    alt = "Hallway sign that reads EXIT, B - OD clinic this way."
    assert not errors("PHI003", post("Finding us is easy now.", media=(Media(file="sign.jpg", alt=alt, people=False),)))


def test_a_camper_shown_with_what_we_took_out_of_her_thumb():
    alt = "Grinning young camper from the lake campground holding up the fishhook Ada worked out of her thumb"
    assert errors("PHI012", post("Summer on the lake!", media=(Media(file="camp.jpg", alt=alt, people=True),)), plans=_STAFF)


def test_a_members_credential_in_a_treatment_is_no_care():
    text = "Six years with Kendra! She just finished a dry needling certification, and she and her husband Gil bought a horse."
    assert not errors("PHI003", post(text), plans=_STAFF)


def test_the_same_member_with_her_husbands_care_is_still_named():
    text = "Kendra finished her dry needling certification; her husband Gil had his knee scoped here the same week."
    assert errors("PHI003", post(text), plans=_STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Olympic downhiller Signe Brekke came to the middle school and told the kids about her two knee surgeries and the long road back.",
        "El alcalde de Cañón Alto, Rufino Baca, inauguró con tijeras y todo nuestra nueva sala de ultrasonido junto con el Dr. Cordell.",
    ],
)
def test_public_figures_at_our_events(text):
    assert not errors("PHI003", post(text), plans=_STAFF)


def test_a_mayor_whose_own_care_the_sentence_tells_is_still_named():
    text = "El alcalde de Cañón Alto, Rufino Baca, se hizo su ultrasonido en nuestra nueva sala con el Dr. Cordell."
    assert errors("PHI003", post(text), plans=_STAFF)
