"""Reports per second for each parser on the shipped examples (run: ``python benchmarks/bench_parse.py``).

Text: the four real text reports of ``tests/data/examples`` and the shipped example rendered as
text; HTML: the real Shanghai page and the rendered example; DOCX: the rendered example (needs
the ``docx`` extra). Each time is the best of five rounds. A cell's source is made only when it
is looked up in ``ParseResult.sources``, which these times leave out.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable
from pathlib import Path

from govinfo_report.examples import load_example
from govinfo_report.parse import parse_docx, parse_html, parse_text
from govinfo_report.render import render_docx, render_html, render_text

EXAMPLES = Path(__file__).parent.parent / "tests" / "data" / "examples"


def per_call(function: Callable[[], object], number: int) -> float:
    """The best time of one call, in milliseconds, over five rounds of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1e3


def main() -> None:
    example = load_example()
    cases: list[tuple[str, str, Callable[[], object], int]] = []
    for path in sorted(EXAMPLES.glob("*format*.*")):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            cases.append(("html", path.name, lambda text=text: parse_html(text), 50))
        else:
            cases.append(("text", path.name, lambda text=text: parse_text(text), 100))
    rendered_text, rendered_html, rendered_docx = (
        render_text(example),
        render_html(example),
        render_docx(example),
    )
    cases.append(("text", "render_text(example)", lambda: parse_text(rendered_text), 100))
    cases.append(("html", "render_html(example)", lambda: parse_html(rendered_html), 50))
    cases.append(("docx", "render_docx(example)", lambda: parse_docx(rendered_docx), 10))
    print(f"{'parser':6} {'input':42} {'ms/report':>10} {'reports/s':>10}")
    for parser, name, function, number in cases:
        millis = per_call(function, number)
        print(f"{parser:6} {name:42} {millis:10.2f} {1000 / millis:10.0f}")


if __name__ == "__main__":
    main()
