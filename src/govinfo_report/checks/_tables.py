"""The rules of the format itself (SPEC A.8 R1–R5): the arithmetic of tables 三 and 四, and cell values."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain
from typing import cast

from govinfo_report.checks._findings import Finding, Severity, number, signed
from govinfo_report.checks._plan import (
    CARRIED_FORWARD,
    CARRIED_OVER,
    RECEIVED,
    RESULTS_TOTAL,
    Group,
    Row,
    Values,
    plan_for,
)
from govinfo_report.checks._rule import BOTH, Context, Numbers, Rule, shown
from govinfo_report.model import ReportV2021, table_class
from govinfo_report.model._cells import cell_problem

__all__ = ["RULES"]

_LAYOUT = plan_for(ReportV2021)  # the labels both versions share are read from here
_TOTAL = _LAYOUT.row(RECEIVED).columns[-1][-1]
_RESULTS_TOTAL = _LAYOUT.row(RESULTS_TOTAL).labels[-1]
_APPLICANTS = table_class(ReportV2021, "table3").column_header


def _column(row: Row, index: int) -> str:
    return row.columns[index][-1]


def _row_name(row: Row, lang: str) -> str:
    if not row.subtotal:
        return row.label
    return f"{row.label}（小计）" if lang == "zh" else f"{row.label} (subtotal)"


def _blank_row(row: Row) -> Values:
    return (None,) * len(row.cells)


def _in_use(values: dict[str, Values], rows: Iterable[Row]) -> bool:
    """Whether any cell of ``rows`` is filled."""
    return any(values[row.key] != _blank_row(row) for row in rows)


def _counted(group: Group, values: dict[str, Values]) -> tuple[Row, ...]:
    """The rows of a group that count towards （七）总计.

    The group's own rows, unless they are all blank and the report holds the group's subtotal
    row (a 2021 report that prints （六） as one row): then the subtotal row.
    """
    subtotal = group.subtotal
    if subtotal is not None and subtotal.key in values and not _in_use(values, group.rows):
        return (subtotal,)
    return group.rows


def _row_totals(ctx: Context, rows: Iterable[Row]) -> Iterator[Finding]:
    """Each row's total equals the sum of its other cells."""
    values = ctx.values
    for row in rows:
        found = values.get(row.key)
        if found is None:
            continue
        operands = cast(Numbers, found) if None not in found else ctx.numbers(found, row.cells)
        if operands is None:
            continue
        expected = sum(operands[:-1])
        actual = operands[-1]
        if expected == actual:
            continue
        diff = signed(actual - expected)
        parts = "、".join(column[-1] for column in row.columns[:-1])
        total = _column(row, -1)
        yield ctx.finding(
            f"「{_row_name(row, 'zh')}」：{total}为 {shown(found[-1], 'zh')}，而{parts}之和为"
            f" {number(expected)}（差 {diff}）",
            f"{row.key}: {total} is {shown(found[-1], 'en')}, but the other columns sum to {number(expected)}"
            f" (difference {diff})",
            (row.cells[-1], *row.cells[:-1]),
            expected=expected,
            actual=actual,
        )


