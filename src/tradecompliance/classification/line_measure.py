"""Power bounds of national lines and the power a listing states. The HTSUS splits power supplies, inverters,
transformers, motors and vacuum cleaners by rated power ("With a power output exceeding 50 W but not exceeding
150 W", "Having a power handling capacity less than 40 VA"), which words alone cannot tell: a listing that states
its power ("65W", "2000 Watt") rules out the lines whose bound excludes it."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from .line_value import Bound

# a unit of power as tariff texts and listings write it: (kind, factor to watts or volt-amperes)
_UNITS = {"w": ("W", 1), "watt": ("W", 1), "watts": ("W", 1), "kw": ("W", 1000),
          "va": ("VA", 1), "kva": ("VA", 1000)}
# one limit of a bound in a line's text: "not exceeding 50 W", "exceeding 650 kVA", "less than 40 VA",
# "40 VA or greater", "of 1 kVA" (exactly)
_LIMIT = re.compile(r"(?:\b(not exceeding|exceeding|not over|over|less than|under|of)\s+)?(\d[\d,]*(?:\.\d+)?)\s*(kva|va|kw|w)\b"
                    r"(\s+or\s+(?:more|greater))?", re.IGNORECASE)
# a power a listing states: "65w", "1.5kw", or a number followed by the unit as the next word
_STATED = re.compile(r"(\d+(?:\.\d+)?)(kva|va|kw|watts?|w)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


@lru_cache(maxsize=8192)
def power_bound(segment: str) -> tuple[str, Bound] | None:
    """(kind, bound) of the power one level of a line's text sets, or None: no bound, or one it cannot read
    (a level that mixes watts and volt-amperes)."""
    low = high = None
    low_in = high_in = False
    kinds = set()
    for m in _LIMIT.finditer(segment):
        word, number, unit, or_more = m.group(1), m.group(2), m.group(3).lower(), m.group(4)
        if word is None and not or_more:
            continue                      # a bare figure ("for 6, 12 or 24 V systems", "of heading 8471") bounds nothing
        kind, factor = _UNITS[unit]
        kinds.add(kind)
        amount = Decimal(number.replace(",", "")) * factor
        word = (word or "").lower()
        if word in ("not exceeding", "not over"):
            high, high_in = amount, True
        elif word in ("less than", "under"):
            high, high_in = amount, False
        elif word in ("exceeding", "over"):
            low, low_in = amount, False
        elif word == "of" and not or_more:
            low, low_in, high, high_in = amount, True, amount, True
        else:                             # "40 VA or greater"
            low, low_in = amount, True
    if len(kinds) != 1 or (low is None and high is None):
        return None
    return kinds.pop(), Bound(low, low_in, high, high_in, 1)


def stated_power(toks) -> dict[str, tuple[Decimal, ...]]:
    """The powers a listing's words state, by kind ("65W USB C Charger" -> {"W": (65,)}): in one word ("65w",
    "1.5kw") or a number and the unit as the next word ("2000 Watt")."""
    out: dict[str, list[Decimal]] = {}
    for k, t in enumerate(toks):
        if not t[:1].isdigit():           # both forms open with the number
            continue
        m = _STATED.fullmatch(t)
        if m:
            number, unit = m.group(1), m.group(2)
        elif _NUMBER.fullmatch(t) and k + 1 < len(toks) and toks[k + 1] in _UNITS:
            number, unit = t, toks[k + 1]
        else:
            continue
        kind, factor = _UNITS[unit]
        try:
            out.setdefault(kind, []).append(Decimal(number) * factor)
        except InvalidOperation:
            continue
    return {kind: tuple(v) for kind, v in out.items()}
