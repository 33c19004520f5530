"""Facts the tariff splits on, read from a listing: materials (in order of importance),
knitted or woven, and for whom.  Attributes outrank the title; a percentage composition
("95% cotton 5% spandex") orders fibres by share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text import phrase_key
from .knowledge import Knowledge

METALS = frozenset("precious_metal silver plated base_metal steel stainless aluminium zinc copper".split())
# what jewellery is made of when it is not metal: a category's "Fine Jewelry" does not make it gold
NON_METAL_JEWELLERY = frozenset("pearl stone shell vegetable".split())
# words of the base-metal class that name no particular metal ("metal", "alloy"): a precious metal may be meant
_METAL_IN_GENERAL = frozenset({"metal", "metals", "alloy"})
_PERCENT = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*%\s*([a-zA-Z][a-zA-Z ]{1,30})")


@dataclass
class Facts:
    materials: list[str] = field(default_factory=list)  # classes, most important first
    material_evidence: dict[str, str] = field(default_factory=dict)  # class -> "attribute Material=Alloy"
    knit: bool | None = None
    knit_evidence: str = ""
    knit_from_fabric_name: bool = False  # only a fabric-type attribute said it: no match for a garment's own nature
    person: str | None = None
    person_evidence: str = ""
    phrases: set[tuple[str, ...]] = field(default_factory=set)  # condition phrases present
    own_phrases: set[tuple[str, ...]] = field(default_factory=set)  # of them, those the title or attributes say
    # those that can rule a rule out: the title's, the attributes' and those of category levels naming one
    # kind of goods ("Artificial & Dried Flowers" rules out neither)
    veto_phrases: set[tuple[str, ...]] = field(default_factory=set)
    title_material_spans: list[tuple[int, int]] = field(default_factory=list)  # where the title names a material in 2+ words
    material_named: dict[str, tuple] = field(default_factory=dict)  # class -> where it was named (one word can name several classes)
    named_classes: dict[tuple, set] = field(default_factory=dict)  # where a material was named -> the classes named there
    measures: dict = field(default_factory=dict)  # kind -> the powers or cylinder capacities stated (`stated_measures`)

    def add_material(self, cls: str, evidence: str, named: tuple = ()) -> None:
        where = (evidence, *named)
        self.named_classes.setdefault(where, set()).add(cls)
        if cls not in self.material_evidence:
            self.materials.append(cls)
            self.material_evidence[cls] = evidence
            self.material_named[cls] = where

    def refinement(self, where: tuple, want) -> str | None:
        """The class of `want` named by a word that names the material named at `where` more precisely
        ("wooden ... teak": teak is a wood, and a tropical one; "metal ... aluminium"), or None."""
        first = self.named_classes.get(where, set())
        return next((m for m in want for classes in self.named_classes.values() if m in classes and first < classes), None)

    def distinct_materials(self, classes) -> int:
        """How many materials the listing names among `classes`: "stainless steel" is one material (of the
        classes steel and base metal), "steel and plastic" two, "wooden ... teak" one."""
        wheres = {self.material_named[c] for c in classes}
        return sum(1 for w in wheres if not any(self.named_classes[w] < self.named_classes[o] for o in wheres))


# words after a material that make it a look, not what the good is made of ("marble pattern", "wood grain",
# "leather look"); after a textile fibre a print, style or colour word names a printed or dyed cloth of that
# fibre ("cotton print dress"), so only the words that always name a look count there
LOOK_WORDS = frozenset("pattern print effect look texture grain style design color colour tone".split())
ALWAYS_LOOK_WORDS = frozenset("pattern effect look texture grain".split())
FIBRE_CLASSES = frozenset("cotton wool silk linen synthetic artificial textile".split())
# a material right before a box ("wooden box", "leather gift box", "plastic storage box") named after the good,
# apart from it ("Watch Men Quartz | Wooden Box"), is the box's: the packing the good comes in (GRI 5(b))
BOX_WORDS = frozenset({"box"})
BOX_QUALIFIERS = frozenset("gift storage packaging display jewelry jewellery presentation".split())
# a metal right before a fastening ("Leather Watch Strap ... Stainless Buckle", "Silicone Band Steel Clasp") named
# after the good, in a title that names another material for it, is the fastening's: a strap or bracelet goes by
# what it is made of, its buckle or clasp being a fitting (HS 2022 heading 91.13 and subheading 7117.90 read on
# the band's material: CBP NY N229446, a leather bracelet with a base-metal clasp, 7117.90)
FASTENING_WORDS = frozenset("buckle buckles clasp clasps".split())
FASTENING_QUALIFIERS = frozenset("pin butterfly folding deployment deployant lobster magnetic magnet".split())


def _materials_in(k: Knowledge, text: str, facts: Facts, evidence: str) -> None:
    shares = sorted(((float(p), name) for p, name in _PERCENT.findall(text)), reverse=True)
    ordered = " ".join(name for _, name in shares) + " " + text if shares else text
    for start, end, payloads in k.find_in("materials", ordered):
        for cls in payloads:
            facts.add_material(cls, evidence, (start, end))


def without_occasions(k: Knowledge, toks: list[str]) -> list[str]:
    """The title's words with a gift's occasion blanked ("... Vase Christmas Gift"): the occasion a seller
    suggests giving it for says nothing of what the goods are, so no condition reads "christmas" in it."""
    return _blanked(k.occasions, toks)


def _blanked(index, toks: list[str]) -> list[str]:
    """`toks` with the phrases of `index` found in them blanked."""
    found = index.find(toks)
    if not found:
        return toks
    out = list(toks)
    for start, end, _ in found:
        out[start:end] = [""] * (end - start)
    return out


def extract(k: Knowledge, toks: list[str], attributes: dict[str, str], category_implies: dict, category_toks: tuple[str, ...] = (),
            single_toks: tuple[str, ...] = ()) -> Facts:
    """The facts of one listing. `category_toks` are the category path's tokens: condition phrases are
    looked for in the title and in the category path (each on its own: none spans the two); `single_toks`
    those of its levels that join no two kinds of goods."""
    facts = Facts()
    by_role = _attributes_by_role(k, attributes)
    # 1. attributes: a marketplace's list of metals names the metal, not a colour ("Metals Type: Silver"),
    # when its whole value is one of the list's entries; then the upper material (footwear), then other
    # material keys
    for key, value in by_role.get("metal_list", ()):
        for item in value.split(","):      # "Gold,Yellow Gold": each entry of the list on its own
            for start, end, payloads in k.find_in("metal_list", item):
                if start == 0 and end == len(phrase_key(item)):
                    for cls in payloads:
                        facts.add_material(cls, f"attribute {key}={value}")
    # the attributes that say what the good is made of: the upper's material (footwear) first, then the others
    material_attributes = [(key, value) for role in ("upper", "material") for key, value in by_role.get(role, ())]
    for key, value in material_attributes:
        _materials_in(k, value, facts, f"attribute {key}={value}")
    # a category's material ("Fine Jewelry": precious metal) stands unless an attribute names the metal
    implied = category_implies.get("material")
    implied_ok = implied and not (implied in METALS and any(m in METALS for m in facts.materials))
    # 2. title (already tokens: no percentage survives tokenising, so the words are matched as they stand).
    # A word standing alone that a longer material phrase of the title also holds restates that phrase:
    # "leather pants faux leather" names faux leather (plastics) twice, not genuine leather once
    found = k.materials.find(toks)
    in_phrases = {toks[i] for start, end, payloads in found if payloads and end - start > 1 for i in range(start, end)}
    # ... and so does one that an attribute's material phrase holds: "Leather" in a title whose attribute says
    # "PU Leather" is the seller's short name for that faux leather, not a second, genuine material
    for _key, value in material_attributes:
        vtoks = phrase_key(value)
        in_phrases.update(vtoks[i] for start, end, payloads in k.find_in("materials", value)
                          if payloads and end - start > 1 for i in range(start, end))
    for start, end, payloads in found:
        if end - start == 1 and toks[start] in in_phrases:
            continue
        if _of_the_box(k, toks, start, end) or _of_the_fastening(k, toks, start, end, payloads, found):
            continue
        # a material named for its look ("marble pattern", "wood grain", "leather look") is no material
        if end < len(toks) and toks[end] in LOOK_WORDS and (
                toks[end] in ALWAYS_LOOK_WORDS or FIBRE_CLASSES.isdisjoint(payloads)):
            continue
        for cls in payloads:
            facts.add_material(cls, "title", (start, end))
        if payloads and end - start > 1:
            facts.title_material_spans.append((start, end))
    # ... and unless the title names pearls, stones or a carving material (amber, coral, shell) with no metal
    # ("freshwater pearl necklace", "jadeite bangle" under Fine Jewelry: articles of pearls or stones, 71.16),
    # or names a base metal by its name ("tungsten carbide ring", "titanium band" under Fine Jewelry)
    if implied_ok and implied in METALS and any(
            "base_metal" in payloads and " ".join(toks[start:end]) not in _METAL_IN_GENERAL for start, end, payloads in found):
        implied_ok = False
    if implied_ok and not (any(m in NON_METAL_JEWELLERY for m in facts.materials)
                           and not any(m in METALS for m in facts.materials)):
        facts.add_material(implied, "category")
    # knitted / woven: an attribute saying how the cloth was made, else the title, else an attribute naming
    # the fabric (a marketplace's fabric list is often left at its default: "Broadcloth" on knitted tees)
    found, facts.knit_evidence = _first_named(k, "construction", by_role.get("construction", ()), toks)
    if not found:
        found, facts.knit_evidence = _first_named(k, "construction", by_role.get("fabric", ()), ())
        facts.knit_from_fabric_name = bool(found)
    if found:
        facts.knit = found[0] == "knitted"
    # person: an attribute, else what the category implies, else the title
    found, evidence = _first_named(k, "persons", by_role.get("gender", ()), ())
    if not found and category_implies.get("person"):
        found, evidence = [category_implies["person"]], "category"
        if found == ["child"]:   # "Children's Clothing": the title may still say boys' or girls'
            said, _ = _first_named(k, "persons", (), toks)
            if {"men", "women"} & set(said):
                found, evidence = said + found, "title (a child's, per the category)"
    if not found:
        # whom a seller suggests giving it to ("... Shorts Men ... Gift For Her") is the wearer only where the
        # title names nobody else
        found, evidence = _first_named(k, "persons", (), _blanked(k.recipients, toks))
        if not found:
            found, evidence = _first_named(k, "persons", (), toks)
    if found:
        facts.person, facts.person_evidence = _person(found), evidence
    # babies' garments prevail over the other headings (ch. 61 note 6(b), ch. 62 note 4(b)): a listing an
    # attribute or its category calls a baby's ("Department Name: baby" beside "Gender: girls") is one
    if facts.person != "baby":
        baby = next((f"attribute {key}={value}" for key, value in by_role.get("gender", ())
                     if any(p == "baby" for _, _, ps in k.find_in("persons", value) for p in ps)), None)
        if baby or category_implies.get("person") == "baby":
            facts.person, facts.person_evidence = "baby", baby or "category"
    own = k.words.present(without_occasions(k, toks))
    # what an attribute says a good is made of counts as said ("Material: Porcelain" for a rule on porcelain)
    for _key, value in material_attributes:
        own |= k.value_phrases(value)
    # the outer sole's material is said of the sole, never of the good ("Outsole Material: Rubber" reads
    # "rubber sole"): a condition on the sole sees it, the material of the upper does not
    for _key, value in by_role.get("outsole", ()):
        own |= k.value_phrases(f"{value} sole")
    # an attribute naming the good's technical kind ("Battery Type: Ni-MH", "Movement: Automatic") is said of it
    for _key, value in by_role.get("kind", ()):
        own |= k.value_phrases(value)
    facts.own_phrases = own
    facts.phrases = own | k.category_phrases(category_toks) if category_toks else own
    facts.veto_phrases = own | k.category_phrases(single_toks) if single_toks else own
    return facts


def _of_the_box(k: Knowledge, toks: list[str], start: int, end: int) -> bool:
    """Whether the material at toks[start:end] is said of a box ("wooden box", "leather gift box") that follows a
    good named before it with other words between: the box the good is packed in, whose material is not the
    good's. Right after the good ("necklace | wooden box") the box is itself the good."""
    box = end < len(toks) and (toks[end] in BOX_WORDS or (
        toks[end] in BOX_QUALIFIERS and end + 1 < len(toks) and toks[end + 1] in BOX_WORDS))
    return box and start > 1 and _good_named_in(k, toks[:start - 1])


