"""The classifier: vocabulary hits in the title and category, weighed by where they stand
(the good itself, or the thing it is "for"), resolved to subheadings by the tariff's own splits,
with the user's history and the team's overrides first.  Every candidate carries its evidence."""
from __future__ import annotations

import re
import threading
from typing import NamedTuple
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import InvalidInput
from ..hs.nomenclature import nomenclature
from ..models import parse_attributes
from .features import METALS, Facts, extract, without_occasions
from .history import ALIKE, History
from .knowledge import Knowledge, ProductEntry, Rule, Split, attribute_key, load_knowledge
from .line_measure import measured_subheading, shown, stated_measures
from .line_value import unit_value
from .national import RATE_LINE, jurisdiction_for, lines_for, listing_words, pick_line, splits_by_value
from .nomenclature_search import nomenclature_search
from .spelling import MIN_LENGTH, Speller
from ..text import MARKETPLACE_FILLER, is_plural, join_compounds, phrase_key, repair_capital_i, singular, tokens, unglue, without_versions, words_and_breaks

DEFAULT_THRESHOLD = 0.70  # HS6 precision 90.5% on 18.1% of the development set (0.65: 86.5% on 22.4%, 0.80: 95.7% on 9.9%; benchmarks/classify_accuracy.py --sweep)
# "para" / "pour" / "per": Spanish, Portuguese, French and Italian titles say "for" so ("funda para iPhone", "coque pour
# iPhone", "cover per iPhone"); an English "per" ("100 per bag") likewise puts what follows after the good
FOR_WORDS = frozenset("for compatible fit fits suitable para pour per".split())
WITH_WORDS = frozenset("with w plus include including contain containing mit avec con".split())
# words that give a name a head before its end ("fabric by the yard", "bag for women"): no noun compound
LINKING_WORDS = FOR_WORDS | WITH_WORDS | frozenset("of by the and in on to per".split())
PARTS_WORDS = frozenset("part replacement spare repair accessory attachment".split())
REPLACEMENT_WORDS = frozenset("replacement spare".split())  # "iphone 13 | replacement battery": the part itself, not its purpose ("repair tool")
ACCESSORY_WORDS = frozenset("accessory part".split())  # a category level "<good> accessories" sells what fits the good
GROUP_WORDS = frozenset("kit set".split())  # "whitening kit | led light": a name ending in kit or set is a whole good, no qualifier
MEASURE_WORDS = frozenset("set pack pair lot box bag bottle jar can case kit roll sheet bundle piece pcs pc packet carton dozen bunch cup glass".split())
CLAUSE_FACTOR = {"main": 1.0, "for": 0.25, "with": 0.4, "of": 0.25, "material": 0.4}
MODIFIER_FACTOR = 0.35  # "vacuum cleaner | filter", "shoe | bag": in an English compound the last noun is the good
RESTATED_FACTOR = 0.35  # "scooter tire ... solid tyre": a bare noun the title names again in a longer name says less than that name
LEVEL_WEIGHTS = (0.9, 0.525, 0.3, 0.225, 0.15)  # deepest category level first; below the title's own nouns (a title names the good, a category its neighbourhood)
# a category path naming a good the title never names, where the title's own evidence for its good is this strong
# (a good named with its synonyms, or twice), is more likely the seller's misfiling than the good: it weighs this
# much of its weight ("Hood Emblem ... Trunk Badge" filed under "Car Stickers", an ear pick under nail polish removal)
DISSENTING_PATH_FACTOR = 0.4
STRONG_TITLE_SCORE = 1.5
FIRST_BONUS = 1.3  # marketplace titles tend to name the good before what it goes with
# a title that opens with a store department ("Auto Parts | wiper blades", "Kitchen Gadgets | cheese grater")
# names the shelf, then the good: the department is weighed as a category would be
# "School Uniform | boys shirt": a uniform is a shelf of garments, the garment named after it the good
DEPARTMENT_WORDS = frozenset("accessory part supply tool gadget product essential equipment uniform".split())  # as tokens() gives them, singular
DEPARTMENT_FACTOR = 0.5
# words a title opens with that name nothing ("2024 New", "Hot Sale"): a department after them still opens the title
OPENING_FILLER = MARKETPLACE_FILLER | frozenset("original latest arrival newest upgraded upgrade gift gifts valentine valentines day "
                                                "christmas xmas".split())
# after a good, only names of a shelf of goods ("auto accessories", "car parts"); "crevice tool" is a good
LATER_DEPARTMENT_WORDS = DEPARTMENT_WORDS - {"tool", "gadget"}
# a watch's movement named before a band or strap that does not follow the watch right away ("Men Watch Quartz
# Stainless Steel Band", "Automatic Watch Men ... Steel Bracelet") says the band is the watch's own: a strap is
# sold by its width and fitting, never by the movement of a watch
MOVEMENT_WORDS = frozenset("quartz automatic mechanical chronograph tourbillon kinetic".split())
WATCH_CODES = ("9101", "9102")
# words between a device and a cover noun that keep them apart: what the cover is for or has, a part ("joy-con |
# replacement shell"), or a second good ("watch and bracelet", "watch + bracelet")
APART_WORDS = FOR_WORDS | WITH_WORDS | REPLACEMENT_WORDS | frozenset({"and"})
# after a good, a generic "decoration" or "decor" (an entry weighed below 1), even alone, says what the good is
# used as ("table runner ... rustic decoration"); a name of a good ending in it ("wall basket decor") is no such word
DECOR_WORDS = frozenset({"decoration", "decor"})
# the nouns of a cover, case or bag that shops write after the good it fits and a few words on it ("Sofa 3 Seater
# Stretch | Cover"): read with that good as the vocabulary's name for the cover ('sofa cover')
COVER_WORDS = frozenset("cover slipcover protector liner sleeve bag case pouch skin".split())
# the names of metals a seller gives a part by its colour or plating ("Gold Case", "Silver Case"), beside the metal materials
METAL_COLOUR_WORDS = frozenset("gold golden silver bronze".split())
# ... but a cover said to come off, be washed or charge the good is the good's own ("Baby Car Seat Convertible
# Washable | Cover", "Earbuds Bluetooth | Charging Case"): a feature of it
OWN_COVER_WORDS = frozenset("removable washable detachable included include includes charging replaceable".split())
# ... and words that describe a machine, not a cover, say the title still describes the machine ("Vacuum Cleaner
# Cordless | Dust Bag")
MACHINE_WORDS = frozenset("cordless electric rechargeable wireless bluetooth smart automatic digital".split())
# the words that end the search for such a cover: those, and what keeps two goods apart
COVER_STOP_WORDS = FOR_WORDS | WITH_WORDS | frozenset({"and"}) | OWN_COVER_WORDS | MACHINE_WORDS
# a gift box or bag named after a good, apart from it ("Pearl Earrings Women | Gift Box"), is what the good is
# packed in: packing entered with goods goes with them (GRI 5(b)), weighed as a feature ("with gift box")
PACKING_WORDS = frozenset("box bag packaging pouch case".split())
PACKING_KINDS = frozenset("storage packaging presentation".split())   # "plastic storage box" after the goods alike
PRIOR_MASS = 0.6  # score mass kept for "none of these", so one weak hit is not certain
ASSUMPTION_FACTOR = 0.85
DOUBT_FACTOR = 0.7
UNTITLED_FACTOR = 0.85  # the title never names it as the good itself: less sure (dev set, HS6 precision at 0.70: 89% -> 91% when introduced)
INSTEAD_SHARE = 0.4  # of a doubted candidate's score, given to the subheading its doubt points to
EXCLUDED_FACTOR = 0.3  # a category-only candidate in a chapter whose notes exclude the good the title names


@dataclass(frozen=True)
class Candidate:
    hs6: str
    national_code: str | None
    confidence: float
    description: str
    explanation: tuple[str, ...]
    # how the national line was chosen: listing, history, only, rate_line (a tie among statistical lines of one rate
    # line), tie, residual, or "" (national.SURE_BASES, national.quotable_code)
    national_basis: str = ""

    def as_dict(self) -> dict:
        return {"hs6": self.hs6, "national_code": self.national_code, "national_basis": self.national_basis,
                "confidence": self.confidence, "description": self.description, "explanation": list(self.explanation)}


