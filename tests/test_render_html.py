"""HTML: the official tables with their merged cells, checked on the parsed grid; escaping; findings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from govinfo_report.examples import load_example
from govinfo_report.model import (
    Metadata,
    ReportV2019,
    ReportV2021,
    Sections,
    iter_cells,
    replace_cells,
    section_info,
    table_class,
    table_rows,
)
from govinfo_report.render import render_html
from govinfo_report.render._layout import format_value
from render_checks import (
    assert_placements,
    html_placements,
    numbered,
    read_html,
    sample_2019,
)
from report_strategies import REPORT_CLASSES, reports

HOSTILE = '<script>alert(1)</script>" onmouseover="alert(2)" x=\'&amp;'


@attrs.frozen
class Finding:
    cells: tuple[str, ...]
    message: str


def tables_by_class(page: str) -> dict[str, Any]:
    return {table.attrs["class"]: table for table in read_html(page).tables}


@pytest.mark.parametrize(
    "report",
    [load_example(), sample_2019(), numbered(ReportV2021, ("table3.results.other_handling",))],
    ids=["seed-2021", "sample-2019", "numbered-2021-subtotal"],
)
def test_every_value_stands_under_its_column_header_and_beside_its_row_label(report: Any) -> None:
    placements, cells = html_placements(read_html(render_html(report)))
    assert_placements(report, placements)
    for cell in iter_cells(report):
        assert cells[cell.key].text == format_value(cell.value)


@settings(max_examples=25)
@given(reports())
def test_generated_reports_of_both_versions_lay_out_every_value_in_its_place(report: Any) -> None:
    reader = read_html(render_html(report))
    placements, cells = html_placements(reader)
    assert_placements(report, placements)
    for cell in iter_cells(report):
        assert cells[cell.key].text == format_value(cell.value)
    for table in reader.tables:
        rows, columns = table.shape
        assert len(table.grid) == rows * columns, f"{table.attrs['class']} has holes in its grid"


@pytest.mark.parametrize("report_cls", REPORT_CLASSES)
def test_table3_has_the_official_three_level_header_and_merged_row_labels(report_cls: type) -> None:
    report = report_cls(Metadata("某局", 2023))
    table = tables_by_class(render_html(report))["table3"]
    header = [[(cell.text, cell.rowspan, cell.colspan) for cell in row] for row in table.rows[:3]]
    cls = table_class(report_cls, "table3")
    assert header[0] == [(cls.note, 3, 3), (cls.column_header, 1, 7)]
    assert header[1] == [("自然人", 2, 1), ("法人或其他组织", 1, 5), ("总计", 2, 1)]
    assert [text for text, _, _ in header[2]] == [
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
    ]
    results = next(cell for cell in table.grid.values() if cell.text == "三、本年度办理结果")
    result_rows = [row for row in table_rows(report_cls, "table3") if row.key.startswith("table3.results.")]
    assert (results.rowspan, results.colspan) == (len(result_rows), 1)
    assert (results.rowspan, results.column) == ({ReportV2021: 22, ReportV2019: 20}[report_cls], 0)
    groups = {
        cell.text: cell.rowspan for cell in table.grid.values() if cell.role == "row" and cell.column == 1
    }
    assert groups["（三）不予公开"] == 8
    assert groups["（四）无法提供"] == 3
    assert groups["（五）不予处理"] == 5
    assert groups["（六）其他处理"] == (3 if report_cls is ReportV2021 else 1)
    for cell in table.grid.values():
        if cell.text in ("一、本年新收政府信息公开申请数量", "四、结转下年度继续办理"):
            assert cell.colspan == 3


@pytest.mark.parametrize("report_cls", REPORT_CLASSES)
def test_table4_has_its_two_levels_of_case_groups_over_one_row(report_cls: type) -> None:
    table = tables_by_class(render_html(report_cls(Metadata("某局", 2023))))["table4"]
    header = [[(cell.text, cell.rowspan, cell.colspan) for cell in row] for row in table.rows]
    assert header[0] == [("行政复议", 1, 5), ("行政诉讼", 1, 10)]
    assert header[1][5:] == [("未经复议直接起诉", 1, 5), ("复议后起诉", 1, 5)]
    assert [cell[1] for cell in header[1][:5]] == [2] * 5
    assert len(header) == 4
    assert len(table.rows[3]) == 15


def test_table2_blocks_each_have_a_caption_and_a_header_and_short_blocks_span_the_width() -> None:
    table = tables_by_class(render_html(load_example()))["table2"]
    captions = [row[0].text for row in table.rows if row[0].role == "caption"]
    assert captions == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
    ]
    licensing = next(row for row in table.rows if row[0].text == "行政许可")
    assert [(cell.text, cell.colspan) for cell in licensing] == [("行政许可", 1), ("0", 3)]


def test_a_blank_cell_stays_blank_and_zero_prints_zero() -> None:
    report = replace_cells(
        ReportV2021(Metadata("某局", 2023)),
        {"table4.review.upheld": 0, "table2.fees.amount_wan_yuan": Decimal("96171.60")},
    )
    _, cells = html_placements(read_html(render_html(report)))
    assert cells["table4.review.upheld"].text == "0"
    assert cells["table4.review.corrected"].text == ""
    assert cells["table2.fees.amount_wan_yuan"].text == "96171.60"


def blocks(page: str, *tags: str) -> list[tuple[str, str, str]]:
    """The page's text elements and tables in order, those of ``tags`` only."""
    return [block for block in read_html(page).blocks if block[0] in tags]


