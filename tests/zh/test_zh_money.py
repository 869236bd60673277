"""Money: 大写 amounts by the People's Bank rules, 万元 figures, and exact 元 ↔ 万元."""

from __future__ import annotations

import decimal
import pickle
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.zh import (
    ZhValueError,
    format_rmb,
    format_wan_yuan,
    parse_rmb,
    wan_yuan_to_yuan,
    yuan_to_wan_yuan,
)

# (amount, 大写): the examples of the rules, and the cases each rule covers.
GOLDEN_RMB = [
    ("1409.50", "壹仟肆佰零玖元伍角"),  # no 整 after 角
    ("6007.14", "陆仟零柒元壹角肆分"),  # one 零 for two zeros
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),  # 零 after 元 when 角 is 0 and 分 is not
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),  # optional 零 after 元: written by default
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("100000", "壹拾万元整"),  # 整 after 元
    ("100", "壹佰元整"),
    ("10.05", "壹拾元零伍分"),
    ("1680.02", "壹仟陆佰捌拾元零贰分"),
    ("0", "零元整"),
    ("0.50", "伍角"),
    ("0.02", "贰分"),
    ("0.52", "伍角贰分"),
    ("1000000.10", "壹佰万元零壹角"),
    ("100001000", "壹亿零壹仟元整"),
    ("9999999999999999.99", "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
]


@pytest.mark.parametrize(("amount", "text"), GOLDEN_RMB)
def test_format_rmb_writes_the_golden_amounts(amount: str, text: str) -> None:
    assert format_rmb(Decimal(amount)) == text
    assert format_rmb(Decimal(amount), prefix=True) == "人民币" + text


@pytest.mark.parametrize(("amount", "text"), GOLDEN_RMB)
def test_parse_rmb_reads_the_golden_amounts_back_at_fen_precision(amount: str, text: str) -> None:
    value = parse_rmb(text)
    assert value == Decimal(amount)
    assert value.as_tuple().exponent == -2
    assert parse_rmb("人民币" + text) == Decimal(amount)
    assert parse_rmb(text, lenient=True) == Decimal(amount)


def test_zero_after_yuan_can_be_left_out_where_the_rules_allow() -> None:
    assert format_rmb(Decimal("1680.32"), zero_after_yuan=False) == "壹仟陆佰捌拾元叁角贰分"
    assert format_rmb(Decimal("107000.53"), zero_after_yuan=False) == "壹拾万柒仟元伍角叁分"
    # Where the 零 is required (角 is 0), the option does not drop it.
    assert format_rmb(Decimal("16409.02"), zero_after_yuan=False) == "壹万陆仟肆佰零玖元零贰分"
    # Where the 元 digit is not 0 there is no 零 either way.
    assert format_rmb(Decimal("1409.50"), zero_after_yuan=True) == "壹仟肆佰零玖元伍角"


# Every form the rules allow, read strictly.
ALLOWED_VARIANTS = [
    ("壹仟陆佰捌拾元叁角贰分", "1680.32"),
    ("壹拾万零柒仟元零伍角叁分", "107000.53"),  # 零 after a 万 section ending in 0
    ("壹拾万零柒仟元伍角叁分", "107000.53"),
    ("壹拾万零柒仟元整", "107000"),
    ("伍角整", "0.50"),  # 整 after 角 is optional
    ("壹元伍角整", "1.50"),
]


@pytest.mark.parametrize(("text", "amount"), ALLOWED_VARIANTS)
def test_parse_rmb_accepts_every_form_the_rules_allow(text: str, amount: str) -> None:
    assert parse_rmb(text) == Decimal(amount)


