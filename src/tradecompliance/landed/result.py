"""What `quote` returns: every charge with the rule, rate, base, threshold and reference behind it."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict

from ..money import ExactDecimal

Status = Literal["ok", "rate_unknown", "fx_unknown", "unsupported_destination"]


class Charge(BaseModel):
    """One amount owed, and why."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["duty", "additional_duty", "flat_duty", "vat", "fee"]
    name: str
    line: Optional[int] = None  # None: charged on the consignment
    amount: ExactDecimal
    currency: str
    base: Optional[ExactDecimal] = None
    rate: Optional[str] = None
    # a duty other than a plain rate of `base`, worked out term by term and bound by bound before rounding
    # ("0.50 EUR/p/st x 16 = 8.00; minimum 2.7% of 200.00 = 5.40, not applied; ...")
    working: Optional[str] = None
    rule: str
    ref: str
    source: Optional[str] = None
    pack: str
    unverified: bool = False
    collected: Literal["checkout", "border", "reverse_charge"]


class FxUsed(BaseModel):
    base: str
    quote: str
    rate: ExactDecimal
    table: str
    rate_date: dt.date
    rule: str
    source: str


class LineCost(BaseModel):
    index: int
    description: str
    hs_code: Optional[str]
    origin: str
    value: ExactDecimal  # order currency
    customs_value: Optional[ExactDecimal] = None  # destination currency
    duty: Optional[ExactDecimal] = None
    vat: Optional[ExactDecimal] = None
    vat_rate: Optional[str] = None
    status: Literal["ok", "rate_unknown"] = "ok"
    error: Optional[str] = None


class Totals(BaseModel):
    currency: str
    goods: ExactDecimal
    transport_insurance: ExactDecimal
    customs_value: ExactDecimal
    duty: ExactDecimal
    vat: ExactDecimal
    fees: ExactDecimal
    taxes_and_duties: ExactDecimal
    landed_cost: ExactDecimal
    at_checkout: ExactDecimal
    at_border: ExactDecimal


class LandedCost(BaseModel):
    order_id: Optional[str] = None
    status: Status
    errors: list[str] = []
    destination: str
    date: dt.date
    incoterm: str
    payer: Literal["seller", "buyer"]
    currency: str
    destination_currency: Optional[str] = None
    fx: Optional[FxUsed] = None
    regime: Optional[str] = None
    regime_name: Optional[str] = None
    lines: list[LineCost] = []
    charges: list[Charge] = []
    totals: Optional[Totals] = None  # destination currency; None unless status is ok
    totals_order_currency: Optional[Totals] = None
    decisions: list[str] = []
    packs: dict[str, str] = {}

    def as_case_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
