"""Chinese counting numerals: 小写 (一百零一) and 大写 (壹佰零壹), written and read exactly.

Writing follows the usual rules: zeros inside a number are read as one 零 (一百零一, 一万零五百,
一亿零一千); zeros at the end of a 万 or 亿 section are silent when the next section starts with a
non-zero digit (十万七千); 10–19 start with 十 only at the very start of a 小写 number
(十一, 十一万, but 一百一十); 大写 always writes the digit (壹拾). Sections are 万, 亿 and 万亿.

Reading is strict by default: the text must be exactly what :func:`format_int` writes for its
value, in one of the two styles. ``lenient=True`` also accepts variants that published text uses
(两/兩, 廿/卅/卌, 萬/億, 貳/參/叄/陸, 〇 for 零, 負, 一十 at the start, missing or extra 零), but
never a form that is ambiguous, such as 一百一 (110 or 101?).

Both directions use tables of the 10 000 readings of a four-digit section in each style, built
once at import.
"""

from __future__ import annotations

from typing import Final, Literal, NoReturn

from govinfo_report.errors import ZhValueError
from govinfo_report.zh._common import check_int, check_text, fail

__all__ = [
    "DIGIT_VALUES",
    "LIMIT",
    "NUMERAL_CHARS",
    "UPPER_DIGITS",
    "NumeralStyle",
    "format_int",
    "format_upper_variant",
    "mismatch",
    "parse_int",
    "read_count",
    "scan",
    "upper_style",
    "write_upper",
]

#: ``"lower"`` is 小写 (一二三 十百千), ``"upper"`` is 大写 (壹贰叁 拾佰仟).
NumeralStyle = Literal["lower", "upper"]

#: Numbers must be smaller than this in absolute value (9999万亿 is the largest section).
LIMIT: Final = 10**16

_ZERO: Final = "零"
_NEG: Final = "负"
_LOWER_DIGITS: Final = "零一二三四五六七八九"
UPPER_DIGITS: Final = "零壹贰叁肆伍陆柒捌玖"
_LOWER_UNITS: Final = ("", "十", "百", "千")
_UPPER_UNITS: Final = ("", "拾", "佰", "仟")
_UPPER_ONLY: Final = frozenset(UPPER_DIGITS[1:] + "拾佰仟")


