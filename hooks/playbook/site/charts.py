"""The report's charts: numbers from `stats.py` drawn as inline SVG, with a table of the same numbers.

The shapes, legend and textures they are drawn with are in chart_shapes.py; the
markup lives in templates/chart_*.j2. Nothing depends on the clock or on randomness.

Accessibility: each chart is an `<svg role="img">` named by its `<title>` and
`<desc>` (the desc says in words what the chart shows, e.g. which months miss
a target), has a visible caption, and carries the same numbers as a real
table. Text and axes use `currentColor`, so they follow Material's light and
dark schemes; series colours are CSS classes (report.css). Colour is never
the only cue: each guideline has its own fill pattern and a legend entry,
bars carry value labels where they fit, and over-limit gaps say so in words.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Iterable, Sequence

from .. import stats
from ..check import Report
from ..guidelines import GUIDELINE_TABLE
from ..model import Plans, Post
from ..promotion import is_promotional
from .chart_shapes import LEGEND_ROW, TEXTURES, WIDTH, Cell, Chart, LegendItem, Line, Pattern, Rect, Row, Table, Text, draw_legend, empty_chart, halo_line, nice_step, num, pattern_id, text_width
from .labels import GUIDELINE_LABELS, channel_label

SERIES_TEXTURE = {**{row.id: row.texture for row in GUIDELINE_TABLE.values()}, "promotional": "cross"}


def _target_words(op: str, share: float) -> str:
    return f"{'at least' if op == '>=' else 'at most'} {stats.percent(share)}"


def _meets(op: str, share: float, target: float) -> bool:
    """The rules' comparison (COM005, PER004), with their tolerance for float rounding."""
    return share >= target - 1e-9 if op == ">=" else share <= target + 1e-9


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _plural(n: int, word: str, many: str = "") -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def report_channels(plans: Plans, posts: Iterable[Post]) -> list[str]:
    """Channels worth a row: the practice's channels (its order) that have a target or a planned post, then any other used."""
    used = {channel for post in stats.planned(posts) for channel in post.channels}
    targeted = {ch for ch, c in plans.cadence.channels.items() if c.per_week or c.max_gap_days}
    known = [ch for ch in plans.practice.channels if ch in used or ch in targeted]
    extra = sorted((used | targeted) - set(known))
    return known + extra


# --------------------------------------------------------------------------- (a) guideline mix

MIX = "guideline-mix"
MIX_HEADING = "Guideline mix per month"
MIX_TITLE = "Guideline mix per month against the targets"


def _series_label(series: str) -> str:
    return "Promotional (any guideline)" if series == "promotional" else GUIDELINE_LABELS.get(series, series)


def _series_css(series: str) -> str:
    return f"pb-g-{series}"


