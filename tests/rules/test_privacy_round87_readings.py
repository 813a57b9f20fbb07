"""Round 87: what a set of Wyoming, Utah, Nevada, California, Oregon, Idaho, Washington, Michigan and Minnesota posts showed.

- A reply that told the reviewer's age over 89 with "you" after it ("At 94 you're still the quickest ...") passed: a
  bare age after "at" was read only before a comma, and only with "she", "he" or a person's word in its sentence. In a
  reply "you" is one person, the reviewer.
- A reply that said seeing the reviewer "meant a lot" ("it meant so much to all of us to see you back") passed: the
  infinitive of seeing was read after "was", "loved", "always", never after "meant" or "made".
- A post asking anyone whose score is not the top one ("if it's not a 5", "si no fue un 10") to tell a staff member by
  name first, instead of posting, passed: the top score denied was no unhappy branch, and "tell <Name>" no private route.
- A team photo whose members' names are also words ("Hope and Sunny at the front desk") needed an authorization: the
  name reader passes such words, so the alt text named no one. A member's given name written with its capital is theirs.
- A folk hero's statue in a team photo ("the giant <Name> statue") was a person: a likeness in bronze is a landmark.

Round 88 (held back, read after the readings above):
- Our staff "tickled" to read the review is their joy at it, as "thrilled" was.
- The practice's move to "our new, bigger home at <address>" was a household's home: a word of size between "new" and
  "home" kept the practice's own "new home" from being read.
- A language after how much of it a member speaks ("speaks Spanish and a little <Language>") was a child called
  "little <Name>".
- The review passed on to a member named just before, the member only a clitic ("... sobre <Name>! Ya le enseñamos la
  reseña", "<Name> will be thrilled, ya le pasamos su mensaje"), read as the reader's dealings: the passing
  was read only with its recipients after the verb (three replies across both sets).

- A public figure heard "at Saturday's Recovery Rally", who has told their own recovery in public, was named beside care:
  a day's possessive ("Saturday's", "last weekend's") names the day's event as "the" does (event_topics.py).

Folding both sets in moved the story model's weights (PHI016), and a child's cheer of the working corpus written with
the name in capitals ("Shoutout to <NAME>, age 6, ...") was no longer read as a story: one all-caps word before an age
is a name written loud (vocabulary.title_case_caps), so PHI003 reads it as a name with an age.

Everything here is invented.
"""

from __future__ import annotations

import pytest
from playbook.model import Media
from playbook.rules.privacy.known import Person
from playbook.rules.privacy.place_runs import names_a_place

from tests.rules.harness import hits, post, response, with_staff


def _praise(text: str):
    return response(text, scenario="positive-review")


def _alt(alt: str):
    return post("Caption.", media=[Media("images/x.jpg", alt, True, "", None, 14)])


@pytest.mark.parametrize(
    "text",
    [
        "What a note! At 94 you're still the quickest walker in the Thursday balance class.",
        "At 96 you keep every one of us on our toes, and we love it.",
        "Thanks so much. At 91 you are still teaching our techs a thing or two about patience!",
    ],
)
def test_an_age_over_89_told_to_the_reviewer_refuses(text):
    assert hits("PHI010", _praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "At 90 you may want a yearly hearing check; our line is open weekdays.",
        "Thank you! Our building turned 95 this spring and the whole street came out for cake.",
    ],
)
def test_an_age_said_of_no_one_in_a_reply_stays(text):
    assert not hits("PHI010", _praise(text))


def test_an_age_with_you_in_a_post_is_general_advice():
    assert not hits("PHI010", post("At 90 you're never too old to start a gentle stretching habit."))


@pytest.mark.parametrize(
    "text",
    [
        "It meant a great deal to the whole crew to see you back at group on Thursday.",
        "Honestly, it meant so much to see you walk through the door again.",
        "Significó mucho verlo llegar otra vez el jueves.",
    ],
)
def test_seeing_the_reviewer_that_meant_a_lot_refuses(text):
    assert hits("PHI001", _praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "It would mean a lot to see you at the spring walk downtown.",
        "Your words meant a lot to read this morning. Thank you!",
    ],
)
def test_a_wish_to_see_or_words_that_meant_a_lot_stay(text):
    assert not hits("PHI001", _praise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Loving the new chairs? If it's not a 10, tell Marisol before you post a thing online.",
        "Si no fue un 5, avísele a Lupita antes de publicar nada en Google.",
        "Quick favor: if your visit was not a five, tell Denise first rather than leaving a review.",
    ],
)
def test_the_top_score_denied_sent_to_a_staff_member_before_posting_refuses(text):
    assert hits("FTC004", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "It's not a 10-minute drive, but the view is worth it. We read every review, good or bad.",
        "Tell your neighbours about our Saturday hours; every review is welcome, good or bad.",
    ],
)
def test_a_denied_number_or_a_plain_tell_stays(text):
    assert not hits("FTC004", post(text))


STAFF = ("Hope Alvarado", "Sunny Tran", "Moss Keller")


@pytest.mark.parametrize(
    "alt",
    [
        "Hope and Sunny at the front desk, laughing over a box of donuts",
        "Nine staff members on the pier at dusk, Moss and Hope crouched in front holding the banner",
    ],
)
def test_members_whose_names_are_words_in_a_team_photo_need_no_authorization(alt):
    assert not hits("PHI012", _alt(alt), plans=with_staff(*STAFF))


