"""Schemas of the rule-pack files, one pydantic model per kind of file. Unknown keys are errors.

A pack is a folder `rules/<name>/` with:
  pack.yaml      name, version, title, the countries it covers (with their currency), shared refs
  customs.yaml   valuation basis, duty relief (de minimis), tariff, preferences, additional duties, fees
  vat.yaml       VAT/GST rates by country (standard and reduced by HS/category), tax relief, taxable base
  regimes.yaml   collection regimes (EU IOSS, UK <=135 GBP, AU/NZ vendor-collected GST, NO VOEC ...)
  restrictions.yaml  goods prohibited or restricted on import (what they need, or how they must be handled)
  sanctions.yaml     embargoes and sectoral bans this jurisdiction imposes on its exports; its dual-use list
  tests/*.yaml   cases run by `tradecompliance rules test`
`rules/groups.yaml` holds dated country groups (EU, EEA, CUSMA ...), `rules/terms.yaml` named word lists
(synonyms) that restriction rules use as `@name`, and `rules/code_groups.yaml` named HS code prefix lists that a
preference's `excluding`/`unknown_under` use as `@name`."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..dates import IsoDate
from ..money import ExactDecimal, RoundingMode, check_currency
from .conditions import Condition
from .values import Amount, Percent, Reference, at, timeline

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class CountrySettings(Strict):
    currency: str = Field(description="the currency in force now")
    currencies: Optional[timeline(str)] = Field(
        None, description="dated currency changes (Croatia HRK -> EUR 2023, Bulgaria BGN -> EUR 2026)"
    )
    name: Optional[str] = None

    @field_validator("currency")
    @classmethod
    def _cur(cls, v: str) -> str:
        return check_currency(v)

    @field_validator("currencies")
    @classmethod
    def _curs(cls, v):
        for entry in v or ():
            check_currency(entry.value)
        return v

    def currency_on(self, when: dt.date) -> str:
        entry = at(self.currencies, when)
        return entry.value if entry is not None and entry.value else self.currency


class PackMeta(Strict):
    name: str
    version: str = Field(pattern=r"^\d{4}\.\d{1,2}\.\d+$", description="calendar version YYYY.MM.N")
    title: str
    countries: dict[str, CountrySettings] = {}
    fallback: bool = Field(False, description="covers any country no other pack covers (the world pack)")
    international: bool = Field(False, description="rules of international conventions (CITES, UPU, ICAO ...), screened "
                                                   "for every destination beside the destination's own pack")
    refs: dict[str, Reference] = {}

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not _NAME.match(v):
            raise ValueError(f"pack names are lower-case words like \"eu\" or \"gb\", got {v!r}")
        return v


class Rounding(Strict):
    """How amounts of this kind are rounded: to which quantum, which way, per line or on the total."""

    quantum: ExactDecimal | Literal["minor_unit"] = Field(
        Decimal("0.01"), description="a step such as 0.01 or 1, or minor_unit: the destination currency's own (CLDR's "
                                     "currency digits: whole pesos, francs CFA and dong, fils of the Gulf dinars), for a "
                                     "pack of many countries")
    mode: RoundingMode = "half_up"
    per: Literal["line", "consignment"] = "line"

    def step(self, currency: str | None) -> Decimal:
        """The quantum amounts in `currency` are rounded to."""
        if self.quantum != "minor_unit":
            return self.quantum
        return _minor_unit(currency) if currency else Decimal("0.01")


@lru_cache(maxsize=None)
def _minor_unit(currency: str) -> Decimal:
    from babel.numbers import get_currency_precision

    return Decimal(1).scaleb(-get_currency_precision(currency))


class Exclusion(Strict):
    when: Condition
    since: Optional[IsoDate] = Field(None, description="the exclusion applies from this date on")
    reason: str
    ref: Reference


ReliefBasis = Literal[
    "consignment_intrinsic",  # sum of goods values, transport and insurance excluded
    "consignment_with_transport",  # goods plus transport and insurance
    "customs_value",  # the consignment's customs value on the country's basis (CIF or FOB)
    "item_intrinsic",  # each item's unit value on its own (Norway VOEC)
    "duty_amount",  # relief when the duty assessed is at most the amount
    "tax_amount",  # relief when the tax assessed is at most the amount (Switzerland CHF 5)
    "duty_and_tax_amount",  # relief when duty plus tax assessed is below the amount (New Zealand before Dec 2019)
]
AMOUNT_BASES = ("duty_amount", "tax_amount", "duty_and_tax_amount")


class ReliefCase(Strict):
    """A threshold that applies instead of the default one when its condition holds for the consignment
    (Canada: CAD 150/40 for courier goods from CUSMA partners; Korea: USD 200 from the United States)."""

    when: Condition
    amount: timeline(Optional[Amount])


class Relief(Strict):
    """A de minimis: below (or at) the amount, the duty or tax is not collected."""

    amount: timeline(Optional[Amount])
    basis: ReliefBasis
    inclusive: bool = Field(True, description="true: relief applies at exactly the amount (<=); false: only below (<)")
    cases: list[ReliefCase] = Field([], description="other thresholds by origin, carrier or buyer; the first that matches wins")
    exclusions: list[Exclusion] = []
    charged_on: Literal["whole_value", "excess"] = Field(
        "whole_value", description="once the threshold is passed, the duty or tax falls on the whole value (most "
                                   "countries) or only on the part above the threshold (`excess`: Ukraine, duty and VAT "
                                   "on what exceeds EUR 150); the threshold comes off the base, shared by customs value")

    @model_validator(mode="after")
    def _excess_on_a_consignment_value(self):
        if self.charged_on == "excess" and self.basis not in EXCESS_BASES:
            raise ValueError(f"charged_on: excess takes the threshold off a consignment's value: the basis must be one of "
                             f"{', '.join(EXCESS_BASES)}, not {self.basis}")
        return self


# the bases whose threshold can come off a consignment's base (`Relief.charged_on: excess`)
EXCESS_BASES = ("consignment_intrinsic", "consignment_with_transport", "customs_value")


class Valuation(Strict):
    basis: timeline(Literal["CIF", "FOB"])
    apportion: Literal["value", "weight"] = "value"
    consumer_value_factor: Optional[timeline(Percent)] = Field(
        None, description="share of the retail price taken as customs value for goods bought by a consumer (Japan: 60%)"
    )


def _prefix_of(prefixes: tuple[str, ...], code: str) -> str | None:
    """The first of `prefixes` that `code` (digits only) starts with, or None."""
    return next((x for x in prefixes if code.startswith(x)), None)


def quoted_prefixes(v, field: str):
    """YAML reads 93 as a number and 0603 as another: an HS code prefix is only safe quoted."""
    numbers = [x for x in (v or ()) if not isinstance(x, str)]
    if numbers:
        raise ValueError(f"{', '.join(map(repr, numbers))}: quote HS code prefixes in `{field}` (\"93\", \"0603\"): "
                         "YAML reads an unquoted code as a number and drops its leading zero")
    return v


def code_prefixes(v: tuple[str, ...], field: str) -> tuple[str, ...]:
    """HS code prefixes are 2 to 10 digits without dots (a chapter, a heading, a subheading, a national line)."""
    bad = [x for x in v if not re.fullmatch(r"\d{2,10}", x)]
    if bad:
        raise ValueError(f"{', '.join(map(repr, bad))}: `{field}` lists HS code prefixes of 2 to 10 digits "
                         "(\"93\" for a chapter, \"9303\" for a heading), without dots")
    return v


class Preference(Strict):
    """A trade agreement whose originating goods pay its rate when the line claims it (`preference_claimed`): the
    tariff row naming the agreement, else `duty`. `duty: unknown`: the agreement's rates are not bundled, so a claimed
    line with no such row is rate_unknown (unless its general rate is already free); no `duty`: such a line pays the
    general rate (the agreement does not cover it). `since`/`until`: the days it applies (entry into force or
    provisional application, and the last day where it ended; `values.active`): a claim on another day pays the
    general rate, as one from a country with no agreement does. An agreement that reached its partners on different
    days is listed once per day, under the same name (CAFTA-DR). `excluding`: the HS chapters, headings or
    subheadings it gives nothing on (Everything But Arms: chapter 93): a claimed line under one pays the general rate.
    `unknown_under`: the prefixes where `duty` does not hold and the agreement's own rates are not bundled (a customs
    union or free trade area whose industrial goods go free, its agricultural ones on schedules of their own): a claimed
    line under one is rate_unknown, as under `duty: unknown`."""
    agreement: str
    partners: tuple[str, ...]
    duty: Optional[str] = Field(None, description="preferential duty for every originating good when no tariff row names "
                                                  "the agreement; `unknown` where the agreement's rates are not bundled")
    since: Optional[IsoDate] = Field(None, description="first day the agreement applies to these partners")
    until: Optional[IsoDate] = Field(None, description="last day the agreement applies to these partners")
    excluding: tuple[str, ...] = Field((), description="HS code prefixes (chapter, heading, subheading ...) the "
                                                        "agreement gives no preference on")
    unknown_under: tuple[str, ...] = Field((), description="HS code prefixes where `duty` does not hold: the agreement's "
                                                            "rates there are not bundled")
    ref: Reference
    note: Optional[str] = None

    def excluded(self, code: str) -> str | None:
        """The prefix of `excluding` that `code` (digits only) falls under, or None."""
        return _prefix_of(self.excluding, code)

    def unbundled(self, code: str) -> str | None:
        """The prefix of `unknown_under` that `code` (digits only) falls under, or None."""
        return _prefix_of(self.unknown_under, code)

    def days(self) -> str:
        """The days it applies, as a decision says them ("from 2023-05-31")."""
        if self.until is None:
            return f"from {self.since}"
        return f"from {self.since} to {self.until}" if self.since else f"until {self.until}"

    @field_validator("until")
    @classmethod
    def _after_since(cls, v, info):
        since = info.data.get("since")
        if v is not None and since is not None and v < since:
            raise ValueError(f"until {v} comes before since {since}")
        return v

    @field_validator("excluding", "unknown_under", mode="before")
    @classmethod
    def _quoted(cls, v, info):
        return quoted_prefixes(v, info.field_name)

    @field_validator("excluding", "unknown_under")
    @classmethod
    def _code_prefixes(cls, v: tuple[str, ...], info) -> tuple[str, ...]:
        return code_prefixes(v, info.field_name)

    @field_validator("agreement")
    @classmethod
    def _one_name(cls, v: str) -> str:
        """A tariff row names several agreements with "|" between them: no agreement's name holds one."""
        if "|" in v or not v.strip():
            raise ValueError(f"{v!r}: an agreement's name is not empty and holds no '|' (tariff rows list agreements with it)")
        return v

    @field_validator("duty")
    @classmethod
    def _readable(cls, v: Optional[str]) -> Optional[str]:
        from ..landed.duty_expr import parse_duty
        from ..landed.tariffs import UNKNOWN

        if v is not None and v.strip().lower() != UNKNOWN:
            parse_duty(v)
        return v

    @field_validator("unknown_under")
    @classmethod
    def _beside_a_rate(cls, v: tuple[str, ...], info) -> tuple[str, ...]:
        from ..landed.tariffs import UNKNOWN

        duty = info.data.get("duty")
        if v and (duty is None or duty.strip().lower() == UNKNOWN):
            raise ValueError("`unknown_under` marks where the agreement's `duty` does not hold: give the rate it has "
                             "elsewhere (`duty: 0%`), or leave it out where every rate is unknown (`duty: unknown`)")
        return v


