"""A11Y: accessibility. Alt text, captions, readable hashtags, emoji and plain letters."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.limits import is_emoji
from playbook.model import Media
from playbook.rules.accessibility import _emoji_clusters

from tests.rules.harness import Cases, hits, post

GOOD_ALT = "Volunteers in blue shirts hand out water at the finish line"


def photo(alt: str = GOOD_ALT, file: str = "images/finish-line.jpg", **fields) -> Media:
    return Media(file, alt, **fields)


def video(alt: str = "Animated figure at a desk shows a seated chest stretch", file: str = "videos/desk-stretch.mp4", captions=None) -> Media:
    return Media(file, alt, captions=captions)


def with_media(*media, body: str = "Thank you to every volunteer at Saturday's 5K! #RiverbendWinter5K") -> object:
    return post(body, media=tuple(media))


CASES = {
    "A11Y001": Cases(
        trigger=[
            with_media(photo(alt="")),
            with_media(photo(alt="   ")),
            with_media(photo(alt="IMG_2041.jpg", file="images/IMG_2041.jpg")),
            with_media(photo(alt="knee-brace", file="images/knee-brace.png")),
            with_media(photo(alt="DSC01234")),
            with_media(photo(alt="photo")),
            with_media(photo(alt="TBD")),
            with_media(photo(), video(alt="")),  # the second item has nothing
        ],
        clean=[
            with_media(photo()),
            with_media(photo(alt="Bar chart: flu shots given each week in January, rising from 40 to 95")),
            with_media(photo(alt="Knee brace on a wooden table next to a rolled towel", file="images/knee-brace.png")),
            with_media(photo(alt="Image guided injection room with the lights dimmed")),
            with_media(video(captions=True)),
            post("Warm up for five minutes before a winter run."),  # no media at all
        ],
    ),
    "A11Y002": Cases(
        trigger=[
            with_media(photo(alt="Image of volunteers handing out water at the finish line")),
            with_media(photo(alt="Photo of Dr. Okafor at the front door of the clinic")),
            with_media(photo(alt="A picture of the new waiting room with green chairs")),
            with_media(photo(alt="graphic of five warm-up moves for cold mornings")),
            with_media(video(alt="Video of a seated chest stretch at a desk", captions=True)),
        ],
        clean=[
            with_media(photo()),
            with_media(photo(alt="Screenshot of the online booking page with the Book button circled")),
            with_media(photo(alt="Photographer's view from the top of the stadium stairs at dawn")),
            with_media(photo(alt="Imaging suite with the new scanner and a reclining chair")),
            with_media(photo(alt="")),  # missing alt is A11Y001's finding
        ],
    ),
    "A11Y003": Cases(
        trigger=[
            with_media(video()),
            with_media(video(file="videos/knee-tips.mov", captions=False)),
            with_media(photo(), video(file="videos/5k-recap.webm")),
            with_media(video(file="clips/WARMUP.MP4")),
        ],
        clean=[
            with_media(video(captions=True)),
            with_media(photo()),
            with_media(photo(file="images/high-five.gif", alt="Animated cartoon bone giving a high five")),
            post("The video has captions, so you can follow along with the sound off."),
        ],
    ),
    "A11Y004": Cases(
        trigger=[
            "Small habits, big payoff. #wellnesswednesday",
            "#kneepain after a run? Try these three stretches.",
            "Proud of our neighbours. #riverbendstrong",
            "Rest days count too. #selfcare #WellnessWednesday",
            "Hydrate, stretch, sleep. #healthyhabits",
            post("Small habits, big payoff. #WellnessWednesday", variants={"x": "Small habits. #wellnesswednesday"}),
        ],
        clean=[
            "Small habits, big payoff. #WellnessWednesday",
            "Out for a jog this weekend? #running",
            "Our therapists love what they do. #physiotherapy",
            "Happy National Nurses Week! #NursesWeek #ShopLocal",
            "Sign up for the 5K! #RiverbendWinter5K #5K",
            "Thank you, volunteers! #RiverbendStrong 💙",
            "See the map: https://www.example-ortho.test/walk#start and join us.",
            "Trivia answer: the femur! #FridayFun",
        ],
    ),
    "A11Y005": Cases(
        trigger=[
            "Race day! 🎉🎉🎉🎉 See you at the finish.",
            "Stretch 🧘 Walk 🚶 Hydrate 💧 Sleep 😴 Smile 😀 Repeat 🔁",
            "We did it 🎉 🎉 🎉 🎉 thank you all",
            "Thanks, team! 👍🏽👍🏽👍🏽👍🏽",
            post("Race day! See you there.", variants={"x": "Race day! 🏃🏃🏃🏃🏃 #RiverbendWinter5K"}),
        ],
        clean=[
            "Snow day? Warm up before you shovel. ❄️",
            "Thank you, volunteers! 🎉💙",
            "Warm up 🔥, stretch 🧘, walk 🚶, drink water 💧, sleep well 😴.",  # five, spread out
            "Go team! 🎉🎉🎉 See you at the finish.",  # three in a row
            "Our whole crew 👨‍👩‍👧‍👦 cheered for the runners 🇺🇸",  # a family and a flag count once each
            "Riverbend Winter 5K™ © 2027 Riverbend Parks",
            "Warm up for five minutes before a winter run.",
        ],
    ),
    "A11Y006": Cases(
        trigger=[
            "𝗙𝗥𝗘𝗘 flu shots this Saturday",
            "Join our ʀᴜɴ ᴄʟᴜʙ on Thursdays",
            "Ⓗⓐⓟⓟⓨ Friday from the front desk",
            "ＦＲＥＥ posture checks at the market",
            "Tips for the 𝘤𝘰𝘭𝘥𝘦𝘴𝘵 mornings",
            "Our 5ᵗʰ annual winter walk",
            with_media(photo(alt="𝓥𝓸𝓵𝓾𝓷𝓽𝓮𝓮𝓻𝓼 at the finish line")),
            post("Free flu shots.", variants={"x": "🄵🅁🄴🄴 flu shots"}),
        ],
        clean=[
            "FREE flu shots this Saturday",
            "Free parking 🅿️ behind the clinic",
            "The café is open; 1ª edición in Spanish; 25 m² of floor space",
            "Drink water: H₂O keeps joints happy",
            "Three steps: ① warm up ② stretch ③ walk",
            "¡Gracias, Riverbend! Nos vemos en la carrera.",
            "ありがとう、リバーベンド！",
            with_media(photo()),
        ],
    ),
}


# ----------------------------------------------------------------- focused


def test_a11y001_points_at_the_media_item():
    example = post("Thanks!", media=(Media("images/IMG_2041.jpg", "IMG_2041.jpg", line=16),))
    [hit] = hits("A11Y001", example)
    assert hit.line == 16 and "file name" in hit.message


def test_a11y002_suggests_the_rest_of_the_alt():
    [hit] = hits("A11Y002", with_media(photo(alt="Image of volunteers handing out water")))
    assert "'Volunteers handing out water'" in hit.message


def test_a11y004_suggests_camel_case_and_locates_the_tag():
    [hit] = hits("A11Y004", "Small habits.\nBig payoff. #wellnesswednesday")
    assert "#WellnessWednesday" in hit.message and hit.line == 11


def test_a11y004_reports_a_tag_once():
    example = post("Rest up. #selfcare", variants={"x": "Rest. #selfcare"})
    assert len(hits("A11Y004", example)) == 1


def test_a11y004_length_threshold():
    # 'riverbend' is not a known word, so only the length rule can catch this tag.
    assert hits("A11Y004", "Go team! #riverbendstrong")
    assert not hits("A11Y004", "Go team! #riverbendstrong", thresholds={"max_lower_len": 20})
    assert hits("A11Y004", "Go team! #riverbend", thresholds={"max_lower_len": 8})
    # a tag that splits into known words is flagged whatever its length
    assert hits("A11Y004", "Rest up. #selfcare", thresholds={"max_lower_len": 30})


def test_a11y004_unknown_long_tag_without_suggestion():
    [hit] = hits("A11Y004", "Proud of our neighbours. #riverbendstrong")
    assert "#riverbendstrong" in hit.message


def test_a11y005_thresholds():
    assert hits("A11Y005", "Go team! 🎉🎉", thresholds={"max_run": 1})
    assert not hits("A11Y005", "Go 🎉 team 🎉 go 🎉 team 🎉 go 🎉 team 🎉", thresholds={"max_emoji": 6})
    assert hits("A11Y005", "Go 🎉 team 🎉 go 🎉 team 🎉 go 🎉 team 🎉")


def test_a11y005_line_of_the_run():
    [hit] = hits("A11Y005", "Race day!\n\nWe did it 🎉🎉🎉🎉")
    assert hit.line == 12


def test_a11y006_message_gives_plain_text():
    [hit] = hits("A11Y006", "𝗙𝗥𝗘𝗘 flu shots this Saturday")
    assert "'FREE'" in hit.message


def test_a11y006_one_finding_per_run():
    found = hits("A11Y006", "𝗙𝗥𝗘𝗘 𝗙𝗟𝗨 𝗦𝗛𝗢𝗧𝗦 this Saturday, and 𝗙𝗥𝗘𝗘 parking")
    assert len(found) == 2


_EMOJI_TEXT = st.text(
    st.sampled_from([*"ab1# .\r\n\t", "é", "\u0301", "\ufe0f", "\u20e3", "🎉", "🏽", "\u200d", "👩", "🇺", "🇸", "\u0600", "©", "\u1100", "\u1161", "\u00a0", "’", "❄", "\u0903", "क", "्"]), max_size=16
)


@settings(max_examples=300, deadline=None)
@given(_EMOJI_TEXT)
def test_a11y005_emoji_are_the_clusters_a_walk_of_every_grapheme_finds(text):
    """Segmenting only around non-ASCII characters finds the emoji a walk over the whole text finds."""
    walk = [m.span() for m in regex.finditer(r"\X", text) if not m.group(0).isascii() and is_emoji(m.group(0))]
    assert list(_emoji_clusters(text)) == walk


def test_a11y005_only_white_space_keeps_a_run():
    assert hits("A11Y005", "Go 🎉\u00a0🎉\u2003🎉 \n🎉", thresholds={"max_run": 3})  # any white space, ASCII or not
    assert not hits("A11Y005", "Go 🎉é🎉’🎉 🎉", thresholds={"max_run": 3})  # a letter or a quote between ends it
    assert not hits("A11Y005", "Go 🎉e\u0301🎉 🎉 🎉", thresholds={"max_run": 3})  # so does a letter with its accent
    assert hits("A11Y005", "Go 1\ufe0f\u20e3 #\ufe0f\u20e3 🇺🇸 ❄\ufe0f", thresholds={"max_run": 3})  # keycaps, flags, text turned emoji
