"""What the commands share: the parser, and reading reports from files or standard input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from govinfo_report import __version__
from govinfo_report.errors import GovInfoReportError
from govinfo_report.model import Report
from govinfo_report.serialize import loads

__all__ = [
    "PROGRAM",
    "STDIN",
    "Commands",
    "UsageError",
    "add_command",
    "make_parser",
    "read_report",
    "write_output",
]

PROGRAM = "govinfo-report"
#: The file name that means standard input.
STDIN = "-"

Commands = Any  # argparse's sub-parser action has no public type


class UsageError(Exception):
    """The command line is wrong; argparse's message says how."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def make_parser() -> tuple[argparse.ArgumentParser, Commands]:
    """The top-level parser and the sub-parser action commands register with."""
    parser = _Parser(
        prog=PROGRAM,
        description="Work with 政府信息公开工作年度报告 (government information disclosure annual reports).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    return parser, commands


def add_command(
    commands: Commands, name: str, run: Callable[[argparse.Namespace], int], text: str
) -> argparse.ArgumentParser:
    """Add the sub-command ``name`` that ``run`` carries out; ``text`` is its help."""
    sub: argparse.ArgumentParser = commands.add_parser(name, help=text, description=text)
    sub.set_defaults(run=run)
    return sub


def read_report(path: str) -> Report:
    """Read the report document at ``path`` (``-`` for standard input).

    Raises:
        GovInfoReportError: When the file cannot be read or is not a report; the message
            names the file.
    """
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


def write_output(data: str | bytes, path: str | None) -> None:
    """Write ``data`` to the file ``path``, or to standard output when ``path`` is ``None``.

    Text is written as UTF-8, line endings unchanged. Binary data goes to standard output only
    when it is not a terminal.

    Raises:
        UsageError: For binary data when standard output is a terminal.
        GovInfoReportError: When the file cannot be written.
    """
    if path is None:
        if isinstance(data, str):
            sys.stdout.write(data)
        elif sys.stdout.isatty():
            raise UsageError("the output is binary: give -o FILE, or redirect standard output to a file")
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        return
    try:
        if isinstance(data, str):
            with open(path, "w", encoding="utf-8", newline="") as file:
                file.write(data)
        else:
            Path(path).write_bytes(data)
    except OSError as error:
        raise GovInfoReportError(f"cannot write {path}: {error.strerror or error}") from None
