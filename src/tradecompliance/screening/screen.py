"""`screen(order)`: may this order go there? Import restrictions of the destination per line, export
embargoes and dual-use correlations of the exporter, and denied-party checks of every named party."""
from __future__ import annotations

from typing import Any

from ..models import Order, Party
from ..packs.conditions import Context
from ..packs.loader import RuleSet, load_rules
from .exports import embargo_findings, export_control_findings, exporter_packs
from .goods import line_matches, matcher_for
from .parties.lists import PartyLists, load_lists
from .result import Finding, LineScreening, PartyScreening, ScreeningResult, worst

PARTY_ROLES = ("buyer", "consignee", "importer_of_record", "seller")


def screen(order: Order | dict[str, Any], *, rules: RuleSet | None = None, lists: PartyLists | None = None) -> ScreeningResult:
    """Decisions (clear, flag, document, licence, block) per line, per party and for the order, each with
    the rule, what matched, the message and the legal reference. Deterministic for given packs and lists."""
    order = Order.parse(order)
    rules = rules or load_rules()
    lists = lists or load_lists()
    dest_pack = rules.pack_for(order.destination_country)
    exporters = exporter_packs(rules, order)
    order_findings, lines = screen_lines(rules, order, exporters)
    parties = screen_parties(order, lists)
    decision = worst([f.action for f in order_findings] + [ln.decision for ln in lines] + [p.decision for p in parties])
    packs = {p.name: p.version for p in [*([dest_pack] if dest_pack else []), *rules.international, *exporters]}
    return ScreeningResult(order_id=order.id, decision=decision, lines=lines, parties=parties, findings=order_findings,
                           packs=dict(sorted(packs.items())), lists=lists.sources)


def screen_lines(rules: RuleSet, order: Order, exporters) -> tuple[list[Finding], list[LineScreening]]:
    """(the order's own findings: embargoed destination or region, each line's screening). A line's
    findings depend on the order's setting and that line only, never on the other lines."""
    groups = rules.groups_at(order.date)
    contexts = [Context.for_line(order, line, groups) for line in order.lines]
    dest_pack = rules.pack_for(order.destination_country)
    words = matcher_for(rules, dest_pack) if dest_pack is not None and dest_pack.restrictions is not None else None
    baseline = [matcher_for(rules, p) for p in rules.international if p.restrictions is not None and p is not dest_pack]
    order_findings, embargo_lines = embargo_findings(rules, order, contexts, exporters)
    control_lines = export_control_findings(rules, contexts, exporters)
    lines = []
    for i, (line, ctx) in enumerate(zip(order.lines, contexts)):
        found: list[Finding] = []
        if words is not None:
            found += _restriction_findings(words, line.description, ctx, order.date)
        # international rules fill in the categories the destination's own pack does not speak to for this line
        own = {f.category for f in found}
        for m in baseline:
            found += [f for f in _restriction_findings(m, line.description, ctx, order.date) if f.category not in own]
        found += embargo_lines.get(i, []) + control_lines.get(i, [])
        lines.append(LineScreening(index=i, description=line.description, hs_code=line.hs_code,
                                   decision=worst(f.action for f in found), findings=found))
    return order_findings, lines


def screen_parties(order: Order, lists: PartyLists) -> list[PartyScreening]:
    """Denied-party checks of every named party of the order."""
    return [screen_party(role, party, lists) for role in PARTY_ROLES if (party := getattr(order, role, None)) is not None]


def screen_party(role: str, party: Party, lists: PartyLists, could_match: bool = True) -> PartyScreening:
    """The denied-party check of one party in its role: its name against the lists, corroborated or
    contradicted by its country and date of birth. `could_match=False` (from `PartyMatcher.could_match`,
    which the batch path asks once for many names) says no alias can be found, so none is looked for."""
    hits = lists.matcher.match(party.name, party.country, party.date_of_birth) if could_match else []
    return PartyScreening(role=role, name=party.name, country=party.country, decision=lists.matcher.decision(hits), hits=hits)


def _restriction_findings(matcher, description: str, ctx: Context, when) -> list[Finding]:
    out = []
    for compiled, matched in line_matches(matcher, description, ctx, when):
        r = compiled.rule
        out.append(Finding(kind="restriction", rule=r.id, action=r.action, category=r.category, message=r.message,
                           matched=matched, needs=list(r.needs), ref=str(r.ref), source=r.source,
                           pack=compiled.pack, unverified=r.unverified))
    return out
