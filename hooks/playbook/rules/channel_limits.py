"""CH: channel limits. Copy that a channel would cut short, refuse or never use.

The numbers live in the channel table (`playbook.channels`, shared with the
site's post card); each rule reads the practice's overrides through its
thresholds, and the parts of the documentation that list channels are written
from the table too.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator

from phonenumbers import Leniency, PhoneNumberMatcher

from ..channels import CHANNELS
from ..findings import Severity
from ..limits import count, limit_for
from ..model import Post
from ..text import column, hashtags, urls
from .context import Context
from .registry import Hit, rule


def _units(limit) -> str:
    if limit.counting == "weighted":
        return f"weighted characters (links count as {limit.url_weight}, emoji and most non-Latin characters as 2)"
    return f"characters (links count as {limit.url_weight})" if limit.url_weight else "characters"


def _copies(post: Post) -> Iterator[tuple[str, str, int, bool]]:
    """(channel, copy, line of the copy, is a variant) for every channel the post goes out on."""
    for channel in post.channels:
        if channel in post.variants:
            line = post.lines.get(f"variants.{channel}", post.line_of("variants"))
            yield channel, post.copy_for(channel), line, True
        else:
            yield channel, post.copy_for(channel), _body_start(post), False


def _body_start(post: Post) -> int:
    """Line of the first non-blank character of the body (copy_for strips leading blank lines)."""
    stripped = post.body.lstrip()
    return post.body_line + post.body.count("\n", 0, len(post.body) - len(stripped))


def _line(post: Post, base: int, is_variant: bool, copy: str, offset: int) -> int:
    # A variant sits in YAML: point at its key. The body: count lines down to the match.
    return base if is_variant else base + copy.count("\n", 0, offset)


def _n(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def _thresholds(ctx: Context, code: str) -> dict:
    return {channel: ctx.limit(code, channel) for channel in CHANNELS}


def _from_table(**parts: list[str]):
    """Replace each `<name>` line of the docstring with lines written from the channel table.

    Applied below `@rule`, so the registry (and the rule's page) reads the finished text.
    """

    def decorate(func):
        out = []
        for line in inspect.cleandoc(func.__doc__).split("\n"):
            name = line.strip()[1:-1] if line.strip().startswith("<") and line.strip().endswith(">") else ""
            indent = line[: len(line) - len(line.lstrip())]
            out += [indent + text for text in parts[name]] if name in parts else [line]
        func.__doc__ = "\n".join(out)
        return func

    return decorate


_COUNTED = {
    "weighted": "weighted characters: each emoji counts as 2, Latin letters and common punctuation as 1, most other characters (Chinese, Japanese, symbols) as 2",
    "graphemes": "characters as people see them (an emoji with a skin tone is one)",
    "chars": "characters",
}


def _limit_lines() -> list[str]:
    """CH001's list: every channel, its limit and how it counts."""
    return [f"- {row.label}: {row.max_chars:,} {_COUNTED[row.counting]}" + (f"; each link counts as {row.url_weight} whatever its length" if row.url_weight else "") + "." for row in CHANNELS.values()]


def _names(rows) -> str:
    return ", ".join(f"`{row.id}`" for row in rows)


def _capped(field: str, what: str) -> list[str]:
    rows = [row for row in CHANNELS.values() if getattr(row, field) is not None]
    defaults = ", ".join(f"`{row.id}` (default {getattr(row, field)})" for row in rows)
    return [f"Thresholds: {defaults}, the most {what} allowed."]


@rule(
    "CH001",
    "over-channel-limit",
    serves="channels",
    severity=Severity.ERROR,
    scope="post",
    thresholds={channel: row.max_chars for channel, row in CHANNELS.items()},
)
@_from_table(
    limits=_limit_lines(),
    thresholds=[
        f"Thresholds: one per channel ({_names(CHANNELS.values())}), the maximum length. Lower one to keep posts short on purpose, or raise it when a channel raises its limit (for example a paid X account)."
    ],
)
def over_channel_limit(post, ctx: Context):
    """Copy longer than a channel allows.

    What it flags:
        For every channel a post is scheduled on, the text that goes out there
        (the channel's entry under `variants`, or else the body) when it is
        longer than that channel accepts. Each channel counts its own way:

        <limits>

        <thresholds>

    Why:
        A channel that receives copy over its limit either refuses the post or
        cuts it off mid-sentence, often right before the link or the
        disclaimer. The scheduler usually finds out at posting time, when no
        one is around to fix it.

    Examples:
        Triggers: a 330-character body on a post scheduled for `x` with no `x` variant.
        Triggers: a 1,800-character body on a `google-business` post.
        Passes: a 200-character X post that ends with a link to the practice's site (the link counts as 23).
        Passes: a long Facebook body with a short `variants: {x: ...}` for X.
    """
    overrides = _thresholds(ctx, "CH001")
    for channel, copy, line, is_variant in _copies(post):
        limit = limit_for(channel, overrides)
        if limit is None:
            continue
        used = count(copy, limit.counting, limit.url_weight)
        if used <= limit.max_chars:
            continue
        units = _units(limit)
        where = f"the {channel} variant" if is_variant else "the body"
        fix = f"shorten the `{channel}` variant" if is_variant else f"add a shorter `variants: {{{channel}: ...}}` copy for {limit.label}"
        yield Hit(
            f"{limit.label} takes {limit.max_chars} {units}; {where} counts {used} ({used - limit.max_chars} over): {fix}",
            line,
            hint=f"{limit.label} refuses or cuts off longer posts",
        )


@rule(
    "CH002",
    "too-many-hashtags",
    serves="channels",
    severity=Severity.WARNING,
    scope="post",
    thresholds={channel: row.max_hashtags for channel, row in CHANNELS.items() if row.max_hashtags is not None},
)
@_from_table(thresholds=_capped("max_hashtags", "hashtags"))
def too_many_hashtags(post, ctx: Context):
    """More hashtags than a channel allows.

    What it flags:
        Copy for a channel with a hashtag cap that carries more hashtags than
        the cap. Instagram accepts 30 and drops the caption's hashtags (or the
        post) beyond that.

        <thresholds>
        Instagram now advises 3 to 5 focused hashtags; a practice that wants
        to follow that advice sets `instagram: 5`. Channels without a cap are
        not checked.

    Why:
        Past the cap the post fails or its tags are silently ignored, and a
        wall of tags is hard to read for everyone and tiring to hear through a
        screen reader. A few precise tags reach more of the right people.

    Examples:
        Triggers: an Instagram caption ending with 31 hashtags.
        Passes: `Stretch before you run. #WellnessWednesday #KneeHealth` on `instagram`.
        Passes: 31 hashtags on a post that goes to Facebook only (no cap there).
    """
    for channel, copy, line, is_variant in _copies(post):
        cap = ctx.limit("CH002", channel)
        if not isinstance(cap, int) or isinstance(cap, bool):
            continue
        tags = hashtags(copy)
        if len(tags) <= cap:
            continue
        name = CHANNELS[channel].label
        offset = tags[cap][1]
        yield Hit(
            f"{name} copy has {_n(len(tags), 'hashtag')}; keep it to {cap} or fewer (the first extra one is '#{tags[cap][0]}')",
            _line(post, line, is_variant, copy, offset),
            hint="pick the few tags people actually follow",
        )


@rule("CH003", "phone-number-on-google-business", serves="channels", severity=Severity.ERROR, scope="post")
def phone_number_on_google_business(post, ctx: Context):
    """A phone number in copy for a channel that refuses them (Google Business Profile).

    What it flags:
        Any phone number, in any common format (`(217) 555-0142`,
        `217.555.0142`, `+1 555 0100`, `555-0100`), in the copy a post sends
        to Google Business Profile. Times, dates, prices, step counts and
        years are not phone numbers and pass.

    Why:
        Google rejects Business Profile posts whose text contains a phone
        number, so the update never appears. The profile already shows the
        practice's number, and a post can carry a "Call now" button instead.

    Examples:
        Triggers: `Questions about the clinic? Call (217) 555-0142.` on `google-business`.
        Triggers: `Hours change in February. Book at +1 555 0100.` in the `google-business` variant.
        Passes: `Questions? Tap Call now on our profile.` on `google-business`.
        Passes: `Call (217) 555-0142` on `facebook`.
        Passes: `Walk starts at 9:00 on 2027-01-16; about 10,000 steps.` on `google-business`.
    """
    for channel, copy, line, is_variant in _copies(post):
        limit = CHANNELS.get(channel)
        if limit is None or limit.phone_numbers_allowed:
            continue
        for match in PhoneNumberMatcher(copy, "US", leniency=Leniency.POSSIBLE):
            yield Hit(
                f"Remove the phone number '{match.raw_string}': {limit.label} refuses posts that contain one",
                _line(post, line, is_variant, copy, match.start),
                0 if is_variant else column(copy, match.start),
                hint=f"use a 'Call now' button, or a `variants: {{{channel}: ...}}` copy without the number",
            )


@rule(
    "CH004",
    "too-many-links",
    serves="channels",
    severity=Severity.WARNING,
    scope="post",
    thresholds={channel: row.max_links for channel, row in CHANNELS.items() if row.max_links is not None},
)
@_from_table(thresholds=_capped("max_links", "links"))
def too_many_links(post, ctx: Context):
    """More links than a channel allows in one post.

    What it flags:
        Copy for a channel with a link cap that carries more web addresses
        (`https://...` or `www...`) than the cap. Threads takes at most 5.

        <thresholds>
        Channels without a cap are not checked.

    Why:
        Threads refuses a post with too many links. A post that points to one
        or two places is also easier to act on than a list of addresses.

    Examples:
        Triggers: six sign-up links in a post scheduled for `threads`.
        Passes: `Knee pain after a run? https://www.example-clinic.test/knee` on `threads`.
        Passes: six links on a post that goes to Facebook only.
    """
    for channel, copy, line, is_variant in _copies(post):
        cap = ctx.limit("CH004", channel)
        if not isinstance(cap, int) or isinstance(cap, bool):
            continue
        found = urls(copy)
        if len(found) <= cap:
            continue
        name = CHANNELS[channel].label
        yield Hit(
            f"{name} copy has {_n(len(found), 'link')}; keep it to {cap} or fewer",
            _line(post, line, is_variant, copy, found[cap][1]),
            hint="link one page that gathers the rest",
        )


@rule("CH005", "variant-for-unscheduled-channel", serves="channels", severity=Severity.WARNING, scope="post")
def variant_for_unscheduled_channel(post, ctx: Context):
    """A channel variant for a channel the post is not scheduled on.

    What it flags:
        An entry under `variants` whose channel is not in the post's
        `channels` list.

    Why:
        That copy is never published: often someone meant to add the channel
        and forgot, or removed it and left the variant behind. Either way the
        post does not do what its file suggests.

    Examples:
        Triggers: `channels: [facebook]` with `variants: {x: "..."}`.
        Passes: `channels: [facebook, x]` with `variants: {x: "..."}`.
        Passes: `channels: [facebook, x]` (no variants).
    """
    for channel in post.variants:
        if channel not in post.channels:
            yield Hit(
                f"The `{channel}` variant is never used: the post is not scheduled on {channel}; add {channel} to `channels` or remove the variant",
                post.lines.get(f"variants.{channel}", post.line_of("variants")),
            )
