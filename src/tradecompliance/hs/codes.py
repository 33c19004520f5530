"""Parse commodity codes the way people write them: '8517.13', '8517 13 00', '851713', '8517.13.0000'."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InvalidCode

SEPARATORS = re.compile(r"[\s.\-_/]")
_LEVELS = {2: "chapter", 4: "heading", 6: "subheading", 8: "national", 10: "national", 12: "national"}


def normalize(code: str | int) -> str:
    """Digits only; a lost leading zero (int 90111 or '90111') is not guessed back but refused."""
    if isinstance(code, bool) or not isinstance(code, (str, int)):
        raise InvalidCode(f"expected a commodity code as text, got {type(code).__name__}")
    text = str(code).strip()
    digits = SEPARATORS.sub("", text)
    if not digits.isdigit():
        raise InvalidCode(f"{text!r} is not a commodity code: only digits and the separators '.', ' ', '-' may appear")
    if len(digits) not in _LEVELS:
        raise InvalidCode(
            f"{text!r} has {len(digits)} digits; expected 2 (chapter), 4 (heading), 6 (subheading) "
            "or 8/10/12 (national line)"
        )
    return digits


@dataclass(frozen=True, order=True)
class HSCode:
    """A normalised code and its level. Truncations give the chapter, heading and subheading."""

    digits: str

    @classmethod
    def parse(cls, code: "str | int | HSCode") -> "HSCode":
        return code if isinstance(code, HSCode) else cls(normalize(code))

    @property
    def level(self) -> str:
        return _LEVELS[len(self.digits)]

    @property
    def chapter(self) -> str:
        return self.digits[:2]

    @property
    def heading(self) -> str | None:
        return self.digits[:4] if len(self.digits) >= 4 else None

    @property
    def subheading(self) -> str | None:
        return self.digits[:6] if len(self.digits) >= 6 else None

    def formatted(self) -> str:
        """Dotted form customs people read: 8517.13, 8517.13.00.00."""
        d = self.digits
        if len(d) <= 4:
            return d
        head, rest = d[:4], d[4:]
        return head + "." + ".".join(rest[i : i + 2] for i in range(0, len(rest), 2))

    def __str__(self) -> str:
        return self.digits
