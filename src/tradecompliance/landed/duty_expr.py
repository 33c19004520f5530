"""Duty expressions in the notation tariffs print, parsed once into a small typed tree.

    Free | 0% | 12% | 3.50 EUR/kg | 2.8 EUR/100 kg | 1.5 USD/pair | 0.40 EUR/l
    12% + 2 EUR/kg           compound
    12% MIN 3.50 EUR/kg      ad valorem with a minimum     (also MAX, and MIN ... MAX ...)
    0.50 EUR/p/st MIN 2.70% MAX 4.60%   a bound may be a percentage of the customs value (EU watch cases, 9111)
    3 EUR/item               flat per item
    0.40 USD/unit + 6% on case + 14% on strap + 5.3% on battery
                             a rate on the value of a part of the article (US watches and clocks, chapter 91: the
                             line states each part's value in `part_values`)

Units: kg (net weight), 100 kg, tonne / 1000 kg, 100 kg/gross (gross weight: the EU's "100 kg/br"), l
(litres), hl, % vol/hl (hectolitres times the alcoholic strength by volume: 1 EUR/% vol/hl on 70 l at 40% vol
is 28 EUR), proof l (the US proof litre: a litre at 100 US proof, 50% vol; 70 l at 40% vol are 56), bbl (the
petroleum barrel of 42 US gallons, 158.987294928 l: NIST SP 811 appendix B.8, the gallon being 231 cubic inches), m and
100 m (length), m2 (area), pair, unit/item/pcs (quantity; dozen, gross and thousand count 12, 144 and 1,000
of them), consignment."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Callable

# unit as written (lower case, no spaces) -> (the line quantity it counts, how many of it the amount is for)
UNITS = {"kg": ("kg", Decimal(1)), "100kg": ("kg", Decimal(100)), "1000kg": ("kg", Decimal(1000)),
         "tonne": ("kg", Decimal(1000)), "t": ("kg", Decimal(1000)),
         "kg/gross": ("kg_gross", Decimal(1)), "100kg/gross": ("kg_gross", Decimal(100)),
         "kg/br": ("kg_gross", Decimal(1)), "100kg/br": ("kg_gross", Decimal(100)),
         "l": ("l", Decimal(1)), "hl": ("l", Decimal(100)), "%vol/hl": ("pct_vol_l", Decimal(100)),
         "bbl": ("l", Decimal("158.987294928")),
         "proofl": ("proof_l", Decimal(1)),
         "m": ("m", Decimal(1)), "100m": ("m", Decimal(100)), "m2": ("m2", Decimal(1)),
         "pair": ("pair", Decimal(1)), "unit": ("unit", Decimal(1)), "item": ("unit", Decimal(1)),
         "pcs": ("unit", Decimal(1)), "p/st": ("unit", Decimal(1)), "dozen": ("unit", Decimal(12)),
         "gross": ("unit", Decimal(144)), "thousand": ("unit", Decimal(1000)), "consignment": ("consignment", Decimal(1)),
         # per distinct 6-digit subheading in the consignment: border fees only (France's tax on small parcels)
         "subheading": ("subheading", Decimal(1))}
# what a line must state for each quantity, named as the order's fields are
NEEDS = {"kg": "net_weight_kg", "kg_gross": "gross_weight_kg", "l": "volume_l",
         "pct_vol_l": "volume_l and alcohol_pct_vol", "proof_l": "volume_l and alcohol_pct_vol",
         "m": "quantity in metres (unit_of_measure m)",
         "m2": "quantity in square metres (unit_of_measure m2)", "pair": "quantity in pairs", "unit": "quantity",
         "subheading": "consignment's subheadings (an amount per subheading is a border fee's)"}
# the parts of an article a duty may be charged on (HTSUS chapter 91 prints "% on the case", "on the strap, band or
# bracelet", "on the battery", "on the movement"); the line states each one's value in `part_values`
PARTS = ("case", "strap", "battery", "movement")

# how a worked-out duty names the quantity it counted ("x 16" pieces, "x 500 kg gross")
COUNTED = {"kg": " kg", "kg_gross": " kg gross", "l": " l", "pct_vol_l": " (% vol x l)", "proof_l": " proof l",
           "m": " m", "m2": " m2", "pair": " pairs", "unit": "", "consignment": " consignment", "subheading": " subheadings"}
_CENT = Decimal("0.01")
_SHOWN_PLACES = Decimal("0.000001")


def _shown(x: Decimal) -> str:
    """An amount as worked out: to the cent where that is exact, otherwise every digit (13.10 x 0.09 = 1.179), up
    to six decimal places; a quotient that runs on (per barrel on litres: 0.84 x 1000 / 158.987294928) is shown to
    six places, marked "about"."""
    if x == x.quantize(_CENT):
        return f"{x.quantize(_CENT):f}"
    if x == x.quantize(_SHOWN_PLACES):
        return f"{x.normalize():f}"
    return f"about {x.quantize(_SHOWN_PLACES):f}"


_AMOUNT = r"(\d+(?:\.\d+)?)"
_PCT = re.compile(rf"^{_AMOUNT}\s*%$")
_PART = re.compile(rf"^{_AMOUNT}\s*%\s+on\s+(?:the\s+)?({'|'.join(PARTS)})$", re.IGNORECASE)
_SPECIFIC = re.compile(rf"^{_AMOUNT}\s*([A-Z]{{3}})\s*/\s*([0-9a-z/%\s]+)$", re.IGNORECASE)


class DutyExpressionError(ValueError):
    pass


@dataclass(frozen=True)
class Specific:
    amount: Decimal
    currency: str
    unit: str  # the quantity counted: a key of NEEDS, or consignment
    per: Decimal  # 100 for "per 100 kg"
    written: str = ""  # the unit as the tariff wrote it ("100 kg/gross"), for messages

    def __str__(self) -> str:
        per = f"{self.per.normalize()} " if self.per != 1 else ""
        return f"{self.amount} {self.currency}/{self.written or per + self.unit}"


@dataclass(frozen=True)
class Share:
    """A minimum or maximum written as a percentage of the customs value (EU watch cases 9111:
    0.50 EUR/p/st MIN 2.70% MAX 4.60%)."""

    rate: Decimal  # fraction

    def __str__(self) -> str:
        return f"{(self.rate * 100).normalize()}%"


@dataclass(frozen=True)
class Part:
    """A rate on the value of one part of the article ("6% on case"): HTSUS chapter 91 charges watches and clocks
    so, beside an amount each, the line's part values being declared on entry."""

    rate: Decimal  # fraction
    part: str  # one of PARTS

    def __str__(self) -> str:
        return f"{(self.rate * 100).normalize()}% on {self.part}"


