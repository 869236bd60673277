"""The rendered page in a real browser: each value's cell lies under its column headers' cells.

The browser lays the tables out itself, so this checks the merged cells the way a reader sees
them. Where Chromium is not installed the test is skipped, unless ``GOVINFO_REQUIRE_BROWSER``
is set (CI sets it), which turns the skip into a failure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from browser import REQUIRE_BROWSER, browser_required, chromium, missing
from govinfo_report.examples import load_example
from govinfo_report.model import Report
from govinfo_report.render import render_html
from render_checks import Placement, assert_placements, sample_2019

#: Every table cell of the page: its table, role, text, key and rectangle, as the browser laid it out.
COLLECT = """
return Array.from(document.querySelectorAll("table")).flatMap((table, index) =>
  Array.from(table.querySelectorAll("th, td")).map((cell) => {
    const box = cell.getBoundingClientRect();
    return {table: index, role: cell.className.split(" ")[0], text: cell.textContent,
            key: cell.dataset.key || null,
            left: box.left, right: box.right, top: box.top, bottom: box.bottom};
  }));
"""
#: Rounding slack between neighbouring rectangles, in CSS pixels.
SLACK = 1.0


def placements(cells: list[dict[str, Any]]) -> dict[str, Placement]:
    """Where each value stands, read from the rectangles alone."""
    found: dict[str, Placement] = {}
    for value in cells:
        if value["role"] != "value":
            continue
        same_table = [cell for cell in cells if cell["table"] == value["table"]]
        captions = [
            cell
            for cell in same_table
            if cell["role"] == "caption" and cell["bottom"] <= value["top"] + SLACK
        ]
        caption = max(captions, key=lambda cell: cell["bottom"], default=None)
        floor = caption["bottom"] - SLACK if caption else float("-inf")
        columns = [
            cell
            for cell in same_table
            if cell["role"] == "col"
            and cell["left"] <= value["left"] + SLACK
            and cell["right"] >= value["right"] - SLACK
            and floor <= cell["top"]
            and cell["bottom"] <= value["top"] + SLACK
        ]
        rows = [
            cell
            for cell in same_table
            if cell["role"] == "row"
            and cell["top"] <= value["top"] + SLACK
            and cell["bottom"] >= value["bottom"] - SLACK
            and cell["right"] <= value["left"] + SLACK
        ]
        found[value["key"]] = (
            None if caption is None else caption["text"],
            [cell["text"] for cell in sorted(rows, key=lambda cell: cell["left"])],
            [cell["text"] for cell in sorted(columns, key=lambda cell: cell["top"])],
        )
    return found


@pytest.fixture(scope="module")
def browser() -> Any:
    reason = missing()
    if reason is not None:
        if browser_required():
            pytest.fail(f"{REQUIRE_BROWSER} is set but the browser cannot run: {reason}")
        pytest.skip(reason)
    with chromium() as driver:
        yield driver


@pytest.mark.parametrize("report", [load_example(), sample_2019()], ids=["seed-2021", "sample-2019"])
def test_in_the_browser_each_value_lies_under_its_column_headers_and_beside_its_row_labels(
    browser: Any, report: Report, tmp_path: Path
) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    browser.get(page.as_uri())
    cells = browser.execute_script(COLLECT)
    assert all(cell["right"] > cell["left"] and cell["bottom"] > cell["top"] for cell in cells)
    assert_placements(report, placements(cells))
