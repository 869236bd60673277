"""Find the parts of a report: its title, preamble and six sections, and the facts they state.

The six sections are found by their titles (any top-level numbering in front, white space
anywhere inside, and the variants of :mod:`~govinfo_report.parse._variants`), in order; a title
that is missing leaves its section absent. The title of the report names the agency and the
year; the preamble states the statistics period, the contact and the website; the
publication date is stated on a line of its own (``发布日期：2020-01-31``) or at the end.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from govinfo_report.errors import InvalidValueError, ZhValueError
from govinfo_report.model import Contact, Period, ReportKind, default_title, section_info
from govinfo_report.model._report import FIRST_REPORT_YEAR
from govinfo_report.parse import _variants
from govinfo_report.parse._document import Document
from govinfo_report.parse._labels import section_titles
from govinfo_report.parse._result import ParseWarning, WarningCode
from govinfo_report.zh import parse_date, parse_year

__all__ = ["Facts", "Outline", "Title", "find_outline", "read_facts", "read_title"]

#: Where the title is looked for when no section title is found.
_HEAD = 3000
#: How far from its end a report's signature is looked for.
_TAIL = 120

_DIGIT = "0-9〇零○一二三四五六七八九十"
_DATE = rf"[{_DIGIT}]{{4}}\s*年\s*[{_DIGIT}]{{1,3}}\s*月\s*[{_DIGIT}]{{1,3}}\s*日"
_PERIOD = re.compile(
    rf"(?P<start>{_DATE})\s*(?:起\s*)?(?:至|到|-|~|—|–)\s*(?P<year>[{_DIGIT}]{{4}}\s*年)?"
    rf"(?P<end>\s*[{_DIGIT}]{{1,3}}\s*月\s*[{_DIGIT}]{{1,3}}\s*日)"
)
_PUBLISHED = re.compile(
    r"(?:"
    + "|".join(re.escape(key) for key in _variants.DOCUMENT_KEYS["published"])
    + rf")\s*:\s*(?:(?P<iso>[0-9]{{4}}\s*[-/.]\s*[0-9]{{1,2}}\s*[-/.]\s*[0-9]{{1,2}})|(?P<date>{_DATE}))"
)
#: The end of a report: the agency's name (on a line with no sentence in it) and the date.
_SIGNATURE = re.compile(rf"(?:(?P<agency>[^\n。,;]{{1,40}})\n\s*)?(?P<date>{_DATE})\s*\Z")


@attrs.frozen
class Outline:
    """Where the parts of a report are in a document's text.

    Attributes:
        sections: For each section found, by :class:`~govinfo_report.model.Sections`
            attribute, the span of its title and where its text ends.
        head_end: Where the preamble ends (the first section title, or the end of the text).
        signature: Where the signature at the end (the agency's name and the date) starts,
            and the span of its date; ``None`` when the report ends otherwise.
        warnings: Titles numbered otherwise than the format numbers them.
    """

    sections: dict[str, tuple[int, int, int]]
    head_end: int
    signature: tuple[int, int, int] | None
    warnings: tuple[ParseWarning, ...]


def find_outline(document: Document) -> Outline:
    """Find the six section titles of ``document``, in order."""
    titles = section_titles()
    found: list[tuple[str, int, int, str]] = []
    order = {info.name: index for index, info in enumerate(section_info())}
    last = -1
    for match in titles.pattern.finditer(document.norm):
        name = titles.names[match.lastindex or 0]
        if order[name] > last:
            found.append((name, match.start(), match.end(), titles.numbers[match.lastindex or 0]))
            last = order[name]
    norm = document.norm
    signed = _SIGNATURE.search(norm, max(0, len(norm) - _TAIL))
    signature = None if signed is None else (signed.start(), signed.start("date"), signed.end("date"))
    if signature is not None and found and signature[0] < found[-1][2]:
        signature = None  # the date is part of the last section's title line
    warnings = []
    sections: dict[str, tuple[int, int, int]] = {}
    for index, (name, start, end, number) in enumerate(found):
        last = len(norm) if signature is None else signature[0]
        stop = found[index + 1][1] if index + 1 < len(found) else last
        sections[name] = (start, end, stop)
        written = "".join(document.norm[start:end].split())
        if not written.startswith(number):
            shown = "".join(document.quote(start, end).split())
            warnings.append(
                ParseWarning(
                    WarningCode.VARIANT,
                    f"section {number} is titled {shown!r}",
                    document.locate(start, end),
                )
            )
    head_end = found[0][1] if found else min(len(document.text), _HEAD)
    return Outline(sections, head_end, signature, tuple(warnings))


@attrs.frozen
class Title:
    """The report's title and what it names.

    Attributes:
        title: The title as printed, white space and line breaks removed.
        agency: The publishing agency, or ``None`` when the title names none.
        year: The report year.
        end: Where the title ends in the document's text.
    """

    title: str
    agency: str | None
    year: int
    end: int


def _compact(text: str) -> str:
    return "".join(text.split())


def _spaced(text: str) -> str:
    return r"\s*".join(re.escape(char) for char in text)


#: The end of the title the model gives a report: 政府信息公开工作年度报告.
_USUAL_ENDING = default_title("", FIRST_REPORT_YEAR).partition("年")[2]
_TITLE = re.compile(
    r"(?P<year>[0-9]{4}|[〇零○一二三四五六七八九]{4})\s*年\s*(?:度\s*)?(?P<post>[^\n。,;:]{0,40}?)\s*(?:"
    + "|".join(_spaced(wording) for wording in (_USUAL_ENDING, *_variants.TITLE_ENDINGS))
    + ")"
)
_KEY_PREFIX = re.compile(
    r"^\s*(?:" + "|".join(re.escape(key) for key in _variants.DOCUMENT_KEYS["title"]) + r")\s*:\s*"
)


def read_title(document: Document, outline: Outline) -> Title | None:
    """The report's title: the first 年度报告 title before the first section."""
    norm = document.norm
    match = _TITLE.search(norm, 0, outline.head_end)
    if match is None:
        return None
    year = parse_year(match.group("year"), lenient=True)
    line_start = norm.rfind("\n", 0, match.start()) + 1
    before = norm[line_start : match.start()]
    if not before.strip() and line_start > 0:
        previous = norm.rfind("\n", 0, line_start - 1) + 1
        if norm[previous : line_start - 1].strip() and len(norm[previous : line_start - 1].strip()) <= 40:
            line_start = previous
    before = _KEY_PREFIX.sub("", norm[line_start : match.start()])
    post = match.group("post")
    text = document.text
    agency: str | None
    if post.strip():
        agency = "".join(text[match.start("post") : match.end("post")].split())
        title_start = match.start()
    else:
        title_start = match.start() - len(before)
        agency = "".join(text[title_start : match.start()].split()) or None
    title = "".join(text[title_start : match.end()].split())
    return Title(title, agency, year, match.end())


@attrs.frozen
class Facts:
    """What the head of a report states besides its title."""

    period: Period | None
    published: date | None
    contact: Contact | None
    website: str | None
    kind: ReportKind
    warnings: tuple[ParseWarning, ...]


_ISO = re.compile(r"([0-9]{4})\s*[-/.]\s*([0-9]{1,2})\s*[-/.]\s*([0-9]{1,2})")
_URL = re.compile(
    r"(?<![@A-Za-z0-9.])(?:https?://|www\.)[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?:/[A-Za-z0-9._~%/?#=&+-]*)?"
)
_ORGANIZATION = re.compile(r"请\s*(?:与|联系)\s*([^,;。\n()]{2,40}?)\s*(?:联系|[,;。(]|\n|$)")
_CONTACT_VALUES = {
    "address": r"\s*:\s*([^,;。]{2,80})",
    "postcode": r"\s*:?\s*([0-9]{6})(?![0-9])",
    "telephone": r"\s*:?\s*([0-9][0-9 ()-]{4,30}[0-9])",
    "email": r"\s*:?\s*([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})",
}
_CONTACT = {
    name: re.compile("(?:" + "|".join(re.escape(key) for key in keys) + ")" + _CONTACT_VALUES[name])
    for name, keys in _variants.CONTACT_KEYS.items()
}


def _date(text: str) -> date:
    """Read a date written 2023年1月1日 (digits or Chinese numerals) or 2023-01-01.

    Raises:
        ZhValueError: When it is no date.
    """
    iso = _ISO.fullmatch(text)
    if iso is None:
        return parse_date(text, lenient=True)
    try:
        return date(*(int(part) for part in iso.groups()))
    except ValueError:
        raise ZhValueError(f"{text!r} is no date", text) from None


def _not_a(document: Document, what: str, start: int, end: int) -> ParseWarning:
    shown = document.quote(start, end)
    return ParseWarning(WarningCode.METADATA, f"{shown!r} is not {what}", document.locate(start, end))


def read_facts(document: Document, outline: Outline, title: Title | None, agency: str) -> Facts:
    """The period, publication date, contact, website and kind the head of the report states."""
    norm, text = document.norm, document.text
    start = 0 if title is None else title.end
    end = outline.head_end
    warnings: list[ParseWarning] = []
    period = None
    match = _PERIOD.search(norm, start, end)
    if match is not None:
        first = _compact(match.group("start"))
        last = _compact(match.group("year") or first[: first.index("年") + 1]) + _compact(match.group("end"))
        try:
            period = Period(_date(first), _date(last))
        except (ZhValueError, InvalidValueError):
            warnings.append(_not_a(document, "a statistics period", match.start(), match.end()))
    published = None
    spans = []
    match = _PUBLISHED.search(norm, 0, end)
    if match is not None:
        group = "iso" if match.group("iso") else "date"
        spans.append((match.start(group), match.end(group)))
    if outline.signature is not None:
        spans.append(outline.signature[1:])
    for date_start, date_end in spans:
        try:
            published = _date(_compact(norm[date_start:date_end]))
        except ZhValueError:
            warnings.append(_not_a(document, "a date", date_start, date_end))
            continue
        break
    contact = _contact(document, start, end)
    website = None
    for url in _URL.finditer(norm, start, end):
        if "网" in norm[max(start, url.start() - 30) : url.start()]:
            website = text[url.start() : url.end()]
            break
    kind = ReportKind.GOVERNMENT if agency.endswith(_variants.GOVERNMENT_SUFFIX) else ReportKind.UNIT
    return Facts(period, published, contact, website, kind, tuple(warnings))


_LINE_BREAK = re.compile(r"\s*\n\s*")


def _as_printed(text: str) -> str:
    """A fact as printed: line breaks (a narrow column or a PDF's lines) removed."""
    return _LINE_BREAK.sub("", text).strip()


def _contact(document: Document, start: int, end: int) -> Contact | None:
    norm, text = document.norm, document.text
    parts: dict[str, str] = {}
    match = _ORGANIZATION.search(norm, start, end)
    if match is not None:
        parts["organization"] = _as_printed(text[match.start(1) : match.end(1)])
    for name, pattern in _CONTACT.items():
        match = pattern.search(norm, start, end)
        if match is not None:
            parts[name] = _as_printed(text[match.start(1) : match.end(1)])
    return Contact(**parts) if parts else None
