"""The arithmetic of `quote` over whole arrays of orders and lines, exact to the cent.

Amounts that `quote` computes from exact cents times an exact rate (duties, VAT, fees, flat duties) are
computed here in integers with the same rounding. Amounts that pass through an exchange rate or a share of
transport (customs values, totals, VAT bases, thresholds) are computed in binary floating point, whose
error is below 1e-12 of the amount. Where such an amount lies within that distance of a half cent (a true
tie such as 10.005 is common: EUR 10.00 at 4.2165 PLN), the order's lines are recomputed from the same
Decimals through the functions `quote` itself uses (valuation.py); where it lies that close to a
threshold, the order is marked `unsure` and goes to `quote`. So every figure this module returns is the
figure `quote` returns.

Per-setting parameters (a plan's threshold, rate, quantum ...) are columns of the plan registry gathered
into per-order arrays, so the work is a fixed number of array operations whatever the number of distinct
settings; Python runs only over the distinct rate groups of a chunk."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from decimal import Decimal
from fractions import Fraction

import numpy as np
import pandas as pd

from ..ordertable import TextColumn
from .batch_input import PRICE_SCALE, QTY_SCALE, VALUE_SCALE, OrderLines
from .batch_plan import VALUE_BASES, Clamped, OnDuties, TopUp, intern, interned
from .batch_registry import PlanRegistry
from .quote import COLLECTED
from ..money import quantize
from .valuation import CENT, added_to_vat_base, converted, line_customs_values, shares

EPS_REL, EPS_ABS = 1e-12, 1e-9
_AMOUNT_RELIEFS = 3          # amount-based reliefs a plan may hold per basis (duty relief, assessed relief ...)
_BASIS = {b: i for i, b in enumerate(VALUE_BASES)}
_BORDER, _CHECKOUT, _REVERSE_CHARGE = 0, 1, 2
_COLLECT_CODES = {"border": _BORDER, "checkout": _CHECKOUT, "reverse_charge": _REVERSE_CHARGE}
_PER_CODES = {"distinct_subheading": 0, "line": 1}          # a flat duty counted per ...; any other word: once


def round_ratio(num: np.ndarray, den, mode: str) -> np.ndarray:
    """round(num / den) for non-negative int64 (or Python-integer object) numerators, as Decimal's rounding
    `mode` does."""
    if getattr(num, "dtype", None) == object:     # np.divmod has no object loop; // and % do
        q, r = num // den, num % den
    else:
        q, r = np.divmod(num, den)
    if mode in ("down", "floor"):
        return q
    if mode in ("up", "ceiling"):
        return q + (r > 0)
    if mode == "half_up":
        return q + (2 * r >= den)
    if mode == "half_even":
        return q + ((2 * r > den) | ((2 * r == den) & (q % 2 == 1)))
    raise ValueError(mode)


def round_float(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Half-up rounding of float amounts to integers, and where the float is too close to .5 to be sure."""
    return round_float_mode(x, "half_up")


def round_float_mode(x: np.ndarray, mode: str) -> tuple[np.ndarray, np.ndarray]:
    """Non-negative float amounts rounded to integers as Decimal's rounding `mode` does, and where the float
    is too close to the edge that decides it (a half for the half modes, an integer for the others)."""
    eps = EPS_ABS + np.abs(x) * EPS_REL
    low = np.floor(x)
    frac = x - low
    if mode in ("half_up", "half_even"):
        return np.floor(x + 0.5).astype(np.int64), np.abs(frac - 0.5) < eps
    edge = (frac < eps) | (frac > 1 - eps)
    if mode in ("down", "floor"):
        return low.astype(np.int64), edge
    if mode in ("up", "ceiling"):
        return np.ceil(x).astype(np.int64), edge
    raise ValueError(mode)


def quantize_cents(num: np.ndarray, den, step, mode: str) -> np.ndarray:
    """quantize(num / den cents, a quantum of `step` cents, mode), in cents."""
    return round_ratio(num, den * step, mode) * step


