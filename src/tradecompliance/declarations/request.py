"""A declaration request as a typed model, so the HTTP adapter and batch paths validate it the same way."""
from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..models import Order, parse_model
from .result import Declaration, FormRequest

OutputFormat = Literal["json", "pdf", "xml"]
MEDIA = {"json": "application/json", "pdf": "application/pdf", "xml": "application/xml"}


class DeclareRequest(BaseModel):
    """An order and the form to fill for it."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    order: Order
    form: FormRequest = Field("postal", description="postal: CN 22 or CN 23, whichever the order needs")
    locale: Optional[str] = Field(None, max_length=20, description="CLDR locale for printed numbers and dates, e.g. de_DE")
    classify: bool = Field(True, description="let a confident classifier fill missing HS codes (noted in the result)")

    @classmethod
    def parse(cls, data: Any) -> "DeclareRequest":
        return data if isinstance(data, cls) else parse_model(cls, data)

    def run(self, *, rules=None, lists=None, classifier=None) -> Declaration:
        from . import declare

        return declare(self.order, self.form, rules=rules, lists=lists, locale=self.locale, classify=self.classify, classifier=classifier)


def render(decl: Declaration, fmt: OutputFormat) -> bytes:
    """The declaration as bytes of `fmt`; a format the form has no rendering for is an input error."""
    from ..errors import InvalidInput

    if fmt == "pdf" and decl.form == "h7":
        raise InvalidInput([("format", "the H7 data set has no printed form; ask for json or xml")])
    if fmt == "xml" and decl.form != "h7":
        raise InvalidInput([("format", f"XML is written for the h7 form; {decl.form} comes as json or pdf")])
    return {"json": lambda: decl.to_json().encode("utf-8"), "pdf": decl.to_pdf, "xml": decl.to_xml}[fmt]()
