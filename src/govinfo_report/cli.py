"""The ``govinfo-report`` command.

Exit status: 0 when all went well, 1 when the command found problems in a report, 2 for a
usage error or input it cannot read. Errors are one line on standard error.

Example:
    >>> main(["example", "--list"])
    pingfang-2023
    0
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from govinfo_report import __version__
from govinfo_report._textwidth import pad
from govinfo_report.build import blank_report
from govinfo_report.errors import GovInfoReportError
from govinfo_report.examples import DEFAULT_EXAMPLE, example_json, example_names
from govinfo_report.model import (
    Cell,
    FormatVersion,
    Report,
    ReportKind,
    cell_specs,
    get_cell,
    iter_cells,
    section_info,
)
from govinfo_report.serialize import dumps, json_schema, loads

__all__ = ["main"]

PROGRAM = "govinfo-report"
STDIN = "-"


class _UsageError(Exception):
    """The command line is wrong; argparse's message says how."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _read_report(path: str) -> Report:
    if path == STDIN:
        data: str | bytes = sys.stdin.buffer.read()
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise GovInfoReportError(f"cannot read {path}: {error.strerror or error}") from None
    try:
        return loads(data)
    except GovInfoReportError as error:
        raise GovInfoReportError(f"{path}: {error}") from None


def _new(args: argparse.Namespace) -> int:
    version = None if args.format is None else FormatVersion(args.format)
    report = blank_report(
        args.agency, args.year, format_version=version, kind=ReportKind(args.kind), zeros=args.zeros
    )
    print(dumps(report))
    return 0


def _example(args: argparse.Namespace) -> int:
    if args.list:
        print("\n".join(example_names()))
    else:
        print(example_json(args.name), end="")
    return 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


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


def _show(args: argparse.Namespace) -> int:
    print(_summary(_read_report(args.file)))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROGRAM,
        description="Work with 政府信息公开工作年度报告 (government information disclosure annual reports).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Callable[[argparse.Namespace], int], text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text)
        sub.set_defaults(run=run)
        return sub

    new = command("new", _new, "Print a blank report to fill in, as JSON.")
    new.add_argument("--agency", required=True, help="the publishing agency")
    new.add_argument("--year", required=True, type=int, help="the report year")
    new.add_argument(
        "--format",
        choices=[version.value for version in FormatVersion],
        help="the format version (default: the one that applies to the year)",
    )
    new.add_argument(
        "--kind",
        choices=[kind.value for kind in ReportKind],
        default=ReportKind.UNIT.value,
        help="whose report it is (default: %(default)s)",
    )
    new.add_argument("--zeros", action="store_true", help="fill every cell with 0 instead of blank")

    example = command("example", _example, "Print a shipped example report, as JSON.")
    example.add_argument("name", nargs="?", default=DEFAULT_EXAMPLE, help="default: %(default)s")
    example.add_argument("--list", action="store_true", help="list the example names instead")

    command("schema", _schema, "Print the JSON Schema of report documents.")

    show = command("show", _show, "Print a readable summary of a report.")
    show.add_argument("file", metavar="FILE", help=f"a report document ({STDIN} reads standard input)")
    return parser


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process arguments); return the exit status."""
    try:
        args = _parser().parse_args(argv)
        status: int = args.run(args)
    except _UsageError as error:
        print(f"{PROGRAM}: usage error: {_one_line(str(error))} (see {PROGRAM} --help)", file=sys.stderr)
        return 2
    except GovInfoReportError as error:
        print(f"{PROGRAM}: error: {_one_line(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``govinfo-report schema | head``); that is not an error.
        sys.stderr.close()
        return 0
    return status
