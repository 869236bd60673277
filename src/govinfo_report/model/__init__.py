"""The typed model of a report, in both format versions.

Reports are frozen attrs classes: :class:`ReportV2021` (国办公开办函〔2021〕30号) and
:class:`ReportV2019` (the trial format of 国办公开办函〔2019〕60号); :data:`Report` is either.
Per-field facts (a count is a non-negative ``int``, money a non-negative ``Decimal``, blank is
``None``) are checked at construction; totals are not, so a published report that does not add
up still loads.

Every cell has a key path and a label path, both read from the single declaration of the
official labels beside the fields:

    >>> from govinfo_report.model import Metadata, ReportV2021, iter_cells
    >>> report = ReportV2021(Metadata("某局", 2023))
    >>> cell = [c for c in iter_cells(report) if c.key == "table4.litigation_direct.total"][0]
    >>> cell.label
    '行政诉讼 / 未经复议直接起诉 / 总计'
"""

from __future__ import annotations

from govinfo_report.model._cells import CellKind, CellValue, Heading, Label
from govinfo_report.model._report import (
    Contact,
    FormatVersion,
    Metadata,
    Period,
    ProcessingFees,
    Report,
    ReportKind,
    ReportV2019,
    ReportV2021,
    Sections,
    default_title,
    summable_difference,
)
from govinfo_report.model._sections import SectionInfo, section_info
from govinfo_report.model._table2 import (
    DecisionsRowV2021,
    DocumentsRowV2019,
    DocumentsRowV2021,
    FeeItemsRowV2019,
    FeesRowV2021,
    ItemsRowV2019,
    ProcurementRowV2019,
    Table2V2019,
    Table2V2021,
)
from govinfo_report.model._table3 import (
    ApplicantRow,
    NotProcessed,
    OtherHandling,
    ResultsV2019,
    ResultsV2021,
    Table3V2019,
    Table3V2021,
    Unable,
    Withheld,
)
from govinfo_report.model._table4 import Outcomes, Table4
from govinfo_report.model._walk import (
    Cell,
    CellSpec,
    RowSpec,
    cell_specs,
    cell_values,
    from_cells,
    get_cell,
    iter_cells,
    replace_cells,
    table_class,
    table_rows,
)

__all__ = [
    "ApplicantRow",
    "Cell",
    "CellKind",
    "CellSpec",
    "CellValue",
    "Contact",
    "DecisionsRowV2021",
    "DocumentsRowV2019",
    "DocumentsRowV2021",
    "FeeItemsRowV2019",
    "FeesRowV2021",
    "FormatVersion",
    "Heading",
    "ItemsRowV2019",
    "Label",
    "Metadata",
    "NotProcessed",
    "OtherHandling",
    "Outcomes",
    "Period",
    "ProcessingFees",
    "ProcurementRowV2019",
    "Report",
    "ReportKind",
    "ReportV2019",
    "ReportV2021",
    "ResultsV2019",
    "ResultsV2021",
    "RowSpec",
    "SectionInfo",
    "Sections",
    "Table2V2019",
    "Table2V2021",
    "Table3V2019",
    "Table3V2021",
    "Table4",
    "Unable",
    "Withheld",
    "cell_specs",
    "cell_values",
    "default_title",
    "from_cells",
    "get_cell",
    "iter_cells",
    "replace_cells",
    "section_info",
    "summable_difference",
    "table_class",
    "table_rows",
]
