"""Rules on plans unlike the bundled ones: each case is a way a real plan can be written."""

import datetime as dt

import pytest
from click.testing import CliRunner

import policygraph
from policygraph.cli import cli
from policygraph.extract.deadlines import parse_deadline

HEAD = "金山区方案\n\n一、重点任务\n\n（一）行动\n\n"


def build_text(tmp_path, body, name="plan.txt", head=HEAD):
    path = tmp_path / name
    path.write_text(head + body, encoding="utf-8")
    return policygraph.build([str(path)])


def roles(task):
    return [(a.surface, a.role) for a in task.assignments]


def test_a_task_line_mentioning_a_definition_is_not_taken_for_a_footnote(tmp_path):
    pg = build_text(tmp_path, "1.完善能耗双控指标管理。（责任单位：☆区发改委、区经委）\n\n2.推进。（责任单位：☆区经委）\n")
    assert [t.title for t in pg.plans[0].tasks] == ["完善能耗双控指标管理", "推进"]


def test_responsible_label_beside_a_supporting_label_leads(tmp_path):
    pg = build_text(tmp_path, "1.推进。（责任单位：区发改委；配合单位：区经委、区科委）\n")
    assert roles(pg.plans[0].tasks[0]) == [("区发改委", "lead"), ("区经委", "co"), ("区科委", "co")]


def test_responsible_label_beside_a_lead_label_supports(tmp_path):
    pg = build_text(tmp_path, "1.推进。（牵头单位：区发改委；责任单位：区经委）\n")
    assert roles(pg.plans[0].tasks[0]) == [("区发改委", "lead"), ("区经委", "co")]


def test_two_spellings_of_one_organisation_are_one_assignment_and_lead_wins(tmp_path):
    pg = build_text(tmp_path, "1.推进。（责任单位：区公安分局、☆公安金山分局、区发改委）\n")
    task = pg.plans[0].tasks[0]
    assert [(a.unit.name, a.role) for a in task.assignments] == [("公安金山分局", "lead"), ("金山区发改委", "co")]


