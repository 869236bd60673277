"""Per-field facts are checked at construction; totals are not."""

from __future__ import annotations

import pickle
from datetime import date, datetime
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

from govinfo_report.errors import GovInfoReportError, InvalidValueError
from govinfo_report.model import (
    ApplicantRow,
    FeeItemsRowV2019,
    FeesRowV2021,
    FormatVersion,
    Metadata,
    OtherHandling,
    Period,
    ReportV2021,
    Withheld,
)
from report_strategies import reports


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (-1, "a count must be >= 0, got -1"),
        (True, "a count must be an int, got bool True"),
        (1.0, "a count must be an int, got float 1.0"),
        ("3", "a count must be an int, got str '3'"),
        (Decimal(3), "a count must be an int, got Decimal Decimal('3')"),
    ],
)
def test_a_count_refuses_anything_but_a_non_negative_int(value: object, problem: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        ApplicantRow(commercial=value)  # type: ignore[arg-type]
    assert str(caught.value) == f"ApplicantRow.commercial (商业企业): {problem}"


def test_a_count_accepts_zero_large_ints_and_blank() -> None:
    row = ApplicantRow(natural_person=0, commercial=10**15, research=None)
    assert (row.natural_person, row.commercial, row.research) == (0, 10**15, None)


def test_a_signed_count_accepts_negatives_but_not_bools() -> None:
    assert FeeItemsRowV2019(items_change=-8).items_change == -8
    with pytest.raises(InvalidValueError, match=r"FeeItemsRowV2019.items_change \(本年增/减\)"):
        FeeItemsRowV2019(items_change=False)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (1.5, "money must be a Decimal, got float 1.5"),
        (2, "money must be a Decimal, got int 2"),
        (Decimal("-0.01"), "money must be >= 0, got -0.01"),
        (Decimal("NaN"), "money must be a finite Decimal, got NaN"),
        (Decimal("Infinity"), "money must be a finite Decimal, got Infinity"),
        (Decimal("1e18"), "money must be below 10^18, got 1E+18"),
        (Decimal("0.0000000000001"), "money may have at most 12 decimal places, got 1E-13"),
    ],
)
def test_money_refuses_anything_but_a_finite_non_negative_decimal(value: object, problem: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        FeesRowV2021(amount_wan_yuan=value)  # type: ignore[arg-type]
    assert str(caught.value) == f"FeesRowV2021.amount_wan_yuan (本年收费金额（单位：万元）): {problem}"


def test_money_keeps_the_decimal_it_was_given() -> None:
    assert str(FeesRowV2021(amount_wan_yuan=Decimal("96171.60")).amount_wan_yuan) == "96171.60"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"agency": "", "year": 2023}, "Metadata.agency: the agency name must not be empty"),
        ({"agency": 5, "year": 2023}, "Metadata.agency: expected str, got int 5"),
        ({"agency": "某局", "year": True}, "Metadata.year: expected int, got bool True"),
        ({"agency": "某局", "year": 2007}, "Metadata.year: must be between 2008 and 9999, got 2007"),
        (
            {"agency": "某局", "year": 2023, "published": datetime(2024, 1, 1)},
            "Metadata.published: expected date or None",
        ),
        ({"agency": "某局", "year": 2023, "kind": "unit"}, "Metadata.kind: expected ReportKind"),
        (
            {"agency": "某局", "year": 2023, "aggregates": ["甲局"]},
            "Metadata.aggregates: expected a tuple of str",
        ),
    ],
)
def test_metadata_refuses_bad_fields_naming_them(fields: dict, message: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        Metadata(**fields)
    assert str(caught.value).startswith(message)


def test_a_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(InvalidValueError, match="end 2023-01-01 is before start 2023-12-31"):
        Period(date(2023, 12, 31), date(2023, 1, 1))


def test_a_part_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"ReportV2021.table4: expected Table4, got"):
        ReportV2021(Metadata("某局", 2023), table4=ApplicantRow())  # type: ignore[arg-type]


def test_model_errors_belong_to_the_library_hierarchy() -> None:
    with pytest.raises(GovInfoReportError):
        ApplicantRow(total=-1)


def test_totals_that_do_not_add_up_are_held_as_reported() -> None:
    row = ApplicantRow(natural_person=1, commercial=1, total=5)
    assert row.total == 5


def test_a_group_holds_a_reported_subtotal_beside_its_rows() -> None:
    group = Withheld(state_secret=ApplicantRow(natural_person=2), subtotal=ApplicantRow(natural_person=2))
    assert group.subtotal is not None
    assert (group.state_secret.natural_person, group.subtotal.natural_person) == (2, 2)


def test_a_2021_report_can_hold_other_handling_as_one_row_instead_of_three() -> None:
    hybrid = OtherHandling(subtotal=ApplicantRow(natural_person=3, total=3))
    assert hybrid.no_correction == ApplicantRow()
    assert hybrid.subtotal == ApplicantRow(natural_person=3, total=3)


def test_reports_are_frozen() -> None:
    report = ReportV2021(Metadata("某局", 2023))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.metadata = Metadata("别局", 2023)  # type: ignore[misc]


def test_format_version_follows_the_report_year() -> None:
    assert [FormatVersion.for_year(year).value for year in (2019, 2020, 2021, 2035)] == [
        "2019",
        "2019",
        "2021",
        "2021",
    ]
    with pytest.raises(InvalidValueError, match="no national format covers report year 2018"):
        FormatVersion.for_year(2018)


@given(reports())
def test_reports_survive_pickling(report: object) -> None:
    assert pickle.loads(pickle.dumps(report)) == report
