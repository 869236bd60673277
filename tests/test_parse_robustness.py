"""Any input gives a ParseResult or a ParseError, never another exception, in linear time.

The fuzz tests feed at least 100 000 inputs to each parser: hypothesis for the shape of the
input, and a seeded loop over small inputs made from the real examples (windows of them,
mutated), from the labels of the model shuffled with numbers and table rules, and from junk.
Inputs are small so that the loop stays fast; the size limit and linear time are tested apart.
"""

from __future__ import annotations

import io
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_report.errors import MissingDependencyError, ParseError
from govinfo_report.examples import load_example
from govinfo_report.model import cell_specs, section_info
from govinfo_report.parse import (
    MAX_INPUT_SIZE,
    MAX_UNPACKED_SIZE,
    ParseResult,
    parse,
    parse_docx,
    parse_html,
    parse_text,
)
from govinfo_report.render import render_docx, render_html, render_text
from report_strategies import REPORT_CLASSES

EXAMPLES = Path(__file__).parent / "data" / "examples"
TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted(EXAMPLES.glob("*-*format*.*"))
    if path.suffix != ".html"
]
HTMLS = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.html"))]
TITLE = "某局2023年政府信息公开工作年度报告\n"
LABELS = sorted(
    {label for cls in REPORT_CLASSES for spec in cell_specs(cls, subtotals=True) for label in spec.labels}
    | {info.label.full for info in section_info()}
)
PIECES = [
    *LABELS,
    "0",
    "12",
    "3,119",
    "96171.6",
    "640020470",
    "/",
    "—",
    "无",
    "-8",
    "251000元",
    "1.5",
    "2023年1月1日",
]
LAYOUT = [
    "\n",
    "\n\n",
    "\t",
    " ",
    "|",
    "| ",
    " |",
    "|---|",
    "+---+",
    "+----+-----+",
    "- 3 -",
    "[bookmark: _GoBack]",
    "\r\n",
]
JUNK = "\x00\r\u3000\ufeff\u200b（）()【】“”、，。：；.-+|\t\n0123456789零一二三四五六七八九十年月日元万ab<>&#;\ud800"
TAGS = ["<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan='3'>", "<td rowspan='99999'>", "<td colspan=x>",
        "<br>", "<br/>", "<p>", "</p>", "<div>", "&nbsp;", "&amp;", "&#20840;", "&bogus;", "<!--", "-->", "<script>", "</script>",
        "<![CDATA[", "<!DOCTYPE html>", "<", ">", "</", "<td", "<table><tr><td><table>"]  # fmt: skip


def accepted(parser: Callable[[str], ParseResult], data: object) -> ParseResult | None:
    """Parse ``data``: a result, or None for a ParseError; any other exception fails the test."""
    try:
        result = parser(data)  # type: ignore[arg-type]
    except ParseError:
        return None
    assert isinstance(result, ParseResult)
    keys = {spec.key for spec in cell_specs(result.report, subtotals=True)}
    assert set(result.sources) <= keys
    return result


def window(rng: random.Random, source: str) -> str:
    start = rng.randrange(len(source))
    return source[start : start + rng.randrange(20, 400)]


def mutate(rng: random.Random, text: str, alphabet: list[str]) -> str:
    chars = list(text)
    for _ in range(rng.randrange(0, 6)):
        at = rng.randrange(len(chars) + 1)
        action = rng.random()
        if action < 0.4:
            chars[at:at] = rng.choice(alphabet)
        elif action < 0.7:
            del chars[at : at + rng.randrange(1, 20)]
        else:
            chars[at:at] = rng.choice(JUNK)
    return "".join(chars)


def soup(rng: random.Random, pieces: list[str], count: int) -> str:
    return "".join(rng.choice(pieces) for _ in range(count))


