"""Duty rate found: of the codes the classifier gives, how many does a destination's tariff rate?

A listing per product family of the bundled vocabulary (data/hs_codes/products.yaml: its first term, or with
`--all` every term), classified and quoted for Germany, the United Kingdom and the United States through the
bulk pipeline's quote step (the classifier's top candidate, at its national line where the listing decides it,
as the pipeline fills a missing code).  Rows without a duty are counted by why: the subheading's lines differ in
rate and a bare product name decides none (the quote asks for the line, as it should), an additional duty's
product list is not bundled (US Section 301 and 232 lists, the IEEPA Annex II exceptions), the rate is per
kilogram or litre and a bare name states no weight, the bundled rate is printed in terms the engine does not
compute (a season, an entry price, an article's own rate: the quote shows it), or no rate is bundled for the
code; the commonest codes of the last kind are listed, to say which tariff rows to add next.  Built from bundled
data alone, so any checkout measures the same listings.

    python benchmarks/rate_coverage.py [--all] [--show N] [--date YYYY-MM-DD] [--origin CC] [--dest DE,GB,US]

Origin China on 2 March 2026 unless told otherwise (the figures HISTORY.md compares from session to session).
"""
from __future__ import annotations

import sys
import time
from collections import Counter

import yaml

from tradecompliance._paths import data_dir
from tradecompliance.classification.knowledge import terms_of

DESTINATIONS = {"DE": "EUR", "GB": "GBP", "US": "USD"}


def listings(every_term: bool) -> list[str]:
    """The vocabulary's product names: one per family (its first term), or all of them."""
    with data_dir().joinpath("hs_codes", "products.yaml").open(encoding="utf-8") as fh:
        entries = yaml.safe_load(fh)["entries"]
    names: list[str] = []
    for e in entries:
        if e.get("ignore") or e.get("join"):
            continue
        terms = terms_of(e.get("terms", ""))
        names += terms if every_term else terms[:1]
    return list(dict.fromkeys(names))


def main() -> None:
    import pandas as pd

    from tradecompliance.classification.national import quotable_code
    from tradecompliance.classification.table import classify_frame
    from tradecompliance.pipeline import run_frame

    show = int(_option("--show", "15"))
    date, origin = _option("--date", "2026-03-02"), _option("--origin", "CN")
    dests = _option("--dest", ",".join(DESTINATIONS)).split(",")
    names = listings("--all" in sys.argv)
    print(f"listings: {len(names)} ({'every term' if '--all' in sys.argv else 'first term of each family'}), "
          f"origin {origin}, {date}")
    for dest in dests:
        cur = DESTINATIONS[dest]
        start = time.perf_counter()
        got = classify_frame(pd.DataFrame({"description": names}), destination=dest)
        # the top candidate's code as the pipeline quotes it: its national line where the listing decides it
        codes = [quotable_code(code, basis) or hs6 for code, basis, hs6 in
                 zip(got["national_code"], got["national_basis"], got["hs6"])]
        # 1,000 a line: above the EU's EUR 150 duty relief and the UK's GBP 135 (duty is charged on every line)
        frame = pd.DataFrame({"order_id": [f"{dest}{i}" for i in range(len(names))], "description": names,
                              "hs_code": codes, "origin_country": origin, "destination_country": dest,
                              "date": date, "currency": cur, "unit_value": "1000", "quantity": "1"})
        out = run_frame(frame, steps=("quote",))
        secs = time.perf_counter() - start
        kinds = [_kind(status, error) for status, error in zip(out["status"], out["error"])]
        count = Counter(kinds)
        print(f"{dest}: rated {count['rated']} of {len(out)} ({count['rated'] / len(out):.1%}); "
              + ", ".join(f"{k} {v}" for k, v in count.most_common() if k != "rated") + f"  [{secs:.1f} s]")
        gaps = out[[k == "no rate bundled" for k in kinds]]
        for code, n in Counter(gaps["hs_code"]).most_common(show):
            example = gaps[gaps["hs_code"] == code].iloc[0]
            print(f"    {code} x{n}  e.g. {example['description']!r}: {str(example['error'])[:110]}")


def _option(name: str, default: str) -> str:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv else default


def _kind(status: str, error: str) -> str:
    """Why a row has no duty: its subheading's lines differ in rate and the listing names none (the quote asks
    for the line), an additional duty's product list is not bundled, the rate is per kilogram or litre and a bare
    listing states no weight or volume, the bundled rate is printed in terms the engine does not compute (shown to
    the user: a season, an entry price, an agricultural component, an article's own rate), or no rate is bundled."""
    if status == "ok":
        return "rated"
    if status != "rate_unknown":
        return status
    if "rate depends on" in error or "give the line" in error or "give the 8-digit line" in error:
        return "line not decided by the listing"
    if "Section 301" in error or "Section 232" in error or "Annex II" in error or "forced-labor" in error:
        return "additional-duty list not bundled"
    if "needs the line's" in error:
        return "weight or volume not stated"
    if "not a rate this schedule computes" in error or "not computable" in error:
        return "printed rate not computed"
    return "no rate bundled"


if __name__ == "__main__":
    main()