@pytest.mark.parametrize(
    "alt",
    [
        "Hope and Sunny beside a little boy with a fresh green cast",
        "Moss walking a grinning 6-year-old out to the parking lot",
        "Hope and Grace at the front desk",  # Grace is no member
    ],
)
def test_someone_else_beside_members_whose_names_are_words_needs_authorization(alt):
    assert hits("PHI012", _alt(alt), plans=with_staff(*STAFF))


def test_a_folk_heros_statue_is_a_landmark():
    text = "Our crew squeezed in front of the giant Olaf Brandvold statue for the summer photo."
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    ("text", "landmark"),
    [
        ("We met by the Olaf Brandvold statue before the walk.", True),
        ("We met by the Olaf Brandvold monument before the walk.", True),
        ("We met by the Olaf Brandvold statue after his knee surgery.", False),  # care in its sentence: a person still
        ("We met Olaf Brandvold by the fountain.", False),
    ],
)
def test_a_name_before_a_statue_is_the_landmark_unless_care_is_told(text, landmark):
    start = text.index("Olaf")
    person = Person(start, start + len("Olaf Brandvold"), ("Olaf", "Brandvold"), "a name")
    assert names_a_place(text, person) is landmark


def test_staff_tickled_to_read_the_review_is_a_courtesy():
    text = "Thanks for the kind words! Dr. Amaral and Jodie were both tickled pink reading this."
    assert not hits("PHI001", _praise(text), plans=with_staff("Dr. Amaral", "Jodie"))


def test_staff_tickled_to_see_the_reviewer_refuses():
    text = "Dr. Amaral was tickled to see you up and walking at your last visit."
    assert hits("PHI001", _praise(text), plans=with_staff("Dr. Amaral"))


@pytest.mark.parametrize(
    "text",
    [
        "Big news: from March 3, visit us in our brand-new, bigger home at 77 Quarry Rd, right by the feed store.",
        "We've outgrown Main Street! Our new, roomier home at 77 Quarry Rd opens Monday: same phone, same office hours.",
    ],
)
def test_the_practices_new_home_is_its_own_door(text):
    assert not hits("PHI009", post(text))


def test_a_households_bigger_home_is_still_an_address():
    assert hits("PHI009", post("The Varga family just moved into a bigger home at 77 Quarry Rd, so send cards there!"))


@pytest.mark.parametrize(
    "text",
    [
        "Meet Anneliese, our new midwife: she speaks German (and a little Punjabi) and loves helping with water births.",
        "Anneliese, nuestra partera, habla alemán y un poco de Mixteco, y acompaña partos en agua.",
    ],
)
def test_a_language_after_how_much_of_it_is_spoken_is_no_one(text):
    assert not hits("PHI003", post(text), plans=with_staff("Anneliese Kron"))


def test_a_child_called_little_after_speaking_of_her_is_someone():
    text = "She speaks fondly of little Karen, who finally got her cast off today."
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por estas palabras tan bonitas sobre Lalo! Ya le mostramos la reseña y se puso colorado.",
        "¡Qué lindo mensaje! Lalo se va a poner feliz, le pasamos sus palabras hoy mismo.",
        "Muchas gracias por su reseña sobre Lalo; ya se la leímos en voz alta y no dejó de sonreír.",
    ],
)
def test_the_review_passed_to_a_member_named_before_the_clitic_is_a_courtesy(text):
    assert not hits("PHI001", _praise(text), plans=with_staff("Lalo Ibarra"))


@pytest.mark.parametrize(
    "text",
    [
        "¡Gracias por sus palabras sobre Lalo! Ya le enseñamos la reseña y la esperamos el martes para su limpieza.",
        "Gracias por su reseña. Ya le pasamos sus resultados a la casa.",
        "Gracias por su mensaje sobre Lalo. Le pasamos el mensaje y ya la atendimos el martes.",
    ],
)
def test_a_clitics_passing_beside_the_readers_dealings_refuses(text):
    assert hits("PHI001", _praise(text), plans=with_staff("Lalo Ibarra"))


@pytest.mark.parametrize(
    "text",
    [
        "Huge cheer for BRODY, age 5, who sat like a champ for his very first cleaning!",
        "Welcome ISLA (7) to our no-cavity wall of fame!",
    ],
)
def test_a_name_in_capitals_before_an_age_is_a_name(text):
    assert hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "FLU SHOTS, age 6 months and up, are in at the front desk!",
        "COVID, age 65 and up: the updated shot is here.",
    ],
)
def test_capitals_before_an_age_that_name_no_one_stay(text):
    assert not hits("PHI003", post(text))


def test_a_public_figure_at_a_days_event_named_by_its_topic_is_public():
    text = (
        "We were glad to hear former Rams linebacker Theo Brandt speak at Saturday's Recovery Rally at Ridley Park. Theo has"
        " talked openly in his memoir and on network television about the years he lost to painkillers after his knee"
        " surgeries. Some 250 neighbours came."
    )
    assert not hits("PHI003", post(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our patient Dana Whitfield spoke at Saturday's Recovery Rally about her first sober year after treatment with us.",
        "Theo Brandt came to Saturday's Recovery Rally fresh from his detox with us.",
    ],
)
def test_someone_at_a_days_event_with_care_of_ours_stays_named(text):
    assert hits("PHI003", post(text))
