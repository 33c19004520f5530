"""Customs value of each line: its price (times a consumer-purchase factor where a pack sets one), plus its
share of transport and insurance on a CIF basis, converted at the customs rate and rounded to the cent.

One definition for the one-order `quote` and for the orders whose figures the array path cannot settle in
floating point (an amount within 1e-12 of a half cent), so both round the same exact Decimals."""
from __future__ import annotations

from decimal import Decimal
from typing import Callable, Sequence

from ..money import quantize

CENT = Decimal("0.01")
ZERO = Decimal(0)


def shares(values: Sequence[Decimal], weights: Sequence[Decimal | None], by_weight: bool) -> list[Decimal]:
    """Each line's share of the order's transport: by weight where the pack says so (and every line has a
    weight), else by value; equal shares when the goods are worth nothing."""
    goods = sum(values, ZERO)
    if by_weight:
        total = sum(weights)
        return [w / total for w in weights]
    return [(v / goods) if goods else Decimal(1) / len(values) for v in values]


def line_customs_values(values: Sequence[Decimal], line_shares: Sequence[Decimal], transport: Decimal, *,
                        factor: Decimal | None, cif: bool, to: Callable[[Decimal], Decimal]) -> tuple[list[Decimal], list[Decimal]]:
    """(customs value of each line, transport each line leaves outside it), in the destination currency,
    to the cent. `to` converts an order-currency amount at the customs rate, unrounded."""
    outside = [ZERO if cif else quantize(to(transport * s), CENT) for s in line_shares]
    customs = []
    for value, share in zip(values, line_shares):
        v = value * (factor if factor is not None else 1)
        if cif:
            v += transport * share
        customs.append(quantize(to(v), CENT))
    return customs, outside


def apportioned(amount: Decimal, by: Sequence[Decimal]) -> list[Decimal]:
    """`amount` shared to the cent in proportion to `by` (the lines' customs values), the last share taking the
    rounding remainder so the shares add up to `amount` exactly (all of it where `by` sums to nothing)."""
    total = sum(by, ZERO)
    parts = [quantize(amount * b / total, CENT) if total else ZERO for b in by[:-1]]
    parts.append(amount - sum(parts, ZERO))
    return parts


def converted(amount: Decimal, to: Callable[[Decimal], Decimal]) -> Decimal:
    """An order-currency amount in the destination currency, to the cent (the goods and transport totals)."""
    return quantize(to(amount), CENT)


def added_to_vat_base(flat: Decimal, taxable_fees: Decimal, share: Decimal) -> Decimal:
    """A line's share of the order's flat duties and taxable fees, which its VAT base adds to its own duty
    (unrounded: the base is rounded once, whole)."""
    return flat * share + taxable_fees * share
