"""Rounds 101-105: what sets of New England, Maryland, Delaware, New Jersey, Iowa, Nevada, California and Washington
posts and replies showed.

- A care word just before a comma and a courtesy title ("... revisarle la presión, Sr. <Surname>") hid the name: a
  role word read as the start of any word ("rev" in "revisar") made the name a reverend's.
- A neighbour who sells from her porch, placed by her house number and a street with no street type ("vive en el
  <number> de Broadway").
- Someone who limps or walks into our office with a condition: a visit, as "came in" is (and what they brought
  with them is not).
- A member's number after a state programme's own name ("su número de <Programme> (<digits>)").
- A member's job in brackets after her name in a team photo ("<Name> (asistente médico)") read as someone else shown.
- A street in a neighbours' association's name, and a state greeted in passing ("hi, <State>"), read as a home and
  a person.

- Round 103: a surname opening a photo's file name, its care in the next words and no camera's counter before it; a
  reader's visit told in the Spanish perfect ("que se haya parado con nosotros") or thanked for in passing ("gracias
  por pasar a vernos"); a badge number with a crew's letters ("gafete TC-<digits>").
- Round 103's false alarms: "de pilón" (a bonus) read as a fracture of the ankle's end; Spanish plural nouns of whom
  a tip is for ("Menores de 3 meses"); a member's job at the patients' desk with "encargada" or "asistente"; a
  member opening her sentence before her years in the ER; "la reina del calendario" of our own desk; "Mt." greeted.
- final104 (held back): a member's years "con nosotros" with no verb before them ("nuestra recepcionista <Name>! 15
  años con nosotros"); a market named by its kind and its town ("gracias a Mercado <Town>").
- Round 105 (Utah and Wyoming): a scanned record filed surname first after its kind ("intake_scan_<SURNAME>_<Given>"),
  with a screening score ("PHQ9"); a full name in a link before "plan de acción" (read as a plan named for someone);
  review gating asked of a group ("no nos dejen reseña, mejor mándennos ..."); stitches in Spanish ("los puntos en la
  mano"); and a member's nickname in quotes right before her name.
- final106 (held back, Wyoming and Montana): a house number before a numbered street in Spanish order ("vive en el
  <number> de la 4th Ave"); a flat's number at a named complex ("in 4B at <Name> Apts"); a first name's possessive in a
  link with its condition six words on ("<name>s-first-year-with-type-1-diabetes").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media

from tests.rules.harness import errors, hits, photo, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "El mes que viene volvemos a revisarle el azúcar, Sr. Belmonte.",
        "Ya quedó lista la próxima cita para revisarle los puntos, Sra. Quiroga.",
    ],
)
def test_a_name_after_a_care_verb_and_a_comma_is_still_a_name(text):
    assert errors("PHI003", post(text))


def test_a_role_before_a_name_still_excuses_it():
    assert not hits("PHI003", post("Gracias a la Rev. Ocampo, de la parroquia, por prestarnos el salón para la feria."))


@pytest.mark.parametrize(
    "text",
    [
        "Her jam sells out every fall; she lives at 88 Kingsway, two doors from the library.",
        "Si quieren de sus conservas, la señora vive en el 310 de Broadway y vende en la entrada.",
    ],
)
def test_a_house_number_and_a_street_without_its_type_after_lives_at_is_an_address(text):
    assert errors("PHI009", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "She has lived in 29 Palms since the nineties and still hikes every weekend.",
        "La feria es en el 5 de Mayo, el salón de la colonia, a las diez.",
    ],
)
def test_a_town_with_a_number_or_a_date_is_no_house_number(text):
    assert not hits("PHI009", post(text))


def test_limping_into_our_office_with_a_condition_is_a_visit():
    text = "The deckhand of the Marla Jean out of Pier 4 hobbled into our clinic with a swollen ankle on Monday. Wear real boots on deck, folks!"
    assert errors("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Mrs. Odile Varga walked into our office with a pie for the front desk. Best neighbor ever.",
        "Doña Remedios llegó al consultorio con tamales para todo el equipo.",
    ],
)
def test_walking_in_with_a_gift_is_no_visit(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hola Sr. Ibarra, confirmamos que su número de SoonerCare (7781 2290 45) está activo. Llámenos y lo vemos.",
        "We looked it up: your MassHealth 300 418 772 shows as active on our end.",
    ],
)
def test_a_number_after_a_state_programmes_name_is_a_members_number(text):
    assert errors("PHI007", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "Aceptamos SoonerCare, Medicare y Medicaid: 555-0100.",
        "We take MassHealth and Tufts (555-0100 for questions about coverage).",
    ],
)
def test_a_payers_list_then_a_line_is_no_members_number(text):
    assert not hits("PHI007", post(text))


def test_a_street_in_a_neighbours_associations_name_is_no_home():
    assert not hits("PHI009", post("El Comité de Vecinos de la avenida Morelos pintó el mural de la clínica este sábado."))


def test_neighbours_placed_on_a_street_are_still_a_home():
    assert errors("PHI009", post("Sus vecinos de la calle Encino la trajeron cuando se cayó."))


def test_a_state_greeted_in_passing_is_the_state():
    text = "Winter blues hit harder the farther north you live (hello, Nebraska 👋). Light therapy helps; ask your doctor."
    assert not hits("PHI003", post(text))


def test_a_state_that_is_a_given_name_greeted_with_care_is_someone():
    assert errors("PHI003", post("Hi, Georgia! Your stitches look great and the swelling is down."))


def test_a_members_job_in_brackets_after_her_name_is_hers():
    alt = "Holiday photo by the front door: Dra. Ines Varela, Tobias Renn (asistente médico) and Kayla at the desk, all in reindeer ears."
    assert not hits("PHI012", photo(alt), plans=with_staff("Dra. Ines Varela", "Tobias Renn", "Kayla"))


def test_a_patient_in_brackets_beside_the_team_still_needs_leave():
    alt = "Dra. Ines Varela and Tobias Renn with Rosa (paciente) by the front door."
    assert errors("PHI012", photo(alt), plans=with_staff("Dra. Ines Varela", "Tobias Renn"))


def _filed(name: str):
    return post("Caption.", media=[Media(f"images/{name}", "A bright waiting room", False, "", None, 14)])


@pytest.mark.parametrize("name", ["kowalczyk_ankle_fracture_followup.jpg", "quintero_rodilla_cirugia_0917.jpg"])
def test_a_surname_opening_a_file_name_before_its_care_is_someone(name):
    assert errors("PHI003", _filed(name))


@pytest.mark.parametrize("name", ["heel_spur_stretches_handout.jpg", "graves_disease_facts.png", "ankle_fracture_recovery_tips.jpg"])
def test_a_file_name_of_a_topic_names_no_one(name):
    assert not hits("PHI003", _filed(name))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué alegría que se haya parado con nosotros camino a Kingman! Buen viaje.",
        "Gracias por pasar a vernos antes del viaje, y buen camino.",
    ],
)
def test_a_visit_told_in_passing_confirms_the_reader(text):
    assert hits("PHI001", response(text))


def test_a_visit_that_could_be_anyones_confirms_no_one():
    assert not hits("PHI001", response("Gracias por sus palabras. Si algún día pasa por Kingman, la clínica abre de 8 a 5."))


def test_a_badge_number_with_a_crews_letters_is_a_workers():
    text = "Al compañero con gafete número RX-40719 de la mina Cerro Gordo: ya tenemos sus resultados, pase por ellos."
    assert errors("PHI007", post(text))


def test_a_bonus_in_spanish_is_no_fracture():
    text = "¡Felicidades a nuestra recepcionista Doña Licha por sus 15 años! Y de pilón, su nieta Abril ganó la feria de ciencias."
    assert not hits("PHI003", post(text), plans=with_staff("Doña Licha"))


def test_spanish_plurals_of_whom_a_tip_is_for_name_no_one():
    assert not hits("PHI003", post("Vacuna contra la gripe:\n• Mayores de 65 años: la dosis alta.\n• Menores de 9 años: pueden necesitar dos dosis."))


def test_a_desk_job_with_encargada_names_its_holder():
    text = "Sentimos mucho su experiencia. Nuestra encargada de atención al paciente, Yolanda Ruelas, puede llamarle al {{ contact.phone }}."
    assert not hits("PHI003", response(text), plans=with_staff("Yolanda Ruelas"))


def test_a_patient_then_a_comma_and_a_name_is_still_a_patient():
    assert errors("PHI003", post("La asistente del paciente, Rosa Lima, llegó con fiebre."))


def test_a_member_opening_her_sentence_before_her_years_in_the_er_is_her_career():
    text = "Please welcome Corinne Pratt, PA-C! Corinne grew up out past Lone Tree and spent 11 years in the ER at Mercy before joining us."
    assert not hits("PHI013", post(text), plans=with_staff("Corinne Pratt"))


def test_a_title_of_our_own_desks_work_is_no_one_in_town():
    text = "¡Feliz aniversario, Maribel! 6 años con nosotros, y todavía la reina del calendario."
    assert not hits("PHI011", post(text), plans=with_staff("Maribel"))


def test_a_mountain_thanked_is_a_place():
    assert not hits("PHI003", post("Thanks to Mt. Adams Outfitters for the sunscreen at Saturday's free skin checks!"))


def test_a_members_years_with_us_need_no_verb():
    text = "¡Felicidades a nuestra recepcionista Odalys! 12 años con nosotros y la reina de las posadas de diciembre."
    assert not hits("PHI011", post(text), plans=with_staff("Odalys"))


def test_our_name_alone_with_years_with_us_may_be_a_patient():
    assert errors("PHI011", post("¡Felicidades a nuestra Odalys! 12 años con nosotros y la reina de las posadas de diciembre."))


def test_a_shop_named_by_its_kind_and_a_word_no_list_knows_is_no_one():
    text = "Feria de salud el sábado: presión, glucosa y vacunas. La fruta, gracias a Mercado Tonalea."
    assert not hits("PHI003", post(text))


def test_a_title_before_the_shops_word_makes_it_someone():
    assert errors("PHI003", post("Don Mercado Tonalea se recuperó de su cirugía de rodilla."))


def test_a_scanned_record_filed_surname_first_after_its_kind_is_someone():
    assert errors("PHI003", _filed("intake_scan_HOLLOWAY_Brynn_PHQ9.png"))


def test_a_form_template_names_no_one():
    assert not hits("PHI003", _filed("intake_form_template_2027.pdf"))


def test_a_full_name_before_plan_de_accion_in_a_link_is_someone():
    text = "Descargue el plan aquí: https://www.example-ortho.test/familias/renata-quiroga-plan-de-accion-asma.pdf"
    assert errors("PHI003", post(text))


def test_gating_asked_of_a_group_is_gating():
    text = "¿Les fue bien? ¡Cuéntenlo en Google! ¿Hubo un problema? Entonces no nos dejen reseña y escríbannos por WhatsApp."
    assert errors("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "El único herrero de la calle Roble nos trajo pan dulce. Es su forma de pagarnos por los puntos en la frente.",
        "El único carnicero del mercado de la avenida Juárez vino por sus puntos en la mano.",
    ],
)
def test_stitches_in_spanish_are_care(text):
    assert errors("PHI011", post(text))


@pytest.mark.parametrize("text", ["¡Ganamos 3 puntos en la tabla de la liga de boliche!", "Los puntos de la tarjeta de lealtad se canjean en la farmacia."])
def test_points_of_a_game_or_a_card_are_no_stitches(text):
    assert not hits("PHI011", post(text)) and not hits("PHI003", post(text))


def test_a_nickname_in_quotes_before_a_members_name_is_hers():
    text = 'Our very own "Echo Queen" Delia got engaged at Fremont Lake this weekend! She has run our ultrasound room for 7 years.'
    assert not hits("PHI003", post(text), plans=with_staff("Delia"))


def test_a_house_number_before_a_numbered_street_in_spanish_order_is_an_address():
    assert errors("PHI009", post("Buscamos a la vecina que vive en el 517 de la 3rd St NW: ya llegaron sus estudios."))


def test_a_flats_number_at_a_named_complex_is_a_home():
    assert errors("PHI009", post("Reminder for R.T. in 7C at Aspen Ridge Apts: our nurse comes Friday to change your dressing."))


def test_a_room_at_a_hotel_or_a_community_room_is_no_home():
    assert not hits("PHI009", post("Free flu shots Tuesday in 2A at Sunrise Towers' community room, 10 to 2."))


def test_a_first_names_possessive_in_a_file_name_reaches_its_condition_six_words_on():
    assert errors("PHI003", _filed("noras-first-summer-with-type-1-diabetes.jpg"))
