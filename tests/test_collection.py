"""A collection built into a store on disk (build --store): the same graph as a full build,
after every addition, change and removal, whatever the number of processes."""

import json
import pickle
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import policygraph
from policygraph.api import bundled_corpus
from policygraph.cli import cli
from policygraph.collection import build_collection, open_collection
from policygraph.errors import CollectionError
from policygraph.files import TEMP_SUFFIX

TABLE = "jinshan-gaoxin-2025-task-table.txt"


def canonical(quads) -> set:
    """Quads as a store gives them back (a store writes 1.0 as 1, the value it is)."""
    store = ox.Store()
    store.extend(quads)
    return set(store.quads_for_pattern(None, None, None, None))


def stored(folder: Path) -> set:
    store = ox.Store.read_only(str(folder / "oxigraph"))
    try:
        return set(store.quads_for_pattern(None, None, None, None))
    finally:
        del store


def full_build(folder: Path) -> set:
    return canonical(policygraph.build([str(folder)]).quads())


# filters of `tasks`, alone and together, that the task table must answer as the store's SPARQL does
TASK_FILTERS = [
    {}, {"lead": "区发改委"}, {"lead": "发改委"}, {"co": "区生态环境局"}, {"unit": "金山区发改委"}, {"unit": "各镇"},
    {"lead": "气候处"}, {"district": "青浦区"}, {"district": "上海市"}, {"lead": "区发改委", "district": "金山区"},
    {"action": "交通"}, {"due_before": "2025-12-31"}, {"due_before": "2023-06-30", "co": "区经委"}, {"keyword": "光伏"},
    {"lead": ["区发改委", "区经委"]}, {"lead": "区发改委", "limit": 7}, {"district": "青浦区", "limit": 0}, {"lead": ["区发改委", "区经委"], "limit": 4},
]


def index_answers_as_the_store(folder: Path, filters_tried=TASK_FILTERS) -> int:
    """Every filter of ``filters_tried`` gives the same rows from the task table as from the store's
    own queries; returns how many rows they gave in all."""
    store = open_collection(folder)
    assert store.index is not None
    table, store.index = store.index, None
    expected = [store.tasks(**filters) for filters in filters_tried]
    store.index = table
    assert [store.tasks(**filters) for filters in filters_tried] == expected
    return sum(map(len, expected))


