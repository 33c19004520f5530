"""The typed order model. Every amount is an exact Decimal in the order currency; floats are refused.
`Order.parse` raises one InvalidInput listing every problem with its field path."""
from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, WithJsonSchema, field_validator, model_validator

from .countries import check_country, check_subdivision
from .dates import IsoDate
from .errors import InvalidInput
from .hs.codes import normalize
from .identifiers import Scheme, validate_registration, validate_vat_id
from .landed.duty_expr import PARTS
from .money import ExactDecimal, check_currency

Country = Annotated[str, AfterValidator(check_country),
                    WithJsonSchema({"type": "string", "pattern": "^[A-Za-z]{2}$", "description": "ISO 3166-1 alpha-2"})]
ContentsType = Literal["sale_of_goods", "gift", "documents", "commercial_sample", "returned_goods", "other"]
Incoterm = Literal["EXW", "FCA", "CPT", "CIP", "DAP", "DPU", "DDP", "FAS", "FOB", "CFR", "CIF"]


# Bounds keep every figure inside exact Decimal arithmetic (28 significant digits): a trillion in any
# currency or unit is beyond any real consignment line, and 1e-9 beyond any real price precision.
MAX_AMOUNT = Decimal("1000000000000")
MAX_PLACES = 9


def _bounded(d: Decimal) -> Decimal:
    if abs(d) > MAX_AMOUNT:
        raise ValueError(f"must be at most {MAX_AMOUNT:,}, got {d}")
    if d != 0 and d.normalize().as_tuple().exponent < -MAX_PLACES:
        raise ValueError(f"at most {MAX_PLACES} decimal places, got {d}")
    return d


def _non_negative(d: Decimal) -> Decimal:
    if d < 0:
        raise ValueError(f"must not be negative, got {d}")
    return _bounded(d)


def _positive(d: Decimal) -> Decimal:
    if d <= 0:
        raise ValueError(f"must be greater than zero, got {d}")
    return _bounded(d)


NonNegative = Annotated[ExactDecimal, AfterValidator(_non_negative)]
Positive = Annotated[ExactDecimal, AfterValidator(_positive)]


def parse_json_object(value, field: str) -> dict:
    """A dict from a dict or a JSON object string ('' or None: empty); InvalidInput naming `field` otherwise."""
    import json

    if value is None or value == "":
        return {}
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError as exc:
            raise InvalidInput([(field, f"{field} is not a JSON object: {exc.msg} at char {exc.pos}")]) from None
    if not isinstance(value, dict):
        raise InvalidInput([(field, f"{field} must be a JSON object (key: value), got {value!r}"[:200])])
    return value


def parse_attributes(attributes) -> dict[str, str]:
    """Attributes as a dict of str -> str, from a dict or a JSON object string; InvalidInput naming the field
    `attributes` otherwise."""
    return {str(k): "" if v is None else str(v) for k, v in parse_json_object(attributes, "attributes").items()}


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, validate_default=True)


class LineItem(_Model):
    """One line of an order. `unit_value` is the price of one unit in the order currency."""

    id: Optional[str] = None
    sku: Optional[str] = None
    description: str = Field(min_length=1, max_length=2000)
    hs_code: Optional[str] = Field(None, description="HS 6-digit or national line, any common notation")
    quantity: Positive = Decimal(1)
    unit_value: NonNegative
    unit_of_measure: Literal["pcs", "pair", "kg", "l", "m", "m2", "set", "dozen"] = "pcs"
    net_weight_kg: Optional[NonNegative] = Field(None, description="net weight of the whole line")
    gross_weight_kg: Optional[NonNegative] = None
    volume_l: Optional[NonNegative] = Field(None, description="litres of the whole line (alcohol, liquids)")
    alcohol_pct_vol: Optional[NonNegative] = Field(None, le=100, description="alcoholic strength by volume, % vol "
                                                   "(a duty per % vol/hl counts volume_l times this)")
    part_values: dict[Literal[PARTS], NonNegative] = Field(
        {}, description="value of each named part of the whole line, in the order currency, where a duty is charged on "
                        "a part (US watches and clocks, HTSUS chapter 91: '6% on the case', 'on the strap, band or bracelet', "
                        "'on the battery', 'on the movement')")
    origin_country: Optional[Country] = Field(None, description="country of origin; defaults to the order's origin")
    preference_claimed: bool = Field(False, description="origin proof held, preferential rate requested")
    category: Optional[str] = None
    attributes: dict[str, str] = {}

    @field_validator("hs_code")
    @classmethod
    def _hs(cls, v: Optional[str]) -> Optional[str]:
        if v is None or v == "":
            return None
        try:
            return normalize(v)
        except Exception as exc:
            raise ValueError(str(exc)) from None

    @field_validator("part_values", mode="before")
    @classmethod
    def _parts(cls, v: Any) -> Any:
        if isinstance(v, str):          # a table's cell: a JSON object {"case": "12.50", ...}
            v = parse_json_object(v, "part_values")
        return v

    @field_validator("attributes", mode="before")
    @classmethod
    def _attrs(cls, v: Any) -> Any:
        if isinstance(v, str):          # a table's cell: a JSON object, as the classify input takes it
            v = parse_attributes(v)
        if isinstance(v, dict):
            return {str(k).lower(): str(x) for k, x in v.items() if x is not None}
        return v

    @property
    def value(self) -> Decimal:
        return self.quantity * self.unit_value

    def duty_quantities(self) -> dict[str, Decimal | None]:
        """What a specific duty can count on this line (duty_expr.NEEDS keys); None where the line does not say."""
        uom = self.unit_of_measure
        strength = None if self.volume_l is None or self.alcohol_pct_vol is None else self.volume_l * self.alcohol_pct_vol
        # a US proof litre is a litre at 100 proof, 50% vol: the litres' alcohol at that strength (26 U.S.C. 5002(a)(10),
        # (11): proof spirits and their alcoholic equivalent; HTSUS ch. 22 additional U.S. note 1: duty on the quantities
        # the internal-revenue tax counts)
        proof = None if strength is None else strength / 50
        return {"kg": self.net_weight_kg, "kg_gross": self.gross_weight_kg, "l": self.volume_l, "pct_vol_l": strength,
                "proof_l": proof,
                "pair": self.quantity if uom == "pair" else None, "unit": self.quantity,
                "m": self.quantity if uom == "m" else None, "m2": self.quantity if uom == "m2" else None}


