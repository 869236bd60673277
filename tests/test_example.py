"""The shipped example matches its published source text, value for value."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_report.errors import UnknownExampleError
from govinfo_report.examples import example_json, example_names, load_example
from govinfo_report.model import ReportKind, ReportV2021, cell_specs, cell_values

SOURCE = (Path(__file__).parent / "data" / "examples" / "pingfang-2023-2021format.txt").read_text(
    encoding="utf-8"
)
LINES = [line.strip() for line in SOURCE.splitlines()]
TEXT_LINES = [line for line in LINES if line]
REPORT = load_example("pingfang-2023")


def section_lines(start: str, end: str) -> list[str]:
    """The lines of the source between two section titles."""
    first = next(i for i, line in enumerate(LINES) if line.endswith(start))
    last = next(i for i, line in enumerate(LINES) if i > first and line.endswith(end))
    return LINES[first + 1 : last]


def values_after(lines: list[str], label: str, count: int) -> list[int]:
    """The ``count`` numbers printed on the lines after the row label ``label``."""
    matches = [i for i, line in enumerate(lines) if line == label]
    assert len(matches) == 1, f"row label {label!r} found {len(matches)} times"
    numbers = lines[matches[0] + 1 : matches[0] + 1 + count]
    assert all(re.fullmatch(r"\d+", number) for number in numbers), (label, numbers)
    return [int(number) for number in numbers]


def test_the_example_is_the_pingfang_2023_report_in_the_2021_format() -> None:
    assert "pingfang-2023" in example_names()
    assert isinstance(REPORT, ReportV2021)
    meta = REPORT.metadata
    assert (meta.agency, meta.year, meta.kind) == (TEXT_LINES[0], 2023, ReportKind.UNIT)
    assert meta.title == TEXT_LINES[0] + TEXT_LINES[1]
    assert meta.period is not None
    assert (
        f"统计期限自{meta.period.start.year}年{meta.period.start.month}月{meta.period.start.day}日至{meta.period.end.year}年{meta.period.end.month}月{meta.period.end.day}日"
        in SOURCE
    )
    assert meta.contact is not None
    for part in (
        meta.contact.organization,
        meta.contact.address,
        meta.contact.postcode,
        meta.contact.telephone,
    ):
        assert part
        assert part in SOURCE
    assert meta.website
    assert f"其网址是{meta.website}" in SOURCE


def test_table2_cells_match_the_source_by_row_label() -> None:
    lines = section_lines("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况")
    specs = [spec for spec in cell_specs(REPORT) if spec.table == "table2"]
    rows: dict[str, list[str]] = {}
    for spec in specs:
        rows.setdefault(spec.labels[1], []).append(spec.key)
    values = cell_values(REPORT)
    for row_label, keys in rows.items():
        printed = values_after(lines, row_label, len(keys))
        assert [values[key] for key in keys] == printed


def test_table3_cells_match_the_source_by_row_label() -> None:
    lines = section_lines("三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")
    rows: dict[str, list[str]] = {}
    for spec in cell_specs(REPORT):
        if spec.table == "table3":
            rows.setdefault(
                spec.labels[-2] if spec.labels[-2] != "法人或其他组织" else spec.labels[-3], []
            ).append(spec.key)
    assert len(rows) == 25
    values = cell_values(REPORT)
    for row_label, keys in rows.items():
        assert len(keys) == 7
        assert [values[key] for key in keys] == values_after(lines, row_label, 7)


def test_table4_cells_match_the_fifteen_numbers_of_the_source_in_template_order() -> None:
    lines = section_lines("四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况")
    printed = [int(line) for line in lines if re.fullmatch(r"\d+", line)]
    assert len(printed) == 15
    values = cell_values(REPORT)
    assert [values[spec.key] for spec in cell_specs(REPORT) if spec.table == "table4"] == printed


def test_processing_fees_match_the_sentence_of_section_six() -> None:
    match = re.search(r"发出收费通知(\d+)件，实际收取金额(\d+)元", SOURCE)
    assert match is not None
    fees = REPORT.processing_fees
    assert (fees.fee_notices, fees.fee_collected) == (int(match[1]), Decimal(match[2]))
    assert fees.fee_notice_amount is None  # the report does not state it


def test_the_narrative_is_the_source_text_section_by_section() -> None:
    sections = REPORT.sections
    assert sections.preamble in LINES
    assert sections.overview is not None
    assert sections.overview.split("\n") == [
        line for line in section_lines("一、总体情况", "二、主动公开政府信息情况") if line
    ]
    assert sections.problems is not None
    assert sections.problems.split("\n") == [
        line for line in section_lines("五、存在的主要问题及改进情况", "六、其他需要报告的事项") if line
    ]
    assert sections.other == TEXT_LINES[-1]
    assert (sections.proactive, sections.applications, sections.reviews) == ("", "", "")


def test_an_unknown_example_name_is_a_library_error_listing_the_names() -> None:
    with pytest.raises(UnknownExampleError, match="no example named 'nope'; the examples are: pingfang-2023"):
        example_json("nope")
