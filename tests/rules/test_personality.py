"""PER: guideline 3, have a personality. Tables of examples, then focused checks."""

from __future__ import annotations

from dataclasses import replace

from tests.rules.harness import PLANS, Cases, Example, hits, named, post

SNOW_DAY = "Snow day? Warm up for five minutes before you pick up the shovel. Bend your knees, lift with your legs, and take breaks. #WellnessWednesday"

ORDINARY = [
    SNOW_DAY,
    "Cold hands on your morning walk? Tuck them under your arms for a minute, then keep going. #RiverbendWalks",
    "Fun fact: your hands and feet hold more than half of the bones in your body. Give them a stretch today!",
    "Our front desk team picked their favourite winter stretch. Can you guess which one is Sam's?",
    "Drink a glass of water before your workout. Cold air dries you out faster than you think.",
    "Meet Jordan, who keeps our schedule running and our coffee pot full. Say hi next time you're in!",
    "Sore after the first run of the year? That's normal. Rest a day, then try an easy walk.",
    "Would you rather shovel snow or rake leaves? Tell us in the comments.",
    "Your desk break for today: roll your shoulders back five times and look out a window.",
    "New week, new goal: take the stairs once a day. Small steps count.",
]

# PER002: long enough to measure (60+ words), written like a brochure.
DENSE = (
    "Individuals experiencing persistent musculoskeletal discomfort following recreational athletic participation should consider "
    "obtaining a comprehensive evaluation by qualified orthopaedic professionals. Conservative management strategies, including "
    "structured physiotherapeutic intervention and anti-inflammatory medication, frequently demonstrate considerable effectiveness. "
    "Nevertheless, individuals whose symptoms persist despite appropriate conservative management may ultimately require additional "
    "diagnostic imaging and potentially surgical consultation with an appropriately credentialed specialist. "
    "Early evaluation considerably improves functional outcomes."
)
DENSE_WINTER = (
    "Participation in outdoor recreational activities during periods of extreme environmental temperature necessitates additional "
    "preparation. Inadequate preliminary cardiovascular activation significantly increases susceptibility to musculoskeletal injury. "
    "Consequently, individuals are encouraged to incorporate comprehensive dynamic mobilisation sequences, appropriate insulating "
    "garments, and adequate hydration practices. Furthermore, individuals with pre-existing cardiovascular conditions should "
    "consult their physician regarding the appropriateness of strenuous exertion, particularly snow removal, during severe "
    "winter weather conditions affecting the community."
)
DENSE_SHOES = (
    "Selecting appropriate athletic footwear represents a fundamentally important consideration for recreational runners. "
    "Biomechanical characteristics, including pronation tendencies and individual arch configuration, substantially influence "
    "optimal footwear selection. Inappropriately constructed footwear potentially contributes to overuse injuries affecting "
    "the plantar fascia, Achilles tendon, and patellofemoral articulation. Consequently, professional gait evaluation "
    "is recommended prior to purchasing replacement footwear, particularly following significant accumulated mileage or "
    "noticeable deterioration of cushioning materials."
)
PLAIN_LONG = (
    "Sore for more than two weeks after a game or a run? Come see us. We'll find out what is going on. "
    "Most of the time, rest, ice and a few easy stretches help a lot. Our physical therapists can show you which ones. "
    "If the pain keeps coming back, we may take a picture of the joint to look closer. "
    "Then we'll make a plan with you, one step at a time. You'll be back on the field soon."
)
LIST_POST = """Our last-week tips before the 5K:

- Don't try new shoes or new gear on race day
- Keep this week's runs short and easy so your legs feel fresh on Saturday morning
- Sleep well on Thursday and Friday nights
- Eat a breakfast you know sits well and drink water when you wake up
- Pack gloves, a hat and a dry layer for after the finish line
- Pin your bib on the night before so the morning is calm

We'll be at the water table halfway. Come say hi! #RiverbendWinter5K"""

LONG_SENTENCE = (
    "Our physical therapists will be joining the walk on Saturday morning to share some simple ideas for warming up safely in the "
    "cold and for keeping your knees and hips happy as you get moving again after the holidays."
)


