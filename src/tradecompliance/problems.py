"""The one shape every client error takes, wherever it surfaces (HTTP body, NDJSON error record):
what kind of error, a one-line message, and every problem with its field path."""
from __future__ import annotations

from typing import Iterable

from pydantic import BaseModel


class Problem(BaseModel):
    path: str
    message: str


class ErrorBody(BaseModel):
    error: str
    message: str
    problems: list[Problem]


def one_line(problems: Iterable[tuple[str, str]]) -> str:
    """Every problem as "path: message", joined by "; " (a problem without a path as its message alone)."""
    return "; ".join(f"{p}: {m}" if p else m for p, m in problems)


def error_body(kind: str, problems: Iterable[tuple[str, str]]) -> dict:
    problems = list(problems)
    return {"error": kind, "message": one_line(problems), "problems": [{"path": p, "message": m} for p, m in problems]}
