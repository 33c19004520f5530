"""A user's past classification decisions, used first: the nearest past descriptions by
IDF-weighted token overlap vote for their codes."""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import InvalidCode
from ..hs.codes import normalize
from ..hs.nomenclature import nomenclature
from ..text import tokens

_STOP = frozenset("a an and the for with of in on to by new hot 1 2 3 pc pcs set piece style fashion women men".split())


@dataclass(frozen=True)
class Match:
    description: str
    code: str
    similarity: float


class History:
    """Past decisions (description -> code), indexed for nearest-neighbour lookup."""

    def __init__(self, pairs) -> None:
        self.rows: list[tuple[str, str, frozenset[str]]] = []
        postings: dict[str, list[int]] = {}
        for n, (desc, code) in enumerate(pairs, start=1):
            code = normalize(code)
            if len(code) < 6 or not nomenclature.is_subheading(code[:6]):
                raise InvalidCode(f"history row {n}: {code!r} is not under an HS 2022 subheading")
            toks = frozenset(t for t in tokens(str(desc)) if t not in _STOP)
            for t in toks:
                postings.setdefault(t, []).append(len(self.rows))
            self.rows.append((str(desc), code, toks))
        total = max(len(self.rows), 1)
        self.idf = {t: math.log(1 + total / len(ids)) for t, ids in postings.items()}
        self.postings = postings

    def __len__(self) -> int:
        return len(self.rows)

    def nearest(self, toks: list[str], k: int = 3) -> list[Match]:
        query = frozenset(t for t in toks if t not in _STOP)
        overlap: dict[int, float] = {}
        for t in query:
            w = self.idf.get(t)
            if w is None:
                continue
            for i in self.postings[t]:
                overlap[i] = overlap.get(i, 0.0) + w
        if not overlap:
            return []
        qw = sum(self.idf.get(t, math.log(1 + len(self.rows))) for t in query)
        out = []
        for i, common in overlap.items():
            _, _, rt = self.rows[i]
            union = qw + sum(self.idf[t] for t in rt) - common
            out.append((common / union if union else 0.0, i))
        out.sort(key=lambda x: (-x[0], x[1]))
        return [Match(self.rows[i][0], self.rows[i][1], round(s, 4)) for s, i in out[:k]]
