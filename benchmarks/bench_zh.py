"""Time govinfo_report.zh against cn2an on the same 100 000 values, in the same run.

Run with ``python benchmarks/bench_zh.py`` (cn2an comes with the ``test`` extra). It times
``format_int`` against ``cn2an.an2cn``, ``parse_int`` against ``cn2an.cn2an`` and ``format_rmb``
against ``cn2an.an2cn(..., "rmb")``, checks on the way that both sides agree on the values, and
prints the time per call and how many times faster govinfo_report.zh is.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable, Sequence
from decimal import Decimal

import cn2an

from govinfo_report.zh import format_int, format_rmb, parse_int


def per_call(function: Callable[[object], object], values: Sequence[object], repeat: int) -> float:
    """The best of ``repeat`` runs over all values, in microseconds per call."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for value in values:
            function(value)
        best = min(best, time.perf_counter() - start)
    return best / len(values) * 1e6


def integers(rng: random.Random, count: int) -> list[int]:
    """Integers of 1 to 16 digits, as many of each length, half of them full of zeros."""
    values = []
    for i in range(count):
        digits = rng.randint(1, 16)
        if i % 2:
            values.append(int("".join(rng.choice("0000000123456789") for _ in range(digits))))
        else:
            values.append(rng.randrange(10 ** (digits - 1), 10**digits))
    return values


def amounts(rng: random.Random, count: int) -> list[Decimal]:
    """Amounts with 1 to 12 digits before the point and two after it."""
    return [
        Decimal(f"{rng.randrange(10 ** rng.randint(1, 12))}.{rng.randrange(100):02d}") for _ in range(count)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000, help="values per function")
    parser.add_argument("--repeat", type=int, default=3, help="runs per function; the best counts")
    parser.add_argument("--seed", type=int, default=2023)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    numbers = integers(rng, args.count)
    money = amounts(rng, args.count)
    money_text = [str(d) for d in money]  # cn2an takes the amount as a string
    # parse_int and cn2an.cn2an read the same texts: those both sides write alike. That leaves
    # out the numbers that skip a whole zero section (we write 四亿零三千, cn2an 四亿三千, and
    # cn2an cannot read some of its own forms of them, such as 六万四千零四亿二千零五十八).
    texts: list[str] = []
    while len(texts) < args.count:
        for n in integers(rng, args.count - len(texts)):
            text = format_int(n)
            if text == cn2an.an2cn(n):
                assert cn2an.cn2an(text, "strict") == n
                assert parse_int(text) == n
                texts.append(text)
    rows = [
        ("format_int", lambda n: format_int(n), numbers, lambda n: cn2an.an2cn(n), numbers),
        ("parse_int", lambda t: parse_int(t), texts, lambda t: cn2an.cn2an(t, "strict"), texts),
        ("format_rmb", lambda d: format_rmb(d), money, lambda s: cn2an.an2cn(s, "rmb"), money_text),
    ]
    print(f"{args.count} values per function, best of {args.repeat} runs")
    print(f"{'function':<12}{'ours µs/call':>14}{'cn2an µs/call':>15}{'faster':>9}")
    for name, ours, our_values, reference, their_values in rows:
        our_time = per_call(ours, our_values, args.repeat)
        their_time = per_call(reference, their_values, args.repeat)
        print(f"{name:<12}{our_time:>14.3f}{their_time:>15.3f}{their_time / our_time:>8.1f}×")


if __name__ == "__main__":
    main()
