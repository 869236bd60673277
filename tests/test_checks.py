"""The checker's engine, findings and results: what runs, what findings say, how results read."""

from __future__ import annotations

import html
import json
import pickle
import re
from datetime import date
from decimal import Decimal

import attrs
import pytest

from checked_reports import codes, good_report, with_cell
from govinfo_report.build import compute_totals
from govinfo_report.checks import (
    RULES,
    Blanks,
    CellRef,
    CheckResult,
    Finding,
    Severity,
    check,
    check_aggregate,
    check_series,
    legal_deadline,
)
from govinfo_report.errors import CheckError
from govinfo_report.examples import load_example
from govinfo_report.model import FormatVersion, ReportKind, cell_specs, replace_cells
from govinfo_report.render import render_html

V2019, V2021 = FormatVersion.V2019, FormatVersion.V2021
COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other", "total")
LABELS = {
    spec.key: spec.labels for cls in (V2021, V2019) for spec in cell_specs(good_report(cls), subtotals=True)
}


def test_the_shipped_example_has_no_finding_at_all() -> None:
    result = check(load_example())
    assert result.findings == ()
    assert result.ok
    assert set(result.rules) >= {"T3-01", "T3-02", "T3-03", "T3-04", "T4-01", "CELL-01", "FEE-01", "FEE-02"}


