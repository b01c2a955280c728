"""Task tables printed one cell per line (a web page's table as text): read as rows, or reported.

Blind round 29 (responsibility on ten web notices): the 大竹县 民生实事 table and the 谯城区 task
breakdown came one cell per line and gave no unit at all; the 金东区 民生实事 list of round 27 too.
The texts below keep their layout, with the rows shortened.
"""

from decimal import Decimal

import policygraph
from policygraph.extract.pipeline import document_view
from policygraph.model import SourceDocument
from policygraph.normalize.lexicon import load_lexicon
from policygraph.read.layout import clean_layout


def plan_of(tmp_path, text, name="page.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return policygraph.build([str(path)]).plans[0]


def rows(plan):
    return [(t.title, [(a.surface, a.role) for a in t.assignments], t.deadline.text if t.deadline else None) for t in plan.tasks]


NOTICE = "县人民政府办公室关于对2016年民生实事进行重点督办的通知\n\n各乡镇人民政府：\n\n现将民生实事目标任务分解下达。\n\n"


def test_one_unit_column_with_a_unit_per_line_and_a_deadline(tmp_path):  # 大竹县
    table = (
        "附件\n\n2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n责任单位\n\n完成时限\n\n"
        "1\n\n启动建设东柳河城区段综合治理工程。\n\n县水务局\n\n县住建局\n\n12月底前\n\n"
        "2\n\n新建2座人行天桥。\n\n县住建局\n\n9月投入使用\n\n"
        "3\n\n建成县残疾人综合服务中心。\n\n县残联\n\n5月底前动工\n\n"
    )
    plan = plan_of(tmp_path, NOTICE + table)
    assert rows(plan) == [
        ("启动建设东柳河城区段综合治理工程。", [("县水务局", "lead"), ("县住建局", "co")], "12月底前"),
        ("新建2座人行天桥。", [("县住建局", "lead")], "9月投入使用"),
        ("建成县残疾人综合服务中心。", [("县残联", "lead")], "5月底前动工"),
    ]
    assert [(t.value, t.unit) for task in plan.tasks for t in task.targets] == [(2, "座")]


def test_lead_and_partner_columns_section_rows_and_numbers_that_skip(tmp_path):  # 谯城区: the bureau's own rows
    table = (
        "谯城区教育局2025年政府工作报告重点工作任务分解表\n\n序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n"
        "一、2025年经济社会发展的主要预期目标\n\n3\n\n固定资产投资增长7.5%左右。\n\n区发改委\n\n区工信局、区教育局。\n\n"
        "二、全力以赴扩投资、优服务\n\n三、全力以赴惠民生、增福祉\n\n"
        "68\n\n加快建设黎明小学扩建教学楼项目。\n\n区教育局\n\n区政府有关部门,各乡镇人民政府、街道办事处。\n\n"
    )
    plan = plan_of(tmp_path, table)
    assert rows(plan) == [
        ("固定资产投资增长7.5%左右。", [("区发改委", "lead"), ("区工信局", "co"), ("区教育局", "co")], None),
        ("加快建设黎明小学扩建教学楼项目。", [("区教育局", "lead"), ("区政府有关部门", "co"), ("各乡镇人民政府", "co"), ("各街道办事处", "co")], None),
    ]


def test_a_category_cell_merged_over_rows_and_an_empty_partner_cell(tmp_path):  # 金东区
    table = (
        "2024年金东区政府民生实事任务分解方案\n序号\n事项分类\n事项名称\n项目内容\n牵头单位\n协同单位\n"
        "1\n打造区域教育高地\n新(改、扩)建一批中小学校\n实施新(改、扩)建中小学校5家。\n区教体局\n东孝街道\n"
        "2\n中小学校清廉阳光厨房建设\n对28所中小学校食堂安装数字化验收平台。\n区教体局\n/\n"
        "3\n“娃有所托”工程\n暑期托管服务\n开设100个暑期公益托管班。\n团区委\n各乡镇(街道)\n"
    )
    plan = plan_of(tmp_path, table)
    assert [r[1] for r in rows(plan)] == [
        [("区教体局", "lead"), ("东孝街道", "co")],
        [("区教体局", "lead")],
        [("团区委", "lead"), ("各乡镇(街道)", "co")],
    ]
    assert not plan.problems


def test_a_lead_cell_whose_extent_is_not_printed_is_doubtful_and_a_row_that_cannot_be_read_is_reported(tmp_path):
    table = (
        "民生实事任务分解方案\n序号\n事项名称\n项目内容\n牵头单位\n协同单位\n"
        "1\n医疗卫生机构迁(扩)建\n实施卫生院迁(扩)建1家。\n区卫健局\n源东乡\n区发改局\n"  # lead: 区卫健局 alone, or with 源东乡?
        "2\n开工建设县老年养护楼。\n县民政局\n开工建设老年大学。\n"  # one unit over two tasks (a cell over rows)
        "3\n新建献血屋。\n建设献血屋1个。\n区红十字会\n区行政执法局\n"
    )
    plan = plan_of(tmp_path, table)
    assert [r[1] for r in rows(plan)] == [
        [("区卫健局", "lead"), ("源东乡", "co"), ("区发改局", "co")],
        [("区红十字会", "lead"), ("区行政执法局", "co")],
    ]
    assert [(p.line, p.severity) for p in plan.problems] == [(7, "doubtful"), (13, "unparsed")]
    assert "开工建设县老年养护楼" in plan.problems[1].text


def test_the_rewritten_view_keeps_every_characters_place():
    text = "序号\n\n任务\n\n责任单位\n\n完成时限\n\n1\n\n新建2座人行天桥。\n\n县住建局\n\n县水务局\n\n9月底前\n"
    view, notes = document_view(SourceDocument("t.txt", text, "text"), load_lexicon(()))
    row = view.text.splitlines()[-1]
    assert row == "1\t新建2座人行天桥。\t县住建局、县水务局\t9月底前" and notes == []
    at = view.text.index("县水务局")
    start, end = view.original_span(at, at + 4)
    assert text[start:end] == "县水务局"


def test_a_list_of_numbered_lines_under_no_header_is_no_table(tmp_path):
    text = "县方案\n一、重点任务\n序号\n1\n推进节能改造。\n县发改局\n"
    view, notes = document_view(SourceDocument("t.txt", text, "text"), load_lexicon(()))
    assert view.text == clean_layout(text).text and notes == []


def test_cells_separated_by_lines_of_a_bar_and_a_column_named_by_its_year(tmp_path):  # round 30: 宣城高新区, 沙坪坝区
    table = (
        "序号\n|\n重点工作任务分解\n|\n责任领导\n|\n责任部门\n|\n完成期限\n|\n监督方式\n|\n"
        "1\n|\n主动对接自贸区芜湖片区,申建综合保税区。\n|\n易承志\n|\n经济发展局\n|\n持续推进\n|\n区委、区政府\n|\n"
        "2\n|\n共建省际产业合作区。\n|\n冼进、易承志\n|\n科技中心、经济发展局\n|\n持续推进\n|\n区委、区政府\n|\n"
    )
    plan = plan_of(tmp_path, table)
    assert [(t.title, t.leaders, [(a.surface, a.role) for a in t.assignments]) for t in plan.tasks] == [
        ("主动对接自贸区芜湖片区,申建综合保税区。", ["易承志"], [("经济发展局", "lead")]),
        ("共建省际产业合作区。", ["冼进", "易承志"], [("科技中心", "lead"), ("经济发展局", "co")]),
    ]
    # 序号 | 2022年预期目标 | 责任单位: the column after the row's number says what the row is
    plan = plan_of(tmp_path, "附件1\n\n预期目标任务分解表\n\n序号\n\n2022年预期目标\n\n责任单位\n\n1\n\n地区生产总值增长5.5%左右\n\n区发展改革委\n", "b.txt")
    assert rows(plan) == [("地区生产总值增长5.5%左右", [("区发展改革委", "lead")], None)]
    assert [(t.value, t.unit) for t in plan.tasks[0].targets] == [(Decimal("5.5"), "%")]


def test_a_row_cut_short_keeps_its_text_in_the_first_column(tmp_path):
    table = (
        "序号\n事项分类\n事项名称\n牵头单位\n协同单位\n"
        "1\n教育\n新建中小学校5家。\n区教体局\n东孝街道\n"
        "2\n建设献血屋1个。\n"  # the last row, its other cells not printed: 事项分类 merged, the name kept
    )
    plan = plan_of(tmp_path, table)
    assert [t.title for t in plan.tasks] == ["新建中小学校5家。", "建设献血屋1个。"]
    # its unit cells are empty, not the row above's: the row is reported as naming no unit
    assert plan.tasks[1].assignments == [] and [p.reason for p in plan.problems] == ["table row names no responsible unit"]


def _read(tmp_path, body, name="r.txt"):
    """(title, units, leaders) of each task, and the problems, of a plan whose attachment is ``body``."""
    plan = plan_of(tmp_path, "县方案\n\n附件\n\n重点任务分解表\n\n" + body, name)
    return [(t.title, [(a.surface, a.role) for a in t.assignments], t.leaders) for t in plan.tasks], plan.problems


def test_rows_the_rule_cannot_read_are_reported_and_never_take_the_units_above(tmp_path):  # found by review
    header = "序号\n工作任务\n责任单位\n完成时限\n"
    first = "1\n推进节能改造。\n县发改局\n12月底前\n"
    # a unit the rules do not know, run into the task's text: reported, not given 县发改局 from the row above
    rows_read, problems = _read(tmp_path, header + first + "2\n推进5G基站建设100个。\n某某县电力等单位\n10月底前\n")
    assert rows_read == [("推进节能改造。", [("县发改局", "lead")], [])]
    assert [p.severity for p in problems if "cells could not be told apart" in str(p.reason)] == ["unparsed"]
    # the same with Windows line ends
    rows_crlf, _ = _read(tmp_path, (header + first).replace("\n", "\r\n"), "crlf.txt")
    assert rows_crlf == [("推进节能改造。", [("县发改局", "lead")], [])]


def test_leaders_sections_cells_with_items_and_a_second_table(tmp_path):  # found by review
    # a 责任领导 column: posts and people's names are leaders, not units
    rows_read, _ = _read(tmp_path, "序号\n重点工作任务\n责任领导\n责任单位\n完成时限\n1\n推进节能改造。\n县委常委、副县长\n县发改局\n12月底前\n"
                         "2\n建设公园。\n区志强\n县住建局\n12月底前\n")
    assert rows_read == [("推进节能改造。", [("县发改局", "lead")], ["县委常委", "副县长"]), ("建设公园。", [("县住建局", "lead")], ["区志强"])]
    # rows counted from 1 again under each section row; a cell's own items (（一）…；) stay in the cell
    rows_read, _ = _read(tmp_path, "序号\n工作任务\n责任单位\n完成时限\n一、产业发展\n1\n推进节能改造。\n县发改局\n12月底前\n二、民生保障\n"
                         "1\n推进三项改革：\n（一）深化医药卫生体制改革；\n（二）推进教育评价改革。\n县卫健局\n10月底前\n2\n新建学校2所。\n县教育局\n12月底前\n", "b.txt")
    assert [(title, units) for title, units, _ in rows_read] == [
        ("推进节能改造。", [("县发改局", "lead")]),
        ("推进三项改革：（一）深化医药卫生体制改革；（二）推进教育评价改革。", [("县卫健局", "lead")]),
        ("新建学校2所。", [("县教育局", "lead")]),
    ]
    # a second table's 序号 ends the first; its rows are read with its own columns
    rows_read, problems = _read(tmp_path, "序号\n工作任务\n责任单位\n完成时限\n1\n推进节能改造。\n县发改局\n12月底前\n附表2 民生实事\n"
                                "序号\n民生实事\n牵头单位\n配合单位\n1\n新建学校2所。\n县教育局\n县财政局\n", "c.txt")
    assert [units for _, units, _ in rows_read] == [[("县发改局", "lead")], [("县教育局", "lead"), ("县财政局", "co")]]
    # a PDF's page number between two rows opens no row
    rows_read, _ = _read(tmp_path, "序号\n工作任务\n责任单位\n完成时限\n4\n新建医院1所。\n县卫健局\n11月底前\n\n8\n\f5\n新建公园1个。\n县住建局\n11月底前\n", "d.txt")
    assert [(title, units) for title, units, _ in rows_read] == [("新建医院1所。", [("县卫健局", "lead")]), ("新建公园1个。", [("县住建局", "lead")])]
    # eleven columns
    rows_read, _ = _read(tmp_path, "序号\n重点任务\n具体内容\n责任领导\n牵头单位\n配合单位\n一季度\n二季度\n三季度\n四季度\n完成时限\n"
                         "1\n节能\n推进节能改造。\n张三\n县发改局\n县财政局\n启动\n推进\n推进\n完成\n12月底前\n", "e.txt")
    assert rows_read == [("节能", [("县发改局", "lead"), ("县财政局", "co")], ["张三"])]


def test_a_bar_closing_every_cells_line_a_whole_years_deadline_and_bodies_the_lexicon_does_not_know(tmp_path):  # round 34: 霍山
    table = (
        "2025年开发区重点工作及责任清单\n序号 |\n重点工作 |\n责任领导 |\n责任单位 |\n完成时限 |\n"
        "1 |\n坚持服务跟着项目走,优化“重点项目直通车”工作机 制,全力服务重 大项目落地见效。 |\n叶林 |\n招商工作部、安商工作部 |\n全年 |\n"
        "2 |\n全力推进开发区“空间再造”,力争 全年盘活僵尸企业10家,盘活存量土地400亩。 |\n马振明 |\n改革办 |\n全年 |\n"
    )
    plan = plan_of(tmp_path, table)
    assert [(task.leaders, [(a.surface, a.role) for a in task.assignments], str(task.deadline.end)) for task in plan.tasks] == [
        (["叶林"], [("招商工作部", "lead"), ("安商工作部", "co")], "2025-12-31"),  # 全年 in a 2025 list: its end, not a person
        (["马振明"], [("改革办", "lead")], "2025-12-31"),
    ]
    assert [(t.value, t.unit, t.year) for t in plan.tasks[1].targets] == [(Decimal("10"), "家", 2025), (Decimal("400"), "亩", 2025)]
    assert not plan.problems


def test_cells_merged_over_rows_a_deadline_and_a_leader_go_to_their_columns(tmp_path):  # round 35: 略阳县文旅局
    table = (
        "序号\n指标\n工作任务\n完成时限\n责任领导\n责任股室\n(单位)\n备注\n"
        "1\n公共文化服务\n“两馆一站”免费开放服务人次较上年增长15%。\n12月底前\n夏俊贵\n文化宣传股\n文化馆\n"
        "2\n全年组织开展文化下乡等惠民演出不少于100场。\n文化宣传股\n"
        "3\n广电\n完成县级应急广播系统(二期)建设。\n广电事业股\n"
        "4\n旅游发展\n新建、改建旅游厕所6座。\n5月底\n周斐\n旅游股\n"
    )
    plan = plan_of(tmp_path, table)
    assert [(t.title, t.leaders, t.deadline.text, [(a.surface, a.role) for a in t.assignments]) for t in plan.tasks] == [
        ("“两馆一站”免费开放服务人次较上年增长15%。", ["夏俊贵"], "12月底前", [("文化宣传股", "lead"), ("文化馆", "co")]),
        # a row printing only its task and units: deadline and leader are the merged cells above
        ("全年组织开展文化下乡等惠民演出不少于100场。", ["夏俊贵"], "12月底前", [("文化宣传股", "lead")]),
        ("完成县级应急广播系统(二期)建设。", ["夏俊贵"], "12月底前", [("广电事业股", "lead")]),  # 广电: a category, no leader
        ("新建、改建旅游厕所6座。", ["周斐"], "5月底", [("旅游股", "lead")]),
    ]


def test_a_rows_progress_column_is_no_target_of_the_plan(tmp_path):  # round 35: 怀远县, 目前完成情况
    table = (
        "序号\n\n目标任务\n\n牵头责任单位\n\n计划完成时间\n\n目前完成情况\n\n"
        "52\n\n建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。\n\n农田建设管理股、农业股\n\n2023年底\n\n"
        "高标准农田8.3万亩正在施工中。2023年我县小麦总产69.6514万吨,同比增加0.84%。\n\n"
        "53\n\n完成“一村一块田”改革试验20万亩,全县土地流转率达60%。\n\n经管站\n\n2023年底\n\n已累计完成31.7万亩,全县土地流转面积138.133万亩。\n"
    )
    plan = plan_of(tmp_path, table)
    assert [[(str(t.value), t.unit) for t in task.targets] for task in plan.tasks] == [[("8.3", "万亩"), ("120", "万吨")], [("20", "万亩"), ("60", "%")]]
    assert plan.targets == []  # 同比增加0.84%, 138.133万亩: results in the progress column
    assert [a.surface for a in plan.tasks[1].assignments] == ["经管站"]


def targets_of(plan):
    return [(t.metric, t.value, t.unit, t.comparator, t.year) for task in plan.tasks for t in task.targets]


def test_an_assessment_table_with_its_category_before_the_number_and_a_goal_column(tmp_path):  # round 39: 嵊泗县
    table = (
        "2021年嵊泗县乡村振兴任务清单\n\n考核项目\n\n序号\n\n考核指标\n\n考核内容\n\n单位\n\n年度目标\n\n责任部门\n\n评分部门\n\n"
        "农业高质高效\n\n1\n\n确保粮食和重要农产品有效供给\n\n农林牧渔业增加值增幅\n\n%\n\n≥2%\n\n县海洋与渔业局\n\n县农业农村局\n\n市海洋渔业局市农业农村局\n\n"
        "2\n\n农业劳动生产率及增幅\n\n万元/人\n\n全市统筹\n\n县海洋与渔业局\n\n县农业农村局\n\n市海洋渔业局市农业农村局\n\n"
        "3\n\n粮食安全责任制\n\n-\n\n良好以上\n\n县经济和信息化局\n\n市商务局\n\n"
        "4\n\n粮食播种面积\n\n万亩\n\n0.07\n\n县农业农村局\n\n市农业农村局\n\n"
        "5\n\n水产品产量\n\n万吨\n\n42\n\n县农业农村局\n\n市海洋渔业局\n\n"
        "6\n\n建设美丽牧场\n\n0\n\n县农业农村局\n\n市农业农村局\n\n"
        "农民富裕富足\n\n7\n\n农村居民人均可支配收入增幅\n\n%\n\n≥7%\n\n县农业农村局\n\n市农业农村局\n\n"
    )
    plan = plan_of(tmp_path, "中共嵊泗县委办公室嵊泗县人民政府办公室关于印发《2021年嵊泗县乡村振兴任务清单》的通知\n\n各乡镇党委、政府:\n\n现印发给你们。\n\n" + table)
    # 评分部门 (who scores the work) is no responsible unit; a row's number stays a number, never a page's
    assert [[a.surface for a in t.assignments] for t in plan.tasks] == [
        ["县海洋与渔业局", "县农业农村局"], ["县海洋与渔业局", "县农业农村局"], ["县经济和信息化局"], ["县农业农村局"], ["县农业农村局"], ["县农业农村局"], ["县农业农村局"],
    ]
    assert [t.action_text for t in plan.tasks][::6] == ["农业高质高效", "农民富裕富足"]
    assert targets_of(plan) == [
        ("农林牧渔业增加值增幅", Decimal("2"), "%", "at_least", 2021),
        ("粮食播种面积", Decimal("0.07"), "万亩", "reach", 2021),
        ("水产品产量", Decimal("42"), "万吨", "reach", 2021),  # 42 after 万吨: the goal, no row's number
        ("建设美丽牧场", Decimal("0"), "", "reach", 2021),
        ("农村居民人均可支配收入增幅", Decimal("7"), "%", "at_least", 2021),
    ]


def test_a_project_lists_investment_column_takes_its_measure_from_the_header(tmp_path):  # round 39: 洋县 (traditional characters)
    table = (
        "附件:洋县2024年十大民生实事项目清单\n|\n序號 |\n項目名稱 |\n建設地點 |\n建設時間 |\n2024年建設內容 |\n年度投資金額 (萬元) |\n責任單位 |\n|\n"
        "1 |\n洋縣中小學幼兒園基礎設施提升改造項目 |\n相關鎮 (街道) |\n2024 |\n對馬暢中小、湑水中小、茅坪學校等學校運動場地進行改造。 |\n300 |\n教體局 |\n|\n"
        "2 |\n城北小學門前道路建設項目 |\n紙坊街道 |\n2024 |\n建成唐塔北路延伸段道路。 |\n300 |\n住建局 |\n"
    )
    plan = plan_of(tmp_path, "洋政發〔2024〕8號\n洋縣人民政府\n關于印發洋縣2024年十大民生實事項目的通知\n各鎮人民政府、街道辦事處:\n現印發給你們。\n" + table)
    assert [[a.surface for a in t.assignments] for t in plan.tasks] == [["教体局"], ["住建局"]]  # 相关镇（街道）: where, not who
    assert targets_of(plan) == [
        ("洋县中小学幼儿园基础设施提升改造项目年度投资金额", Decimal("300"), "万元", "reach", 2024),
        ("城北小学门前道路建设项目年度投资金额", Decimal("300"), "万元", "reach", 2024),
    ]


def test_a_tables_row_numbers_and_repeated_cells_are_no_page_furniture():  # round 39: 嵊泗县, before its table was read
    from policygraph.read.layout import page_furniture

    rows = "".join(f"{n}\n\n考核指标{n}\n\n万亩\n\n0.{n}\n\n县农业农村局\n\n市农业农村局\n\n" for n in range(1, 9))
    assert page_furniture("任务清单\n\n序号\n\n考核指标\n\n" + rows) == []  # numbers a few lines apart under 序号 count rows, not pages
    short_pages = "".join("全县推进农村人居环境整治。\n" * 6 + f"全县新建污水管网\n{n}\n30公里。\n" for n in range(1, 5))
    removed = {short_pages[start:end] for start, end in page_furniture(short_pages)}
    assert {"1", "2", "3", "4"} <= removed  # short pages with no 序号 above: page numbers still (found by review)
    pages = "".join(f"第{n}段正文。\n" * 20 + f"- {n} -\n\f" for n in range(1, 4))
    assert len(page_furniture(pages)) == 3  # page numbers stay page numbers
    assert len(page_furniture("".join("正文一行。\n" * 3 + f"{n}\n\f" for n in range(1, 4)))) == 3  # a page break between them


def test_review_of_goal_columns(tmp_path):  # a review of round 39-40's rules, each case verified before its fix
    from policygraph.extract.tables import is_header

    # an indicator table names no task: 单位 and 目标值 describe rows, they make no task table
    assert not is_header(["序号", "指标名称", "单位", "2020年现状值", "目标值", "指标属性"])
    assert not is_header(["序号", "指标", "2020年", "2025年目标", "牵头单位"])
    head = "县政府办公室关于印发2023年重点任务清单的通知\n\n各乡镇人民政府:\n\n现印发给你们。\n\n序号\n\n工作任务\n\n年度目标（个）\n\n责任单位\n\n"
    plan = plan_of(tmp_path, head + "1\n\n新建城市公园\n\n3\n\n县住建局\n\n2\n\n新建养老服务中心\n\n2\n\n县民政局\n\n")
    assert rows(plan) == [("新建城市公园", [("县住建局", "lead")], None), ("新建养老服务中心", [("县民政局", "lead")], None)]  # 3 is the goal, no row
    head = "县政府办公室关于印发2023年重点任务清单的通知\n\n各乡镇人民政府:\n\n现印发给你们。\n\n序号\n\n考核指标\n\n单位\n\n年度目标\n\n责任单位\n\n备注\n\n"
    body = "".join(f"{n}\n\n粮食播种面积{n}\n\n万亩\n\n{n}.5\n\n县农业农村局\n\n—\n\n" for n in range(1, 7))
    assert len(plan_of(tmp_path, head + body).tasks) == 6  # a 备注 printed — is no measure before the next row's number
    head = "县政府办公室关于印发2023年乡村振兴任务清单的通知\n\n各乡镇人民政府:\n\n现印发给你们。\n\n考核项目\n\n序号\n\n考核指标\n\n责任部门\n\n完成时限\n\n"
    plan = plan_of(tmp_path, head + "农业高质高效\n\n1\n\n粮食播种面积\n\n县农业农村局\n\n持续推进\n\n2\n\n生猪存栏\n\n县农业农村局\n\n12月底\n\n")
    assert [(t.action_text, t.deadline.text if t.deadline else None) for t in plan.tasks] == [("农业高质高效", "持续推进"), ("农业高质高效", "12月底")]


def test_the_figures_of_a_row_no_rule_can_split_are_still_the_plans_targets(tmp_path):  # round 41: 钟楼区
    table = (
        "附件1\n2025年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n1\n全区经济社会发展的主要预期目标\n"
        "(1)地区生产总值增长5%左右。\n王旭锋\n区发改局\n经开区\n高新区(邹区镇)\n各街道\n(2)一般公共预算收入保持稳定增长。\n区财政局\n(3)制造业投资增长8%左右。\n"
        "吴 伟\n区工信局\n(4)实际使用外资和进出口总额稳中提质。\n区商务局\n新运集团\n金控集团\n(5)居民人均可支配收入与经济增长同步。\n(6)社会消费品零售总额增长5%左右。\n"
        "(8)安全生产形势平稳向好。\n区应急管理局(安委办)\n区安委会各成员单位\n2\n坚持老城、经开、高新三区并进\n做精老城区\n(9)提速历史文化地标建设。\n区住建局\n"
    )
    plan = plan_of(tmp_path, "各街道,区各办局、直属单位:\n现将相关分解落实方案印发给你们。\n常州市钟楼区人民政府\n2025年3月7日\n" + table)
    assert any(p.severity == "unparsed" for p in plan.problems)  # the row is reported, its units not guessed
    assert [(t.value, t.unit) for t in plan.targets] == [(Decimal("5"), "%"), (Decimal("8"), "%"), (Decimal("5"), "%")]
    assert all("unread_row" in t.rules for t in plan.targets)


def test_a_lead_column_then_a_plain_units_column_and_the_countys_collective(tmp_path):  # round 48: 南陵县
    table = (
        "2024年《政府工作报告》重点工作目标任务分解表\n序号 |\n目标与任务 |\n分 管 县领导 |\n牵头责任单位 |\n责任单位 |\n"
        "80 |\n加大普惠性托育供给,新增托位数400个以上。 |\n俞 悦 |\n县教育局 |\n县各有关单位 |\n"
        "81 |\n保障职业学院秋季开学。 |\n陆 明 |\n县教育局 |\n县各有关单位 |\n"
    )
    plan = plan_of(tmp_path, table)
    assert [(title, units) for title, units, _ in rows(plan)] == [
        ("加大普惠性托育供给,新增托位数400个以上。", [("县教育局", "lead"), ("县各有关单位", "co")]),
        ("保障职业学院秋季开学。", [("县教育局", "lead"), ("县各有关单位", "co")]),
    ]
    assert [(t.value, t.unit, t.year) for t in plan.tasks[0].targets] == [(400, "个", 2024)]


def test_a_header_cell_with_a_span_of_months_and_rows_numbered_on_from_an_earlier_table(tmp_path):  # round 57: 崇川区
    import policygraph

    rows = (
        "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n市政局、相关街道 |\n已进场施工,完成30%。 |\n已进场施工,完成60%。 |\n是 |\n||\n"
        "25 |\n新建建筑垃圾中转站8个。 |\n徐国江 |\n城管局 |\n崇川经济开发区、相关街道 |\n已建成3个。 |\n已建成7个。 |\n是 |\n"
    )
    header = "序号 |\n主要任务 |\n全年目标任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-10月推进情况 |\n1-11月推进情况 |\n是否达序 |\n说明 |\n"
    path = tmp_path / "chongchuan.txt"
    path.write_text("2023年区政府重点民生实事项目推进情况(1-11月)\n" + header + rows, encoding="utf-8")
    plan = policygraph.build([str(path)]).plans[0]  # (1-10月推进情况 had ended the header: no row was read, and none reported)
    assert [(t.number, [(a.surface, a.role) for a in t.assignments]) for t in plan.tasks] == [
        ("24", [("城管局", "lead"), ("市政局", "co"), ("相关街道", "co")]), ("25", [("城管局", "lead"), ("崇川经济开发区", "co"), ("相关街道", "co")])]


def test_rows_after_a_header_the_reader_cannot_follow_are_reported(tmp_path):  # round 57's lesson: nothing dropped silently
    import policygraph

    path = tmp_path / "progress.txt"
    path.write_text(
        "2023年区政府重点民生实事项目推进情况\n序号 |\n主要任务 |\n分管 领导 |\n牵头 单位 |\n1/10月推进情况 |\n"
        "24 |\n优化提升50条背街后巷交通组织。 |\n徐国江 |\n城管局 |\n已进场施工。 |\n25 |\n新建建筑垃圾中转站8个。 |\n徐国江 |\n城管局 |\n已建成3个。 |\n",
        encoding="utf-8",
    )
    plan = policygraph.build([str(path)]).plans[0]  # (1/10月推进情况 is no header word: no row is read)
    assert plan.tasks == [] and any("24" in p.text and "城管局" in p.text for p in plan.problems)


def test_a_wrapped_leader_column_and_section_rows_with_no_number(tmp_path):  # 广州, blind round 69
    table = (
        "2021年市政府工作报告部署工作责任分工\n\n序号\n\n重点工作\n\n市政府\n\n分管领导\n\n牵头单位\n\n配合单位\n\n备注\n\n"
        "强化科技创新支撑能力。\n\n\n\n(一)\n\n加强战略科技力量建设。\n\n"
        "1\n\n加快建设南沙科学城。\n\n王 东\n\n市科技局\n\n黄埔区、南沙区政府\n\n\n"
        "2\n\n全力做好国家实验室筹建保障服务工作。\n\n王 东\n\n市科技局\n\n市财政局、市卫生健康委\n\n\n"
    )
    plan = plan_of(tmp_path, "广州市人民政府关于印发2021年市政府工作报告部署工作责任分工的通知\n\n各区人民政府:\n\n现将分工印发给你们。\n\n" + table)
    assert rows(plan) == [
        ("加快建设南沙科学城。", [("市科技局", "lead"), ("黄埔区政府", "co"), ("南沙区政府", "co")], None),
        ("全力做好国家实验室筹建保障服务工作。", [("市科技局", "lead"), ("市财政局", "co"), ("市卫生健康委", "co")], None),
    ]  # 市政府 / 分管领导 is one column; 强化… / （一） / 加强… head the rows, no row of their own


def test_rows_that_leave_a_merged_unit_cell_empty_take_the_units_printed_above(tmp_path):  # 静安区, blind round 74
    page = (
        "静安区城市更新行动方案\n\n附件\n\n静安区城市更新行动重点任务清单\n\n任务类型\n\n序号\n\n工作任务\n\n责任单位\n\n"
        "行动三：智创和谐新境行动\n\n市政基础设施\n\n15\n\n完成架空线入地和杆箱整治约48公里\n\n区建设管理委、区绿化市容局\n\n"
        "16\n\n完成燃气老化管道改造约36公里\n\n17\n\n完成老旧供水管道改造\n\n18\n\n推进海绵城市建设。\n\n"
        "行动四：蝶变重获新生行动\n\n历史文化风貌区\n\n19\n\n重点推进张园历史风貌片区开发。\n\n区文化旅游局、区房管局\n\n"
    )
    plan = plan_of(tmp_path, page)
    owned = {t.title: [a.surface for a in t.assignments] for t in plan.tasks}
    assert owned.get("重点推进张园历史风貌片区开发。") == ["区文化旅游局", "区房管局"]  # row 19's own cell
    # rows 16–18 print no unit cell: row 15's, merged over them and printed in its first row, is theirs (not row 19's)
    assert owned.get("完成燃气老化管道改造约36公里") == owned.get("推进海绵城市建设。") == ["区建设管理委", "区绿化市容局"]
    # a category and a section row between rows: 行动四：… (a numbered action), a category in quotes
    page = page.replace("历史文化风貌区", "“美丽家园”建设").replace("责任单位", "推进单位")
    owned = {t.title: [a.surface for a in t.assignments] for t in plan_of(tmp_path, page, "b.txt").tasks}
    assert owned.get("重点推进张园历史风貌片区开发。") == ["区文化旅游局", "区房管局"]
    # a row that prints a unit cell of its own keeps it, never the units above
    with_unit = page.replace("16\n\n完成燃气老化管道改造约36公里\n\n", "16\n\n完成燃气老化管道改造约36公里\n\n区燃气管理处\n\n")
    owned = {t.title: [a.surface for a in t.assignments] for t in plan_of(tmp_path, with_unit, "c.txt").tasks}
    assert owned.get("完成燃气老化管道改造约36公里") == owned.get("完成老旧供水管道改造") == ["区燃气管理处"]  # row 17 under row 16's cell
    # a unit cell the rules do not read (区燃气保障专班): that row is reported, and the row under it takes no units past it
    unknown = page.replace("16\n\n完成燃气老化管道改造约36公里\n\n", "16\n\n完成燃气老化管道改造约36公里\n\n区燃气保障专班\n\n")
    plan = plan_of(tmp_path, unknown, "d.txt")
    owned = {t.title: [a.surface for a in t.assignments] for t in plan.tasks}
    assert "完成燃气老化管道改造约36公里" not in owned and owned.get("完成老旧供水管道改造") == []
    assert any("could not be told apart" in p.reason for p in plan.problems)


def test_review_of_merged_unit_cells(tmp_path):  # defects the review of round 76's rules reproduced, each failing before its fix
    def cells(items):
        return "\n\n".join(items) + "\n"

    head = ["某区2024年重点工作任务分解表", "序号", "重点任务", "责任单位"]
    # a row's task cell that opens with （一） followed by its unit is no section row: the table goes on
    plan = plan_of(tmp_path, cells([*head, "1", "（一）深化“放管服”改革", "区政务服务办", "2", "（二）优化营商环境", "区发展改革委"]), "a.txt")
    assert [[a.surface for a in t.assignments] for t in plan.tasks] == [["区政务服务办"], ["区发展改革委"]]
    # no merged unit across a section row, nor at the table's end before the document's next heading
    plan = plan_of(tmp_path, cells([
        *head, "一、优化营商环境", "1", "推行“一网通办”。", "区政务服务办", "2", "推行惠企政策“免申即享”。", "区发展改革委",
        "二、加强民生保障", "3", "新增养老床位200张。", "4", "新建社区食堂10个。", "区民政局", "三、保障措施", "（一）加强组织领导",
    ]), "b.txt")
    owned = {t.title: [a.surface for a in t.assignments] for t in plan.tasks}
    assert owned["新增养老床位200张。"] == [] and owned["新建社区食堂10个。"] == ["区民政局"]
    # a row whose cells are all printed, but for a unit: its last line may be a unit the rules do not know; reported
    plan = plan_of(tmp_path, cells([
        "序号", "事项", "工作措施", "责任单位", "1", "“光伏+地铁”工程", "推进地铁车站光伏建设", "申通地铁集团",
        "2", "新建高架车站屋顶光伏覆盖面积达到50%", "项目业主", "3", "“光伏+铁路”工程", "推进铁路站房光伏改造", "中国铁路上海局",
    ]), "c.txt")
    assert not any(t.title == "项目业主" and t.assignments for t in plan.tasks)


def test_a_bureaus_table_by_year_reads_its_divisions_merged_cells_and_numbered_items(tmp_path):  # 上海, blind round 74
    cells = [
        "全面推进城市综合交通体系建设任务分解表", "序号", "内容", "牵头部门", "配合部门", "2024年工作任务", "2025年工作计划", "备注",
        "一、科学编制并实施城市综合交通体系规划",
        "1", "科学编制城市综合交通体系规划", "综合规划处", "委内各相关处室",
        "1.继续完善编制“十五五”规划基本思路。", "2.编制区域综合交通规划。", "1.启动编制“十五五”规划。", "2.深化区域综合交通规划成果。",
        "2", "有序推进城市快速干线交通系统建设", "综合规划处", "—", "加快推进轨道交通19号线工可调整。", "推进轨道交通四期建设规划编制。",
        "3", "交通建设处", "设施养护处", "有序推进漕宝路快速路项目建设。", "新建公共停车位4500个。",
        "4", "加快补齐城市重点区域停车设施短板", "设施运行处", "—", "年内创建30个停车资源优化项目。", "年内创建30个停车资源优化项目。",
    ]
    plan = plan_of(tmp_path, "上海市城市综合交通体系建设工作方案\n\n" + "\n\n".join(cells) + "\n")
    assert [(title, units) for title, units, _ in rows(plan)] == [
        ("科学编制城市综合交通体系规划", [("综合规划处", "lead"), ("委内各相关处室", "co")]),  # each year's cell holds items 1. and 2.
        ("有序推进城市快速干线交通系统建设", [("综合规划处", "lead")]),  # 处, a bureau's division; — an empty cell
        ("有序推进城市快速干线交通系统建设", [("交通建设处", "lead"), ("设施养护处", "co")]),  # row 3 opens with its units: its task is row 2's
        ("加快补齐城市重点区域停车设施短板", [("设施运行处", "lead")]),
    ]
    dated = sorted((t.value, t.year) for task in plan.tasks for t in task.targets)
    assert dated == [(30, 2024), (30, 2025), (4500, 2025)]  # a column of each year's work: its figures are due in that year
    assert [m.end.year for m in plan.tasks[3].milestones] == [2024, 2025]
    assert not [p for p in plan.problems if p.severity == "unparsed"]


def test_a_table_of_years_needs_two_years(tmp_path):
    from policygraph.extract.tables import assign_roles

    assert assign_roles(["序号", "内容", "牵头部门", "2024年工作任务", "2025年计划"])[3:] == ["milestone", "milestone"]
    assert assign_roles(["序号", "2024年工作任务", "牵头部门"]) == ["number", "title", "units"]  # one year: the task's own column
    assert assign_roles(["序号", "指标", "2020年", "2025年目标", "牵头单位"])[3] == "goal"  # an indicator table's target column stays one


def test_a_table_of_figures_a_cell_per_line_is_read_row_by_row(tmp_path):  # 上海 交通光伏, blind round 75
    cells = [
        "附表3", "各区“十四五”交通光伏任务分配表", "序号", "区域", "新增装机容量（MW）", "新增示范工程", "新增典型场景",
        "1", "黄浦区", "0.3-0.4", "1", "1", "2", "徐汇区", "2-2.6", "1", "1", "3", "浦东新区", "11-14.5", "3", "2",
        "合计", "38-50", "34", "25", "注：不含轨道、铁路、机场等市管区域",
    ]
    plan = plan_of(tmp_path, "上海交通领域光伏推广应用实施方案\n\n" + "\n\n".join(cells) + "\n")
    found = {(t.metric, t.value, t.unit, t.period_start, t.period_end) for t in plan.targets}
    assert ("浦东新区新增装机容量", 11, "MW", 2021, 2025) in found  # (a range's lower bound; the caption's period)
    assert ("浦东新区新增示范工程", 3, "", 2021, 2025) in found  # a column of work to do counts it with no measure
    assert len(plan.targets) == 9 and not plan.tasks  # every row a number and a line a column; the total row is not read


def test_a_task_table_ends_where_a_table_of_another_kind_begins(tmp_path):
    text = (
        "方案\n\n附表1\n\n任务分工表\n\n序号\t事项\t工作措施\t责任单位\n1\t光伏+地铁\t利用高架车站建设光伏\t申通地铁集团\n\n"
        "附表3\n\n各区任务分配表\n\n序号\t区域\t新增装机容量（MW）\t新增示范工程\n1\t黄浦区\t0.3\t1\n2\t徐汇区\t2\t1\n"
    )
    plan = plan_of(tmp_path, text)
    assert [(t.title, [a.surface for a in t.assignments]) for t in plan.tasks] == [("利用高架车站建设光伏", ["申通地铁集团"])]
    assert [t.value for t in plan.targets] == [Decimal("0.3"), 1, 2, 1]


def test_a_task_table_whose_cells_wrap_over_lines(tmp_path):  # 嘉定 海绵城市, blind round 75
    header = ["序号", "任务类型", "重点内容", "责任单位", "参考文件"]
    cells = [
        "---", "发布单位: 区政府办公室", "---", "嘉定区系统化全域推进海绵城市建设的实施方案", "附件：嘉定区海绵城市建设重点任务分解表", *header,
        "1", "海绵城市\n建设管理", "区建设管理委负责指导推进海绵城市建设工作。",
        "区建设管理委、区发展改革委、\n区水务局、区交通委、\n区绿化市容局等相关部门，\n各街镇", "《嘉定区海绵城市规划建设管理工作指引（试行）》",
        "2", "海绵城市\n系统方案", "编制海绵城市系统方案，明确建设项目。", "区建设管理委",
        "《本市系统化全域推进海绵\n城市建设的实施意见》\n（沪府办发〔2024〕3号）",
        *header,  # printed again at the top of the next page
        "3", "海绵型公园", "打造一批显示度高的海绵型公园。", "区绿化市容局、区水务局", "《公园绿化行动方案》",
    ]
    plan = plan_of(tmp_path, "\n\n".join(cells) + "\n")
    assert [(t.title, [a.surface for a in t.assignments]) for t in plan.tasks] == [
        ("区建设管理委负责指导推进海绵城市建设工作。", ["区建设管理委", "区发展改革委", "区水务局", "区交通委", "区绿化市容局", "各街镇"]),
        ("编制海绵城市系统方案，明确建设项目。", ["区建设管理委"]),  # a wrapped last cell no rule reads (参考文件)
        ("打造一批显示度高的海绵型公园。", ["区绿化市容局", "区水务局"]),
    ]
    assert [t.action_text for t in plan.tasks[:2]] == ["海绵城市建设管理", "海绵城市系统方案"]  # a short category's cell on two lines
    assert plan.problems == []  # the header printed again, 发布单位 of the collection's front matter: no unread label


def test_unit_cells_that_name_a_body_and_what_it_covers(tmp_path):  # 宝山 垃圾分类, blind round 75
    cells = [
        "宝山区生活垃圾分类实施方案", "附件1", "成员单位工作任务清单", "序号", "任务名称", "任务内容", "牵头部门", "配合部门", "时间节点",
        "1", "加强组织领导", "召开全区生活垃圾分类工作动员大会。", "区政府办公室", "各联席会议成员单位", "2019年3月",
        "2", "纳入专项督查和绩效评价指标体系。", "区委组织部（区公务员局）", "区绿化市容局", "2019年",
        "3", "落实属地政府、区域管理职责。", "区政府办公室", "各街镇（园区）", "2019年6月",
    ]
    plan = plan_of(tmp_path, "\n\n".join(cells) + "\n")
    assert [[(a.surface, a.role) for a in t.assignments] for t in plan.tasks] == [
        [("区政府办公室", "lead"), ("各联席会议成员单位", "co")],  # the members of a body, a collective
        [("区委组织部（区公务员局）", "lead"), ("区绿化市容局", "co")],  # a body and its other name
        [("区政府办公室", "lead"), ("各街镇（园区）", "co")],  # the towns, and the parks with them
    ]


def test_review_of_round_75_tables(tmp_path):  # defects a review of this session's rules reproduced, each failing before its fix
    def cells(items):
        return "\n\n".join(items) + "\n"

    # a full row whose project ends as a body's name (城南体育馆) opens no merged row
    plan = plan_of(tmp_path, "某区2024年重点项目推进计划\n\n" + cells(["序号", "项目名称", "责任单位", "完成时限", "1", "城东学校扩建工程", "区教育局", "2024年底", "2", "城南体育馆", "区体育局", "2024年底"]), "a.txt")
    assert [(t.title, [a.surface for a in t.assignments]) for t in plan.tasks] == [("城东学校扩建工程", ["区教育局"]), ("城南体育馆", ["区体育局"])]
    # a task's text wrapped after a short line (新建口袋公园 / 20个。) is no category on two lines
    plan = plan_of(tmp_path, "某区2024年城市建设任务分解方案\n\n" + cells(["序号", "类别", "工作任务", "责任单位", "1", "城市绿化", "新建口袋公园", "20个。", "区绿化局", "2", "城市更新", "改造老旧小区", "30个。", "区住建局"]), "b.txt")
    assert [(t.title, [g.value for g in t.targets]) for t in plan.tasks] == [("新建口袋公园20个。", [20]), ("改造老旧小区30个。", [30])]
    # a year's cell with no numbered items after one with them is the next year's
    plan = plan_of(tmp_path, "上海市城市综合交通体系建设工作方案\n\n" + cells([
        "任务分解表", "序号", "内容", "牵头部门", "配合部门", "2024年工作任务", "2025年工作计划", "备注", "1", "科学编制城市综合交通体系规划", "综合规划处",
        "委内各相关处室", "1.继续完善编制规划基本思路。", "2.编制区域综合交通规划。", "新建公共停车位4500个。",
        "2", "有序推进城市快速干线交通系统建设", "综合规划处", "—", "加快推进轨道交通19号线工可调整。", "推进轨道交通四期建设规划编制。"]), "c.txt")
    assert [(g.value, g.year) for g in plan.tasks[0].targets] == [(4500, 2025)]
    # a figure table with a cell left empty: the next row's number is taken for no figure
    plan = plan_of(tmp_path, "上海交通领域光伏推广应用实施方案\n\n" + cells([
        "各区“十四五”交通光伏任务分配表", "序号", "区域", "新增装机容量（MW）", "新增示范工程", "新增典型场景", "1", "黄浦区", "0.3-0.4", "1", "1",
        "2", "徐汇区", "2-2.6", "1", "3", "浦东新区", "11-14.5", "3", "2", "4", "闵行区", "5", "2", "2"]), "d.txt")
    assert not any(t.metric == "徐汇区新增典型场景" for t in plan.targets)
    # a table of measures whose cells are sentences stays sentences: no metric runs over its cells
    plan = plan_of(tmp_path, "某区2024年卫生健康工作要点\n\n一、主要任务\n\n" + cells([
        "序号", "项目", "主要措施", "负责科室", "1", "基层医疗", "新建社区卫生服务站5个。", "基层科", "2", "公共卫生", "完成适龄儿童免疫接种1万人次。", "疾控科"]), "e.txt")
    assert [t.metric for t in plan.targets] == ["新建社区卫生服务站", "完成适龄儿童免疫接种"]
    # an attached list with a column of last year's results beside this year's aims is not read for figures
    plan = plan_of(tmp_path, "某区2024年交通工作计划\n\n一、重点工作\n\n（一）改善道路。\n\n附件：2024年交通工作任务清单\n\n" + cells(
        ["任务", "2023年完成情况", "2024年工作目标", "牵头部门", "改善城市道路环境", "建成精品道路80条。", "建设精品道路100条。", "设施养护处"]), "f.txt")
    assert not any(t.value == 80 for t in plan.targets)


def test_review_of_round_75_tab_tables(tmp_path):
    # the header printed again with its names wrapped over two lines continues the task table
    plan = plan_of(tmp_path, (
        "某区2024年重点工作任务分解方案\n\n序号\t重点任务\t责任单位\t完成时限\n1\t新建公园5个。\t区绿化局\t2024年底\n2\t改造老旧小区20个。\t区住建局\t2024年底\n"
        "序号\t重点\t责任\t完成\n\t任务\t单位\t时限\n3\t新增养老床位300张。\t区民政局\t2024年底\n4\t新建学校2所。\t区教育局\t2024年底\n"
    ))
    assert [[a.surface for a in t.assignments] for t in plan.tasks] == [["区绿化局"], ["区住建局"], ["区民政局"], ["区教育局"]]
    # a column of when (建成时间) counts nothing; columns of last year's work promise nothing in this year's plan
    plan = plan_of(tmp_path, "某区充电设施建设方案\n\n表1 各街道建设任务表\n\n序号\t街道\t建成时间\t建设地点数\n1\t城东街道\t2024\t3\n2\t城西街道\t2025\t2\n", "b.txt")
    assert not any(t.value in (2024, 2025) for t in plan.targets)
    plan = plan_of(tmp_path, (
        "某区2024年交通工作计划\n\n序号\t重点任务\t2023年工作任务\t2024年工作任务\t责任单位\n1\t精品道路\t建设精品道路80条。\t建设精品道路100条。\t区交通委\n"
        "2\t停车设施\t新增停车位3000个。\t新增停车位4000个。\t区交通委\n"
    ), "c.txt")
    assert sorted((g.value, g.year) for t in plan.tasks for g in t.targets) == [(100, 2024), (4000, 2024)]


def test_a_table_of_who_does_what(tmp_path):  # 奉贤's 成员单位职责分工, blind round 75
    duties = [
        "附件2", "奉贤区违法用地综合整治协调机制成员单位职责分工", "单位", "职责分工",
        "区规划资源局", "拟定本区违法用地综合整治三年行动工作方案，负责“新三年行动”的组织协调、检查督办和执法查处。",
        "区发展改革委", "负责整治清单内相关项目完善用地手续的立项工作；", "配合推进违法用地整治信用体系建设。",
        "各街镇", "各街镇是违法用地综合整治三年行动的责任主体。",
    ]
    plan = plan_of(tmp_path, "奉贤区违法用地综合整治三年行动工作方案\n\n" + "\n\n".join(duties) + "\n")
    assert [(t.title, [(a.surface, a.role) for a in t.assignments]) for t in plan.tasks] == [
        ("拟定本区违法用地综合整治三年行动工作方案，负责“新三年行动”的组织协调、检查督办和执法查处。", [("区规划资源局", "lead")]),
        ("负责整治清单内相关项目完善用地手续的立项工作；配合推进违法用地整治信用体系建设。", [("区发展改革委", "lead")]),  # two paragraphs, one cell
        ("各街镇是违法用地综合整治三年行动的责任主体。", [("各街镇", "lead")]),
    ]
    # the same table with its cells in tabs (a PDF's or a .docx's): two cells a row
    plan = plan_of(tmp_path, "奉贤区违法用地综合整治三年行动工作方案\n\n成员单位职责分工\n\n单位\t职责分工\n区财政局\t负责保障整治工作经费。\n"
                   "说明\t本表由区规划资源局解释。\n", "tabs.txt")
    assert [(t.title, [a.surface for a in t.assignments]) for t in plan.tasks][0] == ("负责保障整治工作经费。", ["区财政局"])
    assert [p.text for p in plan.problems if "does not end as an organisation" in str(p.reason)] == ["说明"]  # a note's row: reported, no unit


def test_a_heading_before_the_first_row_and_rows_under_merged_cells(tmp_path):  # 上海 交通光伏's 任务分工表, blind round 75
    cells = [
        "附表1", "任务分工表", "序号", "事项", "工作措施", "责任单位", "推进实施“光伏+”示范工程",
        "1", "“光伏+地铁”工程", "充分利用轨道交通内既有高架车站进行光伏项目的开发和建设", "申通地铁集团",
        "2", "新建高架车站等要求屋顶光伏覆盖面积达到50%",
        "3", "“光伏+铁路”工程", "对符合条件的既有站点进行光伏改造", "中国铁路上海局",
        "4", "推进检修段等光伏设施建设",
    ]
    plan = plan_of(tmp_path, "上海交通领域光伏推广应用实施方案\n\n" + "\n\n".join(cells) + "\n")
    # the heading (no outline number) opens no row; row 2 prints only its measure: 事项 and 责任单位 are merged from row 1
    assert [(t.title, [a.surface for a in t.assignments]) for t in plan.tasks] == [
        ("充分利用轨道交通内既有高架车站进行光伏项目的开发和建设", ["申通地铁集团"]),
        ("新建高架车站等要求屋顶光伏覆盖面积达到50%", ["申通地铁集团"]),
        ("对符合条件的既有站点进行光伏改造", ["中国铁路上海局"]),
        ("推进检修段等光伏设施建设", []),  # the last row, its cells merged too: not given row 3's units (nothing guessed)
    ]
    assert [p.reason for p in plan.problems] == ["table row names no responsible unit"]


def test_a_header_with_no_number_column_and_numbers_opening_the_task_cells(tmp_path):  # blind round 106 (沈河区)
    text = (
        "2024年政府工作报告主要工作任务分解表\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n"
        "一、优结构、谋发展,在加快构建现代化产业体系上冲在前\n\n"
        "1.主动对接国家战略,壮大531个支撑企业,加快形成新质生产力。\n\n区发改局\n\n区工信局、区商务局、各街道办事处\n\n"
        "2.大力发展新兴数字、网络安全等战略性新兴产业。\n\n区发改局\n\n区工信局\n\n"
        "3.积极培育元宇宙、人形机器人等未来产业。\n\n区科技局\n\n区工信局、各街道办事处\n"
    )
    plan = plan_of(tmp_path, text)
    assert [units for _, units, _ in rows(plan)] == [
        [("区发改局", "lead"), ("区工信局", "co"), ("区商务局", "co"), ("各街道办事处", "co")],
        [("区发改局", "lead"), ("区工信局", "co")],
        [("区科技局", "lead"), ("区工信局", "co"), ("各街道办事处", "co")],
    ]
    # a task line and prose after the header, no unit lines: no table read, nothing invented
    prose = plan_of(tmp_path, "某区方案\n\n重点任务\n\n牵头单位\n\n1.加快建设。推进各项工作。\n\n2.强化保障。\n", "prose.txt")
    assert all(not t.assignments for t in prose.tasks)


def test_a_table_with_no_number_column_ends_where_the_document_goes_on(tmp_path):  # the review of rounds 106-107's rules
    head = "某区2024年重点工作实施方案\n一、重点任务分解\n\n主要工作任务\n\n牵头单位\n\n责任单位\n\n"
    rows_text = "1.主动对接国家战略，壮大支撑企业。\n\n区发改局\n\n区工信局、区商务局\n\n2.大力发展战略性新兴产业。\n\n区工信局\n\n区科技局\n\n"
    expected = [[("区发改局", "lead"), ("区工信局", "co"), ("区商务局", "co")], [("区工信局", "lead"), ("区科技局", "co")]]
    # a closing paragraph and the signature after the table: no row, no unit
    closing = plan_of(tmp_path, head + rows_text + "各单位要高度重视，明确专人负责，每季度末向区政府办公室报送工作进展情况。\n\n区政府办公室\n\n2024年3月5日\n", "closing.txt")
    assert [units for _, units, _ in rows(closing)] == expected
    # the next part's items after the table are no rows (二、保障措施 / 1.加强组织领导。 / a sentence)
    safeguards = plan_of(tmp_path, head + rows_text + "二、保障措施\n\n1.加强组织领导。\n\n区政府成立重点工作推进领导小组，办公室设在区发改局，负责统筹协调。\n", "safeguards.txt")
    assert [units for _, units, _ in rows(safeguards)] == expected
    # a second text column, whose cells number their own lines, tells no row apart: not read this way, nothing invented
    measures = plan_of(tmp_path, "某区方案\n\n重点任务\n\n具体措施\n\n牵头单位\n\n配合单位\n\n1.提升政务服务效能\n\n1.推行一件事一次办。\n\n"
                                 "2.推进全程网办。\n\n区政务服务中心\n\n区大数据局\n\n2.优化营商环境\n\n1.开展评价。\n\n区发改委\n\n区市场监管局\n", "measures.txt")
    assert all(a.surface != "2.推进全程网办" for t in measures.tasks for a in t.assignments)


def test_a_bureaus_sections_in_a_unit_column(tmp_path):  # blind round 107 (亳州市农业农村局's 任务分解表, its header restored)
    text = ("亳州市农业农村局2024年重点任务分解表\n序号\n|\n重点任务\n|\n责任科室\n|\n责任人\n|\n完成时限\n|\n"
            "1\n|\n农村常住居民人均可支配收入与全省同步增长。\n|\n法规科\n|\n潘秀峰\n|\n2024年底前\n|\n"
            "2\n|\n粮食产量100亿斤以上。\n|\n产业科\n|\n卢伯瑛\n|\n2024年底前\n|\n")
    assert [units for _, units, _ in rows(plan_of(tmp_path, text))] == [[("法规科", "lead")], [("产业科", "lead")]]


def test_items_numbered_under_one_row_each_with_their_own_cells(tmp_path):  # blind round 112 (钟楼区's 责任分解表)
    # 序号 and 目标名称 merged over items (1), (2)…, each item with its leader, lead and co-owners a line each: a
    # row per item; a zone's short name (经开区, 高新区(邹区镇)) is an owner, not a leader's name
    table = (
        "附件1\n2025年《政府工作报告》主要目标任务责任分解表\n序号\n目标名称\n工 作 标 准\n区政府\n分管领导\n牵头单位\n配合单位\n"
        "1\n全区经济社会发展的主要预期目标\n(1)地区生产总值增长5%左右。\n王旭锋\n区发改局\n经开区\n高新区(邹区镇)\n各街道\n"
        "(2)一般公共预算收入保持稳定增长。\n区财政局\n(3)制造业投资增长8%左右。\n吴 伟\n区工信局\n"
        "(4)居民人均可支配收入与经济增长同步。\n"
    )
    plan = plan_of(tmp_path, "常州市钟楼区人民政府关于印发责任分解的通知\n各街道：\n现将方案印发给你们。\n" + table)
    assert [[(a.surface, a.role) for a in t.assignments] for t in plan.tasks] == [
        [("区发改局", "lead"), ("经开区", "co"), ("高新区(邹区镇)", "co"), ("各街道", "co")],
        [("区财政局", "lead")], [("区工信局", "lead")], [],
    ]
    # 工作标准 is the task's text, 目标名称 the category over it: the items' figures are their targets
    assert [t.title for t in plan.tasks][:2] == ["(1)地区生产总值增长5%左右。", "(2)一般公共预算收入保持稳定增长。"]
    assert [(t.metric, t.value) for task in plan.tasks for t in task.targets] == [("地区生产总值", 5), ("制造业投资", 8)]
    assert any("no responsible unit" in p.reason and "(4)" in p.text for p in plan.problems)  # an item with no owner: reported
    # one task's points (1), (2), its units after the last: one row, as before (not two rows, the first with no owner)
    one = "序号\n重点任务\n牵头单位\n配合单位\n1\n推进污水治理\n(1)新建管网。\n(2)改造泵站。\n区水务局\n区城管委\n2\n推进绿化\n区绿化局\n区城管委\n"
    plan = plan_of(tmp_path, "某区关于印发任务分工的通知\n各街道：\n现印发。\n" + one)
    assert [[(a.surface, a.role) for a in t.assignments] for t in plan.tasks] == [
        [("区水务局", "lead"), ("区城管委", "co")], [("区绿化局", "lead"), ("区城管委", "co")]
    ]


def test_a_goals_name_column_and_a_leader_with_a_post_in_brackets(tmp_path):  # the review of rounds 110-114's rules
    head = "某区人民政府关于印发2025年主要目标任务分解的通知\n各街道：\n现将目标任务分解表印发给你们。\n附件\n2025年主要目标任务分解表\n"
    # 目标名称 is the metric's name here, not a category: each row keeps its title, target and lead
    plan = plan_of(tmp_path, head + "序号\n目标名称\n单位\n目标值\n责任单位\n1\n地区生产总值增速\n%\n6\n区发改局\n"
                   "2\n一般公共预算收入\n亿元\n12\n区财政局\n3\n城镇新增就业\n人\n5000\n区人社局\n")
    assert [(t.title, [a.surface for a in t.assignments], [x.value for x in t.targets]) for t in plan.tasks] == [
        ("地区生产总值增速", ["区发改局"], [6]), ("一般公共预算收入", ["区财政局"], [12]), ("城镇新增就业", ["区人社局"], [5000])
    ]
    # a leader printed with their post in brackets, whose given name ends as a body's does (王建会): a leader
    plan = plan_of(tmp_path, head + "序号\n重点任务\n责任领导\n牵头单位\n配合单位\n"
                   "1\n推进城市更新，完成老旧小区改造20个。\n王建会（副区长）\n区住建局\n区城管局\n")
    assert rows(plan)[0][1] == [("区住建局", "lead"), ("区城管局", "co")]


def test_a_piped_table_whose_second_header_row_splits_cells_in_parts(tmp_path):  # blind round 116 (宁海县 民生实事进度表)
    # the header's second row (投资 | 工程主要形象进度 | …) names parts of two of its cells, so every row has two cells more
    # before 责任单位 than the header: the rows' units are where bodies are named, two columns on; the second row is no row
    table = (
        "序号 | 项目名称 | 总投资 | 2022年工作计划 | 项目建设阶段 | 责任单位 | |\n"
        "投资 | 工程主要形象进度 | 完成投资 | % | 主要形象进度 | ||\n"
        "1 | 中小学校护眼灯光工程 | 1800 | 1800 | 建成 | 1800 | 100 | 完成 | 县教育局 |\n"
        "2 | 敬老院电梯加装工程 | 600 | 600 | 建成 | 300 | 50 | 施工 | 县民政局 各相关乡镇街道 |\n"
        "3 | 医疗急救能力提升工程 | 260 | 260 | 建成 | 260 | 100.0 | 投入使用 | 县卫健局 |\n"
    )
    plan = plan_of(tmp_path, "宁海县2022年民生实事项目进度表\n" + table)
    assert rows(plan) == [
        ("中小学校护眼灯光工程", [("县教育局", "lead")], None),
        ("敬老院电梯加装工程", [("县民政局", "lead"), ("各相关乡镇街道", "co")], None),
        ("医疗急救能力提升工程", [("县卫健局", "lead")], None),
    ]
    assert not any("does not read as a unit" in p.reason or "names no responsible unit" in p.reason for p in plan.problems)


def test_units_are_realigned_only_under_a_second_header_row(tmp_path):  # the review of rounds 116-117's rules
    # an empty lead cell merged from the row above, with co-units beside it: the lead is inherited, nothing shifts
    plan = plan_of(tmp_path, "某县2024年民生实事任务分解表\n序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限\n"
                   "1 | 新建农村公路50公里 | 县交通运输局 | 县财政局 | 2024年12月底\n2 | 改造危桥10座 |  | 县自然资源局 | 2024年12月底\n"
                   "3 | 新建公交站台30个 |  | 县住建局 | 2024年12月底\n")
    assert [[a.surface for a in t.assignments] for t in plan.tasks] == [["县交通运输局", "县财政局"], ["县交通运输局", "县自然资源局"], ["县交通运输局", "县住建局"]]
    # a first row of short words with no number is a row, not the header's second row
    plan = plan_of(tmp_path, "某县2024年优化营商环境工作任务分工\n重点任务 | 牵头单位 | 配合单位 | 完成时限\n强化组织领导 | 县政府 | 各乡镇 | 长期坚持\n"
                   "深化放管服改革 | 县政务服务中心 | 县司法局 | 2024年6月底\n")
    assert [t.title for t in plan.tasks][0] == "强化组织领导"


def test_a_progress_table_a_cell_a_line_with_no_number_column(tmp_path):  # blind round 120 (高青县木李镇's 一季度进展情况)
    # 目标任务 / 执行措施、实施步骤 / 工作进展、取得成效 / 后续举措 / 责任分工 / 监督方式: rows with no number, each a line a
    # column; the goal column's figures are the row's targets, the progress column's are results and no target
    page = ("高青县木李镇2024年《政府工作报告》重点任务第一季度进展情况\n\n目标任务\n\n执行措施、实施步骤\n\n工作进展、取得成效\n\n后续举措\n\n责任分工\n\n监督方式\n\n"
            "全年新签约过亿元项目4个以上,落地镇办飞地项目1个。\n\n开展“走出去”招商活动4次。\n\n一季度,新引进过亿元项目1个,新增平台企业64家。\n\n"
            "继续跟进对接在谈项目。\n\n木李镇经济发展办公室\n\n0533-6715628\n\n"
            "新建及改造提升高标准农田6506亩,确保粮食产量稳中有增。\n\n完成设计单位招标。\n\n一季度已完成项目区勘测。\n\n加快施工。\n\n木李镇农业农村办公室\n\n0533-6715629\n")
    plan = plan_of(tmp_path, page)
    assert plan.title == "高青县木李镇2024年《政府工作报告》重点任务第一季度进展情况"  # the columns' names are no part of it
    assert [([a.surface for a in task.assignments], [(t.value, t.unit, t.year) for t in task.targets]) for task in plan.tasks] == [
        (["木李镇经济发展办公室"], [(4, "个", 2024), (1, "个", 2024)]),
        (["木李镇农业农村办公室"], [(6506, "亩", 2024)]),
    ]
    assert plan.targets == []


def test_the_text_after_a_task_table_in_the_body_is_read(tmp_path):  # found with blind round 120
    page = ("某镇2024年重点工作任务清单\n\n序号\n\n重点任务\n\n责任单位\n\n1\n\n新建公园3个\n\n镇建设办\n\n2\n\n新建道路5公里\n\n镇交通办\n\n"
            "到2025年，全镇新建学校2所。\n")
    plan = plan_of(tmp_path, page)
    assert [(t.value, t.unit) for task in plan.tasks for t in task.targets] == [(3, "个"), (5, "公里")]
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(2, "所", 2025)]


