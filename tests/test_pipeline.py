"""The bulk pipeline: row for row what the one-order functions give (10,000 generated orders, to the cent),
streamed in chunks from and to real CSV/JSONL/Parquet files without losing, reordering or half-writing
rows, and the same answers under Dask (LocalCluster) and Spark (local[2])."""
from __future__ import annotations

import json
import os
import shutil
import sys
from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import tradecompliance as tc
from tradecompliance.landed.batch import quote_vectorised
from tradecompliance.ordertable import order_from_rows
from tradecompliance.pipeline import run_file, run_frame
from tradecompliance.pipeline.generate import generate_orders

from test_cli import run


@pytest.fixture(scope="module")
def generated():
    return generate_orders(27_000, seed=7)  # 9,000+ orders


def test_pipeline_equals_quote_and_screen_order_by_order(rules, generated):
    frame = pd.concat([generated, generate_orders(3_100, seed=8).assign(order_id=lambda d: "H" + d["order_id"])],
                      ignore_index=True)
    assert frame["order_id"].nunique() >= 10_000
    out = run_frame(frame, rules=rules, steps=("quote", "screen"))
    assert len(out) == len(frame) and list(out["order_id"]) == list(frame["order_id"])
    statuses = set()
    for order_id, rows in frame.groupby("order_id", sort=False):
        got = out.loc[rows.index]
        order = order_from_rows(rows.to_dict("records"))
        one = tc.quote(order, rules=rules)
        statuses.add(one.status)
        assert list(got["status"]) == [line.status if one.status != "ok" or line.status != "ok" else "ok" for line in one.lines] \
            or set(got["status"]) == {one.status}
        assert list(got["duty"]) == ["" if line.duty is None else str(line.duty) for line in one.lines]
        assert list(got["vat"]) == ["" if line.vat is None else str(line.vat) for line in one.lines]
        if one.totals is not None:
            assert set(got["order_duty"]) == {str(one.totals.duty)} and set(got["order_vat"]) == {str(one.totals.vat)}
            assert set(got["order_landed_cost"]) == {str(one.totals.landed_cost)}
        screened = tc.screen(order, rules=rules)
        assert list(got["decision"]) == [line.decision for line in screened.lines]
        assert set(got["order_decision"]) == {screened.decision}
    assert "ok" in statuses  # the generated mix prices most orders


