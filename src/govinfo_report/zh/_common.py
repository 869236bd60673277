"""Shared helpers of :mod:`govinfo_report.zh`: building errors and checking argument types."""

from __future__ import annotations

from decimal import Decimal
from typing import NoReturn

from govinfo_report.errors import ZhValueError

__all__ = ["check_amount", "check_int", "check_text", "fail", "refuse"]


def fail(problem: str, text: str, position: int | None = None) -> NoReturn:
    """Raise :class:`ZhValueError` for ``text`` with a message that says what and where.

    Example:
        >>> fail("unexpected character '个'", "一百二个", 3)
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: unexpected character '个' at position 3 in '一百二个'
    """
    if position is None:
        raise ZhValueError(f"{problem} in {text!r}", text, None)
    raise ZhValueError(f"{problem} at position {position} in {text!r}", text, position)


def refuse(value: object, expected: str) -> NoReturn:
    """Raise :class:`ZhValueError` for a value of the wrong type.

    Example:
        >>> refuse(1.5, "an int")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: expected an int, got float 1.5
    """
    text = repr(value)
    raise ZhValueError(f"expected {expected}, got {type(value).__name__} {text}", text, None)


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; refuse anything else.

    Example:
        >>> check_text("一")
        '一'
    """
    if not isinstance(text, str):
        refuse(text, "a str")
    return text


def check_int(value: object) -> int:
    """Return ``value`` if it is an ``int`` and not a ``bool``; refuse anything else.

    Example:
        >>> check_int(True)
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: expected an int, got bool True
    """
    if isinstance(value, bool) or not isinstance(value, int):
        refuse(value, "an int")
    return value


def check_amount(value: object) -> Decimal:
    """Return ``value`` as a finite ``Decimal``; accept ``Decimal`` and ``int``, never ``float``.

    Example:
        >>> check_amount(12)
        Decimal('12')
        >>> check_amount(0.1)
        Traceback (most recent call last):
        ...
        govinfo_report.errors.ZhValueError: expected a Decimal or an int (never a float), got float 0.1
    """
    if isinstance(value, Decimal):
        if not value.is_finite():
            text = repr(value)
            raise ZhValueError(f"expected a finite amount, got {text}", text, None)
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    refuse(value, "a Decimal or an int (never a float)")
