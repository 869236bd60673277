"""Read one table of a document: find its labels, and place each value by its row and column.

The table's stretch of the document is read in three passes.

1. **Items.** Labels are found in each cell (or run of text); what lies between them is cut at
   white space into values (numbers, ``/``, ``-`` …) and other text. An empty table cell is a
   blank value when it follows a row label or stands among values; empty cells before a row's
   label, and a row of empty cells that fills no row, only hold a place in the layout.
2. **Broken labels.** Text that is no label may be part of one broken apart by a converter
   (``商业`` in one row of the header and ``企业`` in the next; ``（四）无`` before a row and
   ``法提供`` after it). Such pieces are joined when together they make a label; what stays
   unrecognised is reported.
3. **Rows.** Values belong to the label just before them. A row label followed by values is
   that row; a group label followed by values is the group's subtotal row (how a 2021 report
   printing （六）其他处理 as one row is read); a column header followed by values is the whole
   table printed as one row (as table 四 is). The column headers printed before a row must be
   exactly that row's columns; the values are then read in the format's column order. A row
   with more or fewer values than columns is reported and not placed, except that blank
   padding cells at one end are dropped, and digits run together with no separator are split
   when the table's own sums (each row's 总计, and （七）总计 = the sum of the result rows)
   allow exactly one split.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence

import attrs

from govinfo_report.model import CellSpec, CellValue, RowSpec
from govinfo_report.parse._document import Document
from govinfo_report.parse._labels import Entry, LabelMatch, Role, TableLabels
from govinfo_report.parse._result import ParseWarning, WarningCode
from govinfo_report.parse._values import (
    Reading,
    is_digit_run,
    looks_like_value,
    read_value,
    split_digits,
)

__all__ = ["TableRead", "read_table"]

_TOKEN = re.compile(r"\S+")
_UNIT_SPACE = re.compile(r"(?<=[0-9])\s+(?=万?元)")
#: How many broken pieces of labels may wait for their other part at once.
_PENDING = 8
#: Digits run together are split only if there are at most this many per value on average.
_DIGITS_PER_VALUE = 10
#: The most combinations of splits tried against one sum down the columns.
_COMBINATIONS = 4096
#: Text longer than this is never taken apart into pieces of labels.
_LONGEST_PIECE = 200


@attrs.define
class _Item:
    """A label, a value, an empty cell or other text, in document order."""

    kind: str  # "label", "value", "empty", "text"
    start: int
    end: int
    row: int | None  # the grid row, or None for running text
    text: str = ""  # the compacted text (values, other text)
    written: str = ""  # a table cell's text as written (normalised), if it differs
    match: LabelMatch | None = None
    flat: int = 0  # for running text: which segment, so value runs end with it


@attrs.frozen
class TableRead:
    """What was read from one table.

    Attributes:
        values: The value of each cell placed, by key path.
        spans: Where in the document's text each placed value came from.
        warnings: What could not be read or placed.
        text_before: The narrative before the table, as written.
        text_after: The narrative after the table, as written.
        found: Whether any label of the table was found.
    """

    values: dict[str, CellValue]
    spans: dict[str, tuple[int, int]]
    warnings: list[ParseWarning]
    text_before: str
    text_after: str
    found: bool


def _add_tokens(items: list[_Item], norm: str, start: int, end: int, row: int | None, flat: int) -> None:
    """Add the values and other text of ``norm[start:end]``, cut at white space."""
    if norm[start:end].strip():
        for match in _TOKEN.finditer(norm, start, end):
            token = match.group()
            kind = "value" if looks_like_value(token) else "text"
            items.append(_Item(kind, match.start(), match.end(), row, token, flat=flat))


def _scan(document: Document, labels: TableLabels, start: int, end: int) -> list[_Item]:
    """Pass 1: the items of ``text[start:end]``, row by row."""
    norm = document.norm
    items: list[_Item] = []
    row_items: list[_Item] = []
    current_row: int | None = None
    flat = 0
    for segment_start, segment_end, row in document.overlapping(start, end):
        if row != current_row:
            _close_row(items, row_items)
            current_row = row
        if row is None:
            flat += 1
            items.extend(_cell_items(document, labels, segment_start, segment_end, None, flat))
            continue
        content = norm[segment_start:segment_end]
        stripped = content.strip()
        if not stripped:
            row_items.append(_Item("empty", segment_start, segment_end, row))
            continue
        token = _UNIT_SPACE.sub("", stripped) if "元" in stripped else stripped
        if looks_like_value(token):  # a cell holding a value holds no label
            kind, text = "value", token
        else:
            found = labels.find(norm, segment_start, segment_end)
            if found:
                row_items.extend(_cell_items(document, labels, segment_start, segment_end, row, 0, found))
                continue
            # Other text is compacted to join pieces of labels; as a value it is read as written.
            kind, text = "text", "".join(stripped.split())
        left = segment_start + content.find(stripped)
        row_items.append(_Item(kind, left, left + len(stripped), row, text, token))
    _close_row(items, row_items)
    return items


def _close_row(items: list[_Item], row_items: list[_Item]) -> None:
    """Move the items of a table row to ``items``.

    Empty cells before the row's first label hold the place of labels merged from above.
    """
    first = next((index for index, item in enumerate(row_items) if item.kind == "label"), 0)
    if first:
        items.extend(item for item in row_items[:first] if item.kind != "empty")
        items.extend(row_items[first:])
    else:
        items.extend(row_items)
    row_items.clear()


def _cell_items(
    document: Document,
    labels: TableLabels,
    start: int,
    end: int,
    row: int | None,
    flat: int,
    found: list[LabelMatch] | None = None,
) -> list[_Item]:
    """The labels of ``text[start:end]`` and the values and text between them."""
    norm = document.norm
    items: list[_Item] = []
    at = start
    for match in found if found is not None else labels.find(norm, start, end):
        _add_tokens(items, norm, at, match.start, row, flat)
        items.append(_Item("label", match.start, match.end, row, match=match, flat=flat))
        at = match.end
    _add_tokens(items, norm, at, end, row, flat)
    return items


def _span(items: list[_Item]) -> tuple[int, int] | None:
    """The items that make the table: from its first label to the end of its last row.

    The table starts at the first label in a table cell, or followed by another label or a
    value (a label in a sentence is narrative), or at the labels just before that one. Table
    cells and labels belong to it; running text only as far as the values right after a
    label. What follows is narrative again.
    """
    first = next(
        (
            index
            for index, item in enumerate(items)
            if item.kind == "label"
            and (item.row is not None or (index + 1 < len(items) and items[index + 1].kind != "text"))
        ),
        None,
    )
    if first is None:
        return None
    # Labels just before it belong to the table too (a header broken by a converter), across
    # short pieces of text that are no sentence.
    index = first
    while index > 0 and (
        items[index - 1].kind == "label"
        or (
            items[index - 1].kind == "text"
            and len(items[index - 1].text) <= 40
            and "。" not in items[index - 1].text
        )
    ):
        index -= 1
        if items[index].kind == "label":
            first = index
    last = first
    after_label = False
    for index in range(first, len(items)):
        item = items[index]
        if item.kind == "label":
            last, after_label = index, True
        elif item.row is not None:
            last, after_label = index, False
        elif item.kind == "value" and after_label:
            last = index
        else:
            after_label = False
    return first, last + 1


def _pieces(labels: TableLabels, text: str) -> list[tuple[str, str]]:
    """Cut ``text`` into labels, beginnings of labels and the rest, longest first."""
    pieces: list[tuple[str, str]] = []
    at = 0
    junk_start = 0
    while at < len(text):
        length = _known(labels, text, at)
        if length < 2:
            at += 1
            continue
        candidate = text[at : at + length]
        if junk_start < at:
            pieces.append(("text", text[junk_start:at]))
        pieces.append(("label" if candidate in labels.whole else "prefix", candidate))
        at += length
        junk_start = at
    if junk_start < len(text):
        pieces.append(("text", text[junk_start:]))
    return pieces


def _known(labels: TableLabels, text: str, at: int) -> int:
    """The length of the longest label, or beginning of one, that ``text`` holds at ``at``.

    Every beginning of a label is itself known, so the first unknown one ends the search.
    """
    length = 0
    while at + length < len(text):
        candidate = text[at : at + length + 1]
        if candidate not in labels.prefixes and candidate not in labels.whole:
            break
        length += 1
    return length


def _label_item(labels: TableLabels, text: str, first: _Item, last: _Item) -> _Item:
    match = LabelMatch(first.start, last.end, labels.whole[text])
    return _Item("label", first.start, last.end, first.row, match=match, flat=first.flat)


def _join_broken(labels: TableLabels, items: list[_Item]) -> list[_Item]:
    """Pass 2: join pieces of labels that a converter broke apart.

    A piece that begins a label waits for the pieces that complete it (at most
    ``_PENDING`` wait at once, the oldest given up first). A completed label stands where its
    first piece was, and its other pieces are dropped; pieces never completed stay text.
    """
    if all(item.kind != "text" for item in items):
        return items
    result: list[_Item | None] = []
    pending: list[tuple[int, str, list[int]]] = []  # first piece's index, text so far, other pieces

    def wait(item: _Item) -> None:
        result.append(item)
        pending.append((len(result) - 1, item.text, []))
        del pending[:-_PENDING]

    for item in items:
        if item.kind != "text":
            result.append(item)
            continue
        for position, (first, text, others) in enumerate(pending):
            combined = text + item.text
            if combined in labels.whole:
                start = result[first]
                assert start is not None
                result[first] = _label_item(labels, combined, start, item)
                for index in others:
                    result[index] = None
                del pending[position]
                break
            if combined in labels.prefixes:
                result.append(item)
                pending[position] = (first, combined, [*others, len(result) - 1])
                break
        else:
            if item.text in labels.prefixes:
                wait(item)
            elif len(item.text) <= _LONGEST_PIECE:
                for kind, piece in _pieces(labels, item.text):
                    part = attrs.evolve(item, text=piece)
                    if kind == "label":
                        result.append(_label_item(labels, piece, part, part))
                    elif kind == "prefix":
                        wait(part)
                    else:
                        result.append(part)
            else:
                result.append(item)
    return [item for item in result if item is not None]


@attrs.define
class _Run:
    """A run of values and what they belong to."""

    items: list[_Item]
    cells: tuple[CellSpec, ...]
    key: str  # the row key, or the table name for a table printed as one row
    label: str
    candidates: list[tuple[int, ...]] | None = None  # splits of run-together digits


class _Reader:
    """Pass 3: place the values of a table by its labels."""

    def __init__(self, document: Document, labels: TableLabels, table_name: str) -> None:
        self.document = document
        self.labels = labels
        self.table_name = table_name
        self.values: dict[str, CellValue] = {}
        self.spans: dict[str, tuple[int, int]] = {}
        self.warnings: list[ParseWarning] = []
        self.read_rows: set[str] = set()
        self.blank_rows: set[str] = set()  # rows read as all blank, which a row of values may replace
        self.header: Counter[str] = Counter()  # the column headers printed last
        self.splits: list[_Run] = []

    def warn(
        self, code: WarningCode, message: str, item: _Item | None = None, key: str | None = None
    ) -> None:
        location = None if item is None else self.document.locate(item.start, max(item.end, item.start + 1))
        self.warnings.append(ParseWarning(code, f"{self.table_name}: {message}", location, key))

    def quote(self, item: _Item) -> str:
        """The input's text of ``item``; a label's on one line, its line breaks removed."""
        text = self.document.quote(item.start, item.end)
        return "".join(text.split()) if item.kind == "label" else text

    def read(self, items: list[_Item]) -> None:
        run: list[_Item] = []  # labels since the last values
        header_kept = False
        index = 0
        while index < len(items):
            item = items[index]
            if item.kind == "label":
                run.append(item)
                index += 1
                continue
            if item.kind == "text":
                index += 1
                continue
            end = index
            while end < len(items) and items[end].row == item.row and items[end].flat == item.flat:
                following = items[end]
                if following.kind == "text" and item.row is not None:
                    following.kind = "value"  # a cell among the values of a row is read as one
                elif following.kind not in ("value", "empty"):
                    break
                end += 1
            values = items[index:end]
            index = end
            blank = all(value.kind == "empty" for value in values)
            if blank and len(values) != self.size(run):
                continue  # empty cells that fill no row are layout, not blank values
            self.place(run, values)
            # A blank row under a one-row table's header may be layout: keep the header.
            header_kept = blank and bool(run) and _row_of(run[-1]) is None
            if not header_kept:
                run = []
        self.no_values(run, one_row=header_kept)
        self.resolve_splits()

    def size(self, run: list[_Item]) -> int:
        """How many values the labels ``run`` expect after them (0 when they expect none)."""
        if not run:
            return 0
        row = _row_of(run[-1])
        if row is not None:
            return len(row.cells)
        if Role.COLUMN in _roles(run[-1]):
            return len(self.labels.cells)
        return 0

    def no_values(self, labels: list[_Item], *, one_row: bool = False) -> None:
        """Report the row labels among ``labels`` (the headers of a one-row table excepted)."""
        for item in labels:
            if one_row and any(entry.label in self.labels.one_row for entry in _entries(item)):
                continue
            if _roles(item) == Role.ROW:  # a row's label and nothing else
                self.warn(WarningCode.ROW_WITHOUT_VALUES, f"row {self.quote(item)!r} has no values", item)

    def place(self, run: list[_Item], values: list[_Item]) -> None:
        if not run:
            self.warn(
                WarningCode.UNLABELLED_VALUES,
                f"{len(values)} values with no row label before them: "
                f"{' '.join(self.quote(v) or '(blank)' for v in values)}",
                values[0],
            )
            return
        last = run[-1]
        row = _row_of(last)
        if row is not None and (last.row, last.flat) != (values[0].row, values[0].flat):
            # A row's values stand in the row of its label: a label elsewhere is displaced.
            self.no_values(run)
            self.warn(
                WarningCode.UNLABELLED_VALUES,
                f"{len(values)} values in a row with no label: "
                f"{' '.join(self.quote(v) or '(blank)' for v in values)}",
                values[0],
            )
            return
        if row is not None:
            headers: list[_Item] = []
            others: list[_Item] = []
            for item in run[:-1]:
                (headers if Role.COLUMN in _roles(item) else others).append(item)
            self.no_values(others)
            if headers:
                self.header = _headers(headers, lambda entry: Role.COLUMN in entry.roles)
            self.place_row(row, last, values)
            return
        if Role.COLUMN in _roles(last):
            self.no_values(run, one_row=True)
            self.place_one_row(run, values)
            return
        self.no_values(run[:-1])
        self.warn(
            WarningCode.UNLABELLED_VALUES,
            f"values after {self.quote(last)!r}, which heads a group and is no row",
            values[0],
        )

    def header_problem(self, expected: Counter[str], found: Counter[str]) -> str:
        """Why the column headers ``found`` are not the ``expected`` ones ("" when they are)."""
        if not found:
            return "no column header is printed before it"
        if found.items() == expected.items():  # as dicts: every count is positive
            return ""
        missing = list((expected - found).elements())
        extra = list((found - expected).elements())
        parts = []
        if missing:
            parts.append(f"missing {'、'.join(missing)}")
        if extra:
            parts.append(f"unexpected {'、'.join(extra)}")
        return "its column header does not match the format (" + "; ".join(parts) + ")"

    def place_row(self, row: RowSpec, label: _Item, values: list[_Item]) -> None:
        name = self.quote(label)
        problem = self.header_problem(self.labels.headers[row.key], self.header)
        if problem:
            self.warn(WarningCode.ROW_NOT_PLACED, f"row {name!r} not placed: {problem}", label, row.key)
            return
        self.variant(label, row)
        self.fill(_Run(values, row.cells, row.key, name))

    def variant(self, label: _Item, row: RowSpec) -> None:
        match = label.match
        if match is None:
            return
        entry = next((entry for entry in match.entries if row in entry.rows), None)
        if entry is not None and entry.variant is not None:
            self.warn(
                WarningCode.VARIANT,
                f"row {entry.label!r} is labelled {entry.variant!r}, its wording in the other format version",
                label,
                row.key,
            )
        if match.number and not match.numbered_as_declared:
            self.warn(
                WarningCode.VARIANT,
                f"row {row.labels[-1]!r} is numbered {match.number!r}",
                label,
                row.key,
            )

    def place_one_row(self, run: list[_Item], values: list[_Item]) -> None:
        expected = self.labels.one_row
        problem = self.header_problem(expected, _headers(run, lambda entry: entry.label in expected))
        if problem:
            self.warn(
                WarningCode.ROW_NOT_PLACED,
                f"{len(values)} values after the column header not placed: {problem}",
                values[0],
            )
            return
        self.fill(_Run(values, self.labels.cells, self.labels.table, "the table's one row"))

    def fill(self, run: _Run) -> None:
        values = _trim(run.items, len(run.cells))
        if values is None:
            runs = [item.text for item in run.items if item.kind == "value"]
            if (
                len(runs) == len(run.items)
                and len(runs) < len(run.cells) <= sum(map(len, runs)) <= _DIGITS_PER_VALUE * len(run.cells)
                and all(map(is_digit_run, runs))
            ):
                found = split_digits(runs, len(run.cells), self.labels.sums[run.key])
                run.candidates = found if found is not None else []
                if found is None:
                    self.warn(
                        WarningCode.DIGITS_NOT_SPLIT,
                        f"{run.label!r}: too many ways to split {' '.join(runs)!r}; not placed",
                        run.items[0],
                    )
                    return
                self.splits.append(run)
                return
            shown = " ".join(self.quote(item) or "(blank)" for item in run.items)
            self.warn(
                WarningCode.ROW_NOT_PLACED,
                f"row {run.label!r} has {len(run.items)} values for {len(run.cells)} columns ({shown}); "
                "not placed",
                run.items[0],
                run.key,
            )
            return
        blank = all(item.kind == "empty" for item in values)
        if run.key in self.read_rows:
            if not blank and run.key in self.blank_rows:
                self.blank_rows.discard(run.key)  # the blank row before was layout, not data
            else:
                if not blank:
                    self.warn(
                        WarningCode.DUPLICATE_ROW,
                        f"row {run.label!r} again; the first is kept",
                        values[0],
                        run.key,
                    )
                return
        self.read_rows.add(run.key)
        if blank:
            self.blank_rows.add(run.key)
        for spec, item in zip(run.cells, values, strict=True):
            text = "" if item.kind == "empty" else item.written or item.text
            self.store(spec, read_value(text, spec.kind, spec.unit), item)

    def store(self, spec: CellSpec, reading: Reading, item: _Item) -> None:
        if reading.problem is not None:
            self.warn(WarningCode.BAD_VALUE, f"{spec.label}: {reading.problem}", item, spec.key)
            return
        if reading.unit is not None:
            action = (
                f"converted to {spec.unit}" if spec.unit else "kept as written; the column states no unit"
            )
            self.warn(
                WarningCode.UNIT,
                f"{spec.label}: {self.quote(item)!r} is in {reading.unit}, {action}",
                item,
                spec.key,
            )
        self.values[spec.key] = reading.value
        self.spans[spec.key] = (item.start, item.end)

    def resolve_splits(self) -> None:
        """Choose among the splits of run-together digits by the columns' sums; place the unique."""
        if not self.splits:
            return
        _narrow_by_column_sums(self.labels, self.splits, self.values)
        for run in self.splits:
            candidates = run.candidates or []
            shown = " ".join(item.text for item in run.items)
            if len(candidates) != 1:
                how = "no split fits" if not candidates else f"{len(candidates)} splits fit"
                self.warn(
                    WarningCode.DIGITS_NOT_SPLIT,
                    f"{run.label!r}: the digits {shown!r} run together and {how} the table's sums; "
                    "not placed",
                    run.items[0],
                    run.key,
                )
                continue
            if run.key in self.read_rows:
                self.warn(
                    WarningCode.DUPLICATE_ROW, f"row {run.label!r} again; the first is kept", run.items[0]
                )
                continue
            self.read_rows.add(run.key)
            self.warn(
                WarningCode.DIGITS_SPLIT,
                f"{run.label!r}: the digits {shown!r} run together; split as "
                f"{' '.join(map(str, candidates[0]))}, the only split that fits the table's sums",
                run.items[0],
                run.key,
            )
            first, last = run.items[0], run.items[-1]
            merged = _Item("value", first.start, last.end, first.row)
            for spec, value in zip(run.cells, candidates[0], strict=True):
                self.store(spec, read_value(str(value), spec.kind, spec.unit), merged)


