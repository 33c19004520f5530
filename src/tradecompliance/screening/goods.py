"""Goods rules: which restriction rules of the destination's pack catch a line, by HS code or by words.

Words match whole tokens (singular and plural alike, hyphens as spaces), so "knife" never matches
"knifepleat"; `@term` expands to a synonym list from rules/terms.yaml; `not_words` veto a match."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..packs.conditions import Context, hs_matches
from ..packs.loader import Pack, RuleSet
from ..packs.schema import GoodsRule
from ..packs.values import active
from ..text import PhraseIndex, phrase_key


@dataclass(frozen=True)
class CompiledRule:
    rule: GoodsRule
    pack: str
    index: int


class WordMatcher:
    """All phrases of all rules of one pack in one longest-match index: one pass over a description."""

    def __init__(self, pack: Pack, terms: dict[str, tuple[str, ...]]):
        self.rules = [CompiledRule(r, pack.label, i) for i, r in enumerate(pack.restrictions.rules if pack.restrictions else [])]
        self.positive = PhraseIndex()
        self.negative = PhraseIndex()
        for c in self.rules:
            for word in c.rule.words:
                for phrase in _expand(word, terms):
                    self.positive.add(phrase_key(phrase), c.index)
            for word in c.rule.not_words:
                for phrase in _expand(word, terms):
                    self.negative.add(phrase_key(phrase), c.index)
        # a veto phrase must win over a shorter positive phrase inside it ("glue gun" over "gun")
        self.all = PhraseIndex()
        for phrase, payload in ((p, ("+", i)) for p, ids in self.positive._map.items() for i in ids):
            self.all.add(phrase, payload)
        for phrase, payload in ((p, ("-", i)) for p, ids in self.negative._map.items() for i in ids):
            self.all.add(phrase, payload)

    def hits(self, description: str) -> tuple[dict[int, str], set[int]]:
        toks = list(phrase_key(description))
        found: dict[int, str] = {}
        vetoed: set[int] = set()
        for start, end, payloads in self.all.find(toks):
            text = " ".join(toks[start:end])
            for sign, idx in payloads:
                if sign == "+":
                    found.setdefault(idx, text)
                else:
                    vetoed.add(idx)
        return found, vetoed


def _expand(word: str, terms: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    return terms.get(word[1:], ()) if word.startswith("@") else (word,)


def matcher_for(rules: RuleSet, pack: Pack) -> WordMatcher:
    key = ("restriction-words", pack.name)
    if key not in rules.derived:
        rules.derived[key] = WordMatcher(pack, rules.terms)
    return rules.derived[key]


def line_matches(m: WordMatcher, description: str, ctx: Context, when: dt.date) -> list[tuple[CompiledRule, str]]:
    """(rule, what matched) for every active rule of the pack that catches this line."""
    words, vetoed = m.hits(description)
    out = []
    for c in m.rules:
        r = c.rule
        if not active(r, when) or c.index in vetoed:
            continue
        if r.when is not None and not r.when.matches(ctx):
            continue
        by_hs = r.hs is not None and hs_matches(r.hs, ctx.hs)
        by_words = c.index in words
        if r.hs is None and not r.words:
            out.append((c, r.when.describe() if r.when else "every line"))
        elif by_hs:
            out.append((c, f"HS {ctx.hs} in {', '.join(r.hs)}"))
        elif by_words:
            out.append((c, f"description word {words[c.index]!r}"))
    return out