@dataclass
class Text:
    """An amount in cents and the exponent its Decimal has in `quote` (-2: '12.30'; 0: '1200', '0')."""

    cents: np.ndarray
    exp: np.ndarray

    def strings(self, rows: np.ndarray | None = None):
        """The amounts as a text column, one per entry, or one per row if `rows` maps rows to entries.
        Amounts repeat (a duty of 1.20, one order total on each of its lines): each distinct amount is
        written once and spread by index."""
        import pandas as pd
        import pyarrow as pa
        import pyarrow.compute as pc

        whole_flag = (self.exp != -2).astype(np.int64)
        codes, keys = pd.factorize(self.cents.astype(np.int64) * 2 + whole_flag)   # |cents| < 2**62: no overflow
        flag = keys & 1
        c = (keys - flag) // 2
        words = np.empty((len(c), 2), dtype=np.int64)       # the cents as 128-bit decimals of scale 2
        words[:, 0], words[:, 1] = c, np.where(c < 0, -1, 0)
        text = pc.cast(pa.Array.from_buffers(pa.decimal128(20, 2), len(c), [None, pa.py_buffer(words)]), pa.string())
        if flag.any():                                      # whole amounts ('1200', '0'): written as integers
            whole = flag == 1
            text = pc.replace_with_mask(text, pa.array(whole), pc.cast(pa.array(c[whole] // 100), pa.string()))
        return TextColumn(codes if rows is None else codes[rows], text)


def _clamped_by_plan(reg: PlanRegistry, plans: np.ndarray, cv: np.ndarray, qty: np.ndarray, term: Clamped, step: int,
                     mode: str) -> tuple[np.ndarray, np.ndarray]:
    """The clamped duty of each row, its bounds converted into the destination currency at the customs rate of
    the row's order plan (quote's from_currency, exact); and the rows whose bound currency has no rate that day
    (their orders go to quote, which says so: fx_unknown). Computed in floats over all rows at once (each plan's
    rate of the bound's currency read once, `PlanRegistry.customs_fx`); a row whose amount lies within float error of
    a rounding edge is recomputed exactly, over its plan's converted Fractions."""
    # the rates of the plans these rows use only: a plan reads the rate of a bound's currency only if a line of its
    # orders has the bound (PlanRegistry shares a plan between dates whose rates of what it read agree)
    used, inverse = np.unique(plans, return_inverse=True)
    fx = {k: reg.customs_fx(k, term.currency) for k in used.tolist()}
    rates = [fx[k] for k in used.tolist()]
    lo_f = np.array([_bound(term.lo, f) for f in rates], dtype=float)[inverse] if term.lo is not None else None
    hi_f = np.array([_bound(term.hi, f) for f in rates], dtype=float)[inverse] if term.hi is not None else None
    no_rate = np.array([f is None for f in rates], dtype=bool)[inverse]
    units = qty / QTY_SCALE
    raw = cv * float(term.rate)
    if lo_f is not None:
        raw = np.maximum(raw, units * lo_f)
    if hi_f is not None:
        raw = np.minimum(raw, units * hi_f)
    out, doubt = round_float_mode(raw / step, mode)
    out = out * step
    doubt &= ~no_rate
    if doubt.any():
        rows = np.flatnonzero(doubt)
        inverse, uniq = _groups(plans[rows])
        for k, at in zip(uniq.tolist(), _members(inverse, len(uniq))):
            f = fx[k]
            local = Clamped(term.rate, None if term.lo is None else term.lo * f, None if term.hi is None else term.hi * f,
                            reg.plans[k].quote.cur)
            out[rows[at]] = _clamped_cents(cv[rows[at]], qty[rows[at]], local, step, mode)
    out[no_rate] = 0
    return out, no_rate


def _bound(bound: Fraction, fx: Fraction | None) -> float:
    return 0.0 if fx is None else float(bound * fx)


def _clamped_cents(cv: np.ndarray, qty: np.ndarray, term: Clamped, step: int, mode: str) -> np.ndarray:
    """quantize(min(max(cv x rate, qty x lo), qty x hi)) in cents, as DutyExpr.compute and quote round it: every
    amount over one denominator (the rate's x QTY_SCALE x the bounds'), clamped exactly, then rounded once."""
    lo_d = term.lo.denominator if term.lo is not None else 1
    hi_d = term.hi.denominator if term.hi is not None else 1
    den = term.rate.denominator * QTY_SCALE * lo_d * hi_d
    if den * max(term.rate.numerator, 1) > _CLAMP_INT64 or max(term.lo or 0, term.hi or 0) * den > _CLAMP_INT64:
        cv, qty = cv.astype(object), qty.astype(object)   # bounds converted at an exchange rate: Python integers
    raw = cv * (term.rate.numerator * QTY_SCALE * lo_d * hi_d)
    if term.lo is not None:
        raw = np.maximum(raw, qty * (term.lo.numerator * term.rate.denominator * hi_d))
    if term.hi is not None:
        raw = np.minimum(raw, qty * (term.hi.numerator * term.rate.denominator * lo_d))
    return np.asarray(quantize_cents(raw, den, step, mode), dtype=np.int64)


# products of the clamped term's scale and a customs value of up to 9e12 cents stay inside int64 below this
_CLAMP_INT64 = 10**6


def _small_fraction(x: Decimal) -> tuple[int, int]:
    """x as (numerator, denominator) when both are below 2**40 (so x times a count of at most MAX_LINES, over
    the denominator times a rounding step, stays inside int64), else (0, 0)."""
    f = Fraction(x)
    return (f.numerator, f.denominator) if f.numerator < 2**40 and f.denominator < 2**40 else (0, 0)


def _exp(quantum: Decimal) -> int:
    return quantum.as_tuple().exponent


def _step(quantum: Decimal) -> int:
    return int(quantum * 100)


def _distinct_per_order(oi: np.ndarray, sub_ids: np.ndarray, rows: np.ndarray, n_orders: int) -> np.ndarray:
    """How many distinct subheadings each order's selected `rows` hold (`sub_ids`: a code per row, a line
    without an HS code its own)."""
    if not rows.any():
        return np.zeros(n_orders, dtype=np.int64)
    sub = pd.factorize(sub_ids[rows])[0]                # dense codes >= 0
    span = int(sub.max()) + 1                           # (order, subheading) pairs as one integer each
    pairs = pd.unique(oi[rows] * span + sub)            # hashed: no sort of the rows
    return np.bincount(pairs // span, minlength=n_orders)


def run_kernel(ol: OrderLines, plan_of_order: np.ndarray, reg: PlanRegistry, line_plan_of_row: np.ndarray) -> dict:
    """Figures per row and per order for the orders with a plan (ids in `reg`), and `unsure` for the orders
    whose figures could differ from `quote` (left to it)."""
    n, n_orders = ol.n_rows, ol.n_orders
    oi = ol.order_of_row
    done = plan_of_order >= 0
    unsure = ~done
    R, F = reg.max_regimes, reg.max_flats
    pick = np.where(done, plan_of_order, len(reg.plans))

    def G(name: str, fn, default, dtype=object) -> np.ndarray:
        """A plan value per order (the default for orders without a plan)."""
        return reg.col(name, fn, default, dtype)[pick]

    def GR(name: str, fn, default, dtype=object) -> np.ndarray:
        """As G, for a value of the rules the plan chose (`PlanRegistry.rule_col`), not of its converted amounts."""
        return reg.rule_col(name, fn, default, dtype)[pick]

    lpi = np.where(done[oi] & (line_plan_of_row >= 0), line_plan_of_row, len(reg.line_plans))

    def _pad(t, k, fill=False):
        return tuple(t) + (fill,) * (k - len(t))

    # the boolean facts of every line plan, gathered per row: exclusions, support, regimes, flats
    facts = reg.lcol("facts", lambda x: (x.duty_excluded, x.tax_excluded, not x.supported, *_pad(x.regime_excluded, R),
                                         *_pad(x.flats, F)), (False,) * (3 + R + F), bool).reshape(-1, 3 + R + F)[lpi]

    sorted_rows = bool(n == 0 or (oi[1:] >= oi[:-1]).all())
    starts = np.flatnonzero(np.r_[True, oi[1:] != oi[:-1]]) if sorted_rows and n else None

    def order_any(mask_rows: np.ndarray) -> np.ndarray:
        return np.bincount(oi, weights=mask_rows, minlength=n_orders) > 0

    def order_sum(cents_rows: np.ndarray) -> np.ndarray:
        """Exact int64 sums per order (rows of an order are usually contiguous: one reduceat)."""
        if starts is not None:
            out = np.zeros(n_orders, dtype=np.int64)
            out[oi[starts]] = np.add.reduceat(cents_rows.astype(np.int64), starts)
            return out
        out = np.zeros(n_orders, dtype=np.int64)
        np.add.at(out, oi, cents_rows)
        return out

    def order_max(values: np.ndarray) -> np.ndarray:
        out = np.zeros(n_orders, dtype=np.int64)
        if starts is not None:
            out[oi[starts]] = np.maximum.reduceat(values, starts)
        else:
            np.maximum.at(out, oi, values)
        return out

    # ---------------------------------------------------------------- values in the order currency
    value = ol.price * ol.qty                                   # exact, x VALUE_SCALE
    goods_f = np.bincount(oi, weights=value.astype(float), minlength=n_orders)
    unsure = unsure | (goods_f > 9e17)                          # keeps the exact sums inside int64
    goods = order_sum(value)
    transport = (ol.shipping + ol.insurance) * QTY_SCALE        # x VALUE_SCALE
    lines_n = np.bincount(oi, minlength=n_orders)
    item_max = order_max(ol.price * QTY_SCALE)
    rate_f = G("fx_rate_f", lambda p: float(p.fx_rate), 1.0, float)
    rate_one = G("fx_rate_one", lambda p: p.fx_rate == 1, True, bool)

    # shares of transport: by weight where the pack says so and every line has one, else by value
    w = np.nan_to_num(ol.weight, nan=0.0)
    all_w = np.bincount(oi, weights=w <= 0, minlength=n_orders) == 0   # quote: net weight or gross; 0 is missing
    w_sum = np.bincount(oi, weights=w, minlength=n_orders)
    use_w = GR("by_weight", lambda p: p.by_weight, False, bool) & all_w & (w_sum > 0)
    gf = goods.astype(float)
    share = np.where(use_w[oi], w / np.where(w_sum > 0, w_sum, 1)[oi],
                     np.where(gf[oi] > 0, value / np.where(gf > 0, gf, 1)[oi], 1.0 / lines_n[oi]))

    # ---------------------------------------------------------------- customs value per line (cents)
    cif = GR("cif", lambda p: p.cif, True, bool)
    has_factor = GR("has_factor", lambda p: p.factor is not None, False, bool)
    factor = GR("factor", lambda p: float(p.factor) if p.factor is not None else 1.0, 1.0, float)
    tf = transport.astype(float) / VALUE_SCALE
    vf = value.astype(float) / VALUE_SCALE
    exact_cv = rate_one[oi] & ~has_factor[oi] & (~cif[oi] | (transport[oi] == 0))
    cv, doubt = round_float((vf * factor[oi] + np.where(cif[oi], tf[oi] * share, 0.0)) * rate_f[oi] * 100)
    cv = np.where(exact_cv, round_ratio(value, VALUE_SCALE // 100, "half_up"), cv)
    outside, doubt2 = round_float(np.where(cif[oi], 0.0, tf[oi] * share * rate_f[oi] * 100))
    near_half = done & order_any((doubt & ~exact_cv) | doubt2)    # true ties and near ties: exact Decimals
    if near_half.any():
        _exact_customs_values(ol, reg, plan_of_order, near_half, use_w, cv, outside)
    cv_sum = order_sum(cv)

    # thresholds: the measured value of a basis, exactly (integers at VALUE_SCALE) where it can be
    float_values = [gf / VALUE_SCALE, (goods + transport) / VALUE_SCALE,
                    np.bincount(oi, weights=cv / 100 / rate_f[oi], minlength=n_orders), item_max / VALUE_SCALE]

    def test(name: str, get) -> tuple[np.ndarray, np.ndarray]:
        """Per order: within its plan's threshold `get(plan)` (False where none), and unsure. Computed over
        the orders whose plan has one (later regimes apply to few)."""
        has = GR(name + ".has", lambda p: get(p) is not None, False, bool)
        inside_all = np.zeros(n_orders, dtype=bool)
        doubt_all = np.zeros(n_orders, dtype=bool)
        at = np.flatnonzero(has)
        if not len(at):
            return inside_all, doubt_all
        k = pick[at]

        def P(key: str, fn, default, dtype, rule: bool = False):
            return (reg.rule_col if rule else reg.col)(name + key, fn, default, dtype)[k]
        basis = P(".basis", lambda p: _BASIS[get(p).basis] if get(p) else 0, 0, np.int64, rule=True)
        lim_f = P(".lim_f", lambda p: float(get(p).limit) if get(p) else 0.0, 0.0, float, rule=True)
        rho = P(".rho", lambda p: float(get(p).rate) if get(p) else 1.0, 1.0, float)
        incl = P(".incl", lambda p: get(p).inclusive if get(p) else True, True, bool, rule=True)
        exact_ok = P(".exact_ok", lambda p: bool(get(p) and get(p).rate == 1 and (get(p).limit * VALUE_SCALE) % 1 == 0), False, bool)
        lim_i = P(".lim_i", lambda p: int(get(p).limit * VALUE_SCALE) if get(p) and (get(p).limit * VALUE_SCALE) % 1 == 0 else 0, 0, np.int64, rule=True)
        measured = np.choose(basis, [v[at] for v in float_values]) * rho
        inside = np.where(incl, measured <= lim_f, measured < lim_f)
        doubt = np.abs(measured - lim_f) <= EPS_ABS + np.abs(lim_f) * EPS_REL * 10
        ex = np.choose(basis, [goods[at], goods[at] + transport[at], goods[at], item_max[at]])   # customs_value (2) is never exact
        exact = exact_ok & (basis != 2)
        inside_all[at] = np.where(exact, np.where(incl, ex <= lim_i, ex < lim_i), inside)
        doubt_all[at] = doubt & ~exact
        return inside_all, doubt_all

    # ---------------------------------------------------------------- collection regime
    regime = np.full(n_orders, -1, dtype=np.int64)
    for j in range(R):
        inside, doubt = test(f"regime{j}", lambda p, j=j: p.regimes[j].ceiling if len(p.regimes) > j else None)
        if not (inside | doubt).any():
            continue                                        # no order within this regime's ceiling
        excluded = order_any(facts[:, 3 + j])
        open_ = (regime < 0) & ~excluded
        unsure = unsure | (open_ & doubt)
        regime = np.where(open_ & inside, j, regime)
    # how each order's VAT is collected, as a small integer (_COLLECT_CODES): compared over whole arrays
    collect_table = reg.rule_col("collect_codes", lambda p: _pad([_COLLECT_CODES[COLLECTED[r.collects]] for r in p.regimes], R + 1,
                                                            _BORDER), (_BORDER,) * (R + 1), np.int64).reshape(-1, R + 1)
    collects = collect_table[pick, np.where(regime >= 0, regime, R)]

    # ---------------------------------------------------------------- duty
    has_customs = GR("has_customs", lambda p: p.has_customs, False, bool)
    relieved, doubt = test("duty_relief", lambda p: p.duty_relief)
    unsure = unsure | (doubt & has_customs)
    duty_relieved = relieved | ~has_customs                     # quote: (True, None) without customs
    duty_excl = facts[:, 0]
    need_tariff = has_customs[oi] & ~(duty_relieved[oi] & ~duty_excl)
    entry_filed = ~duty_relieved | order_any(duty_relieved[oi] & duty_excl & has_customs[oi])
    e_duty = GR("e_duty", lambda p: _exp(p.duty_quantum), -2, np.int64)
    duty_cents = np.zeros(n, dtype=np.int64)
    duty_exp = np.where(has_customs[oi], e_duty[oi], 0)       # quantize(ZERO, quantum), or ZERO without customs
    # a regime's own duty (China CBEC: 0%), else the tariff and additional duties, each rounded alone
    regime_duty = reg.rule_col("regime_duty", lambda p: _pad([intern((r.duty,)) if r.duty is not None else -1 for r in p.regimes], R, -1),
                          (-1,) * R, np.int64).reshape(-1, R) if R else None
    duty_round = reg.rule_col("duty_round", lambda p: intern((p.duty_quantum, p.duty_mode)), intern((Decimal("0.01"), "half_up")), np.int64)
    lp_duty = reg.lcol("duty_id", lambda x: x.duty_id, -1, np.int64)
    gid = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(need_tariff)
    if len(rows):
        k_rows, j_rows = pick[oi[rows]], regime[oi[rows]]
        own = regime_duty[k_rows, np.maximum(j_rows, 0)] if R else np.full(len(rows), -1, dtype=np.int64)
        rates = np.where((j_rows >= 0) & (own >= 0), own, lp_duty[lpi[rows]])
        known = rates >= 0
        combo = np.where(known, rates * (1 << 24) + duty_round[k_rows], -1)
        inverse, uniq = _groups(combo)
        gid[rows] = np.where(uniq[inverse] < 0, -2, inverse)
        # a line whose rate is unknown: no duty and no VAT on it, the order is rate_unknown (its message
        # comes from the plan); a line the vectorised path cannot compute at all leaves the order to quote
        unsure = unsure | order_any(need_tariff & facts[:, 2])
        for c, members in zip(uniq.tolist(), _members(inverse, len(uniq))):
            if c < 0:
                continue
            rates_id, round_id = divmod(c, 1 << 24)
            rates_t, (quantum, mode) = interned(rates_id), interned(round_id)
            idx = rows[members]
            total = np.zeros(len(idx), dtype=np.int64)
            tariff = None                                         # the first term's cents: what a floor lifts
            for rate in rates_t:                              # each term rounded alone, as quote does
                if isinstance(rate, OnDuties):                    # on the duties before it (India's SWS)
                    total += quantize_cents(total * rate.rate.numerator, rate.rate.denominator, _step(quantum), mode)
                elif isinstance(rate, TopUp):                     # a floor of the tariff duty (US s. 301 on the EU)
                    floor = quantize_cents(cv[idx] * rate.rate.numerator, rate.rate.denominator, _step(quantum), mode)
                    total += np.maximum(floor - (tariff if tariff is not None else 0), 0)
                elif isinstance(rate, Clamped):                   # between per-unit bounds (EU watches)
                    amount, no_rate = _clamped_by_plan(reg, pick[oi[idx]], cv[idx], ol.qty[idx], rate, _step(quantum), mode)
                    total += amount
                    if no_rate.any():
                        unsure[np.unique(oi[idx[no_rate]])] = True
                else:
                    total += quantize_cents(cv[idx] * rate.numerator, rate.denominator, _step(quantum), mode)
                if tariff is None:
                    tariff = total.copy()
            duty_cents[idx] = total
    unknown_row = gid == -2
    order_unknown = order_any(unknown_row)
    duty_charged = need_tariff & ~unknown_row

    # flat duties (EU interim duty per item category), half up to the customs quantum
    flat = np.zeros(n_orders, dtype=np.int64)
    flat_charged = np.zeros(n_orders, dtype=bool)
    step_duty = GR("step_duty", lambda p: _step(p.duty_quantum), 1, np.int64)
    sub_ids = reg.lcol("subheading_id", lambda x: intern(("sub", x.subheading)) if x.subheading else -1, -1, np.int64)[lpi]
    sub_ids = np.where(sub_ids >= 0, sub_ids, -2 - np.arange(n))           # a line without a code counts alone
    for j in range(F):
        hit = facts[:, 3 + R + j] & done[oi]
        hits = np.bincount(oi, weights=hit, minlength=n_orders)

        def flat_of(p, j=j):
            return p.flats[j] if len(p.flats) > j else None
        has = GR(f"flat{j}.has", lambda p: flat_of(p) is not None, False, bool)
        only_relieved = GR(f"flat{j}.only", lambda p: bool(flat_of(p) and flat_of(p).within_relief_only), False, bool)
        per = GR(f"flat{j}.per", lambda p: _PER_CODES.get(flat_of(p).per, -1) if flat_of(p) else -1, -1, np.int64)
        sel = has & (hits > 0) & (duty_relieved | ~only_relieved)
        if not sel.any():
            continue
        distinct = _distinct_per_order(oi, sub_ids, hit, n_orders)
        count = np.where(per == _PER_CODES["distinct_subheading"], distinct,
                         np.where(per == _PER_CODES["line"], hits.astype(np.int64), 1))
        # the amount in cents as num / den (a converted EUR 3 is often a fraction of a cent); in floats
        # only where those terms would not fit in int64 once multiplied
        a_num = G(f"flat{j}.num", lambda p: _small_fraction(flat_of(p).amount * 100)[0] if flat_of(p) else 0, 0, np.int64)
        a_den = G(f"flat{j}.den", lambda p: _small_fraction(flat_of(p).amount * 100)[1] if flat_of(p) else 1, 1, np.int64)
        a_float = G(f"flat{j}.float", lambda p: float(flat_of(p).amount) if flat_of(p) else 0.0, 0.0, float)
        exact = a_den > 0
        amt = quantize_cents(count * a_num, np.where(exact, a_den, 1), step_duty, "half_up")
        approx, doubt = round_float(count * a_float * 100 / step_duty)
        amt = np.where(exact, amt, approx * step_duty)
        unsure = unsure | (sel & doubt & ~exact)
        flat = np.where(sel, flat + amt, flat)
        flat_charged |= sel

    # amount reliefs: limits per basis (the first relief that holds zeroes the amounts)
    def within_amount(total_cents: Callable[[], np.ndarray], basis: str) -> tuple[np.ndarray, np.ndarray]:
        """Per order: within a relief of `basis` on the amount `total_cents()` (summed only where a plan of
        the chunk has such a relief), and unsure."""
        inside = np.zeros(n_orders, dtype=bool)
        doubt = np.zeros(n_orders, dtype=bool)
        t = None
        for j in range(_AMOUNT_RELIEFS):
            def lim_of(p, j=j):
                found = [a for a in p.amount_reliefs if a.basis == basis]
                assert len(found) <= _AMOUNT_RELIEFS, "more amount reliefs than the kernel reads"
                return found[j] if len(found) > j else None
            has = GR(f"ar.{basis}.{j}.has", lambda p: lim_of(p) is not None, False, bool)
            if not has.any():
                continue
            t = total_cents().astype(float) if t is None else t
            lim = G(f"ar.{basis}.{j}.lim", lambda p: float(lim_of(p).limit * 100) if lim_of(p) else 0.0, 0.0, float)
            incl = GR(f"ar.{basis}.{j}.incl", lambda p: lim_of(p).inclusive if lim_of(p) else True, True, bool)
            ins = has & np.where(incl, t <= lim, t < lim)
            doubt |= has & ~inside & (np.abs(t - lim) <= 1e-6 * np.maximum(1.0, np.abs(lim)))
            inside |= ins
        return inside, doubt

    zero_duty, doubt = within_amount(lambda: order_sum(duty_cents) + flat, "duty_amount")
    zero_duty &= ~order_unknown                                  # quote checks it only when every duty is known
    doubt &= ~order_unknown
    unsure = unsure | doubt
    zr = zero_duty[oi]
    duty_cents[zr], duty_exp[zr], duty_charged[zr] = 0, 0, False
    flat[zero_duty], flat_charged[zero_duty] = 0, False

    # border fees (US merchandise processing fee)
    fees = np.zeros(n_orders, dtype=np.int64)
    taxable_fees = np.zeros(n_orders, dtype=np.int64)   # the fees VAT applies to
    fee_charged = np.zeros(n_orders, dtype=bool)
    has_fees = reg.rule_col("has_fees", lambda p: bool(p.fees), False, bool)
    fee_orders = np.flatnonzero(done & has_fees[pick])
    if len(fee_orders):
        def subheadings() -> np.ndarray:
            """Distinct subheadings of each order whose plan has a fee per subheading (a line without a code alone)."""
            per_sub = reg.col("fee_per_subheading", lambda p: any(f.per_subheading for f in p.fees), False, bool)
            return _distinct_per_order(oi, sub_ids, (done & per_sub[pick])[oi], n_orders)
        _border_fees(reg, pick[fee_orders], fee_orders, cv_sum, duty_relieved, entry_filed, unsure, fees, taxable_fees,
                     fee_charged, subheadings)

    # ---------------------------------------------------------------- VAT / GST
    has_vat = GR("has_vat", lambda p: p.has_vat, False, bool)
    relieved, doubt = test("tax_relief", lambda p: p.tax_relief)
    border = collects == _BORDER
    unsure = unsure | (doubt & has_vat & border)
    tax_relieved = relieved & border & has_vat
    tax_excl = facts[:, 1]
    vat_row = has_vat[oi] & ~(tax_relieved[oi] & ~tax_excl) & ~unknown_row  # rows where quote charges VAT
    vat_cents = np.zeros(n, dtype=np.int64)
    vat_charged = np.zeros(n, dtype=bool)
    vat_text_id = np.full(n, -1, dtype=np.int64)
    e_vat = GR("e_vat", lambda p: _exp(p.vat_quantum), -2, np.int64)
    rows = np.flatnonzero(vat_row)
    if len(rows):
        o = oi[rows]
        has_duty = GR("vat_has_duty", lambda p: p.vat_has_duty, True, bool)[o]
        vat_fees = np.where(GR("vat_has_fees", lambda p: p.vat_has_fees, False, bool) & (collects != _CHECKOUT),
                            taxable_fees, 0)                  # as quote: no border fee in the VAT of a sale at checkout
        extra_total = flat + vat_fees
        base = cv[rows] + np.where(has_duty, duty_cents[rows], 0)
        extra_on = has_duty & (extra_total[o] > 0)
        if extra_on.any():
            rounded, doubt = round_float(base + extra_total[o].astype(float) * share[rows])
            tie = extra_on & doubt
            if tie.any():                                     # near a half cent: the Decimals quote adds
                tie_orders = np.zeros(n_orders, dtype=bool)
                tie_orders[o[tie]] = True
                exact_share = _exact_shares(ol, reg, plan_of_order, tie_orders, use_w)
                rounded[tie] = [int(quantize(Decimal(int(b)) / 100 + added_to_vat_base(
                    Decimal(int(flat[k])) / 100, Decimal(int(vat_fees[k])) / 100, exact_share[r]), CENT) * 100)
                    for b, k, r in zip(base[tie].tolist(), o[tie].tolist(), rows[tie].tolist())]
            base = np.where(extra_on, rounded, base)
        base = base + np.where(GR("vat_has_transport", lambda p: p.vat_has_transport, False, bool)[o], outside[rows], 0)
        vat_ids = reg.lcol("vat_ids", lambda x: _pad(x.vat_ids, R + 1, -1), (-1,) * (R + 1), np.int64).reshape(-1, R + 1)
        vat_round = reg.rule_col("vat_round", lambda p: intern((p.vat_quantum, p.vat_mode)), intern((Decimal("0.01"), "half_up")), np.int64)
        vid = vat_ids[lpi[rows], regime[o] + 1]               # 0: no regime; j + 1: regime j
        # a rate the arrays cannot hold for this line: quote() decides the order
        unsure[o[~reg.lcol("vat_supported", lambda x: x.vat_supported, True, bool)[lpi[rows]]]] = True
        caps = reg.lcol("vat_cap", lambda x: x.vat_cap, -1, np.int64)[lpi[rows]]
        capped = caps >= 0
        if capped.any():                                      # rates limited by customs value per unit
            above_ids = reg.lcol("vat_above_ids", lambda x: _pad(x.vat_above_ids, R + 1, -1), (-1,) * (R + 1), np.int64).reshape(-1, R + 1)
            per_unit = cv[rows].astype(float) * QTY_SCALE / ol.qty[rows]      # cents per unit
            unsure[o[capped & (np.abs(per_unit - caps) <= 1e-6 * np.maximum(caps, 1))]] = True
            vid = np.where(capped & (per_unit > caps), above_ids[lpi[rows], regime[o] + 1], vid)
        combo = vid * (1 << 24) + vat_round[pick[o]]
        inverse, uniq = _groups(combo)
        amounts = np.zeros(len(rows), dtype=np.int64)
        for c, m in zip(uniq.tolist(), _members(inverse, len(uniq))):
            vat_id, round_id = divmod(c, 1 << 24)
            (rate, _text), (quantum, mode) = interned(vat_id), interned(round_id)
            fr = Fraction(rate)
            amounts[m] = quantize_cents(base[m] * fr.numerator, fr.denominator, _step(quantum), mode)
        reverse = collects[o] == _REVERSE_CHARGE             # accounted for by the buyer: 0 here, not in totals
        vat_cents[rows] = np.where(reverse, 0, amounts)
        vat_charged[rows] = ~reverse
        vat_text_id[rows] = vid
    vat_exp = np.where(vat_charged, e_vat[oi], 0)

    zero_vat, doubt = within_amount(lambda: order_sum(vat_cents), "tax_amount")   # CH: tax of CHF 5 or less
    zero_vat &= ~order_unknown
    doubt &= ~order_unknown
    unsure = unsure | doubt
    zr = zero_vat[oi]
    vat_cents[zr], vat_exp[zr], vat_charged[zr] = 0, 0, False

    zero_all, doubt = within_amount(lambda: order_sum(duty_cents) + flat + order_sum(vat_cents), "duty_and_tax_amount")
    zero_all &= ~order_unknown
    doubt &= ~order_unknown
    unsure = unsure | doubt
    za = zero_all[oi]
    duty_cents[za], duty_exp[za], duty_charged[za] = 0, 0, False
    vat_cents[za], vat_exp[za], vat_charged[za] = 0, 0, False
    flat[zero_all], flat_charged[zero_all] = 0, False
    fees[zero_all], fee_charged[zero_all] = 0, False

    # ---------------------------------------------------------------- totals, as quote adds its charges
    duty_total = order_sum(np.where(duty_charged, duty_cents, 0)) + flat
    any_duty = order_any(duty_charged) | flat_charged
    vat_total = order_sum(np.where(vat_charged, vat_cents, 0))
    any_vat = order_any(vat_charged)
    ed = np.where(any_duty, np.minimum(e_duty, 0), 0)
    ev = np.where(any_vat, np.minimum(e_vat, 0), 0)
    ef = np.where(fee_charged, np.minimum(e_duty, 0), 0)
    taxes = duty_total + vat_total + fees
    goods_d = _to_dest(goods, rate_f, rate_one, done, reg, plan_of_order)
    transport_d = _to_dest(transport, rate_f, rate_one, done, reg, plan_of_order)
    return {
        "unsure": unsure, "regime": regime, "unknown_row": unknown_row, "order_unknown": order_unknown,
        "has_vat_row": has_vat[oi],
        "customs_value": Text(cv, np.full(n, -2)), "duty": Text(duty_cents, duty_exp), "vat": Text(vat_cents, vat_exp),
        "vat_rate_id": vat_text_id,
        "order_duty": Text(duty_total, ed), "order_vat": Text(vat_total, ev), "order_fees": Text(fees, ef),
        "order_taxes": Text(taxes, np.minimum(np.minimum(ed, ev), ef)),
        "order_landed_cost": Text(goods_d + transport_d + taxes, np.full(n_orders, -2)),
    }


def _border_fees(reg: PlanRegistry, plans: np.ndarray, orders: np.ndarray, cv_sum: np.ndarray, duty_relieved: np.ndarray,
                 entry_filed: np.ndarray, unsure: np.ndarray, fees: np.ndarray, taxable_fees: np.ndarray,
                 fee_charged: np.ndarray, subheadings_of: Callable[[], np.ndarray]) -> None:
    """Border fees (the US merchandise processing fee) of `orders` under their `plans`, added in place: the k-th
    fee of every plan at once, its terms gathered as plan columns. A fee applies always, within the duty relief,
    or where an entry is filed; above and up to its limits on the customs value; its amount is the ad valorem
    part plus fixed and per-subheading amounts, between its minimum and maximum, rounded half up to the duty
    quantum. An order whose customs value lies within float error of a limit that is not a whole cent, or whose
    fee states a fraction of a cent, is left to quote (`unsure`)."""
    cvs = cv_sum[orders]
    n_fees = int(reg.rule_col("n_fees", lambda p: len(p.fees), 0, np.int64)[plans].max())
    subheadings = None
    for f in range(n_fees):
        has_fee = reg.rule_col(f"fee{f}.has", lambda p, f=f: len(p.fees) > f, False, bool)     # per plan

        def P(key: str, fn, default, dtype, rule: bool = False, f=f, has_fee=has_fee) -> np.ndarray:
            """The fee's value per order; `rule`: of the rules, not of an amount converted (PlanRegistry.rule_col),
            else asked only of the plans that have the fee."""
            if rule:
                return reg.rule_col(f"fee{f}.{key}", lambda p: fn(p.fees[f]) if len(p.fees) > f else default, default, dtype)[plans]
            return reg.col(f"fee{f}.{key}", lambda p: fn(p.fees[f]), default, dtype, where=has_fee)[plans]
        sel = has_fee[plans]
        sel &= np.where(P("always", lambda fp: fp.applies_always, False, bool, rule=True), True,
                        np.where(P("within_relief", lambda fp: fp.within_relief, False, bool, rule=True), duty_relieved[orders],
                                 entry_filed[orders]))
        for name, keep_above in (("above", True), ("up_to", False)):
            has = P(name + ".has", lambda fp: getattr(fp, name) is not None, False, bool, rule=True)
            whole = P(name + ".whole", lambda fp: getattr(fp, name) is None or _whole_cents(getattr(fp, name)), True, bool)
            lim_i = P(name + ".cents", lambda fp: int(getattr(fp, name) * 100) if getattr(fp, name) is not None else 0, 0, np.int64)
            lim_f = P(name + ".float", lambda fp: float(getattr(fp, name) * 100) if getattr(fp, name) is not None else 0.0, 0.0, float)
            above = np.where(whole, cvs > lim_i, cvs > lim_f)
            unsure[orders[sel & has & ~whole & (np.abs(cvs - lim_f) <= 1e-6)]] = True
            sel &= ~has | (above if keep_above else ~above)
        exact = P("exact", lambda fp: all(_whole_cents(x) for x in [fp.fixed, fp.per_subheading, fp.minimum, fp.maximum]
                                          if x is not None), True, bool)
        unsure[orders[sel & ~exact]] = True
        sel &= exact
        if not sel.any():
            continue
        num = P("num", lambda fp: fp.rate.numerator, 0, np.int64, rule=True)
        den = P("den", lambda fp: fp.rate.denominator, 1, np.int64, rule=True)
        total = cvs * num + P("fixed", lambda fp: int(fp.fixed * 100) if _whole_cents(fp.fixed) else 0, 0, np.int64) * den
        per_sub = P("per_sub", lambda fp: int(fp.per_subheading * 100) if _whole_cents(fp.per_subheading) else 0, 0, np.int64)
        if (per_sub[sel] != 0).any():
            subheadings = subheadings_of() if subheadings is None else subheadings     # every line; one without a code alone
            total = total + subheadings[orders] * per_sub * den
        for name, bound in (("minimum", np.maximum), ("maximum", np.minimum)):
            has = P(name + ".has", lambda fp: getattr(fp, name) is not None, False, bool, rule=True)
            if has.any():
                b = P(name + ".cents", lambda fp: int(getattr(fp, name) * 100) if getattr(fp, name) is not None
                      and _whole_cents(getattr(fp, name)) else 0, 0, np.int64)
                total = np.where(has, bound(total, b * den), total)
        amt = quantize_cents(total, den, reg.rule_col("step_duty", lambda p: _step(p.duty_quantum), 1, np.int64)[plans], "half_up")
        at = orders[sel]
        fees[at] += amt[sel]
        taxable = sel & P("taxable", lambda fp: fp.taxable, False, bool, rule=True)
        taxable_fees[orders[taxable]] += amt[taxable]
        fee_charged[at] = True


def _whole_cents(amount: Decimal) -> bool:
    return (amount * 100) % 1 == 0


def _groups(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(group of each key, the distinct keys): hashed, not sorted."""
    import pandas as pd

    codes, uniq = pd.factorize(keys)
    return codes, np.asarray(uniq)


def _members(inverse: np.ndarray, n_groups: int) -> list[np.ndarray]:
    """The positions of each group's members, in order: one sort instead of a comparison per group. Up to
    65,536 groups the keys are sorted as 16-bit integers, which numpy's stable sort orders by radix (a tenth of
    the time of a 64-bit sort over a chunk)."""
    keys = inverse.astype(np.uint16) if n_groups <= 1 << 16 else inverse
    order = np.argsort(keys, kind="stable")
    return np.split(order, np.cumsum(np.bincount(inverse, minlength=n_groups))[:-1])


def _to_dest(amount_scaled: np.ndarray, rate_f: np.ndarray, rate_one: np.ndarray, done: np.ndarray, reg: PlanRegistry,
             plan_of_order: np.ndarray) -> np.ndarray:
    """quantize(amount x rate, CENT) for order-currency amounts at VALUE_SCALE; near a half cent, in Decimals."""
    exact = round_ratio(amount_scaled, VALUE_SCALE // 100, "half_up")
    approx, doubt = round_float(amount_scaled.astype(float) / VALUE_SCALE * rate_f * 100)
    out = np.where(rate_one, exact, approx)
    for o in np.flatnonzero(doubt & ~rate_one & done).tolist():
        rate = reg.plans[plan_of_order[o]].fx_rate
        out[o] = int(converted(Decimal(int(amount_scaled[o])) / VALUE_SCALE, lambda a: a * rate) * 100)
    return out


def _exact_orders(ol: OrderLines, reg: PlanRegistry, plan_of_order: np.ndarray, orders: np.ndarray, use_w: np.ndarray):
    """For each order in the mask `orders`: (its plan, its rows, the lines' values, their shares of transport,
    the transport), as the Decimals `quote` computes them, for the few orders the floats cannot settle."""
    oi = ol.order_of_row
    rows = np.flatnonzero(orders[oi])
    rows = rows[np.argsort(oi[rows], kind="stable")]
    bounds = np.flatnonzero(np.r_[True, oi[rows][1:] != oi[rows][:-1], True])
    w_index, w_texts = ol.weight_cell
    w_texts = w_texts.to_pylist()
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        rs = rows[lo:hi]
        o = int(oi[rs[0]])
        values = [Decimal(v) / VALUE_SCALE for v in (ol.price[rs] * ol.qty[rs]).tolist()]
        weights = [Decimal(w_texts[i] or 0) for i in w_index[rs].tolist()]
        transport = Decimal(int(ol.shipping[o] + ol.insurance[o])) / PRICE_SCALE
        yield reg.plans[plan_of_order[o]], rs, values, shares(values, weights, bool(use_w[o])), transport


def _exact_shares(ol: OrderLines, reg: PlanRegistry, plan_of_order: np.ndarray, orders: np.ndarray,
                  use_w: np.ndarray) -> dict[int, Decimal]:
    """row -> its exact share of its order's transport, for the rows of `orders`."""
    return {r: s for _, rs, _, line_shares, _ in _exact_orders(ol, reg, plan_of_order, orders, use_w)
            for r, s in zip(rs.tolist(), line_shares)}


def _exact_customs_values(ol: OrderLines, reg: PlanRegistry, plan_of_order: np.ndarray, orders: np.ndarray,
                          use_w: np.ndarray, cv: np.ndarray, outside: np.ndarray) -> None:
    """The customs values (and transport outside them) of the lines of `orders`, in place, from the exact
    Decimals `quote` rounds: for the few orders whose float figures lie within 1e-12 of a half cent."""
    for p, rs, values, line_shares, transport in _exact_orders(ol, reg, plan_of_order, orders, use_w):
        customs, out = line_customs_values(values, line_shares, transport, factor=p.factor, cif=p.cif,
                                           to=lambda a, p=p: a * p.fx_rate)
        cv[rs] = [int(c * 100) for c in customs]
        outside[rs] = [int(c * 100) for c in out]
