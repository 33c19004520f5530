"""Measured bounds of subheadings and national lines, and the measures a listing states. HS 2022 and the HTSUS
split motors, generators, transformers, power supplies and vacuum cleaners by rated power ("of an output exceeding
750W but not exceeding 75kW", "Having a power handling capacity less than 40 VA"), engines, cars and motorcycles by
cylinder capacity ("exceeding 50cc but not exceeding 250cc"), drones, scales and washing machines by weight ("maximum
take-off weight of not more than 250g"), vacuum cleaners by volume and TVs by screen diagonal, which words alone
cannot tell: a listing that states the figure ("65W", "2000 Watt", "150cc", "249g", '55"') rules out the codes whose
bound excludes it."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..hs.nomenclature import nomenclature
from .line_value import Bound

_FLUID_OUNCE = Decimal("0.0295735295625")     # litres in a US fluid ounce (1/128 of 3.785411784)
# a unit as tariff texts and listings write it: (kind, factor to watts, volt-amperes, cubic centimetres, grams or
# litres; a gallon is the US one)
_UNITS = {"w": ("W", 1), "watt": ("W", 1), "watts": ("W", 1), "kw": ("W", 1000),
          "va": ("VA", 1), "kva": ("VA", 1000), "cc": ("cm3", 1), "cm3": ("cm3", 1),
          "g": ("g", 1), "gram": ("g", 1), "grams": ("g", 1), "kg": ("g", 1000), "kgs": ("g", 1000),
          "l": ("l", 1), "liter": ("l", 1), "liters": ("l", 1), "litre": ("l", 1), "litres": ("l", 1), "ltr": ("l", 1),
          "ml": ("l", Decimal("0.001")), "cl": ("l", Decimal("0.01")), "gallon": ("l", Decimal("3.785411784")), "gallons": ("l", Decimal("3.785411784")),
          "gal": ("l", Decimal("3.785411784")),
          "lb": ("g", Decimal("453.59237")), "lbs": ("g", Decimal("453.59237")), "pound": ("g", Decimal("453.59237")),
          "pounds": ("g", Decimal("453.59237")), "fl oz": ("l", _FLUID_OUNCE),
          # the HTSUS bounds engines and motors at whole horsepower written as 746 W a horsepower ("Less than 746 W",
          # "746 W or greater but less than 4,476 W", "not exceeding 18.65 kW": 1, 6 and 25 hp)
          "hp": ("W", 746), "horsepower": ("W", 746)}
# an ounce a listing states unqualified is a weight ("8 oz fishing sinker") or, for drinkware and jars, a US fluid
# ounce ("40 oz water bottle", "16 oz mason jar"): it is read as both, and a bound tests the kind it is written in
_OUNCE = (("g", Decimal("28.349523125")), ("l", _FLUID_OUNCE))
# a figure stated in US units is taken to the gram or millilitre, the precision the tariff writes them in (the HTSUS
# writes 16 fluid ounces as "0.473 liter": 473.176 ml, read as 0.473 l, is "not exceeding 0.473 liter")
_OUNCE_WORDS = frozenset({"oz", "ounce", "ounces"})
_US_UNITS = frozenset({"lb", "lbs", "pound", "pounds", "gallon", "gallons", "gal", "fl oz"}) | _OUNCE_WORDS
_PRECISION = {"g": Decimal("1"), "l": Decimal("0.001")}
_BOUND_UNITS = r"kva|va|kw|w|cc|cm3|kg|g|liters?|litres?|ml|l"
# one limit of a bound in a line's text: "not exceeding 50 W", "exceeding 650 kVA", "less than 40 VA", "not more
# than 250g", "40 VA or greater", "184 liters and over", "2 litres or less", "of 1 kVA" (exactly); not a weight per
# area ("200 g/m2") or per dozen ("weighing more than 9 kg per dozen", 6203.41.05.10: no unit weight)
_LIMIT = re.compile(r"(?:\b(not exceeding|exceeding|not over|over|not more than|more than|less than|under|of)\s+)?"
                    rf"(\d[\d,]*(?:\.\d+)?)\s*({_BOUND_UNITS})\b(?!/|\s+per\b)"
                    r"(\s+(?:or|and)\s+(?:more|greater|over|less|under))?", re.IGNORECASE)
# a lower limit whose unit only the upper one writes ("cylinder capacity over 1000 but not over 1500cc")
_UNIT_AFTER = re.compile(rf"(\d[\d,]*(?:\.\d+)?)(?=\s+but\s+not\s+(?:over|exceeding|more than)\s+\d[\d,]*(?:\.\d+)?\s*({_BOUND_UNITS})\b)",
                         re.IGNORECASE)
# the words between a limit and its figure ("not exceeding a net weight of 1kg", "of a content not exceeding 3kg")
_FILLER = re.compile(r"\b(not exceeding|exceeding|not over|over|not more than|more than|less than|under)\s+"
                     r"(?:(?:a|an|the|net|gross|weight|content|capacity)\s+)*of\s+", re.IGNORECASE)
# a figure restated in other units after it ("22.71 liters (6 gallons) or more"): the suffix belongs to the first
_RESTATED = re.compile(r"\s*\(\d[\d.,]*\s*[a-z]+\)", re.IGNORECASE)
# a fraction or mixed number a listing states a measure in ("1/2 gallon", "3/4 HP", "1-1/2 inch", "2 1/2 lb")
_FRACTION = r"\d{1,3}(?:[ -]\d{1,2})?/[1-9]\d?"
# a measure a listing states: "65W", "1.5 kW", "2,000 Watt", "150cc", "249g", "6 gallon", "1.5L", "70cl"; a lone "W" before
# "x" is a width ("60 W x 40 D"), one before a hyphen an oil's viscosity grade ("5W-30"); a capital "G" a network or
# band ("5G", "2.4G"), not grams
_STATED = (rf"(?P<number>{_FRACTION}|\d{{1,3}}(?:[.,]\d{{3}})+|\d+(?:[.,]\d+)?)\s*"
           r"(?P<unit>kva|va|kw|watts?|cc|cm3|kgs?|grams?|g|ml|cl|liters?|litres?|ltr|l|gallons?|gal|lbs?|pounds?|hp|horsepower|"
           r"fl\.?\s*oz|fluid\s+ounces?|oz|ounces?|w(?!\s*[x\u00d7*]))(?![\w/-])")
# a parenthesis that excepts goods from a level ("(except sprayers, self-contained, having a capacity not over 20
# liters)")
_EXCEPTED = re.compile(r"\(except\b([^)]*)\)", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")
# a refrigerator's or freezer's volume in cubic feet
_CUBIC_FEET = r"(?P<cubic_feet>\d+(?:\.\d+)?)\s*(?:cu\.?\s*ft\b\.?|cubic\s+f(?:ee|oo)t\b)"
# what the explanation calls the figures of each kind
MEASURE_NAMES = {"W": "power", "VA": "power", "cm3": "cylinder capacity", "g": "weight", "l": "volume"}
# a display's diagonal as the HTSUS bounds TVs and monitors ("With a video display diagonal not exceeding 34.29 cm",
# "... with a video display diagonal: > Exceeding 75 cm but not exceeding 88 cm"), in centimetres
DIAGONAL = "cm diagonal"
_DIAGONAL_LIMIT = re.compile(r"(?:\b(not exceeding|exceeding|not over|over|less than|under)\s+)(\d[\d,]*(?:\.\d+)?)\s*(cm)\b", re.IGNORECASE)
# a screen size a listing states: 55", 55 inch, 55-inch, 27in
_INCHES = rf"(?P<inches>{_FRACTION}|\d{{1,3}}(?:\.\d)?)\s*(?:\"|\u201d|''|-?\s*inch(?:es)?\b|in\b(?!\s*1\b))"
# the three read in one pass over the text, each from the start of a number (their units differ, so at most one
# matches there); each starts with a digit, which the lookahead tests first: the alternatives are tried only there
# (a quarter less time on a listing's title and attributes)
_MEASURES = re.compile(rf"(?<![\w.,])(?=\d)(?:{_STATED}|{_CUBIC_FEET}|{_INCHES})", re.IGNORECASE)


@lru_cache(maxsize=8192)
def measure_bound(segment: str, diagonal: bool = False) -> tuple[str, Bound] | None:
    """(kind, bound) of the power, cylinder capacity, weight or volume one level of a line's text (or a clause of a
    subheading's text) sets, or None: no bound, or one it cannot read (a level that mixes kinds). `diagonal`: the level is of
    lines that bound a display's diagonal (a level saying "diagonal" is), whose centimetres are read as such."""
    excepted = _EXCEPTED.search(segment)
    if excepted:
        return _excepted_bound(segment, excepted, diagonal)
    low = high = None
    low_in = high_in = False
    kinds = set()
    limits = _LIMIT.finditer(_UNIT_AFTER.sub(r"\1 \2", _FILLER.sub(r"\1 ", _RESTATED.sub("", segment))))
    if diagonal or "diagonal" in segment.lower():
        limits = [*limits, *_DIAGONAL_LIMIT.finditer(segment)]
    for m in limits:
        word, number, unit = m.group(1), m.group(2), m.group(3).lower()
        or_more = m.group(4) if unit != "cm" else None
        if word is None and not or_more:
            continue                      # a bare figure ("for 6, 12 or 24 V systems", "of heading 8471") bounds nothing
        kind, factor = _UNITS[unit] if unit != "cm" else (DIAGONAL, 1)
        kinds.add(kind)
        amount = Decimal(number.replace(",", "")) * factor
        word = (word or "").lower()
        if word in ("not exceeding", "not over", "not more than") or (or_more or "").strip().lower().endswith(("less", "under")):
            high, high_in = amount, True  # ... and "2 litres or less"
        elif word in ("less than", "under"):
            high, high_in = amount, False
        elif word in ("exceeding", "over", "more than"):
            low, low_in = amount, False
        elif word == "of" and not or_more:
            low, low_in, high, high_in = amount, True, amount, True
        else:                             # "40 VA or greater"
            low, low_in = amount, True
    if len(kinds) != 1 or (low is None and high is None):
        return None
    return kinds.pop(), Bound(low, low_in, high, high_in, 1)


