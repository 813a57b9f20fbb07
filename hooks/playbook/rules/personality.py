"""PER: guideline 3, have a personality.

People follow a practice that sounds like the people who work there: warm,
plain, human. These rules catch the two ways a feed loses that voice: copy
that reads like a press release or an annual report, and a calendar that has
turned into a stream of offers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .. import lazyre, readability, stats, text
from ..findings import Severity
from ..model import Post
from ..promotion import is_promotional, promotion_cue
from ..stats import percent
from ..wordlists import wordlist
from .context import Context
from .registry import Hit, rule

_LISTS = wordlist("personality")


def _swaps(entries: Iterable[str]) -> dict[str, str]:
    """'phrase -> plainer words' entries as {phrase (lowercase): suggestion ('' when none)}."""
    result = {}
    for entry in entries:
        phrase, _, plain = entry.partition("->")
        result[" ".join(phrase.split()).lower()] = plain.strip()
    return result


_CORPORATE = _swaps(_LISTS.get("corporate", ()))
_CORPORATE_RE = text.phrase_pattern(_CORPORATE)

# A block starts at a blank line, a list item, a heading or a quote (text.sentence_bounds ends a sentence there too).
_BLOCK_START = lazyre.compile(r"^\s*(?:[-*+]\s|\d+[.)]\s|#{1,6}\s|>)")
_TERMINAL = lazyre.compile(r"[.!?…:;][\"'”’)\]]*$")


# --------------------------------------------------------------------------- helpers


def blocks(source: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of paragraphs, list items and headings; soft-wrapped lines stay together."""
    start, parts = None, []
    offset = 0
    for line in source.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped or _BLOCK_START.match(line):
            if parts:
                yield start, "".join(parts)
            start, parts = (offset, [line]) if stripped else (None, [])
        else:
            if not parts:
                start = offset
            parts.append(line)
        offset += len(line)
    if parts:
        yield start, "".join(parts)


def plain_text(fragment: str) -> str:
    """What a reader reads: no bare links, no hashtags, no Markdown marks."""
    fragment = text.URL.sub(" ", fragment)
    fragment = text.HASHTAG.sub(" ", fragment)
    return text.strip_markdown(fragment)


def plain_words(fragment: str) -> list[str]:
    return text.words(plain_text(fragment))


def readable_text(source: str) -> str:
    """Plain text for a readability formula: one sentence end per block, no links or hashtags."""
    pieces = []
    for _, block in blocks(source):
        piece = " ".join(plain_text(block).split())
        if not piece:
            continue
        pieces.append(piece if _TERMINAL.search(piece) else piece + ".")
    return " ".join(pieces)


# --------------------------------------------------------------------------- rules


@rule("PER001", "corporate-language", serves="personality", severity=Severity.WARNING, scope="post")
def corporate_language(post: Post, ctx: Context) -> Iterator[Hit]:
    """Copy that sounds like a press release or a financial report.

    What it flags:
        Business and boardroom wording in a post's copy or its channel
        variants: "we are pleased to announce", "leverage our", "synergy",
        "best-in-class", "world-class", "state-of-the-art", "industry-leading",
        "cutting-edge", "stakeholders", "shareholders", "fiscal", "quarterly
        results", "revenue", "EBITDA", "paradigm", "value proposition" and
        similar phrases. The list lives in `rules/data/personality.yml`; where
        it knows a plainer choice, the finding suggests it. "Leverage" is only
        matched in its business sense ("leverage our team"), so "use your legs
        for leverage" passes.

    Why:
        Followers come to a practice's feed for people they can trust, not for
        an investor update. Announcement formulas and business jargon put
        distance between the team and the neighbours it cares for, and
        talk about money makes care sound like a transaction.

    Examples:
        Triggers: `We are pleased to announce the opening of our new location.`
        Triggers: `Our world-class surgeons use state-of-the-art imaging.`
        Triggers: `Patient visits drove record revenue this quarter.`
        Passes: `Guess what? Our new clinic on Mill Street opens Monday, and we can't wait to meet you there.`
        Passes: `Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday`
        Passes: `Bend your knees and use your legs for leverage when you lift.`
    """
    for span in text.copies(post):
        source, line, label = span.text, span.line, text.named(span)
        for match in _CORPORATE_RE.finditer(source):
            found = match.group(0)
            plain = _CORPORATE.get(" ".join(found.split()).lower(), "")
            hint = f"try '{plain}'" if plain and not plain.startswith("say ") else (plain or "say it the way you would to a neighbour at the front desk")
            yield Hit(
                f"Replace '{found}' in {label} with everyday words: it sounds like a press release, not like your team",
                line + source.count("\n", 0, match.start()),
                text.column(source, match.start()),
                hint,
            )


