"""What the rule packs say for an order before any amount is known: built once per distinct order setting
(destination, date, currency, origin, buyer, carrier, registrations ...) and per distinct HS code in it,
by asking the one-order engine itself (`_Quote`), so the vectorised quote applies exactly the rules
`quote` applies. A setting the vectorised arithmetic does not cover is marked `supported=False` and its
orders go to `quote`."""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction

from ..models import LineItem, Order, Party, Registration
from ..packs.values import at, format_percent
from .duty_expr import DutyExpressionError, Specific, parse_duty
from .quote import _Quote

VALUE_BASES = ("consignment_intrinsic", "consignment_with_transport", "customs_value", "item_intrinsic")


@dataclass(frozen=True)
class Threshold:
    """A value threshold: measured on `basis` in the order currency x `rate`, against `limit`."""

    basis: str
    limit: Decimal
    rate: Decimal          # order currency -> the limit's currency
    inclusive: bool


@dataclass(frozen=True)
class AdValorem:
    """quantize(base x rate) to a quantum, as an exact fraction and a rounding mode."""

    rate: Fraction


@dataclass
class RegimePlan:
    id: str
    ceiling: Threshold
    collects: str                  # vat_at_checkout | reverse_charge | border
    duty: Fraction | None          # ad valorem duty under the regime (None: the tariff applies)
    tax_factor: Decimal | None


@dataclass
class FeePlan:
    applies_always: bool
    within_relief: bool            # only on consignments within the duty relief
    taxable: bool                  # in the VAT base (where it includes fees)
    above: Decimal | None          # in the destination currency
    up_to: Decimal | None
    rate: Fraction                 # ad valorem part
    fixed: Decimal                 # consignment amounts, destination currency
    per_subheading: Decimal        # amounts per distinct subheading of the consignment, destination currency
    minimum: Decimal | None
    maximum: Decimal | None


@dataclass
class FlatPlan:
    index: int
    within_relief_only: bool
    per: str
    amount: Decimal                # converted to the destination currency (unrounded)
    when: object


@dataclass
class AmountRelief:
    basis: str                     # duty_amount | tax_amount | duty_and_tax_amount
    limit: Decimal                 # destination currency
    inclusive: bool


@dataclass
class OrderPlan:
    supported: bool
    why: str = ""
    quote: _Quote | None = None
    currency: str = ""
    fx_rate: Decimal = Decimal(1)
    fx_text: str = ""
    has_customs: bool = False
    has_vat: bool = False
    cif: bool = True
    by_weight: bool = False
    factor: Decimal | None = None
    duty_relief: Threshold | None = None
    duty_relief_obj: object = None
    regimes: list[RegimePlan] = field(default_factory=list)
    regime_objs: list = field(default_factory=list)
    fees: list[FeePlan] = field(default_factory=list)
    flats: list[FlatPlan] = field(default_factory=list)
    amount_reliefs: list[AmountRelief] = field(default_factory=list)
    tax_relief: Threshold | None = None
    tax_relief_obj: object = None
    vat_country: object = None
    vat_has_duty: bool = True
    vat_has_transport: bool = False
    vat_has_fees: bool = False
    duty_quantum: Decimal = Decimal("0.01")
    duty_mode: str = "half_up"
    vat_quantum: Decimal = Decimal("0.01")
    vat_mode: str = "half_up"
    # the customs rate days of the dates it serves, as keys; None: days it does not list too (PlanRegistry)
    fx_days: dict | None = field(default_factory=dict)
    chosen: "Chosen | None" = None     # the rules behind the amounts (`rerated`)


@dataclass
class LinePlan:
    supported: bool
    duty_excluded: bool = False        # meets an exclusion of the duty relief
    tax_excluded: bool = False         # meets an exclusion of the tax relief
    regime_excluded: tuple = ()        # per regime candidate
    duty: tuple | None = ()            # ad valorem rates (Fractions) of the tariff and additional duties; None: unknown
    vat: tuple = ()                    # (rate Decimal, text) without regime, then per regime candidate
    flats: tuple = ()                  # per flat duty: does the line count
    subheading: str = ""
    why: str = ""                      # why the duty is unknown (quote's message), when duty is None
    duty_id: int = -1                  # intern(duty), -1 when unknown
    vat_ids: tuple = ()                # intern(vat[c])
    vat_cap: int = -1                  # cents of destination currency per unit above which vat_above_ids apply; -1: none
    vat_above_ids: tuple = ()          # intern((rate, text)) per regime candidate for lines above vat_cap
    vat_supported: bool = True         # False: where the line bears VAT, quote() decides its rate (a per-unit limit
                                       # the arrays cannot hold); `supported` speaks of the duty only