def guideline_mix_chart(plans: Plans, posts: Iterable[Post], promotional: Callable[[Post], bool] = is_promotional) -> Chart:
    """Grouped bars: for every month, each guideline's share of the planned posts, and the promotional share.

    A marker line across a bar shows that series' target from `mix:` in
    plans/cadence.yml (COM005 for guidelines, PER004 for promotional). `promotional` is
    promotion.is_promotional, or the answers PER004 kept for it (Report.per_file).
    """
    months = stats.months(plans, posts, is_promotional=promotional)
    targets = dict(plans.cadence.mix)
    series = [*stats.guidelines_in(months), "promotional"]

    def label(s: str) -> str:
        target = targets.get(s)
        return f"{_series_label(s)}, target {_target_words(*target)}" if target else _series_label(s)

    def count(month: stats.Month, s: str) -> int:
        return len(month.promotional) if s == "promotional" else month.count(s)

    def share(month: stats.Month, s: str) -> float:
        return month.promotional_share if s == "promotional" else month.share(s)

    table = Table(
        "Planned posts per month by guideline: number of posts and share of the month",
        ("Month", "Planned posts", *(label(s) for s in series)),
        tuple(Row(m.label, (Cell(str(m.total), True), *(Cell(f"{count(m, s)} ({stats.percent(share(m, s))})", True) for s in series))) for m in months),
    )
    caption = (
        "Each group of bars is one month; each bar is the share of that month's planned posts that follow a guideline, "
        "or that are promotional. A thick line across a bar marks the share the practice aims for."
    )
    if not months:
        return empty_chart(MIX, MIX_HEADING, MIX_TITLE, caption, table)

    patterns = tuple(Pattern(pattern_id(MIX, s), _series_css(s), *TEXTURES[SERIES_TEXTURE.get(s, "vertical")]) for s in series)
    pattern_of = {p.css: p.id for p in patterns}

    def short(s: str) -> str:
        target = targets.get(s)
        return f"{_series_label(s)} (target {'≥' if target[0] == '>=' else '≤'} {stats.percent(target[1])})" if target else _series_label(s)

    legend = [LegendItem(short(s), _series_css(s), pattern_of[_series_css(s)]) for s in series]
    if any(s in targets for s in series):
        legend.append(LegendItem("Target", marker="pb-chart-target"))

    left, right, plot_h, month_gap = 44.0, 12.0, 200.0, 18.0
    slot = min(32.0, (WIDTH - left - right) / len(months) / len(series) - month_gap / len(series))
    slot = max(slot, 9.0)
    group = slot * len(series) + month_gap
    width = max(WIDTH, left + group * len(months) + right)
    legend_marks, legend_h = draw_legend(legend, left, 4, width - right)
    top = 4 + legend_h + 16
    bottom = top + plot_h

    highest = max([share(m, s) for m in months for s in series] + [t[1] for s, t in targets.items() if s in series])
    step = 0.1 if highest <= 0.45 else 0.2
    ymax = min(1.0, math.ceil((highest + 0.05) / step - 1e-9) * step)

    def y(value: float) -> float:
        return bottom - plot_h * min(value, ymax) / ymax

    marks: list[Rect | Line | Text] = [*legend_marks]
    tick = 0.0
    while tick <= ymax + 1e-9:
        marks.append(Line(num(left), num(y(tick)), num(width - right), num(y(tick)), "pb-chart-grid"))
        marks.append(Text(num(left - 6), num(y(tick) + 4), stats.percent(tick), "pb-chart-tick", "end"))
        tick = round(tick + step, 6)
    show_values = slot >= 25
    bar = slot - 3
    for index, month in enumerate(months):
        x0 = left + index * group + month_gap / 2
        for position, s in enumerate(series):
            value = share(month, s)
            x = x0 + position * slot
            marks.append(Rect(num(x), num(y(value)), num(bar), num(bottom - y(value)), f"pb-chart-bar {_series_css(s)}", pattern_of[_series_css(s)]))
            if show_values:
                marks.append(Text(num(x + bar / 2), num(y(value) - 4), stats.percent(value), "pb-chart-value", "middle"))
        for position, s in enumerate(series):
            if s in targets:
                x = x0 + position * slot
                marks += halo_line(x - 2, y(targets[s][1]), x + bar + 2, y(targets[s][1]), "pb-chart-target")
        centre = x0 + (slot * len(series) - 3) / 2
        marks.append(Text(num(centre), num(bottom + 16), dt.date(month.year, month.month, 1).strftime("%b"), "pb-chart-tick", "middle"))
        if index == 0 or month.month == 1:
            marks.append(Text(num(centre), num(bottom + 30), str(month.year), "pb-chart-tick", "middle"))
    marks.append(Line(num(left), num(bottom), num(width - right), num(bottom), "pb-chart-axis"))

    first, last = months[0].label, months[-1].label
    sentences = [f"Share of each month's planned posts by guideline, {first}" + (f" to {last}." if last != first else ".")]
    for s in series:
        if s not in targets:
            continue
        op, target = targets[s]
        missed = [f"{m.label} ({stats.percent(share(m, s))})" for m in months if not _meets(op, share(m, s), target)]
        where = f"missed in {_join(missed)}" if missed else "met in every month"
        sentences.append(f"{_series_label(s)}, target {_target_words(op, target)}: {where}.")
    return Chart(MIX, MIX_HEADING, MIX_TITLE, " ".join(sentences), caption, num(width), num(bottom + 40), tuple(marks), table, patterns)


