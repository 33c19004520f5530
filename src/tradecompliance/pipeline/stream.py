"""Run the pipeline over a file of any size: read in chunks, keep each order whole (an order is a run of
consecutive rows with one order_id), write each result chunk to a temporary file that is renamed only when
every row is written. Memory is bounded by the chunk size, whatever the file size."""
from __future__ import annotations

import re
import sys
import time
from bisect import bisect_right
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable, Iterator

from ..tableio import as_text, atomic_path, csv_separator, reading, table_format


class ColumnsGrew(Exception):
    """A JSON lines chunk names a key no earlier chunk had: the output's columns, already written, would lack it."""


def read_chunks(path: str | Path, rows: int, columns: list[str] | None = None) -> Iterator:
    """DataFrames of at most `rows` rows, string cells ('' for missing), in file order. A file that cannot
    be parsed, up front or part-way through, raises TableError naming it. A JSON line may leave out keys:
    every chunk has the columns of the first (or `columns`, every key of the file: `json_columns`), a key left
    out reading as ''; a key first met after the first chunk raises ColumnsGrew (run_file then reads the keys
    of the whole file and starts again)."""
    import pandas as pd

    path = Path(path)
    with reading(path) as suffix:
        if suffix == ".csv":
            yield from pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=rows, sep=csv_separator(path))
        elif suffix == ".parquet":
            import pyarrow.parquet as pq

            for batch in pq.ParquetFile(path).iter_batches(batch_size=rows):
                yield as_text(batch.to_pandas())
        else:
            for chunk in pd.read_json(path, lines=True, dtype=False, chunksize=rows):
                if columns is None:
                    columns = list(chunk.columns)
                elif not set(chunk.columns) <= set(columns):
                    raise ColumnsGrew(sorted(set(chunk.columns) - set(columns)))
                yield as_text(chunk.reindex(columns=columns))


def json_columns(path: Path, rows: int) -> list[str]:
    """Every key of a JSON lines file, in the order first met: one reading of the whole file."""
    import pandas as pd

    seen: dict[str, None] = {}
    with reading(path):
        for chunk in pd.read_json(path, lines=True, dtype=False, chunksize=rows):
            seen.update(dict.fromkeys(chunk.columns))
    return list(seen)


def whole_orders(chunks: Iterator) -> Iterator:
    """Re-cut chunks so that no order (run of equal order_id) is split between two of them."""
    import pandas as pd

    carry = None
    for chunk in chunks:
        if carry is not None:
            chunk = pd.concat([carry, chunk], ignore_index=True)
            carry = None
        if "order_id" not in chunk.columns or chunk.empty:
            yield chunk
            continue
        ids = chunk["order_id"]
        last = ids.iloc[-1]
        start = len(chunk)
        while start > 0 and ids.iloc[start - 1] == last:
            start -= 1
        if start == 0:  # one order fills the chunk: keep collecting
            carry = chunk
            continue
        carry = chunk.iloc[start:]
        yield chunk.iloc[:start].reset_index(drop=True)
    if carry is not None and len(carry):
        yield carry.reset_index(drop=True)


STATISTICS_COLUMNS = ("order_id", "status", "destination_country", "hs_code")


