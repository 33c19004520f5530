"""EU H7: the super-reduced customs declaration data set for consignments of negligible value (intrinsic
value up to EUR 150, duty relief C07), per Delegated Regulation (EU) 2015/2446 Annex B column H7. H7 may
not carry excise goods or goods under prohibitions and restrictions: `screen` decides the latter. The
duties and taxes come from `quote`, with IOSS VAT marked as paid at checkout."""
from __future__ import annotations

from decimal import Decimal
from typing import Optional

from ..currency.fx import customs_rates, rate_day
from ..errors import RateNotFound
from ..landed.quote import quote
from ..money import quantize
from ..models import Order, Party
from ..packs.loader import RuleSet
from .filler import Filler, with_codes
from .result import H7Declaration, H7Item, H7Party, H7Tax, Registration
from .spec import FormSpec

TAX_TYPES = {"duty": "A00", "additional_duty": "A00", "flat_duty": "A00", "vat": "B00"}
CENT = Decimal("0.01")


def _party(f: Filler, path: str, party: Optional[Party], what: str, *, address: bool) -> Optional[H7Party]:
    if f.check_party(path, party, what, address=address, postcode=address) is None:
        return None
    assert party is not None
    return H7Party(name=f.text(f"{path}.name", party.name, "name") or party.name,
                   street=f.text(f"{path}.address", ", ".join(party.address), "street") if party.address else None,
                   city=f.text(f"{path}.city", party.city, "city"), postcode=f.text(f"{path}.postal_code", party.postal_code, "postcode"),
                   country=party.country, identification_number=party.eori or party.vat_id)


def _intrinsic_eur(order: Order, rules: RuleSet, spec: FormSpec) -> tuple[Decimal, str]:
    pack = rules.pack_for(order.destination_country)
    q = customs_rates().quote(order.currency, spec.h7_limit_currency, rate_day(pack.fx_rate_day if pack else "tax_point", order.date))
    return quantize(order.goods_value * q.rate, CENT), f"{q.table} rate of {q.rate_date}, 1 {q.base} = {q.rate} {q.quote}"


def _apportion(total: Decimal, weights: list[Decimal]) -> list[Decimal]:
    """`total` split by `weights` to the cent; the last share takes the rounding remainder."""
    whole = sum(weights, Decimal(0))
    if total == 0 or whole == 0:
        return [Decimal(0)] * len(weights)
    shares = [quantize(total * w / whole, CENT) for w in weights[:-1]]
    return shares + [total - sum(shares, Decimal(0))]


