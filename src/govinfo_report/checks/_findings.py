"""What the checker reports: severities, findings and the result of checking one report."""

from __future__ import annotations

import enum
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple

import attrs

from govinfo_report.errors import CheckError
from govinfo_report.model import FormatVersion

__all__ = [
    "LANGUAGES",
    "CellRef",
    "CheckResult",
    "Finding",
    "Number",
    "Severity",
    "language",
    "number",
    "signed",
]

#: A figure a finding states: a count (``int``) or an amount (``Decimal``).
Number = int | Decimal

#: The languages findings and results are written in.
LANGUAGES = ("zh", "en")


def language(lang: str) -> str:
    """Return ``lang`` if findings can be written in it.

    Raises:
        CheckError: For any other language.
    """
    if lang not in LANGUAGES:
        raise CheckError(f"unknown language {lang!r}; use one of: {', '.join(LANGUAGES)}")
    return lang


class Severity(enum.Enum):
    """How serious a finding is.

    Severities are ordered: ``Severity.INFO < Severity.WARNING < Severity.ERROR``.

    Example:
        >>> Severity("warning") < Severity.ERROR
        True
        >>> Severity.ERROR.label("zh")
        '错误'
    """

    #: The report breaks a rule of the format itself (its arithmetic, or a cell's value).
    ERROR = "error"
    #: Something is implausible, inconsistent with other reports, or against practice.
    WARNING = "warning"
    #: Something the reader should know about how the report was checked.
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def label(self, lang: str = "zh") -> str:
        """The severity's name in ``lang`` (``zh`` or ``en``)."""
        return _SEVERITY_LABELS[language(lang)][self.rank]


_RANKS = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
_SEVERITY_LABELS = {"zh": ("提示", "警告", "错误"), "en": ("info", "warning", "error")}


class CellRef(NamedTuple):
    """A cell of another report that took part in a finding (the previous year's, or a part's).

    Attributes:
        report: Which report: its agency and year, e.g. ``平房区区域合作局 2022``.
        key: The key path of the cell in that report.

    Example:
        >>> CellRef("某局 2022", "table3.carried_forward.total").key
        'table3.carried_forward.total'
    """

    report: str
    key: str


def _plain(value: Number | None) -> int | str | None:
    """A figure for JSON: counts as numbers, amounts as exact decimal strings."""
    if isinstance(value, Decimal):
        return format(value, "f")
    return value


def number(value: Number) -> str:
    """A figure as the messages write it, without exponent (``Decimal("1E+2")`` is ``100``)."""
    return format(value, "f") if isinstance(value, Decimal) else str(value)


@attrs.frozen
class Finding:
    """One thing the checker found in a report.

    Attributes:
        code: The code of the rule that found it (``T3-02``).
        severity: How serious it is.
        message_zh: What is wrong, in Chinese.
        message_en: What is wrong, in English.
        cells: The key paths of every cell of the checked report that took part, e.g.
            ``table3.results.total.natural_person``. Findings about the text or the metadata
            name the field instead (``sections.problems``, ``metadata.period``).
        labels: The Chinese label path of each of ``cells``, in the same order (empty for a
            metadata field).
        expected: For an arithmetic rule, the value the rule expects.
        actual: For an arithmetic rule, the value the report has.
        related: Cells of other reports that took part (the previous year's report, the parts
            of an aggregate).

    Example:
        >>> finding = Finding("T4-01", Severity.ERROR, "…", "…", expected=3, actual=2)
        >>> finding.difference
        -1
    """

    code: str
    severity: Severity
    message_zh: str
    message_en: str
    cells: tuple[str, ...] = ()
    labels: tuple[tuple[str, ...], ...] = ()
    expected: Number | None = None
    actual: Number | None = None
    related: tuple[CellRef, ...] = ()

    @property
    def difference(self) -> Number | None:
        """``actual - expected`` when the finding has both, else ``None``."""
        if self.expected is None or self.actual is None:
            return None
        return self.actual - self.expected

    @property
    def message(self) -> str:
        """The message in Chinese (what the renderers show beside the cells it names)."""
        return self.message_zh

    def text(self, lang: str = "zh") -> str:
        """The message in ``lang`` (``zh`` or ``en``)."""
        return self.message_zh if language(lang) == "zh" else self.message_en

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """The finding as a JSON-ready dict, its message in ``lang``.

        Counts are numbers and amounts decimal strings; ``expected``, ``actual`` and
        ``difference`` are ``None`` for a rule that is not arithmetic.

        Example:
            >>> Finding("SEC-02", Severity.WARNING, "五为空", "五 is empty").to_dict("en")["message"]
            '五 is empty'
        """
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.text(lang),
            "cells": list(self.cells),
            "labels": [list(path) for path in self.labels],
            "expected": _plain(self.expected),
            "actual": _plain(self.actual),
            "difference": _plain(self.difference),
            "related": [{"report": ref.report, "cell": ref.key} for ref in self.related],
        }


