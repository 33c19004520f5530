"""Load rule packs from one or more folders, layered key by key, validated with every mistake named.

The bundled packs are the first layer; each folder a user adds overrides or extends them. Mappings
merge key by key; dated timelines merge by their `from` date (an override replaces the entry with the
same date and adds new ones); any other list is replaced whole."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from ..built_cache import kept
from ..errors import PackProblem, RulePackError
from ..gcpause import paused
from .schema import (FILE_KINDS, CaseFile, CodeGroupsFile, CustomsRules, GroupsFile, PackMeta, RegimeRules, RestrictionRules, SanctionRules,
                     TermsFile, VatRules)
from .values import at
from .yamlsource import SourcedDoc, YamlLoadError, load_yaml

SOURCE_KEY = "source"


@dataclass
class Pack:
    """One jurisdiction's validated files, with the layers they were read from."""

    meta: PackMeta
    customs: CustomsRules | None = None
    vat: VatRules | None = None
    regimes: RegimeRules | None = None
    restrictions: RestrictionRules | None = None
    sanctions: SanctionRules | None = None
    cases: list[tuple[str, Any]] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def version(self) -> str:
        return self.meta.version

    @property
    def fx_rate_day(self) -> str:
        """Which day's exchange rate customs applies (a `rate_day` rule of currency.fx)."""
        return self.customs.fx.rate_day if self.customs and self.customs.fx else "tax_point"

    @property
    def label(self) -> str:
        return f"{self.meta.name}@{self.meta.version}"