# --------------------------------------------------------------------------- (b) posts per week

WEEKLY = "posts-per-week"
WEEKLY_HEADING = "Posts per week per channel"
WEEKLY_TITLE = "Planned posts per week on each channel against its weekly target"


def _week_span(week: stats.Week) -> str:
    return f"{week.monday.day} {week.monday:%b} – {week.sunday.day} {week.sunday:%b %Y}"


def posts_per_week_chart(plans: Plans, posts: Iterable[Post]) -> Chart:
    """Small multiples: one panel per channel, a bar per ISO week, a dashed line at the channel's per_week target."""
    posts = list(posts)
    channels = report_channels(plans, posts)
    per_channel = stats.weekly_counts(plans, posts, channels)
    cadence = plans.cadence.channels
    target = {ch: cadence[ch].per_week for ch in channels if ch in cadence and cadence[ch].per_week}
    weeks = next((w for w in per_channel.values() if w), [])

    def header(ch: str) -> str:
        return f"{channel_label(ch)} (target {target[ch]:g} a week)" if ch in target else f"{channel_label(ch)} (no weekly target)"

    table = Table(
        "Planned posts per week (Monday to Sunday) and channel",
        ("Week", *(header(ch) for ch in channels)),
        tuple(Row(f"{w.label} ({_week_span(w)})", tuple(Cell(str(per_channel[ch][i].count), True) for ch in channels)) for i, w in enumerate(weeks)),
    )
    caption = "One panel per channel; each bar counts the planned posts in one week, Monday to Sunday. The dashed line behind the bars is how many posts a week the practice aims for on that channel."
    if not weeks or not channels:
        return empty_chart(WEEKLY, WEEKLY_HEADING, WEEKLY_TITLE, caption, table)

    left, right, title_h, plot_h, count_h, gap = 36.0, 12.0, 24.0, 56.0, 16.0, 14.0
    slot = max((WIDTH - left - right) / len(weeks), 8.0)
    width = max(WIDTH, left + slot * len(weeks) + right)
    bar = max(slot * 0.7, 2.0)
    ymax = max([w.count for ch in channels for w in per_channel[ch]] + list(target.values()) + [1])
    show_counts = slot >= 14  # a count under each bar where it fits; the table has them all
    marks: list[Rect | Line | Text] = [*halo_line(left, 10, left + 16, 10, "pb-chart-target pb-chart-target--dashed")]
    marks.append(Text(num(left + 22), 14, "Weekly target", "pb-chart-legend"))
    if show_counts:
        marks.append(Text(num(left + 130), 14, "Numbers under the bars: posts that week", "pb-chart-legend"))
    top = 4 + LEGEND_ROW + 8
    for ch in channels:
        marks.append(Text(num(left), num(top + 14), header(ch), "pb-chart-panel-title"))
        bottom = top + title_h + plot_h

        def y(value: float, bottom: float = bottom) -> float:
            return bottom - plot_h * value / ymax

        marks.append(Text(num(left - 6), num(bottom + 4), "0", "pb-chart-tick", "end"))
        marks.append(Text(num(left - 6), num(y(ymax) + 4), str(ymax), "pb-chart-tick", "end"))
        marks.append(Line(num(left), num(y(ymax)), num(width - right), num(y(ymax)), "pb-chart-grid"))
        if ch in target:  # behind the bars: a bar that reaches the target covers it
            marks += halo_line(left, y(target[ch]), width - right, y(target[ch]), "pb-chart-target pb-chart-target--dashed")
        for i, week in enumerate(per_channel[ch]):
            x = left + i * slot + (slot - bar) / 2
            if week.count:
                marks.append(Rect(num(x), num(y(week.count)), num(bar), num(bottom - y(week.count)), "pb-chart-bar pb-chart-bar--weekly"))
            if show_counts:
                marks.append(Text(num(x + bar / 2), num(bottom + 12), str(week.count), "pb-chart-value", "middle"))
        marks.append(Line(num(left), num(bottom), num(width - right), num(bottom), "pb-chart-axis"))
        top = bottom + (count_h if show_counts else 0) + gap
    every = max(1, math.ceil(44 / slot))
    for i, week in enumerate(weeks):
        if i % every == 0:
            marks.append(Text(num(left + i * slot + slot / 2), num(top + 2), f"{week.monday.day} {week.monday:%b}", "pb-chart-tick", "middle"))
    marks.append(Text(num(left), num(top + 20), "Weeks, labelled by their Monday", "pb-chart-note"))

    sentences = [f"Planned posts per week on {_plural(len(channels), 'channel')}, from {weeks[0].label} to {weeks[-1].label}."]
    for ch in channels:
        counts = [w.count for w in per_channel[ch]]
        if ch in target:
            short = sum(1 for c in counts if c < target[ch])
            sentences.append(
                f"{channel_label(ch)}: {min(counts)} to {max(counts)} a week, target {target[ch]:g}; " + (f"below target in {short} of {len(counts)} weeks." if short else "on target every week.")
            )
        else:
            sentences.append(f"{channel_label(ch)}: {min(counts)} to {max(counts)} a week, no target.")
    return Chart(WEEKLY, WEEKLY_HEADING, WEEKLY_TITLE, " ".join(sentences), caption, num(width), num(top + 30), tuple(marks), table)