@dataclass(frozen=True)
class Classification:
    candidates: tuple[Candidate, ...]
    status: str  # classified | needs_review
    threshold: float

    @property
    def top(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    def as_dict(self) -> dict:
        return {"status": self.status, "threshold": self.threshold, "candidates": [c.as_dict() for c in self.candidates]}


@dataclass
class _Acc:
    score: float = 0.0
    evidence: list[str] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    split: str | None = None
    override: bool = False
    doubts: list[str] = field(default_factory=list)
    titled: bool = False  # the title names it as the good itself (not after "for", not as a qualifier)
    as_part: bool = False  # reached as the parts subheading of a machine the listing is a part of


class Classifier:
    """Classify product descriptions. `Classifier.load(dir)` layers a team's knowledge over the
    bundled one; `fit(history)` adds past decisions, which are consulted first."""

    def __init__(self, knowledge: Knowledge, history: History | None = None, threshold: float = DEFAULT_THRESHOLD):
        self.k = knowledge
        self.history = history
        self.threshold = threshold
        self._category_cache: dict[tuple[str, ...], tuple[dict, list]] = {}
        self._level_cache: dict[str, tuple] = {}    # one category level read (`_level`): paths share their levels
        # the category entries by the phrase they key on, with their place in the vocabulary (whose order decides)
        self._categories_by_key: dict[tuple[str, ...], list] = {}
        for pos, ce in enumerate(knowledge.categories):
            self._categories_by_key.setdefault(ce.key, []).append((pos, ce))
        self._chapter_cache: dict[str, frozenset] = {}
        self._qualifier_cache: dict[tuple[str, ...], tuple] = {}
        self.table_answers: dict = {}  # classify_frame's answers by distinct input, across chunks (cleared by fit)
        # the codes of the devices each cover good encloses ("case" -> phone_case: phones, tablets, cameras ...)
        self._cover_codes: dict[str, frozenset[str]] = {}
        for entries in knowledge.products._map.values():
            for _, e in entries:
                if e.encloses:
                    self._cover_codes[e.target] = self._cover_codes.get(e.target, frozenset()) | frozenset(e.encloses)
        self._device_codes = frozenset(p for codes in self._cover_codes.values() for p in codes)
        # the parts subheadings of machines in the vocabulary ("3d printer part" names one directly)
        self._parts_codes = frozenset(e.parts for entries in knowledge.products._map.values()
                                      for _, e in entries if e.parts)
        # the words that make a material phrase on their own ("cotton", "steel"; reserved ones too)
        self._material_words = frozenset(p[0] for p, _ in knowledge.materials.items() if len(p) == 1)
        self._speller: Speller | None = None    # built on the first word the vocabulary does not know
        self._knowledge_note = f"knowledge: {', '.join(knowledge.files)}"   # the files every explanation ends with
        # the one-word names of persons ("men", "women", "kids"): a "for" clause naming one names no device
        self._person_words = frozenset(p[0] for p, found in knowledge.persons.items() if len(p) == 1 and found)

    @classmethod
    def load(cls, *dirs: str | Path, threshold: float = DEFAULT_THRESHOLD) -> "Classifier":
        return cls(load_knowledge(*dirs), threshold=threshold)

    def fit(self, table, description: str = "description", code: str = "hs_code", destination: str | None = None) -> "Classifier":
        """Use past decisions first. `table`: DataFrame, list of dicts, or (description, code) pairs.
        `destination`: a country whose national lines the past codes longer than six digits are (US: HTS
        10-digit lines); for every destination of that schedule the history then gives the line, ahead of the
        bundled lines: the most alike past decision's under the subheading chosen, else the team's usual one."""
        schedule = None
        if destination is not None:
            schedule = jurisdiction_for(destination)
            if schedule is None:
                raise InvalidInput([("destination", f"no rule pack covers {destination!r}, so its national lines are unknown")])
        if hasattr(table, "to_dict"):
            pairs = list(zip(table[description].astype(str), table[code].astype(str)))
        else:
            pairs = [(r[description], r[code]) if isinstance(r, dict) else tuple(r) for r in table]
        self.history = History(pairs, schedule)
        self.table_answers.clear()
        return self

    # --- public entry point -------------------------------------------------------------------
    def classify(self, description: str, *, category=None, attributes=None, destination: str | None = None,
                 sku: str | None = None, top: int = 5, value=None, currency: str | None = None) -> Classification:
        return self.classify_for(description, category=category, attributes=attributes, destinations=(destination,),
                                 sku=sku, top=top, value=value, currency=currency)[0]

    def classify_for(self, description: str, *, category=None, attributes=None, destinations=(None,),
                     sku: str | None = None, top: int = 5, value=None, currency: str | None = None) -> list[Classification]:
        """One listing for several destinations, one Classification each: the evidence is weighed once,
        only the national lines differ (a catalogue sold to many countries is classified once). `value`: the
        listing's unit value (one pair, one piece) in `currency` (the schedule's own when None), for the
        national lines the tariff splits by value."""
        return self.answers(self.weigh(description, category=category, attributes=attributes, sku=sku, top=top), destinations,
                            value=value, currency=currency)

    def weigh(self, description: str, *, category=None, attributes=None, sku: str | None = None, top: int = 5) -> "Weighed":
        """The evidence of one listing weighed: its ranked subheadings, before any national line is chosen. Only
        the lines depend on the destination and the unit value, so a listing sold at many prices is weighed once
        (`answers` then chooses the lines for each)."""
        r = self._read(description, category, attributes, sku)
        words, breaks, toks, spelled, levels, attrs, facts = r.words, r.breaks, r.toks, r.spelled, r.levels, r.attrs, r.facts
        _, cat_hits, _, cat_parts, _, leaf = r.category
        accs: dict[str, _Acc] = {}
        if r.forced:
            code, text = r.forced
            acc = accs.setdefault(code, _Acc())
            acc.score, acc.override = 1e6, True
            acc.evidence.append(text)
        targets: dict[str, tuple[_Acc, ProductEntry | None]] = {}
        named, features_from = self._title_hits(toks, targets, _ModifierBlocked(words, breaks), facts.title_material_spans, leaf)
        # "replacement", "repair" ... mark a part, unless inside the name of a good ("repair tool") or among
        # the features of a good named before ("hair clipper with 8 comb attachments")
        # ("... Fashion Accessories", "... Manicure Accessories": "accessories" after a word that names no good is a
        # shop's department, not a part; after a good, "Kettle Accessories", or before "for", it marks one)
        parts_context = cat_parts or any(t in PARTS_WORDS and not named[i] and i < features_from and (
            t != "accessory" or (i and named[i - 1]) or (i + 1 < len(toks) and toks[i + 1] in FOR_WORDS)) for i, t in enumerate(toks))
        # the goods the title names, and whether it names one strongly: a path naming another good then dissents
        dissent = max((a.score for a, _ in targets.values()), default=0.0) >= STRONG_TITLE_SCORE and set(targets)
        for target, weight, text, entry in cat_hits:
            if dissent and target not in dissent:
                weight *= DISSENTING_PATH_FACTOR
                text += " (the title names another good, weighed low)"
            acc, _ = targets.setdefault(target, (_Acc(), entry))
            acc.score += weight
            acc.evidence.append(text)
        self._attribute_hits(attrs, targets, levels)
        for target, (acc, entry) in targets.items():
            self._resolve(target, acc, entry, facts, parts_context, accs)
        self._contexts(accs, facts, levels)
        self._exclusions(accs)
        if r.measures:
            _measured(accs, r.measures)
        sims = self.history.similarities(toks) if self.history else {}
        self._history(toks, accs, sims)
        if not accs or max(a.score for a in accs.values()) < 0.3:
            self._nomenclature(toks, accs, scale=0.5)
        self._alternatives(accs, facts, top)
        if len(accs) < top:
            self._siblings(accs, top)
        if len(accs) < top:
            self._nomenclature(toks, accs, scale=0.05)
        if len(accs) < top:
            self._neighbours(accs, top)
        # a national line is chosen by the title's words and the path's
        return Weighed(self._ranked(accs), toks + list(r.category[2]), facts, spelled, sims, top, r.measures, {})

    def answers(self, weighed: "Weighed", destinations=(None,), *, value=None, currency: str | None = None) -> list[Classification]:
        """A weighed listing's Classification for each destination: its candidates with the national lines of
        the destination's schedule, chosen by the listing's words and its unit `value` in `currency`."""
        by_schedule: dict[str | None, Classification] = {}   # DE and FR (one schedule, the CN) get one answer
        schedules = [jurisdiction_for(d) for d in destinations]
        # the national lines of the user's past decisions, for the schedule they are of
        own = self.history.schedule if self.history else None
        near = self.history.lines_near(weighed.sims) if own is not None and own in schedules else None
        for j in schedules:
            if j not in by_schedule:
                by_schedule[j] = self._classification(weighed.ranked, weighed.line_toks, weighed.facts, j, weighed.top,
                                                      weighed.spelled, near if j == own else None, _unit_value(value, currency, j),
                                                      weighed.measures, weighed.picked)
        return [by_schedule[j] for j in schedules]

    def national_line(self, hs6: str, description: str, *, category=None, attributes=None,
                      destination: str | None = None, value=None, currency: str | None = None) -> tuple[str | None, str, str]:
        """The destination's national line under a subheading the seller gave, as the listing decides it: (code,
        why, basis) as `pick_line` gives them, the words read as `classify` reads them (its materials included:
        "PU" is plastic sheeting). A seller who knows the HS subheading seldom knows the CN or HTS line, whose
        rates may differ (CN 4202 22 10 and 4202 22 90)."""
        jur = jurisdiction_for(destination)
        book, has_lines = lines_for(jur)
        own = self.history is not None and self.history.schedule is not None and self.history.schedule == jur
        if not has_lines and not own:
            return None, "", ""
        r = self._read(description, category, attributes)
        toks = r.toks + list(r.category[2])
        near = self.history.lines_near(self.history.similarities(r.toks)) if own else None
        return self._line(hs6, jur, listing_words(toks, r.facts.materials, r.facts.person), book,
                          _unit_value(value, currency, jur), r.measures, near)

    def _line(self, hs6: str, jur: str, text: set, book, value, measures: dict, near: dict | None) -> tuple[str | None, str, str]:
        """(code, why, basis) of the national line under `hs6`: the bundled line `pick_line` gives for the listing's
        words, unless the history (`near`: its lines for this listing, `History.lines_near`) gives one first
        (`History.line_for`)."""
        national, why, basis = pick_line(hs6, jur, text, book, value, measures)
        from_history = self.history.line_for(hs6, near, decided=basis in ("listing", "only", "tie", RATE_LINE)) if near is not None else None
        return (*from_history, "history") if from_history is not None else (national, why, basis)

    def _read(self, description: str, category, attributes, sku: str | None = None) -> "_Reading":
        """The listing as the evidence is weighed on it: its words (compounds joined, slips respelled, version
        numbers and a reversed opening read), the category's levels and what they name, the attributes, the
        facts extracted, and an override that applies."""
        if not isinstance(description, str):
            raise InvalidInput([("description", f"description must be text, got {description!r}"[:200])])
        if not description.strip():
            raise InvalidInput([("description", "description is empty (or only blanks and control characters)")])
        attrs = parse_attributes(attributes)
        words, breaks = join_compounds(*words_and_breaks(unglue(repair_capital_i(description, self._known_word), self._glued_word)),
                                       self.k.compounds)
        toks = list(map(singular, words))             # = tokens(description), from the one scan
        words, spelled = self._respell(words, toks)
        levels = _category_levels(category)
        forced = self._override(toks, sku)
        if any(t in VERSIONED_WORDS for t in toks):   # "bluetooth 5 0 receiver" names a bluetooth receiver
            words, breaks = without_versions(words, breaks, VERSIONED_WORDS)
            toks = list(map(singular, words))
        words, reversed_note = self._reversed_opening(words, breaks, toks)
        spelled += reversed_note
        cat = self._category(levels)
        implies, _, cat_toks, _, single_toks, _ = cat
        facts = extract(self.k, toks, attrs, implies, cat_toks, single_toks)
        measures = facts.measures = stated_measures(" ; ".join((description, *attrs.values())))
        return _Reading(words, breaks, toks, spelled, levels, attrs, facts, cat, forced, measures)

    def __getstate__(self) -> dict:
        """Shipped to a worker (Dask, Spark) without the speller, which the worker builds when it needs it."""
        state = self.__dict__.copy()
        state["_speller"] = None
        return state

    def _respell(self, words, toks: list[str]) -> tuple:
        """Read a one-letter slip in a product word as the word (`spelling.Speller`; `toks` in place): the
        words so read, and the notes that say so, for the explanation."""
        notes = []
        for i, t in enumerate(toks):
            if len(words[i]) >= MIN_LENGTH and not self._known_word(t):
                if self._speller is None:
                    with _speller_lock:
                        if self._speller is None:
                            self._speller = Speller.of(self.k)
                fixed = self._speller.correct(t)
                if fixed:
                    notes.append(f"read '{words[i]}' as '{fixed}' (one letter off a word of the vocabulary: a misspelling)")
                    words = list(words)
                    words[i] = toks[i] = fixed
        return words, tuple(notes)

    def _reversed_opening(self, words, breaks, toks: list[str]) -> tuple:
        """A title opening with a name's two or three words the other way round ("Cover Sofa ...", "Lamp Table ...",
        "Cover Seat Car ...": the good first, as some shops write) read as the name (`toks` in place), when the
        vocabulary holds the reversed pair as a good and the pair as written as nothing. Only at the opening:
        further on, two nouns side by side are mostly two goods or a good and what it fits."""
        i = _opening_word(toks, len(toks))
        if i + 1 >= len(toks) or breaks[i + 1]:
            return words, ()
        a, b = toks[i], toks[i + 1]
        products = self.k.products
        # three words the other way round ("Cover Seat Car ...", "Bag Storage Vacuum ..."), under the same guards
        if i + 2 < len(toks) and not breaks[i + 2] and products.get((toks[i + 2], b, a)) and (a, b, toks[i + 2]) not in products \
                and a not in self._material_words and products.end_at(toks, i) <= i + 1:
            words = list(words)
            words[i], words[i + 2] = words[i + 2], words[i]
            toks[i], toks[i + 2] = toks[i + 2], a
            return words, (f"read '{words[i + 2]} {words[i + 1]} {words[i]}' as '{toks[i]} {b} {a}' (the vocabulary's name, written the other way round)",)
        # not after a material ("Rubber Grommets" is English order), nor where a longer name starts at the first word
        # or right after the pair, which the reversed pair would then qualify ("Map Wall | Poster" is a map)
        if (a, b) in products or not products.get((b, a)) or a in self._material_words or products.end_at(toks, i) > i + 1 \
                or (i + 2 < len(toks) and not breaks[i + 2] and products.end_at(toks, i + 2) > i + 2):
            return words, ()
        words = list(words)
        words[i], words[i + 1] = words[i + 1], words[i]
        toks[i], toks[i + 1] = b, a
        return words, (f"read '{words[i + 1]} {words[i]}' as '{b} {a}' (the vocabulary's name, written the other way round)",)

    def _glued_word(self, token: str) -> bool:
        """Whether a word run together in capitals is one the knowledge names as it stands: a product name
        begins with it ("KeyChain") or a split's condition does ("CarPlay": a head unit that plays media)."""
        return self.k.products.starts(token) or self.k.words.starts(token)

    def _known_word(self, token: str) -> bool:
        """Whether a product name or a material begins with this (singular, lower-case) word."""
        return self.k.products.starts(token) or self.k.materials.starts(token)

    # --- evidence gathering ---------------------------------------------------------------------
    def _override(self, toks: list[str], sku: str | None) -> tuple[str, str] | None:
        present = None
        for o in self.k.overrides:
            if o.sku and sku and o.sku == sku:
                return o.code, f"override for SKU {sku} ({o.source}): {o.reason}"
            if o.words:
                present = present or set(_ngrams(toks, 4))
                if all(w in present for w in o.words):
                    return o.code, f"override on words {[' '.join(w) for w in o.words]} ({o.source}): {o.reason}"
        return None

    def _head_final(self, toks: list[str], found: list) -> list:
        """A name that begins with a material ("aluminium pot", "stainless steel hose") and overlaps a longer
        name starting right after the material's words ("pot lid", "hose clamp") gives way to it: English names
        put the good last, and the material is read as a material all the same ("aluminium pot lid" is a pot lid
        of aluminium, "stainless steel hose clamps" hose clamps of steel). So does a name overlapped by a
        longer compound that goes on past it ("electric drill bit set")."""
        products, mats = self.k.products, self.k.materials
        for s, e, _ in found:
            if e - s < 2:
                continue
            material = mats.starts(toks[s])
            for k in range(s + 1, e):
                later = products.end_at(toks, k)
                # ... and so does any name overlapped by a longer noun compound that takes in its last words
                # and goes on ("electric drill | drill bit set": a drill bit set, for an electric drill; not
                # "sequin fabric | fabric by the yard", whose head comes first)
                if later > e and ((material and tuple(toks[s:k]) in mats) or (
                        later - k > e - s and LINKING_WORDS.isdisjoint(toks[k:later]))):
                    masked = list(toks)
                    masked[s:k] = [""] * (k - s)
                    return self._head_final(masked, products.find(masked))
        return found

    def _title_hits(self, toks: list[str], targets: dict, blocked: "_ModifierBlocked",
                    materials: list[tuple[int, int]] = (), leaf: "_Leaf" = None) -> tuple[list[bool], int]:
        """Scores the goods the title names into `targets`; returns, per token, whether a good's name (or a
        phrase naming none) holds it, and where the features of the first good named begin (its first "with";
        len(toks) if none). `leaf`: the goods the category path names (`_Leaf`)."""
        # a product noun inside a longer material phrase names the material ("bodhi seed", "coconut shell")
        # (a reserved phrase that names no good, "short sleeve", has consumed its words and is dropped)
        found = self._head_final(toks, self.k.products.find(toks))
        hits = [h for h in found
                if h[2] and not any(s <= h[0] and h[1] <= e and e - s > h[1] - h[0] for s, e in materials)]
        # words of a reserved phrase open no clause ("plus size" is no "plus"), nor does the "plus" of a
        # model's name ("iphone 15 plus", "galaxy s10 plus")
        reserved = _reserved(found) | _model_plus(toks)
        hits, enclosed = self._enclosures(toks, hits, reserved, alone=True)
        hits, named_as = self._compounds_for(toks, hits, reserved)
        hits, apart = self._covers_apart(toks, hits, enclosed)
        named_as.update(apart)
        # a noun made only of material words after another noun ("shower curtain polyester fabric") says
        # what that good is made of: it neither is the good nor is qualified by the noun before it
        mat_words = self._material_words
        only = [all(t in mat_words for t in toks[s:e]) for s, e, _ in hits]
        stuff = [i > 0 and only[i] and not only[i - 1] for i in range(len(hits))]
        fits, fits_from = _fits_until(toks, hits, reserved)
        # the hits from `fits_from` on that name a device (a good with parts of its own): what the part fits
        device_fitted = [0 <= fits_from <= s and any(e.parts for _, e in p) for s, _, p in hits]
        # a part named right before a device of the heading it is a part of ("handlebar | road bike"): the
        # device says what it fits, as "handlebar for road bike" would
        for i in range(1, len(hits)):
            if hits[i][0] == hits[i - 1][1] and _part_of(hits[i - 1][2], hits[i][2]):
                device_fitted[i] = True
        for i in enclosed:             # "iphone 15 | case": the case is the good, the phone what it fits
            device_fitted[i] = True
        for i in range(len(hits) - 1):  # "iphone 15 pro max | charger": the charger, fitting the phone
            if self._model_then_good(toks, hits, i):
                device_fitted[i] = True
        held = self._held(hits, device_fitted)
        for j in self._qualifier_named(toks, hits):
            device_fitted[j] = True
        again = _named_again(toks, hits)
        department = _department(toks, hits)
        packed = _packed(toks, hits)
        featured = self._features(toks, hits)
        state, pos, seen, first, for_at = "main", 0, {}, True, -1
        named = [False] * len(toks)
        features_from = len(toks)
        for i, (start, end, payloads) in enumerate(hits):
            named[start:end] = [True] * (end - start)
            for k in range(pos, start):
                t = toks[k]
                if k in reserved:
                    continue
                if t in FOR_WORDS:
                    state, for_at = "for", k
                elif state == "for" and first and t in self._person_words and all(
                        toks[j] in self._person_words or toks[j] == "and" for j in range(for_at + 1, k)):
                    # "Shaving Kit for Men | Safety Razor": before any good is named, a "for" clause naming whom
                    # the goods are for ends there; what follows is the good, not what it fits
                    state = "main"
                elif t in WITH_WORDS:
                    state = "with"
                    if not first:
                        features_from = min(features_from, k)
                elif t == "of" and k == pos and i and state == "main" and toks[k - 1] not in MEASURE_WORDS:
                    state = "of"   # "painting of buddha statue": what follows is the subject shown, not the good
            if stuff[i] and state == "main":
                state = "material"
            if state == "for" and i == 0 and self._opens_for_model(toks, start, payloads):
                state = "main"   # "For BMW E90 | Door Handle Cover": the model fitted, then the good
            serves = state == "main" and self._serves_tool(toks, hits, i)
            modifier = state == "main" and (serves or _qualifies(blocked, toks, hits, i, stuff)) and not self._good_of_set(toks, hits, i) \
                and i + 1 not in featured
            # "inner tube | road bike" sold under "Inner Tubes": the tube
            decided = bool(modifier and first and leaf and i + 1 < len(hits) and leaf.decides(payloads, hits[i + 1][2]))
            modifier = modifier and not decided
            # "iphone 13 | replacement battery": what the part fits; "battery replacement | iphone 11" the other way
            fitted = state == "main" and (end <= fits or device_fitted[i])
            # "leather cord | necklace making": a noun before "making", after the good is named, says what the
            # good is for making, as "for necklace making" would ("keychain making kit" names the keychain parts)
            made = state == "main" and not first and end < len(toks) and toks[end] == "making"
            clause = "for" if fitted or made else "with" if (i in packed or i in featured) and state == "main" else state
            # a part named right before the device it fits does not qualify that device
            modifier = modifier and not fitted and not made and not (i + 1 < len(hits) and device_fitted[i + 1])
            factor = MODIFIER_FACTOR if modifier else CLAUSE_FACTOR[clause]
            if again[i] is not None:
                factor *= RESTATED_FACTOR
            if i in department:
                factor *= DEPARTMENT_FACTOR
            for term, entry in payloads:
                repeat = seen.get(entry.target, 0)
                w = entry.weight * (1 + 0.25 * (end - start - 1)) * factor * 0.5 ** repeat
                if first and clause == "main" and not modifier and i not in department:
                    w *= FIRST_BONUS
                seen[entry.target] = repeat + 1
                got = targets.get(entry.target)
                if got is None:
                    got = targets[entry.target] = (_Acc(), entry)
                acc = got[0]
                acc.score += w
                acc.titled = acc.titled or (clause == "main" and not modifier)
                where = _WHERE["serves" if modifier and serves else "modifier" if modifier else "making" if made else held[i] if clause == "for" and i in held
                               else "packed" if i in packed and clause == "with" else "function" if i in featured and clause == "with" else clause]
                if decided:
                    where += " (before another product noun, but the category's last level names it and not the other: the good)"
                if i in named_as:
                    where += f" (named '{named_as[i]}')"
                if again[i] is not None:
                    where += f" (named again as '{again[i]}': weighed low)"
                if i in department:
                    where += " (a store department or a generic word for what it is used as, beside the good the title names: weighed low)"
                acc.evidence.append(f"title names '{term}'{where} ({entry.source})")
            if clause == "main" and not modifier and i not in department:
                first = False
            # a "with" clause names features of a good named before it; with none named yet ("heart with
            # pendant | silicone earphone case") it ends at the first thing it names, as a "for" clause does
            if (state in ("for", "of", "material") or (state == "with" and first)) and not (
                    state != "material" and i + 1 < len(hits) and (_modifies(blocked, end, hits[i + 1][0])
                                                                   or _makes(toks, blocked, end, hits[i + 1][0]))):
                state = "main"  # the clause ends at the first thing it names, or with the compound it begins ("for laptop | cpu")
            pos = end
        if not first:
            features_from = min([features_from] + [k for k in range(pos, len(toks)) if toks[k] in WITH_WORDS and k not in reserved])
        for k in reserved:       # a phrase that names no good ("car repair", "paint repair") marks no part either
            named[k] = True
        return named, features_from

    def _compounds_for(self, toks: list[str], hits: list, reserved: set) -> tuple[list, dict[int, str]]:
        """The hits with a part named before "for" and the device it fits read as the compound the
        vocabulary holds for both ("blade for oscillating multi tool": 'oscillating multi tool blade'; "filter
        for robot vacuum": 'robot vacuum filter'), and per such hit the words the title used. The compound
        is tried with the device's words from the longest tail down ("filter for robot vacuum cleaner":
        'vacuum cleaner filter'); the part's own name stays whole ("keyboard case for ipad" is no 'ipad
        case'). Only the next good named counts, with nothing but a "for" word and a brand or model between
        ("filter for dyson v8 | vacuum cleaner")."""
        if len(hits) < 2 or FOR_WORDS.isdisjoint(toks):
            return hits, {}
        named_as, out = {}, list(hits)
        for i in range(len(hits) - 1):
            (start, end, payloads), (d_start, d_end, _) = hits[i], hits[i + 1]
            gap = [k for k in range(end, d_start) if k not in reserved]
            if not gap or toks[gap[0]] not in FOR_WORDS or len(gap) > 4 or any(toks[k] in WITH_WORDS for k in gap) \
                    or any(e.encloses for _, e in payloads):     # a cover noun: `_enclosures` has read it
                continue
            part = tuple(toks[start:end])
            while len(part) > 1 and part[0] in REPLACEMENT_WORDS:    # "replacement blade": a blade
                part = part[1:]
            found = self._named_with_device(toks, part, d_start, d_end)
            if found:
                out[i] = (start, end, found)
                named_as[i] = " ".join(toks[start:d_end])
        return out, named_as

    def _covers_apart(self, toks: list[str], hits: list, enclosed: set[int]) -> tuple[list, dict[int, str]]:
        """The hits of a good followed, a few words on, by a cover noun the vocabulary names together with the
        good ("Sofa 3 Seater Stretch | Cover": 'sofa cover'; "Camera DSLR Waterproof | Bag": 'camera bag'; "Air
        Fryer Silicone | Liner"), read as that cover, and per such hit the words the title used: shops name the
        good a cover fits first and describe the cover after it. Right after the good the compound reads so
        already; a "for", "with", "and" or another good between ends the search, and a device a cover noun
        encloses (`enclosed`: "iphone 15 | case") or a cover itself is left to `_enclosures`' reading."""
        if COVER_WORDS.isdisjoint(toks):
            return hits, {}
        products = self.k.products
        out, named_as = list(hits), {}
        # a cover noun that begins or sits inside a longer name of another head is that name's ("Tool Kit | Case
        # Opener"); one heading its name is the cover ("Carrying Full | Zip Bag"). (Hits do not overlap, so the
        # positions after a good that such names hold are those of the names after it.)
        inside = {k for s2, e2, _ in hits if e2 - s2 > 1 and toks[e2 - 1] not in COVER_WORDS for k in range(s2, e2)}
        for i, (start, end, payloads) in enumerate(hits):
            if i in enclosed or any(e.encloses for _, e in payloads) or any(t in COVER_WORDS for t in toks[start:end]):
                continue
            # another good named between ends the search, unless it names the same good again or only a model, or
            # holds the cover noun itself ("Yoga Mat Carrying | Zip Bag")
            nxt_start, nxt_end = next((h[:2] for h in hits[i + 1:] if {e.target for _, e in h[2]} - {e.target for _, e in payloads}
                                       and any(e.weight >= 1 for _, e in h[2])), (len(toks), len(toks)))
            found = None
            for k in range(end + 1, min(len(toks), end + 6)):
                if (k > nxt_start and k >= nxt_end) or toks[k - 1] in COVER_STOP_WORDS:
                    break
                if k in inside:
                    continue
                if self._own_part(toks, k, payloads):
                    break
                covers = [c for c in ((toks[k - 1], toks[k]), (toks[k],)) if c[-1] in COVER_WORDS and (len(c) == 1 or k - 1 > end)
                          and not self._cover_noun_of(c[-1], payloads)]
                # (the words right before the good may belong to the cover's name: "Outdoor | Furniture ... Covers")
                found = next(((t, c, got) for c in covers for t in range(max(0, start - 2), end)
                              if (got := products.get(tuple(toks[t:end]) + c))), None)
                if found:
                    break
            # ... unless a material names the cover and the title names the good again after it ("Guest Book Rustic
            # | Wooden Cover | Signature Book"): the good's own cover, a feature of it ("Gas Grill Waterproof Cover ...
            # Gas Grill" stays a grill cover)
            if found and toks[k - 1] in self._material_words and any(
                    s2 > k and {e.target for _, e in p2} & {e.target for _, e in payloads} for s2, _, p2 in hits[i + 1:]):
                found = None
            if found:
                t, c, got = found
                out[i] = (start, end, got)
                named_as[i] = f"{' '.join(toks[t:end])} ... {' '.join(c)}"
        return out, named_as

    def _own_part(self, toks: list[str], k: int, payloads: list) -> bool:
        """Whether toks[k] is a word the good's entry calls one of its own parts (`own_parts`) with a metal right
        before it: "Quartz Watch Stainless Steel | Case", "Watch Rose Gold | Case" describe the watch's case,
        where "Watch Storage Leather Case" is a case for watches."""
        if not any(toks[k] in e.own_parts for _, e in payloads):
            return False
        before = toks[k - 1]
        return before in METAL_COLOUR_WORDS or any(c in METALS for c in self.k.materials.get((before,)))

    def _cover_noun_of(self, word: str, payloads: list) -> bool:
        """Whether `word` is a bare cover noun ("case", "cover") whose entry encloses the good of `payloads` (a
        phone, earbuds): `_enclosures` reads those."""
        return self._under(payloads, self._enclosed_by([(t, e) for t, e in self.k.products.get((word,)) if e.encloses]))

    def _enclosed_by(self, covers: list) -> set[str]:
        """The heading or subheading prefixes of the devices the cover payloads enclose."""
        return {p for _, e in covers for p in self._cover_codes.get(e.target, ())}

    def _under(self, payloads: list, prefixes) -> bool:
        """Whether a good of `payloads` has a code under one of `prefixes` (headings or subheadings)."""
        prefixes = tuple(prefixes)
        return bool(prefixes) and any(c.startswith(prefixes) for _, d in payloads for c in self._codes_of(d))

    def _opens_for_model(self, toks: list[str], start: int, payloads: list) -> bool:
        """Whether a title opens with "for" (after any opening filler: "2024 New", "Hot Sale"), names what it
        fits by words the vocabulary does not hold (a brand and model: "For BMW E90", "For Xiaomi Redmi Note
        12") and then a good that is no device with parts of its own: that good is the listing's (a named
        device, "For iPhone 13 | Case", ends the clause itself)."""
        f = _opening_word(toks, start)
        return (f < start and toks[f] in FOR_WORDS and start > f + 1 and not any(e.parts for _, e in payloads)
                and any(t and not self._known_word(t) for t in toks[f + 1:start]))

    def _serves_tool(self, toks: list[str], hits: list, i: int) -> bool:
        """Whether hit i names a substance (goods of chapters 1 to 38: a food, a cosmetic, a chemical) right
        before a word for a tool or container that no name in the vocabulary holds ("honey | dipper", "paint
        | rack"): the substance says what the tool is for; the tool is the good."""
        end = hits[i][1]
        if end >= len(toks) or toks[end] not in self.k.tool_heads or (i + 1 < len(hits) and hits[i + 1][0] == end):
            return False
        codes = [c for _, e in hits[i][2] for c in self._codes_of(e)]
        return bool(codes) and all(c[:2].isdigit() and 1 <= int(c[:2]) <= 38 for c in codes)

    def _good_of_set(self, toks: list[str], hits: list, i: int) -> bool:
        """Whether hit i names a particular good of the headings a bare set noun right after it holds
        (`sets_of`: "comedone extractor | tool kit"): a set of one kind of good is that good's, 82.06 being
        for sets of tools of two or more headings; the set noun's own code is no particular good. A name sharing a word with the set noun restates its kind
        ("hand tools | tool kit") and names no particular one."""
        start, end, _ = hits[i]
        if i + 1 >= len(hits) or hits[i + 1][0] != end:
            return False
        s2, e2, following = hits[i + 1]
        held = [e.sets_of for _, e in following]
        own = {e.target for _, e in following}
        return all(held) and set(toks[start:end]).isdisjoint(toks[s2:e2]) and any(
            c.startswith(h) and c not in own for _, e in hits[i][2] for c in self._codes_of(e) for sets in held for h in sets)

    def _features(self, toks: list[str], hits: list) -> set[int]:
        """The hits naming what a good named before them does (`feature_of`: "smart watch ... | heart rate
        monitor", "fitness tracker | blood pressure monitor"): a function the good has, weighed as a feature
        ("with a heart rate monitor"), not a second good, nor a good the first one qualifies; and those naming an
        accessory the good comes with (`accessory_of`), a few words after it with no "for" between ("Ring Light 10
        Inch | Tripod Stand | Phone Holder"): right after it the good's name qualifies the accessory ("Camera |
        Tripod" is a tripod)."""
        out = set()
        for i, (start, _, payloads) in enumerate(hits):
            first = payloads[0][1] if payloads else None
            if not i or first is None or not (first.feature_of or first.accessory_of):   # most hits: neither
                continue
            functions = [e.feature_of for _, e in payloads]
            if all(functions) and any(self._under(hits[j][2], tuple(c for f in functions for c in f)) for j in range(i)):
                out.add(i)
                continue
            kits = [e.accessory_of for _, e in payloads]
            if all(kits):
                codes = tuple(c for f in kits for c in f)
                device = next((j for j in range(i) if self._under(hits[j][2], codes)), None)
                if device is not None and hits[device][1] < start and FOR_WORDS.isdisjoint(toks[hits[device][1]:start]) \
                        and not (hits[i - 1][1] == start and self._under(hits[i - 1][2], codes)):
                    out.add(i)
        return out

    def _enclosures(self, toks: list[str], hits: list, reserved: set, alone: bool = False) -> tuple[list, set[int]]:
        """(the hits without the cover nouns that enclose nothing, the hits of devices a cover encloses).
        A cover noun ("case", "cover", "skin") names a good right after a device of the codes its entry
        lists, with no "for" or "with" between ("iphone 15 | case", "galaxy tab s9 | cover"), the device
        then saying what it fits; before "for" and such a device ("folio cover for | kindle"); or, with
        `alone` (a title), alone in one that names no other good ("kobo clara case"). Anywhere else
        ("ironing board ... cover", "tool set with case", a category level "Cases", an attribute "Type:
        Case") it says nothing of what the listing is. A named cover ("tablet case") is a good wherever
        it stands, and encloses the device named right before it alike."""
        if not any(e.target in self._cover_codes for _, _, p in hits for _, e in p):
            return hits, set()

        def device(hit, codes) -> bool:
            """A good of `codes` named by the hit; a cover noun is never the device another cover encloses (a split
            for covers may end in a code of the goods it encloses: a controller's skin)."""
            return self._under([(t, e) for t, e in hit[2] if not e.encloses], codes)

        def between(a: int, b: int, words) -> bool:
            return any(toks[k] in words for k in range(a, b) if k not in reserved)

        def named_again_after(i: int, codes) -> bool:
            """Whether the title names a device of `codes` again after cover noun i by a generic name (weighed
            1 or more: "wristwatch", not a model such as "iphone 15 pro", which sellers list by the dozen), with
            no "for" or "with" between and no cover noun after it ("Women Watch Rose Gold Mesh Band Quartz |
            Wristwatch"): the cover is that device's own and the listing the device."""
            for j in range(i + 1, len(hits)):
                if device(hits[j], codes) and any(d.weight >= 1 for _, d in hits[j][2]) \
                        and not between(hits[i][1], hits[j][0], FOR_WORDS | WITH_WORDS):
                    return not (j + 1 < len(hits) and any(e.encloses for _, e in hits[j + 1][2]))
            return False

        out, enclosed = [], set()
        kept_before = False                    # whether hits[i - 1] is kept as it was
        opened = False                         # whether the title opens with a cover noun for the device after it
        for i, (start, end, payloads) in enumerate(hits):
            bare = any(e.encloses for _, e in payloads)            # a cover noun ("case"), not a named cover
            covers = [(t, e) for t, e in payloads if e.encloses] if bare else payloads
            codes = self._enclosed_by(covers)
            if not codes:
                if opened:
                    enclosed.add(len(out))
                    opened = False
                out.append(hits[i])
                kept_before = True
                continue
            before = hits[i - 1] if i and kept_before else None
            after = hits[i + 1] if i + 1 < len(hits) else None
            rest = [(t, e) for t, e in payloads if not e.encloses]
            # "joy-con | replacement shell": a part of the device, not a cover for it (`_fits_until`); "watch and
            # bracelet set": two goods; a watch's movement named before a band that does not follow the watch right
            # away ("Automatic Mechanical Watch Men Skeleton ... Steel Bracelet"), or after it before any "for" ("Kids
            # Watch Cartoon Silicone Strap | Quartz"), describes the watch, whose own band it is
            if before is not None and not between(before[1], start, APART_WORDS) and device(before, codes) \
                    and not (start > before[1] and device(before, WATCH_CODES) and (between(0, start, MOVEMENT_WORDS) or any(
                        toks[k] in MOVEMENT_WORDS for k in range(end, _clause_end(toks, end))))) \
                    and not (alone and named_again_after(i, codes)):
                enclosed.add(len(out) - 1)
                out.append((start, end, covers))
            elif not bare or (after is not None and between(end, after[0], FOR_WORDS) and device(after, codes)):
                out.append((start, end, covers))
            elif alone and i == 0 and not rest and after is not None and after[0] == end and device(after, codes):
                # a title opening with a cover noun that names no good of its own, the device right after it ("Cover
                # iPhone 14 Pro", "Coque Samsung Galaxy S23", "Funda iPhone 13": the Romance languages' order): the
                # cover for it ("Bracelet Watch" is a watch: a bracelet is jewellery too)
                out.append((start, end, covers))
                opened = True
            elif rest:                        # the word's own good ("bracelet": jewellery) where no device is near
                out.append((start, end, rest))
            elif alone and len(hits) == 1:    # alone in a title: the cover itself ("kobo clara case")
                out.append((start, end, covers))
            elif after is not None and between(end, after[0], FOR_WORDS) and (
                    named := self._named_with_device(toks, tuple(toks[start:end]), after[0], after[1])):
                out.append((start, end, named))   # "cover for air conditioner": the vocabulary's 'air conditioner cover'
            kept_before = False
        return out, enclosed

    def _named_with_device(self, toks: list[str], part: tuple[str, ...], d_start: int, d_end: int) -> list:
        """The payloads of the good the vocabulary names by a device's words followed by a part's or cover's
        ("robot vacuum filter", "air conditioner cover"), for a title that puts the part first ("filter for
        robot vacuum", "cover for air conditioner"): the device's words tried from the longest tail down; [] if
        none is named."""
        products = self.k.products
        for tail in range(d_start, d_end):
            found = products.get(tuple(toks[tail:d_end]) + part)
            if found:
                return found
        return []

    def _model_then_good(self, toks: list[str], hits: list, i: int) -> bool:
        """Whether hit i names a portable device by its model and the next hit, after nothing but the model's
        designation ("15 pro max", "s23", "11th gen"), another good: accessories are sold under the model
        they fit ("iphone 15 pro max | charger", "ipad pro 11 | keyboard"). The devices are those the cover
        nouns enclose (`encloses`), named by a term the vocabulary weighs below 1 as mostly naming what an
        accessory fits ("iphone", "galaxy tab"; not "drone": "drone 4k camera" is a drone); a good named
        right after a device with no designation between is a compound the English way already (`_modifies`)."""
        end, following = hits[i][1], hits[i + 1]
        gap = range(end, following[0])
        if not gap or not all(toks[k] in MODEL_WORDS or any(ch.isdigit() for ch in toks[k]) for k in gap):
            return False
        own = {e.target for _, e in hits[i][2]}
        return (any(d.weight < 1 and any(c.startswith(p) for c in self._codes_of(d) for p in self._device_codes) for _, d in hits[i][2])
                and not own & {e.target for _, e in following[2]} and any(e.weight >= 1 for _, e in following[2]))

    def _held(self, hits: list, fitted: list[bool]) -> dict[int, str]:
        """Marks as fitted (what a good is for) the goods named after a container whose entry `holds` their
        headings, or after a consumable whose entry `fits` them, and returns their indexes with how: "jewelry
        box organizer ... earring ring necklace storage case" is a box, the jewellery what it holds, as "for
        earrings" would say; "grinding wheel | bench grinder" is a wheel, the grinder what it fits."""
        codes: tuple[str, ...] = ()
        how = ""
        held: dict[int, str] = {}
        for i, (_, _, payloads) in enumerate(hits):
            if not codes:
                for _, e in payloads:
                    if e.holds or e.fits:
                        codes, how = (e.holds, "held") if e.holds else (e.fits, "fitted")
                        break
            elif self._under(payloads, codes):
                fitted[i] = True
                held[i] = how
        return held

    def _qualifier_named(self, toks: list[str], hits: list) -> list[int]:
        """The hits naming again what an earlier good's own name says it is for: "aquarium filter ... fish
        tank" (the aquarium), "coffee grinder ... coffee beans", "necklace display stand ... necklace". The
        words before the last of a compound name qualify it; a later name of the same good as that qualifier
        restates it, read as "for" would read it."""
        out: list[int] = []
        if len(hits) < 2:
            return out
        qualified: set[str] = set()
        for j, (s, e, payloads) in enumerate(hits):
            mine = {entry.target for _, entry in payloads}
            if qualified & mine:
                out.append(j)
            goods = self._qualifier_goods(tuple(toks[s:e - 1])) if e - s > 1 else ()
            if goods:
                # a qualifier of the good's own chapter says what kind it is ("battery pack", "watch
                # movement"), not what it is for
                chapters = {c for _, entry in payloads for c in self._chapters_of(entry)}
                qualified.update(target for target, of in goods if target not in mine and chapters.isdisjoint(of))
        return out

    def _qualifier_goods(self, words: tuple[str, ...]) -> tuple[tuple[str, frozenset], ...]:
        """(target, chapters) of each good named by the words before a compound's last word, by a name of weight 1
        or more (a weak one, "crystal" in "crystal rhinestones", says what the good is made of or like, not what it
        is for); compounds repeat across listings, so each is looked up once."""
        got = self._qualifier_cache.get(words)
        if got is None:
            got = tuple((entry.target, self._chapters_of(entry)) for _, _, found in self.k.products.find(list(words))
                        for _, entry in found if entry.weight >= 1)
            if len(self._qualifier_cache) < 20000:
                self._qualifier_cache[words] = got
        return got

    def _chapters_of(self, entry: ProductEntry) -> frozenset:
        return self._target_chapters(entry.target)

    def _target_chapters(self, target: str) -> frozenset:
        """The HS chapters a target (a code, or "split:<name>") can end in."""
        got = self._chapter_cache.get(target)
        if got is None:
            got = self._chapter_cache[target] = frozenset(c[:2] for c in self._target_codes(target))
        return got

    def _target_codes(self, target: str) -> list[str]:
        return self.k.splits[target[6:]].codes(self.k.splits) if target.startswith("split:") else [target]

    def _codes_of(self, entry: ProductEntry) -> list[str]:
        return self._target_codes(entry.target) if entry.code or entry.split else []

    def _attribute_hits(self, attrs: dict[str, str], targets: dict, levels: list[str] = ()) -> None:
        # an attribute that restates a level of the category path ("Item Type: Watch Cases" under "... >
        # Watch Cases") is the same evidence again, not a second source
        restated = {phrase_key(lv) for lv in levels}
        for key, value in attrs.items():
            if not _names_a_type(key) or phrase_key(value) in restated:
                continue
            found = self.k.find_in("products", value)
            hits, _ = self._enclosures(list(phrase_key(value)), [h for h in found if h[2]], _reserved(found))
            for _, _, payloads in hits:
                for term, entry in payloads:
                    acc, _ = targets.setdefault(entry.target, (_Acc(), entry))
                    acc.score += 0.5 * entry.weight
                    acc.evidence.append(f"attribute {key}={value} names '{term}' ({entry.source})")

    def _category(self, levels: list[str]):
        """Hits and implied facts of a category path; cached, as a batch repeats a few paths."""
        key = tuple(levels)
        cached = self._category_cache.get(key)
        if cached is None:
            cached = self._category_uncached(levels)
            if len(self._category_cache) < 20000:
                self._category_cache[key] = cached
        return cached

    def _category_uncached(self, levels: list[str]):
        """(implied facts, hits, the path's tokens, whether its last two levels speak of parts, the tokens
        of its levels that name one kind of goods, the goods it names as a `_Leaf`)."""
        cat_toks = tuple(t for lv in levels for t in tokens(lv))
        # a level joining two kinds ("Artificial & Dried Flowers", "Hair Clips & Pins") says neither
        joins = frozenset(lv for lv in levels if _CONJUNCTION.search(lv))
        single_toks = tuple(t for lv in levels if lv not in joins for t in tokens(lv))
        # the last two levels, but never the department at the top ("Automobiles, Parts & Accessories > Car
        # Electronics" sells dash cams, not parts of them)
        distinct = list(dict.fromkeys(levels))
        # (a path of that department alone says no more: "Automobiles, Parts & Accessories" sells cars' goods of all kinds)
        cat_parts = any("part" in tokens(lv) for lv in (distinct[1:] if len(distinct) > 1 else [lv for lv in distinct if lv not in joins])[-2:])
        implies: dict = {}
        hits = []
        seen_levels = list(dict.fromkeys(reversed(levels)))
        # goods a level sells accessories for ("Shoes > Shoe Accessories > Shoe Care Kit"): named by any
        # other level of the path, they are what the listing fits. A term that takes in the accessory word
        # ("Hair Accessories") names the goods themselves.
        read = [(level, *self._level(level)) for level in seen_levels]
        fitted = {entry.target for _, _, found, _, _ in read for _, _, payloads, what_fits in found if what_fits
                  for _, entry in payloads}
        # the goods each level names as itself: a department ("Furniture") yields to a deeper level naming another
        # good of its chapters ("Sofas"), which says which of the department's goods the listing is
        named_at = [{entry.target for _, _, payloads, what_fits in found if not what_fits for _, entry in payloads}
                    for _, _, found, _, _ in read]
        last: set = set()
        # a path of one level that joins two kinds of goods ("Phones & Telecommunications", "Home & Garden") is a
        # department, not a leaf: weighed as a department at the top of a longer path is
        department_only = len(read) == 1 and read[0][0] in joins
        for depth, (level, ctoks, found, blocked, entries) in enumerate(read):
            lw = LEVEL_WEIGHTS[-2] if department_only else LEVEL_WEIGHTS[min(depth, len(LEVEL_WEIGHTS) - 1)]
            deeper = {t for names in named_at[:depth] for t in names}
            for i, (_, end, payloads, what_fits) in enumerate(found):
                qualifier = _qualifies(blocked, ctoks, found, i)   # as in a title: "Mobile Phone | Batteries"
                if depth == 0 and end == len(ctoks) and not qualifier and not what_fits:
                    last.update(entry.target for _, entry in payloads)   # the noun the level ends with
                f = MODIFIER_FACTOR if qualifier else 1.0
                if what_fits:
                    f = CLAUSE_FACTOR["for"]
                where = " (what they fit, weighed low)" if what_fits else " (qualifies the next noun, weighed low)" if qualifier else ""
                for term, entry in payloads:
                    # per entry: one fitted entry must not lend its note to the next entry of the same phrase
                    g, said = _PATH_FITS if not what_fits and not qualifier and entry.target in fitted else (
                        self._subsumed(entry.target, deeper) or (1.0, where))
                    hits.append((entry.target, 0.9 * lw * f * g * entry.weight, f"category '{level}' names '{term}'{said} ({entry.source})", entry))
            for ce in entries:          # the entries the level ends with (`_level`)
                for k, v in ce.implies.items():
                    implies.setdefault(k, v)
                target = ce.code or (f"split:{ce.split}" if ce.split else None)
                if target:
                    g, where = _PATH_FITS if target in fitted else (self._subsumed(target, deeper) or (1.0, ""))
                    hits.append((target, ce.weight * lw * g, f"category '{level}' is a prior for {target.replace('split:', '')}{where} ({ce.source})", None))
        leaf = _Leaf(frozenset(last), frozenset(entry.target for level, _, found, _, _ in read if level not in joins
                                                for _, _, payloads, _ in found for _, entry in payloads))
        return implies, hits, cat_toks, cat_parts, single_toks, leaf

    def _level(self, level: str) -> tuple:
        """One category level read on its own: its tokens, the goods it names (each with whether it names what the
        level's goods fit), its words for the modifier test, and the category entries its head phrases key on (in
        the vocabulary's order). Cached: the paths of a catalogue share their upper levels."""
        cached = self._level_cache.get(level)
        if cached is not None:
            return cached
        ctoks = tokens(level)
        # "Watch Accessories", "Mobile Phone Parts": the good the level names is what they fit, not the good
        fits = _sells_accessories(level)
        raw = self.k.products.find(ctoks)
        named, enclosed = self._enclosures(ctoks, [h for h in raw if h[2]], _reserved(raw))
        # "Tablets & e-Books Case": the tablet is what the case fits
        found = [(start, end, payloads, (fits and end < len(ctoks)) or j in enclosed) for j, (start, end, payloads) in enumerate(named)]
        # an entry speaks for a level that ends with it ("Women's Shoes", "Customized Artificial Flowers"), not for
        # one it only qualifies ("Shoe Care Kit", "Shoe Accessories")
        entries = [ce for _, ce in sorted((hit for head in _heads(level) for hit in self._categories_by_key.get(head, ())),
                                          key=lambda hit: hit[0])]
        cached = (ctoks, found, _ModifierBlocked(*words_and_breaks(level)), entries)
        if len(self._level_cache) < 20000:
            self._level_cache[level] = cached
        return cached

    def _subsumed(self, target: str, deeper: set) -> tuple[float, str] | None:
        """(weight, note) for a level's good when a deeper level of the path names another good of its chapters
        (one whose subheadings do not take in this one's: "Festive & Party Supplies" stays beside "Backdrops",
        a split that can end in the department's own 9505.90)."""
        if deeper:
            mine = self._target_chapters(target)
            codes = set(self._target_codes(target))
            if any(t != target and not mine.isdisjoint(self._target_chapters(t)) and not codes <= set(self._target_codes(t))
                   for t in deeper):
                return _PATH_SUBSUMED
        return None

    def _resolve(self, target: str, acc: _Acc, entry: ProductEntry | None, facts: Facts, parts_context: bool, accs: dict) -> None:
        if parts_context and entry is not None and entry.parts:
            code = entry.parts
            note = f"listing is a part or accessory: parts subheading {code} (Section XVI note 2(b) / XVII note 3)"
            out = accs.setdefault(code, _Acc())
            out.score += acc.score * 0.9
            out.evidence += acc.evidence + [note]
            out.titled = out.titled or acc.titled
            out.as_part = True
            return
        if target.startswith("split:"):
            name = target[6:]
            code, trail, assumed, doubts = self.resolve_split(name, facts)
            out = accs.setdefault(code, _Acc())
            for text, instead in doubts:
                if text not in out.doubts:
                    out.doubts.append(text)
                if instead and instead != code:
                    alt = accs.setdefault(instead, _Acc())
                    alt.score += acc.score * INSTEAD_SHARE
                    alt.evidence.append(f"the doubt on {code} points here: {text}")
            out.score += acc.score
            out.titled = out.titled or acc.titled
            out.split = out.split or name
            out.evidence += acc.evidence + trail
            out.assumptions += [a for a in assumed if a not in out.assumptions]
            rival = [m for m in facts.materials if m in self.k.splits[name].materials]
            if len(rival) > 1 and facts.distinct_materials(rival) > 1:
                out.doubts.append(f"several materials named ({', '.join(rival)}): the subheading depends on which predominates")
        else:
            out = accs.setdefault(target, _Acc())
            out.score += acc.score
            out.titled = out.titled or acc.titled
            out.evidence += acc.evidence

    def resolve_split(self, name: str, facts: Facts, depth: int = 0) -> tuple[str, list[str], list[str], list[str]]:
        """Walk a split's rules with the facts; returns (code, explanation, assumptions, doubts as
        (text, subheading it points to or None))."""
        split = self.k.splits[name]
        trail: list[str] = []
        assumed: list[str] = []
        doubts: list[tuple[str, str | None]] = []
        used: set[str] = set()
        result = self._walk(split, split.rules, facts, trail, assumed, used, depth, doubts)
        if "knit" in used and _knit(facts, split) is None:
            if facts.knit is not None:
                assumed.append(f"{facts.knit_evidence} names a fabric, not how this garment type, knitted by nature, was made: knitted assumed")
            else:
                assumed.append(f"knitted or woven not stated; {'knitted' if split.knitted_default else 'woven'} assumed for this garment type")
        if "person" in used and facts.person in (None, "unisex", "child"):
            assumed.append("not identifiable as men's or boys': women's or girls' (ch. 61 note 9 / ch. 62 note 8)")
        if result is None:  # a split without a residual rule: take its first code
            result = split.codes(self.k.splits)[0]
            assumed.append("no rule matched; first subheading of the split taken")
        return result, trail, assumed, doubts

    def _walk(self, split: Split, rules: list[Rule], facts: Facts, trail, assumed, used, depth, doubts) -> str | None:
        for rule in rules:
            ok, why = self._holds(rule, split, facts, used)
            if not ok:
                continue
            if rule.doubt:
                doubts.append((f"{rule.doubt} ({why}; {rule.source})", rule.instead))
                continue
            if rule.assume:
                assumed.append(rule.assume)
            if rule.code:
                entry = nomenclature.get(rule.code)
                trail.append(f"split '{split.name}' ({split.ref}; {rule.source}): {why or 'residual rule'} -> {rule.code} {entry.description if entry else ''}".rstrip())
                return rule.code
            if rule.split and depth < 4:
                trail.append(f"split '{split.name}': {why} -> split '{rule.split}'")
                code, t2, a2, d2 = self.resolve_split(rule.split, facts, depth + 1)
                trail += t2
                assumed += a2
                doubts += d2
                return code
            if rule.rules:
                found = self._walk(split, rule.rules, facts, trail, assumed, used, depth, doubts)
                if found:
                    if why:
                        trail.insert(len(trail) - 1, f"split '{split.name}': {why}")
                    return found
        return None

    def _holds(self, rule: Rule, split: Split, facts: Facts, used: set) -> tuple[bool, str]:
        reasons = []
        for key, want in rule.when.items():
            if key == "material":
                primary = next((m for m in facts.materials if m in split.domain), None)
                if primary is None:
                    return False, ""
                # one word may name several classes ("aluminium": aluminium and base metal); the rule
                # order of the split says which of them it tests first
                named = facts.material_named[primary]
                hit = next((m for m in want if facts.material_named.get(m) == named), None) or facts.refinement(named, want)
                if hit is None:
                    return False, ""
                reasons.append(f"material {hit} ({facts.material_evidence[hit]})")
            elif key == "has":
                found = [m for m in want if m in facts.material_evidence]
                if not found:
                    return False, ""
                reasons.append(f"material {found[0]} ({facts.material_evidence[found[0]]})")
            elif key == "knit":
                used.add("knit")
                said = _knit(facts, split)
                knit = said if said is not None else bool(split.knitted_default)
                if knit != bool(want):
                    return False, ""
                reasons.append(("knitted" if knit else "woven") + (f" ({facts.knit_evidence})" if said is not None else " (assumed)"))
            elif key == "person":
                # only a test between men's and women's rests on the legal default when the title names
                # nobody; a test for babies that fails on such a title reads it as it stands
                if set(want) & {"men", "women"}:
                    used.add("person")
                person = facts.person if facts.person in ("men", "women", "baby") else "women"
                if person not in want:
                    return False, ""
                reasons.append(f"{person}" + (f" ({facts.person_evidence})" if facts.person_evidence else " (legal default)"))
            elif key == "words":
                if rule.phrase_sets[key].isdisjoint(facts.phrases):
                    return False, ""
                found = next(w for w, phrase in rule.phrases[key] if phrase in facts.phrases)
                reasons.append(f"text says '{found}'")
            elif key == "not_words":
                if not rule.phrase_sets[key].isdisjoint(facts.veto_phrases):
                    return False, ""
            elif key == "stated":
                kind, bound = rule.stated
                hit = next((v for v in facts.measures.get(kind, ()) if bound.admits(v)), None)
                if hit is None:
                    return False, ""
                reasons.append(f"the listing states {shown(hit, kind)} ({want})")
        return True, "; ".join(reasons)

    def _contexts(self, accs: dict, facts: Facts, levels: list[str] = ()) -> None:
        """A part named like a car part in a listing for a motorcycle is a motorcycle part (heading 87.14), a
        hoodie for a pet is a dog coat (42.01): candidates in a context's codes move to its code, with their
        evidence. The title or an attribute says the words, or a category level that does not also say one
        of the context's `unless` words ("Automobiles & Motorcycles" is a department of both); none moves where
        the text says one of its `not_words` ("car shaped night light for kids")."""
        held = {key for c in accs for key in (c, c[:4], c[:2])}  # what the contexts' codes are tested against
        for ctx in self.k.contexts:
            if ctx.codes.isdisjoint(held):
                continue
            # only a good the title names as itself moves: a candidate that a category word or a for-clause
            # supports alone ("... for home decor") is no good the words are about
            moving = [c for c in accs if c != ctx.to and (c in ctx.codes or c[:4] in ctx.codes or c[:2] in ctx.codes)
                      and accs[c].titled and not accs[c].override]
            if not moving:
                continue
            if not ctx.not_words.isdisjoint(facts.veto_phrases):
                continue
            said = next((" ".join(w) for w in ctx.words if w in facts.phrases), None)
            if said is not None and ctx.unless and not any(w in facts.own_phrases for w in ctx.words):
                said = next((" ".join(w) for lv in levels for ph in [self.k.category_phrases(tuple(tokens(lv)))]
                             if ctx.unless.isdisjoint(ph) for w in ctx.words if w in ph), None)
            if said is None:
                continue
            to, trail, assumed = ctx.to, [], []
            if ctx.split:   # the new heading goes by the goods' facts: the split decides the code
                to, trail, assumed, _ = self.resolve_split(ctx.split, facts)
                moving = [c for c in moving if c != to]
            held |= {to, to[:4], to[:2]}
            for code in moving:
                acc = accs.pop(code)
                into = accs.setdefault(to, _Acc())
                into.score += acc.score
                into.evidence += acc.evidence + [f"text says '{said}': {code} becomes {to}, {ctx.ref} ({ctx.source})"]
                into.assumptions += acc.assumptions
                into.doubts += acc.doubts
                into.titled = into.titled or acc.titled
                into.as_part = into.as_part or acc.as_part
            if moving:  # how the split chose the new code, said once
                accs[to].evidence += trail
                accs[to].assumptions += assumed

    def _exclusions(self, accs: dict) -> None:
        """A chapter note that excludes a good the title names overrules a category that points
        into that chapter (ch. 95 note 1: an electric motor for a model car is still 85.01); Section XVI
        note 2(a) likewise overrules the parts subheading of the machine a good of its own heading fits."""
        titled = [code for code, a in accs.items() if a.titled]
        # the title names a part that has a subheading of its own in the parts heading the listing reaches
        # ("bicycle crankset": 8714.96, not the residual 8714.99 of "bicycle" parts): the named one wins (GRI 6)
        for code, acc in accs.items():
            if not acc.as_part or acc.override:
                continue
            own = next((c for c in titled if c != code and c[:4] == code[:4] and not accs[c].as_part), None)
            if own:
                acc.score *= EXCLUDED_FACTOR
                acc.doubts.append(f"HS 2022 GRI 6: the title names {own}, a part with a subheading of its own in heading {code[:4]}")
        for rule in self.k.exclusions:
            parts = rule.chapter == "parts"   # Section XVI note 2(a): a good of its own heading is no machine part
            named = next((c for c in titled if (not (accs[c].as_part or c in self._parts_codes) if parts else c[:2] != rule.chapter)
                          and c[:4] not in rule.not_headings
                          and (c[:4] in rule.headings or c[:2] in rule.chapters)), None)
            if named is None:
                continue
            for code, acc in accs.items():
                restricted = (acc.as_part or code in self._parts_codes) if parts else code[:2] == rule.chapter
                # a parts note makes a part's own heading win even over the machine or vehicle the title names
                if restricted and (not acc.titled or (rule.parts and acc.as_part)) and not acc.override and code != named:
                    acc.score *= EXCLUDED_FACTOR
                    what = "goods of their own heading are not parts of a machine" if parts else "which this chapter does not cover"
                    acc.doubts.append(f"{rule.ref} ({rule.source}): the title names {named}, {what}")

    def _history(self, toks: list[str], accs: dict, sims: dict[int, float]) -> None:
        if not self.history:
            return
        for m in self.history.nearest(toks, k=3, sims=sims):
            if m.similarity < ALIKE:
                continue
            acc = accs.setdefault(m.code[:6], _Acc())
            acc.score += 4.0 * m.similarity ** 2
            acc.evidence.append(f"your history: '{m.description[:80]}' was classified {m.code} (similarity {m.similarity:.2f})")

    def _nomenclature(self, toks: list[str], accs: dict, scale: float) -> None:
        for code, share in nomenclature_search.best([t for t in without_occasions(self.k, toks) if t]):
            acc = accs.setdefault(code, _Acc())
            acc.score += scale * share * 0.5
            acc.evidence.append(f"nomenclature text of {code} shares words with the listing (no product noun recognised)")

    def _alternatives(self, accs: dict, facts: Facts, top: int) -> None:
        """Other subheadings the reviewer should see: the same split's other leaves."""
        if not accs:
            return
        best_code, best = max(accs.items(), key=lambda x: x[1].score)
        if best.split:
            for code in self.k.splits[best.split].codes(self.k.splits):
                if code not in accs and len(accs) < top + 3:
                    alt = accs.setdefault(code, _Acc())
                    alt.score = min(best.score, 1.0) * 0.05
                    alt.evidence.append(f"alternative within split '{best.split}' if the facts differ (material, construction, person)")

    def _siblings(self, accs: dict, top: int) -> None:
        """Fill up to `top` with the other subheadings of the best candidate's heading."""
        if not accs:
            return
        best_code, best = max(accs.items(), key=lambda x: x[1].score)
        heading = nomenclature.get(best_code[:4])
        _fill(accs, top, best, 0.01, ((code, f"another subheading of heading {best_code[:4]}")
                                      for code in (heading.children if heading else ())))

    def _neighbours(self, accs: dict, top: int) -> None:
        """Fill up to `top` with subheadings of the headings nearest the best candidate's in its chapter: a
        heading of one subheading ("4201.00") whose title's words the nomenclature's English text cannot find
        ("Hundeleine") still offers a reviewer the neighbouring lines."""
        if not accs:
            return
        best_code, best = max(accs.items(), key=lambda x: x[1].score)
        chapter = nomenclature.get(best_code[:2])
        headings = sorted(chapter.children if chapter else (), key=lambda h: abs(int(h) - int(best_code[:4])))
        _fill(accs, top, best, 0.005, ((code, f"a subheading of heading {heading}, beside heading {best_code[:4]} in chapter {best_code[:2]}")
                                       for heading in headings for code in nomenclature.get(heading).children))

    def _ranked(self, accs: dict) -> list[tuple[str, _Acc, float]]:
        """(subheading, evidence, confidence), most confident first."""
        total = sum(a.score for a in accs.values() if not a.override)

        def confidence(acc: _Acc) -> float:
            if acc.override:
                return 1.0
            conf = acc.score / (total + PRIOR_MASS) * ASSUMPTION_FACTOR ** len(acc.assumptions)
            conf *= _agreement(acc.evidence, acc.titled) * DOUBT_FACTOR ** min(len(acc.doubts), 1)
            return min(conf, 0.99)

        # ranked by the confidence reported, so the first candidate is never less sure than the second
        return sorted(((code, acc, confidence(acc)) for code, acc in accs.items()), key=lambda x: (-x[2], -x[1].score, x[0]))

    def _classification(self, ranked: list, toks: list[str], facts: Facts, jur: str | None, top: int,
                        spelled: tuple[str, ...] = (), near: dict | None = None, value=None, measures: dict | None = None,
                        picked: dict | None = None) -> Classification:
        """The top candidates with the national line of schedule `jur` (None: no destination) and their
        explanations; `near`: the history's lines for this listing (`History.lines_near`) when its codes are
        of schedule `jur`, which come first; `value`: the listing's unit value in the schedule's currency and
        how it was found, or None; `measures`: the powers and capacities it states. `picked`: what earlier
        answers for this listing worked out (`Weighed.picked`): its words for each schedule, its candidates'
        evidence, the lines chosen (a line is chosen again for another value only under a subheading whose lines
        are split by value)."""
        out = []
        picked = {} if picked is None else picked
        book, has_lines = lines_for(jur)
        text = picked.get(("words", jur))
        if text is None:
            text = picked["words", jur] = listing_words(toks, facts.materials, facts.person) if has_lines else set()   # words to choose a line by
        power = measures or {} if has_lines else {}
        no_lines = (None, f"no {jur.upper()} national lines loaded (data/hs_codes/{jur}.csv, or import them)", "") if jur else (None, "", "")
        knowledge = self._knowledge_note
        for code, acc, conf in ranked[: max(top, 1)]:
            if has_lines or near is not None:
                key = ("line", code, jur, value if value is not None and splits_by_value(code, jur) else None)
                line = picked.get(key)
                if line is None:
                    line = picked[key] = self._line(code, jur, text, book, value, power, near)
                national, why, basis = line
            else:
                national, why, basis = no_lines
            said = picked.get(("said", code))   # what the evidence says of the subheading, the same for every schedule
            if said is None:
                entry = nomenclature.get(code)
                evidence = (*dict.fromkeys(acc.evidence), *(f"assumed: {a}" for a in acc.assumptions),
                            *(f"doubt: {d}" for d in dict.fromkeys(acc.doubts)))
                said = picked["said", code] = (entry.description if entry else "", evidence)
            description, evidence = said
            out.append(Candidate(code, national, round(conf, 4), description, (*evidence, why, *spelled, knowledge) if why
                                 else (*evidence, *spelled, knowledge), basis))
        status = "classified" if out and out[0].confidence >= self.threshold else "needs_review"
        return Classification(tuple(out), status, self.threshold)


def _measured(accs: dict, measures: dict) -> None:
    """Move each candidate whose subheading's power, cylinder-capacity, weight or volume bound excludes what the
    listing states to the subheading beside it that admits it ("2000W brushless DC motor": 8501.32, not 8501.31's
    "not exceeding 750W"): words chose the kind of good, the figure chooses among the subheadings of that kind."""
    for code in list(accs):
        acc = accs[code]
        if acc.override:
            continue
        moved = measured_subheading(code, measures)
        if moved is None:
            continue
        to, note = moved
        # the figure stated settles what a split had to assume ("cylinder capacity not stated; ... assumed")
        acc.assumptions = [a for a in acc.assumptions if not _assumes_measure(a)]
        if to == code:
            acc.evidence.append(note)
            continue
        target = accs.setdefault(to, _Acc())
        target.score += acc.score
        target.evidence.extend(acc.evidence + [note])
        target.assumptions.extend(a for a in acc.assumptions if a not in target.assumptions)
        target.doubts.extend(acc.doubts)
        target.split = target.split or acc.split
        target.titled = target.titled or acc.titled
        target.as_part = target.as_part or acc.as_part
        del accs[code]


def _assumes_measure(assumption: str) -> bool:
    """Whether a split's assumption stands for an output, power, capacity or weight the listing did not state."""
    return " not stated" in assumption and any(w in assumption for w in ("output", "power", "capacity", "weight"))


def _unit_value(value, currency: str | None, jur: str | None):
    """(unit value in schedule `jur`'s currency, how it was found), or None where there is no value or the
    schedule writes no value bounds."""
    amount, how = unit_value(value, currency, jur)
    return None if amount is None else (amount, how)


# a good the category path also says the listing fits ("Shoes > Shoe Accessories"): its weight and note
_PATH_FITS = (CLAUSE_FACTOR["for"], " (the path sells what fits it, weighed low)")
# a department's good when a deeper level names another good of its chapters ("Furniture > ... > Sofas")
_PATH_SUBSUMED = (0.3, " (a deeper level names which good of its chapters, weighed low)")
_TITLE_KINDS = ("title ", "attribute ")


def _knit(facts: Facts, split: Split) -> bool | None:
    """Knitted or woven as the listing says it. A fabric-type attribute alone ("Fabric Type: Broadcloth",
    a marketplace list often left at its default) does not make woven a garment knitted by nature (a
    T-shirt, a hoodie): the split's default stands."""
    if facts.knit is False and facts.knit_from_fabric_name and split.knitted_default:
        return None
    return facts.knit


def _opening_word(toks: list[str], end: int) -> int:
    """Where the title's words begin after its opening filler ("2024 New", "Hot Sale"), looking before `end`
    (`end` if only filler stands there)."""
    return next((k for k in range(end) if not (toks[k].isdigit() or toks[k] in OPENING_FILLER)), end)


def _department(toks: list[str], hits: list) -> set[int]:
    """The hits that name a store department ("Auto Parts", "Kitchen Gadgets": a name ending in a shelf word)
    beside a good the title names: the one opening the title when a good follows right after it, and any
    later one of two or more words once a good has been named before it ("car sticker ... auto accessories");
    and, once a good is named, a generic "decoration" or "decor" ("table runner ... rustic decoration")."""
    out = set()
    named = False
    for i, (s, e, payloads) in enumerate(hits):
        shelf = toks[e - 1] in DEPARTMENT_WORDS
        if shelf and i == 0 and sum(not (t.isdigit() or t in OPENING_FILLER) for t in toks[:s]) <= 1 and len(hits) > 1:
            # the good after it is named, not merely hinted at ("Kitchen Tool | Gadget" names no other good)
            if hits[1][0] - e <= 1 and any(en.weight >= 1 for _, en in hits[1][2]):
                out.add(i)
                continue
        if named and ((e - s >= 2 and toks[e - 1] in LATER_DEPARTMENT_WORDS)
                      or (toks[e - 1] in DECOR_WORDS and all(en.weight < 1 for _, en in payloads))):
            out.add(i)
            continue
        named = named or any(en.weight >= 1 for _, en in payloads)
    return out


def _packed(toks: list[str], hits: list) -> set[int]:
    """The hits naming a gift, storage or packaging box or bag ("gift box", "gift bag", "plastic storage box")
    after a good of weight 1 or more, with words between them (right after it, the good's name qualifies the
    box: "necklace | gift box")."""
    out = set()
    named_end = -1
    for i, (s, e, payloads) in enumerate(hits):
        if named_end >= 0 and s > named_end and e - s >= 2 and toks[e - 1] in PACKING_WORDS \
                and (toks[s] == "gift" or not PACKING_KINDS.isdisjoint(toks[s:e - 1])):
            out.add(i)
        elif named_end < 0 and any(en.weight >= 1 for _, en in payloads):
            named_end = e
    return out


def _named_again(toks: list[str], hits: list) -> list[str | None]:
    """Per hit: the longer name the title gives the same noun elsewhere, for a one-word hit whose word is
    the last word of another hit with other goods ("tire ... solid tire", "knife ... kitchen knife"); else None."""
    out: list[str | None] = [None] * len(hits)
    # the longer names by their last word, each distinct name once, in title order (linear in the title)
    longer: dict[str, dict[str, set]] = {}
    for s2, e2, p2 in hits:
        if e2 - s2 > 1:
            longer.setdefault(toks[e2 - 1], {}).setdefault(" ".join(toks[s2:e2]), {entry.target for _, entry in p2})
    for i, (s, e, payloads) in enumerate(hits):
        if e - s != 1 or toks[s] not in longer:
            continue
        mine = {entry.target for _, entry in payloads}
        out[i] = next((name for name, targets in longer[toks[s]].items() if not mine & targets), None)
    # ... and a shorter name of the same noun after a longer one naming other goods ("digital alarm clock ...
    # bedside clock"): the title restates the good it named first in more words
    for i in range(1, len(hits)):
        s, e, payloads = hits[i]
        if e - s < 2 or out[i] is not None:
            continue
        mine = {entry.target for _, entry in payloads}
        out[i] = next((" ".join(toks[s2:e2]) for s2, e2, p2 in hits[:i]
                       if e2 - s2 > e - s and toks[e2 - 1] == toks[e - 1] and not mine & {entry.target for _, entry in p2}), None)
    return out


_WHERE = {"main": "", "held": " (what the container named before it holds, weighed low)", "fitted": " (what the good named before it is fitted to, weighed low)", "material": " (only material words after the good: what it is made of, weighed low)", "for": " (after 'for': what it fits, weighed low)", "of": " (after 'of': what it shows or is made of, weighed low)", "with": " (after 'with': a feature, weighed low)",
          "modifier": " (before another product noun: it qualifies that noun, weighed low)",
          "serves": " (before a word for the tool or container it is for: weighed low)",
          "making": " (before 'making': what the goods are for making, weighed low)",
          "packed": " (a gift or storage box or bag after the good, apart from it: what the good is packed in, GRI 5(b), weighed low)",
          "function": " (after a good it is a function or an accessory of: a feature, weighed low)"}


def _agreement(evidence: list[str], titled: bool) -> float:
    """Independent sources agreeing make a candidate more credible: the title alone or the
    category alone is weaker than both, and a title that never names the good as itself is weaker
    still; a past decision of the user's counts as strong."""
    title = category = False
    for e in evidence:
        if e.startswith(_TITLE_KINDS):
            title = True
        elif e.startswith("category "):
            category = True
        elif e.startswith("your "):
            return 1.0
    base = 1.0 if title and category else 0.8 if title else 0.5 if category else 0.3
    return base if titled else base * UNTITLED_FACTOR


@lru_cache(maxsize=4096)
def _names_a_type(key: str) -> bool:
    """Attribute keys whose value names the product type ("Item Type", "Product Category")."""
    nkey = attribute_key(key)
    return any(w in nkey for w in ("type", "category", "product", "item"))


def _clause_end(toks: list[str], k: int) -> int:
    """Where the words from k on reach a "for" word (what follows says what a good fits), or the title's end."""
    return next((j for j in range(k, len(toks)) if toks[j] in FOR_WORDS), len(toks))


def _fits_until(toks: list[str], hits: list, reserved: set) -> tuple[int, int]:
    """Where the title's "replacement" (or "spare") part begins, if the title first names a device it
    fits ("iphone 13 replacement battery", "vacuum cleaner spare filter"): the nouns ending before it say
    what the part fits; -1 if there is no such part, no noun before it names a device (a part named first
    is the good: "epilator head replacement disc"), or a "for" / "with" clause comes first (there the
    clause already says it: "toothbrush with 4 replacement heads"). Second: the same word where the part
    comes first and a device (a good with parts of its own) follows ("battery replacement iphone 11"), or
    where the word ends a title that names a part and then a device ("air filter lawn mower replacement"):
    from there on, the devices named are what the part fits; else -1."""
    if not hits:
        return -1, -1
    first_start = hits[0][0]
    for i, (start, _, _) in enumerate(hits[1:], 1):
        k = start - 1 if toks[start - 1] in REPLACEMENT_WORDS else start if toks[start] in REPLACEMENT_WORDS else -1
        if k > first_start and not any(t in FOR_WORDS or t in WITH_WORDS for j, t in enumerate(toks[:k]) if j not in reserved):
            if any(e.parts for h in hits[:i] for _, e in h[2]):
                return k, -1
            return (-1, k) if any(e.parts for _, e in hits[i][2]) else (-1, -1)
    # "air filter lawn mower ... replacement": the word comes last, after a part named first and then a device
    # (a good with parts of its own): the device is what the part fits
    if len(hits) > 1 and any(t in REPLACEMENT_WORDS for t in toks[hits[-1][0]:]) \
            and not any(e.parts for _, e in hits[0][2]):
        device = next((start for start, _, payloads in hits[1:] if any(e.parts for _, e in payloads)), -1)
        return -1, device
    return -1, -1


def _model_plus(toks: list[str]) -> set[int]:
    """The positions of "plus" ending a model's name: after a model number ("8 plus", "s10 plus") or another
    model word ("pro plus")."""
    return {k for k in range(1, len(toks)) if toks[k] == "plus"
            and (any(c.isdigit() for c in toks[k - 1]) or toks[k - 1] in MODEL_WORDS)}


def _reserved(found: list) -> set[int]:
    """The token positions held by reserved phrases (matched, naming no good) among `find`'s results."""
    return {k for s, e, p in found if not p for k in range(s, e)}


class Weighed(NamedTuple):
    """A listing's evidence weighed (`Classifier.weigh`): what choosing its national lines needs."""

    ranked: list            # (code, evidence, confidence), best first
    line_toks: list         # the title's and the path's words, that choose a line
    facts: Facts
    spelled: tuple          # notes on words read as respelled
    sims: dict              # similarity to the history's past decisions
    top: int
    measures: dict          # the powers and cylinder capacities stated, that rule lines out
    picked: dict            # what answering it worked out so far (`Classifier._classification`)


class _Reading(NamedTuple):
    """A listing as `Classifier._read` reads it."""
    words: tuple
    breaks: tuple
    toks: list
    spelled: tuple
    levels: list
    attrs: dict
    facts: Facts
    category: tuple      # what `Classifier._category` finds in the path
    forced: tuple | None  # (code, text) of an override that applies
    measures: dict       # the powers and cylinder capacities the title and attributes state (`stated_measures`)


class _Leaf(NamedTuple):
    """The goods a category path names: `last`, those its last level names as the goods sold (not what they
    fit, nor a noun qualifying another); `any`, those any level names but one joining two kinds ("Shoe
    Racks & Organizers" says neither). A marketplace files a listing under the good itself, so when two
    product nouns stand together the path says which is the good: "Inner Tube Road Bike" under "Bicycle
    Tires > Inner Tubes" is a tube, "Tape Measure Magnetic Hook" under "Measuring Tapes" a tape measure."""
    last: frozenset
    any: frozenset

    def decides(self, noun: list, head: list) -> bool:
        """Whether the path makes the noun, not the head after it, the good: its last level names the noun
        and no level names the head (asked only of the first good a title names: in a list of goods, "tie set
        silk necktie | pocket square | cufflinks", a later pair is no compound the path could settle)."""
        return (any(e.target in self.last for _, e in noun)
                and not any(e.target in self.any for _, e in head))


def _part_of(part: list, device: list) -> bool:
    """Whether a noun names a good of the heading where the next noun's parts go (a saddle of 87.14 before
    a bicycle, whose parts are 8714.99)."""
    return any(e.code and d.parts and e.code[:4] == d.parts[:4] and e.code != d.target for _, e in part for _, d in device)


def _fill(accs: dict, top: int, best: _Acc, share: float, offers) -> None:
    """Add the (subheading, note) pairs `offers` yields that are not candidates yet, each at `share` of the best
    candidate's score (at most 1), until there are `top` candidates: neighbours a reviewer may want to see."""
    for code, note in offers:
        if len(accs) >= top:
            return
        if code not in accs:
            alt = accs.setdefault(code, _Acc())
            alt.score = min(best.score, 1.0) * share
            alt.evidence.append(note)


def _qualifies(blocked: "_ModifierBlocked", toks, hits: list, i: int, stuff: list | None = None) -> bool:
    """Whether product noun i only qualifies the next (`_modifies`), unless it names a whole kit or set, both
    name the same good, the next is made of material words only (`stuff`), the next is vague ("party flag
    decoration": a vague head takes no qualifier), or it is a name of a language that puts the good first."""
    if i + 1 >= len(hits):
        return False
    if hits[i][2][0][1].head_first:   # (a phrase has one target: its first listing says)
        return False     # "candado bicicleta | cadena": in Spanish, French ... the good comes first, what follows qualifies it
    end, following = hits[i][1], hits[i + 1]
    if end - hits[i][0] >= 3 and following[1] - following[0] == 1:
        return False     # "child proof latch | cabinet": a name of three words is no modifier of a bare noun
    if end < following[0] and toks[end] in LIKENESS_WORDS and not blocked.breaks[end]:
        return True      # "coffee beans | scented car air freshener": the noun names a scent or a shape
    return (_modifies(blocked, end, following[0]) and toks[end - 1] not in GROUP_WORDS
            and not _restated(hits[i][2], following[2]) and not (stuff and stuff[i + 1])
            and any(e.weight >= 1 for _, e in following[2]))


def _modifies(blocked: "_ModifierBlocked", end: int, next_start: int) -> bool:
    """A product noun directly followed by another qualifies it: the head of an English noun
    compound is its last noun ("vacuum cleaner filter", "shoe bag")."""
    return next_start == end and not blocked[end - 1]


MAKING_WORDS = frozenset("making make diy".split())
# words of a device's model designation besides numbers ("iphone 15 pro max", "galaxy tab s9 fe", "ipad air 5th gen")
MODEL_WORDS = frozenset("pro max ultra plus mini air lite fe se oled gen generation series edition tab".split())
# names of interface standards that titles follow with a version ("bluetooth 5.3", "usb 3.0", "hdmi 2.1"):
# the version is read past, so the noun after it still forms a phrase with the standard
VERSIONED_WORDS = frozenset("bluetooth usb wifi hdmi displayport pcie".split())
# words after a noun that make it a likeness of something, not the good: its scent, flavour, shape or theme
LIKENESS_WORDS = frozenset("scented scent flavored flavoured flavor flavour aroma fragrance fragranced perfumed shaped themed".split())


def _makes(toks: list[str], blocked: "_ModifierBlocked", end: int, next_start: int) -> bool:
    """"for jewelry making | necklace bracelet": what a clause says is made goes on in the clause."""
    between = range(end, next_start)
    return bool(between) and all(toks[k] in MAKING_WORDS and not blocked[k] for k in between)


def _restated(payloads: list, following: list) -> bool:
    """Two nouns of the same good side by side ("dmx console stage light console") restate it:
    the first does not qualify the second; nor does a name that a bare word of its own heading follows
    ("smoke detector | alarm": the alarm is the detector, named again in general words)."""
    if any(a.target == b.target for _, a in payloads for _, b in following):
        return True
    own = {a.target[:4] for _, a in payloads if a.target[:1].isdigit()}
    return bool(own) and len(following) == 1 and following[0][1].target[:1].isdigit() and (
        following[0][1].target[:4] in own and " " not in following[0][0])


class _ModifierBlocked:
    """Whether word k cannot qualify the next noun: a plural (a modifier noun is singular, so "ear pads
    cushion" names two goods) or a word followed by punctuation ("ski jacket + pants"). Asked only at the
    end of a product noun, so worked out only there."""

    __slots__ = ("words", "breaks")

    def __init__(self, words: tuple[str, ...], breaks: tuple[bool, ...]) -> None:
        self.words, self.breaks = words, breaks

    def __getitem__(self, k: int) -> bool:
        return k + 1 >= len(self.breaks) or self.breaks[k + 1] or is_plural(self.words[k])


def _category_levels(category) -> list[str]:
    if category is None or category == "":
        return []
    if isinstance(category, (list, tuple)):
        return [lv for lv in (_level_name(str(c)) for c in category) if lv]
    return list(_path_levels(str(category)))


@lru_cache(maxsize=20000)
def _path_levels(path: str) -> tuple[str, ...]:
    """The levels of a "A > B > C" path; paths repeat across listings."""
    return tuple(lv for lv in (_level_name(c) for c in path.split(">")) if lv)


# a marketplace's note on a level's status ("Findings(Old, Obsolete)", "Instruments（New）", "Boots（Do Not Post in
# This Category）(Obsolete)", or the same read in the wrong encoding, "锛_ew锛", "锛_o Not Post in This Category锛"),
# which says nothing of the goods; notes may follow one another
_LEVEL_NOTE = re.compile(r"\s*(?:[(（]\s*(?:old|new|obsolete|reactivate|old,\s*obsolete|do not post in this category)\s*[)）]"
                         r"|锛[^锛]*锛)\s*$", re.IGNORECASE)


def _level_name(level: str) -> str:
    """A category level without its status note; '' for a level with no word to read (one left in a script
    the vocabulary does not hold, or garbled: "棣_グ__欢"), so the levels that do name goods keep their weight."""
    level = level.strip()
    while (bare := _LEVEL_NOTE.sub("", level)) != level:
        level = bare
    level = _AND.sub(" & ", level)     # "Packaging and Display" as "Packaging & Display"
    return level if phrase_key(level) else ""


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)