def _excepted_bound(segment: str, excepted: re.Match, diagonal: bool) -> tuple[str, Bound] | None:
    """The bound of a level that excepts the goods within a bound ("Sprayers (except sprayers, self-contained, having
    a capacity not over 20 liters)", 8424.41.10): the rest of the range, where the level bounds nothing else and
    the excepted bound is one-sided; else None."""
    if measure_bound(segment[:excepted.start()] + segment[excepted.end():], diagonal) is not None:
        return None
    inner = measure_bound(excepted.group(1), diagonal)
    if inner is None:
        return None
    kind, b = inner
    if b.low is None:
        return kind, Bound(b.high, not b.high_included, None, False, 1)
    if b.high is None:
        return kind, Bound(None, False, b.low, not b.low_included, 1)
    return None


def stated_measures(text: str) -> dict[str, tuple[Decimal, ...]]:
    """The powers, cylinder capacities, weights, volumes and screen sizes a listing's text states, by kind ("65W USB
    C Charger" -> {"W": (65,)}, "1.5 kW" -> 1500 W, "2,000 Watt" -> 2000 W, "150cc" -> 150 cm3, "110 lb" -> 49895 g,
    "16 oz" -> 454 g and 0.473 l, '55"' -> 139.7 cm diagonal): a separator before three digits marks thousands,
    another a decimal ("1,5 kW")."""
    out: dict[str, list[Decimal]] = {}
    found = list(_MEASURES.finditer(text))
    for m in found:
        if m.group("unit") is None or m.group("unit") == "G":
            continue
        number, unit = m.group("number"), " ".join(m.group("unit").lower().replace(".", " ").split())
        unit = "fl oz" if unit.startswith("fl") else unit
        amount = _number(number)
        if amount is None:
            continue
        for kind, factor in _OUNCE if unit in _OUNCE_WORDS else (_UNITS[unit],):
            figure = amount * factor
            if unit in _US_UNITS:
                figure = figure.quantize(_PRECISION[kind])
            out.setdefault(kind, []).append(figure)
    for m in found:                       # cubic feet as litres, after the figures stated in litres
        if m.group("cubic_feet") is not None:
            out.setdefault("l", []).append((Decimal(m.group("cubic_feet")) * Decimal("28.316846592")).quantize(_PRECISION["l"]))
    for m in found:                       # a screen's size in inches, as its diagonal in centimetres
        if m.group("inches") is not None:
            out.setdefault(DIAGONAL, []).append(_number(m.group("inches")) * Decimal("2.54"))
    return {kind: tuple(v) for kind, v in out.items()}


