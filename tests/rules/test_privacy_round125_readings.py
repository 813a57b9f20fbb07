"""Round 125: what sets of Michigan, Wisconsin, Minnesota, North Dakota, Maine, Oklahoma, Arizona, Alaska, Mississippi
and Georgia posts and replies showed.

- A service member's rank as the services abbreviate it (PFC, SPC, SSgt, Cmdr.) is a title before a name, in a file's
  name as in a sentence; CPT, LTC and MSG are left out, being a billing code, long-term care and a seasoning first.
- A house number before its street, the Spanish way ("la casa del 9 de la calle <Name>", "al número 27 de la avenida
  <Name>"), is an address; our own move to one is our place, with "Family" in our name ("<Town> Family Medicine
  estará en ..."), which read as a household before.
- "Curación" alone is wound care: the home nurse comes for it.
Clean texts read as leaks: a promise to hand the reader to someone who can answer ("she'll connect you with our
manager") and a talk offered ("we'd like to talk with you in person") are what comes next, not a visit; our staff
reading every review we get, or beaming when we read this one, are a courtesy about the review.

Everything here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from playbook.model import Person

from tests.rules.harness import PLANS, errors, pictured, post, praise, response, with_staff

# Staff as a practice lists its clinicians: named in replies, with the clinical role.
CLINICAL = dataclasses.replace(PLANS, team={**PLANS.team, **{f"c{i}": Person(f"c{i}", name, ("author", "clinical")) for i, name in enumerate(("Gil", "Dr. Moreau", "Dr. Amani"))}})


@pytest.mark.parametrize(
    "example",
    [
        post("Welcome home, SSgt Brannigan! Knee rehab with our team starts Monday."),
        post("Big cheers for Pfc. Lindqvist, who finished her concussion therapy this week."),
        pictured("intake-video_SPC-Marsh_tbi-screen.jpg"),
    ],
)
def test_a_rank_before_a_surname_is_a_title(example):
    assert errors("PHI003", example)


def test_billing_codes_and_long_term_care_are_no_ranks():
    assert not errors("PHI003", post("Billing questions? CPT Codes and LTC Insurance, explained at our Thursday class."))


@pytest.mark.parametrize(
    "text",
    [
        "Mañana pasamos al número 27 de la avenida Olmos a dejarle su silla de ruedas.",
        "Su medicina quedó en la casa del 9 de la calle Robles, con la vecina.",
    ],
)
def test_a_house_number_before_a_spanish_street_is_an_address(text):
    assert errors("PHI009", post(text))


def test_a_date_before_a_street_fair_is_no_house_number():
    assert not errors("PHI009", post("La feria de salud es el 12 de octubre en la calle Hidalgo, frente al parque."))


def test_our_own_move_with_family_in_our_name_is_our_place():
    assert not errors("PHI009", post("¡Nos cambiamos! Desde marzo, Arroyo Family Medicine estará en el 412 de la avenida Juárez, frente al banco."))


def test_a_family_at_the_new_address_is_still_a_household():
    assert errors("PHI009", post("We moved! The family at 412 Juniper Street, Suite 2, next to the bakery, got their walker today."))


def test_a_wound_dressing_said_of_someone_is_care():
    assert errors("PHI003", post("La enfermera viene el jueves para la curación de doña Tere."))


def test_how_a_scrape_heals_names_no_one():
    assert not errors("PHI003", post("La curación de un raspón lleva unos días; lávelo con agua y jabón."))


@pytest.mark.parametrize(
    "text",
    [
        "We are so sorry. Call our office and Rosa will connect you with our manager to talk in person.",
        "We're sorry to read this. Our director would like to talk with you in person; please call us.",
    ],
)
def test_a_talk_to_come_places_no_one(text):
    assert not errors("PHI001", response(text), plans=with_staff("Rosa"))


def test_a_talk_that_happened_still_places_the_reader():
    assert errors("PHI001", response("We're sorry our manager talked with you in person for only a minute on Friday."))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a ton! Dr. Moreau reads every one of these out loud at our Friday meeting.",
        "What a note! Dr. Amani and Gil were beaming when we read this at huddle.",
    ],
)
def test_our_staff_reading_the_reviews_is_a_courtesy(text):
    assert not errors("PHI001", praise(text), plans=CLINICAL)


def test_our_staff_glad_at_the_readers_scan_still_confirms():
    assert errors("PHI001", praise("Dr. Amani was so happy when she saw your scan."), plans=CLINICAL)
