"""SHACL: the bundled corpus conforms, and each kind of broken graph is caught and located."""

import rdflib
from click.testing import CliRunner
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, TIME, XSD

import policygraph
from policygraph.cli import cli
from policygraph.graph.namespace import PG
from policygraph.graph.validate import validate


def test_bundled_corpus_conforms(corpus):
    report = validate(corpus.rdf)
    assert report.conforms, str(report)[:2000]
    assert report.violations == []


def _copy(corpus) -> rdflib.Graph:
    graph = rdflib.Graph()
    for prefix, namespace in corpus.rdf.namespaces():
        graph.bind(prefix, namespace)
    for triple in corpus.rdf:
        graph.add(triple)
    return graph


def test_broken_graph_is_caught_with_file_and_line(corpus):
    graph = _copy(corpus)
    task = URIRef("https://w3id.org/policygraph/id/plan/jinshan-2023-carbon-peak-plan/task/5.1")
    # 1. the task loses its lead
    for attribution in list(graph.objects(task, PROV.qualifiedAttribution)):
        graph.set((attribution, PROV.hadRole, PG.CoRole))
    graph.remove((task, PG.leadUnit, None))
    # 2. an assignment gets a second role
    other = URIRef("https://w3id.org/policygraph/id/plan/qingpu-2022-carbon-peak-plan/task/1.1/assignment/1")
    graph.add((other, PROV.hadRole, PG.CoRole))
    # 3. a deadline end that is not a date
    deadline = next(graph.subjects(TIME.inXSDDate, None))
    graph.set((deadline, TIME.inXSDDate, Literal("2025年底")))
    report = validate(graph)
    assert not report.conforms
    text = str(report)
    assert "没有牵头单位" in text and "jinshan-2023-carbon-peak-plan.txt:119" in text
    assert "exactly one role" in text and "qingpu-2022-carbon-peak-plan.md" in text
    assert "xsd:date" in text and "2025年底" in text
    assert len(report.violations) == 3


def test_validate_command_reads_an_exported_graph(corpus, tmp_path):
    good = tmp_path / "good.nq"
    corpus.export("nq", good)
    runner = CliRunner()
    result = runner.invoke(cli, ["validate", str(good)])
    assert result.exit_code == 0 and result.output.startswith("conforms")
    graph = _copy(corpus)
    graph.add((URIRef("https://w3id.org/policygraph/id/plan/x/task/1"), RDF.type, PG.Task))
    bad = tmp_path / "bad.ttl"
    graph.serialize(bad, format="turtle")
    result = runner.invoke(cli, ["validate", str(bad)])
    assert result.exit_code == 1 and "does not conform" in result.output and "exactly one plan" in result.output
    assert runner.invoke(cli, ["validate", str(tmp_path / "missing.ttl")]).output.startswith("Error: ")
    (tmp_path / "x.txt").write_text("x")
    assert "not an RDF graph file" in runner.invoke(cli, ["validate", str(tmp_path / "x.txt")]).output


def test_validate_from_python(corpus):
    assert policygraph.api.validate(corpus).conforms
