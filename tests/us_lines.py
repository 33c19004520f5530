"""What the tests of the bundled US ten-digit lines and rates ask: a classification's top candidate for the US and the
explanation line that names the US statistical line chosen and why; a one-line US quote and its MFN charge."""
import tradecompliance as tc
from tradecompliance.hs.national import national_lines


def us_top(title):
    return tc.classify(title, destination="US").top


def us_line_text(code):
    """The path of bundled US line `code` (data/hs_codes/us.csv), levels joined by " > "; None when not bundled."""
    line = national_lines().get("us", code)
    return None if line is None else line.description


def us_line_note(top):
    (note,) = [e for e in top.explanation if e.startswith("US line")]
    return note


def us_quote(rules, hs_code, unit_value, quantity="1", origin="IS", date="2026-08-03", description="goods", **line):
    """A one-line order from `origin` to the US; `line` adds fields to the line (net_weight_kg, volume_l,
    unit_of_measure). From Iceland on 3 August 2026 unless told otherwise: the IEEPA duties had ended (24 February
    2026) and so had the Section 122 surcharge (24 July 2026), Iceland is none of the economies of the forced-labor
    section 301 (U.S. note 52) and section 321 no longer relieves small consignments (29 August 2025), so the line's
    MFN charge is the only duty but for the section 232 measures. (Canada on 2 March 2026, this default before
    session 86, pays the Section 122 surcharge on a line not claimed as USMCA goods.)"""
    order = {"origin_country": origin, "destination_country": "US", "date": date, "currency": "USD",
             "lines": [{"description": description, "hs_code": hs_code, "quantity": quantity, "unit_value": unit_value,
                        **line}]}
    return tc.quote(order, rules=rules)


def us_mfn(result):
    """The quote's one charge from the bundled US schedule's rate (data/tariffs/us.csv)."""
    (duty,) = [c for c in result.charges if c.kind == "duty" and (c.source or "").startswith("data/tariffs/us.csv:")]
    return duty


def random_us_orders(seed, n, codes, origins, dates, prefix, max_quantity, value_cents):
    """`n` random orders to the US, one to three lines each, as the string frame quote_frame reads: the codes,
    origins and dates drawn from those given, quantities 1..max_quantity, unit values in the (low, high) cents range."""
    import random

    import pandas as pd

    rng = random.Random(seed)
    rows = []
    for i in range(n):
        order = {"order_id": f"{prefix}{i}", "origin_country": rng.choice(origins), "destination_country": "US",
                 "date": rng.choice(dates), "currency": "USD", "shipping": ""}
        for _ in range(rng.randint(1, 3)):
            rows.append(dict(order, description="item", hs_code=rng.choice(codes), quantity=str(rng.randint(1, max_quantity)),
                             unit_value=f"{rng.randrange(*value_cents) / 100:.2f}"))
    return pd.DataFrame(rows).astype(str)


def us_customs_problems(write_rules, text):
    """The problems reading the bundled rules reports with `text` layered over them as a us/customs.yaml."""
    from test_packs import _problems

    return _problems(write_rules({"us/customs.yaml": text}))
