"""EXP rules (guideline 1, be the expert): tables of posts that must and must not trigger."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from playbook.model import News

from tests.rules.harness import CADENCE, PLANS, Cases, approval, hits, named, post

AAOS = "https://orthoinfo.aaos.org/en/diseases--conditions/anterior-cruciate-ligament-acl-injuries/"
CDC = "https://www.cdc.gov/physical-activity-basics/guidelines/index.html"
DISCLAIMER = "General information only, not medical advice. Talk with your own clinician about your situation."
ACL_BODY = (
    "Many of you asked about knee ligament injuries after this week's local news, so here is a short guide to the ACL.\n\n"
    "The ACL is a strong band inside the knee that keeps the shin bone from sliding forward. It is often hurt by a sudden "
    "stop, a quick change of direction or an awkward landing.\n\n"
    "Common signs are a pop, fast swelling and a knee that gives way. Treatment can range from physical therapy to surgery, "
    "and rehab often takes many months.\n\n" + DISCLAIMER
)
CLINICAL = approval("dr-okafor", "clinical", "2027-01-15")


def expert(body: str = ACL_BODY, **fields):
    """An approved expert post with a clinical sign-off, trusted sources and a disclaimer, unless told otherwise."""
    base = {
        "guideline": "expert",
        "status": "approved",
        "approvals": [CLINICAL, approval("tbrooks", "approver", "2027-01-15")],
        "sources": [AAOS, CDC],
        "lines": {"guideline": 7, "status": 8, "approvals": 9, "sources": 12, "news": 13, "variants": 14},
    }
    base.update(fields)
    return post(body, **base)


def news(day: str, publish: str = "2027-01-18 09:00", **fields):
    return expert(news=News("https://riverbend-gazette.test/2027/01/14/riverbend-fc-knee-injury", dt.date.fromisoformat(day), line=13), publish=publish, **fields)


ACL_POST = expert()
FRIENDLY = "Warm up for five minutes before a winter run. Your knees will thank you!"

CASES = {
    "EXP001": Cases(
        trigger=[
            expert(approvals=[approval("tbrooks", "approver")]),
            expert(status="published", approvals=[approval("tbrooks"), approval("mreyes", "privacy")]),
            expert(approvals=[approval("jlee", "clinical")]),
            expert(approvals=[]),
            expert(approvals=[approval("dr-smith", "clinical")]),
        ],
        clean=[
            ACL_POST,
            expert(status="draft", approvals=[]),
            expert(status="in-review", approvals=[approval("tbrooks")]),
            expert(status="published", approvals=[CLINICAL]),
            post(FRIENDLY, status="approved", approvals=[approval("tbrooks")]),
            expert(status="idea", approvals=[]),
        ],
    ),
    "EXP002": Cases(
        trigger=[
            expert(sources=[]),
            expert(sources=["https://fitness-tips.example.com/ankles"]),
            expert(status="draft", sources=["https://www.wellness-blog.test/knees", "https://example.net/acl"]),
            expert(status="published", sources=[]),
            expert(sources=["https://cdc.gov.example.com/fake-page"]),
        ],
        clean=[
            ACL_POST,
            expert(sources=["https://medlineplus.gov/ankleinjuriesanddisorders.html"]),
            expert(sources=["https://www.cdc.gov/falls/index.html"]),
            expert(sources=["https://www.example-ortho.test/conditions/acl"]),
            expert(status="idea", sources=[]),
            post(FRIENDLY, sources=[]),
        ],
    ),
    "EXP003": Cases(
        trigger=[
            news("2027-01-02"),
            news("2027-01-10"),
            news("2027-02-10", publish="2027-02-01 10:00"),
            news("2026-12-30", publish="2027-01-11 09:00", status="draft"),
            news("2027-01-17", publish="2027-01-16 21:00"),
        ],
        clean=[
            ACL_POST,
            news("2027-01-14"),
            news("2027-01-11"),
            news("2027-01-18"),
            news("2027-01-02", status="cancelled"),
            post(FRIENDLY),
        ],
    ),
    "EXP004": Cases(
        trigger=[
            "From the replay, he probably tore his ACL.",
            "Our guess is a high ankle sprain for the Riverbend FC striker.",
            "It looks like Marcus Vale has a torn meniscus. Here is what that means.",
            "Riverbend FC's striker likely tore his ACL on Saturday.",
            "She likely tore her hamstring in the second half, so expect a long recovery.",
            "Sad news for the Otters: the quarterback is probably facing surgery.",
            "He must have a torn ligament, judging by how he landed.",
            "We suspect the goalkeeper's injury is serious.",
        ],
        clean=[
            ACL_POST,
            "We don't know the details of the player's injury, and we won't guess. Here is some general information about the ACL.",
            "An ACL tear often follows a sudden stop or a twist.",
            "If you heard a pop and your knee swelled fast, you may have torn your ACL. Get it checked.",
            "If your child feels dizzy after a hit, she may have a concussion: keep her out of play and call your clinician.",
            "It looks like spring has arrived! Time to dust off those walking shoes.",
            "We suspect many of you are a little sore after the 5K. Gentle walking helps.",
            "Maria broke the course record at the Winter 5K! Congratulations!",
            "From the video, you can see how to land softly and avoid injury.",
            FRIENDLY,
        ],
    ),
    "EXP005": Cases(
        trigger=[
            "This stretch is guaranteed to end knee pain.",
            "Our new therapy is a miracle for bad backs.",
            "Cortisone shots cure arthritis.",
            "Risk-free, painless and 100% effective: that's our promise.",
            "Try this simple trick. It never fails!",
            expert("Custom insoles are a permanent fix for flat feet. " + DISCLAIMER),
        ],
        clean=[
            ACL_POST,
            "There is no miracle cure for arthritis, but regular movement helps many people.",
            "A brisk walk might be the best cure for cabin fever.",
            expert("An X-ray is quick and painless. It uses a small amount of radiation. " + DISCLAIMER, sources=["https://medlineplus.gov/xrays.html"]),
            "We can't promise a painless recovery, but we will be with you at every step.",
            "Beware of anyone selling guaranteed results for back pain.",
            "Booking online takes two minutes, and sign-up is painless.",
            "Our new online check-in is quick and painless.",
            FRIENDLY,
        ],
    ),
    "EXP006": Cases(
        trigger=[
            expert(ACL_BODY.replace(DISCLAIMER, "")),
            named(
                "a disclaimer in the body but an X variant without one.", expert(ACL_BODY, variants={"x": "ACL injuries often follow a sudden stop or twist. Rehab takes months. #MoveBetterMonday"})
            ),
            expert("Ankle sprains are common in winter. Rest, then ease back into walking.", status="draft"),
            expert("Shovel small loads, push instead of lifting, and take breaks.", status="in-review"),
            expert("Vitamin D helps your body use calcium. Sunlight is scarce in winter.", status="published"),
        ],
        clean=[
            ACL_POST,
            named(
                "a disclaimer in the body and an X variant that says `Not medical advice.` too.",
                expert(ACL_BODY, variants={"x": "ACL injuries often follow a sudden stop or twist. Not medical advice. #MoveBetterMonday"}),
            ),
            expert("Ankle sprains are common in winter. If the pain lasts more than a few days, check with your doctor."),
            expert("Heel pain in the morning is common. This post can't diagnose you; your own clinician can."),
            expert("Shovel small loads and take breaks. For general information only."),
            expert("Notes for a future post about hips.", status="idea"),
            post(FRIENDLY),
        ],
    ),
}


# --- focused tests ----------------------------------------------------------


def test_exp001_points_at_approvals_and_names_the_clinician():
    [hit] = hits("EXP001", expert(approvals=[approval("tbrooks")]))
    assert hit.line == 9
    assert "role: clinical" in hit.message
    assert "dr-okafor" in hit.hint


def test_exp001_names_someone_claiming_a_role_they_do_not_hold():
    [hit] = hits("EXP001", expert(approvals=[approval("jlee", "clinical")]))
    assert "'jlee'" in hit.message and "clinical role" in hit.message


def test_exp001_without_any_approval_points_at_status():
    [hit] = hits("EXP001", expert(approvals=[]))
    assert hit.line == 8


def test_exp002_messages_differ_for_missing_and_untrusted():
    [missing] = hits("EXP002", expert(sources=[]))
    [untrusted] = hits("EXP002", expert(sources=["https://fitness-tips.example.com/ankles"]))
    assert "Add an authoritative source" in missing.message and missing.line == 7
    assert "fitness-tips.example.com" in untrusted.message and untrusted.line == 12


def test_exp003_uses_the_practice_cadence_when_no_threshold_is_set():
    stale = news("2027-01-08")  # 10 days before 2027-01-18
    assert hits("EXP003", stale)
    relaxed = replace(PLANS, cadence=replace(CADENCE, news_fresh_days=14))
    assert not hits("EXP003", stale, plans=relaxed)


def test_exp003_threshold_overrides_the_cadence():
    recent = news("2027-01-14")  # 4 days
    assert not hits("EXP003", recent)
    [hit] = hits("EXP003", recent, thresholds={"max_age_days": 3})
    assert "4 days old" in hit.message and "limit 3" in hit.message
    assert hit.line == 13
    assert "2027-01-17" in hit.hint


def test_exp003_counts_days_in_the_practice_time_zone():
    # 00:30 on 2027-01-15 in Chicago is still the 15th locally (06:30 UTC); 7 days after the 8th is fine.
    assert not hits("EXP003", news("2027-01-08", publish="2027-01-15 00:30"))
    assert hits("EXP003", news("2027-01-08", publish="2027-01-16 00:30"))


def test_exp003_news_after_publish_says_so():
    [hit] = hits("EXP003", news("2027-02-10", publish="2027-02-01 10:00"))
    assert "after the publish date" in hit.message


def test_exp004_reports_the_line_of_the_guess():
    body = "Big game on Saturday.\n\nFrom the replay, he probably tore his ACL.\n\n" + DISCLAIMER
    [hit] = hits("EXP004", post(body))
    assert hit.line == 12  # body starts on line 10
    assert "he probably tore" in hit.message


def test_exp004_checks_variants():
    [hit] = hits("EXP004", post(FRIENDLY, variants={"x": "Rough night for the Otters. She likely tore her ACL."}, lines={"variants": 15}))
    assert "x variant" in hit.message and hit.line == 15


def test_exp005_promises_are_flagged_even_with_sources():
    sourced = expert("Our clinic's knee program is guaranteed to work. " + DISCLAIMER)
    assert hits("EXP005", sourced)
    assert not hits("EXP005", expert("Antibiotics cure strep throat. " + DISCLAIMER, sources=["https://www.cdc.gov/group-a-strep/"]))
    assert hits("EXP005", expert("Antibiotics cure strep throat. " + DISCLAIMER, sources=["https://health-hacks.example.com/strep"]))


def test_exp005_message_names_the_word():
    [hit] = hits("EXP005", "Ice baths are a miracle for sore legs.")
    assert "'miracle'" in hit.message


def test_exp006_variant_message_names_the_channel():
    [hit] = hits("EXP006", expert(ACL_BODY, variants={"x": "ACL facts for sports fans. #MoveBetterMonday"}))
    assert "x variant" in hit.message and hit.line == 14
