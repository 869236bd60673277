"""``govinfo-report render``: a report as HTML, text, Markdown, DOCX or CSV."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from govinfo_report.checks import check
from govinfo_report.cli._common import STDIN, Commands, UsageError, add_command, read_report, write_output
from govinfo_report.model import Report
from govinfo_report.render import render_docx, render_html, render_markdown, render_text
from govinfo_report.serialize import dumps_csv


def _html(report: Report, args: argparse.Namespace) -> str:
    findings = check(report).findings if args.check else None
    return render_html(report, findings=findings)


#: The output formats, and how each is made from a report and the command's options.
FORMATS: dict[str, Callable[[Report, argparse.Namespace], str | bytes]] = {
    "html": _html,
    "text": lambda report, _: render_text(report),
    "markdown": lambda report, _: render_markdown(report),
    "docx": lambda report, _: render_docx(report),
    "csv": lambda report, args: dumps_csv(report, bom=args.bom),
}


def _run(args: argparse.Namespace) -> int:
    if args.check and args.to != "html":
        raise UsageError("--check marks cells in HTML output only; use it with --to html")
    write_output(FORMATS[args.to](read_report(args.file), args), args.output)
    return 0


def register(commands: Commands) -> None:
    """Add the ``render`` command."""
    render = add_command(
        commands,
        "render",
        _run,
        "Write a report as an HTML page, plain text, Markdown, a Word document (DOCX) or CSV "
        "(the long form, one row per cell).",
    )
    render.add_argument("file", metavar="FILE", help=f"a report document ({STDIN} reads standard input)")
    render.add_argument("--to", required=True, choices=list(FORMATS), help="the output format")
    render.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the file to write (default: standard output; DOCX only when it is not a terminal)",
    )
    render.add_argument(
        "--bom", action="store_true", help="CSV: start with a UTF-8 byte order mark (for Excel)"
    )
    render.add_argument(
        "--check",
        action="store_true",
        help="HTML: check the report and mark the cells each finding names, with its message",
    )
