"""Milliseconds to classify one very long description (a pasted product page, keyword spam): the time
must grow in proportion to the words, not with their square, or one such row would stall a bulk run and
an HTTP worker. Prints ms per 1,000 words at 1k, 4k and 16k words of vocabulary terms and of filler."""
import random
import time

from tradecompliance.classification import classifier

clf = classifier()
terms = [" ".join(p) for p, _ in clf.k.products.items()][:5000] + "for with and cotton steel women replacement case".split()
random.seed(7)
clf.classify("warm-up mug")
for kind, pick in (("vocabulary terms", lambda: random.choice(terms)), ("one noun repeated", lambda: "steel cup")):
    for n in (1_000, 4_000, 16_000):
        text = " ".join(pick() for _ in range(n))
        words = len(text.split())
        t = time.perf_counter()
        clf.classify(text, category="Home & Garden > Kitchen,Dining & Bar")
        ms = (time.perf_counter() - t) * 1e3
        print(f"{kind:18s} {words:6,d} words: {ms:7.1f} ms, {ms / words * 1e3:5.1f} ms per 1,000 words")
