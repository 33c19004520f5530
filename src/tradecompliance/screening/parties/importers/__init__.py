"""Readers for the official sanctions-list files, one module per publisher, each `read(*paths) -> entries`.

    ofac   OFAC SDN or Consolidated list, legacy CSV release: sdn.csv [alt.csv] [add.csv]
           (cons_prim.csv, cons_alt.csv, cons_add.csv for the Consolidated list)
    eu     EU Financial Sanctions Files (FSF) consolidated list, CSV (semicolon-separated)
    un     UN Security Council Consolidated List, XML
    uk     UK Sanctions List CSV (FCDO), or the retired OFSI Consolidated List CSV (Name 1-6, Group ID ...)
    csl    US Consolidated Screening List, bulk JSON (Commerce's Entity, Denied Persons, Unverified and Military
           End User lists, OFAC's lists, State's debarments)"""
from __future__ import annotations

from importlib import import_module

FORMATS = ("ofac", "eu", "un", "uk", "csl")


class ListFormatError(ValueError):
    """A sanctions-list file that is not in the expected layout: says which file and what is missing."""


def read(fmt: str, *paths, list_name: str | None = None):
    if fmt not in FORMATS:
        raise ValueError(f"unknown list format {fmt!r}: expected one of {', '.join(FORMATS)}")
    module = import_module(f"{__name__}.{fmt}")
    return module.read(*paths, **({"list_name": list_name} if list_name else {}))
