"""Round 85: what a set of Dakota, Montana, Wyoming, Idaho, Utah and Upper Midwest posts showed.

- A photo's file name that names a family by its surname before a word for its children ("<surname>-boy",
  "<surname>-siblings", "<surname>-twins"), or after a Spanish one ("hermanos-<surname>"), with their care in the name,
  passed: only "family" with a visit or a consent was read. Care now counts too, unless the words name a business
  ("<surname>-family-dental-grand-opening").
- Two surnames side by side in a file name, as a Spanish-speaking person writes their full surname, with care in the
  name ("terapia_<surname>-<surname>_sesion2"), passed: each was weighed alone. A pair that is an eponym's, a particle
  or a team member's passes.
- A job ad's "visítenos en <address>" is the employer's door, as "visit us at" was already.
- A thing that "has been a headache" ("ha sido un dolor de cabeza") is a nuisance, in a reply as in a post.
- The athletes of multi-sport events ("biathlete", "triathlete") are public roles like "sprinter".
- A working animal's job beside its word ("<Name>, our therapy goldendoodle") is no one's care.

Round 86 (held back, read after the readings above):
- A grid address, as Utah numbers its streets ("450 S 300 E", "300 North #145", "la 300 Norte #145"), was no address.
- A baby's arrival said with a pet name ("su princesa llegó el <date>", "our little one arrived <date>") ties the date
  to a birth as "baby" did; "la princesa del baile llegó" does not.
- A sports team's name before a role ("Former Twins pitcher <Name>") is no family's twins.
- Coffee served is no café: "nos recibió con café" made an address's sentence a venue's (found writing these rows).

Folding both sets in moved the story model's weights (PHI016), and two staff posts of the working corpus read as
stories: a farewell whose headline names no one before the member ("Today we said goodbye to a legend."; left: a
member named in the first sentence that names anyone let seven patient stories through, whose headline is the
patient's and whose clinician is named after it), and a chaplain's marathon ending "So proud of you, Father.": a
priest among the members called by his title keeps the post the member's own news (staff_story.py).

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, pictured, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "name",
    [
        "flu-shots_mcallister-girl_oct.jpg",
        "well-child-visits_okonkwo-twins_0311.png",
        "hermanos-villarreal_vacunas-escolares_agosto.jpg",
        "cast-removal_brandtner-boy_wk6.heic",
        "asthma-followup_delacroix-kids_spring.jpg",
        "flu-shots_okonkwo-daughter_oct.jpg",  # any kin word the privacy lists hold
    ],
)
def test_a_familys_surname_before_its_childrens_word_with_care_refuses(name):
    assert hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "name",
    [
        "villarreal-family-dental-ribbon-cutting-cleanings.jpg",
        "okonkwo-family-foundation-free-screenings.jpg",
        "family-dental-day_2027-06-12_balloons.jpg",
        "boys-and-girls-club-flu-shot-clinic.jpg",
    ],
)
def test_a_business_or_an_event_with_a_familys_word_passes(name):
    assert not hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "name",
    [
        "fisioterapia_zambrano-quintanilla_sesion4.jpg",
        "post-op-check_arredondo-villalobos_0719.png",
        "cardiac-rehab-week3_echeverria-santillan.jpg",
    ],
)
def test_two_surnames_side_by_side_with_care_refuse(name):
    assert hits("PHI003", pictured(name))


@pytest.mark.parametrize(
    "name",
    [
        "guillain-barre-awareness-week-infographic.png",
        "consejos-de-salud_vacunas-de-otono.jpg",
        "zambrano-quintanilla-wedding-toast.jpg",
    ],
)
def test_an_eponym_a_particle_or_no_care_beside_two_surnames_passes(name):
    assert not hits("PHI003", pictured(name))


def test_a_team_members_two_surnames_pass():
    plans = with_staff("Dra. Ximena Zambrano Quintanilla")
    assert not hits("PHI003", pictured("fisioterapia_zambrano-quintanilla_taller-de-postura.jpg"), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        "Buscamos recepcionista bilingüe. Envíe su solicitud en línea o visítenos en 802 Oak Ave.",
        "Abrimos plazas de enfermería. Visítanos en 77 Pine Rd y pregunta por Recursos Humanos.",
        "Aplique en persona en 310 Main St, de lunes a viernes.",
    ],
)
def test_an_employers_address_in_a_job_ad_passes(text):
    assert not hits("PHI009", post(text))


def test_an_address_with_a_household_still_refuses():
    assert hits("PHI009", post("Vino desde 802 Oak Ave con su hijo después de la cirugía."))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry the parking lot has been such a headache this month; the new spaces open on Monday.",
        "Lamentamos que el sistema de citas en línea haya sido un dolor de cabeza. Ya lo estamos arreglando.",
        "Sentimos que las llamadas hayan sido un dolor de cabeza esta semana.",
    ],
)
def test_a_thing_that_has_been_a_headache_is_a_nuisance(text):
    assert not hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "We're sorry you had such a bad headache after your visit.",
        "Lamentamos que le haya dado dolor de cabeza después de la cita.",
    ],
)
def test_a_headache_someone_had_still_refuses(text):
    assert hits("PHI002", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Olympic triathlete Marisol Vanterpool for running with our heart-health group on Saturday!",
        "Hometown biathlete Jonah Ellstrom signed posters at the county fair booth.",
    ],
)
def test_a_multi_sport_athlete_is_a_public_figure(text):
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Happy 3rd birthday to Maisie, our office therapy labradoodle! Treats at the front desk all day.",
        "Say hello to Pepper, the clinic's therapy poodle, on Wednesdays in the lobby.",
        "Les presentamos a Canela, nuestra perrita de terapia, que visita la sala de espera los martes.",
    ],
)
def test_a_working_animals_job_is_no_ones_care(text):
    assert not hits("PHI003", post(text))


def test_a_name_whose_sentence_tells_care_is_still_someone():
    assert hits("PHI003", post("Happy birthday to Maisie, our goldendoodle who just finished physical therapy with us!"))


def test_the_file_name_readings_grow_linearly():
    from playbook.rules.privacy import slug_results

    assert grows_linearly(slug_results, lambda n: hits("PHI003", pictured("_".join(["zambrano-quintanilla", "ruiz-boy"] * n) + "_rehab.jpg")))


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to the family at 720 N 450 W who invited us in for their flu shots.",
        "Los Ibarra de la 200 Norte #38 nos recibieron con pan dulce después de las vacunas.",
        "We dropped off his walker at 1150 East #12 this morning.",
    ],
)
def test_a_grid_address_with_a_household_refuses(text):
    assert hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Free sports physicals at the fairgrounds, 1200 North 400 West, on Saturday.",
        "Our second clinic opens Monday at 85 S 100 E, next to the library.",
        "The 400 meter relay went to the North team, 3 to 1.",
    ],
)
def test_a_grid_address_of_a_public_place_passes(text):
    assert not hits("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Felicidades a A.T.C.! Su princesita llegó el 9 de febrero, justo a la hora del desayuno.",
        "Congratulations to K.L.! Their little one arrived on June 14 after a long night.",
    ],
)
def test_a_babys_arrival_by_a_pet_name_ties_the_date(text):
    assert hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "La princesa del desfile llegó el 5 de mayo a la plaza.",
        "Prince Albert visited the county hospital on May 3, 1910, the museum says.",
    ],
)
def test_a_title_arriving_is_no_birth(text):
    assert not hits("PHI008", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Former Twins pitcher Darnell Ostby threw the first pitch at our 5K for heart health.",
        "Twins fans: wear your jerseys to the screening fair on Saturday!",
    ],
)
def test_a_sports_teams_name_is_no_familys_twins(text):
    assert not hits("PHI003", post(text))


def test_a_familys_twins_are_still_a_family():
    assert hits("PHI003", post("The Ostby twins had their two-year checkups with us today."))


def test_a_priest_called_father_is_the_member():
    plans = with_staff("Fr. Anselm Whitcombe")
    text = (
        "Our chaplain, Fr. Anselm Whitcombe, finished the river half marathon on Saturday in 2:31, at 71, with a brand-new hip! He says he prayed the whole last three miles. So proud of you, Father."
    )
    assert hits("PHI016", post(text))
    assert not hits("PHI016", post(text), plans=plans)


@pytest.mark.parametrize(
    "text",
    [
        "La familia de la 300 Norte #145 nos recibió con café después de las vacunas.",
        "We sat with the family at 88 Birch Ln over coffee after his wound check.",
        "Nos recibieron con café y pan dulce. Pasamos a 300 Norte #145 a ponerles las vacunas a todos.",  # the sentence before
    ],
)
def test_coffee_served_at_a_home_is_no_cafe(text):
    assert hits("PHI009", post(text))


def test_a_cafe_as_the_venue_still_passes():
    assert not hits("PHI009", post("Free blood pressure checks at the Riverside Cafe, 210 Main St, on Saturday morning."))
