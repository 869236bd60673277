"""The report as GitHub-flavoured Markdown.

Markdown tables cannot merge cells, so each block of a table becomes one table whose header
names each column by its label path (``申请人情况 / 法人或其他组织 / 商业企业``) and whose rows
are named by their row label paths (``三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密``).
"""

from __future__ import annotations

import re

from govinfo_report.model import Report
from govinfo_report.render._layout import Block, document_layout, format_value

__all__ = ["render_markdown"]

#: Characters that Markdown may read as markup anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
#: What makes a line a heading, quote, list item or rule when it starts it …
_LINE_START = re.compile(r"^([#>+=-])")
#: … and what makes it a numbered list item (the point or parenthesis is escaped).
_NUMBERED = re.compile(r"^([0-9]+)([.)])(?=\s|$)")


def _escape(text: str) -> str:
    r"""``text`` with everything Markdown could read as markup escaped by a backslash.

    Example:
        >>> print(_escape("# a*b* <i> | 1. x"))
        \# a\*b\* \<i\> \| 1. x
        >>> print(_escape("1. x"))
        1\. x
    """
    text = _LINE_START.sub(r"\\\1", _INLINE.sub(r"\\\1", text))
    return _NUMBERED.sub(r"\1\\\2", text)


def _paragraphs(lines: tuple[str, ...]) -> list[list[str]]:
    """Each non-blank line as a paragraph of its own, without the indentation Markdown would read."""
    return [[_escape(line.strip(" \t"))] for line in lines if line.strip()]


def _joined(labels: tuple[str, ...]) -> str:
    return _escape(" / ".join(labels))


def _table(block: Block) -> list[str]:
    has_labels = any(line.labels for line in block.lines)
    header = ([_escape(block.corner)] if has_labels else []) + [_joined(path) for path in block.columns]
    rule = ([":---"] if has_labels else []) + ["---:"] * len(block.columns)
    lines = [f"| {' | '.join(header)} |", f"| {' | '.join(rule)} |"]
    for line in block.lines:
        cells = ([_joined(line.labels)] if has_labels else []) + [
            format_value(cell.value) for cell in line.cells
        ]
        lines.append(f"| {' | '.join(cells)} |")
    return lines


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown, one table per block of each official table.

    The title is a level-1 heading, each section a level-2 heading, each line of the narrative
    a paragraph. Text is escaped so that nothing in it becomes markup. A blank cell stays
    blank; 0 prints 0.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> lines = render_markdown(load_example()).splitlines()
        >>> lines[0]
        '# 平房区区域合作局2023年政府信息公开工作年度报告'
        >>> next(line for line in lines if "（三）不予公开 / 1." in line)
        '| 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |'
    """
    layout = document_layout(report)
    blocks: list[list[str]] = [[f"# {_escape(layout.title)}"], *_paragraphs(layout.preamble)]
    for section in layout.sections:
        blocks.append([f"## {_escape(section.heading)}"])
        blocks += _paragraphs(section.paragraphs)
        for table in section.tables:
            for block in table.blocks:
                if block.caption is not None:
                    blocks.append([f"**{_escape(block.caption)}**"])
                blocks.append(_table(block))
    blocks += _paragraphs(layout.signature)
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
