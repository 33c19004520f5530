"""Every order plan and line plan the vectorised quote has built for a rule set, numbered, with the values
the arithmetic needs kept as columns (one array entry per plan). A chunk of order lines then finds its plans
with array lookups and gathers their values with fancy indexing: Python runs once per *new* order setting
or (setting, HS code) pair, never once per chunk for each one it has seen before.

A line plan (exclusions, duty and VAT rates of an HS code) does not depend on the order currency, and
depends on the date only through the rules: orders whose dates fall between the same two rule changes
share it. The change dates are the dates written in what of the destination's pack can apply to goods of the
order's origin (not a rule whose condition names other destinations or other origins), the country groups its
conditions name and its tariff schedule (a rule's last day, `until`, changes things on the day after): a quote
reads nothing else that a date could change (`_Quote`: the pack of the destination, the groups on the order
date, the schedule). It depends on the origin only through the place lists the pack's conditions test
and on the buyer, carrier and registrations only where a condition of the pack tests them, so origins the
rules do not tell apart share it too where their periods agree (1M generated lines: 22,295 line plans -> 7,387;
6,785 -> 2,833 with the periods per destination and origin).

An order plan itself is shared by the dates of one rule period whose exchange rates agree: every rate the plan
reads (the order currency's into the destination's, the thresholds', fees' and flat duties' currencies, and
any the kernel asks later) is the same on their customs rate days. Orders in the destination's own currency
read no rate at all, so a year of dates costs one plan per setting and period, not one per day (1M lines dated
over a year: 62,743 order plans for the first 600,000 lines before). Another day's rates need a plan of their
own, rerated from the setting's first (`batch_plan.rerated`: the rules it chose, its amounts converted again), and
the kernel reads the values of those rules once per plan built afresh (`rule_col`)."""
from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from fractions import Fraction
from typing import Any, Callable

import numpy as np
import pandas as pd
from pydantic import BaseModel

from ..currency.fx import customs_rates, rate_day
from ..errors import RateNotFound
from ..ordertable import combine_codes, first_rows
from .batch_input import order_settings
from ..packs.conditions import Condition, in_places
from ..packs.nested import nested
from .batch_plan import DATE_MARK, LinePlan, OrderPlan, line_plan, order_plan, rerated
from .quote import tariff_name
from .tariffs import TariffError, schedule

_HS_SLOTS = 1 << 31           # line-plan keys are plan id x _HS_SLOTS + HS code id
_LIMIT = 200_000              # line plans (or reasons) kept before the registry starts afresh
# order-setting fields (batch_input's names) a condition may test, and the condition key that tests each
_TESTED_BY = (("buyer", "buyer"), ("carrier", "carrier"), ("registrations", "registered"), ("buyer_vat_id", "buyer_vat_id"),
              ("contents", "contents"))


def change_dates(rules, destination: str, origin: str | None = None) -> list[dt.date]:
    """Every date at which something a quote to `destination` (of goods from `origin`, when given) reads in the
    rules may change, sorted: the dates written in its pack's settings for it (its currency), in what of the pack can
    apply to it (`_parts_for`: not other countries' VAT rates, nor a rule whose condition names other destinations or
    other origins), in the country groups its conditions name and in its tariff schedule. A timeline's value, a rule's
    `since` and a condition's `before` change on their day, a rule's `until` (its last day, `packs.values.active`)
    on the day after."""
    return _DatedParts(rules, destination).dates_for(origin)


class _Found:
    """What a walk over rules found: the dates written (a rule's last day among them), those last days, and the
    countries and groups its conditions test a place against."""

    def __init__(self) -> None:
        self.starts: Counter = Counter()
        self.ends: Counter = Counter()
        self.named: set[str] = set()

    def add(self, other: "_Found") -> None:
        self.starts.update(other.starts)
        self.ends.update(other.ends)
        self.named |= other.named


