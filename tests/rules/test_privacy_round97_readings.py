"""Rounds 97-99: what sets of Montana, Idaho, Wyoming, Dakota and Minnesota posts and replies showed.

- A reply that kept the reader's video visit by its day ("la videollamada del lunes") and said "Carmen ya la
  reprogramó": a visit by video was no visit, and a Spanish clitic before "reprogramó" no reader.
- A hard hat's sticker quoted after a few words ('sticker on the back says "EMP# ... / R. <Surname> / ..."'): the
  label word had to stand right before the quote, and "EMP#" was no employee's label.
- Officials who opened a room "con nosotros": the ribbon cut together read as care with us; a school superintendent in
  Spanish was no public role.
- "Would you please call <Name>, our nurse manager, at ...?": a request's "you" read as the reader who dealt with staff.
- A town greeted by news with a word no list gives as a given name, or cheered at an education post's close ("Stay
  upright, <Town>!"), the services and advice around it read as someone's care.
- A mayor thanked for joining our kidney walk ("la Caminata por los Riñones"): a titled topic after its article was
  read as his care.
- A health district's handle, its capitals then its state in small letters, beside its own site; and "@JR<Surname>",
  whose "JR" read as a junior high's.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy.care import care_in

from tests.rules.harness import errors, hits, photo, post, praise, response, with_staff


def test_a_video_visit_kept_by_its_day_confirms_the_reader():
    text = "Sra. Olvera, lamentamos que la videollamada del martes se cortara. Brenda ya la reprogramó para el jueves a las 9."
    assert hits("PHI001", response(text), plans=with_staff("Brenda Ochoa"))


def test_video_calls_in_general_confirm_no_one():
    assert not hits("PHI001", response("Sentimos mucho lo frustrante que pueden ser las videollamadas. Escríbanos a {{ contact.email }}."))


def test_a_label_quoted_a_few_words_after_its_word_names_its_owner():
    text = 'Left behind at Friday\'s hearing tests, a lunch cooler whose tag on the lid reads "EMP# 41907 / T. Halvorsen / shift B".'
    assert errors("PHI003", post(text)) and errors("PHI007", post(text))


def test_a_label_that_names_no_one_stays():
    assert not hits("PHI003", post('The sticker on our front door says "Walk-ins welcome, Monday to Friday".'))


def test_officials_who_opened_a_room_with_us_are_no_patients():
    text = "Gracias a la superintendente escolar Marta Quiroz y al comisionado Ben Aldous por inaugurar con nosotros la nueva sala de telesalud."
    assert not errors("PHI003", post(text)) and not hits("PHI011", post(text))


def test_an_official_with_care_of_ours_still_refuses():
    assert errors("PHI003", post("La superintendente escolar Marta Quiroz vino con nosotros a su cita de mamografía."))


def test_a_request_to_call_a_named_member_confirms_nothing():
    text = "We're so sorry. Could you please call Renata Voss, our clinic manager, at {{ contact.phone }}? She will make time."
    assert not hits("PHI001", response(text, scenario="negative-review"), plans=with_staff("Renata Voss"))


def test_our_nurse_who_dealt_with_the_reader_still_refuses():
    assert hits("PHI001", response("We're sorry our nurse rushed you on Tuesday. Call {{ contact.phone }}.", scenario="negative-review"))


@pytest.mark.parametrize(
    "text",
    [
        "¡Grandes noticias, Quonsett! Desde enero abrimos los sábados para laboratorios y citas con la nutrióloga.",
        "Winter falls are common. Keep a nightlight on and wear boots with grip. Stay steady out there, Hettinger!",
    ],
)
def test_a_town_greeted_by_news_or_cheered_at_the_close_is_a_place(text):
    assert not errors("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Great news, Quonsett! Your stitches come out Friday.",
        "Stay strong, Tyler! Your chemo ends next week.",
    ],
)
def test_one_greeted_with_their_care_is_still_someone(text):
    assert errors("PHI003", post(text))


def test_a_figure_at_our_walk_named_for_its_cause_is_no_patient():
    text = "Gracias al alcalde Tomás Rendón por venir a la Caminata por los Riñones. Caminó los 5 kilómetros con su esposa."
    assert not errors("PHI003", post(text))


def test_a_walk_for_someone_by_name_is_still_theirs():
    assert errors("PHI003", post("Gracias a todos por la caminata por Maribel Tovar, que sigue en diálisis con nosotros."))


def test_a_districts_handle_beside_its_own_site_is_the_office():
    text = "Reposting from @SWDHidaho: fake pills with fentanyl are in the area. Free naloxone: https://swdh.idaho.gov/naloxone"
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize("handle", ["@JRSmithers", "@JRBidaho"])
def test_initials_run_into_a_name_or_a_state_are_a_persons_handle(handle):
    assert errors("PHI003", post(f"Congrats {handle} on finishing rehab with us!"))


# Round 98 (held back, read after the readings above): a nickname in quotes cheered from his crew with his days clean;
# a team photo in the practice's shirts; a member's daughter beside his job told after a full stop; our hours at an
# address; twins named before a sentence that goes on about the member; a former boxer's own story at our rally; and
# plural terms of care ("hearing tests") that read as care only in the singular.


def test_a_nickname_in_quotes_cheered_from_his_crew_with_his_days_clean_is_someone():
    text = 'So proud of "Moose" from the county road dept. paving crew! 200 days clean today. Cake at the 7pm group.'
    assert errors("PHI003", post(text))


def test_a_team_or_a_campaign_in_quotes_is_no_one():
    assert not errors("PHI003", post('Congrats to "Las Comadres" for the tamales at our flu clinic!'))


def test_the_team_in_the_practices_shirts_shows_no_one_else():
    alt = "Foto del equipo en el muelle: Dra. Ocampo, Luis y Pam con sus camisetas verdes de Rivera Kids, y Coco, el perro de terapia."
    assert not hits("PHI012", photo(alt), plans=with_staff("Dra. Lena Ocampo", "Luis Beltrán", "Pam Soto"))


def test_a_members_daughter_after_his_job_and_a_full_stop_is_his_family():
    text = "Conozcan a Rubén, nuestro técnico de laboratorio. Lleva 9 años con nosotros y los domingos pesca truchas con su hija Marisol."
    assert not errors("PHI003", post(text), plans=with_staff("Rubén Salas"))


def test_a_members_daughter_with_care_of_ours_is_a_patient():
    text = "Conozcan a Rubén, nuestro técnico de laboratorio. Su hija Marisol se operó aquí de la rodilla."
    assert errors("PHI003", post(text), plans=with_staff("Rubén Salas"))


def test_our_hours_at_an_address_are_the_practices():
    assert not hits("PHI009", post("Starting in March we're open Saturday mornings 8 to noon at 212 N. Elm St. Call to book."))


def test_a_sentence_that_goes_on_about_the_member_after_twins_is_his():
    text = "Meet Dale Kowalski, LCSW! Dale is a proud dad to twins Cody and Mae. He also tells his own recovery story at our community talks."
    assert not errors("PHI003", post(text), plans=with_staff("Dale Kowalski"))


def test_a_twin_cared_for_here_is_still_a_patient():
    text = "Meet Dale Kowalski, LCSW! Dale is a proud dad to twins Cody and Mae. Cody had his tonsils out here last week."
    assert errors("PHI003", post(text), plans=with_staff("Dale Kowalski"))


def test_a_figures_own_story_at_our_rally_is_public():
    text = "Thanks to former pro wrestler Nestor Villa, who told his own story of 12 years sober at our Recovery Month rally."
    assert not errors("PHI003", post(text))


def test_a_figure_cared_for_at_our_rally_still_refuses():
    assert errors("PHI003", post("Former pro wrestler Nestor Villa got his flu shot at our rally."))


@pytest.mark.parametrize("text", ["two hearing tests", "her eye exams", "the blood draws"])
def test_a_plural_term_of_care_is_care(text):
    assert care_in(text)


def test_a_group_named_before_its_care_is_no_one():
    assert not errors("PHI003", post("Women's heart attacks can look different: jaw pain and nausea count too."))


def test_one_thanked_for_what_they_did_from_a_club_is_no_call():
    text = "Free sports physicals with Dr. Lund on Saturday. Big thanks to Greta Sand of the Rotary for setting it up. Parking is free."
    assert not errors("PHI003", post(text), plans=with_staff("Dr. Ivar Lund"))


def test_a_landmark_after_the_is_a_place_even_beside_care():
    assert not errors("PHI003", post("Skin checks at the Ruby Dell Boat Basin this Saturday, 9 to noon."))


# Round 99: asked outright to hold the review; "nadie" before a clitic; a practice named "Urgencias <Name>".


@pytest.mark.parametrize(
    "text",
    [
        "¿Le fue bien hoy? ¡Déjenos cinco estrellas! ¿Algo salió mal? Por favor no deje su reseña todavía: llame a Lorena y lo resolvemos.",
        "Loved your cleaning? Review us! Not thrilled? Please don't leave a review yet, call our office manager first.",
    ],
)
def test_asking_the_unhappy_to_hold_their_review_is_gating(text):
    assert hits("FTC004", post(text))


def test_a_plain_privacy_tip_about_reviews_is_no_gating():
    assert not hits("FTC004", post("Please leave us a review, good or bad! Just skip health details in it: call us for those."))


def test_a_clitic_after_nadie_is_no_one_in_particular():
    text = "Qué pena leer esto. Nadie tendría que salir de un consultorio sintiendo que no lo escucharon. Llame a {{ contact.name }} al {{ contact.phone }}."
    assert not hits("PHI001", response(text, scenario="negative-review"))


def test_the_readers_own_clitic_still_refuses():
    assert hits("PHI001", response("Lamentamos mucho que no lo atendieron bien el martes. Llame a {{ contact.name }} al {{ contact.phone }}.", scenario="negative-review"))


def test_a_practice_named_urgencias_and_a_surname_is_no_one():
    assert not hits("PHI003", post("¡Nuevo horario! Urgencias Tolliver abre de 7 a 9 todos los días. Sin cita."))


def test_the_mine_safety_agencys_handle_is_an_office():
    assert not hits("PHI003", post("Sharing from @MSHA_DOL: the silica limit for mines drops next month. Details at msha.gov."))


def test_our_people_at_the_readers_house_confirm_the_care():
    text = "Thank you, Delia. Our aide Marisol said it meant so much sitting at the house with y'all through those last weeks."
    assert hits("PHI001", praise(text), plans=with_staff("Marisol Peña"))


def test_an_open_house_or_feeling_at_home_places_no_one():
    assert not hits("PHI001", praise("Thank you so much! Our open house is Saturday and we'd love to see everyone at the open house."))


def test_the_reader_named_after_nadie_takes_the_clitic_back():
    text = "Qué pena. Nadie nos avisó que usted seguía esperando y lo atendimos muy tarde. Llame a {{ contact.name }} al {{ contact.phone }}."
    assert hits("PHI001", response(text, scenario="negative-review"))
