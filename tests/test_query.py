"""Asking the graph: each answer is checked against the extracted model, not against itself."""

import datetime as dt
import json
import re

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

import policygraph
from policygraph.cli import cli
from policygraph.graph import iris
from policygraph.query import cache
from policygraph.query.sparql import QueryError, bind, parse_binding
from policygraph.query.store import named_queries
from policygraph.query.units import UnknownNameError


@pytest.fixture(scope="module")
def store(corpus):
    return corpus.store()


def _level(corpus, code):
    return corpus.lexicon.jurisdictions[code].level if code in corpus.lexicon.jurisdictions else None


def expected_tasks(corpus, role, type_id, level=None, place=None):
    """Task IRIs where some assignment with ``role`` is a unit of ``type_id`` (at ``level``/``place``)."""
    found = set()
    for plan in corpus.plans:
        for task in plan.tasks:
            for a in task.assignments:
                if (role is None or a.role == role) and a.unit.type_id == type_id:
                    if (level is None or _level(corpus, a.unit.jurisdiction) == level) and (place is None or a.unit.jurisdiction == place):
                        found.add(iris.task(plan.id, task.local_id))
    return found


@pytest.mark.parametrize(
    "option, name, role, type_id, level, place",
    [
        ("lead", "区发改委", "lead", "dev-reform", "区", None),
        ("lead", "区发展和改革委员会", "lead", "dev-reform", "区", None),
        ("lead", "市发改委", "lead", "dev-reform", "市", None),
        ("lead", "发改委", "lead", "dev-reform", None, None),
        ("lead", "金山区发改委", "lead", "dev-reform", None, "310116"),
        ("co", "区建管委", "co", "construction", "区", None),
        ("unit", "区生态环境局", None, "ecology-env", "区", None),
    ],
)
def test_units_by_alias_type_and_level_match_the_model(corpus, store, option, name, role, type_id, level, place):
    rows = store.tasks(**{option: name})
    assert {r["task"] for r in rows} == expected_tasks(corpus, role, type_id, level, place)
    assert rows


def test_district_alias_finds_minhangs_development_and_reform_commission(store):
    rows = store.tasks(lead="区发改委")
    minhang = [r for r in rows if r["district"] == "闵行区"]
    assert minhang and all("闵行区发展改革委" in r["leads"] for r in minhang)
    assert {r["district"] for r in store.tasks(lead="区发改委", district="金山区")} == {"金山区"}


def test_a_limit_gives_the_first_rows_of_the_answer(store):
    every = store.tasks(lead="区发改委")
    assert len(every) > 5
    assert store.tasks(lead="区发改委", limit=5) == every[:5]
    assert store.tasks(lead="区发改委", limit=0) == []
    both = store.tasks(lead=["区发改委", "区经委"])
    assert store.tasks(lead=["区发改委", "区经委"], limit=3) == both[:3]
    with pytest.raises(ValueError):
        store.tasks(limit=-1)


def test_district_includes_places_within_it(store):
    park = {r["task"] for r in store.tasks(district="上海湾区高新技术产业开发区")}
    jinshan = {r["task"] for r in store.tasks(district="金山区")}
    assert park and park < jinshan
    assert {r["task"] for r in store.tasks(district="310116")} == jinshan


def test_a_district_query_reads_only_that_districts_graphs_and_answers_the_same(store):
    graphs = store.district_graphs("金山区")
    # Jinshan's plan, the 高新区's plan and its task table, and the shared graph: never another district's
    assert graphs[-1].endswith("/graph/shared") and len(graphs) == 4
    assert not any("qingpu" in g or "minhang" in g for g in graphs)
    every = store.tasks(lead="区发改委")
    assert store.tasks(lead="区发改委", district="金山区") == [r for r in every if r["district"] in ("金山区", "上海湾区高新技术产业开发区")]


def test_due_before_keeps_exactly_the_tasks_due_by_then(corpus, store):
    cutoff = dt.date(2021, 9, 30)
    expected = {
        iris.task(p.id, t.local_id) for p in corpus.plans for t in p.tasks if t.deadline and t.deadline.end and t.deadline.end <= cutoff
    }
    rows = store.tasks(due_before="2021-09-30")
    assert {r["task"] for r in rows} == expected and expected
    assert all(r["due"] <= "2021-09-30" for r in rows)


def test_action_filter(store):
    rows = store.tasks(action="交通")
    assert rows and all("交通" in r["action"] for r in rows)