def test_an_order_cell_is_stated_once_or_repeated_and_a_row_stating_it_otherwise_refuses_the_order(rules):
    # shop exports state the order's cells on its first row and leave them empty below: the same quote as when
    # every row repeats them. A later row naming another destination may be a second order under the same id:
    # both paths refuse that order, on each of its rows, naming the cell; the orders around it are quoted.
    base = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
            "description": "Cotton T-shirt", "hs_code": "6109.10", "quantity": "1", "unit_value": "20.00"}
    blank = {k: "" for k in ("origin_country", "destination_country", "date", "currency")}
    rows = ([dict(base, order_id="S1"), dict(base, order_id="S1", **blank)]
            + [dict(base, order_id="R1"), dict(base, order_id="R1")]
            + [dict(base, order_id="X1"), dict(base, order_id="X1", destination_country="FR")])
    frame = pd.DataFrame(rows * 40).assign(order_id=lambda d: d["order_id"] + (d.index // 6).astype(str))
    # the arrays answer the orders stated once or repeated, and leave the refused ones to the one-order path
    _, done = quote_vectorised(frame, rules)
    assert list(done[:6]) == [True, True, True, True, False, False]
    for vectorised in (True, False):
        out = tc.landed.table.quote_frame(frame, rules, vectorised=vectorised)
        s1, r1, x1 = out.iloc[0:2], out.iloc[2:4], out.iloc[4:6]
        # EU: EUR 40 consignment, within the EUR 150 duty relief (Reg. 1186/2009 Art. 23); German VAT 19% of each line's
        # EUR 20 (UStG s. 12(1)): 3.80 a line, 7.60 the order
        assert list(s1["status"]) == list(r1["status"]) == ["ok", "ok"]
        assert list(s1["vat"]) == list(r1["vat"]) == ["3.80", "3.80"] and set(s1["order_vat"]) == {"7.60"}
        assert list(x1["status"]) == ["error", "error"]
        assert set(x1["error"]) == {"destination_country: 'FR' in the order's row 2 differs from 'DE' in its first row: an "
                                    "order-level cell is stated on the first row, and later rows leave it empty or repeat it"}


def test_the_pipeline_explains_its_quote_without_changing_a_figure(rules, generated):
    # `run --explain`: the quote's charges and decisions beside each row, read from the one-order quote; every
    # other column as the vectorised run gives it, and each line's charges sum to its duty and VAT
    frame = generated.head(3_000)
    plain = run_frame(frame, rules=rules, steps=("quote", "screen"))
    explained = run_frame(frame, rules=rules, steps=("quote", "screen"), explain=True)
    assert list(explained.columns) == list(plain.columns[:-5]) + ["pack", "charges", "order_charges", "decisions"] + list(plain.columns[-5:])
    assert explained[list(plain.columns)].equals(plain)
    ok = explained[explained["status"] == "ok"]
    assert len(ok) > 1_000
    for _, row in ok.iterrows():
        charges = json.loads(row["charges"])
        duty = sum(Decimal(c["amount"]) for c in charges if c["kind"] in ("duty", "additional_duty", "flat_duty"))
        vat = sum(Decimal(c["amount"]) for c in charges if c["kind"] == "vat")
        assert (duty, vat) == (Decimal(row["duty"]), Decimal(row["vat"])), row.to_dict()


def test_missing_hs_codes_are_classified_when_confident(rules):
    frame = pd.DataFrame([
        {"order_id": "C1", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
         "description": "Kids plush teddy bear toy", "category": "Toys > Stuffed Animals", "hs_code": "", "unit_value": "20"},
        {"order_id": "C2", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
         "description": "Thing", "hs_code": "", "unit_value": "200"}])
    out = run_frame(frame, rules=rules)
    assert list(out["hs_source"]) == ["classifier", "needs_review"]
    # CN 9503 00 41 "Toys representing animals or non-human creatures > Stuffed": the category path ("Stuffed
    # Animals") decides the line, so the quote gets it
    assert out.loc[0, "hs_code"] == "95030041" and out.loc[0, "status"] == "ok"
    # 200 EUR is over the EUR 150 duty relief (Reg. 1186/2009 Art. 23): without a code the duty is unknown, not zero
    assert out.loc[1, "status"] == "rate_unknown"


def test_a_classified_line_takes_the_national_line_the_listing_decides(rules):
    # CN 4202 22 splits handbags by outer surface: 4202 22 10 plastic sheeting 9.7%, 4202 22 90 textile 3.7%
    # (TARIC, the rows of data/tariffs/eu.csv). A PU handbag is of plastic sheeting, a nylon one of textile: the
    # listing decides the line, so the quote gets it. A duffel bag of unstated material matches the travel-bag
    # lines of plastic sheeting (4202 92 11, 9.7%) and of textile (4202 92 91, 2.7%) alike: the subheading is
    # passed and the quote says the rate depends on the line. Germany, 2 Mar 2026, EUR 200 a line (over the
    # EUR 150 relief), CIF with no freight given: customs value 200.00; VAT 19% on value plus duty.
    base = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR", "hs_code": "",
            "unit_value": "200", "category": "Luggage & Bags > Women's Bags > Shoulder Bags"}
    frame = pd.DataFrame([
        {**base, "order_id": "B1", "description": "Women PU Leather Handbag Large Capacity Shoulder Bag", "attributes": '{"Main Material": "PU"}'},
        {**base, "order_id": "B2", "description": "Women Nylon Handbag Shoulder Bag Large Capacity", "attributes": '{"Main Material": "Nylon"}'},
        {**base, "order_id": "B3", "description": "Travel Duffel Bag Large Capacity Weekender", "category": "Luggage & Bags > Travel Bags"}])
    out = run_frame(frame, rules=rules)
    assert list(out["hs_source"]) == ["classifier"] * 3
    assert list(out["hs_code"]) == ["42022210", "42022290", "420292"]
    assert list(out["status"]) == ["ok", "ok", "rate_unknown"]
    # 9.7% x 200 = 19.40, VAT 19% x 219.40 = 41.686 -> 41.69; 3.7% x 200 = 7.40, VAT 19% x 207.40 = 39.406 -> 39.41
    assert list(out["duty"][:2]) == ["19.40", "7.40"] and list(out["vat"][:2]) == ["41.69", "39.41"]
    assert "4202 92 11" in out.loc[2, "error"] and "4202 92 91" in out.loc[2, "error"]


def test_a_given_subheading_whose_lines_differ_in_rate_takes_the_line_the_listing_decides(rules):
    # the seller gives HS 4202.22; CN 4202 22 10 (plastic sheeting, 9.7%) and 4202 22 90 (textile, 3.7%) differ in
    # rate (TARIC, data/tariffs/eu.csv). The listing decides the line where it names the outer surface: 9.7% x 200
    # = 19.40 duty, VAT 19% x 219.40 = 41.69; 3.7% x 200 = 7.40, VAT 19% x 207.40 = 39.41. A handbag of unstated
    # material stays rate_unknown naming both lines; a code the tariff rates as given (T-shirts, 6109.10: 12%) and a
    # given eight-digit line are left as they are.
    base = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR", "unit_value": "200"}
    frame = pd.DataFrame([
        {**base, "order_id": "G1", "description": "Women PU Leather Handbag Shoulder Bag", "hs_code": "4202.22",
         "attributes": '{"Main Material": "PU"}'},
        {**base, "order_id": "G2", "description": "Women Nylon Handbag Large Capacity", "hs_code": "420222", "attributes": ""},
        {**base, "order_id": "G3", "description": "Handbag", "hs_code": "420222", "attributes": ""},
        {**base, "order_id": "G4", "description": "Cotton T-shirt Men", "hs_code": "610910", "attributes": ""},
        {**base, "order_id": "G5", "description": "Women Nylon Handbag", "hs_code": "42022210", "attributes": ""}])
    out = run_frame(frame, rules=rules)
    assert list(out["hs_code"]) == ["42022210", "42022290", "420222", "610910", "42022210"]
    assert out.loc[0, "hs_source"].startswith("given; national line from the listing: EU line 4202.22.10")
    assert "plastic" in out.loc[0, "hs_source"] and "textile" in out.loc[1, "hs_source"]
    assert list(out["hs_source"][2:]) == ["given"] * 3
    assert list(out["duty"][:2]) == ["19.40", "7.40"] and list(out["vat"][:2]) == ["41.69", "39.41"]
    assert out.loc[2, "status"] == "rate_unknown" and "4202 22 10" in out.loc[2, "error"]
    assert out.loc[3, "duty"] == "24.00"   # 12% x 200
    # the one-order path agrees once given the line: the pipeline's figures are quote's on the completed code
    order = order_from_rows([{**frame.loc[0].to_dict(), "hs_code": out.loc[0, "hs_code"]}])
    assert str(tc.quote(order, rules=rules).lines[0].duty) == "19.40"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_run_streams_chunks_and_keeps_every_row_in_order(tmp_path, rules, generated, suffix):
    frame = generated.head(600).copy()
    frame.loc[5, "currency"] = "ZZZ"  # one bad order: its rows become errors, nothing is dropped
    src = tmp_path / f"in{suffix}"
    {".csv": lambda: frame.to_csv(src, index=False), ".parquet": lambda: frame.to_parquet(src, index=False),
     ".jsonl": lambda: frame.to_json(src, orient="records", lines=True)}[suffix]()
    target = tmp_path / f"out{suffix}"
    summary = run_file(src, target, lambda df: run_frame(df, rules=rules), chunk_rows=37)
    whole = run_frame(frame, rules=rules)
    back = {".csv": lambda: pd.read_csv(target, dtype=str, keep_default_na=False),
            ".parquet": lambda: pd.read_parquet(target),
            ".jsonl": lambda: pd.read_json(target, lines=True, dtype=False).astype(str)}[suffix]()
    assert len(back) == len(frame) == summary.rows
    assert list(back["order_id"]) == list(frame["order_id"])
    pd.testing.assert_frame_equal(back.reset_index(drop=True), whole.reset_index(drop=True), check_dtype=False)
    bad = frame.loc[5, "order_id"]
    assert set(back.loc[back["order_id"] == bad, "status"]) == {"error"}
    assert summary.orders == frame["order_id"].nunique()
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("chosen, expected", [(None, "system"), ("mimalloc", "mimalloc"), ("jemalloc", "jemalloc")])
def test_a_streamed_run_allocates_with_the_system_allocator_unless_a_pool_is_named(tmp_path, chosen, expected):
    # a new process: Arrow's default pool is its bundled one (mimalloc in this machine's wheel) until run_file
    # switches it to the system allocator (a new process's first pass faster, its peak memory lower:
    # prefer_system_allocator); a pool the user names in ARROW_DEFAULT_MEMORY_POOL is kept
    import subprocess

    src = tmp_path / "in.csv"
    src.write_text("a\n1\n2\n", encoding="utf-8")
    script = ("import sys, pyarrow as pa\n"
              "from tradecompliance.pipeline import run_file\n"
              "before = pa.default_memory_pool().backend_name\n"
              "s = run_file(sys.argv[1], sys.argv[2], lambda df: df.assign(status='ok', error=''), orders=False,"
              " progress=False)\n"
              "print(before, pa.default_memory_pool().backend_name, s.rows)\n")
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if chosen:
        env["ARROW_DEFAULT_MEMORY_POOL"] = chosen
    out = subprocess.run([sys.executable, "-c", script, str(src), str(tmp_path / "out.parquet")], env=env,
                         capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == [expected, "2"] and (chosen is None or out[0] == chosen)
    assert pd.read_parquet(tmp_path / "out.parquet")["a"].tolist() == ["1", "2"]


@pytest.mark.parametrize("out_suffix", [".csv", ".parquet", ".jsonl"])
def test_json_lines_that_leave_out_keys_stream_with_every_key_as_a_column(tmp_path, rules, generated, out_suffix):
    # a JSON lines export writes a key only where it has a value: here `insurance` first appears after the first
    # chunk and `shipping` is left out of later records. Every chunk gets every key of the file (a left-out one
    # reads as ''), so a CSV never shifts cells under its header and Parquet keeps one schema: the streamed output
    # equals the file read whole
    frame = generated.head(120).copy()
    records = frame.to_dict("records")
    for i, r in enumerate(records):
        if i < 60:
            r.pop("insurance")
        elif i >= 90:
            r.pop("shipping")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    target = tmp_path / f"out{out_suffix}"
    summary = run_file(src, target, lambda df: run_frame(df, rules=rules, steps=("quote",)), chunk_rows=25)
    whole = run_frame(pd.read_json(src, lines=True, dtype=False), rules=rules, steps=("quote",))
    back = {".csv": lambda: pd.read_csv(target, dtype=str, keep_default_na=False),
            ".parquet": lambda: pd.read_parquet(target),
            ".jsonl": lambda: pd.read_json(target, lines=True, dtype=False).astype(str)}[out_suffix]()
    assert summary.rows == len(back) == 120 and list(back.columns) == list(whole.columns)
    assert "insurance" in back.columns and set(back["insurance"][:60]) == {""} and set(back["shipping"][90:]) == {""}
    pd.testing.assert_frame_equal(back, whole.reset_index(drop=True), check_dtype=False)
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.parametrize("failure,error,match", [
    ("interrupted", KeyboardInterrupt, None),      # the step stopped (Ctrl-C) on the second chunk
    ("refused", RuntimeError, r"a chunk has columns \['late'\] the first chunk lacked"),   # the writer refuses it
])
def test_a_run_failing_part_way_leaves_no_output(tmp_path, generated, failure, error, match):
    # chunks are written on a thread of their own while the next is answered: a run stopped in a step, or by a chunk
    # the writer's thread refuses (a column the first chunk lacked), raises in the caller and renames nothing into place
    src = tmp_path / "in.csv"
    generated.head(200).to_csv(src, index=False)
    calls = []

    def process(df):
        calls.append(len(df))
        out = df.assign(status="ok", error="")
        if len(calls) == 2:
            if failure == "interrupted":
                raise KeyboardInterrupt
            return out.assign(late="x")
        return out

    with pytest.raises(error, match=match):
        run_file(src, tmp_path / "out.parquet", process, chunk_rows=50)
    assert not (tmp_path / "out.parquet").exists() and not list(tmp_path.glob(".*.part"))
    assert len(calls) >= 2


def test_the_summary_counts_and_sums_what_the_output_holds(tmp_path, rules, generated):
    # the run's summary, counted chunk by chunk in Arrow, equals the output file counted whole: rows, orders,
    # statuses, errors by kind, and each destination's duty and VAT as the exact sum of its orders' totals
    from tradecompliance.pipeline.stream import error_kind

    frame = generated.head(3_000).copy()
    frame.loc[frame.index[7], "quantity"] = "two"      # one bad line: its order is an error
    src = tmp_path / "in.parquet"
    frame.to_parquet(src, index=False)
    summary = run_file(src, tmp_path / "out.parquet", lambda df: run_frame(df, rules=rules, steps=("quote", "screen")),
                       chunk_rows=400)
    out = pd.read_parquet(tmp_path / "out.parquet")
    assert summary.rows == len(out) == 3_000
    firsts = out[out["order_id"] != out["order_id"].shift()]
    assert summary.orders == len(firsts) == frame["order_id"].nunique()
    assert summary.statuses == out["status"].value_counts().to_dict() and summary.statuses.get("error", 0) >= 1
    errors = out.loc[out["error"] != "", "error"].map(error_kind).value_counts().to_dict()
    assert summary.errors == errors and sum(errors.values()) >= 1
    assert summary.decisions == out["decision"].replace("", "n/a").value_counts().to_dict()
    expected: dict = {}
    for dest, cur, duty, vat in firsts[["destination_country", "destination_currency", "order_duty", "order_vat"]].itertuples(index=False):
        if cur:
            t = expected.setdefault((dest, cur), {"duty": Decimal(0), "vat": Decimal(0)})
            t["duty"] += Decimal(duty or 0)
            t["vat"] += Decimal(vat or 0)
    assert summary.totals == expected and len(expected) >= 10
    assert sum(t["duty"] for t in expected.values()) > 0 and sum(t["vat"] for t in expected.values()) > 0


def test_cli_run_prints_a_summary(tmp_path, generated):
    src = tmp_path / "in.csv"
    generated.head(300).to_csv(src, index=False)
    res = run("run", str(src), "-o", str(tmp_path / "out.parquet"), "--chunk-rows", "100")
    assert res.returncode == 0, res.stderr
    assert "300 rows" in res.stdout and "status:" in res.stdout and "duty" in res.stdout
    assert res.stderr.strip() == ""  # no progress line outside a terminal
    assert len(pd.read_parquet(tmp_path / "out.parquet")) == 300


def test_cli_run_classifies_with_a_history(tmp_path, generated):
    # lines without an HS code are classified with the team's past decisions first
    src = tmp_path / "in.csv"
    lines = generated.head(6).copy()
    lines["description"], lines["hs_code"] = "Zorblax Quantum Widget 3000 Blue", ""
    lines.to_csv(src, index=False)
    history = tmp_path / "past.csv"
    pd.DataFrame({"description": ["Zorblax Quantum Widget 3000"], "hs_code": ["8479.89.9499"]}).to_csv(history, index=False)
    res = run("run", str(src), "-o", str(tmp_path / "out.parquet"), "--steps", "classify", "--history", str(history),
              "--history-destination", "US")
    assert res.returncode == 0, res.stderr
    out = pd.read_parquet(tmp_path / "out.parquet")
    # the line sent to the US takes the team's own HTS line (their past decision); the others the subheading
    us = (out["destination_country"] == "US").tolist()
    assert us.count(True) >= 1 and us.count(False) >= 1
    assert out["hs_code"].tolist() == ["8479899499" if u else "847989" for u in us] and set(out["hs_source"]) == {"classifier"}


def test_dask_local_cluster_equals_the_single_process_run(rules, generated):
    dd = pytest.importorskip("dask.dataframe")
    distributed = pytest.importorskip("dask.distributed")
    from tradecompliance.pipeline.scaleout import dask_run

    frame = generated.head(400)
    expected = run_frame(frame, rules=rules)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster):
        got = dask_run(dd.from_pandas(frame, npartitions=4)).compute()
    pd.testing.assert_frame_equal(got.drop(columns=["_row"]).reset_index(drop=True), expected)


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime (java not on PATH)")
def test_spark_local_equals_the_single_process_run(rules, generated):
    pytest.importorskip("pyspark")
    from pyspark.sql import SparkSession

    from tradecompliance.pipeline.scaleout import spark_run

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the workers run this interpreter, with pyarrow and the library
    frame = generated.head(400)
    expected = run_frame(frame, rules=rules)
    spark = (SparkSession.builder.master("local[2]").appName("tradecompliance-test").config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "4").getOrCreate())
    try:
        got = spark_run(spark.createDataFrame(frame)).toPandas()
    finally:
        spark.stop()
    pd.testing.assert_frame_equal(got.drop(columns=["_row"]).reset_index(drop=True), expected)


