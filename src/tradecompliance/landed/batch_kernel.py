"""The arithmetic of `quote` over whole arrays of orders and lines, exact to the cent.

Amounts that `quote` computes from exact cents times an exact rate (duties, VAT, fees) are computed here
in integers with the same rounding. Amounts that pass through an exchange rate or a share of transport
(customs values, thresholds) are computed in binary floating point, whose error is below 1e-12 of the
amount; where the exact result could lie within that distance of a rounding boundary or a threshold
(a tie such as 0.005, an amount exactly at a limit) the order is marked `unsure` and goes to `quote`.
So every figure this module returns is the figure `quote` returns.

Per-setting parameters (a plan's threshold, rate, quantum ...) are gathered into per-order arrays, so
the work is a fixed number of array operations whatever the number of distinct settings."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

import numpy as np

from .batch_input import QTY_SCALE, VALUE_SCALE, OrderLines
from .batch_plan import VALUE_BASES, LinePlan, OrderPlan, intern, interned
from .quote import COLLECTED

EPS_REL, EPS_ABS = 1e-12, 1e-9
_BASIS = {b: i for i, b in enumerate(VALUE_BASES)}


def round_ratio(num: np.ndarray, den, mode: str) -> np.ndarray:
    """round(num / den) for non-negative int64 numerators, as Decimal's rounding `mode` does."""
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
    eps = EPS_ABS + np.abs(x) * EPS_REL
    return np.floor(x + 0.5).astype(np.int64), np.abs((x - np.floor(x)) - 0.5) < eps


def quantize_cents(num: np.ndarray, den, step, mode: str) -> np.ndarray:
    """quantize(num / den cents, a quantum of `step` cents, mode), in cents."""
    return round_ratio(num, den * step, mode) * step


