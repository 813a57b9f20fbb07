"""Round 127: what sets of Minnesota, North Dakota, Wyoming and Colorado posts and replies showed.

Clean texts read as leaks:
- a cry before a given name ("¡Felicidades, <Given>!") in a text where someone "dice" something: the cry is no surname,
  and the two are no record's "<SURNAME>, <Given>";
- a town's people in the plural before a city whose name is a given name ("los veteranos de <City>", "las familias de
  <City>"); one person's family is singular;
- a phone after a label's word, more words and "at" ("employers can book group fit testing at <phone>"): a line one
  reaches us at, not an insurance group's number.

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
