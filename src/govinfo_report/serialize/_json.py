"""Versioned JSON documents of reports, through one cattrs converter.

A document is an object whose first keys name the document schema and its version, then the
report's format version, then the report's parts under the key names of the model::

    {"schema": "govinfo-report", "schema_version": 1, "format_version": "2021",
     "metadata": {...}, "sections": {...}, "table2": {...}, "table3": {...},
     "table4": {...}, "processing_fees": {...}}

Counts are JSON integers or ``null`` (blank); money is a decimal string (``"96171.6"``) or
``null``; dates are ISO 8601 (``"2024-01-31"``); enumerations travel by value. A group's
``subtotal`` row appears only where the report holds one; every other key is required, and no
other key is allowed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.errors import AttributeValidationNote, ClassValidationError, ForbiddenExtraKeysError
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from govinfo_report.errors import DocumentError, GovInfoReportError, InvalidValueError
from govinfo_report.model import FormatVersion, Report, ReportKind
from govinfo_report.model._cells import (
    METADATA_KEY,
    CellField,
    CellKind,
    SubtotalField,
    cell_problem,
)
from govinfo_report.model._report import REPORT_CLASSES

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "dumps",
    "from_dict",
    "loads",
    "to_dict",
]

#: The value of a document's ``schema`` key.
SCHEMA_NAME = "govinfo-report"
#: The version of the document layout this library writes (and the newest it reads).
SCHEMA_VERSION = 1

#: The keys of a document before the report's own parts, in order.
HEADER_KEYS = ("schema", "schema_version", "format_version")

#: How money is written: digits, optionally a point and more digits.
MONEY_PATTERN = r"^[0-9]+(\.[0-9]+)?$"
#: How dates are written.
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

_MONEY_RE = re.compile(MONEY_PATTERN)
_DATE_RE = re.compile(DATE_PATTERN)


class _InvalidValueError(ValueError):
    """A value in a document does not fit; the message says why."""


def _describe(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."


def _structure_money(value: Any, _: Any) -> Decimal | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _MONEY_RE.match(value):
        raise _InvalidValueError(
            f'money must be a decimal string such as "12.5" or null, got {_describe(value)}'
        )
    return Decimal(value)  # the model checks the amount itself


def _pass_through(value: Any, _: Any) -> Any:
    """Counts arrive as JSON gives them; the model checks them when the row is made."""
    return value


def _structure_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise _InvalidValueError(f"expected a string, got {_describe(value)}")
    return value


def _structure_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _InvalidValueError(f"expected an integer, got {_describe(value)}")
    return value


def _structure_date(value: Any, _: Any) -> date:
    if not isinstance(value, str) or not _DATE_RE.match(value):
        raise _InvalidValueError(f'expected a date such as "2024-01-31", got {_describe(value)}')
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise _InvalidValueError(f"no such date: {value}") from None


def _structure_names(value: Any, _: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _InvalidValueError(f"expected a list of strings, got {_describe(value)}")
    return tuple(value)


def _structure_kind(value: Any, _: Any) -> ReportKind:
    try:
        return ReportKind(value)
    except ValueError:
        choices = ", ".join(repr(kind.value) for kind in ReportKind)
        raise _InvalidValueError(f"expected one of {choices}, got {_describe(value)}") from None


def _at(cls: type[Any], name: str, problem: Exception) -> Exception:
    """``problem``, marked as concerning the attribute ``name`` of ``cls`` (for its JSON path)."""
    note = AttributeValidationNote(f"Structuring class {cls.__qualname__} @ attribute {name}", name, None)
    setattr(problem, "__notes__", [note])  # noqa: B010 (add_note() needs Python 3.11)
    return problem


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_unstructure_hook(Decimal, lambda value: format(value, "f"))
    converter.register_unstructure_hook(date, lambda value: value.isoformat())
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(date, _structure_date)
    converter.register_structure_hook_func(lambda t: t == tuple[str, ...], _structure_names)
    converter.register_structure_hook(ReportKind, _structure_kind)

    def structure_factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
        overrides = {}
        cells = {}
        defaulted = []  # cattrs would fill these in silently when missing; documents must have them
        for field in attrs.fields(cls):
            meta = field.metadata.get(METADATA_KEY)
            if isinstance(meta, CellField):
                cells[field.name] = meta.kind
                hook = _structure_money if meta.kind is CellKind.MONEY else _pass_through
                overrides[field.name] = override(struct_hook=hook)
            if field.default is not attrs.NOTHING and not isinstance(meta, SubtotalField):
                defaulted.append(field.name)
        base = make_dict_structure_fn(cls, converter, **overrides)  # type: ignore[arg-type]

        def cell_problems(value: dict[str, Any]) -> list[Exception]:
            found: list[Exception] = []
            for name, kind in cells.items():
                # Money arrived as text: judge the amount the text gave, as the model did.
                amount = (
                    _structure_money(value.get(name), None) if kind is CellKind.MONEY else value.get(name)
                )
                problem = cell_problem(kind, amount)
                if problem is not None:
                    found.append(_at(cls, name, _InvalidValueError(problem)))
            return found

        def structure(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise _InvalidValueError(f"expected an object, got {_describe(value)}")
            missing = [_at(cls, name, KeyError(name)) for name in defaulted if name not in value]
            try:
                result = base(value, cls)
            except ClassValidationError as error:
                problems = list(missing)
                for problem in error.exceptions:
                    if isinstance(problem, InvalidValueError) and not hasattr(problem, "__notes__"):
                        # The model refused a value when the object was made: say which cell.
                        problems += cell_problems(value) or [problem]
                    else:
                        problems.append(problem)
            except Exception as error:
                if not missing:
                    raise
                problems = [*missing, error]
            else:
                if not missing:
                    return result
                problems = missing
            raise ClassValidationError(f"invalid {cls.__qualname__}", problems, cls)

        return structure

    def unstructure_factory(cls: type[Any]) -> Callable[[Any], Any]:
        overrides = {
            field.name: override(omit_if_default=True)
            for field in attrs.fields(cls)
            if isinstance(field.metadata.get(METADATA_KEY), SubtotalField)
        }
        return make_dict_unstructure_fn(cls, converter, **overrides)  # type: ignore[arg-type]

    converter.register_structure_hook_factory(attrs.has, structure_factory)
    converter.register_unstructure_hook_factory(attrs.has, unstructure_factory)
    return converter


_CONVERTER = _make_converter()


def unstructure(value: Any) -> Any:
    """``value`` (a model object, a date, a ``Decimal`` …) as the plain data of a document."""
    return _CONVERTER.unstructure(value)


def _format_problem(problem: BaseException, _: object) -> str:
    if isinstance(problem, (_InvalidValueError, GovInfoReportError)):
        return str(problem)
    if isinstance(problem, KeyError):
        return "required key missing"
    if isinstance(problem, ForbiddenExtraKeysError):
        return f"unknown keys: {', '.join(sorted(problem.extra_fields))}"
    return f"invalid value ({problem})"


def to_dict(report: Report) -> dict[str, Any]:
    """The JSON document of ``report`` as plain Python data (dicts, lists, str, int, None).

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> document = to_dict(ReportV2021(Metadata("某局", 2023)))
        >>> list(document)[:4]
        ['schema', 'schema_version', 'format_version', 'metadata']
        >>> document["table3"]["received"]["natural_person"] is None
        True
    """
    document: dict[str, Any] = {
        "schema": SCHEMA_NAME,
        "schema_version": SCHEMA_VERSION,
        "format_version": report.format_version.value,
    }
    document.update(_CONVERTER.unstructure(report))
    return document


def _header_problem(document: dict[str, Any]) -> str | None:
    if document.get("schema") != SCHEMA_NAME:
        return f'not a {SCHEMA_NAME} document: expected "schema": "{SCHEMA_NAME}" @ $.schema'
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= SCHEMA_VERSION:
        return (
            f"unsupported schema_version {_describe(version)}: this library reads versions 1 to "
            f"{SCHEMA_VERSION} @ $.schema_version"
        )
    if document.get("format_version") not in {version.value for version in FormatVersion}:
        known = ", ".join(f'"{version.value}"' for version in FormatVersion)
        return (
            f"unknown format_version {_describe(document.get('format_version'))}: expected one "
            f"of {known} @ $.format_version"
        )
    return None


def from_dict(document: Any) -> Report:
    """Read a report back from the plain data :func:`to_dict` gives.

    Raises:
        DocumentError: When the data is not a valid document; its ``problems`` list every
            problem found, each with its JSON path.

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> document = to_dict(ReportV2021(Metadata("某局", 2023)))
        >>> document["table3"]["received"]["natural_person"] = -1
        >>> from_dict(document)
        Traceback (most recent call last):
        ...
        govinfo_report.errors.DocumentError: a count must be >= 0, got -1 @ $.table3.received.natural_person
    """
    if not isinstance(document, dict):
        raise DocumentError([f"expected a JSON object, got {_describe(document)} @ $"])
    problem = _header_problem(document)
    if problem is not None:
        raise DocumentError([problem])
    cls = REPORT_CLASSES[FormatVersion(document["format_version"])]
    body = {key: value for key, value in document.items() if key not in HEADER_KEYS}
    try:
        return _CONVERTER.structure(body, cls)
    except ClassValidationError as error:
        raise DocumentError(cattrs.transform_error(error, "$", _format_problem)) from None
    except (_InvalidValueError, GovInfoReportError) as error:
        raise DocumentError([f"{error} @ $"]) from None


def dumps(report: Report, *, indent: int | None = None) -> str:
    """The JSON text of ``report`` (UTF-8 friendly: Chinese is written as is).

    Args:
        report: The report.
        indent: Indent nested objects by this many spaces, one key per line, for people to
            read; the default writes compact text (several times faster).

    Example:
        >>> from govinfo_report.model import Metadata, ReportV2021
        >>> text = dumps(ReportV2021(Metadata("某局", 2023)))
        >>> text[:50]
        '{"schema": "govinfo-report", "schema_version": 1, '
    """
    return json.dumps(to_dict(report), ensure_ascii=False, indent=indent)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def loads(text: str | bytes) -> Report:
    """Read a report from JSON text.

    Raises:
        DocumentError: When the text is not JSON, or not a valid document; the message says
            where (line and column, or the JSON path).

    Example:
        >>> loads('{"schema": "govinfo-report"')
        Traceback (most recent call last):
        ...
        govinfo_report.errors.DocumentError: not JSON: Expecting ',' delimiter: line 1 column 28 (char 27)
    """
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as error:
        raise DocumentError([f"not JSON: {error}"]) from None
    return from_dict(document)
