"""Robustness: junk into every reader gives a result or ZhValueError, never another exception."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import govinfo_report.zh as zh
from govinfo_report.zh import ZhValueError

READERS: list[Callable[..., object]] = [
    zh.parse_int,
    zh.parse_year,
    zh.parse_date,
    zh.parse_period,
    zh.parse_heading_number,
    zh.parse_citation,
    zh.parse_rmb,
]

# Characters that take the readers deep into their grammars, plus some that do not belong.
ALPHABET = (
    "零〇○一二三四五六七八九十百千万亿两兩廿卅卌萬億負负壹贰叁肆伍陆柒捌玖拾佰仟貳參叄陸"
    "元圆角分整正人民币年月日号至到~～—第条款项（）()、.．,，0123456789０１２ -/个x \n"
)
JUNK = st.one_of(st.text(alphabet=ALPHABET, max_size=24), st.text(max_size=24))


def test_every_parse_function_is_covered() -> None:
    parsers = {name for name in zh.__all__ if name.startswith("parse_")}
    assert parsers == {reader.__name__ for reader in READERS}


@settings(max_examples=300)
@given(JUNK, st.booleans())
def test_readers_raise_only_zh_value_error_on_junk(text: str, lenient: bool) -> None:
    for reader in READERS:
        error: ZhValueError | None = None
        try:
            reader(text, lenient=lenient)
        except ZhValueError as caught:
            error = caught
        if error is not None:
            assert error.text == text
            assert error.position is None or 0 <= error.position <= len(text)
            assert str(error)


@settings(max_examples=300)
@given(JUNK)
def test_strict_readers_accept_only_what_lenient_readers_accept(text: str) -> None:
    for reader in READERS:
        try:
            strict = reader(text)
        except ZhValueError:
            continue
        assert reader(text, lenient=True) == strict


@settings(max_examples=300)
@given(JUNK)
def test_find_numbers_and_split_heading_take_any_text(text: str) -> None:
    for match in zh.find_numbers(text):
        assert type(match.value) in (int, Decimal)
        assert 0 <= match.start < match.end <= len(text)
    heading, title = zh.split_heading(text, lenient=True)
    assert heading is None or title in text


@pytest.mark.parametrize("value", [None, 1, 1.5, b"1", ["一"], True])
def test_readers_refuse_non_str_with_zh_value_error(value: object) -> None:
    for reader in READERS:
        with pytest.raises(ZhValueError):
            reader(value)
