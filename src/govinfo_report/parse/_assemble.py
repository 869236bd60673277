"""From a document to a report: the steps every parser shares."""

from __future__ import annotations

import functools
import re
from collections import Counter

from govinfo_report.errors import InvalidValueError, ParseError
from govinfo_report.model import (
    CellKind,
    CellSpec,
    CellValue,
    FormatVersion,
    Metadata,
    ReportV2019,
    ReportV2021,
    Sections,
    cell_specs,
    from_cells,
    section_info,
    table_rows,
)
from govinfo_report.parse._document import Document, Provenance
from govinfo_report.parse._labels import TableLabels, compact, table_labels, version_labels
from govinfo_report.parse._outline import Outline, find_outline, read_facts, read_title
from govinfo_report.parse._result import InputKind, ParseResult, ParseWarning, WarningCode
from govinfo_report.parse._tables import read_table
from govinfo_report.parse._values import read_value

__all__ = ["read_document"]

ReportClass = type[ReportV2021] | type[ReportV2019]

_NUMBER = r"\s*(?:为|:)?\s*([0-9][0-9,]*(?:\.[0-9]+)?)"
_HEADING = re.compile(r"(?m)^[ \t\u3000]*[一二三四五六七八九十]{1,2}\s*、[^\n]{1,40}$")


def _version(document: Document, outline: Outline, year: int) -> tuple[ReportClass, list[ParseWarning]]:
    """The format version whose own labels the tables use; the year's when they do not tell."""
    pattern, owner = version_labels()
    regions = [
        (start, stop)
        for name, (start, _, stop) in outline.sections.items()
        if name in ("proactive", "applications")
    ] or [(0, len(document.norm))]
    counts: Counter[ReportClass] = Counter()
    for start, stop in regions:
        for match in pattern.finditer(document.norm, start, stop):
            counts[owner[compact(match.group())]] += 1
    if counts[ReportV2021] != counts[ReportV2019]:
        return (ReportV2021 if counts[ReportV2021] > counts[ReportV2019] else ReportV2019), []
    try:
        version = FormatVersion.for_year(year)
    except InvalidValueError:
        warning = ParseWarning(
            WarningCode.MISSING_PART,
            f"the tables do not show the format version, and no format covers {year}; read as 2021",
        )
        return ReportV2021, [warning]
    return _report_class(version), []


@functools.cache
def _statements(version: FormatVersion, table: str) -> tuple[tuple[CellSpec, re.Pattern[str]], ...]:
    """For each cell of ``table``, a pattern for its figure stated in running text.

    A count's label may drop its ``件数`` and take the count before ``件``; money is followed
    by its unit.
    """
    statements = []
    for row in table_rows(_report_class(version), table):
        for spec in row.cells:
            label = spec.column[-1]
            if spec.kind is CellKind.MONEY:
                wordings, unit = [label], r"\s*(万元|元)"
            else:
                wordings, unit = [label, label.removesuffix("件数")], r"\s*(件)?"
            spaced = "|".join(r"\s*".join(map(re.escape, wording)) for wording in wordings)
            statements.append((spec, re.compile(f"(?:{spaced}){_NUMBER}{unit}")))
    return tuple(statements)


def _stated(
    document: Document, cls: ReportClass, table: str, start: int, stop: int
) -> tuple[dict[str, CellValue], dict[str, tuple[int, int]], list[ParseWarning]]:
    """Figures of ``table`` stated in running text by their labels (``发出收费通知0件，实际收取金额0元``)."""
    values: dict[str, CellValue] = {}
    spans: dict[str, tuple[int, int]] = {}
    warnings: list[ParseWarning] = []
    for spec, pattern in _statements(cls.format_version, table):
        match = pattern.search(document.norm, start, stop)
        if match is None:
            continue
        begin, end = match.start(1), match.end(match.lastindex or 1)
        written = "".join(document.norm[begin:end].split())
        reading = read_value(written.removesuffix("件"), spec.kind, spec.unit)
        if reading.problem is not None:
            location = document.locate(begin, end)
            warnings.append(
                ParseWarning(WarningCode.BAD_VALUE, f"{spec.label}: {reading.problem}", location, spec.key)
            )
            continue
        values[spec.key] = reading.value
        spans[spec.key] = (begin, end)
    return values, spans, warnings


def _stray_headings(document: Document, start: int, stop: int, where: str) -> list[ParseWarning]:
    """Top-level headings inside a section's text that are not section titles of the format."""
    return [
        ParseWarning(
            WarningCode.UNRECOGNISED_TEXT,
            f"heading {match.group().strip()!r} is not a section title of the format; "
            f"its text is kept in {where}",
            document.locate(match.start(), match.end()),
        )
        for match in _HEADING.finditer(document.text, start, stop)
    ]


