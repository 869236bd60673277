"""Sphinx directives that list facts of the format from the library's own declarations."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from govinfo_report.checks import RULES
from govinfo_report.model import FormatVersion, cell_specs
from govinfo_report.model._report import REPORT_CLASSES


def _list_table(header: list[str], rows: list[list[str]], widths: str) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", f"   :widths: {widths}", ""]
    for row in [header, *rows]:
        lines.append(f"   * - {row[0]}")
        lines.extend(f"     - {cell}" for cell in row[1:])
    return lines


def _parse_lines(directive: SphinxDirective, lines: list[str], source: str) -> list[nodes.Node]:
    container = nodes.container()
    directive.state.nested_parse(StringList(lines, source=source), directive.content_offset, container)
    return [container]


class CellsDirective(SphinxDirective):
    """``.. govinfo-cells:: 2021`` lists every cell of a format version."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        cls = REPORT_CLASSES[FormatVersion(self.arguments[0])]
        rows = [
            [f"``{spec.key}``", spec.label, spec.kind.value + (f" ({spec.unit})" if spec.unit else "")]
            for spec in cell_specs(cls)
        ]
        return _parse_lines(
            self, _list_table(["key path", "label path", "kind"], rows, "40 50 10"), "govinfo-cells"
        )


class RulesDirective(SphinxDirective):
    """``.. govinfo-rules::`` lists the checker's rule catalogue, from the rules' declarations."""

    def run(self) -> list[nodes.Node]:
        rows = [
            [
                f"``{rule.code}``",
                rule.severity.value,
                ", ".join(version.value for version in FormatVersion if version in rule.versions),
                rule.title_zh,
                rule.title_en,
                rule.explanation,
            ]
            for rule in RULES
        ]
        header = ["code", "severity", "formats", "title", "title (English)", "what it checks"]
        return _parse_lines(self, _list_table(header, rows, "8 8 8 22 20 34"), "govinfo-rules")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("govinfo-cells", CellsDirective)
    app.add_directive("govinfo-rules", RulesDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
