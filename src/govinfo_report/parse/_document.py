"""A document as the parsers see it: one text, cut into running text and table cells.

Every input becomes a :class:`Document`: its text (what a reader sees, converter artefacts
removed) and, over that text, :class:`Segment` pieces in reading order. A segment is either
running text or one cell of a table row; the cells of one row share a row id. Everything after
this point (metadata, sections, tables) reads documents only, so the three parsers differ only
in how they build one.

Plain text is read line by line. Three layouts of table rows are recognised, as converters
write them; every other line is running text:

- one cell per line, each starting with a tab, rows separated by an empty line, and a cell's
  further lines not starting with a tab (DOCX converted to text);
- Markdown rows ``| a | b |`` (separator rows ``|---|`` are skipped);
- cells separated by tabs on one line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

import attrs

from govinfo_report.parse import _variants
from govinfo_report.parse._labels import normalize
from govinfo_report.parse._result import InputKind, Location, ParagraphSpan, TableCell, TextSpan

__all__ = ["Document", "Segment", "text_document"]


@attrs.frozen
class Segment:
    """A piece of a document's text: running text, or one cell of a table row.

    Attributes:
        start: Where it starts in the document's text.
        end: Where it ends (excluded).
        row: The id of the table row the cell belongs to; ``None`` for running text.
        location: Where it is in an HTML or DOCX input (a paragraph or a table cell);
            ``None`` for plain text, whose locations come from offsets.
    """

    start: int
    end: int
    row: int | None = None
    location: TableCell | ParagraphSpan | None = None


@attrs.frozen
class Document:
    """The text of an input, its segments, and the way back to the input.

    Attributes:
        kind: What the input was.
        text: The text, converter artefacts removed.
        norm: :func:`~govinfo_report.parse._labels.normalize` of :attr:`text` (same length).
        segments: The segments, in order, not overlapping.
        raw: For plain text, the input as given (locations and quoted text refer to it).
        kept: For plain text, ``(offset in text, offset in raw)`` at the start of each piece
            of :attr:`text` that was kept when artefacts were removed.
        lines: For plain text, the offset in :attr:`raw` where each line starts.
    """

    kind: InputKind
    text: str
    norm: str
    segments: tuple[Segment, ...]
    raw: str = ""
    kept: tuple[tuple[int, int], ...] = ()
    lines: tuple[int, ...] = ()
    _starts: tuple[int, ...] = attrs.field(init=False)

    @_starts.default
    def _segment_starts(self) -> tuple[int, ...]:
        return tuple(segment.start for segment in self.segments)

    def overlapping(self, start: int, end: int) -> Iterator[Segment]:
        """The segments that overlap ``text[start:end]``, clipped to it."""
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        for segment in self.segments[index:]:
            if segment.start >= end:
                break
            if segment.end > start:
                yield attrs.evolve(segment, start=max(segment.start, start), end=min(segment.end, end))

    def _raw_offset(self, offset: int) -> int:
        index = bisect.bisect_right(self.kept, (offset, len(self.raw) + 1)) - 1
        text_start, raw_start = self.kept[index]
        return raw_start + offset - text_start

    def _line_column(self, raw_offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.lines, raw_offset)
        return line, raw_offset - self.lines[line - 1] + 1

    def locate(self, start: int, end: int) -> Location:
        """Where ``text[start:end]`` is in the input (``end`` excluded, and past ``start``)."""
        if self.kind is InputKind.TEXT:
            line, column = self._line_column(self._raw_offset(start))
            end_line, end_column = self._line_column(self._raw_offset(end - 1))
            return TextSpan(line, column, end_line, end_column)
        index = max(bisect.bisect_right(self._starts, start) - 1, 0)
        segment = self.segments[index] if self.segments else Segment(0, 0)
        location = segment.location
        if isinstance(location, ParagraphSpan):
            base = location.start + start - segment.start
            return ParagraphSpan(location.paragraph, base, base + end - start)
        if location is None:
            return ParagraphSpan(0, start, end)
        return location

    def quote(self, start: int, end: int) -> str:
        """The input's own text at ``text[start:end]``."""
        if self.kind is InputKind.TEXT and self.kept:
            return self.raw[self._raw_offset(start) : self._raw_offset(end - 1) + 1] if end > start else ""
        return self.text[start:end]