def _number(text: str) -> Decimal | None:
    """A stated figure's value: "2,000" and "2.000" (thousands), "1,5" (a decimal comma), "1/2", "1-1/2" and "2 1/2"
    (fractions, to four decimals)."""
    if "/" in text:
        whole, _, fraction = text.replace("-", " ").rpartition(" ")
        numerator, denominator = fraction.split("/")
        return ((Decimal(whole) if whole else Decimal(0)) + Decimal(numerator) / Decimal(denominator)).quantize(Decimal("0.0001"))
    text = text.replace(",", "").replace(".", "") if _THOUSANDS.fullmatch(text) else text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def stated_as(measures: dict, kind: str) -> tuple[tuple, bool]:
    """The figures of `kind` a listing states (`stated_measures`), and whether they are its watts read as
    volt-amperes: a transformer or generating set sold by its watts ("2000W") against bounds in kVA, its apparent
    power being at least its real power (equal at unity power factor)."""
    if measures.get(kind):
        return measures[kind], False
    if kind == "VA" and measures.get("W"):
        return measures["W"], True
    return (), False


def measured_subheading(code: str, measures: dict) -> tuple[str, str] | None:
    """(subheading, note) of the subheading a listing's stated power, capacity or weight puts `code` in, or None:
    `code`'s text bounds no measure the listing states. `code` itself where its bounds admit the figures; else a
    subheading of the same heading whose text is nearly the same and admits them (8501.31 "DC, of an output not
    exceeding 750W" -> 8501.32 "... exceeding 750W but not exceeding 75kW"), or the one residual subheading of its
    group ("Fans ... not exceeding 125W" -> 8414.59; a 6-gallon vacuum cleaner, beyond 8508.11's 20 l, 8508.19);
    None where neither is found."""
    own = _subheading_bounds(code)
    if own is None:
        return None
    bounds, stem = own
    checked = [(kind, bound, *stated_as(measures, kind)) for kind, bound in bounds]
    checked = [(kind, bound, stated, as_va) for kind, bound, stated, as_va in checked if stated]
    if not checked:
        return None
    figure = "; ".join(", ".join(shown(v, "W" if as_va else kind) for v in stated) + (" (read as volt-amperes)" if as_va else "")
                       for kind, _, stated, as_va in checked)
    failing = {kind for kind, bound, stated, _ in checked if not any(bound.admits(v) for v in stated)}
    if not failing:
        return code, f"the listing states {figure}, within HS 2022 {code[:4]}.{code[4:]} ({_text(code)})"
    admitting = []
    for other in _heading_subheadings(code):
        theirs = _subheading_bounds(other) if other != code else None
        if theirs is not None and failing & {kind for kind, _ in theirs[0]} and _admits(theirs[0], measures):
            admitting.append((_likeness(stem, theirs[1]), other))
    if admitting:
        admitting.sort(reverse=True)
        best, to = admitting[0]
        if best >= 0.75 and (len(admitting) == 1 or admitting[1][0] < best):
            return to, f"the listing states {figure}: HS 2022 {to[:4]}.{to[4:]} ({_text(to)}), not {code[:4]}.{code[4:]} ({_text(code)})"
        return None
    rest = [c for c in _heading_subheadings(code) if c[:5] == code[:5] and c != code and c.endswith("9")
            and _subheading_bounds(c) is None]
    if len(rest) == 1:
        to = rest[0]
        return to, f"the listing states {figure}, which HS 2022 {code[:4]}.{code[4:]} ({_text(code)}) excludes: {to[:4]}.{to[4:]}, the other goods of its group"
    return None


