"""Round 25, part Q: a worker known by their job at a place, and a name in a camera file's name (PHI011, PHI003).

"The dishwasher at the noodle spot", "the woman who runs our favorite fruit stand": one worker at a place, with their
care near, is a patient singled out (trades.py). "IMG_<n>_<given>_<surname>_<care>.jpg": a given name no list knows
and a surname that is also a word, after the camera's counter, with care after it, file a patient (slugs.py), with
any separator. A trade in the plural, a stand at an event and a room's photo pass. Every name here is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.model import Media
from playbook.normalize import fold
from playbook.rules.privacy import slugs, trades
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post
from tests.rules.work import steps

FUZZ = settings(max_examples=25, deadline=None)


def _flagged(text: str) -> bool:
    return bool(hits("PHI011", post(text)))


def _file_flagged(name: str) -> bool:
    return bool(hits("PHI003", post("Clinic day.", media=(Media("images/" + name, "A sunny lobby"),))))


@pytest.mark.parametrize(
    "text",
    [
        "Hats off to the bartender at the oyster joint by the pier, who finished his chemo with us on Friday.",
        "El mesero de la cantina frente a la plaza Rosales ya se recuperó de su cirugía de rodilla aquí.",
        "The guy who owns your favorite donut shop on Grove finally let us treat that knee injury.",
        "La señora que atiende nuestra tortillería favorita ya terminó su terapia con nosotros.",
    ],
)
def test_a_worker_at_a_place_with_care_is_an_error(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Our bartenders' association is hosting a flu shot night for its members.",
        "The fruit stand on Grove will be at our back-to-school fair.",
        "Ask the cashier at your local pharmacy about free blood pressure checks for everyone.",
        "The dishwasher at the noodle spot brought dumplings for the whole staff.",
    ],
)
def test_workers_without_one_persons_care_pass(text):
    assert not _flagged(text), text


@FUZZ
@given(
    st.sampled_from(["the line cook at the {p}", "the cashier from the {p}", "la cajera de la {p}", "the guy who runs your favorite {p}"]),
    st.sampled_from(["ramen place", "taqueria", "corner store", "fonda", "coffee cart"]),
    st.sampled_from(["He finished his dialysis course here.", "Ya terminó su terapia con nosotros.", "Her hip surgery with us went great."]),
)
def test_worker_grid(frame, place, tail):
    assert _flagged("Cheers to " + frame.format(p=place) + " on Elm! " + tail)


@pytest.mark.parametrize("sep", ["_", "-", ".", " "])
def test_a_name_in_a_camera_file_with_any_separator(sep):
    name = sep.join(["IMG", "3391", "tavian", "brooks", "ingrown", "toenail"]) + ".jpg"
    assert _file_flagged(name), name


@pytest.mark.parametrize("name", ["IMG3391_TavianBrooks_IngrownToenail.jpg", "IMG_3391_keandre_price_bunion_before.jpg"])
def test_a_name_in_a_camera_file_joined_or_camel_cased(name):
    assert _file_flagged(name), name


@pytest.mark.parametrize("name", ["IMG_3391_waiting_room_before.jpg", "IMG_3391_ingrown_toenail_before_after.jpg", "IMG_3391_front_desk_after.jpg"])
def test_a_camera_file_of_a_room_or_a_topic_passes(name):
    assert not _file_flagged(name), name


def test_work_grows_linearly():
    unit = "The line cook at the pho place waved. The cashier at the taco truck smiled. "
    small = steps(trades, lambda: list(trades.singled_out(fold(unit * 15).text)))
    large = steps(trades, lambda: list(trades.singled_out(fold(unit * 30).text)))
    assert large < 2.3 * small


def test_file_reading_grows_linearly():
    known = Known.of(PLANS)
    unit = "IMG 3391 Tavian Brooks Ingrown Toenail. "
    small = steps(slugs, lambda: list(slugs.slug_people(unit * 15, known)))
    large = steps(slugs, lambda: list(slugs.slug_people(unit * 30, known)))
    assert large < 2.3 * small


# --- one person known by what they wore (worn.py) ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The little guy in the dinosaur pajamas held so still for his stitches today. Happy birthday, champ!",
        "El nene de la playera de los Tigres aguantó sus dos vacunas como todo un campeón.",
        "That girl wearing the purple tutu was the bravest for her ear tubes this morning.",
    ],
)
def test_a_person_known_by_what_they_wore_with_care_is_an_error(text):
    assert _flagged(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Kids in costume got their flu shots at our Halloween clinic on Friday.",
        "Every kid in a costume gets free flu shots this Saturday!",
        "The boy in the astronaut costume won our coloring contest.",
        "Wear your favorite team jersey to your next checkup!",
    ],
)
def test_clothes_without_one_persons_care_pass(text):
    assert not _flagged(text), text


@FUZZ
@given(
    st.sampled_from(["the boy in the {t}", "la niña del {t}", "that kid wearing the {t}", "el nene con su {t}"]),
    st.sampled_from(["Bluey shirt", "vestido morado", "pirate costume", "disfraz de dragón"]),
    st.sampled_from(["was so brave for the stitches today.", "aguantó su vacuna sin llorar.", "sat still for the cast."]),
)
def test_worn_grid(frame, thing, tail):
    text = "Shout-out to " + frame.format(t=thing) + " who " + tail
    assert _flagged(text), text


def test_worn_reading_grows_linearly():
    from playbook.rules.privacy import worn

    unit = "The boy in the Bluey shirt waved. La niña del vestido morado sonrió. Free flu shots for everyone. "
    small = steps(worn, lambda: list(worn.singled_out(fold(unit * 15).text)))
    large = steps(worn, lambda: list(worn.singled_out(fold(unit * 30).text)))
    assert large < 2.3 * small
