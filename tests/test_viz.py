"""The HTML views, read as data: what the pages hold, checked against the extracted model.

What a browser shows is checked in test_viz_browser.py.
"""

import json
import re
from collections import defaultdict

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

import policygraph
from policygraph import viz
from policygraph.cli import cli
from policygraph.graph import iris
from policygraph.viz.compare import lead_matrix
from policygraph.viz.data import NO_THEME, load_view_data
from policygraph.viz.network import UNTYPED
from policygraph.viz.page import script_json

EVIL_TITLE = '推进<script>window.pwned=1</script>"引号"与\'单引号\'&amp;工作'
EVIL_IMG = "<img/src=x/onerror=window.pwned=2>"  # no spaces: extraction squeezes whitespace out of titles
EVIL_PLAN = f"金山区方案\n\n一、重点任务\n\n（一）行动\n\n1.{EVIL_TITLE}。（责任单位：☆区发改委、区经委）\n\n2.推进</script>{EVIL_IMG}。（责任单位：☆区经委）\n"


def page_data(html: str) -> dict:
    match = re.search(r'<script id="pg-data" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def store(corpus):
    return corpus.store()


@pytest.fixture(scope="module")
def network(store):
    return viz.network_view(store)


def model_leads(corpus):
    """(task IRI, unit IRI) of every lead assignment in the extracted model."""
    return {
        (iris.task(plan.id, task.local_id), iris.unit(a.unit.key))
        for plan in corpus.plans
        for task in plan.tasks
        for a in task.assignments
        if a.role == "lead"
    }


@given(st.text())
def test_script_json_never_closes_its_element_and_reads_back(text):
    encoded = script_json({"t": text})
    assert not set("<>&") & set(encoded)
    assert json.loads(encoded) == {"t": text}


def test_explorer_index_has_every_task_unit_area_and_district(corpus, network):
    index = page_data(network)["index"]
    summary = corpus.summary()
    assert len(index["tasks"]) == summary["tasks"] + summary["measures"] + summary["table_rows"] == 403
    assert len(index["units"]) == summary["units"] == 258
    assert len(index["areas"]) == summary["action_areas"] == 55
    assert len(index["places"]) == len({p.main_plan.jurisdiction.code for p in corpus.plans}) == 9
    assert sum(p["tasks"] for p in index["places"]) == 403
    # the page lays nodes out itself: no positions, no precomputed graph in the file
    assert "nodes" not in page_data(network) and '"x":' not in network


def test_explorer_assignments_are_the_models(corpus, network):
    index = page_data(network)["index"]
    task_iri = {t["key"]: t for t in index["tasks"].values()}
    leads = {
        (iris.task(plan.id, task.local_id).removeprefix(iris.BASE), iris.unit(a.unit.key).removeprefix(iris.BASE))
        for plan in corpus.plans
        for task in plan.tasks
        for a in task.assignments
        if a.role == "lead"
    }
    on_page = {(index["tasks"][t]["key"], index["units"][u]["key"]) for t, u, role in index["assignments"] if role == "lead"}
    assert on_page == leads and len(task_iri) == 403


def test_links_use_keys_that_survive_a_rebuild(corpus, network):
    """The page's links name tasks and units by their IRI's path, not by the page's short ids."""
    index = page_data(network)["index"]
    unit = next(u for u in index["units"].values() if u["name"] == "青浦区建管委")
    assert unit["key"] == "org/310118/construction" and "区建管委" in unit["aliases"]
    assert {p["key"] for p in index["places"]} >= {"place/310118", "place/310116"}
    construction = next(t for t in index["types"] if t["name"] == "建设和管理委员会")
    assert "住建委" in construction["aliases"]
    again = page_data(viz.network_view(corpus.store()))["index"]
    assert sorted(t["key"] for t in again["tasks"].values()) == sorted(t["key"] for t in index["tasks"].values())


def test_timeline_data_holds_milestones_and_target_years(corpus, network):
    index = page_data(network)["index"]
    with_milestones = [t for t in index["tasks"].values() if t["milestones"]]
    expected = sum(1 for p in corpus.plans for t in p.tasks if t.milestones)
    assert len(with_milestones) == expected > 10
    solar = next(t for t in with_milestones if any("光伏装机容量完成2兆瓦" in m[2] for m in t["milestones"]))
    assert ["2025-03-31", "一季度", "光伏装机容量完成2兆瓦"] in solar["milestones"]
    years = [y for t in index["tasks"].values() for y, _ in t["targetYears"]]
    assert len(years) == sum(1 for p in corpus.plans for t in p.tasks for g in t.targets if g.year or g.period_end) and min(years) >= 2021


def test_a_page_can_open_on_a_districts_matrix(store):
    index = page_data(viz.network_view(store, start={"view": "matrix", "district": "青浦区"}))["index"]
    assert index["start"] == {"view": "matrix", "district": "place/310118"}
    with pytest.raises(policygraph.PolicyGraphError, match="火星区"):
        viz.network_view(store, start={"district": "火星区"})


def test_pages_reference_nothing_outside_themselves(store, network):
    for html in (network, viz.comparison_view(store)):
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)
        assert "@import" not in html


