"""The exports committed under exports/ are what the code builds today."""

import json
from pathlib import Path

import pytest
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


def test_the_workbook_a_supervision_office_filters_and_prints(corpus, tmp_path):
    import openpyxl

    path = tmp_path / "责任清单.xlsx"
    corpus.export(output=path)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames[:3] == ["任务", "责任分工", "目标"]
    tasks, assignments, targets = (workbook[name] for name in ("任务", "责任分工", "目标"))
    summary = corpus.summary()
    assert tasks.max_row - 1 == summary["tasks"] + summary["measures"] + summary["table_rows"]
    assert assignments.max_row - 1 == summary["assignments"]
    assert targets.max_row - 1 == summary["targets"]
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet.print_title_rows
    # the list of one district: each unit's tasks, lead first, with deadline and source
    jinshan = workbook["责任清单-金山区"]
    header = [c.value for c in jinshan[1]]
    assert header == ["单位", "角色", "计划", "序号", "任务", "完成时限", "目标", "出处"]
    rows = [[c.value for c in row] for row in jinshan.iter_rows(min_row=2)]
    own = [r for r in rows if r[0] == "金山区发改委"]
    assert own and {r[1] for r in own} == {"牵头", "配合"}
    assert own.index(next(r for r in own if r[1] == "配合")) > own.index(next(r for r in own if r[1] == "牵头"))
    assert all(":" in r[7] for r in rows)


def test_a_title_that_looks_like_a_formula_stays_text_in_the_workbook(tmp_path):
    import openpyxl

    import policygraph

    (tmp_path / "plan.txt").write_text("关于印发《上海市青浦区测试实施方案》的通知\n1. =HYPERLINK(\"http://x\")推进光伏建设。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    policygraph.build([str(tmp_path)]).export("xlsx", tmp_path / "out.xlsx")
    cells = [c for row in openpyxl.load_workbook(tmp_path / "out.xlsx")["任务"].iter_rows(min_row=2) for c in row]
    assert any(str(c.value).startswith("=HYPERLINK") for c in cells)
    assert all(c.data_type != "f" for c in cells)


def test_graphml_nodes_carry_district_type_label_and_edges_the_role(corpus):
    import io

    import networkx as nx

    graph = nx.read_graphml(io.BytesIO(corpus.export("graphml").encode()))
    units = {data["label"]: data for _, data in graph.nodes(data=True) if data["kind"] == "department"}
    assert units["金山区发改委"]["district"] == "金山区"
    assert (units["金山区发改委"]["type"], units["金山区发改委"]["type_label"]) == ("dev-reform", "发展和改革委员会")
    task = next(data for _, data in graph.nodes(data=True) if data["kind"] == "task" and data["plan_title"] == "金山区碳达峰实施方案")
    assert task["district"] == "金山区"
    assert {(data["role"], data["role_zh"]) for *_, data in graph.edges(data=True)} == {("lead", "牵头"), ("co", "配合")}


def test_objects_print_short_and_render_in_a_notebook(corpus):
    assert len(repr(corpus)) < 200 and repr(corpus).startswith("<PolicyGraph 9 plans")
    for plan in corpus.plans:
        assert len(repr(plan)) < 300 and plan.id in repr(plan)
        assert all(len(repr(task)) < 300 for task in plan.tasks)
    assert "<table>" in corpus._repr_html_() and "<table>" in corpus.plans[0]._repr_html_()
    assert repr(corpus.store()).startswith("<GraphStore <LocalBackend ")
    assert "<td>plans</td><td>10</td>" in corpus.store()._repr_html_()


def test_dataframes_of_every_table(corpus):
    pytest.importorskip("pandas")
    summary = corpus.summary()
    assert len(corpus.to_pandas("tasks")) == summary["tasks"] + summary["measures"] + summary["table_rows"]
    assignments = corpus.to_pandas("assignments")
    assert len(assignments) == summary["assignments"] and set(assignments["role"]) == {"lead", "co"}
    assert len(corpus.to_pandas("targets")) == summary["targets"]
    assert list(corpus.to_pandas("plans")["file"]) == [p.source.path for p in corpus.plans]
