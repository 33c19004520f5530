"""Facts the tariff splits on, read from a listing: materials (in order of importance),
knitted or woven, and for whom.  Attributes outrank the title; a percentage composition
("95% cotton 5% spandex") orders fibres by share."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .knowledge import Knowledge
from ..text import phrase_key

_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s*([a-zA-Z][a-zA-Z ]{1,30})")


@dataclass
class Facts:
    materials: list[str] = field(default_factory=list)  # classes, most important first
    material_evidence: dict[str, str] = field(default_factory=dict)  # class -> "attribute Material=Alloy"
    knit: bool | None = None
    knit_evidence: str = ""
    person: str | None = None
    person_evidence: str = ""
    phrases: set[tuple[str, ...]] = field(default_factory=set)  # condition phrases present
    title_material_spans: list[tuple[int, int]] = field(default_factory=list)  # where the title names a material in 2+ words

    def add_material(self, cls: str, evidence: str) -> None:
        if cls not in self.material_evidence:
            self.materials.append(cls)
            self.material_evidence[cls] = evidence


def parse_attributes(attributes) -> dict[str, str]:
    """Attributes as a dict of str -> str, from a dict or a JSON object string."""
    if attributes is None or attributes == "":
        return {}
    if isinstance(attributes, str):
        try:
            attributes = json.loads(attributes)
        except json.JSONDecodeError as exc:
            raise ValueError(f"attributes is not a JSON object: {exc.msg} at char {exc.pos}") from None
    if not isinstance(attributes, dict):
        raise ValueError("attributes must be a JSON object (key: value)")
    return {str(k): "" if v is None else str(v) for k, v in attributes.items()}


def _materials_in(k: Knowledge, text: str, facts: Facts, evidence: str) -> None:
    shares = sorted(((float(p), name) for p, name in _PERCENT.findall(text)), reverse=True)
    ordered = " ".join(name for _, name in shares) + " " + text if shares else text
    for _, _, payloads in k.materials.find(phrase_key(ordered)):
        for cls in payloads:
            facts.add_material(cls, evidence)


def extract(k: Knowledge, toks: list[str], attributes: dict[str, str], category_implies: dict, all_toks: list[str]) -> Facts:
    facts = Facts()
    keys = k.attribute_keys
    norm = {attribute_key(key): (key, value) for key, value in attributes.items()}
    # 1. attributes: the upper material first (footwear), then other material keys
    for role in ("upper", "material"):
        for nkey, (key, value) in norm.items():
            if nkey in keys.get(role, set()) and value:
                _materials_in(k, value, facts, f"attribute {key}={value}")
    if "material" in category_implies:
        facts.add_material(category_implies["material"], "category")
    # 2. title (already tokens: no percentage survives tokenising, so the words are matched as they stand)
    for start, end, payloads in k.materials.find(toks):
        for cls in payloads:
            facts.add_material(cls, "title")
        if end - start > 1:
            facts.title_material_spans.append((start, end))
    # knitted / woven: an attribute, else the title
    found, facts.knit_evidence = _first_named(k.construction, norm, keys.get("fabric", set()), toks)
    if found:
        facts.knit = found[0] == "knitted"
    # person: an attribute, else what the category implies, else the title
    found, evidence = _first_named(k.persons, norm, keys.get("gender", set()), [])
    if not found and category_implies.get("person"):
        found, evidence = [category_implies["person"]], "category"
    if not found:
        found, evidence = _first_named(k.persons, {}, set(), toks)
    if found:
        facts.person, facts.person_evidence = _person(found), evidence
    facts.phrases = k.words.present(all_toks)
    return facts


@lru_cache(maxsize=8192)
def attribute_key(name: str) -> str:
    """An attribute name as the vocabulary writes keys ("Upper Material" -> "upper material")."""
    return " ".join(phrase_key(name))


def _first_named(index, norm: dict, role_keys: set[str], toks: list[str]) -> tuple[list[str], str]:
    """What `index` finds in the first attribute of the role that names anything, else in `toks`."""
    for nkey, (key, value) in norm.items():
        if nkey in role_keys and value:
            found = [p for _, _, ps in index.find(phrase_key(value)) for p in ps]
            if found:
                return found, f"attribute {key}={value}"
    found = [p for _, _, ps in index.find(toks) for p in ps]
    return found, ("title" if found else "")


def _person(found: list[str]) -> str:
    s = set(found)
    if "baby" in s:
        return "baby"
    if "unisex" in s or ("women" in s and "men" in s):
        return "unisex"
    return found[0]
