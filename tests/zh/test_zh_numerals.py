"""Chinese counting numerals: format_int and parse_int, 小写 and 大写, strict and lenient."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_report.errors import GovInfoReportError
from govinfo_report.zh import ZhValueError, format_int, parse_int

# (number, 小写, 大写): the rules of the issue, one or more rows each.
GOLDEN = [
    (0, "零", "零"),
    (1, "一", "壹"),
    (9, "九", "玖"),
    # 10–19 start with 十 in 小写; 大写 always writes the digit.
    (10, "十", "壹拾"),
    (11, "十一", "壹拾壹"),
    (19, "十九", "壹拾玖"),
    (20, "二十", "贰拾"),
    # Inside larger numbers 一十 is kept.
    (110, "一百一十", "壹佰壹拾"),
    (115, "一百一十五", "壹佰壹拾伍"),
    (1010, "一千零一十", "壹仟零壹拾"),
    (100010, "十万零一十", "壹拾万零壹拾"),
    (110000, "十一万", "壹拾壹万"),
    (1_0000_0010, "一亿零一十", "壹亿零壹拾"),
    # 零 for zeros inside a number, one 零 for a run of zeros.
    (101, "一百零一", "壹佰零壹"),
    (1001, "一千零一", "壹仟零壹"),
    (10500, "一万零五百", "壹万零伍佰"),
    (10001, "一万零一", "壹万零壹"),
    (1_0000_1000, "一亿零一千", "壹亿零壹仟"),
    (1_0001_0000, "一亿零一万", "壹亿零壹万"),
    (10_0000_1000, "十亿零一千", "壹拾亿零壹仟"),
    # No 零 for zeros at the end of a section when the next section starts non-zero.
    (107000, "十万七千", "壹拾万柒仟"),
    (1001000, "一百万一千", "壹佰万壹仟"),
    (10_1000_0000, "十亿一千万", "壹拾亿壹仟万"),
    # Trailing zeros are silent.
    (100000, "十万", "壹拾万"),
    (1000_0000, "一千万", "壹仟万"),
    (1_0000_0000, "一亿", "壹亿"),
    # 万亿 for the top section.
    (1_0000_0000_0000, "一万亿", "壹万亿"),
    (1_0001_0000_0000, "一万零一亿", "壹万零壹亿"),
    (1_0000_0000_0001, "一万亿零一", "壹万亿零壹"),
    (1_0000_0000_5000, "一万亿零五千", "壹万亿零伍仟"),
    (
        12_3456_7890_1234,
        "十二万三千四百五十六亿七千八百九十万一千二百三十四",
        "壹拾贰万叁仟肆佰伍拾陆亿柒仟捌佰玖拾万壹仟贰佰叁拾肆",
    ),
    (
        9999_9999_9999_9999,
        "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
        "玖仟玖佰玖拾玖万玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖",
    ),
    # Negatives with 负.
    (-5, "负五", "负伍"),
    (-10, "负十", "负壹拾"),
    (-2023, "负二千零二十三", "负贰仟零贰拾叁"),
]


@pytest.mark.parametrize(("number", "lower", "upper"), GOLDEN)
def test_format_int_writes_the_golden_numerals(number: int, lower: str, upper: str) -> None:
    assert format_int(number) == lower
    assert format_int(number, style="lower") == lower
    assert format_int(number, style="upper") == upper


@pytest.mark.parametrize(("number", "lower", "upper"), GOLDEN)
def test_parse_int_reads_the_golden_numerals_back(number: int, lower: str, upper: str) -> None:
    assert parse_int(lower) == number
    assert parse_int(upper) == number
    assert parse_int(lower, lenient=True) == number
    assert parse_int(upper, lenient=True) == number


LENIENT_ONLY = [
    ("两千", 2000),
    ("兩千", 2000),
    ("两万两千", 22000),
    ("廿", 20),
    ("廿一", 21),
    ("卅五", 35),
    ("一萬", 10000),
    ("三億", 300000000),
    ("貳拾", 20),
    ("參佰", 300),
    ("陸", 6),
    ("一十五", 15),
    ("一十", 10),
    ("拾万", 100000),  # 大写 without the leading digit
    ("一千零十", 1010),  # 零 before a bare 十
    ("一千一十", 1010),  # missing 零
    ("一万零五千", 15000),  # extra 零
    ("一百〇一", 101),
    ("負三", -3),
    ("壹万二千", 12000),  # styles mixed
]


@pytest.mark.parametrize(("text", "number"), LENIENT_ONLY)
def test_lenient_parse_int_accepts_variants_that_strict_refuses(text: str, number: int) -> None:
    assert parse_int(text, lenient=True) == number
    with pytest.raises(ZhValueError):
        parse_int(text)


# (text, position of the offending character, a fragment of the message)
BAD = [
    ("一百二个", 3, "unexpected character '个' at position 3 in '一百二个'"),
    ("", 0, "expected a numeral"),
    ("负", 1, "expected a numeral"),
    ("一百一", 2, "ambiguous digit '一'"),  # 110 or 101?
    ("三万五", 2, "ambiguous digit"),
    ("一二", 1, "digit '二' follows a digit"),
    ("零零", 0, "does not start with '零'"),
    ("零一", 0, "does not start with '零'"),
    ("一百零", 2, "does not end with '零'"),
    ("一千零万", 2, "'零' stands before '万'"),
    ("百", 0, "'百' needs a digit before it"),
    ("十十", 1, "'十' needs a digit before it"),
    ("一千一千", 3, "unit '千' out of order"),
    ("一十二百", 3, "unit '百' out of order"),
    ("一亿五", 2, "ambiguous digit"),
    ("一亿亿", 2, "'亿' twice"),
    ("一万二万", 3, "'万' twice"),
    ("万", 0, "'万' needs a number before it"),
    ("一亿万", 2, "'万' needs a number before it"),
    ("两千", 0, "'两' is read only with lenient=True"),
    ("一十一", 0, "the standard form is '十一'"),
    ("壹万零伍仟", 2, "the standard form is '壹万伍仟'"),
    ("负零", 0, "the standard form is '零'"),
    ("壹万二千", 2, "the standard form is '壹万贰仟'"),
    (" 一", 0, "unexpected character ' '"),
    ("一 ", 1, "unexpected character ' '"),
    ("12", 0, "unexpected character '1'"),
]


@pytest.mark.parametrize(("text", "position", "message"), BAD)
def test_parse_int_says_what_is_wrong_and_where(text: str, position: int, message: str) -> None:
    with pytest.raises(ZhValueError) as info:
        parse_int(text)
    assert info.value.position == position
    assert info.value.text == text
    assert message in str(info.value)
    assert f"at position {position} in {text!r}" in str(info.value)


@pytest.mark.parametrize("text", ["一百一", "三万五", "一二", "零零", "百", "一千一千", "个"])
def test_lenient_parse_int_still_refuses_ambiguous_or_broken_numerals(text: str) -> None:
    with pytest.raises(ZhValueError):
        parse_int(text, lenient=True)


@pytest.mark.parametrize("value", [1.0, True, False, "1", None, 10**16, -(10**16), 10**20])
def test_format_int_refuses_non_ints_and_numbers_out_of_range(value: object) -> None:
    with pytest.raises(ZhValueError) as info:
        format_int(value)  # type: ignore[arg-type]
    assert info.value.position is None
    assert info.value.text == repr(value)


def test_format_int_refuses_an_unknown_style() -> None:
    with pytest.raises(ZhValueError, match="unknown style"):
        format_int(1, style="capital")  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [b"\xe4\xb8\x80", 1, None, ["一"]])
def test_parse_int_refuses_non_str_input_with_the_library_error(value: object) -> None:
    with pytest.raises(ZhValueError):
        parse_int(value)  # type: ignore[arg-type]


def test_the_error_is_a_value_error_and_a_library_error() -> None:
    with pytest.raises(ValueError, match="个") as info:
        parse_int("一个")
    assert isinstance(info.value, GovInfoReportError)


NUMBERS = st.integers(min_value=0, max_value=10**16 - 1)
# Numbers made mostly of zeros exercise the 零 rules far more than uniform ones.
SPARSE = st.text(alphabet="0000000123456789", min_size=1, max_size=16).map(int)


@settings(max_examples=400)
@given(st.one_of(NUMBERS, SPARSE))
def test_parse_int_reads_back_what_format_int_writes_in_both_styles(number: int) -> None:
    assert parse_int(format_int(number)) == number
    assert parse_int(format_int(number, style="upper")) == number
    assert parse_int(format_int(-number)) == -number


@settings(max_examples=200)
@given(st.one_of(NUMBERS, SPARSE))
def test_lenient_reading_agrees_with_strict_reading_on_standard_text(number: int) -> None:
    assert parse_int(format_int(number), lenient=True) == number
    assert parse_int(format_int(number, style="upper"), lenient=True) == number


@settings(max_examples=200)
@given(st.one_of(NUMBERS, SPARSE))
def test_small_numerals_never_start_with_yi_shi_and_large_ones_keep_it_inside(number: int) -> None:
    text = format_int(number)
    assert not text.startswith("一十")
    assert "〇" not in text
    assert "零零" not in text
    assert not text.endswith("零") or number == 0
