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


def _district(graph: Graph, node) -> str:
    """The place a plan or unit belongs to, by name (金山区), or ''."""
    places = sorted(graph.objects(node, PG.jurisdiction)) or sorted(graph.objects(node, DCTERMS.spatial))  # a unit's; a plan's
    return "、".join(_label(graph, place) for place in places)


def to_networkx(graph: Graph) -> nx.MultiDiGraph:
    """Tasks -> units, one edge per assignment (key = the assignment IRI).

    Nodes carry ``kind``, ``label`` and ``district`` (the place's name); tasks their ``plan``
    (IRI), ``plan_title`` and ``number``; units their ``type`` (the department type's id, 发改委
    = ``dev-reform``) and ``type_label`` (发展和改革委员会). Edges carry ``role`` (lead, co),
    ``role_zh`` (牵头, 配合), ``basis`` and the name as the plan wrote it (``surface``).
    """
    projection = nx.MultiDiGraph()
    for task in sorted(set(graph.subjects(RDF.type, PG.Task))):
        plan = graph.value(task, PG.inPlan)
        projection.add_node(
            str(task),
            kind="task",
            label=_label(graph, task),
            plan=str(plan) if plan else "",
            plan_title=_label(graph, plan) if plan is not None else "",
            district=_district(graph, plan) if plan is not None else "",
            number=str(graph.value(task, PG.number) or ""),
        )
        for attribution in graph.objects(task, PROV.qualifiedAttribution):
            unit = graph.value(attribution, PROV.agent)
            role = graph.value(attribution, PROV.hadRole)
            basis = graph.value(attribution, PG.roleBasis)
            if str(unit) not in projection:
                kind = graph.value(unit, ORG.classification)
                projection.add_node(
                    str(unit),
                    kind=str(graph.value(unit, PG.unitKind) or "unit"),
                    label=_label(graph, unit),
                    district=_district(graph, unit),
                    type=str(graph.value(kind, SKOS.notation) or str(kind).rsplit("/", 1)[-1]) if kind is not None else "",
                    type_label=_label(graph, kind) if kind is not None else "",
                )
            projection.add_edge(
                str(task),
                str(unit),
                key=str(attribution),
                role="lead" if role == PG.LeadRole else "co",
                role_zh="牵头" if role == PG.LeadRole else "配合",
                basis=str(basis).rsplit("#", 1)[-1] if basis else "",
                surface=str(graph.value(attribution, PG.surfaceForm) or ""),
            )
    return projection
