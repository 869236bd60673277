"""Properties of the checker on random consistent reports, in both format versions."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checked_reports import consistent_reports, with_cell
from govinfo_report.checks import Severity, check
from govinfo_report.model import Report, iter_cells
from report_strategies import REPORT_CLASSES

deltas = st.integers(min_value=-(10**6), max_value=10**6).filter(bool)


def errors(report: Report) -> list[Any]:
    return [finding for finding in check(report).findings if finding.severity is Severity.ERROR]


@pytest.mark.parametrize("report_cls", REPORT_CLASSES, ids=lambda cls: cls.__name__)
@given(data=st.data())
def test_a_report_with_every_total_right_has_no_error(report_cls: type[Any], data: st.DataObject) -> None:
    report = data.draw(consistent_reports(report_cls))
    assert errors(report) == []
    assert check(report, blanks="strict", min_severity="error").findings == ()


@pytest.mark.parametrize("report_cls", REPORT_CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=20)  # each example changes every one of its ~200 cells in turn
@given(data=st.data())
def test_changing_any_cell_of_tables_3_and_4_is_an_error_naming_that_cell(
    report_cls: type[Any], data: st.DataObject
) -> None:
    report = data.draw(consistent_reports(report_cls))
    delta = data.draw(deltas)
    cells = [cell for cell in iter_cells(report) if cell.spec.table in ("table3", "table4")]
    assert len(cells) >= (175 if report.format_version.value == "2021" else 161) + 15
    for cell in cells:
        old = cell.value or 0
        new = old + delta if old + delta >= 0 else old - delta
        changed = with_cell(report, cell.key, new)
        assert any(cell.key in finding.cells for finding in errors(changed)), cell.key
