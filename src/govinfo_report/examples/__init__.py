"""Real published reports that ship with the library, as JSON documents.

``pingfang-2023`` is the 2023 report of 哈尔滨市平房区区域合作局 in the 2021 format: every table
value is 0, and its narrative states counts in words and digits. It was transcribed from the
published document, cell by cell; the test suite checks every value against the source text.

Example:
    >>> from govinfo_report.examples import example_names, load_example
    >>> example_names()
    ('pingfang-2023',)
    >>> load_example("pingfang-2023").metadata.agency
    '平房区区域合作局'
"""

from __future__ import annotations

from importlib import resources

from govinfo_report.errors import UnknownExampleError
from govinfo_report.model import Report
from govinfo_report.serialize import loads

__all__ = ["DEFAULT_EXAMPLE", "example_json", "example_names", "load_example"]

#: The example used when none is named.
DEFAULT_EXAMPLE = "pingfang-2023"

_SUFFIX = ".json"


def example_names() -> tuple[str, ...]:
    """The names of the shipped examples, sorted."""
    files = resources.files(__name__).iterdir()
    return tuple(sorted(item.name[: -len(_SUFFIX)] for item in files if item.name.endswith(_SUFFIX)))


def example_json(name: str = DEFAULT_EXAMPLE) -> str:
    """The JSON document of the example ``name``.

    Raises:
        UnknownExampleError: When no example has that name.
    """
    if name not in example_names():
        known = ", ".join(example_names())
        raise UnknownExampleError(f"no example named {name!r}; the examples are: {known}")
    return resources.files(__name__).joinpath(name + _SUFFIX).read_text(encoding="utf-8")


def load_example(name: str = DEFAULT_EXAMPLE) -> Report:
    """The example ``name`` as a report.

    Raises:
        UnknownExampleError: When no example has that name.
    """
    return loads(example_json(name))
