"""Printable PDFs in each form's layout (fpdf2, core Helvetica): CN 22 on an A6 label, CN 23 and the
commercial invoice on A4. Numbers, money and dates follow the declaration's locale (babel); text outside
Latin-1 is transliterated (the notes of the declaration say where). Output is byte-for-byte reproducible."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Optional

from ..currency.formatting import format_date, format_decimal, format_money
from .filler import printable
from .result import CommercialInvoice, Declaration, PartyBlock, PostalDeclaration

CATEGORY_LABELS = [("gift", "Gift"), ("documents", "Documents"), ("commercial_sample", "Commercial sample"),
                   ("returned_goods", "Returned goods"), ("sale_of_goods", "Sale of goods"), ("other", "Other")]


class _Page:
    """Thin helpers over FPDF: boxed labels, values, tick boxes; every text goes through `printable`."""

    def __init__(self, size, locale: str, when: dt.date):
        from fpdf import FPDF

        self.pdf = FPDF(orientation="P", unit="mm", format=size)
        self.pdf.core_fonts_encoding = "cp1252"  # the core fonts carry the Windows-1252 glyphs, euro sign included
        self.pdf.set_creation_date(dt.datetime(when.year, when.month, when.day, tzinfo=dt.timezone.utc))
        self.pdf.set_auto_page_break(True, margin=8)
        self.pdf.set_margins(6, 6, 6)
        self.pdf.add_page()
        self.locale = locale

    def font(self, size: float, bold: bool = False) -> None:
        self.pdf.set_font("helvetica", "B" if bold else "", size)

    def text(self, x: float, y: float, w: float, h: float, value: str, *, size: float = 8, bold: bool = False,
             align: str = "L", border: int | str = 0) -> None:
        shown = printable(value)
        self.font(size, bold)
        while size > 5 and self.pdf.get_string_width(shown) > w - 1.5:  # shrink to fit the box, as a clerk writes smaller
            size -= 0.5
            self.font(size, bold)
        self.pdf.set_xy(x, y)
        self.pdf.cell(w, h, shown, border=border, align=align)

    def para(self, x: float, y: float, w: float, value: str, *, size: float = 7, line: float = 3.2) -> float:
        self.font(size)
        self.pdf.set_xy(x, y)
        self.pdf.multi_cell(w, line, printable(value))
        return self.pdf.get_y()

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.pdf.rect(x, y, w, h)

    def tick(self, x: float, y: float, label: str, checked: bool, size: float = 7) -> None:
        self.box(x, y + 0.6, 2.8, 2.8)
        if checked:
            self.text(x, y, 2.8, 4, "X", size=size, bold=True, align="C")
        self.text(x + 3.4, y, 40, 4, label, size=size)

    def money(self, amount: Optional[Decimal], currency: str) -> str:
        return "" if amount is None else format_money(amount, currency, self.locale)

    def number(self, amount: Decimal, places: int | None = None) -> str:
        return format_decimal(amount, self.locale, places)

    def date(self, day: dt.date) -> str:
        return format_date(day, self.locale)

    def party(self, x: float, y: float, w: float, title: str, p: Optional[PartyBlock]) -> float:
        self.text(x, y, w, 4, title, size=7, bold=True)
        if p is None:
            return y + 4
        lines = [p.name, *p.address, " ".join(v for v in (p.postal_code, p.city) if v), p.country]
        lines += [f"VAT: {p.vat_id}"] if p.vat_id else []
        lines += [f"EORI: {p.eori}"] if p.eori else []
        for i, value in enumerate(v for v in lines if v):
            self.text(x, y + 4 + i * 3.6, w, 3.6, value, size=8)
        return y + 4 + len([v for v in lines if v]) * 3.6

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def _cn22(doc: PostalDeclaration, locale: str) -> bytes:
    pg = _Page((105, 148), locale, doc.date)
    w = 93
    pg.text(6, 6, w, 6, "CUSTOMS DECLARATION", size=11, bold=True)
    pg.text(6, 6, w, 6, "CN 22", size=11, bold=True, align="R")
    pg.text(6, 12, w, 4, "May be opened officially", size=7)
    y = 17
    for i, (key, label) in enumerate(CATEGORY_LABELS):
        pg.tick(6 + (i % 2) * 46, y + (i // 2) * 4.5, label, doc.category == key)
    y += 15
    pg.box(6, y, w, 8)
    pg.text(7, y, 55, 4, "Quantity and detailed description of contents", size=6.5, bold=True)
    pg.text(62, y, 15, 4, "Weight (kg)", size=6.5, bold=True, align="R")
    pg.text(78, y, 20, 4, "Value", size=6.5, bold=True, align="R")
    pg.text(7, y + 4, 90, 4, "HS tariff number and country of origin (commercial items)", size=6)
    y += 8
    for item in doc.items:
        pg.box(6, y, w, 9)
        pg.text(7, y + 0.5, 55, 4, f"{pg.number(item.quantity)} x {item.description}", size=7)
        pg.text(62, y + 0.5, 15, 4, pg.number(item.net_weight_kg, 3), size=7, align="R")
        pg.text(78, y + 0.5, 20, 4, pg.money(item.value, doc.currency), size=7, align="R")
        pg.text(7, y + 4.5, 90, 4, f"HS {item.hs_tariff_number or '-'}   origin {item.origin_country or '-'}", size=7)
        y += 9
    pg.box(6, y, w, 8)
    pg.text(7, y, 55, 4, "Total gross weight (kg)", size=6.5, bold=True)
    pg.text(62, y, 15, 4, pg.number(doc.total_gross_weight_kg, 3), size=8, align="R")
    pg.text(7, y + 4, 55, 4, "Total value", size=6.5, bold=True)
    pg.text(62, y + 4, 36, 4, pg.money(doc.total_value, doc.currency), size=8, align="R")
    y = pg.para(6, y + 10, w, doc.statement, size=6.5, line=2.9)
    pg.text(6, y + 2, w, 4, "Date and sender's signature", size=6.5, bold=True)
    pg.text(6, y + 6, w, 4, f"{pg.date(doc.date)}   {doc.signatory or ''}", size=8)
    return pg.output()


def _cn23(doc: PostalDeclaration, locale: str) -> bytes:
    pg = _Page("A4", locale, doc.date)
    pg.text(6, 6, 198, 8, "CUSTOMS DECLARATION", size=14, bold=True)
    pg.text(6, 6, 198, 8, "CN 23", size=14, bold=True, align="R")
    pg.text(6, 13, 198, 4, "May be opened officially", size=8)
    y1 = pg.party(6, 19, 95, "From (sender)", doc.sender)
    y2 = pg.party(108, 19, 95, "To (addressee)", doc.addressee)
    y = max(y1, y2) + 3
    cols = [(6, 78, "Detailed description of contents", "L"), (84, 16, "Quantity", "R"), (100, 22, "Net weight (kg)", "R"),
            (122, 30, "Value", "R"), (152, 26, "HS tariff number", "L"), (178, 26, "Country of origin", "L")]
    for x, w, label, align in cols:
        pg.text(x, y, w, 6, label, size=7, bold=True, align=align, border=1)
    y += 6
    for item in doc.items:
        values = [item.description, f"{pg.number(item.quantity)} {item.unit}", pg.number(item.net_weight_kg, 3),
                  pg.money(item.value, doc.currency), item.hs_tariff_number or "", item.origin_country or ""]
        for (x, w, _, align), v in zip(cols, values):
            pg.text(x, y, w, 6, v, size=8, align=align, border=1)
        y += 6
    pg.text(6, y, 94, 6, "Total gross weight (kg)", size=7, bold=True, border=1)
    pg.text(100, y, 22, 6, pg.number(doc.total_gross_weight_kg, 3), size=8, align="R", border=1)
    pg.text(122, y, 30, 6, pg.money(doc.total_value, doc.currency), size=8, align="R", border=1)
    pg.text(152, y, 52, 6, "Total value", size=7, bold=True, border=1)
    y += 6
    pg.text(6, y, 94, 6, "Postal charges/fees", size=7, bold=True, border=1)
    pg.text(100, y, 52, 6, pg.money(doc.postal_charges, doc.currency), size=8, align="R", border=1)
    y += 9
    pg.text(6, y, 60, 4, "Category of item", size=7, bold=True)
    for i, (key, label) in enumerate(CATEGORY_LABELS):
        pg.tick(6 + i * 33, y + 5, label, doc.category == key)
    y += 12
    pg.text(6, y, 66, 4, f"Invoice: {doc.invoice_number or '-'}", size=8)
    pg.text(72, y, 66, 4, f"Licence: {', '.join(doc.licences) or '-'}", size=8)
    pg.text(138, y, 66, 4, f"Certificate: {', '.join(doc.certificates) or '-'}", size=8)
    if doc.comments:
        y = pg.para(6, y + 5, 198, f"Comments: {doc.comments}", size=8, line=3.6)
    y = pg.para(6, y + 7, 198, doc.statement, size=7.5)
    pg.text(6, y + 3, 198, 5, f"Date and sender's signature: {pg.date(doc.date)}   {doc.signatory or ''}", size=8, bold=True)
    return pg.output()


def _invoice(doc: CommercialInvoice, locale: str) -> bytes:
    pg = _Page("A4", locale, doc.invoice_date)
    pg.text(6, 6, 198, 8, "COMMERCIAL INVOICE", size=14, bold=True)
    pg.text(6, 6, 198, 8, f"No. {doc.invoice_number}", size=10, align="R")
    pg.text(6, 13, 198, 5, f"Date: {pg.date(doc.invoice_date)}   Incoterm: {doc.incoterm}   Currency: {doc.currency}   "
                           f"Reason for export: {doc.reason_for_export}", size=8)
    y1 = pg.party(6, 20, 95, "Seller / exporter", doc.seller)
    y2 = pg.party(108, 20, 95, "Buyer", doc.buyer)
    y = max(y1, y2) + 2
    if doc.ship_to or doc.importer_of_record:
        y1 = pg.party(6, y, 95, "Ship to", doc.ship_to) if doc.ship_to else y
        y2 = pg.party(108, y, 95, "Importer of record", doc.importer_of_record) if doc.importer_of_record else y
        y = max(y1, y2) + 2
    pg.text(6, y, 198, 5, f"Country of export: {doc.origin_country}   Country of destination: {doc.destination_country}", size=8)
    y += 7
    cols = [(6, 8, "#", "R"), (14, 66, "Description", "L"), (80, 22, "HS code", "L"), (102, 12, "Origin", "L"),
            (114, 20, "Quantity", "R"), (134, 24, "Unit value", "R"), (158, 26, "Total", "R"), (184, 20, "Net kg", "R")]
    for x, w, label, align in cols:
        pg.text(x, y, w, 6, label, size=7, bold=True, align=align, border=1)
    y += 6
    for line in doc.lines:
        values = [str(line.number), line.description, line.hs_code, line.origin_country, f"{pg.number(line.quantity)} {line.unit}",
                  pg.money(line.unit_value, doc.currency), pg.money(line.total_value, doc.currency), pg.number(line.net_weight_kg, 3)]
        for (x, w, _, align), v in zip(cols, values):
            pg.text(x, y, w, 6, v, size=7.5, align=align, border=1)
        y += 6
        if y > 260:
            pg.pdf.add_page()
            y = 10
    totals = [("Subtotal", doc.subtotal), ("Shipping", doc.shipping), ("Insurance", doc.insurance)]
    if doc.duties_and_taxes_prepaid is not None:
        totals.append(("Duties and taxes collected at checkout", doc.duties_and_taxes_prepaid))
    totals.append(("Total", doc.total))
    for label, amount in totals:
        pg.text(102, y, 56, 6, label, size=8, bold=label == "Total", border=1)
        pg.text(158, y, 46, 6, pg.money(amount, doc.currency), size=8, bold=label == "Total", align="R", border=1)
        y += 6
    pg.text(6, y + 2, 198, 5, f"Total net weight: {pg.number(doc.total_net_weight_kg, 3)} kg   Total gross weight: "
                              f"{pg.number(doc.total_gross_weight_kg, 3)} kg", size=8)
    y += 8
    for r in doc.registrations:
        pg.text(6, y, 198, 4.5, f"{r.scheme.upper().replace('_', ' ')} number: {r.number}", size=8)
        y += 4.5
    y = pg.para(6, y + 3, 198, doc.statement, size=8, line=3.6)
    pg.text(6, y + 3, 198, 5, f"Signed: {doc.signatory or ''}   {pg.date(doc.invoice_date)}", size=8, bold=True)
    return pg.output()


def render_pdf(decl: Declaration) -> bytes:
    doc = decl.document
    if isinstance(doc, PostalDeclaration):
        return _cn22(doc, decl.locale) if doc.form == "cn22" else _cn23(doc, decl.locale)
    if isinstance(doc, CommercialInvoice):
        return _invoice(doc, decl.locale)
    raise ValueError("the H7 data set is filed electronically (JSON or XML); it has no printed form")
