"""Heading numbers (一、 （一） 1. （1）) and citations (第二十条第（一）项)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.zh import (
    Citation,
    HeadingNumber,
    ZhValueError,
    format_citation,
    format_heading_number,
    parse_citation,
    parse_heading_number,
    split_heading,
)

GOLDEN_HEADINGS = [
    (1, 1, "一、"),
    (10, 1, "十、"),
    (11, 1, "十一、"),
    (1, 2, "（一）"),  # full-width brackets
    (6, 2, "（六）"),
    (20, 2, "（二十）"),
    (1, 3, "1."),
    (12, 3, "12."),
    (1, 4, "（1）"),
    (25, 4, "（25）"),
]


@pytest.mark.parametrize(("number", "level", "text"), GOLDEN_HEADINGS)
def test_heading_numbers_are_written_and_read_at_all_four_levels(number: int, level: int, text: str) -> None:
    assert format_heading_number(number, level=level) == text
    assert parse_heading_number(text) == HeadingNumber(level, number)
    assert parse_heading_number(text, lenient=True) == HeadingNumber(level, number)


def test_level_one_is_the_default() -> None:
    assert format_heading_number(3) == "三、"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("(一)", HeadingNumber(2, 1)),
        ("（一)", HeadingNumber(2, 1)),
        ("( 一 )", HeadingNumber(2, 1)),
        ("(1)", HeadingNumber(4, 1)),
        ("1、", HeadingNumber(3, 1)),
        ("1．", HeadingNumber(3, 1)),
        ("１.", HeadingNumber(3, 1)),
        ("一.", HeadingNumber(1, 1)),
        ("一．", HeadingNumber(1, 1)),
        ("一十、", HeadingNumber(1, 10)),
        ("（两）", HeadingNumber(2, 2)),
    ],
)
def test_lenient_parse_heading_number_accepts_common_variants(text: str, heading: HeadingNumber) -> None:
    assert parse_heading_number(text, lenient=True) == heading
    with pytest.raises(ZhValueError):
        parse_heading_number(text)


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("1、", 1, "the standard form is '1.'"),
        ("(一)", 0, "the standard form is '（一）'"),
        ("一十、", 0, "the standard form is '十'"),
        ("（01）", 1, "does not start with 0"),
        ("（零）", 1, "1 or more"),
        ("0.", 0, "does not start with 0"),
        ("一", None, "expected a heading number"),
        ("x、", 0, "expected a heading number"),
        ("", None, "expected a heading number"),
    ],
)
def test_parse_heading_number_says_what_is_wrong_and_where(
    text: str, position: int | None, message: str
) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_heading_number(text)
    assert info.value.position == position
    assert message in str(info.value)


@pytest.mark.parametrize(("number", "level"), [(0, 1), (-1, 2), (1, 0), (1, 5), (1.0, 1), (True, 1)])
def test_format_heading_number_refuses_bad_numbers_and_levels(number: object, level: object) -> None:
    with pytest.raises(ZhValueError):
        format_heading_number(number, level=level)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "lenient", "heading", "title"),
    [
        ("一、总体情况", False, HeadingNumber(1, 1), "总体情况"),
        ("（一）主动公开情况", False, HeadingNumber(2, 1), "主动公开情况"),
        ("1.国家秘密", False, HeadingNumber(3, 1), "国家秘密"),
        ("（1）行政复议", False, HeadingNumber(4, 1), "行政复议"),
        ("1. 标题", False, HeadingNumber(3, 1), "标题"),
        ("1.5万元", False, None, "1.5万元"),  # a decimal, not a heading
        ("十分重要", False, None, "十分重要"),
        ("一十、x", False, None, "一十、x"),  # not a standard number: not a heading when strict
        ("一十、x", True, HeadingNumber(1, 10), "x"),
        ("(一)主动公开", True, HeadingNumber(2, 1), "主动公开"),
        ("1、危及“三安全一稳定”", True, HeadingNumber(3, 1), "危及“三安全一稳定”"),
        ("", False, None, ""),
    ],
)
def test_split_heading_separates_the_number_from_the_title(
    text: str, lenient: bool, heading: HeadingNumber | None, title: str
) -> None:
    assert split_heading(text, lenient=lenient) == (heading, title)


GOLDEN_CITATIONS = [
    (Citation(20, None, 1), True, "第二十条第（一）项"),
    (Citation(20, None, 8), True, "第二十条第（八）项"),
    (Citation(50, None, 4), False, "第五十条第四项"),
    (Citation(None, 2, None), True, "第二款"),
    (Citation(14, None, None), True, "第十四条"),
    (Citation(36, 1, 3), True, "第三十六条第一款第（三）项"),
    (Citation(110, 2, None), True, "第一百一十条第二款"),
]


@pytest.mark.parametrize(("citation", "bracket", "text"), GOLDEN_CITATIONS)
def test_citations_are_written_and_read_back(citation: Citation, bracket: bool, text: str) -> None:
    assert format_citation(*citation, bracket_item=bracket) == text
    assert parse_citation(text) == citation
    assert parse_citation(text, lenient=True) == citation


def test_citations_bracket_the_item_by_default_as_the_tables_do() -> None:
    assert format_citation(20, item=1) == "第二十条第（一）项"
    assert format_citation(article=20, item=1, bracket_item=False) == "第二十条第一项"


@pytest.mark.parametrize(
    ("text", "citation"),
    [
        ("第20条", Citation(20)),
        ("第 二十 条 第 (一) 项", Citation(20, None, 1)),
        ("第20条第(1)项", Citation(20, None, 1)),
        ("第（2）款", Citation(None, 2)),
        ("第一十条", Citation(10)),
    ],
)
def test_lenient_parse_citation_accepts_arabic_numbers_spaces_and_half_width_brackets(
    text: str, citation: Citation
) -> None:
    assert parse_citation(text, lenient=True) == citation
    with pytest.raises(ZhValueError):
        parse_citation(text)


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("第20条", 1, "Arabic only with lenient=True"),
        ("第（二十）条", 1, "brackets around the number of a '条'"),
        ("第二十项第一条", 6, "out of order"),
        ("第二十条第二十条", 7, "out of order"),
        ("第二十条第", 5, "expected a numeral"),
        ("第二十", None, "expected 条, 款 or 项"),
        ("第二十章", 3, "expected 条, 款 or 项"),
        ("第（一项", 3, "expected '）'"),
        ("二十条", 0, "expected '第'"),
        ("第一十条", 1, "the standard form is '十'"),
        ("第零条", 1, "1 or more"),
        ("", 0, "expected a citation"),
    ],
)
def test_parse_citation_says_what_is_wrong_and_where(text: str, position: int | None, message: str) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_citation(text)
    assert info.value.position == position
    assert message in str(info.value)


@pytest.mark.parametrize(
    "kwargs", [{}, {"article": 0}, {"item": -1}, {"paragraph": 1.0}, {"article": True}, {"article": "20"}]
)
def test_format_citation_refuses_empty_citations_and_bad_numbers(kwargs: dict[str, object]) -> None:
    with pytest.raises(ZhValueError):
        format_citation(**kwargs)  # type: ignore[arg-type]


PARTS = st.one_of(st.none(), st.integers(1, 10**6))


@settings(max_examples=200)
@given(PARTS, PARTS, PARTS, st.booleans())
def test_parse_citation_reads_back_what_format_citation_writes(
    article: int | None, paragraph: int | None, item: int | None, bracket: bool
) -> None:
    if article is None and paragraph is None and item is None:
        return
    text = format_citation(article, paragraph, item, bracket_item=bracket)
    assert parse_citation(text) == Citation(article, paragraph, item)


@settings(max_examples=200)
@given(st.integers(1, 10**8), st.integers(1, 4))
def test_parse_heading_number_reads_back_what_format_heading_number_writes(number: int, level: int) -> None:
    text = format_heading_number(number, level=level)
    assert parse_heading_number(text) == HeadingNumber(level, number)
    assert split_heading(text + "标题") == (HeadingNumber(level, number), "标题")
