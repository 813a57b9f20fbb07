"""Round 67's review: ways through the round's readings a reviewing helper found, and what they mend.

- A word before a public role is a modifier only after thanks or a bill ("thanks to Delta blues man <Name>"): a
  patient's name before "met", "hugged" or "conoció al" + a role stays a name.
- A clinician's present-tense call is an offer only with "le"/"les" and no habit or label after it ("la llama su
  paciente favorita", "le llama cada lunes" stay the reader's clinician).
- The review our staff read is excused only where nothing else tells the reader's dealings, and only its own time
  ("teary reading this on Monday"); "read this chart", "reading this, proud of her favourite patient" stay errors,
  and the reading is read once a reply (no text pass per clinician).
- "Less than 5 → ...", "menos de ⭐⭐⭐⭐⭐ → ..." is the low branch (FTC004).
- A birthday of 90 or more counts when it is wished to someone described in words ("a la más risueña del coro"), not
  to a body ("a la Cruz Roja", "a los Dodgers"), whatever signs off after it; "Feliz 93 cumpleaños" and
  "cumpleaños #94" are read too.
- "Según"/"according to" is news only from a public source (a club, an office, the press, an agency, a study):
  "según sus compañeros", "según cuenta su esposo" excuse no one.
- A common surname that is also an everyday given-name word ("Ramos") is a surname after a given name
  no list knows ("Yoli Ramos").

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import named_clinicians

from tests.rules.harness import hits, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "After his chemo, Tobias hugged star shortstop Ramon Ortiz at the game.",
        "Después de su quimio, Carmen conoció al cantante Beto Ruiz en nuestra sala de espera.",
        "After her lumpectomy, Maria met state senator Ruiz at our open house.",
    ],
)
def test_a_patients_name_before_a_verb_and_a_role_stays_a_name(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias! La Dra. Quintanar la llama su paciente consentida 😊",
        "¡Gracias! La Dra. Quintanar le llama cada viernes para ver cómo sigue.",
    ],
)
def test_a_clinicians_label_or_habit_is_no_offer(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dra. Quintanar"))


def test_a_clinicians_call_tomorrow_is_an_offer():
    text = "Lamentamos lo ocurrido. La Dra. Quintanar le llama mañana para escucharle."
    assert not hits("PHI001", response(text, scenario="negative-review"), plans=with_staff("Dra. Quintanar"))


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Whitcomb teared up reading this, proud of her favorite patient. Thank you!",
        "Dr. Whitcomb got misty reading this, remembering the day we met. Thank you!",
        "Dr. Whitcomb read this chart twice before calling it good news. Thank you!",
        "Sorry about the long wait. Dr. Whitcomb was beaming reading this.",
    ],
)
def test_a_clinician_reading_beside_the_readers_dealings_still_refuses(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dr. Whitcomb"))


def test_a_clinician_reading_the_review_on_a_day_passes():
    text = "La Dra. Quintanar se emocionó leyendo esto el lunes. ¡Gracias por sus palabras!"
    assert not hits("PHI001", response(text, scenario="positive-review"), plans=with_staff("Dra. Quintanar"))


def test_the_reading_is_read_once_a_reply():
    def reply(n: int):
        return response("Dr. Whitcomb teared up reading this, your visit. " * n, scenario="positive-review")

    assert grows_linearly(named_clinicians, lambda n: hits("PHI001", reply(n), plans=with_staff("Dr. Whitcomb")), package=True)


@pytest.mark.parametrize(
    "text",
    [
        "How was your visit?\n⭐⭐⭐⭐⭐ → Google\nLess than ⭐⭐⭐⭐⭐ → a private form for our manager.",
        "¿Cómo le fue?\n⭐⭐⭐⭐⭐ → Google\nMenos de ⭐⭐⭐⭐⭐ → un mensajito a Toña",
    ],
)
def test_less_than_the_top_routed_privately_is_the_low_branch(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize("text", ["We open at 8. Less than 5 minutes from the highway: call us for directions!", "Kids under 5: free flu shots today! Call the front desk."])
def test_less_than_a_number_that_is_no_score_passes(text):
    assert not hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Felices 94 años a la más risueña del coro, con cariño de todo el equipo!",
        "¡Feliz cumpleaños número 91 a nuestro voluntario más fiel del hospital!",
        "¡Feliz 93 cumpleaños a la consentida de la sala de espera!",
        "¡Feliz cumpleaños #94 a la más risueña del coro!",
    ],
)
def test_a_birthday_wished_to_someone_described_refuses(text):
    assert hits("PHI010", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Felices 100 años a la Universidad de Sonora!",
        "¡Felices 95 años al Seguro Social!",
        "¡Felices 93 años a los Dodgers! ⚾",
        "¡Feliz cumpleaños número 100 a la Cruz Roja del condado!",
    ],
)
def test_a_bodys_birthday_passes(text):
    assert not hits("PHI010", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hoy tocó la campana la única paramédica de la Estación 2 tras cinco meses de quimio, según cuenta su esposo.",
        "The only crossing guard on Elm St. finished chemo this week, according to her coworkers.",
    ],
)
def test_private_hearsay_excuses_no_one(text):
    assert hits("PHI011", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Comets shortstop is out with a torn ACL, according to the club.",
        "According to the CDC, sealants prevent most cavities in the back teeth for two years.",
    ],
)
def test_a_public_source_is_news(text):
    assert not hits("PHI011", post(text)) and not hits("PHI013", post(text))


@pytest.mark.parametrize("text", ["Yoli Ramos tocó la campana tras la quimio.", "Hoy tocó la campana la enfermera Yoli Ramos tras cinco meses de quimio."])
def test_an_everyday_word_surname_after_an_unknown_given_name_is_a_name(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize("text", ["Feliz Domingo de Ramos a todos.", "Bendiciones este Domingo de Ramos."])
def test_palm_sunday_names_no_one(text):
    assert not hits("PHI003", post(text))
