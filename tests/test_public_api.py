"""The public surface is what __all__ says, and every public name is documented."""

from __future__ import annotations

import importlib
import inspect
import types

import pytest

PUBLIC_API = {
    "govinfo_report": {
        "Cell",
        "CellSpec",
        "CheckResult",
        "Contact",
        "Finding",
        "FormatVersion",
        "GovInfoReportError",
        "Metadata",
        "ParseResult",
        "Period",
        "ProcessingFees",
        "Report",
        "ReportBuilder",
        "ReportKind",
        "ReportV2019",
        "ReportV2021",
        "Sections",
        "Severity",
        "__version__",
        "aggregate",
        "blank_report",
        "cell_specs",
        "check",
        "compute_totals",
        "dumps",
        "from_dict",
        "get_cell",
        "iter_cells",
        "json_schema",
        "load_example",
        "loads",
        "parse",
        "parse_docx",
        "parse_html",
        "parse_text",
        "render_docx",
        "render_html",
        "render_markdown",
        "render_text",
        "replace_cells",
        "to_dict",
    },
    "govinfo_report.model": {
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
    },
    "govinfo_report.build": {
        "ReportBuilder",
        "aggregate",
        "blank_report",
        "compute_totals",
        "replace_cells",
    },
    "govinfo_report.serialize": {
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
    },
    "govinfo_report.checks": {
        "RULES",
        "Blanks",
        "CellRef",
        "CheckResult",
        "Finding",
        "Rule",
        "Severity",
        "check",
        "check_aggregate",
        "check_series",
        "legal_deadline",
    },
    "govinfo_report.render": {
        "STYLESHEET",
        "CellFinding",
        "render_docx",
        "render_html",
        "render_markdown",
        "render_text",
    },
    "govinfo_report.examples": {"DEFAULT_EXAMPLE", "example_json", "example_names", "load_example"},
    "govinfo_report.errors": {
        "BuildError",
        "CheckError",
        "DocumentError",
        "GovInfoReportError",
        "InvalidValueError",
        "MissingDependencyError",
        "ParseError",
        "UnknownCellError",
        "UnknownExampleError",
        "ZhValueError",
    },
    "govinfo_report.parse": {
        "MAX_INPUT_SIZE",
        "MAX_UNPACKED_SIZE",
        "CellSource",
        "InputKind",
        "Location",
        "ParagraphSpan",
        "ParseResult",
        "ParseWarning",
        "TableCell",
        "TextSpan",
        "WarningCode",
        "detect_kind",
        "parse",
        "parse_docx",
        "parse_html",
        "parse_text",
    },
    "govinfo_report.cli": {"main"},
    "govinfo_report.zh": {
        "Citation",
        "DEFAULT_UNITS",
        "DateStyle",
        "HeadingNumber",
        "NumberMatch",
        "NumeralStyle",
        "ZhValueError",
        "find_numbers",
        "format_citation",
        "format_date",
        "format_heading_number",
        "format_int",
        "format_period",
        "format_rmb",
        "format_wan_yuan",
        "format_year",
        "parse_citation",
        "parse_date",
        "parse_heading_number",
        "parse_int",
        "parse_period",
        "parse_rmb",
        "parse_year",
        "split_heading",
        "wan_yuan_to_yuan",
        "yuan_to_wan_yuan",
    },
}


@pytest.mark.parametrize("module_name", sorted(PUBLIC_API))
def test_all_lists_exactly_the_public_api(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert set(module.__all__) == PUBLIC_API[module_name]
    assert len(module.__all__) == len(set(module.__all__))


@pytest.mark.parametrize("module_name", sorted(PUBLIC_API))
def test_every_public_name_exists_and_is_documented(module_name: str) -> None:
    module = importlib.import_module(module_name)
    assert module.__doc__
    for name in module.__all__:
        value = getattr(module, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert value.__doc__, f"{module_name}.{name} has no docstring"


def test_public_modules_define_no_other_public_functions_or_classes() -> None:
    for module_name, names in PUBLIC_API.items():
        module = importlib.import_module(module_name)
        for name, value in vars(module).items():
            if name.startswith("_") or isinstance(value, types.ModuleType):
                continue
            if (inspect.isclass(value) or inspect.isfunction(value)) and value.__module__ == module_name:
                assert name in names, f"{module_name}.{name} is public but not in __all__"


def test_every_error_derives_from_the_library_root() -> None:
    from govinfo_report import errors

    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.GovInfoReportError)
