"""Names reduced to what identifies them: transliterated to Latin (anyascii), case and accents folded,
punctuation dropped, legal-form words (LLC, GmbH, OOO, ...) removed, so that "OOO «Торговый Дом»"
and "Torgovyi Dom LLC" can meet."""
from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

LEGAL_FORMS = frozenset("""
llc ltd limited inc incorporated corp corporation co company plc llp lp gmbh ag kg ohg ug mbh sa sas sarl srl spa
sl bv nv oy ab as asa aps oao ooo zao pao ojsc pjsc jsc cjsc tov pt tbk bhd sdn pte pvt kk fzco fze fzc dmcc
establishment est trading holding holdings group the of and et und de del la le al el
""".split())
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=262144)
def name_tokens(name: str) -> tuple[str, ...]:
    """Significant tokens of a name, in order (legal forms dropped unless nothing else is left)."""
    text = _NON_ALNUM.sub(" ", anyascii(name).lower()).split()
    kept = tuple(t for t in text if t not in LEGAL_FORMS)
    return kept or tuple(text)


def normalize(name: str) -> str:
    return " ".join(name_tokens(name))
