r"""Normalise text and find the official labels in it: the one place every parser matches labels.

Every label comes from the model's declarations (:func:`~govinfo_report.model.table_rows`,
:func:`~govinfo_report.model.table_class`, :func:`~govinfo_report.model.section_info`), plus the
few variants of :mod:`govinfo_report.parse._variants`. Matching tolerates what publishing does
to a label without changing it:

- full-width and half-width forms (``（一）`` and ``(一)``, full-width digits, curly and straight
  quotes), by a same-length translation of the text (:func:`normalize`);
- white space and line breaks anywhere inside a label (``社会\n公益\n组织``, ``结\n果\n维\n持``);
- the numbering written as ``1、`` or ``1．`` for ``1.``, or left out;
- a local note in brackets after a label (``上一年项目数量(指2019年事项数)``); a label whose
  official wording ends in brackets is also found with other or no brackets;
- for a row of one format version, the wording of the same row in the other version
  (``规范性文件`` in a 2021 table).
"""

from __future__ import annotations

import enum
import functools
import re
from collections import Counter
from typing import Any, NamedTuple

import attrs

from govinfo_report.model import (
    CellSpec,
    FormatVersion,
    ReportV2019,
    ReportV2021,
    RowSpec,
    section_info,
    table_class,
    table_rows,
)
from govinfo_report.parse import _variants
from govinfo_report.zh import HeadingNumber, format_int, split_heading

__all__ = [
    "Entry",
    "LabelMatch",
    "Role",
    "SectionTitles",
    "TableLabels",
    "compact",
    "normalize",
    "section_titles",
    "table_labels",
    "version_labels",
]

ReportClass = type[ReportV2021] | type[ReportV2019]
_CLASSES: dict[FormatVersion, ReportClass] = {cls.format_version: cls for cls in (ReportV2021, ReportV2019)}


def _translation() -> dict[str, str]:
    table = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # full-width ASCII
    for (
        space
    ) in "\u3000\u00a0\u2002\u2003\u2009\u200a\u202f\u205f\u200b\u200c\u200d\u2060\ufeff\u00ad\r\t\x0b\x0c":
        table[space] = " "
    for quote in "\u201c\u201d\u201e\u201f\u2033":
        table[quote] = '"'
    for quote in "\u2018\u2019\u201a\u201b\u2032":
        table[quote] = "'"
    for dash in "\u2212\u2010\u2011":
        table[dash] = "-"
    table["\ufe59"] = "("
    table["\ufe5a"] = ")"
    return table


_TRANSLATION = _translation()
#: The characters :func:`normalize` changes. Replacing each found is faster than
#: :meth:`str.translate`, which looks up every character of the text.
_TRANSLATED = re.compile("[" + re.escape("".join(_TRANSLATION)) + "]")
_SPACE = re.compile(r"\s+")


def _translate(match: re.Match[str]) -> str:
    return _TRANSLATION[match.group()]


def normalize(text: str) -> str:
    """``text`` with full-width forms, odd spaces and curly quotes made plain, length unchanged.

    Example:
        >>> normalize("（三）不予公开　“三安全”")
        '(三)不予公开 "三安全"'
    """
    return _TRANSLATED.sub(_translate, text)


def compact(text: str) -> str:
    r"""``text`` normalised and without white space: the form labels are compared in.

    Example:
        >>> compact("社会\n公益 组织")
        '社会公益组织'
    """
    return _SPACE.sub("", normalize(text))


class Role(enum.Flag):
    """What a label can be in a table."""

    #: The label of a printed row (its last label).
    ROW = enum.auto()
    #: A label printed before a group of rows (a block caption, a group such as （三）不予公开).
    GROUP = enum.auto()
    #: A column header.
    COLUMN = enum.auto()
    #: A header of the whole table (信息内容, 申请人情况, the 勾稽 note).
    TABLE = enum.auto()


