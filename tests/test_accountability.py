"""targets, compare, timeline, tasks --due-before and audit, checked against the extracted model."""

import datetime as dt

from click.testing import CliRunner

import policygraph
from policygraph.audit import CHECKS
from policygraph.cli import cli
from policygraph.graph import iris


def model_targets(corpus):
    """Every target once, with the tasks that promise it."""
    holders = {}
    for plan in corpus.plans:
        for target in plan.targets:
            holders.setdefault(id(target), (target, []))
        for task in plan.tasks:
            for target in task.targets:
                holders.setdefault(id(target), (target, []))[1].append(task)
    return list(holders.values())


def test_targets_of_a_unit_due_in_a_year_are_the_models(corpus):
    store = corpus.store()
    rows = store.targets(unit="金山区发改委", year=2025)
    expected = {
        iris.target(t.plan_id, t.local_id)
        for t, tasks in model_targets(corpus)
        if t.due_year == 2025 and any(a.unit and a.unit.name == "金山区发改委" for task in tasks for a in task.assignments)
    }
    assert {r["target"] for r in rows} == expected and len(expected) >= 10
    assert all(r["due"] in ("2025", "2021–2025") for r in rows)


def test_all_targets_are_listed_once(corpus):
    rows = corpus.store().targets()
    assert len(rows) == len({r["target"] for r in rows}) == corpus.summary()["targets"] == len(model_targets(corpus))


def test_compare_lines_up_forest_cover_across_districts():
    result = CliRunner().invoke(cli, ["compare", "--metric", "森林覆盖率", "--format", "json"])
    assert result.exit_code == 0
    import json

    rows = json.loads(result.stdout)
    assert [r["district"] for r in rows] == sorted(r["district"] for r in rows)
    assert {r["district"] for r in rows} == {"三明市", "上海市", "金山区", "闵行区", "青浦区"}
    jinshan = next(r for r in rows if r["district"] == "金山区")
    assert (jinshan["promise"], jinshan["due"], jinshan["leads"]) == ("= 16.5 %", "2025", ["金山区绿化市容局"])


def test_timeline_holds_every_deadline_milestone_and_target_year_in_order(corpus):
    rows = corpus.store().timeline(district="金山区")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    in_jinshan = [t for p in corpus.plans if p.district == "金山区" for t in p.tasks]
    assert sum(1 for r in rows if r["what"] == "deadline") == sum(1 for t in in_jinshan if t.deadline and t.deadline.end)
    assert sum(1 for r in rows if r["what"].startswith("milestone")) == sum(1 for t in in_jinshan for m in t.milestones if m.end)
    assert sum(1 for r in rows if r["what"] == "target") == sum(1 for t in in_jinshan for g in t.targets if g.due_year)


def test_due_before_counts_target_years_of_tasks_without_deadline(corpus):
    store = corpus.store()
    by_end_2025 = {r["task"] for r in store.tasks(district="青浦区", due_before="2025-12-31")}
    by_mid_2025 = {r["task"] for r in store.tasks(district="青浦区", due_before="2025-06-30")}
    qingpu = next(p for p in corpus.plans if p.id == "qingpu-2022-carbon-peak-plan")
    expected = {iris.task(qingpu.id, t.local_id) for t in qingpu.tasks if any(g.due_year and g.due_year <= 2025 for g in t.targets)}
    assert by_end_2025 == expected and len(expected) >= 5  # Qingpu writes no deadlines
    assert by_mid_2025 == set()


def test_audit_findings_are_real_in_the_source(corpus):
    findings = corpus.audit()
    assert {f.check for f in findings} <= set(CHECKS)
    conflicts = [f for f in findings if f.check == "lead_conflict"]
    assert len(conflicts) == corpus.summary()["lead_conflicts"] == 23
    texts = {p.source.path: p.source.text for p in corpus.plans}
    for finding in findings:
        line = texts[finding.file].split("\n")[finding.line - 1]
        assert texts[finding.file].count("\n", 0, finding.start) + 1 == finding.line
        if finding.check == "listed_twice":
            name = finding.message.split(" ")[0]
            assert line.replace(" ", "").count(name.lstrip("金山区闵行区青浦区")) >= 2, finding
        if finding.check == "glued_names":  # the name touches another name with no 、 between
            name, squeezed = finding.message.split(" ")[0], line.replace(" ", "")
            at = [i for i in range(len(squeezed)) if squeezed.startswith(name, i)]
            assert any(squeezed[i + len(name)] not in "、，,；;）)" or squeezed[i - 1] not in "、，,；;（(：:☆" for i in at), finding
    no_year = [f for f in findings if f.check == "target_no_year"]
    assert len(no_year) == sum(1 for t, _ in model_targets(corpus) if t.due_year is None and t.period_start is None)
    no_lead = {(f.file, f.line) for f in findings if f.check == "no_lead"}
    gaoxin = next(p for p in corpus.plans if p.id == "jinshan-gaoxin-2025-plan")
    restated = {id(r.restates) for p in corpus.plans for r in p.tasks if r.restates is not None}
    assert {(t.span.file, t.span.line) for t in gaoxin.tasks if id(t) not in restated} <= no_lead


def test_audit_flags_a_deadline_before_the_plan_date(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(
        "某区人民政府\n\n某府发〔2023〕5号\n\n关于印发《某区节能工作方案》的通知\n\n2023年5月23日\n\n"
        "一、重点任务\n\n1.开展节能诊断。完成重点企业节能诊断。（责任部门：区发改委，完成期限：2022年12月底）\n\n"
        "2.推进屋顶光伏。新增光伏装机容量不低于2万千瓦。（责任部门：区发改委，完成期限：2024年12月底）\n",
        encoding="utf-8",
    )
    graph = policygraph.build([str(plan)])
    findings = graph.audit(["deadline_before_plan", "target_no_year"])
    assert [(f.check, f.line) for f in findings] == [("deadline_before_plan", 11), ("target_no_year", 13)]
    result = CliRunner().invoke(cli, ["audit", str(plan), "--check", "deadline_before_plan"])
    assert result.exit_code == 0 and f"{plan}:11: deadline_before_plan:" in result.stdout


def test_unknown_check_is_a_clean_error():
    result = CliRunner().invoke(cli, ["audit", "--check", "nonsense"])
    assert result.exit_code == 2 and "nonsense" in result.output
