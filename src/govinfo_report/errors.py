"""The exceptions govinfo_report raises.

Every error the library raises on purpose derives from :class:`GovInfoReportError`, so one
``except`` clause catches them all. The subclasses also derive from the built-in exception a
caller would expect (``ValueError`` for bad values, ``LookupError`` for unknown names).

Example:
    >>> from govinfo_report.errors import GovInfoReportError, InvalidValueError
    >>> issubclass(InvalidValueError, (GovInfoReportError, ValueError))
    True
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = [
    "BuildError",
    "CheckError",
    "DocumentError",
    "GovInfoReportError",
    "InvalidValueError",
    "MissingDependencyError",
    "ParseError",
    "UnknownCellError",
    "UnknownExampleError",
    "ZhValueError",
]


class GovInfoReportError(Exception):
    """Root of every exception govinfo_report raises on purpose."""


class InvalidValueError(GovInfoReportError, ValueError):
    """A value does not fit the field that should hold it (a negative count, a ``float`` …).

    The message names the field, for example ``ApplicantRow.natural_person (自然人)``, or the
    key path when the value was set through a builder.
    """


class UnknownCellError(GovInfoReportError, LookupError, AttributeError):
    """A key path names no cell of the report's format version.

    It is also an ``AttributeError``, because a :class:`~govinfo_report.build.ReportBuilder`
    reaches cells as attributes too (``builder.table3.received.natural_person``).
    """

    def __str__(self) -> str:
        # LookupError subclasses print their argument with repr(); a message reads better.
        return str(self.args[0]) if self.args else ""


class BuildError(GovInfoReportError, ValueError):
    """A builder cannot do what was asked (a negative carry-forward, mixed years …)."""


class DocumentError(GovInfoReportError, ValueError):
    """A serialized document cannot be read back into a report.

    Attributes:
        problems: One line per problem, each ending in the JSON path it concerns, for example
            ``'must be >= 0, got -1 @ $.table3.received.natural_person'``.
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(problems) if problems else "invalid document")


class UnknownExampleError(GovInfoReportError, LookupError):
    """No example report ships under the given name."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class CheckError(GovInfoReportError, ValueError):
    """The checker was asked something it cannot do.

    For example an unknown rule code, a previous report that is not of the year before, or a
    series with two reports of one year.
    """


class ZhValueError(GovInfoReportError, ValueError):
    """Chinese text (a numeral, date, heading number, citation or amount) is wrong.

    Raised by :mod:`govinfo_report.zh` for text it cannot read and for values it will not
    write (a ``float``, a ``bool``, a number out of range). The message says what is wrong and
    where, for example ``"unexpected character '个' at position 3 in '一百二个'"``.

    Attributes:
        text: The input: the text being read, or ``repr()`` of the value being written.
        position: Index in ``text`` of the offending character, or ``None`` when no single
            character is to blame (a value out of range, a wrong type, an impossible date).

    Example:
        >>> from govinfo_report.errors import ZhValueError
        >>> error = ZhValueError("unexpected character '个' at position 3 in '一百二个'", "一百二个", 3)
        >>> error.text, error.position
        ('一百二个', 3)
    """

    def __init__(self, message: str, text: str, position: int | None = None) -> None:
        super().__init__(message)
        self.text = text
        self.position = position

    def __reduce__(self) -> tuple[type[ZhValueError], tuple[str, str, int | None]]:
        # Keep the attributes through pickling (multiprocessing passes errors between processes).
        return (type(self), (str(self), self.text, self.position))


class MissingDependencyError(GovInfoReportError, ImportError):
    """A feature needs an optional dependency that is not installed.

    The message names the extra to install, for example ``pip install "govinfo-report[docx]"``.
    """


class ParseError(GovInfoReportError, ValueError):
    """A published report cannot be read at all (what could be read is never an error).

    The parsers of :mod:`govinfo_report.parse` raise it when the input is too large, is not
    the kind of document it claims to be, or lacks what every report must have (a title
    naming the agency and the year). The message says what and where.

    Attributes:
        position: Where the problem is, counted from 0: a character offset into a text or
            HTML input, a byte offset into a DOCX file; ``None`` when it concerns the input
            as a whole.
        line: The line (from 1) of a text input, when known.
        column: The column (from 1) of a text input, when known.

    Example:
        >>> error = ParseError("no report title found", position=0, line=1, column=1)
        >>> str(error), error.line
        ('no report title found (at line 1, column 1)', 1)
    """

    def __init__(
        self,
        message: str,
        *,
        position: int | None = None,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.message = message
        self.position = position
        self.line = line
        self.column = column
        if line is not None:
            where = f"line {line}" + ("" if column is None else f", column {column}")
        elif position is not None:
            where = f"offset {position}"
        else:
            where = ""
        super().__init__(f"{message} (at {where})" if where else message)

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        # Keep the attributes through pickling (multiprocessing passes errors between processes).
        rebuild = functools.partial(
            type(self), self.message, position=self.position, line=self.line, column=self.column
        )
        return (rebuild, ())
