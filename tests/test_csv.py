"""CSV: the long form reads back losslessly; the wide form is one row per report; formulas are inert."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.errors import DocumentError
from govinfo_report.examples import load_example
from govinfo_report.model import (
    Contact,
    Metadata,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    iter_cells,
    replace_cells,
)
from govinfo_report.serialize import LONG_COLUMNS, dumps_csv, dumps_csv_wide, loads_csv
from render_checks import sample_2019
from report_strategies import REPORT_CLASSES, reports

DANGEROUS = ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"]
HEADER = ",".join(LONG_COLUMNS)


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


@given(reports())
def test_a_generated_report_of_either_version_reads_back_unchanged(report: Any) -> None:
    assert loads_csv(dumps_csv(report)) == [report]


@settings(max_examples=20)
@given(st.lists(reports(), min_size=1, max_size=3), st.booleans())
def test_several_reports_in_one_file_read_back_in_order(many: list[Any], bom: bool) -> None:
    many = [
        attrs.evolve(
            report, metadata=attrs.evolve(report.metadata, agency=f"{index}{report.metadata.agency}")
        )
        for index, report in enumerate(many)
    ]
    text = dumps_csv(many, bom=bom)
    assert text.startswith("\ufeff") == bom
    assert loads_csv(text) == many
    assert loads_csv(text.encode("utf-8")) == many


@pytest.mark.parametrize("report_cls", REPORT_CLASSES)
def test_the_long_form_has_one_row_per_cell_with_its_key_and_label_path(report_cls: type) -> None:
    report = report_cls(Metadata("某局", 2023))
    table = rows(dumps_csv(report))
    assert table[0] == list(LONG_COLUMNS)
    cells = [row for row in table[1:] if row[3] not in ("metadata", "sections")]
    assert [row[4] for row in cells] == [cell.key for cell in iter_cells(report)]
    assert [row[5] for row in cells] == [cell.label for cell in iter_cells(report)]
    assert {row[6] for row in cells} == {""}
    assert {tuple(row[:3]) for row in table[1:]} == {("某局", "2023", report_cls.format_version.value)}


def test_metadata_and_sections_travel_as_rows_and_unset_ones_are_absent() -> None:
    report = attrs.evolve(
        ReportV2021(
            Metadata("某局", 2023, published=date(2024, 1, 31), contact=Contact(), aggregates=("甲", "乙"))
        ),
        sections=Sections(overview="", problems="问题"),
    )
    fields = {
        row[4]: (row[5], row[6]) for row in rows(dumps_csv(report))[1:] if row[3] in ("metadata", "sections")
    }
    assert fields == {
        "metadata.kind": ("", "unit"),
        "metadata.published": ("", "2024-01-31"),
        "metadata.contact": ("", ""),
        "metadata.aggregates.0": ("", "甲"),
        "metadata.aggregates.1": ("", "乙"),
        "sections.overview": ("一、总体情况", ""),
        "sections.problems": ("五、存在的主要问题及改进情况", "问题"),
    }
    assert loads_csv(dumps_csv(report)) == [report]


def test_money_and_signed_counts_are_written_exactly_and_as_numbers() -> None:
    report = replace_cells(
        ReportV2019(Metadata("某局", 2019)),
        {"table2.procurement.amount": Decimal("251000.50"), "table2.licensing.items_change": -3},
    )
    values = {row[4]: row[6] for row in rows(dumps_csv(report))[1:]}
    assert values["table2.procurement.amount"] == "251000.50"
    assert values["table2.licensing.items_change"] == "-3"
    assert (
        loads_csv(dumps_csv(report))[0].table2.procurement.amount.as_tuple()
        == Decimal("251000.50").as_tuple()
    )


@pytest.mark.parametrize("text", DANGEROUS)
def test_text_a_spreadsheet_would_run_is_neutralised_and_restored_on_reading(text: str) -> None:
    report = attrs.evolve(
        ReportV2021(Metadata(text, 2023, title=text)),
        sections=Sections(overview=text),
    )
    long, wide = dumps_csv(report), dumps_csv_wide([report])
    for table in (rows(long), rows(wide)):
        for row in table[1:]:
            for field in row:
                if field.lstrip("-").isdigit():
                    continue  # a number, not a formula
                assert not field.startswith(("=", "+", "-", "@", "\t", "\r")), field
    long_rows = rows(long)[1:]
    assert {row[0] for row in long_rows} == {"'" + text}
    assert loads_csv(long) == [report]


def test_the_wide_form_has_one_row_per_report_and_the_same_columns_for_both_versions() -> None:
    reports_ = [load_example(), sample_2019()]
    table = list(csv.DictReader(io.StringIO(dumps_csv_wide(reports_, bom=False), newline="")))
    assert [row["format_version"] for row in table] == ["2021", "2019"]
    header = rows(dumps_csv_wide([]))[0]
    assert header[:3] == ["agency", "year", "format_version"]
    keys = {spec.key for cls in REPORT_CLASSES for spec in cell_specs(cls, subtotals=True)}
    assert keys <= set(header)
    assert {
        "metadata.title",
        "metadata.period.start",
        "metadata.contact.telephone",
        "sections.overview",
    } <= set(header)
    assert len(header) == len(set(header))
    for report, row in zip(reports_, table, strict=True):
        for cell in iter_cells(report):
            assert row[cell.key] == ("" if cell.value is None else str(cell.value))
        assert row["agency"] == report.metadata.agency
        assert row["year"] == str(report.metadata.year)
    assert table[0]["table2.procurement.amount"] == ""  # a 2019 cell in a 2021 report
    assert table[1]["table3.results.withheld.subtotal.natural_person"] == "1"
    assert table[1]["metadata.published"] == "2020-01-31"
    assert dumps_csv_wide(reports_, bom=True).startswith("\ufeff")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "the CSV is empty"),
        ("a,b\n", "line 1: expected the header"),
        (f"{HEADER}\n某局,2023,2021,table4\n", "line 2: expected 7 fields, got 4"),
        (
            f"{HEADER}\n某局,2023,2021,,table9.x,,1\n",
            "line 2: 'table9.x' is not a metadata field, section or cell",
        ),
        (
            f"{HEADER}\n某局,2023,2021,,table4.review.upheld,,-1\n",
            "line 2: table4.review.upheld (行政复议 / 结果维持)",
        ),
        (f"{HEADER}\n某局,2023,2021,,table2.fees.amount_wan_yuan,,1e3\n", "money must be written as digits"),
        (
            f"{HEADER}\n某局,2023,2021,,metadata.published,,2024-02-30\n",
            "line 2: metadata.published: no such date",
        ),
        (f"{HEADER}\n某局,2023,2021,,metadata.kind,,city\n", "line 2: metadata.kind: expected one of"),
        (f"{HEADER}\n某局,2023,2021,,metadata.aggregates.x,,甲\n", "line 2: metadata.aggregates.x"),
        (
            f"{HEADER}\n某局,2023,2021,,metadata.period.start,,2023-01-01\n",
            "metadata.period.end: required key missing",
        ),
        (f"{HEADER}\n某局,2023,2022,,table4.review.upheld,,1\n", "line 2: unknown format_version '2022'"),
        (f"{HEADER}\n某局,二〇二三,2021,,table4.review.upheld,,1\n", "line 2: the year must be an integer"),
        (
            f"{HEADER}\n某局,1999,2021,,table4.review.upheld,,1\n",
            "line 2: metadata: Metadata.year: must be between",
        ),
        (
            f"{HEADER}\n ,2023,2021,,table4.review.upheld,,1\n",
            "line 2: metadata: Metadata.agency: the agency name must not be empty",
        ),
        (
            f"{HEADER}\n某局,2023,2021,,table4.review.upheld,,1\n某局,2023,2021,,table4.review.upheld,,2\n",
            "line 3: table4.review.upheld appears again for the same report (first on line 2)",
        ),
    ],
)
def test_bad_csv_is_refused_with_the_line_and_key_of_the_problem(text: str, message: str) -> None:
    with pytest.raises(DocumentError) as caught:
        loads_csv(text)
    assert message in str(caught.value)


def test_bytes_that_are_not_utf8_are_refused() -> None:
    with pytest.raises(DocumentError, match="not UTF-8"):
        loads_csv(HEADER.encode() + b"\n\xff\xfe,2023\n")


def test_cells_left_out_of_a_long_form_file_read_back_blank() -> None:
    text = f"{HEADER}\n某局,2023,2021,table4,table4.review.upheld,行政复议 / 结果维持,2\n"
    (report,) = loads_csv(text)
    assert isinstance(report, ReportV2021)
    assert report.table4.review.upheld == 2
    assert report.table4.review.total is None
    assert report.metadata == Metadata("某局", 2023)


def test_problems_name_the_line_a_row_starts_on_when_text_spans_lines() -> None:
    text = f'{HEADER}\n某局,2023,2021,sections,sections.overview,,"第一行\n第二行"\n某局,2023,2021,,table4.review.upheld,,x\n'
    with pytest.raises(DocumentError, match=r"^line 4: table4\.review\.upheld"):
        loads_csv(text)
