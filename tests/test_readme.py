"""The README's two commands are what CI runs and what a new user types."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent


def readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.DOTALL)[:2]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    _, test_command = readme_commands()
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines
    assert "set -euo pipefail" in ci_lines


def test_the_readme_main_job_runs_on_the_shipped_example() -> None:
    main_command, _ = readme_commands()
    job = main_command.split(" && ")[-1]
    assert job.startswith("govinfo-report ")
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", job], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("平房区区域合作局2023年政府信息公开工作年度报告")
    assert "结果：通过，无错误" in result.stdout


def test_the_readme_python_example_runs_and_its_comments_hold() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.findall(r"```python\n(.*?)\n```", text, flags=re.DOTALL)[0]
    namespace: dict[str, object] = {}
    exec(compile(example, "README.md", "exec"), namespace)
    report = namespace["report"]
    assert report.table3.carried_forward.natural_person == 3  # type: ignore[attr-defined]
    assert namespace["result"].ok  # type: ignore[attr-defined]