@attrs.frozen
class Entry:
    """One official label (or a variant of one) of a table.

    Attributes:
        label: The official label as the model declares it, for example ``（三）不予公开``.
        number: Its numbering, as declared (``（三）``), or ``""``.
        roles: What it can be in the table.
        rows: The rows it is the last label of, keyed by row key.
        variant: For a variant, the official label it stands for is :attr:`label`; this is
            the wording found instead.
        heading: The numbering read as a heading number.
    """

    label: str
    number: str
    roles: Role
    rows: tuple[RowSpec, ...] = ()
    variant: str | None = None
    heading: HeadingNumber | None = None


class LabelMatch(NamedTuple):
    """A label found in the text.

    Attributes:
        start: Where the label starts, its numbering included.
        end: Where it ends, a local note included.
        entries: The labels its wording can be (one, unless the wording is shared).
        number: The numbering found in front of it, as written, or ``""``.
        numbered_as_declared: Whether that numbering is the declared one.
    """

    start: int
    end: int
    entries: tuple[Entry, ...]
    number: str = ""
    numbered_as_declared: bool = True


def _split_number(label: str) -> tuple[HeadingNumber | None, str, str]:
    """Split a declared label into its heading number, its numbering as printed and its wording."""
    number, wording = split_heading(label)
    return number, normalize(label[: len(label) - len(wording)].strip()), normalize(wording)


def _number_pattern(number: HeadingNumber) -> str:
    """A pattern for a heading number as reports write it (一、 or 一.; （一）; 1. or 1、)."""
    if number.level == 1:
        return rf"{format_int(number.number)}\s*[、.]"
    if number.level == 2:
        return rf"\(\s*{format_int(number.number)}\s*\)"
    if number.level == 3:
        return rf"{number.number}\s*[.、]"
    return rf"\(\s*{number.number}\s*\)"


#: Numbering of any number, in front of a label: (一), 1. or 1、 not glued to digits, 一、.
_ANY_NUMBER = (
    r"\(\s*[一二三四五六七八九十]{1,3}\s*\)|(?<![0-9])[0-9]{1,2}\s*[.、]|[一二三四五六七八九十]{1,3}\s*[、.]"
)
#: A local note after a label: brackets that do not hold a mere number such as (一).
_NOTE = r"(\s*\((?!\s*[一二三四五六七八九十0-9]{1,3}\s*\))[^()]{1,60}\))?"
#: The characters a numbering ends with (after normalisation): 一、 1. (一).
_NUMBER_ENDS = frozenset("、.)")
#: The start of a numbered label.
_NUMBER_AHEAD = re.compile(
    r"\s*(?:\(\s*[一二三四五六七八九十]|[0-9]{1,2}\s*[.、]|[一二三四五六七八九十]{1,3}\s*[、.])"
)
#: Characters a label cannot touch on either side (it would be part of a longer word).
_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fffA-Za-z]")


def _spaced(text: str) -> str:
    return r"\s*".join(re.escape(char) for char in text)


def _core(wording: str) -> str:
    """The wording without the bracketed part it ends with, if any."""
    if wording.endswith(")") and "(" in wording:
        core = wording[: wording.index("(")]
        if len(core) >= 2:
            return core
    return wording


