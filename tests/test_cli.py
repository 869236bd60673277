"""The govinfo-report command: new, example, schema, show, and its errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from govinfo_report.cli import main
from govinfo_report.examples import example_json, load_example
from govinfo_report.model import ReportV2019, ReportV2021, cell_values
from govinfo_report.serialize import json_schema, loads


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_new_prints_a_blank_report_in_the_format_of_the_year(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "new", "--agency", "某局", "--year", "2020")
    report = loads(out)
    assert (status, err) == (0, "")
    assert isinstance(report, ReportV2019)
    assert report.metadata.agency == "某局"
    assert set(cell_values(report).values()) == {None}


def test_new_follows_the_format_option_and_fills_zeros(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys,
        "new",
        "--agency",
        "某局",
        "--year",
        "2020",
        "--format",
        "2021",
        "--zeros",
        "--kind",
        "government",
    )
    report = loads(out)
    assert status == 0
    assert isinstance(report, ReportV2021)
    assert report.metadata.kind.value == "government"
    assert set(cell_values(report).values()) == {0}


def test_example_prints_the_shipped_example(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "example")
    assert status == 0
    assert out == example_json("pingfang-2023")
    assert loads(out) == load_example()


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "schema")
    assert status == 0
    assert json.loads(out) == json_schema()
    jsonschema.validate(json.loads(example_json()), json.loads(out))


def test_show_summarises_a_report_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_text(example_json(), encoding="utf-8")
    status, out, _ = run(capsys, "show", str(path))
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "平房区区域合作局2023年政府信息公开工作年度报告"
    assert any(line.split() == ["cells", "203:", "202", "filled,", "1", "blank"] for line in lines)
    assert any(line.split()[:2] == ["一、总体情况", "410"] for line in lines)
    assert any(line.split() == ["信息处理费", "/", "实际收取金额", "0", "元"] for line in lines)


def test_show_reads_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(example_json().encode())))
    status, out, _ = run(capsys, "show", "-")
    assert status == 0
    assert out.startswith("平房区区域合作局2023年")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["new", "--agency", "某局", "--year", "2018"], "error: no national format covers report year 2018"),
        (
            ["new", "--agency", "某局", "--year", "二〇二三"],
            "usage error: argument --year: invalid int value",
        ),
        (["new", "--year", "2023"], "usage error: the following arguments are required: --agency"),
        (
            ["new", "--agency", "", "--year", "2023"],
            "error: Metadata.agency: the agency name must not be empty",
        ),
        (["example", "nope"], "error: no example named 'nope'"),
        (["show", "/no/such/file.json"], "error: cannot read /no/such/file.json: No such file or directory"),
        (["frobnicate"], "usage error: argument COMMAND: invalid choice: 'frobnicate'"),
        ([], "usage error: the following arguments are required: COMMAND"),
    ],
)
def test_bad_input_exits_2_with_one_line_on_stderr(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    status, out, err = run(capsys, *argv)
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith(f"govinfo-report: {message}")


def test_a_bad_document_exits_2_naming_the_file_and_path(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads(example_json())
    document["table4"]["review"]["upheld"] = -3
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    status, _, err = run(capsys, "show", str(path))
    assert status == 2
    assert err == f"govinfo-report: error: {path}: a count must be >= 0, got -3 @ $.table4.review.upheld\n"


def test_the_installed_command_runs_and_reports_errors_without_a_traceback() -> None:
    command = shutil.which("govinfo-report")
    assert command is not None, "the package's console script is not installed"
    shown = subprocess.run(
        [command, "show", "-"], input=example_json(), capture_output=True, text=True, check=False
    )
    assert shown.returncode == 0
    assert shown.stdout.startswith("平房区区域合作局2023年政府信息公开工作年度报告")
    failed = subprocess.run([command, "show", "-"], input="{", capture_output=True, text=True, check=False)
    assert failed.returncode == 2
    assert "Traceback" not in failed.stderr
    assert failed.stderr.startswith("govinfo-report: error: -: not JSON:")
