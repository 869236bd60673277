"""The checker: every rule of the format, declared once, with findings that point at the cells.

:func:`check` runs the rule catalogue :data:`RULES` on a report and returns a
:class:`CheckResult`: the findings, each with its rule code, severity, a message in Chinese and
English, the key paths and label paths of the cells that took part and, for arithmetic rules,
the expected value, the actual value and the difference.

Example:
    >>> from govinfo_report.checks import check
    >>> from govinfo_report.examples import load_example
    >>> result = check(load_example())
    >>> result.ok, result.counts[Severity.WARNING]
    (True, 0)
    >>> [rule.code for rule in RULES][:5]
    ['T3-01', 'T3-02', 'T3-03', 'T3-04', 'T4-01']
"""

from __future__ import annotations

from govinfo_report.checks._catalogue import RULES
from govinfo_report.checks._engine import check, check_aggregate, check_series
from govinfo_report.checks._findings import CellRef, CheckResult, Finding, Severity
from govinfo_report.checks._meta import legal_deadline
from govinfo_report.checks._rule import Blanks, Rule

__all__ = [
    "RULES",
    "Blanks",
    "CellRef",
    "CheckResult",
    "Finding",
    "Rule",
    "Severity",
    "check",
    "check_aggregate",
    "check_series",
    "legal_deadline",
]