def test_an_order_id_that_comes_back_after_other_orders_is_an_error_not_a_merge(tmp_path):
    # An order is a run of consecutive rows: A, B, A again. The second run of A is neither merged into the
    # first (which would change its totals and thresholds) nor quoted as a new order: its rows are errors.
    # Chunks of 2 rows put the two runs of A in different chunks, the same answer must come out.
    import pandas as pd

    from tradecompliance.pipeline import run_file, run_frame

    base = {"origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
            "description": "Cotton T-shirt", "hs_code": "6109.10", "quantity": "1"}
    rows = [dict(base, order_id="A", unit_value="100.00"), dict(base, order_id="B", unit_value="10.00"),
            dict(base, order_id="B", unit_value="10.00"), dict(base, order_id="A", unit_value="100.00"),
            dict(base, order_id="C", unit_value="10.00")]
    src = tmp_path / "lines.csv"
    pd.DataFrame(rows).to_csv(src, index=False)
    for chunk_rows, suffix in ((2, ".csv"), (50, ".csv"), (2, ".parquet")):
        # with 2-row chunks the second run of A is a chunk of its own, which no step answers: its other cells are
        # blank, and a Parquet output keeps the first chunk's schema
        dst = tmp_path / f"out{chunk_rows}{suffix}"
        run_file(src, dst, lambda df: run_frame(df, steps=("quote",)), chunk_rows=chunk_rows, progress=False)
        out = pd.read_csv(dst, dtype=str, keep_default_na=False) if suffix == ".csv" else pd.read_parquet(dst)
        assert list(out["order_id"]) == ["A", "B", "B", "A", "C"]
        assert list(out["status"]) == ["ok", "ok", "ok", "error", "ok"]
        assert "comes back after other orders" in out.loc[3, "error"]
        # the first run of A is quoted alone, as the order it is: EUR 100.00 x German VAT 19% (UStG s. 12(1)) = 19.00
        assert out.loc[0, "order_vat"] == "19.00"


