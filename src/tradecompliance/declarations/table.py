"""Declarations for a table of order lines: one file per order in a folder, and an index with every input
row, in order, with its status, error, form and file. Each file is written atomically."""
from __future__ import annotations

import re
from pathlib import Path

from ..ordertable import per_order
from ..packs.loader import RuleSet
from ..problems import one_line
from ..tableio import write_bytes_atomic
from .request import render

OUT_COLUMNS = ["status", "error", "form", "file", "notes"]
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def declare_frame(df, form: str, out_dir: Path, fmt: str, *, rules: RuleSet, lists=None, locale: str | None = None,
                  classify: bool = True):
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

    return per_order(df, OUT_COLUMNS, run, fill)
