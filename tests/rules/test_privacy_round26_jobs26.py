"""Round 26, part Q: a patient known by where they work, sell or perform, with their care (PHI011, trades.py).

"The fella who runs the grain elevator past Monte Vista", "la que trabaja de noche en la empacadora", "el niño de la
tienda", "the drummer who plays Fridays at the Rusty Spur": one person a town knows by their work place, their shop or
their stage, with one person's care near, is a patient singled out. A family or crew that runs a place, workers in the
plural, the practice's own staff and a business thanked with no care pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import trades

from tests.rules.harness import hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=30, deadline=None)


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Good news: the feller who owns the grain elevator past Alamosa Junction is walking again since his knee surgery with us.",
        "The gal who manages the feed store on County Road 9 came through her gallbladder operation just fine.",
        "That kid who works Saturdays at the Bright Suds car wash got his cast off today!",
        "La muchacha que atiende la panadería de la Calle Nogal ya terminó sus quimios con nosotros.",
        "El niño de la tienda Los Pinitos ya camina solito después de un año de fisioterapia aquí.",
        "Ayer dimos de alta a la hija del señor de la llantera: pasó diez días en la UCIN y ya está en casa.",
        "Nuestra paciente de Tlacolula, la que trabaja en el turno de madrugada en la procesadora de Selma, tuvo a su bebé tras un embarazo de alto riesgo.",
        "The drummer who plays Fridays at the Rusty Spur is cancer-free after his radiation with our team.",
        "El mariachi que toca los domingos en el restaurante Jalisco Lindo ya se recuperó de su operación de corazón.",
        "A young dancer who performs every Saturday at Velvet Room came to us scared. Today his viral load is undetectable.",
    ],
)
def test_one_known_by_where_they_work_or_perform_with_care(text):
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The family who runs the potato barn out by Hooper is hosting our blood drive this Saturday.",
        "La señora de la tienda de la esquina nos regaló pan dulce para la feria de salud.",
        "Folks on the overnight shift at the packing house can get flu shots at our mobile van.",
        "Drag show performers raised $2,500 for our free STI testing nights.",
        "Our nurse who works the night shift at the hospital brought donuts for the whole team.",
        "Thanks to the fella who runs the hardware store on Main for sponsoring our 5K.",
        "El mariachi que toca los domingos en la plaza alegró nuestra feria de vacunas gratis.",
        "The drummer who plays at the Rusty Spur donated the prizes for our raffle.",
    ],
)
def test_workers_crews_sponsors_and_staff_pass(text):
    assert not _flagged(text)


_FRAMES = {
    "en": ["the guy who runs the {p}", "the lady who works nights at the {p}", "the kid from the {p}"],
    "es": ["la señora que atiende la {p}", "el muchacho que trabaja en la {p}", "la nena de la {p}"],
}
_PLACES = {
    "en": ["grain elevator out by Saguache", "orchard on Mesa Road", "body shop on 5th", "laundromat by the depot"],
    "es": ["tiendita Las Palmas", "lavandería de la Quinta", "taquería El Güero", "panadería de la Olmo"],
}


@FUZZ
@given(
    st.sampled_from(["en", "es"]),
    st.integers(0, 2),
    st.integers(0, 3),
    st.sampled_from(["finished chemo with us this week", "ya salió de su cirugía de cadera aquí", "is home after three weeks in our ICU"]),
)
def test_a_worker_grid_with_care_is_flagged(lang, frame, place, care):
    text = _FRAMES[lang][frame].format(p=_PLACES[lang][place]) + " " + care + "."
    assert _flagged(text[0].upper() + text[1:])


@FUZZ
@given(
    st.sampled_from(["The family who runs the {p}", "Los dueños de la {p}", "Everyone who works at the {p}"]),
    st.sampled_from(["ranch out by Saguache", "orchard on Mesa Road", "tiendita Las Palmas", "empacadora de Delano"]),
)
def test_a_crew_grid_with_no_care_passes(frame, place):
    assert not _flagged(frame.format(p=place) + " sent lemonade for our volunteers.")


@pytest.mark.parametrize(
    "unit",
    [
        "the fella who runs the big old cellar who works at the who runs the the at at ",
        "la que trabaja en el turno de en la que vende en la que ",
        "a young dancer who performs on the the at at that singer who plays at ",
    ],
)
def test_work_and_perform_clauses_read_linearly(unit):
    small = steps(trades, lambda: list(trades.singled_out(fold(unit * 15).text)))
    large = steps(trades, lambda: list(trades.singled_out(fold(unit * 30).text)))
    assert large < 2.3 * small
