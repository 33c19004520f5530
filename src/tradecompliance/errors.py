"""Exception types. Each names what was wrong and where, so a user can fix it without reading code."""
from __future__ import annotations

from dataclasses import dataclass


class TradeComplianceError(Exception):
    """Base class of every error this library raises on purpose."""


class InvalidInput(TradeComplianceError, ValueError):
    """An order, a code or an argument is not acceptable. `problems` lists (field path, message) pairs."""

    def __init__(self, problems: list[tuple[str, str]]):
        self.problems = list(problems)
        lines = "\n".join(f"  {path or '<root>'}: {msg}" for path, msg in self.problems)
        super().__init__(f"{len(self.problems)} problem(s):\n{lines}")


class InvalidCode(TradeComplianceError, ValueError):
    """A commodity code that is malformed or not in the nomenclature."""


class UnknownCurrency(TradeComplianceError, ValueError):
    """A currency code that is not ISO 4217."""


class RateNotFound(TradeComplianceError, LookupError):
    """No exchange rate is known for a currency pair on a date."""


class TableError(TradeComplianceError, ValueError):
    """A table file that cannot be read or written: missing, of an unknown format, not parseable, or
    lacking a column the step needs. The message names the file (or the column)."""


@dataclass(frozen=True)
class PackProblem:
    """One mistake in a rule pack: the file, the line, the field path and what was expected."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class RulePackError(TradeComplianceError):
    """One or more rule-pack files are invalid. `problems` holds every mistake found, not just the first."""

    def __init__(self, problems: list[PackProblem]):
        self.problems = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
