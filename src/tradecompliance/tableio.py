"""Read and write order tables (CSV, JSONL, Parquet by extension); writes are atomic (temp file + rename)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def read_table(path: str | Path):
    import pandas as pd

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return pd.read_csv(path, dtype=str, keep_default_na=False)
    if suffix in (".jsonl", ".ndjson"):
        return pd.read_json(path, lines=True, dtype=False).astype(str).replace({"None": "", "nan": ""})
    if suffix == ".parquet":
        return pd.read_parquet(path).astype(str).replace({"None": "", "nan": ""})
    raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv, .jsonl or .parquet")


def write_table(df, path: str | Path) -> None:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".jsonl", ".ndjson", ".parquet"):
        raise ValueError(f"{path}: unknown table format {suffix!r}; use .csv, .jsonl or .parquet")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        elif suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
