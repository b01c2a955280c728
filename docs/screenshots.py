"""Make the README's screenshots of the views, with the browser set-up the tests use.

    PYTHONPATH=. python3 docs/screenshots.py

Builds the bundled corpus, writes its views to a temporary folder, opens each in headless
system Chromium and saves a PNG next to this script.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

import policygraph  # noqa: E402
from policygraph import viz  # noqa: E402

from browser import chromium, open_page  # noqa: E402


def main() -> None:
    graph = policygraph.build()
    store = graph.store()
    with tempfile.TemporaryDirectory() as tmp, chromium() as browser:
        views = graph.write_views(tmp)
        unit_page = Path(tmp) / "unit.html"
        unit_page.write_text(viz.network_view(store, unit="区交通委"), encoding="utf-8")

        page, _ = open_page(browser, views["network"], viewport=(1500, 900))
        page.wait_for_selector("body[data-drawn]", state="attached")
        page.select_option("#f-district", label="青浦区")
        page.evaluate("pgNetwork.fit({nodes: pgNetwork.body.data.nodes.getIds({filter: n => !n.hidden}), animation: false})")
        unit = page.evaluate("Object.entries(JSON.parse(document.getElementById('pg-data').textContent).index.units).find(e => e[1].name === '青浦区建管委')[0]")
        point = page.evaluate("id => pgNetwork.canvasToDOM(pgNetwork.getPosition(id))", unit)
        box = page.locator("#network").bounding_box()
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
        page.wait_for_timeout(400)
        page.screenshot(path=str(HERE / "network.png"))
        page.close()

        page, _ = open_page(browser, unit_page, viewport=(1500, 900))
        page.wait_for_selector("body[data-drawn]", state="attached")
        page.locator("#details ul.focus li a").first.click()
        page.wait_for_timeout(500)
        page.screenshot(path=str(HERE / "unit.png"))
        page.close()

        page, _ = open_page(browser, views["compare"], viewport=(1500, 900))
        page.wait_for_selector("table.summary")
        page.screenshot(path=str(HERE / "compare.png"))
        page.close()
    for name in ("network", "unit", "compare"):
        print(f"wrote {HERE / (name + '.png')}")


if __name__ == "__main__":
    main()
