"""Round 75: readings fresh writers' cases showed missing, each written for its kind of text.

- A member's job may open the sentence after the one that names her ("Happy birthday, Dr. <Member>! Our rheumatologist
  ..."): it is her job, not care told around her own family named in it; "Our patient ..." never is.
- A word that ends like a clinical term but is capitalised after a lower-case word or a comma is a name ("Adaeze and
  Chioma", "in Tullahoma"), not a condition (lexicon; its rows are in tests/test_lexicon.py).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.normalize import fold
from playbook.rules.privacy.known import Known
from playbook.rules.privacy.staff_story import members_story

from tests.rules.harness import hits, pictured, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños, Dr. Okafor! Nuestro reumatólogo celebra doble: sus hijas, Nkem y Amara, terminan la prepa el viernes.",
        "Happy birthday, Dr. Okafor! Our rheumatologist gets two cakes this week: his daughters, Nkem and Amara, finish high school Friday.",
        "Happy birthday, Dr. Okafor 🎂 Our lead cardiologist is off to cheer his twins, Obi and Nnamdi, at their first meet.",
    ],
)
def test_a_members_job_opening_the_next_sentence_is_hers(text):
    assert not hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


@pytest.mark.parametrize(
    "text",
    [
        "Happy birthday, Dr. Okafor! Our rheumatologist gets two cakes this week: his daughters, Nkem and Amara, had their tonsils out here.",
        "Happy birthday, Dr. Okafor! Our patient gets two cakes this week: his daughters, Nkem and Amara, finish high school Friday.",
    ],
)
def test_care_or_a_patient_around_the_family_still_refuses(text):
    assert hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


# --- initials beside a date, in a Spanish clause that runs long ---------------------------------------------


def test_initials_and_a_date_far_along_a_spanish_clause_refuse():
    text = "Un abrazo enorme para M.T.G., que nos contó cómo ha sido su camino en el grupo de sobrevivientes de cáncer del jueves 9 de octubre."
    assert hits("PHI008", post(text))


def test_initials_of_staff_beside_a_date_still_pass():
    assert not hits("PHI008", post("Nuestra enfermera, M.T.G., empieza en el grupo de apoyo del jueves 9 de octubre."))


# --- a reward "on the house", in Spanish ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "¡Mil gracias por las cinco estrellas! Tal como quedamos, el próximo ajuste de sus lentes va por cuenta de la casa.",
        "Gracias por su reseña de 5 estrellas: su siguiente limpieza es cortesía de la casa.",
    ],
)
def test_a_review_paid_on_the_house_refuses(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


def test_coffee_on_the_house_with_no_review_asked_passes():
    assert not hits("FTC004", response("¡Gracias por escribirnos! El café de la sala de espera siempre es cortesía de la casa.", scenario="positive-review"))


# --- a surname, a given name and care, filed in a file's name ---------------------------------------------------


@pytest.mark.parametrize("file", ["images/Whitaker_Lorena_sleep_study_report.pdf", "images/scan_0042_Pacheco_Ignacio_rodilla.jpg", "images/ferreira-beatriz-mri-results.png"])
def test_a_surname_first_name_filed_with_care_refuses(file):
    assert hits("PHI003", pictured(file))


@pytest.mark.parametrize("file", ["images/Lopez_Park_cleanup_day.jpg", "images/Harvest_Festival_booth_results.jpg", "images/Okafor_Ada_CME_certificate.jpg"])
def test_a_place_an_event_or_a_member_filed_passes(file):
    assert not hits("PHI003", pictured(file))


def test_a_foreign_link_filed_surname_first_refuses():
    text = "Forms are here: https://uploads-host.example/docs/2026/Whitaker_Lorena_sleep_study_report.pdf"
    assert hits("PHI006", post(text))


# --- a sign-off "— Equipo <Name>", work done together, a clinician's present joy -------------------------------


def test_a_spanish_team_sign_off_without_de_is_the_practice():
    text = "Sentimos mucho lo que nos cuenta. Por favor llame a la oficina de lunes a viernes.\n— Equipo Pequeños Robles"
    assert not hits("PHI003", response(text))


@pytest.mark.parametrize("verb", ["por organizarlo con nosotros", "que coordinaron la colecta con nosotros"])
def test_organising_an_event_with_us_is_no_care(verb):
    text = f"Chequeos de presión gratis en la feria del sábado. Gracias al pastor Abner Quiñones y a su congregación {verb}."
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much! Dr. Okafor is grinning ear to ear today 😊",
        "¡Qué bonito, gracias! La Dra. Okafor anda feliz hoy.",
        "Thanks a million! Marisol and Dr. Okafor are both floating around a bit happier today 😄 Have a great week.",
    ],
)
def test_a_clinicians_present_joy_today_passes(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize(
    "text",
    [
        "Thank you so much! Dr. Okafor loved meeting the whole family today.",
        "Thank you so much! Dr. Okafor loved meeting the whole family.",
        "Thank you so much! Dr. Okafor is glad the boys came in today.",
    ],
)
def test_a_clinicians_dealing_with_the_reader_still_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"))


# --- a member welcomed into the practice's "family"; a talk on a topic; a heading in capitals -----------------


def test_a_member_welcomed_into_the_practices_family_passes():
    text = "Please welcome Dr. Okafor to the Prairie Sage family! Her special interests are high-risk pregnancy and pelvic floor health."
    assert not hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


def test_a_baby_welcomed_into_a_family_still_refuses():
    assert hits("PHI003", post("Welcome baby Inés to the Whitaker family! Delivered here Tuesday by Dr. Okafor."))


def test_a_talk_on_a_topic_with_our_doctor_is_no_care():
    text = "Habrá pañales, charlas sobre lactancia con la Dra. Okafor y tamales.\nOrganiza: Luz Ybarra, coordinadora de voluntarios."
    assert not hits("PHI003", post(text), plans=with_staff("Dr. Okafor"))


def test_a_birth_with_our_doctor_still_refuses():
    assert hits("PHI003", post("Luz Ybarra tuvo su cesárea con la Dra. Okafor."), plans=with_staff("Dr. Okafor"))


def test_a_heading_in_capitals_after_a_kin_word_is_no_one():
    text = "🍼 BABY SHOWER COMUNITARIO 🍼\nPañales gratis y sillas de auto revisadas por los bomberos."
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["BABY MATEO came home from the NICU today!", "BABY BEAR came in for his shots!"])
def test_a_name_in_capitals_after_a_kin_word_still_refuses(text):
    assert hits("PHI003", post(text))


# --- "le atiende con gusto": an offer -----------------------------------------------------------------------


def test_a_member_who_will_gladly_help_the_reader_is_an_offer():
    text = "Lamentamos su experiencia. Si gusta hablar con nosotros, la Sra. Okafor, nuestra gerente, le atiende con gusto."
    assert not hits("PHI001", response(text), plans=with_staff("Ada Okafor"))


def test_a_visit_we_gladly_gave_still_refuses():
    assert hits("PHI001", response("Lamentamos lo ocurrido. La semana pasada le atendimos con gusto."))


def test_care_celebrated_with_us_still_refuses():
    assert hits("PHI003", post("Doña Amparo Leyva celebró el alta con nosotros este viernes."))


# --- a member's own news: her newborn's big sister, the readers' congratulations (staff_story.members_story) ---------


def _members_story(text: str) -> bool:
    return members_story(fold(text).text, Known.of(with_staff("Dr. Ada Okafor")), 0)


def test_a_members_new_baby_and_its_big_sister_are_her_news():
    text = (
        "Our own Dr. Okafor became a mama again! 👶 Little Chiamaka arrived Tuesday evening weighing 8 lb 1 oz and big sister Adaeze "
        "is already asking when she can play dolls. Dr. O is out for a couple of weeks, so drop your congrats in the comments!"
    )
    assert _members_story(text)
    assert not hits("PHI003", post(text), plans=with_staff("Dr. Ada Okafor"))


@pytest.mark.parametrize(
    "text",
    [
        "Our own Dr. Okafor became a mama again! Little Chiamaka arrived Tuesday evening, and big sister Adaeze had her ear tubes placed here the same week.",
        "Our own Dr. Okafor became a mama again! Send your prayers to the Whitaker family too, whose son is still with us in the NICU.",
    ],
)
def test_someone_elses_care_beside_her_news_is_not_hers(text):
    assert not _members_story(text)
