"""Declarations for a table of order lines: one file per order in a folder, and an index with every input
row, in order, with its status, error, form and file. Each file is written atomically. An order's lines may
stand anywhere in the table: they are gathered into one declaration."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from ..ordertable import order_rows, per_order
from ..packs.loader import RuleSet
from ..problems import one_line
from ..tableio import write_bytes_atomic
from .request import render

OUT_COLUMNS = ["status", "error", "form", "file", "notes"]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def declare_frame(df, form: str, out_dir: Path, fmt: str, *, rules: RuleSet, lists=None, locale: str | None = None,
                  classify: bool = True):
    """`df` with OUT_COLUMNS added, each order's file written into `out_dir`."""
    return per_order(df, OUT_COLUMNS, *_declaring(form, out_dir, fmt, rules, lists, locale, classify))


def declare_file(source: str | Path, form: str, out_dir: Path, fmt: str, *, rules: RuleSet, lists=None,
                 locale: str | None = None, classify: bool = True, chunk_rows: int = 200_000, progress: bool | None = None):
    """`declare_frame` over a file of any size, read in chunks (`pipeline.stream.run_file_by_order`): the index
    is written to `out_dir`/index.csv once every row is in it. Returns the run's Summary."""
    from ..pipeline.stream import run_file_by_order

    run, fill = _declaring(form, out_dir, fmt, rules, lists, locale, classify)
    return run_file_by_order(source, Path(out_dir) / "index.csv", OUT_COLUMNS,
                             lambda records: order_rows(records, OUT_COLUMNS, run, fill), chunk_rows=chunk_rows, progress=progress)


def _declaring(form: str, out_dir: Path, fmt: str, rules: RuleSet, lists, locale: str | None,
               classify: bool) -> tuple[Callable, Callable]:
    """(run: an order's declaration, rendered and written to a file named after its id, unique within the run;
    fill: a line's cells of the index)."""
    from . import declare

    out_dir = Path(out_dir)
    used: set[str] = set()

    def run(order: dict):
        decl = declare(order, form, rules=rules, lists=lists, locale=locale, classify=classify)
        data = render(decl, fmt)  # type: ignore[arg-type]
        stem = _UNSAFE.sub("_", decl.order_id or "order") or "order"
        name, n = f"{stem}.{fmt}", 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.{fmt}"
        used.add(name)
        write_bytes_atomic(out_dir / name, data)
        return decl, name

    def fill(result, k: int) -> dict:
        decl, name = result
        mine = [n for n in decl.notes if n.field.startswith(f"lines.{k}.") or not n.field.startswith("lines.")]
        return {"status": "ok", "error": "", "form": decl.form, "file": name,
                "notes": one_line((n.field, n.message) for n in mine)}

    return run, fill
