"""Round 53, replies53: kind replies that pass the review on to named staff, joke about their reaction, or use an
everyday word with a money or care sense elsewhere pass PHI001/PHI002; the reader's own dealings still refuse.

Staff named as the review's recipients, our meeting's day ("en la junta del jueves", "at Tuesday's huddle"), their
reaction ("se puso colorada", "a <Name> se le suben los humos", "he's blushing", "she'll frame it"; staff_joy.py),
and "seguro" as "surely" or "safe", "darse cuenta", "la receta del éxito", "el mejor pago", "el crédito es del
equipo", "we've got you covered", "in charge of", "work-life balance", "premium service" (everyday_senses.py) are
no one's care. "Su seguro", "su cuenta tiene un saldo", the nurse who cared for the reader on a day, and care beside
any of these still refuse. Every name here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Person
from playbook.rules.privacy import everyday_senses, staff_joy

from tests.rules.harness import PLANS, hits, response
from tests.rules.work import grows_linearly

FUZZ = settings(max_examples=25, deadline=None)
_STAFF = ("Dra. Arellano", "Dr. Whitcombe", "Nurse Odalys", "Maricruz", "Tavo", "Jazmín", "Kenji", "Rubí", "Bill Tanaka", "Dr. Ferrante", "Chayo")
_PLANS = dataclasses.replace(PLANS, team={**PLANS.team, **{f"s{i}": Person(f"s{i}", name, ("author", "clinical")) for i, name in enumerate(_STAFF)}})


def _privacy(text: str) -> list:
    reply = response(text, scenario="positive-review")
    return [*hits("PHI001", reply, plans=_PLANS), *hits("PHI002", reply, plans=_PLANS), *hits("PHI003", reply, plans=_PLANS)]


@pytest.mark.parametrize(
    "text",
    [
        # the review passed on to named staff, on our meeting's day
        "¡Muchas gracias! Ya le compartimos su reseña a Maricruz y a la Dra. Arellano, que se pusieron coloradas.",
        "¡Qué detalle! Se la vamos a leer a la Dra. Arellano y a Tavo en la junta del jueves, que eso les alegra la semana entera.",
        "Gracias de corazón. Sus palabras se las leímos a Jazmín en la reunión del martes y se puso chiveada.",
        "Thank you!! We'll read this one to Kenji at Tuesday's huddle, you know he's going to frame it.",
        "Thanks so much! We shared your note with Dr. Whitcombe and Rubí, who are both blushing over here.",
        "Aww, thank you! We passed this on to Nurse Odalys and she's on cloud nine.",
        "¡Gracias por sus porras para Tavo y la Dra. Arellano! Se las leemos el jueves en la junta, ya sabe que a Tavo se le suben los humos.",
        "¡Gracias! Ya le dimos el crédito a Chayo, se lo ganó.",
        "Gracias, le pasamos su mensaje a la enfermera Odalys y a Kenji, ¡de seguro les alegra el mes!",
        "¡Gracias! Le vamos a mostrar su comentario a la Dra. Arellano, que seguro lo va a enmarcar.",
        "¡Gracias! La Dra. Arellano siempre dice que lo más lindo de su chamba son mensajes así.",
        "Thanks! Dr. Ferrante always says the best part of her week is notes like this one.",
        "Thank you! Rubí says thanks back, she's all smiles. We'll read it again at Thursday's staff meeting.",
        "Gracias! Vamos a compartir esto con Jazmín en el huddle del lunes, she'll be over the moon.",
        # everyday senses of money and care words
        "¡Gracias por escribir! Seguro les alegra el día a todos.",
        "¡Seguro! Con mucho gusto le pasamos sus saludos al equipo.",
        "Tenga por seguro que sus palabras llegaron a todo el personal.",
        "Queremos que usted se sienta segura aquí, ¡gracias por la confianza de escribirnos!",
        "¡Gracias! Nos damos cuenta de lo mucho que valen estas palabras.",
        "Muchas gracias, vamos a tomar muy en cuenta su sugerencia de la música.",
        "¡Gracias! Como dice la cita, el que agradece siempre gana.",
        "¡Gracias! Ante cualquier consulta, estamos a la orden para usted.",
        "¡Gracias! La receta del éxito es un equipo con mucho corazón.",
        "¡Gracias! Mensajes así son el mejor pago que podemos recibir.",
        "¡Gracias! Mensajes como el suyo nos pagan con creces.",
        "¡Gracias! El crédito es de todo el equipo, pero usted también se lo merece.",
        "Thanks! We've got you covered whenever you need us.",
        "Thank you! You're in charge of making our day, apparently.",
        "Thank you! Bill Tanaka says you made his whole week.",
        "Thank you! We work hard at a healthy work-life balance so we can be our best for you.",
        "Thank you for noticing our premium service, we do it for people like you!",
        "Thank you! The credit goes to our amazing crew.",
        "¡Gracias! Nuestra gerente de operaciones le manda un abrazo.",
    ],
)
def test_kind_replies_pass(text):
    assert _privacy(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the reader's own dealings, care or money beside the same words
        "Le pasamos su queja a la enfermera que la atendió el jueves.",
        "Le pasamos sus palabras a la enfermera Odalys, que la atendió el jueves.",
        "Se la vamos a leer a la Dra. Arellano, que la operó el lunes.",
        "Thanks! We shared your review with Dr. Whitcombe, who did your hip replacement.",
        "Thanks! Dr. Whitcombe is blushing, he was so glad your biopsy came back clear.",
        "Thank you! We'll read this to Kenji at Tuesday's huddle, he remembers your visit on the 9th.",
        "¡Gracias! Se las leemos el jueves en la junta; usted ya sabe que Tavo la atendió el lunes.",
        "¡Gracias! A Jazmín se le subió el ego, y dice que la esperamos en su próxima cita.",
        "Gracias, seguro les alegra la semana saber que su hija ya camina sin muletas.",
        "¡Gracias! Ya le dimos el crédito a Chayo por atenderla el miércoles.",
        "¡Gracias! Ya le dimos el crédito a su cuenta por el cobro doble.",
        "Lamentamos que su seguro no cubrió la resonancia.",
        "Tenga por seguro que su seguro le cubrirá la terapia.",
        "Seguro que su seguro médico le cubre la próxima consulta.",
        "Su cuenta tiene un saldo pendiente, llámenos por favor.",
        "Gracias, su receta de metformina ya está lista.",
        "Su cita del martes quedó confirmada.",
        "Thanks! Your plan covered the whole visit, so no balance is due.",
        "We know your balance was confusing; Bill from billing will call you.",
        "Your premium went up this year, sorry about that.",
        "Thank you! We've got you covered, your claim was approved yesterday.",
        "Thanks! We gave you a credit for the double charge on your account.",
        "¡Gracias! Seguro ya no le duele la rodilla después de su cirugía.",
    ],
)
def test_the_readers_dealings_still_refuse(text):
    assert _privacy(text)


@FUZZ
@given(
    st.sampled_from(["Le pasamos sus palabras a", "Ya se lo enseñamos a", "Se lo vamos a leer a", "Le compartimos su reseña a"]),
    st.sampled_from(["Maricruz", "la Dra. Arellano", "Tavo y a Rubí", "la enfermera Odalys y a Kenji"]),
    st.sampled_from(
        [
            ", que se van a poner coloradas",
            " en la junta del lunes",
            ", ¡seguro les alegra la semana!",
            " y ahora anda presumiendo",
            ", ya sabe que a Tavo se le sube el ego",
            "",
        ]
    ),
)
def test_a_grid_of_reviews_passed_to_staff_passes(passing, staff, after):
    assert _privacy(f"¡Gracias! {passing} {staff}{after}.") == []


@FUZZ
@given(
    st.sampled_from(["Le pasamos sus palabras a Maricruz", "We shared your note with Dr. Whitcombe", "Se lo leímos a la Dra. Arellano"]),
    st.sampled_from([", que la atendió el martes", ", who saw you on Tuesday", " y dice que su rodilla se ve muy bien", ", your surgeon"]),
)
def test_a_grid_of_passings_with_the_readers_dealings_refuses(passing, after):
    assert _privacy(f"{passing}{after}.")


@FUZZ
@given(
    st.sampled_from(["su seguro", "su seguro médico", "su cuenta", "your balance", "your plan", "su receta"]),
    st.sampled_from([" no cubrió el estudio.", " tiene un saldo de $40.", " covered the MRI.", " quedó pendiente de pago."]),
)
def test_a_grid_of_money_owned_by_the_reader_refuses(owned, rest):
    assert hits("PHI002", response(f"Lamentamos que {owned}{rest}")) or hits("PHI001", response(f"Lamentamos que {owned}{rest}"))


@pytest.mark.parametrize(
    "unit",
    [
        "¡Seguro! De seguro les alegra el día; tenga por seguro que nos damos cuenta. ",
        "We've got you covered, in charge of a healthy work-life balance, premium service, Bill says hi. ",
        "seguro seguro de de por por cuenta cuenta receta cita consulta credit balance ",
    ],
)
def test_everyday_senses_read_linearly(unit):
    def run(count):
        everyday_senses.everyday_spans.cache_clear()
        return everyday_senses.everyday_spans(unit * count)

    assert grows_linearly(everyday_senses, run)


@pytest.mark.parametrize(
    "unit",
    [
        "Se le sube el ego, se va a poner colorada, les alegra la semana. ",
        "You know she's going to frame it; ya sabe que a Tavo se le suben los humos. ",
        "se le se le les les ya sabe que you know ",
    ],
)
def test_staff_joy_reads_linearly(unit):
    def run(count):
        staff_joy.joy_spans.cache_clear()
        text = unit * count
        return [staff_joy.in_joy(text, at, at + 2) for at in range(0, len(text), 40)]

    assert grows_linearly(staff_joy, run)
