"""The JSON Schema (draft 2020-12) of report documents, generated from the model.

Nothing here is written by hand: each attrs class of the model becomes a ``$defs`` entry, its
fields become properties typed from their annotations, and cells carry their official label
path as ``title``.
"""

from __future__ import annotations

import copy
import enum
import functools
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from govinfo_report.model._cells import (
    METADATA_KEY,
    CellField,
    CellKind,
    Label,
    PartField,
    SubtotalField,
)
from govinfo_report.model._report import (
    FIRST_REPORT_YEAR,
    LAST_REPORT_YEAR,
    REPORT_CLASSES,
    SectionField,
)
from govinfo_report.serialize._json import (
    DATE_PATTERN,
    HEADER_KEYS,
    MONEY_PATTERN,
    SCHEMA_NAME,
    SCHEMA_VERSION,
)

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"

_CELL_TYPES: dict[CellKind, dict[str, Any]] = {
    CellKind.COUNT: {"type": ["integer", "null"], "minimum": 0},
    CellKind.SIGNED: {"type": ["integer", "null"]},
    CellKind.MONEY: {"type": ["string", "null"], "pattern": MONEY_PATTERN},
}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    return {**schema, "type": [schema["type"], "null"]}


class _Builder:
    """Collects ``$defs`` while it turns annotations into schemas."""

    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def for_type(self, annotation: Any) -> dict[str, Any]:
        origin = typing.get_origin(annotation)
        arguments = typing.get_args(annotation)
        if origin in (typing.Union, types.UnionType):
            (inner,) = [argument for argument in arguments if argument is not type(None)]
            return _nullable(self.for_type(inner))
        if origin is tuple:
            return {"type": "array", "items": self.for_type(arguments[0])}
        if attrs.has(annotation):
            return self.ref(annotation)
        if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
            return {"enum": [member.value for member in annotation]}
        simple: dict[Any, dict[str, Any]] = {
            str: {"type": "string"},
            int: {"type": "integer"},
            date: {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            Decimal: {"type": "string", "pattern": MONEY_PATTERN},
        }
        return dict(simple[annotation])

    def ref(self, cls: type[Any]) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # reserve the name before recursing
            self.defs[name] = self.for_class(cls)
        return {"$ref": f"#/$defs/{name}"}

    def for_field(self, field: attrs.Attribute[Any], annotation: Any) -> dict[str, Any]:
        meta = field.metadata.get(METADATA_KEY)
        if isinstance(meta, CellField):
            return {"title": meta.label.full, **_CELL_TYPES[meta.kind]}
        if isinstance(meta, PartField):
            schema = self.ref(meta.cls)
            return schema if meta.label is None else {"title": meta.label.full, **schema}
        if isinstance(meta, SubtotalField):
            return {"title": "reported subtotal of the group", **_nullable(self.ref(meta.cls))}
        schema = self.for_type(annotation)
        if isinstance(meta, SectionField):
            schema["title"] = meta.label.full
        elif isinstance(meta, Label):
            schema["title"] = meta.full
        if field.name == "year":
            schema.update(minimum=FIRST_REPORT_YEAR, maximum=LAST_REPORT_YEAR)
        if field.name == "agency":
            schema["minLength"] = 1
        return schema

    def for_class(self, cls: type[Any]) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        schema: dict[str, Any] = {
            "type": "object",
            "properties": {field.name: self.for_field(field, hints[field.name]) for field in fields},
            "required": [
                field.name
                for field in fields
                if not isinstance(field.metadata.get(METADATA_KEY), SubtotalField)
            ],
            "additionalProperties": False,
        }
        doc = (cls.__doc__ or "").strip().splitlines()
        if doc:
            schema["description"] = doc[0]
        return schema


@functools.cache
def _schema() -> dict[str, Any]:
    builder = _Builder()
    documents = []
    for version, cls in REPORT_CLASSES.items():
        body = builder.for_class(cls)
        header = {
            "schema": {"const": SCHEMA_NAME},
            "schema_version": {"const": SCHEMA_VERSION},
            "format_version": {"const": version.value},
        }
        documents.append(
            {
                "title": f"a report in the {version.value} format ({version.document})",
                "type": "object",
                "properties": header | body["properties"],
                "required": [*HEADER_KEYS, *body["required"]],
                "additionalProperties": False,
            }
        )
    return {
        "$schema": _DIALECT,
        "title": "govinfo_report document: one 政府信息公开工作年度报告",
        "oneOf": documents,
        "$defs": dict(sorted(builder.defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every document :func:`dumps` writes validates against.

    Returns a new dict on every call, so callers may change it.

    Example:
        >>> schema = json_schema()
        >>> schema["$schema"]
        'https://json-schema.org/draft/2020-12/schema'
        >>> schema["$defs"]["ApplicantRow"]["properties"]["natural_person"]["title"]
        '自然人'
    """
    return copy.deepcopy(_schema())
