"""Rules for an aggregate report against the reports it sums (see ``check_aggregate``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain

from govinfo_report.checks._findings import CellRef, Finding, Severity, number, signed
from govinfo_report.checks._plan import Values
from govinfo_report.checks._rule import BOTH, Context, Rule, describe, shown

__all__ = ["RULES"]


def _sum_of_parts(ctx: Context) -> Iterator[Finding]:
    parts, parts_values = ctx.parts, ctx.parts_values
    if parts is None or parts_values is None:
        return
    names = [describe(part) for part in parts]
    count = len(parts)
    for row in ctx.plan.rows:
        theirs = [values[row.key] for values in parts_values]
        for index, (cell, mine) in enumerate(zip(row.cells, ctx.values[row.key], strict=True)):
            found: Values = (mine, *(values[index] for values in theirs))
            if found.count(None) == len(found):
                continue  # blank in the aggregate and in every part: nothing to add up
            refs: Iterable[str | CellRef] = chain((cell,), (CellRef(name, cell) for name in names))
            gap = ctx.sum_mismatch(found, refs)
            if gap is None:
                continue
            actual, expected = gap
            diff = signed(actual - expected)
            label = " / ".join(ctx.plan.labels[cell])
            yield ctx.finding(
                f"「{label}」为 {shown(mine, 'zh')}，而 {count} 份组成报告之和为 {number(expected)}"
                f"（差 {diff}）",
                f"{cell} is {shown(mine, 'en')}, but the {count} parts sum to {number(expected)}"
                f" (difference {diff})",
                (cell,),
                expected=expected,
                actual=actual,
                related=[CellRef(name, cell) for name in names],
            )


def _declared_parts(ctx: Context) -> Iterator[Finding]:
    parts = ctx.parts
    declared = ctx.report.metadata.aggregates
    if parts is None or not declared:
        return
    given = [part.metadata.agency for part in parts]
    missing = [name for name in declared if name not in given]
    extra = [name for name in given if name not in declared]
    if not missing and not extra:
        return
    zh, en = [], []
    if missing:
        zh.append(f"所列单位中没有给出报告的：{'、'.join(missing)}")
        en.append(f"listed but not given: {', '.join(missing)}")
    if extra:
        zh.append(f"给出报告但未列出的：{'、'.join(extra)}")
        en.append(f"given but not listed: {', '.join(extra)}")
    yield ctx.finding(
        "汇总报告所列单位与所给组成报告不一致。" + "；".join(zh),
        "the agencies the aggregate lists differ from the parts given: " + "; ".join(en),
        ("metadata.aggregates",),
    )


RULES = (
    Rule(
        "AGG-01",
        Severity.WARNING,
        BOTH,
        "汇总报告的每个单元格等于各组成报告之和",
        "Each cell of an aggregate equals the sum of its parts",
        "Checked by ``check_aggregate``: every cell of tables 二, 三 and 四 (and the processing fees) of an "
        "aggregate report equals the sum of that cell over the reports it sums. A cell blank in "
        "the aggregate and in every part is not compared.",
        _sum_of_parts,
        needs="parts",
    ),
    Rule(
        "AGG-02",
        Severity.WARNING,
        BOTH,
        "汇总报告所列单位与所给组成报告一致",
        "The parts given are the agencies the aggregate lists",
        "Checked by ``check_aggregate`` when the aggregate lists the agencies it sums "
        "(``metadata.aggregates``): each listed agency has a part, and each part is listed.",
        _declared_parts,
        needs="parts",
    ),
)
