"""The cell walk: key paths, label paths and values, and rebuilding reports from cells."""

from __future__ import annotations

import pytest
from hypothesis import given

from govinfo_report.errors import InvalidValueError, UnknownCellError
from govinfo_report.model import (
    ApplicantRow,
    Metadata,
    ReportV2019,
    ReportV2021,
    cell_specs,
    cell_values,
    from_cells,
    get_cell,
    iter_cells,
    replace_cells,
)
from report_strategies import reports

META = Metadata("某局", 2023)


def test_iter_cells_yields_key_label_path_and_value() -> None:
    report = replace_cells(ReportV2021(META), {"table3.results.withheld.state_secret.natural_person": 7})
    cell = next(
        c for c in iter_cells(report) if c.key == "table3.results.withheld.state_secret.natural_person"
    )
    assert cell.labels == ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密", "自然人")
    assert cell.label == "三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人"
    assert cell.value == 7


@given(reports())
def test_iter_cells_reads_the_value_at_each_key_path(report: ReportV2021 | ReportV2019) -> None:
    for cell in iter_cells(report):
        value = report
        for name in cell.key.split("."):
            value = getattr(value, name)
        assert value == cell.value


def test_subtotal_cells_are_walked_only_where_the_report_holds_the_row() -> None:
    plain = ReportV2021(META)
    assert not any(cell.spec.subtotal for cell in iter_cells(plain))
    with_row = replace_cells(plain, {"table3.results.unable.subtotal.natural_person": 4})
    subtotal_keys = [cell.key for cell in iter_cells(with_row) if cell.spec.subtotal]
    assert subtotal_keys == [
        f"table3.results.unable.subtotal.{name}" for name in ApplicantRow.__annotations__
    ]
    assert get_cell(with_row, "table3.results.unable.subtotal.natural_person").value == 4
    assert with_row.table3.results.unable.subtotal == ApplicantRow(natural_person=4)


def test_get_cell_names_unknown_keys_and_absent_subtotals() -> None:
    with pytest.raises(
        UnknownCellError, match=r"'table2.procurement.amount' is not a cell of the 2021 format"
    ):
        get_cell(ReportV2021(META), "table2.procurement.amount")
    with pytest.raises(UnknownCellError, match="holds no such subtotal row"):
        get_cell(ReportV2021(META), "table3.results.withheld.subtotal.total")


@given(reports())
def test_from_cells_of_cell_values_gives_the_report_back(report: ReportV2021 | ReportV2019) -> None:
    rebuilt = from_cells(
        type(report), cell_values(report), metadata=report.metadata, sections=report.sections
    )
    assert rebuilt == report


def test_from_cells_refuses_unknown_keys_and_bad_values_naming_the_cell() -> None:
    with pytest.raises(UnknownCellError, match=r"'table3.recieved.total' is not a cell of the 2019 format"):
        from_cells(ReportV2019, {"table3.recieved.total": 1}, metadata=META)
    with pytest.raises(InvalidValueError) as caught:
        from_cells(ReportV2019, {"table2.fees.items_change": 1.5}, metadata=META)
    assert (
        str(caught.value)
        == "table2.fees.items_change (第二十条第（八）项 / 行政事业性收费 / 本年增/减): a signed count must be an int, got float 1.5"
    )


def test_replace_cells_changes_only_the_named_cells() -> None:
    report = replace_cells(ReportV2021(META), {"table4.review.upheld": 1, "table2.licensing.decisions": 9})
    changed = replace_cells(report, {"table4.review.upheld": None})
    before, after = cell_values(report), cell_values(changed)
    assert {key for key in before if before[key] != after[key]} == {"table4.review.upheld"}
    assert after["table2.licensing.decisions"] == 9


def test_cell_specs_refuses_things_that_are_not_reports() -> None:
    with pytest.raises(TypeError, match="expected a report or report class, got ApplicantRow"):
        cell_specs(ApplicantRow)  # type: ignore[arg-type]


def test_money_cells_carry_their_unit() -> None:
    units = {spec.key: spec.unit for spec in cell_specs(ReportV2021) if spec.unit}
    assert units == {
        "table2.fees.amount_wan_yuan": "万元",
        "processing_fees.fee_notice_amount": "元",
        "processing_fees.fee_collected": "元",
    }


def test_a_cell_label_path_splits_into_its_row_and_its_column() -> None:
    specs = {spec.key: spec for spec in cell_specs(ReportV2021)}
    commercial = specs["table3.results.withheld.state_secret.commercial"]
    assert commercial.row == ("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密")
    assert commercial.column == ("法人或其他组织", "商业企业")
    fees = specs["table2.fees.amount_wan_yuan"]
    assert (fees.row, fees.column) == (
        ("第二十条第（八）项", "行政事业性收费"),
        ("本年收费金额（单位：万元）",),
    )
    pending = specs["table4.litigation_after_review.pending"]
    assert (pending.row, pending.column) == (("行政诉讼", "复议后起诉"), ("尚未审结",))
    assert all(spec.labels == spec.row + spec.column for spec in specs.values())


def test_table_rows_list_each_printed_row_with_its_cells_in_column_order() -> None:
    from govinfo_report.model import table_class, table_rows

    rows = table_rows(ReportV2021, "table3")
    assert [row.key for row in rows][:3] == [
        "table3.received",
        "table3.carried_over",
        "table3.results.disclosed",
    ]
    assert all(len(row.cells) == 7 for row in rows)
    assert all(cell.row == row.labels for row in rows for cell in row.cells)
    assert [cell.key for row in table_rows(ReportV2019) for cell in row.cells] == [
        spec.key for spec in cell_specs(ReportV2019)
    ]
    with_subtotals = table_rows(ReportV2021, "table3", subtotals=True)
    assert len(with_subtotals) == 29
    assert with_subtotals[12].key == "table3.results.withheld.subtotal"
    assert [row.key for row in table_rows(ReportV2021, "table4")] == [
        "table4.review",
        "table4.litigation_direct",
        "table4.litigation_after_review",
    ]
    assert table_class(ReportV2019, "table2").row_header == "信息内容"
    assert table_class(ReportV2021, "table3").note.startswith("（本列数据的勾稽关系为")
    with pytest.raises(UnknownCellError, match="'processing_fees' is not a table of the 2019 format"):
        table_class(ReportV2019, "processing_fees")
