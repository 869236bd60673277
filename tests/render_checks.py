"""What the renderer tests share: sample reports, reading HTML tables back, and label checks.

Every output is checked the same way: for each value, read the labels it stands beside (its
block caption, its row labels, left to right) and under (its column headers, top to bottom),
and compare them with the cell's label path in the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from typing import Any

from govinfo_report.build import ReportBuilder
from govinfo_report.model import (
    Cell,
    CellKind,
    Contact,
    Metadata,
    Period,
    Report,
    ReportKind,
    ReportV2019,
    Sections,
    cell_specs,
    from_cells,
    iter_cells,
    table_class,
)

#: Where a value stands: (block caption or None, row labels left to right, column labels top down).
Placement = tuple[str | None, list[str], list[str]]


def expected_labels(report: Report, cell: Cell) -> tuple[str, ...]:
    """The labels a value must stand beside and under, in reading order.

    Its row labels, then its column labels: table 三's are under 申请人情况, and a money
    column whose label does not state its unit shows the unit after the label.
    """
    spec = cell.spec
    column = list(spec.column)
    if spec.unit is not None and spec.unit not in column[-1]:
        column[-1] += f"（{spec.unit}）"
    header = getattr(table_class(report, spec.table), "column_header", None)
    return (*spec.row, *((header,) if header else ()), *column)


def assert_placements(report: Report, placements: dict[str, Placement]) -> None:
    """Every cell of ``report`` stands beside and under its own labels, and nothing else does."""
    cells = list(iter_cells(report))
    assert set(placements) == {cell.key for cell in cells}
    for cell in cells:
        caption, rows, columns = placements[cell.key]
        found = ((caption,) if caption else ()) + tuple(rows) + tuple(columns)
        assert found == expected_labels(report, cell), cell.key
        if cell.spec.table == "table3":
            assert tuple(rows) == cell.spec.row, cell.key
        if cell.spec.table == "table4":
            assert rows == [], f"{cell.key}: table 四 prints its values in one row"


# --- Reading HTML tables with the standard library ------------------------------------------


@dataclass(eq=False)
class HtmlCell:
    tag: str
    attrs: dict[str, str]
    text: str = ""
    row: int = 0
    column: int = 0

    @property
    def role(self) -> str:
        return self.attrs.get("class", "").split(" ")[0]

    @property
    def rowspan(self) -> int:
        return int(self.attrs.get("rowspan", "1"))

    @property
    def colspan(self) -> int:
        return int(self.attrs.get("colspan", "1"))


@dataclass
class HtmlTable:
    attrs: dict[str, str]
    rows: list[list[HtmlCell]] = field(default_factory=list)
    grid: dict[tuple[int, int], HtmlCell] = field(default_factory=dict)

    def resolve(self) -> None:
        """Place each cell on the grid, as a browser does with rowspan and colspan."""
        for r, row in enumerate(self.rows):
            c = 0
            for cell in row:
                while (r, c) in self.grid:
                    c += 1
                cell.row, cell.column = r, c
                for dr in range(cell.rowspan):
                    for dc in range(cell.colspan):
                        assert (r + dr, c + dc) not in self.grid, "cells overlap"
                        self.grid[(r + dr, c + dc)] = cell
                c += cell.colspan

    @property
    def shape(self) -> tuple[int, int]:
        return max(r for r, _ in self.grid) + 1, max(c for _, c in self.grid) + 1

    def placement(self, value: HtmlCell) -> Placement:
        caption, columns, seen_header = None, [], False
        for r in range(value.row - 1, -1, -1):
            above = self.grid[(r, value.column)]
            if above.role == "caption":
                caption = above.text
                break
            if above.role == "col":
                seen_header = True
                if not columns or columns[-1] is not above:
                    columns.append(above)
            elif seen_header:
                break
        rows: list[HtmlCell] = []
        for c in range(value.column):
            beside = self.grid[(value.row, c)]
            if beside.role == "row" and (not rows or rows[-1] is not beside):
                rows.append(beside)
        return caption, [cell.text for cell in rows], [cell.text for cell in reversed(columns)]


#: The elements of a page's text, outside its tables.
TEXT_TAGS = ("title", "h1", "h2", "p")


class TableReader(HTMLParser):
    """Collects the tables of a page, its text elements in order, and every start tag seen."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[HtmlTable] = []
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []
        #: The title, headings and paragraphs in order: (tag, class, text); tables as ("table", class, "").
        self.blocks: list[tuple[str, str, str]] = []
        self._cell: HtmlCell | None = None
        self._in_block = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append((tag, attributes))
        if tag in TEXT_TAGS:
            self.blocks.append((tag, attributes.get("class", ""), ""))
            self._in_block = True
        if tag == "table":
            self.blocks.append((tag, attributes.get("class", ""), ""))
            self.tables.append(HtmlTable(attributes))
        elif tag == "tr":
            self.tables[-1].rows.append([])
        elif tag in ("td", "th"):
            self._cell = HtmlCell(tag, attributes)
            self.tables[-1].rows[-1].append(self._cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._cell = None
        if tag in TEXT_TAGS:
            self._in_block = False
        if tag == "table":
            self.tables[-1].resolve()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._cell is not None:
            self._cell.text += data
        elif self._in_block:
            tag, css_class, text = self.blocks[-1]
            self.blocks[-1] = (tag, css_class, text + data)


def read_html(page: str) -> TableReader:
    reader = TableReader()
    reader.feed(page)
    reader.close()
    return reader


def html_placements(reader: TableReader) -> tuple[dict[str, Placement], dict[str, HtmlCell]]:
    """Each value's placement and cell, by its ``data-key``."""
    placements, cells = {}, {}
    for table in reader.tables:
        for row in table.rows:
            for cell in row:
                if cell.role == "value":
                    key = cell.attrs["data-key"]
                    assert key not in cells, f"{key} printed twice"
                    placements[key] = table.placement(cell)
                    cells[key] = cell
    return placements, cells


# --- Sample reports -------------------------------------------------------------------------


def numbered(report_cls: type[Any], subtotals: tuple[str, ...] = ()) -> Any:
    """A report whose every cell holds its own value (1001, 1002, …), so a value tells its cell.

    ``subtotals`` names the groups (``table3.results.withheld``) that hold a subtotal row.
    """
    specs = [
        spec
        for spec in cell_specs(report_cls, subtotals=True)
        if not spec.subtotal or spec.key.rsplit(".", 2)[0] in subtotals
    ]
    values: dict[str, Any] = {}
    for index, spec in enumerate(specs, start=1001):
        values[spec.key] = Decimal(index) if spec.kind is CellKind.MONEY else index
    return from_cells(report_cls, values, metadata=Metadata("某市某局", 2023))


def sample_2019() -> ReportV2019:
    """A 2019-format report with counts, blanks, a negative change, money and a subtotal row."""
    builder = ReportBuilder.blank("上海市某区某局", 2019)
    builder.table2.regulations.made = 3
    builder.table2.regulations.published = 3
    builder.table2.regulations.published_total = 41
    builder.table2.licensing.items_last_year = 12
    builder.table2.licensing.items_change = -2
    builder.table2.licensing.decisions = 1520
    builder.table2.procurement.projects = 6
    builder.table2.procurement.amount = Decimal("251000.50")
    builder.table3.received.natural_person = 35
    builder.table3.received.commercial = 4
    builder.table3.carried_over.natural_person = 2
    builder.table3.results.disclosed.natural_person = 20
    builder.table3.results.partially_disclosed.commercial = 1
    builder.table3.results.withheld.state_secret.natural_person = 1
    builder.table3.results.unable.not_held.natural_person = 9
    builder.table3.results.not_processed.duplicate.commercial = 3
    builder.table3.results.other_handling.natural_person = 0
    builder.table4.review.upheld = 2
    builder.table4.litigation_direct.pending = 1
    report = builder.build()
    report = from_cells(
        ReportV2019,
        {
            **{cell.key: cell.value for cell in iter_cells(report)},
            "table3.results.withheld.subtotal.natural_person": 1,
            "table3.results.withheld.subtotal.total": 1,
        },
        metadata=Metadata(
            "上海市某区某局",
            2019,
            kind=ReportKind.UNIT,
            title="上海市某区某局2019年政府信息公开工作年度报告",
            period=Period.calendar_year(2019),
            published=date(2020, 1, 31),
            contact=Contact(telephone="021-12345678"),
        ),
        sections=Sections(
            preamble="本报告依据《条例》编制。",
            overview="（一）主动公开情况\n全年主动公开政府信息1520条。",
            proactive="",
            applications="",
            reviews="",
            problems="（一）存在问题\n信息更新不及时。\n（二）改进情况\n加强审核。",
            other="无。",
        ),
    )
    assert isinstance(report, ReportV2019)
    return report
