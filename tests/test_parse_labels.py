"""Values are placed by their labels, however a publisher or a converter wrote the labels."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from govinfo_report.errors import GovInfoReportError, ParseError
from govinfo_report.model import Period, ReportV2019, ReportV2021
from govinfo_report.parse import (
    MAX_INPUT_SIZE,
    ParseResult,
    ParseWarning,
    TableCell,
    TextSpan,
    WarningCode,
    parse,
    parse_html,
    parse_text,
)

TITLE = "某区某局\n2023年政府信息公开工作年度报告\n"
COLUMNS_2021 = "第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 现行有效件数\n"
TABLE3_HEADER = (
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n"
    "自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 法律服务机构 其他\n"
)


def table2(rows: str, title: str = TITLE, caption: str = COLUMNS_2021) -> str:
    return f"{title}二、主动公开政府信息情况\n{caption}{rows}"


def table3(rows: str, header: str = TABLE3_HEADER) -> str:
    return f"{TITLE}三、收到和处理政府信息公开申请情况\n{header}{rows}"


def codes(result: ParseResult) -> list[WarningCode]:
    return [warning.code for warning in result.warnings]


def problems(result: ParseResult) -> list[ParseWarning]:
    """The warnings, the sections and rows these short texts leave out not counted."""
    absent = (WarningCode.MISSING_PART, WarningCode.MISSING_ROWS)
    return [warning for warning in result.warnings if warning.code not in absent]


def test_full_and_half_width_brackets_name_the_same_row() -> None:
    result = parse_text(
        table3(
            "三、本年度办理结果\n(一)予以公开 1 0 0 0 0 0 1\n（三）不予公开\n1.属于国家秘密 2 0 0 0 0 0 2\n"
        )
    )
    results = result.report.table3.results
    assert results.disclosed.total == 1
    assert results.withheld.state_secret.natural_person == 2


def test_spaces_and_line_breaks_inside_labels_are_ignored() -> None:
    header = "申请人情况\n自 然 人\n法人或\n其他组织\n总\n计\n商业\n企业 科研机构 社会\n公益\n组织 法律服务机构 其他\n"
    result = parse_text(table3("一、本年新收政府\n信息公开申请数量 3 1 0 0 0 0 4\n", header))
    assert result.report.table3.received.commercial == 1
    assert problems(result) == []


def test_a_header_broken_across_the_rows_of_a_table_is_joined() -> None:
    """商业 and 企业 stand in two rows of the header, as in a DOCX converted to text."""
    rows = [
        ["申请人情况"],
        ["", "自然人", "法人或其他组织", "总计"],
        ["", "", "商业", "科研", "社会公益组织", "法律服务机构", "其他", ""],
        ["", "", "企业", "机构", "", "", "", ""],
        ["一、本年新收政府信息公开申请数量", "5", "0", "0", "0", "0", "0", "5"],
    ]
    grid = "\n\n".join("\n".join("\t" + cell for cell in row) for row in rows)
    result = parse_text(f"{TITLE}三、收到和处理政府信息公开申请情况\n{grid}\n")
    assert result.report.table3.received.natural_person == 5
    assert result.sources["table3.received.natural_person"].location == TextSpan(30, 2, 30, 2)
    assert problems(result) == []


def test_tags_and_entities_inside_html_cells_are_read_through() -> None:
    page = (
        "<p>某区某局2019年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        "<tr><td colspan=4>第二十条第（一）项</td></tr>"
        "<tr><td>信息内容</td><td>本年新<br />制作数量</td><td><b>本年新</b>公开数量</td><td>对外公开&#24635;数量</td></tr>"
        "<tr><td><span>规章</span></td><td>1</td><td>&nbsp;</td><td>3</td></tr></table>"
    )
    result = parse_html(page)
    assert isinstance(result.report, ReportV2019)
    regulations = result.report.table2.regulations
    assert (regulations.made, regulations.published, regulations.published_total) == (1, None, 3)
    assert result.sources["table2.regulations.published_total"].location == TableCell(0, 2, 3)


def test_local_notes_after_labels_are_set_aside() -> None:
    """Hubei reports add notes to the 2019 headers (SPEC Part B §3.2)."""
    caption = "第二十条第（五）项\n信息内容 上一年项目数量(指2019年事项数) 本年增/减 处理决定数量（指2020年办件量）\n"
    result = parse_text(table2("行政许可 12 -3 40\n", TITLE.replace("2023", "2020"), caption))
    licensing = result.report.table2.licensing
    assert (licensing.items_last_year, licensing.items_change, licensing.decisions) == (12, -3, 40)
    assert problems(result) == []


def test_numbering_written_with_a_comma_is_the_same_and_a_wrong_number_is_reported() -> None:
    rows = (
        "（四）无法提供\n1、本机关不掌握相关政府信息 1 0 0 0 0 0 1\n4.补正后申请内容仍不明确 2 0 0 0 0 0 2\n"
    )
    result = parse_text(table3(f"三、本年度办理结果\n{rows}"))
    unable = result.report.table3.results.unable
    assert (unable.not_held.total, unable.unclear_after_correction.total) == (1, 2)
    (variant,) = [w for w in result.warnings if w.code is WarningCode.VARIANT]
    assert "'4.'" in variant.message
    assert variant.key == "table3.results.unable.unclear_after_correction"


def test_a_row_with_too_few_or_too_many_values_is_reported_not_shifted() -> None:
    rows = (
        "一、本年新收政府信息公开申请数量 3 1 0 0 0 4\n"
        "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1 9\n"
        "四、结转下年度继续办理 2 0 0 0 0 0 2\n"
    )
    result = parse_text(table3(rows))
    table = result.report.table3
    assert table.received.natural_person is None
    assert table.carried_over.total is None
    assert table.carried_forward.total == 2
    not_placed = [w for w in result.warnings if w.code is WarningCode.ROW_NOT_PLACED]
    assert [w.key for w in not_placed] == ["table3.received", "table3.carried_over"]
    assert "6 values for 7 columns" in not_placed[0].message
    assert not_placed[0].location == TextSpan(8, 18, 8, 18)


def test_rows_under_a_header_that_lacks_a_column_are_not_placed() -> None:
    header = "申请人情况\n自然人 法人或其他组织 总计\n商业企业 科研机构 社会公益组织 其他\n"
    result = parse_text(table3("一、本年新收政府信息公开申请数量 3 1 0 0 0 4\n", header))
    assert result.report.table3.received.total is None
    (warning,) = [w for w in result.warnings if w.code is WarningCode.ROW_NOT_PLACED]
    assert "missing 法律服务机构" in warning.message


def test_text_in_a_table_that_is_no_label_is_reported_where_it_stands() -> None:
    result = parse_text(table2("规章 1 0 5\n附注：本表含部门规章\n行政规范性文件 2 1 7\n"))
    assert result.report.table2.normative_documents.in_force == 7
    (warning,) = [w for w in result.warnings if w.code is WarningCode.UNRECOGNISED_TEXT]
    assert "附注：本表含部门规章" in warning.message
    assert warning.location == TextSpan(7, 1, 7, 10)


@pytest.mark.parametrize("blank", ["/", "-", "—", "无", "／", "－"])
def test_blank_marks_are_blank_not_zero(blank: str) -> None:
    result = parse_text(table2(f"规章 {blank} 0 3\n"))
    regulations = result.report.table2.regulations
    assert (regulations.issued, regulations.repealed, regulations.in_force) == (None, 0, 3)
    assert result.sources["table2.regulations.issued"].text == blank


def test_thousands_separators_and_full_width_digits_are_read_exactly() -> None:
    result = parse_text(table2("规章 1,234 ２ 1，000,000\n"))
    regulations = result.report.table2.regulations
    assert (regulations.issued, regulations.repealed, regulations.in_force) == (1234, 2, 1000000)


def test_text_in_a_numeric_cell_is_reported_with_its_position() -> None:
    page = (
        "<p>某区某局2023年政府信息公开工作年度报告</p><p>二、主动公开政府信息情况</p><table>"
        "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
        "<tr><td>规章</td><td>1.5</td><td>3件</td><td>1 000</td></tr></table>"
    )
    result = parse_html(page)
    bad = [w for w in result.warnings if w.code is WarningCode.BAD_VALUE]
    assert [(w.key, w.location) for w in bad] == [
        ("table2.regulations.issued", TableCell(0, 1, 1)),
        ("table2.regulations.repealed", TableCell(0, 1, 2)),
        ("table2.regulations.in_force", TableCell(0, 1, 3)),
    ]
    assert "not a whole number" in bad[0].message
    assert "'1 000' is not a number" in bad[2].message  # a space is no thousands separator
    assert "table2.regulations.issued" not in result.sources


def test_money_in_yuan_for_a_column_in_wan_yuan_is_converted_and_reported() -> None:
    caption = "第二十条第（八）项\n信息内容 本年收费金额（单位：万元）\n"
    result = parse_text(table2("行政事业性收费 3940元\n", caption=caption))
    assert result.report.table2.fees.amount_wan_yuan == Decimal("0.3940")
    (warning,) = [w for w in result.warnings if w.code is WarningCode.UNIT]
    assert "converted to 万元" in warning.message


def test_a_row_printed_twice_keeps_the_first() -> None:
    result = parse_text(table2("规章 1 0 5\n规章 2 0 6\n"))
    assert result.report.table2.regulations.issued == 1
    assert codes(result).count(WarningCode.DUPLICATE_ROW) == 1


def test_a_2019_report_is_told_by_its_labels() -> None:
    caption = "第二十条第（一）项\n信息内容 本年新制作数量 本年新公开数量 对外公开总数量\n"
    result = parse_text(table2("规范性文件 1 2 3\n", caption=caption))
    assert isinstance(result.report, ReportV2019)
    assert result.report.table2.normative_documents.published_total == 3


def test_a_2021_report_that_prints_other_handling_as_one_row_holds_it_as_a_subtotal() -> None:
    rows = "三、本年度办理结果\n（六）其他处理 1 0 0 0 0 0 1\n（七）总计 1 0 0 0 0 0 1\n"
    result = parse_text(
        table2("规章 0 0 0\n") + "\n三、收到和处理政府信息公开申请情况\n" + TABLE3_HEADER + rows
    )
    report = result.report
    assert isinstance(report, ReportV2021)
    other = report.table3.results.other_handling
    assert other.subtotal is not None
    assert other.subtotal.total == 1
    assert other.no_correction.total is None
    missing = " ".join(w.message for w in result.warnings if w.code is WarningCode.MISSING_ROWS)
    assert "申请人逾期未按收费通知" not in missing  # printed as one row, not missing


def test_a_group_label_followed_by_values_is_the_groups_subtotal() -> None:
    rows = "三、本年度办理结果\n（三）不予公开 4 0 0 0 0 0 4\n1.属于国家秘密 4 0 0 0 0 0 4\n"
    withheld = parse_text(table3(rows)).report.table3.results.withheld
    assert withheld.subtotal is not None
    assert withheld.subtotal.total == 4
    assert withheld.state_secret.total == 4


def test_a_label_in_a_sentence_is_narrative_not_a_table() -> None:
    text = f"{TITLE}四、政府信息公开行政复议、行政诉讼情况\n本年度无行政复议，行政诉讼0件。\n"
    result = parse_text(text)
    assert result.report.sections.reviews == "本年度无行政复议，行政诉讼0件。"
    assert result.sources == {}


def test_blank_padding_cells_at_the_end_of_a_row_are_dropped() -> None:
    rows = "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |  |\n|---|---|---|---|---|\n| 规章 | 1 | 0 | 5 |  |\n"
    result = parse_text(table2(rows, caption=""))
    assert result.report.table2.regulations.in_force == 5
    assert problems(result) == []


def test_section_titles_are_found_in_their_variants() -> None:
    text = f"{TITLE}一、总体情况\n概述。\n五、政府信息公开工作存在的主要问题及改进情况\n问题。\n六、其他事项\n无。\n"
    sections = parse_text(text).report.sections
    assert (sections.overview, sections.problems, sections.other) == ("概述。", "问题。", "无。")
    assert sections.proactive is None


def test_dates_period_and_contact_are_read_from_the_head_and_the_end() -> None:
    text = (
        "标题：某市某局二〇二三年度政府信息公开工作年度报告\n发布日期：2024-01-20\n"
        "本报告数据统计期限自2023年1月1日起至2023年12月31日止。电子版见本局网站（https://ju.example.gov.cn/nb）。"
        "如有疑问，请与某局办公室联系（地址：某市某路1号，邮编：100000，联系电话：010-12345678）。\n"
        "一、总体情况\n概述。\n六、其他需要报告的事项\n无。\n某市某局\n2024年1月18日\n"
    )
    meta = parse_text(text).report.metadata
    assert (meta.agency, meta.year) == ("某市某局", 2023)
    assert meta.period == Period(date(2023, 1, 1), date(2023, 12, 31))
    assert meta.published == date(2024, 1, 20)
    assert meta.website == "https://ju.example.gov.cn/nb"
    assert meta.contact is not None
    assert (meta.contact.organization, meta.contact.address) == ("某局办公室", "某市某路1号")
    assert (meta.contact.postcode, meta.contact.telephone) == ("100000", "010-12345678")


def test_the_signature_gives_the_publication_date_and_is_no_section_text() -> None:
    text = f"{TITLE}六、其他需要报告的事项\n无。\n\n某区某局\n2024年1月18日\n"
    report = parse_text(text).report
    assert report.metadata.published == date(2024, 1, 18)
    assert report.sections.other == "无。"


def test_a_stated_date_that_does_not_exist_is_reported() -> None:
    result = parse_text(f"{TITLE}本报告统计期限为2023年2月30日至2023年12月31日。\n一、总体情况\n")
    assert result.report.metadata.period is None
    assert codes(result).count(WarningCode.METADATA) == 1


def test_without_a_title_the_agency_and_year_can_be_given() -> None:
    text = "二、主动公开政府信息情况\n" + COLUMNS_2021 + "规章 1 0 5\n"
    with pytest.raises(ParseError, match="no report title") as raised:
        parse_text(text)
    assert (raised.value.line, raised.value.column) == (1, 1)
    report = parse_text(text, agency="某局", year=2022).report
    assert (report.metadata.agency, report.table2.regulations.in_force) == ("某局", 5)


@pytest.mark.parametrize("bad", [b"bytes", None, 12])
def test_input_of_the_wrong_type_is_a_parse_error(bad: object) -> None:
    with pytest.raises(ParseError, match="must be str"):
        parse_text(bad)  # type: ignore[arg-type]


def test_input_over_the_size_limit_is_refused_with_a_clear_error() -> None:
    with pytest.raises(ParseError, match="more than the limit") as raised:
        parse_text(TITLE + "x" * MAX_INPUT_SIZE)
    assert raised.value.position == MAX_INPUT_SIZE
    assert isinstance(raised.value, GovInfoReportError)


def test_parse_given_text_instead_of_a_path_says_what_it_takes() -> None:
    with pytest.raises(ParseError, match="parse_text takes text") as raised:
        parse(TITLE + "一、总体情况\n" * 100)
    assert len(str(raised.value)) < 300
