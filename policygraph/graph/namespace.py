"""Namespaces: the policygraph ontology (``ontology/policygraph.ttl``) and reused vocabularies.

``PG`` is a closed namespace: a misspelt term raises instead of minting a new IRI. A test
checks that it lists exactly the terms the ontology file defines.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, TIME, XSD, DefinedNamespace

from .iris import ONTOLOGY

OA = Namespace("http://www.w3.org/ns/oa#")
QUDT = Namespace("http://qudt.org/schema/qudt/")


class PG(DefinedNamespace):
    """Terms of the policygraph ontology."""

    _fail = True
    _NS = Namespace(ONTOLOGY)

    ActionArea: URIRef
    ActionTheme: URIRef
    AdminLevel: URIRef
    AdminLevels: URIRef
    Assignment: URIRef
    AtLeast: URIRef
    AtMost: URIRef
    Citation: URIRef
    CitedDocument: URIRef
    CoRole: URIRef
    CollectiveUnit: URIRef
    Comparator: URIRef
    Comparators: URIRef
    CountyLevel: URIRef
    DecreaseBy: URIRef
    DepartmentType: URIRef
    FirstListed: URIRef
    IncreaseBy: URIRef
    Jurisdiction: URIRef
    Labelled: URIRef
    LeadRole: URIRef
    Marked: URIRef
    Measure: URIRef
    Milestone: URIRef
    MoreThan: URIRef
    NationalLevel: URIRef
    Plan: URIRef
    PrefectureLevel: URIRef
    ProvinceLevel: URIRef
    Reach: URIRef
    RoleBases: URIRef
    RoleBasis: URIRef
    Prose: URIRef
    Sole: URIRef
    SourceDocument: URIRef
    StandingRider: URIRef
    StatedRule: URIRef
    TableRow: URIRef
    Target: URIRef
    Task: URIRef
    TownshipLevel: URIRef
    UnknownLevel: URIRef
    UnparsedClause: URIRef
    ZoneLevel: URIRef
    adminLevel: URIRef
    appliedRule: URIRef
    approximate: URIRef
    attachmentScore: URIRef
    baseYear: URIRef
    baselineUnitText: URIRef
    baselineValue: URIRef
    citation: URIRef
    citedDocument: URIRef
    cites: URIRef
    citesPlan: URIRef
    coUnit: URIRef
    comparator: URIRef
    divisionStatus: URIRef
    inAction: URIRef
    inPlan: URIRef
    isPlan: URIRef
    jurisdiction: URIRef
    leadConflict: URIRef
    leadUnit: URIRef
    leader: URIRef
    level: URIRef
    line: URIRef
    metric: URIRef
    milestone: URIRef
    noLeadNamed: URIRef
    note: URIRef
    noticeTitle: URIRef
    number: URIRef
    ongoing: URIRef
    period: URIRef
    periodEnd: URIRef
    periodStart: URIRef
    placeEvidence: URIRef
    quarter: URIRef
    reason: URIRef
    responsibilityText: URIRef
    restatementScore: URIRef
    restates: URIRef
    roleBasis: URIRef
    section: URIRef
    severity: URIRef
    sourcePath: URIRef
    surfaceForm: URIRef
    target: URIRef
    targetYear: URIRef
    text: URIRef
    unitKind: URIRef
    unitText: URIRef
    valueMax: URIRef
    withinJurisdiction: URIRef
    year: URIRef


PREFIXES = {
    "pg": ONTOLOGY,
    "org": str(ORG),
    "prov": str(PROV),
    "skos": str(SKOS),
    "time": str(TIME),
    "dct": str(DCTERMS),
    "foaf": str(FOAF),
    "oa": str(OA),
    "qudt": str(QUDT),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}

__all__ = ["PG", "OA", "QUDT", "PREFIXES", "DCTERMS", "FOAF", "ORG", "PROV", "RDF", "RDFS", "SKOS", "TIME", "XSD"]
