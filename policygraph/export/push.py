"""Upload the graph to a SPARQL server with the SPARQL 1.1 Graph Store Protocol.

Each source plan is PUT to its own named graph, replacing what that graph held, so pushing
one plan again leaves the other plans' triples alone. Organisations, places and department
types, which plans share, are POSTed (merged) into the shared graph. Works with Oxigraph
(``/store``), Apache Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/ID/rdf-graphs/service``) and Virtuoso (``/sparql-graph-crud-auth``).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

from ..graph import iris
from ..graph.dataset import by_graph
from ..http import graph_url, opener


@dataclass
class PushedGraph:
    graph: str
    triples: int
    method: str  # PUT (replaced) or POST (merged)


def _upload(request, endpoint: str, graph: str, triples, method: str, timeout: float) -> PushedGraph:
    body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    request(graph_url(endpoint, graph), data=body, headers={"Content-Type": "application/n-triples"}, timeout=timeout, method=method)
    return PushedGraph(graph, len(triples), method)


def put_graph(endpoint: str, graph: str, triples, *, auth: str | None = None, timeout: float = 300) -> PushedGraph:
    """Replace ``graph`` at ``endpoint`` with ``triples`` (PUT)."""
    return _upload(opener(endpoint, auth), endpoint, graph, triples, "PUT", timeout)


def delete_graph(endpoint: str, graph: str, *, auth: str | None = None, timeout: float = 300) -> None:
    """Remove ``graph`` at ``endpoint`` (DELETE); a graph the server does not hold is no error."""
    from ..http import EndpointError

    try:
        opener(endpoint, auth)(graph_url(endpoint, graph), timeout=timeout, method="DELETE")
    except EndpointError as exc:
        if "404" not in str(exc):
            raise


def push(quads, endpoint: str, auth: str | None = None, timeout: float = 300) -> list[PushedGraph]:
    """Send ``quads`` to the Graph Store Protocol ``endpoint``, one request per named graph;
    ``timeout`` is each upload's total deadline in seconds."""
    request = opener(endpoint, auth)
    pushed = []
    for graph, triples in by_graph(quads).items():
        pushed.append(_upload(request, endpoint, graph, triples, "POST" if graph == iris.SHARED_GRAPH else "PUT", timeout))
    return pushed