def _parquet_options(first):
    """Writer options from the first chunk: min/max statistics only on the columns a reader filters by, and
    no dictionary for columns that are mostly distinct (ids, amounts), where it costs time and saves nothing.
    Both take a third of the writing time of a quoted chunk. Distinct values are counted in the chunk's first
    10,000 rows: enough to tell an id from a code, at a twentieth of the cost of a 200,000-row chunk."""
    import pyarrow.compute as pc

    sample = first.slice(0, 10_000)
    n = max(sample.num_rows, 1)
    mostly_distinct = {c for c in sample.column_names if pc.count_distinct(sample[c]).as_py() > n // 10}
    return {"write_statistics": [c for c in STATISTICS_COLUMNS if c in first.column_names],
            "use_dictionary": [c for c in first.column_names if c not in mostly_distinct]}


class ChunkWriter:
    """Append result chunks to a temporary file of the output's format; `close()` renames it into place."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.suffix = table_format(self.path)
        self._ctx = atomic_path(self.path)
        self.tmp = self._ctx.__enter__()
        self._fh = None
        self._parquet = None
        self._columns = None
        self.rows = 0

    def write(self, df) -> None:
        if self._columns is None:
            self._columns = list(df.columns)
        elif list(df.columns) != self._columns:
            # a chunk of rows no step answered (orders whose id came back) lacks the steps' columns: blank there;
            # a CSV would otherwise shift its cells under the first chunk's header
            extra = [c for c in df.columns if c not in self._columns]
            if extra:
                raise RuntimeError(f"a chunk has columns {extra} the first chunk lacked")
            df = df.reindex(columns=self._columns, fill_value="")
        if self.suffix == ".parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pandas(df.astype(str), preserve_index=False)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self.tmp, table.schema, **_parquet_options(table))
            self._parquet.write_table(table.cast(self._parquet.schema))
        else:
            if self._fh is None:
                self._fh = open(self.tmp, "w", encoding="utf-8", newline="")
            if self.suffix == ".csv":
                df.to_csv(self._fh, index=False, header=self.rows == 0)
            elif len(df):
                text = df.to_json(orient="records", lines=True, force_ascii=False)
                self._fh.write(text if text.endswith("\n") else text + "\n")
        self.rows += len(df)

    def close(self, ok: bool = True) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._fh is not None:
            self._fh.close()
        if ok:
            self._ctx.__exit__(None, None, None)
        else:
            self._ctx.__exit__(RuntimeError, RuntimeError("aborted"), None)


_LINE_PREFIX = re.compile(r"^line \d+:\s*")


KIND_CHARS = 200    # what an error is about is told by its first characters (a reason may run to a thousand)


@lru_cache(maxsize=65536)   # a run repeats the same few thousand messages chunk after chunk
def error_kind(message: str) -> str:
    """What an error is about, without the specifics, from its first KIND_CHARS characters: 'no duty rate for' from
    'line 0: no duty rate for 711311 ...', 'destination_country' from 'destination_country: unknown country ...'."""
    text = _LINE_PREFIX.sub("", message[:KIND_CHARS]).split(";", 1)[0]
    head, colon, _ = text.partition(":")
    if colon and " " not in head.strip():
        return head.strip()
    words = []
    for word in text.split():
        if any(ch.isdigit() or ch in "'\"" for ch in word):
            break
        words.append(word)
    return " ".join(words)[:60] or text[:60]


def _text(column):
    """A DataFrame column as one Arrow string array (no copy of an Arrow-backed column's strings)."""
    import pyarrow as pa

    arr = pa.array(column.astype(str).array, type=pa.string())
    return arr.combine_chunks() if isinstance(arr, pa.ChunkedArray) else arr


def _run_starts(ids, text=None):
    """Rows where a run of equal order ids starts (each order's first row)."""
    import numpy as np
    import pyarrow.compute as pc

    arr = _text(ids) if text is None else text
    if len(arr) == 0:
        return np.zeros(0, dtype=bool)
    changed = pc.not_equal(arr[1:], arr[:-1]).to_numpy(zero_copy_only=False)
    return np.r_[True, changed]


def _counts(arr) -> dict[str, int]:
    """Each distinct text of an Arrow string array and how many times it occurs."""
    counted = arr.value_counts()
    return dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist()))


# the columns a run's totals by destination are summed from (each order's first row)
TOTALS_COLUMNS = ("destination_country", "destination_currency", "order_duty", "order_vat")


