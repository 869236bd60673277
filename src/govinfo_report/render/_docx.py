"""The report as a Word document (DOCX), through the optional python-docx.

The page is A4 with the margins of GB/T 9704 (official documents); the title is set in
方正小标宋简体, the section headings in 黑体 and the text and tables in 仿宋_GB2312. Each font is
entered in the document's font table with a common fallback (宋体, SimHei, 仿宋) that Word uses
where the font is not installed.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING, Any

from govinfo_report.errors import MissingDependencyError
from govinfo_report.model import Report
from govinfo_report.render._layout import Grid, Role, document_layout, table_grid

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import ParagraphStyle

__all__ = ["render_docx"]

#: The extra that installs python-docx.
EXTRA = "docx"

TITLE_FONT = "方正小标宋简体"
HEADING_FONT = "黑体"
BODY_FONT = "仿宋_GB2312"
#: The font Word falls back to where a font is not installed.
FALLBACKS = {TITLE_FONT: "宋体", HEADING_FONT: "SimHei", BODY_FONT: "仿宋"}

#: Point sizes of the Chinese type sizes used: 二号, 三号 and 五号.
TITLE_SIZE, TEXT_SIZE, TABLE_SIZE = 22, 16, 10.5

#: Paper and margins in millimetres (GB/T 9704-2012: A4, top 37, bottom 35, left 28, right 26).
PAGE = {"width": 210, "height": 297, "top": 37, "bottom": 35, "left": 28, "right": 26}

SIGNATURE_STYLE = "Report Signature"


def _import_docx() -> Any:
    try:
        import docx
    except ImportError:
        raise MissingDependencyError(
            f'rendering DOCX needs python-docx; install it with: pip install "govinfo-report[{EXTRA}]"'
        ) from None
    return docx


def _set_font(style: ParagraphStyle, name: str, size: float, *, bold: bool = False) -> None:
    """Give ``style`` the font ``name`` for Chinese and Latin text, in black."""
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    style.font.name = name
    style.font.size = Pt(size)
    style.font.bold = bold
    style.font.color.rgb = RGBColor(0, 0, 0)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    fonts.set(qn("w:eastAsia"), name)


def _styles(document: Document) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    styles = document.styles
    normal = styles["Normal"]
    _set_font(normal, BODY_FONT, TEXT_SIZE)
    language = OxmlElement("w:lang", {qn("w:val"): "zh-CN", qn("w:eastAsia"): "zh-CN"})
    normal.element.get_or_add_rPr().append(language)
    normal.paragraph_format.first_line_indent = Pt(2 * TEXT_SIZE)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    normal.paragraph_format.line_spacing = Pt(28)
    normal.paragraph_format.space_after = Pt(0)

    title = styles["Title"]
    _set_font(title, TITLE_FONT, TITLE_SIZE)
    border = title.element.pPr.find(qn("w:pBdr"))
    if border is not None:
        title.element.pPr.remove(border)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.first_line_indent = Pt(0)
    title.paragraph_format.line_spacing = Pt(36)
    title.paragraph_format.space_after = Pt(TEXT_SIZE)

    heading = styles["Heading 1"]
    _set_font(heading, HEADING_FONT, TEXT_SIZE)
    heading.paragraph_format.space_before = Pt(0)
    heading.paragraph_format.line_spacing = Pt(28)

    signature = styles.add_style(SIGNATURE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    signature.base_style = normal
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _column_widths(grid: Grid, total: int) -> list[int]:
    """Column widths (EMU): each data column one share, the row label columns more."""
    shares = [1.0] * grid.columns
    for column in range(grid.label_columns):
        shares[column] = 3.6 if column == grid.label_columns - 1 else 1.8
    return [int(total * share / sum(shares)) for share in shares]


def _table(document: Document, grid: Grid, width: int) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml import OxmlElement
    from docx.shared import Pt

    table = document.add_table(rows=grid.rows, cols=grid.columns)
    table.style = document.styles["Table Grid"]
    table.autofit = False
    widths = _column_widths(grid, width)
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = column_width
    for row in table.rows:
        for cell, cell_width in zip(row.cells, widths, strict=True):
            cell.width = cell_width
    for row in table.rows[: grid.header_rows]:
        row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    # Every grid position's cell, fetched once: merging keeps the corners of other spans.
    positions = [row.cells for row in table.rows]
    for spec in grid.cells:
        cell = positions[spec.row][spec.column]
        if spec.rowspan > 1 or spec.colspan > 1:
            cell = cell.merge(positions[spec.row + spec.rowspan - 1][spec.column + spec.colspan - 1])
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.paragraph_format.first_line_indent = Pt(0)
        paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
        left = spec.role in (Role.ROW, Role.CAPTION)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(spec.text).font.size = Pt(TABLE_SIZE)


def _font_table(data: bytes) -> bytes:
    """The font table with the report's fonts and their fallbacks (``w:altName``) added."""
    closing = b"</w:fonts>"
    fonts = "".join(
        f'<w:font w:name="{name}"><w:altName w:val="{fallback}"/>'
        '<w:charset w:val="86"/><w:family w:val="auto"/></w:font>'  # charset 86: GB2312
        for name, fallback in FALLBACKS.items()
    )
    assert data.count(closing) == 1, "python-docx's font table has changed"
    return data.replace(closing, fonts.encode("utf-8") + closing)


def _with_font_fallbacks(package: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(package))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            target.writestr(item, _font_table(data) if item.filename == "word/fontTable.xml" else data)
    return output.getvalue()


def render_docx(report: Report) -> bytes:
    """The report as a Word document (the bytes of a ``.docx`` file).

    A4 paper, the title, the six sections with their official headings and the official
    tables with their merged cells (the header rows of tables 三 and 四 repeat on each page),
    in the fonts of Chinese official documents.

    Needs the optional python-docx: ``pip install "govinfo-report[docx]"``.

    Raises:
        MissingDependencyError: When python-docx is not installed; the message says what to
            install.

    Example:
        >>> from govinfo_report.examples import load_example
        >>> render_docx(load_example())[:2]
        b'PK'
    """
    docx = _import_docx()
    from docx.shared import Mm

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE["width"]), Mm(PAGE["height"])
    section.top_margin, section.bottom_margin = Mm(PAGE["top"]), Mm(PAGE["bottom"])
    section.left_margin, section.right_margin = Mm(PAGE["left"]), Mm(PAGE["right"])
    width = Mm(PAGE["width"] - PAGE["left"] - PAGE["right"])
    _styles(document)

    layout = document_layout(report)
    document.add_paragraph(layout.title, style="Title")
    for text in layout.preamble:
        document.add_paragraph(text)
    for part in layout.sections:
        document.add_paragraph(part.heading, style="Heading 1")
        for text in part.paragraphs:
            document.add_paragraph(text)
        for table in part.tables:
            _table(document, table_grid(table), width)
    for text in layout.signature:
        document.add_paragraph(text, style=SIGNATURE_STYLE)
    output = io.BytesIO()
    document.save(output)
    return _with_font_fallbacks(output.getvalue())
