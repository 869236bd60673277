"""The rule catalogue: every rule, in the order the checker runs them, and choosing among them."""

from __future__ import annotations

from collections.abc import Iterable

from govinfo_report.checks import _aggregate, _blanks, _fees, _meta, _tables, _years
from govinfo_report.checks._findings import Severity
from govinfo_report.checks._rule import Rule
from govinfo_report.errors import CheckError
from govinfo_report.model import FormatVersion

__all__ = ["RULES", "choose_rules"]

#: Every rule, declared once in the module of its table or theme. The blank-cell rules come
#: last: they report on the rules that ran before them.
RULES: tuple[Rule, ...] = (
    *_tables.RULES,
    *_years.RULES,
    *_meta.RULES,
    *_fees.RULES,
    *_aggregate.RULES,
    *_blanks.RULES,
)

_NAMES = frozenset(rule.code for rule in RULES) | frozenset(rule.group for rule in RULES)

#: The rules that run for each format version when nothing is selected or ignored.
_EVERY = {version: tuple(rule for rule in RULES if version in rule.versions) for version in FormatVersion}


def _patterns(codes: Iterable[str] | str | None, option: str) -> frozenset[str] | None:
    if codes is None:
        return None
    if isinstance(codes, str):
        codes = [codes]
    patterns = frozenset(code.strip().upper() for code in codes)
    unknown = sorted(patterns - _NAMES)
    if unknown:
        raise CheckError(
            f"{option}: no rule has the code or group {', '.join(map(repr, unknown))}; the codes are"
            f" {', '.join(rule.code for rule in RULES)}"
        )
    return patterns


def _matches(rule: Rule, patterns: frozenset[str]) -> bool:
    return rule.code in patterns or rule.group in patterns


def choose_rules(
    version: FormatVersion,
    select: Iterable[str] | str | None,
    ignore: Iterable[str] | str | None,
    min_severity: Severity,
) -> tuple[Rule, ...]:
    """The rules to run on a report of ``version``, in catalogue order.

    ``select`` and ``ignore`` hold rule codes (``T3-01``) or groups (``T3``), in any case. A
    companion rule runs whenever it is not ignored; rules below ``min_severity`` do not run.

    Raises:
        CheckError: When a code or group names no rule.
    """
    chosen, dropped = _patterns(select, "select"), _patterns(ignore, "ignore")
    if chosen is None and dropped is None and min_severity is Severity.INFO:
        return _EVERY[version]
    return tuple(
        rule
        for rule in _EVERY[version]
        if (chosen is None or rule.companion or _matches(rule, chosen))
        and (dropped is None or not _matches(rule, dropped))
        and rule.severity.rank >= min_severity.rank
    )
