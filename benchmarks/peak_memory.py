"""A benchmark child's own peak resident memory.

ru_maxrss is not that on Linux: a child keeps the peak of the parent's image it was started from (a parent at
444 MiB started a child whose ru_maxrss said 444 MiB and whose VmHWM said 8), so a child started by a benchmark
after generating its input reported the benchmark's size: bulk_pipeline printed 805-807 MiB for every step until
session 94. VmHWM is the high-water mark of the process's own address space since exec."""
from __future__ import annotations

import resource


def peak_rss_mib() -> float:
    """VmHWM from /proc/self/status, in MiB; ru_maxrss where the system has no /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
