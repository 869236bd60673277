"""``govinfo-report schema``: the JSON Schema of report documents."""

from __future__ import annotations

import argparse
import json

from govinfo_report.cli._common import Commands, add_command
from govinfo_report.serialize import json_schema


def _run(args: argparse.Namespace) -> int:
    print(json.dumps(json_schema(), ensure_ascii=False, indent=2))
    return 0


def register(commands: Commands) -> None:
    """Add the ``schema`` command."""
    add_command(commands, "schema", _run, "Print the JSON Schema of report documents.")
