"""The layout every renderer shares: the document's parts, and each table as the official grid.

Everything here is read from the model: the printed rows (:func:`~govinfo_report.model.table_rows`),
the cells' row and column labels, the table-wide labels on the table classes and the section
titles (:func:`~govinfo_report.model.section_info`). The renderers only draw what this module
lays out, so the layout is worked out once.

A table is first a sequence of blocks (:class:`Block`), each a run of rows printed under one
column header. The kind of table follows from what its class declares:

* a ``row_header`` (table 二): one block per block caption (第二十条第（一）项 …), the
  ``row_header`` (信息内容) in the corner above the row labels;
* a ``column_header`` (table 三): one block, its columns under the ``column_header``
  (申请人情况), the ``note`` (the 勾稽 note) in the corner;
* neither (table 四, the 信息处理费 figures): one row of cells, each row of the model becoming
  a group of columns, as the template prints table 四.

:func:`table_grid` then places the blocks on a grid with the merged cells of the template: a
label shared by neighbouring rows (columns) is one cell spanning them, and the last label of a
short label path stretches over the remaining label levels. In a table whose blocks have fewer
columns than others (table 二), a block's last column spans the rest.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Protocol

import attrs

from govinfo_report.build import default_title
from govinfo_report.model import Cell, CellValue, Report, iter_cells, section_info, table_class, table_rows
from govinfo_report.zh import format_date

__all__ = [
    "Block",
    "CellFinding",
    "DocumentLayout",
    "Grid",
    "GridCell",
    "Line",
    "Role",
    "SectionLayout",
    "TableLayout",
    "document_layout",
    "finding_messages",
    "format_value",
    "table_grid",
    "table_layouts",
]


class CellFinding(Protocol):
    """What the renderers need of a checker's finding: the cells it names, and its message.

    Any object with these two attributes will do (the checker's findings have them), so the
    renderers do not depend on the checker.

    Example:
        >>> import attrs
        >>> @attrs.frozen
        ... class Note:
        ...     cells: tuple[str, ...]
        ...     message: str
        >>> note: CellFinding = Note(("table4.review.total",), "总计 is not the sum")
        >>> list(note.cells)
        ['table4.review.total']
    """

    @property
    def cells(self) -> Iterable[str]:
        """The key paths of the cells the finding concerns."""

    @property
    def message(self) -> str:
        """What the finding says."""


def format_value(value: CellValue) -> str:
    """A cell's value as printed: blank stays blank, 0 prints 0, money exactly as held.

    Example:
        >>> format_value(None), format_value(0), format_value(-3), format_value(Decimal("96171.60"))
        ('', '0', '-3', '96171.60')
    """
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


@attrs.frozen
class Line:
    """One printed row of a block: its row labels (outermost first) and its cells."""

    labels: tuple[str, ...]
    cells: tuple[Cell, ...]


@attrs.frozen
class Block:
    """Rows printed under one column header.

    Attributes:
        caption: A caption printed in a row of its own above the header (table 二's
            第二十条第（一）项), or ``None``.
        corner: The text of the corner cell above the row labels (``""`` for none).
        columns: The label path of each column, outermost first.
        lines: The rows.
    """

    caption: str | None
    corner: str
    columns: tuple[tuple[str, ...], ...]
    lines: tuple[Line, ...]


@attrs.frozen
class TableLayout:
    """A table of the report (``name`` is its attribute, e.g. ``table3``) as blocks of rows."""

    name: str
    blocks: tuple[Block, ...]


class Role(enum.Enum):
    """What a cell of a :class:`Grid` shows."""

    #: A block caption spanning the whole width (table 二).
    CAPTION = "caption"
    #: The corner above the row labels (信息内容, or table 三's 勾稽 note).
    CORNER = "corner"
    #: A column header.
    COLUMN = "column"
    #: A row label.
    ROW = "row"
    #: A value of the report.
    VALUE = "value"


@attrs.frozen
class GridCell:
    """A cell of the grid: what it shows, where its top-left corner is, and what it spans."""

    role: Role
    text: str
    row: int
    column: int
    rowspan: int = 1
    colspan: int = 1
    #: The report's cell, for a :attr:`Role.VALUE` cell.
    cell: Cell | None = None


@attrs.frozen
class Grid:
    """A table laid out on a grid of ``rows`` × ``columns`` with merged cells.

    Attributes:
        name: The table's attribute in the report (``table3``).
        rows: The number of grid rows.
        columns: The number of grid columns.
        label_columns: How many of the leading columns hold row labels.
        header_rows: How many leading rows form the table's header (repeated on each page);
            0 when the table has headers between its rows (table 二).
        cells: The cells in reading order (by row, then column).
    """

    name: str
    rows: int
    columns: int
    label_columns: int
    header_rows: int
    cells: tuple[GridCell, ...]

    def row_cells(self, row: int) -> list[GridCell]:
        """The cells whose top-left corner is in grid row ``row``, left to right."""
        return [cell for cell in self.cells if cell.row == row]


@attrs.frozen
class SectionLayout:
    """One of the six sections: its heading, its paragraphs and the tables printed in it."""

    name: str
    heading: str
    paragraphs: tuple[str, ...]
    tables: tuple[TableLayout, ...]


@attrs.frozen
class DocumentLayout:
    """The parts of a rendered report, in order.

    Attributes:
        title: The report's title (the usual one when the report states none).
        preamble: The paragraphs before section 一.
        sections: The sections the report has, in order.
        signature: The closing lines (the agency and the publication date, as
            :func:`govinfo_report.zh.format_date` writes it), when the report gives a
            publication date.
    """

    title: str
    preamble: tuple[str, ...]
    sections: tuple[SectionLayout, ...]
    signature: tuple[str, ...]


def _leaf_column(cell: Cell) -> tuple[str, ...]:
    """A cell's column labels, with the unit added where the label does not state it."""
    column = cell.spec.column
    unit = cell.spec.unit
    if unit is None or unit in column[-1]:
        return column
    return (*column[:-1], f"{column[-1]}（{unit}）")


def _blocks(report: Report, name: str, lines: Sequence[Line]) -> tuple[Block, ...]:
    cls = table_class(report, name)
    row_header = getattr(cls, "row_header", None)
    column_header = getattr(cls, "column_header", None)
    if row_header is not None:
        blocks: list[Block] = []
        for line in lines:
            caption, columns = line.labels[0], tuple(_leaf_column(cell) for cell in line.cells)
            shortened = attrs.evolve(line, labels=line.labels[1:])
            if blocks and (blocks[-1].caption, blocks[-1].columns) == (caption, columns):
                blocks[-1] = attrs.evolve(blocks[-1], lines=(*blocks[-1].lines, shortened))
            else:
                blocks.append(Block(caption, row_header, columns, (shortened,)))
        return tuple(blocks)
    if column_header is not None:
        columns = tuple((column_header, *_leaf_column(cell)) for cell in lines[0].cells)
        return (Block(None, getattr(cls, "note", ""), columns, tuple(lines)),)
    columns = tuple((*line.labels, *_leaf_column(cell)) for line in lines for cell in line.cells)
    cells = tuple(cell for line in lines for cell in line.cells)
    return (Block(None, "", columns, (Line((), cells),)),)


def table_layouts(report: Report) -> tuple[TableLayout, ...]:
    """The report's tables as blocks of rows, in the order of the report.

    A group's subtotal row is included where the report holds one.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> [(t.name, len(t.blocks)) for t in table_layouts(load_example())]
        [('table2', 4), ('table3', 1), ('table4', 1), ('processing_fees', 1)]
    """
    held = {cell.key: cell for cell in iter_cells(report)}
    grouped: dict[str, list[Line]] = {}
    for row in table_rows(report, subtotals=True):
        if row.cells[0].key in held:
            cells = tuple(held[spec.key] for spec in row.cells)
            grouped.setdefault(row.table, []).append(Line(row.labels, cells))
    return tuple(TableLayout(name, _blocks(report, name, lines)) for name, lines in grouped.items())


@attrs.define
class _Span:
    level: int
    start: int
    count: int
    extent: int
    text: str
    prefix: tuple[str, ...]
    last: bool


def _spans(paths: Sequence[tuple[str, ...]], depth: int) -> list[_Span]:
    """Lay out label paths side by side (columns) or one below the other (rows).

    Each label of each path becomes a span at its level. A label that is not the last of its
    path merges with the same label of the previous path (same prefix); the last label of a
    path extends over the levels left, down to ``depth``.
    """
    spans: list[_Span] = []
    open_spans: dict[int, _Span] = {}
    for index, path in enumerate(paths):
        for level, text in enumerate(path):
            last = level == len(path) - 1
            prefix = path[: level + 1]
            current = open_spans.get(level)
            if (
                not last
                and current is not None
                and not current.last
                and current.prefix == prefix
                and current.start + current.count == index
            ):
                current.count += 1
                continue
            span = _Span(level, index, 1, depth - level if last else 1, text, prefix, last)
            spans.append(span)
            open_spans[level] = span
    return spans


def table_grid(table: TableLayout) -> Grid:
    """Place a table's blocks on a grid with the merged cells of the official template.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> table3 = table_grid(table_layouts(load_example())[1])
        >>> table3.rows, table3.columns, table3.label_columns, table3.header_rows
        (28, 10, 3, 3)
        >>> [(c.text, c.rowspan, c.colspan) for c in table3.row_cells(1)]
        [('自然人', 2, 1), ('法人或其他组织', 1, 5), ('总计', 2, 1)]
    """
    width = max(len(block.columns) for block in table.blocks)
    label_columns = max(len(line.labels) for block in table.blocks for line in block.lines)
    cells: list[GridCell] = []
    row = 0

    def stretch(index: int, count: int, columns: int) -> int:
        """The colspan of ``count`` block columns from ``index``; the last one takes the rest."""
        return count + (width - columns if index + count == columns else 0)

    for block in table.blocks:
        if block.caption is not None:
            cells.append(GridCell(Role.CAPTION, block.caption, row, 0, 1, label_columns + width))
            row += 1
        depth = max(len(path) for path in block.columns)
        if label_columns:
            cells.append(GridCell(Role.CORNER, block.corner, row, 0, depth, label_columns))
        count = len(block.columns)
        for span in _spans(block.columns, depth):
            colspan = stretch(span.start, span.count, count)
            cells.append(
                GridCell(
                    Role.COLUMN, span.text, row + span.level, label_columns + span.start, span.extent, colspan
                )
            )
        row += depth
        for span in _spans([line.labels for line in block.lines], label_columns):
            cells.append(GridCell(Role.ROW, span.text, row + span.start, span.level, span.count, span.extent))
        for line in block.lines:
            for index, cell in enumerate(line.cells):
                colspan = stretch(index, 1, len(line.cells))
                text = format_value(cell.value)
                cells.append(GridCell(Role.VALUE, text, row, label_columns + index, 1, colspan, cell))
            row += 1
    single = len(table.blocks) == 1 and table.blocks[0].caption is None
    header_rows = max(len(path) for path in table.blocks[0].columns) if single else 0
    ordered = tuple(sorted(cells, key=lambda cell: (cell.row, cell.column)))
    return Grid(table.name, row, label_columns + width, label_columns, header_rows, ordered)


def _paragraphs(text: str | None) -> tuple[str, ...]:
    return () if not text else tuple(text.split("\n"))


def document_layout(report: Report) -> DocumentLayout:
    """The parts of ``report`` in the order they are printed.

    A section is printed when the report has it (its text is not ``None``) or when a table
    belongs to it. Tables that no section names (the 2021 信息处理费 figures, which the format
    reports in section 六) are printed at the end of the last section.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> layout = document_layout(load_example())
        >>> [(s.heading, [t.name for t in s.tables]) for s in layout.sections][-2:]
        [('五、存在的主要问题及改进情况', []), ('六、其他需要报告的事项', ['processing_fees'])]
    """
    tables: Mapping[str, TableLayout] = {table.name: table for table in table_layouts(report)}
    infos = section_info()
    placed = {info.table for info in infos}
    leftover = tuple(table for name, table in tables.items() if name not in placed)
    sections = []
    for index, info in enumerate(infos):
        text = getattr(report.sections, info.name)
        own: tuple[TableLayout, ...] = ()
        if info.table is not None and info.table in tables:
            own = (tables[info.table],)
        if index == len(infos) - 1:
            own += leftover
        if text is not None or own:
            sections.append(SectionLayout(info.name, info.label.full, _paragraphs(text), own))
    meta = report.metadata
    signature = () if meta.published is None else (meta.agency, format_date(meta.published))
    return DocumentLayout(
        title=meta.title if meta.title is not None else default_title(meta.agency, meta.year),
        preamble=_paragraphs(report.sections.preamble),
        sections=tuple(sections),
        signature=signature,
    )


def finding_messages(findings: Iterable[CellFinding] | None) -> dict[str, list[str]]:
    """The messages of ``findings`` by the key path of each cell they name."""
    messages: dict[str, list[str]] = {}
    for finding in findings or ():
        for key in finding.cells:
            messages.setdefault(key, []).append(finding.message)
    return messages