_CONJUNCTION = re.compile(r"\s*(?:&|,|/|\band\b)\s*")


@lru_cache(maxsize=4096)
def _sells_accessories(level: str) -> bool:
    """A category level "<good> Accessories" / "<good> Parts" ("Tablet Accessories & Parts"): it sells
    what fits the good. "Jewelry & Accessories" joins two kinds of goods: it sells jewellery too."""
    conjuncts = [tokens(c) for c in _CONJUNCTION.split(level.lower()) if c.strip()]
    while len(conjuncts) > 1 and len(conjuncts[-1]) == 1 and conjuncts[-1][0] in ACCESSORY_WORDS:
        conjuncts.pop()        # "... Accessories & Parts": the conjunct before says whose
        if conjuncts[-1][-1:] and conjuncts[-1][-1] not in ACCESSORY_WORDS:
            return False
    last = conjuncts[-1] if conjuncts else ()
    return len(last) > 1 and last[-1] in ACCESSORY_WORDS


@lru_cache(maxsize=4096)
def _heads(level: str) -> frozenset:
    """The phrases a category level ends with, and each of its conjuncts ("Underwear & Sleepwears": the
    underwear and the sleepwear), up to five words long."""
    out = set()
    for part in [level, *_CONJUNCTION.split(level.lower())]:
        toks = tokens(part)
        out.update(tuple(toks[i:]) for i in range(max(0, len(toks) - 5), len(toks)))
    return frozenset(out)


def _ngrams(toks: list[str], n: int):
    for i in range(len(toks)):
        for size in range(1, n + 1):
            if i + size <= len(toks):
                yield tuple(toks[i : i + size])


_default: Classifier | None = None
_default_lock = threading.Lock()
_speller_lock = threading.Lock()


def classifier() -> Classifier:
    """The classifier over the bundled knowledge, built once."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Classifier.load()
        return _default


def classify(description: str, *, category=None, attributes=None, destination: str | None = None, sku: str | None = None,
             value=None, currency: str | None = None) -> Classification:
    """Ranked HS 2022 candidates (at least 5 where the knowledge allows) for a product listing; `value` (in
    `currency`) is its unit value, for the national lines the destination's tariff splits by value."""
    return classifier().classify(description, category=category, attributes=attributes, destination=destination, sku=sku,
                                 value=value, currency=currency)
