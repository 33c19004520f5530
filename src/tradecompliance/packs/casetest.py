"""Run the YAML test cases that live beside the rules (`rules/<pack>/tests/*.yaml`).

A case gives an input and the expected figures; the expectation is a subset of the result: every key
written must match, keys not written are not checked. Lists match item by item, in order."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Callable

from .loader import RuleSet


@dataclass
class CaseResult:
    pack: str
    location: str
    name: str
    passed: bool
    differences: list[str]
    error: str | None = None


def _norm(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value.normalize()) if value == value.to_integral() else str(value)
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    return value


def _same(expected: Any, actual: Any) -> bool:
    if expected is None or actual is None:
        return expected is actual
    try:
        return Decimal(str(_norm(expected))) == Decimal(str(_norm(actual)))
    except Exception:
        return str(_norm(expected)) == str(_norm(actual))


def diff(expected: Any, actual: Any, path: str = "") -> list[str]:
    """Human-readable differences between an expected subset and an actual result."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path or '<root>'}: expected a mapping, got {actual!r}"]
        out: list[str] = []
        for k, v in expected.items():
            if k not in actual:
                out.append(f"{path}{k}: missing from result (expected {v!r})")
            else:
                out.extend(diff(v, actual[k], f"{path}{k}."))
        return out
    if isinstance(expected, list):
        if not isinstance(actual, list):
            return [f"{path.rstrip('.')}: expected a list, got {actual!r}"]
        out = []
        if len(expected) != len(actual):
            out.append(f"{path.rstrip('.')}: expected {len(expected)} item(s), got {len(actual)}")
        for i, (e, a) in enumerate(zip(expected, actual)):
            out.extend(diff(e, a, f"{path}{i}."))
        return out
    if _same(expected, actual):
        return []
    return [f"{path.rstrip('.')}: expected {_norm(expected)!r}, got {_norm(actual)!r}"]


def _runner(kind: str) -> Callable[[RuleSet, dict[str, Any]], dict[str, Any]]:
    if kind == "resolve":
        from .describe import describe

        def run(rules: RuleSet, data: dict[str, Any]) -> dict[str, Any]:
            return describe(rules, data["country"], data["date"])

        return run
    if kind == "quote":
        from ..landed.quote import quote

        def run_quote(rules: RuleSet, data: dict[str, Any]) -> dict[str, Any]:
            return quote(data, rules=rules).as_case_dict()

        return run_quote
    if kind == "screen":
        from ..screening import screen

        def run_screen(rules: RuleSet, data: dict[str, Any]) -> dict[str, Any]:
            return screen(data, rules=rules).model_dump(mode="json")

        return run_screen
    raise NotImplementedError(f"test cases of kind {kind!r} are not supported yet")


def run_cases(rules: RuleSet, only_pack: str | None = None) -> list[CaseResult]:
    results: list[CaseResult] = []
    for name, pack in sorted(rules.packs.items()):
        if only_pack and name != only_pack:
            continue
        for location, case in pack.cases:
            try:
                actual = _runner(case.kind)(rules, case.input)
                problems = diff(case.expect, actual)
                results.append(CaseResult(name, location, case.name, not problems, problems))
            except Exception as exc:  # a case that crashes is a failed case, with the reason
                results.append(CaseResult(name, location, case.name, False, [], f"{type(exc).__name__}: {exc}"))
    return results
