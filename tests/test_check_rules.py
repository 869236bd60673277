"""Every rule of the catalogue: a report that breaks it, and one that does not."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import attrs
import pytest

from checked_reports import codes, good_report, with_cell
from govinfo_report.build import aggregate, compute_totals
from govinfo_report.checks import RULES, CheckResult, Severity, check, check_aggregate
from govinfo_report.model import FormatVersion, Period, ReportKind, replace_cells

V2019, V2021 = FormatVersion.V2019, FormatVersion.V2021


def run(code: str, report: object, **options: object) -> CheckResult:
    return check(report, select=code, **options)  # type: ignore[arg-type]


def changed(version: FormatVersion = V2021, **values: object) -> object:
    """The good report with cells changed (keys written with ``__`` for ``.``)."""
    return replace_cells(
        good_report(version), {key.replace("__", "."): value for key, value in values.items()}
    )


def previous_year(version: FormatVersion, **values: object) -> object:
    report = good_report(version, 2022 if version is V2021 else 2019)
    return replace_cells(report, {key.replace("__", "."): value for key, value in values.items()})


def late(kind: ReportKind, published: date) -> object:
    report = good_report(V2021, kind=kind)
    return attrs.evolve(report, metadata=attrs.evolve(report.metadata, published=published))


def sections(**texts: str | None) -> object:
    report = good_report()
    return attrs.evolve(report, sections=attrs.evolve(report.sections, **texts))


def parts() -> tuple[object, object]:
    a = replace_cells(good_report(), {"table4.review.upheld": 3})
    b = attrs.evolve(good_report(), metadata=attrs.evolve(good_report().metadata, agency="乙局"))
    return a, b


def aggregated(change: dict[str, object] | None = None, **metadata: object) -> object:
    total = aggregate(parts(), agency="某区人民政府办公室")
    total = attrs.evolve(total, metadata=attrs.evolve(total.metadata, **metadata))
    return replace_cells(total, change or {})


def invalid_cell() -> object:
    """A report holding a negative count, made with the model's validators switched off."""
    report = good_report()
    with attrs.validators.disabled():
        return with_cell(report, "table3.received.research", -1)


#: For each rule code: a check of a report that breaks the rule, and of one that does not.
CASES: dict[str, tuple[Callable[[], CheckResult], Callable[[], CheckResult]]] = {
    "T3-01": (
        lambda: run("T3-01", changed(table3__carried_forward__natural_person=9)),
        lambda: run("T3-01", good_report()),
    ),
    "T3-02": (
        lambda: run("T3-02", changed(table3__received__total=6)),
        lambda: run("T3-02", good_report(V2019)),
    ),
    "T3-03": (
        lambda: run("T3-03", changed(V2019, table3__results__other_handling__legal_service=1)),
        lambda: run("T3-03", good_report(V2019)),
    ),
    "T3-04": (
        lambda: run("T3-04", changed(table3__results__withheld__subtotal__commercial=2)),
        lambda: run("T3-04", compute_totals(changed(table3__results__withheld__subtotal__commercial=0))),
    ),
    "T4-01": (
        lambda: run("T4-01", changed(table4__litigation_after_review__other=1)),
        lambda: run("T4-01", good_report()),
    ),
    "CELL-01": (
        lambda: run("CELL-01", invalid_cell()),
        lambda: run("CELL-01", good_report(V2019)),
    ),
    "YEAR-01": (
        lambda: run("YEAR-01", good_report(), previous=previous_year(V2021)),
        lambda: run(
            "YEAR-01",
            good_report(),
            previous=previous_year(
                V2021,
                table3__carried_forward__natural_person=1,
                table3__carried_forward__commercial=0,
                table3__carried_forward__total=1,
            ),
        ),
    ),
    "YEAR-02": (
        lambda: run("YEAR-02", good_report(), previous=previous_year(V2021, table2__regulations__in_force=3)),
        lambda: run("YEAR-02", good_report(), previous=previous_year(V2021)),
    ),
    "YEAR-03": (
        lambda: run(
            "YEAR-03", good_report(V2019), previous=previous_year(V2019, table2__fees__items_change=-2)
        ),
        lambda: run("YEAR-03", good_report(V2019), previous=previous_year(V2019)),
    ),
    "META-01": (
        lambda: run("META-01", good_report(V2019, 2022)),
        lambda: run("META-01", good_report(V2019, 2020)),
    ),
    "META-02": (
        lambda: run("META-02", good_report(period=Period(date(2023, 1, 1), date(2023, 6, 30)))),
        lambda: run("META-02", good_report(period=None)),
    ),
    "META-03": (
        lambda: run("META-03", late(ReportKind.UNIT, date(2024, 2, 1))),
        lambda: run("META-03", late(ReportKind.GOVERNMENT, date(2024, 3, 31))),
    ),
    "SEC-01": (
        lambda: run("SEC-01", sections(reviews=None)),
        lambda: run("SEC-01", sections(reviews="")),
    ),
    "SEC-02": (
        lambda: run("SEC-02", sections(problems=" \n")),
        lambda: run("SEC-02", good_report()),
    ),
    "FEE-01": (
        lambda: run(
            "FEE-01",
            changed(
                processing_fees__fee_notice_amount=Decimal(100),
                processing_fees__fee_collected=Decimal("100.5"),
            ),
        ),
        lambda: run(
            "FEE-01",
            changed(
                processing_fees__fee_notice_amount=Decimal(100), processing_fees__fee_collected=Decimal(100)
            ),
        ),
    ),
    "FEE-02": (
        lambda: run(
            "FEE-02",
            changed(processing_fees__fee_notices=0, table3__results__other_handling__fee_unpaid__total=1),
        ),
        lambda: run(
            "FEE-02",
            changed(processing_fees__fee_notices=1, table3__results__other_handling__fee_unpaid__total=1),
        ),
    ),
    "TEXT-01": (
        lambda: run("TEXT-01", sections(overview="依申请公开引起行政复议3件。")),
        lambda: run("TEXT-01", sections(overview="依申请公开引起行政复议2件。")),
    ),
    "AGG-01": (
        lambda: check_aggregate(aggregated({"table4.review.upheld": 5}), parts(), select="AGG-01"),
        lambda: check_aggregate(aggregated(), parts(), select="AGG-01"),
    ),
    "AGG-02": (
        lambda: check_aggregate(aggregated(aggregates=("甲局",)), parts(), select="AGG-02"),
        lambda: check_aggregate(aggregated(aggregates=("乙局", "某局")), parts(), select="AGG-02"),
    ),
    "BLANK-01": (
        lambda: run("T4", changed(table4__review__other=None)),
        lambda: run("T4", good_report()),
    ),
    "BLANK-02": (
        lambda: run("T4", changed(table4__review__other=None), blanks="strict"),
        lambda: run("T4", good_report(), blanks="strict"),
    ),
}


def test_every_rule_has_a_breaking_and_a_clean_case() -> None:
    assert set(CASES) == {rule.code for rule in RULES}


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_report_that_breaks_the_rule_gets_its_finding(code: str) -> None:
    result = CASES[code][0]()
    found = [finding for finding in result.findings if finding.code == code]
    assert found
    rule = next(rule for rule in RULES if rule.code == code)
    assert all(finding.severity is rule.severity and finding.cells for finding in found)
    assert all(finding.message_zh and finding.message_en for finding in found)
    assert result.ok is (rule.severity is not Severity.ERROR)


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_report_that_keeps_the_rule_gets_no_finding_of_it(code: str) -> None:
    result = CASES[code][1]()
    assert code not in codes(result)
