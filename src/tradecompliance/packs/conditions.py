"""The small declared vocabulary rule conditions are written in. No code, no eval: each key is a
test the engine knows. All keys given must hold (AND); `any`, `all` and `not` combine conditions."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Mapping, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..hs.codes import normalize
from ..models import ContentsType


def hs_pattern(p: str) -> str:
    """'61', '6109', '8517.13', '6101-6117' (range of equal-length prefixes)."""
    text = str(p).strip()
    if "-" in text.replace(" ", "") and not text.startswith("-"):
        lo, hi = (normalize(part) if len(part.strip()) > 1 else part for part in text.split("-", 1))
        lo, hi = _digits(lo), _digits(hi)
        if len(lo) != len(hi) or lo > hi:
            raise ValueError(f"HS range {text!r} must join two codes of the same length, low to high")
        return f"{lo}-{hi}"
    return _digits(text)


def _digits(text: str) -> str:
    d = "".join(ch for ch in str(text) if ch not in ". ")
    if not d.isdigit() or not 2 <= len(d) <= 12:
        raise ValueError(f"expected an HS code prefix like \"6109\" or a range like \"6101-6117\", got {text!r}")
    return d


def hs_matches(patterns: tuple[str, ...], code: str | None) -> bool:
    if not code:
        return False
    if len(patterns) > _SCAN_AT_MOST:
        return _index(patterns).matches(code)
    for p in patterns:
        if "-" in p:
            if _in_range(*p.split("-"), code):
                return True
        elif code.startswith(p):
            return True
    return False


def _in_range(lo: str, hi: str, code: str) -> bool:
    """Whether `code` is at least as long as the range's ends and its prefix of their length lies between them."""
    return lo <= code[: len(lo)] <= hi and len(code) >= len(lo)


_SCAN_AT_MOST = 12    # a short list is scanned; a long one (thousands of tariff lines) is looked up by prefix


class _HsIndex:
    """A long pattern list as a set of prefixes per length (and its ranges), so a lookup costs a few set probes
    however many lines the list names (Section 301's lists name over 5,000)."""

    __slots__ = ("patterns", "prefixes", "lengths", "ranges")

    def __init__(self, patterns: tuple[str, ...]):
        self.patterns = patterns
        self.prefixes = frozenset(p for p in patterns if "-" not in p)
        self.lengths = tuple(sorted({len(p) for p in self.prefixes}))
        self.ranges = tuple(tuple(p.split("-")) for p in patterns if "-" in p)

    def matches(self, code: str) -> bool:
        if any(code[:n] in self.prefixes for n in self.lengths if n <= len(code)):
            return True
        return any(_in_range(lo, hi, code) for lo, hi in self.ranges)


_INDEXES: dict[int, _HsIndex] = {}


def _index(patterns: tuple[str, ...]) -> _HsIndex:
    """The index of `patterns`, built once per loaded tuple (keyed by identity: hashing a long tuple on every
    lookup would cost what the index saves)."""
    found = _INDEXES.get(id(patterns))
    if found is None or found.patterns is not patterns:
        if len(_INDEXES) > 512:
            _INDEXES.clear()
        found = _INDEXES[id(patterns)] = _HsIndex(patterns)
    return found


class ValueTest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    gt: Optional[str] = None
    gte: Optional[str] = None
    lt: Optional[str] = None
    lte: Optional[str] = None


@dataclass
class Context:
    """What a condition can look at. Filled by the caller (quote, screen) for one line of one order."""

    hs: Optional[str] = None
    origin: Optional[str] = None
    destination: Optional[str] = None
    subdivision: Optional[str] = None
    buyer: Optional[str] = None
    carrier: Optional[str] = None
    categories: frozenset[str] = frozenset()
    attributes: Mapping[str, str] = field(default_factory=dict)
    registrations: frozenset[str] = frozenset()
    buyer_vat_id: bool = False
    contents: Optional[str] = None
    preference_claimed: bool = False
    date: Optional[dt.date] = None
    groups: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # the collection regime the order is quoted under (eu_ioss ...), seen only by VAT rates: a sale through IOSS is a
    # supply taxed at the supply's rate, an import at the import's
    regime: Optional[str] = None

    @classmethod
    def for_line(cls, order, line, groups: Mapping[str, frozenset[str]]) -> "Context":
        """What conditions see for `line` of `order` (or the order itself when `line` is None)."""
        return cls(
            hs=line.hs_code if line else None,
            origin=(line.origin_country or order.origin_country) if line else order.origin_country,
            destination=order.destination_country, subdivision=order.destination_subdivision, buyer=order.buyer_type,
            carrier=order.carrier, categories=frozenset({line.category.lower()}) if line and line.category else frozenset(),
            attributes=line.attributes if line else {}, registrations=frozenset(r.scheme for r in order.registrations),
            buyer_vat_id=bool(order.buyer and order.buyer.vat_id), contents=getattr(order, "contents_type", None), groups=groups,
            preference_claimed=bool(line and line.preference_claimed), date=getattr(order, "date", None),
        )


