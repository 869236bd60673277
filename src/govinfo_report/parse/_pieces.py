"""Build a document from paragraphs and table cells, in reading order (HTML and DOCX)."""

from __future__ import annotations

from govinfo_report.parse._document import Document, Segment
from govinfo_report.parse._labels import normalize
from govinfo_report.parse._result import InputKind, ParagraphSpan, TableCell

__all__ = ["Pieces"]


class Pieces:
    """Paragraphs and table cells collected in reading order, then joined into a document.

    Each piece becomes one segment; pieces are separated by a line break in the document's
    text. The cells of one table row share a row id.
    """

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._segments: list[Segment] = []
        self._length = 0
        self.paragraphs = 0
        self.tables = 0
        self.rows = 0

    def _add(self, text: str, row: int | None, location: TableCell | ParagraphSpan) -> None:
        if self._texts:
            self._texts.append("\n")
            self._length += 1
        self._texts.append(text)
        self._segments.append(Segment(self._length, self._length + len(text), row, location))
        self._length += len(text)

    def paragraph(self, text: str) -> None:
        """Add a paragraph (ignored when it holds only white space)."""
        if text.strip():
            self._add(text, None, ParagraphSpan(self.paragraphs, 0, len(text)))
            self.paragraphs += 1

    def new_table(self) -> int:
        """Number the next table."""
        self.tables += 1
        return self.tables - 1

    def new_row(self) -> int:
        """A new row id."""
        self.rows += 1
        return self.rows

    def cell(self, text: str, row: int, location: TableCell) -> None:
        """Add a table cell of the row ``row`` (empty cells included)."""
        self._add(text, row, location)

    def document(self, kind: InputKind) -> Document:
        """The document of everything added."""
        text = "".join(self._texts)
        return Document(kind, text, normalize(text), tuple(self._segments))
