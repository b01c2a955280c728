"""HTTP for SPARQL servers: the query protocol's requests and Graph Store Protocol uploads.

Standard library only (urllib), with HTTP basic or digest authentication for servers that
ask for it (Virtuoso's graph-store endpoint uses digest).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from .errors import PolicyGraphError


class EndpointError(PolicyGraphError):
    """A SPARQL server that cannot be reached or refuses a request."""


def opener(endpoint: str, auth: str | None = None) -> Callable[..., bytes]:
    """A function ``(url, data, headers, timeout, method) -> body`` for one server."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError(f"{endpoint}: not an http(s) URL of a SPARQL endpoint")
    handlers = []
    if auth:
        user, _, password = auth.partition(":")
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, f"{parts.scheme}://{parts.netloc}", user, password)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    http = urllib.request.build_opener(*handlers)

    def request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, timeout: float = 60, method: str | None = None) -> bytes:
        req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        try:
            with http.open(req, timeout=timeout) as response:
                return response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise EndpointError(f"{url}: HTTP {exc.code} {exc.reason}" + (f": {detail[0][:300]}" if detail else "")) from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EndpointError(f"{url}: cannot connect ({reason})") from exc

    return request


def graph_url(store_endpoint: str, graph: str) -> str:
    """The Graph Store Protocol address of one named graph (indirect identification)."""
    separator = "&" if "?" in store_endpoint else "?"
    return store_endpoint + separator + urlencode({"graph": graph})
