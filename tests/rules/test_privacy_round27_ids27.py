"""Round 27, identifiers in links, slugs, plates and addresses, and review gating said in any words.

A licence plate after "chapa" with its state's code (PHI007); a pickup address whose town opens on a venue word
(PHI009, addresses.py); a meeting link whose "...name" key holds a person with their care (urlwords.py, PHI003); a
slug with a listed given name, a surname no list holds and care (slug_stories.py, PHI003); two conditions side by
side that send the pleased to a review site and the others to the desk first (FTC004, review_gating.py). What
passes, what stays an error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.honesty import review_reading
from playbook.rules.privacy.common import URL_NAME_KEYS
from playbook.urlwords import link_words

from tests.rules.harness import hits, post
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


def _slug(slug: str):
    return post("A short note from our team.", path=f"content/posts/2027/11/01-{slug}.md")


def _link(url: str):
    return post(f"Join here: {url}", sources=(url,))


# --- plates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "La señora del pilates de las 5, la del Jetta azul chapa TX K82-PLM, dejó la puerta abierta.",
        "Whoever drives the tan Camry, tag NM 7RT-Q44, your headlights are still on.",
        "El del masaje de los martes, placa AZ 3BD 918, tiene una llanta baja.",
    ],
)
def test_a_plate_with_its_state_code_is_an_identifier(text):
    assert hits("PHI007", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La placa dental se forma a diario: cepíllate 2 veces al día.",
        "Cambiamos la chapa de la puerta 12 del consultorio.",
        "Tag us in your race photos this spring!",
    ],
)
def test_plaque_locks_and_tags_pass(text):
    assert hits("PHI007", post(text)) == []


@FUZZ
@given(
    st.sampled_from(["chapa {s} {p}", "plate {s} {p}", "tag {s} {p}", "placas {s} {p}", "matrícula {s} {p}"]),
    st.sampled_from(["FL", "TX", "NM", "CA", "AZ"]),
    st.sampled_from(["Y52-QRT", "8KD 441", "ZX7-9041", "MQT 2290"]),
)
def test_plate_grid(frame, state, plate):
    assert hits("PHI007", post("El del Civic gris, " + frame.format(s=state, p=plate) + ", dejó las luces prendidas."))


# --- addresses ---------------------------------------------------------------------------------------


def test_a_town_opening_on_a_venue_word_is_no_venue():
    assert hits("PHI009", post("The shuttle stops at 38 Begaye Dr, Church Springs at 5:10am now. Yes, Mr. T, that's you."))
    assert hits("PHI009", post("La camioneta recoge en 77 Nez Dr, Mission Flats a las 4:50. Sí, Don R, usted."))


@pytest.mark.parametrize(
    "text",
    [
        "Bake sale at 400 Main St, First Baptist Church, Saturday morning.",
        "Free screenings at our clinic, 300 Hogan Dr, Window Rock.",
    ],
)
def test_venues_and_our_clinic_still_pass(text):
    assert hits("PHI009", post(text)) == []


def test_address_reading_is_linear():
    assert_linear("PHI009", "Open house at 12 Pine Rd, Church Hill Library. The van stops at 9 Elm Dr, Mission Creek. ", times=10)


# --- links ---------------------------------------------------------------------------------------------


def test_a_name_key_reads_as_a_person():
    keys = URL_NAME_KEYS
    assert link_words("https://zoom.test/j/9?uname=Tally%20Brisbo", name_keys=keys).startswith("patient: ")
    assert link_words("https://zoom.test/j/9?displayname=Tally+Brisbo", name_keys=keys).startswith("patient: ")
    assert not link_words("https://zoom.test/j/9?eventname=Kidney%20Talk", name_keys=keys).startswith("patient")
    assert not link_words("https://zoom.test/j/9?filename=flyer.pdf", name_keys=keys).startswith("patient")


@pytest.mark.parametrize(
    "url",
    [
        "https://us02web.zoom.test/j/7712?pwd=QWx&uname=Dalia%20Fenwright%20(suboxone%20follow-up)",
        "https://meet.example.test/j/55?guestname=Ramiro+Quellet+(consejer%C3%ADa+de+adicciones)",
    ],
)
def test_meeting_links_with_a_person_and_care_are_refused(url):
    assert hits("PHI003", _link(url))


@pytest.mark.parametrize("url", ["https://us02web.zoom.test/webinar/register/WN_a1b2?eventname=Kidney%20Health%20Q%26A", "https://us02web.zoom.test/j/7712?pwd=QWx"])
def test_a_public_webinar_link_passes(url):
    assert hits("PHI003", _link(url)) == []


# --- slugs ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("slug", ["2027-11-earl-qowhatsie-5-years-dialysis-mesa", "wendell-tohdeena-kidney-transplant", "marisol-xitlaquen-dialisis-3-anos"])
def test_a_listed_given_name_and_an_unlisted_surname_with_care(slug):
    assert hits("PHI003", _slug(slug))


@pytest.mark.parametrize("slug", ["what-is-dialysis-5-facts", "grace-period-for-insulin-refills", "june-kidney-walk-2027", "will-zepbound-help-diabetes"])
def test_education_slugs_pass(slug):
    assert hits("PHI003", _slug(slug)) == []


@FUZZ
@given(st.sampled_from(["Earl", "Marisol", "Wendell"]), st.sampled_from(["Qowhatsie", "Brindlemoor", "Xitlaquen"]), st.sampled_from(["dialysis", "insulin-pump", "dialisis"]))
def test_slug_grid(given_name, surname, care):
    assert hits("PHI003", _slug(f"{given_name.lower()}-{surname.lower()}-10-years-{care}"))


# --- review gating ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "If our team made your week brighter, tell the world on Google!\nIf we missed the mark, see the front desk first and we'll sort it out.",
        "Si le alegramos el día, cuéntelo en Facebook. Si le quedamos mal, pase primero a recepción antes de publicar nada.",
        "quick poll: rate us 9 or 10 -> here's our Yelp link; rate us lower -> it lands in the director's inbox and no one else sees it",
    ],
)
def test_gating_by_contrasted_conditions(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "We read every review, good or bad. If you have a minute, leave us one on Google!",
        "If you enjoyed the walk, share a photo on Facebook! If you have questions, call the front desk.",
    ],
)
def test_inclusive_asks_pass(text):
    assert hits("FTC004", post(text)) == []


def test_contrasted_reading_is_linear():
    unit = "If we helped, review us on Google! If not, see the front desk first. "
    small = steps(review_reading, lambda: hits("FTC004", post(unit * 20)))
    large = steps(review_reading, lambda: hits("FTC004", post(unit * 40)))
    assert large < 2.3 * small


def test_plate_reading_is_linear():
    assert_linear("PHI007", "La del Jetta, chapa TX K82-PLM, ya salió. Cambiamos la chapa de la puerta. ", times=10)
