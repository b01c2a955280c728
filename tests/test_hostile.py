"""Hostile input (issue 16): one file's problem is that file's line and the batch still builds;
characters no IRI or XML can hold never break an export."""

import io
import zipfile

import networkx as nx
import pytest
import pyoxigraph as ox

import policygraph
from policygraph import api

PLAN = "关于印发《上海市青浦区测试实施方案》的通知\n1. 推进光伏建设。（责任单位：☆区发改委、区经委）\n"


def test_unit_names_holding_noncharacters_and_controls_export_everywhere(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN.replace("区发改委", "区发改\ufffe委").replace("区经委", "区\x01经\U000f0001委"), encoding="utf-8")
    graph = policygraph.build([str(tmp_path)])
    assert any("characters no IRI or XML document can hold" in w for w in graph.warnings)
    assert list(ox.parse(graph.export("ttl").encode(), format=ox.RdfFormat.TURTLE))
    assert list(ox.parse(graph.export("nt").encode(), format=ox.RdfFormat.N_TRIPLES))
    read_back = nx.read_graphml(io.BytesIO(graph.export("graphml").encode()))
    assert read_back.number_of_nodes() == graph.to_networkx().number_of_nodes()
    assert "%EF%BF%BE" in graph.export("jsonl")  # the IRI in tasks.jsonl is the Turtle one, percent-encoded


def test_a_docx_with_malformed_xml_is_one_line_and_the_batch_builds(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "broken.docx", "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'>"
                         "<Override PartName='/word/document.xml' ContentType="
                         "'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'/></Types>")
        archive.writestr("_rels/.rels", "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships'>"
                         "<Relationship Id='r1' Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument'"
                         " Target='word/document.xml'/></Relationships>")
        archive.writestr("word/document.xml", "<w:document><w:body><unclosed>")
    graph = policygraph.build([str(tmp_path)])
    assert len(graph.plans) == 1
    [line] = [w for w in graph.warnings if "broken.docx" in w]
    assert "cannot be read" in line and "\n" not in line


