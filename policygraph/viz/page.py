"""Self-contained HTML pages: every script, style and datum inside the one file.

The pages are written from our templates in ``assets/`` with vis-network 9.1.2 inlined from
the copy in ``assets/`` (``vis-network-NOTICE.txt``: Apache-2.0 or MIT), never from a CDN: a
page must open offline. Data goes in as JSON in a
``<script type="application/json">`` element with ``<``, ``>`` and ``&`` escaped, so no text
from a plan can close the element or become markup; the page's scripts put text into the
document with ``textContent`` only.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from importlib import resources

from ..errors import PolicyGraphError


class AssetError(PolicyGraphError):
    """A file the pages are made of is missing from the installed packages."""


def _read(package: str, name: str) -> str:
    try:
        return resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise AssetError(f"{package}/{name}: missing from the installation ({exc}); reinstall policygraph") from exc


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element (no ``</script>``, no ``<!--``)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(raw, escaped)
    return text


def render_page(view: str, heading: str, payload: dict | None = None, body: str = "") -> str:
    """The page of ``view`` (``assets/VIEW.html``) with its heading, body, data and scripts filled in."""
    page = _read("policygraph.viz", f"assets/{view}.html")
    needs_vis = "{{vis_js}}" in page
    parts = {
        "{{heading}}": html.escape(heading),
        "{{style}}": _read("policygraph.viz", "assets/page.css"),
        "{{vis_css}}": _read("policygraph.viz", "assets/vis-network.css") if needs_vis else "",
        "{{vis_js}}": _read("policygraph.viz", "assets/vis-network.min.js") if needs_vis else "",
        "{{script}}": _read("policygraph.viz", f"assets/{view}.js") if "{{script}}" in page else "",
        "{{data}}": script_json(payload or {}),
        "{{body}}": body,
    }
    # the page runs its own two scripts and nothing else: their hashes, not 'unsafe-inline'
    parts["{{script_hashes}}"] = " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(code.encode('utf-8')).digest()).decode('ascii')}'"
        for code in (parts["{{vis_js}}"], parts["{{script}}"]) if code
    ) or "'none'"
    # one pass, so that text filled in is never scanned for markers again
    return re.sub(r"\{\{\w+\}\}", lambda marker: parts.get(marker.group(0), marker.group(0)), page)
