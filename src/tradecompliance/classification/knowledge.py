"""The classifier's knowledge, loaded from YAML files under `data/hs_codes/` (bundled) and any
`hs_codes/` folder in a user's rules directory, with file:line errors for every mistake.

File kinds (the `kind:` key): hs_products, hs_splits, hs_materials, hs_categories, hs_overrides,
hs_exclusions, hs_contexts.
User files layer over the bundled ones: splits and materials replace by name, vocabulary entries,
categories and overrides are added (user vocabulary first, so it wins ties)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from .._paths import data_dir
from ..errors import PackProblem, RulePackError
from ..built_cache import kept
from ..gcpause import paused
from ..hs.nomenclature import nomenclature
from ..packs.yamlsource import SourcedDoc, YamlLoadError, load_yaml
from ..text import PhraseIndex, phrase_key, raw_tokens, singular
from .line_measure import measure_bound

CONDITION_KEYS = {"material", "has", "knit", "person", "words", "not_words", "stated"}
PERSONS = {"women", "men", "baby", "child", "unisex"}
# the textile fibres a split names rules for; man-made (synthetic) fibres mostly reach the residual rule
_NAMED_FIBRES = frozenset({"cotton", "wool", "silk", "linen", "artificial"})


@dataclass(frozen=True)
class Source:
    file: str
    line: int | None

    @cached_property
    def _text(self) -> str:           # explanations quote sources many times a listing: formatted once
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return self._text


@dataclass(frozen=True)
class ProductEntry:
    """A product noun family: its terms point at a subheading or at a split."""

    code: str | None
    split: str | None
    weight: float
    parts: str | None
    source: Source
    encloses: tuple[str, ...] = ()   # a cover noun: names a good only round a device of these headings
    sets_of: tuple[str, ...] = ()    # a bare set noun: a particular good of these headings right before it is the good
    holds: tuple[str, ...] = ()      # a container: goods of these headings named after it are what it holds
    fits: tuple[str, ...] = ()       # a consumable or mount: goods of these headings named after it are what it is fitted to
    feature_of: tuple[str, ...] = ()  # a function: named after a good of these headings, it is what that good does
    accessory_of: tuple[str, ...] = ()  # named a few words after a good of these headings, an accessory it comes with
    head_first: bool = False          # a name in a language that puts the good first ("Candado Bicicleta | Cadena")
    own_parts: tuple[str, ...] = ()   # cover nouns that, after the good with a metal before them, name its own part ("Watch ... Steel | Case")

    @cached_property
    def target(self) -> str:
        return self.code or f"split:{self.split}"


@dataclass
class Rule:
    when: dict
    code: str | None = None
    split: str | None = None
    rules: list["Rule"] = field(default_factory=list)
    assume: str | None = None
    doubt: str | None = None  # a note rule: records this doubt when `when` holds, and the walk goes on
    instead: str | None = None  # the subheading the doubt points to, offered as a weaker candidate
    source: Source | None = None

    def __post_init__(self) -> None:
        # the words of `words` / `not_words` conditions as phrase keys, made once
        self.phrases = {k: tuple((w, phrase_key(w)) for w in self.when[k]) for k in ("words", "not_words") if k in self.when}
        # the same keys as sets: most tests fail, and a set says so without walking the list
        self.phrase_sets = {k: frozenset(p for _, p in v) for k, v in self.phrases.items()}
        # a `stated` condition's (kind, bound): "not exceeding 37.5 W" holds for a listing that states 20 W
        self.stated = measure_bound(str(self.when["stated"])) if "stated" in self.when else None


@dataclass
class Split:
    name: str
    rules: list[Rule]
    ref: str
    knitted_default: bool | None
    source: Source
    domain: frozenset[str] = frozenset()  # material classes this split distinguishes
    materials: frozenset[str] = frozenset()  # every material class its rules test (material or has)
    _codes: list[str] | None = field(default=None, repr=False, compare=False)

    def codes(self, splits: dict[str, "Split"], seen: set | None = None) -> list[str]:
        """Every subheading the split can give, in rule order (for alternatives); worked out once."""
        if seen is None:
            if self._codes is None:
                self._codes = self.codes(splits, set())
            return list(self._codes)
        if self.name in seen:
            return []
        seen.add(self.name)
        out: list[str] = []

        def walk(rules: list[Rule]) -> None:
            for r in rules:
                if r.code and r.code not in out:
                    out.append(r.code)
                if r.split and r.split in splits:
                    out.extend(c for c in splits[r.split].codes(splits, seen) if c not in out)
                walk(r.rules)

        walk(self.rules)
        return out


@dataclass(frozen=True)
class CategoryEntry:
    key: tuple[str, ...]
    code: str | None
    split: str | None
    weight: float
    implies: dict
    source: Source


@dataclass(frozen=True)
class Override:
    sku: str | None
    words: tuple[tuple[str, ...], ...]
    code: str
    reason: str
    source: Source


@dataclass(frozen=True)
class Exclusion:
    """A chapter's note that sends goods of other headings out of it ("This Chapter does not cover")."""

    chapter: str                  # the chapter whose candidates it restricts, or "parts": the parts subheadings
    headings: frozenset[str]      # a listing is sent to as a part of a machine (Section XVI note 2(a))
    chapters: frozenset[str]
    ref: str
    source: Source
    not_headings: frozenset[str] = frozenset()   # headings of `chapters` the note leaves out
    parts: bool = False           # the note defines what "parts" covers: it restricts the parts subheadings a
                                  # listing reaches as a part even when the title names the machine or vehicle


