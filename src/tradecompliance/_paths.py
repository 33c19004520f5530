"""Where the bundled rule packs and data live: inside the installed wheel, or at the checkout's root."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def bundled_root() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "_bundled"
    if (installed / "rules").is_dir():
        return installed
    checkout = here.parent.parent  # src/tradecompliance -> repository root (editable installs)
    if (checkout / "rules").is_dir():
        return checkout
    raise FileNotFoundError(f"bundled rules/ and data/ not found under {installed} or {checkout}")


def rules_dir() -> Path:
    return bundled_root() / "rules"


def data_dir() -> Path:
    return bundled_root() / "data"
