"""Value types of rule packs: percentages, amounts, references and effective-dated timelines.

A timeline is a list of dated values; each applies from its date until the next one (OpenFisca style).
A value of null ends the previous one (a relief abolished, a regime stopped)."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, Generic, Optional, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, PlainSerializer

from ..dates import IsoDate
from ..money import Money, to_decimal

_PERCENT = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*%\s*$")


def parse_percent(value: Any) -> Decimal:
    """'19%' -> Decimal('0.19'). Bare numbers are refused: is 19 a percent or a factor?"""
    if isinstance(value, str):
        m = _PERCENT.match(value)
        if m:
            return Decimal(m.group(1)) / 100
    shown = f'"{value}"' if isinstance(value, str) else repr(value)
    raise ValueError(f'expected a percentage like "19%", got {shown}')


def format_percent(fraction: Decimal) -> str:
    pct = (fraction * 100).normalize()
    text = format(pct, "f")
    return f"{text}%"


Percent = Annotated[Decimal, BeforeValidator(parse_percent), PlainSerializer(format_percent, return_type=str)]


def _parse_amount(value: Any) -> Money:
    if isinstance(value, Money):
        return value
    if isinstance(value, str):
        try:
            return Money.parse(value)
        except Exception:
            pass
    raise ValueError(f'expected an amount with its currency like "150 EUR", got {value!r}')


Amount = Annotated[Money, BeforeValidator(_parse_amount), PlainSerializer(str, return_type=str)]


def _positive(d: Decimal) -> Decimal:
    if d <= 0:
        raise ValueError(f"expected a positive number, got {d}")
    return d


PositiveDecimal = Annotated[Decimal, BeforeValidator(to_decimal), AfterValidator(_positive), PlainSerializer(str, return_type=str)]


class Reference(BaseModel):
    """Where a value comes from: the legal instrument, the article, a public URL."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    instrument: str = Field(min_length=3)
    article: Optional[str] = None
    url: Optional[str] = None
    note: Optional[str] = None

    def __str__(self) -> str:
        parts = [self.instrument]
        if self.article:
            parts.append(self.article)
        text = ", ".join(parts)
        return f"{text} <{self.url}>" if self.url else text


T = TypeVar("T")


class Dated(BaseModel, Generic[T]):
    """One value of a timeline: applies from `from` until the next entry's date."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)
    start: IsoDate = Field(alias="from")
    value: Optional[T]
    ref: Reference
    unverified: bool = False
    note: Optional[str] = None
    source: Optional[str] = Field(None, description="file:line the value was read from (set by the loader)")


def _check_timeline(entries: list) -> list:
    if not entries:
        raise ValueError("a timeline needs at least one dated value")
    for a, b in zip(entries, entries[1:]):
        if b.start <= a.start:
            raise ValueError(f"dates must increase: {b.start} comes after {a.start}")
    return entries


def timeline(t: Any) -> Any:
    """Annotated list of Dated[t] whose dates strictly increase."""
    return Annotated[list[Dated[t]], AfterValidator(_check_timeline)]


def active(rule, when: dt.date) -> bool:
    """Whether a rule with `since` and `until` (its first and last day, either open) applies on `when`: a goods
    rule, an embargo, a trade agreement."""
    return (rule.since is None or rule.since <= when) and (rule.until is None or when <= rule.until)


def at(entries: list[Dated[T]] | None, when: dt.date) -> Dated[T] | None:
    """The entry in force on `when` (None if none yet, or the timeline is absent)."""
    found = None
    for entry in entries or ():
        if entry.start <= when:
            found = entry
        else:
            break
    return found
