"""The layout the rules work on, read once per format version from the model.

A :class:`Plan` knows every printed row of a format version (table 二, 三 with its optional
subtotal rows, 四, the 信息处理费), the groups of table 三 whose rows add up to （七）总计, and
the label path of every cell. :meth:`Plan.snapshot` reads all of a report's values, row by row,
in a few microseconds; the rules then work on those tuples.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from govinfo_report.model import (
    CellKind,
    CellValue,
    Report,
    ReportV2019,
    ReportV2021,
    RowSpec,
    cell_specs,
    section_info,
    table_rows,
)

__all__ = ["Group", "Plan", "Row", "Values", "plan_for"]

#: The values of one row, in column order (``None`` for blank).
Values = tuple[CellValue, ...]

#: The name of the column that holds a row's total, in table 三 and table 四.
TOTAL = "total"


def _reader(names: tuple[str, ...]) -> Callable[[Any], Values]:
    """A function that reads the attributes ``names`` of an object as a tuple."""
    if len(names) == 1:
        (name,) = names
        return lambda obj: (getattr(obj, name),)
    return operator.attrgetter(*names)


@attrs.frozen
class Row:
    """A printed row: its key path, labels and cells, and how to read its values.

    Attributes:
        key: The row's key path (``table3.results.withheld.state_secret``).
        labels: The row's official labels, outermost first.
        cells: The key paths of its cells, in column order.
        columns: The column label path of each cell.
        names: The attribute name of each cell in the row object.
        kinds: The kind of each cell.
        subtotal: Whether it is a group's optional subtotal row.
        read: Reads the row object's values as a tuple.
    """

    key: str
    labels: tuple[str, ...]
    cells: tuple[str, ...]
    columns: tuple[tuple[str, ...], ...]
    names: tuple[str, ...]
    kinds: tuple[CellKind, ...]
    subtotal: bool
    read: Callable[[Any], Values] = attrs.field(eq=False, repr=False)

    @classmethod
    def from_spec(cls, spec: RowSpec) -> Row:
        """The row of a :class:`~govinfo_report.model.RowSpec`."""
        names = tuple(cell.key.rpartition(".")[2] for cell in spec.cells)
        return cls(
            key=spec.key,
            labels=spec.labels,
            cells=tuple(cell.key for cell in spec.cells),
            columns=tuple(cell.column for cell in spec.cells),
            names=names,
            kinds=tuple(cell.kind for cell in spec.cells),
            subtotal=spec.subtotal,
            read=_reader(names),
        )

    def position(self, name: str) -> int:
        """The index of the cell named ``name`` in the row's values."""
        return self.names.index(name)

    @property
    def label(self) -> str:
        """The row's label path as one string (a subtotal row's is its group's)."""
        return " / ".join(self.labels)


@attrs.frozen
class Group:
    """A group of table 三 result rows that counts towards （七）总计.

    （一） and （二） are groups of one row; （三）–（六） have their numbered rows and may hold
    a reported subtotal row (the 2019 （六） is one row).
    """

    key: str
    rows: tuple[Row, ...]
    subtotal: Row | None


@attrs.frozen
class Plan:
    """Everything the rules need to know about one format version's layout.

    Attributes:
        rows: Every official row of every table, in table order.
        subtotals: The optional subtotal rows of table 三.
        by_key: Every row, subtotal rows included, by key path.
        groups: The groups of table 三 results that add up to （七）总计.
        table3: The official rows of table 三.
        table4: The three case groups of table 四.
        labels: The label path of every cell (subtotal cells included) and of every section
            (``sections.problems``), by key path.
        count_rows: The key paths of the official rows whose cells are all counts (so are
            those of the subtotal rows).
        mixed_rows: The key paths of the other official rows.
    """

    report_cls: type[Any]
    rows: tuple[Row, ...]
    subtotals: tuple[Row, ...]
    by_key: Mapping[str, Row]
    groups: tuple[Group, ...]
    table3: tuple[Row, ...]
    table4: tuple[Row, ...]
    labels: Mapping[str, tuple[str, ...]]
    count_rows: tuple[str, ...]
    mixed_rows: tuple[str, ...]
    read_rows: Callable[[Any], tuple[Any, ...]] = attrs.field(eq=False, repr=False)
    read_subtotals: Callable[[Any], tuple[Any, ...]] = attrs.field(eq=False, repr=False)

    def row(self, key: str) -> Row:
        """The row at ``key``."""
        return self.by_key[key]

    def snapshot(self, report: Report) -> dict[str, Values]:
        """The values of every row of ``report`` by row key path.

        A subtotal row appears only where the report holds one.
        """
        values = {row.key: row.read(obj) for row, obj in zip(self.rows, self.read_rows(report), strict=True)}
        if self.subtotals:
            for row, obj in zip(self.subtotals, self.read_subtotals(report), strict=True):
                if obj is not None:
                    values[row.key] = row.read(obj)
        return values


def _tuple_reader(paths: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    if len(paths) == 1:
        (path,) = paths
        getter = operator.attrgetter(path)
        return lambda obj: (getter(obj),)
    return operator.attrgetter(*paths)


def _groups(rows: tuple[Row, ...]) -> tuple[Group, ...]:
    """The result groups of table 三, from its rows' key paths."""
    members: dict[str, list[Row]] = {}
    subtotals: dict[str, Row] = {}
    for row in rows:
        if not row.key.startswith(RESULTS + ".") or row.key == RESULTS_TOTAL:
            continue
        parent = row.key.rpartition(".")[0]
        if row.subtotal:
            subtotals[parent] = row
        else:
            members.setdefault(row.key if parent == RESULTS else parent, []).append(row)
    return tuple(Group(key, tuple(group), subtotals.get(key)) for key, group in members.items())


#: Key paths of the rows of table 三 that the rules name.
RECEIVED = "table3.received"
CARRIED_OVER = "table3.carried_over"
RESULTS = "table3.results"
RESULTS_TOTAL = "table3.results.total"
CARRIED_FORWARD = "table3.carried_forward"


def _make_plan(report_cls: type[Any]) -> Plan:
    every = tuple(Row.from_spec(spec) for spec in table_rows(report_cls, subtotals=True))
    official = tuple(row for row in every if not row.subtotal)
    subtotals = tuple(row for row in every if row.subtotal)
    # The rules of tables 三 and 四 read a row's total as its last value.
    assert all(row.names[-1] == TOTAL for row in every if row.key.startswith(("table3.", "table4.")))
    labels = {spec.key: spec.labels for spec in cell_specs(report_cls, subtotals=True)}
    labels.update({f"sections.{info.name}": (info.label.full,) for info in section_info()})
    return Plan(
        report_cls=report_cls,
        rows=official,
        subtotals=subtotals,
        by_key={row.key: row for row in every},
        groups=_groups(every),
        table3=tuple(row for row in official if row.key.startswith("table3.")),
        table4=tuple(row for row in official if row.key.startswith("table4.")),
        labels=labels,
        count_rows=tuple(row.key for row in official if set(row.kinds) == {CellKind.COUNT}),
        mixed_rows=tuple(row.key for row in official if set(row.kinds) != {CellKind.COUNT}),
        read_rows=_tuple_reader(tuple(row.key for row in official)),
        read_subtotals=_tuple_reader(tuple(row.key for row in subtotals)),
    )


_PLANS = {cls: _make_plan(cls) for cls in (ReportV2021, ReportV2019)}


def plan_for(report_cls: type[Any]) -> Plan:
    """The plan of a report class (:class:`ReportV2021` or :class:`ReportV2019`)."""
    return _PLANS[report_cls]