def _fraction(d: Decimal) -> Fraction:
    return Fraction(d)


_IDS: dict = {}
_VALUES: list = []


def intern(value) -> int:
    """A small integer for a hashable value (rates, rounding rules), so the kernel groups rows by ints."""
    i = _IDS.get(value)
    if i is None:
        i = _IDS[value] = len(_VALUES)
        _VALUES.append(value)
    return i


def interned(i: int):
    return _VALUES[i]


@dataclass(frozen=True)
class OnDuties:
    """An ad valorem duty charged on the duties before it (India's Social Welfare Surcharge), not on the value."""

    rate: Fraction


@dataclass(frozen=True)
class TopUp:
    """An ad valorem floor for the line's tariff duty (US section 301 on the EU: 10% including the column 1 rate):
    charges what lifts the tariff duty to it, none where the tariff duty already reaches it."""

    rate: Fraction


@dataclass(frozen=True)
class Clamped:
    """An ad valorem duty on the customs value held between a minimum and a maximum per unit of the line's
    quantity (EU wrist-watches 9102 11: 4.5% MIN 0.30 EUR/p/st MAX 0.80 EUR/p/st); `lo` and `hi` are cents of
    `currency` per unit, None where the duty has no such bound. A plain duty a unit (UK wrist-watches 9102 11:
    0.20 GBP/p/st) is the clamp of rate 0 with that minimum: max(0, units x amount) is units x amount. The kernel
    converts them at each order plan's customs rate, as quote does (a line plan serves every date of its setting)."""

    rate: Fraction
    lo: Fraction | None
    hi: Fraction | None
    currency: str


def _term(t) -> Fraction | OnDuties | TopUp | Clamped | None:
    """A duty term the kernel computes: ad valorem on the customs value, or on the duties so far, or as a floor
    of the tariff duty, or ad valorem between per-unit bounds."""
    rate = _ad_valorem(t.expr)
    if rate is None:
        return _clamped(t.expr) if t.on == "customs_value" else None
    if t.on == "customs_value":
        return rate
    kind = {"duties": OnDuties, "top_up": TopUp}.get(t.on)
    return kind(rate) if kind else None


def _clamped(text: str) -> Clamped | None:
    """`text` as a Clamped term, or None when the kernel cannot compute it (specific terms beside an ad valorem
    rate or a bound; amounts per kg or pair, per 100 units, or in two currencies: `quote` does)."""
    try:
        expr = parse_duty(text)
    except DutyExpressionError:
        return None
    specifics, minimum = expr.specifics, expr.minimum
    if len(specifics) == 1 and not (expr.ad_valorem or minimum or expr.maximum):
        (minimum,), specifics = specifics, ()      # a duty a unit alone: the clamp of rate 0 with it as minimum
    bounds = [b for b in (minimum, expr.maximum) if b is not None]
    if (expr.free or specifics or not bounds or expr.parts   # a bound in percent (Share) is left to `quote`, as per-kg ones
            or any(not isinstance(b, Specific) or b.unit != "unit" or b.per != 1 for b in bounds)
            or len({b.currency for b in bounds}) > 1):
        return None
    lo, hi = (None if b is None else _fraction(b.amount * 100) for b in (minimum, expr.maximum))
    return Clamped(_fraction(expr.ad_valorem if expr.ad_valorem is not None else Decimal(0)), lo, hi, bounds[0].currency)


def _ad_valorem(text: str) -> Fraction | None:
    """The rate of a pure ad valorem (or Free) duty; None for specific, compound or MIN/MAX duties."""
    try:
        expr = parse_duty(text)
    except DutyExpressionError:
        return None
    if expr.free:
        return Fraction(0)
    if not expr.plain:
        return None
    return _fraction(expr.ad_valorem if expr.ad_valorem is not None else Decimal(0))


