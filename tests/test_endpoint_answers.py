"""A SPARQL server that answers nonsense, slowly or hugely (issue 16): every case is one clean
PolicyGraphError line, never a traceback or a hang. The server is a tiny one on 127.0.0.1."""

import http.server
import threading
import time

import pytest

from policygraph import http as endpoint_http
from policygraph.errors import PolicyGraphError
from policygraph.query.sparql import RemoteBackend

GRAPHS = b'{"head": {"vars": ["g"]}, "results": {"bindings": []}}'
ANSWERS = {
    "garbage": (200, {}, b"\xff\xfe\x00garbage"),
    "head-null": (200, {}, b'{"head": null, "results": {"bindings": []}}'),
    "no-value": (200, {}, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal"}}]}}'),
    "number-binding": (200, {}, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": 5}]}}'),
    "bad-integer": (200, {}, b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1.5",'
                              b' "datatype": "http://www.w3.org/2001/XMLSchema#integer"}}]}}'),
    "numbers-as-vars": (200, {}, b'{"head": {"vars": [1, 2]}, "results": {"bindings": [[1, 2]]}}'),
    "server-error": (500, {}, b"\x1b[2Jinternal error"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        try:
            self.answer()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should

    def answer(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        kind = self.path.strip("/")
        if kind == "trickle":
            self.send_response(200)
            self.end_headers()
            for _ in range(20):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(0.3)
            return
        if kind == "huge":
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"[" + b" " * 3_000_000)
            return
        status, headers, body = ANSWERS[kind]
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads, httpd.block_on_close = True, False
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("kind", sorted(ANSWERS))
def test_a_malformed_answer_is_one_clean_error(server, kind):
    backend = RemoteBackend(f"{server}/{kind}")
    backend._graphs = []  # ask the query itself, not the graph list first
    with pytest.raises(PolicyGraphError) as raised:
        backend.select("SELECT ?x WHERE { ?x ?p ?o }")
    message = str(raised.value)
    assert message.startswith(f"{server}/{kind}") and "\n" not in message


def test_a_trickling_server_is_abandoned_at_the_deadline(server):
    backend = RemoteBackend(f"{server}/trickle", timeout=1)
    backend._graphs = []
    started = time.monotonic()
    with pytest.raises(PolicyGraphError, match="no complete answer within 1 s"):
        backend.select("SELECT ?x WHERE { ?x ?p ?o }")
    assert time.monotonic() - started < 3  # the server would take 6 s, one byte at a time


def test_a_huge_answer_is_refused(server, monkeypatch):
    monkeypatch.setattr(endpoint_http, "MAX_ANSWER_BYTES", 1_000_000)
    backend = RemoteBackend(f"{server}/huge")
    backend._graphs = []
    with pytest.raises(PolicyGraphError, match="larger than 1 MB"):
        backend.select("SELECT ?x WHERE { ?x ?p ?o }")