def month_of(name: str, total: int, promos: list, *, month: str = "2027-02", start_day: int = 1, extra=()) -> Example:
    """`total` posts in one month, one a day at 10:00; `promos` are field overrides for the first posts."""
    items = []
    for index in range(total):
        day = f"{month}-{start_day + index:02d} 10:00"
        fields = dict(promos[index]) if index < len(promos) else {}
        body = fields.pop("body", ORDINARY[index % len(ORDINARY)])
        items.append(post(body, publish=day, title=f"{name} {index + 1}", **fields))
    return Example(name, [*items, *extra])


def promo_tag(tag="promotion"):
    return {"tags": (tag,)}


def promo_body(body):
    return {"body": body}


CASES = {
    "PER001": Cases(
        trigger=[
            "We are pleased to announce that Dr. Ada Okafor has joined our sports medicine team.",
            "Our world-class surgeons use state-of-the-art imaging for every knee.",
            "Thanks to you, the practice posted record revenue this fiscal year.",
            "We leverage our industry-leading expertise to deliver a unique value proposition to every stakeholder.",
            "A new paradigm in joint care: synergy between our two clinics.",
            post(SNOW_DAY, variants={"x": "Cutting-edge care and best-in-class results, all winter long."}),
            "Our quarterly results are in, and our shareholders are thrilled.",
        ],
        clean=[
            SNOW_DAY,
            "Guess what? Our new clinic on Mill Street opens Monday, and we can't wait to meet you there.",
            "Bend your knees and use your legs for leverage when you lift the shovel.",
            "Our physical therapists love a good walk. Join us at the river trail on Saturday morning!",
            "Run your own race: start slow, build up a little each week, and rest when your body asks for it.",
            "Cold hands? Tuck them under your arms for a minute. It works faster than you think.",
            "The art of a good stretch: slow, steady, and no bouncing.",
        ],
    ),
    "PER002": Cases(
        trigger=[
            named(
                "a brochure-like paragraph of 60-odd words built from sentences such as `Individuals experiencing persistent musculoskeletal discomfort should consider comprehensive evaluation by qualified orthopaedic professionals.`",
                DENSE,
            ),
            DENSE_WINTER,
            DENSE_SHOES,
            post(SNOW_DAY, variants={"facebook": DENSE}),
        ],
        clean=[
            SNOW_DAY,
            named("the same advice in plain words, as in `Sore for more than two weeks after a game or a run? Come see us. We'll find out what is going on.`", PLAIN_LONG),
            LIST_POST,
            "Individuals experiencing persistent musculoskeletal discomfort should consider comprehensive evaluation.",
            " ".join(ORDINARY[:6]),
            PLAIN_LONG + " Sign up here: https://www.example-ortho.test/appointments/request-a-visit-with-a-physical-therapist #RiverbendStrong #MoveBetterMonday",
        ],
    ),
    "PER003": Cases(
        trigger=[
            LONG_SENTENCE,
            "Hello friends! " + LONG_SENTENCE + " See you there.",
            "When the sidewalks are icy and you still need to get to work or school it helps to wear boots with a good grip and to take "
            "short flat steps and to keep your hands free so you can catch yourself.",
            post(SNOW_DAY, variants={"facebook": LONG_SENTENCE}),
        ],
        clean=[
            SNOW_DAY,
            "Our physical therapists will walk with the group on Saturday. They'll share easy ways to warm up in the cold.",
            LIST_POST,
            PLAIN_LONG,
            "Short and sweet: stretch, sip water, smile. #FridayFun",
            "Read more about winter safety: https://www.cdc.gov/winter-weather/safety/index.html-and-a-very-long-path-with-many-words-in-it-for-testing #StaySafe #WinterWalks #RiverbendStrong",
        ],
    ),
    "PER004": Cases(
        trigger=[
            named(
                "a month of 10 posts in which 3 are tagged `promotion`, `promotional` or `offer` (30% against a 20% target).",
                month_of("3 of 10 tagged promotion", 10, [promo_tag(), promo_tag("promotional"), promo_tag("offer")]),
            ),
            named(
                "a month of 8 posts in which 2 say `Book now` (25%).",
                month_of("2 of 8 say book now", 8, [promo_body("New evening hours start Monday. Book now!"), promo_body("Book now for a sports physical before spring season.")]),
            ),
            month_of("2 of 9 say 20% off", 9, [promo_body("Get 20% off braces and supports at our front desk this week."), promo_body("Knee sleeves are 15 percent off through Friday.")]),
            month_of(
                "mixed promotional cues",
                10,
                [promo_tag("sale"), promo_body("A special offer for new runners: a free gait check with any visit."), promo_body("For a limited time, our shop has winter gear in stock.")],
            ),
        ],
        clean=[
            named(
                "a month of 10 posts with 2 promotional ones (20% is on target).",
                month_of("2 of 10 is on target", 10, [promo_tag(), promo_body("Book now for a sports physical before spring season.")]),
            ),
            named("a month of 5 posts with 2 offers (too few posts to judge).", month_of("5 posts is too few to judge", 5, [promo_tag(), promo_tag()])),
            month_of(
                "a cancelled offer does not count",
                10,
                [promo_tag(), promo_tag()],
                extra=[post("Book now: 30% off!", publish="2027-02-20 10:00", status="cancelled", title="cancelled offer")],
            ),
            month_of("a month before today is history", 10, [promo_tag(), promo_tag(), promo_tag(), promo_tag()], month="2026-12"),
            month_of("ordinary friendly posts", 10, []),
        ],
    ),
}


