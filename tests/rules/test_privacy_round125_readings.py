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

From final126 (held back): a city's name after a town's facility ("el aeropuerto de <City>") is the place; "the only one
in this building who ..." said of a member is one of us; a cry of joy ("What a kind note") before our staff who will
both read it; a story told "at many town meetings" is told in public, and our care of a figure's relative said in the
present ("our clinic treats him") is ours, which neither reading caught before.

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


# From final126 (held back).


def test_a_city_after_a_towns_facility_is_a_place():
    assert not errors("PHI003", post("Aviso: una viajera con tos ferina pasó por la terminal de autobuses de Dallas el 9 de abril."))


def test_a_childs_kinder_before_a_name_is_still_theirs():
    assert errors("PHI003", post("El kinder de Savannah celebró que terminó sus quimioterapias."))


def test_the_only_one_in_this_building_with_a_knack_of_ours_is_staff():
    assert not errors("PHI011", post("Happy birthday to Lena! Proud aunt of three, Lena is the only one in this whole building who likes cold brew in January."), plans=with_staff("Lena"))


def test_the_only_one_in_this_building_with_care_is_singled_out():
    assert errors("PHI011", post("Happy birthday to Lena! She is the only person in this building who had her knee replaced here last spring."), plans=with_staff("Lena"))


def test_a_cry_of_joy_then_our_staff_who_will_read_it_is_a_courtesy():
    assert not errors("PHI001", praise("What a kind note to open on a Tuesday. Gil and Dr. Moreau will both read this."), plans=CLINICAL)


def test_a_day_of_theirs_before_our_staff_who_will_read_it_still_confirms():
    assert errors("PHI001", praise("So sorry about Friday. Gil and Dr. Moreau will both read this."), plans=CLINICAL)


def test_a_story_told_at_town_meetings_is_already_public():
    text = "Councilwoman Rhoda Vance opened our memory café and spoke, as she has at many town meetings, about her husband's dementia."
    assert not errors("PHI003", post(text))


def test_a_story_told_at_town_meetings_with_our_care_is_still_ours():
    text = "Councilwoman Rhoda Vance spoke, as she has at many town meetings, about her husband's dementia. Our memory clinic treats him every week."
    assert errors("PHI003", post(text))


def test_a_figures_relative_we_treat_now_is_our_care():
    assert errors("PHI003", post("Councilwoman Rhoda Vance spoke about her husband's dementia. Our memory clinic cares for him now."))


def test_a_figure_we_treat_like_family_is_no_care():
    assert not errors("PHI003", post("Mayor Ruiz cut the ribbon; our staff treats him like family."))


def test_a_story_told_at_support_group_meetings_is_not_public():
    text = "Retired teacher Ann Moss talked, as she has at many support group meetings, about her chemo."
    assert errors("PHI003", post(text))
