"""Round 43, fp43b: false alarms in replies and handles. A service line's handle that opens with the number people
dial ("@988Lifeline", "@311NYC": hotline_handles.py, PHI003) names a service, not a person; kind words passed on to
the whole team ("ya se las pasamos a todo el personal": reader_dealings.py, PHI001) tell no dealing of the reader's,
and neither does advice under a condition that names a day to come ("if it's still sore on Friday, ...": offers.py).
A handle with a given name or a surname after the number, a fan's number, a sentence of care, and a sending to one of
ours or for the reader still refuse. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import hotline_handles as module
from playbook.rules.privacy.reader_dealings import dealings

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


@pytest.mark.parametrize(
    "text",
    [
        "Shared from @211Ohio: rent and utility help is open through the end of the month.",
        "Follow @311DC for snow-route updates and plow maps.",
        "Síganos y sigan a @211Arizona para encontrar despensas cerca de casa.",
        "Road closures around the parade: check @511Utah before you drive.",
        "Reposting @988Crisis: you can call or text any time, day or night.",
        "Compartimos de @311PHL: centros de calor abiertos hasta las 8 pm.",
    ],
)
def test_a_service_lines_handle_passes(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Huge thanks to @911Priscilla for the cupcakes!",
        "Felicidades a @211Quintero por su graduación.",
        "Congrats @17Dakota on the state title!",
        "Thanks @311BRENDA for the photo!",
        "Follow @988Crisis, who we treated for pneumonia last spring.",
        "Shoutout to @lunaruns42 for the 5K!",
    ],
)
def test_a_persons_handle_still_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Qué amables! Ya se los leímos a todo el personal en la junta del lunes. 😊",
        "Mil gracias, ya le pasamos sus lindas palabras al equipo. ¡Saludos!",
        "Ya les compartimos su mensaje con nuestro equipo, ¡nos hizo sonreír!",
        "Gracias de corazón, ya se las enseñamos a todos. ¡Que esté muy bien!",
        "Thank you so much! We've passed your lovely words on to everyone here.",
        "What a treat to read, we shared your note with the whole crew!",
    ],
)
def test_kind_words_passed_to_the_team_pass(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ya le compartimos su comentario a la enfermera que la atendió.",
        "Ya le enviamos el formulario al equipo de su escuela.",
        "Ya le mandamos la receta a su farmacia.",
        "Ya se lo entregamos al personal de su trabajo.",
        "Ya te enviamos los resultados por correo.",
        "We forwarded everything to your employer last week.",
    ],
)
def test_a_sending_for_the_reader_still_refuses(text):
    assert hits("PHI001", response(text))


@pytest.mark.parametrize(
    "text",
    [
        "If the splinter spot is still red by Thursday, wash it and cover it.",
        "If the bruise still aches come Sunday, keep resting and use ice.",
        "Si la picadura sigue hinchada el miércoles, póngale una compresa fría.",
        "Si todavía le arde la quemadura el sábado, llámenos al +1 555 0100.",
        "If that sunburn keeps peeling on Tuesday, try a plain moisturizer.",
    ],
)
def test_advice_with_a_day_to_come_passes(text):
    assert hits("PHI001", response(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for stopping in on Thursday, it was great to see you!",
        "We saw you on Sunday; if you are still sore on Monday, call us.",
        "If your ankle was still swollen on Tuesday, we're sorry we missed it.",
        "Sentimos que su cita del miércoles se retrasara.",
        "Sorry your visit on Saturday ran so long.",
    ],
)
def test_the_readers_own_day_still_refuses(text):
    assert hits("PHI001", response(text))


@FUZZ
@given(
    st.sampled_from(["211", "311", "511", "988"]),
    st.sampled_from(["Help", "Lifeline", "Texas", "NYC", "Ohio", "Crisis", "DC"]),
    st.sampled_from(["Resharing from @{h}: stay safe out there.", "Información de @{h}: llame si necesita ayuda."]),
)
def test_a_grid_of_service_handles_passes(number, word, frame):
    assert hits("PHI003", post(frame.format(h=number + word))) == []


@FUZZ
@given(
    st.sampled_from(["se las", "se los", "le", "les"]),
    st.sampled_from(["compartimos", "pasamos", "leímos"]),
    st.sampled_from(["a todo el equipo", "al personal", "a todos", "con el equipo"]),
)
def test_a_grid_of_praise_shared_with_the_team_passes(clitic, verb, team):
    assert list(dealings(f"¡Gracias! Ya {clitic} {verb} {team}.")) == []


def test_the_handle_reading_stays_linear():
    from playbook.rules.privacy.known import Person

    def run(count):
        text = "Follow @988Lifeline and stay safe. " * count
        person = Person(7, 19, ("@988Lifeline",), "a social handle", public=False)
        return module.hotline_handle(text, person)

    small = steps(module, lambda: run(20), package=False)
    large = steps(module, lambda: run(40), package=False)
    assert large < 2.3 * small
