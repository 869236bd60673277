"""``govinfo-report show``: a readable summary of a report."""

from __future__ import annotations

import argparse

from govinfo_report._textwidth import pad
from govinfo_report.cli._common import STDIN, Commands, add_command, read_report
from govinfo_report.model import Cell, Report, cell_specs, get_cell, iter_cells, section_info


def _value(cell: Cell) -> str:
    if cell.value is None:
        return "—"
    unit = cell.spec.unit
    return f"{cell.value} {unit}" if unit and unit not in cell.labels[-1] else str(cell.value)


def _summary(report: Report) -> str:
    """A short readable account of ``report``: who, when, which sections, the key figures.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> print(_summary(load_example()).splitlines()[0])
        平房区区域合作局2023年政府信息公开工作年度报告
    """
    meta = report.metadata
    cells = list(iter_cells(report))
    blank = sum(cell.value is None for cell in cells)
    lines = [meta.title or f"{meta.agency} {meta.year}"]
    facts = [
        ("agency", meta.agency),
        ("year", str(meta.year)),
        ("format", f"{report.format_version.value} ({report.format_version.document})"),
        ("kind", meta.kind.value),
        (
            "period",
            "not stated"
            if meta.period is None
            else f"{meta.period.start.isoformat()} to {meta.period.end.isoformat()}",
        ),
        ("published", "not stated" if meta.published is None else meta.published.isoformat()),
    ]
    if meta.contact is not None:
        parts = [
            getattr(meta.contact, name)
            for name in ("organization", "address", "postcode", "telephone", "email")
        ]
        facts.append(("contact", "; ".join(part for part in parts if part)))
    if meta.aggregates:
        facts.append(("aggregates", "、".join(meta.aggregates)))
    facts.append(("cells", f"{len(cells)}: {len(cells) - blank} filled, {blank} blank"))
    lines += [f"  {pad(name, 11)}{value}" for name, value in facts]
    lines.append("")
    for section in section_info():
        text = getattr(report.sections, section.name)
        state = "absent" if text is None else f"{len(text)} characters"
        if section.table is not None:
            table = [cell for cell in cells if cell.spec.table == section.table]
            filled = sum(cell.value is not None for cell in table)
            state += f"; table: {len(table)} cells, {filled} filled"
        lines.append(f"  {pad(section.label.full, 40)}{state}")
    lines.append("")
    key_figures = [
        "table3.received.total",
        "table3.carried_over.total",
        "table3.results.total.total",
        "table3.carried_forward.total",
        "table4.review.total",
        "table4.litigation_direct.total",
        "table4.litigation_after_review.total",
    ]
    key_figures += [spec.key for spec in cell_specs(report) if spec.table == "processing_fees"]
    for key in key_figures:
        cell = get_cell(report, key)
        lines.append(f"  {pad(cell.label, 52)}{_value(cell)}")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    print(_summary(read_report(args.file)))
    return 0


def register(commands: Commands) -> None:
    """Add the ``show`` command."""
    show = add_command(commands, "show", _run, "Print a readable summary of a report.")
    show.add_argument("file", metavar="FILE", help=f"a report document ({STDIN} reads standard input)")
