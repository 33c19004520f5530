from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import textwrap
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# the tables a run keeps on disk (built_cache.py) go to this test session's own folder, never the user's cache
if "TRADECOMPLIANCE_CACHE" not in os.environ:
    os.environ["TRADECOMPLIANCE_CACHE"] = _CACHE = tempfile.mkdtemp(prefix="tradecompliance-tests-")
    atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def rules():
    import tradecompliance as tc

    return tc.load_rules()


@pytest.fixture
def write_rules(tmp_path):
    """Write a rules folder from {relative path: yaml text}; returns its path."""

    def write(files: dict[str, str]) -> Path:
        root = tmp_path / "myrules"
        for rel, text in files.items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return root

    return write
