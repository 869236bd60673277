"""Read an HTML page into a document: its paragraphs and its tables' cells, in reading order.

Uses the standard library's :mod:`html.parser`, which never gives up on broken markup: entities
are decoded, tags inside cells dropped (``<br />`` is a line break), scripts and styles
ignored. Each ``<td>``/``<th>`` is a cell, placed in its table's grid with ``colspan`` and
``rowspan``; text outside tables is cut into paragraphs at block elements.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

from govinfo_report.errors import ParseError
from govinfo_report.parse._document import Document
from govinfo_report.parse._pieces import Pieces
from govinfo_report.parse._result import InputKind, TableCell

__all__ = ["html_document"]

_SKIPPED = frozenset({"script", "style", "noscript", "template", "head"})
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "title", "ul",
    }
)  # fmt: skip
#: The widest span a cell may claim (real tables are a dozen columns wide).
_MAX_SPAN = 64


def _span(value: str | None) -> int:
    try:
        number = int(value or "1")
    except ValueError:
        return 1
    return min(max(number, 1), _MAX_SPAN)


@attrs.define
class _Table:
    index: int
    row: int = -1
    row_id: int = 0
    column: int = 0
    cell: TableCell | None = None
    #: Columns taken by cells of earlier rows: column -> the first row no longer taken.
    taken: dict[int, int] = attrs.Factory(dict)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces = Pieces()
        self.text: list[str] = []
        self.tables: list[_Table] = []
        self.skipping = 0

    def _flush(self) -> None:
        text = "".join(self.text)
        self.text = []
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            # Line breaks at either end come from block elements inside the cell.
            self.pieces.cell(text.strip("\n"), table.row_id, table.cell)
        else:
            self.pieces.paragraph(text)

    def _close_cell(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            self._flush()
            table.cell = None

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if tag == "br":
            self.text.append("\n")
        elif tag == "table":
            self._flush()
            self.tables.append(_Table(self.pieces.new_table()))
        elif tag == "tr" and self.tables:
            table = self.tables[-1]
            self._close_cell()
            self._flush()
            table.row += 1
            table.row_id = self.pieces.new_row()
            table.column = 0
        elif tag in ("td", "th") and self.tables:
            self._start_cell(dict(attributes))
        elif tag in _BLOCKS:
            self._block()

    def _start_cell(self, attributes: dict[str, str | None]) -> None:
        table = self.tables[-1]
        self._close_cell()
        self._flush()
        if table.row < 0:
            table.row = 0
            table.row_id = self.pieces.new_row()
        while table.taken.get(table.column, 0) > table.row:
            table.column += 1
        columns, rows = _span(attributes.get("colspan")), _span(attributes.get("rowspan"))
        table.cell = TableCell(table.index, table.row, table.column)
        if rows > 1:
            for column in range(table.column, table.column + columns):
                table.taken[column] = table.row + rows
        table.column += columns

    def _block(self) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            self.text.append("\n")
        else:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif tag in ("td", "th", "tr"):
            self._close_cell()
        elif tag == "table" and self.tables:
            self._close_cell()
            self._flush()
            self.tables.pop()
        elif tag in _BLOCKS:
            self._block()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.text.append(data)

    def finish(self) -> Document:
        self.close()
        while self.tables:
            self._close_cell()
            self.tables.pop()
        self._flush()
        return self.pieces.document(InputKind.HTML)


def html_document(html: str) -> Document:
    """The document of an HTML page.

    Raises:
        ParseError: If the standard library's parser fails on the markup (it rarely does).
    """
    extractor = _Extractor()
    try:
        extractor.feed(html)
        return extractor.finish()
    except (AssertionError, ValueError, IndexError, KeyError) as error:  # the parser's own failures
        line, column = extractor.getpos()
        raise ParseError(f"the HTML cannot be read: {error}", line=line, column=column + 1) from None
