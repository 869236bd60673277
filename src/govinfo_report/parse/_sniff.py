"""Tell what kind of document some bytes are, and decode text and HTML."""

from __future__ import annotations

import codecs
import re

from govinfo_report.parse._result import InputKind, ParseWarning, WarningCode

__all__ = ["decode", "detect_kind"]

_ZIP = b"PK\x03\x04"
_HTML = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|table|p|div|meta|br|span|tr|td)[\s>/]", re.IGNORECASE
)
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
#: Chinese encodings that GB18030 extends.
_GB = frozenset({"gb2312", "gbk", "gb18030", "cp936", "euc-cn", "x-gbk", "hz-gb-2312"})
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def detect_kind(data: bytes) -> InputKind:
    r"""What kind of document ``data`` is, from its content alone.

    A ZIP archive is DOCX; text whose first 2 KB hold an HTML tag is HTML; anything else is
    plain text.

    Example:
        >>> detect_kind(b"<p>2023\xe5\xb9\xb4</p>"), detect_kind(b"PK\x03\x04..."), detect_kind(b"abc")
        (<InputKind.HTML: 'html'>, <InputKind.DOCX: 'docx'>, <InputKind.TEXT: 'text'>)
    """
    if data.startswith(_ZIP):
        return InputKind.DOCX
    head = data[:2048]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head.decode(encoding, errors="replace").encode("utf-8")
            break
    return InputKind.HTML if _HTML.search(head) else InputKind.TEXT


def _declared(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    name = match.group(1).decode("ascii").lower()
    if name in _GB:
        return "gb18030"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, kind: InputKind) -> tuple[str, ParseWarning | None]:
    """The text of ``data``: by its byte order mark, its declared charset (HTML), UTF-8 or GB18030.

    Bytes that none of these decode are replaced by U+FFFD, and the warning says so.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), None
    declared = _declared(data) if kind is InputKind.HTML else None
    for encoding in dict.fromkeys(filter(None, (declared, "utf-8", "gb18030"))):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if encoding in ("utf-8", declared):
            return text, None
        return text, ParseWarning(WarningCode.ENCODING, f"the input is not UTF-8; read as {encoding.upper()}")
    return data.decode("utf-8", errors="replace"), ParseWarning(
        WarningCode.ENCODING,
        "the input is neither UTF-8 nor GB18030; undecodable bytes were replaced by U+FFFD",
    )
