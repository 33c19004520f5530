"""Generated order lines of realistic shape for property tests and benchmarks: several destinations and
currencies, mixed regimes (IOSS and not, consumers and businesses, DAP and DDP), 1 to 5 lines per order,
everyday e-commerce goods with the codes the bundled tariffs carry, values spread around the de minimis
thresholds. Deterministic for a seed; columns are those of the order-line tables."""
from __future__ import annotations

import numpy as np

GOODS = [  # (description, HS, kg per unit, typical unit value in USD)
    ("Men's cotton T-shirt, knitted", "6109.10", 0.2, 15), ("Women's cotton pullover", "6110.20", 0.4, 35),
    ("Synthetic fleece pullover", "6110.30", 0.4, 30), ("Cotton bed sheet", "6302.31", 0.8, 25),
    ("Running shoes, textile upper, rubber sole", "6404.11", 0.8, 70), ("Leather handbag", "4202.21", 0.9, 120),
    ("Sterling silver ring", "7113.11", 0.02, 60), ("Fashion necklace, base metal", "7117.19", 0.05, 12),
    ("Wrist watch, quartz, steel case", "9102.11", 0.1, 90), ("Smartphone", "8517.13", 0.3, 400),
    ("Laptop computer", "8471.30", 1.8, 900), ("Bluetooth wireless earbuds", "8518.30", 0.1, 40),
    ("Plush teddy bear toy", "9503.00", 0.3, 18), ("Board game", "9504.90", 0.9, 30),
    ("Face cream, cosmetic", "3304.99", 0.1, 25), ("Paperback novel", "4901.99", 0.4, 14),
    ("Plastic phone case", "3926.90", 0.05, 9), ("Stainless steel water bottle", "7323.93", 0.35, 22),
    ("Yoga mat", "9506.91", 1.0, 28), ("Car brake pads", "8708.30", 1.5, 45),
]
DESTINATIONS = [  # (country, currency, weight)
    ("DE", "EUR", 14), ("FR", "EUR", 10), ("NL", "EUR", 5), ("IT", "EUR", 6), ("ES", "EUR", 6), ("PL", "EUR", 3),
    ("SE", "EUR", 2), ("GB", "GBP", 12), ("US", "USD", 16), ("CA", "CAD", 5), ("AU", "AUD", 5), ("NZ", "NZD", 2),
    ("JP", "JPY", 4), ("CH", "CHF", 3), ("NO", "NOK", 2), ("SG", "SGD", 2), ("KR", "KRW", 3),
]
TO_CURRENCY = {"USD": 1.0, "EUR": 0.92, "GBP": 0.79, "CAD": 1.37, "AUD": 1.52, "NZD": 1.65, "JPY": 150.0, "CHF": 0.88,
               "NOK": 10.8, "SGD": 1.34, "KRW": 1350.0}
ORIGINS = ["CN", "CN", "CN", "US", "VN", "IN", "TR", "GB", "DE"]
COLUMNS = ["order_id", "origin_country", "destination_country", "date", "currency", "shipping", "insurance", "incoterm",
           "buyer_type", "ioss_number", "description", "hs_code", "quantity", "unit_value", "net_weight_kg"]
# every day from 1 March 2025 to 30 October 2026 (the bundled ECB rates' last day), as a shop's orders are dated: the
# rules change within the span (the US de minimis ends on 29 Aug 2025, the EU's EUR 3 duty starts on 1 Jul 2026 ...) and
# the exchange rates change daily (six fixed dates before session 118 hid the cost of a plan per date)
DATES = np.arange(np.datetime64("2025-03-01"), np.datetime64("2026-10-31")).astype(str).tolist()
IOSS = "IM2760000742"  # a valid-format IOSS number (python-stdnum checks it)


def generate_orders(lines: int, seed: int = 20261124, prefix: str = "G"):
    """About `lines` order lines (whole orders), as a DataFrame of strings; order ids start with `prefix`."""
    import pandas as pd

    rng = np.random.default_rng(seed)
    n_orders = max(1, lines // 3 + 1)
    per = rng.integers(1, 6, n_orders)
    per = per[: np.searchsorted(np.cumsum(per), lines) + 1]
    per[-1] -= max(0, int(per.sum()) - lines)
    per = per[per > 0]
    n_orders = len(per)
    weights = np.array([w for _, _, w in DESTINATIONS], dtype=float)
    dest_idx = rng.choice(len(DESTINATIONS), n_orders, p=weights / weights.sum())
    origin = rng.choice(ORIGINS, n_orders)
    origin = np.where(origin == np.array([DESTINATIONS[i][0] for i in dest_idx]), "CN", origin)
    date = rng.choice(DATES, n_orders)
    ddp = rng.random(n_orders) < 0.3
    business = rng.random(n_orders) < 0.1
    ioss = rng.random(n_orders) < 0.5
    ship = rng.choice([0, 4.99, 9.9, 15, 25], n_orders)
    rows = []
    goods_idx = rng.integers(0, len(GOODS), int(per.sum()))
    qty = rng.choice([1, 1, 1, 2, 3, 5], int(per.sum()))
    spread = rng.lognormal(0.0, 0.6, int(per.sum()))
    k = 0
    for o in range(n_orders):
        country, cur, _ = DESTINATIONS[dest_idx[o]]
        fx = TO_CURRENCY[cur]
        places = 0 if cur in ("JPY", "KRW") else 2
        for _ in range(per[o]):
            desc, hs, kg, usd = GOODS[goods_idx[k]]
            value = round(usd * spread[k] * fx, places)
            rows.append((f"{prefix}{o:08d}", origin[o], country, date[o], cur, f"{round(ship[o] * fx, places):.{places}f}", "0",
                         "DDP" if ddp[o] else "DAP", "business" if business[o] else "consumer",
                         IOSS if ioss[o] and country in ("DE", "FR", "NL", "IT", "ES", "PL", "SE") else "", desc, hs,
                         str(int(qty[k])), f"{max(value, 10 ** -places):.{places}f}", f"{kg * qty[k]:.3f}"))
            k += 1
    return pd.DataFrame(rows, columns=COLUMNS)