class _DatedParts:
    """The dates of what of the rules a quote into one destination reads: those of every origin (`common`), and
    each rule whose condition tests the origin with its own (`by_origin`), so that the dates for one origin leave out
    the rules that never apply to it (the US duties on Chinese goods do not split the quotes of German goods)."""

    def __init__(self, rules, destination: str) -> None:
        self.rules, self.destination = rules, destination
        self.common = _Found()
        self.by_origin: list[tuple[Condition, _Found]] = []
        pack = rules.pack_for(destination)
        never = _never_here(rules, destination, None)
        seen: set[int] = set()

        def walk(obj, into: _Found, seen: set[int]) -> None:
            for x in nested(obj, seen):
                if isinstance(x, dt.date):
                    into.starts[x] += 1
                elif isinstance(x, Condition):
                    into.named.update(name for places in (x.origin, x.not_origin, x.destination) if places for name in places)
                elif isinstance(x, BaseModel) and id(x) not in seen:
                    # (a model is in `seen` once walked, or when left out) a rule whose condition names other
                    # destinations never applies here: left out before the walk descends into it (Italy's EUR 2 fee
                    # in the EU's customs rules does not change a quote into Germany on its days)
                    when = getattr(x, "when", None)
                    if isinstance(when, Condition) and never(when):
                        seen.add(id(x))
                        continue
                    if isinstance(when, Condition) and into is self.common and _tests_origin(when):
                        own = _Found()              # walked apart (a model it shares with others: walked again)
                        walk([getattr(x, name) for name in type(x).model_fields], own, set())
                        if "until" in type(x).model_fields and x.until is not None:
                            own.ends[x.until] += 1
                        self.by_origin.append((when, own))
                        seen.add(id(x))
                    elif "until" in type(x).model_fields and x.until is not None:
                        into.ends[x.until] += 1     # the walk yields the date itself next, counted above

        if pack is not None:
            if pack.customs is not None:
                # a line claiming a preference is quoted by `quote` itself (batch_input): no plan reads an agreement
                seen.update(map(id, pack.customs.preferences))
            walk(pack.meta.countries.get(destination), self.common, seen)   # what a quote reads of it: the currency
            walk(_parts_for(pack, destination), self.common, seen)
        name = tariff_name(pack.customs, pack.customs.countries.get(destination)) if pack is not None and pack.customs else None
        self.schedule_dates: set[dt.date] = set()
        if name:
            try:
                self.schedule_dates = set(schedule(name).dates())
            except TariffError:
                pass                      # quote reports the missing schedule; every date then shares that answer

    def dates_for(self, origin: str | None) -> list[dt.date]:
        found = _Found()
        found.add(self.common)
        never = _never_here(self.rules, self.destination, origin)
        for when, own in self.by_origin:
            if origin is None or not never(when):
                found.add(own)
        # a quote reads the country groups only through the place lists of conditions (no plan reads an agreement's
        # partners): the US reciprocal-rate groups' days do not split a quote into Germany
        groups = [group for name, group in self.rules.groups.groups.items() if name in found.named]
        for x in nested(groups):
            if isinstance(x, dt.date):
                found.starts[x] += 1
        out = {d for d, k in found.starts.items() if k > found.ends[d]} | {d + dt.timedelta(days=1) for d in found.ends}
        return sorted(out | self.schedule_dates)


def _tests_origin(c: Condition) -> bool:
    """Whether a condition tests the origin anywhere in it."""
    return any(isinstance(x, Condition) and (x.origin is not None or x.not_origin is not None) for x in nested(c))


