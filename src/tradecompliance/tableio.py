"""Read and write order tables (CSV, JSONL, Parquet by extension); writes are atomic (temp file + rename)."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def atomic_path(path: str | Path) -> Iterator[str]:
    """A temporary path beside `path` to write; renamed onto `path` only if the block completes, so an
    interrupted write never leaves a file that looks complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    with atomic_path(path) as tmp:
        Path(tmp).write_bytes(data)


def as_text(df):
    """Every cell as a string, missing ones (None, NaN, pandas NA) as ''."""
    return df.fillna("").astype(str)


def read_table(path: str | Path):
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    if suffix in (".jsonl", ".ndjson"):
        return as_text(pd.read_json(path, lines=True, dtype=False))
    if suffix == ".parquet":
        return as_text(pd.read_parquet(path))
    raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv, .jsonl or .parquet")


def write_table(df, path: str | Path) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson", ".parquet"):
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv, .jsonl or .parquet")
    with atomic_path(path) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        elif suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