def table_rows_of(labels: TableLabels) -> tuple[RowSpec, ...]:
    """The official rows of the table ``labels`` describe."""
    return tuple(row for row in labels.rows.values() if not row.subtotal)


def _narrow_by_column_sums(labels: TableLabels, splits: list[_Run], values: dict[str, CellValue]) -> None:
    """Keep the splits that agree with the sums down the columns.

    A row named ``total`` (（七）总计) is the column-wise sum of the other rows beside it, a
    group's subtotal standing in for the group's rows where only the subtotal was printed (as
    :func:`~govinfo_report.build.compute_totals` counts them). Where every row of such a sum
    was read, the rows split in several ways keep only the splits that take part in some
    combination that makes the sum hold.
    """
    by_key = {run.key: run for run in splits}

    def read(key: str) -> bool:
        return key in by_key or any(k.startswith(key + ".") for k in values)

    sums = []
    for total in table_rows_of(labels):
        parent, _, name = total.key.rpartition(".")
        if name == "total" and parent:
            members = [
                row for row in labels.rows.values() if row.key.startswith(parent + ".") and row is not total
            ]
            sums.append([total, *_counted(members, read)])
    changed = True
    while changed:
        changed = False
        for involved in sums:
            if not all(read(row.key) for row in involved):
                continue
            options = [
                by_key[row.key].candidates or [] if row.key in by_key else [_placed(row, values)]
                for row in involved
            ]
            if all(len(option) <= 1 for option in options) or math.prod(map(len, options)) > _COMBINATIONS:
                continue
            fitting = [
                combination
                for combination in itertools.product(*options)
                if list(combination[0]) == [sum(column) for column in zip(*combination[1:], strict=True)]
            ]
            for position, row in enumerate(involved):
                run = by_key.get(row.key)
                if run is not None and run.candidates:
                    kept = list(dict.fromkeys(combination[position] for combination in fitting))
                    if len(kept) < len(run.candidates):
                        run.candidates = kept
                        changed = True