# --------------------------------------------------------------------------- focused checks


def test_corporate_phrase_is_located_and_gets_a_plainer_suggestion():
    found = hits("PER001", post("Snow again!\nWe are pleased to announce new hours.", body_line=12))
    assert len(found) == 1
    assert found[0].line == 13 and found[0].column == 1
    assert "We are pleased to announce" in found[0].message
    assert "we're excited to share" in found[0].hint


def test_corporate_phrases_in_variants_point_at_the_variants_key():
    found = hits("PER001", post(SNOW_DAY, variants={"x": "World-class knee care."}, lines={"variants": 7}))
    assert [h.line for h in found] == [7]
    assert "x variant" in found[0].message


def test_reading_grade_message_and_threshold():
    found = hits("PER002", DENSE)
    assert found and "grade" in found[0].message and "9" in found[0].message
    assert not hits("PER002", DENSE, thresholds={"max_grade": 40})
    assert not hits("PER002", DENSE, thresholds={"min_words": 500})


def test_reading_grade_ignores_short_posts_however_dense():
    assert not hits("PER002", "Individuals experiencing persistent musculoskeletal discomfort should obtain comprehensive evaluation.")


def test_overlong_sentence_line_and_threshold():
    body = "Good morning!\n\n" + LONG_SENTENCE
    found = hits("PER003", post(body, body_line=20))
    assert len(found) == 1 and found[0].line == 22
    assert "words" in found[0].message and "30" in found[0].message
    assert not hits("PER003", LONG_SENTENCE, thresholds={"max_words": 60})
    assert hits("PER003", "One two three four five six seven eight nine ten eleven.", thresholds={"max_words": 10})


def test_promotional_share_names_the_month_and_sits_on_the_first_promotion():
    example = month_of("three promos", 10, [{}, promo_tag(), promo_tag(), promo_tag()])
    found = hits("PER004", example)
    assert len(found) == 1
    assert "February 2027" in found[0].message and "3 of 10" in found[0].message and "30%" in found[0].message
    assert found[0].path == example[1].path


def test_promotional_share_threshold_and_missing_target():
    example = month_of("two of six", 6, [promo_tag(), promo_tag()])
    assert not hits("PER004", example)
    assert hits("PER004", example, thresholds={"min_posts": 4})
    no_target = replace(PLANS, cadence=replace(PLANS.cadence, mix={"expert": (">=", 0.25)}))
    assert not hits("PER004", month_of("no target", 10, [promo_tag()] * 5), plans=no_target)
