"""``govinfo-report export``: many reports as one CSV data set."""

from __future__ import annotations

import argparse

from govinfo_report.cli._common import STDIN, Commands, add_command, read_report, write_output
from govinfo_report.serialize import dumps_csv, dumps_csv_wide

#: The data set layouts.
LAYOUTS = {"csv-wide": dumps_csv_wide, "csv": dumps_csv}


def _run(args: argparse.Namespace) -> int:
    reports = [read_report(path) for path in args.files]
    write_output(LAYOUTS[args.to](reports, bom=args.bom), args.output)
    return 0


def register(commands: Commands) -> None:
    """Add the ``export`` command."""
    export = add_command(
        commands,
        "export",
        _run,
        "Write many reports as one CSV: csv-wide has one row per report and one column per cell; "
        "csv is the long form, one row per cell.",
    )
    export.add_argument(
        "files", nargs="+", metavar="FILE", help=f"report documents ({STDIN} reads standard input)"
    )
    export.add_argument("--to", required=True, choices=list(LAYOUTS), help="the layout")
    export.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: standard output)")
    export.add_argument("--bom", action="store_true", help="start with a UTF-8 byte order mark (for Excel)")
