"""Fuzzy name matching against list aliases, as screening tools do it: candidates found through an
inverted index of tokens and token prefixes (so a typo or a reordered name still meets its entry), scored
with rapidfuzz, then corroborated or contradicted by country and date of birth."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from ..result import Decision, PartyHit
from .entries import ListEntry
from .normalize import name_tokens

FLAG_AT = 85.0
BLOCK_AT = 95.0
PREFIX = 3


@dataclass(frozen=True)
class _Alias:
    entry: int
    name: str
    norm: str
    tokens: tuple[str, ...]
    weak: bool


def _keys(tokens: tuple[str, ...]) -> set[str]:
    keys = set()
    for t in tokens:
        if len(t) >= 2:
            keys.add(t)
            keys.add("^" + t[:PREFIX])
            keys.add("$" + t[-PREFIX:])
    return keys


class PartyMatcher:
    """Scores 0-100; `block` at or above BLOCK_AT (a strong match to hold), `flag` at or above FLAG_AT."""

    def __init__(self, entries: list[ListEntry], flag_at: float = FLAG_AT, block_at: float = BLOCK_AT):
        self.entries = entries
        self.flag_at, self.block_at = flag_at, block_at
        self.aliases: list[_Alias] = []
        self.index: dict[str, list[int]] = {}
        self._index_keys = None                # the index keys as an Arrow array, for `could_match`
        for e, entry in enumerate(entries):
            seen = set()
            for alias in entry.names:
                toks = name_tokens(alias.name)
                norm = " ".join(toks)
                if not norm or norm in seen:
                    continue
                seen.add(norm)
                k = len(self.aliases)
                self.aliases.append(_Alias(e, alias.name, norm, toks, alias.weak))
                for key in _keys(toks):
                    self.index.setdefault(key, []).append(k)

    def score(self, q_tokens: tuple[str, ...], alias: _Alias) -> float:
        q = " ".join(q_tokens)
        s = fuzz.token_sort_ratio(q, alias.norm)
        if len(q_tokens) >= 2 and len(alias.tokens) >= 2:
            coverage = min(len(q_tokens), len(alias.tokens)) / max(len(q_tokens), len(alias.tokens))
            s = max(s, fuzz.token_set_ratio(q, alias.norm) * (0.85 + 0.15 * coverage))
        return s * (0.9 if alias.weak else 1.0)

    def could_match(self, names: list[str]) -> np.ndarray:
        """Per name, whether `match` could find any alias: False only where no word of the name, nor its
        first or last three letters, is a key of the index. Worked over the whole list at once in Arrow for
        names in ASCII (their words are a superset of `name_tokens`': legal forms and one-letter words are
        kept, which can only add keys); a name with other letters is always True, `match` transliterating it."""
        import pyarrow as pa
        import pyarrow.compute as pc

        n = len(names)
        arr = pa.array(names, type=pa.string())
        ascii_ = pc.fill_null(pc.string_is_ascii(arr), True).to_numpy(zero_copy_only=False)
        words = pc.split_pattern(pc.utf8_trim_whitespace(pc.replace_substring_regex(
            pc.utf8_lower(pc.fill_null(arr, "")), r"[^a-z0-9]+", " ")), " ")
        flat = pc.list_flatten(words)
        owner = pc.list_parent_indices(words).to_numpy(zero_copy_only=False)
        keys = self._index_keys
        if keys is None:                       # the index does not change: its keys are put in Arrow once
            keys = self._index_keys = pa.array(sorted(self.index), type=pa.string())
        hit = np.zeros(len(flat), dtype=bool)
        for candidate in (flat, pc.binary_join_element_wise("^", pc.utf8_slice_codeunits(flat, 0, PREFIX), ""),
                          pc.binary_join_element_wise("$", pc.utf8_slice_codeunits(flat, -PREFIX, 2**31 - 1), "")):
            hit |= pc.is_in(candidate, value_set=keys).to_numpy(zero_copy_only=False)
        out = np.zeros(n, dtype=bool)
        out[owner[hit]] = True
        return out | ~ascii_

    def match(self, name: str, country: str | None = None, date_of_birth: dt.date | None = None, limit: int = 5) -> list[PartyHit]:
        q_tokens = name_tokens(name)
        if not q_tokens:
            return []
        candidates: set[int] = set()
        for key in _keys(q_tokens):
            candidates.update(self.index.get(key, ()))
        best: dict[int, tuple[float, _Alias]] = {}
        for k in candidates:
            alias = self.aliases[k]
            s = self.score(q_tokens, alias)
            if s >= self.flag_at - 15 and s > best.get(alias.entry, (-1.0, None))[0]:
                best[alias.entry] = (s, alias)
        hits = []
        for e, (s, alias) in best.items():
            entry = self.entries[e]
            reasons = [f"name {' '.join(q_tokens)!r} ~ alias {alias.norm!r}: {s:.1f}" + (" (weak alias)" if alias.weak else "")]
            if country and entry.countries:
                if country in entry.countries:
                    s += 3
                    reasons.append(f"country {country} corroborates (listed: {', '.join(sorted(entry.countries))})")
                else:
                    s -= 10
                    reasons.append(f"country {country} not among listed countries {', '.join(sorted(entry.countries))}")
            if date_of_birth and entry.birth_dates:
                iso = date_of_birth.isoformat()
                if any(iso.startswith(d) or d.startswith(iso[:4]) for d in entry.birth_dates):
                    s += 5
                    reasons.append(f"date of birth {iso} corroborates (listed: {', '.join(entry.birth_dates)})")
                else:
                    s -= 30
                    reasons.append(f"date of birth {iso} differs from listed {', '.join(entry.birth_dates)}")
            s = max(0.0, min(100.0, s))
            if s >= self.flag_at:
                hits.append(PartyHit(list=entry.list, entry_id=entry.entry_id, name=entry.primary, alias=alias.name,
                                     score=round(s, 1), programs=list(entry.programs), reasons=reasons))
        hits.sort(key=lambda h: (-h.score, h.list, h.entry_id))
        return hits[:limit]

    def decision(self, hits: list[PartyHit]) -> Decision:
        if not hits:
            return "clear"
        return "block" if hits[0].score >= self.block_at else "flag"
