"""Heading numbers (一、 （一） 1. （1）) and legal citations (第二十条第（一）项).

The four heading levels of official documents (GB/T 9704-2012): level 1 ``一、``, level 2
``（一）`` with full-width brackets, level 3 ``1.``, level 4 ``（1）``. Citations of the
regulations name an article (条), a paragraph (款) and an item (项), in that order, each
optional: 第二十条第（一）项 (as the report tables print it), 第五十条第四项, 第二款.

Strict reading accepts exactly what the formatters write. ``lenient=True`` also accepts half-width
brackets, white space, 1、 and 1． for level 3, 一. and 一． for level 1, Arabic numbers in
citations (第20条), full-width digits, and the numeral variants of
:func:`~govinfo_report.zh.parse_int`.
"""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from govinfo_report.errors import ZhValueError
from govinfo_report.zh._common import check_int, check_text, fail
from govinfo_report.zh._numerals import LENIENT_ONLY, NUMERAL_CHARS, format_int, mismatch, read_count

__all__ = [
    "Citation",
    "HeadingNumber",
    "format_citation",
    "format_heading_number",
    "parse_citation",
    "parse_heading_number",
    "split_heading",
]


class HeadingNumber(NamedTuple):
    """A heading number: its level (1–4) and its number (1 or more).

    Example:
        >>> HeadingNumber(2, 1)
        HeadingNumber(level=2, number=1)
    """

    level: int
    number: int


class Citation(NamedTuple):
    """A citation of the regulations: article (条), paragraph (款) and item (项), each optional.

    Example:
        >>> Citation(20, item=1)
        Citation(article=20, paragraph=None, item=1)
    """

    article: int | None = None
    paragraph: int | None = None
    item: int | None = None


def _check_positive(number: object) -> int:
    value = check_int(number)
    if value < 1:
        fail("a number here must be 1 or more", repr(number))
    return value


def format_heading_number(number: int, *, level: int = 1) -> str:
    """Write a heading number: level 1 ``一、``, 2 ``（一）``, 3 ``1.``, 4 ``（1）``.

    Args:
        number: The number, 1 or more.
        level: The heading level, 1 to 4.

    Returns:
        The heading number, ready to be followed by the title.

    Raises:
        ZhValueError: ``number`` or ``level`` is not an ``int`` in range.

    Examples:
        >>> [format_heading_number(3, level=level) for level in (1, 2, 3, 4)]
        ['三、', '（三）', '3.', '（3）']
        >>> format_heading_number(11, level=2)
        '（十一）'
    """
    value = _check_positive(number)
    if level not in (1, 2, 3, 4):
        fail("unknown heading level (expected 1 to 4)", repr(level))
    if level == 1:
        return format_int(value) + "、"
    if level == 2:
        return f"（{format_int(value)}）"
    if level == 3:
        return f"{value}."
    return f"（{value}）"


_STRICT_HEADING: Final = re.compile(
    r"([零一二三四五六七八九十百千万亿]+)、|（([零一二三四五六七八九十百千万亿]+)）|([0-9]+)\.(?![0-9])|（([0-9]+)）"
)
_LENIENT_HEADING: Final = re.compile(
    rf"\s*(?:([{NUMERAL_CHARS}]+)\s*[、.．]|[（(]\s*([{NUMERAL_CHARS}]+)\s*[)）]|(\d+)\s*(?:[、．]|\.(?!\d))|[（(]\s*(\d+)\s*[)）])\s*"
)


def _heading(text: str, lenient: bool, whole: bool) -> tuple[HeadingNumber, int] | None:
    """Match a heading number at the start of ``text``: it and where it ends, or None."""
    pattern = _LENIENT_HEADING if lenient else _STRICT_HEADING
    match = pattern.fullmatch(text) if whole else pattern.match(text)
    if match is None:
        return None
    level = match.lastindex
    assert level is not None
    start, end = match.span(level)
    if level in (1, 2):
        number = read_count(text, start, end, lenient)
    else:
        digits = text[start:end]
        if not lenient and digits[0] == "0":
            fail("a heading number does not start with 0", text, start)
        number = int(digits)
    if number < 1:
        fail("a heading number is 1 or more", text, start)
    return HeadingNumber(level, number), match.end()


def parse_heading_number(text: str, *, lenient: bool = False) -> HeadingNumber:
    """Read a heading number written by :func:`format_heading_number`.

    Args:
        text: The heading number alone, for example （一）.
        lenient: Also accept half-width brackets, white space, 1、 and 1． (level 3), and 一. and
            一． (level 1).

    Returns:
        The level and the number.

    Raises:
        ZhValueError: The text is not a heading number.

    Examples:
        >>> parse_heading_number("（一）"), parse_heading_number("12.")
        (HeadingNumber(level=2, number=1), HeadingNumber(level=3, number=12))
        >>> parse_heading_number("(2)", lenient=True)
        HeadingNumber(level=4, number=2)
    """
    text = check_text(text)
    found = _heading(text, lenient, whole=True)
    if found is None:
        if not lenient:
            try:
                variant = _heading(text, True, whole=True)
            except ZhValueError:
                variant = None
            if variant is not None:
                level, number = variant[0]
                standard = format_heading_number(number, level=level)
                mismatch(text, 0, len(text), standard, "heading number")
        fail("expected a heading number like 一、 （一） 1. or （1）", text, _first_bad_char(text))
    return found[0]


