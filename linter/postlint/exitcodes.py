"""Exit codes, in one place."""

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # nothing at or above the fail level
    FINDINGS = 1  # findings at or above the fail level
    ERROR = 2  # usage, config or input error (the other files were still linted)
