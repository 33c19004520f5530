"""Tokens and phrases: lower-case word tokens, singularised, and longest-match phrase lookup.

Titles and vocabulary go through the same normalisation, so "Earrings", "earring" and "EARRING"
meet, and "t-shirt" / "t shirt" are one phrase."""
from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_TOKEN = re.compile(r"[a-z0-9]+")
# marketplace filler in a title ("New", "Hot Sale", "Free Shipping", "Wholesale"), which names no good
MARKETPLACE_FILLER = frozenset({"new", "hot", "sale", "brand", "free", "shipping", "wholesale"})
_WORD = re.compile(r"([a-z0-9]+)")
# nouns that name one article in a plural form: not plurals where a title's word is asked whether it can qualify the
# next noun ("Eyeglasses Nose Pads" are nose pads for eyeglasses, as "Sunglasses Case" is a case)
_PLURAL_KEEP = frozenset("pliers scissors shears tweezers jeans pants shorts trousers leggings tights briefs panties boxers "
                         "overalls goggles binoculars sunglasses glasses eyeglasses spectacles".split())
# words `singular` leaves as they are: those above, but for the two the vocabulary also writes in the singular
# ("eyeglass frame", "spectacle chain"), and singulars ending in "s"
_KEEP = frozenset(
    "glass dress series species news bus gas lens plus thesis chassis canvas wireless "
    "stainless cross boss grass brass class kiss less loss moss mess press chess ss".split()
) | (_PLURAL_KEEP - {"eyeglasses", "spectacles"})


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """A crude English singular, good enough to make vocabulary and titles meet. Nouns in "-ie"
    ("hoodie", "beanie", "scrunchie") meet their plurals in "-ies" at "-y", as those plurals
    singularise ("hoodies" -> "hoody")."""
    base = _singular(word)
    base = _SPELLING.get(base, base)
    return base[:-2] + "y" if len(base) > 4 and base.endswith("ie") and base not in _KEEP else base


# British spellings meet the American ones the vocabulary mostly uses (both sides pass through here)
_SPELLING = {"organiser": "organizer", "colour": "color", "mould": "mold", "moisturiser": "moisturizer",
             "jewellery": "jewelry", "aluminium": "aluminum", "tyre": "tire", "pyjama": "pajama", "fibre": "fiber",
             "centre": "center", "metre": "meter", "litre": "liter", "grey": "gray", "favour": "favor",
             "catalogue": "catalog", "sanitiser": "sanitizer", "vapouriser": "vaporizer", "stabiliser": "stabilizer",
             "humidifer": "humidifier", "neckless": "necklace", "earing": "earring", "pendent": "pendant",
             "braclet": "bracelet", "jewelery": "jewelry", "jewlery": "jewelry", "jewellry": "jewelry",
             "sandle": "sandal", "sandel": "sandal", "stikcer": "sticker", "sticke": "sticker",
             "ax": "axe", "doughnut": "donut", "cosy": "cozy", "plough": "plow", "theatre": "theater",
             "sulphur": "sulfur", "moustache": "mustache", "vapour": "vapor", "odour": "odor", "armour": "armor",
             "flavour": "flavor", "fibreglass": "fiberglass", "colourful": "colorful", "coloured": "colored",
             "moulded": "molded", "moulding": "molding", "aeroplane": "airplane", "jeweller": "jeweler",
             "woollen": "woolen", "travelling": "traveling", "traveller": "traveler", "modelling": "modeling",
             "jewerly": "jewelry", "jewlry": "jewelry", "neckalce": "necklace", "necklase": "necklace",
             "chian": "chain", "keychian": "keychain", "bracelete": "bracelet", "brecelet": "bracelet",
             "earrring": "earring", "sunglase": "sunglasses",
             # "Sliver Color", "925 Sterling Sliver": the metal, as sellers often misspell it
             "sliver": "silver", "stainles": "stainless", "stainlees": "stainless", "wacth": "watch", "wtach": "watch"}


