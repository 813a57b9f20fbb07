"""Review of round 24's excusals: leaks that walked through a door round 24 opened, and the narrow conditions that shut
them. A reply's sign-off whose name is only care ("– The Knee Replacement team", team_signoff.py); a name after an
ensemble's word in a text that tells care (vocabulary.is_place); an official at a new room of ours where the rest of the sentence tells her
own care (public.py); a named colonia with one house told by its look or its spot (addresses.py). Every name here is
invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the five stars! – The Knee Replacement team",
        "We appreciate your feedback. – The Chemo Infusion team",
        "Gracias por la reseña. — El equipo de Cirugía Bariátrica",
        "Thanks so much for the kind review. – The Bariatric Surgery team",
    ],
)
def test_a_sign_off_named_only_by_care_stays_an_error(text):
    assert hits("PHI002", response(text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the kind words! – The Maryvale Rehab team",
        "Lo sentimos. — El equipo de Clínica del Dolor Norte",
        "Sorry to hear it. Call us. – The Pine Ridge Rehab team",
    ],
)
def test_a_practice_name_in_the_sign_off_still_passes(text):
    assert hits("PHI002", response(text)) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Music by the band Leocadio Ferrante, who had his hernia repaired here last month!",
        "El mariachi Florentino Ibarra vino a cantar; lo operamos de cataratas en enero.",
        "Councilwoman Ofelia Sarmiento cut the ribbon on our new infusion room, where she gets her chemo each week.",
        "La regidora Teófila Carranza inauguró nuestra nueva sala de recuperación, donde se recuperó de su cirugía.",
    ],
)
def test_a_name_through_a_round24_door_with_care_is_an_error(text):
    assert hits("PHI003", text), text


@pytest.mark.parametrize(
    "text",
    [
        "Visitamos a nuestra paciente de la colonia Las Palmas, la casa azul de la esquina, después de su cirugía.",
        "La paciente del barrio El Carmen, la casa con portón verde frente a la iglesia, ya camina tras su cadera.",
        "Our patient in Barrio Magnolia, the green house next to the church, is walking after her hip surgery.",
    ],
)
def test_a_colonia_with_one_house_described_is_an_address(text):
    assert hits("PHI009", text), text


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("PHI003", "Live music by the band Los Tigres Norteños at our health fair, with free blood pressure checks."),
        ("PHI003", "The mayor opened our new recovery suite on Friday. Tours at noon."),
        ("PHI009", "Hubo feria de salud en la colonia Las Palmas el sábado, con música y tamales."),
    ],
)
def test_the_doors_still_open_without_care(code, text):
    assert hits(code, text) == [], text


@FUZZ
@given(st.sampled_from(["the band", "el grupo", "el mariachi"]), st.sampled_from(["Leocadio Ferrante", "Florentino Ibarra", "Bram Ostrowski"]))
def test_an_ensemble_name_with_our_care_is_named(word, name):
    assert hits("PHI003", f"Tonight {word} {name} plays for us. We repaired his hernia here in May.")


@FUZZ
@given(st.sampled_from(["Knee Replacement", "Chemo Infusion", "Bariatric Surgery"]), st.sampled_from(["Thanks for the review!", "We appreciate you."]))
def test_a_department_sign_off_is_care(team, thanks):
    assert hits("PHI002", response(f"{thanks} – The {team} team"))


def test_readings_are_linear():
    assert_linear("PHI003", "Music by the band Leocadio Ferrante. Ms. Vale opened our new infusion room, where we met. ")
    assert_linear("PHI009", "Fiesta en la colonia Las Palmas, la casa azul de la plaza. ")
    small = _steps("PHI002", response("Thanks. " * 30 + "– The Knee Replacement team"))
    large = _steps("PHI002", response("Thanks. " * 60 + "– The Knee Replacement team"))
    assert large < 2.3 * small
