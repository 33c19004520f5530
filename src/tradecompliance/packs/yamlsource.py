"""Safe YAML loading that remembers where every key came from, so errors can name file:line.

Floats in YAML become Decimal from their source text (never binary floats), duplicate keys are
errors, and only the safe tag set is accepted (no Python objects, no code)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

import re

import yaml

from ..errors import PackProblem

Path_ = tuple  # a key path such as ("rates", "DE", "standard", 0, "value")


@dataclass
class SourcedDoc:
    """Plain data plus a map from key path to (file, line)."""

    data: Any
    lines: dict[tuple, tuple[str, int]] = field(default_factory=dict)

    def where(self, path: tuple) -> tuple[str, int | None]:
        """File and line of the deepest known prefix of `path`."""
        p = tuple(path)
        while True:
            if p in self.lines:
                return self.lines[p]
            if not p:
                return (self.lines.get((), ("<unknown>", 0))[0], None)
            p = p[:-1]

    def problem(self, path: tuple, message: str) -> PackProblem:
        """A PackProblem located at `path` (file, line and dotted field)."""
        file, line = self.where(path)
        return PackProblem(file, line, ".".join(str(x) for x in path), message)


class _Constructor(yaml.constructor.SafeConstructor):
    pass


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """SafeLoader where only true/false are booleans: in YAML 1.1 `NO` (Norway) and `on` are booleans.
    libyaml's parser where PyYAML was built with it (the same nodes and marks, several times faster)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Loader.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"))
    )


def _float_as_decimal(loader: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> Decimal:
    text = node.value.replace("_", "")
    if text.lower() in {".inf", "+.inf", "-.inf", ".nan"}:
        raise yaml.constructor.ConstructorError(None, None, f"non-finite number {node.value!r}", node.start_mark)
    return Decimal(text)


_Constructor.add_constructor("tag:yaml.org,2002:float", _float_as_decimal)


def load_yaml(path: Path, display: str | None = None) -> SourcedDoc:
    """Parse one file. Raises RulePackError-compatible PackProblem list via YamlLoadError."""
    name = display or str(path)
    text = path.read_text(encoding="utf-8")
    return parse_yaml(text, name)


class YamlLoadError(Exception):
    def __init__(self, problem: PackProblem):
        self.problem = problem
        super().__init__(str(problem))


def parse_yaml(text: str, name: str) -> SourcedDoc:
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise YamlLoadError(PackProblem(name, line, "", f"invalid YAML: {reason}")) from None
    doc = SourcedDoc(data=None)
    doc.lines[()] = (name, 1)
    if node is None:
        doc.data = {}
        return doc
    constructor = _Constructor()
    doc.data = _build(node, (), doc, constructor, name)
    return doc


_PLAIN_TAGS = {"tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


def _build(node: yaml.Node, path: tuple, doc: SourcedDoc, cons: _Constructor, name: str) -> Any:
    doc.lines[path] = (name, node.start_mark.line + 1)
    if not isinstance(node, yaml.ScalarNode) and node.tag not in _PLAIN_TAGS:
        raise YamlLoadError(PackProblem(name, node.start_mark.line + 1, ".".join(map(str, path)), f"invalid YAML: tag {node.tag} is not allowed in rule packs"))
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlLoadError(PackProblem(name, key_node.start_mark.line + 1, ".".join(map(str, path)), "YAML merge keys (<<) are not supported"))
            key = _build(key_node, path, doc, cons, name) if not isinstance(key_node, yaml.ScalarNode) else _scalar(key_node, cons, name)
            if not isinstance(key, (str, int)):
                key = str(key)
            if key in out:
                raise YamlLoadError(
                    PackProblem(name, key_node.start_mark.line + 1, ".".join(map(str, path + (key,))), "duplicate key")
                )
            out[key] = _build(value_node, path + (key,), doc, cons, name)
            doc.lines[path + (key,)] = (name, key_node.start_mark.line + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_build(item, path + (i,), doc, cons, name) for i, item in enumerate(node.value)]
    return _scalar(node, cons, name)


def _scalar(node: yaml.ScalarNode, cons: _Constructor, name: str) -> Any:
    try:
        return cons.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise YamlLoadError(PackProblem(name, node.start_mark.line + 1, "", f"invalid value: {exc}")) from None
