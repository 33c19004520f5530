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
    time-out, size limit)."""


@dataclass(frozen=True)
class Fetched:
    url: str
    final_url: str      # after redirects (OFAC's addresses redirect to a storage host)
    bytes: int
    sha256: str


def download(url: str, dest: Path, *, timeout: float, max_bytes: int, user_agent: str) -> Fetched:
    """Stream `url` into `dest`; DownloadError if it fails or grows past `max_bytes`."""
    if not url.startswith(("https://", "http://")):
        raise DownloadError(f"{url}: only http and https addresses are fetched")
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
        raise DownloadError(f"{url}: HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise DownloadError(f"{url}: {exc.reason}") from None
    except (socket.timeout, TimeoutError):
        raise DownloadError(f"{url}: no answer within {timeout:g} s") from None
    except ConnectionError as exc:
        raise DownloadError(f"{url}: {exc}") from None
    if size == 0:
        raise DownloadError(f"{url}: the answer was empty")
    return Fetched(url, final, size, digest.hexdigest())
