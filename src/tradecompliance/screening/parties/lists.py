"""The lists a screen runs against: the bundled sample (for tests and demos), or a store written by
`tradecompliance lists import` from the official files a user downloaded. Loaded once, lazily."""
from __future__ import annotations

import json
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..._paths import data_dir
from ...tableio import atomic_path
from ...gcpause import paused
from .entries import ListEntry
from .importers import read
from .matcher import PartyMatcher

ENV_LISTS = "TRADECOMPLIANCE_LISTS"
ENTRIES = "entries.jsonl"
MANIFEST = "manifest.json"
# The bundled sample: fictitious entries written in each publisher's official layout.
SAMPLE = {"OFAC-SDN": ("ofac", ("sdn.csv", "alt.csv", "add.csv")), "EU-FSF": ("eu", ("eu_fsf.csv",)),
          "UN-SC": ("un", ("un_consolidated.xml",)), "UK": ("uk", ("uk_conlist.csv",))}


@dataclass
class PartyLists:
    entries: list[ListEntry]
    sources: dict[str, str]
    _matcher: PartyMatcher | None = field(default=None, repr=False)

    @property
    def matcher(self) -> PartyMatcher:
        if self._matcher is None:
            self._matcher = PartyMatcher(self.entries)
        return self._matcher


@paused
def _sample() -> PartyLists:
    root = data_dir() / "sanctions" / "sample"
    entries: list[ListEntry] = []
    for name, (fmt, files) in SAMPLE.items():
        entries.extend(read(fmt, *(root / f for f in files), list_name=name))
    return PartyLists(entries, {name: "bundled sample (fictitious entries, official layout)" for name in SAMPLE})


@paused
def _store(path: Path) -> PartyLists:
    manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    with open(path / ENTRIES, encoding="utf-8") as fh:
        entries = [ListEntry.from_dict(json.loads(line)) for line in fh if line.strip()]
    return PartyLists(entries, manifest["lists"])


_cache: dict[str, PartyLists] = {}
_lock = threading.Lock()


def load_lists(path: str | Path | None = None) -> PartyLists:
    """Lists from a store folder (or $TRADECOMPLIANCE_LISTS), else the bundled sample."""
    path = path or os.environ.get(ENV_LISTS) or None
    key = str(Path(path).resolve()) if path else "<sample>"
    with _lock:
        if key not in _cache:
            _cache[key] = _store(Path(path)) if path else _sample()
        return _cache[key]


def import_lists(sources: list[tuple[str, list[Path], str | None]], out: Path) -> dict[str, int]:
    """Read official files [(format, paths, list name)] and write a store folder atomically."""
    entries: list[ListEntry] = []
    described: dict[str, str] = {}
    counts: dict[str, int] = {}
    for fmt, paths, name in sources:
        got = read(fmt, *paths, list_name=name)
        entries.extend(got)
        for e in got:
            counts[e.list] = counts.get(e.list, 0) + 1
            described[e.list] = f"{fmt}: " + ", ".join(p.name for p in paths)
    with atomic_path(out / ENTRIES) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        for e in entries:
            fh.write(json.dumps(e.as_dict(), ensure_ascii=False) + "\n")
    with atomic_path(out / MANIFEST) as tmp:
        Path(tmp).write_text(json.dumps({"lists": described, "counts": counts}, indent=2), encoding="utf-8")
    with _lock:
        _cache.pop(str(out.resolve()), None)
    return counts