def test_an_extraction_failure_is_that_files_line(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(PLAN.replace("青浦区", "金山区"), encoding="utf-8")
    real = api.extract_plans

    def fails_on_b(document, *args, **kwargs):
        if document.path.endswith("b.txt"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(document, *args, **kwargs)

    monkeypatch.setattr(api, "extract_plans", fails_on_b)
    graph = policygraph.build([str(tmp_path)])
    assert [p.source.path for p in graph.plans] == [str(tmp_path / "a.txt")]
    assert any(w.startswith(f"{tmp_path / 'b.txt'}: could not be extracted (RecursionError") for w in graph.warnings)


def test_csv_cells_that_look_like_formulas_are_neutralised(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN.replace("推进光伏建设", "=HYPERLINK(\"http://x\",\"点击\")推进光伏建设"), encoding="utf-8")
    graph = policygraph.build([str(tmp_path)])
    import csv

    rows = list(csv.reader(io.StringIO(graph.export("csv").removeprefix("\ufeff"))))
    titles = [row[rows[0].index("title")] for row in rows[1:]]
    assert titles and all(t.startswith("'=HYPERLINK") for t in titles)
    from policygraph.query.output import render

    assert render([{"t": "@SUM(A1)"}], ["t"], "csv") == "t\n'@SUM(A1)"


def test_terminal_output_shows_escapes_instead_of_running_them(tmp_path):
    from click.testing import CliRunner

    from policygraph.cli import cli

    name = tmp_path / "evil\nwarning: forged.txt"
    name.write_text(PLAN.replace("推进光伏建设", "推进\x1b[2J光伏建设").replace("上海市青浦区", ""), encoding="utf-8")
    result = CliRunner().invoke(cli, ["tasks", str(name), "--no-cache", "--lead", "区发改委"])
    assert "\x1b" not in result.stdout and "\\x1b[2J" in result.stdout
    assert "evil\\nwarning: forged.txt: place unknown" in result.stderr  # the place warning names the file on one line
    assert not any(line.startswith("warning: forged") for line in result.stderr.splitlines())


@pytest.mark.parametrize("name", ["bomb.docx", "bomb.xlsx", "bomb.ofd", "bomb.xls"])  # an .xls may be an .xlsx inside
def test_a_zip_that_would_expand_past_any_plan_is_refused_quickly(tmp_path, monkeypatch, name):
    from policygraph.read import text as reader

    monkeypatch.setattr(reader, "MAX_UNPACKED_BYTES", 1_000_000)  # a zip bomb in miniature: 2 MB of zeros
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / name, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 2_000_000)
    graph = policygraph.build([str(tmp_path)])
    assert len(graph.plans) == 1
    assert any(f"{name}: expands to 2 MB" in w for w in graph.warnings)


@pytest.mark.parametrize(
    "clause, expected",
    [  # label words issue 16 found read by nothing and reported by nothing
        ("（牵头处室：综合处；配合处室：法规处）", [("综合处", "lead"), ("法规处", "co")]),
        ("（主责单位：区发改委；协同单位：区经委）", [("区发改委", "lead"), ("区经委", "co")]),
        ("（承办单位：☆区发改委、区经委）", [("区发改委", "lead"), ("区经委", "co")]),
        ("（责任科室：综合科）", [("综合科", "lead")]),
        ("（实施单位：区发改委）", [("区发改委", "lead")]),
    ],
)
def test_more_label_words_are_read(tmp_path, clause, expected):
    (tmp_path / "plan.txt").write_text(f"关于印发《上海市青浦区测试实施方案》的通知\n一、重点任务\n1. 推进光伏建设。{clause}\n", encoding="utf-8")
    graph = policygraph.build([str(tmp_path)])
    assert [(a.surface, a.role) for p in graph.plans for t in p.tasks for a in t.assignments] == expected
    assert graph.problems == []


@pytest.mark.parametrize("body", ["1. 推进光伏建设。\n牵头单位 区发改委\n", "1. 推进光伏建设，责任单位为区发改委、区经委。\n"])
def test_a_label_without_its_colon_is_reported_not_lost(tmp_path, body):
    (tmp_path / "plan.txt").write_text(f"关于印发《上海市青浦区测试实施方案》的通知\n一、重点任务\n{body}", encoding="utf-8")
    graph = policygraph.build([str(tmp_path)])
    assert [p.reason for p in graph.problems] == ["responsibility label or role word outside any clause this reader understands"]


def test_the_network_page_allows_only_its_own_scripts(tmp_path):
    import base64
    import hashlib
    import re

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    store = policygraph.open_store([str(tmp_path)], cache=False)
    page = api.write_view(store, tmp_path / "graph.html").read_text(encoding="utf-8")
    policy = re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1)
    script_src = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert "'unsafe-inline'" not in script_src
    code = re.findall(r"<script>(.*?)</script>", page, flags=re.S)
    assert sorted(script_src) == sorted(f"'sha256-{base64.b64encode(hashlib.sha256(c.encode()).digest()).decode()}'" for c in code)


def test_a_huge_table_cell_and_an_undecodable_file_name_do_not_break_the_batch(tmp_path):
    import os

    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "huge.tsv").write_text("序号\t重点任务\t牵头单位\n1\t" + "推进" * 100_000 + "\t区发改委\n", encoding="utf-8")
    odd = os.path.join(os.fsencode(tmp_path), b"\xff\xfe-plan.txt")  # not UTF-8: Python keeps it as lone surrogates
    with open(odd, "wb") as handle:
        handle.write(PLAN.replace("青浦区", "金山区").encode("utf-8"))
    graph = policygraph.build([str(tmp_path)])
    assert sorted(p.source.path.rsplit("/", 1)[1] for p in graph.plans) == ["\\xff\\xfe-plan.txt", "huge.tsv", "plan.txt"]
    for fmt in ("ttl", "jsonl", "plans", "targets", "csv", "graphml"):  # every export can write the name
        graph.export(fmt, tmp_path / "out" / f"export.{fmt}")
    assert all(w.isprintable() for w in graph.warnings)


