"""Fetch each source's files, import them, and put the result in place only when every step worked.

Layout of the folder it keeps (`out`):
    downloads/<source>/...      the files as published (the last ones that imported cleanly)
    tariffs/us.csv, hs_codes/us.csv    from us-hts  (TRADECOMPLIANCE_TARIFFS, TRADECOMPLIANCE_NATIONAL_LINES)
    tariffs/gb.csv              from gb-tariff (TRADECOMPLIANCE_TARIFFS)
    fx/eurofxref-hist.zip       from ecb-fx  (TRADECOMPLIANCE_FX)
    lists/entries.jsonl         every list source downloaded so far, together  (TRADECOMPLIANCE_LISTS)
    manifest.json               per source: when, from where, each file's size and SHA-256, what it gave

A source fails as a whole (a file that does not come, a file its importer cannot read, an answer with nothing
in it): its previous files and tables stay as they were and the manifest records the error beside them."""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..tableio import atomic_path
from .fetch import DownloadError, Fetched, download
from .sources import DataSource, SourcesError, load_sources, pick

MANIFEST = "manifest.json"
LOCK = ".update.lock"
LIST_IMPORTERS = ("ofac", "eu", "un", "uk", "csl")
ENV = {"tariffs": "TRADECOMPLIANCE_TARIFFS", "hs_codes": "TRADECOMPLIANCE_NATIONAL_LINES", "lists": "TRADECOMPLIANCE_LISTS",
       "fx": "TRADECOMPLIANCE_FX"}
TABLES = ("tariffs", "hs_codes", "fx")       # folders an importer writes into the staging folder


@dataclass
class SourceOutcome:
    id: str
    ok: bool
    message: str                                   # what it gave, or why it failed
    files: dict[str, dict] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)   # rows an importer could not express, each with why


@dataclass
class UpdateReport:
    out: Path
    outcomes: list[SourceOutcome]

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    def environment(self) -> dict[str, str]:
        """The variables that point the library at what the folder now holds."""
        return {var: str(self.out / sub) for sub, var in ENV.items() if (self.out / sub).is_dir()}


def update(out: str | Path, *, only: list[str] | None = None, mirror: str | None = None, timeout: float = 60.0,
           max_bytes: int = 1 << 30, retries: int = 2, valid_from: dt.date | None = None,
           progress: Callable[[str, int, int], None] | None = None) -> UpdateReport:
    """Download and import the sources asked for (all when `only` is empty) into `out`. `valid_from`: the
    date the downloaded US rates are cited from (default: today, the day they were seen in force)."""
    from .. import __version__

    out = Path(out)
    version, sources = load_sources()
    chosen = pick(sources, only)
    out.mkdir(parents=True, exist_ok=True)
    agent = f"tradecompliance/{__version__} (data update)"
    today = dt.date.today()
    outcomes = []
    with _exclusive(out):
        for source in chosen:
            outcomes.append(_update_one(source, out, mirror=mirror, timeout=timeout, max_bytes=max_bytes, retries=retries,
                                        agent=agent, valid_from=valid_from or today, today=today, progress=progress))
        if any(o.ok and sources[o.id].importer in LIST_IMPORTERS for o in outcomes):
            _rebuild_lists(out, sources, outcomes)
        _write_manifest(out, version, sources, outcomes)
    return UpdateReport(out, outcomes)


@contextmanager
def _exclusive(out: Path):
    """One update of a folder at a time (two scheduled runs that overlap would write the same staging
    folders): the second is refused at once, naming the lock, rather than waiting."""
    try:
        import fcntl
    except ImportError:              # not a POSIX system: no lock
        yield
        return
    with open(out / LOCK, "a+") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SourcesError(f"{out}: another data update is running on this folder (lock {out / LOCK})") from None
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _update_one(source: DataSource, out: Path, *, mirror, timeout, max_bytes, retries, agent, valid_from, today, progress) -> SourceOutcome:
    downloads = out / "downloads"
    partial, staging = downloads / f".{source.id}.partial", out / f".{source.id}.staging"
    for tmp in (partial, staging):
        shutil.rmtree(tmp, ignore_errors=True)
    partial.mkdir(parents=True)
    files: dict[str, dict] = {}
    try:
        wanted = source.downloads(mirror)
        for n, (name, url) in enumerate(wanted, start=1):
            got: Fetched = download(url, partial / name, timeout=timeout, max_bytes=max_bytes, user_agent=agent, retries=retries)
            files[name] = {"url": got.url, "final_url": got.final_url, "bytes": got.bytes, "sha256": got.sha256}
            if progress:
                progress(source.id, n, len(wanted))
        paths = [partial / name for name, _ in wanted]
        if source.importer == "usitc":
            message, skipped = _import_hts(paths, staging, valid_from=valid_from.isoformat(), edition=f"current release as retrieved {today.isoformat()}")
        elif source.importer == "uktariff":
            message, skipped = _import_uk_tariff(paths[0], staging, edition=f"latest version as retrieved {today.isoformat()}")
        elif source.importer == "ecb":
            message, skipped = _check_ecb(paths[0], staging), []
        else:
            message, skipped = _check_list(source.importer, paths), []
    except DownloadError as exc:
        return _failed(source, partial, staging, str(exc))
    except (ValueError, OSError) as exc:    # an importer's "not in the expected layout", a disk error
        said = str(exc).replace(f"{partial}{os.sep}", "")      # the file's name, not the folder it was fetched into
        return _failed(source, partial, staging, f"{source.id}: {said}")
    _commit(partial, downloads / source.id)
    for sub in TABLES:
        for table in sorted((staging / sub).iterdir()) if (staging / sub).is_dir() else ():
            (out / sub).mkdir(exist_ok=True)
            table.replace(out / sub / table.name)
    shutil.rmtree(staging, ignore_errors=True)
    return SourceOutcome(source.id, True, message, files, skipped)