# (text, position, message fragment): what strict reading refuses.
REFUSED = [
    ("壹佰元", 3, "整 missing after 元"),
    ("壹元贰分", 2, "零 missing after 元"),
    ("壹元零贰分整", 5, "unexpected 整 after 分"),
    ("壹元零伍角", 2, "the 元 digit is not 0"),
    ("壹拾元零整", 3, "there is no 角 or 分"),
    ("零元伍角", 1, "零元 before 角 or 分"),
    ("零伍角", 0, "零 may only follow 元"),
    ("壹佰元正", 3, "'正' is read only with lenient=True"),
    ("壹佰圆整", 2, "'圆' is read only with lenient=True"),
    ("一百元整", 0, "expected a 大写 digit"),
    ("壹佰元零角伍分", 3, "unexpected '零角'"),
    ("壹佰元伍分伍角", 6, "角 and 分 come once each, 角 first"),
    ("壹佰元整整", 4, "after '整'"),
    ("壹佰", 1, "is 元 missing?"),
    ("伍", 0, "without 角 or 分"),
    ("人民币", 3, "expected an amount"),
    ("", 0, "expected an amount"),
    ("拾元整", 0, "the standard form is '壹拾'"),
    ("壹万零伍仟元整", 2, "the standard form is '壹万伍仟'"),
    ("贰万元", 3, "整 missing"),
    ("兩元整", 0, "read only with lenient=True"),
]


@pytest.mark.parametrize(("text", "position", "message"), REFUSED)
def test_strict_parse_rmb_says_what_is_wrong_and_where(text: str, position: int, message: str) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_rmb(text)
    assert info.value.position == position
    assert message in str(info.value)


LENIENT = [
    ("壹佰元", "100"),
    ("壹佰元正", "100"),
    ("壹佰圆整", "100"),
    ("一百元整", "100"),
    ("壹元贰分", "1.02"),
    ("壹佰元零角伍分", "100.05"),
    ("兩元整", "2"),
    ("拾元整", "10"),
]


@pytest.mark.parametrize(("text", "amount"), LENIENT)
def test_lenient_parse_rmb_accepts_common_variants(text: str, amount: str) -> None:
    assert parse_rmb(text, lenient=True) == Decimal(amount)


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("1.005", "壹元零壹分"),  # half-up, not half-even
        ("1.015", "壹元零贰分"),
        ("2.675", "贰元陆角捌分"),
        ("0.004", "零元整"),
        ("0.005", "壹分"),
        ("9.995", "壹拾元整"),
        ("1E-30", "零元整"),
    ],
)
def test_format_rmb_rounds_half_up_to_fen(amount: str, text: str) -> None:
    assert format_rmb(Decimal(amount)) == text


def test_rounding_does_not_depend_on_the_decimal_context() -> None:
    """A caller's low precision, other rounding mode or traps change nothing."""
    with decimal.localcontext() as context:
        context.prec = 3
        context.rounding = decimal.ROUND_DOWN
        context.traps[decimal.Inexact] = True
        context.traps[decimal.Rounded] = True
        assert format_rmb(Decimal("123456.785")) == "壹拾贰万叁仟肆佰伍拾陆元柒角玖分"
        assert format_wan_yuan(Decimal("123456.785")) == "123,456.79"
        assert yuan_to_wan_yuan(Decimal("123456789.123")) == Decimal("12345.6789123")
        assert parse_rmb("壹拾贰万叁仟肆佰伍拾陆元柒角玖分") == Decimal("123456.79")


@pytest.mark.parametrize("value", [1.5, 0.0, True, False, "1", None, Decimal("NaN"), Decimal("Infinity")])
def test_money_functions_refuse_floats_bools_and_non_numbers(value: object) -> None:
    for function in (format_rmb, format_wan_yuan, yuan_to_wan_yuan, wan_yuan_to_yuan):
        with pytest.raises(ZhValueError) as info:
            function(value)  # type: ignore[operator]
        assert info.value.position is None


@pytest.mark.parametrize(
    "amount", [Decimal("-0.01"), -1, Decimal("1E16"), 10**16, Decimal("9999999999999999.995")]
)
def test_format_rmb_refuses_negative_and_too_large_amounts(amount: Decimal | int) -> None:
    with pytest.raises(ZhValueError):
        format_rmb(amount)


def test_format_rmb_accepts_int_amounts() -> None:
    assert format_rmb(1409) == "壹仟肆佰零玖元整"


@settings(max_examples=300)
@given(st.decimals(min_value=0, max_value=Decimal("9999999999999999.99"), places=2))
def test_parse_rmb_reads_back_what_format_rmb_writes(amount: Decimal) -> None:
    assert parse_rmb(format_rmb(amount)) == amount
    assert parse_rmb(format_rmb(amount, prefix=True, zero_after_yuan=False)) == amount


