"""Wordings found in real reports that are not the official ones, and words that are not labels.

This is the only place where the parsers know wording that the model does not declare. Each
entry names the published report it was found in; none of them is an official label, and
official labels are never typed here (they come from :mod:`govinfo_report.model`). Keep the
lists short: a wording goes here only when a real report uses it.
"""

from __future__ import annotations

__all__ = [
    "ARTEFACTS",
    "CONTACT_KEYS",
    "DOCUMENT_KEYS",
    "GOVERNMENT_SUFFIX",
    "SECTION_PREFIXES",
    "SECTION_TITLES",
    "TITLE_ENDINGS",
]

#: Whole section titles used instead of the official one, by :class:`Sections` attribute.
#: 其他事项: 威海市文登区人民政府办公室, 2022 report (SPEC Part B §2.1, source WD22).
SECTION_TITLES: dict[str, tuple[str, ...]] = {
    "other": ("其他事项",),
}

#: Words printed in front of an official section title, by :class:`Sections` attribute.
#: 政府信息公开工作存在的主要问题及改进情况: 上海市人民政府办公厅, 2019 report
#: (``tests/data/examples/shanghai-office-2019-2019format.html``).
SECTION_PREFIXES: dict[str, tuple[str, ...]] = {
    "problems": ("政府信息公开工作",),
}

#: How a report's title may end besides the usual ending the model writes
#: (:func:`~govinfo_report.model.default_title`): without 工作, as many reports are titled.
TITLE_ENDINGS = ("政府信息公开年度报告",)

#: A report whose agency's name ends so is a people's government's own report
#: (淮安市人民政府 2024); any other is a unit's.
GOVERNMENT_SUFFIX = "人民政府"

#: Lines of a crawled page or a web page that state a fact of the document, by
#: :class:`~govinfo_report.model.Metadata` attribute: ``标题: …`` and ``发布时间: …`` in the
#: 平潭综合实验区 2021 crawl, ``发布日期：…`` on the 上海市人民政府办公厅 2019 page.
DOCUMENT_KEYS: dict[str, tuple[str, ...]] = {
    "title": ("标题",),
    "published": ("发布日期", "发布时间"),
}

#: The words that introduce each part of a contact in a preamble, by
#: :class:`~govinfo_report.model.Contact` attribute (平房区区域合作局 2023, 淮安市人民政府 2024,
#: 平潭综合实验区 2021: 地址/联系地址, 邮编, 电话/电话/传真, 电子邮箱).
CONTACT_KEYS: dict[str, tuple[str, ...]] = {
    "address": ("联系地址", "通讯地址", "地址"),
    "postcode": ("邮政编码", "邮编"),
    "telephone": ("联系电话", "咨询电话", "电话/传真", "电话"),
    "email": ("电子邮箱", "电子信箱", "邮箱", "E-mail", "Email"),
}

#: What converters leave in a report's text that is not part of it, removed before reading:
#: the page numbers ``- 2 -`` of a PDF on lines of their own (淮安市人民政府 2024), and Word's
#: ``[bookmark: _GoBack]`` (平房区区域合作局 2023).
ARTEFACTS = r"(?m:^[ \t]*[-－—–][ \t]*[0-9]{1,4}[ \t]*[-－—–][ \t]*(?:\n|\Z))|\[bookmark: [^\]\n]{0,80}\]"
