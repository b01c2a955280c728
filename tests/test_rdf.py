"""The RDF graph: ontology in sync, golden graph by isomorphism, exports that parse back."""

from pathlib import Path

import pytest
import rdflib
from rdflib import Literal
from rdflib.compare import isomorphic, graph_diff

import policygraph
from policygraph.graph import iris
from policygraph.graph.namespace import ORG, PG, PROV, RDF

ROOT = Path(__file__).parent.parent
GOLDEN = Path(__file__).parent / "data" / "golden"


def test_pg_namespace_lists_exactly_the_ontology_terms():
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "policygraph.ttl")
    defined = {str(s)[len(str(PG._NS)) :] for s in ontology.subjects() if str(s).startswith(str(PG._NS))}
    assert defined == set(PG.__annotations__)


def test_every_ontology_term_has_chinese_and_english_labels_and_a_comment():
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "policygraph.ttl")
    for term in PG.__annotations__:
        node = PG[term]
        languages = {label.language for label in ontology.objects(node, rdflib.RDFS.label)}
        assert {"zh", "en"} <= languages, term
        assert ontology.value(node, rdflib.RDFS.comment) is not None, term


def test_graph_uses_only_defined_pg_terms(corpus):
    used = {t for triple in corpus.rdf for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(str(PG._NS))}
    assert {str(t)[len(str(PG._NS)) :] for t in used} <= set(PG.__annotations__)


def test_golden_excerpt_graph_is_isomorphic(monkeypatch):
    monkeypatch.chdir(GOLDEN)
    built = policygraph.build(["jinshan-excerpt.txt"]).rdf
    expected = rdflib.Graph().parse(GOLDEN / "jinshan-excerpt.ttl")
    if not isomorphic(built, expected):
        _, only_built, only_expected = graph_diff(built, expected)
        pytest.fail(f"only built: {sorted(only_built)[:5]} only expected: {sorted(only_expected)[:5]}")


@pytest.mark.parametrize("fmt, rdflib_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_parse_back_to_the_same_graph(corpus, fmt, rdflib_format):
    parsed = rdflib.Graph().parse(data=corpus.export(fmt), format=rdflib_format)
    assert isomorphic(parsed, corpus.rdf)


def test_quads_straight_from_the_model_are_the_rdflib_graphs_quads(corpus):
    """A store is written from the model's triples without an rdflib graph: the same quads as
    the rdflib graph written as N-Triples and parsed (literals of every datatype, languages)."""
    import pyoxigraph as ox

    from policygraph.graph.dataset import model_quads, quads_of_triples
    from policygraph.graph.rdf import to_rdf

    direct = model_quads(corpus.corpus, corpus.lexicon)
    assert len(direct) == len(set(direct)) > 50_000
    written = to_rdf(corpus.corpus, corpus.lexicon).serialize(format="nt").encode("utf-8")
    assert set(direct) == set(quads_of_triples(ox.parse(written, format=ox.RdfFormat.N_TRIPLES)))
    datatypes = {q.object.datatype.value.rsplit("#", 1)[-1] for q in direct if hasattr(q.object, "datatype")}
    assert {"decimal", "gYear", "date", "integer", "boolean", "string", "langString"} <= datatypes


def test_every_task_with_assignments_has_a_lead_and_typed_units(corpus):
    graph = corpus.rdf
    for task in graph.subjects(RDF.type, PG.Task):
        attributions = list(graph.objects(task, PROV.qualifiedAttribution))
        if not attributions:
            continue
        roles = [graph.value(a, PROV.hadRole) for a in attributions]
        # a clause may say on purpose that no unit leads (…等按职责分工负责): then every
        # attribution records the rule that says so
        no_lead_rules = {Literal("no_lead_named"), Literal("document_convention")}
        assert PG.LeadRole in roles or all(set(graph.objects(a, PG.appliedRule)) & no_lead_rules for a in attributions), task
        for attribution in attributions:
            unit = graph.value(attribution, PROV.agent)
            assert (unit, RDF.type, ORG.Organization) in graph or (unit, RDF.type, PG.CollectiveUnit) in graph


def test_alias_and_type_query_finds_both_spellings(corpus):
    query = """
    SELECT DISTINCT ?surface ?place WHERE {
      ?type skos:altLabel "发改委"@zh .
      ?unit org:classification ?type ; pg:jurisdiction/skos:prefLabel ?place .
      ?task pg:leadUnit ?unit ; prov:qualifiedAttribution ?a .
      ?a prov:agent ?unit ; pg:surfaceForm ?surface .
    }"""
    rows = {(str(r.surface), str(r.place)) for r in corpus.rdf.query(query, initNs={"skos": rdflib.SKOS, "org": ORG, "pg": PG._NS, "prov": PROV})}
    assert ("区发改委", "金山区") in rows and ("区发展改革委", "闵行区") in rows and ("区发改委", "青浦区") in rows


def test_networkx_projection(corpus):
    graph = corpus.to_networkx()
    lead_edges = [d for _, _, d in graph.edges(data=True) if d["role"] == "lead"]
    assert graph.number_of_edges() == 1677 and len(lead_edges) == 392


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_exports_parse_back_to_one_graph_per_plan(corpus, fmt):
    import pyoxigraph as ox

    syntax = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}[fmt]
    quads = list(ox.parse(corpus.export(fmt).encode("utf-8"), format=syntax))
    assert {q.graph_name.value for q in quads} == {iris.plan_graph(p.id) for p in corpus.plans} | {iris.SHARED_GRAPH}
    assert len(quads) == len(corpus.rdf)  # every triple in exactly one graph
    triples = ox.serialize([ox.Triple(q.subject, q.predicate, q.object) for q in quads], format=ox.RdfFormat.N_TRIPLES)
    assert isomorphic(rdflib.Graph().parse(data=triples, format="nt"), corpus.rdf)


def test_graphml_parses_back_to_the_same_projection(corpus, tmp_path):
    import networkx as nx

    path = tmp_path / "graph.graphml"
    corpus.export("graphml", path)
    read = nx.read_graphml(path, force_multigraph=True)
    built = corpus.to_networkx()
    assert dict(read.nodes(data=True)) == dict(built.nodes(data=True))
    assert sorted((u, v, d["role"], d["basis"]) for u, v, d in read.edges(data=True)) == sorted(
        (u, v, d["role"], d["basis"]) for u, v, d in built.edges(data=True)
    )


def test_csv_and_jsonl_hold_every_assignment(corpus):
    import csv
    import io
    import json

    expected = sorted(
        (iris.task(p.id, t.local_id), iris.unit(a.unit.key), a.role) for p in corpus.plans for t in p.tasks for a in t.assignments
    )
    text = corpus.export("csv")
    assert text.startswith("\ufeff")  # a byte-order mark: Excel on Windows reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert sorted((r["task_id"], r["unit_id"], r["role"]) for r in rows) == expected
    records = [json.loads(line) for line in corpus.export("jsonl").splitlines()]
    from_jsonl = sorted(
        (r["id"], u["id"], role) for r in records for role, key in (("lead", "lead_departments"), ("co", "co_departments")) for u in r[key]
    )
    assert from_jsonl == expected
