"""Walk the cells of a report by key path and label path, and rebuild reports from cells.

The layout of a report class is read once from the field metadata that
:mod:`govinfo_report.model._cells` declares, and cached per class.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from govinfo_report.errors import InvalidValueError, UnknownCellError
from govinfo_report.model._cells import (
    METADATA_KEY,
    CellField,
    CellKind,
    CellValue,
    PartField,
    SubtotalField,
    cell_problem,
)
from govinfo_report.model._report import Report, ReportV2019, ReportV2021

__all__ = [
    "Cell",
    "CellSpec",
    "RowSpec",
    "cell_specs",
    "cell_values",
    "from_cells",
    "get_cell",
    "iter_cells",
    "replace_cells",
    "table_class",
    "table_rows",
]

ReportT = TypeVar("ReportT", bound=Report)

#: The name of a group's subtotal row in key paths.
SUBTOTAL = "subtotal"


@attrs.frozen
class CellSpec:
    """Where a cell sits in a report of one format version, and what it holds.

    Attributes:
        key: The key path, e.g. ``table3.results.withheld.state_secret.natural_person``. It is
            also the cell's JSON path below the document root.
        row: The official labels of the cell's row, outermost first, e.g.
            ``('三、本年度办理结果', '（三）不予公开', '1.属于国家秘密')``; for table 二 the block
            caption comes first, for table 四 the case group.
        column: The official labels of the cell's column, outermost first, e.g. ``('自然人',)``
            or ``('法人或其他组织', '商业企业')``.
        kind: Whether the cell holds a count, a signed count or money.
        unit: The unit of a money cell, where the format states one.
        subtotal: Whether the cell belongs to a group's reported subtotal row (not part of the
            official template; present only when a report prints one).
    """

    key: str
    row: tuple[str, ...]
    column: tuple[str, ...]
    kind: CellKind
    unit: str | None = None
    subtotal: bool = False

    @property
    def labels(self) -> tuple[str, ...]:
        """The cell's label path: its row labels, then its column labels.

        For example ``('三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '自然人')``.
        """
        return self.row + self.column

    @property
    def label(self) -> str:
        """The label path as one string, parts joined by ``' / '``."""
        return " / ".join(self.labels)

    @property
    def table(self) -> str:
        """The top-level part the cell belongs to (``table2``, ``table3``, …)."""
        return self.key.partition(".")[0]


@attrs.frozen
class Cell:
    """A cell of a particular report: where it sits, and its value (``None`` when blank).

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> cell = get_cell(ReportV2021(Metadata("某局", 2023)), "table4.review.upheld")
        >>> cell.label, cell.value
        ('行政复议 / 结果维持', None)
    """

    spec: CellSpec
    value: CellValue

    @property
    def key(self) -> str:
        """The cell's key path."""
        return self.spec.key

    @property
    def labels(self) -> tuple[str, ...]:
        """The cell's label path."""
        return self.spec.labels

    @property
    def label(self) -> str:
        """The cell's label path as one string."""
        return self.spec.label


@attrs.frozen
class RowSpec:
    """One printed row of a table: its key path, its row labels and its cells in column order.

    For table 四, whose cells the template prints in one row under two levels of headers,
    each case group (行政复议, 未经复议直接起诉, 复议后起诉) is a row here.

    Attributes:
        key: The key path of the row, e.g. ``table3.results.withheld.state_secret``.
        labels: The row's official labels, outermost first.
        cells: The cells of the row, in column order.
        subtotal: Whether this is a group's optional subtotal row.
    """

    key: str
    labels: tuple[str, ...]
    cells: tuple[CellSpec, ...]
    subtotal: bool = False

    @property
    def table(self) -> str:
        """The top-level part the row belongs to (``table2``, ``table3``, …)."""
        return self.key.partition(".")[0]


@attrs.frozen
class _Layout:
    """Every cell a report class can hold, in table order, with fast accessors."""

    official: tuple[CellSpec, ...]
    every: tuple[CellSpec, ...]
    by_key: Mapping[str, CellSpec]
    getters: Mapping[str, Callable[[Any], Any]]
    subtotal_rows: Mapping[str, str]  # cell key -> key path of its subtotal row
    rows: tuple[RowSpec, ...]


def _walk_class(
    cls: type[Any], keys: tuple[str, ...], labels: tuple[str, ...], in_subtotal: bool
) -> Iterator[CellSpec]:
    for field in attrs.fields(cls):
        meta = field.metadata.get(METADATA_KEY)
        here = (*keys, field.name)
        if isinstance(meta, CellField):
            yield CellSpec(".".join(here), labels, meta.label.path, meta.kind, meta.label.unit, in_subtotal)
        elif isinstance(meta, PartField):
            extra = () if meta.label is None else meta.label.path
            yield from _walk_class(meta.cls, here, (*labels, *extra), in_subtotal)
        elif isinstance(meta, SubtotalField):
            # A subtotal row is labelled by its group: its label path is the group's.
            yield from _walk_class(meta.cls, here, labels, True)


def _make_layout(report_cls: type[Any]) -> _Layout:
    every = tuple(_walk_class(report_cls, (), (), False))
    subtotal_rows = {}
    for spec in every:
        if spec.subtotal:
            head, _, _ = spec.key.rpartition(".")
            subtotal_rows[spec.key] = head
    grouped: dict[str, list[CellSpec]] = {}
    for spec in every:
        grouped.setdefault(spec.key.rpartition(".")[0], []).append(spec)
    rows = tuple(
        RowSpec(key, cells[0].row, tuple(cells), cells[0].subtotal) for key, cells in grouped.items()
    )
    return _Layout(
        official=tuple(spec for spec in every if not spec.subtotal),
        every=every,
        by_key={spec.key: spec for spec in every},
        getters={spec.key: operator.attrgetter(spec.key) for spec in every}
        | {row: operator.attrgetter(row) for row in set(subtotal_rows.values())},
        subtotal_rows=subtotal_rows,
        rows=rows,
    )


_LAYOUTS = {cls: _make_layout(cls) for cls in (ReportV2021, ReportV2019)}


def _layout(report_cls: type[Any]) -> _Layout:
    return _LAYOUTS[report_cls]


def _report_class(report: Report | type[Report]) -> type[Any]:
    cls = report if isinstance(report, type) else type(report)
    if cls not in (ReportV2021, ReportV2019):
        raise TypeError(f"expected a report or report class, got {cls.__name__}")
    return cls


def cell_specs(report: Report | type[Report], *, subtotals: bool = False) -> tuple[CellSpec, ...]:
    """Every cell a report of this format version has, in table order.

    Args:
        report: A report, or a report class (:class:`ReportV2021`, :class:`ReportV2019`).
        subtotals: Also list the cells of the optional group subtotal rows.

    Example:
        >>> from govinfo_report.model import ReportV2019, ReportV2021
        >>> len(cell_specs(ReportV2021)), len(cell_specs(ReportV2019))
        (203, 198)
        >>> cell_specs(ReportV2021)[0].label
        '第二十条第（一）项 / 规章 / 本年制发件数'
    """
    layout = _layout(_report_class(report))
    return layout.every if subtotals else layout.official


def table_rows(
    report: Report | type[Report], table: str | None = None, *, subtotals: bool = False
) -> tuple[RowSpec, ...]:
    """The printed rows of a report's tables, in table order.

    Args:
        report: A report, or a report class.
        table: Only the rows of this part (``"table2"``, ``"table3"``, ``"table4"``,
            ``"processing_fees"``); all parts when ``None``.
        subtotals: Also list the optional group subtotal rows, each after its group's rows.

    Example:
        >>> from govinfo_report.model import ReportV2019, ReportV2021
        >>> len(table_rows(ReportV2021, "table3")), len(table_rows(ReportV2019, "table3"))
        (25, 23)
        >>> row = table_rows(ReportV2021, "table2")[0]
        >>> row.labels, [cell.column for cell in row.cells]
        (('第二十条第（一）项', '规章'), [('本年制发件数',), ('本年废止件数',), ('现行有效件数',)])
    """
    return tuple(
        row
        for row in _layout(_report_class(report)).rows
        if (table is None or row.table == table) and (subtotals or not row.subtotal)
    )


def table_class(report: Report | type[Report], table: str) -> type[Any]:
    """The class of the part ``table`` of a report's format version.

    Its class attributes carry the table-wide labels: ``row_header`` (table 二's 信息内容),
    ``column_header`` and ``note`` (table 三's 申请人情况 and its 勾稽 note).

    Example:
        >>> from govinfo_report.model import ReportV2021
        >>> table_class(ReportV2021, "table3").column_header
        '申请人情况'
    """
    cls = _report_class(report)
    for field in attrs.fields(cls):
        meta = field.metadata.get(METADATA_KEY)
        if field.name == table and isinstance(meta, PartField):
            return meta.cls
    raise UnknownCellError(f"{table!r} is not a table of the {cls.format_version.value} format")


def spec_for(report: Report | type[Report], key: str) -> CellSpec:
    """The :class:`CellSpec` of ``key`` in the report's format version.

    Raises:
        UnknownCellError: When the format version has no such cell.
    """
    cls = _report_class(report)
    try:
        return _layout(cls).by_key[key]
    except KeyError:
        raise UnknownCellError(f"{key!r} is not a cell of the {cls.format_version.value} format") from None


def iter_cells(report: Report) -> Iterator[Cell]:
    """Yield every cell of ``report`` in table order, blank ones included.

    The cells of a group subtotal row are yielded only where the report holds one.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> report = ReportV2021(Metadata("某局", 2023))
        >>> cell = next(c for c in iter_cells(report) if c.key.startswith("table3.results.with"))
        >>> cell.key
        'table3.results.withheld.state_secret.natural_person'
        >>> cell.label
        '三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 / 自然人'
    """
    layout = _layout(_report_class(report))
    getters = layout.getters
    for spec in layout.every:
        if spec.subtotal and getters[layout.subtotal_rows[spec.key]](report) is None:
            continue
        yield Cell(spec, getters[spec.key](report))


def get_cell(report: Report, key: str) -> Cell:
    """The cell of ``report`` at ``key``.

    Raises:
        UnknownCellError: When the format version has no such cell, or the key names a cell
            of a subtotal row the report does not hold.
    """
    spec = spec_for(report, key)
    layout = _layout(type(report))
    if spec.subtotal and layout.getters[layout.subtotal_rows[key]](report) is None:
        raise UnknownCellError(f"{key!r}: the report holds no such subtotal row")
    return Cell(spec, layout.getters[key](report))


def cell_values(report: Report) -> dict[str, CellValue]:
    """The report's cells as a dict from key path to value, in table order.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> values = cell_values(ReportV2021(Metadata("某局", 2023)))
        >>> len(values), values["table2.fees.amount_wan_yuan"]
        (203, None)
    """
    layout = _layout(_report_class(report))
    getters = layout.getters
    held = {row for row in set(layout.subtotal_rows.values()) if getters[row](report) is not None}
    return {
        spec.key: getters[spec.key](report)
        for spec in layout.every
        if not spec.subtotal or layout.subtotal_rows[spec.key] in held
    }


def checked_value(report_cls: type[Report], key: str, value: object) -> CellValue:
    """Return ``value`` if it may stand in the cell at ``key``, else raise naming the cell.

    Raises:
        UnknownCellError: When the format version has no such cell.
        InvalidValueError: When the value does not fit the cell.
    """
    spec = spec_for(report_cls, key)
    problem = cell_problem(spec.kind, value)
    if problem is not None:
        raise InvalidValueError(f"{key} ({spec.label}): {problem}")
    return value  # type: ignore[return-value]  # cell_problem accepted it


_CELL, _PART, _SUBTOTAL = range(3)


@attrs.frozen
class _Plan:
    """How to make one class of a report from cell values: each field, and where it comes from.

    Each step is ``(name, _CELL, key)``, ``(name, _PART, plan)`` or
    ``(name, _SUBTOTAL, (plan, keys))`` where ``keys`` are the subtotal row's cell keys.
    """

    cls: type[Any]
    steps: tuple[tuple[str, int, Any], ...]


def _make_plan(cls: type[Any], prefix: str) -> _Plan:
    steps: list[tuple[str, int, Any]] = []
    for field in attrs.fields(cls):
        meta = field.metadata.get(METADATA_KEY)
        key = prefix + field.name
        if isinstance(meta, CellField):
            steps.append((field.name, _CELL, key))
        elif isinstance(meta, PartField):
            steps.append((field.name, _PART, _make_plan(meta.cls, key + ".")))
        elif isinstance(meta, SubtotalField):
            plan = _make_plan(meta.cls, key + ".")
            keys = tuple(step[2] for step in plan.steps)
            steps.append((field.name, _SUBTOTAL, (plan, keys)))
    return _Plan(cls, tuple(steps))


def _construct(plan: _Plan, values: Mapping[str, CellValue]) -> Any:
    kwargs: dict[str, Any] = {}
    for name, source, item in plan.steps:
        if source == _CELL:
            kwargs[name] = values.get(item)
        elif source == _PART:
            kwargs[name] = _construct(item, values)
        elif any(key in values for key in item[1]):  # a subtotal row, made only when given
            kwargs[name] = _construct(item[0], values)
    return plan.cls(**kwargs)


#: For each report class, the plans of its top-level parts, by attribute name.
_PLANS = {
    cls: {
        field.name: _make_plan(field.metadata[METADATA_KEY].cls, field.name + ".")
        for field in attrs.fields(cls)
        if isinstance(field.metadata.get(METADATA_KEY), PartField)
    }
    for cls in _LAYOUTS
}


def _tables(report_cls: type[Any], values: Mapping[str, CellValue]) -> dict[str, Any]:
    unknown = values.keys() - _layout(report_cls).by_key.keys()
    if unknown:
        spec_for(report_cls, min(unknown))  # raises, naming the cell
    try:
        return {name: _construct(plan, values) for name, plan in _PLANS[report_cls].items()}
    except InvalidValueError:
        # The model refused a value: name it by its key path, which the model cannot know.
        for key, value in values.items():
            checked_value(report_cls, key, value)
        raise


def from_cells(report_cls: type[ReportT], values: Mapping[str, CellValue], **fields: Any) -> ReportT:
    """Make a report of ``report_cls`` whose cells are ``values``; absent keys are blank.

    A key of a subtotal row creates that row. Every value is checked against its cell.

    Args:
        report_cls: :class:`ReportV2021` or :class:`ReportV2019`.
        values: Cell values by key path.
        **fields: The report's other fields (``metadata``, and optionally ``sections``).

    Raises:
        UnknownCellError: When a key names no cell of the format version.
        InvalidValueError: When a value does not fit its cell.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> values = {"table4.review.upheld": 2}
        >>> from_cells(ReportV2021, values, metadata=Metadata("某局", 2023)).table4.review.upheld
        2
    """
    return report_cls(**fields, **_tables(report_cls, values))


def replace_cells(report: ReportT, values: Mapping[str, CellValue]) -> ReportT:
    """A copy of ``report`` with the cells at the keys of ``values`` replaced.

    Raises:
        UnknownCellError: When a key names no cell of the report's format version.
        InvalidValueError: When a value does not fit its cell.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> report = ReportV2021(Metadata("某局", 2023))
        >>> replace_cells(report, {"table3.received.natural_person": 4}).table3.received.natural_person
        4
    """
    merged = cell_values(report)
    merged.update(values)
    return attrs.evolve(report, **_tables(type(report), merged))