def _never_here(rules, destination: str, origin: str | None) -> Callable[[Condition], bool]:
    """A test of whether a condition cannot hold on any date for a quote into `destination` (of goods from `origin`,
    when given): its destination or origin list leaves the country out, through every membership any country group
    has ever had, or its list of origins excepted names it (in one of its `all`, or in every `any`)."""
    ever = {name: frozenset().union(*(e.value or () for e in group.members)) for name, group in rules.groups.groups.items()}

    def out_of(country: str, places: tuple[str, ...]) -> bool:
        return not any(p == country or country in ever.get(p, ()) for p in places)

    def never(c: Condition) -> bool:
        if c.destination is not None and out_of(destination, c.destination):
            return True
        if origin is not None and ((c.origin is not None and out_of(origin, c.origin))
                                   or (c.not_origin is not None and origin in c.not_origin)):
            return True
        return bool(c.all_ and any(never(x) for x in c.all_)) or bool(c.any_ and all(never(x) for x in c.any_))

    return never


def _parts_for(pack, destination: str) -> list:
    """What of a pack can apply to `destination`: its customs and VAT rules but other countries' entries (a pack of
    many countries, as the world pack, keeps one per country), and the regimes open to it. Conditions elsewhere in
    the pack never decide a quote to it, so they do not split its orders' line plans."""
    if pack is None:
        return []
    parts: list = []
    for section, per_country in ((pack.customs, "countries"), (pack.vat, "rates")):
        if section is not None:
            parts += [getattr(section, name) for name in type(section).model_fields if name != per_country]
            # the destination's own entry and its subdivisions' (Canada's provinces: CA-ON, CA-BC ...)
            parts += [v for k, v in getattr(section, per_country).items() if k == destination or k.startswith(destination + "-")]
    if pack.regimes is not None:
        parts += [r for r in pack.regimes.regimes if r.countries is None or destination in r.countries]
    return parts


