"""The ``govinfo-report`` command.

Each command lives in its own module with a ``register`` function that adds its sub-parser.
Exit status: 0 when all went well, 1 when the command found problems in a report, 2 for a
usage error or input it cannot read. Errors are one line on standard error, never a traceback.

Example:
    >>> main(["example", "--list"])
    pingfang-2023
    0
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from govinfo_report.cli import _check, _example, _export, _new, _parse, _render, _schema, _show
from govinfo_report.cli._common import PROGRAM, UsageError, make_parser
from govinfo_report.errors import GovInfoReportError

__all__ = ["main"]

#: The modules of the commands, in the order ``--help`` lists them.
COMMANDS = (_new, _example, _schema, _show, _check, _parse, _render, _export)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process arguments); return the exit status."""
    parser, commands = make_parser()
    for module in COMMANDS:
        module.register(commands)
    try:
        args = parser.parse_args(argv)
        status: int = args.run(args)
    except UsageError as error:
        print(f"{PROGRAM}: usage error: {_one_line(str(error))} (see {PROGRAM} --help)", file=sys.stderr)
        return 2
    except GovInfoReportError as error:
        print(f"{PROGRAM}: error: {_one_line(str(error))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (``govinfo-report schema | head``); that is not an error.
        sys.stderr.close()
        return 0
    return status
