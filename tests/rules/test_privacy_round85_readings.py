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
