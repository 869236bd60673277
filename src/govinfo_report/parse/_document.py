"""A document as the parsers see it: one text, cut into running text and table cells.

Every input becomes a :class:`Document`: its text (what a reader sees, converter artefacts
removed) and, over that text, :class:`Segment` pieces in reading order. A segment is either
running text or one cell of a table row; the cells of one row share a row id. Everything after
this point (metadata, sections, tables) reads documents only, so the three parsers differ only
in how they build one.

Plain text is read line by line. These layouts of table rows are recognised, as converters and
renderers write them; every other line is running text:

- grids ruled with ``+``, ``-`` and ``|``, merged cells included, aligned in terminal columns
  (a CJK character taking two), a cell's text possibly wrapped over several lines;
- Markdown rows ``| a | b |`` (separator rows ``|---|`` are skipped);
- one cell per line, each starting with a tab, rows separated by an empty line, and a cell's
  further lines not starting with a tab (DOCX converted to text);
- cells separated by tabs on one line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

import attrs

from govinfo_report._textwidth import display_width
from govinfo_report.parse import _variants
from govinfo_report.parse._labels import normalize
from govinfo_report.parse._result import (
    CellSource,
    InputKind,
    Location,
    ParagraphSpan,
    TableCell,
    TextSpan,
)

__all__ = ["Document", "Provenance", "Segment", "text_document"]


class Segment(NamedTuple):
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
        text: The text: artefacts removed, and a ruled grid's cells one after the other.
        norm: :func:`~govinfo_report.parse._labels.normalize` of :attr:`text` (same length).
        segments: The segments, in order, not overlapping.
        raw: For plain text, the input as given (locations and quoted text refer to it).
        origins: For plain text, where each piece of :attr:`text` copied from :attr:`raw`
            starts in :attr:`text` …
        sources: … and in :attr:`raw`.
        lines: For plain text, the offset in :attr:`raw` where each line starts.
    """

    kind: InputKind
    text: str
    norm: str
    segments: tuple[Segment, ...]
    raw: str = ""
    origins: tuple[int, ...] = ()
    sources: tuple[int, ...] = ()
    lines: tuple[int, ...] = ()
    _starts: tuple[int, ...] = attrs.field(init=False)

    @_starts.default
    def _segment_starts(self) -> tuple[int, ...]:
        return tuple([segment.start for segment in self.segments])

    def overlapping(self, start: int, end: int) -> list[tuple[int, int, int | None]]:
        """The segments that overlap ``text[start:end]``, clipped to it: ``(start, end, row)``."""
        segments = self.segments
        found = []
        for index in range(max(bisect.bisect_right(self._starts, start) - 1, 0), len(segments)):
            segment_start, segment_end, row, _ = segments[index]
            if segment_start > end or (segment_start == end and segment_end > end):
                break
            if segment_end > start or segment_start == segment_end == end:  # an empty cell at the end
                clipped_start = start if segment_start < start else segment_start
                clipped_end = end if segment_end > end else segment_end
                found.append((clipped_start, clipped_end, row))
        return found

    def _raw_offset(self, offset: int) -> int:
        index = max(bisect.bisect_right(self.origins, offset) - 1, 0)
        return min(self.sources[index] + offset - self.origins[index], max(len(self.raw) - 1, 0))

    def locate(self, start: int, end: int) -> Location:
        """Where ``text[start:end]`` is in the input (``end`` excluded)."""
        if self.kind is InputKind.TEXT:
            first = self._raw_offset(start)
            last = self._raw_offset(end - 1) if end - 1 > start else first
            lines = self.lines
            line = bisect.bisect_right(lines, first)
            column = first - lines[line - 1] + 1
            if lines[line - 1] <= last and (line == len(lines) or last < lines[line]):
                return TextSpan(line, column, line, column + last - first)
            end_line = bisect.bisect_right(lines, last)
            return TextSpan(line, column, end_line, last - lines[end_line - 1] + 1)
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
        """The input's own text at ``text[start:end]`` (a grid cell's lines joined by line breaks)."""
        return self.text[start:end]


