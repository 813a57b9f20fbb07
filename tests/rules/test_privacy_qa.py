"""PHI001 / PHI002 on public Q&A answers, and PHI003 on honours counted in wins or seasons (issue 9).

A reply that quotes a question and answers it for everyone, or a template of the scenario
medical-question-in-comments, keeps its question asked about and its answer general; the reader's own
matter still discloses. A neighbour congratulated on wins, titles or seasons is in the news, unless the
text speaks of care. Every text is invented.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import qa

from tests.rules.harness import hits, post, response
from tests.rules.work import steps

LABELS = {
    "en": [("Q:", "A:"), ("Question:", "Answer:"), ("Asked:", "Answer:"), ("Q:", "A:")],
    "es": [("P:", "R:"), ("Pregunta:", "Respuesta:"), ("Nos preguntan:", "Respuesta:")],
}
QUESTIONS = {
    "en": ["do you take Tricare?", "do y'all do rapid flu tests?", "is the HPV shot covered?", "can I get a TB test here?"],
    "es": ["¿aceptan Medicaid?", "¿hacen la prueba de hepatitis C?", "¿ponen la vacuna del VPH?", "¿cuánto cuesta el examen de la vista?"],
}
ANSWERS = {
    "en": [
        "Yes! We accept Tricare, Kansas Medicaid and most Aetna plans.",
        "We offer rapid tests on weekday mornings, and results take about 15 minutes.",
        "Call {{ contact.phone }} and we'll check your coverage before your appointment.",
        "Bring your insurance card and photo ID to your visit.",
    ],
    "es": [
        "Sí. Aceptamos Medicaid de Texas, CHIP y la mayoría de los planes de Cigna.",
        "Ofrecemos la prueba rápida sin costo, y el resultado sale en unos 20 minutos.",
        "Llame al {{ contact.phone }} y traiga su tarjeta del seguro antes de su cita.",
        "Si lo prefiere, pregunte en recepción por el kit casero.",
    ],
}
LEAKS = {
    "en": [("We saw you Tuesday, so the results are in.", "PHI001"), ("Your biopsy came back benign.", "PHI002"), ("Your visit on the 14th is set.", "PHI001")],
    "es": [("Su prueba salió bien, no se preocupe.", "PHI001"), ("Su biopsia de tiroides salió benigna.", "PHI002"), ("Lo atendimos el lunes.", "PHI001")],
}


def _codes(text: str, **fields) -> set[str]:
    return {code for code in ("PHI001", "PHI002") if hits(code, response(text, **fields))}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_a_public_qa_answer_passes_and_the_readers_own_matter_still_discloses(lang, data):
    ask, say = data.draw(st.sampled_from(LABELS[lang]))
    question = data.draw(st.sampled_from(QUESTIONS[lang]))
    answer = " ".join(data.draw(st.lists(st.sampled_from(ANSWERS[lang]), min_size=1, max_size=3, unique=True)))
    joiner = data.draw(st.sampled_from(["\n", " "]))
    text = f"{ask} {question}{joiner}{say} {answer}"
    assert _codes(text) == set(), text
    leak, code = data.draw(st.sampled_from(LEAKS[lang]))
    assert code in _codes(f"{text} {leak}"), text


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_the_question_scenario_is_an_answer_from_its_start(lang, data):
    answer = " ".join(data.draw(st.lists(st.sampled_from(ANSWERS[lang]), min_size=1, max_size=3, unique=True)))
    assert _codes(answer, scenario="medical-question-in-comments") == set(), answer
    leak, code = data.draw(st.sampled_from(LEAKS[lang]))
    assert code in _codes(f"{answer} {leak}", scenario="medical-question-in-comments")


def test_without_the_frame_the_same_answer_is_read_as_a_reply_to_a_review():
    """The frame is what makes it general: under a review, "your appointment" and a payer are the reviewer's."""
    text = "We accept Humana. Call {{ contact.phone }} and we'll check yours before your appointment."
    assert _codes(text) == {"PHI001"}
    assert _codes("Q: do you take Humana?\nA: " + text) == set()
    assert _codes("Yes! " + text) == set()  # a reply that takes a question up is an answer (qa.opened)


def test_advice_with_a_past_a_day_or_a_repeat_is_the_readers_again():
    for answer in (
        "A: We'll go over it at your appointment on Tuesday.",
        "A: Bring your card to your visit again, like last time.",
        "R: Traiga su tarjeta a su cita del lunes.",
    ):
        assert "PHI001" in _codes(f"Q: any news?\n{answer}"), answer


