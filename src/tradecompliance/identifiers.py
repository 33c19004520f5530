"""Tax and trade registration numbers, checked with python-stdnum wherever it has the scheme."""
from __future__ import annotations

import re
from typing import Callable, Literal

Scheme = Literal["eu_ioss", "eu_vat", "gb_vat", "no_voec", "au_gst", "nz_gst", "ch_vat", "ca_gst", "sg_gst", "cn_cbec", "br_prc", "cl_sii", "my_lvg", "other"]


def _stdnum(module: str) -> Callable[[str], str]:
    def check(number: str) -> str:
        import importlib

        mod = importlib.import_module(f"stdnum.{module}")
        try:
            return mod.validate(number)
        except Exception as exc:  # stdnum raises ValidationError subclasses with a reason
            raise ValueError(f"{number!r} is not a valid {mod.__doc__.splitlines()[0].rstrip('.')}: {exc}") from None

    return check


def _pattern(regex: str, what: str) -> Callable[[str], str]:
    compiled = re.compile(regex)

    def check(number: str) -> str:
        compact = re.sub(r"[\s.-]", "", number).upper()
        if not compiled.fullmatch(compact):
            raise ValueError(f"{number!r} is not a valid {what}")
        return compact

    return check


def _au(number: str) -> str:
    """An ABN (checked by stdnum) or an ATO reference number (12 digits) of a simplified GST registration."""
    compact = re.sub(r"\s", "", number)
    if re.fullmatch(r"\d{12}", compact):
        return compact
    return _stdnum("au.abn")(number)


VALIDATORS: dict[str, Callable[[str], str]] = {
    "eu_ioss": _stdnum("eu.oss"),
    "eu_vat": _stdnum("eu.vat"),
    "gb_vat": _stdnum("gb.vat"),
    "ch_vat": _stdnum("ch.vat"),
    "nz_gst": _stdnum("nz.ird"),
    "ca_gst": _stdnum("ca.bn"),
    "au_gst": _au,
    # No stdnum module: VOEC numbers are 7 digits; Singapore GST numbers are UEN-like (stdnum.sg.uen).
    "no_voec": _pattern(r"\d{7}", "Norwegian VOEC number (7 digits)"),
    "sg_gst": _stdnum("sg.uen"),
    # China: the cross-border e-commerce enterprise or platform filed with customs, by its Unified Social Credit Code.
    "cn_cbec": _stdnum("cn.uscc"),
    # Brazil: a platform certified under the Remessa Conforme programme, by the CNPJ of its representative in Brazil.
    "br_prc": _stdnum("br.cnpj"),
    # Chile: a foreign seller or platform registered in the SII's simplified VAT system, by the RUT the SII assigns it.
    "cl_sii": _stdnum("cl.rut"),
    # Malaysia: a seller registered for sales tax on low-value goods, by its LVG registration number (LRN); the
    # sources read give no format for it and python-stdnum has no scheme, so any run of letters, digits and slashes
    # is taken (spaces, dots and hyphens dropped) and only an empty or otherwise written number is refused.
    "my_lvg": _pattern(r"[A-Z0-9/]+", "Malaysian LVG registration number (letters and digits)"),
    "other": lambda n: n.strip(),
}


def validate_registration(scheme: str, number: str) -> str:
    """Compact, validated number for a scheme, or ValueError saying why not."""
    if scheme == "eu_ioss" and not number.strip().upper().startswith("IM"):
        raise ValueError(f"{number!r} is not an IOSS number: IOSS numbers start with IM")
    return VALIDATORS[scheme](number)


def validate_vat_id(number: str, country: str | None = None) -> str:
    """A buyer's VAT/GST identifier, checked by the stdnum module of its country."""
    from stdnum.util import get_cc_module

    compact = number.strip().replace(" ", "")
    cc = (compact[:2] if compact[:2].isalpha() else (country or "")).lower()
    if cc == "el":
        cc = "gr"
    module = get_cc_module(cc, "vat") if cc else None
    if module is None:
        raise ValueError(f"cannot check VAT id {number!r}: no checker for country {cc.upper() or '?'}")
    try:
        return module.validate(compact)
    except Exception as exc:
        raise ValueError(f"{number!r} is not a valid {cc.upper()} VAT id: {exc}") from None
