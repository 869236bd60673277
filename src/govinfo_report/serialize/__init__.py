"""Reports as versioned JSON documents (with their JSON Schema), and as CSV.

The CSV long form has one row per cell and reads back into reports (:func:`dumps_csv`,
:func:`loads_csv`); the wide form has one row per report, for data analysis
(:func:`dumps_csv_wide`).

Example:
    >>> from govinfo_report.model import Metadata, ReportV2021
    >>> from govinfo_report.serialize import dumps, loads
    >>> report = ReportV2021(Metadata("某局", 2023))
    >>> loads(dumps(report)) == report
    True
"""

from __future__ import annotations

from govinfo_report.serialize._csv import LONG_COLUMNS, dumps_csv, dumps_csv_wide, loads_csv
from govinfo_report.serialize._json import (
    SCHEMA_NAME,
    SCHEMA_VERSION,
    dumps,
    from_dict,
    loads,
    to_dict,
)
from govinfo_report.serialize._schema import json_schema

__all__ = [
    "LONG_COLUMNS",
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "dumps",
    "dumps_csv",
    "dumps_csv_wide",
    "from_dict",
    "json_schema",
    "loads",
    "loads_csv",
    "to_dict",
]
