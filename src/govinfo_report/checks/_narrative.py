"""Numbers the narrative states against the tables (``TEXT-01``).

Only phrases that name one figure of the tables unambiguously are read, for example
``共收到依申请公开0件`` (table 三 一 总计), ``行政复议0件`` (table 四), ``发出收费通知0件`` and
``实际收取金额0元`` (the 信息处理费). A number must follow its phrase directly; Arabic digits,
digits with separators and Chinese numerals are read by :func:`govinfo_report.zh.find_numbers`.
Phrases that other counts could explain are left alone: a received count said to include the
applications carried over (``（含上年结转2件）``), a review or litigation count in a sentence that is
not about disclosure, a litigation count coordinated with another (``行政复议和行政诉讼共3件``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import attrs

from govinfo_report.checks._findings import Finding, Number, Severity, number, signed
from govinfo_report.checks._plan import RECEIVED, plan_for
from govinfo_report.checks._rule import BOTH, V2021, Context, Rule
from govinfo_report.model import FormatVersion, ReportV2021, section_info
from govinfo_report.zh import find_numbers, wan_yuan_to_yuan

__all__ = ["RULES"]

_PLAN = plan_for(ReportV2021)
_REVIEW = _PLAN.row("table4.review")
_LITIGATION = _PLAN.row("table4.litigation_direct").labels[0]
_FEES = _PLAN.row("processing_fees")


def _fee(name: str) -> str:
    return _FEES.cells[_FEES.position(name)]


_AMOUNT = _FEES.columns[_FEES.position("fee_notice_amount")][-1]


#: A count or amount may be introduced by one of these after its phrase.
_TAIL = r"(?:数量)?(?:共计?|合计|为|达)?"
#: Not a figure of its own when coordinated with another noun just before it.
_ALONE = r"(?<![和、及与或])"


@attrs.frozen
class _Statement:
    """A phrase of the narrative that states one figure of the tables.

    Attributes:
        triggers: Words the phrase starts with (scanning looks for them first).
        phrase: The regular expression of the words before the number.
        cells: The cells whose sum the number states.
        unit: ``件`` for counts, ``元`` for amounts (``万元`` is read too).
        versions: The format versions that have the cells.
        about_disclosure: Read only in a sentence that mentions 公开 before the phrase.
        stated_only: Compare only when the cells are filled (the 信息处理费 figures, which
            the narrative itself states: blank means not stated, not 0).
        not_with_carried: Not read when the number is said to include 结转 (the applications
            carried over), as in ``收到申请36件（含上年结转2件）``.
    """

    triggers: tuple[str, ...]
    phrase: str
    cells: tuple[str, ...]
    unit: str
    versions: frozenset[FormatVersion]
    about_disclosure: bool = False
    stated_only: bool = False
    not_with_carried: bool = False


_STATEMENTS = (
    _Statement(
        ("新收", "收到"),
        r"(?:新收|收到)(?:政府信息公开申请|依申请公开申请|依申请公开|政府信息公开|信息公开申请)",
        (_PLAN.row(RECEIVED).cells[-1],),
        "件",
        BOTH,
        not_with_carried=True,
    ),
    _Statement(
        (_REVIEW.labels[0],),
        _ALONE + re.escape(_REVIEW.labels[0]) + "(?:案件|申请)?",
        (_REVIEW.cells[-1],),
        "件",
        BOTH,
        about_disclosure=True,
    ),
    _Statement(
        (_LITIGATION,),
        _ALONE + re.escape(_LITIGATION) + "(?:案件)?",
        tuple(
            _PLAN.row(key).cells[-1] for key in ("table4.litigation_direct", "table4.litigation_after_review")
        ),
        "件",
        BOTH,
        about_disclosure=True,
    ),
    _Statement(("收费通知",), r"收费通知书?", (_fee("fee_notices"),), "件", V2021, stated_only=True),
    _Statement(
        (_AMOUNT,),
        re.escape(_AMOUNT),
        (_fee("fee_notice_amount"),),
        "元",
        V2021,
        stated_only=True,
    ),
    _Statement(
        ("实际收取", "收取"),
        r"实际收取(?:金额|费用|信息处理费)?|收取(?:政府信息公开)?信息处理费",
        (_fee("fee_collected"),),
        "元",
        V2021,
        stated_only=True,
    ),
)


def _place(cell: str) -> tuple[str, int]:
    """The row key path of a cell and its index in the row's values."""
    row, _, name = cell.rpartition(".")
    return row, _PLAN.row(row).position(name)


