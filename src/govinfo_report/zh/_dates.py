"""Years, dates and periods: 2023年1月1日 and 二〇二三年一月一日.

The Arabic style is the default: it is what the national standard for official documents
(GB/T 9704-2012) asks for in dates — the year in full, month and day without zero padding. The
Chinese style writes the year digit by digit with 〇 (二〇二三) and the month and day as counting
numerals (十二月三十一日).

Strict reading accepts exactly what the formatters write, in either style (not mixed).
``lenient=True`` also accepts zero padding (2023年01月01日), full-width digits, spaces, 零 ○ O
or 0 among Chinese year digits, 号 for 日, the styles mixed, the numeral variants of
:func:`~govinfo_report.zh.parse_int`, and ISO-like dates (2023-01-01, 2023/1/1, 2023.1.1).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final, Literal

from govinfo_report.zh._common import check_int, check_text, fail, refuse
from govinfo_report.zh._numerals import format_int, read_count

__all__ = [
    "DateStyle",
    "format_date",
    "format_period",
    "format_year",
    "parse_date",
    "parse_period",
    "parse_year",
]

#: ``"arabic"`` writes 2023年1月1日, ``"chinese"`` writes 二〇二三年一月一日.
DateStyle = Literal["arabic", "chinese"]

_YEAR_DIGITS: Final = "〇一二三四五六七八九"
_YEAR_VALUES: Final = {c: v for v, c in enumerate(_YEAR_DIGITS)}
# Lenient year digits: 零, the circle ○ and the letter O that typists use for 〇, and 0–9 of
# any script (full-width included) through str.isdecimal.
_LENIENT_YEAR_VALUES: Final = {**_YEAR_VALUES, "零": 0, "○": 0, "O": 0, "o": 0, "Ｏ": 0, "ｏ": 0}
_COUNTS: Final = tuple(format_int(n) for n in range(32))
_ISO: Final = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})\s*")
_SEPARATORS: Final = "至"
_LENIENT_SEPARATORS: Final = "至到~～—–"


def _check_style(style: object) -> bool:
    """True for the Chinese style, False for Arabic; refuse anything else."""
    if style not in ("arabic", "chinese"):
        fail("unknown style (expected 'arabic' or 'chinese')", repr(style))
    return style == "chinese"


def _check_year(year: object) -> int:
    value = check_int(year)
    if not 1 <= value <= 9999:
        fail("year out of range (1 to 9999)", repr(year))
    return value


def format_year(year: int, *, style: DateStyle = "arabic", suffix: bool = True) -> str:
    """Write a year: 2023年, or digit by digit with 〇: 二〇二三年.

    Args:
        year: The year, 1 to 9999.
        style: ``"arabic"`` or ``"chinese"``.
        suffix: Append 年.

    Returns:
        The year.

    Raises:
        ZhValueError: ``year`` is not an ``int`` in range, or ``style`` is unknown.

    Examples:
        >>> format_year(2023), format_year(2023, style="chinese")
        ('2023年', '二〇二三年')
        >>> format_year(2020, style="chinese", suffix=False)
        '二〇二〇'
    """
    value = _check_year(year)
    text = "".join(_YEAR_DIGITS[int(c)] for c in str(value)) if _check_style(style) else str(value)
    return text + "年" if suffix else text


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Narrow ``start:end`` past white space on both sides."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _read_year(text: str, start: int, end: int, lenient: bool) -> tuple[int, bool]:
    """Read the year digits ``text[start:end]``: the year and whether they are Chinese."""
    if lenient:
        start, end = _strip(text, start, end)
    if start >= end:
        fail("expected a year", text, start)
    chinese = text[start] not in "0123456789"
    value = 0
    for i in range(start, end):
        c = text[i]
        if lenient:
            digit = int(c) if c.isdecimal() else _LENIENT_YEAR_VALUES.get(c, -1)
        elif chinese:
            digit = _YEAR_VALUES.get(c, -1)
        else:
            digit = "0123456789".find(c)
        if digit < 0:
            fail(f"unexpected character {c!r} in a year", text, i)
        if digit == 0 and i == start and not lenient:
            fail(f"a year does not start with {c!r}", text, i)
        value = value * 10 + digit
    if end - start > 4 or not 1 <= value <= 9999:
        fail("year out of range (1 to 9999)", text, start)
    return value, chinese


def parse_year(text: str, *, lenient: bool = False) -> int:
    """Read a year written by :func:`format_year`, with or without 年.

    Args:
        text: The year: 2023, 2023年, 二〇二三 or 二〇二三年.
        lenient: Also accept spaces, full-width digits, and 零 ○ O or 0 among Chinese digits.

    Returns:
        The year.

    Raises:
        ZhValueError: The text is not a year; the message gives the position.

    Examples:
        >>> parse_year("2023年"), parse_year("二〇二三"), parse_year("二零二三年", lenient=True)
        (2023, 2023, 2023)
        >>> parse_year("二零二三年")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: unexpected character '零' in a year at position 1 in '二零二三年'
    """
    text = check_text(text)
    end = len(text)
    if lenient:
        end = _strip(text, 0, end)[1]
    if end and text[end - 1] == "年":
        end -= 1
    return _read_year(text, 0, end, lenient)[0]


def format_date(day: date, *, style: DateStyle = "arabic") -> str:
    """Write a date: 2023年1月1日 (no zero padding), or 二〇二三年一月一日.

    Args:
        day: The date (a ``datetime`` is written as its date).
        style: ``"arabic"`` or ``"chinese"``.

    Returns:
        The date.

    Raises:
        ZhValueError: ``day`` is not a ``date``, or ``style`` is unknown.

    Examples:
        >>> from datetime import date
        >>> format_date(date(2023, 1, 1)), format_date(date(2023, 12, 31), style="chinese")
        ('2023年1月1日', '二〇二三年十二月三十一日')
    """
    if not isinstance(day, date):
        refuse(day, "a date")
    if _check_style(style):
        year = "".join(_YEAR_DIGITS[int(c)] for c in str(day.year))
        return f"{year}年{_COUNTS[day.month]}月{_COUNTS[day.day]}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _read_part(text: str, start: int, end: int, chinese: bool, lenient: bool, what: str) -> int:
    """Read a month or day ``text[start:end]`` in the year's style (any style when lenient)."""
    if lenient:
        start, end = _strip(text, start, end)
    if start >= end:
        fail(f"expected a {what}", text, start)
    piece = text[start:end]
    if piece.isdecimal() and (lenient or piece.isascii()):
        if not lenient:
            if chinese:
                fail(f"Arabic {what} in a Chinese-style date", text, start)
            if piece[0] == "0":
                fail(f"zero padding in the {what} (write {int(piece)})", text, start)
        return int(piece)
    if not lenient and not chinese:
        fail(f"unexpected character {text[start]!r} (expected an Arabic {what})", text, start)
    return read_count(text, start, end, lenient)