def test_the_frame_needs_a_labelled_question_at_the_start_and_an_answer_after_it():
    assert qa.frame("Q: do you take Humana?\nA: We do.") == qa.Frame(22, 25)
    assert qa.frame("Pregunta: ¿hacen pruebas? Respuesta: Sí.") is not None
    assert qa.frame("Asked: do you do strep tests? / Answer: Yes.") is not None
    assert qa.frame("We got a Q: about this. A: yes.") is None  # no question at the start
    assert qa.frame("Q: do you take Humana?") is None  # no answer
    assert qa.frame("We do.", "medical-question-in-comments") == qa.Frame(0, 0)


# --- honours counted in wins, titles or seasons ----------------------------------------------------------------

COUNTED = {
    "en": ["on 350 career wins", "on his 28th season", "on her 600th win", "on 12 league titles", "on 25 years of coaching"],
    "es": ["por llegar a 200 victorias", "por sus 20 temporadas", "por su victoria número 300", "por 15 campeonatos"],
}
CONGRATS = {"en": ["Congrats to Coach", "Kudos to Coach", "Shout-out to Coach"], "es": ["¡Felicidades al coach", "Felicitamos al entrenador"]}
CARE = {"en": ["just months after his hip replacement with us", "and welcome back from your bypass"], "es": ["después de su cirugía de rodilla con nosotros"]}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["en", "es"]), st.data())
def test_an_honour_counted_in_wins_or_seasons_passes_unless_care_is_told(lang, data):
    who = data.draw(st.sampled_from(["Wendell Amato", "Renata Olvera", "Gus Pemberton"]))
    honour = data.draw(st.sampled_from(COUNTED[lang]))
    cheer = data.draw(st.sampled_from(CONGRATS[lang]))
    text = f"{cheer} {who} {honour}!"
    assert hits("PHI003", post(text)) == [], text
    care = data.draw(st.sampled_from(CARE[lang]))
    assert hits("PHI003", post(f"{cheer} {who} {honour}, {care}!")), text


def test_a_count_without_an_honour_is_no_honour():
    """Days or years alone may be sobriety or remission: the name stays a patient's."""
    assert hits("PHI003", post("Congrats to Wendell Amato on 300 days sober!"))
    assert hits("PHI003", post("Congrats to Wendell Amato on 5 years cancer free!"))


# --- linear work ---------------------------------------------------------------------------------------------


def _steps(code: str, item) -> int:
    """Lines executed in the privacy package while one rule runs on one item."""
    return steps(qa, lambda: hits(code, item))


def test_qa_work_grows_with_the_text_not_its_square():
    """One endless clause full of readers and advice: each clause is read for advice once."""
    unit = "and we'll check your coverage before your visit and bring your card to your appointment "
    for code in ("PHI001", "PHI002"):
        small = _steps(code, response("Q: do you take Aetna?\nA: Yes " + unit * 20))
        large = _steps(code, response("Q: do you take Aetna?\nA: Yes " + unit * 40))
        assert large < 2.3 * small, code
    unit = "Congrats to Coach Amato on 350 career wins and 12 titles and his 28th season. "
    small, large = _steps("PHI003", post(unit * 20)), _steps("PHI003", post(unit * 40))
    assert large < 2.3 * small


# --- an answer to a question nobody labelled (qa.opened) ---------------------------------------------------

OPENINGS = ["Great question! ", "Good question! Yes, ", "Yes, ", "Hi there! Yes, ", "¡Buena pregunta! ", "¡Hola! Sí, ", "Sí, ", "Claro que sí: "]
OFFERS = {
    "en": ["we do sports physicals for teens.", "we accept most Blue Shield plans.", "we offer a sliding scale for anyone without coverage."],
    "es": ["atendemos a niños desde recién nacidos.", "aceptamos Medicaid y varios seguros privados.", "ofrecemos precios de pago directo."],
}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(OPENINGS), st.sampled_from(["en", "es"]), st.data())
def test_an_opening_that_takes_up_a_question_frames_an_answer(opening, lang, data):
    offer = data.draw(st.sampled_from(OFFERS[lang]))
    assert qa.opened(opening + offer), opening + offer
    assert qa.frame(opening + offer) == qa.Frame(0, 0)


def test_an_opening_without_an_offer_or_with_a_past_frames_nothing():
    assert not qa.opened("Yes, the front desk is open until six.")
    assert not qa.opened("Great question! We did your scan and it came back clear.")
    assert not qa.opened("Sí, atendemos a su hija; ya le dimos el resultado.")
    assert not qa.opened("We accept Humana.")  # no question taken up
    assert "PHI001" in _codes("Yes, we do see kids, and we saw you Tuesday.")


def test_the_opening_is_read_in_linear_time():
    """The offer is looked for in a bounded window after the opening, the past in one pass: a doubled tail
    changes no answer (and no timing is asserted)."""
    short, long = "Yes, " + "x " * 5000, "Yes, " + "x " * 10000
    assert qa.opened(short) is qa.opened(long) is False
    assert qa.opened("Yes, we do " + "x " * 10000) is True