def build_h7(order: Order, spec: FormSpec, f: Filler, rules: RuleSet, *, classify: bool, lists=None) -> tuple[H7Declaration, str, dict[str, str]]:
    if order.destination_country not in rules.groups_at(order.date).get("EU", frozenset()):
        f.error("destination_country", f"H7 is an EU declaration; {order.destination_country} is not an EU member state on {order.date}")
    try:
        intrinsic, how = _intrinsic_eur(order, rules, spec)
    except RateNotFound as exc:
        f.error("currency", f"the intrinsic value cannot be converted to {spec.h7_limit_currency}: {exc}")
        f.finish()
    limit = f"{spec.h7_limit} {spec.h7_limit_currency}"
    if intrinsic > spec.h7_limit:
        f.error("lines", f"intrinsic value {intrinsic} EUR ({order.goods_value} {order.currency}, {how}) is over {limit}: H7 cannot "
                         f"be used, lodge a standard (H1) declaration ({spec.ref('h7_relief')})")
    lrn = order.id or ""
    if not lrn or len(lrn) > spec.limit("h7", "lrn").max:
        f.error("id", f"the order id is the declaration's LRN (DE 12 09 000 000) and must have 1 to {spec.limit('h7', 'lrn').max} characters")
    codes, descriptions, masses = [], [], []
    for i, line in enumerate(order.lines):
        p = f"lines.{i}"
        descriptions.append(f.description(f"{p}.description", line.description))
        mass = line.gross_weight_kg if line.gross_weight_kg is not None else line.net_weight_kg
        if line.gross_weight_kg is None and line.net_weight_kg is not None:
            f.note(f"{p}.gross_weight_kg", "gross mass (DE 18 04 000 000) taken from the net weight: no gross weight given")
        masses.append(f.positive(f"{p}.gross_weight_kg", mass, "gross mass"))
        f.positive(f"{p}.unit_value", line.unit_value, "intrinsic value")
        hs = f.hs_code(i, line, order, required=True, classify=classify)
        for ex in spec.h7_excluded:
            if ex.matches(hs):
                f.error(f"{p}.hs_code", f"HS {hs}: {ex.reason}; H7 cannot carry it ({ex.ref})")
        codes.append(hs)
    f.finish()  # screening and pricing need every code
    priced = with_codes(order, codes)

    from ..screening import screen

    screening = screen(priced, rules=rules, lists=lists)
    for ls in screening.lines:
        for fd in ls.findings:
            if fd.action in ("licence", "block"):
                f.error(f"lines.{ls.index}", f"{fd.category} ({fd.rule}: {fd.message}) is under prohibitions or restrictions; "
                                             f"H7 cannot carry it ({spec.ref('h7_exclusions')})")
    for fd in screening.findings:
        if fd.action == "block":
            f.error("destination_country", f"{fd.rule}: {fd.message}")
    cost = quote(priced, rules=rules)
    if cost.status != "ok":
        f.error("lines", f"duties and taxes cannot be computed ({cost.status}: {'; '.join(cost.errors)})")
    for c in cost.charges:
        if c.kind == "fee":    # a member state's own charge (France's tax on small parcels ...): no A00/B00 line
            f.note("lines", f"{c.name}: {c.amount} {c.currency} is a national charge, not carried as a duty (A00) or "
                            f"VAT (B00) line here; it is declared as that member state prescribes", source=c.ref)

    exporter = _party(f, "seller", order.seller, "exporter (seller)", address=False)
    importer_path = "consignee" if order.consignee else "buyer"
    importer = _party(f, importer_path, order.consignee or order.buyer, "importer (consignee)", address=True)
    declarant = _party(f, "importer_of_record", order.importer_of_record, "declarant", address=True) if order.importer_of_record else importer
    if not order.importer_of_record:
        f.note("importer_of_record", "no declarant given: the importer is named as declarant (DE 13 05 000 000)")
    items = []
    freight = _apportion(order.shipping + order.insurance, [ln.value for ln in order.lines])
    for i, (line, hs, description, mass) in enumerate(zip(order.lines, codes, descriptions, masses)):
        taxes = [H7Tax(tax_type=TAX_TYPES[c.kind], base=c.base, rate=c.rate, payable_amount=c.amount, currency=c.currency,
                       collected=c.collected)
                 for c in cost.charges if c.kind in TAX_TYPES and (c.line == i or (c.line is None and i == 0))]
        items.append(H7Item(goods_item_number=i + 1, description=description, hs_subheading=(hs or "000000")[:6], gross_mass_kg=mass,
                            intrinsic_value=quantize(line.value, CENT), intrinsic_value_currency=order.currency, transport_and_insurance=freight[i],
                            country_of_origin=line.origin_country or order.origin_country, additional_procedure=spec.h7_additional_procedure,
                            taxes=taxes))
    ioss = order.registration("eu_ioss")
    f.finish()
    assert exporter and importer and declarant
    why = f"H7: intrinsic value {intrinsic} EUR ({how}) within {limit} ({spec.ref('h7_relief')}); no excise goods; screening {screening.decision}"
    doc = H7Declaration(lrn=lrn, procedure=spec.h7_procedure, exporter=exporter, importer=importer, declarant=declarant,
                        additional_fiscal_references=[Registration(scheme="FR5", number=ioss)] if ioss else [],
                        country_of_dispatch=order.origin_country, country_of_destination=order.destination_country,
                        currency=order.currency, total_intrinsic_value_eur=intrinsic, items=items)
    return doc, why, cost.packs