def _sums_by_destination(firsts) -> dict[tuple[str, str], tuple[Decimal, Decimal]]:
    """Exact sums of the order duty and VAT texts (an Arrow table of TOTALS_COLUMNS) by (destination, currency): in
    Arrow decimals, or text by text if a cell is not a plain amount."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cols = list(TOTALS_COLUMNS)
    try:
        tbl = firsts
        for c in ("order_duty", "order_vat"):
            col = pc.if_else(pc.equal(tbl[c], ""), "0", tbl[c])
            tbl = tbl.set_column(tbl.schema.get_field_index(c), c, pc.cast(col, pa.decimal128(38, 6)))
        agg = tbl.group_by(cols[:2]).aggregate([("order_duty", "sum"), ("order_vat", "sum")]).to_pylist()
        return {(r["destination_country"], r["destination_currency"]): (Decimal(r["order_duty_sum"]), Decimal(r["order_vat_sum"]))
                for r in agg}
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        out: dict[tuple[str, str], list[Decimal]] = {}
        for row in firsts.to_pylist():
            t = out.setdefault((row["destination_country"], row["destination_currency"]), [Decimal(0), Decimal(0)])
            for i, amount in enumerate((row["order_duty"], row["order_vat"])):
                try:
                    t[i] += Decimal(amount or 0)
                except InvalidOperation:
                    pass
        return {k: (v[0], v[1]) for k, v in out.items()}


def _add_counts(into: dict[str, int], counts: dict[str, int]) -> None:
    for k, v in counts.items():
        into[k] = into.get(k, 0) + v


@dataclass
class Summary:
    """What a run did: rows, orders, statuses, errors by kind, duty and tax totals by destination. Counted and
    summed in Arrow, chunk by chunk."""

    rows: int = 0
    orders: int = 0
    seconds: float = 0.0
    statuses: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    decisions: dict[str, int] = field(default_factory=dict)
    totals: dict[tuple[str, str], dict[str, Decimal]] = field(default_factory=dict)  # (destination, currency) -> duty, vat

    def add(self, out) -> None:
        import pyarrow as pa
        import pyarrow.compute as pc

        self.rows += len(out)
        _add_counts(self.statuses, _counts(_text(out["status"])))
        # a reason names its row's date: counted by what error_kind reads of it (its first characters), the dates
        # masked, a year of orders repeats a few thousand messages, not one per day (the mask keeps a digit where the
        # date was, so error_kind cuts there as before)
        error = _text(out["error"])
        error = pc.utf8_slice_codeunits(error.filter(pc.not_equal(error, "")), 0, KIND_CHARS)    # (code points)
        error = pc.replace_substring_regex(error, r"\d{4}-\d{2}-\d{2}", "0000-00-00")
        for msg, count in _counts(error).items():
            kind = error_kind(msg)
            self.errors[kind] = self.errors.get(kind, 0) + count
        if "decision" in out.columns:
            _add_counts(self.decisions, {k or "n/a": v for k, v in _counts(_text(out["decision"])).items()})
        if "order_id" not in out.columns:
            return
        starts = _run_starts(out["order_id"])
        self.orders += int(starts.sum())
        if not set(TOTALS_COLUMNS) <= set(out.columns):
            return
        firsts = pa.table({c: _text(out[c]) for c in TOTALS_COLUMNS})
        firsts = firsts.filter(pc.and_(pa.array(starts), pc.not_equal(firsts["destination_currency"], "")))
        for (dest, cur), sums in _sums_by_destination(firsts).items():
            t = self.totals.setdefault((dest, cur), {"duty": Decimal(0), "vat": Decimal(0)})
            t["duty"] += sums[0]
            t["vat"] += sums[1]

    def lines(self) -> list[str]:
        rate = f"{self.rows / self.seconds:,.0f} rows/s" if self.seconds else ""
        out = [f"{self.rows:,} rows, {self.orders:,} orders in {self.seconds:.1f} s ({rate})",
               "status: " + ", ".join(f"{k} {v:,}" for k, v in sorted(self.statuses.items()))]
        if self.decisions:
            out.append("screening: " + ", ".join(f"{k} {v:,}" for k, v in sorted(self.decisions.items())))
        if self.errors:
            out.append("errors by kind: " + ", ".join(f"{k} {v:,}" for k, v in sorted(self.errors.items(), key=lambda kv: -kv[1])[:10]))
        for (dest, cur), t in sorted(self.totals.items()):
            out.append(f"  {dest}: duty {t['duty']:,.2f} {cur}, VAT/GST {t['vat']:,.2f} {cur}")
        return out


def count_rows(path: Path) -> int | None:
    """Rows in the file, cheaply: Parquet metadata, or newlines for CSV/JSONL."""
    with reading(path) as suffix:
        if suffix == ".parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        n = 0
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                n += block.count(b"\n")
        return n - (1 if suffix == ".csv" else 0)


class Progress:
    """rows, rows/s and ETA on one stderr line, only on a terminal."""

    def __init__(self, total: int | None, enabled: bool):
        self.total, self.enabled, self.start, self.done = total, enabled, time.monotonic(), 0

    def update(self, n: int) -> None:
        self.done += n
        if not self.enabled:
            return
        dt = max(time.monotonic() - self.start, 1e-9)
        rate = self.done / dt
        eta = f", ETA {max(self.total - self.done, 0) / rate:,.0f} s" if self.total and rate else ""
        share = f" / {self.total:,} ({100 * self.done / self.total:.0f}%)" if self.total else ""
        sys.stderr.write(f"\r{self.done:,}{share} rows, {rate:,.0f} rows/s{eta}   ")
        sys.stderr.flush()

    def finish(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")


class OrderRuns:
    """The order ids whose run of rows has ended, kept as sorted 64-bit hashes (8 bytes an order, so 10M
    lines of 3-line orders cost 27 MB), to catch an id that comes back after other orders. Such a run is
    not quoted as an order of its own nor merged into the earlier one: its rows get status=error.

    While the file's ids rise strictly (a file sorted by order id, the usual export), no run can repeat an earlier
    one and the ids are only kept, as text (about 14 bytes an order of 10-character ids); they are hashed the first
    time a chunk's ids do not rise. Hashing a 200,000-line chunk's 66,667 ids took 15-20 ms of its streaming."""

    def __init__(self) -> None:
        import numpy as np

        self._seen = np.empty(0, dtype=np.uint64)
        self._rising: list | None = []          # the heads of every run so far while all rise, else None
        self._last = None                       # the last head so far, while they rise

    def repeated(self, ids):
        """Per row of a chunk of whole runs: does its run repeat an id seen in an earlier run?"""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc

        text = _text(ids)
        start = _run_starts(ids, text)
        run_of_row = np.cumsum(start) - 1
        heads = text.filter(pa.array(start))
        if self._rising is not None:
            rises = len(heads) < 2 or pc.all(pc.greater(heads.slice(1), heads.slice(0, len(heads) - 1))).as_py()
            if rises and (self._last is None or not len(heads) or heads[0].as_py() > self._last):
                if len(heads):
                    self._rising.append(heads)
                    self._last = heads[-1].as_py()
                return np.zeros(len(run_of_row), dtype=bool)
            for earlier in self._rising:         # the ids stop rising: the runs so far are hashed once
                self._repeats(self._hashes(earlier))
            self._rising = self._last = None
        return self._repeats(self._hashes(heads))[run_of_row]

    @staticmethod
    def _hashes(heads):
        import numpy as np
        import pandas as pd

        firsts = heads.to_numpy(zero_copy_only=False).astype(object)
        return pd.util.hash_array(firsts, categorize=False).astype(np.uint64)   # ids mostly distinct: no factorizing first

    def _repeats(self, hashes):
        """Per run of the chunk: does its id repeat an earlier run's (of an earlier chunk or of this one)? The
        chunk's ids are remembered."""
        import numpy as np

        # in hash order (stable: of equal hashes the earliest run first), so the lookups walk `_seen` forwards
        # and a run repeating an earlier run of this chunk sits right after it
        order = np.argsort(hashes, kind="stable")
        h = hashes[order]
        pos = np.searchsorted(self._seen, h)
        in_seen = (pos < len(self._seen)) & (self._seen[np.minimum(pos, max(len(self._seen) - 1, 0))] == h) \
            if len(self._seen) else np.zeros(len(h), dtype=bool)
        again = np.r_[False, h[1:] == h[:-1]]
        fresh = ~in_seen & ~again
        self._seen = np.insert(self._seen, pos[fresh], h[fresh])   # stays sorted, O(seen) a chunk
        repeat = np.empty(len(h), dtype=bool)
        repeat[order] = ~fresh
        return repeat


