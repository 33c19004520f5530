"""The official files the data update downloads (data/sources.yaml), read and checked like a rule pack: a
mistake names the file, the line and the field."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

from ..errors import RulePackError, TradeComplianceError

CHAPTERS = tuple(f"{n:02d}" for n in range(1, 100))


class SourcesError(TradeComplianceError, ValueError):
    """An unknown source id, a bad --mirror, or a sources file with mistakes."""


class DataSource(BaseModel):
    """One publisher's file or files and the importer that reads them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = ""
    title: str
    publisher: str
    files: dict[str, str]
    importer: Literal["usitc", "uktariff", "ecb", "ofac", "eu", "un", "uk", "csl"]
    feeds: tuple[str, ...]
    reference: str
    per_chapter: bool = False

    @field_validator("files")
    @classmethod
    def _addresses(cls, files: dict[str, str]) -> dict[str, str]:
        if not files:
            raise ValueError("at least one file is needed")
        for name, url in files.items():
            if "/" in name or name.startswith("."):
                raise ValueError(f"file name {name!r} must be a plain name (no folder, not hidden)")
            if not url.startswith(("https://", "http://")):
                raise ValueError(f"{name}: {url!r} is not an http(s) address")
        return files

    def downloads(self, mirror: str | None = None) -> list[tuple[str, str]]:
        """(local file name, address) of every file to fetch: one per chapter for a per-chapter source; from
        `<mirror>/<id>/<name>` when a mirror is given."""
        out = []
        for name, url in self.files.items():
            for chapter in (CHAPTERS if self.per_chapter else (None,)):
                local, address = name, url
                if chapter is not None:
                    nxt = f"{int(chapter) + 1:02d}"
                    fill = {"chapter": chapter, "from": f"{chapter}00", "to": f"{nxt}00"}
                    local, address = name.format(**fill), url.format(**fill)
                out.append((local, f"{mirror.rstrip('/')}/{self.id}/{local}" if mirror else address))
        return out


class _SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: str
    sources: dict[str, DataSource]


def read_sources(path: Path) -> tuple[str, dict[str, DataSource]]:
    """(version, sources by id) of a sources file; RulePackError naming file, line and field on a mistake."""
    from ..packs.loader import validate_doc
    from ..packs.yamlsource import YamlLoadError, parse_yaml

    try:
        doc = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    except YamlLoadError as exc:
        raise RulePackError([exc.problem]) from None
    problems: list = []
    parsed = validate_doc(_SourcesFile, doc, problems)
    if problems:
        raise RulePackError(problems)
    return parsed.version, {k: v.model_copy(update={"id": k}) for k, v in parsed.sources.items()}


@lru_cache(maxsize=None)
def load_sources() -> tuple[str, dict[str, DataSource]]:
    """The bundled data/sources.yaml."""
    from .._paths import data_dir

    return read_sources(data_dir() / "sources.yaml")


def pick(sources: dict[str, DataSource], only: list[str] | None) -> list[DataSource]:
    """The sources asked for (all when `only` is empty), in the file's order; an unknown id is an error that
    lists the known ones."""
    unknown = [s for s in only or () if s not in sources]
    if unknown:
        raise SourcesError(f"unknown source {', '.join(map(repr, unknown))}; known: {', '.join(sources)}")
    return [s for k, s in sources.items() if not only or k in only]
