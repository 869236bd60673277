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

__all__ = [
    "BuildError",
    "CheckError",
    "DocumentError",
    "GovInfoReportError",
    "InvalidValueError",
    "UnknownCellError",
    "UnknownExampleError",
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
