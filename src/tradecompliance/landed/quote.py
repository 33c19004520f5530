"""quote(order) -> LandedCost. One pass over the order, driven entirely by the destination's pack:

1. exchange rate (the table and rate day customs prescribe)        4. collection regime (IOSS, UK <=135 ...)
2. customs value per line (CIF or FOB, transport apportioned)      5. duty per line (tariff, preference, additional, flat)
3. duty and tax reliefs (de minimis on the country's basis)        6. import VAT/GST per line on the country's base
Amounts are exact Decimals, rounded where and how the pack says."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from ..currency.fx import customs_rates, rate_day
from ..errors import RateNotFound
from ..models import LineItem, Order
from ..money import quantize
from ..packs.conditions import Context, in_places
from ..packs.loader import Pack, RuleSet, load_rules
from ..packs.schema import Relief
from ..packs.values import Dated, active, at, format_percent
from .duty_expr import DutyExpressionError, parse_duty
from .result import Charge, FxUsed, LandedCost, LineCost, Totals
from .tariffs import UNKNOWN, Schedule, TariffError, schedule
from .valuation import CENT, ZERO, added_to_vat_base, apportioned, converted, line_customs_values
from .valuation import shares as line_shares

# who collects the import VAT under a regime's `collects`
COLLECTED = {"vat_at_checkout": "checkout", "reverse_charge": "reverse_charge", "border": "border"}


def _unverified(entry: Dated) -> str:
    """The note a decision carries when its dated entry is flagged unverified in the pack ("" otherwise)."""
    if not entry.unverified:
        return ""
    return f" [unverified{': ' + entry.note if entry.note else ''}]"


@dataclass(frozen=True)
class DutyTerm:
    """One duty a line pays: its expression and what the charge cites."""

    expr: str
    rule: str
    ref: str
    source: str | None
    unverified: bool
    kind: str  # duty | additional_duty
    on: str = "customs_value"  # or "duties": charged on the duties listed before it on the line


def quote(order: Order | dict[str, Any], *, rules: RuleSet | None = None) -> LandedCost:
    """Duties and import taxes of one order, explained. Raises InvalidInput for a bad order."""
    order = Order.parse(order)
    rules = rules or load_rules()
    return _Quote(order, rules).run()


_LINES_SHOWN = 12


def _lines_named(sched, code: str, when) -> str:
    """For a code with no row of its own: the bundled lines under it and their rates, which the line's full code
    chooses among (": the rate depends on the line; give the line's full code (bundled under it: 65050001 9.4%,
    ...)"), or "" where none is bundled."""
    lines = sched.lines_under(code, when)
    if not lines:
        return ""
    more = f" and {len(lines) - _LINES_SHOWN} more" if len(lines) > _LINES_SHOWN else ""
    if len({r.duty for r in lines}) == 1:
        # one rate on every line bundled, but the schedule need not hold every line of the subheading
        codes = ", ".join(r.code for r in lines[:_LINES_SHOWN])
        return f": give the line's full code (every line bundled under it is {lines[0].duty}: {codes}{more}; not every line may be bundled)"
    shown = ", ".join(f"{r.code} {r.duty}" for r in lines[:_LINES_SHOWN])
    return f": the rate depends on the line; give the line's full code (bundled under it: {shown}{more})"


def tariff_name(customs, local) -> str | None:
    """The tariff schedule a pack's customs rules use for a country (`local`: its entry in `customs.countries`)."""
    return (local.tariff if local and local.tariff else None) or customs.tariff


def tariff_schedule(rules: RuleSet, destination: str) -> Schedule | None:
    """The tariff schedule quotes to `destination` read duties from (None: its pack has none, or it cannot be read)."""
    pack = rules.pack_for(destination)
    customs = pack.customs if pack else None
    name = tariff_name(customs, customs.countries.get(destination.upper())) if customs else None
    if not name:
        return None
    try:
        return schedule(name)
    except TariffError:
        return None


def _free(row) -> bool:
    """Whether a tariff row is a rate of nothing ("Free", "0%"): no preference can lower it."""
    return row is not None and row.duty != UNKNOWN and parse_duty(row.duty).is_zero()


def rated(sched: Schedule, code: str, when: dt.date) -> bool:
    """Whether `sched` gives `code` a rate on `when` (no row, or an `unknown` row: a subheading whose national lines
    differ in rate, is none)."""
    row = sched.find(code, when)
    return row is not None and row.duty != UNKNOWN


