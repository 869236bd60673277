"""The code type-checks, lints, formats and documents cleanly (these run as part of the suite)."""

from __future__ import annotations

import html
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_report.checks import RULES

ROOT = Path(__file__).parent.parent


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_mypy_strict_passes_over_src() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_no_lint_errors() -> None:
    result = run(sys.executable, "-m", "ruff", "check", "src", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_leaves_the_code_unchanged() -> None:
    result = run(sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "benchmarks", "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_sphinx_docs_build_without_warnings_and_list_the_rule_catalogue(tmp_path: Path) -> None:
    sphinx = shutil.which("sphinx-build", path=str(Path(sys.executable).parent))
    assert sphinx is not None, "sphinx-build is not installed beside this Python"
    result = run(
        sphinx,
        "-W",
        "--keep-going",
        "-q",
        "-b",
        "html",
        "-d",
        str(tmp_path / "doctrees"),
        "docs",
        str(tmp_path / "html"),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The rule catalogue page is generated from the rules' declarations.
    catalogue = (tmp_path / "html" / "checks.html").read_text(encoding="utf-8")
    for rule in RULES:
        assert f'<span class="pre">{rule.code}</span>' in catalogue, rule.code
        assert html.escape(rule.title_zh, quote=False) in catalogue, rule.code


@pytest.mark.parametrize("path", ["src/govinfo_report/py.typed"])
def test_the_package_is_marked_typed(path: str) -> None:
    assert (ROOT / path).is_file()