def test_review_of_the_tables_with_no_row_numbers(tmp_path):  # defects a review of this session's rules reproduced
    # a unit cell a unit a line: both units, the deadline its own
    page = ("某县2025年优化营商环境重点任务清单\n\n重点任务\n责任单位\n完成时限\n深化“一网通办”改革，政务服务事项网上可办率达到95%以上。\n"
            "县政务服务中心\n县大数据局\n2025年6月底\n新增市场主体3000户，其中企业800户。\n县市场监管局\n2025年12月底\n")
    plan = plan_of(tmp_path, page)
    assert [([a.surface for a in t.assignments], t.deadline.text if t.deadline else None) for t in plan.tasks] == [
        (["县政务服务中心", "县大数据局"], "2025年6月底"), (["县市场监管局"], "2025年12月底")]
    # a task cell of 13-16 characters with no stop is no column's name (nor a category line before a numbered row)
    page = ("某县推进新型工业化重点任务分解表\n序号\n重点任务\n责任单位\n完成时限\n推动产业转型升级和数字经济发展\n1\n新建5G基站300个，实现乡镇全覆盖\n"
            "县工信局\n2025年12月底\n2\n新增规上工业企业15家\n县工信局\n2025年12月底\n")
    plan = plan_of(tmp_path, page, "b.txt")
    assert [t.deadline.text if t.deadline else None for t in plan.tasks] == ["2025年12月底", "2025年12月底"]
    page = ("某镇2024年重点任务进展情况\n\n目标任务\n\n工作进展\n\n责任分工\n\n全年新签约过亿元项目4个以上\n\n一季度新签约项目1个。\n\n镇经济发展办公室\n\n"
            "新建高标准农田6506亩\n\n已完成设计招标。\n\n镇农业农村办公室\n")
    plan = plan_of(tmp_path, page, "c.txt")
    assert [[(t.value, t.unit) for t in task.targets] for task in plan.tasks] == [[(4, "个")], [(6506, "亩")]]
