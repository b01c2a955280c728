"""Running SPARQL: bound parameters, a local store (pyoxigraph) and a remote endpoint.

User-supplied values never become query text by concatenation. :func:`bind` turns each value
into an RDF term, serialised by pyoxigraph (which escapes quotes, braces, backslashes and line
breaks), and joins them to the query as a ``VALUES`` block at the top of its ``WHERE`` group:
the SPARQL 1.1 way of passing parameters that works the same on every endpoint.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from ..errors import PolicyGraphError
from ..graph import iris
from ..graph.namespace import PREFIXES

PROLOGUE = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())
_XSD = "http://www.w3.org/2001/XMLSchema#"


class QueryError(PolicyGraphError):
    """A SPARQL query that does not parse or cannot run, or an endpoint that fails."""


@dataclass
class Results:
    """Rows of a SELECT (each a dict of variable -> Python value, None when unbound)."""

    variables: list[str]
    rows: list[dict[str, Any]] = field(default_factory=list)


# -- parameters -------------------------------------------------------------------------
def term(value: Any) -> ox.NamedNode | ox.Literal:
    """The RDF term for a parameter value: IRIs stay IRIs, dates and numbers keep their type."""
    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, dt.date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    return ox.Literal(str(value))


def parse_binding(text: str) -> tuple[str, Any]:
    """``name=value`` from the command line: ``<iri>`` is an IRI, ``2025-12-31`` a date, digits an integer."""
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError("--bind '{text}': expected NAME=VALUE with NAME a SPARQL variable name", text=text)
    if value.startswith("<") and value.endswith(">"):
        return name, ox.NamedNode(value[1:-1])
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return name, dt.date.fromisoformat(value)
    if re.fullmatch(r"-?\d+", value):
        return name, int(value)
    return name, value


_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)


def _where_brace(query: str) -> int:
    """Offset just after the ``{`` opening the query's WHERE group (strings, IRIs, comments skipped)."""
    code = _SKIP.sub(lambda m: " " * len(m.group()), query)
    where = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE)
    if where:
        return where.end()
    if re.match(r"\s*(?:(?:PREFIX|BASE)\b[^{]*?)*\s*(?:SELECT|ASK)\b", code, re.IGNORECASE) and "{" in code:
        return code.index("{") + 1
    raise QueryError("cannot bind parameters: the query has no WHERE group")


def bind(query: str, bindings: dict[str, Any] | None) -> str:
    """``query`` with ``bindings`` joined in as a VALUES block; a list binds one row per value."""
    bindings = {name: value for name, value in (bindings or {}).items() if value is not None}
    if not bindings:
        return query
    names = list(bindings)
    columns = [value if isinstance(value, (list, tuple, set, frozenset)) else [value] for value in bindings.values()]
    rows = " ".join("(" + " ".join(str(term(v)) for v in combination) + ")" for combination in itertools.product(*columns))
    block = f" VALUES ({' '.join('?' + n for n in names)}) {{ {rows} }} "
    at = _where_brace(query)
    return query[:at] + block + query[at:]


# -- values -------------------------------------------------------------------------------
def _typed(value: str, datatype: str | None) -> Any:
    """A result value as Python: integers and booleans typed, everything else its lexical form."""
    if datatype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
        return int(value)
    if datatype == _XSD + "boolean":
        return value == "true"
    return value


def _python(node) -> Any:
    if node is None:
        return None
    return _typed(node.value, node.datatype.value if isinstance(node, ox.Literal) else None)


def _python_json(binding: dict[str, str] | None) -> Any:
    if binding is None:
        return None
    return _typed(binding["value"], binding.get("datatype") if binding["type"] in ("literal", "typed-literal") else None)


# -- backends ---------------------------------------------------------------------------
class LocalBackend:
    """A pyoxigraph in-memory store; queries see the union of all named graphs, or of the
    graphs a query names (``graphs``: a district's plans and the shared graph)."""

    def __init__(self, quads) -> None:
        self.store = ox.Store()
        self.store.extend(quads)

    def __len__(self) -> int:
        return len(self.store)

    def __repr__(self) -> str:
        return f"<LocalBackend {len(self.store):,} quads>"

    def select(self, query: str, bindings: dict[str, Any] | None = None, graphs: list[str] | None = None) -> Results:
        text = bind(query, bindings)
        dataset = {"use_default_graph_as_union": True} if graphs is None else {"default_graph": [ox.NamedNode(g) for g in graphs]}
        try:
            solutions = self.store.query(text, prefixes=PREFIXES, **dataset)
        except SyntaxError as exc:
            raise QueryError("SPARQL syntax error: {error}", error=str(exc)) from exc
        except OSError as exc:  # pragma: no cover - evaluation errors of the store
            raise QueryError(str(exc)) from exc
        if not isinstance(solutions, ox.QuerySolutions):
            raise QueryError("only SELECT queries return rows; use ASK/CONSTRUCT through pyoxigraph directly")
        variables = [v.value for v in solutions.variables]
        return Results(variables, [{name: _python(solution[name]) for name in variables} for solution in solutions])


