"""Round 30, part B: one person's care in a post, narrowed without a name (PHI013, narrowed.py): one of a group in
our care ("one of our regulars", "una de nuestras chicas"), one set apart by a superlative ("our toughest patient",
"nuestro paciente mas valiente"), one known by the business they own, said to them or about them ("POV: you run the
busiest florist in <Town>", "you know the owner", "conoces al dueno"), each with care in that sentence or the two
after. What passes (our staff, a hypothetical owner, advice, no care), and that the reading stays linear. Every name
here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.normalize import fold
from playbook.rules.privacy import narrowed
from playbook.rules.privacy.narrowed import narrowed_in_care

from tests.rules.harness import hits
from tests.rules.work import steps

FUZZ = settings(max_examples=40, deadline=None)

# The five sentences of the shape written before the code, sharing no content word with the cases that prompted it.
FIVE = [
    "One of our residents, who bakes the pies for the Elm Grove church supper, finished her last round of radiation today.",
    "Una de nuestras pacientes, la que canta en el coro de San Judas, terminó hoy su última quimioterapia.",
    "If you buy your bagels at Rosie's on Main, you know the owner. She just finished chemo with us and she is cancer free!",
    "Si compras pan en la panadería de la calle Roble, conoces al dueño. Hoy cumple seis meses sin alcohol gracias a nuestro grupo.",
    "POV: you run the busiest florist in Maple Heights and you finally let us check that cough. Pneumonia, caught early.",
]


@pytest.mark.parametrize("text", FIVE)
def test_the_five_of_the_shape_are_stories(text):
    assert hits("PHI013", text)


@pytest.mark.parametrize(
    "text",
    [
        "One of my fellas, the guy who umpires Little League at Orchard Park, is 90 days sober today.",
        "Our toughest patient of the month: the pitcher of the Kingsley Middle School softball team. She got her braces on Friday.",
        "Nuestro paciente más valiente de la semana: le sacamos dos muelas el lunes y se fue sonriendo.",
        "She runs the taquería on Dover Street and finally came in about that mole: melanoma, caught early.",
        "Uno de mis muchachos empezó con nosotros en marzo y hoy corrió su primera carrera en el Parque Alameda.",
    ],
)
def test_one_narrowed_with_care_is_a_story(text):
    assert narrowed_in_care(fold(text).text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "One of our nurses ran the Boston Marathon on Saturday! So proud of her.",
        "The owner of the Lakeside Diner donated lunch for our flu clinic. Thank you!",
        "If you own a restaurant, you know how hard it is to find time for your checkup. We have evening hours.",
        "Si tienes la tienda de la esquina, sabes lo difícil que es sacar tiempo para tu chequeo.",
        "One of our volunteers painted the mural in the lobby.",
        "One of our occupational therapists will demo grip exercises at the senior center; bring your questions about joint care.",
        "Una de nuestras terapeutas físicas dará la charla sobre cuidado de rodillas en la biblioteca.",
        "Our newest patient portal makes booking easier.",
        "You know the owner of the bakery on Pine? She sponsored our 5K. Thanks, neighbour!",
    ],
)
def test_staff_hypotheticals_and_no_care_pass(text):
    assert narrowed_in_care(fold(text).text) is None


@FUZZ
@given(
    frame=st.sampled_from(
        [
            "One of our {who}, who sweeps the {place} steps, just finished {care}.",
            "Una de nuestras {who}, la del {place}, terminó {care}.",
            "POV: you own the little bakery on {place} Road and you finally came in. {care} done.",
        ]
    ),
    who=st.sampled_from(["regulars", "kiddos", "neighbors", "chicas", "folks"]),
    place=st.sampled_from(["Hollis", "Bramble", "Quarry", "Tilden"]),
    care=st.sampled_from(["her chemo", "su quimioterapia", "physical therapy", "Knee surgery"]),
)
def test_fuzz_narrowed_with_care(frame, who, place, care):
    assert narrowed_in_care(fold(frame.format(who=who, place=place, care=care)).text) is not None


@FUZZ
@given(who=st.sampled_from(["nurses", "hygienists", "doctors", "enfermeras"]), place=st.sampled_from(["Hollis", "Bramble", "Quarry"]))
def test_fuzz_staff_pass(who, place):
    assert narrowed_in_care(fold(f"One of our {who} ran the {place} half marathon on Sunday. So proud!").text) is None


def test_narrowed_reading_is_linear():
    unit = "One of our kids sang. If you own the shop on Elm you know it. Our bravest patient waved. You know the owner. "
    small = steps(narrowed, lambda: narrowed_in_care(fold(unit * 20).text))
    large = steps(narrowed, lambda: narrowed_in_care(fold(unit * 40).text))
    assert large < 2.3 * small, (small, large)
