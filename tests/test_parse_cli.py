"""govinfo-report parse, and the other commands reading published reports as well as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from govinfo_report.cli import main
from govinfo_report.examples import example_json, load_example
from govinfo_report.parse import parse
from govinfo_report.render import render_docx, render_html
from govinfo_report.serialize import dumps, loads

EXAMPLES = Path(__file__).parent / "data" / "examples"
HUAIAN = str(EXAMPLES / "huaian-city-2024-2021format.txt")
PINGTAN = str(EXAMPLES / "pingtan-2021-2021format-crawled.txt")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_parse_prints_the_report_as_one_json_document(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "parse", HUAIAN, "--to", "json")
    assert (status, err) == (0, "")
    assert out == dumps(parse(Path(HUAIAN)).report) + "\n"
    assert loads(out).metadata.agency == "淮安市人民政府"


def test_warnings_go_to_standard_error_one_line_each_naming_the_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, out, err = run(capsys, "parse", PINGTAN)
    warnings = err.splitlines()
    assert status == 1
    assert len(warnings) == len(parse(Path(PINGTAN)).warnings)
    assert all(line.startswith(f"govinfo-report: {PINGTAN}: warning: ") for line in warnings)
    assert any("693665" in line and "[digits-not-split]" in line for line in warnings)
    assert len(out.splitlines()) == 1


def test_many_files_give_one_line_each_and_a_bad_file_does_not_stop_the_others(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text("no title here", encoding="utf-8")
    report = tmp_path / "report.json"
    report.write_text(example_json(), encoding="utf-8")
    status, out, err = run(capsys, "parse", HUAIAN, str(broken), str(report))
    lines = out.splitlines()
    assert status == 2
    assert [loads(line).metadata.agency for line in lines] == ["淮安市人民政府", "平房区区域合作局"]
    assert f"govinfo-report: {broken}: error: " in err
    assert "no report title" in err


def test_output_dir_gets_one_json_file_per_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    docx_file = tmp_path / "seed.docx"
    docx_file.write_bytes(render_docx(load_example()))
    html_file = tmp_path / "seed.html"
    html_file.write_text(render_html(load_example()), encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(docx_file), str(html_file), "-o", str(tmp_path))
    assert (status, out) == (0, "")
    for name in ("seed.docx.json", "seed.html.json"):
        assert loads((tmp_path / name).read_text(encoding="utf-8")) == load_example()


def test_output_dir_never_overwrites_a_file_written_for_another_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    copy = tmp_path / "a" / Path(HUAIAN).name
    copy.write_bytes(Path(HUAIAN).read_bytes())
    status, _, err = run(capsys, "parse", HUAIAN, str(copy), "-o", str(tmp_path))
    assert status == 2
    assert "not overwritten" in err


class _Terminal:
    """Standard error that says it is a terminal, and keeps what is written."""

    def __init__(self) -> None:
        self.written: list[str] = []

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)

    def flush(self) -> None:
        pass


def test_many_files_on_a_terminal_show_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert main(["parse", HUAIAN, HUAIAN]) == 0
    progress = [text for text in terminal.written if "/2 " in text]
    assert [text.split(": ", 1)[1].split(" ")[0] for text in progress] == ["1/2", "2/2"]
    assert terminal.written[-1] == "\r\x1b[K"  # the progress line is cleared at the end


def test_one_file_shows_no_progress(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", _Terminal())
    assert main(["parse", HUAIAN]) == 0
    assert terminal.written == []


def test_show_reads_a_published_report_and_reports_its_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "show", PINGTAN)
    assert status == 0
    assert out.splitlines()[0] == "平潭综合实验区2021年度政府信息公开工作年度报告"
    assert "warning:" in err


def test_render_reads_a_published_report(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    page = tmp_path / "seed.html"
    page.write_text(render_html(load_example()), encoding="utf-8")
    status, out, err = run(capsys, "render", str(page), "--to", "html")
    assert (status, err) == (0, "")
    assert out == render_html(load_example())


def test_a_json_document_is_still_read_as_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    report.write_text(example_json(), encoding="utf-8")
    status, out, _ = run(capsys, "parse", str(report))
    assert status == 0
    assert json.loads(out) == json.loads(dumps(load_example()))
