"""Word documents: paragraphs and tables in reading order, merged cells, nested tables, positions."""

from __future__ import annotations

import io
from decimal import Decimal

import docx

from govinfo_report.parse import InputKind, ParagraphSpan, TableCell, WarningCode, parse, parse_docx


def saved(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def report_with_merged_header() -> bytes:
    """Table 四 as the template prints it: 行政复议 and 行政诉讼 merged over their columns."""
    document = docx.Document()
    document.add_paragraph("某区某局")
    document.add_paragraph("2023年政府信息公开工作年度报告")
    document.add_paragraph("四、政府信息公开行政复议、行政诉讼情况")
    table = document.add_table(rows=4, cols=15)
    outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    review = table.cell(0, 0).merge(table.cell(0, 4))
    review.text = "行政复议"
    table.cell(0, 5).merge(table.cell(0, 14)).text = "行政诉讼"
    table.cell(1, 5).merge(table.cell(1, 9)).text = "未经复议直接起诉"
    table.cell(1, 10).merge(table.cell(1, 14)).text = "复议后起诉"
    for column, outcome in enumerate(outcomes):
        table.cell(1, column).merge(table.cell(2, column)).text = outcome
        table.cell(2, 5 + column).text = outcome
        table.cell(2, 10 + column).text = outcome
    for column, value in enumerate(["2", "0", "1", "0", "3", "", "", "", "", "", "0", "0", "0", "1", "1"]):
        table.cell(3, column).text = value
    document.add_paragraph("六、其他需要报告的事项")
    document.add_paragraph("本年度发出收费通知2件，实际收取金额150元。")
    return saved(document)


def test_merged_header_cells_are_read_once_and_values_placed_by_them() -> None:
    result = parse_docx(report_with_merged_header())
    table4 = result.report.table4
    assert (table4.review.upheld, table4.review.other, table4.review.total) == (2, 1, 3)
    assert table4.litigation_direct.total is None
    assert table4.litigation_after_review.total == 1
    assert result.kind is InputKind.DOCX
    # the grid column of a cell counts the columns merged before it
    assert result.sources["table4.litigation_after_review.total"].location == TableCell(0, 3, 14)
    assert [w for w in result.warnings if w.code is not WarningCode.MISSING_PART] == []


def test_figures_stated_in_a_paragraph_come_with_the_paragraph_and_characters() -> None:
    result = parse_docx(report_with_merged_header())
    fees = result.report.processing_fees
    assert (fees.fee_notices, fees.fee_collected) == (2, Decimal(150))
    source = result.sources["processing_fees.fee_collected"]
    assert source.text == "150元"
    assert source.location == ParagraphSpan(4, 18, 22)


def test_a_table_inside_a_cell_is_read_after_the_cell() -> None:
    document = docx.Document()
    document.add_paragraph("某区某局2023年政府信息公开工作年度报告")
    document.add_paragraph("二、主动公开政府信息情况")
    layout = document.add_table(rows=1, cols=1)
    inner = layout.cell(0, 0).add_table(rows=3, cols=4)
    for row, cells in enumerate(
        [
            ["第二十条第（一）项", "", "", ""],
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            ["规章", "1", "0", "4"],
        ]
    ):
        for column, text in enumerate(cells):
            inner.cell(row, column).text = text
    result = parse_docx(saved(document))
    assert result.report.table2.regulations.in_force == 4
    assert result.sources["table2.regulations.in_force"].location == TableCell(1, 2, 3)


def test_parse_reads_a_docx_by_its_content() -> None:
    data = report_with_merged_header()
    assert parse(data).report == parse_docx(data).report
