"""``govinfo-report check``: output, exit status, series, aggregates and bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checked_reports import good_report
from govinfo_report.build import aggregate
from govinfo_report.cli import main
from govinfo_report.examples import example_json
from govinfo_report.model import FormatVersion, Report, replace_cells
from govinfo_report.serialize import dumps


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def write(path: Path, report: Report) -> str:
    path.write_text(dumps(report), encoding="utf-8")
    return str(path)


def broken() -> Report:
    return replace_cells(good_report(), {"table4.review.total": 5})


def test_the_shipped_example_passes_from_standard_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(example_json().encode())))
    status, out, err = run(capsys, "check", "-")
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == "平房区区域合作局2023年政府信息公开工作年度报告"
    assert "结果：通过，无错误（错误 0 条，警告 0 条，提示 0 条）" in out


def test_a_report_with_an_error_exits_1_and_says_where(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "r.json", broken())
    status, out, _ = run(capsys, "check", path, "--lang", "en")
    assert status == 1
    assert "[error] T4-01 table4.review:" in out
    assert "cells: table4.review.total, table4.review.upheld" in out


def test_json_output_is_a_list_of_findings_with_code_severity_message_and_cells(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "r.json", broken())
    status, out, _ = run(capsys, "check", path, "--format", "json")
    findings = json.loads(out)
    assert status == 1
    assert [finding["code"] for finding in findings] == ["T4-01"]
    (finding,) = findings
    assert finding["severity"] == "error"
    assert finding["message"].startswith("「行政复议」")
    assert finding["cells"][0] == "table4.review.total"
    assert (finding["file"], finding["agency"], finding["year"]) == (path, "某局", 2023)


def test_warnings_alone_exit_0_and_select_ignore_and_min_severity_apply(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    report = replace_cells(
        broken(), {"processing_fees.fee_notices": 0, "table3.results.other_handling.fee_unpaid.total": 2}
    )
    path = write(tmp_path / "r.json", report)
    status, out, _ = run(capsys, "check", path, "--select", "FEE,T4", "--ignore", "T4-01", "--format", "json")
    assert status == 0
    assert [finding["code"] for finding in json.loads(out)] == ["FEE-02"]
    status, out, _ = run(
        capsys, "check", path, "--ignore", "T4", "--min-severity", "error", "--format", "json"
    )
    findings = json.loads(out)
    assert status == 1
    assert [finding["code"] for finding in findings] == ["T3-02", "T3-03"]
    assert {finding["severity"] for finding in findings} == {"error"}


def test_one_agencys_files_are_checked_as_a_series(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    y2022 = write(tmp_path / "2022.json", good_report(FormatVersion.V2021, 2022))
    y2023 = write(tmp_path / "2023.json", good_report(FormatVersion.V2021, 2023))
    status, out, _ = run(capsys, "check", y2023, y2022, "--select", "YEAR-01", "--format", "json")
    assert status == 0
    assert {(finding["file"], finding["code"]) for finding in json.loads(out)} == {(y2023, "YEAR-01")}
    status, out, _ = run(capsys, "check", y2023, y2022, "--select", "YEAR-01")
    assert out.index(f"== {y2023}") < out.index(f"== {y2022}")
    status, out, _ = run(
        capsys, "check", y2023, "--previous", y2022, "--select", "YEAR-01", "--format", "json"
    )
    assert {finding["file"] for finding in json.loads(out)} == {y2023}


def test_an_aggregate_is_checked_against_its_parts(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    part = good_report()
    total = replace_cells(aggregate([part], agency="某区"), {"table4.review.upheld": 2})
    paths = [write(tmp_path / "total.json", total), write(tmp_path / "part.json", part)]
    status, out, _ = run(capsys, "check", paths[0], "--part", paths[1], "--select", "AGG", "--format", "json")
    assert status == 0
    assert [finding["cells"] for finding in json.loads(out)] == [["table4.review.upheld"]]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "missing.json"], "cannot read missing.json"),
        (["check", "{report}", "--select", "T9"], "no rule has the code or group 'T9'"),
        (["check", "{report}", "--deadline", "02-30"], "--deadline: expected MM-DD"),
        (["check", "{report}", "{report}", "--part", "{report}"], "--part: give exactly one FILE"),
        (["check", "{report}", "{report}"], "got two of 2023"),
        (["check", "{report}", "--previous", "{report}"], "the report of 2022 is needed"),
        (
            ["check", "{report}", "{other}", "--previous", "{report}"],
            "--previous: the FILEs must be one agency's",
        ),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: list[str], message: str
) -> None:
    report = write(tmp_path / "r.json", good_report())
    other = write(tmp_path / "o.json", aggregate([good_report()], agency="乙局"))
    status, out, err = run(capsys, *(arg.format(report=report, other=other) for arg in argv))
    assert (status, out) == (2, "")
    assert message in err
    assert len(err.splitlines()) == 1


def test_a_local_deadline_is_month_and_day_of_the_next_year(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path / "r.json", good_report())
    status, out, _ = run(capsys, "check", path, "--deadline", "01-15", "--format", "json", "--lang", "en")
    (finding,) = json.loads(out)
    assert (status, finding["code"]) == (0, "META-03")
    assert "2024-01-15" in finding["message"]