@pytest.fixture
def plans(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for path in bundled_corpus():
        shutil.copy(path, folder)
    return folder


@pytest.mark.slow
def test_every_step_of_an_incremental_build_holds_what_a_full_build_holds(plans, tmp_path, monkeypatch):
    monkeypatch.setattr("policygraph.query.task_index.NAMING_CHUNK", 7)  # the task table's names, chunk by chunk
    store = tmp_path / "store"
    first = build_collection([str(plans)], store)
    assert (first.extracted, first.graphs_written, first.plans) == (10, 10, 10)
    assert stored(store) == full_build(plans)
    assert index_answers_as_the_store(store) > 1000

    again = build_collection([str(plans)], store)
    assert (again.extracted, again.reused, again.graphs_written, again.graphs_removed) == (0, 10, 0, 0)

    # a unit changed in one plan: that file alone is read again, its graph alone written
    minhang = plans / "minhang-carbon-peak-plan.txt"
    text = minhang.read_text(encoding="utf-8")
    assert "责任单位:区发展改革委、区经委、区交通委" in text
    minhang.write_text(text.replace("责任单位:区发展改革委、区经委、区交通委", "责任单位:区科委、区经委、区交通委", 1), encoding="utf-8")
    changed = build_collection([str(plans)], store)
    assert (changed.extracted, changed.graphs_written) == (1, 1)
    assert stored(store) == full_build(plans)
    index_answers_as_the_store(store)

    # a task table removed: its plan's graph is written again without it
    (plans / TABLE).unlink()
    removed = build_collection([str(plans)], store)
    assert removed.extracted == 0 and len(removed.removed) == 1 and removed.plans == 9
    assert stored(store) == full_build(plans)
    index_answers_as_the_store(store)

    # and added again: attached to its plan as in a full build
    shutil.copy(next(p for p in bundled_corpus() if p.endswith(TABLE)), plans)
    added = build_collection([str(plans)], store)
    assert added.extracted == 1 and added.plans == 10
    assert stored(store) == full_build(plans)

    # a whole plan removed: its graph and the organisations only it named disappear
    (plans / "qingpu-2022-carbon-peak-plan.md").unlink()
    gone = build_collection([str(plans)], store)
    assert gone.removed == ["https://w3id.org/policygraph/id/graph/qingpu-2022-carbon-peak-plan"]
    after = stored(store)
    assert after == full_build(plans)
    index_answers_as_the_store(store)
    assert open_collection(store).tasks(district="青浦区") == []
    assert not any("310118/construction" in q.subject.value for q in after)  # 青浦区建管委


def test_a_table_whose_plan_comes_later_moves_to_its_group_and_keeps_its_graph(tmp_path):
    """The table is a group of its own until its plan is added; then its graph is written by
    the plan's group, and its old group, now gone, must not remove it (nor report it removed)."""
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(next(p for p in bundled_corpus() if p.endswith(TABLE)), plans)
    store = tmp_path / "store"
    alone = build_collection([str(plans)], store)
    assert alone.written == ["https://w3id.org/policygraph/id/graph/jinshan-gaoxin-2025-task-table"]
    shutil.copy(next(p for p in bundled_corpus() if p.endswith("jinshan-gaoxin-2025-plan.txt")), plans)
    joined = build_collection([str(plans)], store)
    assert sorted(joined.written) == [
        "https://w3id.org/policygraph/id/graph/jinshan-gaoxin-2025-plan",
        "https://w3id.org/policygraph/id/graph/jinshan-gaoxin-2025-task-table",
    ]
    assert joined.removed == []
    assert stored(store) == full_build(plans)


def test_what_a_killed_build_left_in_the_stores_folders_is_swept_by_the_next(tmp_path):
    """Files in extracted/ and groups/ are written without a scan of their folder for a killed
    write's leftovers (that scan made the n-th write cost n): the build sweeps them instead."""
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(next(p for p in bundled_corpus() if p.endswith(TABLE)), plans)
    store = tmp_path / "store"
    build_collection([str(plans)], store)
    strays = [store / "extracted" / f".{'0' * 64}.pickle.x1{TEMP_SUFFIX}", store / "groups" / f".{'0' * 32}.nq.x2{TEMP_SUFFIX}"]
    for stray in strays:
        stray.write_bytes(b"half a file")
    (plans / TABLE).write_text((plans / TABLE).read_text(encoding="utf-8") + "\n", encoding="utf-8")
    build_collection([str(plans)], store)
    assert [s.exists() for s in strays] == [False, False]
    assert stored(store) == full_build(plans)


@pytest.mark.slow
def test_the_store_is_the_same_whatever_the_number_of_processes(tmp_path):
    one = build_collection(None, tmp_path / "one", jobs=1)
    two = build_collection(None, tmp_path / "two", jobs=2)
    dump = [sorted(map(str, stored(tmp_path / name))) for name in ("one", "two")]
    assert dump[0] == dump[1]
    assert one.quads == two.quads == len(dump[0]) > 40_000  # the report counts what the store holds
    # the in-memory build takes jobs too, with the same answer
    assert canonical(policygraph.build(jobs=2).quads()) == stored(tmp_path / "one")


def one_plan_store(tmp_path: Path) -> tuple[Path, Path]:
    """A store built from a folder of one small plan: (the plan's file, the store's folder)."""
    plan = tmp_path / "plans" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("金山区方案\n\n一、重点任务\n\n1.推进光伏。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    store = tmp_path / "store"
    build_collection([str(plan.parent)], store)
    return plan, store


def test_damaged_files_in_the_store_are_made_again_not_trusted(tmp_path):
    plan, store = one_plan_store(tmp_path)
    expected = stored(store)
    [entry] = (store / "extracted").iterdir()
    entry.write_bytes(b"not a pickle")
    report = build_collection([str(plan.parent)], store)
    assert (report.extracted, report.graphs_written) == (0, 0)  # the store does not need it
    assert report.load_graph().plans[0].tasks[0].title == "推进光伏"  # read again when it is needed
    assert pickle.loads(entry.read_bytes()).plans[0].tasks[0].title == "推进光伏"  # and kept again

    [record] = [p for p in (store / "groups").glob("*.pickle") if not p.name.endswith(".index.pickle")]
    record.write_bytes(b"")
    again = build_collection([str(plan.parent)], store)
    assert again.graphs_written == 1 and stored(store) == expected  # written again from the extraction

    # the shared graph's counts of another build than the manifest's (a build cut short)
    manifest = json.loads((store / "manifest.json").read_text(encoding="utf-8"))
    manifest["generation"] -= 1
    (store / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert build_collection([str(plan.parent)], store).graphs_written == 1 and stored(store) == expected
    assert open_collection(store).tasks(lead="区发改委")[0]["title"] == "推进光伏"

    # a task table of another build than the manifest's: not read, and filled again by the next build
    import sqlite3

    with sqlite3.connect(store / "tasks.sqlite") as table:
        table.execute("UPDATE generation SET value = value - 1")
    assert open_collection(store).index is None
    assert open_collection(store).tasks(lead="区发改委")[0]["title"] == "推进光伏"  # the store answers
    plan.with_name("other.txt").write_text("青浦区方案\n\n一、重点任务\n\n1.推进储能。（责任单位：区发改委）\n", encoding="utf-8")
    build_collection([str(plan.parent)], store)
    assert open_collection(store).index is not None
    assert sorted(row["title"] for row in open_collection(store).tasks(lead="区发改委")) == ["推进储能", "推进光伏"]
    index_answers_as_the_store(store, [{}, {"lead": "区发改委"}, {"district": "青浦区"}, {"keyword": "光伏"}, {"co": "区经委"}])


def test_query_commands_read_the_store(tmp_path):
    runner = CliRunner()
    store = tmp_path / "store"
    built = runner.invoke(cli, ["build", "--store", str(store), "--jobs", "2"])
    assert built.exit_code == 0, built.output
    assert "10 files (10 extracted, 0 unchanged), 10 plans" in built.output and not (tmp_path / "exports").exists()
    from_store = runner.invoke(cli, ["tasks", "--store", str(store), "--lead", "区发改委", "-f", "json"])
    from_plans = runner.invoke(cli, ["tasks", "--lead", "区发改委", "-f", "json"])
    assert from_store.exit_code == 0 and from_store.output == from_plans.output
    view = runner.invoke(cli, ["viz", "--store", str(store), "--unit", "区交通委", "-o", str(tmp_path / "unit.html")])
    assert view.exit_code == 0, view.output


def test_the_names_queries_resolve_are_read_once_per_build(tmp_path, monkeypatch):
    plan = tmp_path / "plans" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("金山区方案\n\n一、重点任务\n\n1.推进光伏。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    store = tmp_path / "store"
    build_collection([str(plan.parent)], store)
    assert open_collection(store).tasks(lead="区发改委")[0]["title"] == "推进光伏"
    [kept] = store.glob("catalogue-*.pickle")

    from policygraph.query.store import GraphStore

    asked = []
    select = GraphStore.select
    monkeypatch.setattr(GraphStore, "select", lambda self, query, *rest: asked.append(query) or select(self, query, *rest))
    assert open_collection(store).tasks(co="区经委")[0]["title"] == "推进光伏"
    assert not any(query == open_collection(store).named("units") for query in asked)  # the kept names
    plan.write_text(plan.read_text(encoding="utf-8").replace("区经委", "区科委"), encoding="utf-8")
    build_collection([str(plan.parent)], store)
    assert not kept.exists()  # another build: its names are read again
    assert open_collection(store).tasks(co="区科委")[0]["title"] == "推进光伏"


def test_a_build_into_a_store_prints_the_documents_it_wrote(tmp_path):
    folder = tmp_path / "plans"
    folder.mkdir()
    for name, place in (("a.txt", "金山区"), ("b.txt", "青浦区")):
        (folder / name).write_text(f"{place}方案\n\n一、重点任务\n\n1.推进光伏。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    runner, store = CliRunner(), str(tmp_path / "store")
    first = runner.invoke(cli, ["build", str(folder), "--store", store])
    assert first.exit_code == 0, first.output
    assert "a.txt [" in first.output and "b.txt [" in first.output and "unchanged since" not in first.output
    (folder / "b.txt").write_text("青浦区方案\n\n一、重点任务\n\n1.推进光伏。（责任单位：☆区科委）\n", encoding="utf-8")
    again = runner.invoke(cli, ["build", str(folder), "--store", store])
    assert again.exit_code == 0, again.output
    assert "b.txt [" in again.output and "a.txt [" not in again.output
    assert "1 documents unchanged since an earlier build" in again.output and "plans 2 " in again.output  # totals count both


def test_a_folder_that_is_no_store_is_refused_with_one_line(tmp_path):
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(CollectionError, match="not a policygraph store"):
        build_collection(None, tmp_path)
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "mine"
    result = CliRunner().invoke(cli, ["tasks", "--store", str(tmp_path / "nothing"), "--lead", "区发改委"])
    assert result.exit_code == 1 and "no policygraph store here" in result.output
    result = CliRunner().invoke(cli, ["build", "--push", "http://127.0.0.1:9/store"])
    assert result.exit_code == 2 and "--store" in result.output


def test_the_task_table_gives_a_joint_plans_rows_place_by_place(tmp_path):
    """A plan of two governments has a row per place: a district picks its own, and rows that tie
    on file and line come in one order on both paths (found by a review of the task table)."""
    from test_plan_identity import JOINT_HEAD

    plan = tmp_path / "plans" / "joint.txt"
    plan.parent.mkdir()
    plan.write_text(JOINT_HEAD + "1.共建监测网络。（责任单位：江苏省生态环境厅、省水利厅；浙江省生态环境厅、省水利厅）\n", encoding="utf-8")
    store = tmp_path / "store"
    build_collection([str(plan.parent)], store)
    tried = [{}, {"district": "江苏省"}, {"district": "浙江省"}, {"lead": "江苏省生态环境厅"},
             {"lead": ["江苏省生态环境厅", "浙江省水利厅"]}, {"unit": "省水利厅", "district": "浙江省"}]
    assert index_answers_as_the_store(store, tried) == 2 + 1 + 1 + 2 + 1 + 1  # alternatives: a row a task
    assert [row["district"] for row in open_collection(store).tasks(district="江苏省")] == ["江苏省"]


def test_a_store_opened_before_a_build_answers_from_the_build_it_opened(tmp_path):
    plan = tmp_path / "plans" / "plan.txt"
    plan.parent.mkdir()
    plan.write_text("金山区方案\n\n一、重点任务\n\n1.推进光伏。（责任单位：☆区发改委、区经委）\n", encoding="utf-8")
    folder = tmp_path / "store with # and %41 in its name"
    build_collection([str(plan.parent)], folder)
    opened = open_collection(folder)
    assert opened.index is not None and [r["title"] for r in opened.tasks(lead="区发改委")] == ["推进光伏"]
    plan.with_name("other.txt").write_text("金山区方案二\n\n一、重点任务\n\n1.推进储能。（责任单位：区发改委）\n", encoding="utf-8")
    build_collection([str(plan.parent)], folder)
    # the table is of the next build now: this handle leaves it and asks its own store
    assert [r["title"] for r in opened.tasks(lead="区发改委")] == ["推进光伏"] and opened.index is None
    assert sorted(r["title"] for r in open_collection(folder).tasks(lead="区发改委")) == ["推进储能", "推进光伏"]


@pytest.mark.slow
def test_the_first_rows_are_the_same_walked_in_order_or_gathered(tmp_path, monkeypatch):
    """``limit`` across every place walks the tasks in the answer's order while that is quick and
    gathers them from their owners past a time budget: both give the store's own rows."""
    import policygraph.query.task_index as task_index

    store = tmp_path / "store"
    build_collection(None, store)
    limited = [{"lead": "区发改委", "limit": 12}, {"co": "区生态环境局", "limit": 3}, {"unit": "各镇", "limit": 1},
               {"lead": "区科委", "action": "交通", "limit": 2}, {"due_before": "2025-12-31", "limit": 40}, {"keyword": "光伏", "limit": 5}]
    walked = []
    original = task_index.TaskIndex._rows

    def counted(self, query, parameters, budget=None):
        walked.append("INDEXED BY" in query)
        return original(self, query, parameters, budget)

    monkeypatch.setattr(task_index.TaskIndex, "_rows", counted)
    monkeypatch.setattr(task_index, "BUDGET_STEPS", 1)  # the bundled table is small: look at the clock at every step
    for budget, expected in ((10.0, [True]), (0.0, [True, False])):  # the walk answers; stopped at once, the other query does
        monkeypatch.setattr(task_index, "FIRST_ROWS_BUDGET", budget)
        walked.clear()
        assert index_answers_as_the_store(store, limited) > 40
        assert walked == expected * len(limited)


def test_a_task_table_of_an_older_layout_is_made_again_not_read(tmp_path):
    import sqlite3

    plan, store = one_plan_store(tmp_path)
    with sqlite3.connect(store / "tasks.sqlite") as table:
        table.execute("PRAGMA user_version = 1")  # as an older policygraph left it
    assert open_collection(store).index is None  # not read: the store's own queries answer
    assert [r["title"] for r in open_collection(store).tasks(lead="区发改委")] == ["推进光伏"]
    again = build_collection([str(plan.parent)], store)
    assert again.graphs_written == 1  # the table is made again with the store, from the kept extraction
    assert again.extracted == 0
    opened = open_collection(store)
    assert opened.index is not None and [r["title"] for r in opened.tasks(lead="区发改委")] == ["推进光伏"]


@pytest.mark.parametrize("where", ["_SharedGraph.commit", "_write_group"])
def test_a_build_stopped_after_the_store_changed_leaves_it_to_be_written_again(tmp_path, monkeypatch, where):
    """Graphs are emptied at once and loaded in batches later, so a build stopped halfway (an error
    in a group, Ctrl-C before the counts are committed) leaves a store that matches no manifest:
    it is marked before it changes, and the next build writes it whole (found by a review)."""
    import policygraph.collection as collection

    plan, store = one_plan_store(tmp_path)
    other = plan.with_name("b.txt")
    other.write_text("青浦区方案\n\n一、重点任务\n\n1.推进储能。（责任单位：☆区发改委）\n", encoding="utf-8")
    plan.write_text(plan.read_text(encoding="utf-8").replace("光伏", "风电"), encoding="utf-8")

    def stop(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patched:
        if where == "_write_group":
            patched.setattr(collection, "_write_group", stop)
        else:
            patched.setattr(collection._SharedGraph, "commit", stop)
        with pytest.raises(KeyboardInterrupt):
            build_collection([str(plan.parent)], store)
    other.write_text("青浦区方案\n\n一、重点任务\n\n1.推进氢能。（责任单位：☆区经委）\n", encoding="utf-8")
    plan.write_text(plan.read_text(encoding="utf-8").replace("风电", "光伏"), encoding="utf-8")  # as the last good build had it
    again = build_collection([str(plan.parent)], store)
    assert again.graphs_written == 2  # both, the unchanged one too: the store was marked
    assert stored(store) == full_build(plan.parent)
    index_answers_as_the_store(store, [{}, {"district": "青浦区"}, {"lead": "区发改委"}])
