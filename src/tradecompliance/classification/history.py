"""A user's past classification decisions, used first: the nearest past descriptions by
IDF-weighted token overlap vote for their codes, and the national lines of those codes (a team's
10-digit US lines, say) are the lines it is given under the subheadings it has decided before."""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..errors import InvalidCode, InvalidInput
from ..hs.codes import normalize
from ..hs.nomenclature import nomenclature
from ..text import tokens

_STOP = frozenset("a an and the for with of in on to by new hot 1 2 3 pc pcs set piece style fashion women men".split())


@dataclass(frozen=True)
class Match:
    description: str
    code: str
    similarity: float


# how alike a past decision must be to a listing to count as a decision on the same good
ALIKE = 0.35


class History:
    """Past decisions (description -> code), indexed for nearest-neighbour lookup."""

    def __init__(self, pairs, schedule: str | None = None) -> None:
        self.schedule = schedule    # the national schedule ("us", "eu" ...) of the codes longer than six digits
        self.rows: list[tuple[str, str, frozenset[str]]] = []
        postings: dict[str, list[int]] = {}
        lines: dict[str, Counter] = {}
        problems: list[tuple[str, str]] = []
        for n, (desc, code) in enumerate(pairs, start=1):
            try:
                code = normalize(code)
                if len(code) < 6 or not nomenclature.is_subheading(code[:6]):
                    raise InvalidCode(f"{code!r} is not under an HS 2022 subheading")
            except InvalidCode as exc:
                problems.append((f"history row {n}", f"{str(desc)[:60]!r}: {exc}"))
                continue
            toks = frozenset(t for t in tokens(str(desc)) if t not in _STOP)
            for t in toks:
                postings.setdefault(t, []).append(len(self.rows))
            self.rows.append((str(desc), code, toks))
            if len(code) > 6:
                lines.setdefault(code[:6], Counter())[code] += 1
        if problems:
            # every bad row named (the first 20), so a table of past decisions is fixed in one pass
            more = [("", f"... and {len(problems) - 20} more rows")] if len(problems) > 20 else []
            raise InvalidInput(problems[:20] + more)
        total = max(len(self.rows), 1)
        self.idf = {t: math.log(1 + total / len(ids)) for t, ids in postings.items()}
        self.postings = postings
        # per subheading, the national line the team gave it most often (ties: the lowest code) and how often
        self._usual = {sub: (min(c, key=lambda code: (-c[code], code)), c, sum(c.values())) for sub, c in lines.items()}

    def __len__(self) -> int:
        return len(self.rows)

    def similarities(self, toks: list[str]) -> dict[int, float]:
        """Row -> IDF-weighted Jaccard similarity to the listing's words, for the rows sharing any word."""
        query = frozenset(t for t in toks if t not in _STOP)
        overlap: dict[int, float] = {}
        for t in query:
            w = self.idf.get(t)
            if w is None:
                continue
            for i in self.postings[t]:
                overlap[i] = overlap.get(i, 0.0) + w
        if not overlap:
            return {}
        qw = sum(self.idf.get(t, math.log(1 + len(self.rows))) for t in query)
        out = {}
        for i, common in overlap.items():
            union = qw + sum(self.idf[t] for t in self.rows[i][2]) - common
            out[i] = common / union if union else 0.0
        return out

    def nearest(self, toks: list[str], k: int = 3, sims: dict[int, float] | None = None) -> list[Match]:
        sims = self.similarities(toks) if sims is None else sims
        best = sorted(sims.items(), key=lambda x: (-x[1], x[0]))[:k]
        return [Match(self.rows[i][0], self.rows[i][1], round(s, 4)) for i, s in best]

    def lines_near(self, sims: dict[int, float]) -> dict[str, Match]:
        """Per subheading, the past decision with a national line that is most like the listing."""
        out: dict[str, tuple[float, int]] = {}
        for i, s in sims.items():
            code = self.rows[i][1]
            if len(code) > 6 and s > 0 and (code[:6] not in out or (s, -i) > (out[code[:6]][0], -out[code[:6]][1])):
                out[code[:6]] = (s, i)
        return {sub: Match(self.rows[i][0], self.rows[i][1], round(s, 4)) for sub, (s, i) in out.items()}

    def line_for(self, hs6: str, near: dict[str, Match], decided: bool = False) -> tuple[str, str] | None:
        """(national line, why) the history gives subheading `hs6` for a listing (`near`: `lines_near` of its
        similarities): the line of a past decision alike to it (similarity ALIKE or more) under it; else, unless
        the listing's own words `decided` the bundled line (a past decision on another good, or the team's usual
        line, says less of this listing than its words), the line of the most alike past decision there, else the
        team's usual line there."""
        m = near.get(hs6)
        if m is not None and (m.similarity >= ALIKE or not decided):
            return m.code, f"{self.schedule.upper()} line {m.code} from your history ('{m.description[:60]}', similarity {m.similarity:.2f})"
        if decided:
            return None
        usual = self._usual.get(hs6)
        if usual is None:
            return None
        code, counts, total = usual
        return code, f"{self.schedule.upper()} line {code} from your history: your usual line under {hs6} ({counts[code]} of {total} past decisions)"
