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


@dataclass
class EntryBuilder:
    """Collects one entry's records from a list that spreads them over many rows (EU FSF, UK)."""

    kind: str = "unknown"
    names: list[Alias] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    birth_dates: list[str] = field(default_factory=list)
    programs: set[str] = field(default_factory=set)
    listed_on: str | None = None

    def add_name(self, name: str, kind: str, weak: bool = False) -> None:
        if name and name not in [a.name for a in self.names]:
            self.names.append(Alias(name, kind, weak))

    def add_birth_date(self, value: str | None) -> None:
        if value and value not in self.birth_dates:
            self.birth_dates.append(value)

    def build(self, list_name: str, entry_id: str) -> ListEntry:
        return ListEntry(list_name, entry_id, self.kind, tuple(self.names), frozenset(self.countries),
                         tuple(self.birth_dates), tuple(sorted(self.programs)), self.listed_on)


def build_entries(list_name: str, groups: dict[str, EntryBuilder]) -> list[ListEntry]:
    return [g.build(list_name, entry_id) for entry_id, g in groups.items() if g.names]
