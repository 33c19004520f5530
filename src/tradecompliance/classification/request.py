"""A classification request as a typed model, so every adapter (HTTP, batch) validates it the same way."""
from __future__ import annotations

from typing import Any, Optional

from pydantic import BaseModel, ConfigDict, Field

from ..models import Country, NonNegative, parse_model
from .engine import Classification, Classifier, classifier


class ClassifyRequest(BaseModel):
    """One product listing to classify, with the destination whose national line is wanted."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    description: str = Field(min_length=1, max_length=2000, description="title and/or description")
    category: Optional[str] = Field(None, max_length=500, description="marketplace category path, e.g. 'Electronics > Audio'")
    attributes: dict[str, str] = Field({}, max_length=100, description="e.g. {\"material\": \"cotton\"}")
    destination: Optional[Country] = Field(None, description="ISO 3166 country whose national line to give")
    sku: Optional[str] = Field(None, max_length=200)
    top: int = Field(5, ge=1, le=20, description="number of candidates")
    value: Optional[NonNegative] = Field(None, description="unit value of the listing (one pair, one piece), for national lines "
                                                           "split by value (US footwear 'Valued over $12/pair')")
    currency: Optional[str] = Field(None, pattern="^[A-Za-z]{3}$", description="ISO 4217 code of `value` (default: the "
                                                                                "destination schedule's own, USD for the US)")

    @classmethod
    def parse(cls, data: Any) -> "ClassifyRequest":
        return data if isinstance(data, cls) else parse_model(cls, data)

    def run(self, clf: Classifier | None = None) -> Classification:
        return (clf or classifier()).classify(self.description, category=self.category, attributes=self.attributes,
                                              destination=self.destination, sku=self.sku, top=self.top,
                                              value=self.value, currency=self.currency)
