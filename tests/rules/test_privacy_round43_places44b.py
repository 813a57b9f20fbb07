"""Round 44, places44b: places read as people by PHI003. A county's or a city's office tagged by its place and two
letters ("@YoloHD", "@PolkSO": place_handles.py) and a state inside an insurer's or a plan's name ("BCBS of Georgia",
"Blue Cross of Virginia": places.py) pass; a person's handle of a given name or a surname and two letters, and a
person named beside insurance, stay refused. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.place_handles import place_office_handle

from tests.rules.harness import hits, post

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Road closures tonight: follow @YoloHD and @CobbPD for updates before you drive in.",
        "Boil-water notice from @MaricopaPH: use bottled water to mix formula until Friday.",
        "Sigan a @PolkSO y a @LakeCountyEM para saber qué refugios abren esta noche.",
        "We accept Medicare, BCBS of Georgia, Ambetter and most private plans.",
        "Aceptamos Medicaid, Blue Cross Blue Shield of Carolina y planes privados.",
        "Now in network with Blue Cross of Virginia and Aetna!",
        "Tomamos el seguro médico de Virginia y Tricare.",
    ],
)
def test_a_place_office_handle_or_a_state_insurer_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Follow @MariaEM for her recovery updates after the surgery.",
        "Shout-out to @BrendaHD who finished her last chemo today!",
        "Big hugs to @TylerEM, our bravest patient this week.",
        "Our patient Virginia sorted out her Medicaid with us today.",
        "Thanks, Georgia, for your kind words about our Blue Cross billing help!",
    ],
)
def test_a_persons_handle_or_name_beside_insurance_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("handle", ["MariaEM", "TylerPD", "BentonHD", "JamesFranklinHD", "AnaRosaPH", "OchoaPD", "KowalskiFD"])
def test_a_given_name_or_surname_and_two_letters_is_a_person(handle):
    assert not place_office_handle(handle)


@FUZZ
@given(st.sampled_from(["Maria", "Jessica", "Lisa", "Nguyen", "Ochoa"]), st.sampled_from(["HD", "EM", "PH", "SO"]))
def test_a_name_and_office_letters_never_pass(name, letters):
    assert not place_office_handle(name + letters)
    assert hits("PHI003", post(f"Congrats to @{name}{letters} on finishing treatment!"))


@pytest.mark.parametrize(
    "text",
    [
        "Happy holidays from all of us in the Lakeside Dental family!",
        "Thank you for being part of the Redwood Pediatric family.",
        "Gracias por ser parte de la familia Sonrisas Felices.",
    ],
)
def test_a_practices_brand_before_family_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("text", ["We love the Delgado family!", "Condolences to the Vega Rivers family.", "Thank you to the Brown family for the cookies."])
def test_a_family_by_its_surname_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Noche de juegos en el Parque Central (Calle 9 y Rosalinda), el viernes.",
        "Free flu shots at 3rd and Maxwell this Saturday!",
        "Nos vemos en la Avenida 20 y Hortensia a las 6.",
        "Our clinic on 7th Street and Beatrice opens Monday.",
    ],
)
def test_a_street_crossing_a_numbered_one_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    ["Maria is in 5th and Lucia in 3rd, and both got their shots.", "Big hugs to Maxwell, who finished his last round of chemo!"],
)
def test_grades_or_a_person_beside_no_crossing_still_refuse(text):
    assert hits("PHI003", post(text))
