"""Every order plan and line plan the vectorised quote has built for a rule set, numbered, with the values
the arithmetic needs kept as columns (one array entry per plan). A chunk of order lines then finds its plans
with array lookups and gathers their values with fancy indexing: Python runs once per *new* order setting
or (setting, HS code) pair, never once per chunk for each one it has seen before.

A line plan (exclusions, duty and VAT rates of an HS code) does not depend on the order currency, and
depends on the date only through the rules: orders whose dates fall between the same two rule changes
share it. The change dates are every date written in the destination's pack, the country groups and the
tariff schedules that pack uses (and the day after each, for inclusive end dates): a quote reads nothing
else that a date could change (`_Quote`: the pack of the destination, the groups on the order date, the
schedules). It depends on the origin only through the place lists the pack's conditions test
and on the buyer, carrier and registrations only where a condition of the pack tests them, so origins the
rules do not tell apart share it too (1M generated lines: 22,295 line plans -> 7,387)."""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Any, Callable

import numpy as np
import pandas as pd

from ..currency.fx import customs_rates
from ..ordertable import first_rows
from ..packs.conditions import Condition, in_places
from ..packs.nested import nested
from .batch_plan import LinePlan, OrderPlan, duty_terms, line_plan, order_plan
from .tariffs import TariffError, schedule

_HS_SLOTS = 1 << 31           # line-plan keys are plan id x _HS_SLOTS + HS code id
_LIMIT = 200_000              # line plans (or reasons) kept before the registry starts afresh
# order-setting fields (batch_input's names) a condition may test, and the condition key that tests each
_TESTED_BY = (("buyer", "buyer"), ("carrier", "carrier"), ("registrations", "registered"), ("buyer_vat_id", "buyer_vat_id"),
              ("contents", "contents"))