@dataclass
class Text:
    """An amount in cents and the exponent its Decimal has in `quote` (-2: '12.30'; 0: '1200', '0')."""

    cents: np.ndarray
    exp: np.ndarray

    def strings(self) -> np.ndarray:
        import pyarrow as pa
        import pyarrow.compute as pc

        c = self.cents.astype(np.int64)
        whole = pc.cast(pa.array(c // 100), pa.string())
        frac = pc.utf8_lpad(pc.cast(pa.array(c % 100), pa.string()), 2, "0")
        two = pc.binary_join_element_wise(whole, frac, ".")
        return pc.if_else(pa.array(self.exp == -2), two, whole)


def _exp(quantum: Decimal) -> int:
    return quantum.as_tuple().exponent


def _step(quantum: Decimal) -> int:
    return int(quantum * 100)


class _Gather:
    """Per-plan values turned into per-order arrays (orders without a plan get the default)."""

    def __init__(self, plan_of_order: np.ndarray, n_plans: int):
        self.pick = np.where(plan_of_order >= 0, plan_of_order, n_plans)

    def __call__(self, values, default, dtype=object) -> np.ndarray:
        return np.array(list(values) + [default], dtype=dtype)[self.pick]


def run_kernel(ol: OrderLines, plan_of_order: np.ndarray, plans: list[OrderPlan], line_plans: list, line_plan_owner: list,
               line_plan_of_row: np.ndarray) -> dict:
    """Figures per row and per order for the orders with a plan, and `unsure` for the orders whose
    figures could differ from `quote` (left to it)."""
    n, n_orders = ol.n_rows, ol.n_orders
    oi = ol.order_of_row
    done = plan_of_order >= 0
    unsure = ~done
    G = _Gather(plan_of_order, len(plans))
    lpi = np.where(done[oi], line_plan_of_row, len(line_plans))
    blank = LinePlan(True)

    def per_row(fn, dtype=bool):
        return np.array([fn(x) for x in line_plans] + [fn(blank)], dtype=dtype)[lpi]

    # the boolean facts of every line plan in one pass, gathered per row: exclusions, support, regimes, flats
    max_r = max((len(p.regimes) for p in plans), default=0)
    max_f = max((len(p.flats) for p in plans), default=0)

    def _pad(t, k):
        return tuple(t) + (False,) * (k - len(t))

    def _row(x):
        cached = x.__dict__.get("_flags")
        if cached is None or cached[0] != (max_r, max_f):
            cached = x.__dict__["_flags"] = ((max_r, max_f), (x.duty_excluded, x.tax_excluded, not x.supported,
                                                               *_pad(x.regime_excluded, max_r), *_pad(x.flats, max_f)))
        return cached[1]

    facts = np.array([_row(x) for x in [*line_plans, blank]], dtype=bool).reshape(len(line_plans) + 1, 3 + max_r + max_f)[lpi]

    def order_any(mask_rows: np.ndarray) -> np.ndarray:
        return np.bincount(oi, weights=mask_rows, minlength=n_orders) > 0

    def order_sum(cents_rows: np.ndarray) -> np.ndarray:
        out = np.zeros(n_orders, dtype=np.int64)
        np.add.at(out, oi, cents_rows)
        return out

    # ---------------------------------------------------------------- values in the order currency
    value = ol.price * ol.qty                                   # exact, x VALUE_SCALE
    goods_f = np.bincount(oi, weights=value.astype(float), minlength=n_orders)
    unsure = unsure | (goods_f > 9e17)                          # keeps the exact sums inside int64
    goods = order_sum(value)
    transport = (ol.shipping + ol.insurance) * QTY_SCALE        # x VALUE_SCALE
    lines_n = np.bincount(oi, minlength=n_orders)
    item_max = np.zeros(n_orders, dtype=np.int64)
    np.maximum.at(item_max, oi, ol.price * QTY_SCALE)
    rate_f = G([float(p.fx_rate) for p in plans], 1.0, float)
    rate_one = G([p.fx_rate == 1 for p in plans], True, bool)

    # shares of transport: by weight where the pack says so and every line has one, else by value
    w = np.nan_to_num(ol.weight, nan=0.0)
    all_w = np.bincount(oi, weights=w <= 0, minlength=n_orders) == 0   # quote: net weight or gross; 0 is missing
    w_sum = np.bincount(oi, weights=w, minlength=n_orders)
    use_w = G([p.by_weight for p in plans], False, bool) & all_w & (w_sum > 0)
    gf = goods.astype(float)
    share = np.where(use_w[oi], w / np.where(w_sum > 0, w_sum, 1)[oi],
                     np.where(gf[oi] > 0, value / np.where(gf > 0, gf, 1)[oi], 1.0 / lines_n[oi]))

    # ---------------------------------------------------------------- customs value per line (cents)
    cif = G([p.cif for p in plans], True, bool)
    has_factor = G([p.factor is not None for p in plans], False, bool)
    factor = G([float(p.factor) if p.factor is not None else 1.0 for p in plans], 1.0, float)
    tf = transport.astype(float) / VALUE_SCALE
    vf = value.astype(float) / VALUE_SCALE
    exact_cv = rate_one[oi] & ~has_factor[oi] & (~cif[oi] | (transport[oi] == 0))
    cv, doubt = round_float((vf * factor[oi] + np.where(cif[oi], tf[oi] * share, 0.0)) * rate_f[oi] * 100)
    cv = np.where(exact_cv, round_ratio(value, VALUE_SCALE // 100, "half_up"), cv)
    outside, doubt2 = round_float(np.where(cif[oi], 0.0, tf[oi] * share * rate_f[oi] * 100))
    unsure = unsure | order_any((doubt & ~exact_cv) | doubt2)
    cv_sum = order_sum(cv)

    # thresholds: the measured value of a basis, exactly (integers at VALUE_SCALE) where it can be
    float_values = [gf / VALUE_SCALE, (goods + transport) / VALUE_SCALE,
                    np.bincount(oi, weights=cv / 100 / rate_f[oi], minlength=n_orders), item_max / VALUE_SCALE]

    def test(thresholds) -> tuple[np.ndarray, np.ndarray]:
        """Per order: within its plan's threshold (False where none), and unsure."""
        has = G([t is not None for t in thresholds], False, bool)
        basis = G([_BASIS[t.basis] if t else 0 for t in thresholds], 0, np.int64)
        lim_f = G([float(t.limit) if t else 0.0 for t in thresholds], 0.0, float)
        rho = G([float(t.rate) if t else 1.0 for t in thresholds], 1.0, float)
        incl = G([t.inclusive if t else True for t in thresholds], True, bool)
        exact_ok = G([bool(t and t.rate == 1 and (t.limit * VALUE_SCALE) % 1 == 0) for t in thresholds], False, bool)
        lim_i = G([int(t.limit * VALUE_SCALE) if t and (t.limit * VALUE_SCALE) % 1 == 0 else 0 for t in thresholds], 0, np.int64)
        measured = np.choose(basis, float_values) * rho
        inside = np.where(incl, measured <= lim_f, measured < lim_f)
        doubt = np.abs(measured - lim_f) <= EPS_ABS + np.abs(lim_f) * EPS_REL * 10
        ex = np.choose(basis, [goods, goods + transport, goods, item_max])   # customs_value (2) is never exact
        exact = exact_ok & (basis != 2)
        inside = np.where(exact, np.where(incl, ex <= lim_i, ex < lim_i), inside)
        doubt &= ~exact
        return inside & has, doubt & has

    # ---------------------------------------------------------------- collection regime
    regime = np.full(n_orders, -1, dtype=np.int64)
    for j in range(max_r):
        excluded = order_any(facts[:, 3 + j])
        inside, doubt = test([p.regimes[j].ceiling if len(p.regimes) > j else None for p in plans])
        open_ = (regime < 0) & ~excluded
        unsure = unsure | (open_ & doubt)
        regime = np.where(open_ & inside, j, regime)
    collect_table = np.array([[COLLECTED[r.collects] for r in p.regimes]
                              + ["border"] * (max_r - len(p.regimes) + 1) for p in plans] + [["border"] * (max_r + 1)], dtype=object)
    collects = collect_table[G.pick, np.where(regime >= 0, regime, max_r)]

    # ---------------------------------------------------------------- duty
    has_customs = G([p.has_customs for p in plans], False, bool)
    relieved, doubt = test([p.duty_relief for p in plans])
    unsure = unsure | (doubt & has_customs)
    duty_relieved = relieved | ~has_customs                     # quote: (True, None) without customs
    duty_excl = facts[:, 0]
    need_tariff = has_customs[oi] & ~(duty_relieved[oi] & ~duty_excl)
    entry_filed = ~duty_relieved | order_any(duty_relieved[oi] & duty_excl & has_customs[oi])
    e_duty = G([_exp(p.duty_quantum) for p in plans], -2, np.int64)
    duty_cents = np.zeros(n, dtype=np.int64)
    duty_exp = np.where(has_customs[oi], e_duty[oi], 0)       # quantize(ZERO, quantum), or ZERO without customs
    # a regime's own duty (China CBEC: 0%), else the tariff and additional duties, each rounded alone
    regime_rate = {}
    for k, p in enumerate(plans):
        for j, rp in enumerate(p.regimes):
            if rp.duty is not None:
                regime_rate[(k, j)] = intern((rp.duty,))
    rounding_ids = [intern((p.duty_quantum, p.duty_mode)) for p in plans]
    keys: dict = {}
    gid = np.full(n, -1, dtype=np.int64)
    rows = np.flatnonzero(need_tariff)
    if len(rows):
        jj, aa = regime[oi[rows]], lpi[rows]
        combo = (aa * (max_r + 1) + (jj + 1)).astype(np.int64)   # a line plan fixes its order plan
        uniq, inverse = np.unique(combo, return_inverse=True)
        gid_of = np.empty(len(uniq), dtype=np.int64)
        for u, c in enumerate(uniq.tolist()):
            a, j1 = divmod(c, max_r + 1)
            k = line_plan_owner[a]
            rates = regime_rate.get((k, j1 - 1)) if j1 > 0 else None
            if rates is None:
                rates = line_plans[a].duty_id
            gid_of[u] = -2 if rates < 0 else keys.setdefault((rates, rounding_ids[k]), len(keys))
        gid[rows] = gid_of[inverse]
        # a line whose rate is unknown: no duty and no VAT on it, the order is rate_unknown (its message
        # comes from the plan); a line the vectorised path cannot compute at all leaves the order to quote
        unsure = unsure | order_any(need_tariff & facts[:, 2])
        for (rates_id, round_id), g in keys.items():
            rates, (quantum, mode) = interned(rates_id), interned(round_id)
            idx = np.flatnonzero(gid == g)
            total = np.zeros(len(idx), dtype=np.int64)
            for rate in rates:
                total += quantize_cents(cv[idx] * rate.numerator, rate.denominator, _step(quantum), mode)
            duty_cents[idx] = total
    unknown_row = gid == -2
    order_unknown = order_any(unknown_row)
    duty_charged = need_tariff & ~unknown_row

    # flat duties (EU interim duty per item category), half up to the customs quantum
    flat = np.zeros(n_orders, dtype=np.int64)
    flat_charged = np.zeros(n_orders, dtype=bool)
    step_duty = G([_step(p.duty_quantum) for p in plans], 1, np.int64)
    for j in range(max_f):
        hit = facts[:, 3 + max_r + j] & done[oi]
        hits = np.bincount(oi, weights=hit, minlength=n_orders)
        has = G([len(p.flats) > j for p in plans], False, bool)
        only_relieved = G([len(p.flats) > j and p.flats[j].within_relief_only for p in plans], False, bool)
        per = G([p.flats[j].per if len(p.flats) > j else "" for p in plans], "", object)
        amount = G([p.flats[j].amount if len(p.flats) > j else Decimal(0) for p in plans], Decimal(0), object)
        sel = has & (hits > 0) & (duty_relieved | ~only_relieved)
        if not sel.any():
            continue
        sub_id = per_row(lambda x: x.subheading, object)
        sub_id = np.where(sub_id == "", np.char.add("#", np.arange(n).astype(str)).astype(object), sub_id)
        pairs = np.unique(np.stack([oi[hit], np.unique(sub_id[hit], return_inverse=True)[1]]), axis=1) if hit.any() else np.zeros((2, 0), dtype=np.int64)
        distinct = np.bincount(pairs[0], minlength=n_orders) if pairs.size else np.zeros(n_orders, dtype=np.int64)
        count = np.where(per == "distinct_subheading", distinct, np.where(per == "line", hits.astype(np.int64), 1))
        cents_exact = np.array([(a * 100) % 1 == 0 for a in amount], dtype=bool)
        a_cents = np.array([int(a * 100) if e else 0 for a, e in zip(amount, cents_exact)], dtype=np.int64)
        amt = quantize_cents(count * a_cents, 1, step_duty, "half_up")
        approx, doubt = round_float(count * np.array([float(a) for a in amount]) * 100 / step_duty)
        amt = np.where(cents_exact, amt, approx * step_duty)
        unsure = unsure | (sel & doubt & ~cents_exact)
        flat = np.where(sel, flat + amt, flat)
        flat_charged |= sel

    # amount reliefs: gathered limits per basis (the first relief that holds zeroes the amounts)
    def amount_limits(basis: str):
        lims = [[a for a in p.amount_reliefs if a.basis == basis] for p in plans]
        return lims, max((len(x) for x in lims), default=0)

    def within_amount(total_cents: np.ndarray, basis: str) -> tuple[np.ndarray, np.ndarray]:
        lims, m = amount_limits(basis)
        inside = np.zeros(n_orders, dtype=bool)
        doubt = np.zeros(n_orders, dtype=bool)
        for j in range(m):
            has = G([len(x) > j for x in lims], False, bool)
            lim = G([float(x[j].limit * 100) if len(x) > j else 0.0 for x in lims], 0.0, float)
            incl = G([x[j].inclusive if len(x) > j else True for x in lims], True, bool)
            t = total_cents.astype(float)
            ins = has & np.where(incl, t <= lim, t < lim)
            doubt |= has & ~inside & (np.abs(t - lim) <= 1e-6 * np.maximum(1.0, np.abs(lim)))
            inside |= ins
        return inside, doubt

    zero_duty, doubt = within_amount(order_sum(duty_cents) + flat, "duty_amount")
    zero_duty &= ~order_unknown                                  # quote checks it only when every duty is known
    doubt &= ~order_unknown
    unsure = unsure | doubt
    zr = zero_duty[oi]
    duty_cents[zr], duty_exp[zr], duty_charged[zr] = 0, 0, False
    flat[zero_duty], flat_charged[zero_duty] = 0, False

    # border fees (US merchandise processing fee)
    fees = np.zeros(n_orders, dtype=np.int64)
    fee_charged = np.zeros(n_orders, dtype=bool)
    fee_plans = [k for k, p in enumerate(plans) if p.fees]
    if fee_plans:
        order_by_plan = np.argsort(plan_of_order, kind="stable")
        bounds = np.searchsorted(plan_of_order[order_by_plan], np.arange(len(plans) + 1))
        for k in fee_plans:
            p = plans[k]
            orders = order_by_plan[bounds[k]:bounds[k + 1]]
            for fp in p.fees:
                sel = np.ones(len(orders), dtype=bool) if fp.applies_always else entry_filed[orders].copy()
                for limit, keep_above in ((fp.above, True), (fp.up_to, False)):
                    if limit is None:
                        continue
                    lim = limit * 100
                    if lim % 1 == 0:
                        above = cv_sum[orders] > int(lim)
                    else:
                        above = cv_sum[orders] > float(lim)
                        unsure[orders[sel & (np.abs(cv_sum[orders] - float(lim)) <= 1e-6)]] = True
                    sel &= above if keep_above else ~above
                parts = [fp.fixed] + [x for x in (fp.minimum, fp.maximum) if x is not None]
                if any((x * 100) % 1 != 0 for x in parts):
                    unsure[orders[sel]] = True
                    continue
                den = fp.rate.denominator
                total = cv_sum[orders] * fp.rate.numerator + int(fp.fixed * 100) * den
                if fp.minimum is not None:
                    total = np.maximum(total, int(fp.minimum * 100) * den)
                if fp.maximum is not None:
                    total = np.minimum(total, int(fp.maximum * 100) * den)
                amt = quantize_cents(total, den, _step(p.duty_quantum), "half_up")
                fees[orders[sel]] += amt[sel]
                fee_charged[orders[sel]] = True

    # ---------------------------------------------------------------- VAT / GST
    has_vat = G([p.has_vat for p in plans], False, bool)
    relieved, doubt = test([p.tax_relief for p in plans])
    border = collects == "border"
    unsure = unsure | (doubt & has_vat & border)
    tax_relieved = relieved & border & has_vat
    tax_excl = facts[:, 1]
    vat_row = has_vat[oi] & ~(tax_relieved[oi] & ~tax_excl) & ~unknown_row  # rows where quote charges VAT
    vat_cents = np.zeros(n, dtype=np.int64)
    vat_charged = np.zeros(n, dtype=bool)
    vat_rate_text = np.full(n, "", dtype=object)
    e_vat = G([_exp(p.vat_quantum) for p in plans], -2, np.int64)
    rows = np.flatnonzero(vat_row)
    if len(rows):
        o = oi[rows]
        has_duty = G([p.vat_has_duty for p in plans], True, bool)[o]
        extra_total = flat + np.where(G([p.vat_has_fees for p in plans], False, bool), fees, 0)
        base = cv[rows] + np.where(has_duty, duty_cents[rows], 0)
        extra_on = has_duty & (extra_total[o] > 0)
        if extra_on.any():
            rounded, doubt = round_float(base + extra_total[o].astype(float) * share[rows])
            base = np.where(extra_on, rounded, base)
            unsure[o[extra_on & doubt]] = True
        base = base + np.where(G([p.vat_has_transport for p in plans], False, bool)[o], outside[rows], 0)
        choice = regime[o] + 1                                 # 0: no regime; j + 1: regime j
        vat_rounding = [intern((p.vat_quantum, p.vat_mode)) for p in plans]
        keys = {}
        uniq, inverse = np.unique(lpi[rows] * (max_r + 1) + choice, return_inverse=True)
        gid_of = np.empty(len(uniq), dtype=np.int64)
        for u, code in enumerate(uniq.tolist()):
            a, c = divmod(code, max_r + 1)
            gid_of[u] = keys.setdefault((line_plans[a].vat_ids[c], vat_rounding[line_plan_owner[a]]), len(keys))
        gidv = gid_of[inverse]
        amounts = np.zeros(len(rows), dtype=np.int64)
        texts = np.empty(len(rows), dtype=object)
        for (vat_id, round_id), g in keys.items():
            (rate, text), (quantum, mode) = interned(vat_id), interned(round_id)
            m = gidv == g
            fr = Fraction(rate)
            amounts[m] = quantize_cents(base[m] * fr.numerator, fr.denominator, _step(quantum), mode)
            texts[m] = text
        reverse = collects[o] == "reverse_charge"             # accounted for by the buyer: 0 here, not in totals
        vat_cents[rows] = np.where(reverse, 0, amounts)
        vat_charged[rows] = ~reverse
        vat_rate_text[rows] = texts
    vat_exp = np.where(vat_charged, e_vat[oi], 0)

    zero_vat, doubt = within_amount(order_sum(vat_cents), "tax_amount")   # CH: tax of CHF 5 or less
    zero_vat &= ~order_unknown
    doubt &= ~order_unknown
    unsure = unsure | doubt
    zr = zero_vat[oi]
    vat_cents[zr], vat_exp[zr], vat_charged[zr] = 0, 0, False

    zero_all, doubt = within_amount(order_sum(duty_cents) + flat + order_sum(vat_cents), "duty_and_tax_amount")
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
    goods_d, d1 = _to_dest(goods, rate_f, rate_one)
    transport_d, d2 = _to_dest(transport, rate_f, rate_one)
    unsure = unsure | d1 | d2
    return {
        "unsure": unsure, "regime": regime, "unknown_row": unknown_row, "order_unknown": order_unknown,
        "has_vat_row": has_vat[oi],
        "customs_value": Text(cv, np.full(n, -2)), "duty": Text(duty_cents, duty_exp), "vat": Text(vat_cents, vat_exp),
        "vat_rate": vat_rate_text,
        "order_duty": Text(duty_total, ed), "order_vat": Text(vat_total, ev), "order_fees": Text(fees, ef),
        "order_taxes": Text(taxes, np.minimum(np.minimum(ed, ev), ef)),
        "order_landed_cost": Text(goods_d + transport_d + taxes, np.full(n_orders, -2)),
    }


def _to_dest(amount_scaled: np.ndarray, rate_f: np.ndarray, rate_one: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """quantize(amount x rate, CENT) for order-currency amounts at VALUE_SCALE."""
    exact = round_ratio(amount_scaled, VALUE_SCALE // 100, "half_up")
    approx, doubt = round_float(amount_scaled.astype(float) / VALUE_SCALE * rate_f * 100)
    return np.where(rate_one, exact, approx), doubt & ~rate_one