def _count(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def signed(value: Number) -> str:
    """A difference as the messages write it, with its sign (``+2``, ``-1``)."""
    text = number(value)
    return text if text.startswith("-") else "+" + text


#: How many cells the text form lists for one finding (the dict form lists all).
TEXT_CELLS = 6


@attrs.frozen
class CheckResult:
    """What checking one report found.

    Attributes:
        agency: The agency of the checked report.
        year: Its report year.
        format_version: Its format version.
        title: Its title, as printed (or ``None``).
        findings: The findings, rule by rule in catalogue order.
        rules: The codes of the rules that ran.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> from govinfo_report.checks import check
        >>> result = check(load_example())
        >>> result.ok, result.counts[Severity.ERROR]
        (True, 0)
    """

    agency: str
    year: int
    format_version: FormatVersion
    title: str | None
    findings: tuple[Finding, ...]
    rules: tuple[str, ...]

    @property
    def counts(self) -> Mapping[Severity, int]:
        """The number of findings of each severity (every severity is a key)."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    @property
    def ok(self) -> bool:
        """Whether no finding is an error."""
        return all(finding.severity is not Severity.ERROR for finding in self.findings)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """The result as a JSON-ready dict, the messages in ``lang``."""
        return {
            "agency": self.agency,
            "year": self.year,
            "format_version": self.format_version.value,
            "title": self.title,
            "ok": self.ok,
            "counts": {severity.value: count for severity, count in self.counts.items()},
            "rules": list(self.rules),
            "findings": [finding.to_dict(lang) for finding in self.findings],
        }

    def to_json(self, lang: str = "zh", *, indent: int | None = 2) -> str:
        """The result as JSON text (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(lang), ensure_ascii=False, indent=indent)

    def text(self, lang: str = "zh") -> str:
        """A readable account of the result in ``lang`` (``zh`` or ``en``).

        Example:
            >>> from govinfo_report.examples import load_example
            >>> from govinfo_report.checks import check
            >>> from govinfo_report.model import replace_cells
            >>> report = replace_cells(load_example(), {"table4.review.upheld": 1})
            >>> print(check(report, select="T4").text("en"))  # doctest: +ELLIPSIS
            平房区区域合作局2023年政府信息公开工作年度报告
              format: 2021 (国办公开办函〔2021〕30号)
              result: errors found (1 error, 0 warnings, 0 notes)
              [error] T4-01 table4.review: 总计 is 0, but the other columns sum to 1 (difference -1)
                  cells: table4.review.total, table4.review.upheld, ..., table4.review.pending
        """
        zh = language(lang) == "zh"
        counts = self.counts
        errors, warnings, notes = (counts[s] for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        version, document = self.format_version.value, self.format_version.document
        if zh:
            verdict = "通过，无错误" if self.ok else "未通过"
            lines = [
                self.title or f"{self.agency} {self.year}年",
                f"  格式：{version}（{document}）",
                f"  结果：{verdict}（错误 {errors} 条，警告 {warnings} 条，提示 {notes} 条）",
            ]
        else:
            verdict = "no errors" if self.ok else "errors found"
            lines = [
                self.title or f"{self.agency} {self.year}",
                f"  format: {version} ({document})",
                f"  result: {verdict} ({_count(errors, 'error')}, {_count(warnings, 'warning')},"
                f" {_count(notes, 'note')})",
            ]
        for finding in self.findings:
            lines.append(f"  [{finding.severity.label(lang)}] {finding.code} {finding.text(lang)}")
            if finding.cells:
                shown = ", ".join(finding.cells[:TEXT_CELLS])
                rest = len(finding.cells) - TEXT_CELLS
                if rest > 0:
                    shown += f" …（另 {rest} 个）" if zh else f" … ({rest} more)"
                lines.append(f"      {'单元格：' if zh else 'cells: '}{shown}")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text("zh")
