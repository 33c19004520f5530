"""Every value held inside loaded rule objects (pydantic models, dataclasses, dicts and sequences of them),
for the few questions asked of a whole rule set at once: which dates appear anywhere, whether any
condition anywhere tests a given key."""
from __future__ import annotations

import dataclasses
from typing import Any, Iterator

from pydantic import BaseModel

_LEAVES = (str, bytes, int, float, bool)


def nested(obj: Any, seen: set[int] | None = None) -> Iterator[Any]:
    """`obj` and every value inside it, depth first; a model or dataclass reached twice is walked once
    (`seen` may be shared between calls to walk several roots as one)."""
    seen = set() if seen is None else seen
    stack = [obj]
    while stack:
        x = stack.pop()
        yield x
        if x is None or isinstance(x, _LEAVES):
            continue
        if isinstance(x, BaseModel) or (dataclasses.is_dataclass(x) and not isinstance(x, type)):
            if id(x) in seen:
                continue
            seen.add(id(x))
            names = type(x).model_fields if isinstance(x, BaseModel) else [f.name for f in dataclasses.fields(x)]
            stack.extend(getattr(x, name) for name in reversed(list(names)))
        elif isinstance(x, dict):
            stack.extend(reversed(list(x.values())))
        elif isinstance(x, (list, tuple, set, frozenset)):
            stack.extend(reversed(list(x)))
