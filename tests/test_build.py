"""Builders: blank reports, setting cells, computing totals, aggregating reports."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.build import ReportBuilder, aggregate, blank_report, compute_totals
from govinfo_report.errors import BuildError, InvalidValueError, UnknownCellError
from govinfo_report.model import (
    ApplicantRow,
    FormatVersion,
    Metadata,
    Period,
    ReportKind,
    ReportV2019,
    ReportV2021,
    cell_specs,
    cell_values,
    from_cells,
    replace_cells,
)
from report_strategies import REPORT_CLASSES
from report_strategies import cell_values as cell_value_strategy

COLUMNS = ("natural_person", "commercial", "research", "social_welfare", "legal_service", "other")


def n(value: int | None) -> int:
    return value or 0


def result_leaf_rows(results: Any) -> list[ApplicantRow]:
    rows = [results.disclosed, results.partially_disclosed]
    for name in ("withheld", "unable", "not_processed", "other_handling"):
        group = getattr(results, name)
        if isinstance(group, ApplicantRow):
            rows.append(group)
        else:
            rows += [getattr(group, f.name) for f in attrs.fields(type(group)) if f.name != "subtotal"]
    return rows


def assert_totals_right(report: ReportV2021 | ReportV2019) -> None:
    t3 = report.table3
    rows = [t3.received, t3.carried_over, t3.results.total, t3.carried_forward, *result_leaf_rows(t3.results)]
    for row in rows:
        assert n(row.total) == sum(n(getattr(row, c)) for c in COLUMNS)
    for column in (*COLUMNS, "total"):
        leaves = sum(n(getattr(row, column)) for row in result_leaf_rows(t3.results))
        assert n(getattr(t3.results.total, column)) == leaves
        assert n(getattr(t3.received, column)) + n(getattr(t3.carried_over, column)) == n(
            getattr(t3.results.total, column)
        ) + n(getattr(t3.carried_forward, column))
        assert n(getattr(t3.carried_forward, column)) >= 0
    for group in (
        report.table4.review,
        report.table4.litigation_direct,
        report.table4.litigation_after_review,
    ):
        assert n(group.total) == n(group.upheld) + n(group.corrected) + n(group.other) + n(group.pending)


@st.composite
def fillable(draw: st.DrawFn) -> ReportV2021 | ReportV2019:
    """A report with random leaf values whose received counts cover what was handled."""
    cls = draw(st.sampled_from(REPORT_CLASSES))
    values = draw(cell_value_strategy(cls, subtotals=False, leaves_only=True))
    report = from_cells(cls, values, metadata=Metadata("某局", 2023))
    handled = compute_totals(replace_cells(report, {f"table3.received.{c}": 10**12 for c in COLUMNS}))
    received = {
        f"table3.received.{c}": n(getattr(handled.table3.results.total, c)) + draw(st.integers(0, 50))
        for c in COLUMNS
    }
    return replace_cells(report, received)


@given(fillable())
def test_every_total_of_a_report_built_from_random_leaves_is_right(report: ReportV2021 | ReportV2019) -> None:
    assert_totals_right(compute_totals(report))


@given(fillable())
def test_the_builder_computes_totals_too(report: ReportV2021 | ReportV2019) -> None:
    built = ReportBuilder(report).build()
    assert_totals_right(built)
    assert built == compute_totals(report)


def test_totals_of_blank_parts_stay_blank() -> None:
    done = compute_totals(blank_report("某局", 2023))
    assert done.table3.results.total == ApplicantRow()
    assert done.table3.carried_forward == ApplicantRow()
    assert done.table4.review.total is None


def test_a_negative_carry_forward_is_an_error_that_names_the_cell() -> None:
    report = replace_cells(blank_report("某局", 2023), {"table3.results.disclosed.research": 2})
    with pytest.raises(BuildError, match=r"table3.carried_forward.research would be -2"):
        compute_totals(report)


def test_a_group_subtotal_is_recomputed_from_its_rows() -> None:
    report = replace_cells(
        blank_report("某局", 2023),
        {
            "table3.received.natural_person": 10,
            "table3.results.withheld.state_secret.natural_person": 2,
            "table3.results.withheld.third_party_rights.natural_person": 3,
            "table3.results.withheld.subtotal.natural_person": 99,
        },
    )
    done = compute_totals(report)
    assert done.table3.results.withheld.subtotal == ApplicantRow(natural_person=5, total=5)
    assert done.table3.results.total.natural_person == 5


def test_a_2021_report_printing_other_handling_as_one_row_counts_that_row() -> None:
    report = replace_cells(
        blank_report("某局", 2023),
        {"table3.received.other": 4, "table3.results.other_handling.subtotal.other": 3},
    )
    done = compute_totals(report)
    assert done.table3.results.other_handling.subtotal == ApplicantRow(other=3, total=3)
    assert done.table3.results.total.other == 3
    assert done.table3.carried_forward.other == 1


def test_blank_report_follows_the_year_unless_told() -> None:
    assert isinstance(blank_report("某局", 2020), ReportV2019)
    assert isinstance(blank_report("某局", 2021), ReportV2021)
    assert isinstance(blank_report("某局", 2018, format_version=FormatVersion.V2019), ReportV2019)
    assert isinstance(blank_report("某局", 2020, format_version=FormatVersion.V2021), ReportV2021)
    with pytest.raises(InvalidValueError, match="report year 2018"):
        blank_report("某局", 2018)


def test_blank_report_fills_metadata_and_empty_sections() -> None:
    report = blank_report("某局", 2023, kind=ReportKind.GOVERNMENT)
    assert report.metadata.title == "某局2023年政府信息公开工作年度报告"
    assert report.metadata.period == Period.calendar_year(2023)
    assert report.metadata.kind is ReportKind.GOVERNMENT
    assert set(attrs.asdict(report.sections).values()) == {""}
    assert set(cell_values(report).values()) == {None}


def test_blank_report_with_zeros_fills_every_cell_with_zero_of_its_kind() -> None:
    values = cell_values(blank_report("某局", 2023, zeros=True))
    assert set(values.values()) == {0}
    assert isinstance(values["table2.fees.amount_wan_yuan"], Decimal)


def test_the_builder_sets_cells_by_key_path_and_by_attribute() -> None:
    builder = ReportBuilder.blank("某局", 2023)
    builder.table3.received.natural_person = 3
    builder["table3.received.commercial"] = 2
    builder.table2.fees.amount_wan_yuan = 5
    assert builder.table3.received.natural_person == 3
    assert builder["table3.received.commercial"] == 2
    report = builder.build(totals=False)
    assert report.table3.received == ApplicantRow(natural_person=3, commercial=2)
    assert report.table2.fees.amount_wan_yuan == Decimal(5)
    assert isinstance(report.table2.fees.amount_wan_yuan, Decimal)


def test_the_builder_names_unknown_cells_and_suggests_the_closest() -> None:
    builder = ReportBuilder.blank("某局", 2023)
    with pytest.raises(
        UnknownCellError,
        match=r"'table3.received.natral_person' is not a cell.*did you mean 'table3.received.natural_person'",
    ):
        builder.table3.received.natral_person = 1
    with pytest.raises(AttributeError, match=r"'table3.recieved' is not a cell"):
        _ = builder.table3.recieved
    assert not hasattr(builder.table3, "bogus")
    with pytest.raises(
        UnknownCellError, match=r"'table2.procurement.amount' is not a cell of the 2021 format"
    ):
        builder["table2.procurement.amount"] = Decimal(1)


def test_the_builder_checks_values_at_once_naming_the_key_path() -> None:
    builder = ReportBuilder.blank("某局", 2023)
    with pytest.raises(
        InvalidValueError,
        match=r"^table4.review.upheld \(行政复议 / 结果维持\): a count must be >= 0, got -1$",
    ):
        builder.table4.review.upheld = -1


def test_the_builder_keeps_metadata_and_sections_changes() -> None:
    builder = ReportBuilder.blank("某局", 2023)
    builder.metadata = attrs.evolve(builder.metadata, website="www.example.gov.cn")
    builder.sections = attrs.evolve(builder.sections, problems="（一）存在问题")
    report = builder.build()
    assert report.metadata.website == "www.example.gov.cn"
    assert report.sections.problems == "（一）存在问题"


@given(
    st.sampled_from(REPORT_CLASSES).flatmap(
        lambda cls: st.lists(cell_value_strategy(cls), min_size=1, max_size=4).map(lambda vs: (cls, vs))
    )
)
def test_aggregate_sums_every_cell_and_keeps_blank_only_where_all_are_blank(
    case: tuple[type, list[dict]],
) -> None:
    cls, values = case
    reports = [from_cells(cls, v, metadata=Metadata(f"单位{i}", 2023)) for i, v in enumerate(values)]
    total = aggregate(reports, agency="某区人民政府办公室")
    assert type(total) is cls
    assert total.metadata.aggregates == tuple(f"单位{i}" for i in range(len(values)))
    assert total.metadata.kind is ReportKind.AGGREGATE
    result = cell_values(total)
    for key in {key for v in values for key in v}:
        parts = [v.get(key) for v in values]
        if all(part is None for part in parts):
            assert result[key] is None
        else:
            assert result[key] == sum(part for part in parts if part is not None)


def test_aggregate_refuses_mixed_years_versions_and_nothing() -> None:
    with pytest.raises(BuildError, match=r"report 1 \(乙局\) has year 2022, but report 0 \(甲局\) has 2023"):
        aggregate([blank_report("甲局", 2023), blank_report("乙局", 2022)], agency="某区")
    with pytest.raises(BuildError, match="has format version 2019"):
        aggregate(
            [blank_report("甲局", 2021), blank_report("乙局", 2021, format_version=FormatVersion.V2019)],
            agency="某区",
        )
    with pytest.raises(BuildError, match="at least one report"):
        aggregate([], agency="某区")


def test_every_official_cell_can_be_set_through_the_builder() -> None:
    for cls in REPORT_CLASSES:
        builder = ReportBuilder.blank("某局", 2023, format_version=cls.format_version)
        for index, spec in enumerate(cell_specs(cls)):
            builder[spec.key] = Decimal(index) if spec.kind.value == "money" else index
        values = cell_values(builder.build(totals=False))
        assert [values[spec.key] for spec in cell_specs(cls)] == list(range(len(cell_specs(cls))))