def _threshold(q: _Quote, relief, entry) -> Threshold:
    limit = entry.value
    return Threshold(relief.basis, limit.amount, q.rate(q.o.currency, limit.currency), relief.inclusive)


def _in_force(q: _Quote, relief):
    entry = q.relief_amount(relief) if relief is not None else None
    return entry if entry is not None and entry.value is not None else None


def _value_entry(q: _Quote, relief):
    """The entry of a de minimis on a value basis, as quote's relief_applies tests it (None: never relieved)."""
    entry = _in_force(q, relief)
    return entry if entry is not None and relief.basis in VALUE_BASES else None


def _amount_entry(q: _Quote, relief, bases: tuple[str, ...]):
    """(relief, entry) of a de minimis on an amount assessed (quote's amount_relief), or None."""
    entry = _in_force(q, relief)
    return (relief, entry) if entry is not None and relief.basis in bases else None


@dataclass
class Chosen:
    """The rules an order plan applies, before any amount is converted into another currency: what `rerated`
    converts again on a day whose exchange rates differ."""

    duty_relief: object = None               # a value threshold's entry
    amount_reliefs: list = field(default_factory=list)   # (relief, entry): duty ones, then the tax one
    fees: list = field(default_factory=list)             # (fee, parsed amount)
    flats: list = field(default_factory=list)            # (index, flat duty, entry)
    regimes: list = field(default_factory=list)          # (regime, entry, ad valorem duty or None)
    tax_relief: object = None                # a value threshold's entry


def order_plan(rules, key: dict) -> OrderPlan:
    """The static part of a quote for orders with these settings (`key` as read by batch_input)."""
    # the schemes held are what rules see of registrations (their numbers were checked when read)
    regs = [{"scheme": s, "number": "0"} for s in key["registrations"].split()]
    order = Order.model_construct(
        origin_country=key["origin"], destination_country=key["destination"], date=key["date"], currency=key["currency"],
        buyer_type=key["buyer"], carrier=key["carrier"], destination_subdivision=key["subdivision"] or None,
        registrations=[Registration.model_construct(**r) for r in regs],
        # conditions see of the buyer only whether it states a VAT number (checked when the table was read)
        buyer=Party.model_construct(name="buyer", vat_id="stated") if key.get("buyer_vat_id") else None,
        contents_type=key.get("contents") or "sale_of_goods",
        lines=[LineItem.model_validate({"description": "plan", "unit_value": "0"})])
    q = _prepared(order, rules)
    if q is None:
        return OrderPlan(False, "no pack or no exchange rate")
    p = OrderPlan(True, quote=q)
    try:
        why = _choose(p, q)
        if why is None:
            _convert(p)
    except Exception as exc:  # a rate the vectorised path cannot convert: leave the order to `quote`
        return OrderPlan(False, f"plan: {exc}")
    if why is not None:
        return OrderPlan(False, why)
    for quantum in (p.duty_quantum, p.vat_quantum):
        if quantum.as_tuple().exponent not in (0, -2) or (quantum * 100) % 1 != 0:
            return OrderPlan(False, "rounding quantum")
    return p


def rerated(p: OrderPlan, date) -> OrderPlan:
    """Plan `p` (supported) for its setting on `date`, another day of its rule period whose exchange rates differ:
    the rules it chose, every amount converted again at `date`'s customs rates. What `order_plan` gives for that
    date, without asking the rules again (a setting priced in another currency needs a plan per rate day)."""
    q = _prepared(p.quote.o.model_copy(update={"date": date}), p.quote.rules)
    if q is None:
        return OrderPlan(False, "no pack or no exchange rate")
    out = copy.copy(p)
    out.quote, out.fx_days = q, {}
    try:
        _convert(out)
    except Exception as exc:
        return OrderPlan(False, f"plan: {exc}")
    return out


def _prepared(order: Order, rules) -> _Quote | None:
    """The one-order engine's quote of `order` with its pack, currency and customs rate read (`prepare`), or None
    where it has no pack or no rate."""
    q = _Quote(order, rules)
    return q if q.prepare() is None else None


