"""One file over HTTP(S) to disk, bounded in time and size, with its SHA-256: what a download must record so
that a reviewer can tell later which file a figure came from."""
from __future__ import annotations

import hashlib
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from ..errors import TradeComplianceError

CHUNK = 1 << 20


class DownloadError(TradeComplianceError, OSError):
    """A file could not be fetched: the message names the address and why (HTTP status, network error,
    time-out, size limit). `transient`: worth asking again (a 5xx or 429 answer, no answer, a dropped
    connection), unlike a 404 or a file over the size limit."""

    def __init__(self, message: str, transient: bool = False):
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str      # after redirects (OFAC's addresses redirect to a storage host)
    bytes: int
    sha256: str


def download(url: str, dest: Path, *, timeout: float, max_bytes: int, user_agent: str, retries: int = 2,
             pause: float = 1.0) -> Fetched:
    """Stream `url` into `dest`, asking again up to `retries` times (after `pause`, then twice that ...) when
    the failure is transient; DownloadError if it still fails or grows past `max_bytes`."""
    import time

    for attempt in range(retries + 1):
        try:
            return _download_once(url, dest, timeout=timeout, max_bytes=max_bytes, user_agent=user_agent)
        except DownloadError as exc:
            if not exc.transient or attempt == retries:
                if attempt:
                    raise DownloadError(f"{exc} (after {attempt + 1} attempts)", exc.transient) from None
                raise
            time.sleep(pause * 2 ** attempt)
    raise AssertionError("unreachable")


def _download_once(url: str, dest: Path, *, timeout: float, max_bytes: int, user_agent: str) -> Fetched:
    if not url.startswith(("https://", "http://", "file://")):
        raise DownloadError(f"{url}: only http, https and file addresses are fetched")
    local = url.startswith("file://")
    request = urllib.request.Request(url, headers={"User-Agent": user_agent, "Accept": "*/*"})
    digest, size = hashlib.sha256(), 0
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp, open(dest, "wb") as out:
            final = resp.geturl()
            while True:
                block = resp.read(CHUNK)
                if not block:
                    break
                size += len(block)
                if size > max_bytes:
                    raise DownloadError(f"{url}: larger than the limit of {max_bytes:,} bytes (raise --max-mb)")
                digest.update(block)
                out.write(block)
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}", exc.code >= 500 or exc.code == 429) from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"{url}: {exc.reason}", not local) from None
    except (socket.timeout, TimeoutError):
        raise DownloadError(f"{url}: no answer within {timeout:g} s", True) from None
    except ConnectionError as exc:
        raise DownloadError(f"{url}: {exc}", True) from None
    if size == 0:
        raise DownloadError(f"{url}: the answer was empty")
    return Fetched(url, final, size, digest.hexdigest())