def _table3_rows(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    return _row_totals(ctx, chain(plan.table3, plan.subtotals))


def _table3_balance(ctx: Context) -> Iterator[Finding]:
    plan = ctx.plan
    rows = [plan.row(key) for key in (RECEIVED, CARRIED_OVER, RESULTS_TOTAL, CARRIED_FORWARD)]
    received, carried_over, total, carried_forward = (ctx.values[row.key] for row in rows)
    for index, found in enumerate(zip(received, carried_over, total, carried_forward, strict=True)):
        operands = (
            cast(Numbers, found)
            if None not in found
            else ctx.numbers(found, (row.cells[index] for row in rows))
        )
        if operands is None:
            continue
        expected, actual = operands[0] + operands[1], operands[2] + operands[3]
        if expected == actual:
            continue
        one, two, three, four = rows
        diff = signed(actual - expected)
        column = _column(one, index)
        zh = [shown(value, "zh") for value in found]
        en = [shown(value, "en") for value in found]
        yield ctx.finding(
            f"「{column}」列：「{one.label}」{zh[0]} 加「{two.label}」{zh[1]} 为 {number(expected)}，"
            f"但「{three.label}」{zh[2]} 加「{four.label}」{zh[3]} 为 {number(actual)}（差 {diff}）",
            f"column {column}: {one.key} {en[0]} + {two.key} {en[1]} = {number(expected)}, but"
            f" {three.key} {en[2]} + {four.key} {en[3]} = {number(actual)} (difference {diff})",
            (row.cells[index] for row in rows),
            expected=expected,
            actual=actual,
        )


def _column_sums(
    ctx: Context, total: Row, parts: tuple[Row, ...], what_zh: str, what_en: str
) -> Iterator[Finding]:
    """Each column of ``total`` equals the sum of that column over ``parts``."""
    values = ctx.values
    sums = values[total.key]
    rows = [values[row.key] for row in parts]
    columns = list(zip(*rows, strict=True))
    complete = None not in sums and not any(None in row for row in rows)
    if complete and [sum(column) for column in columns] == list(sums):
        return  # the common case, checked at once
    for index, (found_total, found_parts) in enumerate(zip(sums, columns, strict=True)):
        found = (found_total, *found_parts)
        gap = ctx.sum_mismatch(found, (row.cells[index] for row in (total, *parts)))
        if gap is None:
            continue
        actual, expected = gap
        diff = signed(actual - expected)
        column = _column(total, index)
        yield ctx.finding(
            f"「{column}」列：「{_row_name(total, 'zh')}」为 {shown(found_total, 'zh')}，而{what_zh}之和为"
            f" {number(expected)}（差 {diff}）",
            f"column {column}: {total.key} is {shown(found_total, 'en')}, but {what_en} sum to"
            f" {number(expected)}"
            f" (difference {diff})",
            (row.cells[index] for row in (total, *parts)),
            expected=expected,
            actual=actual,
        )


def _results_total(ctx: Context) -> Iterator[Finding]:
    values = ctx.values
    counted = tuple(chain.from_iterable(_counted(group, values) for group in ctx.plan.groups))
    total = ctx.plan.row(RESULTS_TOTAL)
    return _column_sums(ctx, total, counted, "（一）至（六）各行", "the rows （一）–（六）")


def _subtotals(ctx: Context) -> Iterator[Finding]:
    values = ctx.values
    for group in ctx.plan.groups:
        subtotal = group.subtotal
        if subtotal is None or subtotal.key not in values or not _in_use(values, group.rows):
            continue
        yield from _column_sums(ctx, subtotal, group.rows, "该组各行", "the group's rows")


def _table4(ctx: Context) -> Iterator[Finding]:
    return _row_totals(ctx, ctx.plan.table4)


#: What each kind of cell must hold, in Chinese.
_KIND_RULES_ZH = {"count": "非负整数", "signed": "整数", "money": "非负的 Decimal 金额"}
_COUNT_TYPES = frozenset({int, type(None)})


def _cell_values(ctx: Context) -> Iterator[Finding]:
    values = ctx.values
    plan = ctx.plan
    counts = [values[key] for key in plan.count_rows]
    counts += [values[row.key] for row in plan.subtotals if row.key in values]
    flat = list(chain.from_iterable(counts))
    suspects = list(plan.mixed_rows)
    # Fast path: the count cells hold only ints and blanks, and no int is negative.
    if not (
        set(map(type, flat)) <= _COUNT_TYPES
        and min(filter(None, cast("list[int | None]", flat)), default=1) > 0
    ):
        suspects += plan.count_rows
        suspects += [row.key for row in plan.subtotals]
    for key in suspects:
        found = values.get(key)
        if found is None:
            continue
        row = plan.row(key)
        for cell, kind, value in zip(row.cells, row.kinds, found, strict=True):
            problem = cell_problem(kind, value)
            if problem is None:
                continue
            label = " / ".join(plan.labels[cell])
            yield ctx.finding(
                f"「{label}」的值 {value!r} 不符合要求：应为{_KIND_RULES_ZH[kind.value]}或空白",
                f"{cell} ({label}): {problem}",
                (cell,),
            )


RULES = (
    Rule(
        "T3-01",
        Severity.ERROR,
        BOTH,
        "表三各列：一加二等于三（七）加四",
        "Table 三, each column: 一 + 二 = 三（七） + 四",
        "The balance the table's own note states: in each of the seven columns, applications "
        "received this year (一) plus those carried over (二) equal those handled (（七）) plus "
        "those carried forward (四). Expected is 一 + 二, actual is （七） + 四.",
        _table3_balance,
    ),
    Rule(
        "T3-02",
        Severity.ERROR,
        BOTH,
        f"表三各行：{_TOTAL}等于其余六列之和",
        f"Table 三, each row: {_TOTAL} equals the sum of the six applicant columns",
        "In every data row of table 三, and in every group subtotal row a report prints, the "
        f"{_TOTAL} column equals the sum of the six columns under {_APPLICANTS}.",
        _table3_rows,
    ),
    Rule(
        "T3-03",
        Severity.ERROR,
        BOTH,
        f"表三各列：{_RESULTS_TOTAL}等于（一）至（六）各行之和",
        f"Table 三, each column: {_RESULTS_TOTAL} equals the sum of the rows （一）–（六）",
        "In each column, the results total equals （一） + （二） + the rows of （三）, （四）, （五） and "
        "（六） (the single （六） row in the 2019 format). Where a group's rows are all blank and "
        "the report prints the group's subtotal row instead (a 2021 report printing （六） as one "
        "row), the subtotal row counts.",
        _results_total,
    ),
    Rule(
        "T3-04",
        Severity.ERROR,
        BOTH,
        "表三各列：所报小计等于该组各行之和",
        "Table 三, each column: a reported group subtotal equals the sum of the group's rows",
        "The format has no subtotal rows, but some reports print one for （三）–（六）. Where a "
        "report prints a subtotal beside the group's rows, each of its columns equals the sum of "
        "the group's rows.",
        _subtotals,
    ),
    Rule(
        "T4-01",
        Severity.ERROR,
        BOTH,
        f"表四：各组{_TOTAL}等于四种结果之和",
        f"Table 四: each {_TOTAL} equals the sum of the four outcomes",
        f"For administrative review and both kinds of litigation, {_TOTAL} equals upheld + "
        "corrected + other + pending.",
        _table4,
    ),
    Rule(
        "CELL-01",
        Severity.ERROR,
        BOTH,
        "单元格的值符合其类型",
        "Every cell holds a value of its kind",
        "Counts are non-negative integers (signed cells, the yearly change of 2019 table 二, may "
        "be negative), money is a "
        "non-negative Decimal, or the cell is blank. The model enforces this when a report is "
        "built or read, so a report that came through the library always passes; the rule "
        "checks again for reports made by other means (validators switched off, objects "
        "changed in place).",
        _cell_values,
    ),
)