def _choose(p: OrderPlan, q: _Quote) -> str | None:
    """The rules of the order (`p.chosen` and the plan's flags, no amount converted), or why the vectorised
    arithmetic does not cover it."""
    customs, vat = q.pack.customs, q.pack.vat
    chosen = p.chosen = Chosen()
    if customs is not None:
        p.has_customs = True
        valuation, basis_entry, factor_entry = q.valuation()
        p.cif = (basis_entry.value if basis_entry else "CIF") == "CIF"
        p.by_weight = valuation.apportion == "weight"
        p.factor = factor_entry.value if factor_entry else None
        p.duty_quantum, p.duty_mode = customs.rounding.step(q.cur), customs.rounding.mode
        relief = p.duty_relief_obj = q.duty_relief()
        if relief is not None and relief.charged_on == "excess":
            return "duty relief charged on the excess"
        chosen.duty_relief = _value_entry(q, relief)
        chosen.amount_reliefs += [a for r in (relief, customs.assessed_relief)
                                  if (a := _amount_entry(q, r, ("duty_amount", "duty_and_tax_amount")))]
        for fee, entry in q.fees_in_force():
            expr = parse_duty(entry.value)
            if expr.parts or any(s.unit not in ("consignment", "subheading") for s in expr.specifics) or any(
                    x is not None and not (isinstance(x, Specific) and x.unit == "consignment")
                    for x in (expr.minimum, expr.maximum)):
                return "fee with a per-quantity part"
            chosen.fees.append((fee, expr))
        chosen.flats = [(i, flat, entry) for i, (flat, entry) in enumerate(q.flats_in_force())]
    for r, entry in q.regime_candidates(record=False):
        if r.basis not in VALUE_BASES:
            return "regime on an amount basis"
        if r.duty_deduction is not None:
            return "regime with a duty deduction"
        if r.tax_base != "import":
            return "regime taxing the sale price"
        if entry.value == "unlimited":
            return "regime without a value ceiling"
        duty = None
        if r.duty is not None:
            duty = _ad_valorem(r.duty)
            if duty is None:
                return "regime duty not ad valorem"
        chosen.regimes.append((r, entry, duty))
        p.regime_objs.append(r)
    if vat is not None:
        if vat.uplift is not None or vat.tax_inclusive:
            return "VAT base with an uplift or tax-inclusive"
        p.has_vat = True
        country, vrelief = q.vat_country()
        if country is None or at(country.standard, q.o.date) is None:
            return "no VAT rate"        # quote says rate_unknown, with the reason
        if vrelief is not None and vrelief.charged_on == "excess":
            return "tax relief charged on the excess"
        p.vat_country, p.tax_relief_obj = country, vrelief
        chosen.tax_relief = _value_entry(q, vrelief)
        chosen.amount_reliefs += [a for a in [_amount_entry(q, vrelief, ("tax_amount",))] if a]
        p.vat_has_duty = "duty" in vat.base
        p.vat_has_transport = "transport_to_destination" in vat.base
        p.vat_has_fees = "fees" in vat.base
        p.vat_quantum, p.vat_mode = vat.rounding.step(q.cur), vat.rounding.mode
    return None


def _convert(p: OrderPlan) -> None:
    """The plan's amounts at its quote's customs rates: the order currency's rate into the destination's, the
    thresholds' rates, and the fees', flat duties' and amount reliefs' amounts in the destination currency."""
    q, chosen = p.quote, p.chosen
    p.currency, p.fx_rate, p.fx_text = q.cur, q.fx.rate, str(q.fx.rate)
    p.duty_relief = None if chosen.duty_relief is None else _threshold(q, p.duty_relief_obj, chosen.duty_relief)
    p.tax_relief = None if chosen.tax_relief is None else _threshold(q, p.tax_relief_obj, chosen.tax_relief)
    p.amount_reliefs = [AmountRelief(r.basis, q.from_currency(e.value.amount, e.value.currency), r.inclusive)
                        for r, e in chosen.amount_reliefs]
    conv = lambda s: q.from_currency(s.amount, s.currency) / s.per  # noqa: E731
    p.fees = [FeePlan(
        applies_always=fee.applies == "always", within_relief=fee.applies == "within_duty_relief",
        taxable=fee.taxable,
        above=q.from_currency(fee.above.amount, fee.above.currency) if fee.above else None,
        up_to=q.from_currency(fee.up_to.amount, fee.up_to.currency) if fee.up_to else None,
        rate=Fraction(0) if expr.free else _fraction(expr.ad_valorem or Decimal(0)),
        fixed=Decimal(0) if expr.free else sum((conv(s) for s in expr.specifics if s.unit == "consignment"), Decimal(0)),
        per_subheading=Decimal(0) if expr.free else sum((conv(s) for s in expr.specifics if s.unit == "subheading"), Decimal(0)),
        minimum=conv(expr.minimum) if expr.minimum and not expr.free else None,
        maximum=conv(expr.maximum) if expr.maximum and not expr.free else None) for fee, expr in chosen.fees]
    p.flats = [FlatPlan(i, flat.applies == "within_duty_relief", flat.per,
                        q.from_currency(entry.value.amount, entry.value.currency), flat.when)
               for i, flat, entry in chosen.flats]
    p.regimes = [RegimePlan(r.id, _threshold(q, r, entry), r.collects, duty, r.tax_factor) for r, entry, duty in chosen.regimes]