def test_combined_codes_number_each_distinct_combination_in_order_of_first_appearance():
    # packed into one integer while it fits in 62 bits, hashed then (the 2**40 codes force it), a -1 sentinel kept
    # apart from every real code: the same numbering as factorizing the tuples themselves
    from tradecompliance.ordertable import combine_codes

    rng = np.random.default_rng(20261206)
    for _ in range(200):
        n, k = int(rng.integers(1, 300)), int(rng.integers(1, 6))
        cols = [rng.integers(-1, int(rng.choice([2, 5, 1000, 2**40])), n) for _ in range(k)]
        expected = pd.factorize(pd.Series(list(zip(*cols)), dtype=object))[0]
        assert np.array_equal(combine_codes(*cols), expected)


def test_text_column_blanks_and_merges_by_code_and_writes_each_row_once():
    from tradecompliance.ordertable import TextColumn

    col = TextColumn(np.array([1, 0, 1, 2]), ["a", "b", "c"])
    assert col.arrow().to_pylist() == ["b", "a", "b", "c"]
    assert col.blank(np.array([False, True, False, True])).arrow().to_pylist() == ["b", "", "b", ""]
    # rows 1 and 3 take the slow answers, in order; row 0 and 2 take one shared message
    merged = col.where(np.array([False, True, False, True]), ["x", "y"])
    assert merged.arrow().to_pylist() == ["b", "x", "b", "y"]
    assert col.where(np.array([True, False, True, False]), ["m"], at=0).arrow().to_pylist() == ["m", "a", "m", "c"]
    assert col.arrow().to_pylist() == ["b", "a", "b", "c"]          # the original is left as it was


