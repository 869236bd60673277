"""``govinfo-report example``: a shipped example report."""

from __future__ import annotations

import argparse

from govinfo_report.cli._common import Commands, add_command
from govinfo_report.examples import DEFAULT_EXAMPLE, example_json, example_names


def _run(args: argparse.Namespace) -> int:
    if args.list:
        print("\n".join(example_names()))
    else:
        print(example_json(args.name), end="")
    return 0


def register(commands: Commands) -> None:
    """Add the ``example`` command."""
    example = add_command(commands, "example", _run, "Print a shipped example report, as JSON.")
    example.add_argument("name", nargs="?", default=DEFAULT_EXAMPLE, help="default: %(default)s")
    example.add_argument("--list", action="store_true", help="list the example names instead")
