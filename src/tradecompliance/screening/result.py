"""What `screen` returns: a decision per line, per party and for the order, each with its reasons."""
from __future__ import annotations

from typing import Literal, Optional

from pydantic import BaseModel

Decision = Literal["clear", "flag", "document", "licence", "block"]
SEVERITY: dict[str, int] = {"clear": 0, "flag": 1, "document": 2, "licence": 3, "block": 4}


def worst(decisions) -> Decision:
    return max(decisions, key=SEVERITY.__getitem__, default="clear")


class Finding(BaseModel):
    """One rule that caught a line or the order, and why."""

    kind: Literal["restriction", "embargo", "export_control"]
    rule: str
    action: Decision
    category: str
    message: str
    matched: str
    needs: list[str] = []
    ref: str
    source: Optional[str] = None
    pack: str
    unverified: bool = False


class LineScreening(BaseModel):
    index: int
    description: str
    hs_code: Optional[str]
    decision: Decision
    findings: list[Finding]


class PartyHit(BaseModel):
    """A list entry a party name resembles: which list, which entry, which alias, the score and why."""

    list: str
    entry_id: str
    name: str
    alias: str
    score: float
    programs: list[str]
    reasons: list[str]


class PartyScreening(BaseModel):
    role: str
    name: str
    country: Optional[str]
    decision: Decision
    hits: list[PartyHit]


class ScreeningResult(BaseModel):
    order_id: Optional[str] = None
    decision: Decision
    lines: list[LineScreening]
    parties: list[PartyScreening]
    findings: list[Finding]  # order-level: embargoes on the destination or region
    packs: dict[str, str]
    lists: dict[str, str]  # list name -> file date / version screened against
