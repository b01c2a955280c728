"""rdflib's in-memory graph against pyoxigraph for policygraph's named queries, at scale.

    PYTHONPATH=. python3 benchmarks/query_store.py [--triples 1000000] [--small 100000] [--timeout 180] [--repeat 3]

The bundled corpus (``policygraph.build().rdf``, ~43k triples) is written as N-Triples and
copied K times with its plans, spans, sources, problems, places, organisations and people
renamed (``plan/<id>`` -> ``plan/<id>-k``, ``place/<code>`` -> ``place/<code>-k``,
``org/<code>/...`` -> ``org/<code>-k/...``, place names 金山区 -> 金山区k), so that each copy
is another set of districts; department types are shared and copy 0 keeps the real names, so
区发改委 and 金山区 still resolve. K is chosen to reach ``--triples`` (and ``--small`` for a
second, smaller size).

For each size and engine a fresh subprocess (so peak memory is per engine) loads the file:
rdflib with ``Graph().parse(path, format="nt")``, pyoxigraph as policygraph does
(``ox.parse`` -> ``quads_of_triples`` -> ``LocalBackend``, one named graph per plan, queried
as their union). Both then run the same query text -- the named query with its bindings
joined in by ``policygraph.query.sparql.bind`` -- and the script prints the best of
``--repeat`` runs, the row counts of both engines (flagging any difference), load time and
resident memory. An rdflib run longer than ``--timeout`` seconds is stopped and shown as
"> N s" (and not run again at the larger size); a run longer than ``--timeout``/6 is not
repeated. Memory is the worker's VmRSS after loading and its VmHWM (peak) from
/proc/self/status: ``getrusage().ru_maxrss`` would do, except that Linux carries it over
fork and exec, so a worker would report the parent's (larger) peak.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

BASE = "https://w3id.org/policygraph/id/"
_PLAN_OWNED = re.compile("(<" + re.escape(BASE) + r"(?:plan|span|source|problem|graph)/)([^/>]+)")
_SHARED = re.compile("(<" + re.escape(BASE) + r"(?:place|org|person)/)([^/>]+)")
_PLACE_NAME = re.compile(r'^(<' + re.escape(BASE) + r'place/[^>]+> <http://www\.w3\.org/2004/02/skos/core#prefLabel> "[^"\\]*)(")', re.MULTILINE)


# -- data ---------------------------------------------------------------------------------
def scaled(base_nt: str, copies: int, path: Path) -> int:
    """Write ``copies`` renamed copies of ``base_nt`` to ``path``; returns the number of triples."""
    # split("\n"), not splitlines(): literals may hold a raw form feed, which N-Triples allows
    lines = sorted(set(line for line in base_nt.split("\n") if line.strip()))
    count = len(lines)
    with path.open("w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
        for k in range(1, copies):
            suffix = f"-{k}"
            text = "\n".join(lines)
            text = _PLAN_OWNED.sub(lambda m: m.group(1) + m.group(2) + suffix, text)
            text = _SHARED.sub(lambda m: m.group(1) + m.group(2) + suffix, text)
            text = _PLACE_NAME.sub(lambda m: m.group(1) + str(k) + m.group(2), text)
            # Lines nothing was renamed in (department types) are copy 0's triples again.
            fresh = [new for new, old in zip(text.split("\n"), lines) if new != old]
            count += len(fresh)
            out.write("\n".join(fresh) + "\n")
    return count


def prepared_queries() -> list[dict]:
    """The benchmarked queries, their bindings already joined in as VALUES blocks."""
    import pyoxigraph as ox

    import policygraph
    from policygraph.query.sparql import bind
    from policygraph.query.store import _with_filters

    store = policygraph.build().store()  # names resolve the same here: copy 0 keeps them
    lead = store.task_query(lead="区发改委")
    joined = store.task_query(lead="区发改委", district="金山区", due_before="2025-12-31")
    cases = [
        ("tasks lead=区发改委", lead.text, lead.bindings),
        ("tasks lead=区发改委 district=金山区 due≤2025-12-31", joined.text, joined.bindings),
        ("departments", _with_filters(store.named("departments"), []), {}),
        ("shared-with name=区生态环境局", store.named("shared-with"), {"name": "区生态环境局"}),
        ("lead-matrix", store.named("lead-matrix"), {}),
        ("due-before date=2025-12-31", store.named("due-before"), {"date": dt.date(2025, 12, 31)}),
        ("led-by-type type=dev-reform level=区", store.named("led-by-type"), {"type": ox.NamedNode(BASE + "type/dev-reform"), "level": "区"}),
    ]
    return [{"name": name, "text": bind(text, bindings)} for name, text, bindings in cases]


# -- one engine in its own process ------------------------------------------------------------
def _status_mib(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def _rss_now_mib() -> float:
    return _status_mib("VmRSS")


def _peak_mib() -> float:
    # VmHWM, not getrusage().ru_maxrss: Linux carries ru_maxrss over fork and exec, so a
    # worker would report this (parent) process's peak whenever that is the larger.
    return _status_mib("VmHWM")


def _digest(rows) -> str:
    """Order-independent digest of rows of lexical values (GROUP_CONCAT parts sorted)."""
    norm = sorted(repr(tuple(None if v is None else "、".join(sorted(str(v).split("、"))) for v in row)) for row in rows)
    return hashlib.sha1("\n".join(norm).encode("utf-8")).hexdigest()[:10]


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def worker(engine: str, data: str, queries_path: str, repeat: int, timeout: int, skip: list[str]) -> None:
    from policygraph.graph.namespace import PREFIXES

    queries = json.loads(Path(queries_path).read_text(encoding="utf-8"))
    result = {"engine": engine, "rss_start": _rss_now_mib()}
    start = time.perf_counter()
    if engine == "rdflib":
        import rdflib

        graph = rdflib.Graph()
        graph.parse(data, format="nt")
        result["triples"] = len(graph)

        def run(text):
            return [tuple(row) for row in graph.query(text, initNs=PREFIXES)]

    else:
        import pyoxigraph as ox

        from policygraph.graph.dataset import quads_of_triples
        from policygraph.query.sparql import LocalBackend

        backend = LocalBackend(quads_of_triples(ox.parse(path=data, format=ox.RdfFormat.N_TRIPLES)))
        result["triples"] = len(backend)

        def run(text):
            found = backend.select(text)
            return [tuple(row[v] for v in found.variables) for row in found.rows]

    result["load_s"] = time.perf_counter() - start
    result["rss_loaded"] = _rss_now_mib()
    result["queries"] = []
    signal.signal(signal.SIGALRM, _alarm)
    for query in queries:
        times, rows, timed_out = [], None, False
        if query["name"] in skip:
            result["queries"].append({"name": query["name"], "runs": 0, "timeout": True, "skipped": True})
            print(f"  [{engine}] {query['name']}: not run (over the time limit at the smaller size)", file=sys.stderr, flush=True)
            continue
        for _ in range(repeat):
            if engine == "rdflib":
                signal.alarm(timeout)
            started = time.perf_counter()
            try:
                rows = run(query["text"])
            except _Timeout:
                timed_out = True
                break
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - started)
            if times[-1] > timeout / 6:
                break
        entry = {"name": query["name"], "runs": len(times), "timeout": timed_out}
        if times:
            entry.update(best_s=min(times), rows=len(rows), digest=_digest(rows))
        result["queries"].append(entry)
        print(f"  [{engine}] {query['name']}: " + (f"> {timeout} s" if timed_out else f"{min(times) * 1000:.1f} ms, {len(rows)} rows"), file=sys.stderr, flush=True)
    result["rss_peak"] = _peak_mib()
    print(json.dumps(result))


def run_engine(engine: str, data: Path, queries_path: Path, args, skip: list[str]) -> dict:
    command = [sys.executable, __file__, "--worker", engine, "--data", str(data), "--queries", str(queries_path), "--repeat", str(args.repeat), "--timeout", str(args.timeout)]
    command += [arg for name in skip for arg in ("--skip", name)]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# -- report ---------------------------------------------------------------------------------
def _ms(entry: dict, timeout: int, repeat: int) -> str:
    if entry.get("skipped"):
        return f"> {timeout * 1000:,}²"
    if entry["timeout"]:
        return f"> {timeout * 1000:,}"
    mark = "¹" if entry["runs"] < repeat else ""
    return f"{entry['best_s'] * 1000:,.1f}{mark}"


def report(label: str, triples: int, copies: int, results: dict, timeout: int, repeat: int) -> list[str]:
    rd, ox_ = results["rdflib"], results["pyoxigraph"]
    print(f"\n### {label}: {triples:,} triples (the corpus × {copies}; rdflib counted {rd['triples']:,}, pyoxigraph {ox_['triples']:,})\n")
    print("| query | rows (rdflib / pyoxigraph) | rdflib ms | pyoxigraph ms | ratio |")
    print("|---|---|--:|--:|--:|")
    problems = []
    for r, o in zip(rd["queries"], ox_["queries"]):
        if r["timeout"]:
            rows = f"? / {o['rows']:,}"
            ratio = f"> {timeout / o['best_s']:,.0f}×"
        else:
            rows = f"{r['rows']:,} / {o['rows']:,}"
            ratio = f"{r['best_s'] / o['best_s']:,.0f}×"
            if r["rows"] != o["rows"]:
                rows += " **MISMATCH**"
                problems.append(f"{label}, {r['name']}: rdflib {r['rows']} rows, pyoxigraph {o['rows']}")
            elif r["digest"] != o["digest"]:
                rows += " (values differ)"
                problems.append(f"{label}, {r['name']}: same row count, different values (digest {r['digest']} vs {o['digest']})")
        print(f"| {r['name']} | {rows} | {_ms(r, timeout, repeat)} | {_ms(o, timeout, repeat)} | {ratio} |")
    return problems


def measure(sizes: list[int], base: int, base_nt: str, folder: Path, queries_path: Path, args) -> tuple[list, list[str]]:
    loads, problems, skip = [], [], []
    for target in sizes:
        copies = max(1, round(target / base))
        data = folder / f"corpus-x{copies}.nt"
        triples = scaled(base_nt, copies, data)
        print(f"\n[{triples:,} triples in {data} ({data.stat().st_size / 2**20:.0f} MiB)]", file=sys.stderr, flush=True)
        results = {engine: run_engine(engine, data, queries_path, args, skip if engine == "rdflib" else []) for engine in ("pyoxigraph", "rdflib")}
        # An rdflib query over the limit at the smaller size is not run again at the larger.
        skip += [q["name"] for q in results["rdflib"]["queries"] if q["timeout"] and q["name"] not in skip]
        problems += report(f"~{target:,}", triples, copies, results, args.timeout, args.repeat)
        loads.append((triples, results))
        data.unlink()
    return loads, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000, help="a second, smaller size (0: skip)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=int, default=180, help="seconds an rdflib query may take")
    parser.add_argument("--worker", choices=["rdflib", "pyoxigraph"], help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    parser.add_argument("--queries", help=argparse.SUPPRESS)
    parser.add_argument("--skip", action="append", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data, args.queries, args.repeat, args.timeout, args.skip)
        return

    import policygraph

    started = time.perf_counter()
    base_nt = policygraph.build().rdf.serialize(format="nt")
    base = len(set(line for line in base_nt.split("\n") if line.strip()))
    queries = prepared_queries()
    folder = Path(tempfile.mkdtemp(prefix="policygraph-query-bench-"))
    queries_path = folder / "queries.json"
    queries_path.write_text(json.dumps(queries, ensure_ascii=False), encoding="utf-8")
    print(f"bundled corpus: {base:,} triples; rdflib {__import__('rdflib').__version__}, pyoxigraph {__import__('pyoxigraph').__version__}, Python {sys.version.split()[0]}")
    print(f"best of {args.repeat} runs (¹ = one run only, it took > {args.timeout / 6:.0f} s); rdflib queries stopped after {args.timeout} s")
    print(f"(² = not run: over {args.timeout} s at the smaller size already); RSS from /proc/self/status of each worker (VmRSS, VmHWM)")

    sizes = [s for s in (args.small, args.triples) if s]
    try:
        loads, problems = measure(sizes, base, base_nt, folder, queries_path, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("\n### Load and memory (each engine in its own process)\n")
    print("| triples | engine | load s | RSS after load MiB | peak RSS MiB | RSS before load MiB |")
    print("|--:|---|--:|--:|--:|--:|")
    for triples, results in loads:
        for engine in ("rdflib", "pyoxigraph"):
            r = results[engine]
            print(f"| {triples:,} | {engine} | {r['load_s']:.1f} | {r['rss_loaded']:,.0f} | {r['rss_peak']:,.0f} | {r['rss_start']:,.0f} |")
    print("\n" + ("row-count or value differences:\n- " + "\n- ".join(problems) if problems else "both engines returned the same rows for every query that finished"))
    print(f"\ntotal wall time: {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