def is_plural(word: str) -> bool:
    """Whether the (lower-case) word is a plural form that `singular` reduces, a noun naming one article in a
    plural form (_PLURAL_KEEP) aside."""
    return word not in _PLURAL_KEEP and _singular(word) != word


_IRREGULAR = {"scarves": "scarf", "lenses": "lens", "mice": "mouse", "teeth": "tooth", "feet": "foot",
              "wolves": "wolf", "thieves": "thief", "loaves": "loaf", "geese": "goose", "potatoes": "potato",
              "tomatoes": "tomato", "heroes": "hero", "buses": "bus", "gases": "gas",
              # nouns in "-o" whose plural takes "-es" (the HTSUS's "Mangoes:", 0804.50), beside the "-oe" nouns
              # whose plural only adds "s" (shoes, canoes, sloes, aloes)
              "mangoes": "mango", "avocadoes": "avocado", "volcanoes": "volcano", "mosquitoes": "mosquito",
              "tornadoes": "tornado", "torpedoes": "torpedo", "buffaloes": "buffalo",
              "echoes": "echo", "cargoes": "cargo", "embargoes": "embargo", "jalapenos": "jalapeno",
              # plurals the rules below leave alone ("-is", "-us" end many singulars) or cut wrongly
              "bikinis": "bikini", "tankinis": "tankini", "monokinis": "monokini", "burkinis": "burkini",
              "skis": "ski", "camis": "cami", "jacuzzis": "jacuzzi", "leis": "lei", "minis": "mini",
              "santokus": "santoku", "nunchakus": "nunchaku", "cpus": "cpu", "gpus": "gpu", "mcus": "mcu",
              "tvs": "tv", "cds": "cd", "dvds": "dvd", "canvases": "canvas", "styluses": "stylus",
              "trellises": "trellis", "thermoses": "thermos", "cactuses": "cactus", "octopuses": "octopus",
              "mustaches": "mustache", "moustaches": "moustache", "mousses": "mousse", "gouaches": "gouache",
              "penknives": "penknife", "pickaxes": "pickaxe"}


@lru_cache(maxsize=65536)
def _singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word in _KEEP or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    if word.endswith("ves") and word[:-3] in ("kni", "wi", "shel", "lea", "hal", "sel"):
        return word[:-3] + ("fe" if word[:-3] in ("kni", "wi") else "f")
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    # "tuxedos", "kimonos", "ponchos", "photos": plurals, but for the few singulars in "-os"
    if word.endswith("os") and len(word) > 4 and word not in _KEEP_OS:
        return word[:-1]
    return word


# singular nouns ending in "-os" (a "thermos" is one flask)
_KEEP_OS = frozenset("chaos kudos cosmos ethos pathos bathos thermos asbestos lotos helios rhinoceros".split())


def tokens(text: str) -> list[str]:
    """Lower-case alphanumeric tokens, singularised; apostrophes join ("women's" -> "women")."""
    return list(phrase_key(text))


@lru_cache(maxsize=131072)
def phrase_key(text: str) -> tuple[str, ...]:
    """`tokens` as a tuple, cached: category paths and attribute keys repeat across rows."""
    return tuple(singular(t) for t in raw_tokens(text))


def raw_tokens(text: str) -> tuple[str, ...]:
    """The words of `tokens` before singularising (one for one), where number matters."""
    return tuple(_TOKEN.findall(_normal(text)))


