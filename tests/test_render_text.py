"""Plain text and Markdown: exact snapshots for both format versions, alignment and escaping.

The snapshots are committed under ``tests/snapshots/``. After a deliberate change to the output,
regenerate them with ``GOVINFO_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_render_text.py``,
read the diff, and commit it; without the variable a changed output fails.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from govinfo_report._textwidth import display_width
from govinfo_report.examples import load_example
from govinfo_report.model import Metadata, ReportV2021, Sections, iter_cells
from govinfo_report.render import render_markdown, render_text
from govinfo_report.render._layout import format_value
from render_checks import sample_2019
from report_strategies import reports

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = "GOVINFO_UPDATE_SNAPSHOTS"

CASES = {"2021": load_example, "2019": sample_2019}
RENDERERS: dict[str, tuple[Callable[[Any], str], str]] = {
    "text": (render_text, "txt"),
    "markdown": (render_markdown, "md"),
}


@pytest.mark.parametrize("version", sorted(CASES))
@pytest.mark.parametrize("renderer", sorted(RENDERERS))
def test_output_matches_the_committed_snapshot(renderer: str, version: str) -> None:
    render, suffix = RENDERERS[renderer]
    output = render(CASES[version]())
    path = SNAPSHOTS / f"report-{version}.{suffix}"
    if os.environ.get(UPDATE):
        path.write_text(output, encoding="utf-8", newline="")
        pytest.skip(f"{UPDATE} is set: wrote {path.name}")
    assert path.read_text(encoding="utf-8") == output, f"{path.name} differs; see the module docstring"


def table_blocks(text: str) -> list[list[str]]:
    """The drawn tables of a text report: from a rule line (+---+), the lines that start with + or |."""
    blocks: list[list[str]] = []
    inside = False
    for line in text.split("\n"):
        if not inside and re.fullmatch(r"\+-[-+]*\+", line):
            blocks.append([])
            inside = True
        inside = inside and line.startswith(("+", "|"))
        if inside:
            blocks[-1].append(line)
    return blocks


@settings(max_examples=20)
@given(reports())
def test_every_line_of_a_drawn_table_has_the_same_display_width(report: Any) -> None:
    blocks = table_blocks(render_text(report))
    assert len(blocks) == (4 if isinstance(report, ReportV2021) else 3)
    for block in blocks:
        assert len({display_width(line) for line in block}) == 1
        assert block[0].startswith("+")
        assert block[-1].startswith("+")


def test_cjk_characters_count_as_two_columns_in_the_text_tables() -> None:
    block = table_blocks(render_text(load_example()))[0]
    caption = next(line for line in block if "第二十条第（一）项" in line)
    assert len(caption) < display_width(caption) == display_width(block[0])


def test_text_prints_values_right_aligned_and_blank_cells_empty() -> None:
    report = sample_2019()
    text = render_text(report)
    row = next(line for line in text.split("\n") if line.startswith("| 行政许可"))
    label, *values = row.split("|")[1:-1]
    assert label.strip() == "行政许可"
    assert [value.strip() for value in values] == ["12", "-2", "1520"]
    assert all(value == " " * (len(value) - len(value.strip()) - 1) + value.strip() + " " for value in values)
    fees_row = next(line for line in text.split("\n") if line.startswith("| 行政事业性收费"))
    assert [part.strip() for part in fees_row.split("|")[1:-1]] == ["行政事业性收费", "", ""]


def markdown_cells(line: str) -> list[str]:
    """The cells of a Markdown table row, splitting on pipes that are not escaped."""
    return [cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]]


@settings(max_examples=20)
@given(reports())
def test_markdown_tables_have_as_many_cells_in_every_row_as_in_their_header(report: Any) -> None:
    lines = render_markdown(report).split("\n")
    tables: list[list[str]] = []
    for index, line in enumerate(lines):
        if line.startswith("| ") and (index == 0 or not lines[index - 1].startswith("| ")):
            tables.append([])
        if line.startswith("| "):
            tables[-1].append(line)
    for table in tables:
        assert len({len(markdown_cells(line)) for line in table}) == 1
        assert set(markdown_cells(table[1])) <= {":---", "---:"}


def test_markdown_rows_are_labelled_by_their_label_paths() -> None:
    report = load_example()
    lines = render_markdown(report).split("\n")
    for cell in iter_cells(report):
        if cell.spec.table == "table3":
            row = next(line for line in lines if line.startswith(f"| {' / '.join(cell.spec.row)} |"))
            header = next(line for line in lines if line.startswith(f"| {report.table3.note}"))
            column = markdown_cells(header).index(" / ".join(("申请人情况", *cell.spec.column)))
            assert markdown_cells(row)[column] == format_value(cell.value)


def test_markdown_escapes_text_that_would_become_markup() -> None:
    report = ReportV2021(
        Metadata("某局 | *强调* <b>", 2023),
        sections=Sections(overview="# 不是标题\n- 不是列表\n1. 不是编号\n    不是代码"),
    )
    text = render_markdown(report)
    assert text.startswith("# 某局 \\| \\*强调\\* \\<b\\>")
    assert "\n\\# 不是标题\n" in text
    assert "\n\\- 不是列表\n" in text
    assert "\n1\\. 不是编号\n" in text
    assert "\n不是代码\n" in text
