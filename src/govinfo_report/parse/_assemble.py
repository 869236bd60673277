"""From a document to a report: the steps every parser shares."""

from __future__ import annotations

import re
from collections import Counter

from govinfo_report.errors import InvalidValueError, ParseError
from govinfo_report.model import (
    CellKind,
    CellValue,
    FormatVersion,
    Metadata,
    ReportV2019,
    ReportV2021,
    Sections,
    from_cells,
    section_info,
    table_rows,
)
from govinfo_report.parse._document import Document
from govinfo_report.parse._labels import compact, table_labels, version_labels
from govinfo_report.parse._outline import Outline, find_outline, read_facts, read_title
from govinfo_report.parse._result import CellSource, InputKind, ParseResult, ParseWarning, WarningCode
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
    return (ReportV2021 if version is FormatVersion.V2021 else ReportV2019), []


def _fees(
    document: Document, cls: ReportClass, start: int, stop: int
) -> tuple[dict[str, CellValue], dict[str, CellSource], list[ParseWarning]]:
    """The 信息处理费 figures stated in section 六 (``发出收费通知0件，实际收取金额0元``)."""
    values: dict[str, CellValue] = {}
    sources: dict[str, CellSource] = {}
    warnings: list[ParseWarning] = []
    for row in table_rows(cls, "processing_fees"):
        for spec in row.cells:
            label = spec.column[-1]
            if spec.kind is CellKind.MONEY:
                wordings = [label]
                unit = r"\s*(万元|元)"
            else:
                wordings = [label, label.removesuffix("件数")]
                unit = r"\s*(件)?"
            spaced = "|".join(r"\s*".join(map(re.escape, wording)) for wording in wordings)
            match = re.search(f"(?:{spaced}){_NUMBER}{unit}", document.norm[start:stop])
            if match is None:
                continue
            begin, end = start + match.start(1), start + match.end(match.lastindex or 1)
            written = "".join(document.norm[begin:end].split())
            reading = read_value(written.removesuffix("件"), spec.kind, spec.unit)
            location = document.locate(begin, end)
            if reading.problem is not None:
                warnings.append(
                    ParseWarning(
                        WarningCode.BAD_VALUE, f"{spec.label}: {reading.problem}", location, spec.key
                    )
                )
                continue
            values[spec.key] = reading.value
            sources[spec.key] = CellSource(document.quote(begin, end), location)
    return values, sources, warnings


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
    sources: dict[str, CellSource] = {}
    texts: dict[str, str | None] = {}
    head_start = title.end if title is not None else 0
    texts["preamble"] = document.text[head_start : outline.head_end].strip() or None
    warnings.extend(_stray_headings(document, head_start, outline.head_end, "the preamble"))
    for info in section_info():
        place = outline.sections.get(info.name)
        if place is None:
            texts[info.name] = None
            warnings.append(ParseWarning(WarningCode.MISSING_PART, f"section {info.label.full} not found"))
            if info.table is not None:
                warnings.append(
                    ParseWarning(WarningCode.MISSING_PART, f"{info.table}: not read, its section is missing")
                )
            continue
        _, body, stop = place
        if info.table is None:
            texts[info.name] = document.text[body:stop].strip()
            warnings.extend(_stray_headings(document, body, stop, f"section {info.label.number}"))
            if info.name == "other" and cls is ReportV2021:
                fee_values, fee_sources, fee_warnings = _fees(document, cls, body, stop)
                values.update(fee_values)
                sources.update(fee_sources)
                warnings.extend(fee_warnings)
            continue
        read = read_table(document, table_labels(cls, info.table), body, stop, info.table)
        if not read.found:
            warnings.append(
                ParseWarning(WarningCode.MISSING_PART, f"{info.table}: no label of the table found")
            )
        values.update(read.values)
        sources.update(read.sources)
        warnings.extend(read.warnings)
        texts[info.name] = "\n".join(part for part in (read.text_before, read.text_after) if part)
        _missing_rows(cls, info.table, values, warnings, read.found)
    report = from_cells(cls, values, metadata=metadata, sections=Sections(**texts))
    return ParseResult(report, sources, tuple(warnings), document.kind)


def _missing_rows(
    cls: ReportClass, table: str, values: dict[str, CellValue], warnings: list[ParseWarning], found: bool
) -> None:
    """One warning naming the rows of a table found that gave no value at all."""
    if not found:
        return
    rows = table_rows(cls, table, subtotals=True)
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
                f"{table}: no values placed for {len(missing)} rows: {'、'.join(missing)}",
            )
        )


def _start_position(document: Document) -> dict[str, int]:
    return {"line": 1, "column": 1} if document.kind is InputKind.TEXT else {}
