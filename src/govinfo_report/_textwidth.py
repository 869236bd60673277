"""Display width of text in a terminal, where a CJK character takes two columns."""

from __future__ import annotations

import unicodedata

__all__ = ["display_width", "pad"]


def display_width(text: str) -> int:
    """The number of terminal columns ``text`` takes.

    Example:
        >>> display_width("总计 total")
        10
    """
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` columns (aligned left, or right).

    Example:
        >>> pad("总计", 6) + "|"
        '总计  |'
        >>> pad("12", 4, right=True)
        '  12'
    """
    fill = " " * max(0, width - display_width(text))
    return fill + text if right else text + fill
