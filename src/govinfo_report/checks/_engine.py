"""The engine: run the catalogue on a report, a series of one agency's years, or an aggregate."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

import attrs

from govinfo_report.checks._catalogue import choose_rules
from govinfo_report.checks._findings import CheckResult, Finding, Severity
from govinfo_report.checks._plan import plan_for
from govinfo_report.checks._rule import Blanks, Context, Deadline, describe
from govinfo_report.errors import CheckError
from govinfo_report.model import Report, ReportV2019, ReportV2021, summable_difference

__all__ = ["check", "check_aggregate", "check_series"]

Codes = Iterable[str] | str | None


def _report(value: object, what: str) -> Report:
    if not isinstance(value, (ReportV2021, ReportV2019)):
        raise CheckError(
            f"{what}: expected a report (ReportV2021 or ReportV2019), got {type(value).__name__}"
        )
    return value


def _option(kind: type[Severity] | type[Blanks], value: object, what: str) -> object:
    try:
        return kind(value)
    except ValueError:
        choices = ", ".join(repr(member.value) for member in kind)
        raise CheckError(f"{what}: expected one of {choices}, got {value!r}") from None


def _refuse_non_numbers(context: Context) -> None:
    """Raise a :class:`CheckError` naming every cell that holds something other than a number.

    The model never holds such a value; a report made by other means may, and the arithmetic
    of the rules cannot use it.
    """
    wrong = []
    for report in (context.report, context.previous, *(context.parts or ())):
        if report is None:
            continue
        plan = plan_for(type(report))
        for key, found in plan.snapshot(report).items():
            for cell, value in zip(plan.row(key).cells, found, strict=True):
                if value is None or type(value) in (int, bool):
                    continue
                if not isinstance(value, Decimal) or not value.is_finite():
                    where = "" if report is context.report else f" of {describe(report)}"
                    wrong.append(f"{cell}{where} holds {type(value).__name__} {value!r}")
    if wrong:
        raise CheckError(f"cannot check a report whose cells are not numbers: {'; '.join(wrong)}")


@attrs.frozen
class _Options:
    """The choices every check function takes, as given."""

    select: Codes
    ignore: Codes
    min_severity: Severity | str
    blanks: Blanks | str
    deadline: Deadline | None


def _run(report: object, previous: object, parts: Sequence[Report] | None, options: _Options) -> CheckResult:
    report = _report(report, "report")
    if previous is not None:
        previous = _report(previous, "previous")
        year = report.metadata.year
        if previous.metadata.year != year - 1:
            raise CheckError(
                f"previous: the report of the year before {year} is needed, got one of"
                f" {previous.metadata.year} ({describe(previous)})"
            )
    severity = _option(Severity, options.min_severity, "min_severity")
    policy = _option(Blanks, options.blanks, "blanks")
    assert isinstance(severity, Severity)
    assert isinstance(policy, Blanks)
    given = frozenset(name for name, value in (("previous", previous), ("parts", parts)) if value is not None)
    rules = choose_rules(report.format_version, given, options.select, options.ignore, severity)
    context = Context(report, previous=previous, parts=parts, blanks=policy, deadline=options.deadline)
    findings: list[Finding] = []
    for rule in rules:
        context.rule = rule
        try:
            findings.extend(rule.evaluate(context))
        except (TypeError, ArithmeticError):
            _refuse_non_numbers(context)
            raise  # the cells are numbers: a bug in the rule, not in the report
    meta = report.metadata
    return CheckResult(
        agency=meta.agency,
        year=meta.year,
        format_version=report.format_version,
        title=meta.title,
        findings=tuple(findings),
        rules=tuple(rule.code for rule in rules),
    )


def check(
    report: Report,
    *,
    previous: Report | None = None,
    select: Codes = None,
    ignore: Codes = None,
    min_severity: Severity | str = Severity.INFO,
    blanks: Blanks | str = Blanks.ZERO,
    deadline: Deadline | None = None,
) -> CheckResult:
    """Check a report against every rule of the catalogue that applies to its format version.

    Args:
        report: The report to check.
        previous: The same agency's report of the year before, for the cross-year rules
            (``YEAR-*``); they do not run without it.
        select: Run only these rules: codes (``T3-01``) or groups (``T3``). The blank-cell
            rules (``BLANK-*``) report on the rules that ran and need not be named.
        ignore: Do not run these rules (codes or groups).
        min_severity: Run only rules of this severity or higher (``"warning"`` leaves out the
            info finding on blanks).
        blanks: How blank cells take part in arithmetic: :attr:`Blanks.ZERO` (as 0, and one
            info finding lists them) or :attr:`Blanks.STRICT` (a rule that needs a blank is
            not assessed there, and a warning says so).
        deadline: The publication deadline to check against instead of the legal one: a
            date, or a function from the report's metadata to a date (for a local rule such as
            "28 January of the next year").

    Raises:
        CheckError: When ``report`` or ``previous`` is not a report, ``previous`` is not of
            the year before, a code names no rule, or an option has an unknown value.

    Example:
        >>> from govinfo_report.build import blank_report, compute_totals
        >>> from govinfo_report.model import replace_cells
        >>> report = compute_totals(replace_cells(blank_report("某局", 2023, zeros=True), {
        ...     "table3.received.natural_person": 3,
        ...     "table3.results.disclosed.natural_person": 2,
        ... }))
        >>> check(report).ok
        True
        >>> broken = replace_cells(report, {"table3.results.disclosed.total": 4})
        >>> result = check(broken, select=["T3"])
        >>> [finding.code for finding in result.findings]
        ['T3-02', 'T3-03']
        >>> result.findings[0].cells[0], result.findings[0].expected, result.findings[0].actual
        ('table3.results.disclosed.total', 2, 4)
    """
    return _run(report, previous, None, _Options(select, ignore, min_severity, blanks, deadline))


def check_series(
    reports: Iterable[Report],
    *,
    previous: Report | None = None,
    select: Codes = None,
    ignore: Codes = None,
    min_severity: Severity | str = Severity.INFO,
    blanks: Blanks | str = Blanks.ZERO,
    deadline: Deadline | None = None,
) -> tuple[CheckResult, ...]:
    """Check one agency's reports of several years, each against the year before where given.

    Args:
        reports: Reports of one agency, each of a different year, in any order.
        previous: The agency's report of the year before the earliest of ``reports``, to
            check that one against (it is not checked itself).
        select: As for :func:`check`.
        ignore: As for :func:`check`.
        min_severity: As for :func:`check`.
        blanks: As for :func:`check`.
        deadline: As for :func:`check`.

    Returns:
        One result per report, in the order given.

    Raises:
        CheckError: When the reports are of several agencies, two are of one year,
            ``previous`` is not of the year before the earliest, or :func:`check` would raise.

    Example:
        >>> from govinfo_report.build import blank_report
        >>> from govinfo_report.model import replace_cells
        >>> y2022 = replace_cells(blank_report("某局", 2022, zeros=True), {"table3.carried_forward.total": 1})
        >>> y2023 = blank_report("某局", 2023, zeros=True)
        >>> [[f.code for f in result.findings] for result in check_series([y2023, y2022], select="YEAR")]
        [['YEAR-01'], []]
    """
    reports = [_report(report, f"reports[{index}]") for index, report in enumerate(reports)]
    agencies = sorted({report.metadata.agency for report in reports})
    if len(agencies) > 1:
        raise CheckError(f"a series is one agency's reports, got reports of {', '.join(agencies)}")
    by_year: dict[int, Report] = {}
    for report in reports:
        year = report.metadata.year
        if year in by_year:
            raise CheckError(f"a series has one report a year, got two of {year} ({describe(report)})")
        by_year[year] = report
    if previous is not None and by_year:
        before = min(by_year) - 1
        previous = _report(previous, "previous")
        if previous.metadata.year != before:
            raise CheckError(
                f"previous: the report of {before} is needed, got one of {previous.metadata.year}"
            )
        by_year[before] = previous
    options = _Options(select, ignore, min_severity, blanks, deadline)
    return tuple(_run(report, by_year.get(report.metadata.year - 1), None, options) for report in reports)


def check_aggregate(
    aggregate: Report,
    parts: Iterable[Report],
    *,
    previous: Report | None = None,
    select: Codes = None,
    ignore: Codes = None,
    min_severity: Severity | str = Severity.INFO,
    blanks: Blanks | str = Blanks.ZERO,
    deadline: Deadline | None = None,
) -> CheckResult:
    """Check an aggregate report, and that it is the sum of the reports it aggregates.

    Runs every rule :func:`check` runs, and the aggregate rules (``AGG-*``): each cell equals
    the sum of that cell over ``parts``, and the parts are the agencies the aggregate lists.

    Args:
        aggregate: The aggregate report.
        parts: The reports it sums, of the same year and format version.
        previous: As for :func:`check`.
        select: As for :func:`check`.
        ignore: As for :func:`check`.
        min_severity: As for :func:`check`.
        blanks: As for :func:`check`.
        deadline: As for :func:`check`.

    Raises:
        CheckError: When there are no parts, a part differs from the aggregate in year or
            format version, or :func:`check` would raise.

    Example:
        >>> from govinfo_report.build import aggregate, blank_report
        >>> from govinfo_report.model import replace_cells
        >>> a = replace_cells(blank_report("甲局", 2023), {"table4.review.upheld": 1})
        >>> b = replace_cells(blank_report("乙局", 2023), {"table4.review.upheld": 2})
        >>> total = aggregate([a, b], agency="某区人民政府办公室")
        >>> check_aggregate(total, [a, b], select="AGG").findings
        ()
        >>> for finding in check_aggregate(total, [a], select="AGG").findings:
        ...     print(finding.message_en)
        table4.review.upheld is 3, but the 1 parts sum to 1 (difference +2)
        the agencies the aggregate lists differ from the parts given: listed but not given: 乙局
    """
    aggregate = _report(aggregate, "aggregate")
    parts = [_report(part, f"parts[{index}]") for index, part in enumerate(parts)]
    if not parts:
        raise CheckError("check_aggregate needs the reports the aggregate sums")
    for index, part in enumerate(parts):
        difference = summable_difference(part, aggregate)
        if difference is not None:
            what, mine, theirs = difference
            raise CheckError(
                f"parts[{index}] ({describe(part)}) has {what} {mine}, but the aggregate has {theirs}"
            )
    return _run(aggregate, previous, parts, _Options(select, ignore, min_severity, blanks, deadline))