REPEATED_ORDER = ("order_id {id!r} comes back after other orders: the rows of one order must be consecutive "
                  "(sort the file by order_id); these rows were left out")       # quote, screen and run alike


def _with_repeats(chunk, repeated, process: Callable):
    """`process` the rows of first runs; rows of repeated runs come back in place with status=error."""
    import pandas as pd

    good = chunk[~repeated]
    out_good = process(good.reset_index(drop=True)) if len(good) else None
    columns = list(out_good.columns) if out_good is not None else list(chunk.columns) + ["status", "error"]
    bad = chunk[repeated].reset_index(drop=True).reindex(columns=columns, fill_value="")
    bad["status"] = "error"
    bad["error"] = [REPEATED_ORDER.format(id=i) for i in bad["order_id"]]
    out = pd.DataFrame(index=range(len(chunk)), columns=columns, dtype=object)
    if out_good is not None:
        out.loc[~repeated, columns] = out_good[columns].to_numpy(dtype=object)
    out.loc[repeated, columns] = bad[columns].astype(object).to_numpy()
    return out


def run_file(source: str | Path, target: str | Path, process: Callable, *, chunk_rows: int = 200_000,
             progress: bool | None = None, orders: bool = True) -> Summary:
    """Stream `source` through `process(DataFrame) -> DataFrame` into `target`, atomically. With `orders`, rows
    are order lines: a chunk never splits an order, and an order id coming back after other orders is an error
    (classification, row by row, has no orders). A JSON lines file whose later records bring keys its first
    chunk lacks is read again with every key of the file (the output's columns are fixed by its first chunk)."""
    return _streamed(lambda src, tgt, bar, columns: _run_file(src, tgt, process, chunk_rows, bar, orders, columns),
                     source, target, chunk_rows, progress)


