"""The timeline chart: a pure function of the timeline's items, tested
without a browser."""

from __future__ import annotations

from dataclasses import dataclass, field
from math import ceil

from django.utils.translation import gettext_lazy as _

from .timeline import TimelineItem, TimelineRange, overlaps, years_range

MAX_CHART_ROWS = 80


#: How the chart groups its rows, in order: events, then the periods of
#: units, organisations, equipment and places, then people's lives apart.
CHART_GROUPS = (
    ("events", _("Events")),
    ("periods", _("Periods")),
    ("lives", _("Lives")),
)
#: The width a chart is laid out at in a page's text column (an entry's
#: beside its infobox, an article's), so that its labels keep their size.
COLUMN_CHART_WIDTH = 680
#: The share of the items the default years must hold.
DENSE_SHARE = 0.8
MIN_CHART_YEARS = 6
#: About how wide a character of a 12 px label is, to keep labels apart.
LABEL_CHAR_WIDTH = 7.2


def chart_group(item: TimelineItem) -> str:
    if item.is_event:
        return "events"
    return "lives" if item.kind == "person" else "periods"


def dense_years(items: list[TimelineItem]) -> tuple[int, int]:
    """Return the fewest years that hold most of the items' dates.

    Events decide where there are enough of them; otherwise every start and
    end. A firm founded in 1811 or a general born in 1866 then no longer
    stretches a chart about the 1920s over a century: they are cut at its edge.
    """
    years = sorted(
        year
        for item in items
        if item.is_event
        for year in {item.start.year, (item.end or item.start).year}
    )
    if len(years) < 3:
        years = sorted(
            year
            for item in items
            for year in {item.start.year, (item.end or item.start).year}
        )
    keep = max(1, ceil(len(years) * DENSE_SHARE))
    first, last = min(
        ((years[i], years[i + keep - 1]) for i in range(len(years) - keep + 1)),
        key=lambda window: window[1] - window[0],
    )
    missing = MIN_CHART_YEARS - (last - first)
    if missing > 0:
        first -= missing // 2
        last += missing - missing // 2
    return first, last


@dataclass(frozen=True)
class Bar:
    item: TimelineItem
    x: float
    y: float
    width: float
    label_x: float
    label: str = ""
    #: "start" (the label reads rightwards from label_x) or "end" (leftwards).
    label_anchor: str = "start"
    label_inside: bool = False
    #: The item goes on before or after the years drawn.
    cut_before: bool = False
    cut_after: bool = False

    @property
    def middle(self) -> float:
        return self.y + 7

    @property
    def label_y(self) -> float:
        return self.y + 11

    @property
    def arrow_before(self) -> str:
        """Points of the arrowhead that says the item began before the chart."""
        x, y = self.x, self.y
        return f"{x - 7},{y + 7} {x},{y} {x},{y + 14}"

    @property
    def arrow_after(self) -> str:
        x, y = self.x + self.width, self.y
        return f"{x + 7},{y + 7} {x},{y} {x},{y + 14}"


@dataclass(frozen=True)
class Tick:
    year: int
    x: float


@dataclass(frozen=True)
class ChartGroup:
    """A band of rows under its heading, with its own axis."""

    name: str
    heading: str
    y: float
    axis_y: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    omitted: int
    first_year: int
    last_year: int
    groups: list[ChartGroup] = field(default_factory=list)
    outside: int = 0
    #: People who lived through all the years drawn: named, not drawn as
    #: bars as wide as the chart, which would tell nothing apart.
    throughout: list[TimelineItem] = field(default_factory=list)


def _label_place(
    title: str, start_x: float, end_x: float, width: int, margin: int
) -> tuple[float, str, bool, str]:
    """Where a bar's label goes, and its text, so that it covers no other mark.

    Inside a bar wide enough for it, else on the side with more room, cut
    short with an ellipsis where even that is too narrow (the bar's tooltip
    and the list below keep the whole title). Each row holds one item, so a
    label can only meet its own bar.
    """
    needed = len(title) * LABEL_CHAR_WIDTH + 8
    if end_x - start_x >= needed:
        return start_x + 4, "start", True, title
    after, before = width - (end_x + 8), start_x - 8
    room = max(after, before)
    if room < needed:
        title = title[: max(int(room / LABEL_CHAR_WIDTH) - 2, 3)].rstrip() + "…"
    if after >= needed or after >= before:
        return end_x + 8, "start", False, title
    return start_x - 8, "end", False, title


