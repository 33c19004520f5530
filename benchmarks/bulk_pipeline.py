"""Bulk pipeline throughput: lines/s (wall) and lines a CPU-second (per core) for quote, screen and classify
over a generated Parquet file of order lines (17 destinations, mixed regimes, dated over the 609 days from 1 March
2025 to 30 October 2026, as a shop's orders are: six fixed dates until session 118), the same streaming with no step
(pass-through: the file I/O floor every step stands on), the peak memory (RSS) of each streamed run, the pipeline
function alone on an Arrow table in memory (no file I/O), on the generated lines and on the same lines with the
columns an operations file carries (buyers, addresses, invoices, SKUs, categories), beside a plain pandas ad valorem
+ VAT join for scale, and the ratio of the batch path against calling the one-order function in a loop.

    python benchmarks/bulk_pipeline.py [--lines 1000000] [--chunk-rows 200000]

The file is generated in parts of 500,000 lines and written with one Parquet writer, so a 10M-line file
never sits in memory; each run is a fresh process whose own peak RSS is reported."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from peak_memory import peak_rss_mib  # benchmarks/peak_memory.py, beside this script


def _generate(path: Path, lines: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tradecompliance.pipeline.generate import generate_orders

    writer, done, part = None, 0, 0
    while done < lines:
        n = min(500_000, lines - done)
        frame = generate_orders(n, seed=20261124 + part, prefix=f"P{part:03d}-")
        table = pa.Table.from_pandas(frame, preserve_index=False)
        writer = writer or pq.ParquetWriter(path, table.schema)
        writer.write_table(table)
        done += len(frame)
        part += 1
    writer.close()
    return done


def _run(step: str, src: str, chunk_rows: int) -> None:
    """Child process: stream one step over the file, print rows/s and this process's peak RSS. Like the rules,
    pandas is loaded before the run is timed (its import, 0.4 s, was counted in the run until session 69)."""
    import pandas  # noqa: F401

    import tradecompliance as tc
    from tradecompliance.pipeline import run_file, run_frame
    from tradecompliance.screening.parties.lists import load_lists

    rules, lists = tc.load_rules(), load_lists()
    lists.matcher
    out = Path(src).with_name(f"{step}.parquet")
    prepare = _unlabelled if step == "classify" else (lambda df: df)
    # "pass-through": the same streaming (read, keep orders whole, write behind, summary) with no step, each line
    # only given status ok: the file I/O every streamed step pays before it does any work of its own
    process = (lambda df: df.assign(status="ok", error="")) if step == "pass-through" else \
        (lambda df: run_frame(prepare(df), rules=rules, lists=lists, steps=(step,)))
    before = _cpu_seconds()
    s = run_file(src, out, process, chunk_rows=chunk_rows, progress=False)
    print(json.dumps({"rows": s.rows, "seconds": s.seconds, "cpu": _cpu_seconds() - before, "rss_mib": peak_rss_mib()}))


def _cpu_seconds() -> float:
    """CPU time of this process, user and system, over all its threads: a streamed run writes each chunk on a
    thread of its own, so its wall time is not its time on one core."""
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime



COLOURS = ["black", "white", "red", "blue", "green", "pink", "grey", "navy", "beige", "brown"]
SIZES = ["S", "M", "L", "XL", "one size", "2 pack"]


def _unlabelled(df):
    """Lines without HS codes, the listing text varied by colour and size as a catalogue does (about 1,200
    distinct listings), for the classify step."""
    import numpy as np
    import pandas as pd

    h = pd.util.hash_array(df["order_id"].to_numpy(dtype=object)).astype(np.uint64)
    colour = np.array(COLOURS, dtype=object)[(h % 10).astype(int)]
    size = np.array(SIZES, dtype=object)[((h // 10) % 6).astype(int)]
    df = df.copy()
    df["description"] = df["description"] + ", " + colour + ", " + size
    df["hs_code"] = ""
    return df


def _wide(df):
    """The same lines with the columns an operations file carries beside them: a buyer (name, address, city,
    postal code, country) per order, an invoice number, a SKU, a marketplace category, a gross weight and the
    line's origin. Each order's buyer is its own, so party screening sees as many names as orders."""
    order = df["order_id"]
    return df.assign(sku="SKU-" + df["hs_code"].str.replace(".", "", regex=False), category="Women's Clothing > Tops & Tees",
                     buyer_name="Customer " + order, buyer_address="1 Main Street", buyer_city="Springfield",
                     buyer_postal_code="12345", buyer_country=df["destination_country"], invoice_number="INV-" + order,
                     gross_weight_kg=df["net_weight_kg"], line_origin=df["origin_country"])


def _loop_ratio(src: Path) -> tuple[float, float, float]:
    import pyarrow.parquet as pq

    import tradecompliance as tc
    from tradecompliance.ordertable import order_from_rows
    from tradecompliance.pipeline import run_frame

    rules = tc.load_rules()
    sample = next(pq.ParquetFile(src).iter_batches(batch_size=10_000)).to_pandas()
    run_frame(sample, rules=rules, steps=("quote",))         # plans built once, as in a long run
    t = time.perf_counter()
    run_frame(sample, rules=rules, steps=("quote",))
    batch = len(sample) / (time.perf_counter() - t)
    t = time.perf_counter()
    run_frame(sample, rules=rules, steps=("quote",), explain=True)
    explained = len(sample) / (time.perf_counter() - t)
    groups = [g.to_dict("records") for _, g in sample.groupby("order_id", sort=False)]
    t = time.perf_counter()
    for rows in groups:
        try:
            tc.quote(order_from_rows(rows), rules=rules)
        except tc.InvalidInput:
            pass
    loop = len(sample) / (time.perf_counter() - t)
    return batch, loop, explained


def _in_memory(src: Path, rows: int = 200_000) -> dict[str, float]:
    """Lines/s of the pipeline function alone (Arrow table in, Arrow table out, no file I/O), for quote
    and screen, over a chunk of new orders after two chunks have warmed plans and lists (as in a long run:
    settings repeat from chunk to chunk, order ids and buyers do not); and of a plain vectorised ad valorem
    + VAT join over the same lines (float arithmetic, no regimes, thresholds or exact money) for scale. Each
    the median of five runs, and for the pipeline its first run too (which builds the chunk's new plans)."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.parquet as pq

    import tradecompliance as tc
    from tradecompliance.pipeline import run_arrow
    from tradecompliance.screening.parties.lists import load_lists

    rules, lists = tc.load_rules(), load_lists()
    batches = pq.ParquetFile(src).iter_batches(batch_size=rows)
    *warm, table = (pa.Table.from_batches([next(batches)]) for _ in range(3))
    out = {}
    for name, make in (("", lambda tb: tb),
                       (" (wide: a buyer of its own per order, addresses, invoices, SKUs, categories)",
                        lambda tb: pa.Table.from_pandas(_wide(tb.to_pandas()), preserve_index=False))):
        timed = make(table)
        for step in ("quote", "screen"):
            for tb in warm:
                run_arrow(make(tb), rules=rules, lists=lists, steps=(step,))
            first, median = _timed(lambda: run_arrow(timed, rules=rules, lists=lists, steps=(step,)))
            out[step + name] = timed.num_rows / median
            out[step + name + " (its first run, building the chunk's new plans)"] = timed.num_rows / first
    df = table.to_pandas()
    rates = pd.DataFrame({"hs_code": df["hs_code"].unique()})
    rates["duty_rate"] = np.linspace(0, 0.2, len(rates))
    vat = pd.DataFrame({"destination_country": df["destination_country"].unique()})
    vat["vat_rate"] = np.linspace(0.05, 0.25, len(vat))

    def join():
        j = df[["hs_code", "destination_country", "unit_value", "quantity"]].merge(rates, on="hs_code", how="left").merge(vat, on="destination_country", how="left")
        value = j["unit_value"].astype(float) * j["quantity"].astype(float)
        duty = (value * j["duty_rate"]).round(2)
        _ = ((value + duty) * j["vat_rate"]).round(2)
        return j[["duty_rate", "vat_rate"]].assign(value=value)

    out["plain join (text cells parsed)"] = len(df) / _timed(join)[1]
    typed = join()

    def arithmetic():
        duty = (typed["value"] * typed["duty_rate"]).round(2)
        _ = ((typed["value"] + duty) * typed["vat_rate"]).round(2)

    out["plain arithmetic (typed arrays)"] = len(df) / _timed(arithmetic)[1]
    return out


def _timed(run, times: int = 5) -> tuple[float, float]:
    """Seconds of the first of several runs of the same work, and their median: one run on a shared machine can
    land on a slow moment; the first run of a chunk also builds the plans of settings new to it."""
    import statistics

    seconds = []
    for _ in range(times):
        t = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - t)
    return seconds[0], statistics.median(seconds)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--chunk-rows", type=int, default=200_000)
    ap.add_argument("--run", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run:
        _run(args.run[0], args.run[1], args.chunk_rows)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "lines.parquet"
        t = time.perf_counter()
        n = _generate(src, args.lines)
        print(f"{n:,} generated lines in {time.perf_counter() - t:.0f} s ({src.stat().st_size / 2**20:,.0f} MiB Parquet)")
        for step in ("pass-through", "quote", "screen", "classify"):
            res = subprocess.run([sys.executable, __file__, "--run", step, str(src), "--chunk-rows", str(args.chunk_rows)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            print(f"{step}: {r['rows'] / r['seconds']:,.0f} lines/s ({r['seconds']:.1f} s wall); per core {r['rows'] / r['cpu']:,.0f} "
                  f"lines a CPU-second ({r['cpu']:.1f} s); peak RSS {r['rss_mib']:,.0f} MiB")
        rates = _in_memory(src)
        for what, rate in rates.items():
            print(f"in memory, 200,000-line table: {what} {rate:,.0f} lines/s")
        # the issue sets 1M quote lines/s where a plain ad valorem + VAT join measures 8-10M: a share of
        # 0.10-0.125 of the join on the same machine, whatever that machine's speed
        share = rates["quote"] / rates["plain join (text cells parsed)"]
        print(f"quote / plain join on this machine: {share:.2f} (the 1M target is 0.10-0.125 of a join measuring 8-10M)")
        batch, loop, explained = _loop_ratio(src)
        print(f"10,000-line sample: quote in a loop {loop:,.0f} lines/s; batch path {batch:,.0f} lines/s; ratio {batch / loop:.1f}; "
              f"with --explain {explained:,.0f} lines/s")


if __name__ == "__main__":
    main()
