"""Hand-checked tasks from the bundled plans, one hard case of real text per test."""

import datetime as dt

import pytest

from conftest import plan_named, row, task_titled, units

JINSHAN = "jinshan-2023-carbon-peak-plan"
QINGPU = "qingpu-2022-carbon-peak-plan"
MINHANG = "minhang-carbon-peak-plan"
GAOXIN = "jinshan-gaoxin-2025-plan"
GAOXIN_TABLE = "jinshan-gaoxin-2025-task-table"


@pytest.mark.parametrize(
    "stem, actions, tasks, measures, rows, assignments",
    [
        (JINSHAN, 10, 32, 6, 80, 518),
        (QINGPU, 10, 35, 4, 0, 324),
        (MINHANG, 10, 35, 5, 0, 172),
        (GAOXIN, 4, 16, 0, 0, 0),
        (GAOXIN_TABLE, 0, 0, 0, 15, 22),
    ],
)
def test_counts_per_plan(corpus, stem, actions, tasks, measures, rows, assignments):
    plan = plan_named(corpus, stem)
    kinds = [t.kind for t in plan.tasks]
    assert len(plan.actions) == actions
    assert (kinds.count("task"), kinds.count("measure"), kinds.count("row")) == (tasks, measures, rows)
    assert len(plan.assignments) == assignments
    assert plan.problems == []


def test_bundled_corpus_has_no_unparsed_clause(corpus):
    assert corpus.summary()["clauses"] == 212 + 172  # the five text plans, and the five PDFs (gold: 172 clauses)
    assert corpus.unparsed == []


def test_plan_metadata(corpus):
    jinshan = plan_named(corpus, JINSHAN)
    assert (jinshan.title, jinshan.doc_number, jinshan.issue_date) == ("金山区碳达峰实施方案", "金府发〔2023〕1号", dt.date(2023, 5, 23))
    assert (jinshan.issuer, jinshan.district) == ("上海市金山区人民政府", "金山区")
    qingpu = plan_named(corpus, QINGPU)
    assert (qingpu.doc_number, qingpu.district, qingpu.issue_date) == ("青府发〔2022〕64号", "青浦区", dt.date(2022, 12, 30))
    minhang = plan_named(corpus, MINHANG)
    assert (minhang.title, minhang.district, minhang.doc_number) == ("闵行区碳达峰实施方案", "闵行区", None)
    gaoxin = plan_named(corpus, GAOXIN)
    assert gaoxin.doc_number == "高新管委〔2025〕11号"
    assert gaoxin.jurisdiction.name == "上海湾区高新技术产业开发区" and gaoxin.district == "金山区"


def test_park_task_table_belongs_to_the_park_plan(corpus):
    table = plan_named(corpus, GAOXIN_TABLE)
    assert table.part_of is plan_named(corpus, GAOXIN)
    assert table.district == "金山区"


def test_marked_lead_and_co_units(corpus):
    task = task_titled(plan_named(corpus, JINSHAN), "着力构建绿色低碳的产业体系")
    assert units(task, "lead") == ["区经委"]
    assert units(task, "co") == ["区发改委", "区投资促进办", "区生态环境局", "区科委"]
    assert {a.basis for a in task.assignments} == {"marked"}
    assert task.action.title == "产业绿色转型升级行动" and task.number == "1"


def test_star_followed_by_a_space_still_marks_the_lead(corpus):
    task = task_titled(plan_named(corpus, JINSHAN), "加快推进既有建筑节能改造")
    assert units(task, "lead") == ["区建管委"]


def test_collectives_are_kept_and_expanded(corpus):
    task = task_titled(plan_named(corpus, JINSHAN), "全面推动“光伏+”行动")
    collectives = [a.surface for a in task.assignments if a.collective]
    assert collectives == ["各镇", "各街道", "各园区"]
    assert "distributive_prefix" in task.assignments[-1].rules
    assert all(a.unit.kind == "collective" for a in task.assignments if a.collective)


def test_clause_broken_by_a_page_break_closes_with_half_width_bracket(corpus):
    task = task_titled(plan_named(corpus, JINSHAN), "坚决遏制“两高一低”项目盲目发展")
    assert units(task)[-1] == "区规划资源局"
    assert "squeeze_whitespace" in task.assignments[-1].rules


