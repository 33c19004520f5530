"""UPU CN 22 / CN 23. The CN 22 serves letter-post items whose contents are worth at most 300 SDR (in the
order currency at the IMF rate) and weigh at most 2 kg; anything else, or more lines than the CN 22 has
rows for, goes on a CN 23, which also names the sender and addressee."""
from __future__ import annotations

from decimal import Decimal

from ..errors import RateNotFound
from ..models import Order
from ..money import quantize
from .filler import Filler
from .result import PostalDeclaration, PostalItem
from .sdr import STALE_DAYS, sdr_in
from .spec import FormSpec


def gross_weight(order: Order) -> Decimal | None:
    if order.gross_weight_kg is not None:
        return order.gross_weight_kg
    weights = [line.gross_weight_kg if line.gross_weight_kg is not None else line.net_weight_kg for line in order.lines]
    return None if any(w is None for w in weights) else sum(weights, Decimal(0))


def require_gross_weight(order: Order, f: Filler) -> Decimal:
    gross = gross_weight(order)
    if gross is None:
        f.error("gross_weight_kg", "total gross weight is required: give the order's gross_weight_kg or every line's weight")
    return gross or Decimal(0)


def choose_postal_form(order: Order, requested: str, spec: FormSpec) -> tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]:
    """(form, why, errors, notes): CN 23 when value, weight or line count rule out the CN 22."""
    value, gross = order.goods_value, gross_weight(order)
    try:
        limit = sdr_in(spec.cn22_limit_sdr, order.currency, order.date)
    except RateNotFound as exc:
        return "cn22", "", [("date", f"the CN 22 limit cannot be converted: {exc}")], []
    shown = quantize(limit.amount)
    rate = f"IMF rate of {limit.rate_date}: 1 SDR = {limit.units_per_sdr.quantize(Decimal('0.000001'))} {order.currency}"
    over = []
    if value > limit.amount:
        over.append(f"contents worth {value} {order.currency} exceed the CN 22 limit of {spec.cn22_limit_sdr} SDR = "
                    f"{shown} {order.currency} ({rate}; {spec.ref('upu_cn22')})")
    if gross is not None and gross > spec.cn22_max_gross_kg:
        over.append(f"gross weight {gross} kg exceeds {spec.cn22_max_gross_kg} kg ({spec.ref('upu_letter_2kg')})")
    if len(order.lines) > spec.cn22_max_lines:
        over.append(f"{len(order.lines)} lines exceed the {spec.cn22_max_lines} rows of the CN 22 layout")
    notes = []
    if limit.stale_days(order.date) > STALE_DAYS:
        notes.append(("date", f"the latest SDR rate on file ({limit.rate_date}) is {limit.stale_days(order.date)} days before "
                              f"the order date; add the IMF rate to data/declarations/sdr.csv"))
    if requested == "cn22" and over:
        return "cn22", "", [("form", "a CN 22 cannot be used: " + "; ".join(over))], notes
    if requested == "cn23":
        return "cn23", "CN 23 requested", [], notes
    if over:
        return "cn23", "CN 23: " + "; ".join(over), [], notes
    return "cn22", (f"CN 22: contents worth {value} {order.currency} are within {spec.cn22_limit_sdr} SDR = {shown} "
                    f"{order.currency} ({rate}; {spec.ref('upu_cn22')})"
                    + (f", gross weight {gross} kg within {spec.cn22_max_gross_kg} kg" if gross is not None else "")), [], notes


def build_postal(order: Order, form: str, spec: FormSpec, f: Filler, *, classify: bool) -> PostalDeclaration:
    category = order.contents_type
    commercial = category in spec.commercial
    items = []
    for i, line in enumerate(order.lines):
        p = f"lines.{i}"
        description = f.description(f"{p}.description", line.description, postal=True)
        weight = f.positive(f"{p}.net_weight_kg", line.net_weight_kg, "net weight")
        if category != "documents":
            f.positive(f"{p}.unit_value", line.unit_value, "value")
        hs = f.hs_code(i, line, order, required=commercial, classify=classify)
        items.append(PostalItem(description=description, quantity=line.quantity, unit=line.unit_of_measure,
                                net_weight_kg=weight, value=line.value, hs_tariff_number=hs[:6] if hs else None,
                                origin_country=line.origin_country or order.origin_country))
    gross = require_gross_weight(order, f)
    sender = addressee = None
    signatory = f.text("seller.name", order.seller.name, "sender_name" if form == "cn22" else "name") if order.seller else None
    if form == "cn23":
        sender = f.party("seller", order.seller, "sender")
        addressee = f.party("consignee" if order.consignee else "buyer", order.consignee or order.buyer, "addressee")
    return PostalDeclaration(
        form=form, category=category, items=items, total_gross_weight_kg=gross, total_value=order.goods_value,
        currency=order.currency, postal_charges=order.shipping if form == "cn23" else None, sender=sender, addressee=addressee,
        invoice_number=order.invoice_number, statement=spec.statements[form], date=order.date,
        signatory=signatory)
