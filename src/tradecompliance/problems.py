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


def error_body(kind: str, problems: Iterable[tuple[str, str]]) -> dict:
    problems = list(problems)
    return {"error": kind, "message": "; ".join(f"{p}: {m}" if p else m for p, m in problems),
            "problems": [{"path": p, "message": m} for p, m in problems]}
