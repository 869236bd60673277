"""Differential test: our numerals agree with cn2an's, except where our rules choose differently.

cn2an is a test dependency only; the library never imports it.

The one deliberate difference: when a whole zero section (万 or 亿 section) stands between two
non-zero sections and the lower one starts with a non-zero digit, we write one 零 for the zeros
between them (4_0000_3901 is 四亿零三千九百零一, 1_0000_0000_5000 is 一万亿零五千), as the rule
"零 for zeros inside a number" asks and as 大写 money must; cn2an drops that 零 (四亿三千九百零一).
A zero section can only sit right below 亿 (in the 亿 section itself or the 万 section after it),
so the difference is always one 零 right after 亿.
"""

from __future__ import annotations

import itertools
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.zh import format_int, parse_int

cn2an = pytest.importorskip("cn2an")


def skips_a_zero_section(number: int) -> bool:
    """Whether a whole zero section stands between non-zero sections, the lower one >= 1000."""
    sections = [number // 10**12 % 10**4, number // 10**8 % 10**4, number // 10**4 % 10**4, number % 10**4]
    nonzero = [i for i, s in enumerate(sections) if s]
    return any(j > i + 1 and sections[j] >= 1000 for i, j in itertools.pairwise(nonzero))


# The documented differences, with our form and cn2an's.
DIFFERENCES = [
    (4_0000_3901, "四亿零三千九百零一", "四亿三千九百零一"),
    (1_0000_1000, "一亿零一千", "一亿一千"),
    (1_0000_0000_5000, "一万亿零五千", "一万亿五千"),
    (1_0000_1000_0000, "一万亿零一千万", "一万亿一千万"),
]


@pytest.mark.parametrize(("number", "ours", "theirs"), DIFFERENCES)
def test_the_listed_differences_are_real_and_only_a_ling_after_yi(
    number: int, ours: str, theirs: str
) -> None:
    assert skips_a_zero_section(number)
    assert format_int(number) == ours
    assert cn2an.an2cn(number) == theirs
    assert ours == theirs.replace("亿", "亿零")


def check_against_cn2an(number: int) -> None:
    for style, mode in (("lower", "low"), ("upper", "up")):
        ours = format_int(number, style=style)
        theirs = cn2an.an2cn(number, mode)
        if skips_a_zero_section(number):
            assert ours == theirs.replace("亿", "亿零"), (number, ours, theirs)
        else:
            assert ours == theirs, (number, ours, theirs)


def test_our_numerals_equal_cn2an_for_random_integers() -> None:
    rng = random.Random(20231231)
    for _ in range(3000):
        number = rng.randrange(10 ** rng.randint(1, 16))
        check_against_cn2an(number)
        sparse = int("".join(rng.choice("0000000123456789") for _ in range(rng.randint(1, 16))))
        check_against_cn2an(sparse)


@settings(max_examples=300)
@given(st.one_of(st.integers(0, 10**16 - 1), st.text(alphabet="000000019", min_size=1, max_size=16).map(int)))
def test_our_numerals_equal_cn2an_for_hypothesis_integers(number: int) -> None:
    check_against_cn2an(number)


@settings(max_examples=200)
@given(st.integers(0, 10**16 - 1))
def test_we_read_cn2an_numerals_where_they_follow_our_rules(number: int) -> None:
    """cn2an's text parses back to the same number whenever it is in our standard form."""
    theirs = cn2an.an2cn(number)
    if not skips_a_zero_section(number):
        assert parse_int(theirs) == number
    else:
        assert parse_int(theirs, lenient=True) == number
