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
