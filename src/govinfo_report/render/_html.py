"""The report as an HTML page with the official tables, merged cells and all."""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

from govinfo_report.model import Report
from govinfo_report.render._layout import (
    CellFinding,
    DocumentLayout,
    Grid,
    GridCell,
    Role,
    document_layout,
    finding_messages,
    table_grid,
)

__all__ = ["STYLESHEET", "render_html"]

#: The stylesheet of the full page: A4, the fonts of official documents with common fallbacks,
#: ruled tables whose header repeats on each printed page, and marked cells.
STYLESHEET = """\
@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }
.govinfo-report {
  max-width: 52em; margin: 0 auto; padding: 1em; color: #000; line-height: 1.75;
  font-family: "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", serif;
}
.govinfo-report h1 {
  text-align: center; font-weight: normal; font-size: 1.6em; line-height: 1.4;
  font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "宋体", "SimSun", serif;
}
.govinfo-report h2 {
  font-size: 1.15em; font-weight: normal;
  font-family: "黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif;
}
.govinfo-report p { margin: 0.3em 0; text-indent: 2em; }
.govinfo-report table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.85em; }
.govinfo-report th, .govinfo-report td {
  border: 1px solid #000; padding: 0.25em 0.4em; font-weight: normal; vertical-align: middle;
}
.govinfo-report th.caption { text-align: left; }
.govinfo-report th.col, .govinfo-report td.corner { text-align: center; }
.govinfo-report th.row { text-align: left; }
.govinfo-report th[scope="rowgroup"] { white-space: nowrap; }
.govinfo-report td.value { text-align: center; min-width: 2.5em; font-variant-numeric: tabular-nums; }
.govinfo-report tr.subtotal th, .govinfo-report tr.subtotal td { font-style: italic; }
.govinfo-report td.finding {
  background: #fde2e1; outline: 2px solid #c0392b; outline-offset: -2px;
  print-color-adjust: exact; -webkit-print-color-adjust: exact;
}
.govinfo-report aside.findings { border: 1px solid #c0392b; padding: 0 1em; margin: 1em 0; }
.govinfo-report aside.findings p { text-indent: 0; }
.govinfo-report .signature { text-align: right; text-indent: 0; }
.govinfo-report thead { display: table-header-group; }
.govinfo-report tr { break-inside: avoid; }
"""


def _escape(text: str) -> str:
    return html.escape(text, quote=True)


def _attributes(values: Mapping[str, str | int | None]) -> str:
    """HTML attributes, escaped; ``None`` values and spans of 1 are left out."""
    return "".join(
        f' {name}="{_escape(str(value))}"'
        for name, value in values.items()
        if value is not None and not (value == 1 and name in ("rowspan", "colspan"))
    )


_SCOPES = {Role.CAPTION: "colgroup", Role.COLUMN: "col", Role.ROW: "row"}
_CLASSES = {Role.CAPTION: "caption", Role.COLUMN: "col", Role.ROW: "row", Role.CORNER: "corner"}


def _cell(cell: GridCell, messages: Mapping[str, list[str]]) -> str:
    spans: dict[str, str | int | None] = {"rowspan": cell.rowspan, "colspan": cell.colspan}
    text = _escape(cell.text)
    if cell.role is Role.VALUE:
        assert cell.cell is not None
        notes = messages.get(cell.cell.key)
        attributes: dict[str, str | int | None] = {
            "class": "value finding" if notes else "value",
            "data-key": cell.cell.key,
            "title": "\n".join(notes) if notes else None,
        }
        return f"<td{_attributes(attributes | spans)}>{text}</td>"
    if cell.role is Role.CORNER:
        return f"<td{_attributes({'class': 'corner', **spans})}>{text}</td>"
    scope = _SCOPES[cell.role]
    if cell.role is Role.COLUMN and cell.colspan > 1:
        scope = "colgroup"
    elif cell.role is Role.ROW and cell.rowspan > 1:
        scope = "rowgroup"
    return f"<th{_attributes({'class': _CLASSES[cell.role], 'scope': scope, **spans})}>{text}</th>"


def _table(grid: Grid, messages: Mapping[str, list[str]]) -> list[str]:
    lines = [f'<table class="{_escape(grid.name)}">']
    for row in range(grid.rows):
        if row == 0 and grid.header_rows:
            lines.append("<thead>")
        if row == grid.header_rows:
            lines.append("<tbody>")
        cells = grid.row_cells(row)
        subtotal = any(cell.cell is not None and cell.cell.spec.subtotal for cell in cells)
        opening = '<tr class="subtotal">' if subtotal else "<tr>"
        lines.append(opening + "".join(_cell(cell, messages) for cell in cells) + "</tr>")
        if row == grid.header_rows - 1:
            lines.append("</thead>")
    lines += ["</tbody>", "</table>"]
    return lines


def _paragraphs(paragraphs: Iterable[str], css_class: str | None = None) -> list[str]:
    opening = "<p>" if css_class is None else f'<p class="{css_class}">'
    return [f"{opening}{_escape(text)}</p>" for text in paragraphs]


def _article(report: Report, layout: DocumentLayout, findings: list[CellFinding] | None) -> list[str]:
    meta = report.metadata
    data = _attributes(
        {
            "class": "govinfo-report",
            "data-agency": meta.agency,
            "data-year": meta.year,
            "data-format-version": report.format_version.value,
        }
    )
    lines = [f"<article{data}>", f"<h1>{_escape(layout.title)}</h1>"]
    if findings:
        lines.append('<aside class="findings">')
        lines += _paragraphs(finding.message for finding in findings)
        lines.append("</aside>")
    lines += _paragraphs(layout.preamble)
    messages = finding_messages(findings)
    for section in layout.sections:
        lines.append(f'<section class="{_escape(section.name)}">')
        lines.append(f"<h2>{_escape(section.heading)}</h2>")
        lines += _paragraphs(section.paragraphs)
        for table in section.tables:
            lines += _table(table_grid(table), messages)
        lines.append("</section>")
    lines += _paragraphs(layout.signature, "signature")
    lines.append("</article>")
    return lines


def render_html(
    report: Report, *, full_page: bool = True, findings: Iterable[CellFinding] | None = None
) -> str:
    """The report as HTML: its title, sections and the official tables with merged cells.

    Tables are laid out as the official templates print them, for either format version:
    table 三 under its three-level column header with the 勾稽 note in the corner cell, its
    row labels merged where rows share them; table 四 under its two levels of case groups.
    A blank cell stays blank; 0 prints 0. Every text is escaped. Each value cell carries its
    key path in ``data-key``.

    Args:
        report: The report.
        full_page: A complete page with its stylesheet (:data:`STYLESHEET`); otherwise only the
            ``<article>`` element, to embed in a page of your own.
        findings: Checker findings (anything with ``cells`` and ``message``). The value cells
            they name get the class ``finding`` and a ``title`` with the messages, and the
            messages are listed below the title.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> page = render_html(load_example())
        >>> page.startswith("<!DOCTYPE html>")
        True
        >>> '<td class="value" data-key="table4.review.total">0</td>' in page
        True
    """
    layout = document_layout(report)
    article = "\n".join(_article(report, layout, None if findings is None else list(findings))) + "\n"
    if not full_page:
        return article
    title = _escape(layout.title)
    head = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>\n{STYLESHEET}</style>",
        "</head>",
        "<body>",
    ]
    return "\n".join(head) + "\n" + article + "</body>\n</html>\n"