class AdditionalDuty(Strict):
    id: str
    name: str
    when: Condition
    duty: timeline(str)
    kind: Literal["additional", "anti_dumping", "countervailing", "safeguard", "retaliatory", "surcharge"] = "additional"
    on: Literal["customs_value", "duties", "top_up"] = Field(
        "customs_value", description="what the rate is charged on: the line's customs value, or the duties listed "
                                     "before it on the line (India's Social Welfare Surcharge: 10% of the duties); "
                                     "`top_up`: the rate is a floor for the line's tariff duty, and the entry charges "
                                     "what lifts that duty to the rate of the customs value, none where it already "
                                     "reaches it (US section 301 on the EU: 10% including the column 1 rate)")

    @field_validator("on")
    @classmethod
    def _top_up_ad_valorem(cls, v, info):
        """A floor is a percentage of the value: a top-up of a specific or compound amount has no meaning."""
        if v == "top_up":
            from ..landed.duty_expr import parse_duty
            from ..landed.tariffs import UNKNOWN

            for e in info.data.get("duty") or ():
                if e.value is not None and e.value.strip().lower() != UNKNOWN and not parse_duty(e.value).plain:
                    raise ValueError(f"on: top_up takes an ad valorem rate (a floor of the value), got {e.value!r}")
        return v

    @field_validator("duty")
    @classmethod
    def _duty(cls, v):
        """A duty expression, or `unknown`: a rate in force that the pack does not bundle (one that depends on the
        line's own MFN rate, as the United States' 15% all-inclusive reciprocal rates do); quotes say rate_unknown."""
        from ..landed.tariffs import UNKNOWN

        _duty_text([e for e in v if e.value is None or e.value.strip().lower() != UNKNOWN])
        return v


