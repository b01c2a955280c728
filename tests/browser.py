"""Headless Chromium for the view tests, the screenshots and the view benchmark.

The system browser (Debian's ``chromium``, installed by ``.ci/run``), driven by Playwright;
never ``playwright install``, which downloads a browser. Every request that is not for the
page file itself is aborted and recorded, so a page that reaches for a CDN fails its test.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = os.environ.get("POLICYGRAPH_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
# Without the background-networking flags Chromium tries Google's hosts at start-up, which a
# closed network refuses, many at a time.
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]


def available() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return Path(CHROMIUM).exists()


@dataclass
class PageLog:
    """What a page did besides drawing: console errors, uncaught exceptions, outside requests."""

    errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)


@contextmanager
def chromium():
    """A launched headless browser (closed on exit)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield browser
        finally:
            browser.close()


def open_page(browser, path: Path, viewport=(1600, 1000), fragment: str = ""):
    """Open a local HTML file (at ``fragment``, a ``#…`` link into the page); returns (page, log).
    Outside requests are aborted and logged."""
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    log = PageLog()
    page.on("console", lambda message: log.errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: log.errors.append(str(error)))

    own = path.resolve().as_uri()

    def route(request_route):
        url = request_route.request.url
        if url.split("#", 1)[0] == own or url.startswith("data:"):  # the page itself, inline data
            return request_route.continue_()
        log.outside_requests.append(url)
        return request_route.abort()

    page.route("**/*", route)
    page.goto(own + fragment)
    return page, log
