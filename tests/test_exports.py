"""The exports committed under exports/ are what the code builds today."""

import json
from pathlib import Path

import rdflib
from rdflib.compare import isomorphic

EXPORTS = Path(__file__).parent.parent / "exports"


def test_committed_task_export_is_current(corpus):
    committed = [json.loads(line) for line in (EXPORTS / "tasks.jsonl").read_text(encoding="utf-8").splitlines()]
    built = [json.loads(line) for line in corpus.export("jsonl").splitlines()]
    assert committed == built


def test_committed_plan_export_is_current(corpus):
    committed = [json.loads(line) for line in (EXPORTS / "plans.jsonl").read_text(encoding="utf-8").splitlines()]
    assert committed == [json.loads(line) for line in corpus.export("plans").splitlines()]


def test_committed_target_export_is_current(corpus):
    committed = [json.loads(line) for line in (EXPORTS / "targets.jsonl").read_text(encoding="utf-8").splitlines()]
    assert committed == [json.loads(line) for line in corpus.export("targets").splitlines()]


def test_committed_graph_is_current(corpus):
    committed = rdflib.Graph().parse(EXPORTS / "policygraph.ttl")
    assert isomorphic(committed, corpus.rdf)