class _Quote:
    def __init__(self, order: Order, rules: RuleSet):
        self.o = order
        self.rules = rules
        self.dest = order.destination_country
        self.pack: Pack | None = rules.pack_for(self.dest)
        self.groups = rules.groups_at(order.date)
        self.decisions: list[str] = []
        self.charges: list[Charge] = []
        self.errors: list[str] = []
        self._rates: dict[tuple[str, str], Decimal] = {}
        self._contexts: dict[int, tuple] = {}  # id(line) -> (line, its context); None: the order
        # by relief ("duty", "import tax"): whether the charge is owed only because an unverified relief entry (a
        # removal or a lower limit not yet fixed in law) takes the consignment out of a relief that held before it;
        # every such charge carries the flag
        self._owed_through_unverified: dict[str, bool] = {}
        self._unverified_duty_lines: set[int] = set()   # lines with a duty charge flagged unverified
        # how a reason names the order's date: the date itself, or a mark the batch fills with each row's own date
        # (a line plan's reason serves every date of its rule period: batch_plan.DATE_MARK)
        self.date_said: str | None = None

    # ------------------------------------------------------------------ helpers
    def result(self, status: str, **kw: Any) -> LandedCost:
        return LandedCost(
            order_id=self.o.id, status=status, errors=self.errors, destination=self.dest, date=self.o.date,
            incoterm=self.o.incoterm, payer="seller" if self.o.incoterm == "DDP" else "buyer", currency=self.o.currency,
            charges=self.charges, decisions=self.decisions, packs=self.rules.versions(), **kw,
        )

    def ctx(self, line: LineItem | None) -> Context:
        """What conditions see of a line (or of the order), built once per line: reliefs, tariff, regimes
        and VAT all ask."""
        key = id(line)
        found = self._contexts.get(key)
        if found is None or found[0] is not line:
            found = self._contexts[key] = (line, self._context(line))
        return found[1]

    def _context(self, line: LineItem | None) -> Context:
        return Context.for_line(self.o, line, self.groups)

    @property
    def date_text(self) -> str:
        """The order's date as a reason names it (`date_said`, else the date)."""
        return self.date_said or str(self.o.date)

    @property
    def duty_step(self) -> Decimal:
        """The quantum duties and fees are rounded to, in the destination currency."""
        return self.pack.customs.rounding.step(self.cur)

    def rate(self, base: str, quote: str) -> Decimal:
        """Customs rate base->quote on the rate day, looked up once per pair per order."""
        key = (base, quote)
        if key not in self._rates:
            self._rates[key] = Decimal(1) if base == quote else self.fx_table.quote(base, quote, self.fx_day).rate
        return self._rates[key]

    def to(self, amount: Decimal, currency: str) -> Decimal:
        """Order-currency amount into `currency` at the customs rate (unrounded)."""
        return amount * self.rate(self.o.currency, currency)

    def from_currency(self, amount: Decimal, currency: str) -> Decimal:
        """An amount in `currency` (a specific duty, a threshold) into the destination currency."""
        return amount * self.rate(currency, self.cur)

    def charge(self, kind: str, name: str, line: int | None, amount: Decimal, entry: Dated | None, rule: str,
               collected: str, base: Decimal | None = None, rate: str | None = None, ref: str | None = None,
               source: str | None = None, unverified: bool = False, working: str | None = None) -> None:
        unverified = unverified or bool(entry and entry.unverified) or (kind == "duty" and self._owed_through_unverified.get("duty", False))
        if kind == "duty" and unverified and line is not None:
            self._unverified_duty_lines.add(line)
        self.charges.append(Charge(
            kind=kind, name=name, line=line, amount=amount, currency=self.cur, base=base, rate=rate, working=working,
            rule=rule, ref=ref or (str(entry.ref) if entry else ""), source=source or (entry.source if entry else None),
            pack=self.pack.label, collected=collected, unverified=unverified,
        ))

    def _relieved_before(self, relief: Relief, entry: Dated, values: dict[str, Decimal]) -> bool:
        """Whether an unverified relief entry (a removal, a lower limit) is all that takes this consignment out of
        the relief: the last verified entry before it, in the same timeline, would have relieved it."""
        if not entry.unverified or relief.basis not in values:
            return False
        for timeline in [relief.amount, *(case.amount for case in relief.cases or ())]:
            verified = None          # the last verified entry met so far in this timeline
            for e in timeline or ():
                if e is entry:
                    return verified is not None and verified.value is not None and self._within(relief, verified.value, values)[1]
                if not e.unverified:
                    verified = e
        return False

    def _within(self, relief: Relief, limit, values: dict[str, Decimal]) -> tuple[Decimal, bool]:
        """The consignment's measure on the relief's basis, in the limit's currency, and whether the limit holds it."""
        measured = self.to(values[relief.basis], limit.currency)
        return measured, (measured <= limit.amount if relief.inclusive else measured < limit.amount)

    def relief_amount(self, relief: Relief) -> Dated | None:
        """The relief's threshold in force: the first case whose condition the consignment meets, else the default."""
        if not relief.cases:
            return at(relief.amount, self.o.date)
        order_ctx = self.ctx(None)
        for case in relief.cases:
            if case.when.matches(order_ctx):
                entry = at(case.amount, self.o.date)
                if entry is not None:
                    return entry
        return at(relief.amount, self.o.date)

    def excluded(self, relief, ctx: Context):
        """The first exclusion of a relief or uplift (in force on the order date) that this line meets, or None."""
        if relief is None:
            return None
        return next((x for x in relief.exclusions if (x.since is None or x.since <= self.o.date) and x.when.matches(ctx)), None)

    # ------------------------------------------------------------------ the rules in force for this order
    def valuation(self):
        """(the valuation rule, its basis entry in force, the consumer-value factor entry or None)."""
        customs = self.pack.customs
        local = customs.countries.get(self.dest) if customs else None
        valuation = (local.valuation if local and local.valuation else None) or (customs.valuation if customs else None)
        basis_entry = at(valuation.basis, self.o.date) if valuation else None
        factor_entry = (at(valuation.consumer_value_factor, self.o.date)
                        if valuation and valuation.consumer_value_factor and self.o.buyer_type == "consumer" else None)
        return valuation, basis_entry, factor_entry

    def duty_relief(self) -> Relief | None:
        customs = self.pack.customs
        local = customs.countries.get(self.dest) if customs else None
        return (local.duty_relief if local and local.duty_relief else None) or (customs.duty_relief if customs else None)

    def vat_country(self):
        """(the VAT rates of the destination or its subdivision, the import tax relief)."""
        vat = self.pack.vat
        country = vat.rates.get(self.o.destination_subdivision or "") or vat.rates.get(self.dest)
        return country, (country.relief if country and country.relief else None) or vat.relief

    def fees_in_force(self):
        """(fee, amount entry) of the border fees in force whose condition the order meets."""
        order_ctx = self.ctx(None)
        return [(fee, entry) for fee in self.pack.customs.fees
                if (entry := at(fee.amount, self.o.date)) is not None and entry.value is not None
                and (fee.when is None or fee.when.matches(order_ctx))]

    def flats_in_force(self):
        """(flat duty, amount entry) of the flat duties in force on the order date."""
        return [(flat, entry) for flat in self.pack.customs.flat_duties
                if (entry := at(flat.amount, self.o.date)) is not None and entry.value is not None]

    def relief_applies(self, relief: Relief | None, what: str, *, values: dict[str, Decimal]) -> tuple[bool, Dated | None]:
        """Is the consignment within a de minimis measured on a value basis? Records the decision."""
        if relief is None:
            return False, None
        entry = self.relief_amount(relief)
        if entry is None or entry.value is None:
            if entry is not None:
                self.decisions.append(f"no {what} de minimis on {self.o.date} ({entry.ref}){_unverified(entry)}")
                self._owed_through_unverified[what] = self._relieved_before(relief, entry, values)
            return False, entry
        if relief.basis not in values:
            return False, entry  # amount-based reliefs are checked after computing the amount
        limit = entry.value
        measured, inside = self._within(relief, limit, values)
        if not inside:
            self._owed_through_unverified[what] = self._relieved_before(relief, entry, values)
        cmp = ("<=" if relief.inclusive else "<") if inside else (">" if relief.inclusive else ">=")
        self.decisions.append(
            f"{what} de minimis: {relief.basis.replace('_', ' ')} {quantize(measured)} {limit.currency} {cmp} {limit}: "
            f"{'relieved' if inside else 'not relieved'} ({entry.ref}){_unverified(entry)}"
        )
        return inside, entry

    def amount_relief(self, relief: Relief | None, basis: str, kinds: tuple[str, ...], total: Decimal) -> bool:
        """A de minimis on the amount assessed (CH: duty or tax of CHF 5 or less; NZ before Dec 2019: duty and
        GST under NZD 60): when the assessed total is within it, those charges are dropped. Records the decision."""
        if relief is None or relief.basis != basis:
            return False
        entry = self.relief_amount(relief)
        if entry is None or entry.value is None:
            return False
        limit = self.from_currency(entry.value.amount, entry.value.currency)
        inside = total <= limit if relief.inclusive else total < limit
        what = basis.replace("_amount", "").replace("_", " ")
        cmp = ("<=" if relief.inclusive else "<") if inside else (">" if relief.inclusive else ">=")
        self.decisions.append(f"{what} assessed {total} {self.cur} {cmp} {entry.value}: {'not collected' if inside else 'collected'} ({entry.ref})")
        if inside:
            self.charges = [c for c in self.charges if c.kind not in kinds]
        return inside

    # ------------------------------------------------------------------ the algorithm
    def prepare(self) -> str | None:
        """The pack, the destination currency and the customs exchange rate (`self.fx`); the status that
        ends the quote here (unsupported_destination, fx_unknown), or None to go on."""
        if self.pack is None or (self.pack.customs is None and self.pack.vat is None):
            self.errors.append(f"no rule pack covers imports into {self.dest}")
            return "unsupported_destination"
        self.cur = self.rules.currency_of(self.dest, self.o.date)
        customs = self.pack.customs
        fx_rule = customs.fx if customs else None
        self.fx_table = customs_rates()
        self.fx_day = rate_day(self.pack.fx_rate_day, self.o.date)
        try:
            q = self.fx_table.quote(self.o.currency, self.cur, self.fx_day)
        except RateNotFound as exc:
            self.errors.append(str(exc))
            return "fx_unknown"
        self.fx = FxUsed(base=q.base, quote=q.quote, rate=q.rate, table=q.table, rate_date=q.rate_date,
                         rule=self.pack.fx_rate_day.replace("_", " "),
                         source=(str(fx_rule.ref) if fx_rule and fx_rule.ref else q.source))
        return None

    def run(self) -> LandedCost:
        status = self.prepare()
        if status == "unsupported_destination":
            return self.result(status)
        if status is not None:
            return self.result(status, destination_currency=self.cur)
        try:
            return self._compute(self.fx)
        except RateNotFound as exc:
            self.errors.append(str(exc))
            return self.result("fx_unknown", destination_currency=self.cur, fx=self.fx)

    def _compute(self, fx: FxUsed) -> LandedCost:
        o, customs, vat = self.o, self.pack.customs, self.pack.vat
        local = customs.countries.get(self.dest) if customs else None
        lines = o.lines
        goods = o.goods_value
        transport = o.shipping + o.insurance

        # 2. customs value per line
        valuation, basis_entry, factor_entry = self.valuation()
        basis = basis_entry.value if basis_entry else "CIF"
        weights = [line.net_weight_kg or line.gross_weight_kg for line in lines]
        by_weight = valuation is not None and valuation.apportion == "weight" and all(w is not None for w in weights) and sum(weights) > 0
        values_o = [line.value for line in lines]
        shares = line_shares(values_o, weights, by_weight)
        # transport_outside: transport and insurance outside the customs value (FOB) that a tax base may add back
        customs_values, self.transport_outside = line_customs_values(
            values_o, shares, transport, factor=factor_entry.value if factor_entry else None, cif=basis == "CIF",
            to=lambda amount: self.to(amount, self.cur))
        if basis_entry:
            extra = f", transport and insurance apportioned by {'weight' if by_weight else 'value'}" if basis == "CIF" and transport else ""
            self.decisions.append(f"customs value on {basis} basis{extra} ({basis_entry.ref})")
        if factor_entry:
            self.decisions.append(f"customs value of consumer purchases is {format_percent(factor_entry.value)} of the price ({factor_entry.ref})")

        values = {
            "consignment_intrinsic": goods,
            "consignment_with_transport": goods + transport,
            "customs_value": sum((self.from_order_value_back(v) for v in customs_values), ZERO),
            "item_intrinsic": max((line.unit_value for line in lines), default=ZERO),
        }

        # 3. collection regime
        regime = self._regime(values, goods)
        vat_collected = "border"
        if regime is not None:
            vat_collected = COLLECTED[regime.collects]
        if o.incoterm == "DDP" and vat_collected == "border":
            self.decisions.append("DDP: the seller pays duties and taxes at the border and recovers them at checkout")

        # 4. duty
        relief = self.duty_relief()
        duty_relieved, relief_entry = self.relief_applies(relief, "duty", values=values) if customs else (True, None)
        # a regime's own duty is collected with its tax (Brazil's Remessa Conforme: at checkout)
        duty_collected = "checkout" if regime is not None and regime.duty is not None and vat_collected == "checkout" else "border"
        # a relief charged on the excess: what the duty falls on once the threshold is passed (Ukraine)
        duty_bases = self._excess(relief, relief_entry, customs_values, "duty") if customs and not duty_relieved else customs_values
        regime_lines: list[int] = []
        results: list[LineCost] = []
        duties: list[Decimal | None] = []
        entry_filed = not duty_relieved  # a relieved consignment needs no formal entry unless a line is excluded
        for i, (line, cv) in enumerate(zip(lines, customs_values)):
            lc = LineCost(index=i, description=line.description, hs_code=line.hs_code, origin=line.origin_country or o.origin_country,
                          value=line.value, customs_value=cv)
            results.append(lc)
            if customs is None:
                duties.append(ZERO)
                continue
            ctx = self.ctx(line)
            excluded = self.excluded(relief, ctx) if duty_relieved else None
            if duty_relieved and excluded is None:
                duties.append(quantize(ZERO, self.duty_step))
                continue
            if excluded is not None:
                self.decisions.append(f"line {i}: {excluded.reason} ({excluded.ref})")
                entry_filed = True
            if regime is not None and regime.duty is not None:
                duties.append(self._apply(i, line, duty_bases[i], regime.duty, f"duty under {regime.name}", duty_collected, str(regime.ref), None, False, "duty"))
                regime_lines.append(i)
                continue
            duties.append(self._line_duty(i, line, duty_bases[i], ctx, local, duty_collected))
        if regime is not None and regime.duty_deduction is not None and regime_lines:
            self._deduct(regime, regime_lines, duties, customs_values, duty_collected)
        flat = self._flat_duties(lines, duty_relieved, duty_collected) if customs else ZERO
        amount_reliefs = (relief, customs.assessed_relief) if customs else ()  # checked once the amounts are known
        if all(d is not None for d in duties) and any(self.amount_relief(
                r, "duty_amount", ("duty", "additional_duty", "flat_duty"), sum(duties, ZERO) + flat) for r in amount_reliefs):
            duties, flat = [ZERO] * len(lines), ZERO
        fees, taxable_fee = self._fees(entry_filed, duty_relieved, customs_values, lines) if customs else (ZERO, ZERO)

        # 5. VAT / GST
        vat_values: list[Decimal | None] = []
        if vat is None:
            vat_values = [ZERO] * len(lines)
            self.decisions.append(f"{self.pack.label} defines no import VAT/GST for {self.dest}")
        else:
            country, vrelief = self.vat_country()
            tax_less = [ZERO] * len(lines)      # what a relief charged on the excess takes off each line's base
            if vat_collected == "border":
                tax_relieved, tax_entry = self.relief_applies(vrelief, "import tax", values=values)
                if not tax_relieved:
                    tax_less = [cv - b for cv, b in zip(customs_values, self._excess(vrelief, tax_entry, customs_values, "import tax"))]
            else:  # a sale-time regime replaces the border relief: the seller charges the tax on the sale
                tax_relieved = False
            # a border fee is in the import VAT's base (CGI art. 292, VAT Directive art. 86(1)(a)), not in the base
            # of VAT a seller charges on the sale at checkout (IOSS, UK, AU/NZ, VOEC), which the fee comes after
            taxable_fees = taxable_fee if "fees" in vat.base and vat_collected != "checkout" else ZERO
            flat_share = [added_to_vat_base(flat, taxable_fees, s) for s in shares]
            for i, (line, cv, duty) in enumerate(zip(lines, customs_values, duties)):
                ctx = self.ctx(line)
                if duty is None:
                    vat_values.append(None)
                    continue
                excluded = self.excluded(vrelief, ctx) if tax_relieved else None
                if tax_relieved and excluded is None:
                    vat_values.append(ZERO)
                    continue
                if country is None or at(country.standard, o.date) is None:
                    results[i].status, results[i].error = "rate_unknown", (
                        f"no VAT/GST rate for {self.dest} in pack {self.pack.label}" if country is None
                        else f"no VAT/GST rate for {self.dest} in force on {o.date} in pack {self.pack.label}")
                    vat_values.append(None)
                    continue
                vat_values.append(self._line_vat(i, line, cv, duty + flat_share[i], ctx, country, vat, vat_collected, results[i], regime,
                                                 with_fees=taxable_fees > 0, less=tax_less[i]))
            # amount-based relief (e.g. tax not collected when it is at most CHF 5)
            if all(v is not None for v in vat_values) and self.amount_relief(vrelief, "tax_amount", ("vat",), sum(vat_values, ZERO)):
                vat_values = [ZERO] * len(lines)
        if amount_reliefs and all(v is not None for v in duties + vat_values):
            assessed = sum(duties, ZERO) + flat + sum(vat_values, ZERO)
            if any(self.amount_relief(r, "duty_and_tax_amount", ("duty", "additional_duty", "flat_duty", "vat", "fee"), assessed)
                   for r in amount_reliefs):
                duties, vat_values = [ZERO] * len(lines), [ZERO] * len(lines)

        for lc, duty, tax in zip(results, duties, vat_values):
            lc.duty, lc.vat = duty, tax
            if duty is None or tax is None:
                lc.status = "rate_unknown"
        if any(lc.status != "ok" for lc in results):
            self.errors.extend(f"line {lc.index}: {lc.error}" for lc in results if lc.error)
            return self.result("rate_unknown", destination_currency=self.cur, fx=fx, lines=results,
                               regime=regime.id if regime else None, regime_name=regime.name if regime else None)

        totals = self._totals(results, customs_values, goods, transport)
        back = self._back(totals, fx)
        return self.result("ok", destination_currency=self.cur, fx=fx, lines=results, totals=totals, totals_order_currency=back,
                           regime=regime.id if regime else None, regime_name=regime.name if regime else None)

    def from_order_value_back(self, dest_amount: Decimal) -> Decimal:
        """A destination-currency amount back in the order currency (for thresholds on customs value)."""
        return dest_amount / self.rate(self.o.currency, self.cur)

    def regime_candidates(self, record: bool = True):
        """(regime, ceiling entry) of the pack's regimes this order may use, before line exclusions and the
        ceiling test: in force on the date, for this destination, its condition met, registration held."""
        out = []
        for r in (self.pack.regimes.regimes if self.pack.regimes is not None else []):
            if r.countries is not None and self.dest not in r.countries:
                continue
            entry = at(r.ceiling, self.o.date)
            if entry is None or entry.value is None:
                continue
            if r.when is not None and not r.when.matches(self.ctx(None)):
                continue
            if r.requires_registration and not self.o.registration(r.requires_registration):
                if record:
                    self.decisions.append(f"{r.name}: not used, the order carries no {r.requires_registration} registration")
                continue
            out.append((r, entry))
        return out

    def regime_excludes(self, r, line: LineItem) -> bool:
        return any(x.when.matches(self.ctx(line)) for x in r.exclusions)

    def _regime(self, values: dict[str, Decimal], goods: Decimal):
        for r, entry in self.regime_candidates():
            bad = [i for i, line in enumerate(self.o.lines) if self.regime_excludes(r, line)]
            if bad:
                self.decisions.append(f"{r.name}: not used, line(s) {bad} excluded ({r.exclusions[0].reason})")
                continue
            if entry.value == "unlimited":
                self.decisions.append(f"{r.name}: no value ceiling ({r.ref})")
                return r
            measured = self.to(values.get(r.basis, goods), entry.value.currency)
            within = measured <= entry.value.amount if r.inclusive else measured < entry.value.amount
            if not within:
                self.decisions.append(f"{r.name}: not used, {r.basis.replace('_', ' ')} {quantize(measured)} {entry.value.currency} {'>' if r.inclusive else '>='} {entry.value} ({entry.ref})")
                continue
            self.decisions.append(f"{r.name}: {r.basis.replace('_', ' ')} {quantize(measured)} {entry.value.currency} {'<=' if r.inclusive else '<'} {entry.value} ({r.ref})")
            return r
        return None

    def duty_terms(self, line: LineItem, ctx: Context, local) -> tuple[list[DutyTerm] | None, str]:
        """The duties a line pays on its customs value (the tariff row or preference, then each additional
        duty in force), each charged and rounded on its own; or (None, why the rate is unknown)."""
        customs = self.pack.customs
        name = tariff_name(customs, local)
        code = line.hs_code
        if not code:
            return None, "no HS code on the line: classify it first"
        if not name:
            return None, (f"pack {self.pack.label} bundles no tariff for {self.dest}: the duty on {code} is unknown "
                          "(load a schedule with `tradecompliance tariffs import` or add data/tariffs rows)")
        try:
            sched = schedule(name)
        except TariffError as exc:
            return None, str(exc)
        row, label = sched.find(code, self.o.date), "general (MFN) rate"
        origin = ctx.origin
        agreement_wide = None   # an agreement's duty for every originating good where no row names the agreement
        pref, outside = self._claim(line, origin)
        if outside is not None:
            label = f"general (MFN) rate ({pref.agreement} gives no preference under {outside})"
            pref = None
        if pref is not None:
            under = pref.unbundled(code)   # where the agreement's rate does not hold (`unknown_under`)
            prow = sched.find(code, self.o.date, pref.agreement)
            if prow is not None:
                row, label = prow, f"preferential rate under {pref.agreement}"
            elif pref.duty is not None and (pref.duty.strip().lower() == UNKNOWN or under):
                if not _free(row):
                    # the agreement's rate is below the general one or equal to it: which, the bundled rows do not say
                    general = (f"the general rate is {row.duty} ({row.ref})" if row is not None and row.duty != UNKNOWN
                               else "no general rate is bundled either")
                    note = f" ({pref.note})" if pref.note else ""
                    which = (f"its {pref.duty} holds for other goods, its rates under {under} are not bundled" if under
                             else "the agreement's rates are not bundled")
                    return None, (f"no {pref.agreement} rate for {code} in tariff schedule {name!r} ({pref.agreement} claimed, origin "
                                  f"{origin}): {which}{note}; {general}")
                label = f"general (MFN) rate, already free (the {pref.agreement} claim lowers nothing)"
            elif pref.duty is not None:
                agreement_wide = DutyTerm(pref.duty, f"preferential rate under {pref.agreement} ({pref.agreement}, origin {origin})",
                                          str(pref.ref), None, False, "duty")
        if agreement_wide is not None:
            terms = [agreement_wide]
        elif row is None:
            return None, f"no duty rate for {code} in tariff schedule {name!r} on {self.date_text}{_lines_named(sched, code, self.o.date)}"
        elif row.duty == UNKNOWN:
            # a rate that changed to one not bundled, or a subheading whose national lines differ in rate: the row says which
            what = "duty rate" if not row.agreement or pref is None else f"rate under {pref.agreement} (preference claimed)"
            return None, f"no {what} for {code} in tariff schedule {name!r} on {self.date_text}: none is bundled for {row.code} from {row.valid_from} ({row.ref}; {row.source})"
        else:
            terms = [DutyTerm(row.duty, f"{label} for {code[:len(row.code)]} in {name}", row.ref, row.source, not row.verified, "duty")]
        # additional duties apply beside a preference too (section 232 on USMCA vehicles, surtaxes on CUSMA goods)
        for add in customs.additional_duties:
            entry = at(add.duty, self.o.date)
            if entry is None or entry.value is None or not add.when.matches(ctx):
                continue
            if entry.value.strip().lower() == UNKNOWN:
                note = f"; {entry.note}" if entry.note else ""
                return None, f"{add.name} applies to {code} on {self.date_text} at a rate not bundled ({entry.ref}{note}; {entry.source})"
            terms.append(DutyTerm(entry.value, f"{add.name} ({add.kind.replace('_', ' ')})", str(entry.ref), entry.source, entry.unverified,
                                  "additional_duty", add.on))
        return terms, ""

    def _agreement(self, line: LineItem, origin: str | None):
        """The pack's agreement with the line's origin in force on the order date, where the line claims a preference
        (else None)."""
        if not line.preference_claimed:
            return None
        return next((p for p in self._partnered(origin) if active(p, self.o.date)), None)

    def _claim(self, line: LineItem, origin: str | None) -> tuple:
        """The agreement a claimed line is under (`_agreement`), and the prefix of its `excluding` the line's code
        falls under, on which it pays the general rate (else None)."""
        pref = self._agreement(line, origin)
        return pref, (pref.excluded(line.hs_code) if pref is not None and line.hs_code else None)

    def _partnered(self, origin: str | None) -> list:
        """The pack's agreements (on any day) with `origin`."""
        return [p for p in self.pack.customs.preferences if in_places(origin, p.partners, self.groups)]

    def _line_duty(self, i: int, line: LineItem, cv: Decimal, ctx: Context, local, collected: str) -> Decimal | None:
        pref, outside = self._claim(line, ctx.origin)
        if line.preference_claimed and pref is None:
            other_days = self._partnered(ctx.origin)
            if other_days:
                days = "; ".join(f"{p.agreement} applies {p.days()} ({p.ref})" for p in other_days)
                self.decisions.append(f"line {i}: preference claimed, but no agreement of pack {self.pack.label} with origin "
                                      f"{ctx.origin} applies on {self.o.date} ({days}): the general rate applies")
            else:
                names = ", ".join(dict.fromkeys(p.agreement for p in self.pack.customs.preferences)) or "none"
                self.decisions.append(f"line {i}: preference claimed, but pack {self.pack.label} has no agreement with origin "
                                      f"{ctx.origin or 'unknown'} (its agreements: {names}): the general rate applies")
        elif outside is not None:
            self.decisions.append(f"line {i}: {pref.agreement} claimed (origin {ctx.origin}), but it gives no preference on "
                                  f"goods under {outside} ({pref.ref}): the general rate applies")
        terms, why = self.duty_terms(line, ctx, local)
        if terms is None:
            self._unknown(i, why)
            return None
        duty = tariff = None
        for t in terms:
            if t.on == "top_up":
                amount = self._top_up(i, cv, t, tariff if tariff is not None else ZERO, collected)
            else:
                base = cv if t.on == "customs_value" else (duty if duty is not None else ZERO)
                amount = self._apply(i, line, base, t.expr, t.rule, collected, t.ref, t.source, t.unverified, t.kind)
            if amount is None:
                return None
            duty = amount if duty is None else duty + amount
            tariff = duty if tariff is None else tariff
        return duty

    def _top_up(self, i, cv: Decimal, t: DutyTerm, tariff: Decimal, collected: str) -> Decimal:
        """What lifts the line's tariff duty to `t`'s rate of the customs value (none where it already reaches it):
        the floor rounded as the pack rounds, less the tariff duty, so the two add up to the floor to the cent."""
        expr = parse_duty(t.expr)
        floor = quantize(expr.worked(cv, {}, self.from_currency)[0], self.duty_step, self.pack.customs.rounding.mode)
        amount = floor - tariff if floor > tariff else quantize(ZERO, self.duty_step)
        working = (f"{expr.text} of {cv} = {floor}, less the tariff duty {tariff}: {amount}" if amount
                   else f"the tariff duty {tariff} reaches {expr.text} of {cv} ({floor}): nothing to add")
        self.charge(t.kind, t.rule, i, amount, None, t.rule, collected, base=cv, rate=f"{expr.text} including the tariff duty",
                    ref=t.ref, source=t.source, unverified=t.unverified, working=working)
        return amount

    def _apply(self, i, line, cv, expr_text, rule, collected, ref, source, unverified, kind) -> Decimal | None:
        try:
            expr = parse_duty(expr_text)
            quantities = line.duty_quantities()
            if expr.parts:      # a part's value, stated in the order currency, converted as the line's value is
                quantities.update({f"part:{k}": self.from_currency(v, self.o.currency) for k, v in line.part_values.items()})
            raw, working = expr.worked(cv, quantities, self.from_currency, explain=not expr.plain)
        except DutyExpressionError as exc:
            self._unknown(i, str(exc))
            return None
        amount = quantize(raw, self.duty_step, self.pack.customs.rounding.mode)
        self.charge(kind, "customs duty" if kind == "duty" else rule, i, amount, None, rule, collected,
                    base=cv, rate=expr.text, ref=ref, source=source, unverified=unverified, working=working)
        return amount

    def _excess(self, relief: Relief | None, entry: Dated | None, customs_values: list[Decimal], what: str) -> list[Decimal]:
        """Each line's base once a relief charged on the excess (`charged_on: excess`) is passed: its customs value
        less its share of the threshold (in the destination currency, to the cent), shared by customs value, the last
        line taking the remainder so the shares add up to the threshold; never below zero. The customs values
        themselves for any other relief."""
        if relief is None or relief.charged_on != "excess" or entry is None or entry.value is None:
            return customs_values
        allowance = min(quantize(self.from_currency(entry.value.amount, entry.value.currency), CENT), sum(customs_values, ZERO))
        parts = apportioned(allowance, customs_values)
        self.decisions.append(f"{what} charged on the excess over the de minimis: {entry.value} ({allowance} {self.cur}) "
                              f"taken off the base, shared by customs value ({entry.ref}){_unverified(entry)}")
        return [max(cv - part, ZERO) for cv, part in zip(customs_values, parts)]

    def _deduct(self, regime, idx: list[int], duties: list, customs_values: list[Decimal], collected: str) -> None:
        """Take the regime's deduction off the consignment's duty (never below zero), shared by customs value;
        the last line takes the rounding remainder, so the parts add up to the deduction exactly."""
        if any(duties[i] is None for i in idx):
            return
        d = regime.duty_deduction
        total = sum((duties[i] for i in idx), ZERO)
        ded = min(quantize(self.from_currency(d.amount, d.currency), CENT), total)
        parts = apportioned(ded, [customs_values[i] for i in idx])
        carry = ZERO
        for i, part in reversed(list(zip(idx, parts))):      # a part larger than its line's duty passes the rest on
            part += carry
            take = min(part, duties[i])
            carry = part - take
            if take:
                duties[i] -= take
                self.charge("duty", f"deduction under {regime.name}", i, -take, None,
                            f"{d} off the consignment's duty, shared by customs value", collected, ref=str(regime.ref))
        self.decisions.append(f"{regime.name}: {ded} {self.cur} ({d}) deducted from the duty ({regime.ref})")

    def _flat_duties(self, lines, duty_relieved: bool, collected: str) -> Decimal:
        total = ZERO
        for flat, entry in self.flats_in_force():
            if flat.applies == "within_duty_relief" and not duty_relieved:
                continue
            hit = [line for line in lines if flat.when is None or flat.when.matches(self.ctx(line))]
            if not hit:
                continue
            if flat.per == "distinct_subheading":
                count = self._subheadings(flat.name, hit)
            else:
                count = 1 if flat.per == "consignment" else len(hit)
            amount = quantize(self.from_currency(entry.value.amount, entry.value.currency) * count, self.duty_step)
            self.charge("flat_duty", flat.name, None, amount, entry, f"{entry.value} x {count} ({flat.per.replace('_', ' ')})", collected,
                        rate=f"{entry.value} per {flat.per.replace('_', ' ')}")
            total += amount
        return total

    def _subheadings(self, name: str, lines) -> int:
        """How many distinct 6-digit subheadings `lines` hold, a line without an HS code counting as one of its own
        (noted under `name`, the charge counted so)."""
        if any(not line.hs_code for line in lines):
            self.decisions.append(f"{name}: lines without HS code counted as one subheading each")
        return len({line.hs_code[:6] if line.hs_code else f"#{n}" for n, line in enumerate(lines)})

    def _fees(self, entry_filed: bool, duty_relieved: bool, customs_values: list[Decimal], lines) -> tuple[Decimal, Decimal]:
        """Border fees on the consignment (US merchandise processing fee, Italy's EUR 2 on low-value consignments,
        France's EUR 2 per subheading on them), on its customs value: (all of them, those VAT applies to).
        The thresholds (`above`, `up_to`) test the whole consignment; a fee's base leaves out the lines it exempts."""
        total = taxable = ZERO
        customs_value = sum(customs_values, ZERO)
        for fee, entry in self.fees_in_force():
            if fee.applies == "outside_duty_relief" and not entry_filed:
                continue
            if fee.applies == "within_duty_relief" and not duty_relieved:
                continue
            if fee.above is not None and customs_value <= self.from_currency(fee.above.amount, fee.above.currency):
                continue
            if fee.up_to is not None and customs_value > self.from_currency(fee.up_to.amount, fee.up_to.currency):
                continue
            expr = parse_duty(entry.value)
            base, charged, note = self._fee_base(fee, customs_values, lines)
            if not charged:
                self.decisions.append(f"{fee.name}: not charged, every line is exempt ({note})")
                continue
            per_sub = any(s.unit == "subheading" for s in expr.specifics)
            count = self._subheadings(fee.name, charged) if per_sub else None
            amount = quantize(expr.compute(base, {"subheading": count}, self.from_currency), self.duty_step)
            band = " ".join(x for x in (f"customs value above {fee.above}" if fee.above else "", f"up to {fee.up_to}" if fee.up_to else "") if x)
            counted = f" x {count} distinct subheading{'s' if count != 1 else ''}" if per_sub else ""
            # where exempt lines share the consignment and a minimum or maximum binds, how CBP divides it between
            # them is not encoded: the fee is worked on the others alone and flagged
            bound = (len(charged) < len(lines) and expr.ad_valorem is not None and (expr.minimum or expr.maximum) is not None
                     and any(expr.compute(v, {"subheading": count}, self.from_currency) != expr.ad_valorem * v
                             for v in (base, customs_value)))
            self.charge("fee", fee.name, None, amount, entry, f"{fee.name}: {entry.value}{counted}{' (' + band + ')' if band else ''}"
                        f"{'; ' + note if note else ''}", "border", base=base, rate=entry.value, unverified=bound,
                        working=(f"{entry.value} of {base}, the customs value of the lines not exempt; the minimum or maximum "
                                 "binds, and its share between exempt and other goods is not encoded") if bound else None)
            total += amount
            taxable += amount if fee.taxable else ZERO
        return total, taxable

    def _fee_base(self, fee, customs_values: list[Decimal], lines) -> tuple[Decimal, list, str]:
        """(the customs value a fee is charged on, the lines it is charged for, what was left out and why):
        the lines its `exempt` condition takes (goods claiming USMCA from the US MPF) are not in its base."""
        if fee.exempt is None:
            return sum(customs_values, ZERO), list(lines), ""
        kept = [(line, cv) for line, cv in zip(lines, customs_values) if not fee.exempt.matches(self.ctx(line))]
        left = len(lines) - len(kept)
        note = (f"{left} line{'s' if left != 1 else ''} exempt, customs value "
                f"{quantize(sum(customs_values, ZERO) - sum((cv for _, cv in kept), ZERO), CENT)} {self.cur} left out") if left else ""
        return sum((cv for _, cv in kept), ZERO), [line for line, _ in kept], note

    def reduced_rate(self, ctx: Context, country, unit_value: Decimal | None = None, skipped: list | None = None, regime=None):
        """(the reduced rate that applies, its entry in force, its per-unit value limit) or Nones.
        A rate limited by value per unit is skipped when `unit_value` is above the limit (and noted
        in `skipped`, when given, with its limit). `regime`: the collection regime the order goes under, which a
        rate may name (an import's rate for art is not the rate of a sale through IOSS)."""
        if regime is not None:
            ctx = replace(ctx, regime=regime.id)
        for reduced in country.reduced:
            entry = at(reduced.rate, self.o.date)
            if entry is None or entry.value is None or not reduced.when.matches(ctx):
                continue
            limit = at(reduced.unit_value_max, self.o.date) if reduced.unit_value_max else None
            if limit is not None and limit.value is None:
                limit = None
            if limit is not None and unit_value is not None and unit_value > self.from_currency(limit.value.amount, limit.value.currency):
                if skipped is not None:
                    skipped.append((reduced, limit))
                continue
            return reduced, entry, limit
        return None, None, None

    def vat_rate(self, ctx: Context, country, regime=None, unit_value: Decimal | None = None) -> tuple[Dated, str, Decimal]:
        """(the rate entry in force, its name, the rate charged: the regime's tax factor applied).
        `unit_value`: the line's customs value per unit in the destination currency, for rates
        limited by value per piece (None: as if within every limit)."""
        chosen, name = at(country.standard, self.o.date), "standard rate"
        skipped: list = []
        reduced, entry, limit = self.reduced_rate(ctx, country, unit_value, skipped, regime)
        per_unit = f"customs value per unit {quantize(unit_value, CENT)} {self.cur}" if unit_value is not None and unit_value.is_finite() else "customs value per unit"
        if reduced is not None:
            chosen, name = entry, f"reduced rate ({reduced.name})"
            if limit is not None:
                if limit.unverified and not entry.unverified:
                    chosen = entry.model_copy(update={"unverified": True})
                name = f"reduced rate ({reduced.name}: {per_unit} not above {limit.value.amount} {limit.value.currency}, {limit.ref})"
        for passed, over in skipped:
            name += f" ({per_unit} above the {over.value.amount} {over.value.currency} of '{passed.name}', {over.ref})"
        rate = chosen.value
        if regime is not None and regime.tax_factor is not None:
            rate = rate * regime.tax_factor
            name = f"{name} {format_percent(chosen.value)} x {format_percent(regime.tax_factor)} under {regime.name}"
        return chosen, name, rate

    def _line_vat(self, i, line, cv, duty, ctx, country, vat, collected, lc, regime=None, with_fees=False, less=ZERO) -> Decimal:
        chosen, name, rate = self.vat_rate(ctx, country, regime, unit_value=cv / line.quantity)
        on_sale = regime is not None and regime.tax_base == "sale_price"
        carriage, uplift_text = ZERO, ""
        if on_sale:   # the goods' price alone (Malaysia's low-value goods tax): no transport, duty, fee or uplift
            base = quantize(self.to(line.value, self.cur), CENT)
        else:
            carriage = self.transport_outside[i] if "transport_to_destination" in vat.base else ZERO
            uplift, uplift_text = self._uplift(cv, ctx, vat)
            base = quantize(cv - less + (duty if "duty" in vat.base else ZERO) + carriage + uplift, CENT)
        if vat.tax_inclusive and rate < 1:
            base = quantize(base / (1 - rate), CENT)
            uplift_text += f", grossed up by 1/(1 - {format_percent(rate)}) as the tax is part of its own base"
        amount = quantize(base * rate, vat.rounding.step(self.cur), vat.rounding.mode)
        tax = country.tax_name or vat.tax_name
        lc.vat_rate = format_percent(rate)
        if collected == "reverse_charge":
            self.decisions.append(f"line {i}: {tax} {amount} {self.cur} accounted for by the business buyer (reverse charge)")
        # owed only through an unverified tax relief entry, or on a base holding a duty flagged unverified: as
        # uncertain as either
        on_unverified = self._owed_through_unverified.get("import tax", False) or (
            "duty" in vat.base and not on_sale and i in self._unverified_duty_lines)
        on = ("the goods' sale price (transport, insurance and duty left out)" if on_sale else
              f"customs value{f' less {less} (its share of the de minimis: taxed on the excess)' if less else ''}{' + duty' if 'duty' in vat.base else ''}{' + its share of the taxable fees' if with_fees else ''}"
              f"{' + international transport and insurance' if carriage else ''}{uplift_text}")
        self.charge("vat", f"import {tax}" if collected == "border" else tax, i, amount, chosen,
                    f"{tax} {name} {format_percent(rate)} on {on}", collected,
                    base=base, rate=format_percent(rate), unverified=on_unverified)
        return ZERO if collected == "reverse_charge" else amount

    def _uplift(self, cv: Decimal, ctx: Context, vat) -> tuple[Decimal, str]:
        """The share of the customs value the VAT base adds (South Africa's 10%), and how it reads."""
        entry = at(vat.uplift.rate, self.o.date) if vat.uplift else None
        if entry is None or entry.value is None:
            return ZERO, ""
        excluded = self.excluded(vat.uplift, ctx)
        if excluded is not None:
            return ZERO, f" (no uplift: {excluded.reason})"
        return quantize(cv * entry.value, CENT), f" + {format_percent(entry.value)} of customs value ({entry.ref})"

    def _unknown(self, i: int, message: str) -> None:
        self.errors.append(f"line {i}: {message}")

    def _totals(self, results: list[LineCost], customs_values, goods, transport) -> Totals:
        cur = self.cur
        duty = sum((c.amount for c in self.charges if c.kind in ("duty", "additional_duty", "flat_duty")), ZERO)
        vat = sum((c.amount for c in self.charges if c.kind == "vat" and c.collected != "reverse_charge"), ZERO)
        fees = sum((c.amount for c in self.charges if c.kind == "fee"), ZERO)
        checkout = sum((c.amount for c in self.charges if c.collected == "checkout"), ZERO)
        border = duty + vat + fees - checkout
        if self.o.incoterm == "DDP":
            checkout, border = duty + vat + fees, ZERO
        goods_d = converted(goods, lambda amount: self.to(amount, cur))
        transport_d = converted(transport, lambda amount: self.to(amount, cur))
        taxes = duty + vat + fees
        return Totals(currency=cur, goods=goods_d, transport_insurance=transport_d, customs_value=sum(customs_values, ZERO),
                      duty=duty, vat=vat, fees=fees, taxes_and_duties=taxes, landed_cost=goods_d + transport_d + taxes,
                      at_checkout=checkout, at_border=border)

    def _back(self, t: Totals, fx: FxUsed) -> Totals:
        if t.currency == self.o.currency:
            return t
        conv = {k: quantize(getattr(t, k) / fx.rate, CENT) for k in Totals.model_fields if k != "currency"}
        conv["goods"] = quantize(self.o.goods_value, CENT)
        return Totals(currency=self.o.currency, **conv)
