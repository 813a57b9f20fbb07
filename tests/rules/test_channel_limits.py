"""CH: channel limits. Each example is a post as a channel would receive it."""

from __future__ import annotations

from tests.rules.harness import Cases, hits, named, post

KNEE_LINK = "https://www.example-ortho.test/knee"

# Realistic copy of known lengths.
X_200 = "Knee sore after your first run of the year? Ease back in: shorter runs, softer surfaces, and a rest day between. If it swells or locks, get it checked. Not medical advice. " + KNEE_LINK
WINTER_TIPS = (
    "Cold mornings are hard on joints. Before you head out, march in place for two minutes, roll your shoulders, and swing each leg gently forward and back. Keep the first ten minutes easy. "
)
LONG_FACEBOOK = (WINTER_TIPS * 4).strip()  # about 740 characters: fine on Facebook, too long for X
GBP_LONG = (
    "Our Saturday clinic hours change in February. "
    "We will open at 8:00 and close at 12:30 so our team can join the Riverbend Winter 5K. "
    "Walk-in sprain and strain visits are still welcome, and our physical therapists will be at the finish line "
    "with stretching tips for runners and walkers of every age. "
) * 6  # about 1,700 characters
NEWS_RECAP = "Thank you to everyone who came to the First Steps Walk on Saturday. More than two hundred neighbours walked the river loop, and our therapists handed out warm-up cards at the pavilion. "
CHINESE = "冬季跑步前请先热身五分钟，慢慢加快速度。" * 8  # 160 characters that weigh 2 on X
THIRTY_ONE_TAGS = " ".join(
    f"#{tag}"
    for tag in (
        "WellnessWednesday KneeHealth RunningTips WinterRunning Stretching Mobility HealthyHabits StrongBones "
        "ActiveAging FitOver50 PhysicalTherapy SportsMedicine Orthopedics InjuryPrevention WarmUp CoolDown "
        "Hydration Nutrition SleepWell MoveMore WalkMore RiverbendStrong ShopLocal Community FamilyFitness "
        "YouthSports Pickleball Yoga Pilates BackCare HipHealth"
    ).split()
)


def _links(n: int) -> str:
    return "Sign up for a spring clinic: " + " ".join(f"https://www.example-ortho.test/clinics/{i}" for i in range(1, n + 1))


CASES = {
    "CH001": Cases(
        trigger=[
            named("a 330-character body on a post scheduled for `x` with no `x` variant.", post(LONG_FACEBOOK[:330], channels=("x",))),
            post(LONG_FACEBOOK, channels=("facebook", "x")),  # no x variant: the body goes to X
            post(LONG_FACEBOOK, channels=("facebook", "x"), variants={"x": LONG_FACEBOOK[:300]}),
            post((NEWS_RECAP * 2).strip(), channels=("bluesky",)),
            named("a 1,800-character body on a `google-business` post.", post(GBP_LONG, channels=("google-business",))),
            post(CHINESE, channels=("x",)),  # 160 characters, 320 weighted
            post(LONG_FACEBOOK[:520], channels=("threads",)),
            post((NEWS_RECAP * 3).strip(), channels=("mastodon",)),
        ],
        clean=[
            named("a 200-character X post that ends with a link to the practice's site (the link counts as 23).", post(X_200, channels=("x",))),
            named("a long Facebook body with a short `variants: {x: ...}` for X.", post(LONG_FACEBOOK, channels=("facebook", "x"), variants={"x": X_200})),
            post("Warm up before you run. " + "a" * 256, channels=("x",)),  # exactly 280
            post(WINTER_TIPS[:250] + " https://www.example-ortho.test/knee/ligaments/what-to-expect-after-an-injury", channels=("x",)),
            post(NEWS_RECAP.strip() + " 👍🏽👨‍👩‍👧‍👦", channels=("bluesky",)),
            post(CHINESE[:140], channels=("x",)),  # 280 weighted
            post(GBP_LONG[:1400], channels=("google-business",)),
            post(LONG_FACEBOOK, channels=("facebook", "linkedin", "instagram")),
        ],
    ),
    "CH002": Cases(
        trigger=[
            named("an Instagram caption ending with 31 hashtags.", post("Small habits add up. " + THIRTY_ONE_TAGS, channels=("instagram",))),
            post("Small habits add up.", channels=("facebook", "instagram"), variants={"instagram": "Small habits add up. " + THIRTY_ONE_TAGS}),
            post("Race recap!\n\n" + THIRTY_ONE_TAGS + " #RiverbendWinter5K #FinishLine", channels=("instagram", "facebook")),
        ],
        clean=[
            post("Small habits add up. #WellnessWednesday #KneeHealth", channels=("instagram",)),
            post("Small habits add up. " + THIRTY_ONE_TAGS.rsplit(" ", 1)[0], channels=("instagram",)),  # exactly 30
            named("31 hashtags on a post that goes to Facebook only (no cap there).", post("Small habits add up. " + THIRTY_ONE_TAGS, channels=("facebook",))),  # no cap on Facebook
            post(THIRTY_ONE_TAGS, channels=("facebook", "instagram"), variants={"instagram": "Small habits add up. #WellnessWednesday"}),
            post("We're #1 in your heart, and the 5K is on! #RiverbendWinter5K", channels=("instagram",)),
        ],
    ),
    "CH003": Cases(
        trigger=[
            post("Questions about the new Saturday hours? Call (217) 555-0142.", channels=("google-business",)),
            named(
                "`Hours change in February. Book at +1 555 0100.` in the `google-business` variant.",
                post("Hours change in February.", channels=("facebook", "google-business"), variants={"google-business": "Hours change in February. Book at +1 555 0100."}),
            ),
            post("New walk-in hours start Monday. Front desk: 555-0100.", channels=("google-business", "facebook")),
            post("Flu shots are in. Call 217.555.0142 to book a time.", channels=("google-business",)),
            post("Free sports physicals on Saturday.\n\nQuestions? 1-800-555-0199", channels=("google-business",)),
        ],
        clean=[
            post("Questions about the new Saturday hours? Tap Call now on our profile.", channels=("google-business",)),
            post("Questions about the new Saturday hours? Call (217) 555-0142.", channels=("facebook",)),
            post("Walk starts at 9:00 on 2027-01-16; about 10,000 steps and 1,200 neighbours.", channels=("google-business",)),
            post(
                "Questions? Call (217) 555-0142.",
                channels=("facebook", "google-business"),
                variants={"google-business": "Questions? Use the Call button on this profile."},
            ),
            post("Find us at 1200 River Road, Suite 200. Open 8 to 5, Monday to Friday.", channels=("google-business",)),
            post("If you cannot breathe or the pain is crushing, call 911.", channels=("google-business",)),
        ],
    ),
    "CH004": Cases(
        trigger=[
            named("six sign-up links in a post scheduled for `threads`.", post(_links(6), channels=("threads",))),
            post("Spring clinics are open.", channels=("facebook", "threads"), variants={"threads": _links(7)}),
            post(_links(5) + " and the 5K page www.riverbend5k.test/register", channels=("threads", "facebook")),
        ],
        clean=[
            post("Knee pain after running? What helps: " + KNEE_LINK, channels=("threads",)),
            post(_links(5), channels=("threads",)),
            named("six links on a post that goes to Facebook only.", post(_links(6), channels=("facebook",))),
            post(_links(6), channels=("facebook", "threads"), variants={"threads": "All spring clinics in one place: " + KNEE_LINK}),
        ],
    ),
    "CH005": Cases(
        trigger=[
            post("Warm up first.", channels=("facebook",), variants={"x": "Warm up first. #MoveBetterMonday"}),
            post("Warm up first.", channels=("instagram",), variants={"x": "Warm up.", "bluesky": "Warm up first!"}),
            post("Warm up first.", channels=("x", "facebook"), variants={"bluesky": "Warm up first!"}),
        ],
        clean=[
            post("Warm up first.", channels=("facebook", "x"), variants={"x": "Warm up first. #MoveBetterMonday"}),
            post("Warm up first.", channels=("facebook",)),
            post("Warm up first.", channels=("x", "bluesky"), variants={"bluesky": "Warm up first!"}),
        ],
    ),
}