@dataclass(frozen=True)
class DutyExpr:
    text: str
    ad_valorem: Decimal | None = None  # fraction
    specifics: tuple[Specific, ...] = ()
    minimum: Specific | Share | None = None
    maximum: Specific | Share | None = None
    free: bool = False
    parts: tuple[Part, ...] = ()

    @property
    def currencies(self) -> set[str]:
        parts = list(self.specifics) + [x for x in (self.minimum, self.maximum) if isinstance(x, Specific)]
        return {p.currency for p in parts}

    @property
    def plain(self) -> bool:
        """A rate of the value alone (or free): its base and rate say all there is to say about it."""
        return not (self.specifics or self.minimum or self.maximum or self.parts)

    def is_zero(self) -> bool:
        return self.free or (not self.specifics and not self.minimum and not self.parts and (self.ad_valorem or 0) == 0)

    def compute(self, value: Decimal, quantities: dict[str, Decimal | None], convert: Callable[[Decimal, str], Decimal]) -> Decimal:
        """Duty on a line. `value` is the customs value in the destination currency; `quantities`
        gives the line's quantities by NEEDS key, and the value of each part it states (`part:case` ...) in the
        destination currency; `convert(amount, currency)` turns a specific amount into that
        currency. A missing quantity needed by the expression raises DutyExpressionError naming it."""
        return self.worked(value, quantities, convert)[0]

    def worked(self, value: Decimal, quantities: dict[str, Decimal | None], convert: Callable[[Decimal, str], Decimal],
               explain: bool = False) -> tuple[Decimal, str | None]:
        """`compute`'s duty, and with `explain` how it was worked out, term by term and bound by bound, in the
        destination currency before rounding ("0.50 EUR/p/st x 16 = 8.00; minimum 2.7% of 200.00 = 5.40, not
        applied; maximum 4.6% of 200.00 = 9.20, not applied")."""
        if self.free:
            return Decimal(0), None
        steps: list[str] = []
        total = value * self.ad_valorem if self.ad_valorem is not None else Decimal(0)
        if explain and self.ad_valorem is not None:
            steps.append(f"{Share(self.ad_valorem)} of {_shown(value)} = {_shown(total)}")
        for s in self.specifics:
            qty, amount = self._specific(s, quantities, convert)
            total += amount
            if explain:
                steps.append(f"{s} x {qty.normalize():f}{COUNTED[s.unit]} = {_shown(amount)}")
        for p in self.parts:
            of = quantities.get(f"part:{p.part}")
            if of is None:
                raise DutyExpressionError(f"duty {p} needs the line's part_values.{p.part} (the value of its {p.part})")
            total += of * p.rate
            if explain:
                steps.append(f"{Share(p.rate)} of the {p.part}'s {_shown(of)} = {_shown(of * p.rate)}")
        for name, bound, pick in (("minimum", self.minimum, max), ("maximum", self.maximum, min)):
            if bound is None:
                continue
            if isinstance(bound, Share):
                limit, how = value * bound.rate, f"{bound} of {_shown(value)}"
            else:
                qty, limit = self._specific(bound, quantities, convert)
                how = f"{bound} x {qty.normalize():f}{COUNTED[bound.unit]}"
            bounded = pick(total, limit)
            if explain:
                steps.append(f"{name} {how} = {_shown(limit)}, {'applied' if bounded != total else 'not applied'}")
            total = bounded
        return total, "; ".join(steps) if explain else None

    @staticmethod
    def _specific(s: Specific, quantities: dict[str, Decimal | None], convert) -> tuple[Decimal, Decimal]:
        """The quantity a specific amount counts on the line, and the amount it comes to."""
        qty = Decimal(1) if s.unit == "consignment" else quantities.get(s.unit)
        if qty is None:
            raise DutyExpressionError(f"duty {s} needs the line's {NEEDS[s.unit]}")
        return qty, convert(s.amount, s.currency) * qty / s.per

    def __str__(self) -> str:
        return self.text


