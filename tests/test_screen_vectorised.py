"""Table screening that screens each distinct (order setting, line) once equals screening every order with
`screen`, cell for cell, on random orders with parties, addresses in sanctioned regions, exports to Russia
around the EUR 300 luxury threshold, restricted words and dual-use HS codes."""
from __future__ import annotations

import random

import pandas as pd

from tradecompliance.packs.loader import load_rules
from tradecompliance.screening.batch import screen_vectorised
from tradecompliance.screening.parties.lists import load_lists
from tradecompliance.screening.table import OUT_COLUMNS, screen_frame

DESCRIPTIONS = ["Cotton T-shirt", "Leather handbag", "Disposable vape pen", "Butterfly knife", "Kitchen knives set",
                "Power bank 20000mAh", "Carved ivory pendant", "Red wine 750ml", "FPV drone", "Walkie talkie pair",
                "Replica designer bag", "Ibuprofen 200mg medicine", "Hot glue gun", "Beef jerky", "Wrist watch"]
HS = ["6109.10", "4202.21", "8543.40", "8211.93", "8211.91", "8507.60", "7116.20", "2204.21", "8806.22", "8517.62",
      "4202.21", "3004.90", "8515.80", "1602.50", "9102.11", ""]
NAMES = ["", "", "Jane Smith", "Arkady Volkov", "Northern Lights Aviation Services", "Maria Garcia", "Volkov Arkadiy"]
ADDRESSES = ["", "", "12 Main Street", "ul. Lenina 5, Simferopol", "Donetsk People's Republic, Artema 10"]


def random_rows(rng: random.Random, n_orders: int) -> pd.DataFrame:
    rows = []
    for n in range(n_orders):
        order = {"order_id": f"S{n}", "origin_country": rng.choice(["DE", "FR", "US", "GB", "CN"]),
                 "destination_country": rng.choice(["RU", "BY", "UA", "DE", "US", "GB", "JP", "SG", "SA", "IN", "KP", "SY", "AU"]),
                 "date": rng.choice(["2021-06-01", "2022-03-14", "2022-03-16", "2025-06-30", "2026-05-01"]),
                 "currency": rng.choice(["EUR", "USD", "GBP"]), "carrier": rng.choice(["", "postal", "courier"]),
                 "buyer_type": rng.choice(["", "consumer", "business"])}
        name = rng.choice(NAMES)
        if name:
            order.update(buyer_name=name, buyer_country=rng.choice(["RU", "GB", "FR"]), buyer_address=rng.choice(ADDRESSES))
        if rng.random() < 0.2:
            order.update(seller_name=rng.choice(NAMES[2:]), seller_country=rng.choice(["DE", "US", "CN"]))
        for j in range(rng.randint(1, 4)):
            k = rng.randrange(len(DESCRIPTIONS))
            row = dict(order, description=DESCRIPTIONS[k], hs_code=rng.choice([HS[k], ""]),
                       unit_value=rng.choice(["299.99", "300.00", "300.01", "350", "12.50", "1200"]), quantity="1",
                       category=rng.choice(["", "Home & Garden > Kitchen", "Toys & Hobbies"]),
                       line_origin="CN" if rng.random() < 0.01 else rng.choice(["", order["origin_country"]]),
                       gross_weight_kg=rng.choice(["", "1.5"]))
            if j and rng.random() < 0.03:
                # a later row leaving an order cell empty, repeating it, or stating it otherwise (refused by both paths)
                col = rng.choice(["destination_country", "buyer_name", "date", "buyer_country"])
                row[col] = rng.choice(["", row.get(col, ""), "KP", "Jane Smith", "2022-03-16", "FR"])
            rows.append(row)
    return pd.DataFrame(rows).fillna("").astype(str)


def test_batch_screen_equals_screen_on_random_orders():
    frame = random_rows(random.Random(7), 3000)
    fast = screen_frame(frame)
    slow = screen_frame(frame, vectorised=False)
    assert list(fast["order_id"]) == list(frame["order_id"])
    for col in OUT_COLUMNS:
        diff = fast[col].astype(str) != slow[col].astype(str)
        assert not diff.any(), (col, frame[diff].head(2).to_dict("records"), list(slow.loc[diff, col][:2]), list(fast.loc[diff, col][:2]))
    _, done = screen_vectorised(frame, load_rules(), load_lists())
    assert done.mean() > 0.9, done.mean()         # the rest: orders whose later rows restate an order cell, and the like
    assert slow["error"].str.contains("in its first row: an order-level cell").sum() > 10
    decisions = set(slow["order_decision"])
    assert {"block", "licence", "clear"} <= decisions, decisions


def test_bad_orders_keep_screens_own_errors():
    frame = pd.DataFrame([{"order_id": "E1", "origin_country": "DE", "destination_country": "ZZ", "date": "2026-05-01",
                           "currency": "EUR", "description": "T-shirt", "unit_value": "5"},
                          {"order_id": "E2", "origin_country": "DE", "destination_country": "US", "date": "2026-05-01",
                           "currency": "EUR", "description": "T-shirt", "unit_value": "5", "buyer_name": "X",
                           "buyer_country": "QQ"}]).fillna("").astype(str)
    fast, slow = screen_frame(frame), screen_frame(frame, vectorised=False)
    assert list(fast["status"]) == list(slow["status"]) == ["error", "error"]
    assert list(fast["error"]) == list(slow["error"])


def test_a_value_threshold_reads_each_orders_own_currency():
    # EU luxury-goods ban on Russia (Reg. 833/2014 art. 3h: over EUR 300 per item): two orders alike but for the
    # currency must each convert their own unit value; the arrays once reused the first order's currency
    base = {"origin_country": "DE", "destination_country": "RU", "date": "2022-03-16", "description": "Wrist watch",
            "hs_code": "9102.11", "unit_value": "1200", "quantity": "1"}
    frame = pd.DataFrame([dict(base, order_id="C1", currency="GBP"), dict(base, order_id="C2", currency="EUR")]).astype(str)
    fast, slow = screen_frame(frame), screen_frame(frame, vectorised=False)
    assert list(fast["reasons"]) == list(slow["reasons"])
    assert "unit value 1200.00 EUR > 300 EUR" in fast.loc[1, "reasons"] and "1200.00 EUR" not in fast.loc[0, "reasons"]


def test_orders_differing_only_in_buyers_share_a_setting_and_addresses_count_by_the_regions_they_name():
    # Parties are checked one by one and the rest of an order once per setting, an address read only as the
    # regions it names; a chunk screened after another must not take its regions for the other's. EU
    # embargo on Crimea (Reg. 692/2014): an address in Simferopol is blocked, one in Kyiv is not.
    base = {"origin_country": "DE", "destination_country": "UA", "date": "2026-05-01", "currency": "EUR",
            "description": "Cotton T-shirt", "hs_code": "6109.10", "unit_value": "20", "quantity": "1"}
    first = pd.DataFrame([dict(base, order_id="A1", buyer_name="Olena K", buyer_address="ul. Lenina 5, Simferopol")]).astype(str)
    second = pd.DataFrame([dict(base, order_id=f"B{k}", buyer_name=f"Buyer {k}", buyer_address=f"{k} Khreshchatyk, Kyiv")
                           for k in range(3)]).astype(str)
    for frame in (first, second):
        fast, slow = screen_frame(frame), screen_frame(frame, vectorised=False)
        for col in OUT_COLUMNS:
            assert list(fast[col]) == list(slow[col]), col
    assert screen_frame(first).loc[0, "order_decision"] == "block"
    assert set(screen_frame(second)["order_decision"]) == {"clear"}