def _placed(row: RowSpec, values: dict[str, CellValue]) -> tuple[int, ...]:
    """The row's values as read, blank counted as 0."""
    return tuple(int(values.get(cell.key) or 0) for cell in row.cells)


def _counted(members: list[RowSpec], read: Callable[[str], bool]) -> list[RowSpec]:
    """The rows that count towards a sum: a group's subtotal instead of its rows when only it was read."""
    groups: dict[str, list[RowSpec]] = {}
    for row in members:
        if not row.subtotal:
            groups.setdefault(row.key.rpartition(".")[0], []).append(row)
    counted = []
    subtotals = {row.key: row for row in members if row.subtotal}
    for group, rows in groups.items():
        subtotal = subtotals.get(group + ".subtotal")
        if subtotal is not None and read(subtotal.key) and not any(read(row.key) for row in rows):
            counted.append(subtotal)
        else:
            counted.extend(rows)
    return counted


def _trim(items: list[_Item], size: int) -> list[_Item] | None:
    """The values of a row of ``size`` cells, blank padding at one end dropped; None if they do not fit."""
    if len(items) == size:
        return items
    extra = len(items) - size
    if extra < 0:
        return None
    tail = all(item.kind == "empty" for item in items[size:])
    head = all(item.kind == "empty" for item in items[:extra])
    if tail and not head:
        return items[:size]
    if head and not tail:
        return items[extra:]
    return None


