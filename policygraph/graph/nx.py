"""The NetworkX projection: tasks and organisations as nodes, assignments as edges.

Read from the RDF graph, so a graph loaded from Turtle projects the same way as one just
built. Edge attribute ``role`` is ``lead`` or ``co``; ``basis`` says why.
"""

from __future__ import annotations

import networkx as nx
from rdflib import Graph

from .namespace import DCTERMS, ORG, PG, PROV, RDF, SKOS


def _label(graph: Graph, node) -> str:
    for predicate in (SKOS.prefLabel, DCTERMS.title):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    return str(node)


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Tasks -> units, one edge per assignment (key = the assignment IRI)."""
    projection = nx.MultiDiGraph()
    for task in set(graph.subjects(RDF.type, PG.Task)):
        plan = graph.value(task, PG.inPlan)
        projection.add_node(
            str(task),
            kind="task",
            label=_label(graph, task),
            plan=str(plan) if plan else "",
            number=str(graph.value(task, PG.number) or ""),
        )
        for attribution in graph.objects(task, PROV.qualifiedAttribution):
            unit = graph.value(attribution, PROV.agent)
            role = graph.value(attribution, PROV.hadRole)
            basis = graph.value(attribution, PG.roleBasis)
            if str(unit) not in projection:
                projection.add_node(
                    str(unit),
                    kind=str(graph.value(unit, PG.unitKind) or "unit"),
                    label=_label(graph, unit),
                    type=str(graph.value(unit, ORG.classification) or ""),
                )
            projection.add_edge(
                str(task),
                str(unit),
                key=str(attribution),
                role="lead" if role == PG.LeadRole else "co",
                basis=str(basis).rsplit("#", 1)[-1] if basis else "",
                surface=str(graph.value(attribution, PG.surfaceForm) or ""),
            )
    return projection
