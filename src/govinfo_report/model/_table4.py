"""Table 四, 政府信息公开行政复议、行政诉讼情况 (the same in both format versions)."""

from __future__ import annotations

import attrs

from govinfo_report.model._cells import Heading, Label, count, part

__all__ = ["Outcomes", "Table4"]

LITIGATION = Heading("行政诉讼")


@attrs.frozen
class Outcomes:
    """The outcomes of one kind of case: upheld, corrected, other, pending, and their 总计."""

    upheld: int | None = count("结果维持")
    corrected: int | None = count("结果纠正")
    other: int | None = count("其他结果")
    pending: int | None = count("尚未审结")
    total: int | None = count("总计")


@attrs.frozen
class Table4:
    """Table 四: administrative review, and litigation with and without review first (15 cells).

    Example:
        >>> Table4().litigation_after_review.total is None
        True
    """

    review: Outcomes = part(Outcomes, "行政复议")
    litigation_direct: Outcomes = part(Outcomes, Label("未经复议直接起诉", heading=LITIGATION))
    litigation_after_review: Outcomes = part(Outcomes, Label("复议后起诉", heading=LITIGATION))
