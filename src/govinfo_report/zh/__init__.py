"""Chinese numerals, numbering, dates and money, written and read back exactly.

A report is written in formal Chinese and the checker reads numbers out of its narrative, so
everything here works in both directions: each ``format_*`` has a ``parse_*`` that gives the value
back, and ``parse_*(format_*(x)) == x``.

**Numerals.** :func:`format_int` writes 小写 (``style="lower"``: 一百零一) or 大写
(``style="upper"``: 壹佰零壹) for ``-10**16 < n < 10**16``. Zeros inside a number are read as one
零 (一百零一, 一万零五百, 一亿零一千); zeros at the end of a 万 or 亿 section are silent when the next
section starts with a non-zero digit (十万七千); 10–19 start with 十 only at the start of a 小写
number (十一, but 一百一十); 大写 always writes the digit (壹拾万). :func:`parse_int` reads either::

    >>> from govinfo_report import zh
    >>> zh.format_int(10500), zh.format_int(100000, style="upper"), zh.parse_int("一百一十")
    ('一万零五百', '壹拾万', 110)

**Years, dates, periods.** Arabic by default, as GB/T 9704-2012 asks for dates in official
documents (2023年1月1日, no zero padding); ``style="chinese"`` writes year digits with 〇::

    >>> from datetime import date
    >>> zh.format_date(date(2023, 1, 1), style="chinese")
    '二〇二三年一月一日'
    >>> zh.format_period(date(2023, 1, 1), date(2023, 12, 31))
    '2023年1月1日至2023年12月31日'

**Headings and citations.** The four levels 一、 （一） 1. （1）, and citations of the
regulations such as 第二十条第（一）项::

    >>> zh.format_heading_number(1, level=2), zh.parse_citation("第五十条第四项")
    ('（一）', Citation(article=50, paragraph=None, item=4))

**Money.** Always ``Decimal`` (or ``int``), never ``float``, rounded half-up in exact integer
arithmetic. :func:`format_wan_yuan` writes a 万元 table figure with babel's digit grouping for a
locale; :func:`yuan_to_wan_yuan` and :func:`wan_yuan_to_yuan` convert exactly; :func:`format_rmb`
and :func:`parse_rmb` write and read 大写 amounts by the People's Bank rules::

    >>> from decimal import Decimal
    >>> zh.format_wan_yuan(zh.yuan_to_wan_yuan(Decimal("12345678.9")))
    '1,234.57'
    >>> zh.format_rmb(Decimal("16409.02")), zh.parse_rmb("壹拾万元整")
    ('壹万陆仟肆佰零玖元零贰分', Decimal('100000.00'))

**Numbers in running text.** :func:`find_numbers` finds Arabic, Chinese and mixed numbers with
their exact value, span and unit::

    >>> [(m.value, m.unit) for m in zh.find_numbers("行政复议0件，行政诉讼一件，收费3万元")]
    [(0, '件'), (1, '件'), (3, '万元')]

**Strict and lenient reading.** Every ``parse_*`` is strict by default: it accepts exactly the
standard forms that the matching ``format_*`` writes (and, for 大写 money, the variants the
People's Bank rules allow). ``lenient=True`` also accepts what published text uses: 两/兩, 廿/卅,
traditional 萬/億/貳/參/陸, 一十 at the start, half-width brackets, zero-padded dates and so on
(each function lists its variants). Ambiguous text (一百一: 110 or 101?) is refused even then.

**Errors.** Bad input raises :class:`ZhValueError` (a ``ValueError`` and a
:class:`~govinfo_report.errors.GovInfoReportError`) whose message says what is wrong and where;
its ``text`` and ``position`` attributes hold the input and the index of the offending character.
Values of the wrong type — a ``float`` or a ``bool`` for a number or an amount, a number for a
text — raise the same error (with ``position`` None), so one ``except ZhValueError`` covers all
bad input::

    >>> zh.parse_int("一百二个")
    Traceback (most recent call last):
    ...
    govinfo_report.errors.ZhValueError: unexpected character '个' at position 3 in '一百二个'
    >>> zh.format_rmb(0.1)
    Traceback (most recent call last):
    ...
    govinfo_report.errors.ZhValueError: expected a Decimal or an int (never a float), got float 0.1

**Speed.** Numerals are written and read through tables of the 10 000 readings of a four-digit
section in each style, built once at import (about 5 ms and 3 MB); nothing else happens at
import, and nothing is kept between calls.
"""

from __future__ import annotations

from govinfo_report.errors import ZhValueError
from govinfo_report.zh._dates import (
    DateStyle,
    format_date,
    format_period,
    format_year,
    parse_date,
    parse_period,
    parse_year,
)
from govinfo_report.zh._find import DEFAULT_UNITS, NumberMatch, find_numbers
from govinfo_report.zh._headings import (
    Citation,
    HeadingNumber,
    format_citation,
    format_heading_number,
    parse_citation,
    parse_heading_number,
    split_heading,
)
from govinfo_report.zh._money import (
    format_rmb,
    format_wan_yuan,
    parse_rmb,
    wan_yuan_to_yuan,
    yuan_to_wan_yuan,
)
from govinfo_report.zh._numerals import NumeralStyle, format_int, parse_int

__all__ = [
    "DEFAULT_UNITS",
    "Citation",
    "DateStyle",
    "HeadingNumber",
    "NumberMatch",
    "NumeralStyle",
    "ZhValueError",
    "find_numbers",
    "format_citation",
    "format_date",
    "format_heading_number",
    "format_int",
    "format_period",
    "format_rmb",
    "format_wan_yuan",
    "format_year",
    "parse_citation",
    "parse_date",
    "parse_heading_number",
    "parse_int",
    "parse_period",
    "parse_rmb",
    "parse_year",
    "split_heading",
    "wan_yuan_to_yuan",
    "yuan_to_wan_yuan",
]
