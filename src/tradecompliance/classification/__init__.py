"""Classification of free-text products to HS 2022 subheadings and national tariff lines.

The knowledge (product vocabulary, splits, materials, category priors, overrides) is YAML under
`data/hs_codes/`, editable by a compliance team; `classifier()` loads it once."""
from .engine import Candidate, Classification, Classifier, classifier, classify
from .request import ClassifyRequest

__all__ = ["Candidate", "Classification", "ClassifyRequest", "Classifier", "classifier", "classify"]
