"""Reports as versioned JSON documents, and the JSON Schema of those documents.

Example:
    >>> from govinfo_report.model import Metadata, ReportV2021
    >>> from govinfo_report.serialize import dumps, loads
    >>> report = ReportV2021(Metadata("某局", 2023))
    >>> loads(dumps(report)) == report
    True
"""

from __future__ import annotations

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
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "dumps",
    "from_dict",
    "json_schema",
    "loads",
    "to_dict",
]