# ----------------------------------------------------------------- focused


def test_ch001_message_names_channel_count_and_limit():
    [hit] = hits("CH001", post(LONG_FACEBOOK[:330], channels=("x", "facebook")))
    assert "X" in hit.message and "330" in hit.message and "280" in hit.message
    assert "variants" in hit.message  # suggests writing a variant
    assert hit.line == 10


def test_ch001_points_at_the_variant():
    example = post("Short.", channels=("x",), variants={"x": LONG_FACEBOOK[:300]}, lines={"variants": 14})
    [hit] = hits("CH001", example)
    assert hit.line == 14 and "x variant" in hit.message


def test_ch001_one_finding_per_channel_over():
    example = post((NEWS_RECAP * 4).strip(), channels=("x", "bluesky", "mastodon", "facebook"))
    assert len(hits("CH001", example)) == 3


def test_ch001_thresholds_override_limits():
    example = post(X_200, channels=("x",))
    assert hits("CH001", example, thresholds={"x": 120})
    assert not hits("CH001", post(LONG_FACEBOOK[:330], channels=("x",)), thresholds={"x": 4000})


def test_ch002_instagram_cap_can_follow_the_five_tag_advice():
    six = post("Move more this spring. #A #B #C #D #E #F".replace("#A", "#MoveMore").replace("#B", "#SpringSteps"), channels=("instagram",))
    assert not hits("CH002", six)
    [hit] = hits("CH002", six, thresholds={"instagram": 5})
    assert "6 hashtags" in hit.message and "5 or fewer" in hit.message


def test_ch003_line_of_the_number():
    example = post("New hours from Monday.\n\nWalk-ins welcome.\nQuestions? (217) 555-0142", channels=("google-business",))
    [hit] = hits("CH003", example)
    assert hit.line == 13 and "(217) 555-0142" in hit.message


def test_ch003_body_with_leading_blank_lines():
    example = post("\n\nQuestions? (217) 555-0142", channels=("google-business",))
    assert hits("CH003", example)[0].line == 12


def test_ch004_threshold():
    assert hits("CH004", post(_links(3), channels=("threads",)), thresholds={"threads": 2})


def test_ch005_names_the_channel():
    [hit] = hits("CH005", post("Warm up first.", channels=("facebook",), variants={"x": "Warm up."}, lines={"variants": 12}))
    assert "`x`" in hit.message and hit.line == 12
