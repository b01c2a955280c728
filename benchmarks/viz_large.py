"""The views of a big collection: writing the pages, and opening them in Chromium.

    PYTHONPATH=. python3 benchmarks/viz_large.py [--plans 10 100 1000] [--repeat 2]

The bundled corpus (10 plans) is copied with its plans, places and organisations renamed (as
in ``query_store.py``) to reach each size. For each size the script prints the triples, the
time to read the views' data (SPARQL), to write the explorer and comparison pages, their
size; then, in headless system Chromium (as the tests drive it), the time from navigation to
the first drawing, to open a district (filter, layout, zoom), to search a unit and open it,
and to draw a district's responsibility matrix. Best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

import policygraph  # noqa: E402
from policygraph.graph.dataset import read_quads  # noqa: E402
from policygraph.normalize.lexicon import load_lexicon  # noqa: E402
from policygraph.query.sparql import LocalBackend  # noqa: E402
from policygraph.query.store import GraphStore  # noqa: E402
from policygraph.viz.data import load_view_data  # noqa: E402
from policygraph.viz.compare import comparison_page  # noqa: E402
from policygraph.viz.network import network_page  # noqa: E402

from browser import chromium, open_page  # noqa: E402
from query_store import scaled  # noqa: E402


def best(repeat, run):
    results = [run() for _ in range(repeat)]
    return min(results, key=lambda r: r[0])


def pages_for(copies: int, folder: Path, base_nt: str) -> tuple[Path, dict]:
    data_file = folder / f"corpus-x{copies}.nt"
    triples = scaled(base_nt, copies, data_file)
    store = GraphStore(LocalBackend(read_quads(str(data_file))), load_lexicon())
    started = time.perf_counter()
    data = load_view_data(store)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    html = network_page(data, heading=f"corpus x{copies}")
    compare = comparison_page(data, heading=f"corpus x{copies}")
    write_s = time.perf_counter() - started
    path = folder / f"graph-x{copies}.html"
    path.write_text(html, encoding="utf-8")
    mib = (len(html.encode()) + len(compare.encode())) / 2**20
    return path, {"triples": triples, "tasks": len(data.tasks), "units": len(data.units), "read_s": read_s, "write_s": write_s, "mib": mib}


def settled(page) -> None:
    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def browser_times(browser, path: Path, repeat: int) -> dict:
    def run():
        started = time.perf_counter()
        page, log = open_page(browser, path)
        page.wait_for_selector("body[data-drawn]", state="attached", timeout=120_000)
        first_draw = time.perf_counter() - started
        drawn = page.evaluate("pgNetwork.body.data.nodes.length")
        place = page.evaluate("JSON.parse(document.getElementById('pg-data').textContent).index.places[1].key")
        started = time.perf_counter()
        page.select_option("#f-district", value=place)
        settled(page)
        district_s = time.perf_counter() - started
        started = time.perf_counter()
        page.fill("#search", "青浦区建管委")
        page.locator("#suggestions li").first.wait_for()
        page.keyboard.press("Enter")
        page.wait_for_selector("#details[data-kind=unit]", state="attached")
        settled(page)
        search_s = time.perf_counter() - started
        started = time.perf_counter()
        page.evaluate("key => { location.hash = 'view=matrix&district=' + encodeURIComponent(key); }", place)
        page.wait_for_selector("table.responsibility")
        matrix_s = time.perf_counter() - started
        errors = list(log.errors) + list(log.outside_requests)
        page.close()
        return first_draw, district_s, search_s, matrix_s, drawn, errors

    first_draw, district_s, search_s, matrix_s, drawn, errors = best(repeat, run)
    return {"draw_s": first_draw, "district_s": district_s, "search_s": search_s, "matrix_s": matrix_s, "drawn": drawn, "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plans", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    base_nt = policygraph.build().export("nt")
    print(f"{'plans':>6}{'triples':>11}{'tasks':>8}{'units':>8}{'read':>8}{'write':>8}{'MiB':>7}{'drawn':>7}{'first draw':>12}{'district':>10}{'search':>8}{'matrix':>8}")
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        folder = Path(tmp)
        for plans in args.plans:
            copies = max(1, plans // 10)
            path, figures = pages_for(copies, folder, base_nt)
            times = browser_times(browser, path, args.repeat)
            print(
                f"{copies * 10:>6}{figures['triples']:>11,}{figures['tasks']:>8,}{figures['units']:>8,}"
                f"{figures['read_s']:>7.1f}s{figures['write_s']:>7.1f}s{figures['mib']:>7.1f}{times['drawn']:>7,}"
                f"{times['draw_s']:>11.2f}s{times['district_s']:>9.2f}s{times['search_s']:>7.2f}s{times['matrix_s']:>7.2f}s"
                + (f"  errors: {times['errors'][:2]}" if times["errors"] else ""),
                flush=True,
            )


if __name__ == "__main__":
    main()