class StoreBackend(LocalBackend):
    """A pyoxigraph store already open, such as one on disk (``--store DIR``)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def __repr__(self) -> str:
        return f"<StoreBackend {len(self.store):,} quads>"


class RemoteBackend:
    """A SPARQL 1.1 Protocol endpoint (Oxigraph, Fuseki, Virtuoso, GraphDB...).

    Queries name policygraph's graphs as the default graph (``default-graph-uri``), so they
    see the same union as a local store whatever the server's own default-graph setting. A
    server that holds many plans is asked instead to take the union of its graphs as the default
    graph (``union-default-graph``, Oxigraph's option: naming a thousand graphs in each query
    makes each query slow), once a probe has shown that it counts every plan that way.
    """

    MANY_GRAPHS = 64

    def __init__(self, endpoint: str, auth: str | None = None, timeout: float | None = None) -> None:
        from ..http import opener

        self.endpoint = endpoint
        self.timeout = timeout
        self._open = opener(endpoint, auth)
        self._graphs: list[str] | None = None
        self._union: bool | None = None

    def __repr__(self) -> str:
        return f"<RemoteBackend {self.endpoint}>"

    def graphs(self) -> list[str]:
        """policygraph's named graphs on the endpoint (plans and the shared graph)."""
        if self._graphs is None:
            found = self._request("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?plan a pg:Plan } }", [])
            self._graphs = sorted({row["g"] for row in found.rows} | {iris.SHARED_GRAPH})
        return self._graphs

    def union_default_graph(self) -> bool:
        """True when the server takes the union of its graphs as the default graph on request and
        there are many graphs: the same plans are counted with and without it."""
        if self._union is None:
            self._union = False
            plans = len(self.graphs()) - 1
            if plans >= self.MANY_GRAPHS:
                try:
                    counted = self._request("SELECT (COUNT(DISTINCT ?plan) AS ?n) WHERE { ?plan a pg:Plan }", [], union=True)
                    in_graphs = self._request("SELECT (COUNT(DISTINCT ?plan) AS ?n) WHERE { GRAPH ?g { ?plan a pg:Plan } }", [])
                    self._union = counted.rows[0]["n"] == in_graphs.rows[0]["n"] > 0
                except PolicyGraphError:  # a server that refuses the option: name the graphs
                    self._union = False
        return self._union

    def select(self, query: str, bindings: dict[str, Any] | None = None, graphs: list[str] | None = None) -> Results:
        if graphs is not None:
            return self._request(bind(query, bindings), graphs)
        if self.union_default_graph():
            return self._request(bind(query, bindings), [], union=True)
        return self._request(bind(query, bindings), self.graphs())

    def _request(self, query: str, default_graphs: list[str], union: bool = False) -> Results:
        from urllib.parse import urlencode

        form = [("query", PROLOGUE + query)] + [("default-graph-uri", g) for g in default_graphs] + ([("union-default-graph", "")] if union else [])
        body = self._open(
            self.endpoint,
            data=urlencode(form).encode("utf-8"),
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"},
            timeout=self.timeout,
        )
        try:
            document = json.loads(body)
            variables = document["head"]["vars"]
            bindings = document["results"]["bindings"]
            rows = [{str(name): _python_json(row.get(name)) for name in variables} for row in bindings]
        except (ValueError, KeyError, TypeError, AttributeError, IndexError, ArithmeticError) as exc:
            # garbage bytes, head: null, a binding without value, a number where a binding should be, 1.5 as an xsd:integer…
            raise QueryError(
                f"{self.endpoint}: the answer is not SPARQL JSON results ({type(exc).__name__}; only SELECT queries return rows)"
            ) from exc
        return Results([str(v) for v in variables], rows)
