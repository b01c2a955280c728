"""How the network view copes with a big graph: writing the page, and opening it in Chromium.

    PYTHONPATH=. python3 benchmarks/viz_large.py [--copies 7] [--repeat 3]

The bundled corpus is copied ``--copies`` times with its plans, places and organisations
renamed (as in ``query_store.py``), giving about 5,000 nodes at 7 copies. For the corpus and
its copies the script prints: nodes and edges, the time to read the view data (SPARQL), to
lay out and write the page, the page size; then, in headless system Chromium (as the tests
drive it), the time from navigation to the first drawing, to apply a district filter, and to
open a unit's panel by a click. A last line opens the 1x page with the browser's physics
switched on (positions dropped), as pyvis pages do by default, to show what the precomputed
layout saves. Best of ``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import re
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
from policygraph.viz.network import network_page  # noqa: E402

from browser import chromium, open_page  # noqa: E402
from query_store import scaled  # noqa: E402


def best(repeat, run):
    results = [run() for _ in range(repeat)]
    return min(results, key=lambda r: r[0])


def page_for(copies: int, folder: Path, base_nt: str) -> tuple[Path, dict]:
    data_file = folder / f"corpus-x{copies}.nt"
    triples = scaled(base_nt, copies, data_file)
    store = GraphStore(LocalBackend(read_quads(str(data_file))), load_lexicon())
    started = time.perf_counter()
    data = load_view_data(store)
    read_s = time.perf_counter() - started
    started = time.perf_counter()
    html = network_page(data, heading=f"corpus x{copies}")
    write_s = time.perf_counter() - started
    path = folder / f"graph-x{copies}.html"
    path.write_text(html, encoding="utf-8")
    nodes = html.count('"pg_kind"')
    return path, {"triples": triples, "nodes": nodes, "edges": html.count('"from"'), "read_s": read_s, "write_s": write_s, "mib": len(html.encode()) / 2**20}


def browser_times(browser, path: Path, repeat: int) -> dict:
    def run():
        started = time.perf_counter()
        page, log = open_page(browser, path)
        page.wait_for_selector("body[data-drawn]", state="attached", timeout=120_000)
        first_draw = time.perf_counter() - started
        place = page.evaluate("JSON.parse(document.getElementById('pg-data').textContent).index.places[1].id")
        started = time.perf_counter()
        page.select_option("#f-district", value=place)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        filter_s = time.perf_counter() - started
        page.select_option("#f-district", value="")
        unit = page.evaluate("Object.keys(JSON.parse(document.getElementById('pg-data').textContent).index.units)[0]")
        page.evaluate("id => pgNetwork.moveTo({position: pgNetwork.getPosition(id), scale: 1.5})", unit)
        point = page.evaluate("id => pgNetwork.canvasToDOM(pgNetwork.getPosition(id))", unit)
        box = page.locator("#network").bounding_box()
        started = time.perf_counter()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_selector("#details[data-kind=unit]", state="attached")
        click_s = time.perf_counter() - started
        errors = list(log.errors) + list(log.outside_requests)
        page.close()
        return first_draw, filter_s, click_s, errors

    first_draw, filter_s, click_s, errors = best(repeat, run)
    return {"draw_s": first_draw, "filter_s": filter_s, "click_s": click_s, "errors": errors}


def with_physics(path: Path) -> Path:
    """The same page with physics on and no fixed positions, as a default pyvis page."""
    html = path.read_text(encoding="utf-8")
    html = html.replace('"physics":{"enabled":false}', '"physics":{"enabled":true,"stabilization":{"iterations":1000}}')
    html = re.sub(r'"x":-?[0-9.]+,"y":-?[0-9.]+,"physics":false', '"physics":true', html)
    html = html.replace('"improvedLayout":false', '"improvedLayout":true')
    out = path.with_name(path.stem + "-physics.html")
    out.write_text(html, encoding="utf-8")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    base_nt = policygraph.build().export("nt")
    print(f"{'graph':<12}{'triples':>9}{'nodes':>7}{'edges':>7}{'read':>8}{'layout+write':>14}{'MiB':>6}{'first draw':>12}{'filter':>8}{'click':>8}")
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        folder = Path(tmp)
        pages = {}
        for copies in (1, args.copies):
            path, figures = page_for(copies, folder, base_nt)
            pages[copies] = path
            times = browser_times(browser, path, args.repeat)
            print(
                f"{'corpus x' + str(copies):<12}{figures['triples']:>9,}{figures['nodes']:>7,}{figures['edges']:>7,}"
                f"{figures['read_s']:>7.2f}s{figures['write_s']:>13.2f}s{figures['mib']:>6.1f}"
                f"{times['draw_s']:>11.2f}s{times['filter_s']:>7.2f}s{times['click_s']:>7.2f}s"
                + (f"  errors: {times['errors'][:2]}" if times["errors"] else "")
            )
        physics = with_physics(pages[1])
        started = time.perf_counter()
        page, _ = open_page(browser, physics)
        page.wait_for_selector("body[data-drawn]", state="attached", timeout=300_000)
        print(f"{'x1, physics':<12}{'':>9}{'':>7}{'':>7}{'':>8}{'':>14}{'':>6}{time.perf_counter() - started:>11.2f}s  (browser lays out: physics on, positions dropped)")
        page.close()


if __name__ == "__main__":
    main()
