"""Read a Word document into a document: its paragraphs and its tables' cells, in reading order.

Needs python-docx (the ``docx`` extra). Each ``w:tc`` is a cell, placed in its table's grid by
``w:gridBefore`` and ``w:gridSpan``; the lower parts of a vertically merged cell are skipped
unless they hold text of their own. Tables inside cells follow the cell.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from govinfo_report.errors import MissingDependencyError, ParseError
from govinfo_report.parse._document import Document
from govinfo_report.parse._pieces import Pieces
from govinfo_report.parse._result import InputKind, TableCell

__all__ = ["MAX_UNPACKED_SIZE", "docx_document"]

#: The most bytes the parts of a DOCX file may unpack to.
MAX_UNPACKED_SIZE = 64 * 1024 * 1024


def _load(data: bytes) -> Any:
    try:
        import docx
    except ImportError:
        raise MissingDependencyError(
            'reading DOCX needs python-docx: pip install "govinfo-report[docx]"'
        ) from None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {info.filename: info.file_size for info in archive.infolist()}
    except Exception as error:  # zipfile raises many kinds on a broken archive
        raise ParseError(f"not a DOCX file (not a readable ZIP archive: {error})", position=0) from None
    if "word/document.xml" not in names:
        raise ParseError("not a DOCX file (no word/document.xml in the archive)", position=0)
    if sum(names.values()) > MAX_UNPACKED_SIZE:
        raise ParseError(f"the DOCX file unpacks to more than {MAX_UNPACKED_SIZE} bytes; refused", position=0)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx and lxml raise many kinds on a broken file
        raise ParseError(f"the DOCX file cannot be read: {error}", position=0) from None


def _table(pieces: Pieces, table: Any) -> None:
    from docx.table import _Cell

    index = pieces.new_table()
    nested = []
    for row_index, tr in enumerate(table._tbl.tr_lst):
        row = pieces.new_row()
        column = tr.grid_before
        for tc in tr.tc_lst:
            cell = _Cell(tc, table)
            text = cell.text
            if tc.vMerge != "continue" or text.strip():
                pieces.cell(text, row, TableCell(index, row_index, column))
            column += tc.grid_span
            nested.extend(cell.tables)
    for inner in nested:
        _table(pieces, inner)


def docx_document(data: bytes) -> Document:
    """The document of a DOCX file.

    Raises:
        ParseError: When python-docx is missing, or the data is not a readable DOCX file.
    """
    word = _load(data)
    from docx.table import Table

    pieces = Pieces()
    try:
        for block in word.iter_inner_content():
            if isinstance(block, Table):
                _table(pieces, block)
            else:
                pieces.paragraph(block.text)
    except Exception as error:  # malformed parts surface only while walking the content
        raise ParseError(f"the DOCX file cannot be read: {error}", position=0) from None
    return pieces.document(InputKind.DOCX)