def chart_layout(
    items: list[TimelineItem],
    *,
    width: int = 900,
    row_height: int = 22,
    margin: int = 30,
    max_rows: int = MAX_CHART_ROWS,
    period: TimelineRange = TimelineRange(),
) -> Chart | None:
    """Lay items out as bars on a year axis; None when nothing is dated.

    The axis covers ``period`` where one is given (a reader's filter), else the
    years where the items are dense (:func:`dense_years`). Longer spans are
    cut at its edges and marked so; items wholly outside are left to the list.
    Rows are grouped (events, periods, lives), each group under its heading
    and its own axis, so an axis is always near.
    """
    if not items:
        return None
    if period.start or period.end:
        first = min(item.start.earliest for item in items).year
        last = max((item.end or item.start).latest for item in items).year
        if period.start:
            first = max(first, period.start.earliest.year)
        if period.end:
            last = min(last, period.end.latest.year)
        last = max(last, first)
    else:
        first, last = dense_years(items)
    first_year, last_year = first, last + 1
    span = max(last_year - first_year, 1)
    inner = width - 2 * margin
    window = years_range(first, last)
    inside = [item for item in items if overlaps(item, window)]
    shown = inside[:max_rows]

    def x_of(day) -> float:
        years = day.year - first_year + (day.timetuple().tm_yday - 1) / 366
        fraction = min(max(years / span, 0.0), 1.0)
        return round(margin + fraction * inner, 1)

    step = next(step for step in (1, 2, 5, 10, 20, 25, 50, 100) if span / step <= 12)
    ticks = [
        Tick(year, x_of_year)
        for year in range(first_year - first_year % step, last_year + 1, step)
        if margin
        <= (x_of_year := round(margin + (year - first_year) / span * inner, 1))
        <= width - margin
    ]

    def lives_throughout(item: TimelineItem) -> bool:
        last = (item.end or item.start).latest.year
        return (
            chart_group(item) == "lives"
            and item.start.earliest.year < first_year
            and last >= last_year
        )

    throughout = [item for item in shown if lives_throughout(item)]
    bars: list[Bar] = []
    groups: list[ChartGroup] = []
    y = 0
    for name, heading in CHART_GROUPS:
        members = [
            item
            for item in shown
            if chart_group(item) == name and item not in throughout
        ]
        if not members:
            continue
        groups.append(ChartGroup(name, str(heading), y + 14, y + 32))
        y += 44
        for item in members:
            start_x = x_of(item.start.earliest)
            end_x = x_of((item.end or item.start).latest)
            if not item.is_span:
                end_x = start_x
            label_x, anchor, label_inside, label = _label_place(
                item.title, start_x, end_x, width, margin
            )
            bars.append(
                Bar(
                    item,
                    start_x,
                    y,
                    round(max(end_x - start_x, 4.0), 1),
                    label_x=label_x,
                    label=label,
                    label_anchor=anchor,
                    label_inside=label_inside,
                    cut_before=item.start.earliest.year < first_year,
                    cut_after=(item.end or item.start).latest.year >= last_year,
                )
            )
            y += row_height
        y += 8
    return Chart(
        width=width,
        height=int(y + 8),
        bars=bars,
        ticks=ticks,
        omitted=len(inside) - len(shown),
        first_year=first_year,
        last_year=last_year,
        groups=groups,
        outside=len(items) - len(inside),
        throughout=throughout,
    )


def column_chart(items: list[TimelineItem]) -> Chart | None:
    """The chart of a page's own timeline (an entry's, an article's), drawn at
    the width of its text column so labels keep their size; none for fewer
    than two items."""
    if len(items) < 2:
        return None
    return chart_layout(items, width=COLUMN_CHART_WIDTH)
