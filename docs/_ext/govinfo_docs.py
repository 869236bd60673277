"""Sphinx directives that list facts of the format from the library's own declarations."""

from __future__ import annotations

from typing import Any

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from govinfo_report.model import FormatVersion, cell_specs
from govinfo_report.model._report import REPORT_CLASSES


def _list_table(header: list[str], rows: list[list[str]], widths: str) -> list[str]:
    lines = [".. list-table::", "   :header-rows: 1", f"   :widths: {widths}", ""]
    for row in [header, *rows]:
        lines.append(f"   * - {row[0]}")
        lines.extend(f"     - {cell}" for cell in row[1:])
    return lines


class CellsDirective(SphinxDirective):
    """``.. govinfo-cells:: 2021`` lists every cell of a format version."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        cls = REPORT_CLASSES[FormatVersion(self.arguments[0])]
        rows = [
            [f"``{spec.key}``", spec.label, spec.kind.value + (f" ({spec.unit})" if spec.unit else "")]
            for spec in cell_specs(cls)
        ]
        lines = _list_table(["key path", "label path", "kind"], rows, "40 50 10")
        container = nodes.container()
        self.state.nested_parse(StringList(lines, source="govinfo-cells"), self.content_offset, container)
        return [container]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("govinfo-cells", CellsDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
