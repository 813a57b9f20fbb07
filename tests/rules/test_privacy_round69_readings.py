"""Round 69: readings fresh writers' cases showed missing, each written for its kind of text.

- A dental or screening visit named by what is done ("her next cleaning is on 3/9", "su próxima limpieza") ties a
  date to a person (PHI008, PHI001), as "appointment" does.
- A given name that is also a word ("Harper") as the subject of "had her checkup" or "was such a trooper at her
  ..." is a name with her care.
- The tetanus shot in Spanish ("la antitetánica") is care.
- Spanish function words the surname lists hold ("como", "más", "bien", "pero") are no surname in a headline in
  capitals ("SE VE COMO EN LAS PELÍCULAS").
- A lab "en 5 minutos" is how fast the test is, no one's reading.
- An event's heading lists its coordinators with an article and a religious title ("Coordinan: <Name> y la hermana <Name>").
- A Spanish plural no name list knows ("¡gracias, Caballeros de Colón!") is a body greeted, no person.
- A public figure greeted by name, her role in the next sentence after an emoji line, who told her story on stage or at
  every concert, made it public; so did a former player ("el expelotero dominicano <Name>") who wrote it in his book.
- "Cómo agendar tu cita" invites anyone: it tells no one's care.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Her next cleaning is on the books for 3/9 at 10:30, and we'll text a reminder.",
        "¡Gracias! Su próxima limpieza quedó para el 9/3 a las 10:30.",
    ],
)
def test_a_dental_visit_by_its_name_with_a_date_refuses(text):
    assert hits("PHI008", response(text, scenario="positive-review")) or hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize("text", ["Book your cleaning before 12/31 to use this year's benefits!", "Spring cleaning day at the office on 3/14: we close at noon."])
def test_a_cleaning_for_anyone_passes(text):
    assert not hits("PHI008", post(text))


@pytest.mark.parametrize("text", ["Harper had her first checkup with us today!", "Harper was such a trooper at her checkup this morning!"])
def test_a_word_name_as_the_subject_of_her_checkup_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Summer was so hot this year: drink water and check on your neighbors.", "Spring had its first pollen alert today; ask about allergy shots."])
def test_a_season_as_a_subject_passes(text):
    assert not hits("PHI003", post(text))


def test_the_tetanus_shot_in_spanish_is_care():
    assert hits("PHI002", response("¡Qué gusto! La antitetánica ya quedó al día, así que tranquilo.", scenario="positive-review"))


@pytest.mark.parametrize("text", ["LA ARTRITIS NO SIEMPRE SE VE COMO EN LA TELE", "EL ASMA SE CONTROLA MÁS BIEN CON UN PLAN"])
def test_spanish_function_words_in_capitals_name_no_one(text):
    assert not hits("PHI003", post(text))


def test_a_name_before_a_surname_that_is_a_function_word_elsewhere_still_reads():
    assert hits("PHI003", post("Ana Como vino hoy por su cirugía."))


def test_a_lab_in_minutes_is_no_reading():
    text = "Feria de salud:\n✔️ Prueba de A1c en 5 minutos\n✔️ Clase de cocina con la chef Araceli Pech"
    assert not hits("PHI003", post(text))


def test_coordinators_listed_with_a_religious_title_pass():
    text = "Vacunas y exámenes escolares gratis.\nCoordinan: Dania Roque y la hermana Maricela Ucán"
    assert not hits("PHI003", post(text))


def test_a_coordinator_with_a_care_title_is_still_staff_to_declare():
    text = "Vacunas y exámenes escolares gratis.\nCoordinan: Dania Roque y la enfermera Maricela Ucán"
    assert [h for h in hits("PHI003", post(text)) if "Ucán" in h.message]


def test_a_body_greeted_in_the_plural_names_no_one():
    assert not hits("PHI003", post("Vacunas al día para kínder.\n🎒 Útiles gratis (¡gracias, Caballeros de Colón!)"))


def test_a_figure_greeted_then_her_role_after_an_emoji_line_made_her_story_public():
    text = (
        "🎤 ¡Gracias, Odalys Ferrer! 🎤\n\nLa cantante norteña abrió nuestra caminata del sábado y después nos contó en el escenario su propia historia: le detectaron cáncer de ovario a los 41 años."
    )
    assert not hits("PHI003", post(text))


def test_a_figure_greeted_whose_care_is_ours_still_refuses():
    text = "¡Felicidades, Odalys Ferrer! 🎤\n\nLa cantante norteña terminó su quimio con nosotros."
    assert hits("PHI003", post(text))


def test_a_former_player_who_wrote_his_story_in_his_book_made_it_public():
    text = "Gracias al expelotero boricua Anselmo Quiles por presentar su libro en la biblioteca. Anselmo contó cómo le detectaron diabetes tipo 1 a los 20 años, en plena temporada."
    assert not hits("PHI003", post(text))


def test_how_to_book_your_appointment_tells_no_ones_care():
    text = "✔️ Info sobre mamografías y cómo agendar tu cita\n✔️ Zumba con la instructora Yazmín 💃\n✔️ Pintacaritas para los niños"
    assert not hits("PHI003", post(text))
