"""``govinfo-report check``: check reports against the rules of the format."""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from govinfo_report.checks import Blanks, CheckResult, Severity, check_aggregate, check_series
from govinfo_report.checks._findings import LANGUAGES
from govinfo_report.cli._common import STDIN, Commands, UsageError, add_command, read_report
from govinfo_report.model import Metadata, Report


def _codes(values: list[str] | None) -> list[str] | None:
    """The rule codes of repeated, comma-separated options."""
    if values is None:
        return None
    return [code for value in values for code in value.split(",") if code.strip()]


def _deadline(text: str | None) -> Callable[[Metadata], date] | None:
    """``MM-DD`` as a deadline in the year after each report's year."""
    if text is None:
        return None
    match = re.fullmatch(r"(\d{1,2})-(\d{1,2})", text)
    try:
        if match is None:
            raise ValueError(text)
        month, day = int(match[1]), int(match[2])
        date(2001, month, day)  # a year without 29 February: the day must exist every year
    except ValueError:
        raise UsageError(f"--deadline: expected MM-DD, a day that exists every year, got {text!r}") from None
    return lambda metadata: date(metadata.year + 1, month, day)


def _results(args: argparse.Namespace, options: dict[str, Any]) -> list[tuple[str, CheckResult]]:
    reports = [(path, read_report(path)) for path in args.files]
    previous = None if args.previous is None else read_report(args.previous)
    if args.part:
        if len(reports) != 1:
            raise UsageError("--part: give exactly one FILE, the aggregate")
        path, report = reports[0]
        parts = [read_report(part) for part in args.part]
        return [(path, check_aggregate(report, parts, previous=previous, **options))]
    series: dict[str, list[tuple[str, Report]]] = {}
    for path, report in reports:
        series.setdefault(report.metadata.agency, []).append((path, report))
    if previous is not None and len(series) > 1:
        raise UsageError("--previous: the FILEs must be one agency's reports")
    results = []
    for members in series.values():
        checked = check_series([report for _, report in members], previous=previous, **options)
        results += [(path, result) for (path, _), result in zip(members, checked, strict=True)]
    order = {path: index for index, path in enumerate(args.files)}
    return sorted(results, key=lambda item: order[item[0]])


def _run(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {
        "select": _codes(args.select),
        "ignore": _codes(args.ignore),
        "min_severity": args.min_severity,
        "blanks": args.blanks,
        "deadline": _deadline(args.deadline),
    }
    results = _results(args, options)
    if args.format == "json":
        findings = [
            {"file": path, "agency": result.agency, "year": result.year, **finding.to_dict(args.lang)}
            for path, result in results
            for finding in result.findings
        ]
        print(json.dumps(findings, ensure_ascii=False, indent=2))
    else:
        several = len(results) > 1
        print(
            "\n\n".join(
                (f"== {path}\n" if several else "") + result.text(args.lang) for path, result in results
            )
        )
    return 0 if all(result.ok for _, result in results) else 1


def register(commands: Commands) -> None:
    """Add the ``check`` command."""
    check = add_command(
        commands,
        "check",
        _run,
        "Check reports against the rules of the format. Exit status 0: no errors; 1: errors found.",
    )
    check.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=f"report documents ({STDIN} reads standard input); one agency's reports of several years"
        " are checked as a series, each against the year before",
    )
    check.add_argument("--previous", metavar="FILE", help="the report of the year before the earliest FILE")
    check.add_argument(
        "--part",
        action="append",
        metavar="FILE",
        help="a report that FILE, an aggregate, sums (repeat for each); checks the aggregate against them",
    )
    check.add_argument("--format", choices=("text", "json"), default="text", help="default: %(default)s")
    check.add_argument("--select", action="append", metavar="CODES", help="run only these rules (T3-01,T4 …)")
    check.add_argument("--ignore", action="append", metavar="CODES", help="do not run these rules")
    check.add_argument(
        "--lang", choices=LANGUAGES, default="zh", help="language of messages (default: %(default)s)"
    )
    check.add_argument(
        "--blanks",
        choices=[policy.value for policy in Blanks],
        default=Blanks.ZERO.value,
        help="blank cells count as 0, or make the rules that need them not assessable (default: %(default)s)",
    )
    check.add_argument(
        "--min-severity",
        choices=[severity.value for severity in Severity],
        default=Severity.INFO.value,
        help="report only findings of this severity or higher (default: %(default)s)",
    )
    check.add_argument(
        "--deadline",
        metavar="MM-DD",
        help="a local publication deadline, in the year after the report year (default: the legal one)",
    )
