"""Bulk pipeline throughput: rows/s per core for quote and for screen over a generated Parquet file of
order lines (several destinations, mixed regimes), peak memory (RSS), and the ratio against calling the
one-order function in a loop. Usage: python benchmarks/bulk_pipeline.py [--lines 100000] [--chunk-rows 50000]"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import tradecompliance as tc
from tradecompliance.ordertable import order_from_rows
from tradecompliance.pipeline import run_file, run_frame
from tradecompliance.pipeline.generate import generate_orders
from tradecompliance.screening.parties.lists import load_lists


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--chunk-rows", type=int, default=50_000)
    args = ap.parse_args()
    rules, lists = tc.load_rules(), load_lists()
    lists.matcher
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lines.parquet"
        frame = generate_orders(args.lines)
        frame.to_parquet(src, index=False)
        print(f"{len(frame):,} lines, {frame['order_id'].nunique():,} orders, {frame['destination_country'].nunique()} destinations")
        for step in ("quote", "screen"):
            s = run_file(src, Path(tmp) / f"{step}.parquet",
                         lambda df, step=step: run_frame(df, rules=rules, lists=lists, steps=(step,)),
                         chunk_rows=args.chunk_rows, progress=False)
            print(f"{step}: {s.rows / s.seconds:,.0f} lines/s on one core ({s.seconds:.1f} s)")
        sample = frame.head(10_000)
        groups = [g.to_dict("records") for _, g in sample.groupby("order_id", sort=False)]
        t = time.perf_counter()
        for rows in groups:
            try:
                tc.quote(order_from_rows(rows), rules=rules)
            except tc.InvalidInput:
                pass
        loop = len(sample) / (time.perf_counter() - t)
        t = time.perf_counter()
        run_frame(sample, rules=rules, steps=("quote",))
        batch = len(sample) / (time.perf_counter() - t)
        print(f"quote in a loop: {loop:,.0f} lines/s; batch path: {batch:,.0f} lines/s; ratio {batch / loop:.2f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    main()