_LINES: dict = {}


def _plan_line(hs: str | None) -> LineItem:
    """A line with only this (normalised) HS code, shared by every plan: rules only read it."""
    line = _LINES.get(hs)
    if line is None:
        if len(_LINES) > 100_000:
            _LINES.clear()
        line = _LINES[hs] = LineItem.model_construct(description="plan", unit_value=Decimal(0), hs_code=hs or None)
    return line


# stands for the order's date in a line plan's reason: a line plan serves every date of its rule period, and the batch
# writes each row's own date in its place (PlanRegistry.why_column)
DATE_MARK = "\x00date\x00"


def duty_terms(p: OrderPlan, hs: str | None) -> tuple:
    """quote's duty terms of a line with this HS code under order plan `p` (a pack with customs), and why
    they are unknown when they are (quote's message, DATE_MARK where it names the date)."""
    q = copy.copy(p.quote)              # the plan's own quote is shared: the mark is set on a copy
    q.date_said = DATE_MARK
    line = _plan_line(hs)
    return q.duty_terms(line, q.ctx(line), q.pack.customs.countries.get(q.dest))


def line_plan(p: OrderPlan, hs: str | None) -> LinePlan:
    """The static part of a line with this HS code (or none) under order plan `p`."""
    q = p.quote
    line = _plan_line(hs)
    ctx = q.ctx(line)
    lp = LinePlan(True, subheading=hs[:6] if hs else "")
    if q.pack.customs is not None:
        lp.duty_excluded = q.excluded(p.duty_relief_obj, ctx) is not None
        terms, lp.why = duty_terms(p, hs)
        rates = tuple(_term(t) for t in terms) if terms is not None else None
        lp.duty = None if rates is None or any(r is None for r in rates) else rates
        lp.duty_id = -1 if lp.duty is None else intern(lp.duty)
        if lp.duty is None and terms is not None:
            lp.supported = False           # a specific or compound duty: quote() computes it
        lp.flats = tuple(f.when is None or f.when.matches(ctx) for f in p.flats)
    lp.regime_excluded = tuple(q.regime_excludes(r, line) for r in p.regime_objs)
    if p.has_vat:
        lp.tax_excluded = q.excluded(p.tax_relief_obj, ctx) is not None
        rates = []
        for regime in [None, *p.regime_objs]:
            _, _, rate = q.vat_rate(ctx, p.vat_country, regime)
            rates.append((rate, format_percent(rate)))
        lp.vat = tuple(rates)
        lp.vat_ids = tuple(intern(v) for v in lp.vat)
        limit, *others = (q.reduced_rate(ctx, p.vat_country, regime=regime)[2] for regime in [None, *p.regime_objs])
        if any(other is not limit for other in others):   # a regime meets another per-unit limit: quote() decides
            lp.vat_supported = False
        elif limit is not None:            # a rate limited by value per unit: the kernel compares each line
            cap = limit.value.amount * 100
            if limit.value.currency != q.cur or cap % 1:
                lp.vat_supported = False   # a limit in another currency, or not in whole cents: quote() decides
            else:
                lp.vat_cap = int(cap)
                above = []
                for regime in [None, *p.regime_objs]:
                    _, _, rate = q.vat_rate(ctx, p.vat_country, regime, unit_value=Decimal("Infinity"))
                    above.append((rate, format_percent(rate)))
                lp.vat_above_ids = tuple(intern(v) for v in above)
    return lp