SPARSE_AMOUNTS = st.builds(
    lambda yuan, cents: Decimal(f"{int(yuan)}.{cents:02d}"),
    st.text(alphabet="0000000123456789", min_size=1, max_size=16),
    st.sampled_from([0, 0, 1, 10, 20, 5, 99]),
)


@settings(max_examples=300)
@given(SPARSE_AMOUNTS)
def test_parse_rmb_reads_back_amounts_full_of_zeros(amount: Decimal) -> None:
    assert parse_rmb(format_rmb(amount)) == amount
    assert parse_rmb(format_rmb(amount, zero_after_yuan=False)) == amount


# (元, 万元): exact both ways.
CONVERSIONS = [
    (Decimal("12345.6"), Decimal("1.23456")),
    (Decimal("10000"), Decimal("1")),
    (Decimal("1"), Decimal("0.0001")),
    (Decimal("0"), Decimal("0")),
    (Decimal("-25000"), Decimal("-2.5")),
    (Decimal("123456789012345678901234567890.12"), Decimal("12345678901234567890123456.789012")),
]


@pytest.mark.parametrize(("yuan", "wan_yuan"), CONVERSIONS)
def test_yuan_and_wan_yuan_convert_exactly(yuan: Decimal, wan_yuan: Decimal) -> None:
    assert yuan_to_wan_yuan(yuan) == wan_yuan
    assert wan_yuan_to_yuan(wan_yuan) == yuan


def test_conversions_accept_ints_and_write_plain_numbers() -> None:
    assert yuan_to_wan_yuan(50000) == Decimal("5")
    assert str(wan_yuan_to_yuan(Decimal("1.5"))) == "15000"
    assert str(yuan_to_wan_yuan(Decimal("12345.6"))) == "1.23456"


@settings(max_examples=200)
@given(st.decimals(allow_nan=False, allow_infinity=False, places=4))
def test_yuan_to_wan_yuan_and_back_is_the_identity(amount: Decimal) -> None:
    assert wan_yuan_to_yuan(yuan_to_wan_yuan(amount)) == amount
    with decimal.localcontext() as context:
        context.prec = 100
        assert yuan_to_wan_yuan(amount) * 10000 == amount


GOLDEN_WAN_YUAN = [
    ((Decimal("1234.565"),), {}, "1,234.57"),  # half-up
    ((Decimal("1234.5650"),), {"places": 3}, "1,234.565"),
    ((Decimal("0.125"),), {}, "0.13"),
    ((Decimal("-0.125"),), {}, "-0.13"),
    ((Decimal("12"),), {"places": 0}, "12"),
    ((Decimal("12.5"),), {"places": 0}, "13"),
    ((1234567,), {}, "1,234,567.00"),
    ((Decimal("1234567.8"),), {"grouping": False}, "1234567.80"),
    ((Decimal("0.5"),), {"places": 1, "unit": True}, "0.5万元"),
    ((Decimal("1234567.8"),), {"locale": "de_DE"}, "1.234.567,80"),
    ((Decimal("1234567.8"),), {"locale": "zh_CN"}, "1,234,567.80"),
]


@pytest.mark.parametrize(("args", "options", "text"), GOLDEN_WAN_YUAN)
def test_format_wan_yuan_rounds_half_up_and_groups_for_the_locale(
    args: tuple[Decimal | int], options: dict[str, object], text: str
) -> None:
    assert format_wan_yuan(*args, **options) == text  # type: ignore[arg-type]


@pytest.mark.parametrize("places", [-1, 13, 1.0, True])
def test_format_wan_yuan_refuses_bad_places(places: object) -> None:
    with pytest.raises(ZhValueError):
        format_wan_yuan(Decimal(1), places=places)  # type: ignore[arg-type]


@pytest.mark.parametrize("locale", ["xx_YY", "", "zh-CN-x-nonsense", 5])
def test_format_wan_yuan_refuses_an_unknown_locale_with_the_library_error(locale: object) -> None:
    with pytest.raises(ZhValueError, match="unknown locale"):
        format_wan_yuan(Decimal(1), locale=locale)  # type: ignore[arg-type]


def test_money_errors_pickle_with_their_attributes() -> None:
    with pytest.raises(ZhValueError) as info:
        parse_rmb("壹佰元")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (str(copy), copy.text, copy.position) == (str(info.value), "壹佰元", 3)
