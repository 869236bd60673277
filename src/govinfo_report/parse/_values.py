"""Read the value of a table cell, and split digits that a converter ran together.

A cell holds a count, a signed count (2019 本年增/减) or money. Blank cells, ``/``, ``-``,
``—`` and ``无`` are blank. Numbers may use thousands separators (``3,119``) and full-width
digits (the text reaches here normalised). A money cell may state its unit (``251000元``): a
value in 元 for a column in 万元 (or the reverse) is converted exactly; a unit in a column that
states none is kept as written and reported. Anything else is not a value, and the caller
reports it with its position.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from govinfo_report.model import CellKind, CellValue
from govinfo_report.model._cells import cell_problem

__all__ = [
    "BLANKS",
    "MAX_DIGITS",
    "Reading",
    "is_digit_run",
    "looks_like_value",
    "read_value",
    "split_digits",
]

#: What a blank cell may say instead of nothing (after normalisation).
BLANKS = frozenset({"/", "-", "--", "—", "——", "–", "―", "无"})
#: The most digits a value may have; longer runs are not values (and never reach ``int``).
MAX_DIGITS = 30

_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|元)?")
_VALUE = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元)?")
#: The factor of each unit a money value may be written in, as a power of ten of 元.
_UNITS = {"元": 0, "万元": 4}


class Reading(NamedTuple):
    """The value read from a cell's text.

    Attributes:
        value: The value (``None`` for a blank cell, or when the text is not a value).
        problem: Why the text is not a value of the cell's kind, if it is not.
        unit: The unit written in the cell, when it is not the column's (the value is then
            converted to the column's unit if it has one, and kept as written if not).
    """

    value: CellValue
    problem: str | None = None
    unit: str | None = None


def looks_like_value(token: str) -> bool:
    """Whether ``token`` (normalised, no white space) is written as a cell value.

    Numbers (with thousands separators, decimals, a sign, 元 or 万元) and the blank marks are;
    anything else (``2024年``, ``0件。``) is text.

    Example:
        >>> looks_like_value("1,234"), looks_like_value("/"), looks_like_value("0件。")
        (True, True, False)
    """
    return is_digit_run(token) or token in BLANKS or _VALUE.fullmatch(token) is not None


def is_digit_run(token: str) -> bool:
    """Whether ``token`` is digits only, which a converter may have run together.

    Example:
        >>> is_digit_run("640020470"), is_digit_run("3,119")
        (True, False)
    """
    return token.isascii() and token.isdigit()


def read_value(text: str, kind: CellKind, unit: str | None = None) -> Reading:
    """Read a cell's normalised text as a value of ``kind``, in the column's ``unit``.

    Examples:
        >>> read_value("3,119", CellKind.COUNT).value
        3119
        >>> read_value("—", CellKind.COUNT).value is None
        True
        >>> read_value("-8", CellKind.SIGNED).value
        -8
        >>> read_value("96171.6", CellKind.MONEY, "万元").value
        Decimal('96171.6')
        >>> read_value("3940元", CellKind.MONEY, "万元")
        Reading(value=Decimal('0.3940'), problem=None, unit='元')
        >>> read_value("1.5", CellKind.COUNT).problem
        "'1.5' is not a whole number"
    """
    if kind is not CellKind.MONEY and is_digit_run(text) and len(text) <= MAX_DIGITS:
        return Reading(int(text))  # the common case: a plain count
    token = text.strip()
    if not token or token in BLANKS:
        return Reading(None)
    match = _NUMBER.fullmatch(token)
    if match is None:
        return Reading(None, f"{token!r} is not a number")
    sign, digits, fraction, written_unit = match.groups()
    digits = digits.replace(",", "")
    if len(digits) + len(fraction or "") > MAX_DIGITS:
        return Reading(None, f"{token!r} has more than {MAX_DIGITS} digits")
    if kind is CellKind.MONEY:
        return _money(token, sign, digits, fraction, written_unit, unit)
    if fraction is not None:
        return Reading(None, f"{token!r} is not a whole number")
    if written_unit is not None:
        return Reading(None, f"{token!r} is a count, not an amount of money")
    value = int(digits)
    if sign == "-":
        value = -value
    problem = cell_problem(kind, value)
    return Reading(None, f"{token!r}: {problem}") if problem else Reading(value)


def _money(
    token: str, sign: str, digits: str, fraction: str | None, written: str | None, unit: str | None
) -> Reading:
    value = Decimal(f"{sign}{digits}.{fraction}" if fraction is not None else f"{sign}{digits}")
    shown = None
    if written is not None and written != unit:
        shown = written
        if unit in _UNITS:
            value = value.scaleb(_UNITS[written] - _UNITS[unit])
    problem = cell_problem(CellKind.MONEY, value)
    return Reading(None, f"{token!r}: {problem}") if problem else Reading(value, None, shown)


def split_digits(
    runs: Sequence[str],
    size: int,
    sums: Sequence[tuple[int, Sequence[int]]],
    *,
    limit: int = 16,
    budget: int = 50_000,
) -> list[tuple[int, ...]] | None:
    """Every way to split the digit ``runs`` into ``size`` counts that satisfy ``sums``.

    Each run is cut into one or more numbers, in order, none with a leading zero (``0``
    alone is a number). ``sums`` lists ``(total, parts)``: the count at index ``total``
    equals the sum of those at ``parts``.

    Args:
        runs: The digit runs, in order (white space in the source separates runs).
        size: How many counts the runs hold.
        sums: The arithmetic the counts satisfy.
        limit: Stop after finding more than this many splits.
        budget: Stop after trying this many partial splits.

    Returns:
        The splits found (at most ``limit + 1``), or ``None`` when the budget ran out first.

    Example:
        >>> split_digits(["640020470"], 7, [(6, range(6))])
        [(64, 0, 0, 2, 0, 4, 70)]
        >>> len(split_digits(["270020130"], 7, [(6, range(6))]))
        2
    """
    determined = {total: tuple(parts) for total, parts in sums if all(part < total for part in parts)}
    later = [(total, tuple(parts)) for total, parts in sums if total not in determined]
    total_length = sum(len(run) for run in runs)
    if total_length == size and budget > size * MAX_DIGITS and all(map(is_digit_run, runs)):
        # As many digits as counts: each count is one digit, the only split there can be (and
        # the search would find no other, trying fewer splits than the budget allows).
        digits = tuple(int(digit) for run in runs for digit in run)
        checked = [*determined.items(), *later]
        fits = all(digits[total] == sum(digits[part] for part in parts) for total, parts in checked)
        return [digits] if fits else []
    # For a part whose total comes later: the parts of the same total before this one.
    owner: dict[int, tuple[int, ...]] = {
        part: tuple(other for other in parts if other < part)
        for parts in determined.values()
        for part in parts
    }
    found: list[tuple[int, ...]] = []
    values: list[int] = []
    value_at = values.__getitem__
    tried = 0

    def search(index: int, run: int, at: int, used: int) -> bool:
        """Extend the split; return False when the search must stop."""
        nonlocal tried
        tried += 1
        if tried > budget:
            return False
        if index == size:
            if run == len(runs) and all(values[total] == sum(map(value_at, parts)) for total, parts in later):
                found.append(tuple(values))
            return len(found) <= limit
        left_cells = size - index
        if total_length - used < left_cells or len(runs) - run > left_cells:
            return True
        text = runs[run]
        parts = determined.get(index)
        if parts is not None:
            number = sum(map(value_at, parts))
            piece = str(number)
            if not text.startswith(piece, at):
                return True
            return step(index, run, at + len(piece), used + len(piece), number)
        # A number starts with 0 only if it is 0.
        longest = 1 if text.startswith("0", at) else min(len(text) - at, MAX_DIGITS)
        group = owner.get(index)
        # The total of the group, still to come, must have room for the sum of its parts.
        counted = 0 if group is None else sum(map(value_at, group))
        room = total_length - used - (size - index - 1) + 1
        for end in range(at + 1, at + longest + 1):
            number = int(text[at:end])
            if group is not None and len(str(number + counted)) > room - (end - at):
                break
            if not step(index, run, end, used + end - at, number):
                return False
        return True

    def step(index: int, run: int, end: int, used: int, number: int) -> bool:
        """Take ``number``, which ends at ``end`` of the run, and search on."""
        values.append(number)
        going = (
            search(index + 1, run + 1, 0, used)
            if end == len(runs[run])
            else search(index + 1, run, end, used)
        )
        values.pop()
        return going

    if not search(0, 0, 0, 0):
        return None if tried > budget else found
    return found
