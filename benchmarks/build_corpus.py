"""Time and memory of building the bundled corpus: per plan, per stage, and end to end.

    python benchmarks/build_corpus.py [--repeat 5] [PATH ...]

Prints the best of ``--repeat`` runs for each stage (reading + extraction per file, the
whole build, the RDF graph, Turtle and JSON Lines export) and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import policygraph  # noqa: E402
from policygraph.extract.pipeline import extract_plan  # noqa: E402
from policygraph.normalize.lexicon import load_lexicon  # noqa: E402
from policygraph.read.text import read_document  # noqa: E402


def best(repeat: int, work) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    files = args.paths or policygraph.bundled_corpus()
    lexicon = load_lexicon()

    print(f"{'file':45} {'chars':>8} {'tasks':>6} {'assign':>7} {'ms':>8}")
    for path in files:
        seconds, plan = best(args.repeat, lambda: extract_plan(read_document(path), lexicon))
        print(f"{Path(path).name:45} {len(plan.source.text):>8} {len(plan.tasks):>6} {len(plan.assignments):>7} {seconds * 1000:>8.1f}")

    build_s, graph = best(args.repeat, lambda: policygraph.build(args.paths or None))
    rdf_s, rdf = best(args.repeat, lambda: policygraph.api.PolicyGraph(graph.corpus, graph.lexicon).rdf)
    graph.__dict__["rdf"] = rdf
    ttl_s, ttl = best(args.repeat, lambda: graph.export("ttl"))
    jsonl_s, _ = best(args.repeat, lambda: graph.export("jsonl"))
    print(f"\nbuild (read, extract, normalise, link): {build_s * 1000:8.1f} ms")
    print(f"RDF graph ({len(rdf)} triples):           {rdf_s * 1000:8.1f} ms")
    print(f"Turtle export ({len(ttl) // 1024} KiB):               {ttl_s * 1000:8.1f} ms")
    print(f"JSON Lines export:                        {jsonl_s * 1000:8.1f} ms")
    print(f"peak RSS of this process:                 {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:8.1f} MiB")

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "policygraph", "build", "--out", "/tmp/policygraph-bench", *args.paths], check=True, capture_output=True)
    print(f"`policygraph build` end to end (new process): {time.perf_counter() - start:5.2f} s")


if __name__ == "__main__":
    main()