def _duty_text(v, per_subheading: bool = False):
    """Each dated duty text readable; an amount per subheading only where `per_subheading` (a fee's)."""
    from ..landed.duty_expr import parse_duty

    for entry in v:
        if entry.value is not None:
            expr = parse_duty(entry.value)
            if not per_subheading and any(s.unit == "subheading" for s in expr.specifics):
                raise ValueError(f"{entry.value!r}: an amount per subheading is for border fees only")
    return v


class Fee(Strict):
    """A border fee on the consignment (US merchandise processing fee). `amount` is written like a duty:
    "2.69 USD" flat, or "0.3464% MIN 33.58 USD MAX 651.50 USD" of the consignment's customs value, or
    "2 EUR/subheading" for each distinct 6-digit subheading of the consignment (France's tax on small parcels)."""

    id: str
    name: str
    when: Optional[Condition] = None
    amount: timeline(Optional[str])
    above: Optional[Amount] = Field(None, description="applies only when the customs value is above this")
    up_to: Optional[Amount] = Field(None, description="applies only when the customs value is at most this")
    applies: Literal["outside_duty_relief", "within_duty_relief", "always"] = Field(
        "outside_duty_relief", description="outside_duty_relief: only where an entry is filed (US MPF); "
                                           "within_duty_relief: only on a consignment within the duty relief (Romania's "
                                           "RON 25 on parcels under EUR 150); always (Italy's EUR 2, with up_to)")
    taxable: bool = Field(True, description="does VAT/GST apply to the fee (where the VAT base includes fees)")
    exempt: Optional[Condition] = Field(
        None, description="lines meeting this are left out of the fee's base, and a consignment of only such lines "
                          "pays none (US MPF: goods of Canada and Mexico claiming USMCA, 19 CFR 24.23(c)). The "
                          "condition must require preference_claimed: true, which the vectorised path leaves to quote")

    @field_validator("exempt")
    @classmethod
    def _exempt_claims(cls, v):
        if v is not None and v.preference_claimed is not True:
            raise ValueError("exempt must require preference_claimed: true (a fee exemption follows a claim)")
        return v

    @field_validator("amount")
    @classmethod
    def _amount(cls, v):
        return _duty_text(v, per_subheading=True)


