"""Numbers in running text: 共收到申请1,234件, 行政复议一件, 收费3.5万元, 二〇二三年.

:func:`find_numbers` finds every number a report's narrative may state:

- Arabic, with ``,`` between groups of three digits, a decimal point, full-width digits, and a
  minus sign that does not follow a digit or letter (-3);
- Chinese counting numerals in either style and their lenient variants (一百二十三, 两千,
  一万零五百, 壹万), read as :func:`~govinfo_report.zh.parse_int` reads them leniently;
- Chinese digits in a row, as in years (二〇二三, 二零二四);
- Arabic with 万, 亿 or 万亿 (3万, 1.5亿), and 百分之 before a Chinese numeral (百分之五十 is 50 %).

Each match has an exact value (``int``, or ``Decimal`` when it has a fractional part), its span,
and the unit written right after it, if it is one of ``units``. When 万元 is a unit, a number
followed by 万元 is given in 万元 (3万元 and 三万元 are 3 with unit 万元, and the span ends before
万); otherwise 万 multiplies. A run of numeral characters that is no number (千万 in 千万不要, an
ambiguous 一百一) is skipped, so words such as 统一 or 进一步 do yield their 一: callers match the
words around a number, not the number alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Final, NamedTuple

from govinfo_report.errors import ZhValueError
from govinfo_report.zh._common import check_text, refuse
from govinfo_report.zh._numerals import DIGIT_VALUES, NUMERAL_CHARS, scan

__all__ = ["DEFAULT_UNITS", "NumberMatch", "find_numbers"]

#: The units :func:`find_numbers` reports by default, longest first where one starts another.
DEFAULT_UNITS: Final = ("人次", "万元", "件", "条", "个", "次", "元", "%")


class NumberMatch(NamedTuple):
    """A number found in text: its exact value, where it stands, and the unit after it.

    Example:
        >>> m = NumberMatch(3, 2, 3, "件")
        >>> m.span
        (2, 3)
    """

    #: The exact value: an ``int``, or a ``Decimal`` when it has a fractional part.
    value: int | Decimal
    #: Index of the number's first character.
    start: int
    #: Index just past the number (where the unit starts).
    end: int
    #: The unit written right after the number, or None.
    unit: str | None

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)`` of the number, like :meth:`re.Match.span`."""
        return self.start, self.end


_PATTERN: Final = re.compile(
    r"(?:(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ.．,])(?P<minus>[-－−]))?"
    r"(?P<arabic>[0-9０-９]+(?:,[0-9]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?)"
    r"(?P<times>万亿|亿|万|萬億|億|萬)?"
    rf"|百分之(?P<percent>[{NUMERAL_CHARS}]+)"
    rf"|(?P<negative>负)?(?P<chinese>[{NUMERAL_CHARS}]+)"
)
_ASCII_DIGITS: Final = str.maketrans("０１２３４５６７８９．", "0123456789.", ",")
_POWERS: Final = {"万": 4, "萬": 4, "亿": 8, "億": 8, "万亿": 12, "萬億": 12}


def _arabic(digits: str, power: int) -> int | Decimal:
    """The exact value of ``digits`` (ASCII, maybe with a point) times ``10**power``."""
    whole, point, fraction = digits.partition(".")
    if not point:
        scale: int = 10**power
        return int(whole) * scale
    if power >= len(fraction):
        scale = 10 ** (power - len(fraction))
        return int(whole + fraction) * scale
    joined = whole + fraction
    cut = len(whole) + power
    return Decimal(f"{joined[:cut]}.{joined[cut:]}")


def _chinese(text: str, start: int, end: int) -> int | None:
    """The value of the numeral characters ``text[start:end]``, or None if they are no number."""
    try:
        return scan(text, start, end, True)
    except ZhValueError:
        pass
    if end - start < 2:
        return None
    value = 0
    for i in range(start, end):  # digits in a row, as in 二〇二三
        digit = DIGIT_VALUES.get(text[i])
        if digit is None:
            return None
        value = value * 10 + digit
    return value


def find_numbers(text: str, *, units: Iterable[str] = DEFAULT_UNITS) -> Iterator[NumberMatch]:
    """Find every number in running text, with its exact value, span and unit.

    Args:
        text: The text.
        units: The units to report when one follows a number directly. ``%`` also matches the
            full-width ``％``. Longer units are tried first.

    Yields:
        One :class:`NumberMatch` per number, from left to right.

    Raises:
        ZhValueError: ``text`` is not a ``str``, or ``units`` holds something else than
            non-empty strings.

    Examples:
        >>> [(m.value, m.unit) for m in find_numbers("共收到申请1,234件，办结一百零五件，答复率98.5%")]
        [(1234, '件'), (105, '件'), (Decimal('98.5'), '%')]
        >>> [(m.value, m.unit) for m in find_numbers("收费3.5万元，项目1.5亿元，二〇二三年")]
        [(Decimal('3.5'), '万元'), (150000000, '元'), (2023, None)]
    """
    text = check_text(text)
    if units is DEFAULT_UNITS:
        ordered: tuple[str, ...] = DEFAULT_UNITS
    else:
        chosen = list(units) if not isinstance(units, str) else [units]
        for unit in chosen:
            if not isinstance(unit, str) or not unit:
                refuse(unit, "a non-empty str as a unit")
        ordered = tuple(sorted(chosen, key=len, reverse=True))
    wan_yuan = "万元" in ordered
    for match in _PATTERN.finditer(text):
        start, end = match.span()
        arabic = match["arabic"]
        value: int | Decimal | None
        if arabic is not None:
            power = _POWERS.get(match["times"] or "", 0)
            if wan_yuan and power == 4 and text.startswith("元", end):
                power, end = 0, end - 1
            value = _arabic(arabic.translate(_ASCII_DIGITS), power)
            if match["minus"]:
                value = -value
        elif match["percent"] is not None:
            p_start, p_end = match.span("percent")
            value = 100 if text[p_start:p_end] == "百" else _chinese(text, p_start, p_end)
            if value is not None:
                yield NumberMatch(value, start, end, "%")
            continue
        else:
            c_start, c_end = match.span("chinese")
            value = _chinese(text, c_start, c_end)
            if value is None:
                continue
            if wan_yuan and text[c_end - 1] in "万萬" and text.startswith("元", c_end) and value % 10000 == 0:
                value, end = value // 10000, c_end - 1
            if match["negative"]:
                value = -value
        yield NumberMatch(value, start, end, _unit(text, end, ordered))


def _unit(text: str, at: int, units: tuple[str, ...]) -> str | None:
    for unit in units:
        if text.startswith(unit, at) or (unit == "%" and text.startswith("％", at)):
            return unit
    return None
