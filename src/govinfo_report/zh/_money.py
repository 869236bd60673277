"""Money: 万元 figures for the tables, 元 ↔ 万元, and 大写 amounts (壹仟肆佰零玖元伍角).

Amounts are ``Decimal`` (or ``int``) end to end and never pass through ``float``. Rounding is
ROUND_HALF_UP and is done in integer arithmetic, so it does not depend on the caller's decimal
context (its precision, rounding mode or traps).

大写 amounts follow the People's Bank rules for filling in bills (正确填写票据和结算凭证的基本规定):
digits 壹贰叁肆伍陆柒捌玖, units 拾佰仟万亿 and 元角分; 整 after 元 when there is no 角 or 分;
one 零 for zeros that stand between non-zero digits; 零 after 元 when 角 is 0 and 分 is not
(壹万陆仟肆佰零玖元零贰分). Where the rules leave a choice, :func:`format_rmb` writes the first
form they give and :func:`parse_rmb` accepts both: 零 after 元 when the 元 digit is 0 and 角 is
not (壹仟陆佰捌拾元零叁角贰分 or 壹仟陆佰捌拾元叁角贰分), 零 after a 万 section that ends in 0
(壹拾万柒仟元 or 壹拾万零柒仟元), and 整 after 角 (伍角 or 伍角整).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from typing import Final

from babel.core import UnknownLocaleError
from babel.numbers import format_decimal

from govinfo_report.errors import ZhValueError
from govinfo_report.zh._common import check_amount, check_int, check_text, fail
from govinfo_report.zh._numerals import (
    DIGIT_VALUES,
    LENIENT_ONLY,
    LIMIT,
    UPPER_DIGITS,
    format_upper_variant,
    mismatch,
    scan,
    write_upper,
)

__all__ = [
    "format_rmb",
    "format_wan_yuan",
    "parse_rmb",
    "rounded_units",
    "wan_yuan_to_yuan",
    "yuan_to_wan_yuan",
]

_PREFIX: Final = "人民币"
# Characters of a 大写 integer part in strict mode.
_UPPER_INTEGER: Final = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟万亿")


def rounded_units(amount: Decimal, places: int) -> int:
    """``amount`` in units of ``10**-places``, rounded half-up, in exact integer arithmetic.

    Example:
        >>> rounded_units(Decimal("1409.505"), 2), rounded_units(Decimal("-0.125"), 2)
        (140951, -13)
    """
    if amount.adjusted() < -places - 1:  # below half a unit, whatever the digits
        return 0
    numerator, denominator = amount.as_integer_ratio()
    scale: int = 10**places
    units, rest = divmod(abs(numerator) * scale, denominator)
    if 2 * rest >= denominator:
        units += 1  # half-up: away from zero on a tie
    return -units if numerator < 0 else units


def _shift(amount: Decimal, places: int) -> Decimal:
    """``amount * 10**places`` exactly, whatever the decimal context."""
    sign, digits, exponent = amount.as_tuple()
    assert isinstance(exponent, int)
    exponent += places
    if exponent > 0:  # write 15000, not 1.5E+4
        digits, exponent = (*digits, *(0,) * exponent), 0
    return Decimal((sign, digits, exponent))


def yuan_to_wan_yuan(amount: Decimal | int) -> Decimal:
    """Convert 元 to 万元 exactly (divide by 10 000, no rounding).

    Args:
        amount: An amount in 元, ``Decimal`` or ``int``.

    Returns:
        The same amount in 万元.

    Raises:
        ZhValueError: ``amount`` is a ``float``, a ``bool``, not finite, or not a number.

    Example:
        >>> yuan_to_wan_yuan(Decimal("12345.6")), yuan_to_wan_yuan(50000)
        (Decimal('1.23456'), Decimal('5.0000'))
    """
    return _shift(check_amount(amount), -4)


def wan_yuan_to_yuan(amount: Decimal | int) -> Decimal:
    """Convert 万元 to 元 exactly (multiply by 10 000).

    Args:
        amount: An amount in 万元, ``Decimal`` or ``int``.

    Returns:
        The same amount in 元.

    Raises:
        ZhValueError: ``amount`` is a ``float``, a ``bool``, not finite, or not a number.

    Example:
        >>> wan_yuan_to_yuan(Decimal("1.5")), wan_yuan_to_yuan(Decimal("0.00012"))
        (Decimal('15000'), Decimal('1.2'))
    """
    return _shift(check_amount(amount), 4)


def format_wan_yuan(
    amount: Decimal | int,
    *,
    places: int = 2,
    locale: str = "zh_CN",
    grouping: bool = True,
    unit: bool = False,
) -> str:
    """Write an amount in 万元 for a table cell: rounded half-up, digits grouped for the locale.

    Args:
        amount: The amount, already in 万元 (see :func:`yuan_to_wan_yuan`).
        places: Digits after the decimal point (0–12).
        locale: The babel locale whose digit grouping and symbols are used.
        grouping: Group the digits (1,234.50); ``False`` writes 1234.50.
        unit: Append 万元.

    Returns:
        The formatted amount.

    Raises:
        ZhValueError: ``amount`` is a ``float``, a ``bool`` or not finite, or ``places`` is out
            of range.

    Examples:
        >>> format_wan_yuan(Decimal("1234.565"))
        '1,234.57'
        >>> format_wan_yuan(Decimal("0.5"), places=1, unit=True)
        '0.5万元'
        >>> format_wan_yuan(Decimal("1234567.8"), grouping=False, locale="de_DE")
        '1234567,80'
    """
    value = check_amount(amount)
    places = check_int(places)
    if not 0 <= places <= 12:
        fail("places must be between 0 and 12", repr(places))
    if value.adjusted() >= 28:
        fail("out of range (the limit is 10**28 万元, exclusive)", repr(amount))
    units = rounded_units(value, places)
    rounded = Decimal(f"{units}E-{places}")
    pattern = "#,##0." + "0" * places if places else "#,##0"
    if not isinstance(locale, str) or not locale:  # babel would fall back to the environment's
        raise ZhValueError(f"unknown locale {locale!r}", repr(locale), None)
    # babel computes under the current decimal context; give it one that cannot round or trap.
    try:
        with localcontext(Context(prec=80, rounding=ROUND_HALF_UP)):
            text = format_decimal(rounded, format=pattern, locale=locale, group_separator=grouping)
    except (UnknownLocaleError, ValueError, TypeError) as error:
        raise ZhValueError(f"unknown locale {locale!r}", repr(locale), None) from error
    return text + "万元" if unit else text


def format_rmb(amount: Decimal | int, *, prefix: bool = False, zero_after_yuan: bool = True) -> str:
    """Write an amount of money in 大写, rounded half-up to 分.

    Args:
        amount: The amount in 元, ``0 <= amount < 10**16``.
        prefix: Start with 人民币.
        zero_after_yuan: Write 零 after 元 when the 元 digit is 0 and 角 is not
            (壹仟陆佰捌拾元零叁角贰分); the rules allow leaving it out.

    Returns:
        The 大写 amount.

    Raises:
        ZhValueError: ``amount`` is a ``float``, a ``bool``, negative, not finite or too large.

    Examples:
        >>> format_rmb(Decimal("1409.50")), format_rmb(Decimal("6007.14"))
        ('壹仟肆佰零玖元伍角', '陆仟零柒元壹角肆分')
        >>> format_rmb(Decimal("16409.02")), format_rmb(100000, prefix=True)
        ('壹万陆仟肆佰零玖元零贰分', '人民币壹拾万元整')
        >>> format_rmb(Decimal("1680.32"), zero_after_yuan=False)
        '壹仟陆佰捌拾元叁角贰分'
    """
    value = amount if type(amount) is Decimal and amount.is_finite() else check_amount(amount)
    adjusted = value.adjusted()
    if adjusted >= 16:
        fail("out of range (the limit is 10**16 元, exclusive)", repr(amount))
    numerator, denominator = value.as_integer_ratio() if adjusted >= -3 else (0, 1)
    if numerator < 0:
        fail("a 大写 amount cannot be negative", repr(amount))
    if denominator == 1:
        yuan, rest = numerator, 0
    else:  # round half-up to 分 in integers
        cents, remainder = divmod(numerator * 100, denominator)
        if 2 * remainder >= denominator:
            cents += 1
        yuan, rest = divmod(cents, 100)
        if yuan >= LIMIT:
            fail("out of range (the limit is 10**16 元, exclusive)", repr(amount))
    if not yuan:
        text = _TAILS_WITHOUT_YUAN[rest]
    elif zero_after_yuan and not yuan % 10:
        text = write_upper(yuan) + _TAILS_AFTER_ZERO[rest]
    else:
        text = write_upper(yuan) + _TAILS[rest]
    return _PREFIX + text if prefix else text


def _tail(rest: int, yuan: bool, zero_before_jiao: bool) -> str:
    """What follows the 元 digits for ``rest`` 分: 元 and 整, or the 零, 角 and 分."""
    jiao, fen = divmod(rest, 10)
    if not rest:
        return "元整" if yuan else "零元整"
    text = "元" if yuan else ""
    if yuan and (not jiao or zero_before_jiao):
        text += "零"
    if jiao:
        text += UPPER_DIGITS[jiao] + "角"
    if fen:
        text += UPPER_DIGITS[fen] + "分"
    return text


# The 100 endings, for a 元 digit that is not 0 (or no 零 wanted), for a 元 digit 0 with 零
# after 元, and for amounts below one 元.
_TAILS: Final = tuple(_tail(rest, True, False) for rest in range(100))
_TAILS_AFTER_ZERO: Final = tuple(_tail(rest, True, True) for rest in range(100))
_TAILS_WITHOUT_YUAN: Final = tuple(_tail(rest, False, False) for rest in range(100))


def parse_rmb(text: str, *, lenient: bool = False) -> Decimal:
    """Read a 大写 amount of money back into a ``Decimal`` with two places.

    Strict reading accepts exactly the forms the People's Bank rules allow (see the module
    documentation), with or without 人民币 in front.

    Args:
        text: The amount, for example 人民币壹仟肆佰零玖元伍角.
        lenient: Also accept 圆 for 元, 正 for 整, a missing 整, 零 anywhere the rules do not ask
            for it, 小写 digits, and the variants :func:`parse_int` accepts leniently.

    Returns:
        The amount, quantized to 分 (``Decimal('1409.50')``).

    Raises:
        ZhValueError: The text is not such an amount; the message gives the position.

    Examples:
        >>> parse_rmb("壹仟肆佰零玖元伍角"), parse_rmb("人民币壹拾万元整")
        (Decimal('1409.50'), Decimal('100000.00'))
        >>> parse_rmb("壹仟陆佰捌拾元叁角贰分")
        Decimal('1680.32')
        >>> parse_rmb("壹佰元")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: 整 missing after 元 at position 3 in '壹佰元'
    """
    text = check_text(text)
    n = len(text)
    pos = len(_PREFIX) if text.startswith(_PREFIX) else 0
    if pos == n:
        fail("expected an amount", text, pos)
    yuan_at = _find_yuan(text, pos, lenient)
    if yuan_at < 0 and not lenient and "圆" in text:
        fail("'圆' is read only with lenient=True (write 元)", text, text.index("圆"))
    yuan = 0
    if yuan_at >= 0:
        if not lenient:
            for i in range(pos, yuan_at):
                if text[i] not in _UPPER_INTEGER:
                    if text[i] in LENIENT_ONLY:
                        fail(f"{text[i]!r} is read only with lenient=True", text, i)
                    fail(f"unexpected character {text[i]!r} (expected a 大写 digit)", text, i)
        yuan = scan(text, pos, yuan_at, lenient)
        if yuan >= LIMIT:
            fail("out of range (the limit is 10**16 元, exclusive)", text, pos)
        if not lenient:
            written = text[pos:yuan_at]
            standard = write_upper(yuan)
            if written != standard and written != format_upper_variant(yuan):
                mismatch(text, pos, yuan_at, standard, "大写 amount")
        pos = yuan_at + 1
    jiao, fen, zero_at, whole_at, pos = _read_small(text, pos, lenient)
    if pos < n:
        fail(f"unexpected character {text[pos]!r}", text, pos)
    if not lenient:
        _check_small(text, yuan_at, yuan, jiao, fen, zero_at, whole_at)
    return Decimal(f"{yuan}.{jiao}{fen}")


def _find_yuan(text: str, start: int, lenient: bool) -> int:
    """Index of 元 (or, leniently, 圆) in ``text`` after ``start``, or -1."""
    at = text.find("元", start)
    if lenient:
        other = text.find("圆", start)
        if other >= 0 and (at < 0 or other < at):
            at = other
    return at


def _read_small(text: str, pos: int, lenient: bool) -> tuple[int, int, int, int, int]:
    """Read ``[零][D角][零][D分][整]`` from ``pos``: jiao, fen, 零 and 整 positions, end."""
    n = len(text)
    jiao = fen = 0
    zero_at = whole_at = -1
    seen_jiao = seen_fen = False
    while pos < n:
        c = text[pos]
        if c in "整正" and whole_at < 0:
            if c == "正" and not lenient:
                fail("'正' is read only with lenient=True (write 整)", text, pos)
            whole_at = pos
            pos += 1
            continue
        if whole_at >= 0:
            fail(f"unexpected character {c!r} after {text[whole_at]!r}", text, pos)
        digit = DIGIT_VALUES.get(c)
        if digit is None:
            fail(f"unexpected character {c!r}", text, pos)
        if not lenient and c not in UPPER_DIGITS:
            if c in LENIENT_ONLY:
                fail(f"{c!r} is read only with lenient=True", text, pos)
            fail(f"unexpected character {c!r} (expected a 大写 digit)", text, pos)
        unit = text[pos + 1 : pos + 2]
        if digit == 0:
            if unit in ("角", "分") and not lenient:
                fail(f"unexpected '零{unit}' (a 0 角 or 分 is not written)", text, pos)
            if unit not in ("角", "分"):
                if zero_at >= 0 and not lenient:
                    fail(f"{c!r} twice", text, pos)
                zero_at = pos
                pos += 1
                continue
        if unit == "角" and not seen_jiao and not seen_fen:
            jiao, seen_jiao = digit, True
        elif unit == "分" and not seen_fen:
            fen, seen_fen = digit, True
        elif unit in ("角", "分"):
            fail(f"unexpected {unit!r} (角 and 分 come once each, 角 first)", text, pos + 1)
        elif unit:
            fail(
                f"unexpected {unit!r} after a digit (expected 角 or 分; is 元 missing?)",
                text,
                pos + 1,
            )
        else:
            fail(f"digit {c!r} without 角 or 分", text, pos)
        pos += 2
    return jiao, fen, zero_at, whole_at, pos


def _check_small(
    text: str, yuan_at: int, yuan: int, jiao: int, fen: int, zero_at: int, whole_at: int
) -> None:
    """The strict rules for 零 and 整 after the 元 part."""
    end = len(text)
    if yuan_at < 0 and jiao == 0 and fen == 0:
        fail("expected 元, 角 or 分", text, end if whole_at < 0 else whole_at)
    if yuan_at >= 0 and yuan == 0 and (jiao or fen):
        fail("零元 before 角 or 分 (write the 角 and 分 alone)", text, yuan_at)
    if zero_at >= 0:
        if yuan_at < 0 or zero_at != yuan_at + 1:
            fail("unexpected 零 (零 may only follow 元)", text, zero_at)
        if not jiao and not fen:
            fail("unexpected 零 after 元 (there is no 角 or 分)", text, zero_at)
        if jiao and yuan % 10:
            fail("unexpected 零 after 元 (the 元 digit is not 0)", text, zero_at)
    elif yuan and not jiao and fen:
        fail("零 missing after 元 (角 is 0)", text, yuan_at + 1)
    if whole_at >= 0 and fen:
        fail("unexpected 整 after 分", text, whole_at)
    if whole_at < 0 and not jiao and not fen:
        fail("整 missing after 元", text, end)
