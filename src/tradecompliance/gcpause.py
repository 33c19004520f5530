"""Cyclic garbage collection paused while a batch step runs over one chunk, or while a one-time load builds
its tables.

A batch step builds hundreds of thousands of small objects per chunk (parsed parties, screenings, cache
entries kept across chunks), and almost none of them form cycles, so reference counting frees them. With
the collector on, each full collection walks every object the caches hold: screening 200,000 lines with a
new buyer per order spent 40% of its time there. The pause covers one chunk at a time, whose memory is
bounded by the chunk size, from its table in to its result table out (a collection set off while the result
was built walked the chunk's object arrays: quoting 200,000 lines lost 7 ms a chunk on average to them, a
full collection 130 ms every few chunks); the collector's state is restored afterwards, whatever happens.

A load (the classifier's knowledge, the speller, the national lines, the rule packs) makes its objects to
keep them: the collections its growth sets off walk all that it has built so far, again and again, and
free nothing. Paused, they cost one pass afterwards."""
from __future__ import annotations

import functools
import gc
from contextlib import contextmanager


@contextmanager
def collection_paused():
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def paused(fn):
    """`fn` run with the collector paused (a one-time load)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        with collection_paused():
            return fn(*args, **kwargs)
    return run
