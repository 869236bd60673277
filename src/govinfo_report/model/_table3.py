"""Table 三, 收到和处理政府信息公开申请情况, in both format versions.

Both versions have the same seven applicant columns and the same rows, except （六）其他处理:
three rows in the 2021 format, one row in the 2019 trial format. Labels the versions share are
declared once here as constants.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from govinfo_report.model._cells import Heading, Label, count, part, subtotal

__all__ = [
    "ApplicantRow",
    "NotProcessed",
    "OtherHandling",
    "ResultsV2019",
    "ResultsV2021",
    "Table3V2019",
    "Table3V2021",
    "Unable",
    "Withheld",
]

#: The header printed above all seven data columns.
COLUMN_HEADER = "申请人情况"
#: The note printed in the corner cell above the row labels.
BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

LEGAL_PERSON = Heading("法人或其他组织")


@attrs.frozen
class ApplicantRow:
    """One data row of table 三: a count per kind of applicant, and their 总计."""

    natural_person: int | None = count("自然人")
    commercial: int | None = count(Label("商业企业", heading=LEGAL_PERSON))
    research: int | None = count(Label("科研机构", heading=LEGAL_PERSON))
    social_welfare: int | None = count(Label("社会公益组织", heading=LEGAL_PERSON))
    legal_service: int | None = count(Label("法律服务机构", heading=LEGAL_PERSON))
    other: int | None = count(Label("其他", heading=LEGAL_PERSON))
    total: int | None = count("总计")


@attrs.frozen
class Withheld:
    """（三）不予公开: the eight grounds for withholding, and an optional reported subtotal."""

    state_secret: ApplicantRow = part(ApplicantRow, Label("属于国家秘密", "1."))
    prohibited_by_law: ApplicantRow = part(ApplicantRow, Label("其他法律行政法规禁止公开", "2."))
    security_stability: ApplicantRow = part(ApplicantRow, Label("危及“三安全一稳定”", "3."))
    third_party_rights: ApplicantRow = part(ApplicantRow, Label("保护第三方合法权益", "4."))
    internal_affairs: ApplicantRow = part(ApplicantRow, Label("属于三类内部事务信息", "5."))
    process_information: ApplicantRow = part(ApplicantRow, Label("属于四类过程性信息", "6."))
    enforcement_files: ApplicantRow = part(ApplicantRow, Label("属于行政执法案卷", "7."))
    administrative_query: ApplicantRow = part(ApplicantRow, Label("属于行政查询事项", "8."))
    subtotal: ApplicantRow | None = subtotal(ApplicantRow)


@attrs.frozen
class Unable:
    """（四）无法提供: the three reasons, and an optional reported subtotal."""

    not_held: ApplicantRow = part(ApplicantRow, Label("本机关不掌握相关政府信息", "1."))
    needs_compilation: ApplicantRow = part(ApplicantRow, Label("没有现成信息需要另行制作", "2."))
    unclear_after_correction: ApplicantRow = part(ApplicantRow, Label("补正后申请内容仍不明确", "3."))
    subtotal: ApplicantRow | None = subtotal(ApplicantRow)


@attrs.frozen
class NotProcessed:
    """（五）不予处理: the five reasons, and an optional reported subtotal."""

    petition: ApplicantRow = part(ApplicantRow, Label("信访举报投诉类申请", "1."))
    duplicate: ApplicantRow = part(ApplicantRow, Label("重复申请", "2."))
    publication: ApplicantRow = part(ApplicantRow, Label("要求提供公开出版物", "3."))
    excessive: ApplicantRow = part(ApplicantRow, Label("无正当理由大量反复申请", "4."))
    confirmation: ApplicantRow = part(ApplicantRow, Label("要求行政机关确认或重新出具已获取信息", "5."))
    subtotal: ApplicantRow | None = subtotal(ApplicantRow)


@attrs.frozen
class OtherHandling:
    """2021 （六）其他处理: the three rows, and an optional reported subtotal.

    A 2021-format report made from the old template prints （六） as a single row; it is held
    in :attr:`subtotal` with the three rows left blank.
    """

    no_correction: ApplicantRow = part(
        ApplicantRow,
        Label("申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "1."),
    )
    fee_unpaid: ApplicantRow = part(
        ApplicantRow,
        Label("申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "2."),
    )
    other: ApplicantRow = part(ApplicantRow, Label("其他", "3."))
    subtotal: ApplicantRow | None = subtotal(ApplicantRow)


DISCLOSED = Label("予以公开", "（一）")
PARTIALLY_DISCLOSED = Label("部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）")
WITHHELD = Label("不予公开", "（三）")
UNABLE = Label("无法提供", "（四）")
NOT_PROCESSED = Label("不予处理", "（五）")
OTHER_HANDLING = Label("其他处理", "（六）")
RESULTS_TOTAL = Label("总计", "（七）")


@attrs.frozen
class ResultsV2021:
    """三、本年度办理结果 in the 2021 format (22 data rows)."""

    disclosed: ApplicantRow = part(ApplicantRow, DISCLOSED)
    partially_disclosed: ApplicantRow = part(ApplicantRow, PARTIALLY_DISCLOSED)
    withheld: Withheld = part(Withheld, WITHHELD)
    unable: Unable = part(Unable, UNABLE)
    not_processed: NotProcessed = part(NotProcessed, NOT_PROCESSED)
    other_handling: OtherHandling = part(OtherHandling, OTHER_HANDLING)
    total: ApplicantRow = part(ApplicantRow, RESULTS_TOTAL)


@attrs.frozen
class ResultsV2019:
    """三、本年度办理结果 in the 2019 trial format (20 data rows; （六） is one row)."""

    disclosed: ApplicantRow = part(ApplicantRow, DISCLOSED)
    partially_disclosed: ApplicantRow = part(ApplicantRow, PARTIALLY_DISCLOSED)
    withheld: Withheld = part(Withheld, WITHHELD)
    unable: Unable = part(Unable, UNABLE)
    not_processed: NotProcessed = part(NotProcessed, NOT_PROCESSED)
    other_handling: ApplicantRow = part(ApplicantRow, OTHER_HANDLING)
    total: ApplicantRow = part(ApplicantRow, RESULTS_TOTAL)


RECEIVED = Label("本年新收政府信息公开申请数量", "一、")
CARRIED_OVER = Label("上年结转政府信息公开申请数量", "二、")
RESULTS = Label("本年度办理结果", "三、")
CARRIED_FORWARD = Label("结转下年度继续办理", "四、")


@attrs.frozen
class Table3V2021:
    """Table 三 in the 2021 format: 25 data rows × 7 columns = 175 cells.

    Example:
        >>> Table3V2021().results.withheld.state_secret.natural_person is None
        True
    """

    column_header: ClassVar[str] = COLUMN_HEADER
    note: ClassVar[str] = BALANCE_NOTE

    received: ApplicantRow = part(ApplicantRow, RECEIVED)
    carried_over: ApplicantRow = part(ApplicantRow, CARRIED_OVER)
    results: ResultsV2021 = part(ResultsV2021, RESULTS)
    carried_forward: ApplicantRow = part(ApplicantRow, CARRIED_FORWARD)


@attrs.frozen
class Table3V2019:
    """Table 三 in the 2019 trial format: 23 data rows × 7 columns = 161 cells."""

    column_header: ClassVar[str] = COLUMN_HEADER
    note: ClassVar[str] = BALANCE_NOTE

    received: ApplicantRow = part(ApplicantRow, RECEIVED)
    carried_over: ApplicantRow = part(ApplicantRow, CARRIED_OVER)
    results: ResultsV2019 = part(ResultsV2019, RESULTS)
    carried_forward: ApplicantRow = part(ApplicantRow, CARRIED_FORWARD)
