"""HTTP for SPARQL servers: the query protocol's requests and Graph Store Protocol uploads.

Standard library only (urllib), with HTTP basic or digest authentication for servers that
ask for it (Virtuoso's graph-store endpoint uses digest).
"""

from __future__ import annotations

import http.client as http_client
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

from .errors import PolicyGraphError


class EndpointError(PolicyGraphError):
    """A SPARQL server that cannot be reached, refuses a request or answers nonsense."""


# Every request has a total deadline (not a per-read one: a server trickling a byte every few
# seconds is abandoned too) and a size cap on its answer. ``--timeout`` sets the deadline.
DEFAULT_TIMEOUT = 60.0
MAX_ANSWER_BYTES = 200_000_000
CHUNK = 65536


def opener(endpoint: str, auth: str | None = None) -> Callable[..., bytes]:
    """A function ``(url, data, headers, timeout, method) -> body`` for one server."""
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise EndpointError("{endpoint}: not an http(s) URL of a SPARQL endpoint", endpoint=endpoint)
    handlers = []
    if auth:
        user, _, password = auth.partition(":")
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        passwords.add_password(None, f"{parts.scheme}://{parts.netloc}", user, password)
        handlers += [urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords)]
    http = urllib.request.build_opener(*handlers)

    def request(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, timeout: float | None = None, method: str | None = None) -> bytes:
        deadline = time.monotonic() + (timeout or DEFAULT_TIMEOUT)
        req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
        try:
            with http.open(req, timeout=timeout or DEFAULT_TIMEOUT) as response:
                return _read_before(response, deadline, url, timeout or DEFAULT_TIMEOUT)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            raise EndpointError("{url}: HTTP {code} {reason}{detail}", url=url, code=exc.code, reason=exc.reason, detail=f": {detail[0][:300]}" if detail else "") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EndpointError("{url}: cannot connect ({reason})", url=url, reason=reason) from exc
        except (http_client.HTTPException, ValueError) as exc:  # a broken chunked body, an unknown digest algorithm...
            raise EndpointError("{url}: broken answer ({error})", url=url, error=f"{type(exc).__name__}: {str(exc)[:200]}") from exc

    return request


def _read_before(response, deadline: float, url: str, timeout: float) -> bytes:
    """The body, read in pieces so that the deadline and the size cap hold whatever the server does."""
    pieces, size = [], 0
    while True:
        if time.monotonic() > deadline:
            raise EndpointError("{url}: no complete answer within {timeout:g} s (--timeout)", url=url, timeout=timeout)
        piece = response.read1(CHUNK)
        if not piece:
            return b"".join(pieces)
        size += len(piece)
        if size > MAX_ANSWER_BYTES:
            raise EndpointError("{url}: the answer is larger than {limit} MB", url=url, limit=MAX_ANSWER_BYTES // 1_000_000)
        pieces.append(piece)


def graph_url(store_endpoint: str, graph: str) -> str:
    """The Graph Store Protocol address of one named graph (indirect identification)."""
    separator = "&" if "?" in store_endpoint else "?"
    return store_endpoint + separator + urlencode({"graph": graph})
