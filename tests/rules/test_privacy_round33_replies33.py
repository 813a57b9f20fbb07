"""Round 33, what a reply tells about its reader whatever the words: an act on a thing placed in the body ("the coil
insertion", "el retiro del implante", care_shapes.py), devices the curated list lacked (IUD, DIU, NG tube, pesario),
a money matter's settled state ("the deposit is non-refundable", "el claim se negó"), the reader's own words about a
step of care said back, and the reader on our books (on_our_books.py): a next visit promised, kin seen on a day,
registration as patients, a first time said as past. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import care_shapes as care_shapes_module
from playbook.rules.privacy import on_our_books
from playbook.rules.privacy.care_shapes import care_shapes
from playbook.rules.privacy.on_our_books import next_visit

from tests.rules.harness import hits, response
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Sorry the coil insertion stung.", True),
        ("We hope the pump placement healed.", True),
        ("La colocación del implante fue rápida.", True),
        ("Sentimos que la extracción de la muela doliera.", True),
        ("Our volunteers loved the new sign.", False),
        ("La junta del lunes fue breve.", False),
    ],
)
def test_an_act_on_a_thing_is_a_procedure_shape(text, read):
    assert bool(care_shapes(fold(text).text)) is read  # the rules read folded text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("See you in nine weeks!", True),
        ("See y'all at the two-year checkup.", True),
        ("Nos vemos dentro de seis meses.", True),
        ("¡Te esperamos en tu próxima revisión!", True),
        ("So happy we saw the triplets Monday afternoon.", True),
        ("Both cousins were registered with us as patients last fall.", True),
        ("Quedaron anotadas como pacientes nuevas las dos hermanas.", True),
        ("Nunca supimos que era su primera visita.", True),
        ("Hope to see you at the pumpkin patch soon!", False),
        ("We loved seeing the kids at the parade.", False),
        ("Anyone can register online before coming in.", False),
        ("See you around town!", False),
    ],
)
def test_the_reader_on_our_books(text, read):
    assert bool(list(next_visit(fold(text).text))) is read


@pytest.mark.parametrize(
    "body",
    [
        # five of the kind, in words of their own
        "We're sorry the coil insertion was rougher than you'd hoped.",
        "Lamentamos que el retiro del implante le haya molestado.",
        "Thanks for your patience; the booking deposit is non-refundable per our policy.",
        "La reclamación con la aseguradora se negó por un error de código.",
        "Gracias por sus comentarios sobre la sedación; ya los pasamos al equipo.",
        "Watching Tavita go from her feeding tube to a sippy cup made our week.",
        "Qué bueno que el pesario ya no le molesta.",
    ],
)
def test_care_and_money_in_a_reply_are_flagged(body):
    assert hits("PHI002", response(body))


@pytest.mark.parametrize(
    "body",
    [
        "See you in three months, {{ reviewer }}!",
        "¡Qué alegría ver a los gemelos el jueves! Nos vemos en su siguiente consulta.",
        "Both sisters were enrolled as new patients, so the paperwork will be short.",
        "No sabíamos que fue tu primera vez aquí, perdón por la confusión.",
        "See you both at the 18-month wellness check!",
    ],
)
def test_the_reader_on_our_books_is_flagged(body):
    assert hits("PHI001", response(body))


@pytest.mark.parametrize(
    ("code", "body"),
    [
        ("PHI002", "A coil insertion can be uncomfortable for anyone; ask us about options."),
        ("PHI002", "We take a deposit to hold surgery dates; it's refundable up to two weeks before."),
        ("PHI002", "Deposits hold a surgery date for anyone booking with us."),
        ("PHI001", "We're sorry for the wait; please call {{ contact.phone }}."),
        ("PHI001", "We can't discuss anyone's care here; please call {{ contact.phone }}."),
        ("PHI001", "New patients can register online before they come."),
        ("PHI001", "We loved seeing the kids at the library fair."),
        ("PHI002", "Our new clinic opens in May; we're grateful to the volunteers who built it."),
    ],
)
def test_general_replies_pass(code, body):
    assert hits(code, response(body)) == []


@FUZZ
@given(
    st.sampled_from(["the {t} insertion", "the {t} placement", "the {t} removal", "la colocación del {t}", "el retiro del {t}"]),
    st.sampled_from(["coil", "stent", "drain", "implante", "tubito", "anillo"]),
    st.sampled_from(["We're so sorry {c} hurt.", "Lamentamos que {c} le doliera.", "Glad {c} went fine!"]),
)
def test_any_thing_acted_on_with_an_occasion_is_care(act, thing, frame):
    assert hits("PHI002", response(frame.format(c=act.format(t=thing))))


@FUZZ
@given(
    st.sampled_from(["the twins", "both boys", "a los niños", "the kids", "las nenas"]),
    st.sampled_from(["Saturday", "el sábado", "this morning", "on the 9th"]),
)
def test_kin_seen_on_a_day_is_a_visit(kin, day):
    seeing = "ver" if kin.startswith("a ") or kin.startswith("las") else "seeing"
    assert hits("PHI001", response(f"So lovely {seeing} {kin} {day}!"))


def _steps(module, code: str, body: str) -> int:
    return steps(module, lambda: hits(code, response(body)))


def test_act_reading_is_linear():
    unit = "Sorry the coil insertion stung, and la colocación del implante fue rápida. "
    small, large = _steps(care_shapes_module, "PHI002", unit * 10), _steps(care_shapes_module, "PHI002", unit * 20)
    assert large < 2.3 * small


def test_books_reading_is_linear():
    unit = "So happy we saw the twins Monday; see you in six months. Quedaron inscritos como pacientes. "
    small, large = _steps(on_our_books, "PHI001", unit * 10), _steps(on_our_books, "PHI001", unit * 20)
    assert large < 2.3 * small
