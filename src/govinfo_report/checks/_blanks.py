"""The blank-cell rules: they report how the arithmetic rules that ran treated blank cells."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from govinfo_report.checks._findings import CellRef, Finding, Severity
from govinfo_report.checks._rule import BOTH, OWN, Context, Rule

__all__ = ["RULES"]


def _split(refs: Iterable[CellRef]) -> tuple[list[str], list[CellRef]]:
    refs = list(refs)
    return [ref.key for ref in refs if ref.report == OWN], [ref for ref in refs if ref.report != OWN]


def _counted(ctx: Context) -> Iterator[Finding]:
    if not ctx.counted:
        return
    cells, related = _split(ctx.counted)
    count = len(ctx.counted)
    yield ctx.finding(
        f"{count} 个空白单元格在计算中按 0 计",
        f"{count} blank cell{' was' if count == 1 else 's were'} counted as 0 in the arithmetic",
        cells,
        related=related,
    )


def _unassessed(ctx: Context) -> Iterator[Finding]:
    for rule, blanks in ctx.unassessed:
        cells, related = _split(blanks)
        yield ctx.finding(
            f"规则 {rule.code}（{rule.title_zh}）所需的 {len(blanks)} 个单元格空白，此处无法判断",
            f"rule {rule.code} ({rule.title_en}) is not assessed here: {len(blanks)} cells it needs"
            " are blank",
            cells,
            related=related,
        )


RULES = (
    Rule(
        "BLANK-01",
        Severity.INFO,
        BOTH,
        "空白单元格按 0 计算",
        "Blank cells were counted as 0",
        "With ``blanks=Blanks.ZERO`` (the default) the arithmetic rules count a blank cell as 0. "
        "This finding lists every blank cell that took part, so that a reader knows which "
        "results rest on that reading. It reports on the rules that ran: ``select`` does not "
        "need to name it; ``ignore`` silences it.",
        _counted,
        companion=True,
    ),
    Rule(
        "BLANK-02",
        Severity.WARNING,
        BOTH,
        "规则所需单元格空白，无法判断",
        "A rule could not be assessed: cells it needs are blank",
        "With ``blanks=Blanks.STRICT`` a rule that needs a blank cell is not assessed there; "
        "this finding names the rule and the blank cells, once for each place the rule could not "
        "be assessed. It reports on the rules that ran: ``select`` does not need to name it; "
        "``ignore`` silences it.",
        _unassessed,
        companion=True,
    ),
)