def words_and_breaks(text: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """`raw_tokens`, and for each: does punctuation other than a hyphen stand before it ("jacket +
    pants", "case, cover")?  Words so separated belong to no common noun compound."""
    parts = _WORD.split(_normal(text))      # text between words, word, text between words, word ...
    return tuple(parts[1::2]), tuple([bool(gap.strip(" \t-")) for gap in parts[0:-1:2]])


def join_compounds(words: tuple[str, ...], breaks: tuple[bool, ...], pairs: dict) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """`words_and_breaks` with each pair of words the vocabulary knows as one word joined ("eye lashes" ->
    "eyelashes", "pony tail" -> "ponytail"): `pairs` maps a word to the singulars of the words it joins;
    punctuation between the two keeps them apart."""
    if not pairs or pairs.keys().isdisjoint(words):
        return words, breaks
    out_w: list[str] = []
    out_b: list[bool] = []
    i, n = 0, len(words)
    while i < n:
        if i + 1 < n and not breaks[i + 1] and singular(words[i + 1]) in pairs.get(words[i], ()):
            out_w.append(words[i] + words[i + 1])
            out_b.append(breaks[i])
            i += 2
            continue
        out_w.append(words[i])
        out_b.append(breaks[i])
        i += 1
    return tuple(out_w), tuple(out_b)


def without_versions(words: tuple[str, ...], breaks: tuple[bool, ...], standards: frozenset) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    """`words_and_breaks` without the numbers that follow a standard's name as its version ("bluetooth 5 0
    receiver" -> "bluetooth receiver"); punctuation inside the version ("5.0") is no break, punctuation
    before it carries to the word after it."""
    out_w: list[str] = []
    out_b: list[bool] = []
    i, n = 0, len(words)
    while i < n:
        if out_w and out_w[-1] in standards and words[i - 1] == out_w[-1] and words[i].isdigit():
            carry, j = breaks[i], i
            while j < n and words[j].isdigit():
                j += 1
            if j < n:
                out_w.append(words[j])
                out_b.append(breaks[j] or carry)
            i = j + 1
            continue
        out_w.append(words[i])
        out_b.append(breaks[i])
        i += 1
    return tuple(out_w), tuple(out_b)


_TURN = re.compile(r"[a-z]{2}[A-Z][a-z]")
_LETTERS = re.compile(r"[A-Za-z]+")
_GLUE_POINT = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")


_INNER_I = re.compile(r"(?<=[A-Za-z])I")
_WORD_WITH_INNER_I = re.compile(r"[A-Za-z]*[A-Za-z]I[A-Za-z]*")


def repair_capital_i(text: str, known) -> str:
    """Read a capital I inside a lower-case word as the l or i it stands for ("SteeI BraceIet", "TItanIum": a
    way of writing titles past brand filters), where exactly that reading makes a word `known` answers for;
    other words are left as they are."""
    if not _INNER_I.search(text):          # the common case, one linear scan
        return text

    def word(m: re.Match) -> str:
        w = m.group(0)
        spots = [k for k in range(1, len(w)) if w[k] == "I"]
        if sum(c.islower() for c in w) < 2 or not spots or len(spots) > 4:
            return w
        for choice in range(1 << len(spots)):
            chars = list(w)
            for bit, k in enumerate(spots):
                chars[k] = "l" if choice >> bit & 1 else "i"
            candidate = "".join(chars)
            if known(singular(candidate.lower())):
                return candidate
        return w

    return _WORD_WITH_INNER_I.sub(word, text)


def unglue(text: str, known) -> str:
    """Split words run together in capitals ("DollEyes", "ShoulderBag") at each lower-to-upper turn,
    unless the whole word, lower-cased and singularised, is one `known` answers for ("KeyChain",
    "CellPhone" are words of the vocabulary as they stand)."""
    if not _TURN.search(text):          # the common case, one linear scan
        return text

    def word(m: re.Match) -> str:
        w = m.group(0)
        if not _TURN.search(w) or known(singular(w.lower())):
            return w
        return _GLUE_POINT.sub(" ", w)

    return _LETTERS.sub(word, text)


# German "für" / "fürs" (for, for the), and the elided articles of French and Italian ("d'", "l'", "dell'")
_FUER = re.compile(r"(?<![^\W\d_])f[üÜ]rs?(?![^\W\d_])", re.IGNORECASE)
_ELISION = re.compile(r"(?<![^\W\d_])([dlDL]|[Qq]u|dell|nell|all|sull)['’](?=[aeiouhAEIOUH])")


def _normal(text: str) -> str:
    """Lower case, possessives and apostrophes dropped; HTML entities a scraped title carries ("&amp;",
    "&quot;") read as their characters, not as words ("amp"); an underscore separates words as a space does;
    full-width letters and spaces (Ｃar，ｂag) and accented letters (niños, café) read as their plain letters, but
    German "für" as "for" and "ß" as "ss"; an elided article stands apart from its noun ("d'Oreilles": "d oreilles")."""
    if "&" in text:
        text = html.unescape(text)
    if " + " in text:     # "Watch + Bracelet Set": two goods, as "and" says ("&" is left out: "Tablets & e-Books Case")
        text = text.replace(" + ", " and ")
    if not text.isascii():
        # German "für" and "fürs" (for) would read, their umlaut dropped, as the English "fur", "furs": "for" first
        text = _FUER.sub("for", text)
        # German "ß" has no decomposition: written "ss" ("Maßband" is one word, no "ma" and a "band")
        text = "".join(c for c in unicodedata.normalize("NFKD", text.replace("ß", "ss").replace("ẞ", "SS")) if not unicodedata.combining(c))
    if "'" in text or "’" in text:
        # French and Italian elision ("Boucles d'Oreilles", "L'Oréal", "dell'anno"): the article stands apart
        text = _ELISION.sub(r"\1 ", text)
    return text.lower().replace("'s ", " ").replace("’s ", " ").replace("'", "").replace("’", "").replace("_", " ")


class PhraseIndex:
    """Phrases (token tuples) -> payloads, matched greedily longest-first, left to right. Held as a trie
    (token -> [payloads or None, children]), so a lookup walks only as far as the title's words go on."""

    def __init__(self) -> None:
        self._map: dict[tuple[str, ...], list] = {}
        self._trie: dict[str, list] = {}

    def add(self, phrase: tuple[str, ...], payload) -> None:
        if phrase:
            self.reserve(phrase)
            self._map[phrase].append(payload)

    def reserve(self, phrase: tuple[str, ...]) -> None:
        """Match `phrase` (so no shorter phrase inside it is found) with no payload of its own."""
        if phrase:
            payloads = self._map.setdefault(phrase, [])
            level = self._trie
            for t in phrase[:-1]:
                level = level.setdefault(t, [None, {}])[1]
            level.setdefault(phrase[-1], [None, {}])[0] = payloads

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._map

    def starts(self, token: str) -> bool:
        """Whether some phrase held begins with `token`."""
        return token in self._trie

    def get(self, phrase: tuple[str, ...]) -> list:
        return self._map.get(phrase, [])

    def items(self):
        """(phrase, payloads) of every phrase held, reserved ones with no payloads."""
        return self._map.items()

    def _scan(self, toks: list[str], overlapping: bool) -> list[tuple[int, int, list]]:
        """(start, end, payloads) of the phrases in `toks`: every one (overlapping), or left to right the
        longest at each start, resuming after it."""
        out, i, n, root = [], 0, len(toks), self._trie
        while i < n:
            node, j, best = root.get(toks[i]), i, None
            while node is not None:
                j += 1
                if node[0] is not None:
                    best = (i, j, node[0])
                    if overlapping:
                        out.append(best)
                if j == n:
                    break
                node = node[1].get(toks[j])
            if best is not None and not overlapping:
                out.append(best)
                i = best[1]
            else:
                i += 1
        return out

    def end_at(self, toks: list[str], i: int) -> int:
        """Where the longest phrase starting at `toks[i]` ends (`i` if none starts there)."""
        node, j, end, n = self._trie.get(toks[i]) if i < len(toks) else None, i, i, len(toks)
        while node is not None:
            j += 1
            if node[0] is not None:
                end = j
            node = node[1].get(toks[j]) if j < n else None
        return end

    def find(self, toks: list[str]) -> list[tuple[int, int, list]]:
        """Non-overlapping (start, end, payloads), preferring the longest phrase at each start."""
        return self._scan(toks, False)

    def present(self, toks: list[str]) -> set[tuple[str, ...]]:
        """Every phrase occurring anywhere (overlaps allowed): for `words` conditions."""
        return {tuple(toks[s:e]) for s, e, _ in self._scan(toks, True)}