@dataclass(frozen=True)
class Context:
    """Words that say whom or what a listing's goods are for, when that moves them to another heading:
    candidates in `codes` (chapters, headings or subheadings) are `to` instead ("motorcycle exhaust
    muffler": the motorcycle part of 8714.10, not the car part of 8708.92; "pet hoodie": a dog coat of
    42.01, not a garment of chapter 61). Where the new heading goes by the goods' facts (a toy for a pet is
    an article of its material), `split` names the split that decides instead of one `to` code."""

    words: tuple[tuple[str, ...], ...]
    codes: frozenset[str]
    to: str | None
    ref: str
    source: Source
    # words that, said in the same category level, take the level's word back: a department selling both
    # ("Automobiles & Motorcycles") says neither
    unless: frozenset[tuple[str, ...]] = frozenset()
    split: str | None = None
    # words that, said anywhere (title, attribute or a level naming one kind of goods), keep the goods where they
    # are: a lamp shaped like a car for a child's room is no car lamp
    not_words: frozenset[tuple[str, ...]] = frozenset()


@dataclass
class Knowledge:
    products: PhraseIndex
    splits: dict[str, Split]
    materials: PhraseIndex  # phrase -> material class names
    construction: PhraseIndex  # phrase -> "knitted" | "woven"
    persons: PhraseIndex  # phrase -> person
    metal_list: PhraseIndex  # a whole value of a marketplace's list of metals ("Metals Type: Silver") -> material class
    attribute_keys: dict[str, set[str]]  # role -> attribute key names (normalised)
    categories: list[CategoryEntry]
    overrides: list[Override]
    exclusions: list[Exclusion]
    contexts: list[Context]
    words: PhraseIndex  # every phrase named in a words/not_words condition
    files: list[str]
    compounds: dict = field(default_factory=dict)  # word -> singulars of the next words it is written apart from, for one vocabulary word
    occasions: PhraseIndex = field(default_factory=PhraseIndex)  # phrases naming a gift's occasion, read past by conditions
    recipients: PhraseIndex = field(default_factory=PhraseIndex)  # phrases naming whom a gift is for: a person only if no other is named
    tool_heads: frozenset = frozenset()  # words for a tool or container: a substance named right before one is what it serves
    memo: dict = field(default_factory=dict, repr=False, compare=False)  # answers to questions that repeat across listings
    inputs: tuple = ()  # the files it was built from, which name the tables built from it in turn (`built_cache`)

    def _store(self, key, value):
        if len(self.memo) > 100_000:
            self.memo.clear()
        self.memo[key] = value
        return value

    def attribute_roles(self, key: str) -> tuple[str, tuple[str, ...]]:
        """An attribute name normalised ("Upper Material:" -> "upper material"), and the roles
        (material, upper, fabric, gender ...) it plays. Attribute names repeat: each is worked out once."""
        found = self.memo.get(key)
        if found is None:
            nkey = attribute_key(key)
            found = self._store(key, (nkey, tuple(r for r, keys in self.attribute_keys.items() if nkey in keys)))
        return found

    def find_in(self, index: str, text: str) -> list[tuple[int, int, list]]:
        """`find` of one of the phrase indexes (products, materials, construction, persons) over a short
        text that recurs across listings, an attribute value ("Zinc Alloy", "Women"): each searched once."""
        key = (index, text)
        found = self.memo.get(key)
        return self._store(key, getattr(self, index).find(phrase_key(text))) if found is None else found

    def category_phrases(self, category_toks: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Condition phrases in a category path's tokens: paths repeat, so each is searched once."""
        return self._phrases(("category", category_toks), category_toks)

    def value_phrases(self, text: str) -> set[tuple[str, ...]]:
        """Condition phrases in an attribute value ("Porcelain"): values repeat, so each is searched once."""
        return self._phrases(("value", text), phrase_key(text))

    def _phrases(self, key: tuple, toks: tuple[str, ...]) -> set[tuple[str, ...]]:
        found = self.memo.get(key)
        return self._store(key, self.words.present(toks)) if found is None else found


@lru_cache(maxsize=8192)
def attribute_key(name: str) -> str:
    """An attribute name as the vocabulary writes keys ("Upper Material" -> "upper material")."""
    return " ".join(phrase_key(name))


def terms_of(value) -> list[str]:
    """A vocabulary field's phrases: a comma-separated string or a YAML list, each stripped, empty ones dropped."""
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    return [t.strip() for t in str(value).split(",") if t.strip()]


class _Builder:
    def __init__(self) -> None:
        self.problems: list[PackProblem] = []
        self.unreadable: list[PackProblem] = []   # files that are not YAML: nothing else can be checked against them
        self.product_entries: list[tuple[list[str], ProductEntry, SourcedDoc, tuple]] = []
        self.ignored_terms: list[str] = []
        self.joined_terms: list[tuple[str, SourcedDoc, tuple]] = []
        self.split_docs: dict[str, tuple[dict, SourcedDoc, tuple]] = {}
        self.materials: dict[str, list[str]] = {}
        self.construction: dict[str, list[str]] = {}
        self.persons: dict[str, list[str]] = {}
        self.metal_list: dict[str, list[str]] = {}
        self.attribute_keys: dict[str, list[str]] = {}
        self.not_materials: list[str] = []   # phrases holding a material word that name no material ("lace up")
        self.occasions: list[str] = []       # a gift's occasion ("christmas gift"), which says nothing of the goods
        self.recipients: list[str] = []      # whom a gift is for ("gift for her"), which says nothing of the wearer
        self.tool_heads: list[str] = []      # words for a tool or container a substance named before it serves
        self.categories: list[tuple[dict, SourcedDoc, tuple]] = []
        self.overrides: list[tuple[dict, SourcedDoc, tuple]] = []
        self.exclusions: list[tuple[dict, SourcedDoc, tuple]] = []
        self.contexts: list[tuple[dict, SourcedDoc, tuple]] = []
        self.files: list[str] = []

    def code_ok(self, doc: SourcedDoc, path: tuple, code) -> str | None:
        text = str(code)
        if not (len(text) == 6 and text.isdigit() and nomenclature.is_subheading(text)):
            self.problems.append(doc.problem(path, f"{code!r} is not an HS 2022 subheading (6 digits)"))
            return None
        return text

    def add_file(self, path: Path, display: str, user: bool) -> None:
        try:
            doc = load_yaml(path, display)
        except YamlLoadError as exc:
            self.unreadable.append(exc.problem)
            return
        data = doc.data
        if not isinstance(data, dict) or "kind" not in data:
            self.problems.append(doc.problem((), "expected a mapping with a `kind:` key"))
            return
        self.files.append(display)
        kind = data["kind"]
        if kind == "hs_products":
            entries = data.get("entries") or []
            order = 0 if user else len(self.product_entries)
            for i, e in enumerate(entries):
                p = ("entries", i)
                if not isinstance(e, dict):
                    self.problems.append(doc.problem(p, "expected a mapping"))
                    continue
                unknown = set(e) - {"code", "split", "terms", "weight", "parts", "ignore", "join", "encloses", "sets_of", "holds", "fits", "feature_of", "accessory_of", "head_first", "own_parts"}
                if unknown:
                    self.problems.append(doc.problem(p, f"unknown key(s) {sorted(unknown)}"))
                if e.get("ignore") is True:   # words that name no good ("short sleeve", "plug in")
                    if set(e) - {"ignore", "terms"}:
                        self.problems.append(doc.problem(p, "an `ignore: true` entry has only `terms`"))
                    elif not terms_of(e.get("terms", "")):
                        self.problems.append(doc.problem(p + ("terms",), "no terms"))
                    else:
                        self.ignored_terms += terms_of(e["terms"])
                    continue
                if e.get("join") is True:     # a word sellers write in two ("eye lash", "pony tail")
                    if set(e) - {"join", "terms"}:
                        self.problems.append(doc.problem(p, "a `join: true` entry has only `terms`"))
                    else:
                        self.joined_terms += [(t, doc, p + ("terms",)) for t in terms_of(e.get("terms", ""))]
                    continue
                if bool(e.get("code")) == bool(e.get("split")):
                    self.problems.append(doc.problem(p, "give exactly one of `code` or `split`"))
                    continue
                code = self.code_ok(doc, p + ("code",), e["code"]) if e.get("code") else None
                if e.get("code") and not code:
                    continue
                parts = self.code_ok(doc, p + ("parts",), e["parts"]) if e.get("parts") else None
                try:
                    weight = float(e.get("weight", 1))
                except (TypeError, ValueError):
                    self.problems.append(doc.problem(p + ("weight",), "weight must be a number"))
                    continue
                terms = terms_of(e.get("terms", ""))
                if not terms:
                    self.problems.append(doc.problem(p + ("terms",), "no terms"))
                    continue
                lists = [self.code_list(doc, p, e, key) for key in ("encloses", "sets_of", "holds", "fits", "feature_of", "accessory_of")]
                if None in lists:
                    continue
                if not isinstance(e.get("head_first", False), bool):
                    self.problems.append(doc.problem(p + ("head_first",), "head_first must be true or false"))
                    continue
                own_parts = tuple(terms_of(e.get("own_parts", ""))) if isinstance(e.get("own_parts", ""), str) else None
                if own_parts is None or any(" " in w for w in own_parts):
                    self.problems.append(doc.problem(p + ("own_parts",), "own_parts is a comma-separated list of single words"))
                    continue
                file, line = doc.where(p)
                entry = ProductEntry(code, e.get("split"), weight, parts, Source(file, line), *lists, head_first=e.get("head_first", False),
                                     own_parts=own_parts)
                item = (terms, entry, doc, p)
                if user:
                    self.product_entries.insert(order, item)
                    order += 1
                else:
                    self.product_entries.append(item)
        elif kind == "hs_splits":
            for name, body in (data.get("splits") or {}).items():
                self.split_docs[str(name)] = (body, doc, ("splits", name))
        elif kind == "hs_materials":
            for section, target in (("materials", self.materials), ("construction", self.construction),
                                    ("persons", self.persons), ("metal_list", self.metal_list),
                                    ("attribute_keys", self.attribute_keys)):
                for name, terms in (data.get(section) or {}).items():
                    target[str(name)] = terms_of(terms)
            self.not_materials += terms_of(data.get("not_materials") or "")
        elif kind == "hs_categories":
            self.categories += [(e, doc, ("entries", i)) for i, e in enumerate(data.get("entries") or [])]
        elif kind == "hs_exclusions":
            self.exclusions += [(e, doc, ("exclusions", i)) for i, e in enumerate(data.get("exclusions") or [])]
        elif kind == "hs_contexts":
            self.contexts += [(e, doc, ("contexts", i)) for i, e in enumerate(data.get("contexts") or [])]
            self.occasions += terms_of(data.get("gift_occasions") or "")
            self.recipients += terms_of(data.get("gift_recipients") or "")
            self.tool_heads += terms_of(data.get("tool_heads") or "")
        elif kind == "hs_overrides":
            items = [(e, doc, ("overrides", i)) for i, e in enumerate(data.get("overrides") or [])]
            self.overrides = items + self.overrides if user else self.overrides + items
        else:
            self.problems.append(doc.problem(("kind",), f"unknown kind {kind!r}"))

    def rule(self, body, doc: SourcedDoc, path: tuple) -> Rule | None:
        if not isinstance(body, dict):
            self.problems.append(doc.problem(path, "a rule is a mapping"))
            return None
        unknown = set(body) - {"when", "code", "split", "rules", "assume", "doubt", "instead"}
        if unknown:
            self.problems.append(doc.problem(path, f"unknown key(s) {sorted(unknown)}"))
        when = body.get("when") or {}
        bad = set(when) - CONDITION_KEYS
        if bad:
            self.problems.append(doc.problem(path + ("when",), f"unknown condition(s) {sorted(bad)}; use {sorted(CONDITION_KEYS)}"))
        for key in ("material", "has"):
            for m in when.get(key, []) or []:
                if m not in self.materials:
                    self.problems.append(doc.problem(path + ("when", key), f"unknown material class {m!r}"))
        if "stated" in when and measure_bound(str(when["stated"])) is None:
            self.problems.append(doc.problem(path + ("when", "stated"), f"cannot read a power or cylinder-capacity bound in {when['stated']!r} "
                                             "(write it as the tariff does: \"not exceeding 37.5 W\", \"exceeding 50 cc\")"))
        for person in when.get("person", []) or []:
            if person not in PERSONS:
                self.problems.append(doc.problem(path + ("when", "person"), f"unknown person {person!r}"))
        targets = [k for k in ("code", "split", "rules") if body.get(k)]
        if body.get("doubt") and (targets or not when):
            self.problems.append(doc.problem(path, "a `doubt` rule has a `when` and no code, split or rules (it notes a doubt and the walk goes on)"))
            return None
        if len(targets) != 1 and not body.get("doubt"):
            self.problems.append(doc.problem(path, "a rule needs exactly one of code, split, rules (or is a `doubt` note)"))
            return None
        file, line = doc.where(path)
        when = {k: [str(w) for w in v] if k in ("words", "not_words") and isinstance(v, list) else v for k, v in when.items()}
        rule = Rule(when=when, assume=body.get("assume"), doubt=str(body["doubt"]) if body.get("doubt") else None, source=Source(file, line))
        if rule.doubt:
            if body.get("instead"):
                rule.instead = self.code_ok(doc, path + ("instead",), body["instead"])
            return rule
        if body.get("code"):
            rule.code = self.code_ok(doc, path + ("code",), body["code"])
        elif body.get("split"):
            rule.split = str(body["split"])
            if rule.split not in self.split_docs:
                self.problems.append(doc.problem(path + ("split",), f"unknown split {rule.split!r}"))
        else:
            rule.rules = [r for i, b in enumerate(body["rules"]) if (r := self.rule(b, doc, path + ("rules", i)))]
        return rule

    def exclusion(self, e, doc: SourcedDoc, p: tuple) -> Exclusion | None:
        if not isinstance(e, dict) or not e.get("chapter") or not e.get("ref"):
            self.problems.append(doc.problem(p, "an exclusion needs `chapter`, `ref` and `headings` or `chapters`"))
            return None
        headings = [str(h) for h in e.get("headings") or []]
        chapters = [str(c) for c in e.get("chapters") or []]
        not_headings = [str(h) for h in e.get("not_headings") or []]
        unknown = set(e) - {"chapter", "ref", "headings", "chapters", "not_headings", "parts"}
        if unknown:
            self.problems.append(doc.problem(p, f"unknown key(s) {sorted(unknown)}"))
        for key, codes, size in (("headings", headings, 4), ("chapters", chapters, 2), ("not_headings", not_headings, 4)):
            for code in codes:
                if len(code) != size or nomenclature.get(code) is None:
                    self.problems.append(doc.problem(p + (key,), f"{code!r} is not an HS 2022 {key[:-1]}"))
        if "parts" in e and not isinstance(e["parts"], bool):
            self.problems.append(doc.problem(p + ("parts",), f"`parts` is true or false, not {e['parts']!r}"))
        if not headings and not chapters:
            self.problems.append(doc.problem(p, "an exclusion names no `headings` or `chapters`"))
        file, line = doc.where(p)
        return Exclusion(str(e["chapter"]), frozenset(headings), frozenset(chapters), str(e["ref"]), Source(file, line),
                         frozenset(not_headings), e.get("parts") is True or str(e["chapter"]) == "parts")

    def code_list(self, doc: SourcedDoc, p: tuple, e: dict, key: str) -> tuple[str, ...] | None:
        """The HS 2022 chapters, headings or subheadings an entry lists under `key` (comma-separated), or None
        with a problem reported."""
        codes = tuple(c.strip() for c in str(e.get(key) or "").split(",") if c.strip())
        if any(not (c.isdigit() and len(c) in (2, 4, 6) and nomenclature.get(c)) for c in codes):
            self.problems.append(doc.problem(p + (key,), f"{e[key]!r} is not a list of HS 2022 chapters, headings or subheadings"))
            return None
        return codes

    def context(self, e, doc: SourcedDoc, p: tuple, words: PhraseIndex) -> Context | None:
        if not isinstance(e, dict) or not e.get("words") or not e.get("codes") or not (e.get("to") or e.get("to_split")) or not e.get("ref"):
            self.problems.append(doc.problem(p, "a context needs `words`, `codes`, `to` (or `to_split`) and `ref`"))
            return None
        unknown = set(e) - {"words", "codes", "to", "to_split", "ref", "unless", "not_words"}
        if unknown:
            self.problems.append(doc.problem(p, f"unknown key(s) {sorted(unknown)}"))
        if not isinstance(e["codes"], list):
            self.problems.append(doc.problem(p + ("codes",), "`codes` is a list of HS 2022 chapters, headings or subheadings"))
            return None
        codes = [str(c) for c in e["codes"]]
        for i, code in enumerate(codes):
            if len(code) not in (2, 4, 6) or nomenclature.get(code) is None:
                self.problems.append(doc.problem(p + ("codes", i), f"{code!r} is not an HS 2022 chapter, heading or subheading"))
        if e.get("to") and e.get("to_split"):
            self.problems.append(doc.problem(p, "a context moves goods `to` one code or `to_split` a split, not both"))
            return None
        split = e.get("to_split")
        if split is not None and split not in self.split_docs:
            self.problems.append(doc.problem(p + ("to_split",), f"unknown split {split!r}"))
            return None
        to = self.code_ok(doc, p + ("to",), e["to"]) if not split else None
        terms = terms_of(e["words"])
        for w in terms:
            words.add(phrase_key(w), w)
        if not (to or split) or not codes or not terms:
            return None
        unless = terms_of(e["unless"]) if e.get("unless") else []
        not_words = terms_of(e["not_words"]) if e.get("not_words") else []
        for w in unless + not_words:
            words.add(phrase_key(w), w)
        file, line = doc.where(p)
        return Context(tuple(phrase_key(w) for w in terms), frozenset(codes), to, str(e["ref"]), Source(file, line),
                       frozenset(phrase_key(w) for w in unless), split, frozenset(phrase_key(w) for w in not_words))

    def shadowed_rules(self, bodies: list, doc: SourcedDoc, path: tuple) -> None:
        """A rule testing only a material that an earlier rule of the list already catches by its own name
        is never reached for that name: "aluminium" names the classes aluminium and base_metal, so a
        rule on aluminium after one on base_metal never sees an aluminium pan. The split's order decides,
        so the later rule is a mistake in the pack."""
        tested: dict[str, int] = {}
        for i, body in enumerate(bodies):
            if not isinstance(body, dict):
                continue
            when = body.get("when") or {}
            if isinstance(body.get("rules"), list):
                self.shadowed_rules(body["rules"], doc, path + (i, "rules"))
            if set(when) != {"material"} or not isinstance(when["material"], list):
                continue
            for c in when["material"]:
                terms = self.materials.get(c) or []
                own = c.replace("_", " ")
                term = own if own in terms else (terms[0] if terms else None)
                if term is None:
                    continue
                named = {m for m, ts in self.materials.items() if term in ts} - {c}
                caught = sorted(named & set(tested))
                if caught:
                    self.problems.append(doc.problem(path + (i, "when", "material"), (
                        f"never reached for {term!r}: that word also names {caught[0]!r}, which rule {tested[caught[0]]} "
                        f"of this list tests first; put this rule before it")))
            for c in when["material"]:
                tested.setdefault(c, i)

    def build(self) -> Knowledge:
        if self.unreadable:
            # a file that does not parse leaves every name it defines unknown: its own error, not a flood of
            # "unknown split" from the files that refer to it, is what there is to mend
            raise RulePackError(self.unreadable)
        def index(groups: dict[str, list[str]]) -> PhraseIndex:
            idx = PhraseIndex()
            for name, terms in groups.items():
                for t in terms:
                    idx.add(phrase_key(t), name)
            return idx

        materials, construction, persons = index(self.materials), index(self.construction), index(self.persons)
        # a phrase naming no material is matched like a material phrase, so the word inside is not read as a
        # material, a construction ("fleece lined" is no knit) or a person ("baby shower" is an occasion)
        for key in map(phrase_key, self.not_materials):
            for idx in (materials, construction, persons):
                idx.reserve(key)
        occasions, recipients = index({True: self.occasions}), index({True: self.recipients})
        splits: dict[str, Split] = {}
        words = PhraseIndex()
        for name, (body, doc, path) in self.split_docs.items():
            if not isinstance(body, dict) or not isinstance(body.get("rules"), list):
                self.problems.append(doc.problem(path, "a split is a mapping with a `rules:` list"))
                continue
            rules = [r for i, b in enumerate(body["rules"]) if (r := self.rule(b, doc, path + ("rules", i)))]
            self.shadowed_rules(body["rules"], doc, path + ("rules",))
            domain: set[str] = set()
            tested: set[str] = set()

            def collect(rs: list[Rule]) -> None:
                for r in rs:
                    domain.update(r.when.get("material", []) or [])
                    tested.update(r.when.get("material", []) or [])
                    tested.update(r.when.get("has", []) or [])
                    for w in (r.when.get("words", []) or []) + (r.when.get("not_words", []) or []):
                        words.add(phrase_key(w), w)
                    collect(r.rules)

            collect(rules)
            weighs = body.get("weighs") or []
            for m in weighs:
                if m not in self.materials:
                    self.problems.append(doc.problem(path + ("weighs",), f"unknown material class {m!r}"))
            domain.update(weighs)
            # a split that tests textile fibres weighs them all: goods of mixed fibres are of the fibre that
            # predominates (Section XI subheading note 2(A)), and a listing names its fibres largest share
            # first ("Polyester,Cotton"), so a man-made fibre named first decides even where only the
            # residual rule reaches it
            if domain & _NAMED_FIBRES:
                domain.add("synthetic")
            # ... and one whose residual rule is an article of plastics (chapter 39) weighs plastics, so "Material:
            # ABS" decides before a metal named later in the title
            # (a split that tests a material has rules, so its last one is there to read)
            if domain and not rules[-1].when and (rules[-1].code or "").startswith("39"):
                domain.add("plastic")
            file, line = doc.where(path)
            splits[name] = Split(name, rules, str(body.get("ref", "")), body.get("knitted_default"), Source(file, line), frozenset(domain), frozenset(tested))
        products = PhraseIndex()
        for terms, entry, doc, p in self.product_entries:
            if entry.split and entry.split not in self.split_docs:
                self.problems.append(doc.problem(p + ("split",), f"unknown split {entry.split!r}"))
                continue
            for t in terms:   # a phrase listed twice for one target ("sticker", "stickers"; two entries) is one hit
                key = phrase_key(t)
                if not any(e.target == entry.target for _, e in products.get(key)):
                    products.add(key, (t, entry))
        for t in self.ignored_terms:   # matched like any phrase, so no shorter noun inside is read; names nothing
            products.reserve(phrase_key(t))
        compounds: dict[str, set[str]] = {}
        apart: dict[tuple[str, str], list] = {}   # adjacent word pairs inside the product phrases, and those phrases
        for key, _ in products.items():
            for a, b in zip(key, key[1:]):
                apart.setdefault((a, b), []).append(key)

        def hidden(a: str, b: str, whole: str) -> str | None:
            """A product phrase holding the pair apart whose joined spelling names less (then joining hides it)."""
            for key in apart.get((a, b), ()):
                i = next(k for k in range(len(key) - 1) if key[k:k + 2] == (a, b))
                joined = key[:i] + (whole,) + key[i + 2:]
                if not {e.target for _, e in products.get(key)} <= {e.target for _, e in products.get(joined)}:
                    return " ".join(key)
            return None

        for t, doc, p in self.joined_terms:
            parts = raw_tokens(t)
            whole = singular("".join(parts))
            # only two words whose joining is a word the vocabulary knows, and hiding no product phrase
            if len(parts) != 2 or not (products.starts(whole) or materials.starts(whole)):
                self.problems.append(doc.problem(p, f"{t!r}: a joined term is two words that written together begin a product or material phrase"))
            elif (held := hidden(parts[0], singular(parts[1]), whole)) is not None:
                self.problems.append(doc.problem(p, f"{t!r} stands apart in the product phrase {held!r}, which its joined spelling "
                                                    "does not name alike: joining would hide it"))
            else:
                compounds.setdefault(parts[0], set()).add(singular(parts[1]))
        categories = []
        for e, doc, p in self.categories:
            if not isinstance(e, dict) or not e.get("category"):
                self.problems.append(doc.problem(p, "a category entry needs `category:`"))
                continue
            code = self.code_ok(doc, p + ("code",), e["code"]) if e.get("code") else None
            if e.get("split") and e["split"] not in self.split_docs:
                self.problems.append(doc.problem(p + ("split",), f"unknown split {e['split']!r}"))
                continue
            file, line = doc.where(p)
            categories.append(CategoryEntry(phrase_key(e["category"]), code, e.get("split"), float(e.get("weight", 0.5)), dict(e.get("implies") or {}), Source(file, line)))
        overrides = []
        for e, doc, p in self.overrides:
            if not isinstance(e, dict) or not e.get("code") or not (e.get("sku") or e.get("words")):
                self.problems.append(doc.problem(p, "an override needs `code` and `sku` or `words`"))
                continue
            code = self.code_ok(doc, p + ("code",), e["code"])
            if code:
                file, line = doc.where(p)
                overrides.append(Override(e.get("sku"), tuple(phrase_key(w) for w in terms_of(e.get("words") or [])), code, str(e.get("reason", "")), Source(file, line)))
        exclusions = [x for e, doc, p in self.exclusions if (x := self.exclusion(e, doc, p))]
        contexts = [c for e, doc, p in self.contexts if (c := self.context(e, doc, p, words))]
        if self.problems:
            raise RulePackError(self.problems)
        return Knowledge(
            products=products,
            splits=splits,
            materials=materials,
            construction=construction,
            persons=persons,
            metal_list=index(self.metal_list),
            attribute_keys={k: {attribute_key(x) for x in v} for k, v in self.attribute_keys.items()},
            categories=categories,
            overrides=overrides,
            exclusions=exclusions,
            contexts=contexts,
            words=words,
            files=self.files,
            compounds={a: frozenset(b) for a, b in compounds.items()},
            occasions=occasions,
            recipients=recipients,
            tool_heads=frozenset(singular(t) for t in self.tool_heads),
        )


def load_knowledge(*user_dirs: str | Path) -> Knowledge:
    """Bundled knowledge, then each user folder's `hs_codes/*.yaml` (or the folder itself): built from the files,
    or read back as a process built it from the same files before (`built_cache`)."""
    bundled = sorted((data_dir() / "hs_codes").glob("*.yaml"))
    users = [path for d in map(Path, user_dirs)
             for path in sorted((d / "hs_codes" if (d / "hs_codes").is_dir() else d).glob("*.yaml"))]
    return kept("knowledge", lambda: _built(bundled, users), files=(*bundled, *users))


@paused
def _built(bundled: list[Path], users: list[Path]) -> Knowledge:
    b = _Builder()
    for path in bundled:
        b.add_file(path, f"data/hs_codes/{path.name}", user=False)
    for path in users:
        try:
            head = path.read_text(encoding="utf-8")[:4000]
        except OSError:
            continue
        if "kind: hs_" in head:
            b.add_file(path, str(path), user=True)
    knowledge = b.build()
    knowledge.inputs = (*bundled, *users)
    return knowledge
