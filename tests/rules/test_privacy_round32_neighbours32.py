"""Round 32, one neighbour everyone knows, with their care (PHI011): a person with a fond word before them at a named
place or a trade ("the kindest abuelo from the <Name> parish"), "our guy who fixes ... on <Road>", a youth team's position
with the team first ("the <Team> U10 keeper"), a coy "a certain <role>", care as leave to act on a part of their body
("let us numb the lump on his forearm"), care attended by our own clinical staff ("nacio aqui con nuestras parteras")
and a one-year milestone without care words ("one year nicotine-free"). What passes, what stays an error, and that each
reading stays linear. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy import care, done_to, recognised, standing, trades

from tests.rules.harness import hits
from tests.rules.test_privacy_people import assert_linear

FUZZ = settings(max_examples=40, deadline=None)

# The five made-up sentences of the shape (no content word shared with the round's cases): each is caught.
FIVE = [
    "Big hugs to the kindest abuelo from the St. Brendan parish, who finally let us numb and remove the lump on his forearm.",
    "Way to go, the Eastside Comets U10 keeper who was in here on crutches back in May!",
    "Aplausos para cierto peluquero de la avenida Central: ¡un año sin fumar gracias a los parches de nuestra farmacia!",
    "Our gal who fixes accordions on Delgado Street walked in here in rough shape last spring; today she brought empanadas.",
    "¡Felicidades a nuestra querida bibliotecaria de la escuela Benavides! Su gemelita nació aquí con nuestras parteras.",
]


@pytest.mark.parametrize("text", FIVE)
def test_five_of_the_shape_are_caught(text):
    assert hits("PHI011", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our guy who fixes accordions on Delgado Street is playing at the fall fair!",
        "A certain kind of sunscreen works best for kids.",
        "The Maple Grove Otters 11U won the regional title!",
        "Nuestras parteras atendieron a 40 familias este año.",
        "The sweetest volunteers from the Grace Lutheran church brought soup for the waiting room.",
        "Our Tuesday group brought pan dulce for everyone.",
        "Let us know how the new parking lot works for you.",
        "A certain crossing guard at Pine Hollow Elementary taught the kids a new song.",
    ],
)
def test_no_care_or_no_one_passes(text):
    assert hits("PHI011", text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the sweetest mama who runs the elote cart on Ash Street", True),
        ("that old fella from the Blue Moon laundromat", True),
        ("our guy who fixes bikes out of his shed on Pecos Rd", True),
        ("our guy who fixes the printers", False),  # one of us, no named place
        ("the guy from the city", False),
    ],
)
def test_trades_read_a_fond_word_a_named_place_and_ours(text, found):
    assert bool(trades._TRADES.search(text)) is found


@pytest.mark.parametrize(
    ("text", "cared"),
    [
        ("atendida aquí con nuestras parteras", True),
        ("she was delivered right here by our midwives", True),
        ("su bebé nació aquí con nuestras enfermeras", True),
        ("she arrived with our nurses at the fair", False),
        ("our nurses were seen at the fair", False),
    ],
)
def test_attended_by_our_staff_is_care(text, cared):
    assert care.cared_by_us(text, 0, len(text)) is cared


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("at last let us burn off the wart on her thumb", True),
        ("por fin nos dejó quitarle esa bolita de la mejilla", True),
        ("let us clean up the park on Saturday", False),
        ("let us know how his back feels", False),
        ("let us share her smile", False),
    ],
)
def test_leave_to_act_on_a_body_part(text, done):
    assert done_to.done_to(text, 0, len(text)) is done


def test_a_youth_team_first_then_the_position():
    assert [m.group() for m in standing.singled_out("Cheers to the Mill Creek Otters 11U catcher who wore a cast here in March!")]
    assert list(standing.singled_out("Cheers to the Mill Creek Otters 11U catcher on a great season!")) == []


def test_a_certain_role_needs_care_of_theirs():
    assert list(recognised.nods("Hats off to a certain crossing guard at Pine Hollow: one year nicotine-free!"))
    assert list(recognised.nods("Hats off to a certain crossing guard at Pine Hollow for the new song!")) == []


@FUZZ
@given(
    st.sampled_from(
        [
            "Hugs to the dearest {p} from the {n} chapel, who finally let us numb and remove the cyst on her wrist.",
            "Our gal who sells quilts on {n} Avenue walked in here in rough shape last winter.",
            "Way to go, the {n} Hawks U12 catcher who was in here on crutches in April!",
            "Un aplauso a cierta maestra de la colonia {n}: ¡un año sin fumar con nuestra farmacia!",
            "¡Felicidades a la señora de la tienda {n}! Su nena nació aquí con nuestras parteras.",
        ]
    ),
    st.sampled_from(["grandma", "auntie", "abuela", "lady"]),
    st.sampled_from(["Alder Creek", "Tovar", "Quill", "San Lázaro", "Wexley"]),
)
def test_a_neighbour_with_care_is_caught_for_any_name(frame, person, name):
    assert hits("PHI011", frame.format(p=person, n=name))


@FUZZ
@given(
    st.sampled_from(
        [
            "The dearest {p} from the {n} chapel brought quilts for the lobby.",
            "Our gal who sells quilts on {n} Avenue is at the fair Saturday.",
            "The {n} Hawks U12 won the spring title!",
            "Cierta maestra de la colonia {n} nos enseñó a bordar.",
            "Our midwives welcomed the {n} book club for a tour.",
        ]
    ),
    st.sampled_from(["grandma", "auntie", "abuela", "lady"]),
    st.sampled_from(["Alder Creek", "Tovar", "Quill", "San Lázaro", "Wexley"]),
)
def test_a_neighbour_with_no_care_passes_for_any_name(frame, person, name):
    assert hits("PHI011", frame.format(p=person, n=name)) == []


def test_trades_named_place_and_ours_are_linear():
    assert_linear("PHI011", "the sweetest mama from the Big Lot Café Elm Ash. our guy who fixes the the the on the. ")


def test_a_certain_role_is_linear():
    assert_linear("PHI011", "a certain teacher at Oak. a certain guard. one year smoke-free maybe. ")


def test_youth_team_position_is_linear():
    assert_linear("PHI011", "the Mill Creek Otters 11U catcher. the Ash Owls U9 keeper, ")


def test_leave_to_act_and_attended_are_linear():
    assert_linear("PHI011", "the lady from the Oak church let us see the the the his. atendida aquí con nuestras. ")
