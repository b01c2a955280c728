"""Quantitative targets: each pattern on a real sentence of the bundled corpus, then the
hand-checked lists (recall and precision), then the exports."""

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import policygraph

from policygraph.api import bundled_corpus
from policygraph.extract.indicator_tables import find_indicator_tables
from policygraph.extract.targets import find_targets
from policygraph.model import SourceDocument
from policygraph.read.layout import TextView, clean_layout
from policygraph.read.text import read_documents
from target_gold import gold_plans, score

TEXTS = {}


def corpus_text(stem):
    if stem not in TEXTS:
        path = next(p for p in bundled_corpus() if Path(p).stem == stem)
        TEXTS[stem] = next(iter(read_documents([path]))).text
    return TEXTS[stem]


def targets_of(stem, sentence):
    """Targets of a sentence of a bundled file. The sentence is given as written; in a PDF's
    text, where lines break anywhere, it is found with whitespace ignored."""
    text = corpus_text(stem)
    document = SourceDocument(stem, text, "text")
    if sentence in text:
        start = text.index(sentence)
        return find_targets(TextView.of(text).slice(start, start + len(sentence)), document)
    squeezed, wanted = TextView.of(text).squeeze(), re.sub(r"\s", "", sentence)
    assert wanted in squeezed.text, f"not a sentence of {stem}"
    at = squeezed.text.index(wanted)
    start, end = squeezed.original_span(at, at + len(wanted))
    return find_targets(TextView.of(text).slice(start, end), document)


def brief(target):
    when = target.year or ((target.period_start, target.period_end) if target.period_start or target.period_end else None)
    return (target.metric, target.comparator, target.value, target.unit, when, target.base_year)


JINSHAN, QINGPU, MINHANG = "jinshan-2023-carbon-peak-plan", "qingpu-2022-carbon-peak-plan", "minhang-carbon-peak-plan"
SHANGHAI, CHONGQING = "shanghai-city-carbon-peak-2022", "chongqing-manufacturing-green-2022"


def test_floor_with_year_and_magnitude_unit():
    found = targets_of(JINSHAN, "推动既有建筑安装光伏，到2025年，公共机构、工业厂房建筑屋顶光伏覆盖率达到50%以上，新增光伏装机容量不低于30万千瓦")
    assert [brief(t) for t in found] == [
        ("公共机构、工业厂房建筑屋顶光伏覆盖率", "at_least", 50, "%", 2025, None),
        ("新增光伏装机容量", "at_least", 30, "万千瓦", 2025, None),  # the year stated once applies to both
    ]


def test_ceiling_without_unit_through_docx_spacing():
    found = targets_of(MINHANG, "新建数据中心能源利用效率(PUE)不 高于 1.3")
    assert [brief(t) for t in found] == [("新建数据中心能源利用效率(PUE)", "at_most", Decimal("1.3"), "", None, None)]
    assert found[0].text == "新建数据中心能源利用效率(PUE)不高于1.3"


def test_decrease_against_base_year():
    found = targets_of(JINSHAN, "到2025年，单位生产总值能源消耗比2020年下降14%，单位生产总值二氧化碳排放确保完成本市下达指标。")
    assert [brief(t) for t in found] == [("单位生产总值能源消耗", "decrease_by", 14, "%", 2025, 2020)]


def test_a_base_year_stated_for_its_sentence():  # wild 52 (公共机构 “十四五” 规划): the base stated in a clause of its own
    text = (
        "以 2020 年能源、水资源消费以及碳排放为基数，2025 年公共机构单位建筑面积能耗下降 5%、人均综合能耗下降 6%，"
        "人均用水量下降 6%。到2030年，新增绿地10公顷，能耗再下降2%。"
    )
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.year, t.base_year) for t in found] == [
        ("公共机构单位建筑面积能耗", 2025, 2020), ("人均综合能耗", 2025, 2020), ("人均用水量", 2025, 2020),
        ("新增绿地", 2030, None), ("能耗", 2030, None),  # the next sentence states no base
    ]


def test_more_than_and_spaces_around_numbers():
    found = targets_of(JINSHAN, "有序推进生物质资源综合利用，到 2025 年，生物质发电装机容量超过 3 万千瓦")
    assert [brief(t) for t in found] == [("生物质发电装机容量", "more_than", 3, "万千瓦", 2025, None)]


def test_period_applies_to_each_target_of_the_sentence():
    found = targets_of(JINSHAN, "“十四五”期间，新增公共和专用充电标准桩 700 个以上；力争建成油氢、纯氢等加氢站 8 座。")
    assert [brief(t) for t in found] == [
        ("新增公共和专用充电标准桩", "at_least", 700, "个", (2021, 2025), None),
        ("建成油氢、纯氢等加氢站", "reach", 8, "座", (2021, 2025), None),
    ]


def test_fifteenth_plan_period_then_a_year():
    found = targets_of(JINSHAN, "“十五五”期间，新建居住建筑执行超低能耗建筑标准的比例达到50%，到2030年，新建民用建筑全面执行超低能耗建筑标准")
    assert [brief(t) for t in found] == [("新建居住建筑执行超低能耗建筑标准的比例", "reach", 50, "%", (2026, 2030), None)]


def test_two_periods_joined():
    found = targets_of(QINGPU, "“十四五”和“十五五”期间，累计完成既有公共建筑节能改造面积超过200万平方米")
    assert [brief(t)[1:] for t in found] == [("more_than", 200, "万平方米", (2021, 2030), None)]


def test_start_year_for_a_standing_rule():
    found = targets_of(JINSHAN, "2022年起，新建公共机构、工业厂房等建筑屋顶安装光伏面积比例不低于50%，其他类型公共建筑屋顶安装光伏的面积比例不低于30%")
    assert [(t.value, t.period_start, t.period_end, t.year) for t in found] == [(50, 2022, None, None), (30, 2022, None, None)]


def test_footnote_marker_glued_to_metric():
    found = targets_of(JINSHAN, "湿地保护率⁵达到 13.8%")
    assert [brief(t) for t in found] == [("湿地保护率", "reach", Decimal("13.8"), "%", None, None)]
    assert "footnote_marker" in found[0].rules
    text = corpus_text(JINSHAN)
    assert text[found[0].span.start : found[0].span.end] == "湿地保护率⁵达到 13.8%"  # the exact source span


def test_digit_split_by_spacing_keeps_its_value():
    # .docx exports put spaces inside numbers as well as words; the value must not break up
    found = find_targets(TextView.of("到 2025 年，新增各类绿地 5 50 公顷"), SourceDocument("x", "到 2025 年，新增各类绿地 5 50 公顷", "text"))
    assert [(t.value, t.unit, t.year) for t in found] == [(550, "公顷", 2025)]


def test_chinese_numeral_counts():
    found = targets_of(QINGPU, "至少建设一个超低能耗建筑集中示范区")
    assert [brief(t) for t in found] == [("建设超低能耗建筑集中示范区", "at_least", 1, "个", None, None)]


def test_several_targets_paired_by_fenbie():
    found = targets_of(QINGPU, "农药施用量降低率、化肥施用量降低率分别达到10%、9%")
    assert [(t.metric, t.value) for t in found] == [("农药施用量降低率", 10), ("化肥施用量降低率", 9)]
    found = targets_of(CHONGQING, "力争规模以上工业单位增加值能耗、用水量较2020年分别下降14.5%和15%")
    assert [(t.metric, t.comparator, t.value, t.base_year) for t in found] == [
        ("规模以上工业单位增加值能耗", "decrease_by", Decimal("14.5"), 2020),
        ("用水量", "decrease_by", 15, 2020),
    ]


def test_elided_metric_is_the_previous_one():
    found = targets_of(SHANGHAI, "到 2025 年，光伏装机容量力争达到 400 万千瓦；到 2030 年，力争达到 700 万千瓦")
    assert [(t.metric, t.value, t.year) for t in found] == [("光伏装机容量", 400, 2025), ("光伏装机容量", 700, 2030)]
    assert "elided_metric" in found[1].rules


def test_approximate_and_ceiling_by_suffix():
    found = targets_of(SHANGHAI, "下降5%左右")
    assert found[0].approximate and found[0].comparator == "decrease_by"
    found = targets_of(SHANGHAI, "煤炭消费占一次能源消费比重下降到30%以下")
    assert [brief(t) for t in found] == [("煤炭消费占一次能源消费比重", "at_most", 30, "%", None, None)]


@pytest.mark.parametrize(
    "stem, sentence",
    [
        (JINSHAN, "推进年能源资源消费总量大于 300 吨标准煤，或者建筑面积大于 5000 平方米的公共机构开展能源审计"),  # conditions
        (JINSHAN, "推动实现金山滨海地区等重点区域公园绿地500米服务半径基本全覆盖"),  # a number inside a name
        (JINSHAN, "确保 2030 年前实现碳达峰"),  # only a year
    ],
)
def test_numbers_that_are_not_promises(stem, sentence):
    assert targets_of(stem, sentence) == []


def test_qualifying_value_leaves_only_the_target():
    found = targets_of(JINSHAN, "到 2030 年，累计完成既有公共建筑节能改造 100 万平方米以上，其中平均节能率 6% 及以上的建筑面积达到 15 万平方米")
    assert [(t.value, t.unit, t.comparator, t.year) for t in found] == [(100, "万平方米", "at_least", 2030), (15, "万平方米", "reach", 2030)]


# ---- hand-checked lists ------------------------------------------------------------------
@pytest.mark.parametrize("plan_id", gold_plans())
def test_recall_and_precision_against_hand_checked_list(plan_id):
    result = score(plan_id)
    assert result.gold >= 40
    # figures at the time of writing: recall 84-93%, precision 98-100% (benchmarks/targets_gold.py)
    assert result.recall >= 0.8, [m.text for m in result.missed]
    assert result.precision >= 0.95, [t.text for t in result.spurious]
    for name in ("comparator", "year", "period", "base_year"):
        assert result.field_accuracy(name) >= 0.95, name
    assert result.field_accuracy("metric") >= 0.9


@pytest.mark.slow
def test_wild_blind_lists_overall():
    """The 103 documents annotated blind (tests/data/targets/ROUNDS.md: 96 wild ones and, from round
    13, seven bundled plans no list had): a floor under today's figures (precision 0.992, recall
    0.810, 0.946 over targets not marked doubtful; two funding calls of round 11 hold 124 project
    specifications, all marked doubtful, none read, and 583's 考核指标, listed as sure, are not read)."""
    results = [score(plan_id) for plan_id in gold_plans(wild=True)]
    matched = sum(len(r.matched) for r in results)
    assert len(results) >= 103
    assert matched / sum(r.predicted for r in results) >= 0.985
    assert matched / sum(r.gold for r in results) >= 0.80
    sure = sum(r.sure for r in results)
    assert sum(not g.doubtful for r in results for g, _ in r.matched) / sure >= 0.94


def test_gold_lists_cover_two_plans_at_least():
    assert len(gold_plans()) >= 2


# ---- the built graph ---------------------------------------------------------------------
def test_restated_row_shares_the_body_target(corpus):
    plan = next(p for p in corpus.plans if p.id == JINSHAN)
    forest = [t for t in plan.tasks if any(g.metric == "森林覆盖率" for g in t.targets)]
    kinds = sorted(t.kind for t in forest)
    assert kinds == ["row", "task"]
    assert forest[0].targets[0] is forest[1].targets[0]


def test_every_target_source_is_its_exact_text(corpus):
    count = 0
    for plan in corpus.plans:
        clean = clean_layout(plan.source.text)  # page headers inside a span are not part of the target
        for target in plan.own_targets():
            written = "".join(c for c, at in zip(clean.text, clean.origin) if target.span.start <= at < target.span.end)
            assert re.sub(r"[\s¹²³⁴⁵⁶⁷⁸⁹⁰]", "", written) == target.text
            count += 1
    assert count == corpus.summary()["targets"] > 150


def test_jsonl_targets(corpus):
    records = [json.loads(line) for line in corpus.export("jsonl").splitlines()]
    solar = [
        t for r in records if r["district"] == "金山区" and r["kind"] == "task" for t in r["targets"] if t["metric"] == "新增光伏装机容量"
    ]
    assert len(solar) == 1
    target = solar[0]
    assert {k: target[k] for k in ("value", "unit", "comparator", "year", "period_start", "period_end", "base_year")} == {
        "value": 30, "unit": "万千瓦", "comparator": "at_least", "year": 2025, "period_start": None, "period_end": None, "base_year": None,
    }
    assert target["text"] == "新增光伏装机容量不低于30万千瓦"
    assert target["source"]["file"].endswith("jinshan-2023-carbon-peak-plan.txt") and target["source"]["line"] == 73


def test_rdf_target_is_typed_and_linked_to_task_and_owners(corpus):
    rows = corpus.store().select(
        """
        PREFIX pg: <https://w3id.org/policygraph/ont#>
        PREFIX qudt: <http://qudt.org/schema/qudt/>
        SELECT ?task ?value ?comparator ?year ?lead WHERE {
          ?task pg:target ?target .
          ?target a pg:Target ; pg:metric "森林覆盖率"@zh ; qudt:numericValue ?value ; pg:comparator ?comparator ;
                  pg:targetYear ?year ; pg:leadUnit ?lead .
          ?lead <http://www.w3.org/2004/02/skos/core#prefLabel> "金山区绿化市容局"@zh .
        }"""
    ).rows
    assert len(rows) == 2  # the body task and its table row point to the same target
    assert {str(r["value"]) for r in rows} == {"16.5"}
    assert {r["comparator"].rsplit("#", 1)[-1] for r in rows} == {"Reach"}


def test_approximate_belongs_to_its_own_value_in_a_list():
    text = "煤炭、石油消费量分别下降5%左右和10%"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.approximate) for t in found] == [("煤炭消费量", 5, True), ("石油消费量", 10, False)]  # (the substances share 消费量)


def test_chinese_numerals_with_magnitudes():
    from policygraph.extract.structure import chinese_number

    assert [chinese_number(t) for t in ("十二", "二十", "两百", "一百二十", "三千五百", "二一")] == [12, 20, 200, 120, 3500, 0]
    # issue 15: 零 marks a gap, 万/亿 multiply their group; a repeated or misplaced magnitude is no number
    written = ("一百零八", "二十万", "一千零五", "两", "一万零五百", "三亿五千万", "五万万", "十十", "十二五")
    assert [chinese_number(t) for t in written] == [108, 200000, 1005, 2, 10500, 350000000, 0, 0, 0]


def test_figures_of_a_review_section_are_results_not_targets():  # 西宁 453, 河南 230: 发展基础 / 第一章 …基础与形势
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    numbered = (
        "一、发展基础\n“十三五”期间，全市森林覆盖率达到36%，新增污水处理厂3座。\n"
        "二、主要目标\n到2025年，全市森林覆盖率达到38%。\n三、重点任务\n（一）推进绿化。新增造林面积5万亩。\n"
    )
    chaptered = (
        "第一章 全市生态环境保护基础与形势\n第一节 生态环境保护取得历史性重大成就\n一、生态环境质量明显改善\n"
        "空气质量优良率由2015年的77.8%提高到2020年的87.4%。\n第二章 指导思想、基本原则与主要目标\n"
        "到2025年，空气质量优良率达到90%。\n"
    )
    for text, expected in ((numbered, {"38", "5"}), (chaptered, {"90"})):
        [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
        values = {str(t.value) for t in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]}
        assert values == expected


def test_a_review_section_inside_the_chapter_of_the_guidelines_even_glued_to_a_sentence():  # 贵州 543
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "第一章 开启生态文明建设新征程\n第一节 取得成就\n五年来，森林覆盖率达61.51%，治理石漠化5234平方公里。\n"
        "迈上新台阶方面任务依然艰巨。 第二节 总体要求\n一、主要目标\n到2025年，森林覆盖率达到64%。\n"
        "第二章 优化国土空间开发保护格局\n新建3个植物园。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert {str(t.value) for t in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]} == {"64", "3"}


def test_an_indicator_table_whose_years_stand_before_their_column_words():  # 贵州 543
    from policygraph.extract.indicator_tables import find_indicator_tables

    text = (
        "表 1 主要指标\n指 标 2020 现状值 2025 目标值 属性\n"
        "数字经济占地区生产总值比重（%） 30 左右 40 以上 预期性\n"
        "单位地区生产总值能源消耗降低（%） [24.3] [13]以上 约束性\n"
        "中心城市空气质量优良天数比率（%） 99. 2\n达到国家下达\n的目标要求\n约束性\n"
        "森林蓄积量（亿立方米） 6.09 7.0 约束性\n"
    )
    targets, _ = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.comparator, t.year, t.baseline, t.base_year) for t in targets] == [
        ("数字经济占地区生产总值比重", 40, "at_least", 2025, 30, 2020),  # 以上 spaced from its figure
        ("单位地区生产总值能源消耗降低", 13, "at_least", 2025, Decimal("24.3"), 2020),  # [ ]: over the five years
        ("森林蓄积量", 7, "reach", 2025, Decimal("6.09"), 2020),  # 99. 2 is one baseline, its target in words
    ]


def test_an_indicator_table_in_full_width_figures_with_numbered_rows():  # 山东 77: a Founder font's ． and １．
    from policygraph.extract.indicator_tables import find_indicator_tables
    from policygraph.read.glyphs import fix_glyphs

    text = fix_glyphs("指标 ２０２０年 ２０２５年 指标属性\n８\U001001b0 农村生活污水治理率 (％) ３１\U001001b0７ ５５ 预期性\n")
    targets, _ = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.unit, t.year, t.baseline) for t in targets] == [("农村生活污水治理率", 55, "%", 2025, Decimal("31.7"))]


def test_a_column_of_metrics_whose_figures_follow_as_a_block():  # 内蒙古 67: a PDF read the table column by column
    text = (
        "指 标 2020年\n现状值\n2025年\n目标值\n指标\n属性\n"
        "森林覆盖率 (%) 23.0 23.5 约束性\n17\n18\n19\n环境\n风险\n"
        "受污染耕地安全利用率 (%)\n污染地块安全利用率 (%)\n放射源辐射事故发生率\n(起/每万枚)\n"
        "98 ≥98 预期性\n90以上 ≥92 预期性\n0 0 预期性\n"
        "土壤环境质量 (%)\n地下水质量Ⅴ类水体比例 (%)\n17 ≤17 预期性\n"  # two metrics, one row: not paired
    )
    targets, _ = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.unit, t.comparator, t.year) for t in targets] == [
        ("森林覆盖率", Decimal("23.5"), "%", "reach", 2025),
        ("受污染耕地安全利用率", 98, "%", "at_least", 2025),
        ("污染地块安全利用率", 92, "%", "at_least", 2025),
        ("放射源辐射事故发生率", 0, "起/每万枚", "reach", 2025),  # its unit wrapped to a line of its own
    ]
    assert targets[1].text == "98 ≥98"  # two cells, a space between; the row's own line, not the lines of other rows between


def test_an_indicator_table_with_a_column_of_what_the_period_adds():  # 贵州 563
    from policygraph.extract.indicator_tables import find_indicator_tables

    text = (
        "表 2 “十四五”时期主要指标\n种类\n2020 年\n（实际）\n“十四五” 新增\n2025 年末\n（预计）\n替代化石能源\n（万吨标煤）\n"
        "一、水电（万千瓦） 2281 - 2281 2220.6\n二、风电（万千瓦） 580 500 1080 589.4\n四、生物质能\n"
        "1、生物质能发电（万千瓦） 35.4 49.6 85 112.8\n"
        # rows glued on one line, and the note after them
        "非化石能源装机比重（%） 52.9 4.5 60.6-58.5 - 非化石能源发电量比重（%） 42.3 -1.1 41.2-40.6 - 注：维持水电总装机规模不变。\n"
    )
    targets, _ = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.comparator, t.value, t.value_max, t.year, t.period_start, t.period_end, t.baseline) for t in targets] == [
        ("水电", "reach", 2281, None, 2025, None, None, 2281),  # 一、 numbers a row here, not a heading; its 新增 cell is -
        ("风电新增", "reach", 500, None, None, 2021, 2025, None),  # the amount added over the period
        ("风电", "reach", 1080, None, 2025, None, None, 580),
        ("生物质能发电新增", "reach", Decimal("49.6"), None, None, 2021, 2025, None),  # under a category line, 1、 glued to it
        ("生物质能发电", "reach", 85, None, 2025, None, None, Decimal("35.4")),
        ("非化石能源装机比重新增", "reach", Decimal("4.5"), None, None, 2021, 2025, None),
        ("非化石能源装机比重", "reach", Decimal("58.5"), Decimal("60.6"), 2025, None, None, Decimal("52.9")),  # a range, either way round
        ("非化石能源发电量比重", "decrease_by", Decimal("1.1"), None, None, 2021, 2025, Decimal("42.3")),  # the period adds -1.1
        ("非化石能源发电量比重", "reach", Decimal("40.6"), Decimal("41.2"), 2025, None, None, Decimal("42.3")),
    ]
    # the source text keeps a space between two cells' figures (52.9 | 4.5, not 52.94.5), closes up wrapped words
    assert targets[5].text == "非化石能源装机比重（%）52.9 4.5" and targets[0].text == "水电（万千瓦）2281 - 2281"


def test_a_year_lasts_through_its_paragraph_and_the_list_it_introduces():  # 河南 230, 来宾 359
    text = (
        "到 2025 年，能源体系建设取得明显进展。\n"
        "——能源低碳转型成效显著。煤炭消费占比降至 60%以下，\n非化石能源消费占比提高到 16%以上。\n"
        "——能源安全保障更加有力。电力装机达到 1.3 亿千瓦。\n"
        "加快建设抽水蓄能电站。新增储能装机 100 万千瓦。\n"
    )
    document = SourceDocument("plan.txt", text, "text")
    found = {(str(t.value), t.year) for t in find_targets(clean_layout(text), document)}
    # the list items keep 2025; the paragraph after the list states no year and takes none
    assert found == {("60", 2025), ("16", 2025), ("1.3", 2025), ("100", None)}
    assert "paragraph_time" in next(t for t in find_targets(clean_layout(text), document) if t.value == 60).rules


def sentence_targets(text):
    return [brief(t) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]


def built_plan(tmp_path, text, name="plan.txt"):
    """The one plan ``policygraph.build`` reads from ``text`` written to a file."""
    import policygraph

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return policygraph.build([str(path)]).plans[0]


def wild_text(number):
    return next(Path(__file__).parent.joinpath("data", "wild").glob(f"{number}、*")).read_text(encoding="utf-8")


def wild_sentence_targets(number, sentence):
    """Targets of a sentence of a wild text, found with whitespace ignored (PDF lines break anywhere)."""
    text = wild_text(number)
    squeezed, wanted = TextView.of(text).squeeze(), re.sub(r"\s", "", sentence)
    assert wanted in squeezed.text, f"not a sentence of {number}"
    at = squeezed.text.index(wanted)
    start, end = squeezed.original_span(at, at + len(wanted))
    return [brief(t) for t in find_targets(TextView.of(text).slice(start, end), SourceDocument("x", text, "text"))]


@pytest.mark.parametrize(
    "sentence, expected",
    [  # issue 15's forms of an amount of work: verb, number, measure word, object, or the object first
        ("推进50个以上的节水改造项目。", [("推进节水改造项目", "at_least", 50, "个", None, None)]),
        ("开展清洁生产审核300家。", [("开展清洁生产审核", "reach", 300, "家", None, None)]),
        ("建成示范项目十二个。", [("建成示范项目", "reach", 12, "个", None, None)]),
        ("建成一百零八个站点。", [("建成站点", "reach", 108, "个", None, None)]),
        ("培训0.6万至1万人。", [("培训", "reach", Decimal("0.6"), "万人", None, None)]),
    ],
)
def test_amounts_of_work_as_the_issue_writes_them(sentence, expected):
    assert sentence_targets(sentence) == expected


def test_a_share_of_things_that_do_something():  # 山东 195, 青岛 500
    assert wild_sentence_targets(195, "全省 70%以上的县级及以上党政机关建成节约型机关") == [
        ("全省县级及以上党政机关建成节约型机关", "at_least", 70, "%", None, None)
    ]
    assert wild_sentence_targets(500, "城镇新建民用建筑100%执行绿色建筑标准") == [
        ("城镇新建民用建筑执行绿色建筑标准", "reach", 100, "%", None, None)
    ]
    # a share that picks out things is no target; the figure it qualifies is
    assert sentence_targets("平均节能率6%及以上的建筑面积达到15万平方米。") == [("平均节能率6%及以上的建筑面积", "reach", 15, "万平方米", None, None)]


def test_each_metric_listed_before_jun_reaches_the_value():  # 天津 214
    found = wild_sentence_targets(214, "全市城镇污水集中处理率、污泥无害化处置率均达到 97%以上")
    assert [(m, c, v) for m, c, v, *_ in found] == [("全市城镇污水集中处理率", "at_least", 97), ("污泥无害化处置率", "at_least", 97)]
    assert [m for m, *_ in sentence_targets("人均综合能耗下降1.2%。")] == ["人均综合能耗"]  # 人均 is a metric, not 均


def test_a_level_keeps_the_figure_it_starts_from():
    text = "非化石能源消费比重由2020年的16.4%提高到20%左右。"
    [target] = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert (target.metric, target.value, target.year, target.base_year, target.baseline, target.baseline_unit) == (
        "非化石能源消费比重", 20, None, 2020, Decimal("16.4"), "%"
    )
    assert "baseline" in target.rules


@pytest.mark.parametrize(
    "number, sentence",
    [  # bounds that pick out which plants or projects are meant (天津 214, 广东 408, 北京 120)
        (214, "完成 30 万千瓦及以上热电联产电厂周边燃煤锅炉改燃关停任务"),
        (408, "预计年排放 2 万吨二氧化碳（或年综合能源消费量 1 万吨标准煤）及以上的新建"),
        (120, "其中项目实际支付金额大于100万元（含）的项目"),
    ],
)
def test_bounds_that_pick_out_things_are_not_targets(number, sentence):
    assert wild_sentence_targets(number, sentence) == []


def test_indicator_table_cells_are_targets_and_the_body_goes_on_after_the_table():  # 西宁 453, 三亚 438
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    def plan_targets(number):
        path = next(Path(__file__).parent.joinpath("data", "wild").glob(f"{number}、*"))
        document = next(iter(read_documents([str(path)])))
        return [t for plan in extract_plans(document, load_lexicon(())) for t in (*plan.targets, *(t for task in plan.tasks for t in task.targets))]

    xining = {t.metric: t for t in plan_targets(453) if "indicator_table" in t.rules}
    forest = xining["森林覆盖率"]
    assert (forest.comparator, forest.value, forest.unit, forest.year, forest.baseline) == ("at_least", 38, "%", 2025, 36)
    assert "生态质量指数" not in xining  # its 2025 cell says 稳中向好: no number, no target
    sanya = plan_targets(438)
    coast = next(t for t in sanya if t.metric == "自然岸线保有率")
    assert (coast.comparator, coast.value, coast.year, coast.baseline) == ("at_least", 63, 2025, Decimal("64.89"))
    # chapters after the table (it has a 牵头单位 column, like a task table) are still read
    assert any(t.metric == "全市海上溢油应急处置能力" and t.value == 1000 for t in sanya)


def test_a_date_in_a_tasks_words_is_its_deadline_too():  # issue 15: 2024年6月底前 dates the target and the task
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "三、重点任务\n（一）推进节能改造。2024年6月底前，完成改造100家；2025年\n底前全部完成。（责任单位：市发改委）\n"
        "（二）推进绿化。到2025年底，新增造林5万亩。（责任单位：市林业局）\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    saving, greening = plan.tasks
    assert [(t.value, t.year) for t in saving.targets] == [(100, 2024)]
    assert (saving.deadline.text, str(saving.deadline.end)) == ("2024年6月底前、2025年底前", "2025-12-31")
    assert greening.deadline is None  # 到2025年底 is the target's horizon, not a deadline the task sets


