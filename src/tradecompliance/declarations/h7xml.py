"""H7 as XML (namespace urn:tradecompliance:h7:1), validated against data/declarations/h7.xsd before it is
returned: a document that does not conform is a bug here, never something handed to a customs system."""
from __future__ import annotations

import threading
from decimal import Decimal
from typing import Optional

from .._paths import data_dir
from ..money import quantize
from .result import Declaration, H7Declaration, H7Party

NS = "urn:tradecompliance:h7:1"
CENT, MICRO = Decimal("0.01"), Decimal("0.000001")


class H7SchemaError(RuntimeError):
    """The produced XML does not conform to h7.xsd; the message lists each violation with its line."""


_lock = threading.Lock()
_schema = None


def h7_schema():
    global _schema
    from lxml import etree

    with _lock:
        if _schema is None:
            _schema = etree.XMLSchema(etree.parse(str(data_dir() / "declarations" / "h7.xsd")))
        return _schema


def validate_h7(xml: bytes) -> None:
    from lxml import etree

    schema = h7_schema()
    doc = etree.fromstring(xml)
    if not schema.validate(doc):
        raise H7SchemaError("; ".join(f"line {e.line}: {e.message}" for e in schema.error_log))


def h7_xml(decl: Declaration) -> bytes:
    from lxml import etree

    doc = decl.document
    if not isinstance(doc, H7Declaration):
        raise ValueError(f"XML is written for the h7 form only, not {decl.form}")

    def el(parent, tag: str, text: Optional[object] = None, **attrs: str):
        node = etree.SubElement(parent, f"{{{NS}}}{tag}", attrs)
        if text is not None:
            node.text = str(text)
        return node

    def money(parent, tag: str, amount: Decimal, currency: str):
        el(parent, tag, quantize(amount, CENT), currency=currency)

    def party(tag: str, p: H7Party):
        node = el(root, tag)
        if p.identification_number:
            el(node, "IdentificationNumber", p.identification_number[:17])
        el(node, "Name", p.name)
        addr = el(node, "Address")
        for t, v in (("StreetAndNumber", p.street), ("Postcode", p.postcode), ("City", p.city)):
            if v:
                el(addr, t, v)
        el(addr, "Country", p.country)

    root = etree.Element(f"{{{NS}}}H7Declaration", {"specVersion": decl.spec_version}, nsmap={None: NS})
    el(root, "DeclarationType", doc.declaration_type)
    el(root, "AdditionalDeclarationType", doc.additional_declaration_type)
    el(root, "LRN", doc.lrn)
    el(root, "Procedure", doc.procedure)
    party("Exporter", doc.exporter)
    party("Importer", doc.importer)
    party("Declarant", doc.declarant)
    for ref in doc.additional_fiscal_references:
        node = el(root, "AdditionalFiscalReference")
        el(node, "Role", ref.scheme)
        el(node, "VATIdentificationNumber", ref.number)
    el(root, "CountryOfDispatch", doc.country_of_dispatch)
    el(root, "CountryOfDestination", doc.country_of_destination)
    money(root, "TotalIntrinsicValue", doc.total_intrinsic_value_eur, "EUR")
    for item in doc.items:
        node = el(root, "GoodsItem")
        el(node, "GoodsItemNumber", item.goods_item_number)
        el(node, "AdditionalProcedure", item.additional_procedure)
        el(node, "DescriptionOfGoods", item.description)
        el(node, "HarmonizedSystemSubheadingCode", item.hs_subheading)
        el(node, "GrossMass", format(quantize(item.gross_mass_kg, MICRO).normalize(), "f"))
        money(node, "IntrinsicValue", item.intrinsic_value, item.intrinsic_value_currency)
        money(node, "TransportAndInsuranceCosts", item.transport_and_insurance, item.intrinsic_value_currency)
        if item.country_of_origin:
            el(node, "CountryOfOrigin", item.country_of_origin)
        for tax in item.taxes:
            t = el(node, "DutiesAndTaxes")
            el(t, "TaxType", tax.tax_type)
            if tax.base is not None:
                money(t, "TaxBase", tax.base, tax.currency)
            if tax.rate:
                el(t, "TaxRate", tax.rate[:35])
            money(t, "PayableTaxAmount", tax.payable_amount, tax.currency)
            el(t, "Collected", tax.collected)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    validate_h7(xml)
    return xml