@pytest.mark.parametrize("report", [load_example(), sample_2019()], ids=["2021", "2019"])
def test_the_title_headings_narrative_and_tables_come_in_the_official_order(report: Any) -> None:
    order = blocks(render_html(report), "h1", "h2", "p", "table")
    assert order[0] == ("h1", "", report.metadata.title)
    expected: list[tuple[str, str, str]] = [("h1", "", report.metadata.title)]
    expected += [("p", "", line) for line in report.sections.preamble.split("\n")]
    for info in section_info():
        expected.append(("h2", "", info.label.full))
        text = getattr(report.sections, info.name)
        expected += [("p", "", line) for line in text.split("\n")] if text else []
        if info.table is not None:
            expected.append(("table", info.table, ""))
    if isinstance(report, ReportV2021):
        expected.append(("table", "processing_fees", ""))
    if report.metadata.published is not None:
        day = report.metadata.published
        expected += [
            ("p", "signature", report.metadata.agency),
            ("p", "signature", f"{day.year}年{day.month}月{day.day}日"),
        ]
    assert order == expected


def test_hostile_text_comes_out_inert() -> None:
    report = attrs.evolve(
        ReportV2021(Metadata(HOSTILE, 2023, title=HOSTILE)),
        sections=Sections(preamble=HOSTILE, overview=HOSTILE, other=HOSTILE),
    )
    findings = [Finding(("table4.review.total",), HOSTILE)]
    reader = read_html(render_html(report, findings=findings))
    assert "script" not in [tag for tag, _ in reader.tags]
    assert all("onmouseover" not in attributes for _, attributes in reader.tags)
    assert all(not name.startswith("on") for _, attributes in reader.tags for name in attributes)
    # kept as text: in <title>, <h1>, the preamble, sections 一 and 六, and the findings list
    assert "".join(reader.text).count(HOSTILE) == 6
    article = next(attributes for tag, attributes in reader.tags if tag == "article")
    assert article["data-agency"] == HOSTILE
    _, cells = html_placements(reader)
    assert cells["table4.review.total"].attrs["title"] == HOSTILE


def test_findings_mark_the_cells_they_name_with_a_class_and_the_message() -> None:
    findings = [
        Finding(("table4.review.total", "table4.review.upheld"), "总计 is not the sum of its parts"),
        Finding(("table4.review.total",), "second finding"),
        Finding(("no.such.cell",), "a finding about no printed cell"),
    ]
    page = render_html(load_example(), findings=findings)
    _, cells = html_placements(read_html(page))
    assert cells["table4.review.total"].attrs["class"] == "value finding"
    assert cells["table4.review.total"].attrs["title"] == "总计 is not the sum of its parts\nsecond finding"
    assert cells["table4.review.upheld"].attrs["title"] == "总计 is not the sum of its parts"
    assert cells["table4.review.corrected"].attrs["class"] == "value"
    assert "title" not in cells["table4.review.corrected"].attrs
    assert "a finding about no printed cell" in page  # listed, though it marks no cell


def test_without_findings_nothing_is_marked() -> None:
    page = render_html(load_example())
    assert "finding" not in page.split("</style>")[1]


def test_a_fragment_is_the_article_alone() -> None:
    fragment = render_html(load_example(), full_page=False)
    tags = [tag for tag, _ in read_html(fragment).tags]
    assert tags[0] == "article"
    assert not {"html", "head", "style", "title", "body"} & set(tags)
    assert fragment.rstrip().endswith("</article>")
    assert fragment in render_html(load_example())


def test_absent_sections_are_left_out_and_present_empty_ones_keep_their_heading() -> None:
    report = attrs.evolve(ReportV2019(Metadata("某局", 2020)), sections=Sections(overview="", problems=None))
    headings = [text for _, _, text in blocks(render_html(report), "h2")]
    tables = {info.label.full for info in section_info() if info.table is not None}
    assert headings == [info.label.full for info in section_info()[:4]]  # 五 and 六 are absent
    assert tables <= set(headings)  # a section holding a table is printed without its text


def test_the_2021_processing_fees_are_printed_at_the_end_of_section_six_with_their_unit() -> None:
    page = render_html(load_example())
    fees = tables_by_class(page)["processing_fees"]
    assert [cell.text for cell in fees.rows[0]] == ["信息处理费"]
    assert [cell.text for cell in fees.rows[1]] == [
        "发出收费通知件数",
        "通知金额（元）",
        "实际收取金额（元）",
    ]
    order = blocks(page, "h2", "table")
    assert order[-2:] == [("h2", "", "六、其他需要报告的事项"), ("table", "processing_fees", "")]
    assert "processing_fees" not in tables_by_class(render_html(sample_2019()))


def test_without_a_publication_date_there_is_no_signature() -> None:
    assert load_example().metadata.published is None
    assert [block for block in blocks(render_html(load_example()), "p") if block[1] == "signature"] == []
