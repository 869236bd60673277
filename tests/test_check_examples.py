"""The checker on real published reports: the hand-checked cell values of tests/data/examples."""

from __future__ import annotations

import pytest

from checked_reports import codes, published
from govinfo_report.checks import check


@pytest.mark.parametrize("name", ["huaian-city-2024-2021format", "pingtan-2021-2021format-crawled"])
def test_consistent_published_reports_have_no_finding_on_their_tables(name: str) -> None:
    report, _ = published(name)
    assert check(report, ignore="SEC").findings == ()


def test_a_blank_carry_forward_total_breaks_the_balance_of_the_total_column() -> None:
    report, _ = published("shanghai-kewei-2024-2021format")
    result = check(report, ignore="SEC")
    assert codes(result) == ["T3-01", "T3-02", "BLANK-01"]
    balance, row, blanks = result.findings
    assert balance.cells[-1] == "table3.carried_forward.total"
    assert (balance.expected, balance.actual) == (36, 35)
    assert row.cells[0] == "table3.carried_forward.total"
    assert blanks.cells == ("table3.carried_forward.total",)
    strict = check(report, ignore="SEC", blanks="strict")
    assert codes(strict) == ["BLANK-02", "BLANK-02"]
    assert strict.ok


def test_a_2019_report_with_a_blank_total_column_gets_one_error_per_such_row() -> None:
    report, cells = published("shanghai-office-2019-2019format")
    result = check(report, ignore=["SEC", "BLANK"])
    rows = {key.rpartition(".")[0] for key in cells if key.startswith("table3.")}
    blank_totals = {
        row
        for row in rows
        if cells[f"{row}.total"] is None and any(cells[key] for key in cells if key.rpartition(".")[0] == row)
    }
    assert {f.cells[0].rpartition(".")[0] for f in result.findings if f.code == "T3-02"} == blank_totals
    assert len(blank_totals) == 11
    (results_total,) = [f for f in result.findings if f.code == "T3-03"]
    assert results_total.cells[0] == "table3.results.total.total"
    assert set(codes(result)) == {"T3-02", "T3-03"}
