"""Years, dates and periods in both styles, strict and lenient."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.zh import (
    ZhValueError,
    format_date,
    format_period,
    format_year,
    parse_date,
    parse_period,
    parse_year,
)

GOLDEN_YEARS = [
    (2023, "2023年", "二〇二三年"),
    (2020, "2020年", "二〇二〇年"),  # year digits use 〇, never 零
    (2000, "2000年", "二〇〇〇年"),
    (1999, "1999年", "一九九九年"),
    (7, "7年", "七年"),
]


@pytest.mark.parametrize(("year", "arabic", "chinese"), GOLDEN_YEARS)
def test_format_year_writes_digits_or_chinese_digits_with_ling_as_circle(
    year: int, arabic: str, chinese: str
) -> None:
    assert format_year(year) == arabic
    assert format_year(year, style="chinese") == chinese
    assert format_year(year, suffix=False) == arabic[:-1]
    assert format_year(year, style="chinese", suffix=False) == chinese[:-1]


@pytest.mark.parametrize(("year", "arabic", "chinese"), GOLDEN_YEARS)
def test_parse_year_reads_both_styles_with_or_without_nian(year: int, arabic: str, chinese: str) -> None:
    for text in (arabic, chinese, arabic[:-1], chinese[:-1]):
        assert parse_year(text) == year


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("二零二三年", 2023),
        ("二○二三年", 2023),
        ("二O二三", 2023),
        ("２０２３年", 2023),
        (" 2023 年", 2023),
        ("二0二三", 2023),
    ],
)
def test_lenient_parse_year_accepts_typists_zeros_full_width_digits_and_spaces(text: str, year: int) -> None:
    assert parse_year(text, lenient=True) == year
    with pytest.raises(ZhValueError):
        parse_year(text)


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("二零二三年", 1, "unexpected character '零' in a year"),
        ("〇二三", 0, "does not start with '〇'"),
        ("02023", 0, "does not start with '0'"),
        ("0", 0, "does not start with '0'"),
        ("10000", 0, "out of range"),
        ("年", 0, "expected a year"),
        ("", 0, "expected a year"),
        ("2023年年", 4, "unexpected character '年'"),
        ("二〇2三", 2, "unexpected character '2'"),
    ],
)
def test_parse_year_says_what_is_wrong_and_where(text: str, position: int, message: str) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_year(text)
    assert info.value.position == position
    assert message in str(info.value)


@pytest.mark.parametrize("year", [0, 10000, -1, 2023.0, True, "2023"])
def test_format_year_refuses_years_out_of_range_and_non_ints(year: object) -> None:
    with pytest.raises(ZhValueError):
        format_year(year)  # type: ignore[arg-type]


GOLDEN_DATES = [
    (date(2023, 1, 1), "2023年1月1日", "二〇二三年一月一日"),  # no zero padding
    (date(2023, 12, 31), "2023年12月31日", "二〇二三年十二月三十一日"),
    (date(2024, 1, 20), "2024年1月20日", "二〇二四年一月二十日"),
    (date(2020, 10, 10), "2020年10月10日", "二〇二〇年十月十日"),
    (date(2000, 2, 29), "2000年2月29日", "二〇〇〇年二月二十九日"),
]


@pytest.mark.parametrize(("day", "arabic", "chinese"), GOLDEN_DATES)
def test_format_date_writes_both_styles(day: date, arabic: str, chinese: str) -> None:
    assert format_date(day) == arabic
    assert format_date(day, style="arabic") == arabic
    assert format_date(day, style="chinese") == chinese


@pytest.mark.parametrize(("day", "arabic", "chinese"), GOLDEN_DATES)
def test_parse_date_reads_both_styles_back(day: date, arabic: str, chinese: str) -> None:
    assert parse_date(arabic) == day
    assert parse_date(chinese) == day
    assert parse_date(arabic, lenient=True) == day
    assert parse_date(chinese, lenient=True) == day


def test_format_date_writes_a_datetime_as_its_date() -> None:
    assert format_date(datetime(2023, 5, 4, 12, 30)) == "2023年5月4日"


LENIENT_DATES = [
    "2023年01月05日",
    "2023年1月5号",
    " 2023 年 1 月 5 日 ",
    "２０２３年１月５日",
    "二零二三年一月五日",
    "二○二三年一月五日",
    "2023年一月五日",
    "二〇二三年1月5日",
    "2023-01-05",
    "2023/1/5",
    "2023.1.5",
]


@pytest.mark.parametrize("text", LENIENT_DATES)
def test_lenient_parse_date_accepts_padding_spaces_mixed_styles_and_iso(text: str) -> None:
    assert parse_date(text, lenient=True) == date(2023, 1, 5)
    with pytest.raises(ZhValueError):
        parse_date(text)


def test_lenient_parse_date_reads_nian_as_twenty() -> None:
    assert parse_date("二〇二三年一月廿日", lenient=True) == date(2023, 1, 20)


@pytest.mark.parametrize(
    ("text", "position", "message"),
    [
        ("2023年2月30日", 7, "no day 30 in 2023-02"),
        ("2023年13月1日", 5, "no month 13"),
        ("2023年0月1日", 5, "zero padding"),
        ("2023年01月01日", 5, "zero padding in the month"),
        ("2023年1月01日", 7, "zero padding in the day"),
        ("2023年一月一日", 5, "expected an Arabic month"),
        ("二〇二三年1月1日", 5, "Arabic month in a Chinese-style date"),
        ("二〇二三年一月一十日", 7, "the standard form is '十'"),
        ("二〇二三年一月三十二日", 7, "no day 32"),
        ("2023年1月1", None, "'日' is missing"),
        ("2023年1日", None, "'月' is missing"),
        ("1月1日", None, "'年' is missing"),
        ("2023年月1日", 5, "expected a month"),
        ("2023-01-05", None, "'年' is missing"),
    ],
)
def test_parse_date_says_what_is_wrong_and_where(text: str, position: int | None, message: str) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_date(text)
    assert info.value.position == position
    assert message in str(info.value)


@pytest.mark.parametrize("value", ["2023-01-01", 20230101, None])
def test_format_date_refuses_non_dates(value: object) -> None:
    with pytest.raises(ZhValueError):
        format_date(value)  # type: ignore[arg-type]


def test_date_functions_refuse_an_unknown_style() -> None:
    with pytest.raises(ZhValueError, match="unknown style"):
        format_date(date(2023, 1, 1), style="roman")  # type: ignore[arg-type]
    with pytest.raises(ZhValueError, match="unknown style"):
        format_year(2023, style="roman")  # type: ignore[arg-type]


def test_format_period_writes_the_statistics_period() -> None:
    assert format_period(date(2023, 1, 1), date(2023, 12, 31)) == "2023年1月1日至2023年12月31日"
    assert format_period(date(2023, 1, 1), date(2023, 12, 31), style="chinese") == (
        "二〇二三年一月一日至二〇二三年十二月三十一日"
    )


def test_parse_period_reads_the_statistics_period_back() -> None:
    assert parse_period("2023年1月1日至2023年12月31日") == (date(2023, 1, 1), date(2023, 12, 31))
    assert parse_period("2023-01-01 ～ 2023-12-31", lenient=True) == (date(2023, 1, 1), date(2023, 12, 31))
    assert parse_period("2023年1月1日到2023年12月31日", lenient=True) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )


def test_periods_must_not_end_before_they_start() -> None:
    with pytest.raises(ZhValueError, match="ends before it starts"):
        format_period(date(2023, 12, 31), date(2023, 1, 1))
    with pytest.raises(ZhValueError, match="ends before it starts") as info:
        parse_period("2023年12月31日至2023年1月1日")
    assert info.value.position == 12


def test_parse_period_reports_positions_in_the_whole_text() -> None:
    with pytest.raises(ZhValueError) as info:
        parse_period("2023年1月1日至2023年2月30日")
    assert info.value.position == 17
    with pytest.raises(ZhValueError, match="joined by 至"):
        parse_period("2023年1月1日")


DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=300)
@given(DATES)
def test_parse_date_reads_back_what_format_date_writes_in_both_styles(day: date) -> None:
    assert parse_date(format_date(day)) == day
    assert parse_date(format_date(day, style="chinese")) == day


@settings(max_examples=100)
@given(st.integers(1, 9999))
def test_parse_year_reads_back_what_format_year_writes_in_both_styles(year: int) -> None:
    assert parse_year(format_year(year)) == year
    assert parse_year(format_year(year, style="chinese", suffix=False)) == year


@settings(max_examples=100)
@given(DATES, DATES)
def test_parse_period_reads_back_what_format_period_writes(a: date, b: date) -> None:
    start, end = min(a, b), max(a, b)
    for style in ("arabic", "chinese"):
        assert parse_period(format_period(start, end, style=style)) == (start, end)  # type: ignore[arg-type]