def test_the_catalogue_declares_each_rule_once_with_titles_and_an_explanation() -> None:
    assert len({rule.code for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert re.fullmatch(r"[A-Z][A-Z0-9]*-\d\d", rule.code)
        assert rule.title("zh")
        assert rule.title("en")
        assert rule.explanation
        assert rule.versions
    errors = {rule.code for rule in RULES if rule.severity is Severity.ERROR}
    assert errors == {"T3-01", "T3-02", "T3-03", "T3-04", "T4-01", "CELL-01"}


@pytest.mark.parametrize("version", [V2021, V2019])
def test_a_row_total_finding_names_every_cell_with_labels_and_figures(version: FormatVersion) -> None:
    report = replace_cells(good_report(version), {"table3.results.disclosed.total": 7})
    (finding,) = check(report, select="T3-02").findings
    row = "table3.results.disclosed"
    assert finding.cells[0] == f"{row}.total"
    assert set(finding.cells) == {key for key in LABELS if key.rpartition(".")[0] == row}
    assert finding.labels == tuple(LABELS[cell] for cell in finding.cells)
    assert (finding.expected, finding.actual, finding.difference) == (3, 7, 4)
    assert "（一）予以公开" in finding.message_zh
    assert finding.severity is Severity.ERROR


def test_the_balance_finding_names_the_four_cells_of_the_column() -> None:
    report = replace_cells(good_report(), {"table3.carried_over.commercial": 4})
    findings = list(check(report, select="T3-01").findings)
    assert [f.cells for f in findings] == [
        (
            "table3.received.commercial",
            "table3.carried_over.commercial",
            "table3.results.total.commercial",
            "table3.carried_forward.commercial",
        )
    ]
    assert (findings[0].expected, findings[0].actual) == (6, 2)


def test_the_results_total_counts_the_single_2019_other_handling_row() -> None:
    report = replace_cells(good_report(V2019), {"table3.results.other_handling.research": 2})
    (finding,) = check(report, select="T3-03").findings
    assert "table3.results.other_handling.research" in finding.cells
    assert finding.cells[0] == "table3.results.total.research"
    assert (finding.expected, finding.actual) == (2, 0)


def test_a_2021_other_handling_printed_as_one_row_counts_instead_of_its_blank_rows() -> None:
    report = good_report()
    for name in ("no_correction", "fee_unpaid", "other"):
        report = replace_cells(report, {f"table3.results.other_handling.{name}.{c}": None for c in COLUMNS})
    report = replace_cells(
        report, {"table3.received.other": 2, "table3.results.other_handling.subtotal.other": 2}
    )
    report = compute_totals(report)
    assert check(report, min_severity="error").findings == ()
    broken = replace_cells(report, {"table3.results.other_handling.subtotal.other": 1})
    found = check(broken, select="T3", ignore="BLANK").findings
    assert {f.code for f in found} == {"T3-02", "T3-03"}
    assert all("table3.results.other_handling.subtotal.other" in f.cells for f in found)


def test_a_reported_subtotal_is_compared_with_its_rows_and_not_counted_twice() -> None:
    report = compute_totals(replace_cells(good_report(), {"table3.results.withheld.subtotal.commercial": 0}))
    assert report.table3.results.withheld.subtotal.commercial == 1
    assert check(report, min_severity="error").findings == ()
    broken = replace_cells(report, {"table3.results.withheld.subtotal.total": 3})
    assert codes(check(broken, select="T3")) == ["T3-02", "T3-04"]


def test_select_and_ignore_take_codes_and_groups_in_any_case() -> None:
    report = replace_cells(good_report(), {"table3.received.total": 1, "table4.review.total": 9})
    assert codes(check(report, select=["t4"])) == ["T4-01"]
    assert codes(check(report, select=["T3-02", "T4-01"])) == ["T3-02", "T4-01"]
    assert "T3-02" not in codes(check(report, ignore=["T3-02"]))
    assert codes(check(report, select="T3", ignore="T3-01")) == ["T3-02"]
    assert check(report, select="T4").rules == ("T4-01", "BLANK-01", "BLANK-02")


def test_an_unknown_code_is_an_error_that_lists_the_codes() -> None:
    with pytest.raises(CheckError, match=r"select: no rule has the code or group 'T9'.*T3-01"):
        check(good_report(), select="T9")
    with pytest.raises(CheckError, match=r"ignore: no rule has the code or group 'X-01'"):
        check(good_report(), ignore=["X-01"])


def test_min_severity_leaves_out_lower_rules() -> None:
    report = replace_cells(good_report(), {"table4.review.other": None})
    assert codes(check(report)) == ["BLANK-01"]
    assert codes(check(report, min_severity=Severity.WARNING)) == []
    report = attrs.evolve(report, sections=attrs.evolve(report.sections, problems=""))
    assert codes(check(report, min_severity="warning")) == ["SEC-02"]
    assert codes(check(report, min_severity="error")) == []
    with pytest.raises(
        CheckError, match=r"min_severity: expected one of 'error', 'warning', 'info', got 'fatal'"
    ):
        check(report, min_severity="fatal")


def test_blanks_count_as_zero_by_default_and_the_info_lists_them() -> None:
    report = replace_cells(good_report(), {"table4.review.corrected": None, "table4.review.other": None})
    result = check(report, select="T4")
    (info,) = result.findings
    assert info.code == "BLANK-01"
    assert info.severity is Severity.INFO
    assert info.cells == ("table4.review.corrected", "table4.review.other")
    assert info.labels == (("行政复议", "结果纠正"), ("行政复议", "其他结果"))


def test_strict_blanks_make_the_rule_not_assessable_there_and_say_so() -> None:
    report = replace_cells(good_report(), {"table4.review.other": None, "table4.review.total": 5})
    zero = check(report, select="T4")
    assert codes(zero) == ["T4-01", "BLANK-01"]
    strict = check(report, select="T4", blanks=Blanks.STRICT)
    (warning,) = strict.findings
    assert warning.code == "BLANK-02"
    assert warning.severity is Severity.WARNING
    assert warning.cells == ("table4.review.other",)
    assert "T4-01" in warning.message_zh
    assert "T4-01" in warning.message_en
    assert strict.ok
    with pytest.raises(CheckError, match=r"blanks: expected one of 'zero', 'strict', got 'skip'"):
        check(report, blanks="skip")


def test_ignoring_the_blank_rules_silences_them() -> None:
    report = replace_cells(good_report(), {"table4.review.other": None})
    assert codes(check(report, select="T4", ignore="BLANK")) == []


@pytest.mark.parametrize(
    ("value", "problem"),
    [(True, "must be an int, got bool"), (2.0, "must be an int, got float"), (Decimal(1), "got Decimal")],
)
def test_the_cell_rule_names_each_cell_a_report_made_otherwise_got_wrong(value: object, problem: str) -> None:
    with attrs.validators.disabled():
        report = with_cell(good_report(), "table4.review.other", value)
    (finding,) = check(report, select="CELL-01").findings
    assert finding.cells == ("table4.review.other",)
    assert problem in finding.message_en
    assert "行政复议 / 其他结果" in finding.message_zh


def test_the_cell_rule_checks_money_and_signed_cells_by_their_kind() -> None:
    with attrs.validators.disabled():
        report = with_cell(good_report(V2019), "table2.procurement.amount", Decimal("-1"))
        report = with_cell(report, "table2.fees.items_change", -3)
    (finding,) = check(report, select="CELL-01").findings
    assert finding.cells == ("table2.procurement.amount",)
    assert "money must be >= 0" in finding.message_en


def test_a_cell_that_holds_no_number_stops_the_check_naming_the_cell() -> None:
    with attrs.validators.disabled():
        report = with_cell(good_report(), "table3.received.research", "3")
        previous = with_cell(good_report(V2021, 2022), "table2.fees.amount_wan_yuan", Decimal("NaN"))
    with pytest.raises(CheckError, match=r"not numbers: table3.received.research holds str '3'$"):
        check(report)
    with pytest.raises(CheckError, match=r"table2.fees.amount_wan_yuan of 某局 2022 holds Decimal"):
        check(report, previous=previous)
    assert [f.cells for f in check(report, select="CELL-01").findings] == [("table3.received.research",)]


def test_previous_must_be_the_year_before() -> None:
    with pytest.raises(
        CheckError, match=r"previous: the report of the year before 2023 is needed, got one of 2021"
    ):
        check(good_report(), previous=good_report(V2021, 2021))
    with pytest.raises(CheckError, match=r"report: expected a report .* got dict"):
        check({})  # type: ignore[arg-type]


def test_the_carry_over_rule_works_across_format_versions_and_names_the_previous_cells() -> None:
    previous = good_report(V2019, 2020)
    report = good_report(V2021, 2021)
    findings = check(report, previous=previous, select="YEAR").findings
    assert [f.code for f in findings] == ["YEAR-01", "YEAR-01", "YEAR-01"]
    first = findings[0]
    assert first.cells == ("table3.carried_over.natural_person",)
    assert first.related == (CellRef("某局 2020", "table3.carried_forward.natural_person"),)
    assert (first.expected, first.actual) == (2, 1)


def test_the_stock_rules_need_a_previous_report_of_the_same_format() -> None:
    previous = replace_cells(good_report(V2021, 2022), {"table2.regulations.in_force": 1})
    report = replace_cells(
        good_report(V2021, 2023), {"table2.regulations.issued": 4, "table2.regulations.repealed": 1}
    )
    assert check(report, previous=previous, select="YEAR-02").findings == ()
    report = replace_cells(report, {"table2.regulations.in_force": 5})
    (finding,) = check(report, previous=previous, select="YEAR-02").findings
    assert finding.cells == (
        "table2.regulations.issued",
        "table2.regulations.repealed",
        "table2.regulations.in_force",
    )
    assert finding.related == (CellRef("某局 2022", "table2.regulations.in_force"),)
    assert (finding.expected, finding.actual, finding.difference) == (4, 5, 1)
    assert check(good_report(V2021, 2021), previous=good_report(V2019, 2020), select="YEAR-02").findings == ()


def test_the_legal_deadline_depends_on_whose_report_it_is_and_can_be_replaced() -> None:
    unit = good_report()
    assert legal_deadline(unit.metadata) == date(2024, 1, 31)
    late = attrs.evolve(unit, metadata=attrs.evolve(unit.metadata, published=date(2024, 1, 29)))
    assert codes(check(late, select="META-03")) == []
    assert codes(check(late, select="META-03", deadline=date(2024, 1, 28))) == ["META-03"]
    local = check(late, select="META-03", deadline=lambda meta: date(meta.year + 1, 1, 25))
    assert "2024-01-25" in local.findings[0].message_en
    aggregate = attrs.evolve(late, metadata=attrs.evolve(late.metadata, kind=ReportKind.AGGREGATE))
    assert legal_deadline(aggregate.metadata) == date(2024, 3, 31)


def test_the_version_rule_says_when_no_format_covers_the_year() -> None:
    report = good_report(V2019, 2018)
    (finding,) = check(report, select="META-01").findings
    assert "2018" in finding.message_en
    assert "no national format" in finding.message_en
    assert finding.cells == ("format_version", "metadata.year")


def carrying_one(report: object) -> object:
    """``report`` carrying forward what ``good_report`` carries over: one 自然人 application."""
    ends = {"natural_person": 1, "commercial": 0, "total": 1}
    return replace_cells(report, {f"table3.carried_forward.{name}": value for name, value in ends.items()})


def test_a_series_checks_each_year_against_the_one_before() -> None:
    y2021 = carrying_one(good_report(V2021, 2021))
    y2022 = carrying_one(replace_cells(good_report(V2021, 2022), {"table3.carried_over.natural_person": 3}))
    y2023 = good_report(V2021, 2023)
    results = check_series([y2023, y2021, y2022], select="YEAR-01")
    assert [result.year for result in results] == [2023, 2021, 2022]
    assert [codes(result) for result in results] == [[], [], ["YEAR-01"]]
    assert results[2].findings[0].cells == ("table3.carried_over.natural_person",)
    with_previous = check_series([y2022, y2023], previous=y2021, select="YEAR-01")
    assert [codes(result) for result in with_previous] == [["YEAR-01"], []]


def test_a_series_is_one_agency_with_one_report_a_year() -> None:
    other = attrs.evolve(good_report(), metadata=attrs.evolve(good_report().metadata, agency="乙局"))
    with pytest.raises(CheckError, match="a series is one agency's reports, got reports of 乙局, 某局"):
        check_series([good_report(), other])
    with pytest.raises(CheckError, match="got two of 2023"):
        check_series([good_report(), good_report()])
    with pytest.raises(CheckError, match="previous: the report of 2022 is needed, got one of 2021"):
        check_series([good_report()], previous=good_report(V2021, 2021))
    assert check_series([]) == ()


def test_check_aggregate_refuses_parts_of_another_year_or_format_and_no_parts() -> None:
    with pytest.raises(
        CheckError, match=r"parts\[0\] \(某局 2022\) has year 2022, but the aggregate has 2023"
    ):
        check_aggregate(good_report(), [good_report(V2021, 2022)])
    with pytest.raises(CheckError, match="has format version 2019, but the aggregate has 2021"):
        check_aggregate(good_report(V2021, 2021), [good_report(V2019, 2021)])
    with pytest.raises(CheckError, match="needs the reports"):
        check_aggregate(good_report(), [])


def test_the_aggregate_rule_names_the_parts_cells() -> None:
    part = replace_cells(good_report(), {"table4.review.upheld": 2, "table4.review.total": 3})
    findings = check_aggregate(good_report(), [part], select="AGG-01").findings
    assert [f.cells for f in findings] == [("table4.review.upheld",), ("table4.review.total",)]
    assert findings[0].related == (CellRef("某局 2023", "table4.review.upheld"),)
    assert (findings[0].expected, findings[0].actual) == (2, 1)


def broken_result() -> CheckResult:
    changes = {
        "table4.review.total": 3,
        "processing_fees.fee_collected": Decimal("2.5"),
        "processing_fees.fee_notice_amount": Decimal(2),
    }
    return check(replace_cells(good_report(), changes))


def test_findings_and_results_pickle() -> None:
    result = broken_result()
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(result.findings[0])) == result.findings[0]
    across = check(good_report(V2021, 2021), previous=good_report(V2019, 2020))
    assert any(finding.related for finding in across.findings)
    assert pickle.loads(pickle.dumps(across)) == across


def test_the_dict_form_is_json_with_exact_amounts() -> None:
    result = broken_result()
    data = json.loads(result.to_json("en"))
    assert data["ok"] is False
    assert data["counts"] == {"error": 1, "warning": 1, "info": 0}
    fee = next(finding for finding in data["findings"] if finding["code"] == "FEE-01")
    assert (fee["expected"], fee["actual"], fee["difference"]) == ("2", "2.5", "0.5")
    assert fee["cells"] == ["processing_fees.fee_notice_amount", "processing_fees.fee_collected"]
    assert fee["labels"] == [["信息处理费", "通知金额"], ["信息处理费", "实际收取金额"]]
    assert set(fee) >= {"code", "severity", "message", "cells"}
    total = next(finding for finding in data["findings"] if finding["code"] == "T4-01")
    assert (total["expected"], total["actual"], total["difference"]) == (2, 3, 1)


def test_the_text_form_is_chinese_by_default_and_english_on_request() -> None:
    result = broken_result()
    zh, en = str(result), result.text("en")
    assert zh == result.text()
    assert zh.splitlines()[0] == "某局2023年政府信息公开工作年度报告"
    assert "结果：未通过（错误 1 条，警告 1 条，提示 0 条）" in zh
    assert "[错误] T4-01" in zh
    assert "[警告] FEE-01" in zh
    assert "result: errors found (1 error, 1 warning, 0 notes)" in en
    assert "[error] T4-01" in en
    with pytest.raises(CheckError, match="unknown language 'fr'"):
        result.text("fr")


def test_findings_mark_the_cells_they_name_in_a_rendered_page() -> None:
    result = broken_result()
    page = render_html(good_report(), findings=result.findings)
    assert html.escape(result.findings[0].message, quote=False) in page
    assert result.findings[0].message == result.findings[0].text("zh") == result.findings[0].message_zh


def test_counts_cover_every_severity() -> None:
    result = check(good_report())
    assert result.counts == {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}


def test_severities_are_ordered() -> None:
    assert Severity.INFO < Severity.WARNING < Severity.ERROR
    assert sorted([Severity.ERROR, Severity.INFO, Severity.WARNING]) == [
        Severity.INFO,
        Severity.WARNING,
        Severity.ERROR,
    ]
    assert Severity.WARNING.label("en") == "warning"


def test_a_finding_without_figures_has_no_difference() -> None:
    finding = Finding("SEC-01", Severity.WARNING, "缺", "missing", cells=("sections.other",))
    assert finding.difference is None
    assert finding.to_dict()["expected"] is None
