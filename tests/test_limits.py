"""Channel limits and counting (playbook.limits): the numbers the CH rules and the post card share."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from playbook.channels import CHANNELS, KNOWN_CHANNELS, Channel
from playbook.limits import _HEAVY, COUNTINGS, count, graphemes, is_emoji, limit_for, measure
from playbook.rules import get
from playbook.text import hashtags, urls

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # one family emoji, seven code points
THUMBS_UP_MEDIUM = "\U0001f44d\U0001f3fd"
FLAG_US = "\U0001f1fa\U0001f1f8"
KEYCAP_ONE = "1\ufe0f\u20e3"
HEART = "\u2764\ufe0f"


# ------------------------------------------------------------------ X weights


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Warm up first.", 14),
        ("", 0),
        ("café", 4),  # Latin-1 letters weigh 1
        ("cafe\u0301", 4),  # decomposed é is normalised first
        ("Knee pain \u2014 what helps?", 23),  # em dash U+2014 sits in a light range
        ("\u201cWalk,\u201d she said", 16),  # curly quotes U+201C/U+201D weigh 1
        ("6\u2032 tall", 7),  # prime U+2032 weighs 1
        ("Wait\u2026", 6),  # ellipsis U+2026 is outside the light ranges
        ("\u20ac5 off", 7),  # the euro sign weighs 2
        ("冬季跑步", 8),  # Chinese characters weigh 2
        ("ありがとう", 10),
        ("🎉", 2),
        (THUMBS_UP_MEDIUM, 2),  # emoji with a skin tone: one emoji
        (FAMILY, 2),  # a ZWJ family: one emoji
        (FLAG_US, 2),
        (KEYCAP_ONE, 2),
        (HEART, 2),
        ("\u00a9 2027", 6),  # © without emoji presentation is a Latin-1 character
        ("Race day! 🎉🎉", 14),
    ],
)
def test_x_weighting(text, expected):
    assert count(text, "weighted", 23) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("https://www.example-ortho.test/knee", 23),
        ("Read more: https://www.example-ortho.test/knee/ligaments/what-to-expect-after-an-injury-and-when-to-call", 11 + 23),
        ("Read more: https://x.test/a.", 11 + 23 + 1),  # the full stop is not part of the link
        ("Go to www.example-ortho.test today", 6 + 23 + 6),
        ("Visit cdc.gov for more", 6 + 23 + 9),  # X links bare domains with a real top-level domain
        ("Visit example-ortho.test today", 30),  # .test is not a real TLD: counted as typed
        ("care@example-ortho.com", 22),  # an email address is not a link
        ("Two links: https://a.test/1 and https://b.test/2", 11 + 23 + 5 + 23),
    ],
)
def test_x_counts_every_link_as_23(text, expected):
    assert count(text, "weighted", 23) == expected


def test_graphemes_and_chars():
    assert count(FAMILY, "graphemes") == 1
    assert count(FAMILY, "chars") == 7
    assert count("cafe\u0301", "chars") == 4
    assert count("Thanks " + THUMBS_UP_MEDIUM, "graphemes") == 8
    assert graphemes("a" + FLAG_US + "b") == ["a", FLAG_US, "b"]


def test_mastodon_counts_links_as_23_but_not_bare_domains():
    long_link = "https://www.example-ortho.test/" + "a" * 80
    assert measure("mastodon", f"Read {long_link}") == (5 + 23, 500)
    assert measure("mastodon", "Visit cdc.gov") == (13, 500)


def test_is_emoji():
    for cluster in ("🎉", THUMBS_UP_MEDIUM, FAMILY, FLAG_US, KEYCAP_ONE, HEART, "🅿\ufe0f"):
        assert is_emoji(cluster), cluster
    for cluster in ("a", "©", "™", "1", "#", "é", "冬", "\u2764", "\U0001f130"):
        assert not is_emoji(cluster), cluster


# ------------------------------------------------------------------ the table


def test_every_known_channel_has_a_limit():
    assert set(KNOWN_CHANNELS) <= set(CHANNELS)
    for channel, limit in CHANNELS.items():
        assert isinstance(limit, Channel) and limit.id == channel
        assert limit.max_chars > 0 and limit.counting in COUNTINGS == ("weighted", "graphemes", "chars")
        assert limit.label


@pytest.mark.parametrize(
    "channel, max_chars, counting",
    [
        ("x", 280, "weighted"),
        ("bluesky", 300, "graphemes"),
        ("instagram", 2200, "chars"),
        ("linkedin", 3000, "chars"),
        ("google-business", 1500, "chars"),
        ("threads", 500, "chars"),
        ("mastodon", 500, "graphemes"),
        ("facebook", 63206, "chars"),
        ("tiktok", 2200, "chars"),
        ("youtube", 5000, "chars"),
        ("pinterest", 500, "chars"),
    ],
)
def test_published_limits(channel, max_chars, counting):
    limit = limit_for(channel)
    assert (limit.max_chars, limit.counting) == (max_chars, counting)


def test_channel_specific_caps():
    assert limit_for("instagram").max_hashtags == 30
    assert limit_for("threads").max_links == 5
    assert limit_for("google-business").phone_numbers_allowed is False
    assert limit_for("facebook").phone_numbers_allowed is True
    assert limit_for("x").url_weight == 23 and limit_for("mastodon").url_weight == 23
    assert limit_for("bluesky").url_weight is None


def test_overrides_change_only_the_named_channel():
    overrides = {"x": 200, "bluesky": None, "linkedin": "long"}
    assert limit_for("x", overrides).max_chars == 200
    assert limit_for("bluesky", overrides).max_chars == 300  # no value: the default stays
    assert limit_for("linkedin", overrides).max_chars == 3000  # a nonsense value is ignored
    assert measure("x", "a" * 210, overrides) == (210, 200)


def test_unknown_channel_has_no_limit():
    assert limit_for("myspace") is None
    assert measure("myspace", "hello") == (5, None)


def test_measure_counts_the_way_the_channel_does():
    text = "Stretch first " + THUMBS_UP_MEDIUM + " https://www.example-ortho.test/knee"
    assert measure("x", text) == (14 + 2 + 1 + 23, 280)
    assert measure("bluesky", text) == (len(graphemes(text)), 300)
    assert measure("facebook", text) == (len(text), 63206)


def test_unknown_counting_is_refused():
    with pytest.raises(ValueError):
        count("hi", "bytes")


def test_ch001_thresholds_mirror_the_table():
    assert get("CH001").thresholds == {channel: limit.max_chars for channel, limit in CHANNELS.items()}


def test_hashtag_and_link_counts():
    assert len(hashtags("Fun run! #RiverbendWinter5K #MoveBetterMonday and email care@example-ortho.test")) == 2
    assert len(urls("See https://www.example-ortho.test/knee and www.cdc.gov/falls")) == 2


def _weighted_cluster_by_cluster(text: str) -> int:
    """X's weighting as twitter-text states it, one grapheme cluster at a time (the reference)."""
    light = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))
    return sum(2 if is_emoji(c) else sum(1 if any(a <= ord(ch) <= b for a, b in light) else 2 for ch in c) for c in graphemes(text))


def test_every_emoji_holds_a_heavy_code_point():
    """The weighted count's shortcut (a text of light code points only weighs its length) needs this."""

    every = "".join(chr(point) for point in range(0x110000) if not 0xD800 <= point <= 0xDFFF)
    emoji = regex.findall(r"\p{Emoji_Presentation}|\p{Regional_Indicator}", every)
    assert len(emoji) > 1000
    assert len(_HEAVY.findall("".join(emoji))) == len(emoji)
    assert _HEAVY.search("\ufe0f") and _HEAVY.search("\u20e3")


@given(st.text(alphabet=st.sampled_from([*"aé1 .\n#", "\ufe0f", "\u20e3", "\u200d", "😀", "🏽", "\U0001f1f2", "\U0001f1fd", "©", "™", "中", "\u0301", "\u2019"]), max_size=40))
@settings(max_examples=150, deadline=None)
def test_weighted_count_equals_the_cluster_by_cluster_reference(text):
    assert count(text, "weighted") == _weighted_cluster_by_cluster(unicodedata.normalize("NFC", text))
