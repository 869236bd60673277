"""Table 二, 主动公开政府信息情况: the 2021 format and the 2019 trial format.

The table is a stack of blocks, one per item of 条例 第二十条, each with its own columns. The
block captions and the row labels the two versions share are declared once here; everything
else is declared on the field that holds the cell.
"""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

import attrs

from govinfo_report.model._cells import Heading, Label, count, money, part, signed

__all__ = [
    "DecisionsRowV2021",
    "DocumentsRowV2019",
    "DocumentsRowV2021",
    "FeeItemsRowV2019",
    "FeesRowV2021",
    "ItemsRowV2019",
    "ProcurementRowV2019",
    "Table2V2019",
    "Table2V2021",
]

#: The caption of every block's first header cell, above the row labels.
ROW_HEADER = "信息内容"

ARTICLE_20_1 = Heading("第二十条第（一）项")
ARTICLE_20_5 = Heading("第二十条第（五）项")
ARTICLE_20_6 = Heading("第二十条第（六）项")
ARTICLE_20_8 = Heading("第二十条第（八）项")
ARTICLE_20_9 = Heading("第二十条第（九）项")

REGULATIONS = Label("规章", heading=ARTICLE_20_1)
LICENSING = Label("行政许可", heading=ARTICLE_20_5)
PENALTIES = Label("行政处罚", heading=ARTICLE_20_6)
COERCIVE_MEASURES = Label("行政强制", heading=ARTICLE_20_6)
FEES = Label("行政事业性收费", heading=ARTICLE_20_8)


@attrs.frozen
class DocumentsRowV2021:
    """2021 第二十条第（一）项: one row of regulations or normative documents."""

    issued: int | None = count("本年制发件数")
    repealed: int | None = count("本年废止件数")
    in_force: int | None = count("现行有效件数")


@attrs.frozen
class DecisionsRowV2021:
    """2021 第二十条第（五）（六）项: decisions made this year."""

    decisions: int | None = count("本年处理决定数量")


@attrs.frozen
class FeesRowV2021:
    """2021 第二十条第（八）项: administrative fees collected, in 万元."""

    amount_wan_yuan: Decimal | None = money(Label("本年收费金额（单位：万元）", unit="万元"))


@attrs.frozen
class Table2V2021:
    """Table 二 in the 2021 format: 10 cells.

    Example:
        >>> Table2V2021().licensing.decisions is None
        True
    """

    row_header: ClassVar[str] = ROW_HEADER

    regulations: DocumentsRowV2021 = part(DocumentsRowV2021, REGULATIONS)
    normative_documents: DocumentsRowV2021 = part(
        DocumentsRowV2021, Label("行政规范性文件", heading=ARTICLE_20_1)
    )
    licensing: DecisionsRowV2021 = part(DecisionsRowV2021, LICENSING)
    penalties: DecisionsRowV2021 = part(DecisionsRowV2021, PENALTIES)
    coercive_measures: DecisionsRowV2021 = part(DecisionsRowV2021, COERCIVE_MEASURES)
    fees: FeesRowV2021 = part(FeesRowV2021, FEES)


@attrs.frozen
class DocumentsRowV2019:
    """2019 第二十条第（一）项: documents made, published, and published in all."""

    made: int | None = count("本年新制作数量")
    published: int | None = count("本年新公开数量")
    published_total: int | None = count("对外公开总数量")


@attrs.frozen
class FeeItemsRowV2019:
    """2019 第二十条第（八）项: the number of fee items last year and its change this year."""

    items_last_year: int | None = count("上一年项目数量")
    items_change: int | None = signed("本年增/减")


@attrs.frozen
class ItemsRowV2019(FeeItemsRowV2019):
    """2019 第二十条第（五）（六）项: items last year, their change, and decisions made."""

    decisions: int | None = count("处理决定数量")


@attrs.frozen
class ProcurementRowV2019:
    """2019 第二十条第（九）项: centralised government procurement (the amount has no stated unit)."""

    projects: int | None = count("采购项目数量")
    amount: Decimal | None = money("采购总金额")


@attrs.frozen
class Table2V2019:
    """Table 二 in the 2019 trial format: 22 cells.

    Example:
        >>> Table2V2019().fees.items_change is None
        True
    """

    row_header: ClassVar[str] = ROW_HEADER

    regulations: DocumentsRowV2019 = part(DocumentsRowV2019, REGULATIONS)
    normative_documents: DocumentsRowV2019 = part(
        DocumentsRowV2019, Label("规范性文件", heading=ARTICLE_20_1)
    )
    licensing: ItemsRowV2019 = part(ItemsRowV2019, LICENSING)
    other_services: ItemsRowV2019 = part(ItemsRowV2019, Label("其他对外管理服务事项", heading=ARTICLE_20_5))
    penalties: ItemsRowV2019 = part(ItemsRowV2019, PENALTIES)
    coercive_measures: ItemsRowV2019 = part(ItemsRowV2019, COERCIVE_MEASURES)
    fees: FeeItemsRowV2019 = part(FeeItemsRowV2019, FEES)
    procurement: ProcurementRowV2019 = part(ProcurementRowV2019, Label("政府集中采购", heading=ARTICLE_20_9))
