"""A whole report: metadata, the six sections, the tables and the 信息处理费 figures."""

from __future__ import annotations

import enum
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Union

import attrs

from govinfo_report.errors import InvalidValueError
from govinfo_report.model._cells import (
    METADATA_KEY,
    Label,
    count,
    instance_validator,
    money,
    part,
)
from govinfo_report.model._table2 import Table2V2019, Table2V2021
from govinfo_report.model._table3 import Table3V2019, Table3V2021
from govinfo_report.model._table4 import Table4

__all__ = [
    "FIRST_REPORT_YEAR",
    "LAST_REPORT_YEAR",
    "Contact",
    "FormatVersion",
    "Metadata",
    "Period",
    "ProcessingFees",
    "Report",
    "ReportKind",
    "ReportV2019",
    "ReportV2021",
    "Sections",
    "default_title",
    "summable_difference",
]

#: The 条例 took effect in 2008; no annual report is older.
FIRST_REPORT_YEAR = 2008
#: The largest year the model accepts (four digits).
LAST_REPORT_YEAR = 9999


class FormatVersion(enum.Enum):
    """The national format a report follows.

    Example:
        >>> FormatVersion.for_year(2020)
        <FormatVersion.V2019: '2019'>
        >>> FormatVersion.for_year(2023).document
        '国办公开办函〔2021〕30号'
    """

    #: The trial format of 国办公开办函〔2019〕60号, for the 2019 and 2020 reports.
    V2019 = "2019"
    #: The format of 国办公开办函〔2021〕30号, for the 2021 reports onward.
    V2021 = "2021"

    @property
    def document(self) -> str:
        """The notice that issued this format."""
        return "国办公开办函〔2019〕60号" if self is FormatVersion.V2019 else "国办公开办函〔2021〕30号"

    @property
    def first_year(self) -> int:
        """The first report year this format applies to."""
        return int(self.value)

    @classmethod
    def for_year(cls, year: int) -> FormatVersion:
        """The format version that applies to reports of ``year``.

        Raises:
            InvalidValueError: For years before 2019, which no national format covers.
        """
        if year >= cls.V2021.first_year:
            return cls.V2021
        if year >= cls.V2019.first_year:
            return cls.V2019
        raise InvalidValueError(
            f"no national format covers report year {year}: the trial format starts with the "
            f"{cls.V2019.first_year} reports"
        )


class ReportKind(enum.Enum):
    """Whose report it is.

    Example:
        >>> ReportKind("aggregate") is ReportKind.AGGREGATE
        True
    """

    #: A department's or other unit's own report (due 31 January).
    UNIT = "unit"
    #: A people's government's own report (due 31 March).
    GOVERNMENT = "government"
    #: The sum of several units' reports, as published by a disclosure office.
    AGGREGATE = "aggregate"


def _optional_str() -> Any:
    return attrs.field(default=None, validator=instance_validator(str, optional=True))


@attrs.frozen
class Period:
    """The statistics period of a report, both days included.

    Example:
        >>> Period.calendar_year(2023)
        Period(start=datetime.date(2023, 1, 1), end=datetime.date(2023, 12, 31))
    """

    start: date = attrs.field(validator=instance_validator(date))
    end: date = attrs.field(validator=instance_validator(date))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidValueError(
                f"Period: end {self.end.isoformat()} is before start {self.start.isoformat()}"
            )

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        """1 January to 31 December of ``year``, the period the 条例 prescribes."""
        return cls(date(year, 1, 1), date(year, 12, 31))


@attrs.frozen
class Contact:
    """Where readers can ask about the report (as printed in the preamble)."""

    organization: str | None = _optional_str()
    address: str | None = _optional_str()
    postcode: str | None = _optional_str()
    telephone: str | None = _optional_str()
    email: str | None = _optional_str()


