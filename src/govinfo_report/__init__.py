"""govinfo_report: the Chinese government information disclosure annual report, as data.

A 政府信息公开工作年度报告 in the 2021 format (国办公开办函〔2021〕30号) or the 2019 trial format
(国办公开办函〔2019〕60号) becomes a typed, frozen report object that can be built, totalled,
aggregated, checked against every rule of the format, rendered as a web page, Word document,
text, Markdown or CSV, read back from published reports, and exchanged as versioned JSON.

``import govinfo_report`` gives the everyday names; the submodules give the rest:
:mod:`govinfo_report.model`, :mod:`govinfo_report.build`, :mod:`govinfo_report.checks`,
:mod:`govinfo_report.render`, :mod:`govinfo_report.parse`, :mod:`govinfo_report.serialize`,
:mod:`govinfo_report.zh`, :mod:`govinfo_report.examples` and :mod:`govinfo_report.errors`.

Example:
    >>> import govinfo_report as gr
    >>> builder = gr.ReportBuilder.blank("某局", 2023)
    >>> builder.table3.received.natural_person = 2
    >>> report = builder.build()
    >>> gr.loads(gr.dumps(report)) == report
    True
    >>> report.table3.carried_forward.total
    2
    >>> gr.check(report).ok
    True
    >>> gr.parse_text(gr.render_text(report)).report.table3 == report.table3
    True
"""

from __future__ import annotations

from govinfo_report.build import (
    ReportBuilder,
    aggregate,
    blank_report,
    compute_totals,
    replace_cells,
)
from govinfo_report.checks import CheckResult, Finding, Severity, check
from govinfo_report.errors import GovInfoReportError
from govinfo_report.examples import load_example
from govinfo_report.model import (
    Cell,
    CellSpec,
    Contact,
    FormatVersion,
    Metadata,
    Period,
    ProcessingFees,
    Report,
    ReportKind,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    get_cell,
    iter_cells,
)
from govinfo_report.parse import ParseResult, parse, parse_docx, parse_html, parse_text
from govinfo_report.render import render_docx, render_html, render_markdown, render_text
from govinfo_report.serialize import dumps, from_dict, json_schema, loads, to_dict

__version__ = "0.1.0.dev0"

__all__ = [
    "Cell",
    "CellSpec",
    "CheckResult",
    "Contact",
    "Finding",
    "FormatVersion",
    "GovInfoReportError",
    "Metadata",
    "ParseResult",
    "Period",
    "ProcessingFees",
    "Report",
    "ReportBuilder",
    "ReportKind",
    "ReportV2019",
    "ReportV2021",
    "Sections",
    "Severity",
    "__version__",
    "aggregate",
    "blank_report",
    "cell_specs",
    "check",
    "compute_totals",
    "dumps",
    "from_dict",
    "get_cell",
    "iter_cells",
    "json_schema",
    "load_example",
    "loads",
    "parse",
    "parse_docx",
    "parse_html",
    "parse_text",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_text",
    "replace_cells",
    "to_dict",
]