def test_first_listed_convention_is_said_not_assumed(corpus):
    task = task_titled(plan_named(corpus, QINGPU), "大力发展非化石能源")
    assert units(task, "lead") == ["区发改委"]
    assert {a.basis for a in task.assignments} == {"first_listed"}
    assert [a.surface for a in task.assignments if a.collective] == ["各镇", "各街道", "各区级公司"]


def test_qingpu_ji_joins_a_collective(corpus):
    task = task_titled(plan_named(corpus, QINGPU), "强化组织领导和工作合力")
    assert task.kind == "measure" and task.section == "保障措施"
    assert units(task) == ["区发改委", "区生态环境局", "各有关部门", "各镇", "各街道", "各区级公司"]


def test_minhang_docx_spaces_inside_names_and_label(corpus):
    plan = plan_named(corpus, MINHANG)
    spaced = [t for t in plan.tasks if "区发展 改革委" in plan.source.text[t.span.start : t.span.end]]
    assert spaced, "the corpus has names split by spaces"
    for task in spaced:
        assert "区发展改革委" in units(task)
    assert all(" " not in a.surface for a in plan.assignments)


def test_glued_units_are_split_with_the_lexicon(corpus):
    task = row(plan_named(corpus, JINSHAN), 58)
    assert units(task, "lead") == ["区农业农村委"]
    assert units(task, "co") == ["区绿化市容局", "区发改委"]
    assert "split_glued" in task.assignments[0].rules


def test_duplicated_units_are_merged(corpus):
    task = row(plan_named(corpus, JINSHAN), 16)
    assert units(task) == ["区绿化市容局", "区发改委", "区生态环境局"]
    assert "merge_duplicate" in task.assignments[0].rules
    assert units(row(plan_named(corpus, JINSHAN), 27), "lead") == ["区经委"]


def test_sole_unit_without_marker_leads(corpus):
    task = row(plan_named(corpus, JINSHAN), 75)
    assert [(a.surface, a.role, a.basis) for a in task.assignments] == [("区建管委", "lead", "sole")]


def test_table_action_split_over_a_page_break_is_rejoined(corpus):
    plan = plan_named(corpus, JINSHAN)
    for number in (49, 50, 51, 52, 53):
        assert row(plan, number).action_text == "循环经济助力降碳行动"
        assert row(plan, number).action.title == "循环经济助力降碳行动"


def test_repeated_table_headers_are_not_rows(corpus):
    plan = plan_named(corpus, JINSHAN)
    numbers = [t.number for t in plan.tasks if t.kind == "row"]
    assert numbers == [str(n) for n in range(1, 81)]


def test_blank_action_cells_inherit_from_the_row_above(corpus):
    plan = plan_named(corpus, JINSHAN)
    assert row(plan, 2).action_text == "产业绿色转型升级行动"
    assert "inherit_blank:action" in row(plan, 2).notes


def test_labelled_table_cells(corpus):
    plan = plan_named(corpus, GAOXIN_TABLE)
    task = row(plan, 13)
    assert [(a.surface, a.role, a.basis) for a in task.assignments] == [
        ("经发办", "lead", "labelled"),
        ("安环中心", "co", "labelled"),
        ("园区企业服务中心", "co", "labelled"),
    ]
    assert units(row(plan, 9), "co") == ["恒康居委会"]  # 配合单位 as well as 配合部门
    assert task.leaders == ["小阍"]


@pytest.mark.parametrize(
    "number, text, end, ongoing",
    [
        (1, "2025年底", dt.date(2025, 12, 31), False),
        (8, "2025年1季度", dt.date(2025, 3, 31), False),
        (10, "2025年三季度", dt.date(2025, 9, 30), False),
        (12, "2025年7-8月", dt.date(2025, 8, 31), False),
        (13, "2025年4-11月", dt.date(2025, 11, 30), False),
    ],
)
def test_table_deadlines(corpus, number, text, end, ongoing):
    deadline = row(plan_named(corpus, GAOXIN_TABLE), number).deadline
    assert (deadline.text, deadline.end, deadline.ongoing) == (text, end, ongoing)


