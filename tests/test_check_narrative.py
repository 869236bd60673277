"""TEXT-01: numbers stated in the narrative against the tables, read conservatively."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from checked_reports import good_report, published
from govinfo_report.checks import check
from govinfo_report.examples import load_example
from govinfo_report.model import FormatVersion, Report, replace_cells

EXAMPLES = Path(__file__).parent / "data" / "examples"


def saying(text: str, report: Report | None = None, section: str = "overview") -> Report:
    """``report`` (by default the good 2021 report) with ``text`` as one of its sections."""
    report = report or good_report()
    return attrs.evolve(report, sections=attrs.evolve(report.sections, **{section: text}))


def stated(report: Report, **options: object) -> list[tuple[object, object, tuple[str, ...]]]:
    """(expected, actual, cells) of each TEXT-01 finding."""
    findings = check(report, select="TEXT-01", **options).findings  # type: ignore[arg-type]
    return [
        (finding.expected, finding.actual, finding.cells) for finding in findings if finding.code == "TEXT-01"
    ]


def test_the_shipped_example_states_its_zeros_and_nothing_else() -> None:
    report = load_example()
    assert "共收到依申请公开0件" in report.sections.overview
    assert stated(report) == []
    sections = report.sections
    wrong = attrs.evolve(
        report,
        sections=attrs.evolve(
            sections,
            overview=sections.overview.replace("行政复议0件", "行政复议1件"),
            other=sections.other.replace("发出收费通知0件", "发出收费通知2件"),
        ),
    )
    assert stated(wrong) == [
        (0, 1, ("table4.review.total", "sections.overview")),
        (0, 2, ("processing_fees.fee_notices", "sections.other")),
    ]


@pytest.mark.parametrize(
    ("text", "expected", "actual", "cells"),
    [
        ("本年共收到政府信息公开申请8件。", 7, 8, ("table3.received.total",)),
        ("因政府信息公开被申请行政复议三件。", 2, 3, ("table4.review.total",)),
        ("全年新收政府信息公开申请1,234件。", 7, 1234, ("table3.received.total",)),
        (
            "涉及政府信息公开的行政诉讼 1 件。",
            2,
            1,
            ("table4.litigation_direct.total", "table4.litigation_after_review.total"),
        ),
        ("我局收到依申请公开申请共计十件。", 7, 10, ("table3.received.total",)),
        (
            "依申请公开引起行政复议２件，行政诉讼0件。",
            2,
            0,
            ("table4.litigation_direct.total", "table4.litigation_after_review.total"),
        ),
    ],
)
def test_numbers_in_digits_separators_and_chinese_numerals_are_read(
    text: str, expected: int, actual: int, cells: tuple[str, ...]
) -> None:
    assert stated(saying(text)) == [(expected, actual, (*cells, "sections.overview"))]


@pytest.mark.parametrize(
    "text",
    [
        "本年共收到政府信息公开申请7件，上年结转1件。",
        "全年收到政府信息公开申请8件（含上年结转1件）。",
        "本机关全年办理行政复议案件120件。",  # not about disclosure
        "政府信息公开行政复议和行政诉讼共3件。",  # two counts in one
        "行政复议决定书公开2件。",  # no number right after the phrase
        "收到政府信息公开申请8人次。",  # not a count of applications
        "依申请公开引起行政复议2件，行政诉讼2件。",
    ],
)
def test_phrases_that_agree_or_cannot_be_tied_to_one_figure_give_nothing(text: str) -> None:
    assert stated(saying(text)) == []


def test_fee_amounts_are_read_in_yuan_and_wan_yuan_and_only_where_stated() -> None:
    report = replace_cells(good_report(), {"processing_fees.fee_collected": Decimal(15000)})
    assert stated(saying("实际收取金额1.5万元。", report, "other")) == []
    assert stated(saying("实际收取信息处理费15000元。", report, "other")) == []
    assert stated(saying("全年收取政府信息公开信息处理费3940 元。", report, "other")) == [
        (15000, 3940, ("processing_fees.fee_collected", "sections.other"))
    ]
    unstated = replace_cells(good_report(), {"processing_fees.fee_collected": None})
    assert stated(saying("实际收取金额100元。", unstated, "other")) == []


def test_the_2019_format_has_no_fee_figures_to_compare() -> None:
    assert stated(saying("发出收费通知5件，实际收取金额100元。", good_report(FormatVersion.V2019))) == []


def test_a_blank_table_figure_follows_the_blanks_policy() -> None:
    report = saying(
        "依申请公开引起行政复议2件。", replace_cells(good_report(), {"table4.review.total": None})
    )
    assert stated(report) == [(0, 2, ("table4.review.total", "sections.overview"))]
    assert stated(report, blanks="strict") == []
    assert [f.code for f in check(report, select="TEXT-01", blanks="strict").findings] == ["BLANK-02"]


def _text(name: str) -> str:
    """A published report's source text (HTML tags removed)."""
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return html.unescape(re.sub(r"<[^>]+>", "", text)) if name.endswith(".html") else text


@pytest.mark.parametrize(
    ("name", "source", "read"),
    [
        ("huaian-city-2024-2021format", "huaian-city-2024-2021format.txt", 2),
        ("shanghai-office-2019-2019format", "shanghai-office-2019-2019format.html", 1),
        ("shanghai-kewei-2024-2021format", "shanghai-kewei-2024-2021format.md", 1),
        ("pingtan-2021-2021format-crawled", "pingtan-2021-2021format-crawled.txt", 0),
    ],
)
def test_published_texts_agree_with_their_tables_where_a_phrase_names_a_figure(
    name: str, source: str, read: int
) -> None:
    report, _ = published(name)
    text = _text(source)
    assert stated(saying(text, report)) == []
    # The phrases were read: changing the tables makes each of them disagree.
    zeroed = replace_cells(
        report,
        {
            "table3.received.total": 10**6,
            "table4.review.total": 10**6,
            "table4.litigation_direct.total": 10**6,
        },
    )
    assert len(stated(saying(text, zeroed))) == read
