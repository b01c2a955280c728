"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pyshacl, no inference).

A violation is reported the way a reader can act on it: the offending node with its label
and, where the node points back to its source, the file and line it came from.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from .namespace import DCTERMS, OA, PG, PROV, RDFS, SKOS


@dataclass
class Violation:
    """One SHACL result: which node broke which constraint, and where it came from."""

    severity: str  # Violation | Warning | Info
    focus: str  # IRI of the offending node
    label: str | None
    path: str | None  # the property, compacted (pg:leadUnit)
    value: str | None
    message: str
    source: str | None  # "file:line" when the node points back to its source span

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        name = f" {self.label}" if self.label else ""
        path = f" [{self.path}]" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.severity.lower()}: {where}<{self.focus}>{name}{path}: {self.message}{value}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation]
    focus_nodes: int  # how many nodes the shapes looked at

    def __str__(self) -> str:
        head = f"conforms: {len(self.violations)} results" if self.conforms else f"does not conform: {len(self.violations)} results"
        return "\n".join([head, *map(str, self.violations)])


def ontology_text(name: str) -> str:
    """A file of the top-level ``ontology/`` folder, installed or in a source checkout.

    setup.cfg installs that folder as the package ``policygraph.ontology``; run from a source
    tree (tests, ``python -m policygraph``), ``policygraph`` is the folder itself and the
    ontology sits beside it.
    """
    try:
        return resources.files("policygraph.ontology").joinpath(name).read_text(encoding="utf-8")
    except ModuleNotFoundError:
        return (Path(__file__).resolve().parent.parent.parent / "ontology" / name).read_text(encoding="utf-8")


def shapes_graph() -> Graph:
    """The shipped SHACL shapes."""
    return Graph().parse(data=ontology_text("shapes.ttl"), format="turtle")


def _label(graph: Graph, node) -> str | None:
    for predicate in (DCTERMS.title, SKOS.prefLabel, RDFS.label, PG.surfaceForm):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    return None


def _source(graph: Graph, node) -> str | None:
    span = node if (node, OA.hasSource, None) in graph else graph.value(node, PROV.wasDerivedFrom)
    if span is None:
        return None
    path = graph.value(graph.value(span, OA.hasSource), PG.sourcePath)
    line = graph.value(span, PG.line)
    return f"{path}:{line}" if path is not None and line is not None else None


def _compact(graph: Graph, term) -> str | None:
    if term is None:
        return None
    if isinstance(term, URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except ValueError:  # pragma: no cover - rdflib cannot compact some IRIs
            return str(term)
    return str(term)


def validate(graph: Graph) -> ValidationReport:
    """Check ``graph`` against the shipped shapes; :attr:`ValidationReport.conforms` says whether it passes."""
    import pyshacl

    shapes = shapes_graph()
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", abort_on_first=False, allow_warnings=False)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        if message is None:
            shape = results.value(result, SH.sourceShape)
            message = shapes.value(shape, SH.message) or results.value(result, SH.sourceConstraintComponent)
        violations.append(
            Violation(
                severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
                focus=str(focus),
                label=_label(graph, focus),
                path=_compact(graph, path) if isinstance(path, URIRef) else (None if path is None else "(path)"),
                value=_compact(graph, results.value(result, SH.value)),
                message=str(message),
                source=_source(graph, focus),
            )
        )
    violations.sort(key=lambda v: (v.source or "", v.focus, v.path or "", v.message))
    focus_nodes = sum(1 for _ in graph.subjects(None, None, unique=True))
    return ValidationReport(bool(conforms), violations, focus_nodes)
