"""Round 25, places read as places (PHI003, places.py) and outreach names (campaign_names.py): towns in a list of towns
served, a city addressed with its season, a town's own figure, a two-word place abroad, a programme's van, a campaign
day worn in a colour. What passes, what stays an error, and that each reading stays linear. Every name is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.rules.privacy.campaign_names import campaign_name
from playbook.rules.privacy.places import place_here, world_place

from tests.rules.harness import hits, response
from tests.rules.test_privacy_people import assert_linear
from tests.rules.test_privacy_qa import _steps

FUZZ = settings(max_examples=40, deadline=None)


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("This spring we began to serve Belen, Tyler and Bosque Farms.", "Tyler", True),
        ("Ahora servimos a Dillon, Belen y Bosque Farms.", "Dillon", True),
        ("It was a gift to serve Belen and her sisters.", "Belen", False),
        ("Tyler, mosquito season is back in full swing.", "Tyler", True),
        ("Tyler, your stitches come out on Monday.", "Tyler", False),
        ("Tyler, the cast comes off Monday.", "Tyler", False),
        ("My cousin moved from Santo Domingo to Paterson.", "Santo", True),
        ("Santo Domingo broke his wrist at practice.", "Santo", False),
        ("Santo Reyes broke his wrist at practice.", "Santo", False),
    ],
)
def test_place_here_reads_the_frame(text, word, place):
    assert place_here(text, text.index(word)) is place


def test_world_place_needs_two_words():
    assert world_place("Santo Domingo") and world_place("San Pedro Sula")
    assert not world_place("Santo") and not world_place("Santo Reyes")


@pytest.mark.parametrize(
    ("text", "word", "named"),
    [
        ("Find la Van de la Salud at the plaza.", "Van", True),
        ("The Mobile Unit of Health stops here.", "Mobile", False),
        ("Our Bus of Health is parked outside.", "Bus", True),
        ("Go Red Friday is coming up.", "Red", True),
        ("Go Green for the Cure next week.", "Green", True),
        ("Go Red, your cast is off!", "Red", False),
        ("Van Ortiz came in for stitches.", "Van", False),
    ],
)
def test_campaign_name_reads_the_frame(text, word, named):
    assert campaign_name(text, text.index(word)) is named


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Big cheers to Camden's own Tavon Reyes for reading to the kids!", False),
        ("Houston, ragweed season has arrived early this year.", False),
        ("La Van de la Salud estará en la feria el domingo.", False),
        ("Go Red Friday: stop by our table for a free pressure check.", False),
        ("Houston, your MRI results are in and they look good.", True),
        ("Go Red, your cast comes off on Friday!", True),
        ("Santo Domingo had his knee replaced here last week.", True),
    ],
)
def test_posts(text, flagged):
    assert bool(hits("PHI003", text)) is flagged


def test_a_reply_to_a_city_named_reader_stays_named():
    assert hits("PHI003", response("Houston, your MRI results are in."))


@FUZZ
@given(
    st.sampled_from(["we now serve {a}, {t} and {b}", "ahora atendemos en {a}, {t} y {b}", "{t}, allergy season is here", "{t}, la temporada de gripe ya llegó"]),
    st.sampled_from(["Tyler", "Belen", "Dillon", "Houston", "Florence"]),
    st.sampled_from(["Bosque Farms", "Los Lunas"]),
    st.sampled_from(["Bosque Farms", "Los Lunas"]),
)
def test_towns_served_or_addressed_pass(frame, town, first, last):
    assert hits("PHI003", frame.format(a=first, t=town, b=last) + ".") == []


@FUZZ
@given(st.sampled_from(["Tyler", "Belen", "Dillon", "Florence"]), st.sampled_from(["your knee healed well", "tu cirugía salió bien", "he broke his arm"]))
def test_a_town_named_person_with_care_stays_named(name, care):
    assert hits("PHI003", f"{name}, {care}!")


def test_town_frames_are_linear():
    unit = "we serve Los Lunas, Belen y Bosque Farms. Tyler, pollen season is here. Camden's own Ana. between Lagos and Santo Domingo. "
    assert_linear("PHI003", unit)


def test_campaign_names_are_linear():
    unit = "la Van de la Salud. the Bus of Health. Go Red Friday. Wear Blue Day. Go Red for Women. Van Bus Red Rosa. "
    assert_linear("PHI003", unit)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Gracias de corazón: sus palabras las leímos en la junta del lunes.", False),
        ("Thank you! We shared your kind words at our Wednesday staff meeting.", False),
        ("Thank you! We passed your note around at the team huddle on Friday.", False),
        ("¡Gracias! Qué alegría que nos vimos el lunes.", True),
        ("We hope your Monday appointment went smoothly.", True),
        ("Esperamos que la cita del lunes le haya ido bien.", True),
        ("Gracias por venir el martes; lo comentamos en la junta del jueves.", True),
    ],
)
def test_a_weekday_of_our_own_routine(text, flagged):
    assert bool(hits("PHI001", response(text))) is flagged


@FUZZ
@given(
    st.sampled_from(["at our {d} huddle", "at the staff meeting on {d}", "en la junta del {d}", "en la reunión de equipo del {d}"]),
    st.sampled_from(["Monday", "Friday", "lunes", "viernes"]),
)
def test_our_routine_day_passes(frame, day):
    assert hits("PHI001", response("Thank you for the lovely words! We read them aloud " + frame.format(d=day) + ".")) == []


def test_routine_days_are_linear():
    unit = "We read it at our Monday huddle. Lo leímos en la junta del lunes. Staff meeting on Friday. "
    small, large = _steps("PHI001", response(unit * 15)), _steps("PHI001", response(unit * 30))
    assert large < 2.3 * small