@dataclass
class RuleSet:
    packs: dict[str, Pack]
    groups: GroupsFile
    layers: tuple[str, ...]
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    code_groups: CodeGroupsFile | None = None
    derived: dict = field(default_factory=dict, repr=False, compare=False)  # indexes built from the packs, once
    _by_country: dict[str, Pack] = field(default_factory=dict)
    _fallback: Pack | None = None
    international: tuple[Pack, ...] = ()
    _groups_cache: dict[dt.date, dict[str, frozenset[str]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        by_name, fallback = governing_packs({name: pack.meta for name, pack in self.packs.items()})
        self._by_country = {cc: self.packs[name] for cc, name in by_name.items()}
        self._fallback = self.packs[fallback] if fallback is not None else None
        self.international = tuple(pack for pack in self.packs.values() if pack.meta.international)

    def pack_for(self, country: str) -> Pack | None:
        """The pack that governs imports into `country` (a specific one before the world fallback)."""
        return self._by_country.get(country.upper(), self._fallback)

    def currency_of(self, country: str, when: dt.date | None = None) -> str | None:
        """The country's currency (on `when`, for countries that changed currency)."""
        pack = self.pack_for(country)
        if pack is None:
            return None
        settings = pack.meta.countries.get(country.upper())
        if settings is None:
            return None
        return settings.currency_on(when) if when else settings.currency

    def groups_at(self, when: dt.date) -> dict[str, frozenset[str]]:
        cached = self._groups_cache.get(when)
        if cached is None:
            cached = {}
            for name, group in self.groups.groups.items():
                entry = at(group.members, when)
                cached[name] = frozenset(entry.value or ()) if entry else frozenset()
            if len(self._groups_cache) > 4096:
                self._groups_cache.clear()
            self._groups_cache[when] = cached
        return cached

    def versions(self) -> dict[str, str]:
        return {name: p.version for name, p in sorted(self.packs.items())}


# ---------------------------------------------------------------- reading and layering


def _not_a_mapping(doc: SourcedDoc) -> PackProblem:
    """The problem of a rule file whose top level is no mapping (a list, a bare value)."""
    return PackProblem(doc.where(())[0], 1, "", "a rule file must be a mapping at its top level")


def governing_packs(metas: dict[str, PackMeta]) -> tuple[dict[str, str], str | None]:
    """Which pack governs imports into each country its `pack.yaml` lists (by pack name, a later pack over an
    earlier), and the name of the fallback pack that covers every other country (None if none)."""
    by_country: dict[str, str] = {}
    fallback = None
    for name, meta in metas.items():
        if meta.fallback:
            fallback = name
        for cc in meta.countries:
            by_country[cc] = name
    return by_country, fallback


@lru_cache(maxsize=1)
def bundled_governing_packs() -> tuple[dict[str, str], str | None]:
    """`governing_packs` of the bundled packs, read from their `pack.yaml` files alone: the classifier asks which
    national schedule a destination uses (eu, gb, us) before, or without, any quote, and reading every rule file
    for it cost a fresh process 0.3 s. Raises RulePackError on a mistake in those files, as `load_rules` does."""
    from .._paths import rules_dir

    problems: list[PackProblem] = []
    metas: dict[str, PackMeta] = {}
    for path in sorted(Path(rules_dir()).glob("*/pack.yaml"), key=lambda p: f"{p.parent.name}/pack.yaml"):
        try:
            doc = load_yaml(path, f"{path.parent.name}/pack.yaml")
        except YamlLoadError as exc:
            problems.append(exc.problem)
            continue
        if not isinstance(doc.data, dict):
            problems.append(_not_a_mapping(doc))
            continue
        _resolve_refs(doc, {}, problems)
        meta = validate_doc(PackMeta, doc, problems)
        if meta is not None:
            metas[path.parent.name] = meta
    if problems:
        raise RulePackError(problems)
    return governing_packs(metas)


def _collect(dirs: Iterable[Path]) -> tuple[dict[str, list[tuple[Path, str]]], list[PackProblem]]:
    """Relative path -> [(absolute path, display name)] in layer order."""
    found: dict[str, list[tuple[Path, str]]] = {}
    problems: list[PackProblem] = []
    for root in dirs:
        root = Path(root)
        if not root.is_dir():
            problems.append(PackProblem(str(root), None, "", "rules folder not found"))
            continue
        for path in sorted(root.rglob("*")):
            if path.is_dir() or path.name.startswith("."):
                continue
            rel = path.relative_to(root).as_posix()
            if path.suffix not in (".yaml", ".yml"):
                if path.suffix not in (".md", ".txt"):
                    problems.append(PackProblem(_display(root, rel), None, "", "unexpected file in a rules folder (only .yaml packs)"))
                continue
            found.setdefault(rel, []).append((path, _display(root, rel)))
    return found, problems


def _display(root: Path, rel: str) -> str:
    return f"{root.name}/{rel}" if root.name == "rules" else f"{root}/{rel}"


def _is_timeline(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(x, dict) and "from" in x for x in value)


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if _is_timeline(base) and _is_timeline(over):
        by_date = {str(x["from"]): x for x in base}
        for x in over:
            by_date[str(x["from"])] = x
        return [by_date[k] for k in sorted(by_date)]
    return over


def _layer(docs: list[SourcedDoc]) -> SourcedDoc:
    merged = SourcedDoc(data=docs[0].data, lines=dict(docs[0].lines))
    for doc in docs[1:]:
        merged.data = _merge(merged.data, doc.data)
        merged.lines.update(doc.lines)
    # timelines merged by date have new indices: point each entry at the file/line it came from.
    _reindex_lines(merged, docs)
    return merged


def _reindex_lines(merged: SourcedDoc, docs: list[SourcedDoc]) -> None:
    if len(docs) == 1:
        return
    ident: dict[int, tuple[str, int]] = {}
    for doc in docs:
        _index_objects(doc.data, (), doc, ident)
    _apply_objects(merged.data, (), merged, ident)


def _index_objects(node: Any, path: tuple, doc: SourcedDoc, ident: dict) -> None:
    if isinstance(node, dict):
        if "from" in node and path in doc.lines:
            ident[id(node)] = {k: doc.lines.get(path + (k,), doc.lines[path]) for k in node} | {None: doc.lines[path]}
        for k, v in node.items():
            _index_objects(v, path + (k,), doc, ident)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _index_objects(v, path + (i,), doc, ident)


def _apply_objects(node: Any, path: tuple, doc: SourcedDoc, ident: dict) -> None:
    if isinstance(node, dict):
        if id(node) in ident:
            where = ident[id(node)]
            doc.lines[path] = where[None]
            for k in node:
                doc.lines[path + (k,)] = where.get(k, where[None])
        for k, v in node.items():
            _apply_objects(v, path + (k,), doc, ident)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            _apply_objects(v, path + (i,), doc, ident)


# ---------------------------------------------------------------- references and provenance


def _resolve_refs(doc: SourcedDoc, shared: dict[str, Any], problems: list[PackProblem]) -> None:
    """`ref: name` -> the mapping under `refs:` (this file's, then pack.yaml's); stamp dated values
    with the file:line they were written at, so every figure can say where it came from."""
    local = doc.data.get("refs", {}) if isinstance(doc.data, dict) else {}
    table = {**shared, **(local if isinstance(local, dict) else {})}

    def walk(node: Any, path: tuple) -> None:
        if isinstance(node, dict):
            ref = node.get("ref")
            if isinstance(ref, str):
                if ref in table:
                    node["ref"] = table[ref]
                else:
                    known = ", ".join(sorted(table)) or "none defined"
                    problems.append(doc.problem(path + ("ref",), f"unknown reference {ref!r} (known: {known})"))
                    node["ref"] = {"instrument": f"unknown reference {ref}"}  # reported once, not again by the schema
            if "ref" in node and (("from" in node and "value" in node) or ("id" in node and "message" in node)):
                file, line = doc.where(path)
                node[SOURCE_KEY] = f"{file}:{line}"
            for k, v in node.items():
                if k != "refs":
                    walk(v, path + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + (i,))

    walk(doc.data, ())


CODE_GROUPS = "code_groups.yaml"
PREFIX_LISTS = ("excluding", "unknown_under")   # the keys whose HS prefix lists may name a code group


def _code_groups(doc: SourcedDoc | None, problems: list[PackProblem]) -> CodeGroupsFile | None:
    """rules/code_groups.yaml validated, or None where there is none (or it has mistakes, then reported)."""
    if doc is None:
        return None
    if not isinstance(doc.data, dict):
        problems.append(_not_a_mapping(doc))
        return None
    _resolve_refs(doc, {}, problems)
    return validate_doc(CodeGroupsFile, doc, problems)  # type: ignore[return-value]


def _expand_code_groups(doc: SourcedDoc, code_groups: CodeGroupsFile | None, problems: list[PackProblem]) -> None:
    """`@name` in an `excluding`/`unknown_under` list -> the prefixes of code group `name`, in place, so the WTO
    Agreement on Agriculture's products are written once for every pack's agreements that set them apart."""
    table = code_groups.code_groups if code_groups is not None else {}

    def walk(node: Any, path: tuple) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in PREFIX_LISTS and isinstance(v, list) and any(isinstance(x, str) and x.startswith("@") for x in v):
                    node[k] = expand(v, path + (k,))
                else:
                    walk(v, path + (k,))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, path + (i,))

    def expand(items: list, path: tuple) -> list:
        out: list = []
        for i, x in enumerate(items):
            if not (isinstance(x, str) and x.startswith("@")):
                out.append(x)
            elif x[1:] in table:
                out.extend(table[x[1:]].prefixes)
            else:
                known = ", ".join("@" + n for n in sorted(table)) or f"none: the rules have no {CODE_GROUPS}"
                problems.append(doc.problem(path + (i,), f"unknown code group {x!r} (known: {known})"))
        return out

    walk(doc.data, ())


def validate_doc(model: type[BaseModel], doc: SourcedDoc, problems: list[PackProblem]) -> BaseModel | None:
    try:
        return model.model_validate(doc.data)
    except ValidationError as exc:
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and (p.startswith("function-") or "[" in p)))
            loc = _data_path(doc.data, loc)
            msg = err["msg"]
            for prefix in ("Value error, ", "Assertion failed, "):
                if msg.startswith(prefix):
                    msg = msg[len(prefix):]
            if err["type"] == "extra_forbidden":
                msg = "unknown key (not part of the schema; check its spelling)"
            elif err["type"] == "missing":
                msg = "required key is missing"
            problems.append(doc.problem(loc, msg))
        return None