def test_a_district_department_in_a_city_plan_keeps_its_own_identity(tmp_path):
    (tmp_path / "plan.txt").write_text(
        "关于印发《上海市碳达峰实施方案》的通知\n1. 推进光伏建设。（责任单位：区发展改革委、市发展改革委）\n"
        "2. 推进储能。（责任单位：浦东新区发展改革委、市经济信息化委）\n", encoding="utf-8")
    [plan] = policygraph.build([str(tmp_path)]).plans
    first, second = ([(a.unit.key, a.unit.name, a.role) for a in task.assignments] for task in plan.tasks)
    # some district of 上海市, unnamed: never the city's own department, which stays co-responsible
    assert first == [("310000-unnamed-区/dev-reform", "区发展改革委", "lead"), ("310000/dev-reform", "上海市发展改革委", "co")]
    assert second[0][:2] == ("310115/dev-reform", "浦东新区发展改革委")  # the district the name says


def test_the_unnamed_district_is_a_place_of_the_graph(tmp_path):
    (tmp_path / "plan.txt").write_text("关于印发《上海市碳达峰实施方案》的通知\n1. 推进节能。（责任单位：区发展改革委）\n", encoding="utf-8")
    turtle = policygraph.build([str(tmp_path)]).export("ttl")
    graph = ox.Store()
    graph.load(turtle.encode(), format=ox.RdfFormat.TURTLE)
    [row] = graph.query(
        "SELECT ?label ?parent WHERE { ?unit <https://w3id.org/policygraph/ont#jurisdiction> ?place . "
        "?place <http://www.w3.org/2004/02/skos/core#prefLabel> ?label ; "
        "<https://w3id.org/policygraph/ont#withinJurisdiction> ?parent }"
    )
    assert row["label"].value == "上海市所辖区（未指明）" and row["parent"].value.endswith("/place/310000")


def test_a_label_word_the_reader_does_not_know_is_reported(tmp_path):
    (tmp_path / "plan.txt").write_text(PLAN + "2. 推进节能。（督办单位：区发改委、区经委）\n3. 推进节水。（协办科室：区水务局）\n", encoding="utf-8")
    [plan] = policygraph.build([str(tmp_path)]).plans
    unknown, known = plan.problems
    assert unknown.line == 3 and "督办单位" in unknown.reason
    # a known co label that opens no clause of its own is reported as before, in the same vocabulary
    assert known.line == 4 and "outside any clause" in known.reason


def test_an_addressee_line_is_not_an_unknown_label(tmp_path):
    # a notice's addressees (云南省 583: 有关单位：) name no responsibility
    (tmp_path / "plan.txt").write_text("有关单位：\n各州（市）科技局：\n" + PLAN, encoding="utf-8")
    [plan] = policygraph.build([str(tmp_path)]).plans
    assert not [p for p in plan.problems if "有关单位" in p.reason or "label" in p.reason]


def test_a_clause_of_thousands_of_names_is_reported_not_a_hang(tmp_path):
    glued = "".join(f"区发改委{i}" for i in range(1100))  # 1,100 names glued together, then 5,000 listed
    listed = "、".join(["区经委"] * 5000)
    (tmp_path / "plan.txt").write_text(PLAN + f"2. 推进节能。（责任单位：{glued}）\n3. 推进节水。（责任单位：{listed}）\n", encoding="utf-8")
    [plan] = policygraph.build([str(tmp_path)]).plans
    assert [p.line for p in plan.problems] == [3, 4]
    assert all("within 600 characters" in p.reason for p in plan.problems)
