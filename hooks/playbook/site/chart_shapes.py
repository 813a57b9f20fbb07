"""The geometry of a chart: the shapes, legend, fill textures and table that templates/chart_*.j2 draws as SVG.

Python computes every rectangle, line and label, in the SVG's user units;
the markup lives in the templates. Output is deterministic: ids derive from
the chart's name, and numbers are rounded the same way every time. The charts
themselves (what they show) are in charts.py and reviews.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

WIDTH = 680  # natural width in px; the SVG scales down on narrow screens
FONT = 12  # px at natural size
CHAR = 6.8  # rough width of one character at FONT, for layout only
SMALL = 11
LEGEND_ROW = 20
EMPTY_TEXT = "No planned posts yet."


def num(value: float) -> float | int:
    """Round a coordinate to 0.1 and print whole numbers without '.0' (stable output)."""
    rounded = round(value + 0.0, 1)
    return int(rounded) if rounded == int(rounded) else rounded


@dataclass(frozen=True)
class Rect:
    kind: ClassVar[str] = "rect"
    x: float
    y: float
    width: float
    height: float
    css: str
    pattern: str = ""  # id of a <pattern> to fill with, when the series has one


@dataclass(frozen=True)
class Line:
    kind: ClassVar[str] = "line"
    x1: float
    y1: float
    x2: float
    y2: float
    css: str


@dataclass(frozen=True)
class Text:
    kind: ClassVar[str] = "text"
    x: float
    y: float
    text: str
    css: str = ""
    anchor: str = "start"  # start | middle | end


@dataclass(frozen=True)
class Pattern:
    """A fill pattern: the series colour with a texture drawn in the page background colour."""

    id: str
    css: str  # the series class, e.g. "pb-g-expert"
    path: str  # texture in a 6x6 tile; "" for a solid fill
    dots: tuple[tuple[float, float], ...] = ()


# Textures, one per series, so no series depends on colour alone.
TEXTURES: dict[str, tuple[str, tuple[tuple[float, float], ...]]] = {
    "solid": ("", ()),
    "diagonal": ("M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2", ()),
    "dots": ("", ((1.5, 1.5), (4.5, 4.5))),
    "horizontal": ("M0,1.5 h6 M0,4.5 h6", ()),
    "backslash": ("M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2", ()),
    "cross": ("M0,3 h6 M3,0 v6", ()),
    "vertical": ("M1.5,0 v6 M4.5,0 v6", ()),
}


@dataclass(frozen=True)
class Cell:
    text: str
    numeric: bool = False


@dataclass(frozen=True)
class Row:
    header: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Table:
    caption: str
    columns: tuple[str, ...]  # the first names the row headers
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Chart:
    name: str  # stable, e.g. "guideline-mix"; every id derives from it
    heading: str
    title: str
    description: str
    caption: str
    width: float
    height: float
    marks: tuple[Rect | Line | Text, ...]
    table: Table
    patterns: tuple[Pattern, ...] = ()

    @property
    def id(self) -> str:
        return f"chart-{self.name}"

    @property
    def title_id(self) -> str:
        return f"{self.id}-title"

    @property
    def desc_id(self) -> str:
        return f"{self.id}-desc"


def pattern_id(chart: str, series: str) -> str:
    return f"chart-{chart}-pattern-{series}"


def text_width(text: str, size: float = FONT) -> float:
    return len(text) * CHAR * size / FONT


def halo_line(x1: float, y1: float, x2: float, y2: float, css: str) -> list[Line]:
    """A marker line over bars: a background-coloured halo under it keeps 3:1 against any bar."""
    return [Line(num(x1), num(y1), num(x2), num(y2), "pb-chart-halo"), Line(num(x1), num(y1), num(x2), num(y2), css)]


@dataclass(frozen=True)
class LegendItem:
    text: str
    css: str = ""  # series class of a swatch
    pattern: str = ""
    marker: str = ""  # css of a line swatch instead of a box


def draw_legend(items: Sequence[LegendItem], x0: float, y0: float, right: float) -> tuple[list[Rect | Line | Text], float]:
    """Legend swatches and labels, left to right, wrapping into rows; returns the marks and the height used."""
    if not items:
        return [], 0
    marks: list[Rect | Line | Text] = []
    x, y = x0, y0
    for item in items:
        width = 18 + text_width(item.text)
        if x > x0 and x + width > right:
            x, y = x0, y + LEGEND_ROW
        if item.marker:
            marks += halo_line(x, y + 7, x + 12, y + 7, item.marker)
        else:
            marks.append(Rect(num(x), num(y + 1), 12, 12, f"pb-chart-swatch {item.css}".strip(), item.pattern))
        marks.append(Text(num(x + 18), num(y + 11), item.text, "pb-chart-legend"))
        x += width + 20
    return marks, y - y0 + LEGEND_ROW


def empty_chart(name: str, heading: str, title: str, caption: str, table: Table) -> Chart:
    marks = (Text(WIDTH / 2, 40, EMPTY_TEXT, "pb-chart-note", "middle"),)
    return Chart(name, heading, title, f"{title}: {EMPTY_TEXT}", caption, WIDTH, 64, marks, table)


def nice_step(span: float, most: int, steps: Iterable[float]) -> float:
    for step in steps:
        if span / step <= most:
            return step
    return span / most