def prefer_system_allocator() -> None:
    """Have Arrow allocate with the C library's allocator instead of its bundled mimalloc, for the rest of the
    process, unless ARROW_DEFAULT_MEMORY_POOL names a pool. A streamed run allocates and frees every chunk's
    buffers again and again; on a new process's first pass mimalloc's fresh pages cost most of the difference:
    1M order lines quoted file to file measured 312-393K lines/s with mimalloc against 388-399K with the system
    allocator, peak RSS 753 against 682 MiB (five runs each, alternating; the second pass ~620K either way)."""
    import os

    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())


def _streamed(run: Callable, source: str | Path, target: str | Path, chunk_rows: int, progress: bool | None) -> Summary:
    """`run(source, target, progress on, columns)`: with the progress line on a terminal by default, and once more
    with every key of the file when a JSON lines file's later records bring keys its first chunk lacks. Arrow
    allocates from then on with the C library's allocator (`prefer_system_allocator`), for every streamed run
    (`run_file`, `run_file_by_order`) alike."""
    prefer_system_allocator()
    source, target = Path(source), Path(target)
    if progress is None:
        progress = sys.stderr.isatty()
    try:
        return run(source, target, progress, None)
    except ColumnsGrew:
        return run(source, target, progress, json_columns(source, chunk_rows))


def check_readable(source: str | Path) -> None:
    """Raise TableError now if `source` is missing, of no table format or unreadable from its first row: before a
    command loads its rules or knowledge, not after."""
    chunks = read_chunks(source, 1)
    try:
        next(chunks, None)
    finally:
        chunks.close()          # the reader's file closed now, not when the generator is collected


def _run_file(source: Path, target: Path, process: Callable, chunk_rows: int, progress: bool, orders: bool, columns) -> Summary:
    with _output(source, target, progress) as (put, summary):
        runs = OrderRuns()
        chunks = read_chunks(source, chunk_rows, columns)
        for chunk in whole_orders(chunks) if orders else chunks:
            repeated = runs.repeated(chunk["order_id"]) if orders and "order_id" in chunk.columns and len(chunk) else None
            out = _with_repeats(chunk.reset_index(drop=True), repeated, process) if repeated is not None and repeated.any() \
                else process(chunk)
            if len(out) != len(chunk):
                raise RuntimeError(f"a pipeline step returned {len(out)} rows for {len(chunk)}")
            put(out)
    return summary


@contextmanager
def _output(source: Path, target: Path, progress: bool):
    """(put: a result chunk written, counted and shown on the progress line; the run's Summary). The output is
    renamed into place only if the block completes; the summary is timed from entry to exit."""
    bar = Progress(count_rows(source) if progress else None, progress)
    summary, started = Summary(), time.monotonic()
    writer = ChunkWriter(target)
    behind = _WriteBehind(writer.write)

    def put(out) -> None:
        behind.put(out)
        summary.add(out)
        bar.update(len(out))

    ok = False
    try:
        yield put, summary
        behind.finish()
        ok = True
    finally:
        behind.stop()
        writer.close(ok)
        bar.finish()
        summary.seconds = time.monotonic() - started