#: Where each statement's cells sit (rows of tables 三 and 四 are laid out alike in both formats).
_PLACES = {statement: tuple(map(_place, statement.cells)) for statement in _STATEMENTS}
#: Where a statement may start: any trigger word (found fast, as literals).
_TRIGGERS = re.compile(
    "|".join(sorted({re.escape(t) for s in _STATEMENTS for t in s.triggers}, key=len, reverse=True))
)
#: A whole statement up to its number, matched where a trigger is.
_PATTERN = re.compile("|".join(f"(?P<s{index}>{s.phrase}){_TAIL}" for index, s in enumerate(_STATEMENTS)))
#: How far back the sentence of a review or litigation count is searched for 公开.
_LOOKBACK = 80
#: Text up to the last end of a sentence.
_UP_TO_SENTENCE_END = re.compile(r".*[。；;！!？?\n]", re.DOTALL)
#: How far after its phrase a number may end (a long Chinese numeral and its unit).
_WINDOW = 32
#: The units a stated number may carry (万元 amounts are converted to 元).
_UNITS = ("万元", "件", "元")
#: A number in plain ASCII digits and its unit: most numbers, read without the general reader.
_PLAIN = re.compile(r"\s*([0-9]+)\s*(万元|件|元)")
#: What follows a received count that includes the applications carried over: （含上年结转2件）.
_INCLUDES_CARRIED = re.compile(r"\s*[（(，,]?\s*(?:其中)?(?:含|包含|包括)[^，。；）)]{0,8}结转")
_SECTIONS = (
    ("preamble", "sections.preamble", "前言"),
    *((info.name, f"sections.{info.name}", info.label.full) for info in section_info()),
)


def _stated(text: str, at: int, unit: str) -> tuple[Number, int] | None:
    """The number written at ``text[at:]`` (spaces allowed) in ``unit``, and where it ends."""
    first = text[at : at + 1]
    if not (first.isspace() or first.isnumeric() or first == "两"):  # 两 is the one numeral that
        return None  # Unicode does not call numeric: no number starts here
    plain = _PLAIN.match(text, at)
    if plain is not None:  # the common case, without the general reader
        value: Number = int(plain[1])
        found, end = plain[2], plain.end()
    else:
        window = text[at : at + _WINDOW]
        body = window.lstrip()
        match = next(find_numbers(body, units=_UNITS), None)
        if match is None or match.start != 0:
            return None
        value, after, unit_found = match.value, match.end, match.unit
        if unit_found is None:
            after += len(body[after:]) - len(body[after:].lstrip())
            unit_found = next((wanted for wanted in _UNITS if body.startswith(wanted, after)), None)
            if unit_found is None:
                return None
        found, end = unit_found, at + len(window) - len(body) + after + len(unit_found)
    if found == unit and not (unit == "件" and isinstance(value, Decimal)):
        return value, end
    if found == "万元" and unit == "元":
        return wan_yuan_to_yuan(value), end
    return None


def _about_disclosure(text: str, start: int) -> bool:
    """Whether the sentence up to ``start`` (at most :data:`_LOOKBACK` characters) mentions 公开."""
    sentence = max(0, start - _LOOKBACK)
    ended = _UP_TO_SENTENCE_END.match(text, sentence, start)
    return text.find("公开", ended.end() if ended else sentence, start) >= 0


def _statements(ctx: Context) -> Iterator[Finding]:
    sections = ctx.report.sections
    for name, path, title in _SECTIONS:
        text = getattr(sections, name)
        if not text:
            continue
        for trigger in _TRIGGERS.finditer(text):
            match = _PATTERN.match(text, trigger.start())
            if match is None:
                continue
            group = match.lastgroup
            assert group is not None
            statement = _STATEMENTS[int(group[1:])]
            if ctx.version not in statement.versions:
                continue
            if statement.about_disclosure and not _about_disclosure(text, match.start()):
                continue
            stated = _stated(text, match.end(), statement.unit)
            if stated is None:
                continue
            value, end = stated
            if statement.not_with_carried and _INCLUDES_CARRIED.match(text, end):
                continue
            yield from _compare(ctx, statement, value, text[match.start() : end], path, title)


def _compare(
    ctx: Context, statement: _Statement, value: Number, words: str, path: str, title: str
) -> Iterator[Finding]:
    values = ctx.values
    found = tuple(values[row][index] for row, index in _PLACES[statement])
    if statement.stated_only and None in found:
        return
    operands = ctx.numbers(found, statement.cells)
    if operands is None:
        return
    expected = sum(operands)
    if expected == value:
        return
    labels = "与".join(f"「{' / '.join(ctx.plan.labels[cell])}」" for cell in statement.cells)
    sum_zh = "之和" if len(statement.cells) > 1 else ""
    keys = " + ".join(statement.cells)
    diff = signed(value - expected)
    yield ctx.finding(
        f"「{title}」写明「{words}」，而{labels}{sum_zh}为 {number(expected)}（差 {diff}）",
        f"{path} states “{words}”, but {keys} is {number(expected)} (difference {diff})",
        (*statement.cells, path),
        expected=expected,
        actual=value,
    )


RULES = (
    Rule(
        "TEXT-01",
        Severity.WARNING,
        BOTH,
        "正文所述数字与表格一致",
        "Numbers stated in the text agree with the tables",
        "Where the narrative states a figure of the tables in a phrase that names it "
        "unambiguously, the number equals the table's: applications received (一 总计), "
        "administrative reviews and lawsuits (table 四 总计), and in the 2021 format the fee "
        "notices and amounts of section 六. Numbers may be written in Arabic digits, with "
        "separators, or in Chinese numerals. Expected is the table's figure, actual the text's.",
        _statements,
    ),
)