def _first_bad_char(text: str) -> int | None:
    """A best guess at the character that spoils a heading number (for the message)."""
    for i, c in enumerate(text):
        if c in LENIENT_ONLY or not (c in NUMERAL_CHARS or c.isdigit() or c in "、.（）"):
            return i
    return None


def split_heading(text: str, *, lenient: bool = False) -> tuple[HeadingNumber | None, str]:
    """Split a heading into its number and its title; ``(None, text)`` when it has no number.

    Args:
        text: A heading line, for example （一）主动公开情况.
        lenient: Read the number as :func:`parse_heading_number` does leniently.

    Returns:
        The heading number (or None) and the title after it, without leading white space.

    Raises:
        ZhValueError: ``text`` is not a ``str``.

    Examples:
        >>> split_heading("（一）主动公开情况")
        (HeadingNumber(level=2, number=1), '主动公开情况')
        >>> split_heading("1.5万元")
        (None, '1.5万元')
    """
    text = check_text(text)
    try:
        found = _heading(text, lenient, whole=False)
    except ZhValueError:  # a marker whose number is not a (standard) numeral: not a heading
        found = None
    if found is None:
        return None, text
    return found[0], text[found[1] :].lstrip()


def format_citation(
    article: int | None = None,
    paragraph: int | None = None,
    item: int | None = None,
    *,
    bracket_item: bool = True,
) -> str:
    """Write a citation of the regulations: 第二十条第（一）项.

    Args:
        article: The article (条), or None.
        paragraph: The paragraph (款), or None.
        item: The item (项), or None.
        bracket_item: Write the item in full-width brackets, as the report tables do
            (第（一）项); ``False`` writes 第一项.

    Returns:
        The citation. ``format_citation(*parse_citation(text))`` gives the text back.

    Raises:
        ZhValueError: No part is given, or a part is not an ``int`` of 1 or more.

    Examples:
        >>> format_citation(20, item=1)
        '第二十条第（一）项'
        >>> format_citation(50, item=4, bracket_item=False), format_citation(paragraph=2)
        ('第五十条第四项', '第二款')
    """
    parts = []
    if article is not None:
        parts.append(f"第{format_int(_check_positive(article))}条")
    if paragraph is not None:
        parts.append(f"第{format_int(_check_positive(paragraph))}款")
    if item is not None:
        number = format_int(_check_positive(item))
        parts.append(f"第（{number}）项" if bracket_item else f"第{number}项")
    if not parts:
        fail("a citation needs an article, a paragraph or an item", repr(Citation()))
    return "".join(parts)


_UNITS: Final = "条款项"


def parse_citation(text: str, *, lenient: bool = False) -> Citation:
    """Read a citation written by :func:`format_citation`.

    Args:
        text: The citation, for example 第二十条第（一）项.
        lenient: Also accept half-width brackets, white space, Arabic numbers (第20条) and
            brackets around any part.

    Returns:
        The article, paragraph and item; the parts not cited are None.

    Raises:
        ZhValueError: The text is not a citation; the message gives the position.

    Examples:
        >>> parse_citation("第二十条第（一）项")
        Citation(article=20, paragraph=None, item=1)
        >>> parse_citation("第五十条第四项"), parse_citation("第二款")
        (Citation(article=50, paragraph=None, item=4), Citation(article=None, paragraph=2, item=None))
        >>> parse_citation("第20条", lenient=True)
        Citation(article=20, paragraph=None, item=None)
    """
    text = check_text(text)
    n = len(text)
    values: list[int | None] = [None, None, None]
    last = -1
    pos = _skip_space(text, 0, lenient)
    if pos == n:
        fail("expected a citation like 第二十条第（一）项", text, pos)
    while pos < n:
        if text[pos] != "第":
            fail(f"unexpected character {text[pos]!r} (expected '第')", text, pos)
        pos = _skip_space(text, pos + 1, lenient)
        bracket = pos < n and text[pos] in ("（(" if lenient else "（")
        if bracket:
            pos = _skip_space(text, pos + 1, lenient)
        start = pos
        while pos < n and (text[pos] in NUMERAL_CHARS or (lenient and text[pos].isdecimal())):
            pos += 1
        end = pos
        if start == end:
            fail(
                "expected a numeral" + ("" if lenient else " (Arabic only with lenient=True)"),
                text,
                start,
            )
        if bracket:
            pos = _skip_space(text, pos, lenient)
            if pos >= n or text[pos] not in ("）)" if lenient else "）"):
                fail("expected '）'", text, pos if pos < n else None)
            pos += 1
        pos = _skip_space(text, pos, lenient)
        unit = _UNITS.find(text[pos]) if pos < n else -1
        if unit < 0:
            fail("expected 条, 款 or 项", text, pos if pos < n else None)
        if unit <= last:
            fail(
                f"{text[pos]!r} out of order (条, 款 and 项 come once each, in this order)",
                text,
                pos,
            )
        if bracket and unit != 2 and not lenient:
            fail(f"brackets around the number of a {text[pos]!r}", text, start - 1)
        piece = text[start:end]
        if lenient and piece.isdecimal():
            values[unit] = int(piece)
        else:
            values[unit] = read_count(text, start, end, lenient)
        if values[unit] == 0:
            fail("a citation number is 1 or more", text, start)
        last = unit
        pos = _skip_space(text, pos + 1, lenient)
    return Citation(*values)


def _skip_space(text: str, pos: int, lenient: bool) -> int:
    if lenient:
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return pos
