"""Reports for the checker's tests: consistent ones, and quick ways to change one cell."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
from hypothesis import strategies as st

from govinfo_report.build import ReportBuilder, compute_totals
from govinfo_report.checks import CheckResult
from govinfo_report.model import (
    FormatVersion,
    Metadata,
    Report,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    from_cells,
    replace_cells,
    table_rows,
)
from report_strategies import cell_values, counts

APPLICANTS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other")

PROBLEMS = "（一）存在问题\n一是信息公开的内容有待拓展。\n（二）改进情况\n进一步加强管理。"


def good_report(
    version: FormatVersion = FormatVersion.V2021, year: int | None = None, **metadata: Any
) -> Report:
    """A report that breaks no rule: every cell filled, totals right, every section written."""
    year = year or (2023 if version is FormatVersion.V2021 else 2020)
    builder = ReportBuilder.blank("某局", year, format_version=version, zeros=True)
    builder.table3.received.natural_person = 5
    builder.table3.received.commercial = 2
    builder.table3.carried_over.natural_person = 1
    builder.table3.results.disclosed.natural_person = 3
    builder.table3.results.withheld.state_secret.commercial = 1
    builder.table3.results.unable.not_held.natural_person = 1
    builder.table4.review.upheld = 1
    builder.table4.review.pending = 1
    builder.table4.litigation_direct.corrected = 2
    builder["table2.regulations." + ("in_force" if version is FormatVersion.V2021 else "published_total")] = 4
    builder.metadata = attrs.evolve(builder.metadata, published=date(year + 1, 1, 20), **metadata)
    builder.sections = Sections(
        preamble="根据《条例》编制本报告。",
        overview="（一）主动公开情况\n本年主动公开信息。",
        proactive="",
        applications="",
        reviews="",
        problems=PROBLEMS,
        other="无。",
    )
    return builder.build()


def with_cell(obj: Any, key: str, value: Any) -> Any:
    """A copy of ``obj`` with the attribute at the dotted ``key`` replaced (validators run)."""
    head, _, rest = key.partition(".")
    if not rest:
        return attrs.evolve(obj, **{head: value})
    return attrs.evolve(obj, **{head: with_cell(getattr(obj, head), rest, value)})


def codes(result: CheckResult) -> list[str]:
    """The codes of a result's findings, in order."""
    return [finding.code for finding in result.findings]


@st.composite
def consistent_reports(draw: st.DrawFn, report_cls: type[Any]) -> Report:
    """A report whose totals are all right: random leaves, some blank, some group subtotal rows."""
    values = dict(draw(cell_values(report_cls, subtotals=False, leaves_only=True)))
    subtotal_rows = [row for row in table_rows(report_cls, "table3", subtotals=True) if row.subtotal]
    for row in draw(st.lists(st.sampled_from(subtotal_rows), unique=True)):
        for cell in row.cells:
            values[cell.key] = draw(st.none() | counts)
    report = from_cells(report_cls, values, metadata=Metadata("某局", 2023))
    huge = {f"table3.received.{name}": 10**12 for name in APPLICANTS}
    handled = compute_totals(replace_cells(report, huge)).table3.results.total
    received = {
        f"table3.received.{name}": (getattr(handled, name) or 0) + draw(st.integers(0, 50))
        for name in APPLICANTS
    }
    return compute_totals(replace_cells(report, received))


EXPECTED = Path(__file__).parent / "data" / "examples" / "expected"


def published(name: str) -> tuple[Report, dict[str, Any]]:
    """The report whose cells were checked by hand against its published source."""
    data = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))
    cls = ReportV2021 if data["format_version"] == "2021" else ReportV2019
    kinds = {spec.key: spec.kind.value for spec in cell_specs(cls, subtotals=True)}
    values = {
        key: Decimal(str(value)) if kinds[key] == "money" and value is not None else value
        for key, value in data["cells"].items()
    }
    return from_cells(cls, values, metadata=Metadata(data["agency"], data["year"])), data["cells"]
