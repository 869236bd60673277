"""The 信息处理费 of the 2021 format: plausibility of the fee figures of section 六.

Table 二's 行政事业性收费 is the agency's administrative fees in general, a different quantity:
no rule compares it with the 信息处理费.
"""

from __future__ import annotations

from collections.abc import Iterator

from govinfo_report.checks._findings import Finding, Severity, number
from govinfo_report.checks._plan import Row, Values, plan_for
from govinfo_report.checks._rule import V2021, Context, Rule
from govinfo_report.model import ReportV2021

__all__ = ["RULES"]

_PLAN = plan_for(ReportV2021)
_FEES = _PLAN.row("processing_fees")
_UNPAID = _PLAN.row("table3.results.other_handling.fee_unpaid")


def _label(row: Row, name: str) -> str:
    return " / ".join((*row.labels, *row.columns[row.position(name)]))


_NOTICES, _AMOUNT, _COLLECTED = (
    _FEES.columns[_FEES.position(name)][-1] for name in ("fee_notices", "fee_notice_amount", "fee_collected")
)


def _at_most(
    ctx: Context, found: Values, cells: tuple[str, str], stated: Values, zh: str, en: str
) -> Iterator[Finding]:
    """A finding when ``found[1]`` exceeds ``found[0]`` (expected is the bound).

    Not assessed where a fee figure in ``stated`` is blank: the figures are stated in the prose
    of section 六, and a blank one was not stated (it is not 0).
    """
    if None in stated:
        return
    operands = ctx.numbers(found, cells)
    if operands is None:
        return
    bound, value = operands
    if value > bound:
        shown = {"bound": number(bound), "value": number(value), "diff": number(value - bound)}
        yield ctx.finding(zh.format(**shown), en.format(**shown), cells, expected=bound, actual=value)


_AMOUNT_AT, _COLLECTED_AT, _NOTICES_AT = (
    _FEES.position(name) for name in ("fee_notice_amount", "fee_collected", "fee_notices")
)
_COLLECTED_CELLS = (_FEES.cells[_AMOUNT_AT], _FEES.cells[_COLLECTED_AT])
_COLLECTED_ZH = (
    f"「{_label(_FEES, 'fee_collected')}」{{value}} 元多于「{_label(_FEES, 'fee_notice_amount')}」"
    "{bound} 元（多 {diff}）"
)
_COLLECTED_EN = "fee_collected {value} yuan exceeds fee_notice_amount {bound} yuan by {diff}"
_NOTICES_CELLS = (_FEES.cells[_NOTICES_AT], _UNPAID.cells[-1])
_NOTICES_ZH = (
    f"「{_label(_UNPAID, 'total')}」{{value}} 件多于「{_label(_FEES, 'fee_notices')}」{{bound}} 件"
    "（多 {diff}）：每件因未缴费而不再处理的申请都应发出过收费通知"
)
_NOTICES_EN = (
    f"{_UNPAID.cells[-1]} {{value}} exceeds fee_notices {{bound}} by {{diff}}, though every"
    " application dropped for an unpaid fee had a fee notice"
)


def _collected(ctx: Context) -> Iterator[Finding]:
    fees = ctx.values[_FEES.key]
    found = (fees[_AMOUNT_AT], fees[_COLLECTED_AT])
    return _at_most(ctx, found, _COLLECTED_CELLS, found, _COLLECTED_ZH, _COLLECTED_EN)


def _notices(ctx: Context) -> Iterator[Finding]:
    found = (ctx.values[_FEES.key][_NOTICES_AT], ctx.values[_UNPAID.key][-1])
    return _at_most(ctx, found, _NOTICES_CELLS, found[:1], _NOTICES_ZH, _NOTICES_EN)


RULES = (
    Rule(
        "FEE-01",
        Severity.WARNING,
        V2021,
        f"{_FEES.labels[0]}：{_COLLECTED}不超过{_AMOUNT}",
        "Processing fees: the amount collected is at most the amount on the notices",
        "An agency collects no more than its fee notices asked for (国办函〔2020〕109号). "
        "Expected is the amount on the notices, the upper bound. The fee figures are stated in "
        "the prose of section 六: where either is blank (not stated) the rule is not assessed.",
        _collected,
    ),
    Rule(
        "FEE-02",
        Severity.WARNING,
        V2021,
        f"{_FEES.labels[0]}：{_NOTICES}不少于表三（六）2 的{_UNPAID.columns[-1][-1]}",
        "Processing fees: fee notices sent are at least the applications dropped for an unpaid fee",
        "Table 三 （六）2 counts applications dropped because the applicant did not pay the fee "
        "notice; each had a notice. Notices sent the year before can break this, so it is a "
        "warning. Expected is the number of fee notices, the bound. Not assessed where the "
        "report does not state its fee notices (the figure is blank).",
        _notices,
    ),
)