class FlatDuty(Strict):
    """A fixed duty per consignment, line or distinct subheading (EU interim EUR 3 per item category)."""

    id: str
    name: str
    when: Optional[Condition] = None
    per: Literal["consignment", "line", "distinct_subheading"]
    applies: Literal["within_duty_relief", "always"] = "within_duty_relief"
    amount: timeline(Optional[Amount])


class FxRule(Strict):
    """Which exchange rate customs prescribe: ECB daily on a rule-given day, or a named table."""

    table: str = "ecb"
    rate_day: Literal["tax_point", "penultimate_wednesday_previous_month", "first_of_month", "previous_business_day"] = "tax_point"
    ref: Optional[Reference] = None


class CountryCustoms(Strict):
    valuation: Optional[Valuation] = None
    duty_relief: Optional[Relief] = None
    tariff: Optional[str] = None


class CustomsRules(Strict):
    refs: dict[str, Reference] = {}
    valuation: Valuation
    duty_relief: Optional[Relief] = None
    assessed_relief: Optional[Relief] = Field(
        None, description="a de minimis on the amounts assessed (duty_amount, duty_and_tax_amount), beside a value-based duty_relief")
    tariff: Optional[str] = Field(None, description="name of the schedule in data/tariffs/")
    rounding: Rounding = Rounding()
    fx: FxRule = FxRule()
    preferences: list[Preference] = []
    additional_duties: list[AdditionalDuty] = []
    fees: list[Fee] = []
    flat_duties: list[FlatDuty] = []
    countries: dict[str, CountryCustoms] = {}


