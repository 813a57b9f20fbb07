"""Round 131: what sets of West Virginia, Arkansas, Oklahoma, Colorado, Kansas and Texas posts and replies showed.

Leaks read as clean:
- another site's page about one person whose surname is also a word ("/help-<given>-<word-surname>-beat-leukemia"):
  beside care in the same part of the path, it is a name;
- a media file name that opens on the clinic's own name, then a patient's name in hyphens
  ("clinica_<place>_<given>-<surname>_ultrasonido.jpg"): the place's word ran into her name and made it a clinic's.

Clean texts read as leaks:
- a shop that gives to the fair, named for its owner ("patines que regala la vulcanizadora de Don <Name>"), as a cook's
  stand is ("tamales de doña <Name>"); a clause of care about the owner still names her;
- "thank you for ten years of caring for the Valley" in a staff spotlight: the practice's work for a whole community,
  no one's care, so the member's own son named in it stays hers;
- a public figure at our event who urges everyone to a test or a shot ("animó a toda la gente a vacunarse", "les pidió
  a todos que se vacunen", "dijo que hay que hacerse la prueba"): the care urged is no one's, and the figure's own
  stays theirs only when they resolve or recall it ("se animó a vacunarse", "recordó que se vacunó con nosotros").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, post, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "El cantante Ramiro Solís tocó en nuestra feria de salud. Animó a todos los presentes a vacunarse contra la gripe.",
        "La alcaldesa Delia Montaño visitó nuestra carpa y les pidió a los vecinos que se vacunen antes del invierno.",
        "El locutor Chuy Baeza nos acompañó en la kermés de salud y dijo que hay que hacerse la prueba del azúcar cada año.",
        "La boxeadora Nayeli Orozco llegó a nuestra caminata; nos recordó que es importante vacunarse.",
        "Pitcher Dom Reyes stopped by our flu clinic and urged the whole crowd to roll up a sleeve.",
    ],
)
def test_a_figure_urging_everyone_to_care_is_not_their_care(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "El cantante Ramiro Solís tocó en nuestra feria de salud y luego se animó a vacunarse con nosotros.",
        "La alcaldesa Delia Montaño visitó nuestra carpa y recordó que se vacunó aquí el año pasado.",
        "La boxeadora Nayeli Orozco llegó a nuestra caminata y vino a hacerse su chequeo con nosotros.",
        "Pitcher Tony Reyes stopped by our flu clinic and rolled up his sleeve with us.",
    ],
)
def test_a_figure_who_got_the_care_themselves_stays_named(text):
    assert errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Please share: https://give.example/c/help-corporal-dana-fox-fight-lymphoma",
        "Nuestro paciente necesita ayuda: https://dona.example/causa/ayuda-para-hector-stone-dialisis",
    ],
)
def test_another_sites_page_with_a_word_surname_beside_care_is_one_persons(text):
    assert hits("PHI006", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Help us fix the roof: https://give.example/c/help-grace-hill-chapel-roof",
        "Race info: https://run.example/2027/lake-stone-loop-5k",
    ],
)
def test_another_sites_page_with_a_word_surname_and_no_care_names_no_one(text):
    assert not hits("PHI006", post(text))


@pytest.mark.parametrize(
    "file",
    [
        "centro_aurora_nayeli-bustos_eco_28semanas.jpg",
        "clinic_harbor_dario-pineda_cast-removal.jpg",
    ],
)
def test_a_name_in_hyphens_after_the_clinics_own_fields_is_a_patients(file):
    assert errors("PHI003", post("Nuevas fotos del consultorio.", media=(Media(file=file, alt="Una sala de espera"),)))


@pytest.mark.parametrize(
    "file",
    [
        "centro_aurora_sala-de-espera_2027.jpg",
        "clinica_esperanza_feria-de-salud_mesa-2.jpg",
    ],
)
def test_the_clinics_own_fields_and_a_room_name_no_one(file):
    assert not errors("PHI003", post("Nuevas fotos del consultorio.", media=(Media(file=file, alt="Una sala de espera"),)))


@pytest.mark.parametrize(
    "text",
    [
        "Habrá toma de presión, vacunas para niños y un sorteo de patines que regala la vulcanizadora de Don Chuy.",
        "Habrá vacunas contra la gripe y sillas prestadas por la ferretería de Doña Chela.",
    ],
)
def test_a_shop_that_gives_to_the_fair_is_named_for_its_owner(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Sorteo de patines que regala la vulcanizadora de Don Chuy, que ya se recuperó de su cirugía de rodilla con nosotros.",
        "Gracias a la ferretería de Doña Chela, quien terminó sus quimios aquí este mes.",
    ],
)
def test_a_shop_owner_whose_care_follows_is_named(text):
    assert errors("PHI003", post(text))


STAFF = with_staff("Milo Haugen")


@pytest.mark.parametrize(
    "text",
    [
        "Eight years with nurse Milo Haugen! He builds birdhouses with his daughter Greta. Thank you for eight years of caring for the Valley, Milo!",
        "Happy work anniversary, Milo Haugen! He and his son Anders never miss a county fair. Thanks for caring for our families!",
    ],
)
def test_a_members_work_for_the_whole_community_tells_no_ones_care(text):
    assert not errors("PHI003", post(text), plans=STAFF)


@pytest.mark.parametrize(
    "text",
    [
        "Eight years with nurse Milo Haugen! He builds birdhouses with his daughter Greta, and we were glad to be caring for her after her fall.",
        "Thank you to the whole team for caring for Greta Salo through her chemo.",
    ],
)
def test_caring_for_one_person_still_tells_care(text):
    assert errors("PHI003", post(text), plans=STAFF)