def _of_the_fastening(k: Knowledge, toks: list[str], start: int, end: int, payloads, found) -> bool:
    """Whether the material at toks[start:end] is a metal said of a buckle or clasp (FASTENING_WORDS) named after
    the good, while the title names another material that is no metal: the fitting's, not the good's."""
    at = end + (end < len(toks) and toks[end] in FASTENING_QUALIFIERS)
    if not (at < len(toks) and toks[at] in FASTENING_WORDS and start > 0):
        return False
    if METALS.isdisjoint(payloads):
        return False
    other = any(s != start and named and METALS.isdisjoint(named) for s, _, named in found)
    return other and _good_named_in(k, toks[:start])


def _good_named_in(k: Knowledge, toks: list[str]) -> bool:
    """Whether these words name a good in full (a vocabulary entry of weight 1 or more, no generic noun)."""
    return any(any(entry.weight >= 1 for _, entry in payloads) for _, _, payloads in k.products.find(toks))


def _attributes_by_role(k: Knowledge, attributes: dict[str, str]) -> dict[str, list[tuple[str, str]]]:
    """The non-empty attributes whose key plays a role (material, upper, fabric, gender), in listing order;
    of keys that read the same ("Material:", "material") the last value counts."""
    named: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for key, value in attributes.items():
        nkey, roles = k.attribute_roles(key)
        if roles:
            named[nkey] = (key, value, roles)
    out: dict[str, list[tuple[str, str]]] = {}
    for key, value, roles in named.values():
        if value:
            for role in roles:
                out.setdefault(role, []).append((key, value))
    return out


def _first_named(k: Knowledge, index: str, role_attributes, toks) -> tuple[list[str], str]:
    """What the phrase index `index` finds in the first of the role's attributes that names anything,
    else in `toks`."""
    for key, value in role_attributes:
        found = [p for _, _, ps in k.find_in(index, value) for p in ps]
        if found:
            return found, f"attribute {key}={value}"
    found = [p for _, _, ps in getattr(k, index).find(toks) for p in ps]
    return found, ("title" if found else "")


def _person(found: list[str]) -> str:
    s = set(found)
    if "baby" in s:
        return "baby"
    if "unisex" in s or ("women" in s and "men" in s):
        return "unisex"
    # "toddler boys", "kids girls": the boy or girl decides the men's-or-boys' / women's-or-girls' heading
    return next((p for p in found if p in ("men", "women")), found[0])
