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
- Seeing the reader walk in every week "is the highlight of our week": joy said after the seeing confirms a visit.
- A drawn top score to Google and a "private feedback form" for a rough day gate reviews (FTC004).
- Two camel-case fields of a file name are two units ("NoraQuiroz_PineGrove": a name and a place).
- A heading's line ends with its names; a member's job told by what she does for everyone ("la que le agenda las citas")
  is her work, no care; our new premises "a un ladito de la ferretería" are a place; "one of a kind" is praise.
- A quoted book's character told again is no one; members of our team beside a named member, no care told, need no
  authorization in a photo.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Thank you! Her next cleaning is set for 3/9 at 10:30; a text reminder will follow.",
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
    assert hits("PHI002", response("¡Qué bien! Con la antitetánica puesta hoy, ya está protegido.", scenario="positive-review"))


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
    text = "🎤 ¡Gracias, Odalys Ferrer! 🎤\n\nLa cantante norteña abrió la caminata y desde el escenario contó su historia: le detectaron cáncer de ovario a los 41 años."
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


def test_seeing_the_reader_walk_in_each_week_as_the_best_part_confirms():
    text = "Thanks, friend. Truly, seeing you stroll in every Thursday at 8 with your travel mug is the highlight of our week."
    assert hits("PHI001", response(text, scenario="positive-review"))


@pytest.mark.parametrize("text", ["Seeing you smile in this review made our day!", "Seeing you at the fair next month would make our day!"])
def test_the_review_or_a_wish_is_no_visit(text):
    assert not hits("PHI001", response(text, scenario="positive-review"))


def test_a_drawn_top_score_and_a_private_feedback_form_gate():
    text = "How did we do? ⭐⭐⭐⭐⭐ → Google (link in bio)\n\nRough day with us? A private form reaches only our office manager, no need to air it online."
    assert hits("FTC004", post(text))


def test_a_feedback_form_offered_beside_every_review_passes():
    assert not hits("FTC004", post("Tell us anything! The feedback form sits by the check-in window, and every Google review gets read too."))


@pytest.mark.parametrize("field", ["before_after_bleph_NoraQuiroz_PineGrove_2025.jpg", "IMG_3391_TAbernathy_insurance_card_front.jpg"])
def test_a_camel_case_name_field_in_a_file_name_is_a_name(field):
    from playbook.model import Media

    assert hits("PHI003", post("New photos.", media=[Media(f"images/{field}", "", False, "", None, 14)]))


def test_coordinators_on_a_heading_line_end_there():
    text = "Jornada de vacunas escolares.\nCoordinan: Dania Roque y Lupe Ancona\nTraigan la cartilla de vacunación y la tarjeta de Medicaid."
    assert not hits("PHI003", post(text))


def test_a_coordinator_whose_care_is_told_next_still_refuses():
    assert hits("PHI003", post("Coordina: Dania Roque\nTerminó sus quimios en mayo con nosotros."))


def test_a_member_described_by_her_job_and_her_daughters_party_passes():
    text = "Nuestra Yesi, la que nos programa las citas de todos, festejó los XV de su hija Marisol el domingo."
    assert not hits("PHI003", post(text), plans=with_staff("Yesi"))


def test_a_member_taking_her_daughter_to_surgery_still_refuses():
    text = "Nuestra Yesi, la que nos programa las citas de todos, llevó a su hija Marisol a su cirugía de apéndice."
    assert hits("PHI003", post(text), plans=with_staff("Yesi"))


def test_our_new_premises_beside_a_hardware_store_pass():
    assert not hits("PHI009", post("¡Nos cambiamos de local! Ahora nos encuentran en 2210 3rd Ave NE, Cullman, a un ladito de la ferretería."))


def test_one_of_a_kind_praise_of_a_team_member_passes():
    text = "Thank you for the shout-out to Dalia! She is truly one of a kind."
    assert not hits("PHI011", response(text, scenario="positive-review"), plans=with_staff("Dalia"))


def test_a_character_of_a_quoted_book_told_again_is_no_one():
    text = 'Author Wren Castellano, creator of "Tito the Toothy Tortoise," read to the kids, and told them that is where Tito came from.'
    assert not [h for h in hits("PHI003", post(text)) if "Tito" in h.message]


def test_a_lone_name_a_title_holds_with_our_care_still_refuses():
    text = 'Author Wren Castellano read "Tito the Toothy Tortoise" to the kids. Tito, her nephew, had his tonsils out with us last week.'
    assert [h for h in hits("PHI003", post(text)) if "Tito" in h.message]


def test_members_of_our_team_in_a_photo_with_a_member_named_need_no_authorization():
    from playbook.model import Media

    alt = "Nine members of the Riverbend Pediatrics team in green shirts at the river walk. Dr. Oberle kneels in front with his beagle."
    assert not hits("PHI012", post("Team day!", media=[Media("images/team.jpg", alt, True, "", None, 14)]), plans=with_staff("Dr. Oberle"))


@pytest.mark.parametrize(
    "alt",
    [
        "Dr. Oberle with two members of the swim team after their ear surgeries.",
        "Dr. Oberle hugging two members of our team after their tonsillectomies.",
    ],
)
def test_others_in_a_photo_or_our_team_with_care_still_need_authorization(alt):
    from playbook.model import Media

    assert hits("PHI012", post("Team day!", media=[Media("images/team.jpg", alt, True, "", None, 14)]), plans=with_staff("Dr. Oberle"))
