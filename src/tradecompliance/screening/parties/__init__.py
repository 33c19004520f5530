"""Denied-party screening: consolidated sanctions lists read from their official file formats, and a
matcher that does what screening tools do (normalisation, transliteration, aliases, token order, fuzzy
scores, corroboration by country and date of birth)."""
from .entries import ListEntry
from .lists import PartyLists, load_lists
from .matcher import PartyMatcher

__all__ = ["ListEntry", "PartyLists", "PartyMatcher", "load_lists"]