class _WriteBehind:
    """Write each result chunk on a thread of its own while the next chunk is read and answered: Parquet encoding
    (a third of a streamed quote's time) releases the GIL, so on a second core it costs no wall time. One chunk at
    most is waiting to be written (memory stays one chunk larger); a failed write is raised by the next `put` or by
    `finish`, and chunks reach the file in the order they were put."""

    def __init__(self, write: Callable) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._write = write
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="tradecompliance-writer")
        self._pending = None

    def put(self, chunk) -> None:
        self.finish()
        self._pending = self._pool.submit(self._write, chunk)

    def finish(self) -> None:
        """Wait for the chunk being written; raise what its write raised."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def stop(self) -> None:
        """End the thread once the chunk being written is (the run failing, that write's own error is not raised
        over the run's)."""
        self._pool.shutdown(wait=True)
        self._pending = None


def run_file_by_order(source: str | Path, target: str | Path, out_columns: list[str], answer: Callable[[list[dict]], list[dict]],
                      *, chunk_rows: int = 200_000, progress: bool | None = None) -> Summary:
    """Stream `source` into `target` (atomically) where an order's rows may stand anywhere in the file (a
    declaration gathers every line of its order): a first reading finds each order's last row, the second holds
    an order's rows until its last is read, then `answer(records)` gives the `out_columns` cells of each; a chunk
    is written, in file order, once every order it holds is answered. Memory: the rows of the orders still open
    and the chunks waiting on them, a chunk or two where each order's rows are consecutive (the whole file at
    worst, where one order's rows span it)."""
    return _streamed(lambda src, tgt, bar, columns: _run_file_by_order(src, tgt, out_columns, answer, chunk_rows, bar, columns),
                     source, target, chunk_rows, progress)


def _id_hashes(ids):
    import numpy as np
    import pandas as pd

    return pd.util.hash_array(np.asarray(ids.astype(str), dtype=object), categorize=False).astype(np.uint64)


def _last_rows(source: Path, chunk_rows: int, columns):
    """(sorted hashes of the order ids, the last row of each), or None when the file has no order_id column.
    Ids are kept as 64-bit hashes, 16 bytes an order; two ids of one hash share the later last row, which only
    holds the earlier order until then (or the end of the file)."""
    import numpy as np

    parts, n = [], 0
    for chunk in read_chunks(source, chunk_rows, columns):
        if "order_id" not in chunk.columns:
            return None
        backwards = _id_hashes(chunk["order_id"])[::-1]
        keys, at = np.unique(backwards, return_index=True)          # each hash's last row in the chunk
        parts.append((keys, n + len(chunk) - 1 - at))
        n += len(chunk)
    keys = np.concatenate([k for k, _ in parts]) if parts else np.empty(0, dtype=np.uint64)
    rows = np.concatenate([r for _, r in parts]) if parts else np.empty(0, dtype=np.int64)
    order = np.lexsort((rows, keys))                  # by hash, then row: each hash's last row ends its run
    keys, rows = keys[order], rows[order]
    last = np.r_[keys[1:] != keys[:-1], True] if len(keys) else np.zeros(0, dtype=bool)
    keys, rows = keys[last], rows[last]
    return keys, rows


def _run_file_by_order(source: Path, target: Path, out_columns: list[str], answer: Callable, chunk_rows: int, progress: bool,
                       columns) -> Summary:
    import numpy as np

    last = _last_rows(source, chunk_rows, columns)
    held: list[list] = []          # [first row, chunk, its out_columns cells, rows not answered yet], in file order
    open_rows: dict[str, list[int]] = {}
    records: dict[int, dict] = {}

    def settle(rows: list[int]) -> None:
        for r, cells in zip(rows, answer([records.pop(r) for r in rows])):
            # the chunk read last, as a rule; a row of an order that began chunks ago is looked for
            h = held[-1] if r >= held[-1][0] else held[bisect_right([x[0] for x in held], r) - 1]
            for c, v in cells.items():
                h[2][c][r - h[0]] = v
            h[3] -= 1

    with _output(source, target, progress) as (put, summary):
        def flush() -> None:
            while held and held[0][3] == 0:
                _, chunk, cells, _ = held.pop(0)
                out = chunk.copy()
                for c in out_columns:
                    out[c] = cells[c]
                put(out)

        n = 0
        for chunk in read_chunks(source, chunk_rows, columns):
            chunk = chunk.reset_index(drop=True)
            cells = {c: [""] * len(chunk) for c in out_columns}
            if last is None:                # no order_id column: no row is an order line
                cells["status"], cells["error"] = ["error"] * len(chunk), ["missing column order_id"] * len(chunk)
                held.append([n, chunk, cells, 0])
            else:
                held.append([n, chunk, cells, len(chunk)])
                keys, rows = last
                h = _id_hashes(chunk["order_id"])
                ends = rows[np.minimum(np.searchsorted(keys, h), len(keys) - 1)]
                for i, (oid, rec) in enumerate(zip(chunk["order_id"].astype(str).tolist(), chunk.to_dict("records"))):
                    r = n + i
                    open_rows.setdefault(oid, []).append(r)
                    records[r] = rec
                    if r == ends[i]:
                        settle(open_rows.pop(oid))
            n += len(chunk)
            flush()
        for oid in list(open_rows):       # ids sharing a hash with a later order
            settle(open_rows.pop(oid))
        flush()
    return summary