def change_dates(rules, packs=None) -> list[dt.date]:
    """Every date at which something a quote reads in the rules may change, sorted; with `packs`, for
    destinations governed by those packs only."""
    found: set[dt.date] = set()
    seen: set[int] = set()

    def walk(obj) -> None:
        found.update(d for x in nested(obj, seen) if isinstance(x, dt.date) for d in (x, x + dt.timedelta(days=1)))

    names = set()
    for pack in (rules.packs.values() if packs is None else packs):
        if pack.customs is not None:
            # a line claiming a preference is quoted by `quote` itself (batch_input): no plan reads an agreement
            seen.update(map(id, pack.customs.preferences))
        for part in (pack.meta, pack.customs, pack.vat, pack.regimes):   # what a quote reads
            walk(part)
        if pack.customs is not None:
            names.update(n for n in [pack.customs.tariff, *(c.tariff for c in pack.customs.countries.values())] if n)
    walk(rules.groups)
    for name in sorted(names):
        try:
            found.update(schedule(name).dates())
        except TariffError:
            pass                      # quote reports the missing schedule; every date then shares that answer
    return sorted(found)


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
        self._plan_ids: dict[tuple, int] = {}
        self._changes: dict[int, list[int]] = {}           # id of a destination's pack -> its change dates
        self._tested: dict[tuple, tuple] = {}               # (id of a destination's pack, destination) -> what it tests (_read_for)
        self._groups: dict[tuple, int] = {}                 # line-plan setting (_line_setting) -> id
        self.group_of = np.empty(0, dtype=np.int64)         # order plan -> its line-plan setting
        self._why_index = _KeyIndex()                       # (plan id, HS id) keys -> index into _why_texts
        self._why_texts: list[str] = []
        self._hs_ids: dict[str, int] = {}
        self.hs_codes: list[str] = []
        self.line_plans: list[LinePlan] = []
        self._line_index = _KeyIndex()                      # (setting id, HS id) keys -> line plan ids
        self._line_date: list = []                          # line plan -> the date of the order plan it was built for
        self._cols: dict[str, np.ndarray] = {}
        packs = rules.packs.values()
        # widths of the per-plan lists, the same for every plan of this rule set
        self.max_regimes = max((len(p.regimes.regimes) for p in packs if p.regimes), default=0)
        self.max_flats = max((len(p.customs.flat_duties) for p in packs if p.customs), default=0)

    @classmethod
    def of(cls, rules) -> "PlanRegistry":
        reg = rules.derived.get("batch-plan-registry")
        if reg is None or max(len(reg.line_plans), len(reg._why_texts)) > _LIMIT or reg.rates is not customs_rates():
            reg = rules.derived["batch-plan-registry"] = cls(rules)
        return reg

    # ------------------------------------------------------------------ numbering
    def plan_ids(self, settings: list[tuple], columns: list[str]) -> np.ndarray:
        """The id of the plan for each order setting (its values in `columns`' order; built the first time seen)."""
        out = np.empty(len(settings), dtype=np.int64)
        for i, t in enumerate(settings):
            gid = self._plan_ids.get(t)
            if gid is None:
                key = dict(zip(columns, t))
                gid = self._plan_ids[t] = len(self.plans)
                plan = order_plan(self.rules, key)
                self.plans.append(plan)
                setting = self._line_setting(key, plan)
                self.group_of = np.append(self.group_of, self._groups.setdefault(setting, len(self._groups)))
            out[i] = gid
        return out

    def _line_setting(self, key: dict, plan: OrderPlan) -> tuple:
        """What a line plan reads of an order setting: the destination, origin and subdivision, the date's
        period, the order fields the destination's pack tests in a condition (buyer, carrier, registrations,
        a buyer's VAT number: most packs test few of them), and the rules the order plan chose for it (duty
        relief, regime candidates, VAT rates and relief, flat duties). Orders that differ elsewhere (currency,
        a carrier no condition tests ...) share their line plans."""
        period = bisect.bisect_right(self._changes_for(key["destination"]), key["date"].toordinal())
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

    def _changes_for(self, destination: str) -> list[int]:
        pack = self.rules.pack_for(destination)
        found = self._changes.get(id(pack))
        if found is None:
            found = self._changes[id(pack)] = [d.toordinal() for d in change_dates(self.rules, [pack] if pack else [])]
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
                self._line_date.append(self.plans[int(plan_id[row])].quote.o.date)
            return np.arange(first, len(self.line_plans))
        return self._line_index.ids(self.group_of[plan_id] * _HS_SLOTS + hs_id, build)

    def why_column(self, plan_id: np.ndarray, hs_id: np.ndarray, line_plan_id: np.ndarray):
        """Why the duty of each row's HS code is unknown under its order plan, in quote's words, as a text
        column. The words name the date, so the key is the plan and not its line-plan setting; the line plan's
        own reason is the plan's where it was built for an order plan of the same date."""
        from ..ordertable import TextColumn

        def why(plan: int, hs: int, lp: int) -> str:
            if self._line_date[lp] == self.plans[plan].quote.o.date:
                return self.line_plans[lp].why
            return duty_terms(self.plans[plan], self.hs_codes[hs] or None)[1]

        def build(rows: np.ndarray) -> np.ndarray:
            first = len(self._why_texts)
            self._why_texts += [why(int(plan_id[r]), int(hs_id[r]), int(line_plan_id[r])) for r in rows.tolist()]
            return np.arange(first, len(self._why_texts))
        codes = self._why_index.ids(plan_id * _HS_SLOTS + hs_id, build)
        used, local = np.unique(codes, return_inverse=True)     # the chunk's reasons only, not all kept so far
        return TextColumn(local, [self._why_texts[i] for i in used.tolist()])

    # ------------------------------------------------------------------ values as columns
    def col(self, name: str, fn: Callable[[OrderPlan], Any], default, dtype=object) -> np.ndarray:
        """fn(plan) for every plan, then `default` (index len(plans): orders without a plan)."""
        return self._column("p:" + name, self.plans, fn, default, dtype)

    def lcol(self, name: str, fn: Callable[[LinePlan], Any], default, dtype=object) -> np.ndarray:
        """fn(line plan) for every line plan, then `default` (index len(line_plans): rows without one).
        A tuple default makes a matrix with one row per line plan."""
        return self._column("l:" + name, self.line_plans, fn, default, dtype)

    def _column(self, name, items, fn, default, dtype) -> np.ndarray:
        have = self._cols.get(name)
        built = 0 if have is None else len(have) - 1
        if have is not None and built == len(items):
            return have
        fresh = np.array([fn(x) for x in items[built:]] + [default], dtype=dtype)
        col = fresh if have is None else np.concatenate([have[:-1], fresh])
        self._cols[name] = col
        return col


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