def test_ongoing_and_year_deadlines(corpus):
    plan = plan_named(corpus, JINSHAN)
    assert row(plan, 1).deadline.ongoing and row(plan, 1).deadline.end is None
    assert row(plan, 10).deadline.end == dt.date(2025, 12, 31)


def test_quarterly_milestones_skip_slash_cells(corpus):
    task = row(plan_named(corpus, GAOXIN_TABLE), 12)
    assert [(m.quarter, m.end, m.text) for m in task.milestones] == [
        (2, dt.date(2025, 6, 30), "制定绿色低碳研学活动方案"),
        (3, dt.date(2025, 9, 30), "根据报名人数，组织开展绿色低碳研学活动至少1次"),
    ]


def test_provenance_points_at_the_source_text(corpus):
    for plan in corpus.plans:
        text = plan.source.text
        for assignment in plan.assignments:
            written = "".join(text[assignment.span.start : assignment.span.end].split())
            rewrites = {"distributive_prefix", "split_glued", "inherit_prefix", "shared_prefix", "shared_suffix", "skip_layout_noise"}
            assert written.lstrip("☆★") == assignment.surface or rewrites & set(assignment.rules), assignment
            assert text.count("\n", 0, assignment.span.start) + 1 == assignment.span.line
        for task in plan.tasks:
            assert task.span.start < task.span.end <= len(text)


def test_department_identity_across_districts_and_aliases(corpus):
    jinshan = task_titled(plan_named(corpus, JINSHAN), "全面推动“光伏+”行动").assignments[0].unit
    minhang_plan = plan_named(corpus, MINHANG)
    minhang = next(a.unit for a in minhang_plan.assignments if a.surface == "区发展改革委")
    assert jinshan.type_id == minhang.type_id == "dev-reform"
    assert jinshan.key != minhang.key
    # each named in its own words, under its place
    assert (jinshan.name, minhang.name) == ("金山区发改委", "闵行区发展改革委")
    # one department across the body and the table of one district, under two spellings
    park_keys = {a.unit.key for a in plan_named(corpus, JINSHAN).assignments if a.surface in ("区发改委",)}
    assert park_keys == {jinshan.key}


def test_city_level_unit_in_a_district_plan_belongs_to_the_city(corpus):
    plan = plan_named(corpus, QINGPU)
    tax = next(a.unit for a in plan.assignments if a.surface == "市税务局")
    assert tax.jurisdiction == "310000" and tax.name == "上海市税务局"


def test_units_outside_the_lexicon_are_still_organisations(corpus):
    plan = plan_named(corpus, MINHANG)
    company = next(a.unit for a in plan.assignments if a.surface == "南虹桥开发公司")
    assert (company.kind, company.type_id, company.jurisdiction) == ("named", "enterprise", "310112")


def test_table_rows_link_to_the_body_task_they_restate(corpus):
    plan = plan_named(corpus, JINSHAN)
    assert row(plan, 13).restates.title == "推进清洁能源多元化发展"
    assert not row(plan, 13).lead_conflict
    conflict = row(plan, 16)
    assert conflict.restates.title == "推进清洁能源多元化发展" and conflict.lead_conflict
    assert units(conflict, "lead") == ["区绿化市容局"] and units(conflict.restates, "lead") == ["区发改委"]
    moved = row(plan, 41)  # inherits 建筑 from a blank cell but restates a transport task
    assert moved.restates.title == "构建绿色高效交通体系" and moved.action.title == "交通领域绿色低碳行动"


def test_park_rows_link_only_where_the_body_says_the_same(corpus):
    table = plan_named(corpus, GAOXIN_TABLE)
    assert row(table, 2).restates.title == "推进绿色制造体系建设"
    assert row(table, 1).restates is None
    assert row(table, 1).action.title == "培育绿色制造"


def test_footnotes_are_not_part_of_task_text(corpus):
    task = task_titled(plan_named(corpus, JINSHAN), "持续推进节能增效重点工作")
    assert "市级“百一”行动指从2022年起" not in task.text
    assert "全面提升能效水平" in task.text
