"""Wall time of each query command in a new process, start-up included (best of 3).

The first run builds the bundled corpus and caches it; the figures are for the cached graph,
which is what a user sees from the second command on. Run from the repository root:

    python benchmarks/query_commands.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

COMMANDS = [
    ["tasks", "--lead", "区发改委"],
    ["tasks", "--lead", "区发改委", "--district", "金山区", "--due-before", "2025-12-31"],
    ["tasks", "--co", "区建管委", "--district", "青浦区"],
    ["tasks", "--keyword", "光伏"],
    ["tasks", "--keyword", "屋顶光伏"],
    ["departments"],
    ["who", "氢能"],
    ["query", "--name", "shared-with", "--bind", "name=区生态环境局"],
    ["query", "--name", "lead-matrix"],
    ["targets", "--unit", "区发改委", "--year", "2025"],
    ["compare", "--metric", "森林覆盖率"],
    ["timeline", "--district", "金山区"],
    ["audit"],
    ["validate"],
]


def seconds(arguments: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policygraph", *arguments], env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "POLICYGRAPH_CACHE": cache}
        print(f"| first command (builds and caches the graph) | {seconds(['tasks'], env):.2f} s |")
        print("| command (cached graph) | best of 3 |")
        print("|---|---|")
        for arguments in COMMANDS:
            best = min(seconds(arguments, env) for _ in range(3))
            print(f"| `policygraph {' '.join(arguments)}` | {best:.2f} s |")


if __name__ == "__main__":
    main()
