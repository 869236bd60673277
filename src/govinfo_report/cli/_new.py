"""``govinfo-report new``: a blank report to fill in."""

from __future__ import annotations

import argparse

from govinfo_report.build import blank_report
from govinfo_report.cli._common import Commands, add_command
from govinfo_report.model import FormatVersion, ReportKind
from govinfo_report.serialize import dumps


def _run(args: argparse.Namespace) -> int:
    version = None if args.format is None else FormatVersion(args.format)
    report = blank_report(
        args.agency, args.year, format_version=version, kind=ReportKind(args.kind), zeros=args.zeros
    )
    print(dumps(report, indent=2))
    return 0


def register(commands: Commands) -> None:
    """Add the ``new`` command."""
    new = add_command(commands, "new", _run, "Print a blank report to fill in, as JSON.")
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
