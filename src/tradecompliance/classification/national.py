"""Choosing the destination's national line (US HTS 10-digit, EU CN 8-digit, UK 10-digit) under
an HS subheading: the line whose own words (those its siblings do not share) the listing uses most, else
the residual "Other" line."""
from __future__ import annotations

from functools import lru_cache

from ..hs.national import NationalLines, national_lines
from ..text import phrase_key

_STOP = frozenset("of or and the other than not a in for with whether including excluding n e c nesoi".split())


@lru_cache(maxsize=512)
def jurisdiction_for(destination: str | None) -> str | None:
    """Which national schedule applies: the rule pack that covers the destination (eu, gb, us)."""
    if not destination:
        return None
    from ..packs.loader import load_rules

    pack = load_rules().pack_for(destination.upper())
    return pack.meta.name if pack is not None else None


# the words national lines use for a material class the listing was found to be of, where they are not the
# class's own name ("base_metal" reads "base metal" as it is): tariff texts say "man-made fibres" for
# synthetic and artificial ones, "base metal" for steel, zinc, aluminium ...
_MATERIAL_WORDS = {"synthetic": "synthetic man-made", "artificial": "artificial man-made", "steel": "steel iron base metal",
                   "zinc": "zinc base metal", "aluminium": "aluminium base metal", "silver": "silver precious metal",
                   "synthetic_hair": "synthetic textile"}


def listing_words(toks, materials) -> set[str]:
    """The words a national line is matched on: the listing's, and those its materials go by in the tariff."""
    words = set(toks)
    for m in materials:
        words.update(phrase_key(_MATERIAL_WORDS.get(m, m)))
    return words


def lines_for(jur: str | None) -> tuple[NationalLines, bool]:
    """The lines in use, and whether schedule `jur` (eu, gb, us or None) has any line: asked once per
    listing."""
    book = national_lines()
    return book, jur is not None and book.has(jur)


def pick_line(hs6: str, jur: str | None, text_tokens: set[str], book: NationalLines | None = None) -> tuple[str | None, str]:
    """The national line of schedule `jur` under `hs6` for a listing of these words, and why."""
    if jur is None:
        return None, ""
    lines = _lines_and_own_words(book if book is not None else national_lines(), jur, hs6)
    if not lines:
        return None, f"no {jur.upper()} national lines under {hs6} in data/hs_codes/{jur}.csv"
    best, best_score = None, 0.0
    for line, own in lines:
        score = len(own & text_tokens) / (1 + len(own)) if own else 0.0
        if score > best_score:
            best, best_score = line, score
    if best is not None:
        return best.code, f"{jur.upper()} line {best.formatted} '{best.description}' shares words with the listing"
    others = [x for x, _ in lines if x.description.lower().startswith("other")]
    chosen = (others or [x for x, _ in lines])[-1]
    return chosen.code, f"{jur.upper()} line {chosen.formatted} '{chosen.description}' (residual line)"


@lru_cache(maxsize=16384)
def _lines_and_own_words(book: NationalLines, jur: str, hs6: str) -> tuple:
    """The lines under a subheading, each with its own words: those of its text that its sibling lines do
    not share (the texts above the lines offer no choice). Worked out once per subheading."""
    lines = book.under(hs6, jur)
    words = [frozenset(t for t in phrase_key(line.description) if t not in _STOP) for line in lines]
    shared = frozenset.intersection(*words) if len(words) > 1 else frozenset()
    return tuple((line, own - shared) for line, own in zip(lines, words))