class ReducedRate(Strict):
    name: str
    when: Condition
    rate: timeline(Optional[Percent])
    unit_value_max: Optional[timeline(Optional[Amount])] = Field(
        None, description="the rate applies only while the line's customs value per unit is at most this amount "
                          "(India: apparel and footwear by value per piece or pair)")


class CountryVat(Strict):
    standard: timeline(Percent)
    reduced: list[ReducedRate] = []
    relief: Optional[Relief] = None
    tax_name: Optional[str] = None


BaseItem = Literal["customs_value", "duty", "excise", "fees", "transport_to_destination"]


class VatUplift(Strict):
    """A share of the customs value added to the taxable base (South Africa: 10%), unless an exclusion holds."""

    rate: timeline(Optional[Percent])
    exclusions: list[Exclusion] = []


class VatRules(Strict):
    refs: dict[str, Reference] = {}
    tax_name: str = "VAT"
    rates: dict[str, CountryVat]
    relief: Optional[Relief] = None
    base: tuple[BaseItem, ...] = ("customs_value", "duty")
    uplift: Optional[VatUplift] = None
    tax_inclusive: bool = Field(
        False, description="the tax is part of its own base, so base = (customs value + duty ...) / (1 - rate) "
                           "(Brazil's ICMS, computed 'por dentro')")
    rounding: Rounding = Rounding()


class Regime(Strict):
    """A way of collecting import tax on low-value goods other than at the border."""

    id: str
    name: str
    countries: Optional[tuple[str, ...]] = None
    when: Optional[Condition] = None
    requires_registration: Optional[str] = None
    # `unlimited`: the regime takes any value of consignment its condition admits (the EAEU's unified rate for goods for
    # personal use: no ceiling, only the relief's value below which nothing is owed)
    ceiling: timeline(Optional[Union[Amount, Literal["unlimited"]]])
    basis: ReliefBasis = "consignment_intrinsic"
    inclusive: bool = Field(True, description="true: the regime covers exactly the ceiling (<=); false: only below it (<), as Norway's VOEC")
    exclusions: list[Exclusion] = []
    collects: Literal["vat_at_checkout", "reverse_charge", "border"] = Field(
        "vat_at_checkout", description="who collects under the regime: the seller at checkout, the business buyer "
                                       "(reverse charge), or the post or courier at the border (a flat-rate regime)")
    duty: Optional[str] = Field(None, description="duty under the regime instead of the tariff (China CBEC: 0%)")
    tax_factor: Optional[Percent] = Field(None, description="share of the statutory VAT charged under the regime (China CBEC: 70%)")
    duty_deduction: Optional[Amount] = Field(
        None, description="an amount taken off the consignment's duty under the regime, apportioned to lines by value "
                          "and never below zero (Brazil: USD 20 off the 60% import tax)")
    tax_base: Literal["import", "sale_price"] = Field(
        "import", description="what the regime's tax is charged on: the pack's import base (customs value, duty ...), "
                              "or the goods' sale price alone, transport, insurance, duty and fees left out "
                              "(Malaysia's sales tax on low-value goods)")
    ref: Reference


class RegimeRules(Strict):
    refs: dict[str, Reference] = {}
    regimes: list[Regime]


class Group(Strict):
    title: str
    members: timeline(tuple[str, ...])


Action = Literal["block", "licence", "document", "flag"]
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")


def _rule_id(v: str) -> str:
    if not _RULE_ID.match(v):
        raise ValueError(f"rule ids are lower-case words joined by - _ or . (e.g. \"eu-knives\"), got {v!r}")
    return v


