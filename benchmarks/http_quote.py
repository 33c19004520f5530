"""Requests/s and p50/p99 latency of POST /v1/quote (a 5-line order) at 1, 8 and 64 concurrent clients.

Starts `tradecompliance serve` on loopback and drives it with hey (Debian package `hey`), which runs in its
own process so the load generator does not share the server's interpreter. (wrk was tried first: with one
connection its latency histogram reports a p99 of 150-200 ms that neither hey nor ab reproduce, max 3-5 ms.)

    python benchmarks/http_quote.py [--workers 2] [--seconds 10]"""
import argparse
import json
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ORDER = {
    "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "USD", "shipping": "12.00",
    "lines": [{"description": f"item {i}", "hs_code": c, "quantity": "2", "unit_value": "19.99"}
              for i, c in enumerate(["6109.10", "4901.99", "8518.30", "7117.19", "8517.13"])],
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1)
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("server did not start")




def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seconds", type=int, default=10)
    args = ap.parse_args()
    if not shutil.which("hey"):
        raise SystemExit("hey not found: apt-get install hey")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "tradecompliance_cli.main", "serve", "--port", str(port),
                               "--workers", str(args.workers)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(url)
        with tempfile.TemporaryDirectory() as tmp:
            body = Path(tmp) / "order.json"
            body.write_text(json.dumps(ORDER))
            print(f"POST /v1/quote, 5-line order, {args.workers} server worker(s), {args.seconds} s per level")
            for clients in (1, 8, 64):
                out = subprocess.run(["hey", "-z", f"{args.seconds}s", "-c", str(clients), "-m", "POST",
                                      "-T", "application/json", "-D", str(body), url + "/v1/quote"],
                                     capture_output=True, text=True, check=True).stdout
                rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
                p50 = float(re.search(r"50% in ([\d.]+) secs", out).group(1)) * 1e3
                p99 = float(re.search(r"99% in ([\d.]+) secs", out).group(1)) * 1e3
                codes = dict(re.findall(r"\[(\d{3})\]\s+(\d+) responses", out))
                other = {k: v for k, v in codes.items() if k != "200"}
                print(f"  {clients:>2} clients: {rps:8.0f} req/s   p50 {p50:7.2f} ms   p99 {p99:7.2f} ms"
                      + (f"   non-200 {other}" if other else ""))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