def test_keyword_is_segmented_into_words(store):
    # 屋顶光伏 never occurs verbatim in these tasks: jieba's words 屋顶 + 光伏 find them
    rows = store.tasks(keyword="屋顶光伏", district="金山区")
    titles = {r["title"] for r in rows}
    assert any("鼓励农房屋顶、农业设施等安装光伏" in t for t in titles)
    assert all("屋顶" in r["title"] or r["task"] for r in rows)
    solar = store.tasks(keyword="光伏")
    assert any("分布式光伏" in r["title"] for r in solar)
    assert {r["task"] for r in rows} <= {r["task"] for r in solar}


def test_unknown_unit_names_the_closest_known_ones(store):
    with pytest.raises(UnknownNameError, match="区发该委.*区发改委"):
        store.tasks(lead="区发该委")
    with pytest.raises(UnknownNameError, match="金山区"):
        store.tasks(district="金三区")


def test_names_with_quotes_and_braces_are_bound_not_pasted(store, tmp_path):
    nasty = 'x" } ; DROP ALL ; { "\\\n'
    with pytest.raises(UnknownNameError):
        store.tasks(lead=nasty)
    query = "SELECT ?t WHERE { ?t dct:title ?title FILTER (CONTAINS(STR(?title), ?needle)) }"
    assert store.select(query, {"needle": nasty}).rows == []
    # a title that really holds such characters is found by binding exactly that value
    graph = rdflib.Graph()
    graph.add((rdflib.URIRef("https://example.org/t"), rdflib.DCTERMS.title, rdflib.Literal(nasty)))
    path = tmp_path / "nasty.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    assert policygraph.open_store(graph=path).select(query, {"needle": nasty}).rows == [{"t": "https://example.org/t"}]


def test_bind_puts_values_at_the_top_of_the_where_group():
    text = bind('SELECT ?x # WHERE { in a comment\nWHERE { ?x ?p "WHERE {" }', {"p": ox.NamedNode("https://e/p"), "v": ["a", "b"]})
    assert text.index("VALUES (?p ?v) { (<https://e/p> \"a\") (<https://e/p> \"b\") }") > text.index("\nWHERE {")
    assert parse_binding("due=2025-12-31") == ("due", dt.date(2025, 12, 31))
    assert parse_binding("u=<https://e/x>") == ("u", ox.NamedNode("https://e/x"))
    with pytest.raises(QueryError):
        parse_binding("not a binding")


def test_departments_counts_match_the_model(corpus, store):
    rows = {(r["unit"], r["district"]): r for r in store.departments()}
    key = iris.unit("310118/construction")
    row = rows[(key, "青浦区")]
    tasks = [t for p in corpus.plans if p.district == "青浦区" for t in p.tasks]
    lead = {id(t) for t in tasks for a in t.assignments if a.unit.key == "310118/construction" and a.role == "lead"}
    co = {id(t) for t in tasks for a in t.assignments if a.unit.key == "310118/construction" and a.role == "co"}
    assert (row["lead"], row["co"]) == (len(lead), len(co))
    assert {r["district"] for r in store.departments(district="青浦区")} == {"青浦区"}


def test_who_lists_lead_owners_first(store):
    rows = store.who("光伏")
    assert rows[0]["lead"] >= max(r["lead"] for r in rows)
    assert [r["lead"] for r in rows] == sorted((r["lead"] for r in rows), reverse=True)


@pytest.mark.parametrize("name", sorted(named_queries()))
def test_every_named_query_runs(store, name):
    bindings = {
        "shared-with": {"name": "区生态环境局"},
        "due-before": {"date": dt.date(2025, 12, 31)},
        "led-by-type": {"type": ox.NamedNode(iris.department_type("dev-reform")), "level": "区"},
        "owners": {"task": [ox.NamedNode(iris.task("jinshan-2023-carbon-peak-plan", "task/5.1"))]},
    }.get(name, {})
    assert store.select(store.named(name), bindings).rows


def test_shared_with_names_partners_of_the_unit(store):
    rows = store.select(store.named("shared-with"), {"name": "区生态环境局"}).rows
    assert "金山区发改委" in {r["partner"] for r in rows}