def test_an_annual_plan_dates_its_timeless_targets_by_its_title():  # 山东 195: 2022年…工作要点
    from policygraph.extract.targets import date_by_annual_title
    from policygraph.model import Plan

    text = "全省公共机构能源消费总量控制在263万吨标准煤以内。"
    target = find_targets(TextView.of(text), SourceDocument("x", text, "text"))[0]
    plan = Plan(id="x", source=SourceDocument("x", text, "text"), title="2022年山东省公共机构能源资源节约和生态环境保护工作要点")
    plan.targets = [target]
    assert date_by_annual_title(plan) == 1 and target.year == 2022 and "annual_plan_year" in target.rules
    plan.title = "2030年前碳达峰行动方案"  # a horizon, not the year of an annual plan
    target.year = None
    assert date_by_annual_title(plan) == 0


def test_a_goals_sections_year_lasts_through_the_section():  # 四川 419: （三）工作目标 到2025年，…。 在治理方面，…
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "一、总体要求\n（三）工作目标\n到2025 年，重点区域农业面源污染得到初步管控。\n"
        "在治理方面，化肥利用率达到 43%以上，畜禽粪污综合利用率达到 80%以上。\n"
        "二、完成年度“双控”目标\n结合2021年度目标完成情况，确定本年度目标。\n确保能源消费总量控制在263万吨标准煤以内。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [(str(t.value), t.year) for t in plan.targets] == [("43", 2025), ("80", 2025), ("263", None)]


def test_target_export_lists_plan_level_and_task_targets_once(corpus):
    records = [json.loads(line) for line in corpus.export("targets").splitlines()]
    assert len(records) == len({r["id"] for r in records}) == corpus.summary()["targets"]
    plan_level = [r for r in records if r["scope"] == "plan"]
    assert plan_level and all(not r["tasks"] and not r["lead_departments"] for r in plan_level)
    shanghai_forest = next(r for r in records if r["metric"] == "森林覆盖率" and r["value"] == 19.5)
    assert shanghai_forest["scope"] == "task" and shanghai_forest["lead_departments"] == ["市绿化市容局"]
    rows = corpus.export("targets-csv").splitlines()
    assert rows[0].startswith("\ufefftarget_id,scope,plan") and len(rows) == len(records) + 1


@pytest.mark.parametrize(
    "sentence, expected",
    [  # rounds 3 and 4 of the blind gold (北京 348, 北海 358, 上海 361, 武汉 113, 国家 42), as written there
        ("生态控制区面积力争达到市域面积的 75%。", [("生态控制区面积占市域面积", "reach", 75, "%", None, None)]),
        ("可再生能源满足能源消费增量的50%以上。", [("可再生能源占能源消费增量", "at_least", 50, "%", None, None)]),
        ("确保到 2025 年农药利用率和化肥利用率提高到 40％以上。",
         [("农药利用率", "at_least", 40, "%", 2025, None), ("化肥利用率", "at_least", 40, "%", 2025, None)]),
        ("挥发性有机物、氮氧化物排放总量比 2020 年分别下降 10%以上。",
         [("挥发性有机物", "decrease_by", 10, "%", None, 2020), ("氮氧化物排放总量", "decrease_by", 10, "%", None, 2020)]),
        ("细颗粒物年均浓度控制在 35 微克/立方米左右。", [("细颗粒物年均浓度", "at_most", 35, "微克/立方米", None, None)]),
        ("资源循环利用产业产值达到 5 万亿元。", [("资源循环利用产业产值", "reach", 5, "万亿元", None, None)]),
        ("完成市生态环境局等 2—3 家单位办公楼低碳化改造。", [("完成市生态环境局等单位办公楼低碳化改造", "reach", 2, "家", None, None)]),
        ("新建建筑 100%实行绿色建筑标准。", [("新建建筑实行绿色建筑标准", "reach", 100, "%", None, None)]),
        ("形成 10 个左右再制造产业集聚区。", [("形成再制造产业集聚区", "reach", 10, "个", None, None)]),
        # not promises: the plan describing itself, a criterion, money it grants, a list of nouns
        # 贵州 543: levels stated with no verb under a due date, and the units of herds and liquids
        ("到2025年，居民人均能源消费0.62吨标准煤左右。", [("居民人均能源消费", "reach", Decimal("0.62"), "吨标准煤", 2025, None)]),
        ("到2025年，其中光伏约3100万千瓦。", [("光伏", "reach", 3100, "万千瓦", 2025, None)]),
        ("到2025年，出栏肉牛达230万头、肉羊达350万只。", [("出栏肉牛", "reach", 230, "万头", 2025, None), ("肉羊", "reach", 350, "万只", 2025, None)]),
        ("到2025年，白酒产量达到60万千升。", [("白酒产量", "reach", 60, "万千升", 2025, None)]),
        ("2020年，全省光伏装机1000万千瓦，人均生活用电量1200千瓦时。", []),  # no due date: figures of the present
        ("福建省海域面积13.6万平方千米，大陆海岸线长3752千米，大小海岛2214个。", []),  # nor does a list of them
        ("到2025年，溶剂型工业涂料、溶剂型油墨使用比例分别降低20、15个百分点。",  # 内蒙古 67: the unit written once, after the last
         [("溶剂型工业涂料", "decrease_by", 20, "个百分点", 2025, None), ("溶剂型油墨使用比例", "decrease_by", 15, "个百分点", 2025, None)]),
        ("适度发展20个国家或省级的绿色产业示范基地。", [("适度发展国家或省级的绿色产业示范基地", "reach", 20, "个", None, None)]),  # 贵州 543
        ("区发展改革委牵头指导石化、化工等3个行业重点领域的能效行动工作。", []),  # 发展 of a name is no verb
        ("带动就业30万人，带动增收75亿元。", [("带动就业", "reach", 30, "万人", None, None), ("带动增收", "reach", 75, "亿元", None, None)]),
        ("新建黔东北、黔东南、黔西南3个植物园。", [("新建黔东北、黔东南、黔西南植物园", "reach", 3, "个", None, None)]),  # 贵州 543: places listed
        ("加强大气、水、土壤3个领域的监测。", []),  # between a verb and its count; 加强 counts nothing
        ("打造出一批精品居住区和惠民回收服务点1.完成运河佳苑、澜庭等7个示范小区建设。", [("完成运河佳苑、澜庭等示范小区建设", "reach", 7, "个", None, None)]),  # 拱墅
        ("规划布局37个黔石类资源保障区。", [("规划布局黔石类资源保障区", "reach", 37, "个", None, None)]),
        ("力争到2025年，全省设立绿色专营机构40家。", [("全省设立绿色专营机构", "reach", 40, "家", 2025, None)]),  # 广东 475
        ("建筑垃圾排放不高于300吨/万平方米。", [("建筑垃圾排放", "at_most", 300, "吨/万平方米", None, None)]),  # 山东 575: a magnitude after /
        ("到2025年，单晶硅片和多晶硅片能耗占比分别在7%、2%以下。",  # 工业 576: the bound after the last value binds each
         [("单晶硅片", "at_most", 7, "%", 2025, None), ("多晶硅片能耗占比", "at_most", 2, "%", 2025, None)]),
        ("通过工程治理，有效消除 240 余处地质灾害隐患点的威胁。", [("有效消除地质灾害隐患点的威胁", "at_least", 240, "处", None, None)]),  # 贵州 543: 余
        ("根据全国要求设置 4 项约束性指标。", []),
        ("以面积大于 100 平方千米、水质污染较重的海湾为重点。", []),
        ("每个项目的区级配套奖励资金合计不超过该项目总投资额的50%。", []),
        ("规划指标体系分生态环境保护治理、应对气候变化和环境风险防控三大类 26 项。", []),
        ("对118条河道进行水环境综合治理。", [("对河道进行水环境综合治理", "reach", 118, "条", None, None)]),  # 盐城 467: 对 N 条…进行
        ("对5家污水处理厂每季度至少开展一次监督性监测。", []),  # 福建 179: the scope of a routine
        ("发展林蜂120万\n箱。", [("发展林蜂", "reach", 120, "万箱", None, None)]),  # 贵州 543: a unit wrapped to the next line
        ("实施绿色防控示范面积2000万亩次以上。", [("实施绿色防控示范面积", "at_least", 2000, "万亩次", None, None)]),
        ("新建3个植物园，以及贵阳、雷公山2个野生动物收容救护中心。",  # 贵州 543: the verb carries over 以及 and places of its own
         [("新建植物园", "reach", 3, "个", None, None), ("新建贵阳、雷公山野生动物收容救护中心", "reach", 2, "个", None, None)]),
        ("增殖放流400万尾；拆除围填海3.94公顷。",  # 福建 179: a project table's 实施内容
         [("增殖放流", "reach", 400, "万尾", None, None), ("拆除围填海", "reach", Decimal("3.94"), "公顷", None, None)]),
        ("新洋港、通榆河、串场河等29条重点考核河流开展清淤疏浚。",  # 盐城 467: the named ones, then their count, doing the work
         [("新洋港、通榆河、串场河等重点考核河流开展清淤疏浚", "reach", 29, "条", None, None)]),
        ("完成重点区域范围内58个自然保护地资产清查。", [("完成重点区域范围内自然保护地资产清查", "reach", 58, "个", None, None)]),  # 贵州 543: 内
        ("对核心区（第Ⅲ防洪区）内118条河道进行综合治理。", [("对核心区（第Ⅲ防洪区）内河道进行综合治理", "reach", 118, "条", None, None)]),
        ("北京、上海等5个城市。", []),  # named things counted, nothing done
        ("审（认）定林草品种15个以上。", [("审（认）定林草品种", "at_least", 15, "个", None, None)]),  # 贵州 543: a verb with a word in brackets
        ("对新（扩）建110千伏、220千伏及以上变电站分别给予每座50万元、100万元投运奖励。", []),  # 成都 187: support, the word after the figures
        ("实施675座矿山修复、水土流失综合治理、1万公顷土地综合整治等。",  # 贵州 543: the verb carries over list items with no count
         [("实施矿山修复", "reach", 675, "座", None, None), ("实施土地综合整治", "reach", 1, "万公顷", None, None)]),
        ("推动粉煤灰、锰渣等大宗工业固体废弃物集聚利用300万吨以上。",  # 贵州 543: 集聚利用, 综合利用 count their tonnage
         [("粉煤灰、锰渣等大宗工业固体废弃物集聚利用", "at_least", 300, "万吨", None, None)]),
        ("受污染耕地安全利用率达到93%左右。", [("受污染耕地安全利用率", "reach", 93, "%", None, None)]),  # a rate, not a verb's count
        ("在全市127个村铺设管网。", [("在全市村铺设管网", "reach", 127, "个", None, None)]),  # 西宁 453: the whole place before the doers
        ("实现180万亩农作物有机肥替代化肥。", [("实现农作物有机肥替代化肥", "reach", 180, "万亩", None, None)]),  # 453: 实现 an amount
        ("实现两项政策工具直达实体经济。", []),  # 506: 实现 before a count in words is no amount of work
        ("对放射源使用单位监督检查实现100%全覆盖。",  # 福建 179: a share, then what it does
         [("对放射源使用单位监督检查全覆盖", "reach", 100, "%", None, None)]),
        ("实现工业区污水100%收集处理。", [("工业区污水收集处理", "reach", 100, "%", None, None)]),
        ("断面优良比例未达到100%但达到年度目标任务的市。", []),  # 江苏 91: a condition, not a promise
        # round 14 (passages of county and city plans, blind): verbs of work plans, 缩小到, 超, lists of levels
        ("启动7793户老旧小区改造。", [("启动老旧小区改造", "reach", 7793, "户", None, None)]),
        ("续建城市地下综合管廊1.8公里。", [("续建城市地下综合管廊", "reach", Decimal("1.8"), "公里", None, None)]),
        ("新铺天然气管道400公里以上。", [("新铺天然气管道", "at_least", 400, "公里", None, None)]),
        ("城乡居民收入倍差缩小到1.7以内。", [("城乡居民收入倍差", "at_most", Decimal("1.7"), "", None, None)]),
        ("力争实现地区生产总值超600亿元。", [("地区生产总值", "more_than", 600, "亿元", None, None)]),
        ("投资3000万元建设循环水养殖基地。", [("投资建设循环水养殖基地", "reach", 3000, "万元", None, None)]),
        ("单位千瓦投资按6900元/kW计。", []),  # 按: the basis of a cost, not an amount
        ("公共充换电站达到5000座左右、充电基础设施9.5万台左右；专用充换电站3000座左右、充电基础设施5.5万台左右。",
         [("公共充换电站", "reach", 5000, "座", None, None), ("充电基础设施", "reach", Decimal("9.5"), "万台", None, None),
          ("专用充换电站", "reach", 3000, "座", None, None), ("充电基础设施", "reach", Decimal("5.5"), "万台", None, None)]),
        ("花桥第二小学、梅川实验中学等10所学校新建。", [("花桥第二小学、梅川实验中学等学校新建", "reach", 10, "所", None, None)]),
        ("全市整治125个村庄（包括63个省级补助村、62个市县级补助村）。", [("全市整治村庄", "reach", 125, "个", None, None)]),
        ("农药使用量较“十三五”时期减少60%以上。", [("农药使用量", "decrease_by", 60, "%", None, None)]),  # 西宁 453: a base, not a period
        # round 15: shares listed in one clause, 截至目前, 申请
        ("30%以上的行政村达到“四美乡村”建设标准、50%以上的农户庭院达到“五美庭院”建设标准。",
         [("行政村达到“四美乡村”建设标准", "at_least", 30, "%", None, None), ("农户庭院达到“五美庭院”建设标准", "at_least", 50, "%", None, None)]),
        ("截至目前，全年任务完成率已超过99.3%。", []),
        ("申请2-3个农产品地理标志或绿色食品认证。", [("申请农产品地理标志或绿色食品认证", "reach", 2, "个", None, None)]),
        # round 16: what is done already (已完成, …以来, 截至去年) is a result; 补助建设 counts what it builds
        ("已完成四旁植树106000棵。", []),
        ("今年该项目已有70%的搬迁户完成搬迁。", []),
        ("已建成设施正常运行率达到85%以上。", [("已建成设施正常运行率", "at_least", 85, "%", None, None)]),
        ("党的十八大以来，灌区改造力度加大。新疆和陕西的农田灌溉水有效利用系数分别达0.573和0.576。", []),
        ("截至去年，中国节水灌溉工程面积达5.3亿亩。", []),
        ("计划三年内省级重点补助建设300所公办幼儿园。", [("计划三年内省级重点补助建设公办幼儿园", "reach", 300, "所", None, None)]),
        ("企业获得科技计划项目资助不得超过2项。", []),  # a rule of support
        ("人均预期寿命提高到80岁。", [("人均预期寿命", "reach", 80, "岁", None, None)]),
        ("细颗粒物（PM2.5）年均浓度控制在29微克每立方米以下。",  # 潮州: the unit in words
         [("细颗粒物（PM2.5）年均浓度", "at_most", 29, "微克每立方米", None, None)]),
        # round 18: ug/ m³ spaced out by a page (its ³ no footnote), 压缩至, 巩固在, 覆盖面在, so much of a thing doing something
        ("确保细颗粒物浓度下降至41ug/ m³以下。", [("细颗粒物浓度", "at_most", 41, "ug/m³", None, None)]),
        ("全流程审批时间压缩至90个工作日以内。", [("全流程审批时间", "at_most", 90, "个工作日", None, None)]),
        ("低保占比巩固在1.35%以上。", [("低保占比", "at_least", Decimal("1.35"), "%", None, None)]),
        ("三级及以上幼儿园招生覆盖面在95%以上，普惠性幼儿园覆盖面85%以上。",
         [("三级及以上幼儿园招生覆盖面", "at_least", 95, "%", None, None), ("普惠性幼儿园覆盖面", "at_least", 85, "%", None, None)]),
        ("到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求。",
         [("建设用地面积达到海绵城市建设目标要求", "at_least", 50, "平方公里", 2025, None)]),
        ("在100个村开展试点。", [("在村开展试点", "reach", 100, "个", None, None)]),  # 在 before a count is no comparator
        ("全年污染天数不能超过27天。", [("全年污染天数", "at_most", 27, "天", None, None)]),  # round 19: 不能超过
        # round 20: years listed before values listed with 分别 go one to each; 了 tells what happened
        ("到2025年、2030年，非化石能源消费比重分别达到20%、25%。",
         [("非化石能源消费比重", "reach", 20, "%", 2025, None), ("非化石能源消费比重", "reach", 25, "%", 2030, None)]),
        ("实现到2025年、2035年，全省森林覆盖率分别达到26%以上、30%以上目标。",
         [("全省森林覆盖率", "at_least", 26, "%", 2025, None), ("全省森林覆盖率", "at_least", 30, "%", 2035, None)]),
        ("到2025年，非化石能源消费比重达到20%、单位GDP能耗下降13.5%。",
         [("非化石能源消费比重", "reach", 20, "%", 2025, None), ("单位GDP能耗", "decrease_by", Decimal("13.5"), "%", 2025, None)]),
        ("十年时间，这一数字增长了超过2.6倍。", []),
        # round 21: a verb that holds its object at a level (稳定…在), 斤, 一项新的 an article, a report's results
        ("稳定粮食播种面积在1.6亿亩以上，产量保持在1.3万亿斤以上。",
         [("粮食播种面积", "at_least", Decimal("1.6"), "亿亩", None, None), ("产量", "at_least", Decimal("1.3"), "万亿斤", None, None)]),
        ("控制能源消费总量在5000万吨标准煤以内。", [("控制能源消费总量", "at_most", 5000, "万吨标准煤", None, None)]),
        ("我们正实施一项新的粮食产能提升行动。", []),
        ("《报告》显示，2019年农业科技进步贡献率达到59.2%。", []),
        # round 23: a district's yearly practical projects: verbs and units of such lists, 为 whom the work is for
        ("改建认知障碍照护床位220张。", [("改建认知障碍照护床位", "reach", 220, "张", None, None)]),
        ("为义务教育学校普通教室安装200台空调。", [("为义务教育学校普通教室安装空调", "reach", 200, "台", None, None)]),
        ("新增1家社区长者食堂、*3家乡村长者照护之家。",
         [("新增社区长者食堂", "reach", 1, "家", None, None), ("新增乡村长者照护之家", "reach", 3, "家", None, None)]),
        ("为8个住宅小区新增电动自行车充电设施。", [("为住宅小区新增电动自行车充电设施", "reach", 8, "个", None, None)]),
        ("帮助430名长期失业青年实现就业创业。", [("帮助长期失业青年实现就业创业", "reach", 430, "名", None, None)]),
        ("配送各类图书、杂志5万册，配送文艺演出不少于200场次。",
         [("配送各类图书、杂志", "reach", 5, "万册", None, None), ("配送文艺演出", "at_least", 200, "场次", None, None)]),
        ("面积大于10平方公里的海湾单列为一个治理单元。", []),  # 为 as "as"
        # round 24: a county's ten practical matters: 硬化, 维修更换, 提档升级; whom the work is for, what they achieve
        ("“一事一议”硬化村内巷道37.5万平方米。", [("“一事一议”硬化村内巷道", "reach", Decimal("37.5"), "万平方米", None, None)]),
        ("对全县17所乡（镇）中心幼儿园全面提档升级。", [("对全县乡（镇）中心幼儿园全面提档升级", "reach", 17, "所", None, None)]),
        ("积极引导1000名以上高校毕业生到基层就业。", [("引导高校毕业生到基层就业", "at_least", 1000, "名", None, None)]),
        # round 25: a share a covering verb reaches, a time to reach in what a share does, money floors, 组织, 任务为, 年均
        ("养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村。",
         [("养老服务设施覆盖乡镇", "at_least", 90, "%", None, None), ("养老服务设施覆盖村", "at_least", 60, "%", None, None)]),
        ("90%以上乡镇实现15分钟上高速。", [("乡镇实现15分钟上高速", "at_least", 90, "%", None, None)]),
        ("实施10个重大专项，完成超过5000亿元综合交通投资。",
         [("实施重大专项", "reach", 10, "个", None, None), ("完成综合交通投资", "more_than", 5000, "亿元", None, None)]),
        ("完成5000亿元以上综合交通投资。", [("完成综合交通投资", "at_least", 5000, "亿元", None, None)]),
        ("完成30万千瓦及以上热电联产电厂改造。", []),  # a bound that picks out the plants, not money spent
        ("在自动驾驶、智能航运等领域组织先导应用试点项目50个左右。",
         [("在自动驾驶、智能航运等领域组织先导应用试点项目", "reach", 50, "个", None, None)]),
        ("全省粮食播种面积任务为4507万亩。", [("全省粮食播种面积", "reach", 4507, "万亩", None, None)]),
        ("体育产业总规模年均增长16%以上，在2015年基础上翻一番，超过500亿元。",
         [("体育产业总规模", "increase_by", 16, "%", None, None), ("体育产业总规模", "increase_by", 100, "%", None, 2015),
          ("体育产业总规模", "more_than", 500, "亿元", None, None)]),
        # round 26: districts' and counties' lists of practical matters: 再就业, 创业, 提供, 新(改、扩)建, 例, 场,
        # the households a subsidy reaches, a count named as the target (目标任务数为), 开工 done by a share
        ("全区城镇新增就业15000人，失业人员再就业5800人；支持成功自主创业2000人。",
         [("全区城镇新增就业", "reach", 15000, "人", None, None), ("失业人员再就业", "reach", 5800, "人", None, None),
          ("支持成功自主创业", "reach", 2000, "人", None, None)]),
        ("为全区23000名老年人提供居家上门服务。", [("为全区老年人提供居家上门服务", "reach", 23000, "名", None, None)]),
        ("新(改、扩)建公办园5所。", [("新(改、扩)建公办园", "reach", 5, "所", None, None)]),
        ("开展胃肠癌联合筛查1万例以上。", [("开展胃肠癌联合筛查", "at_least", 1, "万例", None, None)]),
        ("举办具有国际影响力的品牌赛事3场以上、国内高水平赛事10场以上。",
         [("举办具有国际影响力的品牌赛事", "at_least", 3, "场", None, None), ("国内高水平赛事", "at_least", 10, "场", None, None)]),
        ("公租房租赁补贴发放目标任务数为1333户。", [("公租房租赁补贴发放", "reach", 1333, "户", None, None)]),
        ("给予补助500万元。", []),  # the sum of a support is still a rule, not a promise
        ("全市城镇老旧小区改造目标任务数为275个小区、14882户。",
         [("全市城镇老旧小区改造小区", "reach", 275, "个", None, None), ("全市城镇老旧小区改造", "reach", 14882, "户", None, None)]),
        ("实现60%项目开工。", [("项目开工", "reach", 60, "%", None, None)]),
        ("新建1家公办普惠托育机构\n\n新增托班8个。",  # a table's cells on lines of their own
         [("新建公办普惠托育机构", "reach", 1, "家", None, None), ("新增托班", "reach", 8, "个", None, None)]),
        ("建设50个大宗固废综合利用基地和50个工业资源综合利用基地。",  # 综合利用 inside the object is no new amount
         [("建设大宗固废综合利用基地", "reach", 50, "个", None, None), ("建设工业资源综合利用基地", "reach", 50, "个", None, None)]),
        ("完成县应急广播指挥中心、18个乡镇应急广播分控中心和752只高音喇叭建设。",  # counts listed after a thing named without one
         [("完成乡镇应急广播分控中心", "reach", 18, "个", None, None), ("完成高音喇叭建设", "reach", 752, "只", None, None)]),
        ("建立生态环境监测、一张图监管体系。", []),  # 一张图: a name, not a count listed after the verb's first object
        # round 27: a price rise stated as its level (涨幅), 打通 as a verb of work
        ("居民消费价格涨幅3%左右。", [("居民消费价格涨幅", "reach", 3, "%", None, None)]),
        ("打通城中街西延等6条城市断头路。", [("打通城中街西延等城市断头路", "reach", 6, "条", None, None)]),
        # round 28: an item's number is no part of a metric, nor of the count glued to it (2.50个 is item 2, 50 of them)
        ("1.新增400台电梯。\n2.50个小区新增电动自行车充电设施。\n",
         [("新增电梯", "reach", 400, "台", None, None), ("小区新增电动自行车充电设施", "reach", 50, "个", None, None)]),
        ("3.建成1.5万个充电桩。", [("建成充电桩", "reach", Decimal("1.5"), "万个", None, None)]),  # a decimal with its magnitude stays one
        # round 17: statistics of the year so far, a report's past years; a list's closing 等; 全市首批N个
        ("2024年1—11月全市规模以上工业增加值增长7%，超过全国增速。", []),
        ("过去一年，全市新增绿色工厂20家。", []),
        ("确保全年实施亿元技改项目1500个以上，全年技改投资超5000亿元等。",
         [("全年实施亿元技改项目", "at_least", 1500, "个", None, None), ("全年技改投资", "more_than", 5000, "亿元", None, None)]),
        ("全市首批100个嵌入式服务设施建设示范社区全面建成。", [("全市首批嵌入式服务设施建设示范社区全面建成", "reach", 100, "个", None, None)]),
    ],
)
def test_forms_found_in_the_later_blind_rounds(sentence, expected):
    assert sentence_targets(sentence) == expected


def test_an_indicator_row_whose_metric_wraps_above_its_figures():  # 海西 445
    text = (
        "规划指标 2020 年 2025 年 指标属性\n县级以上城镇集中式饮用水水源水质达到\n或优于Ⅲ类的比例(%）\n100 100 约束性\n"
        "污染物排放总量\n（5）氨氮排放总量减少（%）\n15.94（较\n2015 年）\n省级下达指标 约束性\n"
        "（12）危险废物利用处置率（%） - 90 以上 预期性\n"
    )
    from policygraph.extract.indicator_tables import find_indicator_tables

    targets, spans = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.comparator, t.year, t.baseline) for t in targets] == [
        ("县级以上城镇集中式饮用水水源水质达到或优于Ⅲ类的比例", 100, "reach", 2025, 100),
        ("（12）危险废物利用处置率", 90, "at_least", 2025, None),  # 以上 in a cell of its own
    ]


def test_an_indicator_row_closed_by_a_footnote_number_has_its_figures_on_the_next_line():  # 生态环境部 390
    text = (
        "类 型 指标名称 2020 年（现状值） 2025 年 指标属性\n受污染耕地安全利用率 90%左右 93%左右 约束性\n"
        "地下水国控点位 V 类水比例 2\n25%左右 25%左右 预期性\n农村生活污水治理率 3\n25.5% 40% 预期性\n"
        "注：2 地下水国控点位 V 类水比例指…\n"
    )
    from policygraph.extract.indicator_tables import find_indicator_tables

    targets, _ = find_indicator_tables(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.year, t.baseline) for t in targets] == [
        ("受污染耕地安全利用率", 93, 2025, 90), ("地下水国控点位V类水比例", 25, 2025, 25), ("农村生活污水治理率", 40, 2025, Decimal("25.5")),
    ]


def test_a_plan_whose_title_names_its_period_promises_nothing_before_it():  # round 14: a county's “十四五” outline
    from policygraph.extract.pipeline import extract_plans
    from policygraph.extract.targets import title_period
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "庆元县国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n一、开启全面建设社会主义现代化新征程\n"
        "（一）全面建设小康社会如期实现\n“十三五”以来，全县地区生产总值从2015年末的57.02亿元增长到2020年的78.93亿元，"
        "第三产业占比在“十三五”期间首次突破50%。\n（二）主要目标\n到2025年，森林覆盖率达到86%。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [(t.value, t.year) for t in plan.own_targets()] == [(86, 2025)]
    assert title_period("山东省“十四五”海洋生态环境保护规划") == (2021, 2025)
    assert title_period("三年行动计划（2023—2025年）") == (2023, 2025)
    assert title_period("2030年前碳达峰行动方案") is None


def test_a_yearly_list_of_practical_matters_dates_its_items_and_its_title_counts_nothing():  # round 22: 宣城
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "宣城市民生工作领导小组办公室关于2024年实施47项民生实事的通知\n县、市、区人民政府，市直有关单位：\n"
        "经市政府同意，现将有关安排通知如下。\n一、促进就业（3项）\n1.促进重点群体稳定就业，新增城镇就业4.3万人。（牵头单位：市人社局）\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [(t.text, t.year) for t in plan.own_targets()] == [("新增城镇就业4.3万人", 2024)]