@attrs.frozen
class _Matcher:
    """A compiled alternation of wordings and the entries each alternative stands for.

    Each wording ends in ``(note)?()``: the empty group ``i`` marks the wording, ``groups[i]``
    the entries it names, and group ``i - 1`` is its local note.
    """

    pattern: re.Pattern[str]
    groups: dict[int, tuple[Entry, ...]]
    numbers: dict[str, re.Pattern[str]]
    prefixes: frozenset[str]

    def find(self, text: str, start: int, end: int) -> list[LabelMatch]:
        """The labels in ``text[start:end]`` that stand on their own, in order."""
        found: list[LabelMatch] = []
        previous_end = start
        pattern = self.pattern
        at = start
        while True:
            match = pattern.search(text, at, end)
            if match is None:
                return found
            group = match.lastindex or 0
            begin, finish = match.start(), match.end()
            note = match.start(group - 1)
            if note >= 0 and compact(text[note:finish])[:4] in self.prefixes:
                finish = note  # the brackets start another label: no local note
                while finish > begin and text[finish - 1].isspace():
                    finish -= 1
            at = finish
            entries = self.groups[group]
            number, declared = "", None
            if begin > previous_end:  # there is room for a numbering before it
                number, declared, begin = self._numbering(text, previous_end, begin, entries)
            if begin > previous_end and _WORD.match(text, begin - 1) and _WORD.match(text, begin):
                continue
            if (
                finish < end
                and _WORD.match(text, finish)
                and _WORD.match(text, finish - 1)
                and not pattern.match(text, finish, end)
                and not _NUMBER_AHEAD.match(text, finish, end)
            ):
                continue
            previous_end = finish
            if declared is not None:
                entries = tuple(entry for entry in entries if entry.number == declared)
            elif number:
                entries = tuple(entry for entry in entries if entry.number) or entries
            found.append(LabelMatch(begin, finish, entries, number, declared is not None or not number))

    def _numbering(
        self, text: str, start: int, begin: int, entries: tuple[Entry, ...]
    ) -> tuple[str, str | None, int]:
        """The numbering written just before ``begin``: as written, as declared, and where."""
        before = begin - 1
        while before >= start and text[before].isspace():
            before -= 1
        if before < start or text[before] not in _NUMBER_ENDS:
            return "", None, begin  # no numbering ends here
        window = max(start, begin - 12)
        for entry in entries:
            if entry.number:
                found = self.numbers[entry.number].search(text, window, begin)
                if found is not None:
                    return text[found.start() : begin].strip(), entry.number, found.start()
        found = self.numbers[""].search(text, window, begin)
        if found is not None:
            return text[found.start() : begin].strip(), None, found.start()
        return "", None, begin


class _Trie:
    """Wordings as a tree of characters, compiled into one regular expression.

    A single alternation of many wordings is slow: the regex engine tries every one at every
    position. Sharing their first characters makes the search as fast as the text allows.
    Each wording ends in ``(note)?()``: the empty group marks which wording matched.
    """

    def __init__(self, wordings: list[str]) -> None:
        self.root: dict[str, Any] = {}
        for index, wording in enumerate(wordings):
            node = self.root
            for char in wording:
                node = node.setdefault(char, {})
            node[""] = index
        self.groups = 0
        self.ends: dict[int, int] = {}  # the group that marks a wording's end -> its index

    def compile(self) -> str:
        return self._branches(self.root)

    def _branches(self, node: dict[str, Any]) -> str:
        branches = []
        for char in sorted(key for key in node if key):  # longer continuations before an end
            branches.append(re.escape(char) + self._rest(node[char]))
        if "" in node:
            self.groups += 2
            self.ends[self.groups] = node[""]
            branches.append(f"{_NOTE}()")
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    def _rest(self, node: dict[str, Any]) -> str:
        if len(node) == 1 and "" in node:
            return self._branches(node)
        return r"\s*" + self._branches(node)


def _matcher(entries: list[tuple[str, Entry]], prefixes: frozenset[str]) -> _Matcher:
    """Compile ``(wording, entry)`` pairs into one pattern that finds every wording."""
    by_wording: dict[str, list[Entry]] = {}
    for wording, entry in entries:
        by_wording.setdefault(compact(_core(wording)), []).append(entry)
    ordered = list(by_wording)
    trie = _Trie(ordered)
    pattern = trie.compile()
    numbers = {
        entry.number: re.compile(rf"(?:{_number_pattern(entry.heading)})\s*\Z")
        for _, entry in entries
        if entry.heading is not None
    }
    numbers[""] = re.compile(rf"(?:{_ANY_NUMBER})\s*\Z")
    groups = {group: tuple(by_wording[ordered[index]]) for group, index in trie.ends.items()}
    return _Matcher(re.compile(pattern), groups, numbers, prefixes)


