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
from playbook.model import Media

from tests.rules.harness import errors, hits, post, response, with_staff

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


def test_a_food_challenge_in_a_file_name_with_a_name_is_someones_care():
    assert errors("PHI003", post("Allergy clinic today.", media=(Media(file="IMG_Nadia_Ferris_peanut_challenge_done_0611.jpg", alt="A plate of crackers"),)))


def test_a_reply_that_tells_the_readers_ingrown_nail_was_removed_discloses_care():
    text = "Hello {{ reviewer }}, we hear you. The ingrown nail had to be trimmed back because it was infected, so some ache afterwards is expected."
    assert errors("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        'Thanks to author Lena Marsh, who wrote "My Sister and Her Seizures", for reading with our kids at the library.',
        'Gracias a la escritora Lena Marsh, que escribió "Mi abuela y su diabetes", por leer con los niños en la biblioteca.',
    ],
)
def test_what_an_author_wrote_is_a_works_title(text):
    assert not hits("PHI003", post(text))


def test_a_quote_after_wrote_with_no_author_before_it_is_still_read():
    assert errors("PHI003", post('Our patient Lena Marsh wrote "the shoulder surgery here gave me my swing back" and we could not be prouder.'))


@pytest.mark.parametrize(
    "text",
    [
        "Un abrazo al cocinero del barco, el único de la tripulación que habla purépecha. Gracias por venir a tiempo con esa bronquitis.",
        "Hats off to the deckhand on the Sea Wren, the only one on the crew who plays the fiddle. Thanks for coming in with that infected hand.",
        "Hats off to the deckhand on the Sea Wren, the only one on the crew who plays the fiddle. Thank you for trusting us with that infected hand.",
    ],
)
def test_the_only_one_of_a_crew_thanked_for_coming_with_care_is_singled_out(text):
    assert errors("PHI011", post(text))


def test_the_only_one_of_a_crew_thanked_for_coming_to_a_party_is_no_one_singled_out():
    assert not hits("PHI011", post("Hats off to the only one on the crew who plays the fiddle! Thanks for coming to our picnic to play for everyone."))


def test_a_trade_then_a_name_then_an_everyday_wound_in_a_file_name_is_someone():
    assert errors("PHI003", post("Dock safety week.", media=(Media(file="marinero_Raul_Cisneros_herida_brazo_03abril.jpg", alt="A dock at dawn"),)))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry to hear this, {{ reviewer }}. Our case manager, Delia Fong, can be reached at 907-555-0144 any weekday.",
        "Lamentamos lo ocurrido, {{ reviewer }}. Puede localizarla al 907-555-0144, a nuestra trabajadora de caso.",
    ],
)
def test_a_line_to_reach_a_case_manager_is_no_case_number(text):
    assert not hits("PHI007", response(text))


def test_a_case_number_is_still_a_case_number():
    assert errors("PHI007", response("We're sorry, {{ reviewer }}. Your case number 4471-2290 is on file with us."))
