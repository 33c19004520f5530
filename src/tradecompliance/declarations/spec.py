"""The form specification (data/declarations/forms.yaml): thresholds that pick a form, field lengths,
words too vague for customs, and the declaration statements. Loaded once; a team can pass its own file."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .._paths import data_dir
from ..errors import PackProblem, RulePackError
from ..packs.conditions import hs_matches, hs_pattern


@dataclass(frozen=True)
class Limit:
    max: int
    source: str  # "layout" or the ref text


@dataclass(frozen=True)
class Exclusion:
    patterns: tuple[str, ...]  # HS prefixes or ranges, as in rule-pack conditions
    reason: str
    ref: str

    def matches(self, hs: str | None) -> bool:
        return hs_matches(self.patterns, hs)


@dataclass(frozen=True)
class FormSpec:
    version: str
    path: str
    refs: dict[str, str]
    cn22_limit_sdr: Decimal
    cn22_max_gross_kg: Decimal
    cn22_max_lines: int
    categories: tuple[str, ...]
    commercial: frozenset[str]
    h7_limit: Decimal
    h7_limit_currency: str
    h7_excluded: tuple[Exclusion, ...]
    h7_additional_procedure: str
    h7_procedure: str
    lengths: dict[str, dict[str, Limit]]
    vague_nouns: frozenset[str]
    vague_qualifiers: frozenset[str]
    vague_allowed_on_postal: frozenset[str]
    statements: dict[str, str]
    raw: dict[str, Any] = field(repr=False, default_factory=dict)

    def ref(self, key: str) -> str:
        return self.refs[key]

    def limit(self, form: str, name: str) -> Limit:
        return self.lengths[form][name]


def _ref_text(ref: dict[str, Any]) -> str:
    text = ref["instrument"] + (f", {ref['article']}" if ref.get("article") else "")
    return text + (" (unverified)" if ref.get("unverified") else "")


def parse_spec(data: dict[str, Any], path: str) -> FormSpec:
    try:
        refs = {k: _ref_text(v) for k, v in data["refs"].items()}
        postal, h7 = data["postal"], data["h7"]

        def src(item: dict) -> str:
            text = "layout" if item.get("layout") else refs[item["ref"]]
            return text + (" (unverified)" if item.get("unverified") and not text.endswith("(unverified)") else "")

        lengths = {form: {name: Limit(int(v["max"]), src(v)) for name, v in fields.items()} for form, fields in data["lengths"].items()}
        vague = data["vague_descriptions"]
        return FormSpec(
            version=str(data["version"]), path=path, refs=refs,
            cn22_limit_sdr=Decimal(str(postal["cn22_limit_sdr"]["value"])),
            cn22_max_gross_kg=Decimal(str(postal["cn22_max_gross_kg"]["value"])),
            cn22_max_lines=int(postal["cn22_max_lines"]["value"]),
            categories=tuple(postal["categories"]), commercial=frozenset(postal["commercial"]),
            h7_limit=Decimal(str(h7["intrinsic_limit"]["value"])), h7_limit_currency=h7["intrinsic_limit"]["currency"],
            h7_excluded=tuple(Exclusion(tuple(hs_pattern(str(x)) for x in e["hs"]), e["reason"], refs[e["ref"]]) for e in h7["excluded_hs"]),
            h7_additional_procedure=str(h7["additional_procedure"]["value"]), h7_procedure=str(h7["procedure"]["value"]),
            lengths=lengths, vague_nouns=frozenset(vague["nouns"]), vague_qualifiers=frozenset(vague["qualifiers"]),
            vague_allowed_on_postal=frozenset(vague.get("allowed_on_postal", ())),
            statements={k: " ".join(str(v).split()) for k, v in data["statements"].items()}, raw=data)
    except (KeyError, TypeError, ValueError, ArithmeticError) as exc:
        raise RulePackError([PackProblem(path, None, "", f"form specification is incomplete or malformed: {exc!r}")]) from None


def load_spec(path: str | Path | None = None) -> FormSpec:
    path = Path(path) if path else data_dir() / "declarations" / "forms.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise RulePackError([PackProblem(str(path), mark.line + 1 if mark else None, "", str(exc))]) from None
    return parse_spec(data, str(path))


_lock = threading.Lock()
_default: FormSpec | None = None


def spec() -> FormSpec:
    """The bundled specification, read on first use."""
    global _default
    with _lock:
        if _default is None:
            _default = load_spec()
        return _default
