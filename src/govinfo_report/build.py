"""Builders for people who write reports: blank reports, cells, totals and aggregates.

Reports are immutable; every function here returns a new report. :class:`ReportBuilder` is a
mutable helper for filling a report cell by cell, by key path or by attribute.

Example:
    >>> from govinfo_report.build import ReportBuilder
    >>> builder = ReportBuilder.blank("某局", 2023)
    >>> builder.table3.received.natural_person = 5
    >>> builder["table3.results.disclosed.natural_person"] = 3
    >>> report = builder.build()
    >>> report.table3.results.total.total, report.table3.carried_forward.natural_person
    (3, 2)
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

import attrs

from govinfo_report.errors import BuildError, UnknownCellError
from govinfo_report.model import (
    ApplicantRow,
    CellKind,
    CellValue,
    FormatVersion,
    Metadata,
    Outcomes,
    Period,
    Report,
    ReportKind,
    Sections,
    cell_specs,
    cell_values,
    default_title,
    from_cells,
    replace_cells,
    summable_difference,
)
from govinfo_report.model._report import REPORT_CLASSES
from govinfo_report.model._walk import ReportT, checked_value

__all__ = [
    "ReportBuilder",
    "aggregate",
    "blank_report",
    "compute_totals",
    "replace_cells",
]


def _fresh_metadata(agency: str, year: int, kind: ReportKind, aggregates: tuple[str, ...] = ()) -> Metadata:
    """Metadata of a report being written: the usual title and the calendar-year period."""
    return Metadata(
        agency,
        year,
        kind=kind,
        title=default_title(agency, year),
        period=Period.calendar_year(year),
        aggregates=aggregates,
    )


def _empty_sections() -> Sections:
    """Every section present, with no text yet."""
    return Sections(**{field.name: "" for field in attrs.fields(Sections)})


def _zero(kind: CellKind) -> CellValue:
    return Decimal(0) if kind is CellKind.MONEY else 0


def blank_report(
    agency: str,
    year: int,
    *,
    format_version: FormatVersion | None = None,
    kind: ReportKind = ReportKind.UNIT,
    zeros: bool = False,
) -> Report:
    """A report to fill in, in the format version of ``year`` unless one is given.

    The title is :func:`default_title`, the statistics period the calendar year, and every
    section present but empty.

    Args:
        agency: The publishing agency.
        year: The report year.
        format_version: The format to use instead of the one that applies to ``year``.
        kind: Whose report it is.
        zeros: Fill every cell with 0 instead of leaving it blank.

    Raises:
        InvalidValueError: For a year no format covers (unless ``format_version`` is given),
            or an invalid agency or year.

    Example:
        >>> report = blank_report("某局", 2020)
        >>> report.format_version.value, report.metadata.title
        ('2019', '某局2020年政府信息公开工作年度报告')
        >>> blank_report("某局", 2023, zeros=True).table3.received.total
        0
    """
    metadata = _fresh_metadata(agency, year, kind)
    version = format_version if format_version is not None else FormatVersion.for_year(year)
    cls = REPORT_CLASSES[version]
    values = {spec.key: _zero(spec.kind) for spec in cell_specs(cls)} if zeros else {}
    return from_cells(cls, values, metadata=metadata, sections=_empty_sections())


def _sum(values: Iterable[Any]) -> Any:
    """The sum of the values that are not blank; blank when all are."""
    present = [value for value in values if value is not None]
    return sum(present[1:], present[0]) if present else None


def _columns(row_cls: type[Any]) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(row_cls) if field.name != "total")


_APPLICANT_COLUMNS = _columns(ApplicantRow)
_OUTCOMES = _columns(Outcomes)


def _with_total(row: Any) -> Any:
    return attrs.evolve(row, total=_sum(getattr(row, name) for name in _columns(type(row))))


def _column_sums(rows: Sequence[ApplicantRow]) -> ApplicantRow:
    return _with_total(  # type: ignore[no-any-return]
        ApplicantRow(**{name: _sum(getattr(row, name) for row in rows) for name in _APPLICANT_COLUMNS})
    )


def _filled(row: ApplicantRow) -> bool:
    return any(getattr(row, name) is not None for name in _APPLICANT_COLUMNS)


def _group_rows(group: Any) -> tuple[Any, list[ApplicantRow]]:
    """A group with every total computed, and the rows that count towards （七）总计.

    The group's own rows count; where they are all blank and the report holds a subtotal row
    (a 2021 report printing （六） as one row), the subtotal counts instead.
    """
    names = [field.name for field in attrs.fields(type(group)) if field.name != "subtotal"]
    rows = {name: _with_total(getattr(group, name)) for name in names}
    leaves = list(rows.values())
    subtotal = group.subtotal
    if any(_filled(row) for row in leaves):
        if subtotal is not None:
            subtotal = _column_sums(leaves)
        counted = leaves
    elif subtotal is not None:
        subtotal = _with_total(subtotal)
        counted = [subtotal]
    else:
        counted = leaves
    return attrs.evolve(group, subtotal=subtotal, **rows), counted


def _carried_forward(table3: Any, total: ApplicantRow) -> ApplicantRow:
    values: dict[str, int | None] = {}
    for name in (*_APPLICANT_COLUMNS, "total"):
        parts = (
            getattr(table3.received, name),
            getattr(table3.carried_over, name),
            getattr(total, name),
        )
        if all(part is None for part in parts):
            values[name] = None
            continue
        received, carried_over, handled = (part or 0 for part in parts)
        value = received + carried_over - handled
        if value < 0:
            raise BuildError(
                f"table3.carried_forward.{name} would be {value}: 一 {received} + 二 {carried_over}"
                f" − （七）总计 {handled} is negative, so more applications were handled than"
                f" received and carried over"
            )
        values[name] = value
    return ApplicantRow(**values)


def compute_totals(report: ReportT) -> ReportT:
    """A copy of ``report`` with every total computed from the cells it sums.

    Computes the 总计 column of every row of table 三, every column of （七）总计, any subtotal
    row the report holds, 四、结转下年度继续办理 (= 一 + 二 − （七）), and table 四's 总计. A
    total whose parts are all blank stays blank; otherwise blank parts count as 0.

    Raises:
        BuildError: When 结转下年度 would be negative in some column.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021, replace_cells
        >>> report = replace_cells(ReportV2021(Metadata("某局", 2023)), {
        ...     "table3.received.commercial": 4,
        ...     "table3.results.withheld.state_secret.commercial": 1,
        ...     "table4.review.upheld": 2,
        ... })
        >>> done = compute_totals(report)
        >>> done.table3.results.total.commercial, done.table3.carried_forward.total
        (1, 3)
        >>> done.table4.review.total
        2
    """
    table3: Any = report.table3  # either version: the code below reads only what both share
    results = table3.results
    fixed = {
        "disclosed": _with_total(results.disclosed),
        "partially_disclosed": _with_total(results.partially_disclosed),
    }
    counted = list(fixed.values())
    for name in ("withheld", "unable", "not_processed", "other_handling"):
        part = getattr(results, name)
        if isinstance(part, ApplicantRow):  # the 2019 （六）其他处理 is a single row
            fixed[name] = _with_total(part)
            counted.append(fixed[name])
        else:
            fixed[name], rows = _group_rows(part)
            counted.extend(rows)
    total = _column_sums(counted)
    table3 = attrs.evolve(
        table3,
        received=_with_total(table3.received),
        carried_over=_with_total(table3.carried_over),
        results=attrs.evolve(results, total=total, **fixed),
    )
    table3 = attrs.evolve(table3, carried_forward=_carried_forward(table3, total))
    table4 = report.table4
    table4 = attrs.evolve(
        table4,
        **{field.name: _with_total(getattr(table4, field.name)) for field in attrs.fields(type(table4))},
    )
    return attrs.evolve(report, table3=table3, table4=table4)


def aggregate(
    reports: Iterable[Report],
    *,
    agency: str,
    kind: ReportKind = ReportKind.AGGREGATE,
) -> Report:
    """One report whose every cell is the sum of that cell in ``reports``.

    A cell stays blank only where it is blank in every report. Subtotal rows are summed where
    any report holds one. The result names the reports' agencies in
    ``metadata.aggregates``; its sections are empty, for the aggregating office to write.

    Args:
        reports: Reports of one year and one format version.
        agency: The agency publishing the aggregate.
        kind: :attr:`ReportKind.AGGREGATE`, or :attr:`ReportKind.GOVERNMENT` for a
            government's report that includes its units.

    Raises:
        BuildError: When there are no reports, or they differ in year or format version.

    Example:
        >>> from govinfo_report.model import replace_cells
        >>> a = replace_cells(blank_report("甲局", 2023), {"table4.review.upheld": 1})
        >>> b = replace_cells(blank_report("乙局", 2023), {"table4.review.upheld": 2})
        >>> total = aggregate([a, b], agency="某区人民政府办公室")
        >>> total.table4.review.upheld, total.table4.review.corrected, total.metadata.aggregates
        (3, None, ('甲局', '乙局'))
    """
    reports = list(reports)
    if not reports:
        raise BuildError("aggregate needs at least one report")
    first = reports[0]
    for index, report in enumerate(reports[1:], start=1):
        difference = summable_difference(report, first)
        if difference is not None:
            what, mine, theirs = difference
            raise BuildError(
                f"report {index} ({report.metadata.agency}) has {what} {mine}, but report 0"
                f" ({first.metadata.agency}) has {theirs}: aggregate reports of one year and"
                f" one format version"
            )
    sums: dict[str, list[CellValue]] = {}
    for report in reports:
        for key, value in cell_values(report).items():
            sums.setdefault(key, []).append(value)
    agencies = tuple(report.metadata.agency for report in reports)
    return from_cells(
        type(first),
        {key: _sum(values) for key, values in sums.items()},
        metadata=_fresh_metadata(agency, first.metadata.year, kind, agencies),
        sections=_empty_sections(),
    )


class _Cells:
    """Attribute access to the cells below one key path prefix of a :class:`ReportBuilder`."""

    __slots__ = ("_builder", "_prefix")

    def __init__(self, builder: ReportBuilder, prefix: str) -> None:
        object.__setattr__(self, "_builder", builder)
        object.__setattr__(self, "_prefix", prefix)

    def __getattr__(self, name: str) -> Any:
        key = self._prefix + name
        if key in self._builder._kinds:
            return self._builder[key]
        if any(known.startswith(key + ".") for known in self._builder._kinds):
            return _Cells(self._builder, key + ".")
        raise UnknownCellError(self._builder._unknown(key))

    def __setattr__(self, name: str, value: Any) -> None:
        self._builder[self._prefix + name] = value

    def __dir__(self) -> Iterator[str]:
        names = {
            key[len(self._prefix) :].partition(".")[0]
            for key in self._builder._kinds
            if key.startswith(self._prefix)
        }
        return iter(sorted(names))


class ReportBuilder:
    """A mutable helper to fill in a report, by key path or by attribute.

    ``builder["table3.received.natural_person"] = 5`` and
    ``builder.table3.received.natural_person = 5`` do the same; both check the value against
    the cell at once and name the cell when it does not fit. :meth:`build` returns the report,
    with totals computed unless told otherwise.

    Attributes:
        metadata: The report's metadata; assign a new :class:`Metadata` to change it.
        sections: The report's narrative; assign a new :class:`Sections` to change it.
    """

    def __init__(self, report: Report) -> None:
        """Start from ``report``: its metadata, sections and every cell it holds."""
        self._cls: type[Report] = type(report)
        self.metadata: Metadata = report.metadata
        self.sections: Sections = report.sections
        self._values: dict[str, CellValue] = cell_values(report)
        self._kinds = {spec.key: spec.kind for spec in cell_specs(report, subtotals=True)}

    @classmethod
    def blank(cls, agency: str, year: int, **options: Any) -> ReportBuilder:
        """Start from :func:`blank_report` (``options`` are its keyword arguments)."""
        return cls(blank_report(agency, year, **options))

    @property
    def format_version(self) -> FormatVersion:
        """The format version of the report being built."""
        return self._cls.format_version

    def _unknown(self, key: str) -> str:
        close = difflib.get_close_matches(key, self._kinds, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"{key!r} is not a cell of the {self.format_version.value} format{hint}"

    def __getitem__(self, key: str) -> CellValue:
        """The value of the cell at ``key`` (``None`` when blank)."""
        if key not in self._kinds:
            raise UnknownCellError(self._unknown(key))
        return self._values.get(key)

    def __setitem__(self, key: str, value: CellValue) -> None:
        """Set the cell at ``key``; an ``int`` given for a money cell becomes a ``Decimal``."""
        if key not in self._kinds:
            raise UnknownCellError(self._unknown(key))
        if self._kinds[key] is CellKind.MONEY and type(value) is int:
            value = Decimal(value)
        self._values[key] = checked_value(self._cls, key, value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(_Cells(self, ""), name)

    def build(self, *, totals: bool = True) -> Report:
        """The report as filled in so far.

        Args:
            totals: Compute every total (see :func:`compute_totals`); with ``False`` the
                totals are kept as set.

        Raises:
            BuildError: When totals are computed and 结转下年度 would be negative.
        """
        report = from_cells(self._cls, self._values, metadata=self.metadata, sections=self.sections)
        return compute_totals(report) if totals else report
