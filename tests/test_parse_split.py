"""Digits run together are split by the table's own sums, and only when one split fits."""

from __future__ import annotations

import pytest

from govinfo_report.model import ReportV2021, table_rows
from govinfo_report.parse import WarningCode, parse_text
from govinfo_report.parse._values import split_digits

ROW_TOTAL = [(6, range(6))]  # table 三: 总计 is the sum of the six applicant columns
TITLE = "某区某局\n2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
HEADER = "申请人情况 自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他\n"


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        (["640020470"], [(64, 0, 0, 2, 0, 4, 70)]),
        (["0000000"], [(0, 0, 0, 0, 0, 0, 0)]),
        (["500000", "5"], [(5, 0, 0, 0, 0, 0, 5)]),  # white space in the source is a boundary
        (["270020130"], [(2, 7, 0, 0, 20, 1, 30), (27, 0, 0, 2, 0, 1, 30)]),
        (["123"], []),  # too few digits for seven numbers
        (["1000000"], []),  # 1 0 0 0 0 0 0 does not add up
    ],
)
def test_every_split_that_satisfies_the_sums_is_found(
    runs: list[str], expected: list[tuple[int, ...]]
) -> None:
    assert split_digits(runs, 7, ROW_TOTAL) == expected


def test_no_number_is_read_with_a_leading_zero() -> None:
    assert split_digits(["000"], 3, []) == [(0, 0, 0)]
    assert (0, 0, 0) not in split_digits(["0100"], 3, [])


def test_the_search_stops_when_its_budget_runs_out() -> None:
    assert split_digits(["1" * 40], 7, ROW_TOTAL, budget=1000) is None


def test_one_digit_per_count_is_the_only_split_and_the_budget_still_holds() -> None:
    assert split_digits(["10", "00001"], 7, ROW_TOTAL) == [(1, 0, 0, 0, 0, 0, 1)]
    assert split_digits(["0000000"], 7, ROW_TOTAL, budget=5) is None


def results(runs: dict[str, str]) -> str:
    """The rows of 三、本年度办理结果 run together as a crawler writes them, zeros by default."""
    text = "三、本年度办理结果"
    for row in table_rows(ReportV2021, "table3"):
        if not row.key.startswith("table3.results."):
            continue
        group = row.labels[1] if len(row.labels) == 3 and row.labels[2].startswith("1.") else ""
        text += group + row.labels[-1] + runs.get(row.key.removeprefix("table3.results."), "0000000")
    return text


def test_a_row_split_two_ways_is_decided_by_the_sum_down_the_column() -> None:
    text = results({"disclosed": "270020130", "partially_disclosed": "500000 5", "total": "320020135"})
    result = parse_text(TITLE + HEADER + text + "\n")
    disclosed = result.report.table3.results.disclosed
    assert (disclosed.natural_person, disclosed.total) == (27, 30)
    split = {w.key for w in result.warnings if w.code is WarningCode.DIGITS_SPLIT}
    assert "table3.results.disclosed" in split
    assert result.report.table3.results.total.total == 35


def test_a_row_that_stays_ambiguous_is_not_placed_and_says_why() -> None:
    result = parse_text(TITLE + HEADER + "三、本年度办理结果\n（一）予以公开270020130\n")
    assert result.report.table3.results.disclosed.total is None
    (warning,) = [w for w in result.warnings if w.code is WarningCode.DIGITS_NOT_SPLIT]
    assert "2 splits fit" in warning.message
    assert warning.key == "table3.results.disclosed"
