"""Checks that need the whole rule set: country codes, group names, HS prefixes, overlapping packs."""
from __future__ import annotations

from typing import Any

from ..countries import is_country, is_subdivision
from ..errors import PackProblem
from ..hs.nomenclature import nomenclature

PLACE_KEYS = {"origin", "not_origin", "destination", "partners"}
HS_KEYS = {"hs", "not_hs"}


def semantic_problems(ruleset, docs) -> list[PackProblem]:
    problems: list[PackProblem] = []
    groups = set(ruleset.groups.groups)
    owner: dict[str, str] = {}
    for name, pack in sorted(ruleset.packs.items()):
        for cc in pack.meta.countries:
            file, line = docs[f"{name}/pack.yaml"].where(("countries", cc))
            if not is_country(cc):
                problems.append(PackProblem(file, line, f"countries.{cc}", "not an ISO 3166-1 alpha-2 country code"))
            if cc in owner:
                problems.append(PackProblem(file, line, f"countries.{cc}", f"already covered by pack {owner[cc]!r}"))
            owner.setdefault(cc, name)
        if pack.vat is not None:
            for key in pack.vat.rates:
                file, line = docs[f"{name}/vat.yaml"].where(("rates", key))
                country = key.split("-")[0]
                if "-" in key and not is_subdivision(key):
                    problems.append(PackProblem(file, line, f"rates.{key}", "not an ISO 3166-2 subdivision code"))
                elif country not in pack.meta.countries:
                    problems.append(PackProblem(file, line, f"rates.{key}", f"country not listed in {name}/pack.yaml countries"))
        _screening_problems(name, pack, ruleset.terms, docs, problems)
    regimes = {r.id for pack in ruleset.packs.values() if pack.regimes is not None for r in pack.regimes.regimes}
    for rel, doc in docs.items():
        # a test case's expected `regime` is an answer, not a condition: no regime check there
        _walk(doc.data, (), doc, groups, problems, None if "/tests/" in rel else regimes, rel.endswith("/vat.yaml"))
    return problems


def _regime_problems(here: tuple, value, doc, vat_file: bool, regimes: set[str], problems: list[PackProblem]) -> None:
    """A `regime` condition outside a VAT rate's `when` never matches (no other rule is chosen per regime), and one
    naming no regime of any pack never holds: both are mistakes a pack author would not see from the results."""
    if not (vat_file and len(here) > 5 and here[0] == "rates" and here[2] == "reduced" and here[4] == "when"):
        problems.append(doc.problem(here, "the regime condition is seen only by a VAT rate's `when` "
                                          "(rates.<country>.reduced[].when in vat.yaml); here it never matches"))
    for i, rid in enumerate(value if isinstance(value, list) else [value]):
        if rid not in regimes:
            known = ", ".join(sorted(regimes)) or "none defined"
            problems.append(doc.problem(here + ((i,) if isinstance(value, list) else ()),
                                        f"unknown regime {rid!r}: no pack's regimes.yaml defines it (known: {known})"))


def _screening_problems(name: str, pack, terms: dict, docs, problems: list[PackProblem]) -> None:
    """Restriction words naming an unknown @term; duplicate rule ids; embargo places that are not codes."""
    seen: set[str] = set()

    def unique(doc, path: tuple, rule_id: str) -> None:
        if rule_id in seen:
            problems.append(doc.problem(path, f"duplicate rule id {rule_id!r}"))
        seen.add(rule_id)

    if pack.restrictions is not None:
        doc = docs[f"{name}/restrictions.yaml"]
        for i, rule in enumerate(pack.restrictions.rules):
            unique(doc, ("rules", i, "id"), rule.id)
            for key in ("words", "not_words"):
                for j, word in enumerate(getattr(rule, key)):
                    if word.startswith("@") and word[1:] not in terms:
                        known = ", ".join(sorted(terms)) or "none defined"
                        problems.append(doc.problem(("rules", i, key, j), f"unknown term {word!r}: define it in rules/terms.yaml (known: {known})"))
    if pack.sanctions is not None:
        doc = docs[f"{name}/sanctions.yaml"]
        for i, emb in enumerate(pack.sanctions.embargoes):
            unique(doc, ("embargoes", i, "id"), emb.id)
            for j, cc in enumerate(emb.destinations):
                if not is_country(cc):
                    problems.append(doc.problem(("embargoes", i, "destinations", j), f"{cc!r} is not an ISO 3166-1 alpha-2 country code"))
            for j, code in enumerate(emb.regions):
                if not is_subdivision(code):
                    problems.append(doc.problem(("embargoes", i, "regions", j), f"{code!r} is not an ISO 3166-2 subdivision code"))


def _walk(node: Any, path: tuple, doc, groups: set[str], problems: list[PackProblem],
          regimes: set[str] | None = None, vat_file: bool = False) -> None:
    """Place, HS and (where `regimes` is given) regime conditions anywhere in a pack file."""
    if isinstance(node, dict):
        for key, value in node.items():
            here = path + (key,)
            if key in PLACE_KEYS and key != "refs":
                for i, place in enumerate(value if isinstance(value, list) else [value]):
                    if isinstance(place, str) and not (place in groups or is_country(place)):
                        file, line = doc.where(here + ((i,) if isinstance(value, list) else ()))
                        problems.append(PackProblem(file, line, ".".join(map(str, here)), f"{place!r} is neither an ISO country code nor a group in groups.yaml"))
            elif key in HS_KEYS:
                for i, pattern in enumerate(value if isinstance(value, list) else [value]):
                    for part in str(pattern).replace(".", "").replace(" ", "").split("-"):
                        if part.isdigit() and len(part) in (2, 4, 6) and nomenclature.get(part) is None:
                            file, line = doc.where(here + ((i,) if isinstance(value, list) else ()))
                            problems.append(PackProblem(file, line, ".".join(map(str, here)), f"{part} is not an HS 2022 code"))
            elif key == "regime" and regimes is not None and isinstance(value, (str, list)):
                _regime_problems(here, value, doc, vat_file, regimes, problems)
            else:
                _walk(value, here, doc, groups, problems, regimes, vat_file)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _walk(v, path + (i,), doc, groups, problems, regimes, vat_file)