@rule(
    "PER002",
    "reading-grade-too-high",
    serves="personality",
    severity=Severity.WARNING,
    scope="post",
    thresholds={"max_grade": 9.0, "min_words": 60},
)
def reading_grade(post: Post, ctx: Context) -> Iterator[Hit]:
    """Copy that needs more schooling to read than the target grade.

    What it flags:
        A post body or channel variant whose Flesch-Kincaid grade level is
        above `max_grade` (default 9.0, roughly the reading level of a
        high-school freshman). The grade is computed with textstat on the
        plain words: Markdown marks, links and hashtags are left out, and
        each paragraph or list item counts as its own sentence. Texts shorter
        than `min_words` words (default 60) are not measured, because the
        formula is unreliable on a couple of lines.

    Why:
        Health information only helps people who can follow it. Long words
        and long sentences lose readers who are tired, worried, reading on a
        phone or reading in their second language; a plain post also sounds
        more like a person talking.

    Examples:
        Triggers: a brochure-like paragraph of 60-odd words built from sentences such as `Individuals experiencing persistent musculoskeletal discomfort should consider comprehensive evaluation by qualified orthopaedic professionals.`
        Passes: the same advice in plain words, as in `Sore for more than two weeks after a game or a run? Come see us. We'll find out what is going on.`
        Passes: `Snow day? Warm up for five minutes before you pick up the shovel. #WellnessWednesday` (too short to measure)
    """
    max_grade = float(ctx.limit("PER002", "max_grade"))
    min_words = int(ctx.limit("PER002", "min_words"))
    for span in text.copies(post):
        source, line, label = span.text, span.line, text.named(span)
        plain = readable_text(source)
        if len(text.words(plain)) < min_words:
            continue
        grade = readability.grade(plain)  # textstat's Flesch-Kincaid grade, read faster
        if grade > max_grade:
            yield Hit(
                f"Make {label} easier to read: it scores grade {grade:.1f}, above the target of {max_grade:g}",
                line,
                hint="split long sentences and swap long words for short ones ('approximately' -> 'about', 'utilize' -> 'use')",
            )


@rule("PER003", "overlong-sentence", serves="personality", severity=Severity.WARNING, scope="post", thresholds={"max_words": 30})
def overlong_sentence(post: Post, ctx: Context) -> Iterator[Hit]:
    """A sentence too long to take in at a glance.

    What it flags:
        Any sentence in a post body or channel variant with more than
        `max_words` words (default 30). Links and hashtags do not count as
        words, and a sentence never runs past a blank line, a list item or a
        heading, so lists and short lines are safe.

    Why:
        People read social posts while scrolling. A sentence that keeps going
        makes them reread or give up, and it sounds like a brochure rather
        than a person. Two short sentences nearly always say it better.

    Examples:
        Triggers: `Our physical therapists will be joining the walk on Saturday morning to share some simple ideas for warming up safely in the cold and for keeping your knees and hips happy as you get moving again after the holidays.`
        Passes: `Our physical therapists will walk with the group on Saturday. They'll share easy ways to warm up in the cold.`
        Passes: `Snow day? Warm up for five minutes before you pick up the shovel. Bend your knees, lift with your legs, and take breaks. #WellnessWednesday`
    """
    max_words = int(ctx.limit("PER003", "max_words"))
    for span in text.copies(post):
        source, line, label = span.text, span.line, text.named(span)
        for lead, end in text.sentence_spans(source):
            sentence = source[lead:end]
            count = len(plain_words(sentence))
            if count > max_words:
                opening = " ".join(sentence.split()[:6])
                yield Hit(
                    f"Split the sentence starting '{opening} …' in {label}: it has {count} words, the limit is {max_words}",
                    line + source.count("\n", 0, lead),
                    text.column(source, lead),
                    "end the sentence where the first idea ends and start a new one",
                )


@rule("PER004", "promotional-share-too-high", serves="personality", severity=Severity.WARNING, scope="corpus", thresholds={"min_posts": 8})
def promotional_share(corpus, ctx: Context) -> Iterator[Hit]:
    """A month in which too many posts are selling something.

    What it flags:
        A calendar month (in the practice's timezone) in which the share of
        promotional posts is above the `promotional: "<=..."` target in
        `plans/cadence.yml`. A post is promotional when a tag says so
        (`promotion`, `promotional`, `promo`, `offer`, `sale`, `discount`) or
        its copy uses sales wording ("book now", "limited time", "20% off",
        "special offer", "discount", "promo code" ...; list in
        `rules/data/personality.yml`). Cancelled posts do not count, and only
        months with at least `min_posts` planned posts (default 8) are judged,
        so a quiet month with one offer is not flagged. Months that ended
        before today are history and are skipped. The finding sits on the
        month's first promotional post.

    Why:
        A feed that mostly sells gets scrolled past. Followers stay for useful
        tips, local news and the people behind the practice; an occasional
        offer lands better among them.

    Examples:
        Triggers: a month of 10 posts in which 3 are tagged `promotion`, `promotional` or `offer` (30% against a 20% target).
        Triggers: a month of 8 posts in which 2 say `Book now` (25%).
        Passes: a month of 10 posts with 2 promotional ones (20% is on target).
        Passes: a month of 5 posts with 2 offers (too few posts to judge).
    """
    target = ctx.plans.cadence.mix.get("promotional")
    if not target or target[0] != "<=":
        return
    limit = target[1]
    min_posts = int(ctx.limit("PER004", "min_posts"))
    cue = ctx.per_file(promotion_cue)  # the copy is read through per-file facts alone (corpus_memo.py)
    for month in stats.months(ctx.plans, corpus.posts, since=ctx.today, is_promotional=ctx.per_file(is_promotional)):
        if month.total < min_posts:
            continue
        promos, share = month.promotional, month.promotional_share
        if share <= limit + 1e-9:
            continue
        first = promos[0]
        why, line = cue(first)
        others = ", ".join(post.path for post in promos[1:6]) + (" ..." if len(promos) > 6 else "")
        yield Hit(
            f"{month.label}: {len(promos)} of {month.total} posts ({percent(share)}) are promotional, above the "
            f"target of {percent(limit)}; swap an offer for a tip, a local story or a team post (this one counts because of {why})",
            line,
            hint=f"other promotional posts that month: {others}" if others else "",
            path=first.path,
        )