def test_order_runs_flag_every_later_run_of_an_id_within_and_across_chunks():
    # runs: A | B | A A | C | A, then C | D in the next chunk: every run after an id's first is flagged, row by row
    import pandas as pd

    from tradecompliance.pipeline.stream import OrderRuns

    runs = OrderRuns()
    first = runs.repeated(pd.Series(["A", "B", "A", "A", "C", "A"], dtype="str"))
    assert first.tolist() == [False, False, True, True, False, True]
    assert runs.repeated(pd.Series(["C", "D", "D"], dtype="str")).tolist() == [True, False, False]


def test_order_runs_of_rising_ids_are_checked_when_an_id_first_fails_to_rise():
    # a file sorted by order id is never hashed; the first chunk whose ids do not rise is checked against every
    # run before it, and later chunks against those and its own
    import pandas as pd

    from tradecompliance.pipeline.stream import OrderRuns

    runs = OrderRuns()
    assert runs.repeated(pd.Series(["A1", "A1", "A2"], dtype="str")).tolist() == [False, False, False]
    assert runs.repeated(pd.Series(["A3", "B1"], dtype="str")).tolist() == [False, False]
    # rising within the chunk, but not above the last id so far: A2 comes back
    assert runs.repeated(pd.Series(["A2", "C1", "C1"], dtype="str")).tolist() == [True, False, False]
    assert runs.repeated(pd.Series(["A1", "Z9", "C1"], dtype="str")).tolist() == [True, False, True]
    fresh = OrderRuns()
    assert fresh.repeated(pd.Series(["B", "C"], dtype="str")).tolist() == [False, False]
    assert fresh.repeated(pd.Series(["D", "C", "A"], dtype="str")).tolist() == [False, True, False]


