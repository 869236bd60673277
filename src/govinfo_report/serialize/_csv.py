"""Reports as CSV: the long form (one row per cell, read back losslessly) and the wide form.

**Long form.** The columns are :data:`LONG_COLUMNS`: ``agency, year, format_version, table,
key, label, value``. Each report gives

* a row for each metadata field that is set (``key`` ``metadata.title``,
  ``metadata.period.start``, ``metadata.contact.telephone``, ``metadata.aggregates.0`` …,
  ``table`` ``metadata``); agency and year are the columns of every row. A field that is not set
  has no row; a contact with no field set is one row ``metadata.contact`` with an empty value;
* a row for each section that is present, empty or not (``key`` ``sections.overview``, ``label``
  its official title, ``table`` ``sections``); an absent section has no row;
* a row for each cell, blank ones included (``key`` the key path, ``label`` the label path,
  ``value`` the number, empty when blank); a group's subtotal row only where the report holds
  one.

Values are written as in the JSON documents: counts as integers, money as exact decimals, dates
as ISO 8601, enumerations by value. Several reports can follow each other in one file; reading
groups the rows by agency, year and format version, in the order they first appear. Reading uses
the agency, year, format version, key and value of each row; ``table`` and ``label`` are for
people and are not read. Cells a file leaves out are blank.

**Wide form.** One row per report, one column per key path: agency, year, format version, the
metadata fields (several aggregated agencies one per line), the sections, then every cell of
both format versions, subtotal rows included. A cell the report's format does not have, a
subtotal row it does not hold and a blank cell are all empty. It is written, not read.

**Spreadsheets.** A text field that a spreadsheet would run as a formula (one that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return) is written with an apostrophe in front,
and so is a text that starts with an apostrophe; reading the long form removes it again. Numbers
are written as they are (``-3`` is a number). ``bom=True`` writes a UTF-8 byte order mark first,
which Excel needs to read the file as UTF-8.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

import attrs

from govinfo_report.errors import DocumentError
from govinfo_report.model import (
    CellKind,
    CellValue,
    Contact,
    FormatVersion,
    Metadata,
    Period,
    Report,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    iter_cells,
    replace_cells,
    section_info,
)
from govinfo_report.model._cells import cell_problem
from govinfo_report.model._report import REPORT_CLASSES
from govinfo_report.serialize._json import MONEY_PATTERN, from_dict, to_dict, unstructure

__all__ = ["LONG_COLUMNS", "dumps_csv", "dumps_csv_wide", "loads_csv"]

#: The columns of the long form.
LONG_COLUMNS = ("agency", "year", "format_version", "table", "key", "label", "value")

_METADATA = "metadata"
_SECTIONS = "sections"
#: The fields of every row that identify its report.
_IDENTITY = ("agency", "year")

#: How a field that a spreadsheet would run as a formula starts.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_APOSTROPHE = "'"
_BOM = "\ufeff"

#: A metadata to start from; its agency and year are replaced by those of each report.
_PLACEHOLDER = Metadata("-", FormatVersion.V2021.first_year)

_COUNT = re.compile(r"[0-9]+")
_SIGNED = re.compile(r"-?[0-9]+")
_MONEY = re.compile(MONEY_PATTERN)
_INDEX = re.compile(r"[0-9]+")


def _neutralise(text: str) -> str:
    """``text`` made inert for a spreadsheet (an apostrophe in front where it could run).

    Example:
        >>> _neutralise("=SUM(A1:A9)"), _neutralise("某局")
        ("'=SUM(A1:A9)", '某局')
    """
    return _APOSTROPHE + text if text.startswith((*_FORMULA_START, _APOSTROPHE)) else text


def _restore(text: str) -> str:
    return text[1:] if text.startswith(_APOSTROPHE) else text


def _cell_text(value: CellValue) -> str:
    return "" if value is None else str(unstructure(value))


def _as_reports(reports: Report | Iterable[Report]) -> list[Report]:
    return [reports] if isinstance(reports, (ReportV2021, ReportV2019)) else list(reports)


def _write(rows: Iterable[list[str]], bom: bool) -> str:
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerows(rows)
    return (_BOM if bom else "") + output.getvalue()


def _metadata_rows(metadata: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """The set metadata fields (agency and year left out) as key paths and texts."""
    for name, value in metadata.items():
        key = f"{_METADATA}.{name}"
        if name in _IDENTITY or value is None:
            continue
        if isinstance(value, list):
            yield from ((f"{key}.{index}", item) for index, item in enumerate(value))
        elif isinstance(value, dict):
            fields = [(f"{key}.{part}", item) for part, item in value.items() if item is not None]
            yield from fields or [(key, "")]
        else:
            yield key, str(value)


def _long_rows(report: Report) -> Iterator[list[str]]:
    meta = report.metadata
    head = [_neutralise(meta.agency), str(meta.year), report.format_version.value]
    for key, text in _metadata_rows(unstructure(meta)):
        yield [*head, _METADATA, key, "", _neutralise(text)]
    titles = {info.name: info.label.full for info in section_info()}
    for field in attrs.fields(Sections):
        text = getattr(report.sections, field.name)
        if text is not None:
            key = f"{_SECTIONS}.{field.name}"
            yield [*head, _SECTIONS, key, _neutralise(titles.get(field.name, "")), _neutralise(text)]
    for cell in iter_cells(report):
        yield [*head, cell.spec.table, cell.key, _neutralise(cell.label), _cell_text(cell.value)]


def dumps_csv(reports: Report | Iterable[Report], *, bom: bool = False) -> str:
    """The long form: one row per cell, metadata field and section of each report.

    :func:`loads_csv` reads it back into equal reports.

    Args:
        reports: A report, or several.
        bom: Start with a UTF-8 byte order mark (for Excel).

    Example:
        >>> from govinfo_report.examples import load_example
        >>> lines = dumps_csv(load_example()).splitlines()
        >>> lines[0]
        'agency,year,format_version,table,key,label,value'
        >>> next(line for line in lines if ",table4.review.total," in line)
        '平房区区域合作局,2023,2021,table4,table4.review.total,行政复议 / 总计,0'
    """
    rows: list[list[str]] = [list(LONG_COLUMNS)]
    for report in _as_reports(reports):
        rows += _long_rows(report)
    return _write(rows, bom)


def _wide_metadata_columns() -> list[str]:
    """The metadata key paths of the wide form, read from a metadata with every part set."""
    full = attrs.evolve(_PLACEHOLDER, period=Period.calendar_year(_PLACEHOLDER.year), contact=Contact())
    columns = []
    for name, value in unstructure(full).items():
        if name not in _IDENTITY:
            parts = value.keys() if isinstance(value, dict) else [None]
            columns += [f"{_METADATA}.{name}" + ("" if part is None else f".{part}") for part in parts]
    return columns


def _wide_cell_columns() -> list[str]:
    """Every cell key path of both format versions, table by table, subtotal rows included."""
    specs = [spec for cls in REPORT_CLASSES.values() for spec in cell_specs(cls, subtotals=True)]
    tables = list(dict.fromkeys(spec.table for spec in specs))
    ordered = sorted(specs, key=lambda spec: tables.index(spec.table))
    return list(dict.fromkeys(spec.key for spec in ordered))


def _wide_values(report: Report) -> dict[str, str]:
    values = {}
    for name, value in unstructure(report.metadata).items():
        key = f"{_METADATA}.{name}"
        if isinstance(value, dict):
            values.update({f"{key}.{part}": "" if item is None else item for part, item in value.items()})
        elif isinstance(value, list):
            values[key] = "\n".join(value)
        else:
            values[key] = "" if value is None else str(value)
    for field in attrs.fields(Sections):
        values[f"{_SECTIONS}.{field.name}"] = getattr(report.sections, field.name) or ""
    return {key: _neutralise(text) for key, text in values.items()} | {
        cell.key: _cell_text(cell.value) for cell in iter_cells(report)
    }


def dumps_csv_wide(reports: Iterable[Report], *, bom: bool = False) -> str:
    """The wide form: one row per report, one column per key path (for pandas or Excel).

    The columns are the same for every set of reports: agency, year, format version, the
    metadata fields, the sections, and every cell of both format versions.

    Args:
        reports: The reports.
        bom: Start with a UTF-8 byte order mark (for Excel).

    Example:
        >>> import csv, io
        >>> from govinfo_report.examples import load_example
        >>> rows = list(csv.DictReader(io.StringIO(dumps_csv_wide([load_example()]))))
        >>> rows[0]["format_version"], rows[0]["table4.review.total"], rows[0]["table2.procurement.amount"]
        ('2021', '0', '')
    """
    metadata_columns = _wide_metadata_columns()
    section_columns = [f"{_SECTIONS}.{field.name}" for field in attrs.fields(Sections)]
    columns = ["agency", "year", "format_version", *metadata_columns, *section_columns]
    columns += _wide_cell_columns()
    rows = [columns]
    for report in reports:
        values = _wide_values(report)
        head = [_neutralise(report.metadata.agency), str(report.metadata.year), report.format_version.value]
        rows.append(head + [values.get(column, "") for column in columns[3:]])
    return _write(rows, bom)


@attrs.define
class _Pending:
    """The rows of one report while the long form is read."""

    agency: str
    year: str
    version: str
    line: int
    fields: dict[str, tuple[int, str]] = attrs.Factory(dict)


def _group(text: str) -> list[_Pending]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise DocumentError(["the CSV is empty: expected the header " + ",".join(LONG_COLUMNS)])
    if tuple(header) != LONG_COLUMNS:
        raise DocumentError(
            [f"line 1: expected the header {','.join(LONG_COLUMNS)}, got {','.join(header)[:80]}"]
        )
    reports: dict[tuple[str, str, str], _Pending] = {}
    problems = []
    start = reader.line_num + 1
    for row in reader:
        line, start = start, reader.line_num + 1  # a quoted field may span several lines
        if len(row) != len(LONG_COLUMNS):
            problems.append(f"line {line}: expected {len(LONG_COLUMNS)} fields, got {len(row)}")
            continue
        agency, year, version, _, key, _, value = row
        identity = (_restore(agency), year, version)
        pending = reports.setdefault(identity, _Pending(*identity, line))
        key = _restore(key)
        if key in pending.fields:
            first = pending.fields[key][0]
            problems.append(f"line {line}: {key} appears again for the same report (first on line {first})")
            continue
        pending.fields[key] = (line, value)
    if problems:
        raise DocumentError(problems)
    return list(reports.values())


def _cell_value(kind: CellKind, text: str) -> CellValue:
    if text == "":
        return None
    if kind is CellKind.MONEY:
        if not _MONEY.fullmatch(text):
            raise ValueError(f"money must be written as digits with an optional decimal point, got {text!r}")
        value: int | Decimal = Decimal(text)
    else:
        pattern = _SIGNED if kind is CellKind.SIGNED else _COUNT
        if not pattern.fullmatch(text):
            noun = "a signed count" if kind is CellKind.SIGNED else "a count"
            raise ValueError(f"{noun} must be written as an integer, got {text!r}")
        value = int(text)
    problem = cell_problem(kind, value)
    if problem is not None:
        raise ValueError(problem)
    return value


def _metadata_document(pending: _Pending, fields: dict[str, tuple[int, str]]) -> dict[str, Any]:
    document: dict[str, Any] = unstructure(_PLACEHOLDER)
    document.update(agency=pending.agency, year=int(pending.year))
    aggregates: dict[int, str] = {}
    for key, (line, text) in fields.items():
        name, _, part = key.partition(".")
        if name == "aggregates":
            if not _INDEX.fullmatch(part):
                raise DocumentError([f"line {line}: metadata.{key}: expected metadata.aggregates.<number>"])
            aggregates[int(part)] = text
        elif part:
            group = document.get(name)
            document[name] = {**(group if isinstance(group, dict) else {}), part: text}
        elif name == "contact":
            document[name] = document.get(name) or {}
        else:
            document[name] = text
    if isinstance(document.get("contact"), dict):
        document["contact"] = unstructure(Contact()) | document["contact"]
    document["aggregates"] = [aggregates[index] for index in sorted(aggregates)]
    return document


def _where(problem: str, lines: dict[str, int]) -> str:
    """A document problem (``… @ $.metadata.published``) told by CSV line and key."""
    message, _, path = problem.rpartition(" @ $.")
    if not message:
        return problem
    line = lines.get(path) or lines.get(path.rpartition(".")[0])
    return f"line {line}: {path}: {message}" if line else f"{path}: {message}"


def _report(pending: _Pending) -> Report:
    where = f"line {pending.line}"
    if not _SIGNED.fullmatch(pending.year):
        raise DocumentError([f"{where}: the year must be an integer, got {pending.year!r}"])
    versions = {version.value: version for version in FormatVersion}
    if pending.version not in versions:
        known = ", ".join(versions)
        raise DocumentError([f"{where}: unknown format_version {pending.version!r}: expected one of {known}"])
    cls = REPORT_CLASSES[versions[pending.version]]
    specs = {spec.key: spec for spec in cell_specs(cls, subtotals=True)}
    parts: dict[str, dict[str, tuple[int, str]]] = {_METADATA: {}, _SECTIONS: {}}
    values: dict[str, CellValue] = {}
    problems = []
    for key, (line, text) in pending.fields.items():
        head, _, rest = key.partition(".")
        if head in parts and rest:
            parts[head][rest] = (line, _restore(text))
        elif key in specs:
            try:
                values[key] = _cell_value(specs[key].kind, text)
            except ValueError as error:
                problems.append(f"line {line}: {key} ({specs[key].label}): {error}")
        else:
            version = cls.format_version.value
            problems.append(
                f"line {line}: {key!r} is not a metadata field, section or cell of the {version} format"
            )
    if problems:
        raise DocumentError(problems)
    document = to_dict(cls(_PLACEHOLDER))
    document[_METADATA] = _metadata_document(pending, parts[_METADATA])
    document[_SECTIONS] = unstructure(Sections()) | {
        name: text for name, (_, text) in parts[_SECTIONS].items()
    }
    lines = {_METADATA: pending.line} | {f"{_METADATA}.{name}": pending.line for name in _IDENTITY}
    lines.update((key, line) for key, (line, _) in pending.fields.items())
    try:
        report = from_dict(document)
    except DocumentError as error:
        raise DocumentError([_where(problem, lines) for problem in error.problems]) from None
    return replace_cells(report, values)


def loads_csv(text: str | bytes) -> list[Report]:
    r"""Read the reports of a long-form CSV (as :func:`dumps_csv` writes it).

    A byte order mark at the start is skipped; bytes are read as UTF-8.

    Raises:
        DocumentError: When the text is not a long-form CSV of reports; its ``problems`` say
            what is wrong, by line and key.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> loads_csv(dumps_csv(load_example(), bom=True)) == [load_example()]
        True
        >>> header = ",".join(LONG_COLUMNS)
        >>> loads_csv(f"{header}\n某局,二〇二三,2021,,table4.review.total,,1\n")
        Traceback (most recent call last):
        ...
        govinfo_report.errors.DocumentError: line 2: the year must be an integer, got '二〇二三'
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as error:
            raise DocumentError([f"not UTF-8: {error}"]) from None
    return [_report(pending) for pending in _group(text.removeprefix(_BOM))]