def _other_class(cls: ReportClass) -> ReportClass:
    return ReportV2019 if cls is ReportV2021 else ReportV2021


def _printed(paths: list[tuple[str, ...]]) -> Counter[str]:
    """The headers printed above cells of label ``paths``: a header shared by neighbours once."""
    prefixes = dict.fromkeys(path[: depth + 1] for path in paths for depth in range(len(path)))
    return Counter(prefix[-1] for prefix in prefixes)


def _column_labels(rows: tuple[RowSpec, ...]) -> Counter[str]:
    """The column headers printed above ``rows``."""
    return _printed([cell.column for row in rows for cell in row.cells])


def _all_labels(rows: tuple[RowSpec, ...]) -> Counter[str]:
    """The headers printed above the cells of ``rows`` when all are printed as one row."""
    return _printed([cell.labels for row in rows for cell in row.cells])


@attrs.frozen
class TableLabels:
    """The labels of one table of one format version, and how to find them.

    Attributes:
        table: The table's attribute name (``table3``).
        rows: The printed rows, subtotal rows included, by key.
        headers: For each row key, the column headers that must be printed above it.
        one_row: The headers printed above the whole table when its cells are printed as one
            row (as table 四 is), each as often as it is printed.
        cells: The table's official cells, in order.
        prefixes: Every beginning of a label (compacted), to join labels broken apart.
        whole: Every label and wording (compacted), to the entries it names.
        sums: For each row key, and for :attr:`table` (the table printed as one row), each
            总计 cell that is the sum of the row's other cells: its index in the cells and
            theirs (as :mod:`~govinfo_report.build` computes it).
    """

    table: str
    rows: dict[str, RowSpec]
    headers: dict[str, Counter[str]]
    one_row: Counter[str]
    cells: tuple[CellSpec, ...]
    prefixes: frozenset[str]
    whole: dict[str, tuple[Entry, ...]]
    sums: dict[str, tuple[tuple[int, tuple[int, ...]], ...]]
    matcher: _Matcher

    def find(self, text: str, start: int, end: int) -> list[LabelMatch]:
        """The labels in ``text[start:end]`` (normalised text), in order."""
        return self.matcher.find(text, start, end)


def table_labels(cls: ReportClass, table: str) -> TableLabels:
    """The labels of ``table`` in the format of ``cls``, read from the model (built once)."""
    return _table_labels(cls.format_version, table)


@functools.cache
def _table_labels(version: FormatVersion, table: str) -> TableLabels:
    cls = _CLASSES[version]
    rows = table_rows(cls, table, subtotals=True)
    official = table_rows(cls, table)
    roles: dict[str, Role] = {}
    ends: dict[str, list[RowSpec]] = {}
    for row in rows:
        roles[row.labels[-1]] = roles.get(row.labels[-1], Role(0)) | Role.ROW
        ends.setdefault(row.labels[-1], []).append(row)
        for label in row.labels[:-1]:
            roles[label] = roles.get(label, Role(0)) | Role.GROUP
        for cell in row.cells:
            for label in cell.column:
                roles[label] = roles.get(label, Role(0)) | Role.COLUMN
    table_cls = table_class(cls, table)
    for name in ("row_header", "column_header", "note"):
        header = getattr(table_cls, name, None)
        if isinstance(header, str):
            roles[header] = roles.get(header, Role(0)) | Role.TABLE
    entries: list[tuple[str, Entry]] = []
    for label, role in roles.items():
        heading, number, wording = _split_number(label)
        entries.append((wording, Entry(label, number, role, tuple(ends.get(label, ())), heading=heading)))
    mine = {row.key: row for row in official}
    for row in table_rows(_other_class(cls), table):
        own = mine.get(row.key)
        if own is not None and own.labels[-1] != row.labels[-1]:
            heading, number, wording = _split_number(row.labels[-1])
            variant = Entry(own.labels[-1], number, Role.ROW, (own,), variant=row.labels[-1], heading=heading)
            entries.append((wording, variant))
    whole: dict[str, list[Entry]] = {}
    prefixes: set[str] = set()
    for wording, entry in entries:
        for form in {compact(wording), compact(entry.number + wording), compact(_core(wording))}:
            whole.setdefault(form, []).append(entry)
            prefixes.update(form[:length] for length in range(1, len(form)))
    cells = tuple(cell for row in official for cell in row.cells)
    sums = {row.key: _row_sums(row.cells) for row in rows}
    sums[table] = _row_sums(cells)
    return TableLabels(
        table,
        {row.key: row for row in rows},
        {row.key: _column_labels((row,)) for row in rows},
        _all_labels(official),
        cells,
        frozenset(prefixes),
        {form: tuple(dict.fromkeys(found)) for form, found in whole.items()},
        sums,
        _matcher(entries, frozenset(prefixes) | frozenset(whole)),
    )


