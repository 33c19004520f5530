"""What `declare` returns: the form's data, as typed models (the JSON of a declaration is one of these),
with the warnings raised while filling it and where each threshold and statement came from."""
from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

from ..money import ExactDecimal

Form = Literal["cn22", "cn23", "commercial_invoice", "h7"]
FormRequest = Literal["postal", "cn22", "cn23", "commercial_invoice", "h7"]


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FieldNote(_Doc):
    """A field that was changed or assumed while filling the form (cut to length, transliterated, taken
    from the classifier ...). `field` is the path in the order the value came from."""

    field: str
    message: str
    source: Optional[str] = None


class PartyBlock(_Doc):
    name: str
    address: list[str] = []
    city: Optional[str] = None
    postal_code: Optional[str] = None
    country: str
    vat_id: Optional[str] = None
    eori: Optional[str] = None
    phone: Optional[str] = None
    email: Optional[str] = None


class PostalItem(_Doc):
    description: str = Field(min_length=1)
    quantity: ExactDecimal
    unit: str
    net_weight_kg: ExactDecimal
    value: ExactDecimal
    hs_tariff_number: Optional[str] = Field(None, pattern=r"^\d{6}$")
    origin_country: Optional[str] = Field(None, pattern=r"^[A-Z]{2}$")


class PostalDeclaration(_Doc):
    """UPU CN 22 or CN 23. Values in `currency`; weights in kg."""

    form: Literal["cn22", "cn23"]
    category: Literal["gift", "documents", "commercial_sample", "returned_goods", "sale_of_goods", "other"]
    items: list[PostalItem] = Field(min_length=1)
    total_gross_weight_kg: ExactDecimal
    total_value: ExactDecimal
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    postal_charges: Optional[ExactDecimal] = None
    sender: Optional[PartyBlock] = None
    addressee: Optional[PartyBlock] = None
    importer_reference: Optional[str] = None
    invoice_number: Optional[str] = None
    licences: list[str] = []
    certificates: list[str] = []
    comments: Optional[str] = None
    statement: str
    date: dt.date
    signatory: Optional[str] = None


class InvoiceLine(_Doc):
    number: int
    sku: Optional[str] = None
    description: str = Field(min_length=1)
    hs_code: str = Field(pattern=r"^\d{6}(\d{2}){0,3}$")
    origin_country: str = Field(pattern=r"^[A-Z]{2}$")
    quantity: ExactDecimal
    unit: str
    unit_value: ExactDecimal
    total_value: ExactDecimal
    net_weight_kg: ExactDecimal


class Registration(_Doc):
    scheme: str
    number: str


class CommercialInvoice(_Doc):
    form: Literal["commercial_invoice"] = "commercial_invoice"
    invoice_number: str = Field(min_length=1)
    invoice_date: dt.date
    order_id: Optional[str] = None
    seller: PartyBlock
    buyer: PartyBlock
    ship_to: Optional[PartyBlock] = None
    importer_of_record: Optional[PartyBlock] = None
    incoterm: str
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    reason_for_export: str
    origin_country: str
    destination_country: str
    lines: list[InvoiceLine] = Field(min_length=1)
    subtotal: ExactDecimal
    shipping: ExactDecimal
    insurance: ExactDecimal
    duties_and_taxes_prepaid: Optional[ExactDecimal] = Field(None, description="collected at checkout (DDP, IOSS ...), from quote")
    total: ExactDecimal
    total_net_weight_kg: ExactDecimal
    total_gross_weight_kg: ExactDecimal
    registrations: list[Registration] = []
    statement: str
    signatory: Optional[str] = None


class H7Party(_Doc):
    name: str
    street: Optional[str] = None
    city: Optional[str] = None
    postcode: Optional[str] = None
    country: str = Field(pattern=r"^[A-Z]{2}$")
    identification_number: Optional[str] = None


class H7Tax(_Doc):
    """DE 14 03 000 000 Duties and taxes: tax type, base, rate, payable amount, and where it is paid."""

    tax_type: Literal["A00", "B00"]
    base: Optional[ExactDecimal] = None
    rate: Optional[str] = None
    payable_amount: ExactDecimal
    currency: str
    collected: Literal["checkout", "border", "reverse_charge"]


class H7Item(_Doc):
    goods_item_number: int = Field(ge=1)              # 11 03 000 000
    description: str = Field(min_length=1)           # 18 05 000 000
    hs_subheading: str = Field(pattern=r"^\d{6}$")   # 18 09 056 000
    gross_mass_kg: ExactDecimal                      # 18 04 000 000
    intrinsic_value: ExactDecimal                    # 14 14 000 000
    intrinsic_value_currency: str
    transport_and_insurance: ExactDecimal            # 14 15 000 000
    country_of_origin: Optional[str] = None          # 16 08 000 000
    additional_procedure: str                        # 11 10 000 000
    taxes: list[H7Tax] = []


class H7Declaration(_Doc):
    """The EU H7 data set for one consignment (one declaration per consignment)."""

    form: Literal["h7"] = "h7"
    declaration_type: Literal["IM"] = "IM"            # 11 01 000 000
    additional_declaration_type: Literal["A"] = "A"   # 11 02 000 000
    lrn: str = Field(min_length=1, max_length=22)     # 12 09 000 000
    procedure: str                                    # 11 09 001 000
    exporter: H7Party                                 # 13 01 000 000
    importer: H7Party                                 # 13 04 000 000
    declarant: H7Party                                # 13 05 000 000
    additional_fiscal_references: list[Registration] = []  # 13 16 000 000: IOSS number, role FR5
    country_of_dispatch: str                          # 16 06 000 000
    country_of_destination: str                       # 16 03 000 000
    currency: str
    total_intrinsic_value_eur: ExactDecimal
    items: list[H7Item] = Field(min_length=1)


Document = Annotated[Union[PostalDeclaration, CommercialInvoice, H7Declaration], Field(discriminator="form")]


class Declaration(_Doc):
    """One filled form. `document` is the data; `notes` say what was cut, assumed or looked up."""

    form: Form
    order_id: Optional[str] = None
    locale: str
    document: Document
    chosen_because: Optional[str] = Field(None, description="why this form (CN 22 vs CN 23; H7 eligibility)")
    notes: list[FieldNote] = []
    spec_version: str
    packs: dict[str, str] = {}

    def to_json(self) -> str:
        return self.model_dump_json(indent=2)

    def to_pdf(self) -> bytes:
        from .pdf import render_pdf

        return render_pdf(self)

    def to_xml(self) -> bytes:
        from .h7xml import h7_xml

        return h7_xml(self)
