"""Amounts for people, in their locale's notation (babel/CLDR)."""
from __future__ import annotations

from decimal import Decimal


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale)


def format_decimal(amount: Decimal, locale: str = "en_US") -> str:
    from babel.numbers import format_decimal as fd

    return fd(amount, locale=locale)
