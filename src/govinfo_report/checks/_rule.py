"""How a rule is declared, and the context a rule's function works in."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Literal, cast

import attrs

from govinfo_report.checks._findings import CellRef, Finding, Number, Severity, language, number
from govinfo_report.checks._plan import Plan, Values, plan_for
from govinfo_report.model import CellValue, FormatVersion, Metadata, Report

__all__ = [
    "BOTH",
    "OWN",
    "V2019",
    "V2021",
    "Blanks",
    "Context",
    "Deadline",
    "Numbers",
    "Rule",
    "describe",
    "shown",
]

#: The ``report`` of a :class:`CellRef` to a cell of the checked report itself.
OWN = ""

#: Values ready for arithmetic: no blank among them.
Numbers = tuple[Number, ...]

#: A publication deadline: a date, or a function of the report's metadata that gives one.
Deadline = date | Callable[[Metadata], date]


class Blanks(enum.Enum):
    """How blank cells take part in the arithmetic rules.

    Example:
        >>> Blanks("strict") is Blanks.STRICT
        True
    """

    #: A blank counts as 0; one info finding (``BLANK-01``) lists the blanks that were counted.
    ZERO = "zero"
    #: A rule that needs a blank cell is not assessed; a warning (``BLANK-02``) says which.
    STRICT = "strict"


def describe(report: Report) -> str:
    """How findings name a report other than the checked one: its agency and year.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> describe(ReportV2021(Metadata("某局", 2022)))
        '某局 2022'
    """
    return f"{report.metadata.agency} {report.metadata.year}"


def shown(value: CellValue, lang: str) -> str:
    """A cell's value as the messages write it: its figure, or that it is blank.

    Example:
        >>> shown(None, "zh"), shown(None, "en"), shown(3, "en")
        ('空白', 'blank', '3')
    """
    if value is None:
        return "空白" if lang == "zh" else "blank"
    return number(value)


class Context:
    """What a rule's function sees: the report, its neighbours, the options and the plan.

    The engine makes one context per report and runs the rules in it one after the other;
    :attr:`rule` is the rule running. Rules read values from :attr:`values` (and
    :attr:`previous_values`, :attr:`parts_values`), pass the values an arithmetic rule needs
    through :meth:`numbers`, and make findings with :meth:`finding`.

    Attributes:
        report: The report being checked.
        plan: The layout of its format version.
        values: Its values, row by row (see :meth:`Plan.snapshot`).
        previous: The same agency's report of the year before, if given.
        previous_values: The previous report's values, if given.
        parts: The reports an aggregate sums, if given (``None`` outside
            :func:`~govinfo_report.checks.check_aggregate`).
        parts_values: The parts' values, in the same order.
        blanks: How blanks take part in arithmetic.
        deadline: A publication deadline that replaces the legal one, if given.
        rule: The rule running.
        counted: The blank cells counted as 0 so far (``Blanks.ZERO``).
        unassessed: The rules not assessed for a blank, with the blank cells
            (``Blanks.STRICT``).
    """

    __slots__ = (
        "blanks",
        "counted",
        "deadline",
        "parts",
        "parts_values",
        "plan",
        "previous",
        "previous_values",
        "report",
        "rule",
        "unassessed",
        "values",
    )

    def __init__(
        self,
        report: Report,
        *,
        previous: Report | None,
        parts: Sequence[Report] | None,
        blanks: Blanks,
        deadline: Deadline | None,
    ) -> None:
        self.report = report
        self.plan: Plan = plan_for(type(report))
        self.values = self.plan.snapshot(report)
        self.previous = previous
        self.previous_values = None if previous is None else plan_for(type(previous)).snapshot(previous)
        self.parts = None if parts is None else tuple(parts)
        self.parts_values = None if parts is None else [self.plan.snapshot(part) for part in parts]
        self.blanks = blanks
        self.deadline = deadline
        self.rule: Rule | None = None
        self.counted: dict[CellRef, None] = {}
        self.unassessed: list[tuple[Rule, tuple[CellRef, ...]]] = []

    @property
    def version(self) -> FormatVersion:
        """The checked report's format version."""
        return self.report.format_version

    def numbers(self, found: Values, cells: Iterable[str | CellRef]) -> Numbers | None:
        """``found`` ready for arithmetic, following the blanks policy.

        Args:
            found: Values a rule needs, maybe with blanks.
            cells: The cell of each value: a key path of the checked report, or a
                :class:`CellRef` to another report's. Read only when a value is blank, so a
                generator costs nothing when all are filled.

        Returns:
            ``found`` itself when no value is blank. Otherwise, with :attr:`Blanks.ZERO`, the
            values with each blank as 0 (the blanks are recorded for ``BLANK-01``); with
            :attr:`Blanks.STRICT`, ``None``: the rule is not assessed here (recorded for
            ``BLANK-02``).
        """
        if None not in found:
            return cast(Numbers, found)
        blank = tuple(
            CellRef(OWN, cell) if isinstance(cell, str) else cell
            for cell, value in zip(cells, found, strict=True)
            if value is None
        )
        if self.blanks is Blanks.STRICT:
            assert self.rule is not None
            self.unassessed.append((self.rule, blank))
            return None
        self.counted.update(dict.fromkeys(blank))
        return tuple(0 if value is None else value for value in found)

    def sum_mismatch(self, found: Values, cells: Iterable[str | CellRef]) -> tuple[Number, Number] | None:
        """``(actual, expected)`` when the first of ``found`` is not the sum of the others.

        ``None`` when it is, or when the blanks policy makes the sum not assessable (see
        :meth:`numbers`, which ``cells`` are for).
        """
        operands = self.numbers(found, cells)
        if operands is None:
            return None
        actual, *summed = operands
        expected: Number = sum(summed)
        return None if expected == actual else (actual, expected)

    def finding(
        self,
        message_zh: str,
        message_en: str,
        cells: Iterable[str] = (),
        *,
        expected: Number | None = None,
        actual: Number | None = None,
        related: Iterable[CellRef] = (),
    ) -> Finding:
        """A finding of the running rule, with the label path of each of ``cells``."""
        assert self.rule is not None
        cells = tuple(cells)
        labels = self.plan.labels
        return Finding(
            code=self.rule.code,
            severity=self.rule.severity,
            message_zh=message_zh,
            message_en=message_en,
            cells=cells,
            labels=tuple(labels.get(cell, ()) for cell in cells),
            expected=expected,
            actual=actual,
            related=tuple(related),
        )