def _failed(source: DataSource, partial: Path, staging: Path, message: str) -> SourceOutcome:
    for tmp in (partial, staging):
        shutil.rmtree(tmp, ignore_errors=True)
    return SourceOutcome(source.id, False, message)


def _commit(partial: Path, final: Path) -> None:
    """The new download folder replaces the old one (renames only, so the old one stays whole until then)."""
    old = final.with_name(f".{final.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if final.exists():
        final.rename(old)
    partial.rename(final)
    shutil.rmtree(old, ignore_errors=True)


def _import_hts(paths: list[Path], staging: Path, *, valid_from: str, edition: str) -> tuple[str, list[str]]:
    """The chapters' exports read as one schedule; an answer with no rate at all is no schedule."""
    from ..landed.importers.usitc import HtsImport, read_hts_json

    whole = HtsImport()
    for path in paths:
        part = read_hts_json(path, valid_from=valid_from, edition=edition)
        whole.tariff_rows += part.tariff_rows
        whole.national_lines += part.national_lines
        whole.skipped += part.skipped
    if not whole.tariff_rows:
        raise ValueError(f"no rate in {len(paths)} file(s): not the USITC HTS export")
    whole.write(staging)
    general = sum(not r["agreement"] for r in whole.tariff_rows)
    return (f"{general:,} rates, {len(whole.national_lines):,} 10-digit lines, {len(whole.tariff_rows) - general:,} rows of trade "
            f"agreements, {len(whole.skipped):,} rates not expressible (listed)"), whole.skipped


def _import_uk_tariff(path: Path, staging: Path, *, edition: str) -> tuple[str, list[str]]:
    from ..landed.importers.taric import partner_agreements, read_uk_measures
    from ..packs.loader import load_rules

    result = read_uk_measures(path, edition=edition, agreements=partner_agreements(load_rules(), "gb"))
    if not result.tariff_rows:
        raise ValueError(f"{path.name}: no third-country duty in the file")
    result.write(staging)
    return f"{len(result.tariff_rows):,} rates, {len(result.skipped):,} not expressible (listed)", result.skipped


def _check_ecb(path: Path, staging: Path) -> str:
    """The ECB history read as the quote reads it (a USD column, a latest day), then kept as published."""
    import zipfile

    from ..currency.fx import ECB_FILE, read_ecb_zip

    try:
        table = read_ecb_zip(path, "download")
        last = table.last_date()
        usd = table.quote("EUR", "USD", last) if last else None
    except (zipfile.BadZipFile, KeyError, IndexError) as exc:
        raise ValueError(f"{path.name}: not the ECB's eurofxref-hist.zip ({exc.__class__.__name__}: {exc})") from None
    except LookupError as exc:     # RateNotFound: no USD column
        raise ValueError(f"{path.name}: {exc}") from None
    if usd is None:
        raise ValueError(f"{path.name}: no rate in the file")
    (staging / "fx").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(path, staging / "fx" / ECB_FILE)
    return f"{len(table.published)} currencies, last day {last} (EUR 1 = USD {usd.rate})"


def _check_list(importer: str, paths: list[Path]) -> str:
    from ..screening.parties.importers import read

    entries = read(importer, *paths)
    if not entries:
        raise ValueError("the files hold no entry")
    return f"{len(entries):,} entries"


def _rebuild_lists(out: Path, sources: dict[str, DataSource], outcomes: list[SourceOutcome]) -> None:
    """One store of every list source downloaded so far (this run's and earlier runs' files)."""
    from ..screening.parties.lists import import_lists

    held = [(s.importer, [out / "downloads" / s.id / name for name, _ in s.downloads()], None)
            for s in sources.values() if s.importer in LIST_IMPORTERS and (out / "downloads" / s.id).is_dir()]
    try:
        import_lists(held, out / "lists")
    except (ValueError, OSError) as exc:
        for o in outcomes:
            if o.ok and sources[o.id].importer in LIST_IMPORTERS:
                o.ok, o.message = False, f"{o.id}: the list store could not be rebuilt: {exc}"


def _write_manifest(out: Path, version: str, sources: dict[str, DataSource], outcomes: list[SourceOutcome]) -> None:
    path = out / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    entries = manifest.setdefault("sources", {})
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
    for o in outcomes:
        s = sources[o.id]
        if o.ok:
            entries[o.id] = {"title": s.title, "publisher": s.publisher, "reference": s.reference, "feeds": list(s.feeds),
                             "retrieved_at": now, "sources_file_version": version, "result": o.message,
                             "not_expressible": o.skipped, "files": o.files}
        else:
            entries.setdefault(o.id, {"title": s.title, "publisher": s.publisher})
            entries[o.id].update({"last_error": o.message, "last_error_at": now})
    with atomic_path(path) as tmp:
        Path(tmp).write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
