"""The pipeline on existing engines: Dask (`map_partitions`) and Spark (`mapInArrow`). Each worker process
loads the rule packs and lists once (from the paths it is given, which ship with the task, not the data) and
keeps them for every partition after. Orders are kept whole by partitioning on order_id; a `_row` column
records input order, so the result comes back in input order and equal to the single-process run."""
from __future__ import annotations

import threading
from functools import lru_cache
from typing import Iterator

from .steps import STEPS, output_columns, run_frame

ROW = "_row"
_lock = threading.Lock()


@lru_cache(maxsize=8)
def _worker_state(rules_dirs: tuple[str, ...], lists_dir: str | None):
    """Rules and lists, loaded once per worker process."""
    from ..packs.loader import load_rules
    from ..screening.parties.lists import load_lists

    with _lock:
        return load_rules(*rules_dirs), load_lists(lists_dir)


def _process(frame, rules_dirs: tuple[str, ...], lists_dir: str | None, steps: tuple[str, ...]):
    rules, lists = _worker_state(rules_dirs, lists_dir)
    frame = frame.sort_values(ROW, kind="stable") if ROW in frame.columns else frame
    rows = frame[ROW].tolist() if ROW in frame.columns else None
    out = run_frame(frame.drop(columns=[ROW]) if rows is not None else frame, rules=rules, lists=lists, steps=steps)
    if rows is not None:
        out[ROW] = rows
    return out


def dask_run(ddf, *, rules_dirs=(), lists_dir=None, steps=STEPS):
    """A Dask DataFrame of order lines (string columns) -> the pipeline's result, in input order.
    Rows of one order may sit in different input partitions: they are shuffled together on order_id."""
    import pandas as pd

    rules_dirs, steps = tuple(str(d) for d in rules_dirs), tuple(steps)
    lists_dir = str(lists_dir) if lists_dir else None
    columns = [c for c in ddf.columns if c != ROW]
    if ROW not in ddf.columns:
        ddf = ddf.assign(**{ROW: 1}).assign(**{ROW: lambda d: d[ROW].cumsum()})
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in output_columns(columns, steps)})
    meta[ROW] = pd.Series(dtype="int64")
    out = ddf.shuffle(on="order_id").map_partitions(_process, rules_dirs, lists_dir, steps, meta=meta)
    return out.sort_values(ROW)


def spark_run(sdf, *, rules_dirs=(), lists_dir=None, steps=STEPS):
    """A Spark DataFrame of order lines (string columns) -> the pipeline's result, in input order.
    Uses `mapInArrow`: each partition's Arrow batches are re-cut so no order is split, then run."""
    import pyarrow as pa
    from pyspark.sql import functions as F
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    rules_dirs, steps = tuple(str(d) for d in rules_dirs), tuple(steps)
    lists_dir = str(lists_dir) if lists_dir else None
    columns = [c for c in sdf.columns if c != ROW]
    if ROW not in sdf.columns:
        sdf = sdf.withColumn(ROW, F.monotonically_increasing_id())
    names = output_columns(columns, steps)
    schema = StructType([StructField(c, StringType()) for c in names] + [StructField(ROW, LongType())])
    arrow_schema = pa.schema([(c, pa.string()) for c in names] + [(ROW, pa.int64())])

    def run_partition(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        from .stream import whole_orders

        frames = (b.to_pandas() for b in batches)
        for chunk in whole_orders(frames):
            out = _process(chunk.astype({c: str for c in columns}), rules_dirs, lists_dir, steps)
            yield from pa.Table.from_pandas(out[names + [ROW]], schema=arrow_schema, preserve_index=False).to_batches()

    ordered = sdf.repartition("order_id").sortWithinPartitions("order_id", ROW)
    return ordered.mapInArrow(run_partition, schema).orderBy(ROW)
