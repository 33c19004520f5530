"""Commercial invoice: seller, buyer, ship-to, importer of record, incoterm, lines with HS code, origin,
quantities, unit and total values, weights, totals, registration numbers (IOSS, UK VAT, VOEC ...), and the
declaration statement. Duties and taxes collected at checkout come from `quote` when it can price them."""
from __future__ import annotations

from decimal import Decimal

from ..models import Order
from ..landed.quote import quote
from ..packs.loader import RuleSet
from .filler import Filler, with_codes
from .postal import require_gross_weight
from .result import CommercialInvoice, InvoiceLine, Registration
from .spec import FormSpec

REASONS = {"sale_of_goods": "Sale", "gift": "Gift", "documents": "Documents", "commercial_sample": "Commercial sample",
           "returned_goods": "Returned goods", "other": "Other"}


def _prepaid(order: Order, rules: RuleSet, f: Filler) -> tuple[Decimal | None, dict[str, str]]:
    """Duties and taxes the buyer paid at checkout (DDP, IOSS, UK or AU/NZ seller-collected VAT/GST), from quote."""
    cost = quote(order, rules=rules)
    if cost.status != "ok" or cost.totals_order_currency is None:
        f.note("lines", f"duties and taxes collected at checkout not shown: quote says {cost.status} ({'; '.join(cost.errors)})")
        return None, cost.packs
    at_checkout = cost.totals_order_currency.at_checkout
    return (at_checkout if at_checkout > 0 else None), cost.packs


def build_invoice(order: Order, spec: FormSpec, f: Filler, rules: RuleSet, *, classify: bool) -> tuple[CommercialInvoice, dict[str, str]]:
    number = order.invoice_number or order.id
    f.required("invoice_number", number, "invoice number (or the order id)")
    seller = f.party("seller", order.seller, "seller")
    buyer = f.party("buyer", order.buyer, "buyer")
    ship_to = f.party("consignee", order.consignee, "consignee") if order.consignee else None
    ior = f.party("importer_of_record", order.importer_of_record, "importer of record") if order.importer_of_record else None
    if order.incoterm == "DDP" and ior is None:
        f.note("importer_of_record", "DDP without an importer of record: the seller (or its agent) must act as importer; name it")
    lines, codes = [], []
    for i, line in enumerate(order.lines):
        p = f"lines.{i}"
        description = f.description(f"{p}.description", line.description)
        weight = f.positive(f"{p}.net_weight_kg", line.net_weight_kg, "net weight")
        f.positive(f"{p}.unit_value", line.unit_value, "unit value")
        hs = f.hs_code(i, line, order, required=True, classify=classify)
        codes.append(hs)
        lines.append(InvoiceLine(number=i + 1, sku=line.sku, description=description, hs_code=hs or "000000",
                                 origin_country=line.origin_country or order.origin_country, quantity=line.quantity,
                                 unit=line.unit_of_measure, unit_value=line.unit_value, total_value=line.value, net_weight_kg=weight))
    net = sum((line.net_weight_kg or Decimal(0) for line in order.lines), Decimal(0))
    gross = require_gross_weight(order, f)
    f.finish()
    prepaid, packs = _prepaid(with_codes(order, codes), rules, f)
    subtotal = order.goods_value
    total = subtotal + order.shipping + order.insurance + (prepaid or Decimal(0))
    assert seller is not None and buyer is not None
    return CommercialInvoice(
        invoice_number=number or "", invoice_date=order.date, order_id=order.id, seller=seller, buyer=buyer, ship_to=ship_to,
        importer_of_record=ior, incoterm=order.incoterm, currency=order.currency, reason_for_export=REASONS[order.contents_type],
        origin_country=order.origin_country, destination_country=order.destination_country, lines=lines, subtotal=subtotal,
        shipping=order.shipping, insurance=order.insurance, duties_and_taxes_prepaid=prepaid, total=total,
        total_net_weight_kg=net, total_gross_weight_kg=gross,
        registrations=[Registration(scheme=r.scheme, number=r.number) for r in order.registrations],
        statement=spec.statements["commercial_invoice"], signatory=seller.name), packs