def test_a_bare_year_before_the_plan_was_issued_reports_the_past():
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "某县人民政府关于印发造林绿化实施方案的通知\n县政府各部门：\n现将方案印发给你们。\n某县人民政府\n2023年3月1日\n"
        "造林绿化实施方案\n一、重点任务\n1.推进造林。2022年，全县完成造林5万亩。到2025年，完成造林10万亩。2023年完成造林3万亩。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert plan.issue_date.year == 2023
    assert [(t.value, t.year, t.rules.count("bare_year")) for t in plan.own_targets()] == [(10, 2025, 0), (3, 2023, 0)]


def test_items_of_a_list_that_are_not_sentences_end_at_their_line():  # round 23: 崇明 2025年实事项目
    text = "一、实事项目\n1.*改建认知障碍照护床位220张\n2.*新增1家社区长者食堂\n(二)儿童友好\n3.*开设40个小学生爱心暑托班\n"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.value, t.unit) for t in found] == [(220, "张"), (1, "家"), (40, "个")]
    assert all("\n" not in t.text and "二" not in t.text for t in found)


def test_a_web_pages_table_with_cells_joined_by_pipes_gives_tasks_their_units_and_targets(tmp_path):  # round 26: 临安
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    path = tmp_path / "民生实事.txt"
    path.write_text(
        "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |\n"
        "1 | 新建成公办中小学、幼儿园7所,新增公办学位6800个。 | 8月底前竣工交付。 | 教育局 | 发改局、住建局 |\n"
        "2 | 新增婴幼儿照护服务托位500个。 | 3月底前新增100个以上托位;9月底前完成500个托位。 | 卫生健康局 | 财政局 |\n",
        encoding="utf-8",
    )
    plan = extract_plans(next(iter(read_documents([str(path)]))), load_lexicon(()))[0]
    rows = [(t.title, [(a.surface, a.role) for a in t.assignments], [(t.value, t.unit) for t in t.targets]) for t in plan.tasks]
    assert rows == [
        ("新建成公办中小学、幼儿园7所,新增公办学位6800个。", [("教育局", "lead"), ("发改局", "co"), ("住建局", "co")], [(7, "所"), (6800, "个")]),
        ("新增婴幼儿照护服务托位500个。", [("卫生健康局", "lead"), ("财政局", "co")], [(500, "个"), (100, "个"), (500, "个")]),
    ]


def test_an_annual_plans_stated_goals_and_a_notices_attached_list(tmp_path):  # round 27: 咸阳 2023 计划, 沁县 任务清单
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    def plan_of(name, text):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return extract_plans(next(iter(read_documents([str(path)]))), load_lexicon(()))[0]

    # goals stated in a sentence of their own before the first section, due in the annual plan's year
    plan = plan_of("a.txt", "咸阳市2023年国民经济和社会发展计划\n主要预期目标是：生产总值增长6%左右，粮食产量保持在180万吨以上。\n"
                   "（一）抓住用好政策机遇。推动经济运行平稳向好。\n")
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(6, "%", 2023), (180, "万吨", 2023)]
    # undated, but the sentence says these are the year's goals
    plan = plan_of("b.txt", "建议全年经济社会发展主要预期目标为：地区生产总值增长7.5%；R&D占比达到2.2%。重点抓好六方面工作：\n"
                   "1.掀起城市建设热潮。加快城市国际化步伐。\n")
    assert [(t.value, t.unit) for t in plan.targets] == [(Decimal("7.5"), "%"), (Decimal("2.2"), "%")]
    # the notice lists its attachments, then prints the list it issues: that list is the plan's body
    plan = plan_of("c.txt", "县人民政府办公室关于印发任务分解的通知\n各乡镇人民政府：\n现将《任务分解》印发给你们。\n"
                   "一、责任到人。各单位要抓好落实。\n附件:1.2025年县政府工作报告任务清单\n附件1\n2025年县政府工作报告任务清单\n"
                   "一、县示范区管委会牵头工作(8项)\n1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.建设3个劳动密集型产业园。\n")
    found = sorted([*plan.targets, *(t for task in plan.tasks for t in task.targets)], key=lambda t: t.span.start)
    assert [(t.value, t.unit) for t in found] == [(3000, "万元"), (3, "个")]
    # round 29 (大竹县 民生实事): the attached list is a table (序号 | 民生实事 | 责任单位), after blank lines
    plan = plan_of("d.txt", "县人民政府办公室关于对2016年民生实事进行重点督办的通知\n各乡镇人民政府：\n现将民生实事分解如下。\n"
                   "附件:2016年民生实事目标任务分解表\n\n附件\n\n \n\n2016年民生实事目标任务分解表\n\n序号\n\n民生实事\n\n"
                   "责任单位\n\n1\n\n新建2座人行天桥。\n\n县住建局\n")
    assert [(t.value, t.unit) for t in plan.own_targets()] == [(2, "座")]
    # a project guide attached to a notice is no task list: its figures are what applicants must reach
    plan = plan_of("e.txt", "省科技厅关于组织申报项目的通知\n各设区市科技局：\n现将项目指南印发给你们。\n一、组织申报。各单位要抓好落实。\n附件\n"
                   "2022年度专项资金项目指南及申报要求\n一、前沿基础项目\n1.研发技术，捕集率达到90%。\n")
    assert plan.own_targets() == []


def test_round_30_counts_of_work(tmp_path):  # 宣城高新区 要点, 福州 为民办实事
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    def found(body):
        [plan] = extract_plans(SourceDocument("plan.txt", "2019年为民办实事工作计划\n一、主要任务\n" + body + "\n", "text"), load_lexicon(()))
        return [(t.metric, t.value, t.unit) for t in plan.own_targets()]

    # a hedge before a count that opens its clause; a verb closing one item of a list of work (开工、40个…)
    assert found("1.确保40个项目开工、40个项目投产，新增规上工业企业30家以上。") == [
        ("项目开工", 40, "个"), ("项目投产", 40, "个"), ("新增规上工业企业", 30, "家")]
    # a level with a magnitude and no verb is still read under its due date
    assert found("到2025年，全市新能源汽车保有量10万辆。") == [("全市新能源汽车保有量", 10, "万辆")]
    # buying and stockpiling are work; a count with its magnitude (2万户) is still a count
    assert found("（一）新购置公交车200辆\n（二）储备活体生猪10.8万头\n（三）基本完成2万户以上城区连片棚户区征迁改造") == [
        ("新购置公交车", 200, "辆"), ("储备活体生猪", Decimal("10.8"), "万头"), ("完成城区连片棚户区征迁改造", 2, "万户")]


def test_a_services_time_limit():  # round 29: 兴宁区 优化营商环境实施方案
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    def found(body):
        [plan] = extract_plans(SourceDocument("plan.txt", "优化营商环境实施方案\n一、主要任务\n" + body + "\n", "text"), load_lexicon(()))
        return [(t.metric, t.value, t.unit, t.comparator) for t in plan.own_targets()]

    assert found("（一）开办企业。开办企业0.5个工作日内完成。") == [("开办企业", Decimal("0.5"), "个工作日", "at_most")]
    assert found("（二）不动产登记。一般登记业务3个工作日以内办结。") == [("一般登记业务", 3, "个工作日", "at_most")]
    assert found("（三）复核。申请人补正材料的，在驳回后的3个工作日内完成复核。") == []  # a procedure's rule, counted from an event
    assert found("（四）受理。对符合条件的申请，自受理之日起5个工作日内办结。") == []
    assert found("（五）整改。责令企业30天内完成整改。") == []  # laid on someone


def test_levels_listed_before_what_they_are_called():  # round 31: 咸阳 蓝天保卫战2019年工作方案
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = "咸阳市蓝天保卫战2019年工作方案\n一、工作目标\n全力冲刺优良天数不少于264天,细颗粒物(PM2.5)年均浓度不高于57微克/立方米等考核指标。\n"
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon(()))
    assert [(t.value, t.unit, t.comparator) for t in plan.own_targets()] == [(264, "天", "at_least"), (57, "微克/立方米", "at_most")]


def test_a_work_summary_section_promises_nothing():  # round 15: …2024年工作总结和2025年工作思路
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "市生态环境局2024年工作总结和2025年工作思路\n一、2024年工作总结\n2024年我市空气质量优良率95.9%，"
        "国控断面Ⅰ-Ⅲ类水质比例100%。\n二、2025年工作思路\n到2025年底，空气质量优良率达到96%。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [(t.value, t.year) for t in plan.own_targets()] == [(96, 2025)]


def test_items_of_a_review_chapter_promise_nothing():  # 海西 445: 第一章 …基础与形势 holds 四、…日益完善
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "第一章 生态环境保护基础与形势\n一、污染治理不断加强\n全州审批建设项目1495个，完成265家企业的排污许可证发证工作。\n"
        "第二章 总体要求\n到 2025 年，森林覆盖率达到 4.35%。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    found = [t for t in (*plan.targets, *(t for task in plan.tasks for t in task.targets))]
    assert [(str(t.value), t.year) for t in found] == [("4.35", 2025)]


def test_a_range_keeps_its_upper_bound_and_a_fraction_is_a_share():
    text = "每个县建立1-2个废旧农膜回收示范点。绿色建筑占新建建筑比例达到三分之二以上。其余部分的五分之一由企业承担。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.value, t.value_max, t.unit, t.comparator) for t in found] == [
        (1, 2, "个", "reach"), (Decimal("66.67"), None, "%", "at_least")
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [  # round 5 (盐城 467, 武汉 356) and round 1 (山东 195), as written there
        ("在东台弶港等区域选择不低于3个试点地区开展生态养殖。", [("在东台弶港等区域选择试点地区开展生态养殖", "at_least", 3, "个", None, None)]),
        ("每年实施至少 300 个项目。", [("每年实施项目", "at_least", 300, "个", None, None)]),
        ("生活垃圾处理能力达到 ２００００ 吨 ／ 天以上。", [("生活垃圾处理能力", "at_least", 20000, "吨/天", None, None)]),
        ("完成太阳能光伏项目 100 个以上，太阳能热水项目 100 个以上，地源、水源等热泵项目 100 个以上。", [
            ("完成太阳能光伏项目", "at_least", 100, "个", None, None),
            ("太阳能热水项目", "at_least", 100, "个", None, None),
            ("地源、水源等热泵项目", "at_least", 100, "个", None, None),
        ]),
    ],
)
def test_counted_objects_after_a_floor_or_a_verb_of_the_clause_before(sentence, expected):
    assert sentence_targets(sentence) == expected


