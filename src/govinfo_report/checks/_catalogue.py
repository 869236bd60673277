"""The rule catalogue: every rule, in the order the checker runs them, and choosing among them."""

from __future__ import annotations

from collections.abc import Iterable

from govinfo_report.checks import _aggregate, _blanks, _fees, _meta, _narrative, _tables, _years
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
    *_narrative.RULES,
    *_aggregate.RULES,
    *_blanks.RULES,
)

_NAMES = frozenset(rule.code for rule in RULES) | frozenset(rule.group for rule in RULES)

#: What a check may be given besides the report, in every combination.
_GIVEN: tuple[frozenset[str], ...] = (
    frozenset(),
    frozenset({"previous"}),
    frozenset({"parts"}),
    frozenset({"previous", "parts"}),
)

#: The rules that can run on a report of each format version, given what else was given.
_EVERY = {
    (version, given): tuple(
        rule for rule in RULES if version in rule.versions and (rule.needs is None or rule.needs in given)
    )
    for version in FormatVersion
    for given in _GIVEN
}


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
    given: frozenset[str],
    select: Iterable[str] | str | None,
    ignore: Iterable[str] | str | None,
    min_severity: Severity,
) -> tuple[Rule, ...]:
    """The rules to run on a report of ``version``, in catalogue order.

    ``given`` says what else the check has (``"previous"``, ``"parts"``): a rule that needs
    something else does not run. ``select`` and ``ignore`` hold rule codes (``T3-01``) or groups
    (``T3``), in any case. A companion rule runs whenever it is not ignored; rules below
    ``min_severity`` do not run.

    Raises:
        CheckError: When a code or group names no rule.
    """
    chosen, dropped = _patterns(select, "select"), _patterns(ignore, "ignore")
    if chosen is None and dropped is None and min_severity is Severity.INFO:
        return _EVERY[version, given]
    return tuple(
        rule
        for rule in _EVERY[version, given]
        if (chosen is None or rule.companion or _matches(rule, chosen))
        and (dropped is None or not _matches(rule, dropped))
        and rule.severity.rank >= min_severity.rank
    )
