"""The graph as a dataset: one named graph per source plan, plus one graph of shared things.

A plan's graph holds the plan, its action areas, tasks, assignments, spans, source and
problems; organisations, places, people and department types, which plans share, live in
the shared graph (:data:`~policygraph.graph.iris.SHARED_GRAPH`). Every triple is in exactly
one graph, so the union of the graphs is the whole graph with no duplicates, and pushing one
plan again to a SPARQL server replaces only that plan's triples.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from . import iris


def _graph_name(subject) -> ox.NamedNode:
    return ox.NamedNode(iris.graph_of(subject.value if isinstance(subject, ox.NamedNode) else ""))


def quads_of_triples(triples) -> list[ox.Quad]:
    """Put each triple into its named graph, chosen by its subject."""
    return [ox.Quad(t.subject, t.predicate, t.object, _graph_name(t.subject)) for t in triples]


def model_quads(corpus, lexicon) -> list[ox.Quad]:
    """The corpus as pyoxigraph quads in their named graphs, straight from the model's triples
    (:func:`~policygraph.graph.rdf.rdf_triples`): the quads of
    :func:`~policygraph.graph.rdf.to_rdf`'s graph, at a third of the cost, since no rdflib graph
    is filled and no N-Triples text written and parsed again."""
    from rdflib import URIRef

    from .rdf import rdf_triples

    named: dict[str, ox.NamedNode] = {}
    graphs: dict[str, ox.NamedNode] = {}

    def node(iri: str) -> ox.NamedNode:
        found = named.get(iri)
        if found is None:
            found = named[iri] = ox.NamedNode(iri)
        return found

    def term(value):
        if isinstance(value, URIRef):
            return node(value)
        # a literal as N-Triples writes it: its lexical form (str), with its language or datatype
        if value.language:
            return ox.Literal(str(value), language=value.language)
        if value.datatype is not None:
            return ox.Literal(str(value), datatype=node(value.datatype))
        return ox.Literal(str(value))

    quads = []
    for subject, predicate, value in rdf_triples(corpus, lexicon):
        graph = graphs.get(subject)
        if graph is None:
            graph = graphs[subject] = ox.NamedNode(iris.graph_of(subject))
        quads.append(ox.Quad(node(subject), node(predicate), term(value), graph))
    return quads


def read_quads(path: str | Path) -> list[ox.Quad]:
    """Quads from an exported graph file (syntax from its extension); triples of a graph-less
    format go to their named graph."""
    from ..errors import InputError
    from ..formats import rdf_format as syntax_of

    path = str(path)
    rdf_format = ox.RdfFormat.from_media_type(syntax_of(path).media_type)
    if not Path(path).is_file():
        raise InputError(path, "no such graph file")
    try:
        parsed = list(ox.parse(path=path, format=rdf_format))
    except SyntaxError as exc:
        raise InputError(path, "not valid {format}: {error}", format=rdf_format.name, error=str(exc)) from exc
    if not parsed:  # an export policygraph writes always holds its plans: an empty one is a broken file
        raise InputError(path, "holds no triples", "an empty or truncated export; build it again")
    if rdf_format.supports_datasets:
        return [q if q.graph_name != ox.DefaultGraph() else ox.Quad(q.subject, q.predicate, q.object, _graph_name(q.subject)) for q in parsed]
    return quads_of_triples(parsed)


def by_graph(quads) -> dict[str, list[ox.Triple]]:
    """Triples grouped by named graph IRI, graphs in a stable order."""
    groups: dict[str, list[ox.Triple]] = {}
    for quad in quads:
        groups.setdefault(quad.graph_name.value, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    return dict(sorted(groups.items()))
