"""Value bounds of national lines and a listing's unit value in a schedule's currency. The US tariff splits
footwear, jewellery, cutlery, pens ... by unit value ("Valued over $3 but not over $6.50/pair"), which no
word of a listing tells: given the listing's price, the lines whose bound excludes it are set aside."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import NamedTuple

from ..errors import InvalidInput, RateNotFound

# the currency a schedule's value bounds are written in
SCHEDULE_CURRENCY = {"us": "USD", "eu": "EUR", "gb": "GBP"}

# the unit a bound is for, as listings are sold: one pair, one piece; a dozen or a gross of them
_PER = (("dozen", 12), ("gross", 144), ("pair", 1), ("each", 1), ("piece", 1), ("unit", 1))
# one limit of a bound: "not over $6.50", "over 80¢", "under 25 cents", "$5 or more", "$100 or over"
_LIMIT = re.compile(r"(not over|over|under)?\s*(?:\$\s*(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s*(?:¢|cents?\b))(\s+or (?:more|over))?")


class Bound(NamedTuple):
    """Unit values a line admits: (low, high], [low, high) ... for `per` units of the listing."""

    low: Decimal | None
    low_included: bool
    high: Decimal | None
    high_included: bool
    per: int

    def admits(self, unit_value: Decimal) -> bool:
        v = unit_value * self.per
        if self.low is not None and (v < self.low or (v == self.low and not self.low_included)):
            return False
        return self.high is None or v < self.high or (v == self.high and self.high_included)


@lru_cache(maxsize=8192)
def value_bound(segment: str) -> Bound | None:
    """The unit-value bound one level of a line's text sets ("Valued not over $3/pair", "Valued over 20 cents
    per dozen pieces or parts", "Toy jewelry valued not over 8 cents per piece"), or None: no bound, or one
    per metre or kilogram, which a listing's price does not tell."""
    low_text = segment.lower()
    at = low_text.find("valued")
    if at < 0:
        return None
    rest = re.split(r"[,:;]", low_text[at + len("valued"):], maxsplit=1)[0]
    per = next((n for word, n in _PER if word in rest), None)
    if per is None:
        return None
    low = high = None
    low_in = high_in = False
    for m in _LIMIT.finditer(rest):
        amount = Decimal(m.group(2)) if m.group(2) else Decimal(m.group(3)) / 100
        if m.group(1) == "not over":
            high, high_in = amount, True
        elif m.group(1) == "under":
            high, high_in = amount, False
        elif m.group(1) == "over":
            low, low_in = amount, False
        elif m.group(4):
            low, low_in = amount, True
    if low is None and high is None:
        return None
    return Bound(low, low_in, high, high_in, per)


def unit_value(value, currency: str | None, jur: str | None) -> tuple[Decimal | None, str]:
    """A listing's unit value (`value` in `currency`, the schedule's own when None) in the currency of schedule
    `jur`'s value bounds, at the bundled ECB table's latest rate (the bands are coarse: a day's rate does not
    move a listing across one), and how it was read ("in USD (converted from CNY at the ECB rate of ...)": the
    same for every value, so listings whose values fall in the same bands share an answer). (None, "") where
    there is no value or the schedule writes no bounds."""
    if value is None or value == "" or jur not in SCHEDULE_CURRENCY:
        return None, ""
    return in_schedule_currency(read_value(value), currency, jur)


def read_value(value) -> Decimal:
    """A unit value as given (a number or its text) as an amount; InvalidInput naming the field `value` where it
    is no number or a negative or infinite one."""
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        raise InvalidInput([("value", f"value {value!r} is not a number")]) from None
    if not amount.is_finite() or amount < 0:
        raise InvalidInput([("value", f"value {value!r} must be a finite amount of zero or more")])
    return amount


def in_schedule_currency(amount: Decimal, currency: str | None, jur: str) -> tuple[Decimal, str]:
    """`amount` in `currency` (the schedule's own when None) in schedule `jur`'s currency, and how it was
    converted; InvalidInput naming the field `currency` where the ECB table has no rate for it."""
    want = SCHEDULE_CURRENCY[jur]
    if currency is not None and not isinstance(currency, str):
        raise InvalidInput([("currency", f"currency must be a code such as 'USD' or 'EUR', got {currency!r}")])
    have = (currency or want).strip().upper()
    if have == want:
        return amount, f"in {want}"
    rate, how = _rate(have, want)
    return (amount * rate).quantize(Decimal("0.01")), how


@lru_cache(maxsize=256)
def _rate(have: str, want: str) -> tuple[Decimal, str]:
    """1 `have` in `want` at the bundled ECB table's latest rate, and the note that says so."""
    from ..currency.fx import ecb

    table = ecb()
    try:
        fx = table.quote(have, want, table.last_date())
    except (RateNotFound, KeyError):
        raise InvalidInput([("currency", f"no {have}/{want} rate in the bundled ECB table to compare the value with value bounds")]) from None
    return fx.rate, f"in {want} (converted from {have} at the ECB rate of {fx.rate_date}, {fx.rate})"
