"""`declare` over a table of order lines: rows/s and peak memory (RSS) of the streamed run
(`declarations.table.declare_file`, chunks of --chunk-rows) against the whole table read at once
(`declare_frame`), each in a fresh process, over generated orders of 1 to 3 lines whose lines a third of the
time stand apart (an order's last line after later orders' rows).

    python benchmarks/declare_table.py [--lines 20000] [--chunk-rows 2000] [--form postal] [--format json]"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak_memory import peak_rss_mib  # benchmarks/peak_memory.py, beside this script


def _rows(lines: int, seed: int = 20261206) -> list[dict]:
    import random

    rnd = random.Random(seed)
    goods = [("Men's cotton T-shirt", "610910", "0.2"), ("Ceramic coffee mug", "691200", "0.4"),
             ("Bluetooth wireless earbuds", "851830", "0.1"), ("Leather wallet", "420231", "0.1"),
             ("Stainless steel water bottle", "732393", "0.3"), ("Plastic phone case", "392690", "0.05")]
    rows, late, k = [], [], 0
    while len(rows) + len(late) < lines:
        dest = rnd.choice(["DE", "FR", "NL", "GB", "US", "AU"])
        order = [{"order_id": f"D{k:07d}", "origin_country": "CN", "destination_country": dest, "date": "2026-11-02",
                  "currency": "EUR", "description": g[0], "hs_code": g[1], "quantity": str(rnd.randint(1, 3)),
                  "unit_value": f"{rnd.uniform(2, 90):.2f}", "net_weight_kg": g[2], "seller_name": "Acme Trading Ltd",
                  "seller_address": "18 Keji Road", "seller_city": "Shenzhen", "seller_country": "CN",
                  "buyer_name": f"Buyer {k}", "buyer_address": "Weg 1", "buyer_city": "Berlin", "buyer_postal_code": "10115"}
                 for g in (rnd.choice(goods) for _ in range(rnd.randint(1, 3)))]
        k += 1
        if len(order) > 1 and rnd.random() < 1 / 3:
            rows.extend(order[:-1])
            late.append((len(rows) + rnd.randint(0, 12), order[-1]))
        else:
            rows.extend(order)
    for at, line in sorted(late, key=lambda t: -t[0]):
        rows.insert(min(at, len(rows)), line)
    return rows[:lines]


def _child(mode: str, src: str, out: str, chunk_rows: int, form: str, fmt: str) -> None:
    import tradecompliance as tc
    from tradecompliance.declarations.table import declare_file, declare_frame
    from tradecompliance.tableio import read_table, write_table

    rules = tc.load_rules()
    start = time.perf_counter()
    if mode == "streamed":
        rows = declare_file(src, form, Path(out), fmt, rules=rules, chunk_rows=chunk_rows, progress=False).rows
    else:
        result = declare_frame(read_table(src), form, Path(out), fmt, rules=rules)
        write_table(result, Path(out) / "index.csv")
        rows = len(result)
    print(json.dumps({"rows": rows, "seconds": time.perf_counter() - start,
                      "rss_mib": peak_rss_mib()}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=20_000)
    ap.add_argument("--chunk-rows", type=int, default=2_000)
    ap.add_argument("--form", default="postal")
    ap.add_argument("--format", default="json")
    ap.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(*args.child, args.chunk_rows, args.form, args.format)
        return
    import pandas as pd

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lines.csv"
        pd.DataFrame(_rows(args.lines)).to_csv(src, index=False)
        print(f"{args.lines:,} generated lines ({src.stat().st_size / 2**20:.1f} MiB CSV), form {args.form}, format {args.format}")
        for mode in ("whole", "streamed"):
            res = subprocess.run([sys.executable, __file__, "--child", mode, str(src), str(Path(tmp) / mode),
                                  "--chunk-rows", str(args.chunk_rows), "--form", args.form, "--format", args.format],
                                 capture_output=True, text=True, check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            how = f"in chunks of {args.chunk_rows:,} rows" if mode == "streamed" else "read whole"
            print(f"{mode} ({how}): {r['rows'] / r['seconds']:,.0f} rows/s ({r['seconds']:.1f} s), peak RSS {r['rss_mib']:,.0f} MiB")


if __name__ == "__main__":
    main()