def _check_agency(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    instance_validator(str)(instance, attribute, value)
    assert isinstance(value, str)
    if not value.strip():
        raise InvalidValueError("Metadata.agency: the agency name must not be empty")


def _check_year(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValueError(f"Metadata.year: expected int, got {type(value).__name__} {value!r}")
    if not FIRST_REPORT_YEAR <= value <= LAST_REPORT_YEAR:
        raise InvalidValueError(
            f"Metadata.year: must be between {FIRST_REPORT_YEAR} and {LAST_REPORT_YEAR}, got {value}"
        )


def _check_names(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(name, str) for name in value):
        raise InvalidValueError(
            f"Metadata.{attribute.name}: expected a tuple of str, got {type(value).__name__} {value!r}"
        )


@attrs.frozen
class Metadata:
    """Who published the report, for which year, and the facts printed around the tables.

    Attributes:
        agency: The publishing agency (发布机关), as named in the title.
        year: The report year (the year the statistics cover).
        kind: Whose report it is.
        title: The title as printed, if known.
        period: The statistics period as printed, if stated.
        published: The publication date, if known.
        contact: The contact printed in the preamble, if any.
        website: Where the electronic version is published, if stated.
        aggregates: For an aggregate report, the agencies whose reports it sums.

    Example:
        >>> Metadata("平房区区域合作局", 2023).kind
        <ReportKind.UNIT: 'unit'>
    """

    agency: str = attrs.field(validator=_check_agency)
    year: int = attrs.field(validator=_check_year)
    kind: ReportKind = attrs.field(default=ReportKind.UNIT, validator=instance_validator(ReportKind))
    title: str | None = _optional_str()
    period: Period | None = attrs.field(default=None, validator=instance_validator(Period, optional=True))
    published: date | None = attrs.field(default=None, validator=instance_validator(date, optional=True))
    contact: Contact | None = attrs.field(default=None, validator=instance_validator(Contact, optional=True))
    website: str | None = _optional_str()
    aggregates: tuple[str, ...] = attrs.field(default=(), validator=_check_names)


def default_title(agency: str, year: int) -> str:
    """The usual title of a report.

    Example:
        >>> default_title("平房区区域合作局", 2023)
        '平房区区域合作局2023年政府信息公开工作年度报告'
    """
    return f"{agency}{year}年政府信息公开工作年度报告"


@attrs.frozen
class SectionField:
    """Metadata of a section's text field: its official title and the table it holds."""

    label: Label
    table: str | None


def _section(title: str, number: str, table: str | None = None) -> Any:
    return attrs.field(
        default=None,
        validator=instance_validator(str, optional=True),
        metadata={METADATA_KEY: SectionField(Label(title, number), table)},
    )


@attrs.frozen
class Sections:
    """The narrative text of the report, section by section.

    ``None`` means the section is absent; ``""`` means it is present with no text (sections
    二–四 usually hold only their table). :func:`govinfo_report.model.section_titles` lists
    the official titles.

    Attributes:
        preamble: The text before section 一 (legal basis, period, contact).
    """

    preamble: str | None = _optional_str()
    overview: str | None = _section("总体情况", "一、")
    proactive: str | None = _section("主动公开政府信息情况", "二、", table="table2")
    applications: str | None = _section("收到和处理政府信息公开申请情况", "三、", table="table3")
    reviews: str | None = _section("政府信息公开行政复议、行政诉讼情况", "四、", table="table4")
    problems: str | None = _section("存在的主要问题及改进情况", "五、")
    other: str | None = _section("其他需要报告的事项", "六、")


@attrs.frozen
class ProcessingFees:
    """The 信息处理费 figures section 六 reports in the 2021 format (amounts in 元)."""

    fee_notices: int | None = count("发出收费通知件数")
    fee_notice_amount: Decimal | None = money(Label("通知金额", unit="元"))
    fee_collected: Decimal | None = money(Label("实际收取金额", unit="元"))


@attrs.frozen
class ReportV2021:
    """A report in the 2021 format (国办公开办函〔2021〕30号).

    Example:
        >>> report = ReportV2021(Metadata("某局", 2023))
        >>> report.format_version.value, report.table3.received.total
        ('2021', None)
    """

    format_version: ClassVar[FormatVersion] = FormatVersion.V2021

    metadata: Metadata = attrs.field(validator=instance_validator(Metadata))
    sections: Sections = attrs.field(factory=Sections, validator=instance_validator(Sections))
    table2: Table2V2021 = part(Table2V2021)
    table3: Table3V2021 = part(Table3V2021)
    table4: Table4 = part(Table4)
    processing_fees: ProcessingFees = part(ProcessingFees, "信息处理费")


@attrs.frozen
class ReportV2019:
    """A report in the 2019 trial format (国办公开办函〔2019〕60号).

    Example:
        >>> ReportV2019(Metadata("某局", 2019)).format_version.value
        '2019'
    """

    format_version: ClassVar[FormatVersion] = FormatVersion.V2019

    metadata: Metadata = attrs.field(validator=instance_validator(Metadata))
    sections: Sections = attrs.field(factory=Sections, validator=instance_validator(Sections))
    table2: Table2V2019 = part(Table2V2019)
    table3: Table3V2019 = part(Table3V2019)
    table4: Table4 = part(Table4)


#: A report in either format version.
Report = Union[ReportV2021, ReportV2019]  # noqa: UP007 (a runtime alias that Python 3.10 accepts)


def summable_difference(report: Report, other: Report) -> tuple[str, str, str] | None:
    """How ``report`` differs from ``other`` where reports must agree to be added up.

    Reports can be summed cell by cell only when they are of one year and one format version.

    Returns:
        ``(what, report's value, other's value)`` for the first difference, or ``None``.

    Example:
        >>> summable_difference(ReportV2021(Metadata("甲局", 2022)), ReportV2021(Metadata("乙局", 2023)))
        ('year', '2022', '2023')
    """
    for what, mine, theirs in (
        ("year", str(report.metadata.year), str(other.metadata.year)),
        ("format version", report.format_version.value, other.format_version.value),
    ):
        if mine != theirs:
            return what, mine, theirs
    return None


REPORT_CLASSES: dict[FormatVersion, type[ReportV2021] | type[ReportV2019]] = {
    FormatVersion.V2021: ReportV2021,
    FormatVersion.V2019: ReportV2019,
}
