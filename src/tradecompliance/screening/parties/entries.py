"""One person, entity or vessel on a sanctions list, in the same shape whatever list it came from."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Alias:
    name: str
    kind: str = "primary"  # primary | aka | fka | nka | variation
    weak: bool = False  # lists flag weak/low-quality aliases (nicknames, common acronyms)


@dataclass(frozen=True)
class ListEntry:
    list: str  # e.g. OFAC-SDN, EU-FSF, UN-SC, UK
    entry_id: str
    kind: str  # individual | entity | vessel | aircraft | unknown
    names: tuple[Alias, ...]
    countries: frozenset[str] = frozenset()  # ISO alpha-2 of addresses, nationality, citizenship
    birth_dates: tuple[str, ...] = ()  # YYYY, YYYY-MM or YYYY-MM-DD
    programs: tuple[str, ...] = ()
    listed_on: str | None = None
    remarks: str = field(default="", compare=False)

    @property
    def primary(self) -> str:
        return self.names[0].name if self.names else ""

    def as_dict(self) -> dict:
        return {"list": self.list, "entry_id": self.entry_id, "kind": self.kind,
                "names": [[a.name, a.kind, a.weak] for a in self.names], "countries": sorted(self.countries),
                "birth_dates": list(self.birth_dates), "programs": list(self.programs), "listed_on": self.listed_on}

    @classmethod
    def from_dict(cls, d: dict) -> "ListEntry":
        return cls(d["list"], d["entry_id"], d["kind"], tuple(Alias(n, k, bool(w)) for n, k, w in d["names"]),
                   frozenset(d.get("countries", ())), tuple(d.get("birth_dates", ())), tuple(d.get("programs", ())),
                   d.get("listed_on"))