def _headers(items: Sequence[_Item], pick: Callable[[Entry], bool]) -> Counter[str]:
    """The labels ``items`` print as headers: of each, the first entry that ``pick`` takes."""
    found: Counter[str] = Counter()
    for item in items:
        entries = [entry for entry in _entries(item) if pick(entry)]
        if entries:
            found[entries[0].label] += 1
    return found


def _entries(item: _Item) -> tuple[Entry, ...]:
    return item.match.entries if item.match is not None else ()


def _roles(item: _Item) -> Role:
    entries = _entries(item)
    if len(entries) == 1:
        return entries[0].roles
    roles = Role(0)
    for entry in entries:
        roles |= entry.roles
    return roles


def _row_of(item: _Item) -> RowSpec | None:
    for entry in _entries(item):
        if entry.rows:  # a row's label
            return entry.rows[0]
    return None


def read_table(document: Document, labels: TableLabels, start: int, end: int, name: str) -> TableRead:
    """Read the table that ``labels`` describe from ``text[start:end]`` of ``document``."""
    items = _scan(document, labels, start, end)
    span = _span(items)
    if span is None:
        text = document.text[start:end].strip()
        return TableRead({}, {}, [], text, "", False)
    first, last = span
    before = document.text[start : items[first].start].strip()
    after_start = items[last - 1].end
    after = document.text[after_start:end].strip()
    table_items = _join_broken(labels, items[first:last])
    reader = _Reader(document, labels, name)
    reader.read(table_items)
    _report_unrecognised(reader, table_items)
    return TableRead(reader.values, reader.spans, reader.warnings, before, after, True)


def _report_unrecognised(reader: _Reader, items: list[_Item]) -> None:
    """One warning for each stretch of text in the table that matched no label."""
    stretches: list[list[_Item]] = []
    previous = False
    for item in items:
        if item.kind == "text":
            if not previous:
                stretches.append([])
            stretches[-1].append(item)
        previous = item.kind == "text"
    document = reader.document
    for stretch in stretches:
        start, end = stretch[0].start, stretch[-1].end
        shown = " ".join(document.quote(start, end).split())
        reader.warnings.append(
            ParseWarning(
                WarningCode.UNRECOGNISED_TEXT,
                f"{reader.table_name}: {shown!r} matches no label",
                document.locate(start, end),
            )
        )
