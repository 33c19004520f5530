"""What applies in a country on a date, with references: the data behind `rules show`."""
from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from .loader import RuleSet
from .values import Dated, at, format_percent


def _dated(entry: Dated | None, fmt=str) -> dict[str, Any] | None:
    if entry is None:
        return None
    out = {
        "value": None if entry.value is None else fmt(entry.value),
        "from": entry.start.isoformat(),
        "ref": str(entry.ref),
        "source": entry.source,
    }
    if entry.unverified:
        out["unverified"] = True
    return out


def describe(rules: RuleSet, country: str, when: dt.date) -> dict[str, Any]:
    country = country.upper()
    pack = rules.pack_for(country)
    if pack is None:
        return {"country": country, "date": when.isoformat(), "pack": None}
    out: dict[str, Any] = {
        "country": country,
        "date": when.isoformat(),
        "pack": pack.label,
        "currency": rules.currency_of(country),
    }
    if pack.vat is not None:
        vat = pack.vat
        rates = vat.rates.get(country)
        subs = {k: v for k, v in vat.rates.items() if k.startswith(country + "-")}
        out["vat"] = {"tax_name": (rates.tax_name if rates and rates.tax_name else vat.tax_name)}
        if rates is not None:
            out["vat"]["standard"] = _dated(at(rates.standard, when), format_percent)
            out["vat"]["reduced"] = [
                {"name": r.name, "when": r.when.describe(), **(_dated(at(r.rate, when), format_percent) or {}),
                 **({"customs_value_per_unit_at_most": _dated(at(r.unit_value_max, when))} if r.unit_value_max and at(r.unit_value_max, when) else {})}
                for r in rates.reduced
                if at(r.rate, when) is not None and at(r.rate, when).value is not None
            ]
        for code, sub in sorted(subs.items()):
            out["vat"].setdefault("subdivisions", {})[code] = _dated(at(sub.standard, when), format_percent)
        relief = (rates.relief if rates and rates.relief else None) or vat.relief
        if relief is not None:
            out["vat"]["relief"] = {"basis": relief.basis, **(_dated(at(relief.amount, when)) or {})}
        out["vat"]["base"] = list(vat.base)
    if pack.customs is not None:
        c = pack.customs
        local = c.countries.get(country)
        valuation = (local.valuation if local and local.valuation else None) or c.valuation
        relief = (local.duty_relief if local and local.duty_relief else None) or c.duty_relief
        out["customs"] = {
            "valuation": _dated(at(valuation.basis, when)),
            "tariff": (local.tariff if local and local.tariff else None) or c.tariff,
        }
        if relief is not None:
            out["customs"]["duty_relief"] = {"basis": relief.basis, **(_dated(at(relief.amount, when)) or {})}
        out["customs"]["additional_duties"] = [
            {"id": a.id, "name": a.name, "when": a.when.describe(), **(_dated(at(a.duty, when)) or {})}
            for a in c.additional_duties
            if at(a.duty, when) is not None and at(a.duty, when).value is not None
        ]
    if pack.regimes is not None:
        out["regimes"] = [
            {"id": r.id, "name": r.name, "ceiling": _dated(at(r.ceiling, when)), "ref": str(r.ref)}
            for r in pack.regimes.regimes
            if (r.countries is None or country in r.countries) and at(r.ceiling, when) is not None and at(r.ceiling, when).value is not None
        ]
    return out


def _effective_dates(node: Any, found: set[dt.date]) -> None:
    """Every `from` date in a pack's timelines: the days on which something in it changes."""
    if isinstance(node, Dated):
        found.add(node.start)
    elif isinstance(node, BaseModel):
        for name in type(node).model_fields:
            _effective_dates(getattr(node, name), found)
    elif isinstance(node, dict):
        for value in node.values():
            _effective_dates(value, found)
    elif isinstance(node, (list, tuple)):
        for value in node:
            _effective_dates(value, found)


def summary(rules: RuleSet, today: dt.date) -> dict[str, Any]:
    """The loaded packs: versions, countries, files, and the dates their rules change (last and next)."""
    packs = []
    for name, pack in sorted(rules.packs.items()):
        dates: set[dt.date] = set()
        for part in (pack.meta, pack.customs, pack.vat, pack.regimes):
            _effective_dates(part, dates)
        past = [d for d in dates if d <= today]
        future = [d for d in dates if d > today]
        packs.append({
            "name": name, "version": pack.version, "title": pack.meta.title,
            "countries": sorted(pack.meta.countries), "fallback": pack.meta.fallback, "files": list(pack.files),
            "last_change": max(past).isoformat() if past else None,
            "next_change": min(future).isoformat() if future else None,
            "effective_dates": [d.isoformat() for d in sorted(dates)],
        })
    return {"date": today.isoformat(), "layers": list(rules.layers), "packs": packs}
