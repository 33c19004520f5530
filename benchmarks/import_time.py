"""Time `import tradecompliance` in fresh interpreters (target < 300 ms). Prints the median of N runs."""
import statistics
import subprocess
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 15


def once() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import tradecompliance"], check=True)
    return time.perf_counter() - start


def baseline() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - start


if __name__ == "__main__":
    runs = sorted(once() for _ in range(N))
    base = sorted(baseline() for _ in range(N))
    med, b = statistics.median(runs), statistics.median(base)
    print(f"import tradecompliance: median {med*1000:.1f} ms wall (interpreter start alone {b*1000:.1f} ms; import cost {(med-b)*1000:.1f} ms) over {N} runs")
