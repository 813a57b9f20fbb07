"""Review of round 21's excusals: leaks that walked through a door round 21 opened, and the narrow conditions that shut
them. A plain-words handle cited beside a government link whose story is told later (cited_handles.py); a name after
"voluntarios de" whose care the rest of its sentence tells (institutions.py); a role word that is a building whose
sentence tells a player's care (venues.py); a person before a thing named ("a girl from our pottery class named ...",
named_places.py); a quoted nickname whose next sentence tells care (quoted_titles.py); a stage name greeted with our care
told further on (stage_names.py); a shot at another provider's booth that we staffed (care.py); three capitals beside a
service's letters (agency_handles.py). Every name here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy.agency_handles import agency_handle

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear


def _flagged(text: str) -> bool:
    return bool(hits("PHI003", text) or hits("PHI011", text))


# --- leaks: each walked through a round-21 excusal and is an error again ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # cited_handles.py: a handle of plain words cited beside a .gov link, the person's care told in a later sentence
        "Frostbite tips from @PorchSwing: https://www.weather.gov/cold. Stay dry. We treated her toes for frostbite in January.",
        "Mas informacion de @PorchSwing en https://www.cdc.gov/flu. Quedese en casa con fiebre. La atendimos por neumonia en enero.",
        "Smoke tips from @PorchSwing: https://www.airnow.gov\n\nShe wrapped up pulmonary rehab with us in August!",
        # institutions.py: a name after "volunteers from", its care told in the rest of the sentence however joined
        "Los voluntarios de Teodulo Arreguin, a quien le operamos la muñeca en junio, pintaron la cerca.",
        "Thanks to the volunteers from Nora Halvorsen - she had her hip replaced here in April and came back to help!",
        "A big hello to the crew of Fidencio Larrabee (back at work after his hernia repair with us).",
        # named_places.py: a person before the thing the name seems to follow, or care in the next sentence
        "A girl from our pottery class named Eufemia Larkspur brought cookies. We set her broken arm in May.",
        "Un muchacho del taller llamado Cleto Barragan nos saludó. Le quitamos la vesícula en abril.",
        "The little fellow on the bus named Anselmo waved at us. His cast came off today!",
        "A camper named Wenonah Pruitt visited our booth. We took her tonsils out last month.",
        # quoted_titles.py: a quoted nickname, care of ours in the next sentence
        'She is called "Lady Liberty" at the bingo hall. She wrapped up her cardiac rehab with us Thursday.',
        # stage_names.py: a stage name greeted, our care told two sentences on
        "Podcaster 'Big Tuco' told his listeners he had a heart attack. Heal up, Tuco! Hugs from all of us. Our cardiac rehab nurses will see you Wednesday.",
        # care.py: a shot at another provider's booth that our nurses ran
        "La alcaldesa se vacunó en el módulo de la Cruz Roja, donde nuestras enfermeras vacunaban.",
        "El alcalde se vacunó en el puesto de salud pública que atendieron nuestras enfermeras.",
        # agency_handles.py: three capitals beside a service's letters are a nickname
        "Get well soon @NYPD_PIX! Your elbow surgery with our team went smoothly.",
        "Felicidades @FDNY_OKO, ya sin yeso después de tu operación aquí.",
    ],
)
def test_a_leak_through_a_round21_excusal_is_an_error(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The senior center at Hollis Ridge High had his meniscus repaired here and plays Friday.",
        "This center at Lakeview High just got cleared after knee surgery with Dr. Okafor!",
        "Get Well Soon to the Central High Center After His Knee Surgery With Us!",
        "Congrats to the youth center at Eastside Middle, back playing after his ankle surgery here.",
    ],
)
def test_a_player_called_by_a_buildings_word_with_care_is_an_error(text):
    assert hits("PHI011", text), text


# --- what the excusals were for still passes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Frostbite tips from @PorchSwing: https://www.weather.gov/cold. Stay dry and check on your neighbors.",
        "Huge thanks to the nursing students from Texas Tech who gave 200 flu shots at our health fair!",
        "Optometry students from Nova Southeastern screened 80 kids at our back-to-school clinic.",
        "Our new hearing center on Isleta Blvd opens Monday with free hearing checks.",
        "The senior center on Elm Street hosts our flu shot clinic Friday.",
        "Our mobile unit named Big Blue visits Elm St on Tuesdays. We give flu shots there.",
        "Un carrito que se llama La Bestia lleva las vacunas. Lo manejan nuestras enfermeras.",
        'En Iowa el formulario se llama "Medical Power of Attorney". Pídalo en la recepción.',
        "El alcalde Evaristo Cuy se vacunó en la carpa de la secretaría de salud, cerca de nuestra sala.",
    ],
)
def test_what_the_excusals_were_for_still_passes(text):
    assert not _flagged(text), text


@pytest.mark.parametrize(
    ("handle", "office"),
    [("OSHA_DOL", True), ("FEMA_DHS", True), ("CDC_NCEH", True), ("NYPD_TAZ", False), ("USMC_VET", False), ("FDNY_OKO", False)],
)
def test_three_capitals_beside_an_agency_are_a_department_only_as_do_and_a_field(handle, office):
    assert agency_handle(handle) is office


# --- each reading stays linear ---------------------------------------------------------------------------------------


def test_readings_stay_linear():
    assert_linear("PHI003", "Tips from @PorchSwing: https://www.cdc.gov/flu. A girl from our class named Odila waved. ")
    assert_linear("PHI003", "Podcaster 'Big Tuco' told his listeners he had a cold. Heal up, Tuco! Our nurses say hi. ")
    assert_linear("PHI011", "The senior center at Hollis High is tall. Our hearing center on Elm St opens at 8. ")
