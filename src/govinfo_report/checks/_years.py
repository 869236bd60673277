"""Cross-year rules: a report against the same agency's report of the year before."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from govinfo_report.checks._findings import CellRef, Finding, Severity, number, signed
from govinfo_report.checks._plan import CARRIED_FORWARD, CARRIED_OVER, Row, Values, plan_for
from govinfo_report.checks._rule import BOTH, V2019, V2021, Context, Rule, describe, shown
from govinfo_report.model import FormatVersion, ReportV2019, ReportV2021

__all__ = ["RULES"]


def _compare(
    ctx: Context,
    found: Values,
    refs: Sequence[str | CellRef],
    signs: tuple[int, ...],
    message_zh: str,
    message_en: str,
) -> Iterator[Finding]:
    """Compare this year's cell ``found[-1]`` with ``found[0] + Σ signs[i]·found[i + 1]``.

    ``refs`` names each value's cell: a key path of this report, or a cell of the previous one.
    The messages are format strings: ``{0}``, ``{1}`` … are the operands, ``{expected}``,
    ``{actual}`` and ``{diff}`` the result.
    """
    operands = ctx.numbers(found, refs)
    if operands is None:
        return
    start, *terms, actual = operands
    expected = start + sum(sign * term for sign, term in zip(signs, terms, strict=True))
    if expected == actual:
        return
    result = {"expected": number(expected), "diff": signed(actual - expected)}
    zh = [shown(value, "zh") for value in found]
    en = [shown(value, "en") for value in found]
    yield ctx.finding(
        message_zh.format(*zh, actual=zh[-1], **result),
        message_en.format(*en, actual=en[-1], **result),
        [ref for ref in refs if isinstance(ref, str)],
        expected=expected,
        actual=actual,
        related=[ref for ref in refs if isinstance(ref, CellRef)],
    )


def _carry_over(ctx: Context) -> Iterator[Finding]:
    previous, before = ctx.previous, ctx.previous_values
    if previous is None or before is None:
        return
    mine = ctx.plan.row(CARRIED_OVER)
    theirs = plan_for(type(previous)).row(CARRIED_FORWARD)
    other = describe(previous)
    year = previous.metadata.year
    for index, found in enumerate(zip(before[theirs.key], ctx.values[mine.key], strict=True)):
        column = mine.columns[index][-1]
        yield from _compare(
            ctx,
            found,
            (CellRef(other, theirs.cells[index]), mine.cells[index]),
            (),
            f"「{column}」列：「{mine.label}」为 {{actual}}，而 {year} 年报告的「{theirs.label}」为"
            " {expected}（差 {diff}）",
            f"column {column}: {mine.key} is {{actual}}, but {theirs.key} in the {year} report is"
            " {expected} (difference {diff})",
        )


def _rows_with(report_cls: type, name: str) -> tuple[Row, ...]:
    return tuple(row for row in plan_for(report_cls).rows if name in row.names)


#: 2021 table 二 rows with a stock of documents in force; 2019 rows with items last year.
_IN_FORCE_ROWS = _rows_with(ReportV2021, "in_force")
_ITEMS_ROWS = _rows_with(ReportV2019, "items_last_year")


def _labels(row: Row, *names: str) -> tuple[str, ...]:
    return tuple(row.columns[row.position(name)][-1] for name in names)


_IN_FORCE, _ISSUED, _REPEALED = _labels(_IN_FORCE_ROWS[0], "in_force", "issued", "repealed")
_ITEMS, _CHANGE = _labels(_ITEMS_ROWS[0], "items_last_year", "items_change")


def _in_force(ctx: Context) -> Iterator[Finding]:
    previous, before = ctx.previous, ctx.previous_values
    if previous is None or before is None or previous.format_version is not FormatVersion.V2021:
        return
    other = describe(previous)
    year = previous.metadata.year
    for row in _IN_FORCE_ROWS:
        issued, repealed, in_force = (row.position(name) for name in ("issued", "repealed", "in_force"))
        mine = ctx.values[row.key]
        yield from _compare(
            ctx,
            (before[row.key][in_force], mine[issued], mine[repealed], mine[in_force]),
            (
                CellRef(other, row.cells[in_force]),
                *(row.cells[i] for i in (issued, repealed, in_force)),
            ),
            (1, -1),
            f"「{row.label}」：{_IN_FORCE}为 {{actual}}，而 {year} 年报告的{_IN_FORCE} {{0}} 加"
            f"{_ISSUED} {{1}} 减{_REPEALED} {{2}} 为 {{expected}}（差 {{diff}}）",
            f"{row.key}: in_force is {{actual}}, but in_force {{0}} in the {year} report + issued {{1}}"
            " - repealed {2} = {expected} (difference {diff})",
        )


def _items(ctx: Context) -> Iterator[Finding]:
    previous, before = ctx.previous, ctx.previous_values
    if previous is None or before is None or previous.format_version is not FormatVersion.V2019:
        return
    other = describe(previous)
    year = previous.metadata.year
    for row in _ITEMS_ROWS:
        last, change = row.position("items_last_year"), row.position("items_change")
        yield from _compare(
            ctx,
            (before[row.key][last], before[row.key][change], ctx.values[row.key][last]),
            (
                CellRef(other, row.cells[last]),
                CellRef(other, row.cells[change]),
                row.cells[last],
            ),
            (1,),
            f"「{row.label}」：{_ITEMS}为 {{actual}}，而 {year} 年报告的{_ITEMS} {{0}} 加{_CHANGE} {{1}}"
            " 为 {expected}（差 {diff}）",
            f"{row.key}: items_last_year is {{actual}}, but the {year} report's items_last_year {{0}}"
            " + items_change {1} = {expected} (difference {diff})",
        )


_OVER = plan_for(ReportV2021).row(CARRIED_OVER).label
_FORWARD = plan_for(ReportV2021).row(CARRIED_FORWARD).label

RULES = (
    Rule(
        "YEAR-01",
        Severity.WARNING,
        BOTH,
        f"表三各列：「{_OVER}」等于上年报告的「{_FORWARD}」",
        "Table 三, each column: 二 (carried over) equals last year's 四 (carried forward)",
        "Given the same agency's report of the year before, in each of the seven columns this "
        "year's 二 equals last year's 四. Expected is last year's figure.",
        _carry_over,
        needs="previous",
    ),
    Rule(
        "YEAR-02",
        Severity.WARNING,
        V2021,
        f"表二：{_IN_FORCE}等于上年{_IN_FORCE}加{_ISSUED}减{_REPEALED}",
        "Table 二: documents in force equal last year's, plus issued, minus repealed",
        "Given a 2021-format report of the year before, for rules and normative documents: in "
        "force (this year) = in force (last year) + issued − repealed. Revisions and transfers "
        "can break this, so it is a warning.",
        _in_force,
        needs="previous",
    ),
    Rule(
        "YEAR-03",
        Severity.WARNING,
        V2019,
        f"表二：{_ITEMS}等于上年报告的{_ITEMS}加{_CHANGE}",
        "Table 二 (2019): items last year equal last year's report's items plus its change",
        "Given a 2019-format report of the year before, for each row with a count of items: this "
        "year's items last year = last year's items last year + last year's change.",
        _items,
        needs="previous",
    ),
)
