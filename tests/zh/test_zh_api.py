"""The public surface of govinfo_report.zh is exactly its __all__, documented, with examples."""

from __future__ import annotations

import inspect
import pickle
import subprocess
import sys

import govinfo_report.zh as zh
from govinfo_report import errors
from govinfo_report.errors import GovInfoReportError, ZhValueError
from test_public_api import PUBLIC_API

PUBLIC = PUBLIC_API["govinfo_report.zh"]


def test_every_public_function_and_class_has_a_docstring_with_a_doctest_example() -> None:
    for name in PUBLIC:
        value = getattr(zh, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert value.__doc__, name
            assert ">>>" in value.__doc__, name


def test_the_package_docstring_documents_every_part() -> None:
    doc = zh.__doc__
    assert doc is not None
    for name in ("format_int", "format_rmb", "find_numbers", "format_wan_yuan", "ZhValueError"):
        assert name in doc


def test_parse_and_format_functions_come_in_pairs_with_keyword_only_options() -> None:
    for name in PUBLIC:
        if name.startswith("parse_"):
            assert "format_" + name[6:] in PUBLIC, name
            assert (
                inspect.signature(getattr(zh, name)).parameters["lenient"].kind
                is inspect.Parameter.KEYWORD_ONLY
            )


def test_zh_value_error_is_a_library_error_and_a_value_error() -> None:
    assert issubclass(ZhValueError, GovInfoReportError)
    assert issubclass(ZhValueError, ValueError)
    assert zh.ZhValueError is errors.ZhValueError
    assert "ZhValueError" in errors.__all__


def test_zh_value_error_keeps_text_and_position_through_pickle() -> None:
    error = ZhValueError("unexpected character '个' at position 3 in '一百二个'", "一百二个", 3)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is ZhValueError
    assert (str(copy), copy.text, copy.position) == (str(error), "一百二个", 3)


def test_importing_zh_does_not_import_cn2an() -> None:
    code = "import sys, govinfo_report.zh; print('cn2an' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_results_pickle() -> None:
    values = [
        zh.parse_citation("第二十条第（一）项"),
        zh.parse_heading_number("（一）"),
        next(zh.find_numbers("3.5万元")),
        zh.parse_rmb("壹拾万元整"),
    ]
    for value in values:
        assert pickle.loads(pickle.dumps(value)) == value
