"""Rules on the report as a document: format version, statistics period, deadline, sections."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from govinfo_report.checks._findings import Finding, Severity
from govinfo_report.checks._rule import BOTH, Context, Rule
from govinfo_report.errors import InvalidValueError
from govinfo_report.model import FormatVersion, Metadata, Period, ReportKind, section_info
from govinfo_report.zh import format_date, format_period

__all__ = ["RULES", "legal_deadline"]


def _version(ctx: Context) -> Iterator[Finding]:
    year = ctx.report.metadata.year
    actual = ctx.version
    try:
        expected = FormatVersion.for_year(year)
    except InvalidValueError:
        first = FormatVersion.V2019.first_year
        yield ctx.finding(
            f"没有适用于 {year} 年度报告的全国格式（试行格式自 {first} 年度报告起适用），本报告使用"
            f" {actual.value} 格式（{actual.document}）",
            f"no national format covers the {year} report (the trial format starts with the {first}"
            f" reports); this report uses the {actual.value} format ({actual.document})",
            ("format_version", "metadata.year"),
        )
        return
    if expected is not actual:
        yield ctx.finding(
            f"{year} 年度报告应使用 {expected.value} 格式（{expected.document}），本报告使用"
            f" {actual.value} 格式（{actual.document}）",
            f"a {year} report uses the {expected.value} format ({expected.document}), but this report"
            f" uses the {actual.value} format ({actual.document})",
            ("format_version", "metadata.year"),
        )


def _period(ctx: Context) -> Iterator[Finding]:
    meta = ctx.report.metadata
    period = meta.period
    if period is None:
        return
    expected = Period.calendar_year(meta.year)
    if period != expected:
        yield ctx.finding(
            f"统计期限为{format_period(period.start, period.end)}，应为"
            f"{format_period(expected.start, expected.end)}",
            f"the statistics period is {period.start.isoformat()} to {period.end.isoformat()}, not the"
            f" report year {expected.start.isoformat()} to {expected.end.isoformat()}",
            ("metadata.period",),
        )


def legal_deadline(metadata: Metadata) -> date:
    """The last day the 条例 (第四十九条) allows for publishing a report.

    A unit's (department's) report: 31 January of the next year. A government's report, and an
    aggregate a government's disclosure office publishes: 31 March of the next year.

    Example:
        >>> from govinfo_report.model import Metadata, ReportKind
        >>> legal_deadline(Metadata("某局", 2023))
        datetime.date(2024, 1, 31)
        >>> legal_deadline(Metadata("某区人民政府", 2023, kind=ReportKind.GOVERNMENT))
        datetime.date(2024, 3, 31)
    """
    month = 1 if metadata.kind is ReportKind.UNIT else 3
    return date(metadata.year + 1, month, 31)


def _deadline(ctx: Context) -> Iterator[Finding]:
    meta = ctx.report.metadata
    published = meta.published
    if published is None:
        return
    option = ctx.deadline
    if option is None:
        deadline = legal_deadline(meta)
        basis_zh, basis_en = "《条例》第四十九条规定的期限", "the legal deadline (条例 第四十九条)"
    else:
        deadline = option if isinstance(option, date) else option(meta)
        basis_zh, basis_en = "所设期限", "the deadline set"
    if published > deadline:
        late = (published - deadline).days
        yield ctx.finding(
            f"发布日期{format_date(published)}晚于{basis_zh}{format_date(deadline)}（晚 {late} 天）",
            f"published on {published.isoformat()}, {late} days after {basis_en}, {deadline.isoformat()}",
            ("metadata.published", "metadata.kind"),
        )


_SECTIONS = section_info()
_PROBLEMS = next(info for info in _SECTIONS if info.name == "problems")


def _sections_present(ctx: Context) -> Iterator[Finding]:
    sections = ctx.report.sections
    for info in _SECTIONS:
        if getattr(sections, info.name) is None:
            yield ctx.finding(
                f"缺少「{info.label.full}」部分",
                f"section {info.label.full} is missing",
                (f"sections.{info.name}",),
            )


def _problems_written(ctx: Context) -> Iterator[Finding]:
    text = getattr(ctx.report.sections, _PROBLEMS.name)
    if text is not None and not text.strip():
        yield ctx.finding(
            f"「{_PROBLEMS.label.full}」部分没有内容",
            f"section {_PROBLEMS.label.full} is empty",
            (f"sections.{_PROBLEMS.name}",),
        )


RULES = (
    Rule(
        "META-01",
        Severity.WARNING,
        BOTH,
        "格式版本与报告年度相符",
        "The format version fits the report year",
        f"The {FormatVersion.V2019.value} trial format ({FormatVersion.V2019.document}) is for the "
        f"2019 and 2020 reports, the {FormatVersion.V2021.value} format "
        f"({FormatVersion.V2021.document}) for the 2021 reports onward.",
        _version,
    ),
    Rule(
        "META-02",
        Severity.WARNING,
        BOTH,
        "统计期限为报告年度1月1日至12月31日",
        "The statistics period is 1 January to 31 December of the report year",
        "A report covers the previous calendar year (条例 第四十九条). Checked where the report "
        "states its period.",
        _period,
    ),
    Rule(
        "META-03",
        Severity.WARNING,
        BOTH,
        "发布日期不晚于公开期限",
        "Published by the deadline",
        "A unit's report is due by 31 January of the next year; a government's report, and an "
        "aggregate its disclosure office publishes, by 31 March (条例 第四十九条). Many provinces "
        "set earlier dates: pass ``deadline`` to check against a local one. Checked where the "
        "report states its publication date.",
        _deadline,
    ),
    Rule(
        "SEC-01",
        Severity.WARNING,
        BOTH,
        "六个部分齐全",
        "All six sections are present",
        "The format has six sections, in a fixed order (the model keeps the order); each should "
        "be present, even where it holds only its table.",
        _sections_present,
    ),
    Rule(
        "SEC-02",
        Severity.WARNING,
        BOTH,
        f"「{_PROBLEMS.label.full}」不为空",
        f"Section {_PROBLEMS.label.full} is not empty",
        "Section 五 reports the main problems and how they are being fixed (条例 第五十条); a "
        "present but empty section 五 says nothing of either.",
        _problems_written,
    ),
)
