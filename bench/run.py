"""``make bench``: every benchmark in bench/, one after the other, with the machine named once.

Each module has a ``main()`` that prints its own figures. Throughput is per core (CPU
time of this process); query latencies are wall-clock percentiles.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
from pathlib import Path

BENCHMARKS = ("pipeline_bench", "extraction_bench", "linking_bench", "ner_bench", "query_bench")


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}\n")
    for name in BENCHMARKS:
        module = importlib.import_module(name)
        module.main()
        print()


if __name__ == "__main__":
    main()
