"""When a shortened link is an error and when only a warning (PHI006).

A shortener ("bit.ly", "tinyurl.com", "on.fb.me") hides where a link leads, so the check cannot read the page. Agencies
and partners write them in nearly every post a practice reshares ("Learn more: http://bit.ly/..."), and a public
notice's short link leads to the notice. In a post that names no one, the finding is a warning: still shown, still asking
for the full address. It stays an error where the hidden page can be someone's: in a reply (a response template sends the
reader only to the practice's own or trusted sites), in a post that names a person outside the team anywhere in its texts
(PHI003's own reading, so a team member or a public official named with their agency does not count), and when the link's
sentence points at one person ("See how she beat it: bit.ly/...", "our patient's story", "Mrs. ..."; not "your
child", whom every notice addresses). One pass over
the item's names, one bounded look at the link's sentence: linear.

A video on a social site ("youtu.be/<id>", "youtube.com/watch?v=<id>", "/shorts/", "/reel/") hides whose video it is in
the same way, and agencies link their own safety videos in the notices practices reshare: in a post that names no one it
is a warning too (a video of an account the link names is judged by that account), and an error where a short link is
one or where the text around it points at one person, tells of someone's care or calls the video a story anywhere
("Six months after her surgery, look at her go! youtu.be/...", "watch this amazing recovery").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from urllib.parse import urlsplit

from ... import lazyre
from ...model import Post, ResponseTemplate
from ...text import URL, sentence_bounds, sentence_of
from ..context import Context
from .care import cared_for, own_care
from .common import blank
from .named_people import people_named
from .names import HONORIFIC

_BEFORE_LINK = 120  # as links.py reads a link's sentence
# One person pointed at without a name: a third-person pronoun, "our patient", a title ("Mrs."); not "your child",
# "babies" or "parents", whom every public notice addresses.
_ONE = lazyre.compile(rf"(?<![\w-])(?i:she|he|her|hers|his|him|ella|(?:our|nuestr[oa])[ \t]+(?:patient|paciente))(?![\w-])|{HONORIFIC.pattern}")


def names_someone(item: Post | ResponseTemplate, ctx: Context) -> bool:
    """Whether PHI003's reading finds a person outside the team in any of the item's texts (asked once per item)."""
    return next(iter(people_named(item, ctx)), None) is not None


def shortened_link_refused(item: Post | ResponseTemplate, named: Callable[[], bool], text: str, start: int) -> bool:
    """Whether the shortened link at text[start:] stays an error: a reply, a post naming someone (`named`, remembered
    by the caller across the item's links), or a sentence about one person."""
    if isinstance(item, ResponseTemplate):
        return True
    first, last = sentence_of(sentence_bounds(text), start, _BEFORE_LINK)
    if _ONE.search(blank(text[first:last], URL)):
        return True
    return named()


# A video told as someone's story: "watch this amazing recovery", "her journey", "testimonio", "su historia".
_STORY = lazyre.compile(
    r"(?<![\w-])(?i:recovery|recoveries|journey|testimonial|testimonials|story|stories|transformation|before[ \t]+and[ \t]+after"
    r"|recuperaci[oó]n|testimonio|testimonios|historia|historias|transformaci[oó]n|antes[ \t]+y[ \t]+despu[eé]s)(?![\w-])"
)
# A video's page on a social site: "youtu.be/<id>", "youtube.com/watch?v=", "/shorts/<id>", "/reel/<id>", "/video/<id>".
_VIDEO_PATH = lazyre.compile(r"/(?:watch|shorts|reel|reels|video|videos|v|embed|live)(?:[/?]|$)")


def is_video(url: str, host: str) -> bool:
    """Whether a social site's link opens one video rather than an account."""
    if host.endswith("youtu.be"):
        return True
    path = urlsplit(url if "://" in url else "https://" + url).path
    return _VIDEO_PATH.search(path) is not None


def video_link_refused(item: Post | ResponseTemplate, named: Callable[[], bool], text: str, start: int) -> bool:
    """Whether a social video's link stays an error: where a short link would, or in a text that tells of someone's care
    or points at one person anywhere ("Six months after her surgery, look at her go! youtu.be/...")."""
    return shortened_link_refused(item, named, text, start) or _tells_of_someone(text)


@functools.lru_cache(maxsize=8)
def _tells_of_someone(text: str) -> bool:
    """Whether the text, its links blanked, points at one person, calls something a story or tells of care: read once per
    text, however many video links it holds."""
    plain = blank(text, URL)
    return _ONE.search(plain) is not None or _STORY.search(plain) is not None or cared_for(plain, 0, len(plain)) or own_care(plain, 0, len(plain))
