"""What keeps a review off the site (FTC004): asked not to post, told where not to, asked to come to us first, or
told to pass the site by. review_gating.py reads these after an unhappy condition, in a low or contrasted branch, or
beside a review's mention (there without passing the site by, which alone is advice: "skip Google, call our nurse line")."""

from __future__ import annotations

import re

from ... import lazyre
from ...bilingual import negated, pattern, phrases
from ...wordlists import wordlist
from .review_reading import SOCIAL

_WORDS = wordlist("honesty")
POSTING = pattern(_WORDS["posting_words"])
_SITES = phrases(_WORDS["review_sites"] + _WORDS["social_sites"])

# Told where not to post: "escríbenos al privado, no en Google", "not on Yelp, please", "nunca en redes".
NOT_THERE = lazyre.compile(
    r"(?<![\w-])(?:not|no|nunca|never)[ \t]+(?:(?:on|in|via|en|por|a)[ \t]+)?(?:the[ \t]+|el[ \t]+|la[ \t]+|las[ \t]+)?"
    rf"(?:{_SITES}|redes|internet|online|publicly|publicamente|en[ \t]+publico)(?![\w-])",
    re.IGNORECASE,
)
# Asked not to post, or told where not to, or to come to the practice first: "skip the review", "call us first".
# Asked not to post it, whatever the verb: "please don't put it online", "not to share that", "no lo suba", "no la publiquen".
_NOT_POST = (
    r"(?<![\w-])(?:don['’]t|do\s+not|not|never)\s+(?:to\s+)?(?:post|put|share|publish|air|write|leave)\s+(?:it|this|that|them)(?![\w-])"
    r"|(?<![\w-])no\s+(?:lo|la|los|las)\s+(?:publi|sub|pong|compart|escrib|dej)\w*"
)
SUPPRESS = lazyre.compile(rf"(?<![\w-])(?:{phrases(_WORDS['suppressions'])})(?![\w-])|{NOT_THERE.pattern}|{_NOT_POST}", re.IGNORECASE)
# Told to pass the site by, after an unhappy condition only: "less than 5 stars? Skip Google and call us", "sáltese Google".
# Alone it is advice ("skip Google and call us about your symptoms": no review is kept from anyone).
_SKIP_SITE = lazyre.compile(
    r"(?<![\w-])(?:skip|skipping|bypass|saltese|saltense|saltate|saltarse|saltarte|brinquese|brinquense)[ \t]+(?:the[ \t]+|el[ \t]+|la[ \t]+)?"
    rf"(?:{_SITES})(?![\w-])",
    re.IGNORECASE,
)


def kept_off(text: str, start: int, end: int) -> re.Match | None:
    """The first request, between `start` and `end`, that an unhappy reader not post or pass the site by."""
    skip = next((m for m in _SKIP_SITE.finditer(text, start, end) if not negated(text, m.start(), 2)), None)  # not "don't skip Google"
    found = [m for m in (SUPPRESS.search(text, start, end), skip) if m]
    return min(found, key=lambda m: m.start(), default=None)


def steered(suppress: re.Match) -> bool:
    """A suppression that itself names posting or a public place ("not the internet", "before you post", "antes de
    publicar", "no en Facebook", "skip Yelp"): it steers the branch away from the site with or without a private route named."""
    said = suppress.group(0)
    return bool(NOT_THERE.fullmatch(said) or _SKIP_SITE.fullmatch(said) or POSTING.search(said) or SOCIAL.search(said))
