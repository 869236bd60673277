"""The govinfo-report command: new, example, schema, show, and its errors."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from govinfo_report.cli import main
from govinfo_report.examples import example_json, load_example
from govinfo_report.model import ReportV2019, ReportV2021, cell_values
from govinfo_report.serialize import json_schema, loads, loads_csv


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


@pytest.mark.parametrize(
    ("fmt", "start"),
    [
        ("html", "<!DOCTYPE html>"),
        ("text", "平房区区域合作局2023年政府信息公开工作年度报告\n"),
        ("markdown", "# 平房区区域合作局2023年政府信息公开工作年度报告\n"),
        ("csv", "agency,year,format_version,table,key,label,value\r\n"),
    ],
)
def test_render_writes_each_text_format_to_standard_output_and_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fmt: str, start: str
) -> None:
    source = tmp_path / "report.json"
    source.write_text(example_json(), encoding="utf-8")
    status, out, err = run(capsys, "render", str(source), "--to", fmt)
    assert (status, err) == (0, "")
    assert out.startswith(start)
    target = tmp_path / f"out.{fmt}"
    status, out, _ = run(capsys, "render", str(source), "--to", fmt, "-o", str(target))
    assert (status, out) == (0, "")
    assert target.read_bytes().decode("utf-8").startswith(start)


def test_render_html_with_check_marks_the_cells_findings_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    document = json.loads(example_json())
    document["table4"]["review"]["upheld"] = 2  # 总计 stays 0: T4-01 names the cells it adds up
    source = tmp_path / "report.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, plain, _ = run(capsys, "render", str(source), "--to", "html")
    assert status == 0
    assert 'class="finding"' not in plain
    status, marked, _ = run(capsys, "render", str(source), "--to", "html", "--check")
    assert status == 0
    marked_keys = set(re.findall(r'<td class="[^"]*finding[^"]*"[^>]*data-key="([^"]+)"', marked))
    assert marked_keys == {
        f"table4.review.{name}" for name in ("upheld", "corrected", "other", "pending", "total")
    }
    status, _, err = run(capsys, "render", str(source), "--to", "text", "--check")
    assert status == 2
    assert "--check marks cells in HTML output only" in err


def test_render_csv_reads_back_into_the_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "report.json"
    source.write_text(example_json(), encoding="utf-8")
    target = tmp_path / "report.csv"
    assert run(capsys, "render", str(source), "--to", "csv", "--bom", "-o", str(target))[0] == 0
    data = target.read_bytes()
    assert data.startswith("\ufeff".encode())
    assert loads_csv(data) == [load_example()]


def test_render_docx_needs_a_file_or_a_redirected_standard_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("docx")
    source = tmp_path / "report.json"
    source.write_text(example_json(), encoding="utf-8")
    target = tmp_path / "report.docx"
    assert run(capsys, "render", str(source), "--to", "docx", "-o", str(target))[0] == 0
    assert target.read_bytes().startswith(b"PK")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    status, out, err = run(capsys, "render", str(source), "--to", "docx")
    assert (status, out) == (2, "")
    assert "the output is binary: give -o FILE" in err


def test_render_docx_goes_to_a_redirected_standard_output(tmp_path: Path) -> None:
    pytest.importorskip("docx")
    source = tmp_path / "report.json"
    source.write_text(example_json(), encoding="utf-8")
    script = "import sys; from govinfo_report.cli import main; sys.exit(main(sys.argv[1:]))"
    result = subprocess.run(
        [sys.executable, "-c", script, "render", str(source), "--to", "docx"],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(b"PK")


def test_export_writes_a_wide_csv_with_one_row_per_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    paths = []
    for year in (2020, 2023):
        path = tmp_path / f"report-{year}.json"
        status, out, _ = run(capsys, "new", "--agency", "某局", "--year", str(year), "--zeros")
        path.write_text(out, encoding="utf-8")
        paths.append(str(path))
    target = tmp_path / "data.csv"
    status, out, err = run(capsys, "export", *paths, "--to", "csv-wide", "-o", str(target))
    assert (status, out, err) == (0, "", "")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [(row["year"], row["format_version"], row["table4.review.total"]) for row in rows] == [
        ("2020", "2019", "0"),
        ("2023", "2021", "0"),
    ]
    status, out, _ = run(capsys, "export", *paths, "--to", "csv")
    assert status == 0
    assert [report.metadata.year for report in loads_csv(out)] == [2020, 2023]


def test_render_and_export_report_unreadable_input_and_unwritable_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, err = run(capsys, "render", str(tmp_path / "missing.json"), "--to", "html")
    assert status == 2
    assert "cannot read" in err
    source = tmp_path / "report.json"
    source.write_text(example_json(), encoding="utf-8")
    status, _, err = run(
        capsys, "export", str(source), "--to", "csv-wide", "-o", str(tmp_path / "no" / "x.csv")
    )
    assert status == 2
    assert "cannot write" in err
    status, _, err = run(capsys, "render", str(source), "--to", "pdf")
    assert status == 2
    assert "usage error" in err
