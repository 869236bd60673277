"""What the commands share: the parser, and reading reports from files or standard input."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from govinfo_report import __version__
from govinfo_report.errors import GovInfoReportError, ParseError
from govinfo_report.model import Report
from govinfo_report.parse import ParseResult, parse
from govinfo_report.serialize import loads

__all__ = [
    "PROGRAM",
    "STDIN",
    "Commands",
    "UsageError",
    "add_command",
    "is_json",
    "make_parser",
    "parse_input",
    "print_warnings",
    "read_input",
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


def read_input(path: str) -> bytes:
    """The bytes of the file ``path`` (``-`` for standard input).

    Raises:
        GovInfoReportError: When the file cannot be read; the message names it.
    """
    if path == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(path).read_bytes()
    except OSError as error:
        raise GovInfoReportError(f"cannot read {path}: {error.strerror or error}") from None


def is_json(data: bytes) -> bool:
    """Whether ``data`` is a JSON document (an object), rather than a published report.

    Example:
        >>> is_json(b'  {"schema": "govinfo-report"}'), is_json("二、主动公开".encode())
        (True, False)
    """
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def parse_input(path: str, data: bytes) -> ParseResult:
    """Parse the published report ``data`` read from ``path`` (text, HTML or DOCX).

    Raises:
        GovInfoReportError: When it cannot be parsed; the message names the file.
    """
    try:
        return parse(data)
    except ParseError as error:
        raise ParseError(f"{path}: {error}") from None


def print_warnings(path: str, result: ParseResult) -> None:
    """Print the warnings of a parse on standard error, one line each, naming the file."""
    for warning in result.warnings:
        print(f"{PROGRAM}: {path}: warning: {' '.join(str(warning).split())}", file=sys.stderr)


def read_report(path: str) -> Report:
    """Read the report at ``path`` (``-`` for standard input), JSON or published.

    A JSON document is loaded; anything else is parsed as a published report (text, HTML or
    DOCX, told apart by their content). The warnings of a parse are printed on standard error, one line each.

    Raises:
        GovInfoReportError: When the file cannot be read or is not a report; the message
            names the file.
    """
    data = read_input(path)
    if is_json(data):
        try:
            return loads(data)
        except GovInfoReportError as error:
            raise GovInfoReportError(f"{path}: {error}") from None
    result = parse_input(path, data)
    print_warnings(path, result)
    return result.report


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