def read_document(document: Document, *, agency: str | None = None, year: int | None = None) -> ParseResult:
    """Read a report from ``document``; ``agency`` and ``year`` override what the title says."""
    outline = find_outline(document)
    warnings: list[ParseWarning] = list(outline.warnings)
    title = read_title(document, outline)
    agency = agency if agency is not None else (title.agency if title is not None else None)
    year = year if year is not None else (title.year if title is not None else None)
    if agency is None or year is None:
        missing = (
            "agency and year" if agency is None and year is None else "agency" if agency is None else "year"
        )
        raise ParseError(
            f"no report title naming the {missing} (…年…政府信息公开工作年度报告) before the first section",
            position=0,
            **_start_position(document),
        )
    facts = read_facts(document, outline, title, agency)
    warnings.extend(facts.warnings)
    try:
        metadata = Metadata(
            agency,
            year,
            kind=facts.kind,
            title=title.title if title is not None else None,
            period=facts.period,
            published=facts.published,
            contact=facts.contact,
            website=facts.website,
        )
    except InvalidValueError as error:
        raise ParseError(f"the title does not give a valid agency and year: {error}", position=0) from None
    cls, version_warnings = _version(document, outline, year)
    warnings.extend(version_warnings)
    values: dict[str, CellValue] = {}
    spans: dict[str, tuple[int, int]] = {}
    texts: dict[str, str | None] = {}
    head_start = title.end if title is not None else 0
    texts["preamble"] = document.text[head_start : outline.head_end].strip() or None
    warnings.extend(_stray_headings(document, head_start, outline.head_end, "the preamble"))
    infos = section_info()
    extra = _unsectioned_tables(cls.format_version)
    for index, info in enumerate(infos):
        place = outline.sections.get(info.name)
        own = (info.table,) if info.table is not None else ()
        optional = extra if index == len(infos) - 1 else ()
        if place is None:
            texts[info.name] = None
            warnings.append(ParseWarning(WarningCode.MISSING_PART, f"section {info.label.full} not found"))
            warnings.extend(
                ParseWarning(WarningCode.MISSING_PART, f"{table}: not read, its section is missing")
                for table in own
            )
            continue
        _, body, stop = place
        before, after = document.text[body:stop].strip(), ""
        for table in own + optional:
            labels = table_labels(cls, table)
            read = read_table(document, labels, body, stop, table)
            if not read.found:
                if table in own:
                    warnings.append(
                        ParseWarning(WarningCode.MISSING_PART, f"{table}: no label of the table found")
                    )
                    continue
                read_values, read_spans, read_warnings = _stated(document, cls, table, body, stop)
                values.update(read_values)
                spans.update(read_spans)
                warnings.extend(read_warnings)
                continue
            values.update(read.values)
            spans.update(read.spans)
            warnings.extend(read.warnings)
            before, after = read.text_before, read.text_after
            _missing_rows(labels, values, warnings)
        texts[info.name] = "\n".join(part for part in (before, after) if part)
        if not own:
            warnings.extend(_stray_headings(document, body, stop, f"section {info.label.number}"))
    report = from_cells(cls, values, metadata=metadata, sections=Sections(**texts))
    return ParseResult(report, Provenance(document, spans), tuple(warnings), document.kind)


@functools.cache
def _unsectioned_tables(version: FormatVersion) -> tuple[str, ...]:
    """The tables no section names (the 2021 信息处理费 figures): read in the last section."""
    named = {info.table for info in section_info()}
    cells = cell_specs(_report_class(version))
    return tuple(dict.fromkeys(spec.table for spec in cells if spec.table not in named))


def _report_class(version: FormatVersion) -> ReportClass:
    return ReportV2021 if version is FormatVersion.V2021 else ReportV2019


def _missing_rows(labels: TableLabels, values: dict[str, CellValue], warnings: list[ParseWarning]) -> None:
    """One warning naming the rows of a table found that gave no value at all."""
    rows = labels.rows.values()
    read = {row.key for row in rows if any(cell.key in values for cell in row.cells)}
    missing = []
    for row in rows:
        if row.subtotal or row.key in read:
            continue
        group = row.key.rpartition(".")[0]
        if group + ".subtotal" in read:
            continue  # the group was printed as one row
        missing.append(row.labels[-1])
    if missing:
        warnings.append(
            ParseWarning(
                WarningCode.MISSING_ROWS,
                f"{labels.table}: no values placed for {len(missing)} rows: {'、'.join(missing)}",
            )
        )


def _start_position(document: Document) -> dict[str, int]:
    return {"line": 1, "column": 1} if document.kind is InputKind.TEXT else {}
