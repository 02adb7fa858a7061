"""Problems found in the pages, collected as values and reported together.

An *error* means the parser could not read something without guessing or dropping it; a *warning* is an
inconsistency of the documentation itself that the parser read in a stated, deterministic way (an example
that contradicts its model, a section overridden by a newer page, ...).
"""

from __future__ import annotations

from dataclasses import dataclass, field

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    file: str
    line: int
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.severity}: {self.message}"


@dataclass(slots=True)
class Problems:
    """The problems of one page (``file`` is set once, lines are 1-based)."""

    file: str
    items: list[Problem] = field(default_factory=list)

    def error(self, line: int, message: str) -> None:
        self.items.append(Problem(self.file, line, ERROR, message))

    def warning(self, line: int, message: str) -> None:
        self.items.append(Problem(self.file, line, WARNING, message))


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == ERROR for p in problems)
