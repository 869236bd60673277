"""DOCX: opened with python-docx, each value sits in the right cell; page, fonts, missing extra."""

from __future__ import annotations

import io
import sys
import zipfile
from typing import Any

import pytest

from govinfo_report.errors import GovInfoReportError, MissingDependencyError
from govinfo_report.examples import load_example
from govinfo_report.model import ReportV2019, ReportV2021, iter_cells, section_info
from govinfo_report.render import render_docx
from govinfo_report.render._layout import format_value
from render_checks import Placement, assert_placements, numbered, sample_2019

docx = pytest.importorskip("docx")


def open_docx(data: bytes) -> Any:
    return docx.Document(io.BytesIO(data))


def docx_placements(document: Any, values: dict[str, str]) -> dict[str, Placement]:
    """Where each value stands, read from the Word tables; ``values`` maps printed text to key.

    A row whose cells are all one merged cell is a block caption; going up from a value, the
    cells that are not values are its column headers, up to a caption or the top.
    """
    found: dict[str, Placement] = {}
    for table in document.tables:
        grid = [row.cells for row in table.rows]  # merged cells repeat in every grid position
        for r, row in enumerate(grid):
            for c, cell in enumerate(row):
                key = values.get(cell.text)
                if key is None or (c and row[c - 1]._tc is cell._tc):
                    continue
                caption, columns = None, []
                for above in range(r - 1, -1, -1):
                    upper = grid[above][c]
                    if all(other._tc is upper._tc for other in grid[above]):
                        caption = upper.text
                        break
                    if upper.text in values:
                        if columns:
                            break
                        continue
                    if not columns or columns[-1]._tc is not upper._tc:
                        columns.append(upper)
                rows: list[Any] = []
                for beside in row[:c]:
                    if beside.text not in values and (not rows or rows[-1]._tc is not beside._tc):
                        rows.append(beside)
                assert key not in found, f"{key} printed twice"
                found[key] = (
                    caption,
                    [cell.text for cell in rows],
                    [cell.text for cell in reversed(columns)],
                )
    return found


@pytest.mark.parametrize(
    "report",
    [
        numbered(ReportV2021),
        numbered(ReportV2019),
        numbered(ReportV2021, ("table3.results.withheld", "table3.results.other_handling")),
        numbered(ReportV2019, ("table3.results.unable",)),
    ],
    ids=["2021", "2019", "2021-subtotals", "2019-subtotal"],
)
def test_each_value_is_in_the_cell_under_its_column_labels_and_beside_its_row_labels(report: Any) -> None:
    document = open_docx(render_docx(report))
    values = {format_value(cell.value): cell.key for cell in iter_cells(report)}
    assert len(values) == len(list(iter_cells(report)))
    assert_placements(report, docx_placements(document, values))


def test_blank_cells_stay_blank_and_zero_prints_zero() -> None:
    document = open_docx(render_docx(sample_2019()))
    table2 = document.tables[0]
    rows = {row.cells[0].text: [cell.text for cell in row.cells[1:]] for row in table2.rows}
    assert rows["规章"] == ["3", "3", "41"]
    assert rows["规范性文件"] == ["", "", ""]
    table4 = document.tables[2]
    assert [cell.text for cell in table4.rows[-1].cells][:5] == ["2", "", "", "", "2"]


def test_the_page_is_a4_and_the_headings_are_the_official_section_titles() -> None:
    report = load_example()
    document = open_docx(render_docx(report))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    paragraphs = document.paragraphs
    assert paragraphs[0].text == report.metadata.title
    assert paragraphs[0].style.name == "Title"
    headings = [p.text for p in paragraphs if p.style.name == "Heading 1"]
    assert headings == [info.label.full for info in section_info()]
    assert len(document.tables) == 4


def test_the_fonts_are_those_of_official_documents_with_fallbacks() -> None:
    data = render_docx(load_example())
    styles = open_docx(data).styles
    qn = docx.oxml.ns.qn
    fonts = {
        name: styles[name].element.rPr.rFonts.get(qn("w:eastAsia"))
        for name in ("Title", "Heading 1", "Normal")
    }
    assert fonts == {"Title": "方正小标宋简体", "Heading 1": "黑体", "Normal": "仿宋_GB2312"}
    font_table = zipfile.ZipFile(io.BytesIO(data)).read("word/fontTable.xml").decode()
    for name, fallback in (("方正小标宋简体", "宋体"), ("黑体", "SimHei"), ("仿宋_GB2312", "仿宋")):
        assert f'w:name="{name}"><w:altName w:val="{fallback}"/>' in font_table


def test_the_headers_of_tables_3_and_4_repeat_on_each_page() -> None:
    document = open_docx(render_docx(load_example()))
    qn = docx.oxml.ns.qn

    def repeated(table: Any) -> list[bool]:
        return [
            row._tr.trPr is not None and row._tr.trPr.find(qn("w:tblHeader")) is not None
            for row in table.rows
        ]

    assert repeated(document.tables[1]) == [True] * 3 + [False] * 25
    assert repeated(document.tables[2]) == [True] * 3 + [False]
    assert not any(repeated(document.tables[0]))


def test_without_python_docx_the_error_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # makes "import docx" fail
    with pytest.raises(MissingDependencyError, match=r'pip install "govinfo-report\[docx\]"') as caught:
        render_docx(load_example())
    assert isinstance(caught.value, (GovInfoReportError, ImportError))
