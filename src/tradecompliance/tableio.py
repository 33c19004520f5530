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
    """Every cell as a string, missing ones (None, NaN, pandas NA) as ''. A number column with a gap (a JSON key
    some records leave out) is made an object column first: '' is no float, and pandas stops filling one so."""
    numeric = [c for c, kind in df.dtypes.map(lambda d: d.kind).items() if kind in "fiubcmM"]
    if numeric:
        df = df.astype({c: object for c in numeric})
    return df.fillna("").astype(str)


def missing(value) -> bool:
    """Whether a cell holds pandas' missing value (None, NaN, NA, NaT): an empty cell, not a value to read.
    Text is asked about first and answered without pandas: most cells are text."""
    if value is None:
        return True
    if isinstance(value, str):
        return False
    if isinstance(value, float):
        return value != value
    return type(value).__name__ in ("NAType", "NaTType")


FORMATS = (".csv", ".jsonl", ".ndjson", ".parquet")
_KINDS = {".csv": "CSV", ".jsonl": "JSON lines", ".ndjson": "JSON lines", ".parquet": "Parquet"}


def table_format(path: Path) -> str:
    """The table format of `path` from its extension, or TableError."""
    from .errors import TableError

    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise TableError(f"{path}: unknown table format {suffix!r}; use .csv, .jsonl or .parquet")
    return suffix


@contextmanager
def reading(path: Path) -> Iterator[str]:
    """Checks that `path` is a file and turns what the CSV, JSON or Parquet reader raises inside the block into
    a TableError naming the file, so bad input ends in one clear message instead of a parser's traceback."""
    from .errors import TableError, TradeComplianceError

    suffix = table_format(path)
    if not path.is_file():
        raise TableError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    try:
        yield suffix
    except TradeComplianceError:
        raise
    except UnicodeDecodeError as exc:  # a spreadsheet saved in a local code page (Windows-1252 ...), not UTF-8
        raise TableError(f"{path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} is not UTF-8): save it "
                         f"as UTF-8 (in Excel: \"CSV UTF-8\")") from None
    except (OSError, ValueError, TypeError) as exc:   # parse errors of pandas and pyarrow, decoding errors; pandas
        # meets a JSON line that is no object (an array, a string) with a TypeError of its own
        hint = "every line must be a JSON object: " if suffix in (".jsonl", ".ndjson") and isinstance(exc, TypeError) else ""
        raise TableError(f"{path}: cannot be read as {_KINDS[suffix]}: {hint}{str(exc).strip() or type(exc).__name__}") from None


def csv_separator(path: str | Path) -> str:
    """The field separator of a CSV file, from its header line: a semicolon or a tab where the header has more of
    them than commas (spreadsheets in many locales save CSV with semicolons), else a comma."""
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        header = fh.readline()
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def read_table(path: str | Path):
    import pandas as pd

    path = Path(path)
    with reading(path) as suffix:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, sep=csv_separator(path))
        if suffix == ".parquet":
            return as_text(pd.read_parquet(path))
        return as_text(pd.read_json(path, lines=True, dtype=False))


def write_table(df, path: str | Path) -> None:
    path = Path(path)
    suffix = table_format(path)
    with atomic_path(path) as tmp:
        if suffix == ".csv":
            df.to_csv(tmp, index=False)
        elif suffix == ".parquet":
            df.to_parquet(tmp, index=False)
        else:
            df.to_json(tmp, orient="records", lines=True, force_ascii=False)
