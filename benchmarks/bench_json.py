"""Time ``loads`` and ``dumps`` on the shipped example (run: ``python benchmarks/bench_json.py``)."""

from __future__ import annotations

import json
import timeit

from govinfo_report.examples import example_json
from govinfo_report.serialize import dumps, loads


def per_call(function: object, number: int) -> float:
    """The best time of one call, in microseconds, over five rounds of ``number`` calls."""
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1e6  # type: ignore[arg-type]


def main() -> None:
    text = example_json()
    report = loads(text)
    rows = [
        ("json.loads (stdlib, same text)", per_call(lambda: json.loads(text), 2000)),
        ("govinfo_report loads", per_call(lambda: loads(text), 500)),
        ("govinfo_report dumps", per_call(lambda: dumps(report), 500)),
        ("govinfo_report dumps, indent=2", per_call(lambda: dumps(report, indent=2), 500)),
    ]
    print(f"shipped example: {len(text.encode())} bytes of JSON")
    for name, micros in rows:
        print(f"{name:34} {micros:9.1f} µs per call")


if __name__ == "__main__":
    main()
