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
from govinfo_report.model import CellKind, FormatVersion, Report, ReportV2019, cell_specs, from_cells
from govinfo_report.serialize import dumps


def per_call(function: object, number: int) -> float:
    """The best time of one call, in microseconds, over five rounds of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1e6  # type: ignore[arg-type]


def every_cell_non_zero(version: FormatVersion) -> Report:
    """The example's metadata and text, with every cell non-zero and the totals computed."""
    example = load_example()
    cls = ReportV2019 if version is FormatVersion.V2019 else type(example)
    values = {}
    for index, spec in enumerate(cell_specs(cls), start=1):
        values[spec.key] = Decimal(index) / 4 if spec.kind is CellKind.MONEY else index
    values.update({key: 10**6 + index for index, key in enumerate(values) if key.startswith("table3.received.")})
    metadata = attrs.evolve(example.metadata, year=2020) if cls is ReportV2019 else example.metadata
    report = compute_totals(from_cells(cls, values, metadata=metadata, sections=example.sections))
    assert check(report).ok
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
