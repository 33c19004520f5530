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
free nothing. Paused, they would cost one pass afterwards, the first young collection walking every object the
load made (92 ms at the end of a new process's first classified batch, which loads the national lines' tables);
`settle` moves them to the oldest generation instead, unwalked.

A command-line run ends with the interpreter's closing full collection over everything the process still holds
(rule packs, tariff tables, plans, the last chunk): 1.0-1.2 s after quoting 1M lines. `before_exit` spares it."""
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


def settle() -> None:
    """Move every object the collector tracks to its oldest generation, without walking them: what a load keeps
    for the life of the process is then looked at by full collections alone, as it would be once promoted. Nothing
    is kept from the collector (`gc.freeze` alone would: its objects are never collected again); only the young
    collections' one walk over them is saved. For loads only, not for a batch: its garbage would wait for a full
    collection."""
    gc.freeze()
    gc.unfreeze()


def paused(fn):
    """`fn` run with the collector paused (a one-time load), what it made then settled (`settle`)."""
    @functools.wraps(fn)
    def run(*args, **kwargs):
        with collection_paused():
            made = fn(*args, **kwargs)
            settle()
            return made
    return run


def before_exit() -> None:
    """At the end of a command-line run: what the process holds is left to the operating system, not walked by
    the interpreter's closing collection (objects in cycles are then not finalized; nothing of this library needs
    them to be). Exiting after a 1M-line quote: 1.0-1.2 s -> 0.1 s."""
    gc.freeze()