def test_cli_formats(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    runner = CliRunner()
    as_json = json.loads(runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区", "-f", "json"]).output)
    as_lines = [json.loads(line) for line in runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区", "-f", "jsonl"]).output.splitlines()]
    as_csv = runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区", "-f", "csv"]).output.splitlines()
    assert as_json == as_lines and len(as_csv) == len(as_json) + 1 and len(as_json) == 33
    table = runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区"])
    assert table.exit_code == 0 and "全面推动“光伏+”行动" in table.output
    unknown = runner.invoke(cli, ["tasks", "--lead", "区发该委"])
    assert unknown.exit_code == 1 and "closest known names" in unknown.output
    shown = runner.invoke(cli, ["tasks", "--lead", "区发改委", "--show-query"]).output
    assert "?task pg:leadUnit ?lead ." in shown and "?leadLevel = \"区\"@zh" in shown
    assert "\nLIMIT" not in shown
    first = runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区", "--limit", "3", "-f", "json"])
    assert json.loads(first.output) == as_json[:3]
    assert "?kind\nLIMIT 3\n" in runner.invoke(cli, ["tasks", "--lead", "区发改委", "--limit", "3", "--show-query"]).output
    rows = runner.invoke(cli, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?t a pg:Plan }", "-f", "json"]).output
    assert json.loads(rows) == [{"n": 10}]


def test_cached_graph_is_reused_and_rebuilt_when_an_input_changes(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    plan = tmp_path / "plan.txt"
    plan.write_text("关于印发《测试区实施方案》的通知\n1. 推进光伏建设。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    first = policygraph.open_store([str(plan)])
    assert first.tasks(lead="区发改委")
    monkeypatch.setattr(policygraph.api, "build", lambda *a, **k: pytest.fail("cache not used"))
    assert policygraph.open_store([str(plan)]).tasks(lead="区发改委") == first.tasks(lead="区发改委")
    monkeypatch.undo()
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path / "cache"))
    plan.write_text("关于印发《测试区实施方案》的通知\n1. 推进光伏建设。（责任单位：☆区经委、区发改委）\n", encoding="utf-8")
    assert policygraph.open_store([str(plan)]).tasks(lead="区发改委") == []
    assert len(list((tmp_path / "cache").glob("*.nq"))) == 2
    assert cache.cache_dir() == tmp_path / "cache"


def test_tables_fit_the_terminal_and_keep_the_source_line(monkeypatch, tmp_path):
    from policygraph.query.output import _width

    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    for columns in (100, 200):  # narrower than the columns kept whole (district … source), a line wraps
        monkeypatch.setenv("COLUMNS", str(columns))
        lines = CliRunner().invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区"]).stdout.splitlines()
        assert max(_width(line) for line in lines) <= columns
        sources = [line for line in lines[2:] if ".txt:" in line]
        assert len(sources) == 33 and all(re.search(r"\.txt:\d+$", line) for line in sources)  # never cut: file and line


def test_a_long_cell_wraps_and_reads_whole_down_its_column():
    from policygraph.query.output import _width, table

    title = "坚决遏制“两高一低”项目盲目发展，推动产业结构绿色低碳转型"
    text = table([{"number": "4", "title": title, "source": "plan.txt:65"}], ["number", "title", "source"], width=40)
    lines = text.splitlines()
    assert max(_width(line) for line in lines) <= 40 and lines[2].endswith("plan.txt:65")
    start = lines[0].index("title")  # headers and the number column are ASCII: character offsets are columns
    assert "".join(line[start:].split(" ")[0] for line in lines[2:]) == title


def test_json_of_every_command_has_lists_and_snake_case(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    runner = CliRunner()
    [task] = [r for r in json.loads(runner.invoke(cli, ["tasks", "--lead", "区发改委", "--district", "金山区", "-f", "json"]).stdout) if r["number"] == "4"]
    assert task["leads"] == ["金山区发改委"] and isinstance(task["cos"], list) and "plan_title" in task
    plans = json.loads(runner.invoke(cli, ["plans", "-f", "json"]).stdout)
    assert all(isinstance(p["issuers"], list) and isinstance(p["places"], list) for p in plans)
    assert all(key == key.lower() for row in plans for key in row)


def test_json_of_counts_and_titles_stays_as_it_is(monkeypatch, tmp_path):
    monkeypatch.setenv("POLICYGRAPH_CACHE", str(tmp_path))
    runner = CliRunner()
    departments = runner.invoke(cli, ["departments", "-f", "json"])
    assert departments.exit_code == 0 and all(isinstance(row["tasks"], int) for row in json.loads(departments.stdout))
    who = runner.invoke(cli, ["who", "光伏", "-f", "jsonl"])
    assert who.exit_code == 0 and who.stdout.strip()
    targets = json.loads(runner.invoke(cli, ["targets", "--metric", "光伏", "-f", "json"]).stdout)
    assert all(isinstance(row["tasks"], (str, type(None))) for row in targets)  # titles hold 、: never split on it
