"""FTC rules (honest marketing): tables of posts that must and must not trigger."""

from __future__ import annotations

import re


from tests.rules.harness import Cases, approval, hits, post

SHOE_FIT = (
    "Shoes that fit well can make winter miles more comfortable. Strides Running Co. is hosting a free shoe-fit morning "
    "on Saturday, February 6, from 10:00 a.m. to 2:00 p.m. at their shop on the town square. No purchase is needed."
)
DISCLOSED = "Paid partnership with Strides Running Co.\n\n" + SHOE_FIT
DISCLAIMER = "General information only, not medical advice. Talk with your own clinician about your situation."
ACL_POST = post(
    "The ACL is a strong band inside the knee. It is often hurt by a sudden stop or twist, and rehab can take many months.\n\n" + DISCLAIMER,
    guideline="expert",
    status="approved",
    approvals=[approval("dr-okafor", "clinical", "2027-01-15")],
    sources=["https://orthoinfo.aaos.org/en/diseases--conditions/anterior-cruciate-ligament-acl-injuries/", "https://www.cdc.gov/falls/index.html"],
)
FRIENDLY = "Warm up for five minutes before a winter run. Your knees will thank you!"


def sponsored(body: str, **fields):
    return post(body, sponsored=True, guideline="community", lines={"sponsored": 18, "variants": 15}, **fields)


CASES = {
    "FTC001": Cases(
        trigger=[
            sponsored(SHOE_FIT),
            sponsored(SHOE_FIT + " " + SHOE_FIT + " #ad"),
            sponsored(SHOE_FIT + " #sp #collab"),
            sponsored(DISCLOSED, variants={"x": "Free shoe-fit morning at Strides Running Co., Sat 10-2. No purchase needed."}),
            sponsored("Thanks to our friends at Riverbend Market for the fresh fruit at today's walk! #partner"),
            sponsored("Our ad-hoc shoe clinic with Strides Running Co. is back on Saturday."),
        ],
        clean=[
            sponsored(DISCLOSED),
            sponsored("Ad: " + SHOE_FIT),
            sponsored("#ad Riverbend Market is giving out free fruit at Saturday's walk."),
            sponsored("Sponsored by Strides Running Co. " + SHOE_FIT, variants={"x": "#sponsored Free shoe-fit at Strides, Sat 10-2."}),
            sponsored(DISCLOSED, status="cancelled"),
            post(SHOE_FIT),
            ACL_POST,
        ],
    ),
    "FTC003": Cases(
        trigger=[
            "Our partner Strides Running Co. has 20% off trail shoes this week.",
            "This tip is brought to you by Riverbend Market.",
            "Use code RIVERBEND for 10% off at the shop.",
            "Big thanks to Strides Running Co., our partners, for today's stretch tips.",
            post(FRIENDLY, title="Partner spotlight: Strides Running Co."),
        ],
        clean=[
            sponsored(DISCLOSED),
            "Paid partnership with Strides Running Co. Trail shoes are 20% off this week.",
            "We're proud to sponsor the Winter 5K. See you at the start line!",
            "Free parking is available behind the clinic.",
            "The Winter 5K water station is sponsored by Riverbend Orthopaedics.",
            "We see ourselves as partners in your care.",
            "Today's stretch routine is sponsored by Strides Running Co.",
            post("Paid partnership with Strides Running Co. Trail shoes are 20% off.", title="Partner spotlight: Strides"),
            ACL_POST,
            FRIENDLY,
        ],
    ),
    "FTC002": Cases(
        trigger=[
            '"I was back running in 3 weeks!" says our patient Dana.',
            "Pain-free after one visit. Book yours today!",
            "Marcus was back on the court in six weeks.",
            "Back to 100% after knee surgery, thanks team!",
            "After ACL surgery, I was back to 100% in nine months.",
            post("Our physical therapy team loves a comeback story.", title="Pain-free after one visit"),
            post("Meet our spring patient story.", variants={"instagram": "Amazing results for Jo after six sessions with our team!"}),
        ],
        clean=[
            ACL_POST,
            '"I was back running in 3 weeks." Every recovery is different; yours may take longer.',
            "Most ankle sprains feel better within two to six weeks.",
            "Results and more photos: https://riverbend5k.test/winter-5k/results",
            "Dana was back at the front desk after the holidays. Welcome back!",
            "Many people are back to desk work within a few days.",
            post("Jo was back to 100% in four months. Results vary, and your own recovery may look different.", title="Back to 100%"),
            FRIENDLY,
        ],
    ),
}


def _label(example) -> str:
    text = example if isinstance(example, str) else getattr(example, "body", "")
    return re.sub(r"\W+", "-", text[:40]).strip("-") or "empty"


# --- focused tests ----------------------------------------------------------


def test_ftc001_missing_disclosure_points_at_the_sponsored_key():
    [hit] = hits("FTC001", sponsored(SHOE_FIT))
    assert hit.line == 18
    assert "sponsored: true" in hit.message


def test_ftc001_late_disclosure_points_at_it():
    body = SHOE_FIT + "\n\n" + SHOE_FIT + "\n\n#ad"
    [hit] = hits("FTC001", sponsored(body))
    assert hit.line == 14  # body starts on line 10
    assert "first 125 characters" in hit.message


def test_ftc001_window_is_a_threshold():
    body = SHOE_FIT + " #ad"
    assert hits("FTC001", sponsored(body))
    assert not hits("FTC001", sponsored(body), thresholds={"disclosure_within_chars": 400})


def test_ftc001_checks_every_channel():
    [hit] = hits("FTC001", sponsored(DISCLOSED, variants={"x": SHOE_FIT[:200]}))
    assert "x variant" in hit.message and hit.line == 15


def test_ftc001_names_an_unclear_label():
    [hit] = hits("FTC001", sponsored(SHOE_FIT + " #spon"))
    assert "'#spon' is not a clear disclosure" in hit.message


def test_ftc003_stops_at_one_finding_per_text():
    assert len(hits("FTC003", "Our partner Strides is a great partner. Use code RB10.")) == 1


def test_ftc002_title_uses_the_body_context():
    assert hits("FTC002", post("A comeback story from our clinic.", title="Back to 100% in four months"))
    assert not hits("FTC002", post("A comeback story. Every recovery is different.", title="Back to 100% in four months"))
