"""Round 91: what a set of Maine, New York, Pennsylvania, West Virginia, Maryland, Kentucky, Tennessee and Virginia posts showed.

- A reply offering to take a charge off the reader's account if they delete their review passed FTC004 when the
  charge was only a pronoun ("se lo quitamos de la cuenta"): a charge was read as taken away only by its noun.
- A Spanish diminutive of a medicine in a reply ("sus pastillitas") was no clinical word: the lexicon read plurals,
  not diminutives. A diminutive counts now when its base is listed ("insulinita", "inyeccioncita").
- A county greeted by its saint's abbreviation ("hello, St. <Name> County") was a person greeted: the run of names
  stopped at the period, and "St" alone was the greeted name.
- A state delegate ("Delegate <Name>") was no title of a public office.
- A vaccination clinic of ours ("nuestra clínica de vacunas gratis") was care beside the mayor and the boxer who came to
  it: the event was no event noun (a vaccine clinic, a flu shot clinic are events; any clinic of ours is not).
- A team photo with the diabetes day's "blue circle cutout" showed a care group ("circle"), and a practice's name with
  a person's word in it ("<Name> Women's Health") showed someone besides the team.
- A reply's "whole PT crew" that "appreciates you taking the time to post" spoke to the reader: only for the review itself.

Round 92 (held back, read after the readings above):
- A gospel singer who goes by a church's title ("recording artist Sister <Name>") was a relative named, at her first
  mention and again without the role: "Sister" and "Brother" open a stage name after a public role, and the name said
  again within a few hundred characters keeps it (stage_names.stage_prefix).
- A practice's name ending in a person's word ("el equipo de <Town> Kids en pijama") showed someone besides the team.
- A region named by two capitalised words ("in the <Two Words> region") was a full name.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import errors, hits, photo, post, praise, response


@pytest.mark.parametrize(
    "text",
    [
        "Si elimina su comentario hoy mismo, se lo quitamos de su saldo.",
        "Pull the review from Google and we can wipe it off your account.",
    ],
)
def test_a_charge_taken_off_the_account_for_a_review_removed_refuses(text):
    assert hits("FTC004", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry about the mix-up with the portal. We already took it off your account; call us with any questions.",
        "Lamentamos la confusión. Ya se lo quitamos de la cuenta y le enviamos el recibo por correo.",
    ],
)
def test_a_charge_taken_off_with_no_review_asked_for_stays(text):
    assert not hits("FTC004", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! No se olvide de la insulinita antes de la cena, y nos vemos en marzo.",
        "Qué gusto leerle. Esa inyeccioncita de los martes ya casi termina.",
    ],
)
def test_a_spanish_diminutive_of_care_in_a_reply_is_care(text):
    assert hits("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por tomarse un ratito para escribirnos! Un saludito a toda la familia.",
        "Mil gracias por la cosita tan bonita que nos escribió.",
    ],
)
def test_an_everyday_diminutive_in_a_reply_is_no_care(text):
    assert not hits("PHI002", praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hello, St. Croix Valley! Free flu shots at the fire hall on Friday.",
        "Good morning, St. Mary's County! Our walk-in hours change next week.",
    ],
)
def test_a_county_greeted_by_its_saints_abbreviation_is_a_place(text):
    assert not hits("PHI003", post(text))


def test_a_surname_after_a_saints_abbreviation_is_still_someone():
    assert hits("PHI003", post("Hi St. Pierre, your cast comes off on Monday!"))


def test_a_delegate_at_our_opening_is_a_public_official():
    assert not errors("PHI003", post("Thanks to Delegate Ruthanne Keplinger for touring our new walk-in clinic today."))


def test_a_delegates_own_care_with_us_still_refuses():
    assert errors("PHI003", post("Delegate Ruthanne Keplinger came in Tuesday for her knee surgery follow-up."))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias a la regidora Elvira Campos por pasar a nuestra clínica de vacunación gratuita en el parque!",
        "Thanks to Councilman Ray Duffy for stopping by our free flu shot clinic in the library.",
    ],
)
def test_an_official_at_our_vaccination_clinic_is_no_patient(text):
    assert not errors("PHI003", post(text))


def test_a_patient_at_any_clinic_of_ours_still_refuses():
    assert errors("PHI003", post("Wendell Sayre came to our knee clinic on Monday for his brace fitting."))


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Ada Okafor and Morgan Reyes holding a blue circle cutout for Diabetes Day",
        "Group photo: Jordan Lee, Sam Patel and Taylor Brooks outside the Cedar Point Women's Health office",
    ],
)
def test_a_team_photo_with_a_groups_word_in_a_thing_or_a_name_needs_no_authorization(alt):
    assert not hits("PHI012", photo(alt))


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Ada Okafor with the moms of our breastfeeding circle",
        "Jordan Lee and two women from the walking group in the lobby",
    ],
)
def test_a_team_photo_with_a_care_group_or_others_needs_authorization(alt):
    assert hits("PHI012", photo(alt))


def test_the_whole_crew_thanking_the_reader_for_the_review_is_ours():
    assert not hits("PHI002", praise("The whole dialysis crew thanks you for the kind words!"))


def test_the_whole_crew_speaking_of_the_readers_visits_is_the_readers_care():
    assert hits("PHI002", praise("The whole dialysis crew misses you since you switched to Tuesdays."))


def test_a_gospel_singer_who_goes_by_sister_is_a_public_figure():
    text = "Thanks to gospel singer Sister Odessa Pruitt for leading the hymn when we opened our new dental wing. Sister Odessa stayed for cake and photos with the whole crew."
    assert not hits("PHI003", post(text))  # not even a warning: a public figure named with no care of hers


@pytest.mark.parametrize(
    "text",
    [
        "My sister Odessa finally got her cast off this week!",
        "Gospel singer Sister Odessa Pruitt visited. Her big sister Odessa came in for her knee surgery.",
    ],
)
def test_a_sister_by_kin_is_still_a_relative_named(text):
    assert hits("PHI003", post(text))


def test_a_practice_named_for_its_kids_in_a_team_photo_needs_no_authorization():
    assert not hits("PHI012", photo("El equipo completo de Cedar Point Kids con gorros de fiesta: Jordan Lee, Sam Patel y Taylor Brooks"))


def test_kids_beside_the_team_in_a_photo_need_authorization():
    assert hits("PHI012", photo("Jordan Lee and Sam Patel with three kids from the swim team"))


@pytest.mark.parametrize(
    "text",
    [
        "Measles notice for everyone in the Big Bend region: check the health department's list of sites.",
        "Free flu shots across the Coal River region this Saturday.",
    ],
)
def test_a_region_named_by_two_words_is_a_place(text):
    assert not hits("PHI003", post(text))
