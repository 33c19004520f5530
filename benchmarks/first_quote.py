"""The first quote of a fresh process (a CLI run, a worker, a serverless call): a one-line US order claiming KORUS,
timed from `import tradecompliance` to the answer, with the table cache off (every table parsed from the bundled
files) and kept (tables read back from $TRADECOMPLIANCE_CACHE after one run built them). Prints medians of N runs."""
import os
import statistics
import subprocess
import sys
import tempfile

N = int(sys.argv[1]) if len(sys.argv) > 1 else 7
CODE = """
import time
t = time.perf_counter()
import tradecompliance as tc
r = tc.quote({"origin_country": "KR", "destination_country": "US", "date": "2026-12-01", "currency": "USD",
              "lines": [{"description": "beef carcasses", "hs_code": "0201.10.50", "quantity": "1",
                         "unit_value": "1000.00", "preference_claimed": True}]})
assert r.status == "ok", r.errors
print(time.perf_counter() - t)
"""


def once(cache: str) -> float:
    env = {**os.environ, "TRADECOMPLIANCE_CACHE": cache}
    out = subprocess.run([sys.executable, "-c", CODE], env=env, check=True, capture_output=True, text=True).stdout
    return float(out)


if __name__ == "__main__":
    off = statistics.median(once("off") for _ in range(N))
    with tempfile.TemporaryDirectory() as folder:
        os.chmod(folder, 0o700)
        once(folder)                                     # builds and keeps the tables
        kept = statistics.median(once(folder) for _ in range(N))
    print(f"first US quote in a fresh process: cache off median {off*1000:.0f} ms, tables kept median {kept*1000:.0f} ms"
          f" over {N} runs")
