"""Which data a process quotes, classifies and screens with: the bundled copies, or the folders `data update`
wrote (and when each source was fetched). What an operations team checks before trusting a figure."""
from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from .update import ENV, MANIFEST


def data_in_use(today: dt.date | None = None) -> dict:
    """{"fx": {source, last_date, days_old}, "tariffs" | "national_lines" | "lists": folder or "bundled",
    "downloads": {source: retrieved_at (and last_error)} of the update folder those point into}."""
    from ..currency.fx import customs_rates

    today = today or dt.date.today()
    rates = customs_rates()
    out: dict = {"fx": _table_status(rates.fallback, today)}
    if rates.official:
        # the official tables supplied ($TRADECOMPLIANCE_FX/*.csv): each quotes the pairs it holds, before the ECB's
        out["fx"]["official"] = [dict(_table_status(t, today), name=t.name, anchor=t.anchor, currencies=sorted(t.published))
                                 for t in rates.official]
    folders = {}
    for sub, key in (("tariffs", "tariffs"), ("hs_codes", "national_lines"), ("lists", "lists")):
        value = os.environ.get(ENV[sub])
        out[key] = value or "bundled"
        if value:
            folders[sub] = Path(value)
    if os.environ.get(ENV["fx"]):
        folders["fx"] = Path(os.environ[ENV["fx"]])
    out["downloads"] = {}
    for root in dict.fromkeys(p.parent for p in folders.values()):
        try:
            manifest = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        for source, entry in manifest.get("sources", {}).items():
            out["downloads"][source] = {k: entry[k] for k in ("retrieved_at", "result", "last_error") if k in entry}
    return out


def _table_status(table, today: dt.date) -> dict:
    last = table.last_date()
    return {"source": table.source, "last_date": last.isoformat() if last else None,
            "days_old": (today - last).days if last else None}
