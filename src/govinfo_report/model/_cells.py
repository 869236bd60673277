"""How a table cell is declared: its kind, its official label and the field helpers.

Every cell of a report is an attrs field declared with :func:`count`, :func:`signed` or
:func:`money`; every row, group or table that holds cells is declared with :func:`part`. The
helpers put a :class:`Label` into the field's metadata, so the official wording, its numbering
and its place in the table are written exactly once, beside the field. Everything else (the
cell walk, builders, JSON, the JSON Schema) reads them from there.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from govinfo_report.errors import InvalidValueError

__all__ = [
    "CellKind",
    "CellValue",
    "Heading",
    "Label",
    "cell_problem",
]

T = TypeVar("T")

#: The value a cell may hold: a count or signed number (``int``), money (``Decimal``), or
#: blank (``None``).
CellValue = int | Decimal | None

METADATA_KEY = "govinfo_report"

#: Money may have at most this many digits before the decimal point …
MONEY_MAX_INTEGER_DIGITS = 18
#: … and at most this many after it.
MONEY_MAX_PLACES = 12


class CellKind(enum.Enum):
    """What a cell holds.

    Example:
        >>> CellKind.SIGNED.value
        'signed'
    """

    #: A non-negative ``int`` (never a ``bool``).
    COUNT = "count"
    #: An ``int`` that may be negative (2019 table 二 本年增/减).
    SIGNED = "signed"
    #: A non-negative ``Decimal``.
    MONEY = "money"


@attrs.frozen
class Heading:
    """A printed header that spans several rows or columns but holds no value of its own.

    Examples are table 二's block captions (``第二十条第（一）项``), table 三's column group
    ``法人或其他组织`` and table 四's ``行政诉讼``.

    Example:
        >>> Heading("法人或其他组织").text
        '法人或其他组织'
    """

    text: str


@attrs.frozen
class Label:
    """The official label of a row, column or group, as printed in the template.

    Attributes:
        text: The wording after the number, verbatim (``不予公开``).
        number: The printed numbering, verbatim (``（三）``, ``1.``, ``一、``), or ``""``.
        heading: A header printed above (columns) or before (rows) this one that it shares with
            its neighbours, such as the block caption of a table 二 row.
        unit: The unit of a money cell (``万元``, ``元``), where the format states one.

    Example:
        >>> Label("不予公开", number="（三）").full
        '（三）不予公开'
    """

    text: str
    number: str = ""
    heading: Heading | None = None
    unit: str | None = None

    @property
    def full(self) -> str:
        """The label as printed: numbering followed by wording."""
        return self.number + self.text

    @property
    def path(self) -> tuple[str, ...]:
        """The label's contribution to a cell's label path (its heading, then itself)."""
        if self.heading is None:
            return (self.full,)
        return (self.heading.text, self.full)


@attrs.frozen
class CellField:
    """Metadata of a field that holds one cell."""

    label: Label
    kind: CellKind


@attrs.frozen
class PartField:
    """Metadata of a field that holds a row, a group of rows or a table."""

    cls: type[Any]
    label: Label | None


@attrs.frozen
class SubtotalField:
    """Metadata of a group's optional, reported subtotal row."""

    cls: type[Any]


def _type_name(value: object) -> str:
    return type(value).__name__


