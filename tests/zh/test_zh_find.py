"""find_numbers: every number in running text, with its exact value, span and unit."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.zh import DEFAULT_UNITS, NumberMatch, ZhValueError, find_numbers, format_int


def found(text: str, **options: object) -> list[tuple[int | Decimal, str, str | None]]:
    """(value, the matched text, unit) for every number in ``text``."""
    return [(m.value, text[m.start : m.end], m.unit) for m in find_numbers(text, **options)]  # type: ignore[arg-type]


GOLDEN = [
    # Arabic: separators, decimals, full-width digits, signs.
    ("共收到申请1,234件", [(1234, "1,234", "件")]),
    ("12,345,678元", [(12345678, "12,345,678", "元")]),
    ("答复率98.50%", [(Decimal("98.50"), "98.50", "%")]),
    ("占比５０％", [(50, "５０", "%")]),
    ("１２．５万元", [(Decimal("12.5"), "１２．５", "万元")]),
    ("增长-3件", [(-3, "-3", "件")]),
    ("2023-12-31", [(2023, "2023", None), (12, "12", None), (31, "31", None)]),
    ("1,23", [(1, "1", None), (23, "23", None)]),  # not a thousands separator
    ("发布信息0条", [(0, "0", "条")]),
    # Chinese: both styles, 零 and 〇, lenient variants.
    ("办结一百二十三件", [(123, "一百二十三", "件")]),
    ("两千个", [(2000, "两千", "个")]),
    ("一万零五百人次", [(10500, "一万零五百", "人次")]),
    ("壹万元", [(1, "壹", "万元")]),
    ("壹万件", [(10000, "壹万", "件")]),
    ("二〇二三年", [(2023, "二〇二三", None)]),
    ("二零二四年", [(2024, "二零二四", None)]),
    ("行政复议一件，行政诉讼零件", [(1, "一", "件"), (0, "零", "件")]),
    ("负三次", [(-3, "负三", "次")]),
    # Mixed: Arabic with 万, 亿, 万亿.
    ("3万件", [(30000, "3万", "件")]),
    ("1.5亿", [(150000000, "1.5亿", None)]),
    ("1.5亿元", [(150000000, "1.5亿", "元")]),
    ("0.0001亿", [(10000, "0.0001亿", None)]),
    ("1.23456万", [(Decimal("12345.6"), "1.23456万", None)]),
    ("2万亿", [(2 * 10**12, "2万亿", None)]),
    # 万元 is a unit: the number is given in 万元.
    ("收费3万元", [(3, "3", "万元")]),
    ("收费3.5万元", [(Decimal("3.5"), "3.5", "万元")]),
    ("三千万元", [(3000, "三千", "万元")]),
    ("一亿五千万元", [(15000, "一亿五千", "万元")]),
    ("收取0元", [(0, "0", "元")]),
    # 百分之
    ("百分之五十", [(50, "百分之五十", "%")]),
    ("百分之百", [(100, "百分之百", "%")]),
    # Runs of numeral characters that are no number are skipped.
    ("千万不要", []),
    ("一百一", []),
    ("十三五规划", []),
    ("百姓", []),
    # ... but words with a numeral in them do yield it.
    ("进一步统一", [(1, "一", None), (1, "一", None)]),
    ("没有数字", []),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN)
def test_find_numbers_finds_the_golden_numbers(
    text: str, expected: list[tuple[object, str, str | None]]
) -> None:
    assert found(text) == expected


def test_find_numbers_reads_a_real_narrative() -> None:
    text = (
        "2023年，本机关共收到政府信息公开申请12件，同比增长20%；办结12件，"
        "其中予以公开8件，部分公开2件。行政复议0件，行政诉讼一件。"
        "收取信息处理费0元。行政事业性收费共计1,234.56万元。"
    )
    assert [(m.value, m.unit) for m in find_numbers(text)] == [
        (2023, None),
        (12, "件"),
        (20, "%"),
        (12, "件"),
        (8, "件"),
        (2, "件"),
        (0, "件"),
        (1, "件"),
        (0, "元"),
        (Decimal("1234.56"), "万元"),
    ]


def test_values_are_exact_ints_or_decimals_never_floats() -> None:
    for match in find_numbers("1 2.5 3万 0.1亿 1.00001万 一百 二〇二三"):
        assert type(match.value) in (int, Decimal)
    assert [type(m.value) for m in find_numbers("2.50 3.0万")] == [Decimal, int]


def test_a_match_knows_its_span() -> None:
    (match,) = find_numbers("共计12件")
    assert match == NumberMatch(12, 2, 4, "件")
    assert match.span == (2, 4)


def test_units_can_be_chosen_and_longer_units_win() -> None:
    assert found("3项，5人次", units=["项", "人", "人次"]) == [(3, "3", "项"), (5, "5", "人次")]
    assert found("3件", units=["项"]) == [(3, "3", None)]


def test_without_wan_yuan_as_a_unit_wan_multiplies() -> None:
    assert found("3万元", units=["元"]) == [(30000, "3万", "元")]
    assert found("三万元", units=["元"]) == [(30000, "三万", "元")]


def test_the_default_units_are_those_of_the_narrative_rules() -> None:
    assert set(DEFAULT_UNITS) == {"件", "条", "个", "次", "人次", "万元", "元", "%"}


@pytest.mark.parametrize("units", [[""], [1], [None]])
def test_find_numbers_refuses_bad_units(units: list[object]) -> None:
    with pytest.raises(ZhValueError):
        list(find_numbers("3件", units=units))  # type: ignore[arg-type]


def test_find_numbers_refuses_non_str_text() -> None:
    with pytest.raises(ZhValueError):
        list(find_numbers(b"3"))  # type: ignore[arg-type]


@settings(max_examples=200)
@given(st.integers(0, 10**16 - 1), st.sampled_from(["件", "条", "个", "次", "人次", "%"]))
def test_every_formatted_number_is_found_with_its_value_and_unit(number: int, unit: str) -> None:
    """(元 is left out: 一万元 is 1 with unit 万元, tested above.)"""
    for text in (f"共{number}{unit}，", f"共{number:,}{unit}，", f"共{format_int(number)}{unit}，"):
        matches = list(find_numbers(text))
        assert [(m.value, m.unit) for m in matches] == [(number, unit)], text
        assert matches[0].span == (1, len(text) - 1 - len(unit))


@settings(max_examples=100)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False))
def test_decimal_amounts_are_found_exactly(amount: Decimal) -> None:
    (match,) = find_numbers(f"金额{amount}万元")
    assert match.value == amount
    assert match.unit == "万元"