_ARTEFACTS = re.compile(rf"\r(?=\n)|{_variants.ARTEFACTS}")
_SEPARATOR_ROW = re.compile(r"\s*:?-{2,}:?\s*")
_PIPE = re.compile(r"[|│]")


def _clean(raw: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """``raw`` without converter artefacts, and where each kept piece came from."""
    pieces: list[str] = []
    kept: list[tuple[int, int]] = [(0, 0)]
    length = 0
    at = 0
    for match in _ARTEFACTS.finditer(raw):
        pieces.append(raw[at : match.start()])
        length += match.start() - at
        at = match.end()
        kept.append((length, at))
    pieces.append(raw[at:])
    return "".join(pieces).replace("\r", "\n"), tuple(kept)


def _line_starts(raw: str) -> tuple[int, ...]:
    starts = [0]
    starts.extend(match.end() for match in re.finditer("\n", raw))
    return tuple(starts)


class _TextLayout:
    """Cut plain text into segments, line by line."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.segments: list[Segment] = []
        self.rows = 0
        self.flat_start: int | None = None
        self.flat_end = 0
        # One cell per line: the cell being read, whether a row is open.
        self.cell: list[int] | None = None
        self.in_row = False

    def _flush_flat(self) -> None:
        if self.flat_start is not None:
            self.segments.append(Segment(self.flat_start, self.flat_end))
            self.flat_start = None

    def _flush_cell(self) -> None:
        if self.cell is not None:
            self.segments.append(Segment(self.cell[0], self.cell[1], self.rows))
            self.cell = None

    def _new_row(self) -> int:
        self.rows += 1
        return self.rows

    def _cells(self, start: int, end: int, separator: re.Pattern[str]) -> list[tuple[int, int]]:
        cells = []
        at = start
        for match in separator.finditer(self.text, start, end):
            cells.append((at, match.start()))
            at = match.end()
        cells.append((at, end))
        return cells

    def line(self, start: int, end: int) -> None:
        text = self.text
        content = text[start:end]
        if content.startswith("\t"):
            self._flush_flat()
            self._flush_cell()
            if not self.in_row:
                self._new_row()
                self.in_row = True
            cells = self._cells(start + 1, end, re.compile("\t"))
            for cell_start, cell_end in cells[:-1]:
                self.segments.append(Segment(cell_start, cell_end, self.rows))
            self.cell = list(cells[-1])
            return
        if self.cell is not None and content.strip():
            self.cell[1] = end  # a further line of the same cell
            return
        self._flush_cell()
        if self.in_row:
            self.in_row = False
            if not content.strip():
                return
        stripped = content.strip()
        if stripped[:1] in ("|", "│"):
            self._flush_flat()
            inner_start = start + content.index(stripped[0]) + 1
            inner_end = start + len(content.rstrip())
            if stripped[-1:] in ("|", "│") and inner_end > inner_start:
                inner_end -= 1
            cells = self._cells(inner_start, inner_end, _PIPE)
            if all(_SEPARATOR_ROW.fullmatch(text, a, b) for a, b in cells):
                return
            row = self._new_row()
            self.segments.extend(Segment(a, b, row) for a, b in cells)
            return
        if "\t" in stripped:
            self._flush_flat()
            row = self._new_row()
            self.segments.extend(Segment(a, b, row) for a, b in self._cells(start, end, re.compile("\t")))
            return
        if self.flat_start is None:
            self.flat_start = start
        self.flat_end = end

    def finish(self) -> tuple[Segment, ...]:
        self._flush_cell()
        self._flush_flat()
        return tuple(self.segments)


def text_document(raw: str) -> Document:
    """The document of a plain text input."""
    text, kept = _clean(raw)
    layout = _TextLayout(text)
    at = 0
    for match in re.finditer("\n", text):
        layout.line(at, match.start())
        at = match.end()
    layout.line(at, len(text))
    return Document(
        InputKind.TEXT,
        text,
        normalize(text),
        layout.finish(),
        raw=raw,
        kept=kept,
        lines=_line_starts(raw),
    )
