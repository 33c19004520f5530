"""Amounts, numbers and dates for people, in their locale's notation (babel/CLDR)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from ..errors import InvalidInput


def format_money(amount: Decimal, currency: str, locale: str = "en_US") -> str:
    from babel.numbers import format_currency

    return format_currency(amount, currency, locale=locale)


def format_decimal(amount: Decimal, locale: str = "en_US", places: int | None = None) -> str:
    from babel.numbers import format_decimal as fd

    fmt = None if places is None else "#,##0." + "0" * places if places else "#,##0"
    return fd(amount, format=fmt, locale=locale)


def format_date(day: dt.date, locale: str = "en_US") -> str:
    from babel.dates import format_date as fdate

    return fdate(day, format="medium", locale=locale)


@lru_cache(maxsize=256)
def form_locale(locale: str | None, country: str) -> str:
    """The locale a form is printed in: the one asked for (checked), else English as written in `country`
    (en_DE prints 1.234,56) where CLDR knows that variant, else plain English."""
    from babel import Locale, UnknownLocaleError

    if locale:
        try:
            return str(Locale.parse(locale.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            raise InvalidInput([("locale", f"unknown locale {locale!r}; use a CLDR locale such as en_GB, de_DE, fr_FR")]) from None
    try:
        return str(Locale.parse(f"en_{country}"))
    except (UnknownLocaleError, ValueError):
        return "en"
