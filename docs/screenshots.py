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

        # as a user gets there: the explorer opened, a unit searched for and chosen
        page, _ = open_page(browser, views["network"], viewport=(1500, 900))
        page.wait_for_selector("body[data-drawn]", state="attached")
        page.fill("#search", "青浦区建管委")
        page.locator("#suggestions li").first.wait_for()
        page.keyboard.press("Enter")
        page.wait_for_timeout(600)
        page.screenshot(path=str(HERE / "network.png"))
        page.close()

        # a shared link to Qingpu's responsibility matrix
        page, _ = open_page(browser, views["network"], viewport=(1500, 900), fragment="#view=matrix&district=place%2F310118")
        page.wait_for_selector("table.responsibility")
        page.wait_for_timeout(300)
        page.screenshot(path=str(HERE / "matrix.png"))
        page.close()

        page, _ = open_page(browser, unit_page, viewport=(1500, 900))
        page.wait_for_selector("body[data-drawn]", state="attached")
        page.wait_for_timeout(600)
        page.screenshot(path=str(HERE / "unit.png"))
        page.close()

        page, _ = open_page(browser, views["compare"], viewport=(1500, 900))
        page.wait_for_selector("table.summary")
        page.screenshot(path=str(HERE / "compare.png"))
        page.close()
    for name in ("network", "matrix", "unit", "compare"):
        print(f"wrote {HERE / (name + '.png')}")


if __name__ == "__main__":
    main()