def _parse_date(text: str, start: int, end: int, lenient: bool) -> date:
    """Read the date ``text[start:end]``, reporting positions in ``text``."""
    if lenient:
        iso = _ISO.fullmatch(text, start, end)
        if iso:
            return _make_date(text, int(iso[1]), int(iso[3]), int(iso[4]), iso.start(3), iso.start(4))
        start, end = _strip(text, start, end)
    year_at = text.find("年", start, end)
    if year_at < 0:
        fail("expected a date like 2023年1月1日 ('年' is missing)", text, None)
    month_at = text.find("月", year_at + 1, end)
    if month_at < 0:
        fail("expected a date like 2023年1月1日 ('月' is missing)", text, None)
    if end <= month_at + 1 or text[end - 1] not in ("日号" if lenient else "日"):
        fail("expected a date like 2023年1月1日 ('日' is missing at the end)", text, None)
    year, chinese = _read_year(text, start, year_at, lenient)
    month = _read_part(text, year_at + 1, month_at, chinese, lenient, "month")
    day = _read_part(text, month_at + 1, end - 1, chinese, lenient, "day")
    return _make_date(text, year, month, day, year_at + 1, month_at + 1)


def _make_date(text: str, year: int, month: int, day: int, month_at: int, day_at: int) -> date:
    if not 1 <= month <= 12:
        fail(f"no month {month}", text, month_at)
    try:
        return date(year, month, day)
    except ValueError:
        fail(f"no day {day} in {year}-{month:02d}", text, day_at)


def parse_date(text: str, *, lenient: bool = False) -> date:
    """Read a date written by :func:`format_date`, in either style.

    Args:
        text: The date: 2023年1月1日 or 二〇二三年一月一日.
        lenient: Also accept zero padding, full-width digits, spaces, 零 ○ O or 0 among Chinese
            year digits, 号 for 日, mixed styles, and 2023-01-01, 2023/1/1 or 2023.1.1.

    Returns:
        The date.

    Raises:
        ZhValueError: The text is not such a date, or the date does not exist.

    Examples:
        >>> parse_date("2023年1月1日"), parse_date("二〇二三年十二月三十一日")
        (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
        >>> parse_date("2023年01月20日", lenient=True)
        datetime.date(2023, 1, 20)
        >>> parse_date("2023年2月30日")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: no day 30 in 2023-02 at position 7 in '2023年2月30日'
    """
    text = check_text(text)
    return _parse_date(text, 0, len(text), lenient)


def format_period(start: date, end: date, *, style: DateStyle = "arabic") -> str:
    """Write a period: 2023年1月1日至2023年12月31日.

    Args:
        start: The first day.
        end: The last day, not before ``start``.
        style: ``"arabic"`` or ``"chinese"``.

    Returns:
        The period.

    Raises:
        ZhValueError: A bound is not a ``date``, ``end`` is before ``start``, or ``style`` is
            unknown.

    Example:
        >>> from datetime import date
        >>> format_period(date(2023, 1, 1), date(2023, 12, 31))
        '2023年1月1日至2023年12月31日'
    """
    first = format_date(start, style=style)
    last = format_date(end, style=style)
    if end < start:
        fail("the period ends before it starts", f"{first}至{last}", None)
    return f"{first}至{last}"


def parse_period(text: str, *, lenient: bool = False) -> tuple[date, date]:
    """Read a period written by :func:`format_period`.

    Args:
        text: The period: two dates joined by 至.
        lenient: Also accept 到 ~ ～ — – between the dates, and what :func:`parse_date` accepts
            leniently.

    Returns:
        The first and the last day.

    Raises:
        ZhValueError: The text is not a period, or it ends before it starts.

    Example:
        >>> parse_period("2023年1月1日至2023年12月31日")
        (datetime.date(2023, 1, 1), datetime.date(2023, 12, 31))
    """
    text = check_text(text)
    separators = _LENIENT_SEPARATORS if lenient else _SEPARATORS
    at = next((i for i, c in enumerate(text) if c in separators), -1)
    if at < 0:
        fail("expected two dates joined by 至", text, None)
    start = _parse_date(text, 0, at, lenient)
    end = _parse_date(text, at + 1, len(text), lenient)
    if end < start:
        fail("the period ends before it starts", text, at + 1)
    return start, end
