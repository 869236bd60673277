"""Time ``check`` beside ``json.loads`` of the same report's JSON text.

Run: ``python benchmarks/bench_check.py``. Two reports: the shipped example (every cell 0) and
the example with every cell non-zero and every total right (both format versions).
"""

from __future__ import annotations

import json
import timeit
from decimal import Decimal

import attrs

from govinfo_report.build import compute_totals
from govinfo_report.checks import check
from govinfo_report.examples import load_example
from govinfo_report.model import CellKind, FormatVersion, Period, Report, ReportV2019, cell_specs, from_cells
from govinfo_report.serialize import dumps


def per_call(function: object, number: int) -> float:
    """The best time of one call, in microseconds, over five rounds of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1e6  # type: ignore[arg-type]


def every_cell_non_zero(version: FormatVersion) -> Report:
    """The example's metadata and text, with every cell non-zero, the totals computed, and the
    numbers its text states changed to the new figures (so that the report has no finding)."""
    example = load_example()
    cls = ReportV2019 if version is FormatVersion.V2019 else type(example)
    values = {}
    for index, spec in enumerate(cell_specs(cls), start=1):
        values[spec.key] = Decimal(index) / 4 if spec.kind is CellKind.MONEY else index
    values.update(
        {key: 10**6 + index for index, key in enumerate(values) if key.startswith("table3.received.")}
    )
    if "processing_fees.fee_notices" in values:  # enough notices and amount for what they count
        values.update(
            {"processing_fees.fee_notices": 10**4, "processing_fees.fee_notice_amount": Decimal(10**6)}
        )
    metadata = example.metadata
    if cls is ReportV2019:
        metadata = attrs.evolve(metadata, year=2020, period=Period.calendar_year(2020))
    report = compute_totals(from_cells(cls, values, metadata=metadata))
    table4 = report.table4
    figures = {
        "共收到依申请公开0件": f"共收到依申请公开{report.table3.received.total}件",
        "行政复议0件": f"行政复议{table4.review.total}件",
        "行政诉讼0件": f"行政诉讼{table4.litigation_direct.total + table4.litigation_after_review.total}件",
        "发出收费通知0件": f"发出收费通知{values.get('processing_fees.fee_notices', 0)}件",
        "实际收取金额0元": f"实际收取金额{values.get('processing_fees.fee_collected', 0)}元",
    }
    sections = example.sections
    texts = {"overview": sections.overview or "", "other": sections.other or ""}
    for name, text in texts.items():
        for old, new in figures.items():
            text = text.replace(old, new)
        texts[name] = text
    report = attrs.evolve(report, sections=attrs.evolve(sections, **texts))
    findings = check(report).findings
    assert findings == (), findings
    return report


def main() -> None:
    reports = [
        ("shipped example (every cell 0)", load_example()),
        ("every cell non-zero, 2021 format", every_cell_non_zero(FormatVersion.V2021)),
        ("every cell non-zero, 2019 format", every_cell_non_zero(FormatVersion.V2019)),
    ]
    print(f"{'report':34} {'json.loads':>12} {'check':>12} {'ratio':>7}")
    for name, report in reports:
        text = dumps(report)
        loads_time = per_call(lambda text=text: json.loads(text), 2000)
        check_time = per_call(lambda report=report: check(report), 2000)
        print(f"{name:34} {loads_time:9.1f} µs {check_time:9.1f} µs {check_time / loads_time:6.2f}×")


if __name__ == "__main__":
    main()
