"""parse_text(render_text(r)), parse_html(render_html(r)) and parse_docx(render_docx(r)) give back r.

What round-trips is what the renderers print: every cell (blank kept apart from 0, money
exactly, subtotal rows), the agency, year, title and publication date, the kind where the
agency's name tells it, and the text of every section. The statistics period, contact and
website come back when the preamble states them. What cannot come back, because no renderer
prints it:

- ``Metadata.aggregates``, and a ``kind`` the agency's name does not tell;
- a preamble of ``""`` (nothing is printed, so it reads back as ``None``);
- ``None`` against ``""`` for a section that holds a table (its heading is printed with the
  table either way, so it reads back as ``""``);
- a title without 年…政府信息公开工作年度报告 in it (the parser needs it to find the agency
  and the year), and leading or trailing white space in texts;
- section text that itself looks like a section title, a table label or a table row.

The reports below respect these limits and are otherwise random.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.examples import load_example
from govinfo_report.model import (
    Metadata,
    Period,
    ReportKind,
    Sections,
    cell_specs,
    default_title,
    from_cells,
    section_info,
    table_class,
)
from govinfo_report.parse import ParseResult, _variants, parse_docx, parse_html, parse_text
from govinfo_report.render import render_docx, render_html, render_text
from govinfo_report.zh import format_period
from report_strategies import REPORT_CLASSES, cell_values

PAIRS: dict[str, tuple[Callable[[Any], Any], Callable[[Any], ParseResult]]] = {
    "text": (render_text, parse_text),
    "html": (render_html, parse_html),
    "docx": (render_docx, parse_docx),
}


def _printed_words() -> set[str]:
    """Every character the parser looks for: labels, titles, keys of facts."""
    words = {
        label for cls in REPORT_CLASSES for spec in cell_specs(cls, subtotals=True) for label in spec.labels
    }
    words |= {info.label.full for info in section_info()}
    for cls in REPORT_CLASSES:
        for table in ("table2", "table3"):
            words |= {
                getattr(table_class(cls, table), name, "") for name in ("row_header", "column_header", "note")
            }
    words |= {default_title("", 2000), *_variants.TITLE_ENDINGS, *_variants.SECTION_TITLES["other"]}
    words |= {key for keys in _variants.CONTACT_KEYS.values() for key in keys}
    words |= {key for keys in _variants.DOCUMENT_KEYS.values() for key in keys}
    return words


#: Characters that appear in nothing the parser reads, so random text made of them is narrative.
SAFE = "".join(
    sorted(
        set("春夏秋冬山水风云花草树木江河湖海天地和美好安宁青松白鹤明月清泉石竹梅兰菊")
        - set("".join(_printed_words()))
    )
)
line = st.text(st.sampled_from(SAFE + "，；"), min_size=1, max_size=12).map(
    lambda text: SAFE[0] + text + "。"
)
texts = st.lists(line, min_size=1, max_size=3).map("\n".join)
agencies = st.builds(
    lambda name, government: name + ("人民政府" if government else "局"),
    st.text(st.sampled_from(SAFE), min_size=2, max_size=6),
    st.booleans(),
)


@st.composite
def reports(draw: st.DrawFn) -> Any:
    cls = draw(st.sampled_from(REPORT_CLASSES))
    agency = draw(agencies)
    year = draw(st.integers(min_value=2019, max_value=2099))
    period = Period.calendar_year(year) if draw(st.booleans()) else None
    preamble = draw(st.none() | texts)
    if period is not None:
        preamble = f"本报告统计期限为{format_period(period.start, period.end)}。" + (preamble or "")
    published = draw(st.none() | st.dates(min_value=date(year + 1, 1, 1), max_value=date(year + 1, 12, 31)))
    metadata = Metadata(
        agency,
        year,
        kind=ReportKind.GOVERNMENT if agency.endswith("人民政府") else ReportKind.UNIT,
        title=default_title(agency, year),
        period=period,
        published=published,
    )
    with_table = {info.name for info in section_info() if info.table is not None}
    if cls.format_version.value == "2021":
        with_table.add(section_info()[-1].name)  # the 信息处理费 table is printed in section 六
    narrative = {
        info.name: draw(st.just("") | texts)
        if info.name in with_table
        else draw(st.none() | st.just("") | texts)
        for info in section_info()
    }
    sections = Sections(preamble=preamble, **narrative)
    return from_cells(cls, draw(cell_values(cls)), metadata=metadata, sections=sections)


@pytest.mark.parametrize("kind", sorted(PAIRS))
@settings(max_examples=25)
@given(report=reports())
def test_a_rendered_report_parses_back_to_itself(kind: str, report: Any) -> None:
    render, parse = PAIRS[kind]
    result = parse(render(report))
    assert result.report == report
    assert set(result.sources) >= {spec.key for spec in cell_specs(report)}


@pytest.mark.parametrize("kind", sorted(PAIRS))
def test_the_shipped_example_round_trips_with_no_warning(kind: str) -> None:
    render, parse = PAIRS[kind]
    result = parse(render(load_example()))
    assert result.report == load_example()
    assert result.warnings == ()