def _data_path(data: Any, loc: tuple) -> tuple:
    """Pydantic locations include union/generic tags that are not keys of the data: keep only the keys."""
    out: list = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and part not in node and not out[-1:] == [part]:
            out.append(part)  # a missing or unknown key: name it
            node = None
    return tuple(out)


# ---------------------------------------------------------------- public entry


def read_layers(dirs: Iterable[Path]) -> tuple[RuleSet | None, list[PackProblem]]:
    dirs = [Path(d) for d in dirs]
    found, problems = _collect(dirs)
    docs: dict[str, SourcedDoc] = {}
    for rel, versions in found.items():
        loaded = []
        for path, display in versions:
            try:
                loaded.append(load_yaml(path, display))
            except YamlLoadError as exc:
                problems.append(exc.problem)
        if loaded:
            docs[rel] = _layer(loaded)

    groups = None
    terms = None
    packs: dict[str, Pack] = {}
    metas: dict[str, SourcedDoc] = {rel.split("/")[0]: d for rel, d in docs.items() if rel.count("/") == 1 and rel.endswith("/pack.yaml")}
    shared_refs = {folder: (d.data.get("refs", {}) if isinstance(d.data, dict) else {}) for folder, d in metas.items()}
    code_groups = _code_groups(docs.get(CODE_GROUPS), problems)

    for rel in sorted(docs):
        doc = docs[rel]
        parts = rel.split("/")
        if not isinstance(doc.data, dict):
            problems.append(_not_a_mapping(doc))
            continue
        if rel == "groups.yaml":
            _resolve_refs(doc, {}, problems)
            groups = validate_doc(GroupsFile, doc, problems)
            continue
        if rel == "terms.yaml":
            terms = validate_doc(TermsFile, doc, problems)
            continue
        if rel == CODE_GROUPS:
            continue
        if len(parts) == 1:
            problems.append(PackProblem(doc.where(())[0], None, "", "unexpected file: put pack files under rules/<pack>/"))
            continue
        folder = parts[0]
        _resolve_refs(doc, shared_refs.get(folder, {}), problems)
        _expand_code_groups(doc, code_groups, problems)
        if len(parts) >= 3 and parts[1] == "tests":
            cases = validate_doc(CaseFile, doc, problems)
            if cases is not None:
                packs.setdefault(folder, Pack(meta=None)).cases.extend((doc.where(("cases", i))[0] + f":{doc.where(('cases', i))[1]}", c) for i, c in enumerate(cases.cases))  # type: ignore[arg-type]
            continue
        kind = FILE_KINDS.get(parts[-1]) if len(parts) == 2 else None
        if kind is None:
            problems.append(
                PackProblem(doc.where(())[0], None, "", f"unknown rule file {parts[-1]!r}: expected one of {', '.join(FILE_KINDS)} or tests/*.yaml")
            )
            continue
        model = validate_doc(kind, doc, problems)
        pack = packs.setdefault(folder, Pack(meta=None))  # type: ignore[arg-type]
        pack.files.append(rel)
        if model is None:
            continue
        if isinstance(model, PackMeta):
            pack.meta = model
            if model.name != folder:
                problems.append(doc.problem(("name",), f"pack name {model.name!r} must match its folder {folder!r}"))
        elif isinstance(model, CustomsRules):
            pack.customs = model
        elif isinstance(model, VatRules):
            pack.vat = model
        elif isinstance(model, RegimeRules):
            pack.regimes = model
        elif isinstance(model, RestrictionRules):
            pack.restrictions = model
        elif isinstance(model, SanctionRules):
            pack.sanctions = model

    for folder, pack in packs.items():
        if pack.meta is None and f"{folder}/pack.yaml" not in docs:
            problems.append(PackProblem(f"{folder}/", None, "", "pack folder has no pack.yaml (name, version, title, countries)"))
    if groups is None and "groups.yaml" not in docs:
        problems.append(PackProblem("groups.yaml", None, "", "rules folder has no groups.yaml"))
    if problems:
        return None, problems
    ruleset = RuleSet(packs=packs, groups=groups, layers=tuple(str(d) for d in dirs),  # type: ignore[arg-type]
                      terms=terms.terms if terms is not None else {}, code_groups=code_groups)
    from .checks import semantic_problems

    problems.extend(semantic_problems(ruleset, docs))
    return (None if problems else ruleset), problems


