"""The report as plain text, its tables drawn as ruled grids with the official merged cells.

Widths are counted in terminal columns, a CJK character taking two, so the tables line up in a
terminal and in a fixed-width e-mail. Long labels wrap inside their cells.
"""

from __future__ import annotations

from govinfo_report._textwidth import display_width, pad
from govinfo_report.model import Report
from govinfo_report.render._layout import Grid, GridCell, Role, document_layout, table_grid

__all__ = ["render_text"]

#: The widest a label may be, in columns, before it wraps (when its cell is not wider anyway).
_WRAP = {Role.ROW: 24, Role.COLUMN: 16}
#: A spanning cell narrower than this widens its columns rather than wrap its text.
_MIN_WRAP = 8


#: Characters a wrapped line must not start with (closing punctuation) …
_NO_START = frozenset("，。、；：！？）」』》〉】”’,.;:!?)]")
#: … or end with (opening brackets and quotes).
_NO_END = frozenset("（「『《〈【“‘([")


def _wrap(text: str, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` columns.

    A line does not start with closing punctuation or end with an opening bracket: the
    character before such a break moves down to the next line with it.

    Example:
        >>> _wrap("通知金额（元）", 10)
        ['通知金额', '（元）']
    """
    lines: list[str] = []
    current = ""
    for char in text:
        if current and display_width(current + char) > width:
            keep = len(current)
            while keep > 1 and (current[keep - 1] in _NO_END or (keep == len(current) and char in _NO_START)):
                keep -= 1
            lines.append(current[:keep])
            current = current[keep:]
        current += char
    return [*lines, current]


def _natural_width(cell: GridCell) -> int:
    """The width a cell asks for: values never wrap; captions and the corner fit what they get."""
    if cell.role in (Role.CAPTION, Role.CORNER):
        return min(display_width(cell.text), _MIN_WRAP)
    width = display_width(cell.text)
    limit = _WRAP.get(cell.role)
    return width if limit is None else min(width, limit)


def _sizes(needs: list[tuple[int, int, int]], count: int, gap: int) -> list[int]:
    """Column widths (or row heights) that give each cell the room it needs.

    Args:
        needs: For each cell, its first column (row), how many it spans, and the room it needs.
        count: The number of columns (rows).
        gap: The room between two neighbouring columns (rows): the rule drawn between them.

    Single cells set their column (row) first; then each spanning cell, narrowest first, widens
    the last column (row) it spans if those it spans, with the gaps between them, are too small.
    """
    sizes = [0] * count
    for first, span, need in sorted(needs, key=lambda item: item[1]):
        available = sum(sizes[first : first + span]) + gap * (span - 1)
        if need > available:
            sizes[first + span - 1] += need - available
    return sizes


def _draw_table(grid: Grid) -> list[str]:
    cells = grid.cells
    widths = _sizes([(c.column, c.colspan, _natural_width(c)) for c in cells], grid.columns, 3)
    left = [0]
    for width in widths:
        left.append(left[-1] + width + 3)
    lines = {
        id(c): _wrap(c.text, left[c.column + c.colspan] - left[c.column] - 3) if c.text else [""]
        for c in cells
    }
    heights = _sizes([(c.row, c.rowspan, len(lines[id(c)])) for c in cells], grid.rows, 1)
    top = [0]
    for height in heights:
        top.append(top[-1] + height + 1)
    canvas = [[" "] * (left[-1] + 1) for _ in range(top[-1] + 1)]

    def put(y: int, x: int, char: str) -> None:
        if canvas[y][x] != "+":
            canvas[y][x] = char

    for cell in cells:
        x0, x1 = left[cell.column], left[cell.column + cell.colspan]
        y0, y1 = top[cell.row], top[cell.row + cell.rowspan]
        for x in range(x0, x1 + 1):
            put(y0, x, "+" if x in (x0, x1) else "-")
            put(y1, x, "+" if x in (x0, x1) else "-")
        for y in range(y0 + 1, y1):
            put(y, x0, "|")
            put(y, x1, "|")
        text_lines = lines[id(cell)]
        inner = x1 - x0 - 3
        first = y0 + 1 + (y1 - y0 - 1 - len(text_lines)) // 2 if cell.rowspan > 1 else y0 + 1
        for offset, text in enumerate(text_lines):
            if cell.role is Role.VALUE:
                text = pad(text, inner, right=True)
            elif cell.role in (Role.COLUMN, Role.CORNER):
                text = pad(" " * ((inner - display_width(text)) // 2) + text, inner)
            x = x0 + 2
            for char in text:
                canvas[first + offset][x] = char
                if display_width(char) == 2:
                    canvas[first + offset][x + 1] = ""
                    x += 1
                x += 1
    return ["".join(row).rstrip() for row in canvas]


def render_text(report: Report) -> str:
    """The report as plain text, with its tables drawn as aligned grids.

    The tables have the merged cells of the official templates, drawn with ``+``, ``-`` and
    ``|``; a CJK character counts as two columns. A blank cell stays blank; 0 prints 0.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> text = render_text(load_example())
        >>> print(text.splitlines()[0])
        平房区区域合作局2023年政府信息公开工作年度报告
        >>> print(*(line for line in text.splitlines() if "行政许可" in line))
        | 行政许可       |                                          0 |
    """
    layout = document_layout(report)
    blocks: list[list[str]] = [[layout.title]]
    if layout.preamble:
        blocks.append(list(layout.preamble))
    for section in layout.sections:
        blocks.append([section.heading])
        if section.paragraphs:
            blocks.append(list(section.paragraphs))
        blocks += [_draw_table(table_grid(table)) for table in section.tables]
    if layout.signature:
        blocks.append(list(layout.signature))
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
