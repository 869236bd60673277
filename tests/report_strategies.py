"""Hypothesis strategies for reports of both format versions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from govinfo_report.model import (
    CellKind,
    CellValue,
    Contact,
    Metadata,
    Period,
    ReportKind,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    from_cells,
)

REPORT_CLASSES = (ReportV2021, ReportV2019)

counts = st.integers(min_value=0, max_value=10**9)
signed_counts = st.integers(min_value=-(10**6), max_value=10**6)
money = st.decimals(min_value=0, max_value=Decimal("1e12"), places=4, allow_nan=False, allow_infinity=False)

VALUES = {CellKind.COUNT: counts, CellKind.SIGNED: signed_counts, CellKind.MONEY: money}

texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)
optional_texts = st.none() | texts
dates = st.dates(min_value=date(2008, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(dates)
    end = draw(st.dates(min_value=start, max_value=date(2100, 12, 31)))
    return Period(start, end)


metadata = st.builds(
    Metadata,
    agency=texts.filter(str.strip),
    year=st.integers(min_value=2008, max_value=2100),
    kind=st.sampled_from(ReportKind),
    title=optional_texts,
    period=st.none() | periods(),
    published=st.none() | dates,
    contact=st.none() | st.builds(Contact, *[optional_texts] * 5),
    website=optional_texts,
    aggregates=st.lists(texts, max_size=3).map(tuple),
)
sections = st.builds(Sections, *[optional_texts] * 7)


def cell_values(
    report_cls: type[Any], *, blank: bool = True, subtotals: bool = True, leaves_only: bool = False
) -> st.SearchStrategy[dict[str, CellValue]]:
    """Values for the cells of ``report_cls``: all official cells, and subtotal rows at random.

    Args:
        blank: Whether cells may be blank.
        subtotals: Whether subtotal rows may be drawn.
        leaves_only: Draw only cells that no total depends on being set (no totals, no 结转).
    """
    specs = cell_specs(report_cls, subtotals=subtotals)
    if leaves_only:
        specs = tuple(spec for spec in specs if not is_computed(spec.key))

    @st.composite
    def draw_values(draw: st.DrawFn) -> dict[str, CellValue]:
        rows = {spec.key.rpartition(".")[0] for spec in specs if spec.subtotal}
        chosen_rows = {row for row in sorted(rows) if draw(st.booleans())}
        values: dict[str, CellValue] = {}
        for spec in specs:
            if spec.subtotal and spec.key.rpartition(".")[0] not in chosen_rows:
                continue
            strategy = VALUES[spec.kind]
            values[spec.key] = draw(st.none() | strategy if blank else strategy)
        return values

    return draw_values()


def is_computed(key: str) -> bool:
    """Whether the builders compute this cell from others."""
    return (
        key.endswith(".total")
        or key.startswith(("table3.carried_forward.", "table3.results.total."))
        or ".subtotal." in key
    )


@st.composite
def reports(draw: st.DrawFn, report_cls: type[Any] | None = None, **options: Any) -> Any:
    """A report with random metadata, sections and cells (totals need not add up)."""
    cls = report_cls or draw(st.sampled_from(REPORT_CLASSES))
    values = draw(cell_values(cls, **options))
    return from_cells(cls, values, metadata=draw(metadata), sections=draw(sections))