def _specific(text: str, whole: str) -> Specific:
    m = _SPECIFIC.match(text.strip())
    if not m:
        raise DutyExpressionError(f"cannot read {text.strip()!r} in duty {whole!r}: expected an amount like \"3.50 EUR/kg\"")
    amount, currency, unit = m.groups()
    key = unit.lower().replace(" ", "")
    if key not in UNITS:
        raise DutyExpressionError(f"unknown unit {unit.strip()!r} in duty {whole!r}; known: {', '.join(sorted(UNITS))}")
    base, per = UNITS[key]
    return Specific(Decimal(amount), currency.upper(), base, per, " ".join(unit.split()))


def _bound(text: str, whole: str) -> Specific | Share:
    """The amount after MIN or MAX: a specific amount, or a percentage of the customs value."""
    pm = _PCT.match(text.strip())
    return Share(Decimal(pm.group(1)) / 100) if pm else _specific(text, whole)


@lru_cache(maxsize=8192)
def parse_duty(text: str) -> DutyExpr:
    """Parse a duty expression; DutyExpressionError says what could not be read."""
    whole = str(text).strip()
    if not whole:
        raise DutyExpressionError("empty duty expression")
    if whole.lower() in {"free", "0", "exempt"}:
        return DutyExpr(whole, free=True)
    body = whole
    minimum = maximum = None
    m = re.search(r"\bMAX\b(.*)$", body, re.IGNORECASE)
    if m:
        maximum = _bound(m.group(1), whole)
        body = body[: m.start()]
    m = re.search(r"\bMIN\b(.*)$", body, re.IGNORECASE)
    if m:
        minimum = _bound(m.group(1), whole)
        body = body[: m.start()]
    ad_valorem = None
    specifics: list[Specific] = []
    parts: list[Part] = []
    for part in (p.strip() for p in body.split("+")):
        if not part:
            raise DutyExpressionError(f"missing term in duty {whole!r}")
        on = _PART.match(part)
        if on:
            if on.group(2).lower() in {p.part for p in parts}:
                raise DutyExpressionError(f"two rates on the {on.group(2).lower()} in duty {whole!r}")
            parts.append(Part(Decimal(on.group(1)) / 100, on.group(2).lower()))
            continue
        pm = _PCT.match(part)
        if pm:
            if ad_valorem is not None:
                raise DutyExpressionError(f"two ad valorem rates in duty {whole!r}")
            ad_valorem = Decimal(pm.group(1)) / 100
        else:
            specifics.append(_specific(part, whole))
    if parts and (minimum is not None or maximum is not None):
        raise DutyExpressionError(f"a rate on a part cannot stand beside MIN or MAX in duty {whole!r}")
    return DutyExpr(whole, ad_valorem, tuple(specifics), minimum, maximum, parts=tuple(parts))