class PlanRegistry:
    def __init__(self, rules):
        self.rules = rules
        self.rates = customs_rates()                        # the plans' exchange rates come from these tables
        self.plans: list[OrderPlan] = []
        self._changes: dict[tuple, list[int]] = {}         # (destination, origin) -> their change dates (ordinals)
        self._dated_parts: dict[str, _DatedParts] = {}      # destination -> the dates of its rules
        self._tested: dict[tuple, tuple] = {}               # (id of a destination's pack, destination) -> what it tests (_read_for)
        self._groups: dict[tuple, int] = {}                 # line-plan setting (_line_setting) -> id
        self._group_of: list[int] = []                      # order plan -> its line-plan setting
        self._group_array = np.empty(0, dtype=np.int64)
        self._rules_of: list[int] = []                      # order plan -> the plan built afresh it was rerated from
        self._whys: dict[tuple, str] = {}                   # (line plan id, date) -> why the duty is unknown
        self._fx: dict[tuple, Fraction | None] = {}         # (plan id, currency) -> customs_fx
        self._dated: dict[tuple, tuple | None] = {}         # (destination, origin, date) -> rule period, rate day
        self._same_currency: dict[tuple, int] = {}          # template -> its plan that reads no exchange rate
        self._day_plans: dict[tuple, int] = {}              # (template, rate day) -> the plan _plan_for gave
        self._day_rates: dict[tuple, object] = {}           # (base, quote, rate day) -> customs rate or None (_rates_on)
        # (setting without its date, rule period) -> (the currency pairs its first plan read, {their rates: plan id})
        self._templates: dict[tuple, tuple[list, dict]] = {}
        self._hs_ids: dict[str, int] = {}
        self.hs_codes: list[str] = []
        self.line_plans: list[LinePlan] = []
        self._line_index = _KeyIndex()                      # (setting id, HS id) keys -> line plan ids
        self._cols: dict[str, np.ndarray] = {}
        packs = rules.packs.values()
        # widths of the per-plan lists, the same for every plan of this rule set
        self.max_regimes = max((len(p.regimes.regimes) for p in packs if p.regimes), default=0)
        self.max_flats = max((len(p.customs.flat_duties) for p in packs if p.customs), default=0)

    @property
    def group_of(self) -> np.ndarray:
        """Each order plan's line-plan setting (`_line_setting`), as an array."""
        if len(self._group_array) != len(self._group_of):
            self._group_array = np.array(self._group_of, dtype=np.int64)
        return self._group_array

    @classmethod
    def of(cls, rules) -> "PlanRegistry":
        reg = rules.derived.get("batch-plan-registry")
        if reg is None or max(len(reg.line_plans), len(reg._whys)) > _LIMIT or reg.rates is not customs_rates():
            reg = rules.derived["batch-plan-registry"] = cls(rules)
        return reg

    # ------------------------------------------------------------------ numbering
    def plan_ids(self, settings: list[tuple], columns: list[str]) -> np.ndarray:
        """The id of the plan for each order setting (its values in `columns`' order; built the first time seen)."""
        at, dest_at = columns.index("date"), columns.index("destination")
        return np.array([self._plan_for(t, columns, at, dest_at) for t in settings], dtype=np.int64)

    def plan_ids_of_orders(self, ol, orders: np.ndarray, columns: list[str]) -> np.ndarray:
        """The id of the plan of each of `orders` (positions in order lines `ol`), by its settings in `columns`:
        grouped in arrays by setting without the date, rule period and customs rate day, so Python runs once per
        setting of a period whose plan reads no rate, and once per rate day for the others, not once per date."""
        at = columns.index("date")
        rest = columns[:at] + columns[at + 1:]
        codes, _, settings = order_settings(ol, orders, rest)
        dates = ol.keys["date"][orders]
        dests, origins = ol.keys["destination"][orders], ol.keys["origin"][orders]
        period, day, day_of_code = self._periods(ol.key_codes["destination"][orders], ol.key_codes["origin"][orders],
                                                 ol.key_codes["date"][orders], dests, origins, dates)
        template = combine_codes(codes, period + 1)
        plan_of_template = []
        for i in first_rows(template).tolist():            # a setting of a period whose plan reads no rate: one plan
            gid = self._same_currency.get((settings[codes[i]], int(period[i])))
            if gid is not None and self._reads_no_rate(gid):
                self.plans[gid].fx_days = None              # it serves days it does not list (customs_fx)
                plan_of_template.append(gid)
            else:
                plan_of_template.append(-1)
        out = np.array(plan_of_template, dtype=np.int64)[template]
        rows = np.flatnonzero(out < 0)
        if len(rows):
            group = combine_codes(template[rows], day[rows])
            first = first_rows(group)
            dest_at = columns.index("destination")
            ids = [self._plan_for(settings[codes[i]][:at] + (dates[i],) + settings[codes[i]][at:], columns, at, dest_at,
                                  None if period[i] < 0 else (int(period[i]), day_of_code[day[i]]))
                   for i in rows[first].tolist()]
            out[rows] = np.array(ids, dtype=np.int64)[group]
        return out

    def _periods(self, dest_code, origin_code, date_code, dests, origins, dates) -> tuple[np.ndarray, np.ndarray, list]:
        """(rule period, customs rate day code of each order, the rate day of each code), as `_dated_on` gives them
        (period -1 without a pack): the rate day once per (destination, date), the period by a binary search over
        each (destination, origin)'s change dates, not a lookup per (destination, origin, date)."""
        if not len(dest_code):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), []
        pair = combine_codes(dest_code, date_code)
        first = first_rows(pair).tolist()
        days = [self._rate_day(dests[i], dates[i]) for i in first]
        day_code, day_of_code = pd.factorize(pd.Series(days, dtype=object), use_na_sentinel=False)
        day = day_code[pair]
        ordinal = np.array([dates[i].toordinal() for i in first_rows(date_code).tolist()], dtype=np.int64)[
            pd.factorize(date_code)[0]]
        period = np.full(len(dest_code), -1, dtype=np.int64)
        route = combine_codes(dest_code, origin_code)
        members = np.argsort(route, kind="stable")
        bounds = np.flatnonzero(np.r_[True, np.diff(route[members]) != 0, True])
        for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
            rows = members[lo:hi]
            i = int(rows[0])
            if self.rules.pack_for(dests[i]) is not None:
                changes = np.asarray(self._changes_for(dests[i], origins[i]), dtype=np.int64)
                period[rows] = np.searchsorted(changes, ordinal[rows], side="right")
        return period, day, list(day_of_code)

    def _plan_for(self, t: tuple, columns: list[str], at: int, dest_at: int, dated: tuple | None | bool = False) -> int:
        """The id of the plan for a setting not met before (`t`, in `columns`' order, its date at `at`): a plan of
        the same setting on another date of the same rule period whose rates the date's customs rate day shares
        (`_templates`), else a new one. `dated`: the setting's (rule period, rate day), when the caller has it."""
        if dated is False:
            dated = self._dated_on(t[dest_at], t[columns.index("origin")], t[at])
        template = day = None
        if dated is not None:
            period, day = dated
            template = (t[:at] + t[at + 1:], period)
        found = self._templates.get(template) if template is not None else None
        gid = self._day_plans.get((template, day)) if found is not None else None
        if gid is not None:
            return gid              # the plan found for this rate day before (an earlier chunk's)
        gid = self._find(template, found, day) if found is not None else None
        if gid is None:
            gid = self._new_plan(t, columns, at, template, found, day)
        if template is not None:
            self._day_plans[template, day] = gid
        return gid

    def _find(self, template: tuple, found: tuple, day) -> int | None:
        """A plan of `template` (the setting without its date, rule period) that serves rate day `day`, or None."""
        pairs, by_rates = found
        gid = self._same_currency.get(template)
        if gid is not None and self._reads_no_rate(gid):
            _serves(self.plans[gid], day)
            return gid          # a plan that reads no exchange rate serves every date of its period
        gid = by_rates.get(self._rates_on(pairs, day))
        if gid is not None and self._later_pairs_agree(self.plans[gid], pairs, day):
            _serves(self.plans[gid], day)
            return gid
        return None

    def _new_plan(self, t: tuple, columns: list[str], at: int, template, found, day) -> int:
        """A plan for setting `t`: a template's first plan rerated to its date, or one built afresh."""
        gid = len(self.plans)
        key = dict(zip(columns, t))
        # the same rules as a plan of the template, its amounts converted at this date's rates; else asked afresh
        base = next(iter(found[1].values())) if found is not None else gid
        plan = rerated(self.plans[base], t[at]) if found is not None else order_plan(self.rules, key)
        self.plans.append(plan)
        # (a plan rerated is its base's rules with other amounts; one the day's rates leave unsupported is its own)
        self._rules_of.append(self._rules_of[base] if base != gid and plan.supported else gid)
        if base != gid and plan.supported:        # the same rules, period and setting: its line plans
            self._group_of.append(self._group_of[base])
        else:
            self._group_of.append(self._groups.setdefault(self._line_setting(key, plan), len(self._groups)))
        if template is not None and plan.supported and plan.quote is not None:
            if found is None:
                found = self._templates[template] = (self._pairs_read(plan), {})
            plan.fx_days = {day: None}
            found[1].setdefault(self._rates_on(found[0], day), gid)
            if _no_rate(found[0]):
                self._same_currency.setdefault(template, gid)
        return gid

    def _dated_on(self, destination: str, origin: str, date) -> tuple[int, object] | None:
        """(the rule period of `date` for goods from `origin` into `destination`, its customs rate day), None
        without a pack."""
        found = self._dated.get((destination, origin, date), False)
        if found is False:
            found = self._dated[destination, origin, date] = None if self.rules.pack_for(destination) is None else (
                bisect.bisect_right(self._changes_for(destination, origin), date.toordinal()), self._rate_day(destination, date))
        return found

    def _rate_day(self, destination: str, date):
        """The customs rate day of `date` for the destination's pack, None without a pack."""
        pack = self.rules.pack_for(destination)
        return None if pack is None else rate_day(pack.fx_rate_day, date)

    def _reads_no_rate(self, plan_id: int) -> bool:
        """Whether plan `plan_id` has read no exchange rate so far (a duty bound in another currency may make it
        read one: the kernel asks through `customs_fx`)."""
        return _no_rate(self.plans[plan_id].quote._rates)

    @staticmethod
    def _pairs_read(plan: OrderPlan) -> list[tuple[str, str]]:
        """The currency pairs whose customs rates a plan has read: the order currency's into the destination's
        (`prepare`), then every pair its quote converted through (`_Quote.rate`)."""
        q = plan.quote
        return list(dict.fromkeys([(q.o.currency, q.cur), *q._rates]))

    def _rates_on(self, pairs: list[tuple[str, str]], day) -> tuple:
        """The customs rates of `pairs` on rate day `day` (None where there is none), as `_Quote.rate` reads them,
        each pair and day looked up once (a chunk asks the same few thousand again and again)."""
        out = []
        for base, quote in pairs:
            if base == quote:
                out.append(1)
                continue
            key = (base, quote, day)
            rate = self._day_rates.get(key, False)
            if rate is False:
                try:
                    rate = self.rates.quote(base, quote, day).rate
                except RateNotFound:
                    rate = None
                self._day_rates[key] = rate
            out.append(rate)
        return tuple(out)

    def _later_pairs_agree(self, plan: OrderPlan, pairs: list, day) -> bool:
        """Whether the rates `plan` read after its first pairs (the kernel asks some: a duty's bound in another
        currency) are the same on rate day `day`."""
        later = [pair for pair in plan.quote._rates if pair not in pairs]
        return not later or self._rates_on(later, day) == tuple(plan.quote._rates[pair] for pair in later)

    def customs_fx(self, plan_id: int, currency: str) -> Fraction | None:
        """Plan `plan_id`'s customs rate from `currency` into the destination's, exact (a duty's bound in another
        currency); None where there is none that day, or where the rate days the plan serves disagree on it (the
        orders then go to `quote`). Read through the plan's quote, so a date that later asks to share the plan
        must agree on it too (`_later_pairs_agree`)."""
        key = (plan_id, currency)
        if key not in self._fx:
            plan, rate = self.plans[plan_id], None
            if plan.quote is not None:
                try:
                    rate = plan.quote.rate(currency, plan.quote.cur)
                    if currency != plan.quote.cur and (plan.fx_days is None or any(
                            self.rates.quote(currency, plan.quote.cur, day).rate != rate for day in plan.fx_days)):
                        rate = None         # days it serves disagree on the rate, or are not listed
                except RateNotFound:
                    rate = None
            self._fx[key] = None if rate is None else Fraction(rate)
        return self._fx[key]

    def _line_setting(self, key: dict, plan: OrderPlan) -> tuple:
        """What a line plan reads of an order setting: the destination, origin and subdivision, the date's
        period, the order fields the destination's pack tests in a condition (buyer, carrier, registrations,
        a buyer's VAT number: most packs test few of them), and the rules the order plan chose for it (duty
        relief, regime candidates, VAT rates and relief, flat duties). Orders that differ elsewhere (currency,
        a carrier no condition tests ...) share their line plans."""
        # the period as its first and last days: origins the pack's place lists do not tell apart may still have
        # periods of their own (a rule for one of them alone), and share line plans only where those agree
        changes = self._changes_for(key["destination"], key["origin"])
        k = bisect.bisect_right(changes, key["date"].toordinal())
        period = (changes[k - 1] if k else None, changes[k] if k < len(changes) else None)
        fields, places = self._read_for(key["destination"])
        tested = tuple(key[k] for k in fields)
        chosen = (id(plan.duty_relief_obj), tuple(map(id, plan.regime_objs)), id(plan.vat_country),
                  id(plan.tax_relief_obj), plan.has_vat, tuple((f.index, id(f.when)) for f in plan.flats))
        groups = plan.quote.groups if plan.quote is not None else {}
        origin = tuple(in_places(key["origin"], p, groups) for p in places)
        return (key["destination"], key["subdivision"], period, origin, tested, chosen)

    def _read_for(self, destination: str) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
        """(the order-setting fields a condition of the destination's pack tests, every list of places its
        conditions test an origin against). Two origins in the same lists (directly or
        through a country group) read the same line plans."""
        pack = self.rules.pack_for(destination)
        found = self._tested.get((id(pack), destination))
        if found is None:
            conditions = [x for x in nested(_parts_for(pack, destination)) if isinstance(x, Condition)]
            fields = tuple(field for field, test in _TESTED_BY if any(getattr(c, test) is not None for c in conditions))
            # (not the partners of preferences: a line claiming one is quoted by `quote` itself, batch_input)
            places = {p for c in conditions for p in (c.origin, c.not_origin) if p is not None}
            found = self._tested[id(pack), destination] = (fields, sorted(places))
        return found

    def _changes_for(self, destination: str, origin: str) -> list[int]:
        found = self._changes.get((destination, origin))
        if found is None:
            parts = self._dated_parts.get(destination)
            if parts is None:
                parts = self._dated_parts[destination] = _DatedParts(self.rules, destination)
            found = self._changes[destination, origin] = [d.toordinal() for d in parts.dates_for(origin)]
        return found

    def hs_ids(self, codes: list[str]) -> np.ndarray:
        out = np.empty(len(codes), dtype=np.int64)
        for i, code in enumerate(codes):
            gid = self._hs_ids.get(code)
            if gid is None:
                gid = self._hs_ids[code] = len(self.hs_codes)
                self.hs_codes.append(code)
            out[i] = gid
        return out

    def line_plan_ids(self, plan_id: np.ndarray, hs_id: np.ndarray) -> np.ndarray:
        """The line plan of each (order plan, HS code) row pair, building the pairs not seen before (from
        the first row's order plan: every plan of the same setting and period gives the same line plan)."""
        def build(rows: np.ndarray) -> np.ndarray:
            first = len(self.line_plans)
            for row in rows.tolist():
                self.line_plans.append(line_plan(self.plans[int(plan_id[row])], self.hs_codes[hs_id[row]] or None))
            return np.arange(first, len(self.line_plans))
        return self._line_index.ids(self.group_of[plan_id] * _HS_SLOTS + hs_id, build)

    def why_column(self, line_plan_id: np.ndarray, dates: list):
        """Why the duty of each row's HS code is unknown, in quote's words, on the row's date (`dates`), as a text
        column: its line plan's reason (one per setting and rule period, as quote gives it for every date of the
        period) with the row's date written where it names the date (batch_plan.DATE_MARK)."""
        from ..ordertable import TextColumn

        day = pd.factorize(np.array([d.toordinal() for d in dates], dtype=np.int64))[0] if len(dates) else np.zeros(0, dtype=np.int64)
        codes = combine_codes(line_plan_id, day)
        texts = []
        for r in first_rows(codes).tolist():
            lp, date = int(line_plan_id[r]), dates[r]
            text = self._whys.get((lp, date))
            if text is None:
                text = self._whys[lp, date] = self.line_plans[lp].why.replace(DATE_MARK, date.isoformat())
            texts.append(text)
        return TextColumn(codes, texts)

    # ------------------------------------------------------------------ values as columns
    def col(self, name: str, fn: Callable[[OrderPlan], Any], default, dtype=object, where: np.ndarray | None = None) -> np.ndarray:
        """fn(plan) for every plan, then `default` (index len(plans): orders without a plan); where `where` (a mask
        over the plans, as a rule column gives it) is given, `default` for the plans it leaves out, fn not asked."""
        if where is not None:
            return self._column("p:" + name, self.plans, lambda p, k: fn(p) if where[k] else default, default, dtype, indexed=True)
        return self._column("p:" + name, self.plans, fn, default, dtype)

    def rule_col(self, name: str, fn: Callable[[OrderPlan], Any], default, dtype=object) -> np.ndarray:
        """As `col`, for a value of the rules a plan chose, never of its converted amounts (`batch_plan.Chosen`):
        `fn` runs once for a plan built afresh, and each plan rerated from it repeats its value (a setting priced in
        another currency has a plan per rate day, and the kernel reads some fifty values of each)."""
        return self._column("r:" + name, self.plans, fn, default, dtype, self._rules_of)

    def lcol(self, name: str, fn: Callable[[LinePlan], Any], default, dtype=object) -> np.ndarray:
        """fn(line plan) for every line plan, then `default` (index len(line_plans): rows without one).
        A tuple default makes a matrix with one row per line plan."""
        return self._column("l:" + name, self.line_plans, fn, default, dtype)

    def _column(self, name, items, fn, default, dtype, same_as: list[int] | None = None, indexed: bool = False) -> np.ndarray:
        """fn(item) (`indexed`: fn(item, its position)) for the items not yet in the column, then `default`; where
        `same_as` is given, an item whose entry there names an earlier item takes that item's value instead."""
        have = self._cols.get(name)
        built = 0 if have is None else len(have) - 1
        if have is not None and built == len(items):
            return have
        if indexed:
            fresh = np.array([fn(items[k], k) for k in range(built, len(items))] + [default], dtype=dtype)
            col = fresh if have is None else np.concatenate([have[:-1], fresh])
        elif same_as is None:
            fresh = np.array([fn(x) for x in items[built:]] + [default], dtype=dtype)
            col = fresh if have is None else np.concatenate([have[:-1], fresh])
        else:
            source = np.array(same_as[built:len(items)], dtype=np.int64)
            own = np.flatnonzero(source == np.arange(built, len(items)))
            values = np.array([fn(items[built + i]) for i in own.tolist()] + [default], dtype=dtype)
            col = np.empty((len(items) + 1,) + values.shape[1:], dtype=values.dtype)
            if built:
                col[:built] = have[:-1]
            col[built + own] = values[:-1]
            col[-1] = values[-1]
            copied = np.flatnonzero(source != np.arange(built, len(items)))
            col[built + copied] = col[source[copied]]          # an earlier plan's: filled above or before
        self._cols[name] = col
        return col