_lock = threading.Lock()


@lru_cache(maxsize=32)
@paused
def _cached(dirs: tuple[str, ...]) -> RuleSet:
    """The checked rule set of `dirs`; a new process reads it back from the table cache (built_cache) when one has
    read the same files before (parsing and checking the bundled packs takes about a quarter of a second). A set
    with mistakes is never kept: each load reads the files again and raises RulePackError naming them."""
    found, problems = _collect(Path(d) for d in dirs)
    if problems:            # a folder not found, a file not a pack: raised with every other mistake, nothing kept
        return _checked(dirs)
    return kept("rules", lambda: _checked(dirs), files=[path for layers in found.values() for path, _ in layers])


def _checked(dirs: tuple[str, ...]) -> RuleSet:
    ruleset, problems = read_layers(Path(d) for d in dirs)
    if problems:
        raise RulePackError(problems)
    return ruleset  # type: ignore[return-value]


def load_rules(*extra_dirs: str | Path, bundled: bool = True) -> RuleSet:
    """The bundled packs, overridden key by key by each folder given (in order). Cached per folder list.
    Raises RulePackError listing every mistake (file:line: field: what was expected)."""
    from .._paths import rules_dir

    dirs = ([str(rules_dir())] if bundled else []) + [str(Path(d).resolve()) for d in extra_dirs if d]
    with _lock:
        return _cached(tuple(dirs))


def clear_cache() -> None:
    _cached.cache_clear()
