"""Versioned JSON documents: round trips, the generated schema, and errors that name the path."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from govinfo_report.errors import DocumentError
from govinfo_report.model import Metadata, ReportV2019, ReportV2021, replace_cells
from govinfo_report.serialize import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    dumps,
    from_dict,
    json_schema,
    loads,
    to_dict,
)
from report_strategies import reports

VALIDATOR = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())


@given(reports())
def test_every_report_survives_dumps_and_loads(report: ReportV2021 | ReportV2019) -> None:
    assert loads(dumps(report)) == report
    assert from_dict(to_dict(report)) == report


@given(reports())
def test_every_document_validates_against_the_generated_schema(report: ReportV2021 | ReportV2019) -> None:
    VALIDATOR.validate(json.loads(dumps(report)))


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_document_names_its_schema_version_and_format_version() -> None:
    document = to_dict(ReportV2019(Metadata("某局", 2019)))
    assert (document["schema"], document["schema_version"], document["format_version"]) == (
        SCHEMA_NAME,
        SCHEMA_VERSION,
        "2019",
    )


def test_money_travels_as_a_decimal_string_and_dates_as_iso() -> None:
    from datetime import date
    from decimal import Decimal

    report = replace_cells(
        ReportV2021(Metadata("某局", 2023, published=date(2024, 1, 31))),
        {"table2.fees.amount_wan_yuan": Decimal("96171.6"), "processing_fees.fee_collected": Decimal("1E+3")},
    )
    document = json.loads(dumps(report))
    assert document["table2"]["fees"]["amount_wan_yuan"] == "96171.6"
    assert document["processing_fees"]["fee_collected"] == "1000"
    assert document["metadata"]["published"] == "2024-01-31"


def test_subtotal_rows_appear_only_where_held() -> None:
    report = ReportV2021(Metadata("某局", 2023))
    assert "subtotal" not in to_dict(report)["table3"]["results"]["withheld"]
    with_row = replace_cells(report, {"table3.results.withheld.subtotal.total": 1})
    assert to_dict(with_row)["table3"]["results"]["withheld"]["subtotal"]["total"] == 1


def document() -> dict[str, Any]:
    return to_dict(ReportV2021(Metadata("某局", 2023)))


def problems_of(doc: Any) -> list[str]:
    with pytest.raises(DocumentError) as caught:
        from_dict(doc)
    return list(caught.value.problems)


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (
            ("table3", "received", "natural_person"),
            -1,
            "a count must be >= 0, got -1 @ $.table3.received.natural_person",
        ),
        (
            ("table3", "received", "natural_person"),
            True,
            "a count must be an int, got bool True @ $.table3.received.natural_person",
        ),
        (("table4", "review", "total"), 2.0, "a count must be an int, got float 2.0 @ $.table4.review.total"),
        (("table4", "review", "total"), "2", "a count must be an int, got str '2' @ $.table4.review.total"),
        (
            ("table2", "fees", "amount_wan_yuan"),
            1.5,
            'money must be a decimal string such as "12.5" or null, got 1.5 @ $.table2.fees.amount_wan_yuan',
        ),
        (
            ("table2", "fees", "amount_wan_yuan"),
            "-1",
            'money must be a decimal string such as "12.5" or null, got "-1" @ $.table2.fees.amount_wan_yuan',
        ),
        (
            ("table2", "fees", "amount_wan_yuan"),
            "1.0000000000001",
            "money may have at most 12 decimal places, got 1.0000000000001 @ $.table2.fees.amount_wan_yuan",
        ),
        (("metadata", "year"), "2023", 'expected an integer, got "2023" @ $.metadata.year'),
        (("metadata", "agency"), None, "expected a string, got null @ $.metadata.agency"),
        (("metadata", "published"), "2023-02-30", "no such date: 2023-02-30 @ $.metadata.published"),
        (
            ("metadata", "published"),
            "31/01/2024",
            'expected a date such as "2024-01-31", got "31/01/2024" @ $.metadata.published',
        ),
        (
            ("metadata", "kind"),
            "bureau",
            "expected one of 'unit', 'government', 'aggregate', got \"bureau\" @ $.metadata.kind",
        ),
        (
            ("metadata", "aggregates"),
            "甲局",
            'expected a list of strings, got "甲局" @ $.metadata.aggregates',
        ),
        (("table3", "results"), [], "expected an object, got [] @ $.table3.results"),
        (("sections", "overview"), 5, "expected a string, got 5 @ $.sections.overview"),
    ],
)
def test_a_bad_value_is_reported_with_its_path(path: tuple[str, ...], value: Any, problem: str) -> None:
    doc = document()
    target = doc
    for name in path[:-1]:
        target = target[name]
    target[path[-1]] = value
    assert problems_of(doc) == [problem]


def test_missing_and_unknown_keys_are_reported_with_their_path() -> None:
    doc = document()
    del doc["table3"]["results"]["unable"]["not_held"]["other"]
    doc["table4"]["review"]["dismissed"] = 0
    del doc["sections"]
    assert sorted(problems_of(doc)) == [
        "required key missing @ $.sections",
        "required key missing @ $.table3.results.unable.not_held.other",
        "unknown keys: dismissed @ $.table4.review",
    ]


def test_a_broken_model_fact_in_a_document_is_reported_with_its_path() -> None:
    doc = document()
    doc["metadata"]["period"] = {"start": "2023-12-31", "end": "2023-01-01"}
    assert problems_of(doc) == ["Period: end 2023-01-01 is before start 2023-12-31 @ $.metadata.period"]
    doc = document()
    doc["metadata"]["agency"] = " "
    assert problems_of(doc) == ["Metadata.agency: the agency name must not be empty @ $.metadata"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"format_version": "2020"},
            'unknown format_version "2020": expected one of "2019", "2021" @ $.format_version',
        ),
        (
            {"schema_version": 2},
            "unsupported schema_version 2: this library reads versions 1 to 1 @ $.schema_version",
        ),
        (
            {"schema": "other"},
            'not a govinfo-report document: expected "schema": "govinfo-report" @ $.schema',
        ),
    ],
)
def test_an_unknown_header_is_reported(change: dict[str, Any], problem: str) -> None:
    assert problems_of({**document(), **change}) == [problem]


def test_a_2019_table_in_a_2021_document_is_reported() -> None:
    doc = document()
    doc["table2"] = to_dict(ReportV2019(Metadata("某局", 2019)))["table2"]
    problems = problems_of(doc)
    assert "unknown keys: other_services, procurement @ $.table2" in problems
    assert "required key missing @ $.table2.regulations.issued" in problems


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("", "not JSON: Expecting value: line 1 column 1"),
        ("{", "not JSON: Expecting property name enclosed in double quotes"),
        ('{"a": NaN}', "not JSON: NaN is not allowed"),
        (b"\xff\xfe", "not JSON:"),
        ("[]", "expected a JSON object, got [] @ $"),
        ('"report"', 'expected a JSON object, got "report" @ $'),
        ("[" * 100000, "not JSON:"),
    ],
)
def test_text_that_is_not_a_document_gets_a_library_error(text: str | bytes, start: str) -> None:
    with pytest.raises(DocumentError) as caught:
        loads(text)
    assert str(caught.value).startswith(start)


def test_every_bad_cell_of_a_row_is_reported() -> None:
    doc = document()
    doc["table3"]["carried_over"]["natural_person"] = -1
    doc["table3"]["carried_over"]["total"] = 0.5
    doc["table3"]["received"]["research"] = False
    assert sorted(problems_of(doc)) == [
        "a count must be >= 0, got -1 @ $.table3.carried_over.natural_person",
        "a count must be an int, got bool False @ $.table3.received.research",
        "a count must be an int, got float 0.5 @ $.table3.carried_over.total",
    ]