class GoodsRule(Strict):
    """Goods that an import rule catches: by HS code, or by words in the description (word boundaries,
    singular/plural alike, `@term` for a shared synonym list), narrowed by `when` and vetoed by `not_words`."""

    id: str
    category: str = Field(description="weapons, knives, e_cigarettes, alcohol, medicines, ... (see rules/README.md)")
    action: Action
    hs: Optional[tuple[str, ...]] = Field(None, description="HS prefixes or ranges such as 9301-9306")
    words: tuple[str, ...] = ()
    not_words: tuple[str, ...] = ()
    when: Optional[Condition] = None
    needs: tuple[str, ...] = Field((), description="licences, permits, certificates or markings required")
    message: str = Field(min_length=3)
    ref: Reference
    since: Optional[IsoDate] = None
    until: Optional[IsoDate] = Field(None, description="last day the rule applies")
    unverified: bool = False
    source: Optional[str] = None

    _id = field_validator("id")(classmethod(lambda cls, v: _rule_id(v)))

    @field_validator("hs", mode="before")
    @classmethod
    def _hs(cls, v):
        return Condition.model_validate({"hs": v}).hs if v is not None else None


class RestrictionRules(Strict):
    """restrictions.yaml: import prohibitions and restrictions of the pack's countries."""

    refs: dict[str, Reference] = {}
    rules: list[GoodsRule]


class Embargo(Strict):
    """A measure on exports: to whole countries, to regions (ISO 3166-2 or place names in the address),
    or, when `goods` is set, only on those goods (sectoral bans), optionally only above a value per item."""

    id: str
    name: str
    action: Literal["block", "licence", "flag"]
    destinations: tuple[str, ...] = ()
    regions: tuple[str, ...] = Field((), description="ISO 3166-2 codes, e.g. UA-43 (Crimea)")
    region_words: tuple[str, ...] = Field((), description="place names that put an address in a listed region")
    goods: Optional[Condition] = None
    above: Optional[Amount] = Field(None, description="applies to items whose unit value exceeds this")
    since: IsoDate
    until: Optional[IsoDate] = None
    message: str = Field(min_length=3)
    ref: Reference
    unverified: bool = False
    source: Optional[str] = None

    _id = field_validator("id")(classmethod(lambda cls, v: _rule_id(v)))


class DualUseList(Strict):
    name: str = Field(description="the list's key in data/screening/dual_use.csv, e.g. EU, US")
    title: str
    ref: Reference


class SanctionRules(Strict):
    """sanctions.yaml: what the pack's jurisdiction forbids or licenses on export."""

    refs: dict[str, Reference] = {}
    embargoes: list[Embargo] = []
    dual_use: Optional[DualUseList] = None


class TermsFile(Strict):
    """rules/terms.yaml: named word lists (a word and its synonyms and spellings)."""

    terms: dict[str, tuple[str, ...]]


class CodeGroup(Strict):
    """A named list of HS code prefixes several packs share (the WTO Agreement on Agriculture's products)."""

    title: str
    prefixes: tuple[str, ...] = Field(description="HS code prefixes (quoted, 2 to 10 digits, no dots)")
    ref: Reference

    @field_validator("prefixes", mode="before")
    @classmethod
    def _quoted(cls, v, info):
        return quoted_prefixes(v, info.field_name)

    @field_validator("prefixes")
    @classmethod
    def _code_prefixes(cls, v: tuple[str, ...], info) -> tuple[str, ...]:
        if not v:
            raise ValueError("a code group lists at least one HS code prefix")
        return code_prefixes(v, info.field_name)


class CodeGroupsFile(Strict):
    """rules/code_groups.yaml: named HS code prefix lists a pack's `excluding`/`unknown_under` name as `@name`."""

    refs: dict[str, Reference] = {}
    code_groups: dict[str, CodeGroup]


class GroupsFile(Strict):
    refs: dict[str, Reference] = {}
    groups: dict[str, Group]


class Case(Strict):
    """One YAML test: an input, the date, the expected figures (a subset of the result)."""

    name: str
    kind: Literal["quote", "resolve", "classify", "screen"] = "quote"
    source: Optional[str] = Field(None, description="the legal source the expected figures were worked from")
    input: dict[str, Any]
    expect: dict[str, Any]


class CaseFile(Strict):
    cases: list[Case]


FILE_KINDS: dict[str, type[BaseModel]] = {
    "pack.yaml": PackMeta,
    "customs.yaml": CustomsRules,
    "vat.yaml": VatRules,
    "regimes.yaml": RegimeRules,
    "restrictions.yaml": RestrictionRules,
    "sanctions.yaml": SanctionRules,
}
