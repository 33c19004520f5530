"""Every value held inside loaded rule objects (pydantic models, dataclasses, dicts and sequences of them),
for the few questions asked of a whole rule set at once: which dates appear anywhere, whether any
condition anywhere tests a given key."""
from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from pydantic import BaseModel

_LEAVES = (str, bytes, int, float, bool)
_DICT, _SEQUENCE, _LEAF = 1, 2, 0
# per type: the names of its fields, last first (a model or dataclass), or _DICT, _SEQUENCE, _LEAF; asked once per
# type, not per value (a walk over the EU pack meets some 300,000 values)
_KINDS: dict[type, tuple[str, ...] | int] = {}


def _kind(t: type) -> tuple[str, ...] | int:
    found = _KINDS.get(t)
    if found is None:
        if issubclass(t, _LEAVES) or t is type(None):
            found = _LEAF
        elif issubclass(t, BaseModel):
            found = tuple(reversed(list(t.model_fields)))
        elif dataclasses.is_dataclass(t):
            found = tuple(reversed([f.name for f in dataclasses.fields(t)]))
        elif issubclass(t, dict):
            found = _DICT
        elif issubclass(t, (list, tuple, set, frozenset)):
            found = _SEQUENCE
        else:
            found = _LEAF                  # a date, a Decimal: nothing inside
        _KINDS[t] = found
    return found


def nested(obj: Any, seen: set[int] | None = None) -> Iterator[Any]:
    """`obj` and every value inside it, depth first; a model or dataclass reached twice is walked once
    (`seen` may be shared between calls to walk several roots as one)."""
    seen = set() if seen is None else seen
    stack = [obj]
    while stack:
        x = stack.pop()
        yield x
        kind = _KINDS.get(type(x))
        if kind is None:
            kind = _kind(type(x))
        if kind.__class__ is tuple:
            if id(x) in seen:
                continue
            seen.add(id(x))
            stack.extend([getattr(x, name) for name in kind])
        elif kind == _DICT:
            stack.extend(reversed(list(x.values())))
        elif kind == _SEQUENCE:
            stack.extend(reversed(list(x)))