def cell_problem(kind: CellKind, value: object) -> str | None:
    """Say what is wrong with ``value`` as the content of a cell of ``kind``.

    This is the one statement of the per-cell facts; the model, the builders and the JSON
    reader all use it.

    Args:
        kind: The kind of cell.
        value: The candidate value.

    Returns:
        ``None`` when the value fits, otherwise a short description of the problem.

    Example:
        >>> cell_problem(CellKind.COUNT, -1)
        'a count must be >= 0, got -1'
        >>> cell_problem(CellKind.COUNT, True)
        'a count must be an int, got bool True'
        >>> cell_problem(CellKind.MONEY, Decimal("1.5")) is None
        True
    """
    if value is None:
        return None
    if type(value) is int and kind is not CellKind.MONEY and (value >= 0 or kind is CellKind.SIGNED):
        return None  # the common case first: this runs for every cell of every report built
    if kind is CellKind.MONEY:
        if not isinstance(value, Decimal):
            return f"money must be a Decimal, got {_type_name(value)} {value!r}"
        if not value.is_finite():
            return f"money must be a finite Decimal, got {value}"
        if value.is_signed():
            return f"money must be >= 0, got {value}"
        exponent = value.as_tuple().exponent
        assert isinstance(exponent, int)  # finite Decimals have an int exponent
        if -exponent > MONEY_MAX_PLACES:
            return f"money may have at most {MONEY_MAX_PLACES} decimal places, got {value}"
        if value.adjusted() >= MONEY_MAX_INTEGER_DIGITS:
            return f"money must be below 10^{MONEY_MAX_INTEGER_DIGITS}, got {value}"
        return None
    noun = "a count" if kind is CellKind.COUNT else "a signed count"
    if isinstance(value, bool) or not isinstance(value, int):
        return f"{noun} must be an int, got {_type_name(value)} {value!r}"
    if kind is CellKind.COUNT and value < 0:
        return f"a count must be >= 0, got {value}"
    return None


def _field_name(instance: object, attribute: attrs.Attribute[Any], label: Label | None) -> str:
    name = f"{type(instance).__name__}.{attribute.name}"
    return f"{name} ({label.full})" if label is not None else name


def _cell_validator(kind: CellKind, label: Label) -> Any:
    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        problem = cell_problem(kind, value)
        if problem is not None:
            raise InvalidValueError(f"{_field_name(instance, attribute, label)}: {problem}")

    return validate


def instance_validator(cls: type[Any], *, optional: bool = False) -> Any:
    """An attrs validator that raises :class:`InvalidValueError` unless the value is a ``cls``."""

    def validate(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if optional and value is None:
            return
        if not isinstance(value, cls) or (cls is date and isinstance(value, datetime)):
            wanted = f"{cls.__name__} or None" if optional else cls.__name__
            raise InvalidValueError(
                f"{_field_name(instance, attribute, None)}: expected {wanted}, "
                f"got {_type_name(value)} {value!r}"
            )

    return validate


def _as_label(label: Label | str) -> Label:
    return Label(label) if isinstance(label, str) else label


def _cell(kind: CellKind, label: Label | str) -> Any:
    label = _as_label(label)
    return attrs.field(
        default=None,
        validator=_cell_validator(kind, label),
        metadata={METADATA_KEY: CellField(label, kind)},
    )


def count(label: Label | str) -> Any:
    """Declare a cell that holds a non-negative ``int`` or blank.

    Args:
        label: The official label, or just its wording.
    """
    return _cell(CellKind.COUNT, label)


def signed(label: Label | str) -> Any:
    """Declare a cell that holds an ``int`` of either sign, or blank."""
    return _cell(CellKind.SIGNED, label)


def money(label: Label | str) -> Any:
    """Declare a cell that holds a non-negative ``Decimal``, or blank."""
    return _cell(CellKind.MONEY, label)


def part(cls: type[T], label: Label | str | None = None) -> Any:
    """Declare a field that holds a row, a group of rows or a table of type ``cls``.

    Args:
        cls: The attrs class of the part; a blank one is the default.
        label: The part's official label, or ``None`` when it adds nothing to label paths
            (a whole table).
    """
    return attrs.field(
        factory=cls,
        validator=instance_validator(cls),
        metadata={METADATA_KEY: PartField(cls, None if label is None else _as_label(label))},
    )


def subtotal(cls: type[T]) -> Any:
    """Declare the optional subtotal row a report may print for a group of rows.

    The official template has no subtotal rows, but real reports print one for a group
    （三）–（六）, and reports made from an old template print （六）其他处理 as one row in the
    2021 format. The model holds such a row here, beside or instead of the group's own rows.
    """
    return attrs.field(
        default=None,
        validator=instance_validator(cls, optional=True),
        metadata={METADATA_KEY: SubtotalField(cls)},
    )