class Condition(BaseModel):
    """A test over one order line. Unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    hs: Optional[tuple[str, ...]] = None
    not_hs: Optional[tuple[str, ...]] = None
    origin: Optional[tuple[str, ...]] = None
    not_origin: Optional[tuple[str, ...]] = None
    destination: Optional[tuple[str, ...]] = None
    subdivision: Optional[tuple[str, ...]] = None
    buyer: Optional[Literal["consumer", "business"]] = None
    carrier: Optional[tuple[Literal["postal", "courier", "freight"], ...]] = None
    category: Optional[tuple[str, ...]] = None
    attributes: Optional[dict[str, tuple[str, ...]]] = None
    registered: Optional[tuple[str, ...]] = None
    buyer_vat_id: Optional[bool] = None
    # what the consignment is, as the postal forms ask (the order's contents_type): a gift between private persons
    # has reliefs of its own
    contents: Optional[tuple[ContentsType, ...]] = None
    # whether the line claims a preferential rate (its `preference_claimed`): some additional duties spare goods
    # entered under a trade agreement (US section 301 on Canada and Mexico: USMCA goods)
    preference_claimed: Optional[bool] = None
    # the order's date from `since` on, or before `before`: a rule whose scope changes on a day while its
    # duty does not (goods that leave a tariff when another measure takes them over)
    since: Optional[dt.date] = None
    before: Optional[dt.date] = None
    # the collection regime the order is quoted under (a VAT rate's condition: an import's reduced rate for art is not
    # the rate of a sale made through IOSS); elsewhere no regime is set, so the key never matches there
    regime: Optional[tuple[str, ...]] = None
    any_: Optional[tuple["Condition", ...]] = Field(default=None, alias="any")
    all_: Optional[tuple["Condition", ...]] = Field(default=None, alias="all")
    not_: Optional["Condition"] = Field(default=None, alias="not")

    @model_validator(mode="after")
    def _dates(self):
        if self.since is not None and self.before is not None and self.before <= self.since:
            raise ValueError(f"before ({self.before}) must come after since ({self.since})")
        return self

    @field_validator("hs", "not_hs", mode="before")
    @classmethod
    def _hs(cls, v):
        if v is None:
            return v
        if isinstance(v, (str, int)):
            v = [v]
        return tuple(hs_pattern(str(x)) for x in v)

    @field_validator("origin", "not_origin", "destination", "category", "registered", "carrier", "subdivision", "contents", "regime",
                     mode="before")
    @classmethod
    def _listify(cls, v):
        if isinstance(v, str):
            return (v,)
        return v

    @field_validator("attributes", mode="before")
    @classmethod
    def _attrs(cls, v):
        if v is None:
            return v
        if not isinstance(v, dict):
            raise ValueError("expected a mapping of attribute name to allowed values")
        return {str(k).lower(): tuple(str(x).lower() for x in ([x] if isinstance(x, str) else x)) for k, x in v.items()}

    def matches(self, ctx: Context) -> bool:
        if self.hs is not None and not hs_matches(self.hs, ctx.hs):
            return False
        if self.not_hs is not None and hs_matches(self.not_hs, ctx.hs):
            return False
        if self.origin is not None and not in_places(ctx.origin, self.origin, ctx.groups):
            return False
        if self.not_origin is not None and in_places(ctx.origin, self.not_origin, ctx.groups):
            return False
        if self.destination is not None and not in_places(ctx.destination, self.destination, ctx.groups):
            return False
        if self.subdivision is not None and ctx.subdivision not in self.subdivision:
            return False
        if self.buyer is not None and ctx.buyer != self.buyer:
            return False
        if self.carrier is not None and ctx.carrier not in self.carrier:
            return False
        if self.category is not None and not ctx.categories.intersection(self.category):
            return False
        if self.attributes is not None:
            for key, allowed in self.attributes.items():
                have = str(ctx.attributes.get(key, "")).lower()
                if not any(a == have or a in have.split(",") for a in allowed):
                    return False
        if self.registered is not None and not ctx.registrations.intersection(self.registered):
            return False
        if self.preference_claimed is not None and ctx.preference_claimed != self.preference_claimed:
            return False
        if self.buyer_vat_id is not None and ctx.buyer_vat_id != self.buyer_vat_id:
            return False
        if self.contents is not None and (ctx.contents or "sale_of_goods") not in self.contents:
            return False
        if self.since is not None and (ctx.date is None or ctx.date < self.since):
            return False
        if self.before is not None and (ctx.date is None or ctx.date >= self.before):
            return False
        if self.regime is not None and ctx.regime not in self.regime:
            return False
        if self.any_ is not None and not any(c.matches(ctx) for c in self.any_):
            return False
        if self.all_ is not None and not all(c.matches(ctx) for c in self.all_):
            return False
        if self.not_ is not None and self.not_.matches(ctx):
            return False
        return True

    def describe(self) -> str:
        data = self.model_dump(by_alias=True, exclude_none=True)

        def show(v):
            if isinstance(v, (list, tuple)):
                return "[" + ", ".join(show(x) for x in v) + "]"
            if isinstance(v, dict):
                return "{" + ", ".join(f"{k}: {show(x)}" for k, x in v.items()) + "}"
            return str(v)

        return "; ".join(f"{k} {show(v)}" for k, v in data.items())


def in_places(country: str | None, places: tuple[str, ...], groups: Mapping[str, frozenset[str]]) -> bool:
    """Whether `country` is one of `places`, each a country code or the name of a group in `groups`."""
    if not country:
        return False
    for p in places:
        if p == country or country in groups.get(p, ()):
            return True
    return False


def attributes_tested(obj) -> frozenset[str]:
    """The attribute keys (lower case) the conditions anywhere inside `obj` test (end_use, age_group ...)."""
    from .nested import nested

    return frozenset(k.lower() for x in nested(obj) if isinstance(x, Condition) and x.attributes for k in x.attributes)


def conditions_use(obj, key: str) -> bool:
    """Whether any condition found anywhere inside `obj` (packs, rules, lists of them) tests `key`
    ("category", "buyer_vat_id" ...), however deeply nested in `any`/`all`/`not`. Lets a table path skip
    reading a cell no loaded rule can see."""
    from .nested import nested

    return any(isinstance(x, Condition) and getattr(x, key) is not None for x in nested(obj))
