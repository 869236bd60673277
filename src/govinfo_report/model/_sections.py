"""The six sections of a report: their official titles, in order, and the tables they hold."""

from __future__ import annotations

import functools

import attrs

from govinfo_report.model._cells import METADATA_KEY, Label
from govinfo_report.model._report import SectionField, Sections

__all__ = ["SectionInfo", "section_info"]


@attrs.frozen
class SectionInfo:
    """One of the six sections.

    Attributes:
        name: The attribute of :class:`Sections` that holds the section's text.
        label: The official title with its numbering (``label.full`` is ``一、总体情况``).
        table: The report attribute of the table printed in this section, if any.
    """

    name: str
    label: Label
    table: str | None


@functools.cache
def section_info() -> tuple[SectionInfo, ...]:
    """The six sections in order.

    Example:
        >>> [s.label.full for s in section_info()][:2]
        ['一、总体情况', '二、主动公开政府信息情况']
        >>> section_info()[3].table
        'table4'
    """
    return tuple(
        SectionInfo(field.name, meta.label, meta.table)
        for field in attrs.fields(Sections)
        if isinstance(meta := field.metadata.get(METADATA_KEY), SectionField)
    )