def test_a_table_step_pauses_the_collector_for_its_chunk_and_restores_it_even_on_error():
    # gcpause.py: the batch paths create hundreds of thousands of acyclic objects per chunk; the collector
    # is paused while a chunk runs and given back as it was, also when the step raises.
    import gc

    from tradecompliance.ordertable import with_fallback

    frame = pd.DataFrame({"order_id": ["A", "A", "B"], "x": ["1", "2", "3"]})
    seen = []

    def fast(text):
        seen.append(gc.isenabled())
        return {"status": ["ok"] * 3, "error": [""] * 3}, np.array([True, False, True])

    def slow(text):
        seen.append(gc.isenabled())
        return pd.DataFrame({"status": ["slow"], "error": ["e"]}, index=text.index)

    assert gc.isenabled()
    out = with_fallback(frame, ["status", "error"], fast, slow)
    assert seen == [False, False] and gc.isenabled()
    assert list(out["status"]) == ["ok", "slow", "ok"] and list(out["x"]) == ["1", "2", "3"]

    def broken(text):
        raise RuntimeError("step failed")

    with pytest.raises(RuntimeError, match="step failed"):
        with_fallback(frame, ["status", "error"], broken, slow)
    assert gc.isenabled()
    gc.disable()
    try:
        with_fallback(frame, ["status", "error"], fast, slow)
        assert not gc.isenabled()            # a caller's own pause is left in place
    finally:
        gc.enable()


