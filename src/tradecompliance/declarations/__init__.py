"""Customs declarations: UPU CN 22 / CN 23, commercial invoice, EU H7 low-value import data set.

    decl = declare(order, form="postal")   # CN 22 or CN 23, chosen by value (300 SDR), weight and lines
    decl.to_json(); decl.to_pdf(); declare(order, form="h7").to_xml()

A form is filled only when every required field is there: otherwise DeclarationError lists each missing or
unacceptable field with its path in the order. Anything cut, transliterated or assumed is in `notes`."""
from __future__ import annotations

from typing import Any

from ..currency.formatting import form_locale
from ..models import Order
from ..packs.loader import RuleSet, load_rules
from .filler import DeclarationError, Filler
from .result import Declaration, FormRequest
from .spec import FormSpec, spec as default_spec

__all__ = ["declare", "Declaration", "DeclarationError", "FORMS"]

FORMS = ("postal", "cn22", "cn23", "commercial_invoice", "h7")


def declare(order: Order | dict[str, Any], form: FormRequest = "postal", *, rules: RuleSet | None = None, lists=None,
            locale: str | None = None, classify: bool = True, classifier=None, spec: FormSpec | None = None) -> Declaration:
    """Fill `form` for `order`. `classify` lets a confident classifier supply missing HS codes (noted);
    `classifier` defaults to the bundled one; `locale` (CLDR, e.g. de_DE) sets how the PDF prints numbers and dates, by default English as written
    in the origin country."""
    from .h7 import build_h7
    from .invoice import build_invoice
    from .postal import build_postal, choose_postal_form

    order = Order.parse(order)
    if form not in FORMS:
        raise DeclarationError([("form", f"unknown form {form!r}; use one of {', '.join(FORMS)}")])
    spec = spec or default_spec()
    loc = form_locale(locale, order.origin_country)
    packs: dict[str, str] = {}
    why = None
    if form in ("postal", "cn22", "cn23"):
        chosen, why, errors, notes = choose_postal_form(order, form, spec)
        f = Filler(spec, chosen, printed=True, classifier=classifier)
        for path, msg in notes:
            f.note(path, msg, spec.ref("imf_sdr"))
        for path, msg in errors:
            f.error(path, msg)
        f.finish()
        doc: Any = build_postal(order, chosen, spec, f, classify=classify)
    elif form == "commercial_invoice":
        f = Filler(spec, form, printed=True, classifier=classifier)
        doc, packs = build_invoice(order, spec, f, rules or load_rules(), classify=classify)
    else:
        f = Filler(spec, form, printed=False, classifier=classifier)
        doc, why, packs = build_h7(order, spec, f, rules or load_rules(), classify=classify, lists=lists)
    f.finish()
    return Declaration(form=doc.form, order_id=order.id, locale=loc, document=doc, chosen_because=why, notes=f.notes,
                       spec_version=spec.version, packs=packs)
