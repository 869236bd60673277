r"""Read published reports back into the model: plain text, HTML pages and DOCX files.

Users hold published reports, not JSON. :func:`parse_text`, :func:`parse_html` and
:func:`parse_docx` read one, and :func:`parse` picks the right one from a file's content. Each
returns a :class:`ParseResult`: the report, the source of every value it read (a line and
column span of a text; a table, row and column of an HTML or DOCX table; always the text as
written), and warnings for everything it could not read or place.

**Values are placed by their labels, never by their position.** A value belongs to the row
label before it and to the column headers printed above it, recognised however the publisher
or a converter wrote them: full- and half-width brackets, spaces and line breaks inside a
label (``社会\n公益\n组织``, table 四's headers one character per line), ``1、`` for ``1.``,
local notes in brackets (``上一年项目数量(指2019年事项数)``), labels broken across the rows of
a header (``商业`` … ``企业``), and the known variants of real reports. A row with more or
fewer values than columns is reported and not placed: the parser never shifts values to make
them fit. Digits run together with no separator (``640020470``) are split only when the
table's own sums allow exactly one split.

The format version is read from the labels (a 2021-format report that prints （六）其他处理 as
one row is read as 2021, the row held as the group's subtotal); the agency and year come from
the title; the statistics period, publication date, contact and website from the text around
it; the six sections' text is kept.

Example:
    >>> from govinfo_report.parse import parse_text
    >>> text = '''某区某局
    ... 2023年政府信息公开工作年度报告
    ... 本报告统计期限为2023年1月1日至12月31日。
    ... 一、总体情况
    ... 本年度共收到申请3件。
    ... 四、政府信息公开行政复议、行政诉讼情况
    ... 行政复议 行政诉讼
    ... 结果维持 结果纠正 其他结果 尚未审结 总计
    ... 未经复议直接起诉 复议后起诉
    ... 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计
    ... 1 0 0 0 1 0 0 0 0 0 / / / / /
    ... '''
    >>> result = parse_text(text)
    >>> result.report.metadata.agency, result.report.metadata.year
    ('某区某局', 2023)
    >>> result.report.table4.review.total, result.report.table4.litigation_after_review.total
    (1, None)
    >>> str(result.sources["table4.review.upheld"].location)
    'line 11, column 1'
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from govinfo_report.errors import ParseError
from govinfo_report.parse._assemble import read_document
from govinfo_report.parse._document import Document, text_document
from govinfo_report.parse._docx import MAX_UNPACKED_SIZE, docx_document
from govinfo_report.parse._html import html_document
from govinfo_report.parse._result import (
    CellSource,
    InputKind,
    Location,
    ParagraphSpan,
    ParseResult,
    ParseWarning,
    TableCell,
    TextSpan,
    WarningCode,
)
from govinfo_report.parse._sniff import decode, detect_kind

__all__ = [
    "MAX_INPUT_SIZE",
    "MAX_UNPACKED_SIZE",
    "CellSource",
    "InputKind",
    "Location",
    "ParagraphSpan",
    "ParseResult",
    "ParseWarning",
    "TableCell",
    "TextSpan",
    "WarningCode",
    "detect_kind",
    "parse",
    "parse_docx",
    "parse_html",
    "parse_text",
]

#: The largest input the parsers read: characters of a text or HTML input, bytes of a DOCX
#: file. A published report is some tens of kilobytes; larger input is refused.
MAX_INPUT_SIZE = 5_000_000


def _check(value: object, kinds: tuple[type[str] | type[bytes], ...], what: str) -> None:
    """Refuse input of the wrong type, or larger than :data:`MAX_INPUT_SIZE`."""
    if not isinstance(value, kinds):
        wanted = " or ".join(kind.__name__ for kind in kinds)
        raise ParseError(f"{what} must be {wanted}, got {type(value).__name__}")
    size = len(value)
    if size > MAX_INPUT_SIZE:
        unit = "bytes" if isinstance(value, bytes) else "characters"
        raise ParseError(
            f"the input has {size} {unit}, more than the limit of {MAX_INPUT_SIZE}; refused",
            position=MAX_INPUT_SIZE,
        )


def _read(document: Document, agency: str | None, year: int | None) -> ParseResult:
    return read_document(document, agency=agency, year=year)


def parse_text(text: str, *, agency: str | None = None, year: int | None = None) -> ParseResult:
    r"""Read a report from plain text: converted from DOCX or PDF, copied from a page, Markdown.

    Args:
        text: The report's text.
        agency: The publishing agency, instead of the one the title names.
        year: The report year, instead of the one the title names.

    Raises:
        ParseError: When the input is too large, or names no agency and year (and none are
            given).

    Example:
        >>> result = parse_text("某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
        ...                     "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可 12")
        >>> result.report.table2.licensing.decisions
        12
        >>> str(result.sources["table2.licensing.decisions"].location)
        'line 5, columns 6-7'
    """
    _check(text, (str,), "text")
    return _read(text_document(text), agency, year)


def parse_html(html: str | bytes, *, agency: str | None = None, year: int | None = None) -> ParseResult:
    """Read a report from an HTML page (bytes are decoded by their declared charset).

    Args:
        html: The page.
        agency: The publishing agency, instead of the one the title names.
        year: The report year, instead of the one the title names.

    Raises:
        ParseError: When the input is too large, or names no agency and year.

    Example:
        >>> page = ("<p>某局2023年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p>"
        ...         "<table><tr><td>行政复议</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td>"
        ...         "<td>尚未审结</td><td>总计</td></tr>"
        ...         "<tr><td>行政复议</td><td>2</td><td>&nbsp;</td><td>0</td><td>0</td><td>2</td></tr>"
        ...         "</table>")
        >>> result = parse_html(page)
        >>> result.report.table4.review.upheld, result.report.table4.review.corrected
        (2, None)
        >>> str(result.sources["table4.review.upheld"].location)
        'table 0, row 1, column 1'
    """
    _check(html, (str, bytes), "html")
    warning = None
    if isinstance(html, bytes):
        html, warning = decode(html, InputKind.HTML)
    result = _read(html_document(html), agency, year)
    return result if warning is None else attrs.evolve(result, warnings=(warning, *result.warnings))


def parse_docx(data: bytes, *, agency: str | None = None, year: int | None = None) -> ParseResult:
    """Read a report from a DOCX file's bytes (needs the ``docx`` extra: python-docx).

    Args:
        data: The file's content.
        agency: The publishing agency, instead of the one the title names.
        year: The report year, instead of the one the title names.

    Raises:
        MissingDependencyError: When python-docx is not installed.
        ParseError: When the data is too large, is not a DOCX file, or names no agency and
            year.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> from govinfo_report.render import render_docx
        >>> result = parse_docx(render_docx(load_example()))
        >>> result.report == load_example()
        True
        >>> str(result.sources["table3.received.total"].location)
        'table 1, row 3, column 9'
    """
    _check(data, (bytes,), "data")
    return _read(docx_document(data), agency, year)


def parse(
    source: str | os.PathLike[str] | bytes, *, agency: str | None = None, year: int | None = None
) -> ParseResult:
    """Read a report from a file (a path) or its content (bytes), whatever its kind.

    The kind comes from the content (:func:`detect_kind`): DOCX, HTML or plain text. Text is
    decoded as UTF-8, or GB18030 when it is not UTF-8 (with a warning).

    Raises:
        ParseError: When the file cannot be read, or the content cannot be parsed.

    Example:
        >>> parse("某局2023年政府信息公开工作年度报告".encode("gb18030")).warnings[0].code
        <WarningCode.ENCODING: 'encoding'>
    """
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, (str, os.PathLike)):
        try:
            size = Path(source).stat().st_size
            if size > MAX_INPUT_SIZE * 4:
                raise ParseError(f"{source}: the file has {size} bytes, more than the limit; refused")
            data = Path(source).read_bytes()
        except (OSError, ValueError) as error:
            shown = str(source) if len(str(source)) <= 80 else str(source)[:80] + "…"
            raise ParseError(
                f"cannot read the file {shown!r}: {getattr(error, 'strerror', None) or error}"
                " (parse takes a path or bytes; parse_text takes text)"
            ) from None
    else:
        raise ParseError(f"expected a path or bytes, got {type(source).__name__}")
    kind = detect_kind(data)
    if kind is InputKind.DOCX:
        return parse_docx(data, agency=agency, year=year)
    text, warning = decode(data, kind)
    _check(text, (str,), "text")
    document = html_document(text) if kind is InputKind.HTML else text_document(text)
    result = _read(document, agency, year)
    return result if warning is None else attrs.evolve(result, warnings=(warning, *result.warnings))