def _admits(bounds: tuple, measures: dict) -> bool:
    """Whether every bound of a kind the listing states admits one of its figures of that kind."""
    return all(any(b.admits(v) for v in stated) for kind, b in bounds if (stated := stated_as(measures, kind)[0]))


def shown(value: Decimal, kind: str) -> str:
    """A stated figure as the explanation writes it: "65 W", "2.5 kg" (not 2500 g), "22.712 l" (6 US gallons, to
    the millilitre as it was read)."""
    if kind == "g" and value >= 1000:
        value, kind = value / 1000, "kg"
    return f"{value.normalize():f} {kind}"


def _text(code: str) -> str:
    """A subheading's text after its heading's (after the first ";")."""
    entry = nomenclature.get(code)
    if entry is None:
        return ""
    head, sep, rest = entry.description.partition(";")
    return (rest if sep else head).strip()


@lru_cache(maxsize=4096)
def _subheading_bounds(code: str) -> tuple[tuple, frozenset] | None:
    """((kind, bound), ...) and the words before the first bound, of a subheading whose text bounds a power,
    cylinder capacity, weight or volume, each clause ("of a power not exceeding 1,500 W and having a ... receptacle
    capacity not exceeding 20L") read on its own; None where it bounds none."""
    text = _text(code)
    bounds = {}
    for clause in re.split(r"\band\b|;", text):
        found = measure_bound(clause)
        if found is not None:
            bounds.setdefault(found[0], found[1])
    if not bounds:
        return None
    norm = _UNIT_AFTER.sub(r"\1 \2", _FILLER.sub(r"\1 ", _RESTATED.sub("", text)))
    first = _LIMIT.search(norm)
    cut = norm[:first.start()] if first else norm
    return tuple(bounds.items()), frozenset(re.findall(r"[a-z0-9]+", cut.lower()))


def _heading_subheadings(code: str) -> tuple[str, ...]:
    heading = nomenclature.get(code[:4])
    return heading.children if heading else ()


def _likeness(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0
