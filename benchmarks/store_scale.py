"""A collection on disk at scale: build, add one plan, query — against the store and a server.

    python benchmarks/store_scale.py [--plans 100 1000] [--jobs 2] [--server]

The three bundled text plans (金山区, 闵行区, 青浦区) are copied with their district and city
renamed to other real districts (so places and units are distinct, as in a national folder),
to make each size. For each size the script prints, each build in a fresh process: the time to
build into a new store (``build --store``, ``--jobs`` processes) and its peak memory (the
building process, and the largest worker), the store's size on disk, the time and peak memory
to add one plan to it, the start-up of a query command (opening the store and the names it
resolves, read from the store the first time after a build, then kept), and the latency of
``tasks --lead 区发改委`` on the store, across every district, its first 20 rows (``--limit 20``)
and in one district (opened once; best of 5, beyond start-up; the store's task table answers
it, and ``--sparql`` times the store's own
SPARQL too, once) and, with ``--server``, on a local Oxigraph server the changes were pushed to.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from policygraph.model import AdminLevel  # noqa: E402
from policygraph.normalize.lexicon import load_lexicon  # noqa: E402

from oxigraph_server import serving  # noqa: E402

SOURCES = {
    "jinshan-2023-carbon-peak-plan.txt": "金山区",
    "minhang-carbon-peak-plan.txt": "闵行区",
    "qingpu-2022-carbon-peak-plan.md": "青浦区",
}


def districts() -> list[tuple[str, str]]:
    """(city, district) of current districts of prefecture-level cities and municipalities."""
    lexicon = load_lexicon()
    found = []
    for place in sorted(lexicon.jurisdictions.values(), key=lambda p: p.code):
        if place.rank is AdminLevel.COUNTY and place.status == "current" and place.name.endswith("区") and place.parent:
            parent = lexicon.jurisdictions.get(place.parent)
            if parent and parent.name.endswith("市") and place.name not in SOURCES.values():
                found.append((parent.name, place.name))
    return found


def write_plans(folder: Path, count: int, start: int = 0) -> None:
    corpus = ROOT / "policygraph" / "corpus"
    texts = {name: (corpus / name).read_text(encoding="utf-8") for name in SOURCES}
    places = districts()
    names = list(SOURCES)
    for n in range(start, start + count):
        source = names[n % len(names)]
        city, district = places[n % len(places)]
        text = texts[source].replace("上海市", city).replace(SOURCES[source], district)
        (folder / f"{n:05d}-{source}").write_text(text, encoding="utf-8")


BUILD = """
import json, resource, sys, time
from policygraph.collection import build_collection
started = time.perf_counter()
report = build_collection([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - started, "plans": report.plans, "extracted": report.extracted,
                  "written": report.graphs_written, "quads": report.quads,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def build(plans: Path, store: Path, jobs: int) -> dict:
    out = subprocess.run([sys.executable, "-c", BUILD, str(plans), str(store), str(jobs)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def start_up(store_dir: Path) -> tuple[float, float]:
    """Seconds to open the store and have the names queries resolve: read from the store (the
    first query after a build), then kept (every later one)."""
    import policygraph

    times = []
    for _ in range(2):
        started = time.perf_counter()
        policygraph.open_store(store=store_dir).catalogue
        times.append(time.perf_counter() - started)
    return times[0], times[1]


def best_query(store, runs: int = 5, **filters) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = len(store.tasks(lead="区发改委", **filters))
        times.append(time.perf_counter() - started)
    return min(times), rows


def server_latency(report_store: Path) -> float:
    """Push the store to a fresh local Oxigraph server and time the same query there."""
    import policygraph
    from policygraph.collection import CollectionReport, push_changes
    from policygraph.graph.iris import SHARED_GRAPH

    with serving() as base:
        manifest = json.loads((report_store / "manifest.json").read_text(encoding="utf-8"))
        graphs = [g for entry in manifest["groups"].values() for g in entry["graphs"] if g != SHARED_GRAPH]
        push_changes(CollectionReport(report_store, written=graphs), base + "/store")
        seconds, _ = best_query(policygraph.open_store(endpoint=base + "/query"))
        return seconds


def main() -> None:
    import policygraph

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--server", action="store_true")
    parser.add_argument("--sparql", action="store_true", help="also time the store's own SPARQL, the task table set aside (one run)")
    parser.add_argument("--keep", type=Path, help="build in this folder (kept) instead of a temporary one")
    args = parser.parse_args()
    print(
        f"{'plans':>6} {'build':>8} {'peak MiB':>9} {'worker MiB':>11} {'store MiB':>10} {'quads':>11} {'add one':>8} {'peak MiB':>9} "
        f"{'names read/kept':>16} {'query store':>12} {'rows':>6} {'first 20':>9} {'one district':>13} {'rows':>5}"
        + (f" {'SPARQL':>9} {'district':>9}" if args.sparql else "") + (f" {'query server':>13}" if args.server else "")
    )
    for count in args.plans:
        with tempfile.TemporaryDirectory() as tmp:
            where = args.keep / str(count) if args.keep else Path(tmp)
            plans, store = where / "plans", where / "store"
            plans.mkdir(parents=True)
            write_plans(plans, count)
            first = build(plans, store, args.jobs)
            store_mib = size_mib(store / "oxigraph")
            write_plans(plans, 1, start=count)
            added = build(plans, store, args.jobs)
            names_read, names_kept = start_up(store)
            opened = policygraph.open_store(store=store)
            query_s, rows = best_query(opened)
            district_s, district_rows = best_query(opened, district=districts()[0][1])
            first_s, _ = best_query(opened, limit=20)
            sparql = ""
            if args.sparql:  # the same queries on the store's own SPARQL, the task table set aside
                opened.index = None
                sparql = f" {best_query(opened, 1)[0]:>8.2f}s {best_query(opened, 1, district=districts()[0][1])[0]:>8.2f}s"
            del opened
            remote = f" {server_latency(store) * 1000:>11.0f}ms" if args.server else ""
            print(
                f"{count:>6} {first['seconds']:>7.1f}s {first['rss']:>9.0f} {first['children']:>11.0f} {store_mib:>10.1f} {first['quads']:>11,} "
                f"{added['seconds']:>7.1f}s {added['rss']:>9.0f} {names_read:>8.1f}/{names_kept:.2f}s {query_s * 1000:>10.1f}ms {rows:>6} {first_s * 1000:>7.1f}ms "
                f"{district_s * 1000:>11.1f}ms {district_rows:>5}" + sparql + remote,
                flush=True,
            )


if __name__ == "__main__":
    main()