def _row_sums(cells: tuple[CellSpec, ...]) -> tuple[tuple[int, tuple[int, ...]], ...]:
    """Each row's 总计 is the sum of the row's other cells (as :mod:`build` computes it)."""
    by_row: dict[str, list[int]] = {}
    for index, spec in enumerate(cells):
        by_row.setdefault(spec.key.rpartition(".")[0], []).append(index)
    sums = []
    for indices in by_row.values():
        totals = [i for i in indices if cells[i].key.endswith(".total")]
        if len(totals) == 1 and len(indices) > 1:
            sums.append((totals[0], tuple(i for i in indices if i != totals[0])))
    return tuple(sums)


@functools.cache
def version_labels() -> tuple[re.Pattern[str], dict[str, Any]]:
    """A pattern for the labels that only one format version has, and the version of each.

    Both versions' distinct labels are in one alternation, longest first, so that
    ``行政规范性文件`` (2021) is never read as ``规范性文件`` (2019).
    """
    labels: dict[ReportClass, set[str]] = {}
    for cls in (ReportV2021, ReportV2019):
        labels[cls] = {
            label for table in ("table2", "table3") for row in table_rows(cls, table) for label in row.labels
        } | {
            label
            for table in ("table2", "table3")
            for row in table_rows(cls, table)
            for cell in row.cells
            for label in cell.column
        }
    owner: dict[str, Any] = {}
    for cls in (ReportV2021, ReportV2019):
        for label in labels[cls] - labels[_other_class(cls)]:
            owner[compact(label)] = cls
    ordered = sorted(owner, key=lambda label: (-len(label), label))
    return re.compile("|".join(_spaced(label) for label in ordered)), owner


@attrs.frozen
class SectionTitles:
    """A pattern that finds the six section titles, and the section each alternative names."""

    pattern: re.Pattern[str]
    names: tuple[str, ...]
    numbers: tuple[str, ...]


@functools.cache
def section_titles() -> SectionTitles:
    """The six section titles (any top-level numbering before them) and their known variants."""
    alternatives: list[tuple[str, str]] = []
    for info in section_info():
        official = normalize(info.label.text)
        wordings = [
            official,
            *(prefix + official for prefix in _variants.SECTION_PREFIXES.get(info.name, ())),
        ]
        wordings += list(_variants.SECTION_TITLES.get(info.name, ()))
        alternatives += [(info.name, wording) for wording in wordings]
    alternatives.sort(key=lambda pair: -len(pair[1]))
    titles = "|".join(f"({_spaced(wording)})" for _, wording in alternatives)
    # One or two numerals not preceded by another; the pattern starts with a numeral so that
    # the search skips quickly to the next one.
    numeral = "[一二三四五六七八九十]"
    pattern = rf"{numeral}(?<!{numeral}{{2}}){numeral}?\s*[、.]\s*(?:{titles})"
    numbers = {info.name: info.label.number for info in section_info()}
    return SectionTitles(
        re.compile(pattern),
        ("", *(name for name, _ in alternatives)),
        ("", *(numbers[name] for name, _ in alternatives)),
    )