class Party(_Model):
    name: str = Field(min_length=1, max_length=200)
    address: list[str] = []
    city: Optional[str] = None
    postal_code: Optional[str] = None
    country: Country
    vat_id: Optional[str] = None
    eori: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    date_of_birth: Optional[IsoDate] = None

    @model_validator(mode="after")
    def _vat(self) -> "Party":
        if self.vat_id:
            self.vat_id = validate_vat_id(self.vat_id, self.country)
        return self


class Registration(_Model):
    """A seller's or marketplace's registration under a collection regime (IOSS, UK VAT, VOEC ...)."""

    scheme: Scheme
    number: str

    @model_validator(mode="after")
    def _check(self) -> "Registration":
        self.number = validate_registration(self.scheme, self.number)
        return self


class Order(_Model):
    """A consignment from one country to another, with its tax point date and currency."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "A-1001", "origin_country": "CN", "destination_country": "DE", "date": "2026-03-02", "currency": "EUR",
        "shipping": "8.00", "carrier": "postal",
        "lines": [{"description": "Men's cotton T-shirt, knitted", "hs_code": "6109.10", "quantity": "2", "unit_value": "25.00"},
                  {"description": "Bluetooth wireless earbuds", "hs_code": "8518.30", "unit_value": "39.90"}]}]})

    id: Optional[str] = None
    origin_country: Country
    destination_country: Country
    destination_subdivision: Optional[str] = Field(None, description="ISO 3166-2, e.g. CA-ON, US-NY")
    date: IsoDate = Field(description="tax point: rules resolve on this date")
    currency: str = Field(pattern="^[A-Za-z]{3}$", description="ISO 4217 code of every amount in the order")
    lines: list[LineItem] = Field(min_length=1, max_length=1000)
    shipping: NonNegative = Decimal(0)
    insurance: NonNegative = Decimal(0)
    incoterm: Incoterm = "DAP"
    buyer_type: Literal["consumer", "business"] = "consumer"
    carrier: Literal["postal", "courier", "freight"] = "courier"
    seller: Optional[Party] = None
    buyer: Optional[Party] = None
    consignee: Optional[Party] = Field(None, description="who receives the goods, where not the buyer")
    importer_of_record: Optional[Party] = None
    registrations: list[Registration] = []
    sold_via_marketplace: bool = False
    contents_type: ContentsType = Field("sale_of_goods", description="what the consignment is, as postal forms ask (CN 22/CN 23)")
    invoice_number: Optional[str] = Field(None, max_length=35)
    gross_weight_kg: Optional[NonNegative] = Field(None, description="whole consignment with packing; defaults to the lines' weights")

    @field_validator("currency")
    @classmethod
    def _currency(cls, v: str) -> str:
        try:
            return check_currency(v)
        except Exception as exc:
            raise ValueError(str(exc)) from None

    @model_validator(mode="after")
    def _cross(self) -> "Order":
        if self.destination_subdivision:
            self.destination_subdivision = check_subdivision(self.destination_subdivision, self.destination_country)
        return self

    @property
    def goods_value(self) -> Decimal:
        return sum((line.value for line in self.lines), Decimal(0))

    def registration(self, scheme: str) -> Optional[str]:
        for r in self.registrations:
            if r.scheme == scheme:
                return r.number
        return None

    @classmethod
    def parse(cls, data: Any) -> "Order":
        """Validate a mapping (e.g. parsed JSON). One InvalidInput lists every problem with its path."""
        if isinstance(data, cls):
            return data
        return parse_model(cls, data)


def parse_model(model: type[BaseModel], data: Any) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(problems_of(exc)) from None


def problems_of(exc: ValidationError) -> list[tuple[str, str]]:
    return problems_from_errors(exc.errors())


def problems_from_errors(errors: list[dict], skip: int = 0) -> list[tuple[str, str]]:
    """(field path, message) pairs from pydantic error dicts; `skip` drops leading location parts
    (FastAPI prefixes "body")."""
    out = []
    for err in errors:
        path = ".".join(str(p) for p in err["loc"][skip:])
        msg = err["msg"]
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, "):]
        if err["type"] == "extra_forbidden":
            msg = "unknown field"
        out.append((path, msg))
    return out
