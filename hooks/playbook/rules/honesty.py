"""FTC: honest marketing.

Readers must be able to tell an advertisement from advice, a patient's happy
ending from a promise, and a review from one that was bought or filtered.
Phrase lists (English and Spanish) live in rules/data/honesty.yml.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from ..bilingual import fold, gate, looks_spanish, negated, pattern, phrases
from ..findings import Severity
from ..model import Post, ResponseTemplate
from ..text import Gate, Span, alternation, clip, copies, is_negated, phrase_pattern, prose, sentence_spans, tokens, where
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_WORDS = wordlist("honesty")
_NOT_NAMES = frozenset(wordlist("expert")["not_names"])

# "Ad" alone is too common a syllable; it counts when set off: "Ad:", "[Ad]", "(Ad)", "Ad |", "Ad -".
_AD_LABEL = r"\[ad\]|\(ad\)|\bad(?=\s*[:|–—]|\s+-\s)"
_DISCLOSURE = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['disclosures'])})(?![\w-])|{_AD_LABEL}", re.IGNORECASE)
_UNCLEAR = phrase_pattern(_WORDS["unclear_disclosures"])
_CUES = phrase_pattern(_WORDS["paid_cues"])
_SELF = phrase_pattern(_WORDS["self_sponsorship"])
_CUE_GATE = Gate(_WORDS["paid_cues"])


def _disclosure(text: str) -> re.Match | None:
    return _DISCLOSURE.search(text)


@rule(
    "FTC001",
    "sponsored-without-disclosure",
    serves="honest-marketing",
    severity=Severity.ERROR,
    scope="post",
    thresholds={"disclosure_within_chars": 125},
)
def sponsored_without_disclosure(post: Post, ctx: Context) -> Iterator[Hit]:
    """A sponsored post that does not say so, or says so too late.

    What it flags:
        A post with `sponsored: true` whose copy, on any channel (the body
        and each variant), has no clear disclosure such as "Paid partnership
        with …", "Sponsored", "#ad" or "Ad:" within its first
        `disclosure_within_chars` characters. Vague tags ("#sp", "#collab",
        "#partner") do not count and are named in the message.

        Threshold `disclosure_within_chars` (default 125: roughly what
        Instagram and Facebook show before "… more").

    Why:
        The FTC requires that a material connection (payment, free products,
        a business partnership) be disclosed clearly and where people will
        see it. A disclosure hidden after the fold or in a wall of hashtags
        does not count. Readers of a medical practice must be able to tell
        paid promotion from health advice.

    Examples:
        Triggers: `Strides Running Co. is hosting a free shoe-fit morning on Saturday.` with `sponsored: true` (no disclosure).
        Triggers: `#ad` only at the end of a long post (after the first 125 characters).
        Triggers: `Free shoe-fit morning at Strides Running Co. on Saturday. #sp #collab` with `sponsored: true`.
        Passes: `Paid partnership with Strides Running Co. Free shoe-fit morning on Saturday.` with `sponsored: true`.
        Passes: `Ad: Strides Running Co. is hosting a free shoe-fit morning.` with `sponsored: true`.
    """
    if not post.sponsored or post.status == "cancelled":
        return
    window = ctx.limit("FTC001", "disclosure_within_chars")
    for copy in copies(post):
        indent = len(copy.text) - len(copy.text.lstrip())
        text = copy.text.strip()
        lead = text[:window]
        if _disclosure(lead):
            continue
        late = _disclosure(text)
        unclear = _UNCLEAR.search(text)
        line = copy.line if copy.field != "body" else post.body_line
        if late:
            at = indent + late.start()
            yield Hit(
                f"Move the disclosure '{late.group(0)}'{where(copy)} into the first {window} characters; readers may never see it",
                copy.line_at(at) if copy.field == "body" else line,
                hint="Start the copy with 'Paid partnership with <partner>.'",
            )
        elif unclear:
            yield Hit(
                f"'{unclear.group(0)}'{where(copy)} is not a clear disclosure; say 'Paid partnership with …', 'Sponsored' or '#ad' at the start",
                copy.line_at(indent + unclear.start()) if copy.field == "body" else line,
            )
        else:
            whose = f"the {copy.field.split('.', 1)[1]} variant" if copy.field != "body" else "its copy"
            yield Hit(
                f"This post is marked sponsored: true but {whose} has no disclosure; start with 'Paid partnership with …' or '#ad'",
                line if copy.field != "body" else post.line_of("sponsored"),
                hint="FTC: disclose the relationship clearly, near the start, on every channel",
            )


@rule("FTC003", "possible-undisclosed-partnership", serves="honest-marketing", severity=Severity.WARNING, scope="post")
def possible_undisclosed_partnership(post: Post, ctx: Context) -> Iterator[Hit]:
    """A post that mentions a partner or sponsor but is not marked or labelled as sponsored.

    What it flags:
        A post without `sponsored: true` whose copy (or title) mentions a
        business relationship ("our partner", "in partnership with",
        "sponsored by", "brought to you by", "use code", "affiliate link",
        "gifted") and carries no clear disclosure in its copy. The practice's
        own giving ("sponsored by us", "paid parking") passes. The cue list
        is in rules/data/honesty.yml.

        This is the heuristic half of FTC001, kept as its own code because it
        guesses: a community event co-hosted for free with the parks
        department is not an advertisement. Waive it in that file with the
        reason, or mark the post `sponsored: true` and disclose.

    Why:
        If the practice is paid, gets free products or earns anything from a
        partner it promotes, the FTC expects a clear disclosure. A partner
        mention is the usual sign that a post needs one.

    Examples:
        Triggers: `Our partner Strides Running Co. has 20% off trail shoes this week.`
        Triggers: `This tip is brought to you by Maplewood Market.`
        Triggers: `Use code MAPLEWOOD for 10% off at the shop.`
        Passes: `Paid partnership with Strides Running Co. Trail shoes are 20% off this week.`
        Passes: `We're proud to sponsor the Winter 5K.`
        Passes: `Free parking is available behind the clinic.`
    """
    if post.sponsored or post.status == "cancelled":
        return
    practice = ctx.plans.practice.name.split()
    own = " ".join(practice[:2]).lower() if practice else ""
    texts = [*copies(post), Span(post.title, post.line_of("title"), "title")]
    for span in texts:
        text = span.text
        if not _CUE_GATE.open(tokens(text)):
            continue
        if _disclosure(post.body if span.field == "title" else text):
            continue
        own_spans = [(m.start(), m.end()) for m in _SELF.finditer(text)]
        for match in _CUES.finditer(text):
            if any(s <= match.start() < e for s, e in own_spans):
                continue
            after = text[match.end() : match.end() + 60].strip().lower()
            if own and after.startswith(own):
                continue
            yield Hit(
                f"'{' '.join(match.group(0).split())}'{where(span)} suggests a business relationship; if the practice is paid "
                "or gets anything of value, set sponsored: true and start with 'Paid partnership with …'",
                span.line_at(match.start()),
                hint="If nothing of value changes hands, waive FTC003 in this file and say so in the reason",
            )
            break


_OUTCOME_PHRASES = phrase_pattern(_WORDS["outcomes"])
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a\s+few|a\s+couple(?:\s+of)?|a\s+single|just\s+(?:\d+|one|two|three|four|five|six|a\s+few))"
_UNIT = r"(?:days?|weeks?|months?|visits?|sessions?|appointments?|treatments?)"
_BACK = re.compile(
    r"(?:\b(?:I|(?i:he|she|we))\b|\b(?P<name>[A-Z][a-z][\w'’-]*))"
    r"(?i:\s+(?:was|were|got|is|am|'m|’m|have\s+been|had\s+been|felt|feel)\s+(?:\w+\s+)?"
    r"(?:back|running|playing|walking|lifting|dancing|skiing|climbing|golfing|swimming|pain[- ]free|healed)\b"
    rf"[^.!?\n]{{0,60}}?\b(?:in|after|within)\s+(?:just\s+|only\s+|about\s+)?{_COUNT}\s+{_UNIT}\b)"
)
_TYPICAL = phrase_pattern(_WORDS["typical_context"])
_OUTCOME_GATE = Gate(_WORDS["outcomes"])
_UNIT_GATE = Gate("day days week weeks month months visit visits session sessions appointment appointments treatment treatments".split())
_ACTIVITY_GATE = Gate("back running playing walking lifting dancing skiing climbing golfing swimming pain healed".split())


def _may_claim(text: str) -> bool:
    present = tokens(text)
    return _OUTCOME_GATE.open(present) or (_UNIT_GATE.open(present) and _ACTIVITY_GATE.open(present))


def _outcomes(text: str) -> Iterator[tuple[int, re.Match]]:
    """(sentence offset, match) for each outcome claim that is not negated."""
    for begin, end in sentence_spans(text):
        sentence = text[begin:end]
        present = tokens(sentence)
        if _OUTCOME_GATE.open(present):
            for match in _OUTCOME_PHRASES.finditer(sentence):
                if not is_negated(sentence, match.start(), window=3):
                    yield begin, match
        if _UNIT_GATE.open(present) and _ACTIVITY_GATE.open(present):
            for match in _BACK.finditer(sentence):
                if match.group("name") not in _NOT_NAMES:
                    yield begin, match


@rule("FTC002", "testimonial-without-context", serves="honest-marketing", severity=Severity.WARNING, scope="post")
def testimonial_without_context(post: Post, ctx: Context) -> Iterator[Hit]:
    """A patient story promising results without saying results vary.

    What it flags:
        Outcome claims of the kind testimonials make ("I was back running in
        3 weeks", "pain-free after one visit", "back to 100%", "amazing
        results") in a copy (body, each variant, or the title with the body)
        that has no typical-results context: "results vary", "every recovery
        is different", "individual results", "your recovery may look
        different" and the like. Lists are in rules/data/honesty.yml.

    Why:
        A testimonial implies that its result is what a reader can expect.
        The FTC expects advertisers either to show what is typical or to say
        clearly that results differ; in health care, a reader who heals more
        slowly should not feel something went wrong.

    Examples:
        Triggers: `"I was back running in 3 weeks!" says our patient Dana.`
        Triggers: `Pain-free after one visit. Book yours today!`
        Triggers: `Marcus was back on the court in six weeks.`
        Passes: `"I was back running in 3 weeks." Every recovery is different; yours may take longer.`
        Passes: `Most ankle sprains feel better within two to six weeks.`
        Passes: `Results and more photos: https://maplewood5k.test/results`
    """
    if post.status == "cancelled":
        return
    body_context = None
    texts = [*copies(post), Span(post.title, post.line_of("title"), "title")]
    for span in texts:
        if not _may_claim(span.text):
            continue
        found = next(_outcomes(span.text), None)
        if found is None or _TYPICAL.search(span.text):
            continue
        if span.field == "title":
            body_context = bool(_TYPICAL.search(post.body)) if body_context is None else body_context
            if body_context:
                continue
        begin, match = found
        yield Hit(
            f"'{clip(match.group(0))}'{where(span)} reads as a promised result; add that results vary, or say what is typical",
            span.line_at(begin + match.start()),
            hint="e.g. 'Every recovery is different; talk with your clinician about yours.'",
        )


# --- FTC004 ---------------------------------------------------------------
# Reviews bought or filtered. Everything is matched on `fold(text)` (accents and curly quotes
# folded, one character for one), so offsets point into the original text.


def _words(key: str) -> str:
    return phrases(_WORDS[key])


def _bounded(alternatives: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


_NOUN = _bounded(_words("review_nouns"))
_FEEDBACK = _bounded(_words("feedback_nouns"))
_NOT_REVIEW = frozenset(fold(w).lower() for w in _WORDS["not_reviews"])
# "review your benefits": the word is a verb when an object follows it.
_VERB_OBJECT = re.compile(r"\s+(?:your|the|our|this|these|those|any|all|with|it|them|how|what|whether|if|each|every|su|sus|tu|tus|el|la|los|las)\b", re.IGNORECASE)
# Stars as people write them: "5 stars", "cinco estrellitas" (the diminutive is as common as the word), "5⭐".
_STAR_WORD = r"(?:stars?|estrell(?:a|ita)s?)"
_STARS = re.compile(rf"(?<![\w-])(?:[1-5]|one|two|three|four|five|un|una|uno|dos|tres|cuatro|cinco)[\s-]*{_STAR_WORD}(?![\w-])|[⭐★](?:\s*[⭐★])*", re.IGNORECASE)
_TOP = re.compile(rf"(?<![\w-])(?:5|five|cinco)[\s-]*(?:{_STAR_WORD}(?![\w-])|[⭐★])|(?:[⭐★]\s*){{4}}[⭐★]", re.IGNORECASE)
_BELOW = re.compile(r"(?:less\s+than|fewer\s+than|under|below|menos\s+de|not\s+a|no\s+(?:fue\s+)?(?:una?\s+)?(?:experiencia\s+de\s+)?)\s*$", re.IGNORECASE)
_SITE = pattern(_WORDS["review_sites"])
_SOCIAL = pattern(_WORDS["social_sites"])
_ENDORSE = pattern(_WORDS["endorsements"])
_ACT = pattern(_WORDS["review_acts"])
_REVIEW_VERB = pattern(_WORDS["review_verbs"])
_EVERY = re.compile(r"(?<![\w-])(?:every|each|per|cada)\s+$", re.IGNORECASE)
_REWARD = re.compile(
    rf"(?<![\w-])(?:{_words('rewards')})(?![\w-])"
    r"|\$\s?\d[\d,.]*|(?<![\w-])(?:save|ahorra|ahorre)\s+\d+\s?%|\d+\s?(?:%|percent|por\s*ciento)\s*(?:off|discount|de\s+descuento|descuento)"
    r"|'s\s+on\s+us(?![\w-])",
    re.IGNORECASE,
)
_REWARD_IDIOMS = pattern(_WORDS["reward_idioms"])
_RAFFLE = pattern(_WORDS["raffles"])
_OFFER = pattern(_WORDS["offer_cues"])
_EXCHANGE = pattern(_WORDS["exchanges"])
_THANK_YOU_OFFER = pattern(_WORDS["thank_you_offers"])
_LINK = pattern(_WORDS["review_links"])
_WANT = pattern(_WORDS["rating_wants"])
_WANT_AFTER = pattern(_WORDS["rating_wants_after"])
_PEOPLE = re.compile(rf"\s+(?:{phrases(_WORDS['people_nouns'])})(?![\w-])", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(rf"(?<![\w-])(?:{phrases(_WORDS['people_nouns'])})\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_READER = pattern(_WORDS["reader_words"])
_VISIT = phrases(_WORDS["visit_nouns"])
# "Had a smooth visit?", "¿una experiencia excelente?": an adjective makes a visit the condition.
_HAPPY = re.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['happy'])}|(?:{phrases(_WORDS['good_adjectives'])})\s+(?:{_VISIT})|(?:{_VISIT})\s+(?:{phrases(_WORDS['good_adjectives'])}))(?![\w-])",
    re.IGNORECASE,
)
_UNHAPPY = re.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['unhappy'])}|(?:{phrases(_WORDS['bad_adjectives'])})\s+(?:{_VISIT})|(?:{_VISIT})\s+(?:{phrases(_WORDS['bad_adjectives'])})"
    r"|(?:below|under|less\s+than|lower\s+than|menos\s+de|debajo\s+de)\s+(?:a\s+)?\d+)(?![\w-])",  # "below 9?"
    re.IGNORECASE,
)
_PRIVATE = pattern(_WORDS["private_routes"])
_SUPPRESS = pattern(_WORDS["suppressions"])
_INCLUSIVE = pattern(_WORDS["inclusive"])
# "Only ask patients who seem happy", "solo entreguen la tarjeta a los pacientes satisfechos".
_SELECTIVE = re.compile(
    rf"(?<![\w-])(?:{phrases(_WORDS['selective'])}"
    rf"|(?:only|just|solo|unicamente)\s+(?:[\w'-]+\s+){{0,2}}?(?:{phrases(_WORDS['asking_verbs'])})"
    rf"|(?:only|solo|unicamente)\s+(?:to|a)\s+(?:the\s+|los\s+|las\s+)?(?:[\w-]+\s+)?(?:{phrases(_WORDS['people_nouns'])}))(?![\w-])",
    re.IGNORECASE,
)
_THANKS = re.compile(r"(?<![\w-])(?:thank(?:s|\s+you)?|gracias|(?:we\s+)?appreciate|agradec\w+)\s+(?:[\w']+\s+){0,2}?(?:for|por)\s", re.IGNORECASE)
# "If you loved it", "Happy with your visit?", "si quedó contento", "patients who seemed happy".
_CONDITION = re.compile(r"(?<![\w-])(?:if|when|whenever|who|that|those|si|cuando|quienes|que)\b(?:\s+[\w']+){0,4}\s*$", re.IGNORECASE)
# "9-10 gets the review link", "si nos ponen 9 o 10": a high score on a 10-point survey.
_HIGH_SCORE = re.compile(rf"(?<![\w-])(?:9|10)\s*(?:-|–|to|or|o|a|y|/)\s*10(?![\w-])|(?<![\w-])(?:4|5)\s*(?:-|–|or|o|to|a|y)\s*5\s*{_STAR_WORD}", re.IGNORECASE)
# A score routed somewhere, written with numbers and an arrow or a colon: "4 or 5 → a link to Google",
# "1–3 → our advocate calls you", "9-10: Google; 0-6: email us", "4+ ⭐ = reseña". High or low is read
# on the scale the text uses (out of 5, or out of 10 when a routed score or the scale goes past 5).
_ROUTED_SCORE = re.compile(
    r"(?<![\w$.,/:#%-])(?<!\bto\s)(?<!\bal\s)(?<!\bout\sof\s)(\d{1,2})((?:[ \t]*(?:-|–|—|to|or|o|a|y|,|/|&|and)[ \t]*\d{1,2}(?![\d:.,]\d)){0,3})"
    r"(?P<more>[ \t]*\+)?"
    rf"(?:[ \t]*{_STAR_WORD}(?![\w-])|[ \t]*[⭐★](?:[ \t]*[⭐★])*)?"
    r"(?P<more2>[ \t]*(?:\+|or\s+(?:more|higher|above|better)|o\s+mas|and\s+(?:up|above)|y\s+mas))?"
    r"(?P<less>[ \t]*(?:or\s+(?:less|lower|below|under)|o\s+menos|and\s+(?:under|below)))?"
    r"[ \t]*(?:→|->|=>|⇒|➡|➜|⟶|=(?!\d)|:(?!\d)|[ \t](?:gets?|goes|go|reciben?|van?)\b)",
    re.IGNORECASE,
)
_SCALE = re.compile(
    r"(?<![\w-])(?:rate|rating|ratings|score|scores|scale|survey|stars?|estrellas?|estrellitas?|califi\w+|puntu\w+|puntaje|encuesta|out\s+of\s+(?:5|10)|(?:del?|from)\s+[01]\s+(?:al?|to)\s+(?:5|10))(?![\w-])",
    re.IGNORECASE,
)


def _routed_scores(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(high, low) spans of scores a text routes somewhere, when it speaks of a rating or a scale at all."""
    if not _SCALE.search(text):
        return [], []
    scores = []
    for match in _ROUTED_SCORE.finditer(text):
        numbers = [int(match.group(1)), *map(int, re.findall(r"\d{1,2}", match.group(2)))]
        scores.append((match, min(numbers), max(numbers)))
    top = 10 if any(mx > 5 for _, _, mx in scores) else 5
    ranges = []
    for match, mn, mx in scores:
        if match.group("more") or match.group("more2"):
            mx = top
        if match.group("less"):
            mn = 0
        ranges.append((match.span(), mn, mx))
    high = [span for span, mn, mx in ranges if mx <= top and mn >= (8 if top == 10 else 4)]
    floor = min((mn for span, mn, mx in ranges if span in high), default=top + 1)
    # Low: below the middle of the scale, or all of "the rest" below a high branch ("5 → Yelp; 1-4 → a call").
    low = [span for span, mn, mx in ranges if span not in high and (mx <= (7 if top == 10 else 3) or mx < floor)]
    return high, low


_PUBLIC_LINK = pattern(_WORDS["public_routes"])
_POSTING = pattern(_WORDS["posting_words"])
# What a privacy request tells people not to post: "don't post health details in a review" is fine.
_DETAILS = pattern(_WORDS["privacy_objects"])
_DONT_FORGET = re.compile(r"(?<![\w-])(?:don't|do\s+not)\s+(?:forget|miss)|(?<![\w-])no\s+(?:te\s+|se\s+)?(?:olvides|olvide|pierdas|pierda)(?![\w-])", re.IGNORECASE)
_SLOTS = re.compile(r"\{\{[^}]*\}\}")  # "{{ reviewer }}" is a slot, not a word
# Every incentive or gate names a review, a rating, a review site or posting (or star emoji, checked apart).
_REVIEW_GATE = gate(
    _WORDS["review_nouns"],
    _WORDS["feedback_nouns"],
    _WORDS["review_sites"],
    _WORDS["social_sites"],
    _WORDS["review_verbs"],
    _WORDS["posting_words"],
    ["star", "stars", "estrella", "estrellas", "estrellita", "estrellitas", "10"],
)
_REACH = 150  # characters from a condition ("Loved your visit?") to what it leads to ("Leave us a review")
_FUNNEL_REACH = 400  # characters between the happy and the unhappy branch of a funnel


def _blank(text: str, pattern: re.Pattern) -> str:
    """`text` with every match of `pattern` blanked out, offsets kept ("feel free" offers nothing)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _within(spans: list[tuple[int, int]], low: int, high: int) -> list[tuple[int, int]]:
    """The spans (sorted by start) that start at or after `low` and before `high`."""
    return spans[bisect_left(spans, (low, -1)) : bisect_left(spans, (high, -1))]


class _Reading:
    """One text, folded, with where it mentions reviews, asks for them and offers something.

    Every list is sorted by offset and searched by bisection, so a long text costs
    linear time, not the product of its mentions and its conditions.
    """

    def __init__(self, text: str):
        folded = _blank(_blank(fold(text), _SLOTS), _DONT_FORGET)
        self.text = folded
        self.offers_text = _blank(folded, _REWARD_IDIOMS)
        self.sentences = sentence_spans(folded)
        self._starts = [begin for begin, _ in self.sentences]
        self.thanks = [m.span() for m in _THANKS.finditer(folded)]
        self.mentions = self._mentions()
        self.asks = self._asks()
        self.happy = self._conditional_happy()
        self.routed_high, routed_low = _routed_scores(folded)
        self.unhappy = sorted(self._unhappy() + routed_low)

    def sentence_of(self, at: int) -> tuple[int, int]:
        index = bisect_right(self._starts, at) - 1
        if index >= 0 and at < self.sentences[index][1]:
            return self.sentences[index]
        return (at, at)

    def _same_sentence(self, a: int, b: int) -> bool:
        return self.sentence_of(a) == self.sentence_of(b)

    def thanked(self, at: int) -> bool:
        """'Thank you for your review', 'gracias por las 5 estrellas': a review already given, not asked for."""
        return any(end <= at <= end + 50 and self._same_sentence(start, at) for start, end in _within(self.thanks, at - 200, at + 1))

    def _mentions(self) -> list[tuple[int, int]]:
        text, found = self.text, []
        for match in _NOUN.finditer(text):
            before = text[max(0, match.start() - 30) : match.start()].split()
            if before and before[-1].lower().strip(".,;:!?\"'") in _NOT_REVIEW:
                continue
            if match.group(0).lower() == "review" and _VERB_OBJECT.match(text, match.end()) and not (before and before[-1].lower() in {"a", "an", "your", "one", "the"}):
                continue
            found.append(match.span())
        found += [m.span() for m in _STARS.finditer(text)]
        found += [m.span() for m in _SITE.finditer(text)]
        for match in _FEEDBACK.finditer(text):
            after = text[match.end() : match.end() + 30]
            before = text[max(0, match.start() - 30) : match.start()]
            if _SITE.search(after) or _SOCIAL.search(after) or _ACT.search(before):
                found.append(match.span())
        for match in _ENDORSE.finditer(text):
            begin, end = self.sentence_of(match.start())
            if _SOCIAL.search(text, begin, end) or _SITE.search(text, begin, end):
                found.append(match.span())
        return sorted(found)

    def _asks(self) -> list[tuple[int, int]]:
        """Spans that ask for (or describe posting) a review: 'leave us a review', 'nos califiquen', 'every 5-star review'."""
        text, found = self.text, []
        for match in _ACT.finditer(text):
            mention = next(iter(_within(self.mentions, match.end(), match.end() + 31)), None)
            if mention and self._same_sentence(match.start(), mention[0]):
                found.append((match.start(), mention[1]))
        found += [m.span() for m in _REVIEW_VERB.finditer(text)]
        found += [m for m in self.mentions if _EVERY.search(text[max(0, m[0] - 20) : m[0]]) or _ENDORSE.match(text, m[0])]
        return sorted(span for span in found if not self.thanked(span[0]))

    def _conditional_happy(self) -> list[tuple[int, int]]:
        """Happy conditions ("Loved your visit?", "if you had a great experience", "si quedó contento"), not denied."""
        text, found = self.text, []
        for match in _HAPPY.finditer(text):
            begin, end = self.sentence_of(match.start())
            if negated(text, match.start(), 3) or _INCLUSIVE.search(text, max(begin, match.start() - 60), min(end, match.end() + 60)):
                continue
            emoji = not match.group(0)[0].isalpha()
            question = "?" in text[match.start() : min(end, match.start() + 80)]
            segment = bool(_PEOPLE.match(text, match.end()) or _PEOPLE_BEFORE.search(text[max(begin, match.start() - 30) : match.start()]))  # "Happy patients:"
            if emoji or question or segment or _CONDITION.search(text[max(begin, match.start() - 80) : match.start()]):
                found.append(match.span())
        return found

    def _unhappy(self) -> list[tuple[int, int]]:
        """Unhappy branches: 'unhappy?', 'si no', 'anything lower', '👎', and denied happy words ('not happy?')."""
        found = [m.span() for m in _UNHAPPY.finditer(self.text)]
        found += [m.span() for m in _HAPPY.finditer(self.text) if negated(self.text, m.start(), 3)]
        return sorted(found)

    def in_sentence(self, spans: list[tuple[int, int]], begin: int, end: int) -> list[tuple[int, int]]:
        return _within(spans, begin, end)


def _live(sentence: str, matches) -> list[re.Match]:
    """Matches not denied just before them ("we never offer discounts", "no ofrecemos nada")."""
    return [m for m in matches if not negated(sentence, m.start())]


def _incentive(reading: _Reading, original: str) -> Iterator[tuple[int, str]]:
    """(offset, message) for each sentence that pays for a review."""
    text = reading.offers_text
    for index, (begin, end) in enumerate(reading.sentences):
        sentence = text[begin:end]
        rewards = _live(sentence, _REWARD.finditer(sentence))
        asks = reading.in_sentence(reading.asks, begin, end)
        mentions = [m for m in reading.in_sentence(reading.mentions, begin, end) if not reading.thanked(m[0])]
        hit = None
        if rewards and asks:
            hit = min(rewards[0].start() + begin, asks[0][0])
        if hit is None and rewards and mentions:  # "5 stars and get 10% off", "post a review and your copay is waived"
            cue = _live(sentence, _OFFER.finditer(sentence)) or _READER.search(sentence)
            hit = mentions[0][0] if cue else None
        if hit is None and rewards:
            for link in _LINK.finditer(sentence):
                if any(link.end() + begin <= m[0] <= link.end() + begin + 25 for m in mentions):
                    hit = min(rewards[0].start(), link.start()) + begin
                    break
        if hit is None:
            for exchange in _live(sentence, _EXCHANGE.finditer(sentence)):
                if any(exchange.end() + begin <= m[0] <= exchange.end() + begin + 40 for m in reading.in_sentence(reading.mentions, begin, end)):
                    hit = exchange.start() + begin
                    break
        if hit is None and (asks or any(not negated(text, m[0], 3) for m in mentions)):  # "no hace falta reseña" asks for none; "entre quienes nos califiquen" asks
            raffle = next(iter(_live(sentence, _RAFFLE.finditer(sentence))), None)
            hit = raffle.start() + begin if raffle else None
        if hit is None and rewards and len(sentence) <= 200:
            offered = bool(_live(sentence, _OFFER.finditer(sentence))) or sentence.rstrip().endswith("?")  # "Want a free latte?"
            thanking = bool(_THANK_YOU_OFFER.search(sentence))
            for other in (index - 1, index, index + 1):
                if not 0 <= other < len(reading.sentences):
                    continue
                near = reading.sentences[other]
                cued = offered or bool(_live(text[near[0] : near[1]], _OFFER.finditer(text[near[0] : near[1]])))  # "We're giving away a bike! To enter, rate us."
                if (cued and other != index and reading.in_sentence(reading.asks, *near)) or (thanking and reading.in_sentence(reading.mentions, *near)):
                    hit = rewards[0].start() + begin
                    break
        if hit is not None:
            rated = ", least of all for a rating" if _STARS.search(sentence) else ""
            yield hit, f"Remove the reward in '{clip(original[begin:end], 70)}'<where>: nothing of value may be offered for a review{rated}"


def _rating_requests(reading: _Reading, original: str) -> Iterator[tuple[int, str]]:
    """'Leave us 5 stars', 'we'd love a five-star review', 'califícanos con 5 estrellas'."""
    text = reading.text
    for top in _TOP.finditer(text):
        if reading.thanked(top.start()) or _BELOW.search(text[max(0, top.start() - 40) : top.start()]):
            continue
        begin, end = reading.sentence_of(top.start())
        sentence = text[begin:end]
        if negated(sentence, top.start() - begin, 3):
            continue
        asked = any(a[0] - 40 <= top.start() <= a[1] + 30 for a in reading.in_sentence(reading.asks, begin, end))
        wanted = any(top.start() - 60 <= w.end() + begin <= top.start() for w in _live(sentence, _WANT.finditer(sentence)))
        wanted = wanted or bool(_WANT_AFTER.search(text, top.end(), min(end, top.end() + 60)))  # "a 5-star review would mean the world"
        if asked or wanted:
            yield top.start(), f"Ask for an honest review, not for a top rating<where>: '{clip(original[begin:end], 70)}'"


def _public_target(reading: _Reading, start: int, stop: int) -> int | None:
    """Where, between `start` and `stop`, the text points at a public review (an ask, a site, a review link)."""
    spots = [a[0] for a in _within(reading.asks, start, stop)] + [m[0] for m in _within(reading.mentions, start, stop)]
    spots += [m.start() for p in (_SOCIAL, _PUBLIC_LINK) for m in p.finditer(reading.text, start, stop)]
    return min(spots) if spots else None


def _happy_asks(reading: _Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of each happy condition followed by a request for a review ("Loved it? Review us")."""
    text = reading.text
    for start, stop in reading.happy:
        ask = next(iter(_within(reading.asks, stop, stop + _REACH + 1) + _within(reading.mentions, stop, stop + _REACH + 1)), None)
        if ask and not _INCLUSIVE.search(text, ask[0], min(len(text), ask[1] + 60)):
            yield start, ask[1]


def _diversions(reading: _Reading) -> Iterator[tuple[int, int]]:
    """(start, end) of each request that unhappy people come to the practice instead of (or before) posting."""
    text = reading.text
    posting = bool(reading.mentions) or bool(_POSTING.search(text))
    for start, stop in reading.unhappy:
        private = _PRIVATE.search(text, stop, stop + _REACH)
        suppress = _SUPPRESS.search(text, stop, stop + _REACH)
        public = _public_target(reading, stop, private.start()) if private else None
        if posting and private and suppress and (public is None or suppress.start() < public):  # "Skip the review and call us"
            yield start, max(private.end(), suppress.end())
    # Without an unhappy word: "Before you leave a review, call us", "please don't post a bad review",
    # "before posting anything negative online, call the front desk".
    for match in _SUPPRESS.finditer(text):
        mention = next(iter(_within(reading.mentions, match.start(), match.end() + 41)), None)
        about_posting = bool(_POSTING.search(match.group(0)))
        end = mention[1] if mention else match.end() + 40
        if (mention is None and not about_posting) or _DETAILS.search(text, match.end(), end) or negated(text, match.start(), 2):
            continue
        if _PRIVATE.search(text, max(0, match.start() - _REACH), min(len(text), end + _REACH)):
            yield match.start(), min(len(text), end)


def _funnels(reading: _Reading) -> Iterator[int]:
    """Offsets of happy or high-score branches sent to a review site while low ones go to a private route."""
    text = reading.text
    highs = sorted([m.span() for m in _HIGH_SCORE.finditer(text)] + reading.happy + reading.routed_high)
    for start, stop in highs:
        if _public_target(reading, stop, stop + _REACH) is None:
            continue
        for low_start, low_stop in _within(reading.unhappy, stop, start + _FUNNEL_REACH + 1):
            private = _PRIVATE.search(text, low_stop, low_stop + _REACH)
            public = _public_target(reading, low_stop, private.start()) if private else None
            skipped = public is not None and _SUPPRESS.search(text, low_stop, public + 1)  # "Rough visit? Skip Google and email us"
            if private and (public is None or skipped):
                yield start
                break


def _selective(reading: _Reading) -> Iterator[tuple[int, int]]:
    """Staff told to ask only some people: 'only ask patients who seem happy', 'don't give the card to anyone who complained'."""
    if not reading.mentions:
        return
    text = reading.text
    for begin, end in reading.sentences:
        selective = _SELECTIVE.search(text, begin, end)
        if selective and (_HAPPY.search(text, selective.start(), end) or _UNHAPPY.search(text, selective.start(), end)):
            yield begin, end


def _gating(reading: _Reading, original: str) -> tuple[int, str] | None:
    """The one gating problem of a text (offset, message), or None; the clearest description wins."""
    happy = list(_happy_asks(reading))
    diverted = list(_diversions(reading))
    funnel = next(_funnels(reading), None)
    if funnel is not None or (happy and diverted):
        at = min(([funnel] if funnel is not None else []) + [h[0] for h in happy] + [d[0] for d in diverted])
        return at, "Invite everyone to review in the same words<where>: this sends happy people to the review site and unhappy ones to a private channel"
    if happy:
        start, end = happy[0]
        return start, f"Ask everyone for a review, not only happy people<where>: '{clip(original[reading.sentence_of(start)[0] : end], 70)}'"
    if diverted:
        start, end = diverted[0]
        return start, f"Don't steer unhappy people away from reviewing<where>: '{clip(original[start:end], 70)}'; offer the private route to anyone, without asking them not to post"
    selective = next(_selective(reading), None)
    if selective:
        return selective[0], f"Ask everyone for a review, not only people who seem happy<where>: '{clip(original[selective[0] : selective[1]], 70)}'"
    return next(_rating_requests(reading, original), None)


@rule("FTC004", "review-incentive-or-gating", serves="honest-marketing", severity=Severity.ERROR, scope="document")
def review_incentive_or_gating(item: Post | ResponseTemplate, ctx: Context) -> Iterator[Hit]:
    """A post or reply that pays for reviews, asks for top ratings, or asks only happy people.

    What it flags:
        In posts and response templates alike, in every text field (body,
        title, each variant, alt texts, event name and place), in English or
        Spanish:

        - anything of value offered for a review or a rating: a discount, a
          credit, a gift card, a raffle entry, a free treatment, a coffee
          ("leave us a review and get 10% off", "a gift card in exchange for
          your review", "sorteo entre quienes dejen una reseña", "trae tu
          reseña impresa y te damos un cupón", "déjanos tus estrellitas y
          participa por una limpieza facial", "for a chance to win"), a draw
          among those who review, the verb as Spanish writes it ("rifamos una
          pantalla entre todos los que nos dejen reseña", "sorteamos una
          cafetera entre quienes nos califiquen", "we're raffling off a TV
          among everyone who leaves a review");
        - asking for a top rating rather than an honest review ("leave us 5
          stars", "rate us 5⭐", "califícanos con 5 estrellas" or "estrellitas");
        - review gating: asking only people who are happy ("loved your visit?
          leave us a review", "si quedó contento, déjenos su reseña"), telling
          unhappy people to come to the practice first or instead of posting,
          or a funnel that sends high scores to the review site and low ones
          to a private channel, in words or in numbers and arrows ("4 or 5 →
          our Google link; 1–3 → our advocate calls you", "9-10: Yelp; 0-6:
          a call from the manager", "4 o 5 ➡️ enlace; 1 a 3 ➡️ le llamamos").

        A denied offer passes ("we never offer discounts for reviews", a
        giveaway where "no hace falta reseña", a draw among the kids who get
        their shots), and so
        do thanks for a review already written, an invitation that includes
        everyone ("good or bad, we read every review"), and a private route
        offered to anyone. Word lists are in rules/data/honesty.yml.
        (Formerly NEG005.)

    Why:
        The FTC's rule on consumer reviews forbids buying reviews that take a
        side and suppressing negative ones, and review sites remove filtered or
        paid reviews and can penalise the business. Reviews bought with a
        reward, or filtered so only praise gets through, mislead the people who
        rely on them to choose a clinician. Ask everyone, in the same words,
        and answer the unhappy ones in public with care.

    Examples:
        Triggers: `Post a review on Yelp and get a free smoothie at our front desk!`
        Triggers: `Enjoyed your appointment? Rate us 5 stars on Google.`
        Triggers: `Got a complaint? Message us first, before you post anything online.`
        Triggers: `Comparte tu reseña y recibe un cupón de $10 para tu próxima visita.`
        Triggers: `¿Le gustó la atención? Califíquenos en Google.`
        Passes: `We read every review, good or bad, and we never offer rewards for reviews.`
        Passes: `Thank you for the kind words, {{ reviewer }}! We're glad you stopped by.`
        Passes: `Buena o mala, su opinión nos ayuda. Déjenos una reseña si lo desea.`
    """
    if getattr(item, "status", "") == "cancelled":
        return
    for span in prose(item):
        if not _REVIEW_GATE.open(tokens(fold(span.text))) and "⭐" not in span.text and "★" not in span.text:
            continue
        reading = _Reading(span.text)
        found = dict(_incentive(reading, span.text))  # one per sentence: each offer is its own problem
        gate = _gating(reading, span.text)  # one per text: a gate is one scheme, however many sentences it takes
        if gate and not any(reading.sentence_of(at) == reading.sentence_of(gate[0]) for at in found):
            found[gate[0]] = gate[1]
        hint = "e.g. 'Leemos todas las reseñas, buenas o no tan buenas.'" if looks_spanish(span.text) else "e.g. 'We read every review, good or not so good.'"
        for at, message in sorted(found.items()):
            yield Hit(message.replace("<where>", where(span)), span.line_at(at), hint=hint)