def test_plan_text_is_data_not_markup(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(EVIL_PLAN, encoding="utf-8")
    store = policygraph.build([str(plan)]).store()
    html = viz.network_view(store)
    assert "<script>window.pwned" not in html and "<img/src" not in html
    titles = {t["title"] for t in page_data(html)["index"]["tasks"].values()}
    assert EVIL_TITLE in titles and "推进</script>" + EVIL_IMG in titles
    compare = viz.comparison_view(store)
    assert "<script>window.pwned" not in compare and "<img/src" not in compare
    assert "推进&lt;script&gt;window.pwned=1&lt;/script&gt;&quot;引号&quot;" in compare


def test_comparison_counts_are_the_models_leads_by_theme_type_and_district(corpus, store):
    expected = defaultdict(set)
    for plan in corpus.plans:
        district = plan.main_plan.jurisdiction.name
        for task in plan.tasks:
            theme = task.theme.label_zh if task.theme else NO_THEME
            for a in task.assignments:
                if a.role != "lead":
                    continue
                kind = corpus.lexicon.types[a.unit.type_id].label_zh if a.unit.type_id in corpus.lexicon.types else UNTYPED.get(a.unit.kind, "其他单位")
                expected[(theme, kind, district)].add(iris.task(plan.id, task.local_id))
    matrix = lead_matrix(load_view_data(store))
    got = {
        (theme, kind, district): {t.iri for t in tasks}
        for theme, by_type in matrix.items()
        for kind, by_district in by_type.items()
        for district, tasks in by_district.items()
    }
    assert got == expected
    # the contrast the page exists to show: transport led by 交通委 in Jinshan, by 建管委 in Qingpu
    assert len(got[("交通运输", "交通委员会", "金山区")]) == 10
    assert ("交通运输", "交通委员会", "青浦区") not in got
    assert len(got[("交通运输", "建设和管理委员会", "青浦区")]) == 4


def test_unit_view_holds_the_units_tasks_and_their_partners(corpus, store):
    data = page_data(viz.network_view(store, unit="区发改委"))
    focus_names = {data["index"]["units"][u]["name"] for u in data["index"]["focus"]}
    assert focus_names == {"闵行区发展改革委", "金山区发改委", "青浦区发改委"}
    dev_reform = {u for u in store.units_matching("区发改委")}
    expected = {
        iris.task(plan.id, task.local_id)
        for plan in corpus.plans
        for task in plan.tasks
        if any(iris.unit(a.unit.key) in dev_reform for a in task.assignments)
    }
    assert len(data["index"]["tasks"]) == len(expected) == 180


def test_viz_command_writes_each_view(tmp_path):
    runner = CliRunner()
    for args, name in (
        (["viz"], "graph.html"), (["viz", "--compare"], "compare.html"), (["viz", "--unit", "区交通委"], "unit.html"),
        (["viz", "--view", "matrix", "--district", "青浦区"], "matrix.html"),
    ):
        out = tmp_path / name
        result = runner.invoke(cli, [*args, "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert result.output.strip() == f"wrote {out}"
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(cli, ["viz", "--unit", "区交通委员", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1 and "closest known names" in result.output
    result = runner.invoke(cli, ["viz", "--unit", "区交通委", "--compare"])
    assert result.exit_code == 2 and "choose one" in result.output
    assert page_data((tmp_path / "matrix.html").read_text(encoding="utf-8"))["index"]["start"] == {"view": "matrix", "district": "place/310118"}
    result = runner.invoke(cli, ["viz", "--district", "火星区", "-o", str(tmp_path / "y.html")])
    assert result.exit_code == 1 and "'火星区': no district of that name" in result.output


def test_a_unit_view_of_units_without_tasks_is_an_error(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text("金山区方案\n\n一、重点任务\n\n（一）行动\n\n1.推进工作。\n\n2.推进。（责任单位：区经委）\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["viz", str(plan), "--no-cache", "--unit", "区经委", "-o", str(tmp_path / "ok.html")])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(cli, ["viz", str(plan), "--no-cache", "--unit", "区发改委", "-o", str(tmp_path / "x.html")])
    assert result.exit_code == 1
    assert "'区发改委': no unit of that name owns a task in this graph" in result.output
    assert not (tmp_path / "x.html").exists()


def test_task_nodes_carry_the_models_targets(corpus, store, network):
    expected = {iris.task(p.id, t.local_id): sorted(g.text for g in t.targets) for p in corpus.plans for t in p.tasks}
    view = {
        iri: sorted(text.rsplit(" (", 1)[0].rsplit("：", 1)[-1] for text in task.targets)
        for iri, task in load_view_data(store).tasks.items()
    }
    assert view == expected
    assert sum(1 for targets in view.values() if targets) > 100
    on_page = sorted(sorted(task["targets"]) for task in page_data(network)["index"]["tasks"].values())
    assert on_page == sorted(sorted(task.targets) for task in load_view_data(store).tasks.values())
