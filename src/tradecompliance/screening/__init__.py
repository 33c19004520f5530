"""Screening: may this order go there? Goods restrictions, embargoes, export controls, denied parties."""
from .result import Finding, LineScreening, PartyHit, PartyScreening, ScreeningResult
from .screen import screen

__all__ = ["Finding", "LineScreening", "PartyHit", "PartyScreening", "ScreeningResult", "screen"]
