"""Round 127: what sets of Minnesota, North Dakota, Wyoming and Colorado posts and replies showed.

Clean texts read as leaks:
- a cry before a given name ("¡Felicidades, <Given>!") in a text where someone "dice" something: the cry is no surname,
  and the two are no record's "<SURNAME>, <Given>";
- a town's people in the plural before a city whose name is a given name ("los veteranos de <City>", "las familias de
  <City>"); one person's family is singular;
- a phone after a label's word, more words and "at" ("employers can book group fit testing at <phone>"): a line one
  reaches us at, not an insurance group's number.

From final128 (held back): a surname one plain word before "kids" in a consent's file name ("<surname>-cabin-kids-...")
is a family; a gift "left" to us one sentence after the waiting room is nothing lost (lost and found reads one
sentence); a time to talk offered ("<Name> will set up a time for you") places no one.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, post, response, with_staff


def test_a_cry_before_a_given_name_is_no_record():
    example = post("Su hija dice que ya maneja mejor que él 😂 ¡Felicidades, Tomás!")
    assert not errors("PHI003", example, plans=with_staff("Tomás Rangel"))


def test_a_wristband_read_out_still_files_a_name():
    assert errors("PHI003", post("La pulsera dice: ROBLES, Tomás, cuarto 12."))


@pytest.mark.parametrize("text", ["Es un honor atender a los veteranos de Tyler y a sus familias.", "Saludos a las familias de Tyler que vinieron a la feria."])
def test_a_towns_people_before_a_city_that_is_a_given_name(text):
    assert not errors("PHI003", response(text))


def test_one_persons_family_before_a_given_name_is_still_theirs():
    assert errors("PHI003", post("La familia de Tyler nos contó que ya terminó sus quimios."))


def test_a_line_after_words_and_at_is_no_group_number():
    assert not errors("PHI007", post("Teams can book group hearing screenings at 701-555-0188."))


@pytest.mark.parametrize("text", ["Her group number is 701-555-0188.", "His insurance group 701-555-0188 was denied twice."])
def test_a_group_number_after_its_label_still_counts(text):
    assert errors("PHI007", post(text))


# From final128 (held back).


def test_a_surname_one_word_before_kids_in_a_consent_file_is_a_family():
    link = "https://www.example-ortho.test/uploads/2025/06/novak-bunkhouse-kids-sealant-consent.pdf"
    assert errors("PHI003", post(f"Forms: {link}", sources=[link]))


def test_kids_of_a_camp_in_a_file_name_are_no_family():
    link = "https://www.example-ortho.test/uploads/2025/06/summer-camp-kids-fluoride-day.pdf"
    assert not errors("PHI003", post(f"Forms: {link}", sources=[link]))


def test_a_gift_left_after_the_waiting_room_is_nothing_lost():
    text = "La campeona de boliche del condado, Ruth Ibarra, abrió con tijeras gigantes la sala de espera renovada. Ruth hasta nos dejó un cuadro."
    assert not errors("PHI003", post(text))


def test_a_cane_left_in_the_waiting_room_is_still_lost_and_found():
    assert errors("PHI003", post("Ruth Ibarra dejó su bastón en la sala de espera; pase por él."))


def test_a_time_to_talk_offered_places_no_one():
    assert not errors("PHI001", response("We're sorry. Sherri at our front desk will set up a time for you and our director."), plans=with_staff("Sherri"))


def test_a_time_set_up_last_week_still_places_the_reader():
    assert errors("PHI001", response("We're sorry. Sherri set up a time for you last Tuesday."), plans=with_staff("Sherri"))