def _section_table(digits: str, units: tuple[str, ...]) -> tuple[str, ...]:
    """Readings of 0–9999 as one section, without a leading 零, with 一十, and '' for 0."""
    table = ["", *digits[1:]]
    for place in (1, 2, 3):
        size = len(table)  # 10**place
        if place == 1:  # 一十, 一十一 … 九十九
            tails = table[:]
        else:  # what follows the leading digit: nothing, 零 and a shorter reading, or a full one
            tails = ["", *(_ZERO + t for t in table[1 : size // 10]), *table[size // 10 :]]
        table += [digits[d] + units[place] + tail for d in range(1, 10) for tail in tails]
    return tuple(table)


_LOWER: Final = _section_table(_LOWER_DIGITS, _LOWER_UNITS)
_UPPER: Final = _section_table(UPPER_DIGITS, _UPPER_UNITS)
# The first section of a number: 零 for zero, and 十一 rather than 一十一 in 小写.
_LOWER_FIRST: Final = (_ZERO, *_LOWER[1:10], *(s[1:] for s in _LOWER[10:20]), *_LOWER[20:])
_UPPER_FIRST: Final = (_ZERO, *_UPPER[1:])
_STYLES: Final = {"lower": (_LOWER_FIRST, _LOWER), "upper": (_UPPER_FIRST, _UPPER)}
# Reading tables, per style: the first section of a number (零 for 0, 十一 in 小写) and any
# other non-zero section (一十一), each from its text to its value.
_VALUES: Final = tuple(range(10000))  # shared by the four tables
_LOWER_READ: Final = (
    dict(zip(_LOWER_FIRST, _VALUES, strict=True)),
    dict(zip(_LOWER[1:], _VALUES[1:], strict=True)),
)
_UPPER_READ: Final = (
    dict(zip(_UPPER_FIRST, _VALUES, strict=True)),
    dict(zip(_UPPER[1:], _VALUES[1:], strict=True)),
)


def _write(n: int, first: tuple[str, ...], plain: tuple[str, ...], boundary_zero: bool) -> str:
    """Write 0 <= n < LIMIT; ``boundary_zero`` also writes 零 after a section ending in 0."""
    if n < 10000:
        return first[n]
    high, d = divmod(n, 10000)
    if high < 10000:
        if not d:
            return first[high] + "万"
        if d < 1000 or (boundary_zero and high % 10 == 0):
            return first[high] + "万零" + plain[d]
        return first[high] + "万" + plain[d]
    top, low = divmod(n, 100000000)
    text = _write(top, first, plain, boundary_zero) + "亿"
    if not low:
        return text
    c, d = divmod(low, 10000)
    if not c:  # a whole zero section stands before d
        return text + _ZERO + plain[d]
    if top % 10000 == 0 or c < 1000 or (boundary_zero and top % 10 == 0):
        text += _ZERO
    text += plain[c] + "万"
    if d:
        if d < 1000 or (boundary_zero and c % 10 == 0):
            text += _ZERO
        text += plain[d]
    return text


def format_int(number: int, *, style: NumeralStyle = "lower") -> str:
    """Write an integer in Chinese numerals.

    Args:
        number: The integer, ``-10**16 < number < 10**16``. Never a ``bool`` or ``float``.
        style: ``"lower"`` for 小写 (一百零一), ``"upper"`` for 大写 (壹佰零壹).

    Returns:
        The numeral; negative numbers start with 负.

    Raises:
        ZhValueError: ``number`` is not an ``int``, is out of range, or ``style`` is unknown.

    Examples:
        >>> format_int(101), format_int(10500), format_int(110), format_int(15)
        ('一百零一', '一万零五百', '一百一十', '十五')
        >>> format_int(100000, style="upper")
        '壹拾万'
        >>> format_int(-2023)
        '负二千零二十三'
    """
    if type(number) is not int:
        number = check_int(number)
    tables = _STYLES.get(style)
    if tables is None:
        fail("unknown style (expected 'lower' or 'upper')", repr(style))
    if 0 <= number < 10000:
        return tables[0][number]
    if not -LIMIT < number < LIMIT:
        fail("out of range (the limit is 10**16, exclusive)", repr(number))
    if number < 0:
        return _NEG + _write(-number, tables[0], tables[1], False)
    return _write(number, tables[0], tables[1], False)


def format_upper_variant(number: int) -> str:
    """Write ``0 <= number < LIMIT`` in 大写 with 零 also after a section that ends in 0.

    The People's Bank rules allow 壹拾万零柒仟 beside 壹拾万柒仟 for money; this writes the first.

    Example:
        >>> format_upper_variant(107000)
        '壹拾万零柒仟'
    """
    return _write(number, _UPPER_FIRST, _UPPER, True)


def write_upper(number: int) -> str:
    """Write ``0 <= number < LIMIT`` in 大写 without checking it (for callers that have).

    Example:
        >>> write_upper(1409)
        '壹仟肆佰零玖'
    """
    return _write(number, _UPPER_FIRST, _UPPER, False)


def upper_style(text: str) -> bool:
    """Whether ``text`` holds a 大写 digit or unit (and so is meant as 大写).

    Example:
        >>> upper_style("壹拾"), upper_style("十")
        (True, False)
    """
    return any(c in _UPPER_ONLY for c in text)


# What each character means when reading: a kind and a value.
_DIGIT, _ZERO_MARK, _UNIT, _BIG, _TENS = range(5)
_CHARS: Final[dict[str, tuple[int, int]]] = {
    **{c: (_DIGIT, v) for v, c in enumerate(_LOWER_DIGITS) if v},
    **{c: (_DIGIT, v) for v, c in enumerate(UPPER_DIGITS) if v},
    "两": (_DIGIT, 2),
    "兩": (_DIGIT, 2),
    "貳": (_DIGIT, 2),
    "參": (_DIGIT, 3),
    "叄": (_DIGIT, 3),
    "陸": (_DIGIT, 6),
    "零": (_ZERO_MARK, 0),
    "〇": (_ZERO_MARK, 0),
    "十": (_UNIT, 1),
    "拾": (_UNIT, 1),
    "百": (_UNIT, 2),
    "佰": (_UNIT, 2),
    "千": (_UNIT, 3),
    "仟": (_UNIT, 3),
    "万": (_BIG, 4),
    "萬": (_BIG, 4),
    "亿": (_BIG, 8),
    "億": (_BIG, 8),
    "廿": (_TENS, 2),
    "卅": (_TENS, 3),
    "卌": (_TENS, 4),
}
#: Every character a Chinese numeral may use, in either style, strict or lenient.
NUMERAL_CHARS: Final = "".join(_CHARS)
#: The value of every character that stands for a single digit (零 and 〇 included).
DIGIT_VALUES: Final = {c: v for c, (kind, v) in _CHARS.items() if kind in (_DIGIT, _ZERO_MARK)}
#: Characters read only with ``lenient=True``.
LENIENT_ONLY: Final = frozenset("两兩貳參叄陸〇萬億廿卅卌負")
_POWERS: Final = (1, 10, 100, 1000)


def scan(text: str, start: int, end: int, lenient: bool) -> int:
    """Read the unsigned numeral ``text[start:end]`` in either style (or both mixed).

    This is the grammar only: it accepts any unambiguous numeral, standard or not, and raises
    :class:`ZhValueError` at the first character that cannot belong to one. Callers that want
    the standard form compare with :func:`format_int`.

    Example:
        >>> scan("共一千零十件", 1, 5, True)
        1010
    """
    if start >= end:
        fail("expected a numeral", text, start)
    total = 0  # the 亿 part, multiplied out
    wan = 0  # the 万 part of the current 亿 section, multiplied out
    sec = 0  # the current section, below 10 000
    digit = -1  # a digit waiting for its unit
    digit_at = -1
    place = 4  # the place of the last unit in this section; 4 = none yet
    zero_at = -1  # a 零 waiting for what follows it
    wan_seen = yi_seen = False
    after_big = False  # this section follows 万 or 亿
    for i in range(start, end):
        c = text[i]
        info = _CHARS.get(c)
        if info is None:
            fail(f"unexpected character {c!r}", text, i)
        if not lenient and c in LENIENT_ONLY:
            fail(f"{c!r} is read only with lenient=True", text, i)
        kind, value = info
        if kind == _DIGIT:
            if digit >= 0:
                fail(f"digit {c!r} follows a digit", text, i)
            digit, digit_at = value, i
        elif kind == _ZERO_MARK:
            if digit >= 0:
                fail(f"{c!r} follows a digit", text, i)
            if i == start and end - start > 1:
                fail(f"a numeral does not start with {c!r}", text, i)
            zero_at = i
        elif kind == _BIG:
            if zero_at >= 0 and digit < 0:
                fail(f"{text[zero_at]!r} stands before {c!r}", text, zero_at)
            if digit >= 0:
                _check_bare_digit(text, digit_at, place, zero_at, False)
                sec += digit
            if value == 4:
                if wan_seen:
                    fail(f"{c!r} twice in one 亿 section", text, i)
                if sec == 0:
                    fail(f"{c!r} needs a number before it", text, i)
                wan, wan_seen = sec * 10000, True
            else:
                if yi_seen:
                    fail(f"{c!r} twice", text, i)
                if wan + sec == 0:
                    fail(f"{c!r} needs a number before it", text, i)
                total, wan, wan_seen, yi_seen = (wan + sec) * 100000000, 0, False, True
            sec, digit, place, zero_at, after_big = 0, -1, 4, -1, True
        else:  # a unit 十百千, or 廿卅卌 (a digit and 十 in one character)
            if kind == _TENS:
                if digit >= 0:
                    fail(f"{c!r} follows a digit", text, i)
                digit, value = value, 1
            if digit < 0:
                if value != 1 or (place != 4 and zero_at < 0):
                    fail(f"{c!r} needs a digit before it", text, i)
                digit = 1
            if value >= place:
                fail(f"unit {c!r} out of order", text, i)
            sec += digit * _POWERS[value]
            digit, place, zero_at = -1, value, -1
    if digit >= 0:
        _check_bare_digit(text, digit_at, place, zero_at, after_big)
        sec += digit
    elif zero_at >= 0 and end - start > 1:
        fail(f"a numeral does not end with {text[zero_at]!r}", text, zero_at)
    return total + wan + sec


def _check_bare_digit(text: str, at: int, place: int, zero_at: int, after_big: bool) -> None:
    """A digit without a unit must follow 十 or 零, or be the first section's only digit.

    Otherwise it is ambiguous: 一百一 and 三万五 are 110 and 35 000 in speech.
    """
    if zero_at < 0 and (place in (2, 3) or (place == 4 and after_big)):
        fail(
            f"ambiguous digit {text[at]!r} without a unit (write 零 before it or a unit after)",
            text,
            at,
        )


def mismatch(text: str, start: int, end: int, standard: str, what: str) -> NoReturn:
    """Raise :class:`ZhValueError` where ``text[start:end]`` first leaves its ``standard`` form.

    Example:
        >>> mismatch("第一十一条", 1, 4, "十一", "numeral")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: non-standard numeral: '一' at position 1 in '第一十一条' (...)
    """
    i = 0
    for a, b in zip(text[start:end], standard, strict=False):
        if a != b:
            break
        i += 1
    at = start + i
    found = repr(text[at]) if at < end else "the end"
    raise ZhValueError(
        f"non-standard {what}: {found} at position {at} in {text!r} "
        f"(the standard form is {standard!r}; lenient=True accepts it)",
        text,
        at,
    )


def read_count(text: str, start: int, end: int, lenient: bool) -> int:
    """Read the unsigned 小写 numeral ``text[start:end]``; strict means the standard form.

    Example:
        >>> read_count("第十一条", 1, 3, False)
        11
    """
    value = scan(text, start, end, lenient)
    if not lenient:
        standard = _LOWER_FIRST[value] if value < 10000 else _write(value, *_STYLES["lower"], False)
        if text[start:end] != standard:
            mismatch(text, start, end, standard, "numeral")
    return value


def _after(text: str, gap: bool, plain: dict[str, int]) -> int:
    """A non-zero section written after another: 零 before it iff a gap or below 1000; or -1."""
    if text[:1] == _ZERO:
        value = plain.get(text[1:], 0)
        return value if value and (gap or value < 1000) else -1
    value = plain.get(text, 0)
    return value if value >= 1000 and not gap else -1


def _read_standard(body: str, first: dict[str, int], plain: dict[str, int]) -> int:
    """The value of ``body`` if it is exactly in the standard form of one style, else -1.

    This is the fast path of strict reading: a few splits and table look-ups, no grammar.
    """
    high, yi, low = body.partition("亿")
    if not yi:
        left, wan, right = body.partition("万")
        if not wan:
            return first.get(body, -1)
        c = first.get(left, 0)
        d = _after(right, False, plain) if right else 0
        return c * 10000 + d if c and d >= 0 else -1
    left, wan, right = high.partition("万")
    if wan:
        a = first.get(left, 0)
        b = _after(right, False, plain) if right else 0
        if not a or b < 0:
            return -1
        top, gap = a * 10000 + b, not b
    else:
        top, gap = first.get(high, 0), False
        if not top:
            return -1
    if not low:
        return top * 100000000
    left, wan, right = low.partition("万")
    if wan:
        c = _after(left, gap, plain)
        d = _after(right, False, plain) if right else 0
    else:
        c, d = 0, _after(low, True, plain)
        if not d:
            return -1
    return top * 100000000 + c * 10000 + d if c >= 0 and d >= 0 else -1


def parse_int(text: str, *, lenient: bool = False) -> int:
    """Read an integer written in Chinese numerals, 小写 or 大写.

    Args:
        text: The numeral, nothing else (no spaces, no unit). Negative numbers start with 负.
        lenient: Also accept the variants that published text uses: 两/兩, 廿/卅/卌, 萬/億,
            貳/參/叄/陸, 〇 for 零, 負, 一十 at the start, and missing or extra 零. Ambiguous
            forms (一百一) are refused even then.

    Returns:
        The integer.

    Raises:
        ZhValueError: The text is not a numeral (or, when strict, not in the standard form that
            :func:`format_int` writes); the message gives the position of the first bad character.

    Examples:
        >>> parse_int("一百零一"), parse_int("壹拾万"), parse_int("负十二")
        (101, 100000, -12)
        >>> parse_int("两千", lenient=True), parse_int("一十五", lenient=True)
        (2000, 15)
        >>> parse_int("一百二个")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: unexpected character '个' at position 3 in '一百二个'
    """
    if type(text) is not str:
        text = check_text(text)
    negative = text[:1] == _NEG
    body = text[1:] if negative else text
    if not lenient and body:
        value = _read_standard(body, *(_UPPER_READ if body[0] in _UPPER_ONLY else _LOWER_READ))
        if value > 0 or (value == 0 and not negative):
            return -value if negative else value
    start = 0
    if negative or (lenient and text[:1] == "負"):
        negative, start = True, 1
    value = scan(text, start, len(text), lenient)
    if not lenient:
        standard = format_int(value, style="upper" if upper_style(body) else "lower")
        if negative:
            standard = _NEG + standard if value else standard
        if standard != text:
            mismatch(text, 0, len(text), standard, "numeral")
    return -value if negative else value
