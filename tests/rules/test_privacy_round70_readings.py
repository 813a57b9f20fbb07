"""Round 70: readings fresh writers' cases showed missing, each written for its kind of text.

- A slug has lost its apostrophes: a given name that is also a word before a surname's possessive
  ("rebuilt-<word-name>-<surname>s-smile") is a name, as "<word-name>-<surname>" is.
- A quoted given name stitched onto someone's gear ('"BUCK" embroidered on the chest') is the wearer's name even when
  it is also a word: needlework names the wearer; a slogan is printed.
- A given name and a surname's initial ("<Given> B.") beside a visit word and its date is one patient's visit (PHI008),
  as initials are.
- Asking the reader to copy or paste their review onto another site is asking for a review (FTC004 with a reward).
- A second member offered beside a clinician ("la Dra. <Name> o nuestra coordinadora <Name> pueden hablar con usted")
  is an offer; so is "con gusto platica con usted en persona"; "gente como usted" is people in general.
- An astronaut ("astronauta") is a public role; a public figure whose given name is also a word ("Rusty") is read like any
  full name; a fall "que salió en la tele" was made public; care "gracias a nuestro equipo" is ours.
- "The only person who can get a toddler to open wide" praises a knack; a line of years right after a member is greeted
  by role is her tenure.
- Our new space or address, and "we're moving to", make the street address ours.
- Two members dressed as a pair of characters ("como Mario and Luigi"), or one "dressed up as" one, show characters.
- A district health department's handle ("@<Region>PHD") is an agency's; "Little <Plural>" is no nickname; a ski town
  before "ski patroller" is a place.
- A reply about the reader's lower back, or offering to talk with them about a treatment, tells their care (PHI002).
- A crowned title after care told first is hers only while nobody else stands before it (the guard names.py
  already had, now in one_person.py, which both read).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "link",
    [
        "https://example-ortho.test/stories/fixing-rusty-villanuevas-grin-after-his-tractor-fall",
        "https://example-ortho.test/stories/rusty-castellanos-new-knee",
    ],
)
def test_a_word_name_and_a_surnames_possessive_in_a_slug_refuses(link):
    assert hits("PHI003", post(f"Read the story: {link}"))


@pytest.mark.parametrize(
    "link",
    [
        "https://example-ortho.test/blog/how-we-rebuilt-our-front-desk-after-the-flood",
        "https://example-ortho.test/blog/hope-springs-eternal-at-the-fair",
    ],
)
def test_a_slug_of_plain_words_passes(link):
    assert not hits("PHI003", post(f"Read the story: {link}"))


def _alt(alt: str):
    return post("Caption.", media=[Media("images/x.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    "alt",
    [
        'A miner in a worn work jacket with "BUCK" embroidered on the chest, a bandage on his lower back after his nerve block.',
        'Chamarra con "CHUY" bordado en el pecho; el señor sentado en la camilla con una venda en la rodilla.',
    ],
)
def test_a_quoted_name_stitched_on_gear_in_care_refuses(alt):
    assert hits("PHI003", _alt(alt))


@pytest.mark.parametrize(
    "alt",
    [
        'A roofer in a work jacket with "HOPE" printed on it, getting his blood pressure taken.',
        'A welder with "BUCK" embroidered on his jacket, at the lunch counter of the street fair.',
    ],
)
def test_a_printed_slogan_or_a_stitched_name_with_no_care_passes(alt):
    assert not hits("PHI003", _alt(alt))


@pytest.mark.parametrize(
    "text",
    [
        "Your new frames are in! If you are Marisol T. (exam 2/9) or Jerome K. (exam 2/11), come by any weekday.",
        "Shoutout to Leticia P. for the cookies she brought to her 9:40 appointment on 6/2!",
    ],
)
def test_a_given_name_and_an_initial_with_a_visit_and_its_date_refuses(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Book your cleaning with our hygienist Marisol T. — openings on 3/4 and 3/5.",
        "Marisol T. Quintana joins our front desk on 3/1.",
        "Congrats to Jerome K. on ten years with the team! His anniversary is 3/1.",
    ],
)
def test_a_given_name_and_an_initial_as_staff_or_with_no_visit_passes(text):
    assert not hits("PHI008", post(text))


def test_copying_the_review_to_google_for_money_off_refuses():
    text = "Quick ask: paste this same review on Google too and we'll knock $15 off your next copay!"
    assert hits("FTC004", response(text, scenario="positive-review"))


def test_copying_a_link_beside_a_sale_is_no_review_asked():
    assert not hits("FTC004", post("Copy the link below to book; our Google page has our hours. $15 off whitening in May."))


@pytest.mark.parametrize(
    "text",
    [
        "Disculpe lo ocurrido. La Dra. Salcedo o nuestra supervisora Kenia pueden hablar con usted por teléfono cuando guste.",
        "Disculpe. Nuestra administradora, Lorna, con gusto platica con usted en persona; marque a la oficina.",
    ],
)
def test_a_member_offered_to_talk_passes(text):
    plans = with_staff("Dra. Salcedo", "Kenia", "Lorna")
    assert not hits("PHI001", response(text, scenario="negative-review"), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        "La Dra. Salcedo o nuestra supervisora Kenia pueden revisar su expediente con usted.",
        "Nuestra gerente platicó con usted en persona el martes.",
    ],
)
def test_a_member_tied_to_the_readers_records_or_visit_refuses(text):
    plans = with_staff("Dra. Salcedo", "Kenia")
    assert hits("PHI001", response(text, scenario="negative-review"), plans=plans)


def test_people_like_the_reader_are_no_one():
    text = "¡Gracias por nombrar a Lupita! Se lo leemos en la junta del lunes. Gente como usted nos inspira."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Lupita"))


def test_patients_like_the_reader_still_refuse():
    assert hits("PHI001", response("Pacientes como usted, que vienen cada lunes, nos alegran.", scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "La astronauta Maritza Olivas pasó por el puesto de la feria y contó que de chica le temía a los dentistas.",
        "En un programa de radio, el campeón estatal de jineteo Rusty Valdivia dijo que de chico sufría de asma.",
        "¡Gracias, Cody Aguirre! 🤠 El campeón de jineteo pasó a la feria y contó cómo se rompió la clavícula en la final (la caída salió en la tele).",
    ],
)
def test_public_figures_telling_their_own_story_pass(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ramiro Calderón contó que su asma ya está controlada gracias a nuestro equipo.",
        "Rusty Calderón says his knee replacement went great!",
    ],
)
def test_care_of_ours_or_a_bare_update_still_refuses(text):
    assert hits("PHI003", post(text))


def test_the_only_person_with_a_knack_is_praise():
    text = "A decade with Rey! Our assistant, and the only person able to coax a shy four-year-old into the chair."
    assert not hits("PHI011", post(text), plans=with_staff("Cody"))


def test_the_only_person_after_surgery_still_refuses():
    assert hits("PHI011", post("He is the only person in town who has had this surgery twice."))


def test_a_line_of_years_after_a_member_is_greeted_is_her_tenure():
    text = "Happy birthday to our nurse Shanice! 🎂 Nine years in the infusion room, always with a smile."
    assert not hits("PHI013", post(text), plans=with_staff("Shanice"))


@pytest.mark.parametrize(
    "text",
    [
        "Our nurse Shanice sends love to Mr. Ortiz! Nine years on dialysis with us and still smiling.",
        "Our nurse Shanice sends love to Rosa! Nine years on dialysis with us and still smiling.",
    ],
)
def test_a_line_of_years_after_someone_else_is_named_still_refuses(text):
    assert hits("PHI013", post(text), plans=with_staff("Shanice"))


@pytest.mark.parametrize(
    "text",
    [
        "From March 3 our clinic sits in our new, larger space at 77 9th St NW.",
        "Nuestra nueva dirección: 912 Oak Ave, junto a la panadería.",
        "We're moving to 88 Elm Street this spring, same phone!",
    ],
)
def test_our_new_address_passes(text):
    assert not hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    ["Our friend Rosa's new address is 1420 Main St, send her cards!", "Please update our patient's new address: 1420 Main St."],
)
def test_someone_elses_address_still_refuses(text):
    assert hits("PHI009", post(text))


def test_two_members_dressed_as_a_pair_show_characters():
    alt = "Costume day at check-in: Dr. Lind dressed up as Cleopatra, Nadia y Toni como Batman and Robin con capas."
    assert not hits("PHI012", _alt(alt), plans=with_staff("Dr. Lind", "Nadia", "Toni"))


def test_a_member_beside_someone_in_care_still_needs_authorization():
    assert hits("PHI012", _alt("Costume day: Nadia y Toni como Batman and Robin, and a boy getting his flu shot."), plans=with_staff("Nadia", "Toni"))


@pytest.mark.parametrize(
    "text",
    [
        "De parte de @PanhandlePHD: ya hay casos de influenza en la región; vacúnese.",
        "Cheers to Dani's birthday: our PT, and on Saturdays a Brian Head ski patroller.",
        "Our therapist Morgan came to Little Sprouts when the office was one hallway and two therapy rooms.",
    ],
)
def test_an_agency_a_ski_town_and_a_practice_name_pass(text):
    assert not hits("PHI003", post(text), plans=with_staff("Dani", "Morgan"))


@pytest.mark.parametrize("text", ["Shoutout to @RositaHD after her chemo!", "Big Tino is back on his feet after his knee surgery!"])
def test_a_persons_handle_and_a_nickname_still_refuse(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry the relief in your lower back faded so soon.",
        "Dr. Kessinger would like to talk with you about radiofrequency ablation, which tends to last longer.",
        "El Dr. Pardo desea conversar con usted acerca de la ablación, que dura más tiempo.",
    ],
)
def test_the_readers_back_or_a_treatment_to_talk_over_refuses(text):
    assert hits("PHI002", response(text, scenario="negative-review"), plans=with_staff("Dr. Kessinger", "Dr. Pardo"))


@pytest.mark.parametrize(
    "text",
    [
        "We'd love to talk with you about your concerns; please call the office.",
        "Nos gustaría hablar con usted sobre lo que pasó; llame a la clínica.",
    ],
)
def test_an_offer_to_talk_about_what_happened_passes(text):
    assert not hits("PHI002", response(text, scenario="negative-review"))


def test_a_title_after_care_told_first_is_her_care():
    assert hits("PHI011", post("¡Se quitó la férula la reina del carnaval!"))


def test_a_title_after_someone_elses_care_is_not_hers():
    text = "Nuestra enfermera le puso la férula a un niño mientras la reina del carnaval repartía calcomanías."
    assert not hits("PHI011", post(text))
