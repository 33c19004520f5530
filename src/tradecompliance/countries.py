"""ISO 3166 country and subdivision codes (pycountry), loaded on first use."""
from __future__ import annotations

from functools import lru_cache

# Codes customs and tax authorities use that ISO 3166-1 does not assign (Kosovo).
EXTRA_COUNTRIES = {"XK": "Kosovo"}


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import pycountry

    table = {c.alpha_2: c.name for c in pycountry.countries}
    table.update(EXTRA_COUNTRIES)
    return table


def is_country(code: str) -> bool:
    return isinstance(code, str) and code in _countries()


def country_name(code: str) -> str:
    return _countries()[code]


def check_country(code: str) -> str:
    text = str(code).strip().upper()
    if not is_country(text):
        raise ValueError(f"unknown country {code!r}: expected an ISO 3166-1 alpha-2 code such as DE, US, GB")
    return text


@lru_cache(maxsize=4096)
def is_subdivision(code: str) -> bool:
    import pycountry

    return pycountry.subdivisions.get(code=code) is not None


def check_subdivision(code: str, country: str) -> str:
    text = str(code).strip().upper()
    if "-" not in text:
        text = f"{country}-{text}"
    if not text.startswith(country + "-") or not is_subdivision(text):
        raise ValueError(f"unknown subdivision {code!r} of {country}: expected an ISO 3166-2 code such as CA-ON or US-NY")
    return text


_NAME_ALIASES = {"russia": "RU", "iran": "IR", "north korea": "KP", "korea north": "KP", "south korea": "KR",
                 "syria": "SY", "venezuela": "VE", "burma": "MM", "bolivia": "BO", "tanzania": "TZ", "vietnam": "VN",
                 "laos": "LA", "moldova": "MD", "palestinian": "PS", "west bank": "PS", "gaza": "PS", "crimea": "UA",
                 "turkey": "TR", "cote d ivoire": "CI", "ivory coast": "CI", "congo democratic republic": "CD",
                 "democratic republic of the congo": "CD", "uk": "GB", "united kingdom": "GB", "usa": "US", "united states": "US"}


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-2 for a country as sanctions lists write it ("Iran", "Korea, North", "RU"); None if unknown."""
    import pycountry

    text = " ".join(name.replace(",", " ").replace("'", " ").replace(".", " ").lower().split())
    if not text or text == "-0-":
        return None
    if len(text) == 2 and is_country(text.upper()):
        return text.upper()
    if text in _NAME_ALIASES:
        return _NAME_ALIASES[text]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        pass
    for key, code in _NAME_ALIASES.items():
        if key in text:
            return code
    return None
