"""push and query against a real Oxigraph server (PyPI package ``oxigraph``) on loopback."""

import json
import shutil
import socket
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

import policygraph
from policygraph.cli import cli
from policygraph.graph import iris
from policygraph.http import EndpointError

from oxigraph_server import serving

CORPUS = Path(policygraph.__file__).parent / "corpus"


@pytest.fixture()
def server():
    """A fresh in-memory Oxigraph server; yields its base URL."""
    with serving() as base:
        yield base


def triples_per_graph(base: str) -> dict[str, int]:
    """Counted by the server itself, without policygraph's client."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(
        base + "/query", data=urllib.parse.urlencode({"query": query}).encode(), headers={"Accept": "application/sparql-results+json"}
    )
    rows = json.load(urllib.request.urlopen(request))["results"]["bindings"]
    return {r["g"]["value"]: int(r["n"]["value"]) for r in rows}


def test_push_then_query_the_endpoint_gives_the_local_answers(server, corpus, monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    pushed = policygraph.api.push(corpus, server + "/store")
    counts = triples_per_graph(server)
    assert {p.graph: p.triples for p in pushed} == counts
    assert len(counts) == len(corpus.plans) + 1  # one graph per source plan, plus the shared graph
    assert sum(counts.values()) == len(corpus.rdf)

    remote = policygraph.open_store(endpoint=server + "/query")
    local = corpus.store()
    assert remote.tasks(lead="区发改委", district="金山区") == local.tasks(lead="区发改委", district="金山区")
    assert remote.tasks(keyword="屋顶光伏") == local.tasks(keyword="屋顶光伏")
    assert remote.departments() == local.departments()
    nasty = 'x" } ; DROP ALL ; {'
    assert remote.select("SELECT ?t WHERE { ?t dct:title ?x FILTER (STR(?x) = ?v) }", {"v": nasty}).rows == []
    assert sum(triples_per_graph(server).values()) == len(corpus.rdf)  # nothing was dropped

    result = CliRunner().invoke(cli, ["tasks", "--endpoint", server + "/query", "--co", "区建管委", "--district", "青浦区", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.output)) == len(local.tasks(co="区建管委", district="青浦区")) > 0


def test_a_repushed_plan_replaces_only_its_own_graph(server, tmp_path):
    minhang = (CORPUS / "minhang-carbon-peak-plan.txt").read_text(encoding="utf-8")
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "minhang-carbon-peak-plan.txt").write_text(minhang, encoding="utf-8")
    shutil.copy(CORPUS / "qingpu-2022-carbon-peak-plan.md", plans)
    runner = CliRunner()
    first = runner.invoke(cli, ["push", str(plans), "--endpoint", server + "/store"])
    assert first.exit_code == 0, first.output
    before = triples_per_graph(server)
    minhang_graph, qingpu_graph = iris.plan_graph("minhang-carbon-peak-plan"), iris.plan_graph("qingpu-2022-carbon-peak-plan")

    # Minhang now names one more unit in its first clause; push Minhang alone
    edited = minhang.replace("(责任单位:", "(责任单位:区审计局、", 1)
    assert edited != minhang
    alone = tmp_path / "alone"
    alone.mkdir()
    (alone / "minhang-carbon-peak-plan.txt").write_text(edited, encoding="utf-8")
    again = runner.invoke(cli, ["push", str(alone), "--endpoint", server + "/store"])
    assert again.exit_code == 0, again.output
    after = triples_per_graph(server)
    assert after[qingpu_graph] == before[qingpu_graph]
    assert after[minhang_graph] > before[minhang_graph]
    remote = policygraph.open_store(endpoint=server + "/query")
    assert {r["district"] for r in remote.tasks(unit="区审计局")} == {"闵行区"}
    assert len({r["task"] for r in remote.tasks(district="青浦区")}) == len({r["task"] for r in policygraph.build([str(plans / "qingpu-2022-carbon-peak-plan.md")]).store().tasks()})


def test_unreachable_endpoint_is_a_clean_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(EndpointError, match="cannot connect"):
        policygraph.open_store(endpoint=f"http://127.0.0.1:{port}/query").tasks()
    result = CliRunner().invoke(cli, ["query", "--endpoint", "ftp://x/", "SELECT * WHERE { ?s ?p ?o }"])
    assert result.exit_code == 1 and "not an http(s) URL" in result.output


def test_an_incremental_build_pushes_only_what_changed_and_the_server_matches_the_store(server, tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    for name in ("minhang-carbon-peak-plan.txt", "qingpu-2022-carbon-peak-plan.md", "jinshan-2023-carbon-peak-plan.txt"):
        shutil.copy(CORPUS / name, plans)
    store = tmp_path / "store"
    runner = CliRunner()
    first = runner.invoke(cli, ["build", str(plans), "--store", str(store), "--push", server + "/store"])
    assert first.exit_code == 0, first.output
    assert "pushed 4 graphs" in first.output  # three plans and the shared graph

    # one plan added, one removed: the build pushes the new graph, deletes the old one, and the shared graph
    shutil.copy(CORPUS / "jinshan-gaoxin-2025-plan.txt", plans)
    (plans / "qingpu-2022-carbon-peak-plan.md").unlink()
    second = runner.invoke(cli, ["build", str(plans), "--store", str(store), "--push", server + "/store"])
    assert second.exit_code == 0, second.output
    assert "pushed 3 graphs" in second.output
    counts = triples_per_graph(server)
    assert iris.plan_graph("qingpu-2022-carbon-peak-plan") not in counts
    assert iris.plan_graph("jinshan-gaoxin-2025-plan") in counts
    local = policygraph.open_store(store=store)
    assert sum(counts.values()) == len(local.backend.store)
    remote = policygraph.open_store(endpoint=server + "/query")
    assert remote.tasks(lead="区发改委") == local.tasks(lead="区发改委") != []
    assert remote.departments() == local.departments()
    assert remote.tasks(district="青浦区") == []


def test_a_server_with_many_plans_is_asked_for_the_union_of_its_graphs(server, corpus, monkeypatch, tmp_path):
    """Naming a thousand graphs in every query made a 1,000-plan server time out; Oxigraph takes
    union-default-graph instead, once a probe counts every plan with it."""
    from policygraph.query.sparql import RemoteBackend

    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(RemoteBackend, "MANY_GRAPHS", 2)  # the bundled corpus has 10 plans
    policygraph.api.push(corpus, server + "/store")
    remote = policygraph.open_store(endpoint=server + "/query")
    assert remote.backend.union_default_graph() is True
    local = corpus.store()
    assert remote.tasks(lead="区发改委") == local.tasks(lead="区发改委")
    assert remote.departments() == local.departments()