def test_parquet_output_keeps_dictionaries_for_repeated_values_only(tmp_path):
    # ids and amounts (mostly distinct in the first rows) are written plain, codes and statuses as dictionaries;
    # the reader sees the same values either way
    import pyarrow as pa
    import pyarrow.parquet as pq

    from tradecompliance.pipeline.stream import _parquet_options

    n = 50_000
    table = pa.table({"order_id": [f"O{i}" for i in range(n)], "status": ["ok", "error"] * (n // 2),
                      "duty": [f"{i / 100:.2f}" for i in range(n)], "destination_country": ["DE", "US", "GB", "FR", "JP"] * (n // 5)})
    options = _parquet_options(table)
    assert options["use_dictionary"] == ["status", "destination_country"]
    assert options["write_statistics"] == ["order_id", "status", "destination_country"]
    pq.write_table(table, tmp_path / "t.parquet", **options)
    back = pq.read_table(tmp_path / "t.parquet")
    assert back.equals(table)
    codecs = {back.schema.names[i]: pq.ParquetFile(tmp_path / "t.parquet").metadata.row_group(0).column(i).encodings
              for i in range(4)}
    assert "PLAIN_DICTIONARY" in codecs["status"] or "RLE_DICTIONARY" in codecs["status"], codecs
    assert not any("DICTIONARY" in e for e in codecs["order_id"]), codecs
