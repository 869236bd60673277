"""Every real report in tests/data/examples parses, each cell compared with its source.

The hand-checked values are in tests/data/examples/expected/*.json (money as JSON numbers,
compared as Decimal(str(value)); null = blank in the source). Reports that a converter mangled
are placed only as far as their labels support; the rest is reported, never guessed.
"""

from __future__ import annotations

import copy
import json
import pickle
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from govinfo_report.checks import check
from govinfo_report.examples import load_example
from govinfo_report.model import (
    CellKind,
    Contact,
    Period,
    ReportKind,
    ReportV2019,
    ReportV2021,
    cell_specs,
    cell_values,
)
from govinfo_report.parse import (
    CellSource,
    ParseResult,
    TableCell,
    TextSpan,
    WarningCode,
    parse,
    parse_html,
    parse_text,
)

EXAMPLES = Path(__file__).parent / "data" / "examples"


def parsed(name: str) -> ParseResult:
    path = EXAMPLES / name
    if name.endswith(".html"):
        return parse_html(path.read_text(encoding="utf-8"))
    return parse_text(path.read_text(encoding="utf-8"))


def expected(name: str) -> dict[str, Any]:
    return json.loads(
        (EXAMPLES / "expected" / (name.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8")
    )


def expected_value(kind: CellKind, value: object) -> object:
    if value is None:
        return None
    return Decimal(str(value)) if kind is CellKind.MONEY else value


WITH_EXPECTED = [
    "huaian-city-2024-2021format.txt",
    "shanghai-office-2019-2019format.html",
    "shanghai-kewei-2024-2021format.md",
    "pingtan-2021-2021format-crawled.txt",
]


@pytest.mark.parametrize("name", WITH_EXPECTED)
def test_every_placed_cell_has_the_value_of_its_source(name: str) -> None:
    result = parsed(name)
    data = expected(name)
    kinds = {spec.key: spec.kind for spec in cell_specs(result.report)}
    values = cell_values(result.report)
    wrong = {
        key: (values[key], value)
        for key, value in data["cells"].items()
        if key in result.sources and values[key] != expected_value(kinds[key], value)
    }
    assert wrong == {}
    assert result.report.format_version.value == data["format_version"]
    assert result.report.metadata.year == data["year"]


@pytest.mark.parametrize("name", ["huaian-city-2024-2021format.txt", "shanghai-office-2019-2019format.html"])
def test_a_clean_report_has_every_cell_placed(name: str) -> None:
    result = parsed(name)
    assert set(expected(name)["cells"]) <= set(result.sources)
    table_keys = {spec.key for spec in cell_specs(result.report) if spec.table.startswith("table")}
    assert [key for key in result.not_found if key in table_keys] == []


def test_the_seed_parses_to_the_shipped_example() -> None:
    """The shipped example was transcribed from the seed by hand; the parser reads the same."""
    result = parsed("pingfang-2023-2021format.txt")
    assert result.report == load_example()
    assert result.warnings == ()
    assert len(result.sources) == 202  # every table cell, and the two fee figures the text states


def test_the_seed_cells_come_from_their_lines() -> None:
    result = parsed("pingfang-2023-2021format.txt")
    source = result.sources["table2.licensing.decisions"]
    assert (source.text, source.location) == ("0", TextSpan(45, 2, 45, 2))
    # table 四's values follow headers printed one character per line
    assert result.sources["table4.review.upheld"].location == TextSpan(498, 2, 498, 2)
    assert result.sources["table4.litigation_after_review.total"].location == TextSpan(512, 2, 512, 2)
    assert result.sources["processing_fees.fee_notices"].text == "0件"


def test_the_sources_behave_as_a_dict_of_cell_sources() -> None:
    """Sources are made when looked up, yet compare, print, copy and pickle as the plain dict."""
    result = parsed("pingfang-2023-2021format.txt")
    plain = {key: result.sources[key] for key in result.sources}
    assert all(isinstance(source, CellSource) for source in plain.values())
    assert result.sources == plain
    assert plain == result.sources
    assert repr(result.sources) == repr(plain)
    assert "table3.received.total" in result.sources
    assert "table3.received" not in result.sources
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(result)).sources == plain
    assert copy.deepcopy(result) == result


def test_the_seed_metadata_comes_from_its_title_and_preamble() -> None:
    meta = parsed("pingfang-2023-2021format.txt").report.metadata
    assert (meta.agency, meta.year, meta.kind) == ("平房区区域合作局", 2023, ReportKind.UNIT)
    assert meta.title == "平房区区域合作局2023年政府信息公开工作年度报告"
    assert meta.period == Period(date(2023, 1, 1), date(2023, 12, 31))
    assert meta.contact == Contact(
        "平房区区域合作局办公室", "哈尔滨市平房区新疆西路2号", "150060", "0451- 86527733"
    )
    assert meta.website == "www.hrbpf.gov.cn"
    assert meta.published is None


def test_a_pdf_text_with_page_numbers_and_broken_labels_is_read_whole() -> None:
    result = parsed("huaian-city-2024-2021format.txt")
    meta = result.report.metadata
    assert (meta.agency, meta.kind) == ("淮安市人民政府", ReportKind.GOVERNMENT)
    assert meta.contact is not None
    assert meta.contact.email == "hazwgkc@163.com"
    assert meta.period == Period(date(2024, 1, 1), date(2024, 12, 31))
    assert result.warnings == ()
    # （四）无 … - 5 - … 法提供: the group label is split by a row and a page number
    assert result.report.table3.results.unable.needs_compilation.total == 11
    assert result.sources["table2.fees.amount_wan_yuan"].location == TextSpan(92, 1, 92, 7)
    # the sections' text keeps no page numbers
    assert "- 3 -" not in (result.report.sections.overview or "")


def test_the_html_page_is_read_by_its_cells_with_their_positions() -> None:
    result = parsed("shanghai-office-2019-2019format.html")
    report = result.report
    assert isinstance(report, ReportV2019)
    meta = report.metadata
    assert (meta.agency, meta.year, meta.published) == ("上海市人民政府办公厅", 2019, date(2020, 1, 31))
    assert meta.website == "www.shanghai.gov.cn"
    # &nbsp; is blank, and blank is not 0
    assert report.table3.received.research is None
    assert result.sources["table3.received.research"].text == "\xa0"
    assert report.table3.results.disclosed.total is None
    assert report.table4.review.corrected is None
    # section 五 under the title this report uses
    assert (report.sections.problems or "").startswith("（一）主要问题")


def test_a_money_cell_that_states_a_unit_keeps_its_value_and_says_so() -> None:
    result = parsed("shanghai-office-2019-2019format.html")
    assert result.report.table2.procurement.amount == Decimal(251000)
    source = result.sources["table2.procurement.amount"]
    assert (source.text, source.location) == ("251000元", TableCell(0, 17, 3))
    (warning,) = [w for w in result.warnings if w.code is WarningCode.UNIT]
    assert warning.key == "table2.procurement.amount"
    assert warning.location == source.location
    assert "251000元" in warning.message


def test_run_together_digits_are_split_only_where_the_sums_allow_one_split() -> None:
    result = parsed("pingtan-2021-2021format-crawled.txt")
    report = result.report
    assert report.table3.received.natural_person == 64
    assert result.sources["table3.received.natural_person"].text == "640020470"
    # two splits fit the row's 总计 (2 7 0 0 20 1 30 and 27 0 0 2 0 1 30); （七）总计 decides
    assert report.table3.results.disclosed.natural_person == 27
    assert report.table4.litigation_direct.upheld == 12
    # 693665 is 69 3 665 in the source, but table 二 has no sums to tell: not placed
    assert report.table2.normative_documents.issued is None
    assert {key for key in result.not_found if key.startswith("table")} == {
        "table2.normative_documents.issued",
        "table2.normative_documents.repealed",
        "table2.normative_documents.in_force",
    }
    (refused,) = [w for w in result.warnings if w.code is WarningCode.DIGITS_NOT_SPLIT]
    assert "693665" in refused.message
    assert "10 splits" in refused.message
    split = [w for w in result.warnings if w.code is WarningCode.DIGITS_SPLIT]
    # 规章 in table 二 (000 can only be 0 0 0), the 25 rows of table 三, table 四's one row
    assert len(split) == 1 + 25 + 1


def test_the_crawled_page_gives_its_metadata() -> None:
    meta = parsed("pingtan-2021-2021format-crawled.txt").report.metadata
    assert (meta.agency, meta.year) == ("平潭综合实验区", 2021)
    assert meta.title == "平潭综合实验区2021年度政府信息公开工作年度报告"
    assert meta.published == date(2022, 2, 8)
    assert meta.website == "www.pingtan.gov.cn"
    assert meta.contact is not None
    assert meta.contact.postcode == "350400"


#: The rows of the Markdown conversion whose labels the converter moved away from their values.
KEWEI_DISPLACED = {
    "table3.results.partially_disclosed",
    "table3.results.withheld.prohibited_by_law",
    "table3.results.withheld.internal_affairs",
    "table3.results.unable.not_held",
    "table3.results.unable.needs_compilation",
    "table3.results.unable.unclear_after_correction",
    "table3.results.not_processed.excessive",
    "table3.results.not_processed.confirmation",
    "table3.results.other_handling.no_correction",
    "table3.results.other_handling.fee_unpaid",
    "table4.review",
    "table4.litigation_direct",
    "table4.litigation_after_review",
}


def test_a_mangled_conversion_is_placed_only_where_its_labels_hold() -> None:
    """The converter lost or moved labels: those rows stay empty and are all reported."""
    result = parsed("shanghai-kewei-2024-2021format.md")
    unplaced = {key.rpartition(".")[0] for key in result.not_found if key.startswith("table")}
    assert unplaced == KEWEI_DISPLACED
    assert len(result.sources) == 115
    reported = " ".join(w.message for w in result.warnings if w.code is WarningCode.MISSING_ROWS)
    for row in KEWEI_DISPLACED - {
        "table4.review",
        "table4.litigation_direct",
        "table4.litigation_after_review",
    }:
        label = next(spec.row[-1] for spec in cell_specs(result.report) if spec.key.startswith(row + "."))
        assert label in reported
    # values standing in rows with no label are reported with their place
    unlabelled = [w for w in result.warnings if w.code is WarningCode.UNLABELLED_VALUES]
    assert len(unlabelled) == 10
    assert all(isinstance(w.location, TextSpan) for w in unlabelled)


def test_a_report_that_does_not_add_up_still_loads_and_the_checker_says_so() -> None:
    """In the Markdown conversion 四、结转下年度 总计 is blank, so 一+二 ≠ （七）+四 in 总计."""
    report = parsed("shanghai-kewei-2024-2021format.md").report
    assert report.table3.carried_forward.total is None
    balance = [finding for finding in check(report).findings if finding.code == "T3-01"]
    assert [finding.cells for finding in balance] == [
        (
            "table3.received.total",
            "table3.carried_over.total",
            "table3.results.total.total",
            "table3.carried_forward.total",
        )
    ]


def test_the_checker_finds_the_blank_totals_of_the_shanghai_page() -> None:
    """The page leaves 总计 blank in most result rows (the expected file lists them)."""
    report = parsed("shanghai-office-2019-2019format.html").report
    rows = {
        finding.cells[0].rpartition(".")[0] for finding in check(report).findings if finding.code == "T3-02"
    }
    assert "table3.results.disclosed" in rows
    assert "table3.results.not_processed.duplicate" in rows


def test_misnumbered_sections_and_headings_are_reported() -> None:
    result = parsed("shanghai-kewei-2024-2021format.md")
    report = result.report
    assert isinstance(report, ReportV2021)
    assert report.metadata.agency == "上海市科委"
    variants = [w.message for w in result.warnings if w.code is WarningCode.VARIANT]
    assert "section 二、 is titled '一、主动公开政府信息情况'" in variants
    assert any("'规范性文件'" in message for message in variants)  # the 2019 wording of the row
    assert report.table2.normative_documents.in_force == 55
    headings = [w.message for w in result.warnings if "is not a section title" in w.message]
    assert len(headings) == 5
    assert report.sections.problems is None
    assert "二、工作机制保障" in (report.sections.overview or "")


def test_parse_tells_the_kind_of_every_example_from_its_content() -> None:
    for name in [*WITH_EXPECTED, "pingfang-2023-2021format.txt"]:
        by_content = parse(EXAMPLES / name)
        assert by_content.report == parsed(name).report
