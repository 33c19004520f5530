"""p50/p99 latency of quote() for a 5-line EU order, in-process, after warm-up."""
import statistics
import time

import tradecompliance as tc

ORDER = tc.Order.parse({
    "origin_country": "CN", "destination_country": "DE", "date": "2026-03-10", "currency": "USD", "shipping": "12.00",
    "lines": [{"description": f"item {i}", "hs_code": c, "quantity": "2", "unit_value": "19.99"}
              for i, c in enumerate(["6109.10", "4901.99", "8518.30", "7117.19", "8517.13"])],
})
rules = tc.load_rules()
for _ in range(200):
    tc.quote(ORDER, rules=rules)
samples = []
for _ in range(3000):
    t = time.perf_counter()
    tc.quote(ORDER, rules=rules)
    samples.append(time.perf_counter() - t)
samples.sort()
print(f"quote, 5 lines: p50 {statistics.median(samples)*1e3:.3f} ms, p99 {samples[int(len(samples)*0.99)]*1e3:.3f} ms over {len(samples)} calls")
