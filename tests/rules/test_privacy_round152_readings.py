"""Round 152: what a held-back set from Montana, Wyoming and Washington showed (first sight after round 151, at 7899275d).

First sight: privacy recall 94.6% (53/56), other recall 100% (24/24), false alarms 6.7% (4/60).
Missed, and mended:
- a reply glad a child says a sound right after a year of speech therapy, said "terapia de lenguaje": the Spanish
  clinical words held "terapia del lenguaje" only ("de lenguaje", "del habla", "de habla" join it);
- an X-ray's alt text reading its label, a surname no list knows in capitals, an initial and a date: an image of one
  body (an X-ray, a film, a scan, "placa") carries a filed name as a band does, and a date after a space is a label's
  next field (record_names; not a word: "the X-ray room sign reads EXIT, B" passes);
- a slug naming a town's linebacker, his given name also a word and his surname no list knows, with his meniscus
  repair: a role right before the pair tells one person, as a story's word does (path_names._role_before).
Clean texts read as leaks, mended:
- a flu clinic's volunteers' coordinator thanked, then readers told to bring "your insurance card": an instruction to
  bring papers is no one's care (care._BRING, _PAPERS);
- a therapist's daughter named after a clause of his work that ends at its place with no comma, and "so here we are"
  after her: the place may end that clause, and "here we are" is a saying, not care placed here (staff_posts);
- a state senator who visited "nuestra clínica móvil de vacunas": a mobile vaccine clinic is an event held for all
  (event_topics).
Left: "sub-Saharan Africa" read as a given name. The name lists hold "Africa" and "Asia" as given names, and making a
world region a place everywhere would also hide a patient so named.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, photo, post, praise, with_staff


def test_speech_therapy_said_de_lenguaje_in_a_reply_is_an_error():
    assert errors("PHI002", praise("¡Qué alegría leer esto! Un año entero de terapia de lenguaje y miren nada más."))


@pytest.mark.parametrize(
    "alt",
    [
        "Film of a wrist with two pins; the sticker on the corner reads QUELLBRANDT, R. 03/02.",
        "Placa de tórax en la pantalla; la etiqueta dice Quellbrandt, R.",
    ],
)
def test_a_label_on_one_bodys_image_names_them(alt):
    assert errors("PHI003", photo(alt))


def test_a_sign_near_the_x_ray_room_is_no_label():
    assert not errors("PHI003", photo("Hallway by the X-ray room; the sign reads EXIT, B wing.", people=False))


def test_a_role_before_a_word_given_name_in_a_slug_tells_one_person():
    assert errors("PHI003", post("A note from the clinic.", path="content/posts/2027/02/boise-catcher-chase-quellbrandt-acl-repair-back-on-the-field.md"))


def test_a_role_before_a_topic_in_a_slug_is_no_name():
    assert not errors("PHI003", post("A note from the clinic.", path="content/posts/2027/02/coach-tips-summer-heat-safety.md"))


@pytest.mark.parametrize(
    "text",
    [
        "Flu shots Saturday at the Grange! Thanks to the quilting circle for the coffee, and to Verna Oxholm for coordinating volunteers. Please bring your Medicaid card along.",
        "Vacunas el sábado en el salón. ¡Gracias a Verna Oxholm por coordinar a los voluntarios! Traigan su tarjeta de seguro si tienen.",
    ],
)
def test_bring_your_card_is_no_care_of_a_volunteer(text):
    assert not errors("PHI003", post(text))


def test_a_volunteers_own_card_and_surgery_still_count():
    text = "Thanks to Verna Oxholm for coordinating volunteers. Bring your insurance card, Verna, for your knee surgery follow-up!"
    assert errors("PHI003", post(text))


_PT = with_staff("Colt Brannigan")


def test_a_members_work_ending_at_its_place_and_a_saying_are_no_care():
    text = "Say hi to Colt, our OT! While he isn't walking toddlers over balance boards he's out fishing with his son Ryder (he said not to post this, so here we are)."
    assert not errors("PHI003", post(text), plans=_PT)


def test_a_relatives_care_here_still_counts():
    text = "Say hi to Colt, our OT! While he isn't walking toddlers over balance boards he's out fishing with his son Ryder, who got his cast off here last week."
    assert errors("PHI003", post(text), plans=_PT)


def test_a_senator_at_our_mobile_vaccine_clinic_is_our_guest():
    assert not errors("PHI003", post("La senadora estatal Noemí Baraldi visitó nuestra clínica móvil de vacunas y habló con las familias."))


def test_a_senators_own_treatment_at_our_mobile_clinic_still_counts():
    assert errors("PHI003", post("La senadora estatal Noemí Baraldi recibió su quimioterapia en nuestra clínica móvil de vacunas."))


# Found by the fold of final151 and final152: with the story weights rebuilt, an older set's grant report of one patient
# (a crew leader by his age, his nationality, his packing shed and the nickname he "goes by") was no longer read as a
# story by its words, and nothing else read it. "goes by", "went by", "apodado" now give a name as "called" does
# (people._NAMED), and "one patient" ties the names of its sentence to care (care_tie).


def test_the_name_one_goes_by_beside_one_patient_is_an_error():
    text = "Behind each visit is a person. One patient, a ranch cook who goes by Pollo, had not had a cleaning in a decade."
    assert errors("PHI003", post(text))


def test_a_member_who_goes_by_a_short_name_is_only_a_warning():
    assert not errors("PHI003", post("Our new receptionist goes by Kiki, and her lemon bars are already famous."))
