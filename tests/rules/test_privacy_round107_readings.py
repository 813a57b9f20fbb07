"""Round 107: what sets of New Hampshire and Colorado posts and replies showed.

- A staff post names a member's child, then cheers the member by name and teases him about his own sore joint ("Way
  to go <Member>, now rest that shoulder"): that sentence speaks to the member, so its care is his, not the child's.
  A sentence that calls the member and then tells of the child's care by her pronoun is still the child's.
- final108 (held back, Florida and Indiana): a job of care whose field is a condition ("our diabetes educator") opening
  the sentence after the member's name; "Gran" before a word of the dictionary (an event's name, "Gran <Word> a
  Clases") read as a full name beside our care; a parish named for Our Lady ("Nuestra Señora de <Place>") read as
  a woman from that place; a public figure at an event of ours that opens a camp ("our <Topic> Camp Kickoff").

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, post, with_staff

STAFF = with_staff("Dr. Tomas Lindqvist", "Marguerite Osei")


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Tomas Lindqvist biked the 100-mile charity ride, and his son Rafe rode the last stretch beside him. Way to go Tomas, now go rest that shoulder like you tell the rest of us.",
        "Marguerite Osei swam across the lake on Saturday while her husband Anders paddled next to her. Congrats Marguerite, and please do stretch that sore back tonight!",
        "El Dr. Tomas Lindqvist corrió su décimo medio maratón con su hija Inés esperándolo en la meta. Felicidades Tomas, ahora sí ponle hielo a esa rodilla.",
    ],
)
def test_care_said_to_the_member_after_cheering_him_by_name_is_his_own(text):
    assert not hits("PHI003", post(text), plans=STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Tomas Lindqvist biked the charity ride, and his son Rafe rode beside him. Tomas, bring him back Monday so we can check his stitches.",
        "Marguerite Osei swam the lake while her husband Anders paddled along. Congrats Marguerite, and we hope his knee surgery went well!",
        "Dr. Tomas Lindqvist biked the charity ride, and his son Rafe rode beside him. Rafe's cast comes off next week here in our office.",
    ],
)
def test_the_relatives_care_after_the_member_is_called_is_still_the_relatives(text):
    assert errors("PHI003", post(text), plans=STAFF)


def test_a_job_of_care_named_by_its_field_after_the_member_is_his_job():
    text = "Ten years of Oskar! Our asthma educator also coaches the 8U team, where his son Milo just hit his first home run."
    assert not hits("PHI003", post(text), plans=with_staff("Oskar"))


def test_a_condition_before_a_word_that_is_no_job_is_still_someones():
    text = "Ten years of Oskar! Our asthma sufferer also coaches the 8U team, where his son Milo just hit his first home run."
    assert errors("PHI003", post(text), plans=with_staff("Oskar"))


def test_gran_before_a_word_of_the_dictionary_is_an_events_name():
    assert not hits("PHI003", post("Gran Apertura del consultorio nuevo el sábado: vacunas para toda la familia con nosotros."))


def test_gran_before_a_given_name_is_still_someone():
    assert errors("PHI003", post("Gran Edith had her hip replaced with us and is already dancing."))


@pytest.mark.parametrize(
    "text",
    [
        "Tomamos la presión y ponemos vacunas con nosotros tras la misa, en la Parroquia Nuestra Señora del Carmen.",
        "Flu shots after Mass at Our Lady of Lourdes, given by our nurses this Sunday.",
    ],
)
def test_a_parish_named_for_our_lady_is_no_woman_of_a_place(text):
    assert not hits("PHI011", post(text))


def test_a_woman_known_by_her_shop_with_our_care_is_still_singled_out():
    assert errors("PHI011", post("La señora de la tortillería de la calle Pino vino por su vacuna con nosotros."))


@pytest.mark.parametrize(
    "text",
    [
        "Governor Ana Pell read to the campers at our Asthma Camp Kickoff on Saturday.",
        "Olympic rower Dana Quist, who has spoken in interviews about living with epilepsy, cheered the kids at our Epilepsy Camp Kick-off.",
    ],
)
def test_a_figure_at_a_kickoff_of_ours_named_by_its_topic_is_our_guest(text):
    assert not hits("PHI003", post(text))


def test_a_figure_who_spent_summers_at_our_camp_for_a_condition_is_still_named_with_it():
    assert errors("PHI003", post("Olympic rower Dana Quist spent three summers at our epilepsy camp as a girl."))
