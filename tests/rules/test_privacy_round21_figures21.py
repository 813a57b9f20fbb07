"""Round 21, part C: organisations and public figures read as people. An agency's handle by letters joined with an
underscore or by plain words cited beside a government link (agency_handles.py, cited_handles.py); a school named
after its members (institutions.py); a role word that is a building (venues.py, PHI011); a shot another provider gave
(care.py); a nickname in quotes inside a name and a stage name greeted (stage_names.py). What passes, what stays an
error, and that each reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import cited_handles, institutions, stage_names, venues
from playbook.rules.privacy.agency_handles import agency_handle
from playbook.rules.privacy.known import Person

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)


# --- agency handles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("handle", "office"),
    [
        ("OSHA_DOL", True),  # the agency and its department, joined
        ("FEMA_DHS", True),
        ("CDC_NCEH", True),
        ("OSHA_ANA", False),  # a given name beside the letters
        ("DOL_ANA", False),
        ("CDC_JR", False),  # two letters: a person's initials
        ("MLOPEZ", False),
        ("JuanitaR", False),
    ],
)
def test_letters_joined_by_an_underscore(handle, office):
    assert agency_handle(handle) is office


@pytest.mark.parametrize(
    "text",
    [
        "Tips for smoky days from @AirNow: https://www.airnow.gov",
        "Antes de la tormenta, revise la lista de @ReadyGov: https://www.ready.gov/es",
        "Guarde bien la comida: consejos de @FoodSafety y @USDA en https://www.fsis.usda.gov",
        "Ahorre agua este verano con los consejos de @WaterSense: https://www.epa.gov/watersense",
        "Sus derechos en el trabajo con calor, por @OSHA_DOL: https://www.osha.gov/heat",
    ],
)
def test_a_government_sites_handle_cited_with_its_link_passes(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Congrats @CoffeeLover on your last round of chemo! More: https://www.cancer.gov",  # greeted, not cited
        "Tips from @CoffeeLover, who finished her chemo with us: https://www.cancer.gov",  # her care told
        "Tips from @MariaRuns on marathon knees: https://www.cdc.gov",  # a given name in the handle
        "Gracias a @JuanitaR por venir a su cita. https://www.cdc.gov",
        "Recomendaciones de @AirNow y @LupitaG: https://www.airnow.gov",  # the second is a person's
        "Consejos de @AirNow para días de humo.",  # no government link
    ],
)
def test_person_handles_and_uncited_words_stay_errors(text):
    assert hits("PHI003", text)


def test_linked_sites_reads_the_host():
    assert {"airnow"} <= cited_handles.linked_sites(["see https://www.airnow.gov today"])
    assert {"health", "ny"} <= cited_handles.linked_sites(["health.ny.gov/flu"])
    assert cited_handles.linked_sites(["https://www.example.com"]) == frozenset()


@FUZZ
@given(
    st.sampled_from(["Más información de {h}: https://www.{d}.gov", "Tips from {h} and @NWSAlbuquerque: https://{d}.gov/today", "Siga a {h} en https://www.{d}.gov"]),
    st.sampled_from([("@AirNow", "airnow"), ("@ReadyGov", "ready"), ("@HeatSafety", "weather"), ("@OSHA_DOL", "osha")]),
)
def test_cited_handle_grid(frame, handle_site):
    handle, site = handle_site
    assert hits("PHI003", frame.format(h=handle, d=site)) == []


@FUZZ
@given(
    st.sampled_from(["Congrats {h}, your cast is off! https://www.cdc.gov", "Felicidades {h}, ya terminaste tus quimios. https://www.cancer.gov"]),
    st.sampled_from(["@AirNow", "@CoffeeLover", "@RosaRuns", "@TeoB", "@mjimenez"]),
)
def test_greeted_handle_grid_stays_an_error(frame, handle):
    assert hits("PHI003", frame.format(h=handle))


def test_cited_handles_reading_is_linear():
    unit = "Tips from @AirNow and @NWSAlbuquerque. Congrats @CoffeeLover! https://www.airnow.gov "
    assert_linear("PHI003", unit)


# --- the school its members come from ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Big thanks to the dental students from Nova Southeastern for running the fluoride table.",
        "Nursing students from Coral Westbrook checked blood pressure all morning at the fair.",
        "Gracias a las estudiantes de enfermería de la Nova Southeastern por ayudar con la presión.",
        "Los voluntarios de la Ponce Health repartieron agua en la feria.",
    ],
)
def test_a_school_after_its_members_passes(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to volunteers from Nova Castellanos, who had her knee replaced with us last spring.",
        "Volunteers from Rosa Delgado's church came for their flu shots.",
        "Our patient Nova Castellanos finished her chemo this week.",
    ],
)
def test_a_person_after_members_stays_an_error(text):
    assert hits("PHI003", text)


def test_member_body_needs_the_members_right_before():
    text = "Pre-med students from Nova Southeastern helped."
    start = text.index("Nova")
    assert institutions.member_body(text, Person(start, start + len("Nova Southeastern"), ("Nova", "Southeastern"), "a full name"))
    text = "Nova Southeastern helped."
    assert not institutions.member_body(text, Person(0, 17, ("Nova", "Southeastern"), "a full name"))


@FUZZ
@given(
    st.sampled_from(["Thanks to the optometry students from {n} for volunteering.", "Gracias a los residentes de la {n} por su apoyo.", "Volunteers from {n} handed out water."]),
    st.sampled_from(["Nova Southeastern", "Mercy Valdez", "Texas Tech", "Coral Westbrook"]),
)
def test_members_grid(frame, name):
    assert hits("PHI003", frame.format(n=name)) == []


def test_member_body_reading_is_linear():
    unit = "students from Nova Southeastern helped. Volunteers from Rosa Delgado's church. residentes de la Ponce Health. "
    assert_linear("PHI003", unit)


# --- a role word that is a building (PHI011) -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, Commissioner Ida Quintero, for opening our new hearing center on Isleta Blvd. She has talked publicly for years about her own hearing loss.",
        "The dialysis center on Elm Street now opens at 6 am. Her kidney team will be there.",
        "Our new center on Mesa Road is open! She had her knee done there.",
    ],
)
def test_a_building_named_center_singles_out_no_one(text):
    assert hits("PHI011", text) == []


def test_a_player_called_center_with_care_stays_an_error():
    assert hits("PHI011", "The starting center at Central High is back after his ACL surgery with us.")


@pytest.mark.parametrize(
    ("text", "building"),
    [
        ("our new hearing center on Isleta Blvd", True),
        ("the Kroc Center at Elm Park", True),
        ("nuestro nuevo center on Main St", True),
        ("the center at Central High", False),
        ("the starting center at Central High", False),
    ],
)
def test_facility_reads_the_words_before(text, building):
    from playbook.rules.privacy.names import _DESCRIBED

    match = _DESCRIBED.search(text)
    assert match is not None and venues.facility(match) is building


def test_venue_reading_is_linear():
    unit = "our new hearing center on Isleta Blvd. the center at Central High. She came in for her knee. "
    assert_linear("PHI011", unit)


# --- a shot another provider gave ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gracias al alcalde de Tolleson, Evaristo Cuy, por cortar el listón de nuestra sala nueva. Ese día se vacunó frente a todos en la carpa de la secretaría de salud.",
        "Thanks to Mayor Evaristo Cuy for opening our new wing. He got his flu shot in public at a Walgreens on the way.",
    ],
)
def test_care_another_provider_gave_is_not_ours(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gracias al alcalde Evaristo Cuy por visitar nuestra feria. El alcalde aprovechó para vacunarse en nuestro puesto.",
        "Gracias al alcalde Evaristo Cuy por venir. El alcalde se vacunó con nosotros junto al puesto del departamento de salud.",
        "Thanks for rolling up a sleeve at our clinic, Mayor Evaristo Cuy!",
    ],
)
def test_care_from_us_stays_an_error(text):
    assert hits("PHI003", text)


def test_received_care_reading_is_linear():
    unit = "El alcalde Evaristo Cuy se vacunó en la carpa de la secretaría de salud, cerca de nuestra sala. "
    assert_linear("PHI003", unit)


# --- nicknames and stage names -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Anoche el jardinero de los Coyotes, Beltrán "El Halcón" Ocampo, salió cojeando del juego, según informó el club.',
        'Last night Beltran "The Hawk" Ocampo left the game with a sore hamstring, the club said.',
        "La salsera 'La Candela' anunció en sus redes que tiene cáncer de mama. ¡Fuerza, Candela!",
        "El reguetonero 'El Gallo de la 12' contó en su Instagram que se torció el tobillo en el escenario. ¡Recupérate pronto, Gallo!",
    ],
)
def test_a_figures_nickname_with_their_own_news_passes(text):
    assert hits("PHI003", text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Beltrán "El Halcón" Ocampo came in for his knee this week. Get well soon!',
        'Beltrán "El Halcón" Ocampo se operó la rodilla con nosotros, según informó el club.',
        'Beltrán "El Halcón" Ocampo nos contó que ya terminó su terapia.',
        "El reguetonero 'El Gallo de la 12' contó en su Instagram que se torció el tobillo. ¡Recupérate pronto, Gallo! Te esperamos el lunes para quitarte la férula.",
        "¡Recupérate pronto, Gallo! Ya te quitamos el yeso.",
        "El reguetonero 'El Gallo de la 12' contó en su Instagram que se torció el tobillo. ¡Ánimo, Gallo! Ya te pusimos la bota.",
    ],
)
def test_a_nickname_with_our_care_stays_an_error(text):
    assert hits("PHI003", text)


@FUZZ
@given(
    st.sampled_from(
        [
            '{g} "{n}" {s} salió del partido por una molestia en el hombro, según informó el equipo.',
            '{g} "{n}" {s} left the match with a shoulder strain, his team said.',
        ]
    ),
    st.sampled_from(["Beltrán", "Ramiro", "Yoandy", "Kiko"]),
    st.sampled_from(["El Halcón", "Dinamita", "The Hawk", "Chispa"]),
    st.sampled_from(["Ocampo", "Salas", "Céspedes", "Lara"]),
)
def test_nickname_grid(frame, given_name, nickname, surname):
    assert hits("PHI003", frame.format(g=given_name, n=nickname, s=surname)) == []


@FUZZ
@given(
    st.sampled_from(['{g} "{n}" {s} came in for his shoulder this week.', '{g} "{n}" {s} terminó su terapia con nosotros.']),
    st.sampled_from(["Beltrán", "Ramiro", "Yoandy", "Kiko"]),
    st.sampled_from(["El Halcón", "Dinamita", "The Hawk", "Chispa"]),
    st.sampled_from(["Ocampo", "Salas", "Céspedes", "Lara"]),
)
def test_nickname_with_our_care_grid(frame, given_name, nickname, surname):
    assert hits("PHI003", frame.format(g=given_name, n=nickname, s=surname))


def test_stage_names_are_read_once():
    text = "El rapero 'Lil Cometa' contó en sus redes que se fracturó la muñeca. ¡Ánimo, Cometa!"
    found = stage_names._stage_names(text)
    assert len(found) == 1 and "Cometa" in found[0][2]


def test_stage_name_reading_is_linear():
    unit = "El reguetonero 'El Gallo de la 12' contó en su Instagram que se torció el tobillo. ¡Recupérate, Gallo! "
    small = steps(stage_names, lambda: hits("PHI003", unit * 15))
    large = steps(stage_names, lambda: hits("PHI003", unit * 30))
    assert large < 2.3 * small
    assert_linear("PHI003", 'Beltran "El Halcon" Ocampo salio del juego, segun informo el club. ')
