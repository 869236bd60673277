"""What a parser returns: the report, where each value came from, and what went wrong."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Union

import attrs

from govinfo_report.model import Report, cell_specs

__all__ = [
    "CellSource",
    "InputKind",
    "Location",
    "ParagraphSpan",
    "ParseResult",
    "ParseWarning",
    "TableCell",
    "TextSpan",
    "WarningCode",
]


class InputKind(enum.Enum):
    """The kind of document a report was read from.

    Example:
        >>> InputKind("html")
        <InputKind.HTML: 'html'>
    """

    #: Plain text: converted from DOCX or PDF, copied from a web page, Markdown.
    TEXT = "text"
    #: A web page.
    HTML = "html"
    #: A Word document.
    DOCX = "docx"


@attrs.frozen
class TextSpan:
    """A stretch of a text input: lines and columns counted from 1, the end column included.

    Example:
        >>> str(TextSpan(12, 2, 12, 4))
        'line 12, columns 2-4'
    """

    line: int
    column: int
    end_line: int
    end_column: int

    def __str__(self) -> str:
        if self.end_line != self.line:
            return f"line {self.line}, column {self.column} to line {self.end_line}, column {self.end_column}"
        if self.end_column != self.column:
            return f"line {self.line}, columns {self.column}-{self.end_column}"
        return f"line {self.line}, column {self.column}"


@attrs.frozen
class TableCell:
    """A cell of a table in an HTML or DOCX input, every index counted from 0.

    ``table`` counts the tables of the document in order of their start (nested tables
    included); ``row`` counts the rows of that table; ``column`` is the cell's first column
    in the table's grid, merged cells taken into account.

    Example:
        >>> str(TableCell(1, 3, 2))
        'table 1, row 3, column 2'
    """

    table: int
    row: int
    column: int

    def __str__(self) -> str:
        return f"table {self.table}, row {self.row}, column {self.column}"


@attrs.frozen
class ParagraphSpan:
    """Characters ``start`` to ``end`` (excluded) of a paragraph of an HTML or DOCX input.

    Paragraphs are counted from 0 in document order; text outside tables counts, table cells
    do not.

    Example:
        >>> str(ParagraphSpan(4, 10, 12))
        'paragraph 4, characters 10-12'
    """

    paragraph: int
    start: int
    end: int

    def __str__(self) -> str:
        return f"paragraph {self.paragraph}, characters {self.start}-{self.end}"


#: Where something was found in the input.
Location = Union[TextSpan, TableCell, ParagraphSpan]  # noqa: UP007 (a runtime alias for Python 3.10)


@attrs.frozen
class CellSource:
    """Where the value of one cell came from.

    Attributes:
        text: The text of the source as written (``"251000元"``, ``"&nbsp;"`` as the space it
            stands for, or a run of digits that the table's sums split into several cells).
        location: Where that text is.

    Example:
        >>> CellSource("0", TextSpan(30, 2, 30, 2)).text
        '0'
    """

    text: str
    location: Location


class WarningCode(enum.Enum):
    """What kind of problem a :class:`ParseWarning` reports.

    Example:
        >>> WarningCode.ROW_NOT_PLACED.value
        'row-not-placed'
    """

    #: Text in a table, or a heading, that matches no label of the format.
    UNRECOGNISED_TEXT = "unrecognised-text"
    #: A row whose values were not placed: too many or too few, or no fitting column header.
    ROW_NOT_PLACED = "row-not-placed"
    #: A row label with no values after it.
    ROW_WITHOUT_VALUES = "row-without-values"
    #: Values with no row label before them.
    UNLABELLED_VALUES = "unlabelled-values"
    #: A row printed twice; the first is kept.
    DUPLICATE_ROW = "duplicate-row"
    #: A cell whose text is not a value of its kind.
    BAD_VALUE = "bad-value"
    #: A money value written with a unit the column does not state.
    UNIT = "unit"
    #: Digits run together with no separator, split using the table's own sums.
    DIGITS_SPLIT = "digits-split"
    #: Digits run together that the table's sums do not split in exactly one way.
    DIGITS_NOT_SPLIT = "digits-not-split"
    #: Rows of a table that the input does not contain.
    MISSING_ROWS = "missing-rows"
    #: A table or section that the input does not contain.
    MISSING_PART = "missing-part"
    #: A label or title worded as in the other format version, or numbered differently.
    VARIANT = "variant"
    #: A fact of the metadata that is stated but cannot be read.
    METADATA = "metadata"
    #: The input is not UTF-8 and was decoded otherwise.
    ENCODING = "encoding"


@attrs.frozen
class ParseWarning:
    """Something the parser could not read, or read with a caveat.

    Attributes:
        code: What kind of problem it is.
        message: What happened, in one line.
        location: Where, when it concerns one place of the input.
        key: The key path of the cell or row concerned, if any.

    Example:
        >>> warning = ParseWarning(WarningCode.BAD_VALUE, "'1.5' is not a count", TextSpan(3, 1, 3, 3))
        >>> str(warning)
        "line 3, columns 1-3: '1.5' is not a count [bad-value]"
    """

    code: WarningCode
    message: str
    location: Location | None = None
    key: str | None = None

    def __str__(self) -> str:
        where = "" if self.location is None else f"{self.location}: "
        return f"{where}{self.message} [{self.code.value}]"


@attrs.frozen
class ParseResult:
    """A report read from a published document, with the source of every value read.

    Attributes:
        report: The report. Cells the input gave no value for are blank.
        sources: For each cell the input gave a value for (blank included), keyed by key
            path, where that value came from (each made when it is looked up).
        warnings: Everything the parser could not read or place, in input order.
        kind: The kind of input.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> result = ParseResult(ReportV2021(Metadata("某局", 2023)), {}, (), InputKind.TEXT)
        >>> len(result.not_found)
        203
    """

    report: Report
    sources: Mapping[str, CellSource]
    warnings: tuple[ParseWarning, ...]
    kind: InputKind

    @property
    def not_found(self) -> tuple[str, ...]:
        """The key paths of the official cells the input gave no value for, in table order."""
        return tuple(spec.key for spec in cell_specs(self.report) if spec.key not in self.sources)