#: Rules for both format versions, and for one.
BOTH = frozenset(FormatVersion)
V2021 = frozenset({FormatVersion.V2021})
V2019 = frozenset({FormatVersion.V2019})


@attrs.frozen
class Rule:
    """One rule of the catalogue, declared once.

    Attributes:
        code: The stable code, grouped by table or theme (``T3-01``, ``YEAR-01`` …).
        severity: The severity of its findings.
        versions: The format versions it applies to.
        title_zh: A one-line title in Chinese.
        title_en: A one-line title in English.
        explanation: What the rule checks and why, in a few sentences.
        evaluate: The function that finds what breaks the rule in a :class:`Context`.
        needs: What the rule compares the report with, if anything: ``"previous"`` (the
            report of the year before) or ``"parts"`` (the reports an aggregate sums). It
            runs only when that is given.
        companion: Whether the rule reports on the rules that ran before it (the blank-cell
            rules): it runs whenever they run, even when ``select`` does not name it.

    Example:
        >>> from govinfo_report.checks import RULES
        >>> rule = next(rule for rule in RULES if rule.code == "T4-01")
        >>> rule.severity.value, rule.title("en")
        ('error', 'Table 四: each 总计 equals the sum of the four outcomes')
    """

    code: str
    severity: Severity
    versions: frozenset[FormatVersion]
    title_zh: str
    title_en: str
    explanation: str
    evaluate: Callable[[Context], Iterable[Finding]] = attrs.field(eq=False, repr=False)
    needs: Literal["previous", "parts"] | None = None
    companion: bool = False

    def title(self, lang: str = "zh") -> str:
        """The title in ``lang`` (``zh`` or ``en``)."""
        return self.title_zh if language(lang) == "zh" else self.title_en

    @property
    def group(self) -> str:
        """The table or theme of the rule: its code up to the ``-`` (``T3`` for ``T3-02``)."""
        return self.code.partition("-")[0]