def test_a_plan_in_chapters_reads_its_goals_and_skips_its_background():  # 海南 177, 盐城 467
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    filler = "坚持生态优先，推进绿色发展。\n" * 12
    text = (
        "第一章 开启美丽海洋建设新征程\n第一节 保护成效\n全省近岸海域优良水质面积比例达到99.88%。\n" + filler
        + "第二章 明确规划目标\n第一节 指导思想\n" + filler + "第二节 目标和指标\n"
        "到2025年，全省近岸海域优良水质面积比例不低于99%，全省建成“美丽海湾”的数量达到19个。\n"
        "表 1 主要指标\n类别\n序\n号\n指标名称\n2020 年\n现状值\n2025 年\n目标值\n属性\n"
        "1 自然岸线保有率（%） 62.72 ＞60 约束性\n" + filler
        + "第三章 实施精准治污\n一、入海排污口排查建档\n完成入海排污口排查整治。\n" + filler
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    found = [(str(t.value), t.comparator, t.year) for t in (*plan.targets, *(t for task in plan.tasks for t in task.targets))]
    assert found == [("99", "at_least", 2025), ("19", "reach", 2025), ("60", "more_than", 2025)]


def test_round_six_forms():  # 山东 420, 浙江 484, 科技部 577
    assert [m for m, *_ in sentence_targets("完成沿湾 16 条入海河流排污口整治任务，巩固提升 5 条省控入海河流水质。")] == [
        "完成沿湾入海河流排污口整治任务", "巩固提升省控入海河流水质"
    ]
    found = sentence_targets("培育省级无废工厂 200 家，节水型企业 2000 家、标杆型节水企业300 家、节水标杆园区 10 个。")
    assert [(m, v) for m, _, v, *_ in found] == [("培育省级无废工厂", 200), ("节水型企业", 2000), ("标杆型节水企业", 300), ("节水标杆园区", 10)]
    assert sentence_targets("将实施绿色制造专项行动作为推动生态文明建设的一项重要任务。") == []

    from policygraph.extract.indicator_tables import find_indicator_tables

    table = "表 1 主要指标\n序号 指标类别 现状值 2025 年\n1 近岸海域优良水质面积比例（%） 86.8 92\n3 大陆自然岸线保有率（%） — ≥35\n"
    targets, _ = find_indicator_tables(TextView.of(table), SourceDocument("x", table, "text"))
    assert [(t.metric, t.value, t.year, t.baseline, t.base_year) for t in targets] == [
        ("近岸海域优良水质面积比例", 92, 2025, Decimal("86.8"), None), ("大陆自然岸线保有率", 35, 2025, None, None)
    ]


def test_a_preamble_promises_what_it_dates_ahead():  # 科技部 577: goals before the first numbered item
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "科技支撑碳达峰碳中和实施方案（2022-2030年）\n“十三五”以来，单位GDP能耗累计下降13.2%。通过实施方案，到 2025 年，"
        "支撑单位GDP二氧化碳排放比 2020 年下降 18%。\n一、能源绿色低碳转型科技支撑行动\n研发新型储能技术。\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [(str(t.value), t.year, t.base_year) for t in plan.targets] == [("18", 2025, 2020)]


def test_a_level_stated_with_no_verb_is_read_under_a_due_date():  # 贵州 563, round 8
    found = wild_sentence_targets(563, "到 2025 年，新能源与可再生能源发电装机 6546 万千瓦；非水电可再生能源装机 4265 万千瓦。")
    assert found == [
        ("新能源与可再生能源发电装机", "reach", 6546, "万千瓦", 2025, None),
        ("非水电可再生能源装机", "reach", 4265, "万千瓦", 2025, None),
    ]
    assert wild_sentence_targets(563, "“十四五”期间，我省新能源与可再生能源项目投资约 1234 亿元") == [
        ("我省新能源与可再生能源项目投资", "reach", 1234, "亿元", (2021, 2025), None)
    ]
    # a bare year or a plan's name (福建省“十四五”海洋…规划, 海域面积13.6万平方千米) is no due date:
    # with no verb such a figure describes the present
    assert sentence_targets("2020年，全省风电装机580万千瓦。") == []
    assert sentence_targets("“十四五”海洋生态环境保护规划。海域面积13.6万平方千米。") == []


def test_a_count_of_doers_before_their_work():  # 江苏 559, round 8
    assert wild_sentence_targets(559, "在 4000 个行政村开展农村生活污水治理") == [
        ("在行政村开展农村生活污水治理", "reach", 4000, "个", None, None)
    ]
    assert sentence_targets("到2025年，推动100家企业开展清洁生产审核。") == [("推动企业开展清洁生产审核", "reach", 100, "家", 2025, None)]
    assert sentence_targets("全市有2000家企业完成改造。") == []  # a count of what is, no word that sets doers to work


def test_a_verb_is_never_looked_for_before_the_sentence_starts():
    # 在 is a word of place; looking further back once wrapped round to the sentence's end (…治理)
    assert sentence_targets("在4000个行政村，加强污水治理。") == []


def test_more_wordings_of_reach_and_of_work():  # 工业领域碳达峰 576, round 8
    assert wild_sentence_targets(576, "到 2030 年，电解铝使用可再生能源比例提至 30%以上") == [
        ("电解铝使用可再生能源比例", "at_least", 30, "%", 2030, None)
    ]
    assert wild_sentence_targets(576, "制修订 300 项左右绿色低碳产品评价相关标准")[0][:4] == ("制修订绿色低碳产品评价相关标准", "reach", 300, "项")


def test_a_count_that_opens_its_clause_is_of_doers():  # 内蒙古 67, round 9
    found = wild_sentence_targets(67, "103个旗县 (市、区)建成医疗废物收集转运处置体系;12个盟市配备医疗废物应急处置能力")
    assert [(metric, value) for metric, _, value, *_ in found] == [
        ("旗县(市、区)建成医疗废物收集转运处置体系", 103), ("盟市配备医疗废物应急处置能力", 12)
    ]
    # a count in words naming one of a list of places is no amount (上海 五个新城)
    assert sentence_targets("到2025年，五个新城、临港新片区等重点区域开展超低能耗建筑示范。") == []


def test_slogans_and_zones_named_by_their_reach_are_no_targets():  # 内蒙古 67, round 9
    assert sentence_targets("新整治村庄“整治一个、验收一个”。") == []
    assert sentence_targets("建立陆域2-6小时应急响应圈。") == []


def test_an_indicator_table_of_a_pdf_whose_header_is_spaced_out():  # 内蒙古 67, round 9
    text = wild_text(67)
    document = SourceDocument("67", text, "text")
    found = {(t.metric, t.value, t.year, t.baseline) for t in find_indicator_tables(TextView.of(text), document)[0]}
    # 指 标 2020年 / 现状值 / 2025年 / 目标值 / 属 性, rows under many cells of words (达到国家 / 考核目标)
    assert ("单位国内生产总值能源消耗降低", 15.5, 2025, Decimal("6.89")) in found
    assert ("森林覆盖率", Decimal("23.5"), 2025, Decimal("23.0")) in found
    # five metrics in a column with their five rows of figures in a block below, paired in order
    assert ("放射源辐射事故发生率", 0, 2025, 0) in found and ("地下水质量Ⅴ类水体比例", 17, 2025, 17) in found


def test_a_count_of_rounds_of_work_and_not_a_routine():  # 生态环境部 390, 江苏 559, 山东 420
    assert wild_sentence_targets(390, "2025 年底前，至少完成一轮土壤和地下水污染隐患排查整改") == [
        ("完成土壤和地下水污染隐患排查整改", "at_least", 1, "轮", 2025, None)
    ]
    assert wild_sentence_targets(559, "开展至少一轮土壤和地下水监测") == [("开展土壤和地下水监测", "at_least", 1, "轮", None, None)]
    assert wild_sentence_targets(420, "2023 年年底前，完成一次高风险企业专项执法检查") == [
        ("完成高风险企业专项执法检查", "reach", 1, "次", 2023, None)
    ]
    # a frequency (每季度…一次) is a routine; 一次性 is a word
    assert wild_sentence_targets(420, "日排放污水量大于或等于 100 立方米的排污口每季度开展一次监测") == []
    assert wild_sentence_targets(361, "深入推进一次性塑料制品等一次性用品的减量使用") == []
    assert sentence_targets("落实省委十一届八次全会精神。") == []  # an ordinal: the eighth plenary session


def test_a_heading_with_no_full_stop_ends_its_sentence():  # 江苏 559, 生态环境部 390: （二）…修复工程 / 推动4025家…
    assert wild_sentence_targets(559, "（二）土壤污染风险管控和修复工程推动 4025 家土壤污染重点监管单位开展一轮土壤污染隐患排查") == [
        ("推动土壤污染重点监管单位开展一轮土壤污染隐患排查", "reach", 4025, "家", None, None)
    ]
    assert wild_sentence_targets(390, "（二）土壤和地下水污染风险管控与修复工程选择 100 个土壤污染面积较大的县开展农用地安全利用示范")[0][0] == (
        "选择土壤污染面积较大的县开展农用地安全利用示范"
    )


def test_a_share_after_a_floor_word_or_with_a_date_in_its_clause():  # 德州 451, 山东 420, 公共机构 52, 山东 575
    assert wild_sentence_targets(451, "生态环境部门每年选取不低于10%的土壤污染重点监管单位开展周边土壤环境监测") == [
        ("生态环境部门每年选取土壤污染重点监管单位开展周边土壤环境监测", "at_least", 10, "%", None, None)
    ]
    assert wild_sentence_targets(451, "到 2025 年至少 35%的降雨实现就地消纳和利用") == [
        ("降雨实现就地消纳和利用", "at_least", 35, "%", 2025, None)
    ]
    # the date after the share is its due date and no figure of the things counted; 年底前 is all time
    assert wild_sentence_targets(52, "力争 80%以上的县级及以上机关 2025 年底前达到创建要求") == [
        ("县级及以上机关达到创建要求", "at_least", 80, "%", 2025, None)
    ]
    assert wild_sentence_targets(575, "全省 60％以上城市生活污水处理厂进行提标改造") == [
        ("全省城市生活污水处理厂进行提标改造", "at_least", 60, "%", None, None)
    ]
    # a floor that picks out things with no work after them stays no target
    assert sentence_targets("对排放量超过50%的企业加强监管。") == []


def test_an_indicator_table_whose_attribute_cell_wraps_between_metric_and_figures():  # 德州 451
    text = wild_text(451)
    found = {(t.metric, t.value, t.unit, t.year) for t in find_indicator_tables(TextView.of(text), SourceDocument("451", text, "text"))[0]}
    # 细颗粒物（PM2.5）浓度 / （μg/m?）* / 约束 / 性 / 52 40: the figure in brackets names the metric, * marks it binding
    assert ("细颗粒物（PM2.5）浓度", 40, "μg/m?", 2025) in found
    assert ("空气质量优良天数比率", Decimal("65.4"), "%", 2025) in found
    assert ("氮氧化物重点工程减排量", Decimal("0.82"), "万吨", 2025) in found


def test_a_share_that_is_carried_out_or_gets_done():  # 贵州 543, 江西 89 (round 13 fixes)
    assert wild_sentence_targets(543, "到 2025 年 95%以上的行政村生活垃圾得到有效处理") == [
        ("行政村生活垃圾得到有效处理", "at_least", 95, "%", 2025, None)
    ]
    assert wild_sentence_targets(89, "到 2025 年，80%以上的园区实施循环化改造") == [
        ("园区实施循环化改造", "at_least", 80, "%", 2025, None)
    ]


def test_a_bounded_share_stated_with_no_verb_under_a_due_date():  # 工业领域 576
    assert wild_sentence_targets(576, "到 2025 年，连续拉晶技术应用范围 95%以上") == [
        ("连续拉晶技术应用范围", "at_least", 95, "%", 2025, None)
    ]
    assert sentence_targets("其中，森林面积60%以上。") == []  # no due date: no level promised


def test_retiring_and_laying_count_their_object():  # 山东 77's 专栏, 西宁 453
    assert sentence_targets("到2025年，淘汰50余万辆国三及以下柴油货车。") == [
        ("淘汰国三及以下柴油货车", "at_least", 50, "万辆", 2025, None)
    ]
    assert sentence_targets("淘汰35蒸吨/小时及以下燃煤锅炉。") == []  # a bound that picks out the boilers
    assert sentence_targets("到2025年，铺设污水管网120公里。") == [("铺设污水管网", "reach", 120, "公里", 2025, None)]


def test_a_box_whose_items_are_numbered_after_half_width_stops():  # 山东 77: 改造工程.(１)在…
    path = next(Path(__file__).parent.joinpath("data", "wild").glob("77、*"))
    text = next(iter(read_documents([str(path)]))).text
    start = text.index("专栏１")
    found = [brief(t) for t in find_targets(TextView.of(text).slice(start, text.index("第四章", start)), SourceDocument("77", text, "text"))]
    assert ("建设生态环保产业示范园区", "reach", 8, "个") in [(m[m.index("建设"):] if "建设" in m else m, c, v, u) for m, c, v, u, *_ in found]
    assert ("在建材、化工、印染等领域实施产业集群绿色化改造工程", "reach", 8, "个", None, None) in found
    assert ("淘汰国三及以下柴油货车", "at_least", 50, "万辆", None, None) in found


def test_counts_of_wafers_lamps_papers_and_people():
    assert sentence_targets("到2025年，全市功率半导体产能达到15万片/月。") == [("全市功率半导体产能", "reach", 15, "万片/月", 2025, None)]
    assert sentence_targets("到2025年，培养高级工程师2名。") == [("培养高级工程师", "reach", 2, "名", 2025, None)]


def test_a_task_tables_quarterly_milestones_and_deadline_date_its_targets():  # round 13, blind miss
    from policygraph.extract.pipeline import extract_plans
    from policygraph.normalize.lexicon import load_lexicon

    path = next(p for p in bundled_corpus() if Path(p).stem == "jinshan-gaoxin-2025-task-table")
    plans = extract_plans(next(iter(read_documents([path]))), load_lexicon(()))
    row = next(t for plan in plans for t in plan.tasks if "屋顶光伏" in (t.text or ""))
    # 2025年底 in the 完成时间 column; 光伏装机容量完成2兆瓦 … 10兆瓦 under 一季度 … 四季度
    assert [(t.value, t.unit, t.year, t.rules[-1]) for t in row.targets] == [
        (0, "兆瓦", 2025, "row_deadline"), (2, "兆瓦", 2025, "milestone"), (4, "兆瓦", 2025, "milestone"),
        (6, "兆瓦", 2025, "milestone"), (10, "兆瓦", 2025, "milestone"),
    ]
    assert [m.quarter for m in row.milestones] == [1, 2, 3, 4]
    # a level with no verb (发展稻田养鸭200亩) is a target in a row that is due, and a count before its doers' work
    rows = {t.title: t for plan in plans for t in plan.tasks}
    assert ("发展稻田养鸭", 200, 2025, "row_deadline") in [(t.metric, t.value, t.year, t.rules[-1]) for t in rows["稻鸭共生生态种养"].targets]
    assert [(t.value, t.unit, t.year) for t in rows["路灯节能改造"].targets] == [(275, "盏", 2025)]


def test_levels_with_no_verb_in_an_attached_table_of_projects():  # 福建 179's 附表3
    body = "生态海堤2千米；修复沙滩面积约1.24公顷。\n"
    annex = "附表3. 福建省各海湾（湾区）“十四五”重点任务措施和工程项目\n海湾 存在问题 任务措施\n" + body
    repaired = ("修复沙滩面积", Decimal("1.24"), "公顷")  # a verb: a target anywhere
    for text, expected in ((body, [repaired]), (annex, [("生态海堤", 2, "千米"), repaired])):
        document = SourceDocument("x", text, "text")
        start = text.index(body)  # the rows alone, as a task's text is read: the heading stands outside
        found = find_targets(TextView.of(text).slice(start, len(text)), document)
        assert [(t.metric, t.value, t.unit) for t in found] == expected


def test_what_a_call_for_projects_asks_of_its_projects_is_no_promise():  # 江苏 280 (wild, not annotated)
    text = (
        "方向2. 风电机组\n研究目标：研制风轮直径为210米的10 MW海上风电机组，变流器整机国产化率>95%。\n"
        "研究内容：（1）高效储能集成系统研发。\n"
        "每个单位推荐不超过2项，原则上省拨经费不超过项目总预算的50%。\n"
        "到2025年，全省新建绿色工厂100家。\n"
    )
    assert [t.value for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [100]


def test_a_due_date_given_by_where_the_text_stands():
    text = "稻田养鸭200亩。"
    assert find_targets(TextView.of(text), SourceDocument("x", text, "text")) == []  # a figure of the present, maybe
    [target] = find_targets(TextView.of(text), SourceDocument("x", text, "text"), due=(2025, "row_deadline"))
    assert (target.year, target.rules[-1]) == (2025, "row_deadline")
    text = "到2026年，稻田养鸭200亩。"  # its own year wins
    assert [t.year for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"), due=(2025, "row_deadline"))] == [2026]


def test_over_after_a_magnitude_and_counts_of_people_chosen():  # 山东 77's 专栏 (round 13 fixes)
    assert sentence_targets("到2025年，实施4万余个断面整治。") == [("实施断面整治", "at_least", 4, "万个", 2025, None)]
    assert sentence_targets("每两年选树10位环保产业领军人物、20个环保产业创新创业团队。") == [
        ("每两年选树环保产业领军人物", "reach", 10, "位", None, None),
        ("选树环保产业创新创业团队", "reach", 20, "个", None, None),
    ]


def test_supporting_things_is_counted_but_supporting_with_money_is_a_grant():  # 科技支撑 577
    assert wild_sentence_targets(577, "遴选、支持 500 家左右低碳科技创新企业")[0][1:4] == ("reach", 500, "家")
    assert sentence_targets("对每个项目支持100万元。") == []


def test_verbs_that_count_only_right_before_the_number():  # 闵行 (round 13, blind miss)
    assert targets_of(MINHANG, "新建公共建筑、居住建筑和工业厂房至少使用一种可再生能源")[0].value == 1
    assert sentence_targets("到2025年，实现碳排放强度下降。") == []


def test_an_indicator_tables_future_cell_written_as_a_change():  # 江苏 559, 土壤 390
    text = wild_text(559)
    found = {(t.metric, t.comparator, t.value, t.unit, t.year, t.base_year)
             for t in find_indicator_tables(TextView.of(text), SourceDocument("559", text, "text"))[0]}
    # 主要农作物化肥使用量 280.75 万吨 较 2020 年减少 3% / 农村环境整治村庄数量 7876 个 新增 2000 个
    assert ("主要农作物化肥使用量", "decrease_by", 3, "%", 2025, 2020) in found
    assert ("农村环境整治村庄数量新增", "reach", 2000, "个", 2025, None) in found
    text = wild_text(390)
    found = {(t.value, t.unit, t.year) for t in find_indicator_tables(TextView.of(text), SourceDocument("390", text, "text"))[0]}
    assert (8, "万个", 2025) in found  # — 新增 8 万个 预期性
    assert not any(t.value == 0 for t in find_indicator_tables(TextView.of(text), SourceDocument("390", text, "text"))[0])


def test_a_level_stated_with_no_verb_inside_a_box_of_projects():  # 贵州 543's 专栏 1
    text = wild_text(543)
    start = text.index("专栏 1 长江珠江上游生态安全屏障建设工程")
    end = text.index("生态保护和修复工程。", start)
    found = [brief(t) for t in find_targets(TextView.of(text).slice(start, end), SourceDocument("543", text, "text"))]
    assert ("面积", "reach", 700, "公顷", None, None) in found  # 修复矿山 258 处，面积 700 公顷: work to do
    # outside a box, a level with no verb and no due date is a figure of the present
    assert sentence_targets("修复矿山258处，面积700公顷。") == [("修复矿山", "reach", 258, "处", None, None)]


def test_sizes_in_brackets_and_prices_are_no_targets():  # 四川 419, 506 (spurious before)
    assert wild_sentence_targets(419, "开展种植（粮油生产大于100亩、经作生产大于50亩）、畜禽养殖（存栏生猪当量大于50头）") == []
    assert sentence_targets("到2025年，森林覆盖率超过60%（含灌木林）。") == [("森林覆盖率", "more_than", 60, "%", 2025, None)]
    assert sentence_targets("对入库项目给予贷款利率1.75%的优惠。") == []


def test_a_level_listed_after_a_level_with_no_verb():  # 贵州 543
    found = sentence_targets("到2025年，新能源发电装机总容量达到4000万千瓦左右，其中光伏约3100万千瓦、风电约900万千瓦。")
    assert [(m, v, u) for m, _, v, u, *_ in found] == [("新能源发电装机总容量", 4000, "万千瓦"), ("光伏", 3100, "万千瓦"), ("风电", 900, "万千瓦")]
    assert sentence_targets("2020年，其中光伏约3100万千瓦、风电约900万千瓦。") == []  # no due date: figures of the present
    assert sentence_targets("到2025年，非常规水利用量达到15亿立方。") == [("非常规水利用量", "reach", 15, "亿立方", 2025, None)]


def test_a_class_of_facility_and_money_returned_are_no_targets():  # 山东 420, 江苏 91 (spurious before)
    assert sentence_targets("到2025年，新建5万吨级泊位3个。") == [("新建5万吨级泊位", "reach", 3, "个", 2025, None)]
    assert sentence_targets("到2025年，建设长岛500吨级溢油应急设备库。") == []
    assert sentence_targets("各按收取资金总额的10%进行返还。") == []


def test_a_count_of_firms_coached_to_do_the_work():  # 金山高新区 task table (round 13, blind miss)
    assert sentence_targets("辅导3家企业完成绿色制造体系申报材料。") == [("辅导企业完成绿色制造体系申报材料", "reach", 3, "家", None, None)]


def test_the_people_a_project_reaches_are_a_target():  # round 30: a county's 民生实事 with 受益人口
    assert sentence_targets("实施农村饮水安全巩固提升工程12处，受益人口2.45万人。") == [
        ("实施农村饮水安全巩固提升工程", "reach", Decimal("12"), "处", None, None),
        ("受益人口", "reach", Decimal("2.45"), "万人", None, None),
    ]
    assert [t[:4] for t in sentence_targets("2023年，新建农村公路50公里，惠及群众3万人。")][1] == ("惠及群众", "reach", Decimal("3"), "万人")
    assert sentence_targets("已惠及群众3万人。") == []  # done, not promised


def plan_from(tmp_path, name, text):
    """The plan :func:`policygraph.build` reads from ``text`` written to a file."""
    import policygraph

    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return policygraph.build([str(path)]).plans[0]


def all_targets(plan):
    return [*plan.targets, *(t for task in plan.tasks for t in task.targets)]


def test_a_table_sharing_a_target_out_among_places(tmp_path):  # round 34: 太仓 能耗强度目标分解表
    text = (
        "市政府办公室关于分解下达2019年度能源消耗强度目标的通知\n各镇人民政府,市发改委:\n"
        "确保全市完成单位地区生产总值能耗降低3.4%的约束性目标。\n附件:太仓市2019年度能源消耗强度目标分解表\n"
        "太仓市2019年度能源消耗强度目标分解表\n地区 | 单位规上工业增加值能耗降幅目标(%) |\n全市 | 3.4 |\n"
        "港区 (含浮桥) | 3.4 |\n城 厢 | 3.2 |\n"
    )
    plan = plan_from(tmp_path, "taicang", text)
    found = [(t.metric, t.comparator, str(t.value), t.unit, t.year) for t in plan.targets]
    assert found == [
        ("全市完成单位地区生产总值能耗", "decrease_by", "3.4", "%", 2019),  # …的约束性目标 (the scope and verb stay in the metric)
        ("全市单位规上工业增加值能耗", "decrease_by", "3.4", "%", 2019),
        ("港区(含浮桥)单位规上工业增加值能耗", "decrease_by", "3.4", "%", 2019),
        ("城厢单位规上工业增加值能耗", "decrease_by", "3.2", "%", 2019),
    ]
    assert all("allocation_table" in t.rules for t in plan.targets[1:])


def test_an_annual_plans_levels_and_items_whose_clause_is_on_the_next_line(tmp_path):  # round 34: 静安, 蔡甸
    annual = (
        "2022年区政府重点工作安排\n一、全力以赴稳增长\n"
        "1.推动经济平稳健康发展。实现全年区级一般公共预算收入增长6%,社会消费品零售总额1600亿元,实现外贸进出口总额520亿元。\n"
    )
    report = (
        "2023年区《政府工作报告》确定的主要目标任务责任分解方案\n\n一、主要预期目标\n\n"
        "(一)地区生产总值增长7%以上\n\n责任单位:区发展和改革局\n\n(二)规上工业增加值增长12%以上\n\n责任单位:区科技和经信局\n"
    )
    plans = [plan_from(tmp_path, "jingan", annual), plan_from(tmp_path, "caidian", report)]
    every = lambda plan: [(t.metric, str(t.value), t.unit, t.year) for t in all_targets(plan)]
    assert every(plans[0]) == [
        ("全年区级一般公共预算收入", "6", "%", 2022),
        ("社会消费品零售总额", "1600", "亿元", 2022),  # a level with no verb: the annual plan's year makes it due
        ("外贸进出口总额", "520", "亿元", 2022),
    ]
    # the clause's label on the next line closes the item; a government work report's year is the targets'
    assert every(plans[1]) == [("地区生产总值", "7", "%", 2023), ("规上工业增加值", "12", "%", 2023)]
    assert sentence_targets("2022年社会消费品零售总额1600亿元。") == []  # no annual plan: a bare year may report the present


def test_limits_a_rule_sets_and_a_ceiling_named_as_a_control_target():
    assert sentence_targets("每名学生只能选择一所民办学校报名。") == []
    assert sentence_targets("建设752只可控IP化高音喇叭。")[0][2:4] == (Decimal("752"), "只")  # 只 a measure word, not 只可
    assert sentence_targets("增量进度控制目标为28万吨标准煤。")[0][1:4] == ("at_most", Decimal("28"), "万吨标准煤")
    assert sentence_targets("力争全年盘活僵尸企业10家。")[0][2:4] == (Decimal("10"), "家")


def test_a_rows_deadline_lasts_over_its_sentences():
    # the deadline's year, given to a second sentence with no time of its own (the loop once shadowed it)
    text = "建成示范点3个。完成改造20户。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"), due=(2024, "row_deadline"))
    assert [(str(t.value), t.year, t.rules[-1]) for t in found] == [("3", 2024, "row_deadline"), ("20", 2024, "row_deadline")]


def test_what_a_call_asks_of_applicants_is_no_target_even_in_a_years_call(tmp_path):  # wild 280, once round 34's annual rule read it
    text = (
        "2021年度省碳达峰碳中和科技创新专项资金项目指南\n（三）重点实验室建设\n"
        "申报条件：企业重点实验室申请单位须为高新技术企业，年主营业务收入在5亿元以上。\n"
        "（四）示范工程\n建成示范工程3项。\n"
    )
    assert [(str(t.value), t.unit, t.year) for t in all_targets(plan_from(tmp_path, "call", text))] == [("3", "项", 2021)]


def test_problems_solved_for_people_are_counted():  # round 35: 安顺 十件实事
    assert [t[2:4] for t in sentence_targets("二、解决6万人农村饮水安全问题。")] == [(Decimal("6"), "万人")]
    assert sentence_targets("着力解决群众反映强烈的突出问题。") == []


def test_a_status_as_of_a_date_is_a_result():  # round 35: 安顺 completion notice; every 截至20xx in the wild texts reports
    assert sentence_targets("截至2019年12月底,全市完成减少农村扶贫对象7.497万人,其中:西秀区完成6962人。") == []
    assert sentence_targets("截至2020年底，全省畜禽粪污综合利用率达到75%。") == []
    assert sentence_targets("力争截至2025年底,全市建成充电桩5000个。")[0][1:5] == ("reach", Decimal("5000"), "个", 2025)  # a hedge: a goal


def test_a_duration_within_which_work_is_done_is_a_ceiling():  # round 36: 泰州 优化营商环境
    assert sentence_targets("全市工程建设项目审批时间缩短至100个工作日内。")[0][1:4] == ("at_most", Decimal("100"), "个工作日")
    assert sentence_targets("在驳回后的3个工作日内完成。") == []  # a procedure counted from an event


def test_a_range_whose_bounds_both_carry_the_percent_sign():  # round 35: 湖南 主要预期目标
    found = find_targets(TextView.of("经济增长7.5%—8%。"), SourceDocument("x", "经济增长7.5%—8%。", "text"))
    assert [(t.comparator, t.value, t.value_max, t.unit) for t in found] == [("increase_by", Decimal("7.5"), Decimal("8"), "%")]


def test_an_annual_plans_goals_before_its_first_section(tmp_path):  # round 37: 海盐县农业农村局2023年工作要点
    text = (
        "局属各单位:\n\n现将《海盐县农业农村局2023年工作要点》印发给你们,请认真贯彻落实。\n\n海盐县农业农村局\n\n2023年3月3日\n\n"
        "海盐县农业农村局2023年工作要点\n\n2023年是全面贯彻落实党的二十大精神的开局之年。全局工作的指导思想是:坚持稳中求进。\n\n"
        "主要预期目标为:全县农林牧渔业增加值增速3%以上,农业劳动生产率达到7万元/人。\n\n"
        "一、加强粮油稳定优质供应\n1.稳定粮食生产。粮食播种面积34.2万亩以上。\n"
    )
    assert [(t.metric, str(t.value), t.year) for t in all_targets(plan_from(tmp_path, "haiyan", text))][:2] == [
        ("全县农林牧渔业增加值增速", "3", 2023), ("农业劳动生产率", "7", 2023),
    ]


def test_round_38_a_recommended_standard_a_years_own_figures_and_rankings(tmp_path):  # round 38: 海南州, 伊春, 开封
    assert sentence_targets("90%的乡镇卫生院达到服务能力推荐标准。")[0][2:4] == (Decimal("90"), "%")  # 推荐标准: a noun, no rule of applying
    assert sentence_targets("加快退出5家11条生产线。")[0][2:4] == (Decimal("5"), "家")
    assert sentence_targets("综合指数稳定退出全国168个重点城市后20名。") == []  # the field of a ranking, no amount
    assert sentence_targets("产业集中度前30位企业达75%。")[0][2:4] == (Decimal("75"), "%")
    # a 2020年度 plan published in January 2021: its 2020年度 figures are its own targets, not results
    text = "伊春市2020年度秸秆综合利用工作实施方案\n发布日期:2021-01-07\n二、工作目标\n2020年度,全市秸秆综合利用率达到90%以上。\n"
    assert [(str(t.value), t.year) for t in all_targets(plan_from(tmp_path, "yichun", text))] == [("90", 2020)]


def test_round_39_a_page_in_traditional_characters_and_round_the_clock_work(tmp_path):  # round 39: 洋縣, 郑州
    page = (
        "洋縣人民政府\n關於印發洋縣2024年十大民生實事項目的通知\n各鎮人民政府、街道辦事處:\n《洋縣2024年十大民生實事項目》已經審議通過,現印發給你們。\n"
        "一、實施農村公路生命防護工程\n龍亭鎮實施農村公路生命防護工程31.656公里,新建田間道路38公里。(責任單位:縣交通運輸局)\n"
    )
    plan = plan_from(tmp_path, "yangxian", page)
    # read as simplified text, one character for one: units and targets as a simplified page gives them, spans into the page as written
    assert plan.title == "洋县2024年十大民生实事项目"
    assert [(str(t.value), t.unit) for t in all_targets(plan)] == [("31.656", "公里"), ("38", "公里")]
    assert [a.surface for task in plan.tasks for a in task.assignments] == ["县交通运输局"]
    target = all_targets(plan)[0]
    assert "公里" in page[target.span.start : target.span.end]
    # a page in simplified characters is left as it is (乾, 於 are simplified characters too)
    from policygraph.read.layout import as_simplified

    assert as_simplified("推进乾坤大道建设，於是完成。") == "推进乾坤大道建设，於是完成。"
    # 24小时供水: round the clock, no duration; the shares after 均达到 are two targets
    found = sentence_targets("集中供水工程实现24小时供水和计量收费比例均达到93%。")
    assert [(t[2], t[3]) for t in found] == [(Decimal("93"), "%"), (Decimal("93"), "%")]
    assert sentence_targets("应急响应时间缩短至24小时以内。")[0][:4] == ("应急响应时间", "at_most", Decimal("24"), "小时")


def test_each_listed_crop_reaches_the_level_and_a_share_of_an_amount_is_no_target():  # round 40: 新晃县, 巩留县
    found = sentence_targets("加快推进稻油生产全程机械化,确保水稻、油菜耕种收综合机械化水平均提升1%以上。")
    assert [(t[2], t[3]) for t in found] == [(Decimal("1"), "%")] * 2  # 水平均: 水平 and 均, not 平均
    assert sentence_targets("全县粮食平均亩产提升1%。")[0][0] == "全县粮食平均亩产"  # 平均 stays a metric's word
    shares = sentence_targets("2.饮水巩固提升项目2个5263万元,占资金总额的25.8%;")
    assert [t for t in shares if t[3] == "%"] == []  # how the amount divides the whole, not a promise
    assert sentence_targets("非化石能源消费占能源消费总量的比重达到20%。")[0][2:4] == (Decimal("20"), "%")


def test_review_of_round_40s_target_rules():  # found by review, each verified before its fix
    assert sentence_targets("到2025年，数字经济核心产业增加值突破500亿元，占地区生产总值比重不低于10%。")[-1][1:4] == ("at_least", Decimal("10"), "%")
    assert sentence_targets("到2025年，占全市地区生产总值比重30%以上。")  # a year is no amount a share divides
    from policygraph.extract.targets import annual_year

    assert annual_year("某市数字经济发展目标任务（2023—2025年）") is None  # three years, no annual plan
    assert annual_year("2021年嵊泗县乡村振兴任务清单") == 2021


def test_round_41_forms_of_targets():  # round 41: 广水市 forestry, 云南 rural plan, 如皋高新区, 南漳镇
    assert [t[2:4] for t in sentence_targets("完成美国白蛾有效防治面积0.6万亩,松材线虫病有效防治面积5.8万亩,其他有害生物防治面积2万亩,防治率90%以上。")] == [
        (Decimal("0.6"), "万亩"), (Decimal("5.8"), "万亩"), (Decimal("2"), "万亩"), (Decimal("90"), "%"),
    ]  # the next items of an amount, in its measure: the verb goes on
    assert [t[0] for t in sentence_targets("完成植树造林0.74万亩,其中村庄绿化0.12万亩。")] == ["完成植树造林", "村庄绿化"]
    assert sentence_targets("2020年，全市森林面积120万亩。") == []  # a level with no verb and no goal is still no promise
    assert [t[2:4] for t in sentence_targets("建设稻谷、玉米、马铃薯示范基地各10万亩。")] == [(Decimal("10"), "万亩")] * 3  # 各: each
    goals = sentence_targets("全年主要预期目标是:一般预算收入占全市32.46%,实际利用外资1亿美元,新增20亿元企业、10亿元企业分别不少于1家、1家。")
    assert [t[2:4] for t in goals] == [(Decimal("32.46"), "%"), (Decimal("1"), "亿美元"), (Decimal("1"), "家"), (Decimal("1"), "家")]
    assert sentence_targets("新增新开规模工业企业数占全市1/5。")[0][2] == Decimal("20")  # 20, not 2E+1
    assert sentence_targets("突出规划引领、产业振兴、人居环境整治、脱贫攻坚、改革发展五个重点,抓点带面。") == []
    assert sentence_targets("镇党委政府共谋划农业项目5个。")[0][2:4] == (Decimal("5"), "个")


def test_round_43_forms_of_targets():  # round 43: 静安区, 南昌市, 昆明市, 亳州市
    assert [t[1:4] for t in sentence_targets("区级一般公共预算收入增长2%,力争3%。")] == [("increase_by", Decimal("2"), "%"), ("increase_by", Decimal("3"), "%")]
    assert [t[2:4] for t in sentence_targets("食品安全抽检量不少于4批次/千人,开展药品抽检800批次。")] == [(Decimal("4"), "批次/千人"), (Decimal("800"), "批次")]
    assert [t[2:4] for t in sentence_targets("选派“三支一扶”高校毕业生117名。育成小麦品种2个。")] == [(Decimal("117"), "名"), (Decimal("2"), "个")]
    assert [t[2] for t in sentence_targets("2021年筹集资金约600亿元,其中:财政性资金214亿元,建设性资金386亿元,继续实施民生实事工程。")] == [
        Decimal("600"), Decimal("214"), Decimal("386"),
    ]  # 其中： opens the items of the amount before


def test_round_44_forms_of_targets():  # round 44: 内蒙古 policy list, 双辽市, 湖州市, 莎车县
    assert [t[2:4] for t in sentence_targets("安排 110 亿元农业生产 发展等资金,稳定粮食播种面积和产量。此项列支中央财政资金200万元。全年减轻企业各类负担200亿元。")] == [
        (Decimal("110"), "亿元"), (Decimal("200"), "万元"), (Decimal("200"), "亿元"),
    ]
    assert sentence_targets("对每个项目安排补助资金50万元。") == []  # a rule of support, as before
    assert [t[2:4] for t in sentence_targets("到2020年,223个贫困村全部减贫摘帽。")] == [(Decimal("223"), "个")]


def test_round_45_forms_of_targets():  # round 45: 吕梁市, 杨凌示范区, 十堰市, 东山县
    assert sentence_targets("到2027年,报废汽车回收量较2023年增加约一倍。")[0][1:4] == ("increase_by", Decimal("1"), "倍")
    assert [t[3] for t in sentence_targets("产能比例显著提升,较2023年分别增长15个、13个百分点以上。")] == ["个百分点", "个百分点"]
    assert [t[2:4] for t in sentence_targets("到2026年,聚集产业链相关企业100家,开通100条以上无人机航线。")] == [(Decimal("100"), "家"), (Decimal("100"), "条")]
    assert sentence_targets("落细落实安全生产十五条硬措施和省66条、市县99条。") == []  # the articles of documents
    assert sentence_targets("推进一体化发展,建设两型社会。") == []  # 一, 两 in words still no count without a measure
    # a few words of place between the verb and its count (开通至周边机场), not a grouping of a total
    assert [t[2:4] for t in sentence_targets("开通至周边机场2-3条通用航空短途运输航线、100条以上无人机航线。")] == [(Decimal("2"), "条"), (Decimal("100"), "条")]
    assert sentence_targets("复制推广先进地区16个方面共64项改革创新事项。") == []  # 16个方面: the total's groups
    assert [t[2:4] for t in sentence_targets("发展稻田养鸭200亩。完成镇海电厂4台机组改造。")] == [(Decimal("200"), "亩"), (Decimal("4"), "台")]
    assert sentence_targets("实现工业区污水100%收集处理。")[0][0] == "工业区污水收集处理"  # a share: its verb stays out


def test_round_46_forms_of_targets():  # round 46: 襄阳市; and forms left from earlier rounds
    assert sentence_targets("著力推进汉江主河道1公里范围内化工企业关改搬转。") == []  # the figure bounds where
    assert [t[2:4] for t in sentence_targets("到2020年,实现20.58万贫困人口全部脱贫,惠及10万群众。")] == [(Decimal("20.58"), "万人"), (Decimal("10"), "万人")]
    assert [t[2:4] for t in sentence_targets("转移农村劳动力3万人次。")] == [(Decimal("3"), "万人次")]
    assert sentence_targets("全市常住人口达到500万。")[0][2:4] == (Decimal("500"), "万人")  # (round 50) the people named before
    assert sentence_targets("实现公园绿地500米服务半径基本全覆盖。") == []  # a radius that says what coverage means


def test_round_47_forms_of_targets():  # round 47: 朝阳区, 深圳, 黔东南州, 宁夏 (news of plans); and round 25's 崇明区 list
    assert [t[1:4] for t in sentence_targets("增加学位1080个,建设筹集各类政策性住房5000套(间),竣工8000套(间)以上。")] == [
        ("reach", Decimal("1080"), "个"), ("reach", Decimal("5000"), "套"), ("at_least", Decimal("8000"), "套"),
    ]  # 增加 opening its clause adds things; 套(间): the same things counted another way
    assert sentence_targets("粮食产量增加10万吨。")[0][:2] == ("粮食产量", "increase_by")  # a level that grows
    assert sentence_targets("去年,深圳九大类民生支出超过3000亿元、增长9%。") == []  # last year's, a result
    assert [t[2] for t in sentence_targets("去年,民生支出增长9%;今年全年计划安排教育、医疗支出分别增长16%和15%。")] == [Decimal("16"), Decimal("15")]
    assert sentence_targets("今年硬质路面建设全镇实施15公里。")[0][2] == Decimal("15")  # 今年 alone resets nothing, and holds no past
    assert [t[2:4] for t in sentence_targets("全区5个地级市分别打造1—2家标准化养老机构。")] == [(Decimal("1"), "家")]  # the doers, each
    assert [t[2:4] for t in sentence_targets("分别增加400个左右、撤并30个左右农村养老服务设施。完善10个基层综合文化站设施设备。")] == [
        (Decimal("400"), "个"), (Decimal("30"), "个"), (Decimal("10"), "个"),
    ]
    text = "*完成1.3万户农村生活污水处理设施改造\n\n新增就业9000人\n*帮助430名长期失业青年实现就业创业\n开展职业培训5000人次\n"
    assert [t.value for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [Decimal("1.3"), 9000, 430, 5000]
    # those a free service is for, counted in 万 (为全州7万名妇女免费做筛查), and doers counted in 万 (推动1.2万家企业开展排查)
    assert [t[2:4] for t in sentence_targets("为全州7万名35-64岁妇女免费做宫颈癌筛查。推动1.2万家企业开展排查。")] == [(Decimal("7"), "万名"), (Decimal("1.2"), "万家")]


def test_round_48_forms_of_targets():  # round 48: 山东 digital economy (a mirror copy), 乐清市 a report on last year's projects
    goals = sentence_targets("力争经过5年努力,全省数字经济增加值增长55%以上、达到5.5万亿元。")
    assert [(t[2], t[5]) for t in goals] == [(Decimal("55"), None), (Decimal("5.5"), None)]
    text = "总的要求是,力争经过5年努力,全省数字经济增加值增长55%以上。\n一、重点任务\n1.实施网络提升行动。\n"
    assert [t.rules[-1] for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == ["years_ahead"]  # kept in a preamble
    assert sentence_targets("省级民生实事30项,其中17项超额完成、占比56.67%。") == []  # a report of results
    assert [t[2] for t in sentence_targets("力争超额完成全年目标,新增就业1万人。")] == [Decimal("1")]  # a promise to overfulfil
    assert sentence_targets("实施二次供水改造。") == []


def test_review_of_rounds_46_to_48s_target_rules():  # found by review, each verified before its fix
    # a wrapped metric is no line of a list (…核心产业\n增加值达到…, …固定资产\n投资达到…)
    text = "到2025年，全市数字经济核心产业\n增加值达到1000亿元，全社会固定资产\n投资达到500亿元。"
    assert [t.metric for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == ["全市数字经济核心产业增加值", "全社会固定资产投资"]
    # 去年 is the past of its own sentence only, at a clause's start; a base it names is no past
    assert [t[2] for t in sentence_targets("去年全市PM2.5平均浓度为40微克/立方米。今年，PM2.5平均浓度控制在38微克/立方米以下。")] == [Decimal("38")]
    assert [t[2] for t in sentence_targets("以去年为基数，全年新增城镇就业5000人。在巩固去年成果的基础上，新建公园10个。")] == [Decimal("5000"), Decimal("10")]
    # 增加 after a level is its change, not things added
    assert [t[:2] for t in sentence_targets("到2025年，粮食产量稳定在100万吨以上，增加5万吨。")][1] == ("粮食产量", "increase_by")
    assert [t[2:4] for t in sentence_targets("到2025年，整治30个内涝点，建设3个内陆港。")] == [(Decimal("30"), "个"), (Decimal("3"), "个")]  # 内 bounds distances only
    assert [t[2] for t in sentence_targets("到2025年，新建3个产业园区分别承接电子信息产业转移。")] == [Decimal("3")]  # a count of work, then 分别
    assert sentence_targets("市财政下达转移支付资金5亿元。") == []
    assert sentence_targets("支持10万以上人口的县城建设。") == []  # a size that says which towns
    # two the 99 wild PDFs gave once verbs reached further (河南 230, 包头 140)
    assert sentence_targets("适时增加省内6座区域性LNG应急储备中心储气能力。开展山北地区150万亩退耕还林地可持续发展研究。") == []
    # round 48 (黑龙江): places listed and counted, then one metric of each
    assert [t[0] for t in sentence_targets("到2025年,南京、苏州两市PM2.5浓度分别下降10%和8%。")] == ["南京PM2.5浓度", "苏州PM2.5浓度"]


def test_round_49_forms_of_targets(tmp_path):  # round 49: 河南 health, 广西 tourism, 静安区 (a page whose encoding lost its indents)
    goals = sentence_targets("到2025年，孕产妇死亡率和婴儿死亡率、5岁以下儿童死亡率分别控制在9.5/10万、4.2‰和5.3‰以下。")
    assert [(t[0], t[2], t[3]) for t in goals] == [("孕产妇死亡率", Decimal("9.5"), "/10万"), ("婴儿死亡率", Decimal("4.2"), "‰"), ("5岁以下儿童死亡率", Decimal("5.3"), "‰")]
    assert sentence_targets("到2026年,力争新增国家级旅游度假区2家(含)以上。")[0][1:4] == ("at_least", Decimal("2"), "家")
    import policygraph

    path = tmp_path / "jingan.txt"
    path.write_text("静安区养老托育实施方案\n??一、实施背景\n??(一)发展基础\n??目前全区开设托班的园所52家。\n??二、主要目标\n??到2025年，新增托位500个。\n", encoding="utf-8")
    plan = policygraph.build([str(path)]).plans[0]
    assert [t.value for t in plan.targets] == [500]  # ?? was an indent: the review section is read as one


def test_round_50_forms_of_targets():  # round 50: 长沙 (news of a plan), 大冶 a street's work points
    assert sentence_targets("到2025年长沙实现常住人口突破1200万,常住人口城镇化率82%以上。")[0][1:4] == ("more_than", Decimal("1200"), "万人")
    assert sentence_targets("到2025年,全市常住人口达到500万左右。")[0][2:4] == (Decimal("500"), "万人")  # people named before, counted in 万
    assert sentence_targets("实现党的建设全面加强、城市治理提质增效六个目标。") == []  # the plan's own goals, listed and counted
    assert [t[2] for t in sentence_targets("推进县城污水厂、医院、学校、道路4个重点项目建设。")] == [Decimal("4")]  # 重点 opening an object is no aim


def test_review_of_rounds_48_and_49s_target_rules(tmp_path):  # found by the second review, each verified before its fix
    assert [t[2] for t in sentence_targets("2024年，全市要超额完成省下达的目标任务，新增城镇就业5万人。")] == [Decimal("5")]  # a promise
    assert [t[2:4] for t in sentence_targets("发展林下经济50万亩。扶持龙头企业20家。")] == [(Decimal("50"), "万亩"), (Decimal("20"), "家")]
    assert sentence_targets("到2025年，增加5000亩高标准农田。")[0][2:4] == (Decimal("5000"), "亩")  # an object after the amount
    assert sentence_targets("到2025年，解决10万农村人口的饮水安全问题。")[0][2:4] == (Decimal("10"), "万人")
    text = "到2025年，全市城镇新增就业人数累计\n为5万人以上，城镇调查失业率控制在5.5%以内。"  # 为 opening a wrapped line
    assert [t.value for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [5, Decimal("5.5")]
    assert [t[0] for t in sentence_targets("到2025年，哈尔滨、大庆2市散煤用量合计减少50万吨。")] == ["哈尔滨、大庆2市散煤用量合计"]  # a total
    assert sentence_targets("到2025年，新增日供水能力5万吨，实现120万人供水保障。")[1][2:4] == (Decimal("120"), "万人")
    assert sentence_targets("到2025年，完成全市5000平方公里国土空间调查。")[0][2] == Decimal("5000")  # a survey is work
    import policygraph

    path = tmp_path / "review.txt"  # 经过五年的努力 after 过去五年 reviews; it dates nothing ahead
    path.write_text("某市2023年大气污染防治工作方案\n过去五年，经过五年的努力，全市PM2.5平均浓度下降到35微克/立方米。\n为持续改善空气质量，制定本方案。\n一、重点任务\n1.推进工业企业深度治理。\n", encoding="utf-8")
    assert policygraph.build([str(path)]).plans[0].targets == []


def test_an_item_that_seizes_an_opportunity_is_no_review_and_last_years_figures_keep_the_paragraphs_year():  # 辽宁 (round 51)
    from policygraph.extract.pipeline import extract_plans, reviews
    from policygraph.normalize.lexicon import load_lexicon

    text = (
        "2025年重点工作分工方案\n一、发展基础\n全省完成投资1000亿元。\n"
        "二、抓住“两重”建设机遇，深入实施15项重大工程。加快推进300个省级重大项目建设。（省发展改革委负责）\n"
    )
    [plan] = extract_plans(SourceDocument("plan.txt", text, "text"), load_lexicon())
    assert [t.value for task in plan.tasks for t in task.targets] == [15, 300]  # 机遇 seized is work, not a review
    assert reviews("（一）面临的机遇与挑战") and reviews("一、工作进展和存在的问题") and not reviews("（三）解决存在的问题")
    # 去年，… is the past of its own sentence: the year the paragraph stated goes on after it
    assert [t[4] for t in sentence_targets("到2025年，A产值达到10亿元。去年，B产值完成5亿元。C产值达到20亿元。")] == [2025, 2025]


def test_round_52_and_53_forms_of_targets(tmp_path):  # 苏州 a table of places in columns, 杭州上城区 指标要求, counts that are names
    import policygraph

    text = (
        "市政府关于下达2018年政府工作任务的通知\n各市、区人民政府:\n现将2018年政府工作任务下达给你们。\n附件1\n主要预期指标分解汇总表\n"
        "序号\n\n指标名称\n\n单位\n\n苏州市\n\n张家港\n\n常熟\n\n园区\n\n"
        "1\n\n地区生产总值\n\n增幅(%)\n\n7左右\n\n7以上\n\n7\n\n7.5左右\n\n"
        "2\n\n全社会固定资产投资\n\n亿元\n\n与上年持平\n\n与上年\n\n持平\n\n同口径\n\n增长5%\n\n"
        "3\n\n一般公共预算收入\n\n增幅(%)\n\n8以上\n\n8.5\n\n—\n\n9\n"
    )
    path = tmp_path / "suzhou.txt"
    path.write_text(text, encoding="utf-8")
    plan = policygraph.build([str(path)]).plans[0]
    read = [(t.metric, t.value, t.comparator, t.approximate, t.year) for t in plan.targets if "place_column_table" in t.rules]
    assert read == [
        ("苏州市地区生产总值", 7, "increase_by", True, 2018), ("张家港地区生产总值", 7, "increase_by", False, 2018),
        ("常熟地区生产总值", 7, "increase_by", False, 2018), ("园区地区生产总值", Decimal("7.5"), "increase_by", True, 2018),
        ("苏州市一般公共预算收入", 8, "increase_by", False, 2018), ("张家港一般公共预算收入", Decimal("8.5"), "increase_by", False, 2018),
        ("园区一般公共预算收入", 9, "increase_by", False, 2018),
    ]  # row 2's cells are broken over lines: it cannot be counted out, and is left to the sentences
    path.write_text(
        "2019年目标任务分解\n序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 |\n"
        "1 | 地区生产总值 | 增长5.5%(市下达指标) | 区发改经信局 | 区财政局 |\n2 | 服务业增加值 | 增长6% | 区发改经信局 | 区统计局 |\n",
        encoding="utf-8",
    )
    plan = policygraph.build([str(path)]).plans[0]
    assert [(t.metric, t.comparator, t.value) for task in plan.tasks for t in task.targets] == [
        ("地区生产总值", "increase_by", Decimal("5.5")), ("服务业增加值", "increase_by", 6)
    ]
    assert sentence_targets("各地、各部门应于7月初和12月初分别组织一次自查活动。") == []  # a schedule
    assert sentence_targets("全面落实民营经济31条,提升浙江制造品质。") == []  # a policy known by its count of articles
    assert sentence_targets("为抓好重点工作的落实(共101项,此外所列重点项目另行调度督查)。") == []  # the plan's own items
    assert sentence_targets("主次结合,立体推进三项任务全面落实。") == []
    assert [t[2] for t in sentence_targets("新建道路10条。落实10项惠企措施。")] == [10, 10]


def test_review_of_rounds_52_and_53s_target_rules(tmp_path):  # found by review, each verified before its fix
    import policygraph

    head = "市政府关于下达2018年政府工作任务的通知\n附件1\n主要预期指标分解汇总表\n"
    columns = "序号\n\n指标名称\n\n单位\n\n苏州市\n\n张家港\n\n常熟\n\n园区\n\n"
    tables = {
        # an empty cell, then the next row: the row does not count out, the rows after it are read
        "empty": columns + "1\n\n地区生产总值\n\n增幅(%)\n\n7\n\n7\n\n7\n\n8\n\n2\n\n投资总额\n\n亿元\n\n5000\n\n800\n\n600\n\n\n\n3\n\n一般公共预算收入\n\n增幅(%)\n\n8\n\n9\n\n8\n\n9\n",
        # a metric broken over two lines whose last figure is the next row's number
        "split": columns + "1\n\n规模以上工业增加\n\n值\n\n增幅(%)\n\n7\n\n8\n\n6\n\n2\n\n2\n\n一般公共预算收入\n\n增幅(%)\n\n8\n\n9\n\n8\n\n9\n",
        # the last row, then an attachment's title
        "last": columns + "1\n\n地区生产总值\n\n增幅(%)\n\n7\n\n7\n\n7\n\n8\n\n2\n\n一般公共预算收入\n\n增幅(%)\n\n8\n\n9\n\n8\n\n9\n\n附件2\n",
        # a tab-separated row whose last place is empty
        "tabbed": "指标名称\t单位\t苏州市\t张家港\t常熟\t园区\n地区生产总值\t增幅(%)\t7\t7\t7\t8\n一般公共预算收入\t增幅(%)\t8\t9\t8\t\n",
        # last year's results
        "results": "附件2\n2017年主要经济指标完成情况表\n指标名称\t单位\t苏州市\t张家港\t常熟\t园区\n地区生产总值\t增幅(%)\t7.1\t7.0\t6.9\t7.2\n",
    }
    read = {}
    for name, table in tables.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(head + table, encoding="utf-8")
        plan = policygraph.build([str(path)]).plans[0]
        read[name] = [(t.metric, t.value) for t in plan.targets if "place_column_table" in t.rules]
    assert read["empty"] == [(f"{p}地区生产总值", v) for p, v in zip(("苏州市", "张家港", "常熟", "园区"), (7, 7, 7, 8))] + [
        (f"{p}一般公共预算收入", v) for p, v in zip(("苏州市", "张家港", "常熟", "园区"), (8, 9, 8, 9))]
    assert read["split"] == [(f"{p}一般公共预算收入", v) for p, v in zip(("苏州市", "张家港", "常熟", "园区"), (8, 9, 8, 9))]
    assert len(read["last"]) == 8 and read["tabbed"][-1] == ("常熟一般公共预算收入", 8) and len(read["tabbed"]) == 7
    assert read["results"] == []
    # rules of counts that name no amount, now narrower
    assert [t[2] for t in sentence_targets("用好专项债资金改造提升城市道路15条。建设高标准农田（共计10万亩）。")] == [15, 10]
    assert [t[2] for t in sentence_targets("对重点企业分别建立台账并开展执法检查不少于12次。")] == [12]
    path = tmp_path / "goals.txt"
    path.write_text(
        "2019年目标任务分解\n序号 | 任务名称 | 指标要求 | 牵头部门 |\n1 | 城镇化率 | 65%(市下达指标) | 区发改局 |\n"
        "2 | 社会消费品零售总额 | 增加8% | 区商务局 |\n3 | 研发投入强度 | 提高到2.5% | 区科技局 |\n",
        encoding="utf-8",
    )
    plan = policygraph.build([str(path)]).plans[0]
    assert [(t.metric, t.value, t.comparator) for task in plan.tasks for t in task.targets] == [
        ("城镇化率", 65, "reach"), ("社会消费品零售总额", 8, "increase_by"), ("研发投入强度", Decimal("2.5"), "reach")]
    from policygraph.extract.pipeline import reviews

    assert reviews("一、推动绿色发展取得显著成效") and reviews("巩固拓展脱贫攻坚成果取得新成效") and not reviews("二、抓住“两重”建设机遇")


def test_round_54_and_55_forms_of_targets(tmp_path):  # 台江县 a plan of one year, 满城区 a table of townships, 内蒙古 an indicator column
    import policygraph

    path = tmp_path / "taijiang.txt"
    path.write_text(
        "台江县2018年蔬菜产业发展实施方案\n一、生产规模、目标\n2018年生产各类蔬菜总目标任务面积9.5万亩。主要蔬菜品种面积:白菜类3.1万亩、辣椒1.5万亩。\n",
        encoding="utf-8",
    )  # the title's one year is the plan's: 2018年 before a level is its due date, not a report
    assert [(t.value, t.year) for t in policygraph.build([str(path)]).plans[0].targets] == [(Decimal("9.5"), 2018), (Decimal("3.1"), 2018), (Decimal("1.5"), 2018)]
    path.write_text("到2030年前碳达峰实施方案\n一、主要目标\n2025年风电装机580万千瓦。\n", encoding="utf-8")  # a deadline is no plan's year
    assert policygraph.build([str(path)]).plans[0].targets == []
    path.write_text(
        "满城区2020年农业结构调整工作推进方案\n附件:2020年各乡镇农业结构调整分阶段汇总任务表\n序号 | 乡镇 | 分阶段任务(亩) | 合计 |\n春种 | 夏种 | |\n"
        "1 | 满城镇 | 2242.6 | 18.1 | 2260.7 |\n2 | 神星镇 | 2478.4 | 2478.4 |\n",
        encoding="utf-8",
    )  # the rows' numbers before their places, and a second line of the header
    assert [(t.metric, t.value, t.unit) for t in policygraph.build([str(path)]).plans[0].targets] == [
        ("满城镇分阶段春种", Decimal("2242.6"), "亩"), ("满城镇分阶段夏种", Decimal("18.1"), "亩")]  # (神星镇's row fills too few columns to tell)
    path.write_text(
        "自治区“十四五”残疾人事业发展规划\n专栏 1 主要指标\n 指 标     2025 年     属 性\n"
        " 1.残疾人家庭人均收入年均增长(%)      >7.5     预期性\n 3.困难残疾人生活补贴覆盖率(%)       100      约束性\n",
        encoding="utf-8",
    )  # a row's number glued to its metric; 100 before the row's 约束性 is its figure
    assert [(t.metric, t.value) for t in policygraph.build([str(path)]).plans[0].targets] == [("残疾人家庭人均收入年均增长", Decimal("7.5")), ("困难残疾人生活补贴覆盖率", 100)]
    assert [t[2:4] for t in sentence_targets("全市完成200万㎡棚户区改造。消灭20条城区断头路,新辟公交线路18条。到2027年，全区智算规模达到1500PFlops。")] == [
        (200, "万㎡"), (20, "条"), (18, "条"), (1500, "PFlops")]
    assert sentence_targets("着力打造重要桥头堡方面(分解任务15项)。") == []  # the plan's own tasks


def test_review_of_rounds_54_and_55s_target_rules(tmp_path):  # found by review, each verified before its fix
    import policygraph
    from policygraph.extract.targets import annual_year

    not_one_year = (
        "某省“十四五”节能减排综合工作方案（2021年修订）", "某市碳达峰实施方案（2022年版）", "某市面向2035年的科技创新行动方案",
        "某区落实《第十四个五年规划和2035年远景目标纲要》工作方案", "北京2022年冬奥会和冬残奥会城市运行保障工作方案",
        "某市以2020年为基期的能耗双控实施方案", "某省到 2025年新能源汽车推广实施方案",
    )
    assert [annual_year(t) for t in not_one_year] == [None] * len(not_one_year) and annual_year("台江县2018年蔬菜产业发展实施方案") == 2018
    text = "2022年，全市光伏装机120万千瓦，新增光伏装机300万千瓦。"  # the plan's year before a level, no goal word: a status
    assert [t.value for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"), due=(2022, "annual_plan_year"))] == [300]
    assert [t[2] for t in sentence_targets("完成农村户厕改造（目标任务5000户）。城市更新片区内现有居民3000户。")] == [5000]
    path = tmp_path / "merged.txt"
    path.write_text(
        "满城区2020年农业结构调整工作推进方案\n序号 | 乡镇 | 分阶段任务(亩) | 合计(亩) |\n春种 | 夏种 | |\n"
        "1 | 满城镇 | 2242.6 | 18.1 | 2260.7 |\n2 | 神星镇 | 2478.4 | 2478.4 |\n",
        encoding="utf-8",
    )  # a merged column's second header line: each of its words a column, the ones after it moved along
    assert [(t.metric, t.value) for t in policygraph.build([str(path)]).plans[0].targets] == [
        ("满城镇分阶段春种", Decimal("2242.6")), ("满城镇分阶段夏种", Decimal("18.1")), ("满城镇合计", Decimal("2260.7"))]
    path.write_text("某规划\n 序号   属性   指标   2025年\n 1   约束性   单位GDP能耗降低(%)   13.5\n 2   预期性   可再生能源占比(%)   20\n", encoding="utf-8")
    assert [t.value for t in policygraph.build([str(path)]).plans[0].targets] == [Decimal("13.5"), 20]  # the row's number, then its 属性


def test_an_allocation_table_of_one_years_task_with_its_unit_above(tmp_path):  # round 54: 临河区 wheat quotas
    import policygraph

    path = tmp_path / "linhe.txt"
    path.write_text(
        "附件: 2023年临河区小麦种植任务分解表\n面积:万亩 | | | |\n乡镇(农场) | 可种植面积 | 2023年小麦任务面积 | 备注 |\n"
        "八一乡 | 8.44 | 0.91 | |\n白脑包镇 | 32.01 | 3.89 | |\n合计 | 209.43 |\n",
        encoding="utf-8",
    )  # a bracket after 乡镇; the one column of a year's task; its unit on the line above the header; what is plantable is no target
    assert [(t.metric, t.value, t.unit, t.year) for t in policygraph.build([str(path)]).plans[0].targets] == [
        ("八一乡小麦", Decimal("0.91"), "万亩", 2023), ("白脑包镇小麦", Decimal("3.89"), "万亩", 2023)]


def test_an_allocation_tables_total_row_is_no_place(tmp_path):  # left by the review of round 75
    import policygraph

    path = tmp_path / "piles.txt"
    path.write_text(
        "某市充电设施建设实施方案\n\n表1 各区“十四五”充电桩建设任务分配表\n\n序号\t区域\t新增充电桩（个）\t新增换电站（座）\n"
        "1\t东城区\t300\t2\n2\t西城区\t200\t1\n合计\t\t500\t3\n",
        encoding="utf-8",
    )  # the total row leaves its second cell empty: read as a place, its 500 piles had become 500 换电站
    found = [(t.metric, t.value, t.text) for t in policygraph.build([str(path)]).plans[0].targets]
    assert found == [
        ("东城区新增充电桩", 300, "东城区300"), ("东城区新增换电站", 2, "东城区300 2"),  # (two cells' figures apart)
        ("西城区新增充电桩", 200, "西城区200"), ("西城区新增换电站", 1, "西城区200 1"),
    ]


def test_a_verb_with_le_reports_work_done():  # round 56 (芜湖/河南): 建立了128项工作项目台账
    assert sentence_targets("建立了128项工作项目台账。") == []
    assert [t[2] for t in sentence_targets("新建了10个公园，2025年将再新建5个。")] == [5]


def test_round_58_and_59_forms_of_targets(tmp_path):  # 海北州, 江西, 河南: each failed before its fix
    plan = built_plan(tmp_path, (
        "海北州2018年落实草原生态保护补助奖励机制政策实施方案\n五、实施规模:全州实施禁牧面积1180万亩,草畜平衡奖励面积2398.8万亩\n"
        "八、2017年实施情况: 2017年全州完成禁牧面积1180万亩。\n"
    ))  # an area a reward covers is a promise; in an undated plan of one year, the year before it reports results
    assert [(t.value, t.unit) for t in plan.targets] == [(Decimal("1180"), "万亩"), (Decimal("2398.8"), "万亩")]
    assert sentence_targets("力争到2025年汽车产业产值突破万亿元，全省数字经济规模超过千亿元，加快打造万亿级信息技术产业高地。") == [
        ("汽车产业产值", "more_than", 1, "万亿元", 2025, None), ("全省数字经济规模", "more_than", 1000, "亿元", 2025, None)]
    assert sentence_targets("实施千村示范万村整治工程，培育百家企业，形成15个千亿元产业集群。") == [
        ("形成千亿元产业集群", "reach", 15, "个", None, None)]  # a magnitude alone with no comparing verb names a grade


def test_review_of_rounds_58_and_59s_target_rules(tmp_path):  # found by review, each verified before its fix
    plan = built_plan(tmp_path, "关于加快建设先进制造业强市的实施意见\n一、主要目标\n到2025年，全市工业总产值突破万亿大关，规上工业增加值增长8%。\n")
    assert [(t.value, t.unit) for t in plan.targets] == [(8, "%")]  # a magnitude with no measure after it: no figure, and no crash
    assert sentence_targets("打造超万亿产业集群，全省GDP突破万亿，迈上万亿元台阶。") == []
    assert sentence_targets("每亩补贴105元，每户补贴面积不超过50亩。每家企业吸纳就业见习补贴人数不超过20人。每年奖励规模以上工业企业不超过10家。") == []  # caps of support


def test_round_60_and_61_forms_of_targets(tmp_path):  # 包头, 姚安, 银川, 芜湖, 广西, 咸宁: each failed before its fix
    plan = built_plan(tmp_path, (
        "包头市人民政府关于下达2025年包头市国民经济和社会发展计划的通知\n发布日期: 2025-01-21 14:08\n"
        "资料来源:包头市人民政府 发布日期:2025-01-21 14:08 文件下载\n各旗、县、区人民政府:\n现将《2025年包头市国民经济和社会发展计划》印发给你们。\n"
        "2025年国民经济和社会发展主要预期目标是:地区生产总值增长8%左右;粮食产量达到24亿斤以上。\n"
    ))  # 资料来源 among a page's particulars ends no body
    assert [(t.value, t.unit) for t in plan.targets] == [(8, "%"), (24, "亿斤")]
    assert [t[2:4] for t in sentence_targets(
        "2023年,全县收购烟叶865万公斤,综合等级纯度90%以上。主城区增设4-5家居家养老服务场所,扩充公办幼儿园学位至1800个,整合3000万元资金。"
    )] == [(865, "万公斤"), (90, "%"), (4, "家"), (1800, "个"), (3000, "万元")]
    assert sentence_targets("扩充公办幼儿园学位至1800个。")[0][0] == "扩充公办幼儿园学位"  # 至 no part of the metric
    assert sentence_targets("单位GDP用水量、单位工业增加值用水量比2015年降低20%。") == [
        ("单位GDP用水量", "decrease_by", 20, "%", None, 2015), ("单位工业增加值用水量", "decrease_by", 20, "%", None, 2015)]
    assert [t[0] for t in sentence_targets("到2020年,实现地区生产总值和城乡居民人均收入比2010年翻一番。")] == ["地区生产总值", "城乡居民人均收入"]
    assert [t[0] for t in sentence_targets("能源消费总量和强度下降10%。")] == ["能源消费总量和强度"]  # 强度 alone is elided: one metric
    assert sentence_targets("到2020年，劳动年龄人口平均受教育年限达到11.1年。") == [("劳动年龄人口平均受教育年限", "reach", Decimal("11.1"), "年", 2020, None)]


def test_a_title_that_reports_one_year_and_plans_the_next(tmp_path):  # round 60: 烟墩镇
    plan = built_plan(tmp_path, (
        "烟墩镇营造林2022年完成情况及2023年工作计划\n发布时间:2023-06-21 15:54\n"
        "县绿化委下达了烟墩镇营造林任务。其中,人工造林面积750亩,封山育林面积2000亩。全年共完成人工造林面积1139.8亩。\n"
        "2023年,全镇计划完成人工造林面积900亩,封山育林面积1500亩。\n"
    ))  # before the text first names 2023, the figures are 2022's results
    assert [(t.value, t.year) for t in plan.targets] == [(900, 2023), (1500, 2023)]


def test_round_62_and_63_forms_of_targets(tmp_path):  # 沧州 a list of projects, 将军营镇, 耀州区, 临湘, 湖北
    plan = built_plan(tmp_path, (
        "关于沧州市2023年第二批高标准农田建设项目的公示\n附:公示清单\n"
        "| 项目名称 | 建设规模(万亩) | 项目地点 | 项目总投资(万元) |\n"
        "| 2023年沧县大褚村乡高标准农田建设项目 | 0.5 | 大褚村乡 | 593 |\n| 海兴县2023年苏基镇高标准农田建设项目 | 1 | 苏基镇 | 1300 |\n"
        "| 2023年青县曹寺镇高标准农田改造提升项目 | 0.5 | 曹寺镇 |\n"
    ))  # each project what it builds and invests, its name's year its due date; a row with a cell left out is not guessed at
    assert [(t.metric, t.value, t.unit, t.year) for t in plan.targets] == [
        ("沧县大褚村乡高标准农田建设项目建设规模", Decimal("0.5"), "万亩", 2023), ("沧县大褚村乡高标准农田建设项目项目总投资", 593, "万元", 2023),
        ("海兴县2023年苏基镇高标准农田建设项目建设规模", 1, "万亩", None), ("海兴县2023年苏基镇高标准农田建设项目项目总投资", 1300, "万元", None),
    ]
    assert sentence_targets("在古房村新建公共厕所10座,已完工8座,每村1处。")[0][2:4] == (10, "座")  # 已完工: work done
    assert len(sentence_targets("在古房村新建公共厕所10座,已完工8座。")) == 1
    assert sentence_targets("已建成设施正常运行率达到85%以上。")[0][2] == 85  # what is built, named: a level of it is promised
    assert sentence_targets("2018年度高标准基本农田建设项目资金366.67万元。")[0][0] == "高标准基本农田建设项目资金"  # 度 belongs to the year
    assert sentence_targets("——学前三年入园率达到95%以上;争创2个国家生猪调出大县。") == [
        ("学前三年入园率", "at_least", 95, "%", None, None), ("争创国家生猪调出大县", "reach", 2, "个", None, None)]


def test_review_of_rounds_60_to_63s_target_rules(tmp_path):  # found by review, each verified before its fix
    assert [t[2] for t in sentence_targets("到2025年，为已脱贫人口提供公益性岗位2000个，已脱贫人口人均纯收入年均增长10%以上。推动已认定企业新增研发机构20家。")] == [2000, 10, 20]
    assert sentence_targets("目前，全县已建成的污水处理厂有8座，已完成全年任务的60%。") == []  # work done
    assert sentence_targets("力争2025年度假区接待游客突破300万人次。")[0][0] == "度假区接待游客"
    plan = built_plan(tmp_path, (
        "烟墩镇2022年工作总结和2023年工作计划\n一、2022年工作总结\n全镇共完成人工造林1200亩。\n二、明年工作计划\n（一）完成人工造林1500亩。\n"
        "（二）新建村级文化广场8个。\n"
    ))  # the next year's part opens at its heading, before the text names 2023
    assert [t.value for t in plan.targets] == [1500, 8]
    plan = built_plan(tmp_path, (
        "关于印发烟墩镇营造林2022年完成情况及2023年工作计划的通知\n各村（社区）：\n现将《烟墩镇营造林2022年完成情况及2023年工作计划》印发给你们。\n"
        "烟墩镇人民政府\n2023年2月10日\n烟墩镇营造林2022年完成情况及2023年工作计划\n全镇共完成人工造林1200亩，新建苗圃2个。\n"
        "2023年，全镇计划完成人工造林1500亩，完成森林抚育4000亩。\n"
    ))  # the quoted title and the signature's date open no part
    assert [t.value for t in plan.targets] == [1500, 4000]
    plan = built_plan(tmp_path, "某县主要指标\n项目\t现状值（%）\t目标值（%）\n森林覆盖率\t30.5\t35\n")
    assert all("project_table" not in t.rules for t in plan.targets)  # 项目 alone heads indicator tables too
    plan = built_plan(tmp_path, (
        "关于2023年高标准农田建设项目的公示\n项目名称\t单位\t建设规模（万亩）\t总投资（万元）\t备注\n"
        "G307国道沧县段农田防护林项目\t万亩\t1.2\t1800\t\n沧县旧州镇高标准农田建设项目\t万亩\t2.3\t3450\t续建\n"
    ))  # a unit column is no owner's; a name may hold letters; an empty 备注 leaves the row whole
    assert [(t.value, t.unit) for t in plan.targets] == [(Decimal("1.2"), "万亩"), (1800, "万元"), (Decimal("2.3"), "万亩"), (3450, "万元")]



def test_round_65_to_67_forms_of_targets(tmp_path):  # 房县, 鞍山, 黔江, 成都, 沁县, 湖州, 沙坪坝: each failed before its fix
    assert sentence_targets("到2025年，氮氧化物和VOCs排放总量比2020年分别下降18963吨(16.8%)和2375吨(14.3%)以上。") == [
        ("氮氧化物排放总量", "decrease_by", 18963, "吨", 2025, 2020), ("VOCs排放总量", "decrease_by", 2375, "吨", 2025, 2020),
    ]  # the share in brackets restates the amount; the substances share the measure written once after the last
    assert [t[0] for t in sentence_targets("到2025年，化学需氧量、氨氮等主要污染物重点工程减排量分别达到1.6万吨、0.04万吨。")] == [
        "化学需氧量重点工程减排量", "氨氮重点工程减排量"]  # 等 closes the list; 主要污染物 is what they are
    assert [t[0] for t in sentence_targets("到2030年，乘用车和商用车新车二氧化碳排放强度分别比2020年下降25%和20%。")] == [
        "乘用车", "商用车新车二氧化碳排放强度"]  # a head with words of its own before the ending: not guessed
    assert [t[0] for t in sentence_targets("城乡居民人均可支配收入分别增长7.5%、8%。")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert sentence_targets("2024年底前合规轻烧反射窑淘汰退出一半以上。")[0][1:4] == ("at_least", 50, "%")
    assert sentence_targets("2022年，开展商品煤煤品煤质抽检，每年不少于两次。")[0][1:4] == ("at_least", 2, "次")  # a floor on how often
    assert sentence_targets("每季度开展一次监测。") == []  # a routine
    assert sentence_targets("2025年，推动潞讯精密电子30条生产线投产。")[0][2:4] == (30, "条")  # a name between the verb and the count
    assert sentence_targets("推动新能源汽车核心零部件、充电基础设施等相关产业的集聚发展。") == []  # 零部件 counts nothing
    assert [t[0] for t in sentence_targets("义务教育巩固率和高等教育毛入学率分别达到97%、60%。")] == ["义务教育巩固率", "高等教育毛入学率"]
    assert [t[0] for t in sentence_targets("单位GDP能耗和二氧化碳排放强度分别下降13.5%、18%。")] == ["单位GDP能耗", "二氧化碳排放强度"]
    assert [t[0] for t in sentence_targets("森林覆盖率、湿地保护率等生态指标分别达到45%、60%。")][0] == "森林覆盖率"
    assert {t[0] for t in sentence_targets("到2023年、2025年，城乡居民基本养老保险参保率分别达到95%、98%。")} == {"城乡居民基本养老保险参保率"}
    assert sentence_targets("指导乡镇2个月内完成摸底排查。") == []  # a duration, no count of doers
    assert sentence_targets("近年来我市的空气质量优良天数比例达到85%。") == []  # (review of this round's rules, each above)
    assert sentence_targets("全面落实疫情发生以来出台的各类稳企业政策,力争减轻企业各类负担200亿元。")[0][2:4] == (200, "亿元")  # 以来 modifies 政策
    assert sentence_targets("党的十八大以来，全市累计新增绿地100公顷。") == []
    plan = built_plan(tmp_path, (
        "县示范区管委会,各乡、镇人民政府,县直各有关单位:\n经县政府同意,现将《2025年县<政府工作报告>任务分解》《2025年十五件民盼实事任务分解》印发给你们。\n"
        "沁县人民政府办公室\n2025年5月18日\n附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n"
        "1.投资3000万元建设南美白对虾工厂化循环水养殖基地。\n2.建设3个劳动密集型产业园。\n"
    ))  # a notice that issues several documents: the first its title, whose year dates the list
    assert plan.title == "2025年县<政府工作报告>任务分解"
    assert [(t.value, t.year) for t in plan.targets] == [(3000, 2025), (3, 2025)]


def test_round_68_to_70_forms_of_targets(tmp_path):  # 大渡口, 任城区, 宣州区, 鄂州, 宣城, 吴江: each failed before its fix
    plan = built_plan(tmp_path, (
        "重庆市大渡口区“十四五”科技创新规划\n“十三五”期间,大渡口区深入实施创新驱动发展战略,奠定了“十四五”科技创新的坚实基础。"
        "全社会研究与试验发展经费支出占地区生产总值比重提高至3.98%。\n"
    ))
    assert plan.own_targets() == []  # a bare “十四五” names a plan; the sentence's time is “十三五”期间, the past
    assert sentence_targets("到2025年,新建示范基地3家(含3家)以上。")[0][1:4] == ("at_least", 3, "家")  # the bound included
    assert sentence_targets("到2025年,新建公园3个(含本数)以上。")[0][1:4] == ("at_least", 3, "个")
    assert sentence_targets("通过实施八个方面具体工作任务,夯实全域旅游发展基础。") == []  # the plan's own tasks, by aspect
    assert sentence_targets("到2025年,实施10个重点项目。")[0][2:4] == (10, "个")  # (重点 is no aspect)
    assert sentence_targets("到2024年,全市5个集中式饮用水水源地水质达标率为100%。")[0][:4] == (
        "全市5个集中式饮用水水源地水质达标率", "reach", 100, "%")  # a rate stated with 为
    plan = built_plan(tmp_path, (
        "2024年全市生态环境工作要点\n2024年全市生态环境工作总体目标:推进生态环境质量持续改善。"
        "细颗粒物(PM2.5)平均浓度34.1微克/立方米以下,空气质量优良天数比率91%以上。\n"
    ), name="xuancheng.txt")
    assert [(str(t.value), t.comparator, t.year) for t in plan.own_targets()][0] == ("34.1", "at_most", 2024)  # a concentration's level, no verb


def test_round_72_and_73_forms_of_targets(tmp_path):  # 六盘水, 崇明, news of plans: each failed before its fix
    plan = built_plan(tmp_path, (
        "六盘水市2023年1—3月“十件民生实事”进展情况\n\n一、保障好重点群体就业,农业技能技术培训1000人次,城镇公益性岗位安置就业困难人员3370人。\n\n"
        "年度投资目标15495万元,1—3月完成投资2513万元。\n\n推进情况:1. 全市统筹开展补贴性职业技能培训5585人次。\n\n2. 开展农业技能技术培训484人次。\n"
    ), name="progress.txt")  # a report of how work went: what it reports is done, but the year's targets it restates
    assert sorted((t.value, t.unit) for t in plan.own_targets()) == [(1000, "人次"), (3370, "人"), (15495, "万元")]
    plan = built_plan(tmp_path, (
        "2019年崇明区政府实事项目和重点工程安排\n\n配送文艺演出不少于200场次、数字电影不少于5000场次\n\n开展文艺辅导、培训、讲座不少于100场次\n\n"
        "配送各类图书、杂志5万册\n"
    ), name="chongming.txt")  # items closed by their measure and a blank line, no punctuation
    assert [t.metric for t in plan.own_targets()] == ["配送文艺演出", "数字电影", "开展文艺辅导、培训、讲座", "配送各类图书、杂志"]
    plan = built_plan(tmp_path, "到2025年,废纸利用量达到 6000 万\n\n吨。\n", name="pdf.txt")
    assert [(t.value, t.unit) for t in plan.own_targets()] == [(6000, "万吨")]  # a PDF's value broken over a blank line: one value
    assert sentence_targets("2023年,开展补贴性职业技能培训2万人次。")[0][2:4] == (2, "万人次")  # those a subsidised training reaches
    plan = built_plan(tmp_path, "到2027年,提升农村供水保障能力,惠及4.98万人口。\n", name="people.txt")
    assert [(t.metric, t.value, t.unit) for t in plan.own_targets()] == [("惠及", Decimal("4.98"), "万人")]  # 人口: people; 惠及's 及


def test_round_71_forms_of_targets():  # 北京, 杭州, 苏州: rules of a grant, each failed before its fix
    assert sentence_targets("对重大标杆应用工程,按照项目工程投资予以一定比例支持,最高不超过5000万元。") == []  # a grant's cap
    assert sentence_targets("到2025年,单家企业每年申领杭州算力券金额不超过800万元。") == []  # what one may claim
    assert sentence_targets("对购买数据集进行研发的主体,经评审认定,按照不超过核定合同额的20%,给予最高200万元采购补贴。") == []  # what the grant is reckoned from
    assert sentence_targets("对非牵头类项目,给予联合共建主体参与建设投入的40%,最高500万元支持。") == []
    assert sentence_targets("到2025年,全市研发投入占地区生产总值的比重达到3.2%。")[0][2:4] == (Decimal("3.2"), "%")  # a level (的 is the metric's)


def test_review_of_rounds_68_to_73(tmp_path):  # found by a review of this session's rules, each failing before its fix
    plan = built_plan(tmp_path, (
        "关于XX市2023年国民经济和社会发展计划执行情况的报告\n2024年经济社会发展的主要预期目标是：地区生产总值增长6%左右，"
        "城镇新增就业1.3万人，居民消费价格涨幅控制在3%左右。\n"
    ), name="report.txt")
    assert len(plan.own_targets()) == 3  # a report on the plan goes on to the next year's: no progress report
    plan = built_plan(tmp_path, "XX市2023年十件民生实事进展情况\n一、农村公路\n2024年，新增城镇就业1.5万人，新建5G基站2000个。\n", name="next.txt")
    assert len(plan.own_targets()) == 2  # due after the year the title reports
    assert sentence_targets("到2025年，全市城镇污水处理率达到98%。目前，全市城镇污水处理率为95%。") == [
        ("全市城镇污水处理率", "reach", 98, "%", 2025, None)]  # 为 of the present
    assert len(sentence_targets("到2025年，按新口径计算的研发经费投入占地区生产总值的2.5%以上。")) == 1  # 占, no basis
    assert len(sentence_targets("到2025年，全市电子营业执照申领5万张，全市累计兑付惠企政策资金15亿元以上。")) == 2
    plan = built_plan(tmp_path, "到2025年，全市森林覆盖率达到 45%\n\n以上，城镇污水处理率达到 98%\n\n左右。\n", name="broken.txt")
    assert [(t.comparator, t.year) for t in plan.own_targets()] == [("at_least", 2025), ("reach", 2025)]  # a bound after a blank line


def test_round_72_counts_a_verb_carries():  # 老河口, 巨鹿, 长清 (blind round 72): each failed before its fix
    assert [t[0] for t in sentence_targets("2020年,新建11座乡镇公共厕所，1座交通公厕，3座旅游公厕。")] == [
        "新建乡镇公共厕所", "新建交通公厕", "新建旅游公厕"]  # a count opening the next clause takes the verb before
    assert [t[0] for t in sentence_targets("2020年,新建11座乡镇公共厕所，5个项目完成验收。")][0] == "新建乡镇公共厕所"
    assert len(sentence_targets("2020年,新建11座乡镇公共厕所，5个项目完成验收。")) == 2  # (a clause with its own work keeps it)
    assert sentence_targets("城市更新片区内现有居民3000户。") == []  # (更新 is no verb of counted work: 城市更新 is a noun)
    assert sentence_targets("2023年,养护农村公路路网107公里。")[0][2:4] == (107, "公里")
    assert sentence_targets("2023年,推进300堂健康知识巡讲。")[0][2:4] == (300, "堂")


def test_round_73_forms_of_targets():  # 秀山, 长沙 (blind round 73, news of cities' plans): each failed before its fix
    assert sentence_targets("到2027年,提升4.98万农村人口饮水质量。")[0][2:4] == (Decimal("4.98"), "万人")  # people whose water improves
    assert sentence_targets("到2027年,赋能1000家以上科技型企业。")[0][1:4] == ("at_least", 1000, "家")  # (浙江, blind round 74)
    assert [t[2] for t in sentence_targets("到2025年,预制菜企业数量达到200家以上(其中规模以上预制菜企业100家以上,加工产值1亿元以上企业达到25家)。")] == [
        200, 100, 25]  # a bracket of parts opens a clause of its own


def test_an_attached_task_list_no_table_reader_reads_still_states_targets(tmp_path):  # 上海, blind round 71
    head = (
        "上海市交通领域精细化管理三年行动计划（2024-2026年）\n\n一、总体要求\n\n（一）工作目标。全面提升交通设施品质。\n\n"
        "二、重点任务\n\n（一）改善城市道路环境。完成精品路建设。\n\n三、保障措施\n\n成立工作专班，确保各项任务扎实有序推进。\n\n"
    )
    table = [
        "任务", "分类", "主要方向", "重点任务（2024-2026）", "2024年工作项目", "2025年计划", "2026年计划", "牵头", "部门",
        "（一）", "提升交通设施环境品质", "1、改善城市道路环境", "（1）建设精品道路300条。",
        "建设精品道路100条。", "建设精品道路100条。", "建设精品道路100条。", "设施养护处", "各行业主管部门、各区",
    ]
    attached = "附件：交通领域精细化管理工作三年行动计划任务清单（2024-2026年）\n\n" + "\n\n".join(table) + "\n\n"
    done = "附件2：2023年交通工作完成情况\n\n建成精品道路80条。\n"
    path = tmp_path / "plan.txt"
    path.write_text(head + attached + done, encoding="utf-8")
    plan = policygraph.build([str(path)]).plans[0]
    found = [(t.value, t.text) for t in plan.targets]
    assert found.count((Decimal(100), "建设精品道路100条")) == 3 and (Decimal(300), "建设精品道路300条") in found
    assert all("attached_list" in t.rules for t in plan.targets)
    assert not any(t.value == 80 for t in plan.targets)  # an attached list of what was done holds results


def test_vehicles_put_into_service_are_an_amount():  # 投运, blind round 71 (上海)
    assert [(metric, value, unit) for metric, _, value, unit, _, _ in sentence_targets("每年投运中小车型公交车200辆。")] == [("每年投运中小车型公交车", 200, "辆")]
    assert sentence_targets("已投运充电桩300个。") == []  # done already


def test_round_75_forms_of_targets():  # 上海's plans from a public collection, blind round 75
    def found(text):
        return [(metric, value, unit) for metric, _, value, unit, _, _ in sentence_targets(text)]

    assert found("引育5家以上自主创新企业、10家以上产业链骨干企业。") == [("引育自主创新企业", 5, "家"), ("引育产业链骨干企业", 10, "家")]
    assert found("推出5款以上新产品。") == [("推出新产品", 5, "款")]
    assert found("宝山区成立15支志愿者队伍。") == [("宝山区成立志愿者队伍", 15, "支")]
    # 年产值超100亿元 and 具备…竞争力 both say which firms are counted: only the count is promised
    assert found("培育年产值超100亿元、具备较强国际竞争力的龙头企业2家。") == [("培育年产值超100亿元、具备较强国际竞争力的龙头企业", 2, "家")]
    assert found("我区涉及此类整治面积约1068亩。") == []  # what there is to put right, no amount to do
    assert found("涉及年度投资目标5.79亿元。") != []  # a goal after 涉及 is one
    assert found("对连接软管长度超过2米、私接“三通”的，责令整改。") == []  # the cases a rule is for
    assert found("依照第三款规定执行。") == []


def test_figures_of_cells_a_line_each_are_never_one_number():  # 嘉定's table 1, blind round 75
    text = (
        "表1 嘉定区海绵城市达标评估推进计划表\n\n年份\n\n达标区域\n\n达标区域面积\n（平方公里）\n\n达标区域\n总面积占比\n\n片区\n\n总计\n\n"
        "2020年-2023年\n\n嘉定新城中心城区、嘉北公园一期、\n城北大居西、城北大居东\n\n25.20\n\n25.20\n\n25%\n\n2024年\n\n远香湖南\n\n4.73\n\n40.39\n\n40%"
    )
    assert all(value != 3940 for _, _, value, _, _, _ in sentence_targets(text))  # (40.39 / 40% had read as 3940%)


def test_review_of_round_75_forms_of_targets():
    def found(text):
        return [(value, unit) for _, _, value, unit, _, _ in sentence_targets(text)]

    assert found("完成涉及群众切身利益的老旧小区改造200个。") == [(200, "个")]  # 涉及… qualifies what is counted
    assert found("全年完成固定资产投资超过50亿元、新开工的重大项目30个。") == [(50, "亿元"), (30, "个")]  # an amount, then another
    assert found("推广2024款新能源车型。") == []  # a model's year


def test_what_a_rule_forbids_and_a_team_of_one_are_no_targets():  # round 75's 燃气 plan
    def found(text):
        return [(value, unit) for _, _, value, unit, _, _ in sentence_targets(text)]

    assert found("不得在同一用气房间内使用两种及以上气源。") == []  # what is forbidden
    assert found("单位能耗不得超过0.5吨标准煤。") == [(Decimal("0.5"), "吨标准煤")]  # a ceiling
    assert found("建立一支由政府牵头的专业化燃气专家队伍。") == []  # 一支, an article
    assert found("组建3支应急队伍。") == [(3, "支")]


def test_an_attached_list_of_one_years_aims_dates_its_figures(tmp_path):  # 宝山's 附件2, blind round 75
    text = (
        "宝山区推进全程分类体系建设实施方案\n\n一、工作目标\n\n（一）全面覆盖。\n\n附件2\n\n2019年街镇（园区）生活垃圾分类目标任务分解表\n\n"
        "街镇、园区\n\n目标任务\n\n罗店镇\n\n创建达标累计61个小区。“两网融合”服务点累计79个。\n"
    )
    plan = built_plan(tmp_path, text)
    assert sorted((t.value, t.year) for t in plan.targets) == [(61, 2019), (79, 2019)]  # due in the year the list is of


def test_a_level_whose_name_quotes_a_programme():  # 宝山's 附件2, blind round 75
    text = "到2019年，“两网融合”分类量29.53吨/日，居民区湿垃圾分类量31.11吨/日。"
    assert [(metric, value) for metric, _, value, _, _, _ in sentence_targets(text)] == [
        ("“两网融合”分类量", Decimal("29.53")), ("居民区湿垃圾分类量", Decimal("31.11"))]


def test_review_of_the_sentence_base_year():  # a base stated for the sentence is a change's, never a level's or a year-on-year change's
    text = (
        "以2020年为基数，“十四五”期间全市单位地区生产总值能耗累计下降14%，非化石能源消费比重达到20%，"
        "2024年单位地区生产总值能耗比上年下降3%，地区生产总值同比增长5.5%左右。"
    )
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.value, t.base_year) for t in found] == [(14, 2020), (20, None), (3, None), (Decimal("5.5"), None)]
    text = "以2020年为基期，到2025年单位建筑面积能耗下降5%。"  # 基期, and no words between 年 and 为
    assert [t.base_year for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [2020]


def test_round_76_forms_of_targets():  # 苏州, 北京, 平潭, 四川 (blind round 76): each failed before its fix
    # a domain between the verb and its count (人工智能领域), 筛选 before a count, a computing power's unit, users in 万
    assert sentence_targets("到2026年，培育形成人工智能领域490家省级以上专精特新企业、1200家高新技术企业。") == [
        ("培育形成人工智能领域省级以上专精特新企业", "reach", 490, "家", 2026, None), ("培育形成人工智能领域高新技术企业", "reach", 1200, "家", 2026, None)]
    assert sentence_targets("到2026年，动态筛选300个垂类大模型，全市智算规模达17000PFLOPS，服务不少于1000万用户。") == [
        ("动态筛选垂类大模型", "reach", 300, "个", 2026, None), ("全市智算规模", "reach", 17000, "PFLOPS", 2026, None),
        ("服务", "at_least", 1000, "万用户", 2026, None)]
    # a rate (按每人每天), a share of its own capacity a rule allows (不高于其…的80%), a per-unit reward: no promises
    assert sentence_targets("培训补助标准按每人每天200元核定。单个新能源项目申报电量规模不高于其发电能力的80%。") == []
    assert sentence_targets("对企业每推出1款新产品，给予5万元奖励。") == []
    # a floor written as reaching or passing (达到或超出), a standard met or bettered in a metric's words
    assert sentence_targets("到2020年，人均体育场地面积达到或超出2.2平方米。") == [("人均体育场地面积", "at_least", Decimal("2.2"), "平方米", 2020, None)]
    assert [t[2] for t in sentence_targets("每年新增10个公园，新能源汽车占其新增车辆的比例达到30%。")] == [10, 30]  # (每年; 占其…: a share)


def test_round_77_forms_of_targets():  # 辽宁, 吉林 (blind round 77): each failed before its fix
    # an aside of what is included before 以上, other measures of the same things in brackets, 淘汰 (not 更新: 城市更新 a noun)
    assert sentence_targets("到2025年，全省计划建成充电桩12万个（含私人桩）以上、换电站200座以上。") == [
        ("全省计划建成充电桩", "at_least", 12, "万个", 2025, None), ("换电站", "at_least", 200, "座", 2025, None)]
    assert sentence_targets("到2027年，完成淘汰木质老旧渔船（设备）2000艘（台、套）以上。") == [
        ("完成淘汰木质老旧渔船（设备）", "at_least", 2000, "艘", 2027, None)]
    assert [t[2] for t in sentence_targets("新建居民社区要确保固定车位100%建设充电设施。")] == [100]  # a share of things that build
    # a cap of support as a share of a cost, a reward each time a figure is reached: no promises
    assert sentence_targets("单个项目支持额度不超过项目投资额的15%。原则上不超过合同总额的30%。") == []
    assert sentence_targets("家电以旧换新零售额增量每达1000万元，奖励10万元。") == []


def test_review_of_rounds_76_and_77_target_rules():  # defects a review of this session's rules reproduced, each failing before its fix
    # a share of its own or of a cost is a rule's cap only in a rule's clause; elsewhere a level the plan commits to
    assert [t[:3] for t in sentence_targets("到2025年，新增公交车中新能源车辆比例不低于其新增总量的80%，个人卫生支出不超过卫生总费用的27%。")] == [
        ("新增公交车中新能源车辆比例占其新增总量", "at_least", 80), ("个人卫生支出占卫生总费用", "at_most", 27)]
    # 按每… before a count of things is a quota (a rate is money's)
    assert [t[2] for t in sentence_targets("到2025年，按每县建成1个以上县级物流中心的要求推进。")] == [1]
    # 达到或优于 has no direction of its own (PM2.5 浓度 is better lower): not read as a floor
    assert not any(t[1] == "at_least" for t in sentence_targets("到2025年，PM2.5年均浓度达到或优于30微克/立方米。"))


def test_round_78_forms_of_targets():  # 西安, 潮州, 北京 (blind round 78 and round 76's 北京): each failed before its fix
    # a floor between the word that makes the counted ones the doers and their count
    assert sentence_targets("到2027年，在基础研究、医药健康等不少于5个领域形成示范应用。") == [
        ("在基础研究、医药健康等领域形成示范应用", "at_least", 5, "个", 2027, None)]
    assert sentence_targets("到2025年，推动超过30所高校开设人工智能课程。") == [("推动高校开设人工智能课程", "more_than", 30, "所", 2025, None)]
    assert [t[:3] for t in sentence_targets("到2025年，支持不少于10家企业建设智能工厂。")] == [("支持企业建设智能工厂", "at_least", 10)]
    # (a floor after a verb of its own is still a floor on its object)
    assert [t[:3] for t in sentence_targets("选择不低于3个试点地区开展生态养殖。")] == [("选择试点地区开展生态养殖", "at_least", 3)]
    # campaigns named, then counted: the plan's own work, no amount
    assert sentence_targets("深入打好柴油货车污染治理、臭氧污染防治、重污染天气消除三个标志性战役。") == []
    # places listed, then counted in words: the count of the work (things named, then counted, are not)
    assert sentence_targets("2024年，完成蓝田县、周至县两处规模化供水设施建设。") == [
        ("完成蓝田县、周至县规模化供水设施建设", "reach", 2, "处", 2024, None)]
    assert sentence_targets("推进区域、园区、企业三个层面的资源综合利用，落实永久基本农田、生态保护红线、城镇开发边界三条控制线。") == []


def test_round_79_forms_of_targets(tmp_path):  # 福建, 连云港, 涉县, 保康, 河北 (page heads, blind rounds 79 and 80): each failed before its fix
    # the things counted, then 是: what they are, no work (a verb after 是 is the statement's)
    assert sentence_targets("2021年，50件民生实事是保障改善民生的重要举措。") == []
    # verbs of livelihood lists: placing equipment, recruiting, seconding
    assert [t[:4] for t in sentence_targets("2022年，在公共场所配置2000台自动体外除颤器，抽调1000名中高级职称医师下基层服务，全市新招聘中小学教师800人。")] == [
        ("在公共场所配置自动体外除颤器", "reach", 2000, "台"), ("抽调中高级职称医师下基层服务", "reach", 1000, "名"),
        ("全市新招聘中小学教师", "reach", 800, "人")]
    # 并 opens the next piece of work: the first figure's object does not run on into it
    assert [t[:4] for t in sentence_targets("2025年，在17个乡镇硬化道路10万平方米并安装太阳能路灯1000盏。")] == [
        ("在17个乡镇硬化道路", "reach", 10, "万平方米"), ("安装太阳能路灯", "reach", 1000, "盏")]
    # a page with no title whose opening sentence names the year's livelihood projects: its list is that year's
    plan = built_plan(tmp_path, (
        "保康县第十九届人民代表大会第五次会议对2026年县政府民生实事项目进行了票决。票决结果如下:\n"
        "一、农村公路提档升级项目。新建、改建农村公路100公里。\n二、就业项目。城镇新增就业人数不低于4500人。\n"))
    assert plan.title is None and [(t.value, t.year) for t in plan.targets] == [(100, 2026), (4500, 2026)]
    # (an opening's year with no annual programme, or a deadline, or two years, names no year of the page's)
    from policygraph.extract.targets import lead_annual_year
    assert lead_annual_year("2020年全县完成造林1万亩。") is None
    assert lead_annual_year("到2025年民生实事项目全部完成。") is None
    assert lead_annual_year("2024年民生实事完成情况和2025年民生实事项目如下：") is None


def test_round_81_forms_of_targets():  # 平潭, 嘉定 (whole plans, blind round 81): each failed before its fix
    # an age range before who it is (0—6岁儿童), a definition's thresholds (指…不足25％…的用地): no amounts
    assert sentence_targets("开展0—6岁儿童眼保健和视力检查工作，严格落实3-6岁儿童学习与发展指南。") == []
    assert sentence_targets("指已动工开发但已投资额占总投资额不足25％，终止开发建设满一年的国有建设用地。") == []
    assert [t[:3] for t in sentence_targets("到2025年，60岁以上老年人健康管理率达到70%。")] == [("60岁以上老年人健康管理率", "reach", 70)]


def test_review_of_round_83_target_rules():  # defects a review of round 83's rules reproduced, each failing before its fix
    # a label or a clause names a level's measure only if it names a measure (not 其中：, 近期目标：, 持续提升森林质量)
    assert [t[0] for t in sentence_targets("全市森林覆盖率2023年达到44%，持续提升森林质量，2025年达到45%。")] == ["全市森林覆盖率", "全市森林覆盖率"]
    assert [t[0] for t in sentence_targets("单位GDP能耗下降13.5%，其中：2023年下降8%。")] == ["单位GDP能耗", "单位GDP能耗"]
    # a sentence a PDF double-spaced, or broke after a threshold in 亿元, runs on over its blank lines
    assert [t[2:4] for t in sentence_targets("到2025年，全市城镇居民人均可支配收入和农村居民人均\n\n可支配收入分别达到8万元和\n\n4万元。")] == [
        (8, "万元"), (4, "万元")]
    assert [t[:4] for t in sentence_targets("到2025年，全市培育年营业收入超100亿元\n\n企业20家。")] == [("全市培育年营业收入超100亿元企业", "reach", 20, "家")]


def test_round_83_forms_of_targets(tmp_path):  # 四川, 深圳, 福州, 山西 (page heads of targets sections, blind round 83): each failed before its fix
    # what a level measures, named by a label or before the baseline the clause before states
    assert [t[:4] for t in sentence_targets("5G基站数量：从2020年的3.6万个，增加到2025年的25万个。森林覆盖率：2025年达到45%。")] == [
        ("5G基站数量", "reach", 25, "万个"), ("森林覆盖率", "reach", 45, "%")]
    assert [t[0] for t in sentence_targets("四川省5G基站数量将从2020年的3.6万个，增加到2025年的25万个；5G网络用户普及率，将从11%增至60%。")] == [
        "四川省5G基站数量", "5G网络用户普及率"]
    # the end of a planning period is its last year; people counted in 万人次 with no measure word after
    assert [(t[2], t[4]) for t in sentence_targets("到“十四五”期末，全市人均期望寿命达到80岁，孕产妇死亡率控制在12/10万以下。")] == [(80, 2025), (12, 2025)]
    assert [t[2:4] for t in sentence_targets("到2025年，接待旅游人次7300万。")] == [(7300, "万人次")]
    # who issued the document, the plan's own parts: counted, no amounts
    assert sentence_targets("省水利厅、省发改委、省住建厅、省农业农村厅等5部门联合印发《山西省节水型社会建设规划》。") == []
    assert sentence_targets("打造一流产业生态等7个部分，紧紧扭住创新驱动、转型升级两个关键。") == []
    # a headline's measure, then a blank line and the page's date or a bulleted line: each a sentence of its own
    plan = built_plan(tmp_path, (
        "四川省“十四五”新型基础设施建设规划\n\n到2025年 四川将建成5G基站25万个\n\n2021年09月12日07:58 | 来源:四川日报\n\n"
        "  ●5G基站数量:从2020年的3.6万个,增加到2025年的25万个\n\n  ●5G网络用户普及率:从2020年的11%,增加到2025年的60%\n\n"
        "  近日,四川省政府印发《四川省“十四五”新型基础设施建设规划》。\n"))
    assert [(t.metric, t.value) for t in plan.targets][1:] == [("5G基站数量", 25), ("5G网络用户普及率", 60)]
    assert [t.value for t in plan.targets][:1] == [25]  # (the headline's: its metric still runs on from the title line above)


def test_round_84_forms_of_targets(tmp_path):  # 宁波, 会昌, 三明, 云溪, 西乡 (page heads of bureau and county work plans, blind round 84): each failed before its fix
    # a sentence saying what its year is (2024年是实施“十四五”规划的关键一年) gives the paragraph no period: the annual plan's year holds
    plan = built_plan(tmp_path, (
        "2024年全市水利工作思路\n一、总体目标\n2024年是实施“十四五”规划的关键一年,加快推进水利建设。全年完成水利投资200亿元以上,"
        "全社会用水总量控制在25亿立方米以下,万元GDP用水量控制在15立方米以下,万元工业增加值用水量10.5立方米以下;打造一批幸福河湖样板工程。\n"))
    assert [(t.value, t.year, t.period_start) for t in plan.targets] == [(200, 2024, None), (25, 2024, None), (15, 2024, None), (10.5, 2024, None)]
    # 办好 counts the things promised; 认证 right before its count
    assert [t[2:4] for t in sentence_targets("2023年，县委县政府承诺办好65件民生实事项目，每个乡镇办好1所乡镇卫生院。")] == [(65, "件"), (1, "所")]
    assert [t[2:4] for t in sentence_targets("2022年，“二品一标”产品认证2个以上。")] == [(2, "个")]
    # a period opening the clause stands for 每: how often, a routine (not 月底前…)
    assert sentence_targets("县委督查办要综合运用明察暗访等手段,月开展一次督查督办,力促各项任务节点推进。") == []
    assert [t[2] for t in sentence_targets("今年，月底前开展一次全面排查。")] == [1]


def test_round_85_forms_of_targets():  # 福州 (page heads of implementation plans, blind round 85): each failed before its fix
    # circles counted are an amount (a reach names one only in minutes or kilometres); 2021年—2025年 is a span
    assert [(t[2], t[3], t[4]) for t in sentence_targets("2021年—2025年每年至少建成10个以上便民生活圈。")] == [(10, "个", (2021, 2025))]
    assert sentence_targets("到2025年，建立2-6小时应急响应圈，打造15分钟生活圈。") == []
    assert [t[4] for t in sentence_targets("从2020年到2025年，全市森林覆盖率提高到45%。")] == [2025]  # (a base, then the due year)


def test_round_87_forms_of_targets():  # 浙江 (a page head of an air plan with clauses, blind round 87): failed before its fix
    # an edition's year inside a document's name, (2019年本), is no time of the sentence
    assert [t[4] for t in sentence_targets("严格执行《产业结构调整指导目录》(2019年本),淘汰50家企业落后产能。")] == [None]
    # (which let a wild guide's 成熟一个，启动一个, one at a time, through as a count: an unquoted pair of ones is no amount)
    assert sentence_targets("2021年，经专家论证，成熟一个，启动一个。建成1个创新中心。") == [("建成创新中心", "reach", 1, "个", 2021, None)]
    # (a review of these rules: only an edition closing a bracket; only bare verbs each with 一个 at a clause's edge)
    assert [t[4] for t in sentence_targets("到2025年本市新建充电桩5000个，到2025年修订完善地方标准20项。")] == [2025, 2025]
    assert [t[2] for t in sentence_targets("到2025年，创建国家级园区一个、省级园区一个，新建十一个、改造一个污水处理厂。")] == [1, 1, 11, 1]
    assert [t[2] for t in sentence_targets("到2025年，新建一个，改扩建一个垃圾焚烧厂。")] == [1, 1]
    assert sentence_targets("坚持成熟一个，启动一个，建成一个，验收一个。") == []


def test_round_89_forms_of_targets(tmp_path):  # 南京 (a page head of a three-year plan, blind round 89): each failed before its fix
    # years ahead as many as the title's period (力争通过3年建设 in a plan of 2024—2026) are due at its end
    plan = built_plan(tmp_path, (
        "南京市城市更新行动计划（2024—2026年）\n二、总体目标\n力争通过3年建设,城市地下管网完成更新改造450公里以上;"
        "城市生活污水集中收集率达到90%;城市内涝防治标准达到30年一遇,易淹易涝点100%动态消除,城市排水防涝能力明显提高。\n"))
    assert [(t.value, t.unit, t.year) for t in plan.targets] == [(450, "公里", 2026), (90, "%", 2026), (30, "年一遇", 2026), (100, "%", 2026)]
    # (a span ahead of another length than the title's says no year)
    plan = built_plan(tmp_path, "某市城市更新行动计划（2024—2026年）\n二、总体目标\n力争通过5年努力,城市生活污水集中收集率达到90%。\n")
    assert [(t.value, t.year) for t in plan.targets] == [(90, None)]


def test_round_90_forms_of_targets(tmp_path):  # 双牌, 舒城, 襄城, 青阳 (page heads of zone, county and bureau plans, blind round 90): each failed before its fix
    # a counted object may carry a bracketed aside as long as itself (含1家…项目), and a threshold of its own
    assert [t[2:4] for t in sentence_targets(
        "2019年，力争引进6家投资5000万元以上的工业产业项目(含1家投资2亿元以上的500强企业项目),年内新增入统企业5家以上。")] == [(6, "家"), (5, "家")]
    # 上稿 right before its count; 担 a measure of weight
    assert [t[2:4] for t in sentence_targets("2019年，全年在省、市、县等主要媒体或报刊上稿2篇以上。")] == [(2, "篇")]
    assert [t[2:4] for t in sentence_targets("2022年，确保烟叶种植面积达到12万亩、产量30万担以上。")] == [(12, "万亩"), (30, "万担")]
    # a bound on what an uncounted batch of firms is (一批产值超5亿元…的龙头企业) promises no figure
    assert sentence_targets("2021年，培育一批产值超5亿元、税收超1000万元的龙头企业。") == []
    assert [t[2:4] for t in sentence_targets("2021年，全市工业产值超5亿元，培育产值超5亿元的企业3家。")] == [(5, "亿元"), (3, "家")]
    # a summary's 工作开展情况 reviews the year: its figures are results
    plan = built_plan(tmp_path, (
        "县卫健委2023年工作总结及2024年工作安排\n2023年,县卫生健康委坚持以人民为中心。\n一、工作开展情况\n"
        "(一)扎实开展党的建设工作\n一是加强党性学习教育。全年开展集中学习70余次,专题研讨4次。\n"))
    assert plan.targets == [] and all(not task.targets for task in plan.tasks)


def test_round_92_forms_of_targets(tmp_path):  # 南漳镇, 上虞, 湘潭, 济南, 达州 (page heads of township and zone plans, blind round 92): each failed before its fix
    # a project's site (占地) is what there is, no amount to do
    assert [t[2:4] for t in sentence_targets("(四)酒村净菜加工项目:该项目占地10亩,预计投资1000余万元。")] == [(1000, "万元")]
    # programmes counted in words by their quoted name after a verb of carrying out are a slogan (not things built)
    assert sentence_targets("2024年，深入实施三个“一号工程”，扎实开展“三个年”活动。") == []
    assert [t[2:4] for t in sentence_targets("2024年，建设三个“口袋公园”，实施三个“微改造”项目。")] == [(3, "个"), (3, "个")]
    # investment attracted, projects signed, firms settled and a net gain are amounts of work
    assert [t[2:4] for t in sentence_targets(
        "2023年，合同引资150亿元以上，每个园区新签约项目5个以上，数字经济产业园新入驻相关企业20家以上，全年净增规上工业企业10家以上。"
    )] == [(150, "亿元"), (5, "个"), (20, "家"), (10, "家")]
    # a news page of the year's work meeting is an annual plan: last year's figures are results
    plan = built_plan(tmp_path, (
        "济南高新区2024年工作动员大会召开\n2023年，济南高新区认真落实中央决策部署，全区地区生产总值达到1767.3亿元，同比增长7.3%。\n"
        "2024年，力争地区生产总值增长6%以上。\n"))
    assert [(t.value, t.year) for t in plan.targets] == [(6, 2024)]


def test_review_of_round_90_target_rules(tmp_path):  # defects a review of round 90's rules reproduced, each failing before its fix
    # the figures inside a counted object's aside are read after it
    assert [t[2:4] for t in sentence_targets(
        "2024年，全年实施50个省市重点项目（其中省重点项目12个、市重点项目38个，总投资320亿元，年度计划投资85亿元）。")] == [
        (50, "个"), (12, "个"), (38, "个"), (320, "亿元"), (85, "亿元")]
    # a heading that reviews a year and plans the next is no review: its plan's figures are targets
    plan = built_plan(tmp_path, (
        "XX县发改局2023年工作总结\n一、2023年工作开展情况及2024年工作打算\n（一）2023年工作开展情况\n全年完成固定资产投资45亿元。\n"
        "（二）2024年工作打算\n全年完成固定资产投资50亿元，增长10%。\n"))
    assert sorted(t.value for t in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]) == [10, 50]


def test_round_93_section_ahead(tmp_path):  # 嘉兴 (blind round 93): failed before its fix
    # a year's report breakdown whose section looks five years ahead (一、未来五年主要工作任务): no year of the title there
    plan = built_plan(tmp_path, (
        "嘉兴市2022年政府工作报告重点工作和民生实事项目责任分解\n一、未来五年主要工作任务\n1.地区生产总值突破1万亿元。（责任单位：市发展改革委）\n"
        "二、2022年重点工作\n2.地区生产总值增长6.5%。（责任单位：市发展改革委）\n"))
    assert [(t.value, t.year) for task in plan.tasks for t in task.targets] == [(1, None), (Decimal("6.5"), 2022)]


def test_round_93_forms_of_targets():  # 商丘, 韶关 (page heads of a livelihood plan and a city's tax measures, blind round 93): each failed before its fix
    # things listed, then 各 and one amount: the amount for each
    assert [t[0:3] for t in sentence_targets("2023年，宫颈癌、乳腺癌各完成筛查8.1万人。")] == [
        ("宫颈癌完成筛查", "reach", Decimal("8.1")), ("乳腺癌完成筛查", "reach", Decimal("8.1"))]
    assert [t[0] for t in sentence_targets("2023年，各区新建公园2个。")] == ["各区新建公园"]
    # shares of a tax a rule pays back (…100%、75%、50%的财政支持) are no levels to reach
    assert sentence_targets("对亩产税收在行业平均亩产税收200%以上的，分别给予缴纳城镇土地使用税100%、75%、50%的财政支持。") == []


def test_round_97_forms_of_targets():  # 漾濞, 阿拉善 (page heads of autonomous areas' plans, blind round 97): each failed before its fix
    # a year naming a thing inside an aside is no time of the sentence: the list's year goes on
    goals = sentence_targets("2023年经济社会发展的主要预期目标建议为:一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)增长3%以上;规模以上固定资产投资增长6%以上。")
    assert [(t[0], t[4]) for t in goals] == [("一般公共预算支出(扣除2022年灾后恢复重建专项资金支出外)", 2023), ("规模以上固定资产投资", 2023)]
    # (a year opening an aside's own clause is its time: （2021年完成营造林30万亩以上，2022年完成40万亩）)
    assert [(t[2], t[4]) for t in sentence_targets("加快森林经营进程（2021年完成营造林30万亩以上，2022年完成40万亩）。")] == [(30, 2021), (40, 2022)]
    # 一个 listed with names counted by 大 is a slogan's part; beside counted work it stays a count
    assert sentence_targets("为实现建设一个示范盟、打造五大基地、实施七大工程的目标贡献力量。") == []
    assert sentence_targets("到2025年，打造五大基地、建设一个示范区。") == []
    assert [t[2] for t in sentence_targets("到2025年，建设一个示范区、新建5个园区。")] == [1, 5]


def test_round_99_forms_of_targets():  # 钟楼, 新昌 (page heads of target-task breakdowns, blind round 99): each failed before its fix
    # 招引 (projects attracted), 亮化 (roads lit), graves counted in 穴
    assert [t[2] for t in sentence_targets("2024年，全年招引落户首店首牌项目30个、数字经济项目50个。")] == [30, 50]
    assert [(t[2], t[3]) for t in sentence_targets("2021年，亮化农村公路75公里，新增墓穴10000穴。")] == [(75, "公里"), (10000, "穴")]
    assert [t[2] for t in sentence_targets("到2025年，30户以上自然村寨亮化工程全覆盖。")] == []  # (亮化工程 is a noun)


def test_review_of_rounds_97_to_99_target_rules():  # defects a review of rounds 97-99's rules reproduced, each failing before its fix
    # a year in an aside after a lead-in (其中, 力争, 计划) or before what is done is the aside's time
    assert [(t[2], t[4]) for t in sentence_targets("到2025年，全市累计新增城镇就业5万人（其中2023年新增1.5万人、2024年新增1.6万人）。")] == [
        (5, 2025), (Decimal("1.5"), 2023), (Decimal("1.6"), 2024)]
    assert [(t[2], t[4]) for t in sentence_targets("到2025年，全市森林覆盖率稳步提升（力争2025年达到45%）。")] == [(45, 2025)]
    assert [(t[2], t[4]) for t in sentence_targets("到2025年，改造棚户区（计划2024年改造3000套）。")] == [(3000, 2024)]
    # 一大批 is a great many, no name counted by 大: the one thing built beside it is counted
    assert [t[2] for t in sentence_targets("到2025年，建成一个国家级科技企业孵化器、一大批省级研发平台。")] == [1]
    assert sentence_targets("到2025年，打造一个中心、千大企业、三大基地。") == []  # (千大 is a numbered name; only 一大 is not)


def test_round_102_forms_of_targets():  # 江西, 河南 (page heads of provincial plans, blind round 102): each failed before its fix
    # 构建 counts what it builds; a share after 实施 that names a policy is the policy's, no level to reach
    assert [t[2] for t in sentence_targets("到2030年，构建30个以上高质量行业数据集。")] == [30]
    assert sentence_targets("2023年，对旅行社继续实施100%暂退旅游服务质量保证金政策。") == []
    assert [t[2] for t in sentence_targets("到2025年，推动80%以上企业落实安全生产责任制度。")] == [80]


def test_a_price_a_rule_sets_is_no_target(tmp_path):  # round 76's 四川 pricing plan, once a year in its aside no longer dated it past
    plan = built_plan(tmp_path, (
        "某省深化新能源上网电价市场化改革实施方案\n一、存量项目\n2.\n机制电价\n存量新能源项目（不含甘孜州\n2020\n"
        "年南部光伏基地正斗一期竞争配置项目）机制电价按现行燃煤发电基准价\n0.4012\n元\n/\n千瓦时（含税，下同）执行。\n"
        "二、目标\n到2025年，全省新增新能源装机1000万千瓦。\n"
    ))
    assert [t.value for t in (*plan.targets, *(t for task in plan.tasks for t in task.targets))] == [1000]


def test_review_of_rounds_91_to_93_target_rules(tmp_path):  # defects a review of rounds 91-92's rules reproduced, each failing before its fix
    # 占地 is a site only where it opens its clause or follows what stands on it
    assert [t[2] for t in sentence_targets("2024年，全市税收收入占地方一般公共预算收入比重达到75%以上。")] == [75]
    assert [t[2] for t in sentence_targets("2024年，完成临时占地复垦1200亩，清理闲置占地500亩。")] == [1200, 500]
    # a meeting's report of the half year, a share already done, rounds of work
    assert sentence_targets("会议通报，上半年全县新签约项目28个，新入驻企业15家。") == []
    assert sentence_targets("2024年，目前85%已整改到位。") == []
    assert [t[2:4] for t in sentence_targets("2024年，全年开展两轮“回头看”，开展四次“大走访”。")] == [(2, "轮"), (4, "次")]
    # 经济工作会议 of a year sets the next year's work: no annual plan of that year
    plan = built_plan(tmp_path, (
        "XX市贯彻落实2023年中央经济工作会议精神重点任务分工方案\n1.全年实施省市重点项目500个，完成投资1200亿元。（牵头单位：市发展改革委）\n"))
    assert [t.rules.count("annual_plan_year") for task in plan.tasks for t in task.targets] == [0, 0]
    # a page of a year's meeting on a three-year action: what is due years ahead is not due this year
    plan = built_plan(tmp_path, "2024年全市城市更新三年行动推进会召开\n会议要求，力争通过3年攻坚，完成城中村改造30个。\n")
    assert [t.year for t in plan.targets] == [None]


def test_round_94_forms_of_targets():  # 汉中 (a page head of a 2024 plan, blind round 94): failed before its fix
    # the plan's own actions counted (实施…5项行动) are its structure, no amount (组织开展专项行动3次 is)
    assert sentence_targets("实施养老服务优化、医养融合发展、适老设施提升、老年产业培育、要素支撑保障5项行动,促进养老事业产业协同。") == []
    assert [t[2:4] for t in sentence_targets("2024年，组织开展专项行动3次。")] == [(3, "次")]


def test_round_95_forms_of_targets():  # 武宁 (a page head of a county's grain plan, blind round 95): each failed before its fix
    # a measure stated with 在 (粮食总产量在3.17亿斤以上), and the parts of the targets just stated (其中：早稻3万亩…)
    found = sentence_targets("2023年，确保全县粮食播种面积稳定在43.92万亩以上，粮食总产量在3.17亿斤以上。其中：早稻3万亩，中稻27万亩。")
    assert [(t[0], t[2], t[3], t[4]) for t in found] == [
        ("全县粮食播种面积", Decimal("43.92"), "万亩", 2023), ("粮食总产量", Decimal("3.17"), "亿斤", 2023),
        ("早稻", 3, "万亩", 2023), ("中稻", 27, "万亩", 2023)]
    # (a breakdown after a sentence with no target is no target either; a threshold stated with 在 stays one)
    assert sentence_targets("做好粮食生产工作。其中：早稻3万亩，中稻27万亩。") == []
    assert sentence_targets("对年综合能耗在1万吨标准煤以上的企业开展节能审计。") == []
    # a floor on a share with its things right after it, no 的 between (超三分之二重点一级支流考核断面…达到Ⅲ类及以上)
    assert [(t[1], t[3]) for t in sentence_targets("2022年，潭江流域超三分之二重点一级支流考核断面水质达到Ⅲ类及以上。")] == [("more_than", "%")]


def test_round_96_forms_of_targets(tmp_path):  # 木兰, 成安 (page heads of 2019-2020 plans, blind round 96): each failed before its fix
    # the year of results kept or built on (巩固2018年…成果, 在2019年…的基础上) is no due date
    assert [t[4] for t in sentence_targets("保持和巩固2018年环境空气质量改善成果,明显减少重污染天数,空气质量优良天数比率达到90%以上。")] == [None]
    assert [t[4] for t in sentence_targets("2020年，今年，我县要在2019年农村厕所改造工作的基础上，再整村推进45个村厕所改造任务。")] == [2020]
    # a notice's attachment line, its signature, then the plan's own title: the plan is the body
    plan = built_plan(tmp_path, (
        "木兰县人民政府关于印发木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)的通知\n各乡(镇)政府、县内各有关部门:\n"
        "现将《木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020)》印发给你们,请认真抓好落实。\n附件:木兰县打赢蓝天保卫战三年行动计划目标任务分解表\n"
        "木兰县人民政府\n2019年5月29日\n木兰县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)\n为全面落实省、市部署,制定本方案。\n"
        "一、总体要求\n(二)改善目标\n明显减少重污染天数,空气质量优良天数比率达到90%以上。\n二、重点任务\n"))
    assert [t.value for t in plan.targets] == [90]


def test_review_of_rounds_93_to_96_target_rules(tmp_path):  # defects a third review reproduced, each failing before its fix
    # 已… qualifying the things counted is no work done; only a present state said after its figure is
    assert [t[2] for t in sentence_targets("2024年，推动20个已签约项目开工建设，推进15个已入驻企业实现投产。")] == [20, 15]
    assert sentence_targets("2024年，目前85%已整改到位。") == []
    # 各 after a collective's determiner or a count of the items is no "each"
    assert [t[0] for t in sentence_targets("2024年，市、县各相关部门全年开展联合执法检查200次。")] == ["市、县各相关部门全年开展联合执法检查"]
    assert len(sentence_targets("2024年，市、县两级各设立就业专项资金500万元。")) == 1
    # rounds of work counted are amounts, whatever they are called
    assert [t[2:4] for t in sentence_targets("2024年，全年组织开展3次专项行动。")] == [(3, "次")]
    # a heading of years ahead and this year's work is this year's too
    plan = built_plan(tmp_path, (
        "XX市2022年政府工作报告重点工作分解\n二、今后五年奋斗目标和2022年重点工作\n（一）扩大有效投资。全年实施重点项目300个。（责任单位：市发展改革委）\n"))
    assert [t.year for task in plan.tasks for t in task.targets] == [2022]
    # a separate 办法 attached to a notice is no body of the plan the notice issues
    plan = built_plan(tmp_path, (
        "XX县人民政府办公室关于印发XX县农村人居环境整治提升工作方案的通知\n各乡镇：\n现将《XX县农村人居环境整治提升工作方案》印发给你们。\n"
        "附件：XX县农村人居环境整治考核办法\nXX县人民政府办公室\n2024年4月2日\nXX县农村人居环境整治考核办法\n"
        "考核结果纳入乡镇年度综合考核，占比10%。\n"))
    assert not [t for t in plan.targets if t.value == 10]


def test_review_of_round_85_target_rules(tmp_path):  # defects a review of round 85's rules reproduced, each failing before its fix
    # 部 before 分区规划 is a measure word (部分 opens no word here); 部委 counted are issuers
    assert [t[2:4] for t in sentence_targets("到2025年，完成3部分区规划编制。")] == [(3, "部")]
    assert sentence_targets("省发展改革委等4部委联合印发《方案》。") == []
    # a count written with 个 before a reach names the zone (1个小时交通圈), no count of zones
    assert sentence_targets("到2025年，基本建成市域1个小时交通圈。") == []
    # years written out that end before the plan was issued report the past
    plan = built_plan(tmp_path, (
        "关于印发《宿州市2023年高标准农田建设工作方案》的通知\n各县、区人民政府：\n现将《宿州市2023年高标准农田建设工作方案》印发给你们。\n"
        "宿州市人民政府办公室\n2023年3月1日\n宿州市2023年高标准农田建设工作方案\n"
        "2020年—2022年，全市共建成高标准农田80万亩，完成投资30亿元。2023年，全市计划新建高标准农田20万亩。\n"))
    assert [t.value for t in plan.targets] == [20]


def test_review_of_round_84_target_rules(tmp_path):  # defects a review of round 84's rules reproduced, each failing before its fix
    # a period opens a routine's clause only before a verb of routine work (not 周密, 周口市, 月湖, 半年后)
    assert [t[2] for t in sentence_targets("周密组织开展1次全县森林防火应急演练。周口市组织开展1次应急演练。月湖景区举办1次非遗展演活动。")] == [1, 1, 1]
    # a firm period in a sentence that says what its year is stays the paragraph's time
    plan = built_plan(tmp_path, (
        "某县国民经济和社会发展第十四个五年规划纲要\n二、发展目标\n2021年是“十四五”开局之年，“十四五”期间，全县经济社会发展的主要目标是：\n"
        "1.地区生产总值年均增长7%以上。\n2.城镇新增就业2万人。\n3.森林覆盖率达到65%。\n"))
    assert [(t.period_start, t.period_end) for t in plan.targets] == [(2021, 2025)] * 3
    # targets in the same sentence take the annual plan's year, not the bare period it names
    plan = built_plan(tmp_path, "2024年全市水利工作思路\n一、总体目标\n2024年是实施“十四五”规划的关键一年，全年完成水利投资200亿元以上，新增供水能力5000万立方米。\n")
    assert [(t.year, t.period_start) for t in plan.targets] == [(2024, None), (2024, None)]
    # a title reviewing a year dates no next step with it
    plan = built_plan(tmp_path, (
        "平江县水利局2023年工作总结及下一步工作思路\n一、2023年工作开展情况\n全年完成水利投资5.2亿元。\n二、下一步工作思路\n改造病险水库8座。\n"))
    assert [t.year for t in plan.targets if t.value == 8] == [None]
    # 部 opening 部门 is no measure word: who issued a document, counted, is no amount (3部地方性法规 stays one)
    assert sentence_targets("省农业农村厅、省发展改革委等4部门联合印发《湖南省2024年乡村振兴重点工作方案》。") == []
    assert [t[2:4] for t in sentence_targets("到2025年，完成3部地方性法规制定。")] == [(3, "部")]


def test_review_of_rounds_81_and_82_target_rules():  # defects a review of rounds 81-82's rules reproduced, each failing before its fix
    # an age is a group's only before who it names (or as a range): a life expectancy stays a target
    assert [t[2] for t in sentence_targets("到2025年，实现人均预期寿命再提高1岁的目标，全市人均预期寿命达到81岁目标。")] == [1, 81]
    # words that open with 指 (指示, 指数, 指引) are no definition; a definition's sentence may go on to promise
    assert [t[2] for t in sentence_targets("指示标识系统新增设置旅游交通标志牌200块。指引服务全覆盖，建成游客服务中心5个。")] == [200, 5]
    assert [t[2] for t in sentence_targets("指超过约定动工日期满一年未动工开发的土地，到2023年底，全市处置闲置土地5000亩以上。")] == [5000]


def test_review_of_rounds_78_to_80_target_rules():  # defects a review of this session's rules reproduced, each failing before its fix
    # 并 opens the next piece of work only before a verb of work (not 并联, 并网, 并购)
    assert [t[0] for t in sentence_targets("2024年，设立3个并联审批服务窗口，新建2座并网型光伏电站。")] == [
        "设立并联审批服务窗口", "新建并网型光伏电站"]
    # a figure after the doers' verb that counts nothing (a year, 5G, an ordinal) leaves the doers' count the amount
    assert [t[2] for t in sentence_targets("到2025年，推动50家重点企业完成2024年度碳排放核查，在200个行政村建设5G基站。")] == [50, 200]
    assert [t[2] for t in sentence_targets("推动30家企业开展第3轮清洁生产审核。")] == [30]
    # 特别是, 尤其是, 是否: no statement of what the counted things are
    assert [t[2] for t in sentence_targets("到2025年，推动1000家企业特别是中小企业开展数字化改造，推动300家规上企业开展是否达标自查。")] == [1000, 300]
    # kinds of zone listed, then counted in words: no places, no amount
    assert sentence_targets("着力打造核心区、拓展区、辐射区三个圈层，建设高新区、经开区、综保区三个平台。") == []
    # (each thing's staffing after 每, 每所学校至少配备1名…, stays a quota: blind annotators list it, one of them as sure)
    assert [t[2] for t in sentence_targets("每个学校至少配备1名兼职视力健康员，每年配备10辆救护车。")] == [1, 10]


def test_a_page_number_before_a_page_that_opens_with_a_year_word(tmp_path):  # found by the review of round 77's rules
    plan = built_plan(tmp_path, "某县碳达峰实施方案\n\n一、主要目标\n\n力争到2025\n1\n\f年，全县新增光伏装机100万千瓦。\n")
    assert [(t.value, t.year) for t in plan.targets] == [(100, 2025)]


def test_a_clause_listing_hundreds_of_amounts_gives_each_its_own():
    # a rule's look back is bounded in a clause of items (、), so a list of thousands costs what it holds
    # (benchmarks/input_shapes.py, shape "listed"); every item is still read whole
    text = "到2025年，" + "".join(f"新建第{n}类充电桩{n + 1}个、" for n in range(600)) + "。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.year) for t in found] == [(f"新建第{n}类充电桩", n + 1, 2025) for n in range(600)]


def test_a_clause_listing_hundreds_of_amounts_joined_without_a_list_mark():
    # items joined by 和, spaces or / (no 、) are cut past the last figure that far back too: each item is read
    # whole with the clause's year (benchmarks/input_shapes.py, shapes "anded", "spaced", "slashed")
    for joint in ("和", " ", "/"):
        text = "到2025年，" + joint.join(f"新增第{n}类充电桩{n + 1}个" for n in range(300)) + "。"
        found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
        assert [(t.value, t.year) for t in found] == [(n + 1, 2025) for n in range(300)], joint
        assert [t.metric for t in found[:2]] == ["新增第0类充电桩", "新增第1类充电桩"], joint
    # past 400 characters an item with no verb of its own still takes the clause's (全县计划新建…东城关镇100户和…)
    towns = [f"第{n}号乡镇" for n in range(90)]
    for joint in ("、", "和"):
        text = "2024年，全县计划新建农村户用卫生厕所" + joint.join(f"{town}{n + 100}户" for n, town in enumerate(towns)) + "。"
        assert len(text) > 2 * 400 and len(find_targets(TextView.of(text), SourceDocument("x", text, "text"))) == 90, joint


def test_a_figure_run_into_the_next_items_verb_ends_its_item():
    # a page's items parted by spaces (squeezed away with every other space) or by /: a verb of work and a figure
    # of its own after a figure open the next item
    def read(text):
        return [(t.metric, t.value, t.unit) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    assert read("到2025年，新增城镇就业1.2万人 培育市场主体3000户 完成造林500亩。") == [
        ("新增城镇就业", Decimal("1.2"), "万人"), ("培育市场主体", 3000, "户"), ("完成造林", 500, "亩")
    ]
    assert read("2025年完成充电桩建设100个/新增加氢站2座。") == [("完成充电桩建设", 100, "个"), ("新增加氢站", 2, "座")]
    # a verb with no figure of its own after the figure is the counted thing's own word, read as before; nor is a
    # date a figure of its own, and words that often name the things counted open no item (新建, 建成, 改扩建)
    assert read("全年新增5个完成改造的小区。")[0][1:] == (5, "个")
    assert [t[1:] for t in read("2024年，确保35个新增项目6月底前全面开工。")] == [(35, "个")]
    assert [t[1:] for t in read("2024年，完成3所改扩建学校新增学位2000个。")][0] == (3, "所")
    assert [t[1:] for t in read("2024年，完成2个建成区面积超过10平方公里的县城改造。")] == [(2, "个")]


def test_values_shared_out_beyond_a_sentences_length_keep_the_metric_and_order():
    # a group holds at most MAX_LISTED_VALUES after its first; the values after it go on with its metric
    text = "到2025年，A指标和B指标分别达到" + "、".join(f"{n}%" for n in range(1, 121)) + "。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [t.value for t in found] == list(range(1, 121))
    assert {(t.metric, t.year, t.unit) for t in found} == {("A指标和B指标", 2025, "%")}
    short = "到2025年，A、B分别达到10%、20%。"
    assert "long_list" in found[0].rules and "long_list" not in find_targets(TextView.of(short), SourceDocument("x", short, "text"))[0].rules


def test_a_count_in_another_documents_name_is_no_target():  # blind round 104 (枞阳县's 民生实事)
    text = "根据《铜陵市民生工作领导小组办公室关于2024年实施48项民生实事的通知》文件要求，2024年我县实施43项民生实事。"
    assert [(t.value, t.unit) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [(43, "项")]
    # items a page quotes in 《》 are no document's names: their figures are read (round 76's 民办实事 page)
    quoted = "《通知》内容主要包括《建成幼儿园3所,新增园位1000个以上》《新增城区停车位1000个以上》。"
    assert [t.value for t in find_targets(TextView.of(quoted), SourceDocument("x", quoted, "text"))][:2] == [3, 1000]


def test_a_size_before_the_things_counted_is_no_amount_of_its_own():  # blind round 105 (西咸新区's 招商)
    text = "全年新落户50亿元产业项目3个以上；10—50亿元产业项目6个以上；行业龙头企业10家以上。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"))
    assert [(t.metric, t.value, t.unit) for t in found] == [
        ("全年新落户50亿元产业项目", 3, "个"), ("10—50亿元产业项目", 6, "个"), ("行业龙头企业", 10, "家")
    ]
    # two figures where a verb, 涉及 or a word of sum stands between: the first is its own
    for two in ("改造老旧小区20万平方米涉及居民3000户。", "完成投资5亿元带动就业300人。"):
        assert [t.value for t in find_targets(TextView.of(two), SourceDocument("x", two, "text"))][0] in (20, 5)


def test_a_figure_after_a_long_list_of_names_still_sees_its_clauses_opening():  # the review of rounds 104-105's rules
    # the bounded look back of a long list of items starts past the last figure that far back, not at any 、
    names = "、".join(f"安徽省{trade}精细化工有限公司" for trade in ("华润", "海螺", "金鼎", "宏达", "恒信", "瑞丰", "天成", "安泰", "鑫源", "德润",
                                                         "华兴", "永盛", "嘉禾", "明珠", "东方", "远大", "中联", "鸿运", "佳美", "新华",
                                                         "光明", "长江", "黄山", "皖江", "淮河", "巢湖", "徽商", "合力", "江淮", "铜都"))
    assert len(names) > 400

    def read(text):
        return [(t.value, t.unit, t.year) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    assert read(f"2024年，完成{names}等30家企业清洁生产审核。") == [(30, "家", 2024)]
    assert read(f"每季度对{names}等30家重点排污单位开展监督性监测1次。") == []  # a routine
    assert read(f"全年已完成{names}等企业技术改造投资12亿元。") == []  # work done


def test_things_counted_at_a_clauses_head_brought_to_a_standard():  # blind round 104 (六安市's 民生实事)
    def read(text):
        return [(t.value, t.unit, t.year) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    assert read("到2025年，全县15个村达到美丽乡村标准。") == [(15, "个", 2025)]
    assert read("力争83个城市社区达到省级“三公里”充分就业社区标准。")[0][:2] == (83, "个")
    assert read("目前已有15个村达到美丽乡村标准。") == [] and read("5个乡镇达到要求的，给予奖励。") == []  # the present; a case


def test_households_served_counted_by_visits():  # blind round 104 (枞阳县's 民生实事): 户次 as 人次
    text = "为困难职工提供生活救助、子女助学、医疗救助等不少于37户次。"
    assert [(t.value, t.unit, t.comparator) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [(37, "户次", "at_least")]


def test_a_years_goals_date_the_items_and_sections_under_them(tmp_path):  # blind round 107 (兰州, 包头东河区)
    # a line that introduces a year's goals with a colon dates the list after it
    lanzhou = built_plan(tmp_path, "兰州市文旅工作\n2025年文旅发展主要预期目标为:\n1.旅游人次、旅游花费增长15%,过夜游游客达2000万人次。\n"
                                    "2.文旅市场主体新增200户以上,培育10家文旅规上企业。\n", "lanzhou.txt")
    assert [(t.value, t.year) for t in lanzhou.targets] == [(15, 2025), (2000, 2025), (200, 2025), (10, 2025)]
    # a heading of a year's goals dates its section's paragraphs
    donghe = built_plan(tmp_path, "东河区物业服务质量持续提升三年行动方案\n一、主要目标\n（一）2025年目标\n党建覆盖：推进物业行业党组织全覆盖。\n"
                                  "管理覆盖：业主委员会组建率达到95%，整体专业化物业管理覆盖率达到80%。\n（二）2027年目标\n管理覆盖：组建率达到100%。\n", "donghe.txt")
    assert [(t.value, t.year) for t in donghe.targets] == [(95, 2025), (80, 2025), (100, 2027)]
    # not a line that only mentions a year before its list without a colon
    plain = built_plan(tmp_path, "某市工作\n2025年是关键一年\n1.旅游人次增长15%。\n", "plain.txt")
    assert [t.year for t in plain.targets] == [None]


def test_review_of_rounds_106_and_107s_target_rules(tmp_path):  # each failed before its fix
    def read(text):
        return [(t.value, t.unit) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    # a time limit or a grade's criterion is no count of things brought to a standard
    assert read("对超标排放企业实施限期治理，3个月内达到排放标准。") == [] and read("新建项目投产后，6个月内通过环保竣工验收。") == []
    assert read("5项指标全部达到要求，评为优秀；3项以上指标达到要求，评为合格。") == []
    # a heading of a period's goals dates them at its end, and of a review and the next year's goals in that year
    period = built_plan(tmp_path, "某区城市更新三年行动方案\n一、工作目标\n（一）2024年至2026年目标\n1.老旧小区改造。完成老旧小区改造120个。牵头单位：区住建局。\n", "period.txt")
    assert [(t.value, t.year) for task in period.tasks for t in task.targets] == [(120, 2026)]
    town = built_plan(tmp_path, "某镇2024年工作计划\n一、2023年工作完成情况及2024年工作目标\n1.招商引资。全年计划引进亿元以上项目10个。责任单位：镇经济发展办公室。\n", "town.txt")
    assert [(t.value, t.year) for task in town.tasks for t in task.targets] == [(10, 2024)]


def test_a_total_of_the_things_worked_on_and_growth_year_on_year():  # blind round 110 (交城县, 岳阳县)
    def read(text):
        return [(t.metric, t.value, t.unit, t.comparator) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    # a verb of work, a total's word, the figure, 的 and the things: the total is an amount, their count another
    assert read("积极谋划总投资100亿元的焦化苯、水溶肥等16个重点项目。") == [
        ("谋划总投资", 100, "亿元", "reach"), ("焦化苯、水溶肥等重点项目", 16, "个", "reach")
    ]
    assert read("打造总产值50亿元的绿色建材产业园。") == [("打造总产值", 50, "亿元", "reach")]
    # a total that picks out which things are meant, or a rule's condition, is none
    assert read("对总投资5000万元以上的项目开展审计。") == [] and read("总投资5亿元的项目由市审批。") == []
    # (the review of rounds 110-114's rules) a comparator makes the total a bound; the things' count closing the
    # clause makes it each one's size; the whole a share is of is no amount
    assert [t[1] for t in read("新开工总投资超过1亿元的项目30个。")] == [30]
    assert [t[1] for t in read("新开工总投资5000万元的项目不少于20个。")] == [20]
    assert [t[1:3] for t in read("完成总投资50亿元的60%。")] == [(60, "%")]
    # 积极 is a hedge, not in 积极分子 nor 积极性
    assert [t[0] for t in read("到2025年，积极分子培训覆盖率达到100%。")] == ["积极分子培训覆盖率"]
    # 递增 / 递减 change a level as 增长 / 下降 do; 逐年 qualifies the change, not the metric
    assert read("到2025年,全县农林牧渔业增加值达82.8亿元,年均递增3.5%。")[1] == ("全县农林牧渔业增加值", Decimal("3.5"), "%", "increase_by")
    assert read("建筑能耗逐年递减2%。") == [("建筑能耗", 2, "%", "decrease_by")]


def test_a_work_reports_review_under_a_heading_with_no_number(tmp_path):  # blind round 114 (尉犁县, 滦南县, 中宁县)
    report = (
        "政府工作报告\n——2025年1月6日在某县第十八届人民代表大会第五次会议上\n各位代表:\n现在,我代表县人民政府向大会报告政府工作。\n"
        "2024年工作回顾\n2024年,全县地区生产总值增长6.5%,新增城镇就业3200人。\n一、经济运行量质齐升\n全年完成固定资产投资52亿元。\n"
        "2025年工作安排\n2025年经济社会发展的主要预期目标是:地区生产总值增长6%左右,新增城镇就业3000人。\n"
    )
    plan = built_plan(tmp_path, report)
    assert sorted(t.value for t in plan.targets) == [6, 3000]  # the review's results are none; the plans after it are
    # a heading that reviews a year and plans the next covers both
    both = report.replace("2024年工作回顾", "2024年工作回顾和2025年工作打算").replace("2025年工作安排\n", "")
    assert 3000 in [t.value for t in built_plan(tmp_path, both).targets]


def test_a_numbered_review_section_ends_with_its_section(tmp_path):  # the review of rounds 113-116's rules
    report = ("夏县2025年政府工作报告\n一、2024年工作回顾\n过去一年，全县地区生产总值增长6.5%，新建5G基站300个。\n二、2025年重点工作\n"
              "（一）做大做强工业经济。全县规上工业增加值增长8%，新增规上工业企业20家。（县工信局牵头）\n"
              "（二）扩大有效投资。全年新开工重大项目50个，完成固定资产投资120亿元。\n")
    plan = built_plan(tmp_path, report)
    assert sorted(t.value for task in plan.tasks for t in task.targets) + sorted(t.value for t in plan.targets) == [8, 20, 50, 120]


def test_a_count_of_households_with_a_floor_that_picks_out_villages():  # blind round 115 (山东's 数字经济措施)
    def read(text):
        return [(t.metric, t.value, t.unit) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    assert read("推动20户以上自然村光纤接入。") == [] and read("为100人以上企业配备安全员。") == []
    # (households counted as the work's amount stay: 完成2万户以上老旧小区改造, 培训农民500人以上)
    assert [t[1:] for t in read("完成2万户以上老旧小区改造，培训农民500人以上。")] == [(2, "万户"), (500, "人")]


def test_a_news_lead_that_publishes_results_and_items_already_done(tmp_path):  # blind round 117 (杭州's 民生实事完成情况)
    page = ("今日,杭州市第十四届人民代表大会常务委员会第二十一次会议召开。2024年10件民生实事48个子项目具体完成情况公布。\n"
            "(一)已新增老年助餐服务点235个、新增认知障碍照护专区床位1202张。\n(二)已完成适龄女生免费接种HPV疫苗27904人次。\n")
    assert [t.value for t in built_plan(tmp_path, page).targets] == []
    # (a plan's own outline heading that names its work and amount stays a target: 一、保障好重点群体就业，开展…2万人次)
    plan = built_plan(tmp_path, "某市2024年一季度民生实事进展情况\n一、保障好重点群体就业，开展补贴性职业技能培训2万人次\n推进情况：已培训5585人次。\n")
    assert [(t.value, t.unit) for t in plan.targets] + [(t.value, t.unit) for task in plan.tasks for t in task.targets] == [(2, "万人次")]


def test_what_the_last_rules_of_round_117_leave_alone(tmp_path):  # the review of rounds 116-117's rules
    def read(text):
        return [(t.value, t.unit) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    # headcounts of people a container's name begins (企业家, 村民) are targets
    assert read("培育1000名以上企业家，新增2000户以上村民用上天然气。") == [(1000, "名"), (2000, "户")]
    # a notice citing a report of last year's results, or a lead that publishes them with the next year's list, plans
    notice = ("各乡镇人民政府，县直各部门：\n根据市政府《关于2023年度重点民生工程落实情况通报》，现就做好2024年民生工程工作通知如下。\n"
              "一、工作目标\n全年新增城镇就业5000人，新建农村公路100公里。\n")
    assert len(built_plan(tmp_path, notice).targets) == 2
    lead = "今天上午，市政府召开新闻发布会。2023年民生实事完成情况发布，2024年民生实事项目同步出炉。\n2024年，新建改扩建幼儿园5所，新建城市公园3个。\n"
    assert len(built_plan(tmp_path, lead).targets) == 2


def test_round_118_and_119_forms_of_targets(tmp_path):  # blind rounds 118-119 (work points of bureaus, task lists)
    def read(text):
        return [(t.value, t.unit, t.year) for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))]

    # a level a hedge promises, under an annual plan's year: that year's (a bare “十四五” naming the plan the year belongs to is no time)
    text = "2024年是实施“十四五”规划的关键一年，全市文旅系统力争全年接待游客6500万人次，实现旅游综合收入520亿元。"
    found = find_targets(TextView.of(text), SourceDocument("x", text, "text"), due=(2024, "annual_plan_year"))
    assert [(t.value, t.unit, t.year, t.period_start) for t in found] == [(6500, "万人次", 2024, None), (520, "亿元", 2024, None)]
    # sessions listed after an ordinal are ordinals; a policy named by its count of articles and 政策措施 is no amount
    assert read("认真落实省委十一届七次、八次、九次、十次全会部署，完成培训3次。") == [(3, "次", None)]
    assert read("落实支持县域经济高质量发展40条政策措施，召开全省县域经济高质量发展大会。") == []
    # (counts of times listed with no ordinal before them stay)
    assert [v for v, _, _ in read("开展专项检查七次、八次。")] == [7, 8]
    # 以及 closes the value's clause like 和
    assert [v for v, _, _ in read("实现农业增加值增长4%，农村居民人均可支配收入增长8%以及“两个高于”的目标。")] == [4, 8]
    # a page with no title whose opening paragraph sets out one year's work: its timeless targets are that year's
    page = ("今年是实施“十四五”规划的关键之年。2024年，我们工作的总体要求是：坚持稳中求进。\n主要目标是：\n"
            "一保持：保持公路水路建设投资100亿元以上。\n")
    assert [(t.value, t.year) for t in built_plan(tmp_path, page).targets] == [(100, 2024)]
    page = "2023年是开局之年。现对2023年全市民政工作做出如下安排。\n一、重点任务\n1.争创省级4项数字改革试点。\n"
    plan = built_plan(tmp_path, page)
    assert [(t.value, t.year) for task in plan.tasks for t in task.targets] == [(4, 2023)]
    from policygraph.extract.targets import annual_year, lead_annual_year
    assert lead_annual_year("2023年全县完成造林1万亩，2024年的总体要求是：稳中求进。") is None  # two years: none
    assert annual_year("成安县水利局2021年工作谋划") == 2021


def test_an_allocation_table_printed_a_cell_a_line_under_a_spaced_number_column(tmp_path):  # blind round 121 (延边州)
    # 序 号 spaced out, 县(市) the places' column, a header cell with Latin letters longer than most
    page = ("延边州人民政府关于下达全州2021年能耗强度目标任务的通知\n各县(市)人民政府:\n现将2021年能耗强度目标任务下达给你们。\n\n"
            "序 号\n\n县(市)\n\n单位GDP能耗降低率目标任务(%)\n\n1\n\n延吉市\n\n3.4\n\n2\n\n珲春市\n\n3.2\n\n \n\n请各县(市)人民政府高度重视节能降耗工作。\n")
    plan = built_plan(tmp_path, page)
    assert [(t.metric, t.comparator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("延吉市单位GDP能耗", "decrease_by", Decimal("3.4"), "%", 2021), ("珲春市单位GDP能耗", "decrease_by", Decimal("3.2"), "%", 2021)]


def test_review_of_rounds_118_to_122_target_rules(tmp_path):  # defects a review of this session's rules reproduced
    # a year whose work followed what was asked (落实…总体要求，) is a year reviewed, not the page's plan year
    page = ("2023年，全县认真落实省委、市委总体要求，经济社会保持平稳健康发展，地区生产总值增长5.5%。\n"
            "今年政府工作的主要预期目标是：地区生产总值增长6%左右，城镇新增就业5000人。\n一、做强工业经济\n新培育规上工业企业20家。\n")
    from policygraph.extract.targets import lead_annual_year
    assert lead_annual_year(page) is None
    # the plan's last year (最后一年, 收官之年) is a time: the period's end
    text = "在“十四五”规划的最后一年，全市单位GDP能耗下降3%。"
    assert [t.period_end for t in find_targets(TextView.of(text), SourceDocument("x", text, "text"))] == [2025]
    # 以及 before the next metric is no part of it
    assert [t[0] for t in sentence_targets("新增城镇就业1.2万人以及农村劳动力转移就业3万人。")] == ["新增城镇就业", "农村劳动力转移就业"]
    # a note under a table, read once (the text after a table and the preamble before an outline that follows it)
    notes = ("某镇2024年重点工作任务清单\n\n序号\n\n重点任务\n\n责任单位\n\n1\n\n新建公园3个\n\n镇建设办\n\n2\n\n新建道路5公里\n\n镇交通办\n\n"
             "注：1.新建公园面积不少于2000平方米；2.道路宽度不低于6米。\n")
    plan = built_plan(tmp_path, notes)
    assert sorted(t.value for t in plan.targets) == [6, 2000]


def test_round_122_and_123_forms_of_targets():  # blind rounds 122-123, read after their first runs
    # a latency bounded in milliseconds or minutes (its unit now known) is a level like any other
    assert sentence_targets("到2027年，全市算力中心间单向网络时延小于1毫秒，用户访问算力中心时延控制在10毫秒以内。") == [
        ("全市算力中心间单向网络时延", "at_most", 1, "毫秒", 2027, None), ("用户访问算力中心时延", "at_most", 10, "毫秒", 2027, None)]
    assert sentence_targets("120急救平均反应时间控制在12分钟以内。") == [("120急救平均反应时间", "at_most", 12, "分钟", None, None)]
    # … but how near a thing is, after a verb of building, is no amount of work; nor a zone named by its reach
    assert sentence_targets("建成10分钟步行可达的公园。") == sentence_targets("打造15分钟便民生活圈。") == []
    # a floor on things with no verb or metric before it: the things are the metric (a rule's cap on them is no target)
    assert sentence_targets("到2025年，突破5项大模型应用项目，年交易额突破20亿元。") == [
        ("大模型应用项目", "more_than", 5, "项", 2025, None), ("年交易额", "more_than", 20, "亿元", 2025, None)]
    assert sentence_targets("确有必要建设边缘数据中心，不得超过100个标准机架。") == []
    # verbs that count their object only where they open the clause, two of them listed with 、
    assert sentence_targets("新开、调整公交线路80条，增加运营城市小型公交300辆。") == [
        ("新开、调整公交线路", "reach", 80, "条", None, None), ("增加运营城市小型公交", "reach", 300, "辆", None, None)]
    assert sentence_targets("稳定公益性岗位1000人以上。") == [("公益性岗位", "at_least", 1000, "人", None, None)]
    assert sentence_targets("产业结构调整取得明显成效，增加值增长5%。") == [("增加值", "increase_by", 5, "%", None, None)]
    # things counted first, then what is done to them (交付)
    assert sentence_targets("7661套住房按时达标交付。") == [("住房按时达标交付", "reach", 7661, "套", None, None)]
    # a span of years measured after 周期 or 寿命, like 年限 (no date)
    assert sentence_targets("市场主体平均生存周期达到5年。") == [("市场主体平均生存周期", "reach", 5, "年", None, None)]
    assert sentence_targets("用5年时间完成改造。") == []


def test_round_124_forms_of_targets(tmp_path):  # blind round 124 (livelihood lists of 2024-2026), read after its first run
    # a table read as text (序号 | 项目名称 |): a cell's border ends the clause, so the next row's number is no part of a metric
    page = ("1月23日,象山县第十九届人民代表大会第四次会议依法票决确定2025年象山县民生实事项目,共15项,分别是:\n序号 | 项目名称 |\n"
            "6 | 优学共享项目:改善550名外来人口随迁子女教育环境质量 |\n7 | 清凉工程项目:实施13所小学清凉工程,惠及学生1.5万人次 |\n"
            "14 | 安澜河塘项目:河湖库塘清淤10万方、水库山塘维修10座 |\n")
    plan = built_plan(tmp_path, page)
    assert [(t.metric, t.value, t.unit, t.year) for t in plan.targets] == [
        ("改善外来人口随迁子女教育环境质量", 550, "名", 2025), ("实施小学清凉工程", 13, "所", 2025), ("惠及学生", Decimal("1.5"), "万人次", 2025),
        ("河湖库塘清淤", 10, "万方", 2025), ("水库山塘维修", 10, "座", 2025)]
    # items a line each with no stop, each closed by its figure (a web page's lines are paragraphs): each line its own clause;
    # a page with a heading of no year or period is dated by the programme its opening sentence names
    page = (
        "2024年湖北省政府工作报告提出,聚焦保障改善民生,推动发展成果更好惠及人民群众。今年,湖北将继续实施10大类52项民生实事,涵盖就业、教育、医疗、养老、育幼、安居、出行等领域,努力让人民群众收获更多实实在在、可感可及的幸福。\n"
        "着力实现幼有善育\n"
        "免费开展新生儿疾病筛查,将产前检查费用纳入基本医保普通门诊统筹保障范围\n"
        "在县(市)全面落实生育二孩、三孩的家庭购房补助政策\n"
        "新增3岁以下婴幼儿托位4.5万个\n"
        "新增公办幼儿园学位1.5万个\n"
        "完成特殊困难老年人家庭适老化改造2.5万户以上\n"
        "建成乡村健身广场200个\n"
        "建设基层骨干老年学校100个\n"
        "新建社区养老服务综合体100个\n"
        "改造农村互助照料中心200个\n"
        "力争市、县两级中心城区老年助餐服务覆盖率达到50%\n"
        "完成补贴性技能培训40万人次\n"
        "实现就业困难人员就业10万人以上\n"
        "实施高素质农民、乡村产业振兴带头人、村“两委”班子成员培训项目\n"
        "培训高素质农民2万人、“头雁”人才800人\n"
        "新增返乡创业5万人以上\n"
        "持续推进纾困解难\n"
        "支持低收入群体增收,最低工资标准平均上调15%左右\n"
    )
    plan = built_plan(tmp_path, page)
    assert [(t.metric, t.comparator, t.value, t.unit, t.year) for t in plan.targets] == [
        ("新增公办幼儿园学位", "reach", Decimal("1.5"), "万个", 2024), ("完成特殊困难老年人家庭适老化改造", "at_least", Decimal("2.5"), "万户", 2024),
        ("建成乡村健身广场", "reach", 200, "个", 2024), ("建设基层骨干老年学校", "reach", 100, "个", 2024),
        ("新建社区养老服务综合体", "reach", 100, "个", 2024), ("改造农村互助照料中心", "reach", 200, "个", 2024),
        ("市、县两级中心城区老年助餐服务覆盖率", "reach", 50, "%", 2024), ("完成补贴性技能培训", "reach", 40, "万人次", 2024),
        ("培训高素质农民", "reach", 2, "万人", 2024), ("“头雁”人才", "reach", 800, "人", 2024), ("新增返乡创业", "at_least", 5, "万人", 2024),
        ("最低工资标准平均", "increase_by", 15, "%", 2024)]
    # … but a line of a PDF's page, wrapped at its full width after a figure, goes on
    from policygraph.extract.targets import _close_headings
    assert _close_headings("全区新建社区养老服务综合体100个\n改造照料中心", width=32) == "全区新建社区养老服务综合体100个\n改造照料中心"
    assert _close_headings("新建综合体100个\n改造照料中心", width=32) == "新建综合体100个。改造照料中心"
    # a year in a date before the programme's own is looked past (2025年1月13日,媒体公布了天津市2025年20项民心工程)
    from policygraph.extract.targets import lead_annual_year
    assert lead_annual_year("2025年1月14日,天津市城市管理委员会发布消息,2025年1月13日,媒体公布了天津市2025年20项民心工程。") == 2025
    assert lead_annual_year("2月16日,大会公布了2025年墨江县将完成的十件惠民实事。") == 2025
    # a year right after a verb and before a count names the things counted, no time for what follows
    assert [t[4] for t in sentence_targets("完工2024年9个续建老旧小区改造项目，新开工5个老旧小区改造项目。")] == [None]
    # verbs and measures of such lists
    assert [t[:4] for t in sentence_targets("残疾儿童康复救助200人，残疾人辅助器具适配200人，覆盖青少年1万人次以上。")] == [
        ("残疾儿童康复救助", "reach", 200, "人"), ("残疾人辅助器具适配", "reach", 200, "人"), ("覆盖青少年", "at_least", 1, "万人次")]
    assert [t[:4] for t in sentence_targets("为80周岁及以上老年人投保2.5万份意外伤害保险；增建公共停车泊位5000个；选拔100名专(兼)职心理健康教师。")] == [
        ("为80周岁及以上老年人投保意外伤害保险", "reach", Decimal("2.5"), "万份"), ("增建公共停车泊位", "reach", 5000, "个"),
        ("选拔专(兼)职心理健康教师", "reach", 100, "名")]
    assert sentence_targets("燃气锅炉低氮改造项目需提交的材料（一式两份）。") == []  # in duplicate: no count
    # a project's schedule in a call for projects is no span of years to reach (周期 alone: only 生存周期)
    assert sentence_targets("项目实施周期不超过4年。") == []
