"""Exact money: Decimal amounts tagged with an ISO 4217 currency. Binary floats are refused everywhere."""
from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP, Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, PlainSerializer, field_validator

ROUNDING_MODES = {
    "half_up": ROUND_HALF_UP,
    "half_even": ROUND_HALF_EVEN,
    "down": ROUND_DOWN,
    "up": ROUND_UP,
    "floor": ROUND_FLOOR,
    "ceiling": ROUND_CEILING,
}
RoundingMode = Literal["half_up", "half_even", "down", "up", "floor", "ceiling"]


def to_decimal(value: Any) -> Decimal:
    """Decimal from str/int/Decimal. A float is refused: 0.1 + 0.2 is not money."""
    if isinstance(value, bool):
        raise ValueError("expected a decimal number, got a boolean")
    if isinstance(value, float):
        if value != value:
            raise ValueError("got NaN (a missing value): leave the field out, or give a number")
        raise ValueError(f"floats are refused for exact amounts; pass the number as a string, e.g. \"{value!r}\"")
    if isinstance(value, Decimal):
        result = value
    elif isinstance(value, int):
        result = Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("_", "")
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValueError(f"expected a decimal number like \"12.50\", got {value!r}") from None
    else:
        raise ValueError(f"expected a decimal number, got {type(value).__name__}")
    if not result.is_finite():
        raise ValueError(f"expected a finite number, got {value!r}")
    return result


def _dec_validator(value: Any) -> Decimal:
    return to_decimal(value)


ExactDecimal = Annotated[Decimal, BeforeValidator(_dec_validator), PlainSerializer(lambda d: str(d), return_type=str)]


def quantize(amount: Decimal, quantum: Decimal = Decimal("0.01"), mode: str = "half_up") -> Decimal:
    """Round to a multiple of `quantum`: 0.01 (cents), 1, or a step such as 100 (Japan truncates tax to JPY 100)."""
    t = quantum.normalize().as_tuple()
    if t.digits != (1,) or t.exponent > 0:  # not 1, 0.1, 0.01 ...: round in steps of the quantum
        steps = (amount / quantum).quantize(Decimal(1), rounding=ROUNDING_MODES[mode])
        return steps * quantum
    return amount.quantize(quantum, rounding=ROUNDING_MODES[mode])


_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


def check_currency(code: str) -> str:
    """Validate an ISO 4217 alphabetic code (pycountry), returning it upper-cased."""
    from .errors import UnknownCurrency

    code = str(code).strip().upper()
    if not _CURRENCY_RE.match(code) or not _iso_currency(code):
        raise UnknownCurrency(f"unknown currency {code!r}: expected an ISO 4217 code such as EUR, USD, GBP")
    return code


_CURRENCIES: frozenset[str] | None = None
# ISO 4217 list 3 (historic denominations) that dated rules and the ECB history still need for past dates:
# the national currencies replaced by the euro since 2007, and the Romanian and Turkish redenominations.
WITHDRAWN_CURRENCIES = frozenset({"BGN", "CYP", "EEK", "HRK", "LTL", "LVL", "MTL", "ROL", "SIT", "SKK", "TRL"})


def _iso_currency(code: str) -> bool:
    global _CURRENCIES
    if _CURRENCIES is None:
        import pycountry

        _CURRENCIES = frozenset(c.alpha_3 for c in pycountry.currencies) | WITHDRAWN_CURRENCIES
    return code in _CURRENCIES


class Money(BaseModel):
    """An exact amount in one currency."""

    model_config = ConfigDict(frozen=True)
    amount: ExactDecimal
    currency: str

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        return check_currency(v)

    @classmethod
    def parse(cls, text: str) -> "Money":
        """'150 EUR' or 'EUR 150' -> Money."""
        parts = str(text).split()
        if len(parts) != 2:
            raise ValueError(f"expected an amount with its currency like \"150 EUR\", got {text!r}")
        a, b = parts
        if re.fullmatch(r"[A-Za-z]{3}", a):
            a, b = b, a
        return cls(amount=to_decimal(a), currency=b)

    def __str__(self) -> str:
        return f"{self.amount} {self.currency}"
