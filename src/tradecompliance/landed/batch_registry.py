"""Every order plan and line plan the vectorised quote has built for a rule set, numbered, with the values
the arithmetic needs kept as columns (one array entry per plan). A chunk of order lines then finds its plans
with array lookups and gathers their values with fancy indexing: Python runs once per *new* order setting
or (setting, HS code) pair, never once per chunk for each one it has seen before.

A line plan (exclusions, duty and VAT rates of an HS code) does not depend on the order currency, and
depends on the date only through the rules: orders whose dates fall between the same two rule changes
share it. The change dates are every date written in the destination's pack, the country groups and the
tariff schedules that pack uses (and the day after each, for inclusive end dates): a quote reads nothing
else that a date could change (`_Quote`: the pack of the destination, the groups on the order date, the
schedules). It depends on the origin only through the place lists the pack tests (conditions, preferences)
and on the buyer, carrier and registrations only where a condition of the pack tests them, so origins the
rules do not tell apart share it too (1M generated lines: 22,295 line plans -> 7,387)."""
from __future__ import annotations

import bisect
import datetime as dt
from typing import Any, Callable

import numpy as np
import pandas as pd

from ..ordertable import first_rows
from ..packs.conditions import Condition, in_places, conditions_use
from ..packs.nested import nested
from ..packs.schema import Preference
from .batch_plan import LinePlan, OrderPlan, line_plan, order_plan
from .tariffs import TariffError, schedule

_HS_SLOTS = 1 << 31           # line-plan keys are plan id x _HS_SLOTS + HS code id
_LIMIT = 200_000              # line plans kept before the registry starts afresh
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


class PlanRegistry:
    def __init__(self, rules):
        self.rules = rules
        self.plans: list[OrderPlan] = []
        self._plan_ids: dict[tuple, int] = {}
        self._changes: dict[int, list[int]] = {}           # id of a destination's pack -> its change dates
        self._tested: dict[int, tuple] = {}                 # id of a destination's pack -> what it tests (_read_for)
        self._groups: dict[tuple, int] = {}                 # line-plan setting (_line_setting) -> id
        self.group_of = np.empty(0, dtype=np.int64)         # order plan -> its line-plan setting
        self._why: dict[tuple[int, str], str] = {}
        self._hs_ids: dict[str, int] = {}
        self.hs_codes: list[str] = []
        self.line_plans: list[LinePlan] = []
        self._keys = np.empty(0, dtype=np.int64)           # sorted (plan id, HS id) keys ...
        self._ids = np.empty(0, dtype=np.int64)            # ... and their line plan ids
        self._cols: dict[str, np.ndarray] = {}
        packs = rules.packs.values()
        # widths of the per-plan lists, the same for every plan of this rule set
        self.max_regimes = max((len(p.regimes.regimes) for p in packs if p.regimes), default=0)
        self.max_flats = max((len(p.customs.flat_duties) for p in packs if p.customs), default=0)

    @classmethod
    def of(cls, rules) -> "PlanRegistry":
        reg = rules.derived.get("batch-plan-registry")
        if reg is None or len(reg.line_plans) > _LIMIT:
            reg = rules.derived["batch-plan-registry"] = cls(rules)
        return reg

    # ------------------------------------------------------------------ numbering
    def plan_ids(self, keys: list[dict]) -> np.ndarray:
        """The id of the plan for each order setting (built the first time it is seen)."""
        out = np.empty(len(keys), dtype=np.int64)
        for i, key in enumerate(keys):
            t = tuple(key.values())
            gid = self._plan_ids.get(t)
            if gid is None:
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
        conditions and preferences test an origin against). Two origins in the same lists (directly or
        through a country group) read the same line plans."""
        pack = self.rules.pack_for(destination)
        found = self._tested.get(id(pack))
        if found is None:
            parts = [pack.customs, pack.vat, pack.regimes] if pack is not None else []
            fields = tuple(field for field, test in _TESTED_BY if conditions_use(parts, test))
            places = {p for x in nested(parts) for p in (
                (x.origin, x.not_origin) if isinstance(x, Condition) else (x.partners,) if isinstance(x, Preference) else ())
                if p is not None}
            found = self._tested[id(pack)] = (fields, sorted(places))
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
        want = self.group_of[plan_id] * _HS_SLOTS + hs_id
        inverse, uniq = pd.factorize(want)
        uniq = np.asarray(uniq)
        first_row = first_rows(inverse)
        if len(self._keys):
            pos = np.minimum(np.searchsorted(self._keys, uniq), len(self._keys) - 1)
            found = self._keys[pos] == uniq
            ids = np.where(found, self._ids[pos], -1)
        else:
            found, ids = np.zeros(len(uniq), dtype=bool), np.full(len(uniq), -1, dtype=np.int64)
        new = np.flatnonzero(~found)
        if len(new):
            first = len(self.line_plans)
            for key, row in zip(uniq[new].tolist(), first_row[new].tolist()):
                k, h = int(plan_id[row]), key % _HS_SLOTS
                self.line_plans.append(line_plan(self.plans[k], self.hs_codes[h] or None))
            ids[new] = np.arange(first, first + len(new))
            keys = np.concatenate([self._keys, uniq[new]])
            vals = np.concatenate([self._ids, ids[new]])
            order = np.argsort(keys, kind="stable")
            self._keys, self._ids = keys[order], vals[order]
        return ids[inverse]

    def why(self, plan: int, hs: str) -> str:
        """Why the duty of `hs` is unknown under this order plan, in quote's words (they name the date)."""
        key = (plan, hs)
        if key not in self._why:
            self._why[key] = line_plan(self.plans[plan], hs or None).why
        return self._why[key]

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
