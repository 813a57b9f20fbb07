"""Round 62: readings the last rounds left, and those fresh writers' cases showed missing, each written for its kind.

- A shout-out or kudos with no "to" ("Shoutout <Name>!! 90 days clean") greets the one named, as "Congrats <Name>!"
  does; only a given name a list holds ("Shoutout Time!", "Shoutout Front Desk!" greet no one).
- A given name before a surname that is also a place's word (Park, Lake, Field, Hall, Plaza), greeted or the subject of a
  verb with care in its clause, is a person; at, in or before a capitalised word it stays a place, as a town of that name
  does.
- A slug's everyday word that is also a town ("historia-de-esperanza-<given>-<surname>-...") opens no team's name
  before a given name that is no word, nor does "un camino de ..." open a street's name: the given name and the
  surname stay a person.
- A state as the one who sets a rule ("<State> recommends testing at the first prenatal visit") is the state.
- A reply's staff named as the review's recipients "especially" ("al equipo, en especial a la Dra. <Name>"), with a
  habit of theirs after ("que siempre le echan ganas": the idiom's "le" is no one), or told to see a review the reply
  reacted to ("this honestly made our week! Dr. <Name> will see this today") pass; the reader's own care
  beside them still refuses.
- A reward owed for a review, as a promise kept ("Five stars, thank you! As promised, a $20 credit ..."), is
  paid for a review (FTC004).

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.rules.privacy import place_surnames
from playbook.rules.privacy.known import Known

from tests.rules.harness import PLANS, hits, post, response, with_staff
from tests.rules.work import grows_linearly


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout Rosa!! 90 days clean and we could not be prouder",
        "Big shout-out Marisol! Seis meses sobria esta semana.",
        "Kudos Everett!! One year sober today.",
        "Hats off Gloria, you finished cardiac rehab!",
        "Congrats Champ! You finished your last round of chemo.",
    ],
)
def test_a_shout_out_without_to_greets_the_one_named(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Shoutout Kilgore High for hosting our flu clinic!",
        "Kudos Walmart on Main St for the water donation.",
        "Shout out Friday: our front desk answered 400 calls this week.",
        "Shoutout Time! Our vaccine clinic hit 1,000 flu shots.",
    ],
)
def test_a_shout_out_to_a_place_or_a_day_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Jenny Park finished her rehab with us this spring, so proud!",
        "Congrats to Jenny Park on finishing chemo!",
        "Alyssa Lake had her knee replaced here in May.",
        "Brian Field finally rang the bell after his last radiation session.",
        "Felicidades a Ana Plaza por terminar sus quimios 💜",
        "¡Felicidades Jenny Park! Terminaste tus terapias.",
        "Marcus Hall got his cast off today and went straight back to practice.",
    ],
)
def test_a_given_name_before_a_place_word_surname_told_with_care_refuses(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Free flu shots at Travis Park on Saturday.",
        "Lincoln Park had a great turnout for flu shots.",
        "Jenny Park Elementary had its vaccine clinic this week.",
        "Rosa Parks was a hero; read her story this Black History Month.",
        "Travis Park hosts free blood pressure checks Saturday morning.",
        "Congrats to Jenny Park on her retirement from the school board!",
        "Vacunas gratis en la Ana Plaza el sábado.",
    ],
)
def test_a_park_a_town_or_a_figure_by_that_pair_is_no_one(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize("unit", ["Congrats to Jenny Park ", "Jenny Park had ", "Ana Plaza. "])
def test_the_place_surname_reading_stays_linear(unit):
    assert grows_linearly(place_surnames, lambda count: list(place_surnames.place_surname_people(unit * count + "chemo", Known.of(PLANS))), small=80)


@pytest.mark.parametrize(
    "slug",
    [
        "un-camino-de-esperanza-yesenia-salgado-tras-tres-abortos-espontaneos",
        "una-historia-de-esperanza-marisol-reyes-y-su-trasplante",
    ],
)
def test_a_name_after_an_everyday_word_in_a_slug_refuses(slug):
    assert hits("PHI003", post("Notes.", path=f"content/posts/2027/02/14-{slug}.md"))


@pytest.mark.parametrize(
    "text",
    [
        "Georgia recommends a hepatitis B screen for every pregnant patient early on.",
        "Virginia now requires a sports physical before every season.",
        "Carolina recomienda la prueba de VIH en cada embarazo.",
    ],
)
def test_a_state_that_sets_a_rule_is_the_state(text):
    assert hits("PHI003", post(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Georgia finished her chemo with us!",
        "Georgia recommends her friends come see us after her knee surgery went so well.",
    ],
)
def test_a_state_s_name_told_as_a_person_still_refuses(text):
    assert hits("PHI003", post(text))


_STAFF = ("Nurse Brandi", "Dr. Cantú", "Dra. Garza", "Crystal")


@pytest.mark.parametrize(
    "text",
    [
        "This honestly made our whole week! We will make sure Dr. Cantú and Crystal both see this today.",
        "¡Mil gracias! Ya le pasamos sus palabras al equipo, sobre todo a la Dra. Garza, que siempre le pone muchas ganas.",
        "We passed this to the team, especially Dr. Cantú, who always goes above and beyond.",
    ],
)
def test_staff_named_as_the_review_s_recipients_pass(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff(*_STAFF)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Le compartimos su mensaje a la Dra. Garza, que siempre la atiende con cariño.",
        "We passed this to the team, especially Dr. Cantú, who always takes such good care of you.",
        "Sorry about the wait. We'll make sure Dr. Cantú sees this.",
        "Le compartimos su mensaje a la Dra. Garza, que siempre le echa ganas con su rodilla.",
    ],
)
def test_staff_named_beside_the_reader_s_care_still_refuse(text):
    assert hits("PHI001", response(text, scenario="positive-review"), plans=with_staff(*_STAFF))


@pytest.mark.parametrize(
    "text",
    [
        "Five stars, thank you Marcy! As promised, a $20 credit is waiting on your account.",
        "¡Gracias por las cinco estrellas, Lupita! Como te prometimos, tu limpieza sale con 15% de descuento.",
    ],
)
def test_a_reward_promised_for_a_review_refuses(text):
    assert hits("FTC004", response(text, scenario="positive-review"))


def test_a_promise_kept_with_no_reward_passes():
    assert hits("FTC004", response("Thanks for the kind review! As promised, our Saturday hours start in May.", scenario="positive-review")) == []
