"""The report as HTML, plain text, Markdown and Word (DOCX), with the official tables.

Every renderer lays the tables out the way the official templates print them, for either
format version: table 三 under its three-level column header (申请人情况; 自然人, 法人或其他组织
over its five columns, 总计) with the 勾稽 note in the corner cell, its row labels merged where
rows share them (三、本年度办理结果 over its rows, （三）–（六） over their items); table 二 as
its blocks, each under its caption; table 四 under its two levels of case groups. Labels and
structure are read from the model; a blank cell stays blank and 0 prints 0.

Example:
    >>> from govinfo_report.examples import load_example
    >>> from govinfo_report.render import render_markdown
    >>> print(render_markdown(load_example()).splitlines()[0])
    # 平房区区域合作局2023年政府信息公开工作年度报告

:func:`render_docx` needs the optional python-docx (``pip install "govinfo-report[docx]"``).
"""

from __future__ import annotations

from govinfo_report.render._docx import render_docx
from govinfo_report.render._html import STYLESHEET, render_html
from govinfo_report.render._layout import CellFinding
from govinfo_report.render._markdown import render_markdown
from govinfo_report.render._text import render_text

__all__ = [
    "STYLESHEET",
    "CellFinding",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_text",
]
