"""Field-level checks shared by every form: required values, lengths (cut with a note, never silently),
descriptions too vague for customs, zero values and weights, HS codes (from the order or, when the
classifier is confident, from it). Problems carry the order path they come from, so a caller can fix them."""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Optional

from anyascii import anyascii

from ..errors import InvalidInput
from ..models import LineItem, Order, Party
from .result import FieldNote, PartyBlock
from .spec import FormSpec

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class DeclarationError(InvalidInput):
    """The order lacks what the form requires; `problems` lists (order field path, message) pairs."""


def printable(text: str) -> str:
    """Text the PDF core fonts can show (Windows-1252); anything else is transliterated to Latin."""
    try:
        text.encode("cp1252")
        return text
    except UnicodeEncodeError:
        return "".join(ch if _cp1252(ch) else anyascii(ch) for ch in text)


def _cp1252(ch: str) -> bool:
    try:
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


class Filler:
    """Collects errors and notes while one form is filled."""

    def __init__(self, spec: FormSpec, form: str, *, printed: bool, classifier=None):
        self.spec, self.form, self.printed, self.classifier = spec, form, printed, classifier
        self.errors: list[tuple[str, str]] = []
        self.notes: list[FieldNote] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append((path, message))

    def note(self, path: str, message: str, source: Optional[str] = None) -> None:
        self.notes.append(FieldNote(field=path, message=message, source=source))

    def finish(self) -> None:
        if self.errors:
            raise DeclarationError([(p, f"{m} [{self.form}]") for p, m in self.errors])

    def required(self, path: str, value: Any, what: str) -> bool:
        if value is None or (isinstance(value, (str, list)) and not value):
            self.error(path, f"{what} is required on this form")
            return False
        return True

    def text(self, path: str, value: Optional[str], limit: str) -> Optional[str]:
        """`value` cut to the form's limit for `limit`, with a note when cut or transliterated."""
        if value is None:
            return None
        lim = self.spec.limit(self.form, limit)
        if len(value) > lim.max:
            cut = value[: lim.max].rstrip()
            self.note(path, f"cut to {lim.max} characters: {value!r} -> {cut!r}", lim.source)
            value = cut
        if self.printed:
            shown = printable(value)
            if shown != value:
                self.note(path, f"printed as {shown!r}: the PDF form's font covers Latin-1 only", "layout")
        return value

    def description(self, path: str, value: str, *, postal: bool = False) -> str:
        words = [w.lower() for w in _WORD.findall(value)]
        nouns = self.spec.vague_nouns - (self.spec.vague_allowed_on_postal if postal else frozenset())
        vocab = nouns | self.spec.vague_qualifiers
        if not words or (all(w in vocab for w in words) and any(w in nouns for w in words)):
            self.error(path, f"description {value!r} is too vague for customs: say what the item is, what it is made of "
                             f"and what it is for (e.g. \"men's cotton T-shirt\") ({self.spec.ref('cbp_invoice')})")
        return self.text(path, value, "description") or value

    def positive(self, path: str, value: Optional[Decimal], what: str) -> Decimal:
        if value is None:
            self.error(path, f"{what} is required on this form")
            return Decimal(0)
        if value <= 0:
            self.error(path, f"{what} must be greater than zero on a customs form, got {value}")
        return value

    def check_party(self, path: str, party: Optional[Party], what: str, *, address: bool, postcode: bool = False) -> Optional[Party]:
        """`party` if given, with an error for each missing part of its address the form needs."""
        if not self.required(path, party, what):
            return None
        assert party is not None
        if address:
            self.required(f"{path}.address", party.address, f"{what}'s street address")
            self.required(f"{path}.city", party.city, f"{what}'s city")
        if postcode:
            self.required(f"{path}.postal_code", party.postal_code, f"{what}'s postcode")
        return party

    def party(self, path: str, party: Optional[Party], what: str, *, address: bool = True) -> Optional[PartyBlock]:
        if self.check_party(path, party, what, address=address) is None:
            return None
        assert party is not None
        lines = [self.text(f"{path}.address.{i}", a, "address_line") or "" for i, a in enumerate(party.address)] \
            if "address_line" in self.spec.lengths[self.form] else list(party.address)
        return PartyBlock(name=self.text(f"{path}.name", party.name, "name") or party.name, address=lines, city=party.city,
                          postal_code=party.postal_code, country=party.country, vat_id=party.vat_id, eori=party.eori,
                          phone=party.phone, email=party.email)

    def hs_code(self, i: int, line: LineItem, order: Order, *, required: bool, classify: bool) -> Optional[str]:
        """The line's code; if absent, the classifier's when it is confident enough (noted), else an error."""
        path = f"lines.{i}.hs_code"
        if line.hs_code:
            return line.hs_code
        if classify:
            from ..classification import classifier

            result = (self.classifier or classifier()).classify(line.description, category=line.category, attributes=line.attributes or None,
                         destination=order.destination_country, sku=line.sku)
            top = result.top
            if top is not None and result.status == "classified":
                self.note(path, f"HS {top.hs6} from the classifier (confidence {top.confidence:.2f} >= {result.threshold}): "
                                + "; ".join(top.explanation[:2]), "tradecompliance.classify")
                return top.hs6
            if required:
                shown = ", ".join(f"{c.hs6} ({c.confidence:.2f})" for c in result.candidates[:3])
                self.error(path, f"HS code is required on this form and the classifier is not confident enough to fill it "
                                 f"(candidates: {shown or 'none'}); give the code")
                return None
        if required:
            self.error(path, "HS code is required on this form")
        return None


def with_codes(order: Order, codes: list[Optional[str]]) -> Order:
    """The order with each line's HS code as the form declares it (filled in by the classifier where absent)."""
    return order.model_copy(update={"lines": [ln.model_copy(update={"hs_code": hs}) for ln, hs in zip(order.lines, codes)]})