class Provenance(Mapping[str, CellSource]):
    """Where each value read from a document came from, by key path.

    It holds the span of each value's text in the document, and makes the value's
    :class:`~govinfo_report.parse.CellSource` (the text as written and where it is in the input)
    when it is looked up: reading a report costs nothing for sources nobody asks for. It is
    equal to, printed as and pickled as the ``dict`` of its sources.
    """

    __slots__ = ("_document", "_spans")

    def __init__(self, document: Document, spans: dict[str, tuple[int, int]]) -> None:
        self._document = document
        self._spans = spans

    def __getitem__(self, key: str) -> CellSource:
        start, end = self._spans[key]
        document = self._document
        return CellSource(document.quote(start, end), document.locate(start, max(end, start + 1)))

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: object) -> bool:
        return key in self._spans

    def __repr__(self) -> str:
        return repr(dict(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return dict, (dict(self),)


_ARTEFACT = re.compile(_variants.ARTEFACTS)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: A line that may be a table row or an artefact, not running text: how it starts, or a tab …
_SPECIAL = r"[ \t]*[|│+\-－—–\[]|[^\n\t]*\t"
_FIRST_SPECIAL = re.compile(_SPECIAL)
#: … found after a line break (a literal first character makes the search fast) …
_NEXT_SPECIAL = re.compile(f"\n(?:{_SPECIAL})")
#: … or a bookmark that Word left anywhere in it.
_BOOKMARK = re.compile(r"\[bookmark")
#: The characters a line that is an artefact as a whole can start with.
_ARTEFACT_STARTS = frozenset("-－—–[")
_SEPARATOR_ROW = re.compile(r"\s*:?-{2,}:?\s*")
#: A character that no Markdown separator row (``|---|:--:|``) holds.
_NOT_SEPARATOR = re.compile(r"[^\s:\-|│]")
_PIPE = re.compile(r"[|│]")
_TAB = re.compile("\t")
_BORDER = re.compile(r"\s*\+[-=+:]*\+\s*")
#: Lines that each hold one cell after a tab, with nothing to split, remove or change: no other
#: tab, no bookmark, a line feed at the end, and no start of an artefact or a grid border.
_CELL_LINES = re.compile(r"(?:\t[^\S\t\n\r]*(?:[^\s\-－—–\[+][^\t\n\r\[]*)?\n)+")


class _Builder:
    """The text of a document, built from pieces of the input, and its segments."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.parts: list[str] = []
        self.origins: list[int] = []
        self.sources: list[int] = []
        self.length = 0
        self.segments: list[Segment] = []
        self.rows = 0
        self.raw_end = -1  # where in raw the last piece copied ends

    def copy(self, start: int, end: int, text: str | None = None) -> None:
        """Copy ``raw[start:end]`` into the text, or ``text`` that stands for it character by character."""
        if end > start:
            if start != self.raw_end:  # not where the last piece copied ends: a new origin
                self.origins.append(self.length)
                self.sources.append(start)
            self.parts.append(self.raw[start:end] if text is None else text)
            self.length += end - start
            self.raw_end = end

    def add(self, text: str, raw_at: int) -> None:
        """Add ``text`` that stands for the input at ``raw_at`` (a line break between cells)."""
        if raw_at != self.raw_end:  # not where the last piece copied ends: a new origin
            self.origins.append(self.length)
            self.sources.append(raw_at)
        self.parts.append(text)
        self.length += len(text)
        self.raw_end = -1

    def segment(self, start: int, row: int | None, end: int | None = None) -> None:
        """Make ``text[start:end]`` (to the end of the text) a segment, unless it is empty running text."""
        end = self.length if end is None else end
        if end > start or row is not None:
            self.segments.append(Segment(start, end, row))

    def new_row(self) -> int:
        self.rows += 1
        return self.rows


def _separator_row(raw: str, start: int, end: int) -> bool:
    """Whether ``raw[start:end]``, cells between pipes, is a Markdown separator row."""
    at = start
    for match in _PIPE.finditer(raw, start, end):
        if not _SEPARATOR_ROW.fullmatch(raw, at, match.start()):
            return False
        at = match.end()
    return _SEPARATOR_ROW.fullmatch(raw, at, end) is not None


def _lines(raw: str) -> list[tuple[int, int, int]]:
    """Each line of ``raw``: where it starts, where its content ends, where the next begins."""
    lines = []
    at = 0
    for match in _LINE_BREAK.finditer(raw):
        end, after = match.span()
        lines.append((at, end, after))
        at = after
    lines.append((at, len(raw), len(raw)))
    return lines


class _TextLayout:
    """Cut plain text into running text and table rows, line by line."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.out = _Builder(raw)
        self.flat_start: int | None = None
        self.cell_start: int | None = None  # the one-cell-per-line cell being read
        self.in_row = False
        self.row = 0

    # -- running text

    def is_running_text(self) -> bool:
        """Whether a plain line read now is running text (no table cell is open)."""
        return self.cell_start is None and not self.in_row

    def running_text(self, start: int, end: int, after: int) -> None:
        """Read lines of running text with nothing to remove, ``raw[start:after]``, at once."""
        if self.flat_start is None:
            self.flat_start = self.out.length
        self.out.copy(start, after)

    def _flat(self, start: int, end: int, after: int) -> None:
        if self.flat_start is None:
            self.flat_start = self.out.length
        self._copy_line(start, end, after)

    def _copy_line(self, start: int, end: int, after: int) -> None:
        """Copy a line without its artefacts, and its line break as a line feed."""
        raw = self.raw
        if raw.find("[", start, end) < 0 and (after == end or raw[end] == "\n"):
            self.out.copy(start, after)  # the common case: nothing to remove or change
            return
        at = start
        for match in _ARTEFACT.finditer(raw, start, end):
            self.out.copy(at, match.start())
            at = match.end()
        self.out.copy(at, end)
        if after > end:
            self.out.add("\n", end)

    def _end_flat(self) -> None:
        if self.flat_start is not None:
            self.out.segment(self.flat_start, None)
            self.flat_start = None

    def _end_cell(self) -> None:
        if self.cell_start is not None:
            self.out.segment(self.cell_start, self.row)
            self.cell_start = None

    def _cells(self, start: int, end: int, separator: re.Pattern[str], row: int) -> None:
        """Copy the cells of ``raw[start:end]``, one ``separator`` character apart, as tabs apart."""
        out = self.out
        base = out.length - start
        cell = start
        for match in separator.finditer(self.raw, start, end):
            out.segment(base + cell, row, base + match.start())
            cell = match.end()
        out.segment(base + cell, row, base + end)
        out.copy(start, end, separator.sub("\t", self.raw[start:end]))

    # -- one line

    def _next_cell(self) -> None:
        """End the running text or the cell before a cell of a row, opening the row if need be."""
        if self.flat_start is not None:
            self._end_flat()
        if self.cell_start is not None:
            self._end_cell()
        if not self.in_row:
            self.row = self.out.new_row()
            self.in_row = True

    def cell_lines(self, lines: list[tuple[int, int, int]]) -> None:
        """Read lines that each hold one cell after a tab, as :data:`_CELL_LINES` finds them."""
        out = self.out
        self._next_cell()
        for start, _, after in lines[:-1]:
            cell = out.length
            out.copy(start + 1, after)
            out.segment(cell, self.row)
        start, _, after = lines[-1]
        self.cell_start = out.length  # the last cell may go on in the lines after
        out.copy(start + 1, after)

    def _tab_line(self, start: int, end: int, after: int) -> None:
        """Read a line that starts with a tab (``start`` is after it): cells of a row."""
        out = self.out
        self._next_cell()
        at = start
        tab = self.raw.find("\t", at, end)
        while tab >= 0:
            cell = out.length
            out.copy(at, tab)
            out.segment(cell, self.row)
            at = tab + 1
            tab = self.raw.find("\t", at, end)
        self.cell_start = out.length
        self._copy_line(at, end, after)

    def line(self, start: int, end: int, after: int) -> None:
        raw = self.raw
        if raw.startswith("\t", start, end):
            self._tab_line(start + 1, end, after)
            return
        content = raw[start:end]
        if self.cell_start is not None and content.strip():
            self._copy_line(start, end, after)  # a further line of the same cell
            return
        self._end_cell()
        if self.in_row:
            self.in_row = False
            if not content.strip():
                return
        stripped = content.strip()
        if stripped[:1] in ("|", "│"):
            self._end_flat()
            first = start + content.index(stripped[0]) + 1
            last = start + len(content.rstrip())
            if stripped[-1:] in ("|", "│") and last > first:
                last -= 1
            if _NOT_SEPARATOR.search(raw, first, last) is None and _separator_row(raw, first, last):
                return
            self._cells(first, last, _PIPE, self.out.new_row())
            self.out.add("\n", end)
            return
        if "\t" in stripped:
            self._end_flat()
            self._cells(start, end, _TAB, self.out.new_row())
            self.out.add("\n", end)
            return
        self._flat(start, end, after)

    def grid(self, lines: list[tuple[int, int, int]]) -> None:
        """Read a ruled grid: its cells, row by row, each cell's lines joined."""
        self._end_flat()
        self._end_cell()
        self.in_row = False
        for row in _grid_cells(self.raw, lines):
            row_id = self.out.new_row()
            for pieces in row:
                cell = self.out.length
                for index, (piece_start, piece_end) in enumerate(pieces):
                    if index:
                        self.out.add("\n", piece_start)
                    self.out.copy(piece_start, piece_end)
                self.out.segment(cell, row_id)
                self.out.add("\n", pieces[-1][1] if pieces else lines[0][0])

    def finish(self) -> _Builder:
        self._end_cell()
        self._end_flat()
        return self.out


class _Layout(dict[int, str]):
    """How :meth:`str.translate` lays text out in terminal columns.

    A wide character is followed by :data:`_SECOND` in its second column; that character in
    the input becomes a space, so that each in the result is a second column. Characters are
    added as they are met, up to :data:`_LAYOUT_SIZE` of them.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        laid = (" " if char == _SECOND else char) + (_SECOND if display_width(char) == 2 else "")
        if len(self) < _LAYOUT_SIZE:
            self[code] = laid
        return laid


#: The most characters :class:`_Layout` remembers.
_LAYOUT_SIZE = 8192
_LAYOUT = _Layout()
#: What follows a wide character in its second column: a noncharacter, not ASCII.
_SECOND = "\uffff"
_NOT_ASCII = re.compile("[^\x00-\x7f]+")


def _lay_out_line(line: str) -> str:
    """A line laid out in terminal columns: its characters beyond ASCII looked up, the rest kept."""
    return line if line.isascii() else _NOT_ASCII.sub(_lay_out, line)


def _lay_out(match: re.Match[str]) -> str:
    return match.group().translate(_LAYOUT)


def _grid_cells(raw: str, lines: list[tuple[int, int, int]]) -> list[list[list[tuple[int, int]]]]:
    """The cells of a ruled grid, by row (their top edge), each as the input's pieces of text.

    Lines are laid out in terminal columns (a CJK character taking two). A cell is a rectangle
    whose corners are ``+``, with ``-`` or ``+`` along its top and bottom edges and ``|`` or ``+``
    along its sides; its text is what lies inside, line by line, blank lines left out.
    """
    grid = _Grid(raw, lines)
    cells: dict[int, list[tuple[int, list[tuple[int, int]]]]] = {}
    first = grid.rows[0].find("+") if grid.rows else -1
    corners = [(0, first)] if first >= 0 else []
    seen: set[tuple[int, int]] = set()
    while corners:
        corner = corners.pop()
        if corner in seen:
            continue
        seen.add(corner)
        top, left = corner
        found = grid.cell(top, left)
        if found is None:
            continue
        bottom, right = found
        corners.append((top, right))
        corners.append((bottom, left))
        cells.setdefault(top, []).append((left, grid.pieces(top, left, bottom, right)))
    return [[pieces for _, pieces in sorted(cells[top])] for top in sorted(cells)]


class _Grid:
    """The lines of a ruled grid laid out in terminal columns, all of one width."""

    def __init__(self, raw: str, lines: list[tuple[int, int, int]]) -> None:
        self.raw = raw
        self.starts = [start for start, _, _ in lines]
        laid = [_lay_out_line(raw[start:end]) for start, end, _ in lines]
        width = max(map(len, laid), default=0)
        self.rows = [line.ljust(width) for line in laid]
        self.columns: dict[int, str] = {}

    def column(self, x: int) -> str:
        """Column ``x``, top to bottom."""
        column = self.columns.get(x)
        if column is None:
            column = self.columns[x] = "".join([row[x] for row in self.rows])
        return column

    def cell(self, top: int, left: int) -> tuple[int, int] | None:
        """The bottom-right corner of the cell whose top-left corner is at ``(top, left)``.

        Its top edge runs right to the first ``+`` with a side below it that leads down to a
        bottom edge and left side that close the cell.
        """
        rows = self.rows
        if top + 1 >= len(rows):
            return None
        row, below = rows[top], rows[top + 1]
        at = left + 1
        right = row.find("+", at)
        while right >= 0 and not row[at:right].strip("-="):
            if below[right] in "|+":
                bottom = self.bottom(top, left, right)
                if bottom is not None:
                    return bottom, right
            at = right + 1
            right = row.find("+", at)
        return None

    def bottom(self, top: int, left: int, right: int) -> int | None:
        """The bottom edge of the cell with the top edge ``top`` from ``left`` to ``right``."""
        down, side = self.column(right), self.column(left)
        at = top + 1
        bottom = down.find("+", at)
        while bottom >= 0 and not down[at:bottom].strip("|"):
            if side[top : bottom + 1].strip("|+"):
                return None  # the left side ends before the bottom
            if not self.rows[bottom][left : right + 1].strip("-+="):
                return bottom
            at = bottom + 1
            bottom = down.find("+", at)
        return None

    def pieces(self, top: int, left: int, bottom: int, right: int) -> list[tuple[int, int]]:
        """The input's text inside a cell, line by line, blank lines left out.

        The cell's sides are characters of the input, so the input offset of the column after
        each is its column less the second columns of wide characters before it.
        """
        raw, rows, starts = self.raw, self.rows, self.starts
        pieces = []
        for y in range(top + 1, bottom):
            row, start = rows[y], starts[y]
            text_start = start + left + 1 - row.count(_SECOND, 0, left + 1)
            text_end = start + right - row.count(_SECOND, 0, right)
            if raw[text_start:text_end].strip():
                pieces.append((text_start, text_end))
        return pieces


def _special_lines(raw: str) -> set[int]:
    """Where the lines start that may be anything but running text (in a text without carriage returns)."""
    special = {match.start() + 1 for match in _NEXT_SPECIAL.finditer(raw)}
    if _FIRST_SPECIAL.match(raw):
        special.add(0)
    special.update(raw.rfind("\n", 0, match.start()) + 1 for match in _BOOKMARK.finditer(raw))
    return special


def text_document(raw: str) -> Document:
    """The document of a plain text input."""
    layout = _TextLayout(raw)
    lines = _lines(raw)
    starts = [start for start, _, _ in lines]
    # Lines that may be anything but running text; the others are copied in runs.
    special = _special_lines(raw) if "\r" not in raw else set(starts)
    index = 0
    while index < len(lines):
        if starts[index] not in special and layout.is_running_text():
            last = index
            while last + 1 < len(lines) and starts[last + 1] not in special:
                last += 1
            layout.running_text(lines[index][0], lines[last][1], lines[last][2])
            index = last + 1
            continue
        start, end, after = lines[index]
        cells = _CELL_LINES.match(raw, start) if raw.startswith("\t", start) else None
        if cells is not None:
            last = index + 1
            while last < len(lines) and lines[last][0] < cells.end():
                last += 1
            layout.cell_lines(lines[index:last])
            index = last
            continue
        first = raw[start:end].lstrip()[:1]
        if first in _ARTEFACT_STARTS and _ARTEFACT.fullmatch(raw, start, end):
            index += 1
            continue
        if first == "+" and _BORDER.fullmatch(raw, start, end):
            last = index + 1
            while last < len(lines) and raw[lines[last][0] : lines[last][1]].lstrip()[:1] in ("+", "|"):
                last += 1
            layout.grid(lines[index:last])
            index = last
            continue
        layout.line(start, end, after)
        index += 1
    out = layout.finish()
    text = "".join(out.parts)
    return Document(
        InputKind.TEXT,
        text,
        normalize(text),
        tuple(out.segments),
        raw=raw,
        origins=tuple(out.origins),
        sources=tuple(out.sources),
        lines=tuple(starts),
    )
