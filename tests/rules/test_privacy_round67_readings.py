"""Round 67: readings fresh writers' cases showed missing, each written for its kind of text.

- A score drawn as a row of stars ("⭐⭐⭐⭐⭐ → Google", "⭐ to ⭐⭐⭐ → a private form") is routed like a number (FTC004),
  and the rest of the scale said as "less than that" ("algo menos", "menos de eso") is the unhappy branch; a private
  note, form or "mensajito" is a private route.
- A birthday of 90 or more wished to someone ("¡Feliz cumpleaños número 96 a ...!", "¡Felices 94 años a ...!") is
  a person's age unless a thing is named after it.
- What colleagues told us in private ("según nos cuentan sus compañeros") is no news made public: it does not excuse
  the one described.
- A clinician who "le devuelve la llamada" is offered as a contact, alone or beside a colleague ("la Dra. X o Yoli").
- The review read by our staff ("teary reading this on Monday") and a joking "don't tell them we told you" tell
  nothing of the reader.
- A word before a public role whose holder is named after it ("Delta blues man <Name>") modifies the role: it names no one.

Everything here is invented.
"""

from __future__ import annotations

import pytest

from tests.rules.harness import hits, post, response, with_staff


@pytest.mark.parametrize(
    "text",
    [
        "Tell us about today 👇\n⭐⭐⭐⭐⭐ → our Google listing, thank you!\n⭐ to ⭐⭐⭐ → a private form for our manager.",
        "¿Qué tal su cita?\n⭐️⭐️⭐️⭐️⭐️ = su reseña en Google 🙌\n⭐️ a ⭐️⭐️⭐️⭐️ = mensaje privado a la recepción.",
        "Rate today: 5 stars → Yelp. Less than that → a private note to Carmen.",
        "¿Cómo le fue? 5 estrellas → Google. Menos de eso → un mensajito a Toña por WhatsApp.",
    ],
)
def test_a_drawn_or_worded_threshold_routes_the_unhappy_privately(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rate us ⭐ to ⭐⭐⭐⭐⭐ on Google, Yelp or Facebook: every review is welcome, good or bad.",
        "Nuestro equipo en una foto: ⭐⭐⭐⭐⭐ → así nos sentimos con ustedes.",
        "Estire los brazos cada mañana: algo menos de rigidez cada día. Pregunte a su médico.",
    ],
)
def test_stars_without_a_private_branch_pass(text):
    assert not hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Feliz cumpleaños número 96 a la más bailadora de nuestra clase de equilibrio!",
        "¡Felices 94 años a la consentida de los martes de lotería!",
    ],
)
def test_a_birthday_of_ninety_or_more_wished_to_someone_refuses(text):
    assert hits("PHI010", post(text))


@pytest.mark.parametrize("text", ["¡Feliz cumpleaños número 100 a nuestra biblioteca del pueblo!", "Felices 90 años de servicio a la comunidad."])
def test_a_things_birthday_passes(text):
    assert not hits("PHI010", post(text))


def test_what_colleagues_told_us_does_not_excuse_the_one_described():
    text = (
        "Hoy tocó la campana la única paramédica de la Estación 2 de Cedar Bluff. Cinco meses de radioterapia sin "
        "perder una guardia, según nos cuentan sus compañeros, que la esperaban afuera con la ambulancia."
    )
    assert hits("PHI011", post(text))


def test_news_a_club_made_public_still_passes():
    text = "El portero de los Halcones se pierde la temporada por una lesión de rodilla, según informó el club."
    assert not hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Si lo prefiere en español, la Dra. Quintanar le devuelve la llamada hoy mismo.",
        "Por privacidad no comentamos casos aquí; la Dra. Quintanar o Meli con mucho gusto le devuelven la llamada.",
    ],
)
def test_a_clinician_who_returns_the_call_is_a_contact(text):
    assert not hits("PHI001", response(text, scenario="negative-review"), plans=with_staff("Dra. Quintanar", "Meli"))


def test_a_clinician_who_called_back_last_week_still_refuses():
    text = "La Dra. Quintanar le devolvió la llamada el lunes, como le prometimos."
    assert hits("PHI001", response(text, scenario="negative-review"), plans=with_staff("Dra. Quintanar"))


def test_the_review_read_by_our_staff_tells_nothing_of_the_reader():
    text = "Marisol and Dr. Whitcomb both teared up reading this on Monday (don't tell her we told you!) Many thanks."
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Marisol", "Dr. Whitcomb"))


def test_the_clinician_reading_it_beside_the_readers_care_still_refuses():
    text = "Dr. Whitcomb read this on Monday, don't tell her we told you, and your new shoulder looks strong."
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Whitcomb"))


@pytest.mark.parametrize(
    "text",
    [
        "A big thank-you to Delta blues man Otis Wilder Crane for two sets at our wellness fair!",
        "Gracias to Delta gospel singer Nell Okafor-Price for opening the health fair.",
    ],
)
def test_a_word_before_a_named_public_role_names_no_one(text):
    assert not [h for h in hits("PHI003", post(text)) if "Delta" in h.message]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks to Maria and singer Lupe Ortiz for coming!",
        "Get well soon, Maria! Singer Lupe Ortiz sends love after your surgery.",
    ],
)
def test_a_name_before_and_or_a_comma_is_still_read(text):
    assert [h for h in hits("PHI003", post(text)) if "Maria" in h.message]


@pytest.mark.parametrize(
    "text",
    [
        "¡Se sacó los frenos la portera del equipo juvenil de Riverside Prep! Tres años de ortodoncia y qué sonrisa.",
        "¡La portera del equipo juvenil de Riverside Prep se sacó los frenos hoy!",
        "Se operó la rodilla el capitán de los bomberos voluntarios de Elm Creek, y ya camina sin muletas.",
    ],
)
def test_care_told_first_with_the_one_described_after_it_refuses(text):
    assert hits("PHI011", post(text))


def test_a_crowned_title_after_her_own_care_refuses():
    assert hits("PHI011", post("¡Ya se quitó el yeso la Reina del Carnaval de Pueblo Nuevo! Seis semanas y lista para el desfile."))


@pytest.mark.parametrize(
    "text",
    [
        "La capitana del equipo de Riverside Prep se hizo famosa por su gol de media cancha.",
        "La alcaldesa se puso la camiseta del equipo juvenil de Riverside Prep para la foto.",
        "Vacunamos a 80 niños y luego la Reina del Carnaval de Pueblo Nuevo repartió cepillos.",
    ],
)
def test_a_reflexive_verb_without_care_or_care_of_others_passes(text):
    assert not hits("PHI011", post(text))
