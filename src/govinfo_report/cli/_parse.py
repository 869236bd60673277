"""``govinfo-report parse``: published reports (text, HTML, DOCX) as JSON documents.

Each file gives one JSON document on one line (JSON Lines when there are several), or a file
``NAME.json`` in ``--output-dir`` (``report.html`` gives ``report.html.json``). The warnings
of each file go to standard error, one line each, naming the file; a file that cannot be
parsed is reported and the others are still read. With many files on a terminal, a progress
line is kept on standard error.

Exit status: 0 when every file was read with no warning, 1 when some value could not be read
or placed (see the warnings), 2 when some file could not be parsed at all.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from govinfo_report.cli._common import (
    PROGRAM,
    STDIN,
    Commands,
    add_command,
    is_json,
    parse_input,
    print_warnings,
    read_input,
)
from govinfo_report.errors import GovInfoReportError
from govinfo_report.serialize import dumps, loads

#: Show progress when more than this many files are read on a terminal.
_PROGRESS_FROM = 2


class _Progress:
    """A line on standard error saying how far a long run has got (only on a terminal)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.shown = total >= _PROGRESS_FROM and sys.stderr.isatty()

    def update(self, done: int, path: str) -> None:
        if self.shown:
            sys.stderr.write(f"\r\x1b[K{PROGRAM}: {done}/{self.total} {path}")
            sys.stderr.flush()

    def clear(self) -> None:
        if self.shown:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _write(text: str, path: str, directory: str | None, written: set[Path]) -> None:
    if directory is None:
        print(text)
        return
    target = Path(directory) / ("stdin.json" if path == STDIN else f"{Path(path).name}.json")
    if target in written:
        raise GovInfoReportError(
            f"{target} was written for an earlier file of the same name; not overwritten"
        )
    try:
        target.write_text(text + "\n", encoding="utf-8")
    except OSError as error:
        raise GovInfoReportError(f"cannot write {target}: {error.strerror or error}") from None
    written.add(target)


def _run(args: argparse.Namespace) -> int:
    status = 0
    written: set[Path] = set()
    progress = _Progress(len(args.files))
    for done, path in enumerate(args.files, start=1):
        progress.update(done, path)
        try:
            data = read_input(path)
            if is_json(data):
                report = loads(data)
            else:
                result = parse_input(path, data)
                if result.warnings:
                    progress.clear()
                    print_warnings(path, result)
                    status = max(status, 1)
                report = result.report
            _write(dumps(report), path, args.output_dir, written)
        except GovInfoReportError as error:
            progress.clear()
            print(f"{PROGRAM}: {path}: error: {' '.join(str(error).split())}", file=sys.stderr)
            status = 2
    progress.clear()
    return status


def register(commands: Commands) -> None:
    """Add the ``parse`` command."""
    command = add_command(
        commands,
        "parse",
        _run,
        "Read published reports (text, HTML, DOCX) into JSON documents, placing every value by its labels.",
    )
    command.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help=f"a published report or a JSON document ({STDIN} reads standard input)",
    )
    command.add_argument(
        "--to", choices=["json"], default="json", help="the output format (default: %(default)s)"
    )
    command.add_argument(
        "-o",
        "--output-dir",
        metavar="DIR",
        help="write DIR/NAME.json for each FILE (NAME being its file name) instead of standard output",
    )