def test_districts_of_any_city_are_places_of_their_own(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("杭州市西湖区人民政府\n\n西湖区实施方案\n\n一、重点任务\n\n1.推进。（责任单位：区发改委）\n", encoding="utf-8")
    b.write_text("成都市武侯区人民政府\n\n武侯区实施方案\n\n一、重点任务\n\n1.推进。（责任单位：区发改委）\n", encoding="utf-8")
    pg = policygraph.build([str(a), str(b)])
    # GB/T 2260: 西湖区 of 杭州市 is 330106, 武侯区 of 成都市 510107
    assert [p.jurisdiction.code for p in pg.plans] == ["330106", "510107"]
    assert [p.tasks[0].assignments[0].unit.key for p in pg.plans] == ["330106/dev-reform", "510107/dev-reform"]
    assert not any("place unknown" in w for w in pg.warnings)


def test_a_plan_whose_place_cannot_be_told_is_reported_and_kept_apart(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    for path in (a, b):
        path.write_text("实施方案\n\n一、重点任务\n\n1.扎实推进本市工作。（责任单位：区发改委）\n", encoding="utf-8")
    pg = policygraph.build([str(a), str(b)])
    assert [p.jurisdiction.name for p in pg.plans] == ["未知地区（a）", "未知地区（b）"]
    assert len({p.tasks[0].assignments[0].unit.key for p in pg.plans}) == 2
    assert sum("place unknown" in w for w in pg.warnings) == 2


def test_stray_labels_are_reported_not_dropped(tmp_path):
    pg = build_text(tmp_path, "1.推进工作，牵头单位：区发改委负责，完成后报告。\n2.推进节能，由区经委牵头）\n")
    assert [p.reason for p in pg.problems] == ["responsibility label or role word outside any clause this reader understands"] * 2
    assert [p.line for p in pg.problems] == [7, 8]


def test_role_words_after_a_label_are_read(tmp_path):
    pg = build_text(tmp_path, "1.推进。（责任单位：区发改委牵头，区经委等配合）\n")
    assert roles(pg.plans[0].tasks[0]) == [("区发改委", "lead"), ("区经委", "co")]
    assert pg.problems == []


def test_nested_brackets_in_a_unit_name(tmp_path):
    pg = build_text(tmp_path, "1.推进。（责任单位：区发改委（区能源办）、区经委）\n")
    assert [a.surface for a in pg.plans[0].tasks[0].assignments] == ["区发改委（区能源办）", "区经委"]


def test_plans_numbered_only_at_the_second_level_keep_their_tasks(tmp_path):
    pg = build_text(tmp_path, "", head="金山区方案\n\n二、重点任务\n\n（一）推进光伏。内容。\n\n（二）推进节能。（责任单位：区发改委）\n\n三、保障措施\n\n（一）加强领导。（责任单位：区委办）\n")
    kinds = [(t.title, t.kind) for t in pg.plans[0].tasks]
    assert kinds == [("推进光伏", "task"), ("推进节能", "task"), ("加强领导", "measure")]


def test_table_with_lead_and_supporting_columns(tmp_path):
    table = tmp_path / "table.tsv"
    table.write_text("序号\t重点任务\t牵头单位\t配合单位\t完成时间\n1\t推进光伏建设\t区发改委\t区经委、区科委\t2025年底\n", encoding="utf-8")
    pg = policygraph.build([str(table)])
    row = pg.plans[0].tasks[0]
    assert row.title == "推进光伏建设"
    assert roles(row) == [("区发改委", "lead"), ("区经委", "co"), ("区科委", "co")]


@pytest.mark.parametrize(
    "text, end",
    [
        ("2023年至2025年", dt.date(2025, 12, 31)),
        ("2025年3月至6月", dt.date(2025, 6, 30)),
        ("2025年9月—12月", dt.date(2025, 12, 31)),
        ("6月底", dt.date(2021, 6, 30)),
        ("2025年2月30日", None),
    ],
)
def test_deadline_ranges_end_where_they_end(text, end):
    assert parse_deadline(text, 2021).end == end


def test_missing_path_in_a_batch_is_a_warning(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(HEAD + "1.推进。（责任单位：区发改委）\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(plan), str(tmp_path / "gone.txt"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0
    assert "gone.txt: no such file or folder" in result.output


def test_lexicon_file_with_a_byte_order_mark(tmp_path):
    lexicon = tmp_path / "lex.tsv"
    lexicon.write_text("\ufeff#table: departments\nport\t港务局\tPort Authority\t港务局\n", encoding="utf-8")
    plan = tmp_path / "plan.txt"
    plan.write_text(HEAD + "1.推进。（责任单位：区港务局）\n", encoding="utf-8")
    pg = policygraph.build([str(plan)], lexicon_files=[str(lexicon)])
    assert pg.plans[0].tasks[0].assignments[0].unit.type_id == "port"


def test_out_pointing_at_a_file_is_a_clean_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = CliRunner().invoke(cli, ["build", "--out", str(blocker / "sub")])
    assert result.exit_code == 1 and "Traceback" not in result.output and "Error:" in result.output


def test_a_unit_in_both_lead_and_supporting_columns_is_one_lead_assignment(tmp_path):
    table = tmp_path / "table.tsv"
    table.write_text("序号\t重点任务\t牵头单位\t配合单位\t完成时间\n1\t推进光伏建设\t区发改委\t区发展改革委、区经委\t2025年底\n", encoding="utf-8")
    row = policygraph.build([str(table)]).plans[0].tasks[0]
    assert roles(row) == [("区发改委", "lead"), ("区经委", "co")]
    assert "merge_duplicate" in row.assignments[0].rules


def test_a_rule_stated_once_governs_later_clauses(tmp_path):
    pg = build_text(
        tmp_path,
        "1.推进光伏。（责任单位：区发改委、区经委，排在第一位的为牵头单位，下同）\n"
        "2.推进节能。（责任单位：区经委、区发改委）\n",
    )
    first, second = pg.plans[0].tasks
    assert roles(first) == [("区发改委", "lead"), ("区经委", "co")]
    assert roles(second) == [("区经委", "lead"), ("区发改委", "co")]
    assert {a.basis for a in first.assignments + second.assignments} == {"stated_rule"}
    assert pg.problems == []


def test_groups_separated_by_semicolons_each_have_their_first_listed_lead(tmp_path):
    pg = build_text(tmp_path, "1.推进协同。（责任单位：市发展改革委、市能源局；区发改委、区经委）\n")
    assert roles(pg.plans[0].tasks[0]) == [("市发展改革委", "lead"), ("市能源局", "co"), ("区发改委", "lead"), ("区经委", "co")]


def test_shared_and_dropped_level_prefixes(tmp_path):
    pg = build_text(tmp_path, "1.推进节能。（牵头单位：市、区机管局；配合单位：市法院、检察院）\n")
    task = pg.plans[0].tasks[0]
    assert roles(task) == [("市机管局", "lead"), ("区机管局", "lead"), ("市法院", "co"), ("市检察院", "co")]
    assert [a.unit.jurisdiction for a in task.assignments] == ["310000", "310116", "310000", "310000"]
    assert "shared_prefix" in task.assignments[0].rules and "inherit_prefix" in task.assignments[3].rules


def test_a_bare_name_after_units_of_two_levels_takes_neither(tmp_path):  # 宝安区 (a passage read blind)
    pg = build_text(tmp_path, "1.推进海绵城市。（牵头单位：区环保水务局；协办单位：区发改局、市规划国土委宝安管理局、城市更新局、区住建局、各街道办）\n")
    task = pg.plans[0].tasks[0]
    assert roles(task)[1:] == [("区发改局", "co"), ("市规划国土委宝安管理局", "co"), ("城市更新局", "co"), ("区住建局", "co"), ("各街道办", "co")]
    assert "inherit_prefix" not in task.assignments[3].rules  # not 市城市更新局: whose it is, the list does not say


def test_all_responsible_with_no_lead_named_invents_none(tmp_path):
    pg = build_text(tmp_path, "1.推进。（区发改委、区经委等按职责分工负责）\n2.推进。（区经委负责）\n")
    shared, sole = pg.plans[0].tasks
    assert roles(shared) == [("区发改委", "co"), ("区经委", "co")] and not shared.leads
    assert any("no lead named" in note for note in shared.notes)
    assert roles(sole) == [("区经委", "lead")]


def test_label_lines_where_responsible_means_supporting(tmp_path):
    pg = build_text(tmp_path, "1.推进。内容。\n牵头单位：区发改委\n责任单位：区经委，各镇\n2.推进。内容。\n责任单位：区经委、区财政局\n3.推进。内容。\n责任单位：区经委\n")
    paired, alone, sole = pg.plans[0].tasks
    assert roles(paired) == [("区发改委", "lead"), ("区经委", "co"), ("各镇", "co")]
    assert roles(alone) == [("区经委", "co"), ("区财政局", "co")] and "document_convention" in alone.assignments[0].rules
    assert roles(sole) == [("区经委", "lead")]  # one unit alone owns its task (the annotation guide's rule)


def test_deadline_inside_a_clause_takes_the_plans_year(tmp_path):
    pg = build_text(tmp_path, "1.推进。编制规划。（责任部门：气候处，完成期限：6 月底）开展试点。（责任部门：大气处、气候处，完成期限：12月底）\n", head="金山区2023年度工作计划\n\n一、重点任务\n\n")
    first, second = pg.plans[0].tasks
    assert (first.deadline.end.isoformat(), second.deadline.end.isoformat()) == ("2023-06-30", "2023-12-31")
    assert roles(second) == [("大气处", "lead"), ("气候处", "co")]


def test_a_unit_and_its_head_in_one_cell(tmp_path):  # round 30: 牵头单位及主要负责人 (肇庆)
    table = (
        "序号 | 工作任务 | 牵头单位及主要负责人 |\n---|---|---|\n1 | 提高低保标准。 | 市民政局 伍泽国 |\n"
        "2 | 建设体育公园。 | 县教育局 县体育局 |\n3 | 新建学校。 | 县工信局、县财政局 李四、王五 |\n"
    )
    pg = build_text(tmp_path, table, name="plan.md", head="某市民生实事分工方案\n\n")
    assert [[a.surface for a in t.assignments] for t in pg.plans[0].tasks] == [
        ["市民政局"], ["县教育局", "县体育局"], ["县工信局", "县财政局"]]


def test_a_field_run_into_the_units_line_ends_the_units(tmp_path):  # blind round 104 (南昌县's 票决项目)
    pg = build_text(tmp_path, "1.老旧小区改造项目\n\n牵头单位:县城管执法局\n\n责任单位:莲塘镇任务目标:2024年计划改造完成莲水巷、橡西巷今日家园等住宅小区。\n")
    assert roles(pg.plans[0].tasks[0]) == [("县城管执法局", "lead"), ("莲塘镇", "co")]
    assert not pg.problems  # (the field's text had been read as units no rule knew)
    # the field's figures stay the task's targets (the review of rounds 104-105's rules)
    pg = build_text(tmp_path, "1.老旧小区改造项目\n牵头单位:县城管执法局\n责任单位:莲塘镇任务目标:2024年计划改造老旧小区12个,惠及居民1500户。\n")
    assert [(t.value, t.unit) for t in pg.plans[0].tasks[0].targets] == [(12, "个"), (1500, "户")] and not pg.plans[0].targets


def test_a_rider_that_says_the_same_below(tmp_path):  # blind round 108 (美丽吉林建设行动方案)
    pg = build_text(tmp_path, "1.推进A。(牵头单位:省自然资源厅;各市(州)、县(市、区)人民政府负责落实,下同,不再列出)\n\n2.推进B。(牵头单位:省农业农村厅)\n")
    expected_rider = [("各市(州)人民政府", "co"), ("各县(市、区)人民政府", "co")]
    assert roles(pg.plans[0].tasks[0]) == [("省自然资源厅", "lead"), *expected_rider]
    assert roles(pg.plans[0].tasks[1]) == [("省农业农村厅", "lead"), *expected_rider] and not pg.problems


def test_the_outline_goes_on_after_a_task_table_in_the_body(tmp_path):  # the review of rounds 106-107's rules (its case t9)
    body = ("一、重点任务分解\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n1.主动对接国家战略，壮大支撑企业。\n\n区发改局\n\n区工信局、区商务局\n\n"
            "2.大力发展战略性新兴产业。\n\n区工信局\n\n区科技局\n\n二、保障措施\n\n1.加强组织领导。\n\n2.强化督查考核。\n\n区政府督查室每季度对各项任务推进情况进行督查通报。\n")
    pg = build_text(tmp_path, body, head="某区2024年重点工作实施方案\n")
    assert [roles(t) for t in pg.plans[0].tasks if t.kind == "row"] == [[("区发改局", "lead"), ("区工信局", "co"), ("区商务局", "co")],
                                                                         [("区工信局", "lead"), ("区科技局", "co")]]
    assert any(roles(t) == [("区政府督查室", "lead")] for t in pg.plans[0].tasks if t.kind != "row")


def test_a_label_clause_ends_where_the_next_item_begins_on_a_one_line_page(tmp_path):  # blind round 108 (海盐县)
    body = ("1.全县生产总值增长7.5%左右。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县农业农村局 "
            "2.落实党政机关过紧日子的要求,节俭办一切事业。 责任单位:县财政局 3.坚持集体学法。 责任单位:县司法局\n")
    pg = build_text(tmp_path, body)
    assert [roles(t) for t in pg.plans[0].tasks] == [[("县发改局", "lead"), ("县财政局", "co"), ("县农业农村局", "co")],
                                                      [("县财政局", "lead")], [("县司法局", "lead")]]
    assert not pg.problems


def test_a_space_separated_row_with_three_unit_columns(tmp_path):  # blind round 108 (平顶山市's 河长制 task list)
    # 序号 … 牵头单位 参与单位 责任单位: the row's last three cells on its line, the first leading, the others supporting
    text = ("平顶山市全面推行河长制主要任务分解表\n序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
            "1 加强水资源保护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委、工业和信息化委、农业局等 "
            "各县(市、区)党委和人民政府,高新区党工委和管委会\n")
    pg = build_text(tmp_path, text, head="")
    rows = [t for t in pg.plans[0].tasks if t.kind == "row"]
    assert roles(rows[0]) == [("市水利局", "lead"), ("市发展改革委", "co"), ("市工业和信息化委", "co"), ("市农业局", "co"),
                              ("各县(市、区)党委", "co"), ("各县(市、区)人民政府", "co"), ("高新区党工委", "co"), ("高新区管委会", "co")]


def test_review_of_rounds_108_and_109s_unit_rules(tmp_path):  # a third review: each failed before its fix
    def tasks_of(text, name):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        pg = policygraph.build([str(path)])
        return [[(a.surface, a.role) for a in t.assignments] for t in pg.plans[0].tasks], pg.problems

    # a task cell that ends as a name does (…指挥中心) is no unit column's cell
    table, _ = tasks_of("某市水利工作方案\n序号 重点任务 牵头单位 配合单位\n1 推进灌区现代化改造 市水利局 市发展改革委、市财政局\n"
                        "2 建设市级水旱灾害防御指挥中心 市水利局\n", "table.txt")
    assert table == [[("市水利局", "lead"), ("市发展改革委", "co"), ("市财政局", "co")], [("市水利局", "lead")]]
    # a field run into the units' line, then the next item on the same line: the unit is read
    fields, _ = tasks_of("某县方案\n一、重点任务\n1.实施农村道路提升工程。责任单位:县交通运输局任务目标:2024年完成农村公路提升50公里 "
                         "2.实施老旧小区改造。责任单位:县住建局任务目标:改造老旧小区12个\n", "fields.txt")
    assert fields == [[("县交通运输局", "lead")], [("县住建局", "lead")]]
    # 按职责分工负责，下同 states how units share a task, no rider: both units stay the item's, none joins the next
    shared, _ = tasks_of("某省方案\n一、重点任务\n（一）稳定粮食播种面积。落实面积。（省农业农村厅牵头；省财政厅、省自然资源厅按职责分工负责，下同）。\n"
                         "（二）加强高标准农田建设。建设农田。（省农业农村厅牵头）。\n", "shared.txt")
    assert shared == [[("省农业农村厅", "lead"), ("省财政厅", "co"), ("省自然资源厅", "co")], [("省农业农村厅", "lead")]]
    # a government before 和管委会 lends the committee no place (no 各县管委会 invented)
    committee, _ = tasks_of("某市方案\n一、重点任务\n（一）优化政务服务。推行“一网通办”。责任单位：市政务服务局，各区县人民政府和管委会。\n", "committee.txt")
    assert all(not name.endswith("县管委会") for name, _ in committee[0])
    # a supporting unit's name spaced out on its line (县 委 办) is one name, not three
    spaced, _ = tasks_of("某县方案\n\n序号 重点任务 牵头单位 配合单位\n\n1 推进数字政府建设 县数据局\n县 委 办\n县发 改 局\n\n"
                         "2 推进政务公开 县政府办\n县司法局\n", "spaced.txt")
    assert spaced[0] == [("县数据局", "lead"), ("县委办", "co"), ("县发改局", "co")]
    # a note's items under a table are no outline of tasks
    note, _ = tasks_of("某县方案\n一、重点任务\n序号\t重点任务\t牵头单位\n1\t推进光伏建设\t县发改局\n注：1.各乡镇负责辖区内任务落实。2.县财政局负责资金保障。\n"
                       "二、保障措施\n（一）加强领导。\n", "note.txt")
    assert [("县财政局", "lead")] not in note
