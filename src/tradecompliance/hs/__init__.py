"""Commodity codes: parsing as people write them, the HS 2022 nomenclature, and national tariff lines."""
from .codes import HSCode, normalize
from .nomenclature import Nomenclature, nomenclature

__all__ = ["HSCode", "normalize", "Nomenclature", "nomenclature"]