def text_input(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.45:
        text = mutate(rng, window(rng, rng.choice(TEXTS)), PIECES + LAYOUT)
    elif choice < 0.8:
        text = soup(rng, PIECES + LAYOUT * 3, rng.randrange(1, 40))
    else:
        text = "".join(rng.choice(JUNK) for _ in range(rng.randrange(0, 60)))
    return TITLE + text if rng.random() < 0.8 else text


def html_input(rng: random.Random) -> str:
    choice = rng.random()
    if choice < 0.4:
        page = mutate(rng, window(rng, rng.choice(HTMLS)), PIECES + TAGS)
    elif choice < 0.85:
        page = soup(rng, PIECES + TAGS * 2, rng.randrange(1, 40))
    else:
        page = "".join(rng.choice(JUNK) for _ in range(rng.randrange(0, 60)))
    return f"<p>{TITLE}</p>" + page if rng.random() < 0.8 else page


FUZZ_INPUTS = 100_000


@pytest.mark.parametrize(
    ("parser", "make"), [(parse_text, text_input), (parse_html, html_input)], ids=["text", "html"]
)
def test_a_hundred_thousand_small_inputs_give_a_result_or_a_parse_error(
    parser: Callable[[str], ParseResult], make: Callable[[random.Random], str]
) -> None:
    rng = random.Random(20240601)
    parsed = 0
    for _ in range(FUZZ_INPUTS):
        data = make(rng)
        if accepted(parser, data) is not None:
            parsed += 1
    assert parsed > FUZZ_INPUTS // 2  # most inputs have a title: the tables are reached


def docx_bytes(paragraphs: list[str], rows: list[list[str]]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        width = max(len(row) for row in rows)
        table = document.add_table(rows=len(rows), cols=width)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=False):
                cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_hundred_thousand_docx_inputs_give_a_result_or_a_parse_error() -> None:
    """Valid files with random tables, and broken ones: bytes changed, cut short, or junk.

    Opening a document with python-docx takes milliseconds, so 300 inputs are documents with a
    byte changed in their content (most still open and are read through); the others are
    archives broken where a reader finds it at once (the signature of the archive's directory
    changed, the file cut short, junk after the ZIP signature).
    """
    rng = random.Random(20240602)
    valid = [render_docx(load_example())]
    for _ in range(40):
        rows = [
            [soup(rng, PIECES, rng.randrange(0, 3)) for _ in range(rng.randrange(1, 9))]
            for _ in range(rng.randrange(0, 8))
        ]
        paragraphs = [TITLE.strip(), *(soup(rng, PIECES + LAYOUT, rng.randrange(0, 6)) for _ in range(3))]
        valid.append(docx_bytes(paragraphs, rows))
    assert all(accepted(parse_docx, data) is not None for data in valid)
    changed = 300
    for index in range(FUZZ_INPUTS - len(valid)):
        data = bytearray(rng.choice(valid))
        choice = rng.random()
        if index < changed:
            data[rng.randrange(len(data))] = rng.randrange(256)
        elif choice < 0.4:
            data[rng.randrange(len(data) - 22, len(data) - 18)] ^= 1 + rng.randrange(255)
        elif choice < 0.8:
            del data[rng.randrange(len(data)) :]
        else:
            data = bytearray(b"PK\x03\x04" + rng.randbytes(rng.randrange(0, 200)))
        accepted(parse_docx, bytes(data))


@given(st.text(max_size=300))
def test_any_text_gives_a_result_or_a_parse_error(text: str) -> None:
    accepted(parse_text, text)
    accepted(parse_text, TITLE + text)


@given(st.lists(st.sampled_from(PIECES + LAYOUT) | st.text(max_size=5), max_size=60))
def test_any_shuffle_of_labels_numbers_and_rules_gives_a_result(pieces: list[str]) -> None:
    result = accepted(parse_text, TITLE + "".join(pieces))
    assert result is not None


@given(st.lists(st.sampled_from(PIECES + TAGS) | st.text(max_size=5), max_size=60))
def test_any_markup_gives_a_result_or_a_parse_error(pieces: list[str]) -> None:
    accepted(parse_html, "".join(pieces))
    accepted(parse_html, f"<p>{TITLE}</p>" + "".join(pieces))


@given(st.binary(max_size=300))
def test_any_bytes_give_a_result_or_a_parse_error(data: bytes) -> None:
    accepted(parse, data)
    accepted(parse_docx, b"PK\x03\x04" + data)


@pytest.mark.parametrize(
    ("parser", "data"),
    [
        (parse_text, TITLE + "x" * MAX_INPUT_SIZE),
        (parse_html, "<p>" + "x" * MAX_INPUT_SIZE),
        (parse_html, b"<p>" + b"x" * MAX_INPUT_SIZE),
        (parse_docx, b"PK\x03\x04" + b"\x00" * MAX_INPUT_SIZE),
        (parse, b"x" * (MAX_INPUT_SIZE + 1)),
    ],
    ids=["text", "html", "html-bytes", "docx", "bytes"],
)
def test_input_over_the_size_limit_is_refused(parser: Callable[[object], ParseResult], data: object) -> None:
    with pytest.raises(ParseError, match="limit"):
        parser(data)


def test_a_docx_that_unpacks_to_too_much_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\x00" * (MAX_UNPACKED_SIZE + 1))
    with pytest.raises(ParseError, match="unpacks to more than"):
        parse_docx(buffer.getvalue())


def test_without_python_docx_a_docx_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(__import__("sys").modules, "docx", None)
    with pytest.raises(MissingDependencyError, match=r"govinfo-report\[docx\]"):
        parse_docx(render_docx(load_example()))


def fastest(function: Callable[[], object], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def long_text(copies: int) -> str:
    """A report whose narrative, tables and junk grow with ``copies``."""
    rendered = render_text(load_example())
    body = rendered[rendered.index("三、收到和处理") :]
    table = body[: body.index("四、政府信息公开行政复议")]
    junk = "".join(random.Random(copies).choice(JUNK[1:-1]) for _ in range(200))
    return (
        TITLE
        + "一、总体情况\n"
        + "本年度共收到申请3件，答复3件。\n" * 20 * copies
        + "三、收到和处理政府信息公开申请情况\n"
        + (table.split("\n", 1)[1] + junk + "\n640020470 （四）无\n") * copies
        + TEXTS[2][: 200 * copies]
    )


@pytest.mark.parametrize(
    ("parser", "make"),
    [
        (parse_text, long_text),
        (
            parse_html,
            lambda copies: (
                render_html(load_example()).replace("<p>", "<p>" + "某某，" * 20 * copies) * copies
            ),
        ),
        (parse_text, lambda copies: TITLE + "二、主动公开政府信息情况\n规章" + "1" * 5000 * copies),
        (
            parse_text,
            lambda copies: (
                TITLE + "三、收到和处理政府信息公开申请情况\n" + "商业 科研 社会 法律 " * 500 * copies
            ),
        ),
        (parse_html, lambda copies: "<table><tr><td>" * 300 * copies),
    ],
    ids=["text", "html", "digits", "broken-labels", "nested-tables"],
)
def test_time_grows_linearly_with_the_input(
    parser: Callable[[str], ParseResult], make: Callable[[int], str]
) -> None:
    """Four times the input takes well under sixteen times as long (the least of five runs)."""
    small, large = make(2), make(8)
    assert len(large) >= 3.5 * len(small)
    ratio = fastest(lambda: accepted(parser, large)) / fastest(lambda: accepted(parser, small))
    assert ratio < 8, f"four times the input took {ratio:.1f} times as long"