def _no_rate(pairs) -> bool:
    """Whether currency `pairs` (base, quote) read no exchange rate: each converts a currency into itself."""
    return all(base == quote for base, quote in pairs)


def _serves(plan: OrderPlan, day) -> None:
    """Note that `plan` serves rate day `day` (a plan serving unlisted days, fx_days None, stays so)."""
    if plan.fx_days is not None:
        plan.fx_days.setdefault(day)


class _KeyIndex:
    """Integer keys -> ids, looked up for a whole array at once (binary search over the sorted keys seen so
    far), the keys not seen before given ids by a builder called once per chunk."""

    def __init__(self):
        self._keys = np.empty(0, dtype=np.int64)          # sorted
        self._ids = np.empty(0, dtype=np.int64)

    def ids(self, want: np.ndarray, build: Callable[[np.ndarray], np.ndarray]) -> np.ndarray:
        """The id of each key in `want`; `build(rows)` gets the first row of each new key, in order of first
        appearance, and returns their ids."""
        inverse, uniq = pd.factorize(want)
        uniq = np.asarray(uniq)
        if len(self._keys):
            pos = np.minimum(np.searchsorted(self._keys, uniq), len(self._keys) - 1)
            found = self._keys[pos] == uniq
            ids = np.where(found, self._ids[pos], -1)
        else:
            found, ids = np.zeros(len(uniq), dtype=bool), np.full(len(uniq), -1, dtype=np.int64)
        new = np.flatnonzero(~found)
        if len(new):
            ids[new] = build(first_rows(inverse)[new])
            keys = np.concatenate([self._keys, uniq[new]])
            vals = np.concatenate([self._ids, ids[new]])
            order = np.argsort(keys, kind="stable")
            self._keys, self._ids = keys[order], vals[order]
        return ids[inverse]