# --------------------------------------------------------------------------- (c) longest gaps

GAPS = "longest-gaps"
GAPS_HEADING = "Longest gap per channel"
GAPS_TITLE = "Longest gap between two planned posts on each channel against its maximum"


def longest_gaps_chart(plans: Plans, posts: Iterable[Post]) -> Chart:
    """Horizontal bars: each channel's longest gap in days, a line at its max_gap_days; bars over the limit are hatched and say so."""
    posts = list(posts)
    channels = report_channels(plans, posts)
    longest = stats.longest_gaps(plans, posts, channels)
    cadence = plans.cadence.channels
    limit = {ch: cadence[ch].max_gap_days for ch in channels if ch in cadence and cadence[ch].max_gap_days and cadence[ch].max_gap_days > 0}

    def verdict(ch: str) -> str:
        if ch not in longest:
            return "no gap to measure"
        if ch not in limit:
            return "no maximum set"
        return "over the maximum" if longest[ch].days > limit[ch] else "within the maximum"

    rows = []
    for ch in channels:
        gap = longest.get(ch)
        rows.append(
            Row(
                channel_label(ch),
                (
                    Cell(str(gap.days) if gap else "–", True),
                    Cell(gap.start.isoformat() if gap else "–"),
                    Cell(gap.end.isoformat() if gap else "–"),
                    Cell(str(limit[ch]) if ch in limit else "–", True),
                    Cell(verdict(ch)),
                ),
            )
        )
    table = Table(
        "Longest gap between two consecutive planned posts on each channel, against the longest gap allowed",
        ("Channel", "Longest gap (days)", "From", "To", "Maximum (days)", "Verdict"),
        tuple(rows),
    )
    caption = (
        "Each bar is the longest stretch, in days, between two consecutive planned posts on a channel; its length is written at its end. "
        "The vertical line marks the longest gap the practice allows on that channel; a hatched bar is longer than that."
    )
    if not channels or not posts:
        return empty_chart(GAPS, GAPS_HEADING, GAPS_TITLE, caption, table)

    labels = {ch: channel_label(ch) for ch in channels}
    label_w = min(max(text_width(t) for t in labels.values()) + 12, 190)
    left, right_text, right, row_h, bar_h = label_w + 4, 170.0, 12.0, 30.0, 16.0
    plot_w = WIDTH - left - right_text - right
    highest = max([g.days for g in longest.values()] + list(limit.values()) + [1])
    step = nice_step(highest, 8, (1, 2, 5, 7, 10, 14, 20, 28, 30, 50, 100, 200, 365))
    xmax = math.ceil(highest / step) * step

    def x(days: float) -> float:
        return left + plot_w * days / xmax

    legend = [
        LegendItem("Longest gap", "pb-chart-bar--gap"),
        LegendItem("Longer than the maximum", "pb-chart-bar--over", pattern_id(GAPS, "over")),
        LegendItem("Longest gap allowed", marker="pb-chart-target"),
    ]
    patterns = (Pattern(pattern_id(GAPS, "over"), "pb-chart-bar--over", TEXTURES["diagonal"][0]),)
    legend_marks, legend_h = draw_legend(legend, 4, 4, WIDTH - right)
    top = 4 + legend_h + 10
    marks: list[Rect | Line | Text] = [*legend_marks]
    bottom = top + row_h * len(channels)
    tick = 0
    while tick <= xmax:
        marks.append(Line(num(x(tick)), num(top), num(x(tick)), num(bottom), "pb-chart-grid"))
        marks.append(Text(num(x(tick)), num(bottom + 16), str(tick), "pb-chart-tick", "middle"))
        tick += step
    for i, ch in enumerate(channels):
        row_top = top + i * row_h
        middle = row_top + row_h / 2
        marks.append(Text(num(left - 8), num(middle + 4), labels[ch], "pb-chart-label", "end"))
        gap = longest.get(ch)
        if gap is None:
            marks.append(Text(num(left + 4), num(middle + 4), "no gap to measure (fewer than 2 posts)", "pb-chart-note"))
        else:
            over = ch in limit and gap.days > limit[ch]
            css = "pb-chart-bar pb-chart-bar--over" if over else "pb-chart-bar pb-chart-bar--gap"
            marks.append(Rect(num(left), num(middle - bar_h / 2), num(max(x(gap.days) - left, 1)), num(bar_h), css, pattern_id(GAPS, "over") if over else ""))
        if ch in limit:
            marks += halo_line(x(limit[ch]), row_top + 3, x(limit[ch]), row_top + row_h - 3, "pb-chart-target")
        if gap is not None:  # at the bar's end, drawn last so it stays readable where the limit line crosses it
            words = _plural(gap.days, "day") + (f", over the {limit[ch]}-day maximum" if over else "")
            marks.append(Text(num(x(gap.days) + 6), num(middle + 4), words, "pb-chart-value pb-chart-end-label"))
    marks.append(Line(num(left), num(top), num(left), num(bottom), "pb-chart-axis"))
    marks.append(Text(num(left + plot_w / 2), num(bottom + 32), "Days between two consecutive posts", "pb-chart-note", "middle"))

    over = [f"{labels[ch]} ({longest[ch].days} days, maximum {limit[ch]})" for ch in channels if verdict(ch) == "over the maximum"]
    parts = [f"{labels[ch]} {_plural(longest[ch].days, 'day')}" + (f" (maximum {limit[ch]})" if ch in limit else "") for ch in channels if ch in longest]
    sentences = ["Longest gap between two planned posts: " + "; ".join(parts) + "." if parts else "No channel has two planned posts yet."]
    sentences.append(f"Over the maximum: {_join(over)}." if over else "Every channel stays within its maximum gap.")
    return Chart(GAPS, GAPS_HEADING, GAPS_TITLE, " ".join(sentences), caption, WIDTH, num(bottom + 42), tuple(marks), table, patterns)


# --------------------------------------------------------------------------- all together


def report_charts(report: Report) -> tuple[Chart, ...]:
    plans, posts = report.corpus.plans, report.corpus.posts
    return (guideline_mix_chart(plans, posts, report.per_file(is_promotional)), posts_per_week_chart(plans, posts), longest_gaps_chart(plans, posts))
