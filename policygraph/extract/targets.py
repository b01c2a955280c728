"""Quantitative targets: ``到2025年，新增光伏装机容量不低于30万千瓦`` -> metric, value, unit...

The words come from ``policygraph/data/target_rules.json``; this module holds the grammar.
A piece of text (a task, a table cell, a paragraph outside any task) is read sentence by
sentence, after footnote markers and layout whitespace are dropped (``湿地保护率⁵达到 13.8%``
reads as ``湿地保护率达到13.8%``; offsets still point into the original text):

* **time** — ``到2025年``, ``“十四五”期间`` (2021–2025), ``2022年起`` set the time of every
  target after them, and on into the following sentences of the same text (a task, a
  paragraph outside tasks) until another is stated (rule ``paragraph_time``), so a year stated
  once before a list applies to each item. ``比2020年`` / ``在2020年基础上`` is a base year, not a due year.
* **value** — a number (Arabic, or Chinese with a counting unit: 一个, 两座), an optional
  range (1~2, read as its lower bound), a unit with its magnitude (万千瓦) and a suffix
  (以上, 以下, 左右).
* **binding** — a value is a target when a comparator word stands right before it
  (不低于, 达到, 下降...), or a verb of building or adding governs it (新增10家绿色工厂,
  建设碳汇林90万亩). It must close its clause: a value followed by ``的`` or by more words
  only qualifies a noun (``500米服务半径``, ``30万千瓦及以上机组``) and is not a promise.
* **metric** — the clause before the comparator, without time phrases and hedges (力争,
  确保). ``A、B分别达到10%、9%`` pairs metrics and values; a metric left out (``到2030年，
  力争达到700万千瓦``) is the previous target's.

Each target records the named rules that shaped it, as assignments do.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from importlib import resources

from ..data import alternatives, load_rules
from ..model import AT_LEAST, AT_MOST, COMPARATORS, DECREASE_BY, INCREASE_BY, MORE_THAN, REACH, SourceDocument, Target
from ..read.layout import TextView, display_width, merge_spans, to_simplified
from .structure import chinese_number

_RULES = load_rules("target_rules")

SUPERSCRIPT = re.compile(r"(?<![a-z])[¹²³⁴⁵⁶⁷⁸⁹⁰]+")  # a footnote marker (PUE²); not the ³ of a unit, m³
FULLWIDTH = str.maketrans("０１２３４５６７８９．％／", "0123456789.%/")
# a table's cell border in a table read as text (序号 | 项目名称 |, its | made tabs by the layout; a .docx row's tabs): it ends
# the clause, so a row's figures and the next row's number stay apart
CELL_BORDERS = str.maketrans("\t|｜", "；；；")
SENTENCE_END = "。！？!?"
CLAUSE_BREAK = "，,；;：:"
# What may follow a value that ends its clause: punctuation, or 和/及/、 before the next value.
VALUE_END = set(CLAUSE_BREAK + SENTENCE_END + "、）)”」（(和及与或")
# …新增森林面积100万亩的目标: the value closes its clause though 的 follows
GOAL_AFTER = re.compile(r"的?(?:约束性|预期性|年度|考核)?(?:目标|任务|目标任务)")  # …降低3.4%的约束性目标
# (硬化道路10万平方米并安装太阳能路灯1000盏: 并, then a verb of work, opens the next piece of work; compiled once, read for every value)
AND_THEN_WORK = re.compile("并(?:且|同步)?" + alternatives(_RULES["amount_verbs"]))
# (新增城镇就业1.2万人新建公园3个, the page's space squeezed away, or 1.2万人/新建公园3个: a verb and its own figure open the next item)
NEXT_ITEM_WORK = re.compile(
    "[/／]?" + alternatives(_RULES["item_opening_verbs"]) + r"[^，,；;。：:、]{1,20}?(?<!\d)\d+(?:\.\d+)?(?:[万亿千百]{0,2})"
    + "(?!" + alternatives(["月", "日", "年", "号", "时", "期", "批", "级", "星", "A", "G"]) + ")" + alternatives(_RULES["units"])
)
# 年排放2万吨（或…1万吨标准煤）及以上的项目, 金额大于100万元（含）的项目: a bound that picks
# out things, not a promise
BOUND_AFTER = re.compile(r"(?:[（(][^）)]{0,40})?[）)](?:及以上|以上|及以下|以下|的)")
# 由2020年的16.4%提高到20%: the figure after 从/由 is where the target starts from
BASELINE_BEFORE = re.compile(r"(?:从|由)(?:\d{4}年(?:底|末)?的?)?$")
OBJECT_END = set(CLAUSE_BREAK + SENTENCE_END + "、）)”」")  # a counted object may hold 和 (碳中和)
# A bare 百/千/万 with a counting unit names a programme (千座公园计划, 百家企业), not a number.
ROUND_NAME = re.compile(r"^[百千万]$")
CJK_NUMERAL = "零〇一二两三四五六七八九十百千"
CJK_DIGIT = "零〇一二两三四五六七八九"
# 一万五千, 一亿五千万: a 万/亿 inside a number; one at its end belongs to the unit (二十万千瓦)
CJK_NUMBER = rf"[{CJK_NUMERAL}]+(?:[万亿][{CJK_DIGIT}][{CJK_NUMERAL}]*)*"
ARABIC = r"\d+(?:\.\d+)?"
# 三分之二, 2/3, 一半: a fraction is a share, read as a percentage
FRACTION = rf"(?P<half>一半|半数)|(?P<denominator>[{CJK_DIGIT}十]{{1,3}}|[1-9]\d?)分之(?P<numerator>[{CJK_DIGIT}十]{{1,3}}|[1-9]\d?)|(?<![\d/.])(?P<over>[1-9])/(?P<under>[2-9]|10)(?![\d/])"
RANGE_SEPARATORS = "~～\\-—–－至"
PERCENT = ("%", "％", "‰")
MAX_OBJECT = 30
MAX_WITH_ASIDE = 3 * MAX_OBJECT  # an object and its bracketed aside (an unclosed bracket reads no further)
WITHIN = "内"
RANKING = re.compile(r"[^，,；;。]*?[前后][\d一二三四五六七八九十]{1,3}名")  # after the count: 168个重点城市后20名
MAX_RANKING_FIELD = 16
NEXT_ITEM = re.compile(r"[，,、；;](?:\s*其中\s*[：:，,]?)?\s*")  # between an amount and the next item it counts: ，其中：
STRETCH_WORDS = ("力争", "争取", "努力", "力争达到", "争取达到", "力争实现")  # …增长2%，力争3%
SHARE_LEVEL = re.compile(r"[\u4e00-\u9fff]{2}占(?:全[省市县区国镇]|[^，,；;。、：:\d]{1,14}?(?:比重|比例|份额|总量|总额|的))?$")  # …占全市, …占比, …占GDP比重
# a sentence that opens by naming what follows as goals: its levels are targets, dated or not
GOAL_SENTENCE = re.compile(r"(?:主要|预期|工作|发展|年度)目标(?:任务)?(?:是|为)?[:：]")
MAX_GOAL_OPENING = 16
# a share that follows an amount with no verb of its own: 13500万元，占资金总额的66.2%
SHARE_OF_AMOUNT = re.compile(
    r"\d[万亿千]?(?:元|吨|亩|个|项|户|人|辆|座|家|所|条|台|套|平方米|平方公里|平方千米|公顷|公里|千米|千瓦)[，,]\s*占[^，,；;。：:达提降增实确力保超突以不高低为]{1,20}$"
)
MAX_SHARE_REACH = 40  # characters from an amount to its share's figure
PROHIBITION = re.compile(alternatives(_RULES["prohibition_words"]) + "(?!" + alternatives(_RULES["prohibition_bounds"]) + ")")
STOCK_GOAL = re.compile(alternatives(_RULES["stock_goal_words"]))
CURRENT_STATE = re.compile(alternatives(_RULES["current_state_words"]))
# a share of a cost a grant or a rule is reckoned from: 按（照）…的20%, 给予…投入的40% (the 的 right before the figure,
# a bound allowed between: 按不超过…的30%)
BASIS_SHARE = re.compile(r"(?:按照?|给予)(?:(?!占)[^，。；;]){0,30}的(?:不超过|不高于|不低于|最高)?$")  # (not 按新口径计算的…占GDP的2.5%)
# in a rule's clause (support, a claim, 原则上), a share of its own or of a cost: 申报电量规模不高于其发电能力的80%, 支持额度不超过
# 项目投资额的15% (not 新能源车辆比例不低于其新增总量的80%, 个人卫生支出不超过卫生总费用的27%: levels a plan commits to)
RULE_SHARE = re.compile(
    r"其(?![中他余])(?:(?!占)[^，。；;]){0,30}的$|(?:不超过|不高于|最高)(?:(?!占)[^，。；;]){0,20}(?:投资额|总额|合同额|投资|费用|成本|价款|金额)的$"
)
CLAIMED = re.compile(alternatives(_RULES["claimed_words"]))
GRANT_CAP = re.compile(alternatives(_RULES["grant_cap_words"]) + "$")
MAX_CAP_REACH = 5
MAX_PER_UNIT_REACH = 8  # characters before a count that 每 and an amount verb may take
PLACES_COUNTED = re.compile(r"(?P<last>[\u4e00-\u9fff]{1,8}?)(?P<count>\d{1,2}|[两三四五六七八九十])(?:个)?[省市县区州盟旗镇乡](?P<metric>[^\d\s].+)")
LENGTH_UNIT = re.compile(r"(?:万|千)?(?:米|公里|千米|km|m)")  # a distance (not 平方米): what may bound a place
SHORT_VERB_GAP = 3  # beyond it, only a count (not a share) takes a verb before its words of place
SHARE_AFTER = re.compile(r"[\d.]+\s*[%％]")
MAX_VERB_GAP = 5  # characters of place between a verb and its count (完成沿湾16条, 开通至周边机场2-3条)
# names listed with 、 between a verb and its count, 等 and a kind of place closing them
PLACE_LIST = r"(?:[\u4e00-\u9fff]{1,8}?、){1,8}[\u4e00-\u9fff]{1,8}?(?:等(?:区域|地区|地|市|县|区))?$"
MAX_PLACE_LIST = 60
MAX_SCOPE = 24  # characters of a scope closed by 内 between a verb and its count
SCOPE = rf"[^，,；;。：:\d的]{{1,{MAX_SCOPE}}}$"
# names listed before their count, opening a clause (新洋港、通榆河、串场河等29条…)
DURATION_AFTER = re.compile(r"[月年日天周]|工作日|小时")
NAMED_DOER = re.compile(r"(?P<verb>[\u4e00-\u9fff]{2})(?P<name>[\u4e00-\u9fff]{2,10})")  # 推动潞讯精密电子 before 30条生产线
NAMED_BEFORE_COUNT = re.compile(r"(?:[\u4e00-\u9fff]{1,10}、){1,12}[\u4e00-\u9fff]{1,10}等")
# between a counted amount and the next count its verb carries to: 、 和 及 与, or ，以及 and the places of the next
# what lies between two counted amounts of one verb: 、 (and items of the list with no count:
# 实施675座矿山修复、水土流失综合治理、1万公顷土地综合整治), or 以及 and the next count's places
SHARED_VERB_GAP = re.compile(
    r"[、和及与][*＊]?(?:[\u4e00-\u9fff（）()]{1,16}、){0,4}|[，,]?以及(?P<places>(?:[\u4e00-\u9fff]{1,8}、){0,8}[\u4e00-\u9fff]{1,8}?)?"
)
PARTS_ASIDE = re.compile(r"[（(](?=其中)")
CJK_VERB_AFTER = re.compile(alternatives(_RULES["next_clause_verbs"]))
GAP_WORDS = re.compile(r"[^\W\d的之和与及或是为按_]+")  # characters of object after a counted amount (新增10家 绿色工厂); 按: a basis (投资按6900元/kW计)
MAX_METRIC = 60
SPACE_IN_UNIT = re.compile(r"(?<=[A-Za-zμ]/)[ \t]+(?=[A-Za-zμ])")  # 41ug/ m³: a unit a page spaced out
BATCH_WORDS = ("首批", "第一批", "新一批", "第二批")
COPULAS = ("作为", "列为", "成为", "视为", "定为", "认定为", "确定为", "划为")
PEOPLE_UNITS = ("名", "人", "户", "人次")
SERVICE = re.compile(r"免费|提供")  # 为7万名妇女免费做宫颈癌筛查: a service, counted by the people it is for
HELPING_WORDS = ("帮助", "推动", "引导", "带动", "支持", "指导", "辅导", "为")  # subject words whose doers achieve something
HOLD_VERBS = ("稳定", "保持", "维持", "控制")
COMPLETED = re.compile(r"(?:增长|下降|提高|提升|降低|达到|完成|减少|增加|实现|突破|超过|缩小|扩大|建成)了")
# 均全部或超额完成, 等17项超额完成, 已超额完成: a sentence that reports work done beyond its goal (not 要超额完成…)
OVERFULFILLED = re.compile(r"(?:已|均|项|了)[^，,。；;]{0,4}超额完成|超额完成了")
DONE = re.compile(r"已经?(?:完成|有|达|建成|实现|累计|超过|突破|开工|投入|形成|覆盖|惠及|培训|发放|推广|建设|整改|消除|改造|清理|签约|入驻)")
SHARE_LIST = re.compile(r"[、和及](?=\d)")  # between shares listed in one clause
# 八个方面具体工作任务, 三个方面重点任务: the plan's own tasks counted by the aspects they fall in
OWN_TASKS_BY_ASPECT = re.compile(
    "方面(?:的)?(?:具体|主要|重点)?" + alternatives(_RULES["own_tasks"])
)
QUOTED_NAME = re.compile(r"[“\"][^“”\"]{1,12}[”\"]?")  # an object that is one quoted name (its closing mark may end the clause)
ASIDE = re.compile(r"[（(](?:包括|包含|含|其中)[^（）()]*[）)]")  # a bracketed breakdown after a counted object
NEGATIONS = ("未", "不", "没有")  # before a comparator: a condition (未达到100%但…), not a promise
MAX_SUBJECT = 20  # characters between a share (70%以上的) and the verb of what it does
MAX_COVERED = 12  # characters of what a share after a covering verb counts (覆盖90%以上乡镇)
# 90%以上乡镇实现15分钟上高速: a time to reach something is part of what the share does, no figure of the things
REACH_TIME = re.compile(r"\d{1,3}(?:分钟|小时)")
YEAR_RANGE = (1990, 2100)


@dataclass(frozen=True)
class TargetRules:
    """The words of ``target_rules.json``, longest first where order decides."""

    comparators: tuple[tuple[str, str], ...]  # (phrase, comparator id)
    own_between: tuple[tuple[str, str], ...]  # comparators whose last word is one allowed between (任务为)
    suffixes: dict[str, str]  # phrase -> at_least | at_most | approximate
    suffix_after: re.Pattern[str]  # one of those phrases, the longest first
    between: tuple[str, ...]
    amount_verbs: tuple[str, ...]
    adjacent_amount_verbs: tuple[str, ...]
    places_before: re.Pattern[str]
    hedges: tuple[str, ...]
    rate_endings: tuple[str, ...]
    quantity_endings: tuple[str, ...]
    shared_endings: tuple[str, ...]
    paired_words: dict[str, tuple[str, ...]]
    own_measures: tuple[str, ...]
    list_category: re.Pattern[str]  # 主要污染物 after A、B等: what the things listed are, no part of each one's measure
    floors: tuple[str, ...]  # 不少于, 至少: the comparators before a value that promise at least it
    level_nouns: tuple[str, ...]
    subject_words: tuple[str, ...]
    scope_words: tuple[str, ...]
    count_units: frozenset[str]
    frequency_units: frozenset[str]
    frequency_words: tuple[str, ...]
    per_unit: re.Pattern[str]
    rule_share_words: tuple[str, ...]
    frequency_shares: tuple[str, ...]
    policy_verbs: tuple[str, ...]
    own_tasks: re.Pattern[str]
    done_verb: re.Pattern[str]
    verb_between: re.Pattern[str]  # a verb of work or a comparing word between 已… and a figure
    own_tasks_before: re.Pattern[str]
    word_after_value: tuple[str, ...]
    ordinal_before: tuple[str, ...]
    policy_nouns: tuple[str, ...]
    magnitudes: tuple[str, ...]
    people_count: re.Pattern[str]  # 20.58万贫困人口: a magnitude, then people named by their noun
    subject_each: re.Pattern[str]  # 5个地级市分别打造…: the doers, each
    grouping_total: re.Pattern[str]  # 16个方面共64项: groups, then their total
    relative_year: re.Pattern[str]  # 去年，… (the past, at a clause's start); 今年计划… (the plan's own year)
    share_verbs: tuple[str, ...]
    money_objects: tuple[str, ...]
    recipient_units: tuple[str, ...]
    support_scope_nouns: tuple[str, ...]
    opening_verb: re.Pattern[str]  # a verb of work that opens a clause
    clause_opening_verb: re.Pattern[str]  # verbs of work, listed with 、, opening a clause (增加…, 新开、调整…)
    work_opening: re.Pattern[str]  # a clause that opens with work (a verb or a word of doers after any hedge: 力争…, 组织…)
    item_before_count: re.Pattern[str]  # an item number glued to the count after it (2.50个)
    next_amount: re.Pattern[str]  # a verb of work, then its count, inside what looked like one object
    cover_verb: re.Pattern[str]  # a verb whose object is a share of things (覆盖…90%以上乡镇)
    periods: dict[str, tuple[int, int]]
    idioms: dict[str, tuple[str, str, str]]
    annual_titles: tuple[str, ...]
    described_objects: tuple[str, ...]
    bound_objects: tuple[str, ...]
    verb_nouns: tuple[str, ...]
    number_terms: tuple[str, ...]
    total_words: tuple[str, ...]
    scope_of_objects: tuple[str, ...]
    change_verbs: tuple[str, ...]
    capacity_objects: tuple[str, ...]
    money_classes: tuple[str, ...]
    time_limit_units: frozenset[str]
    counts_with_magnitude: frozenset[str]  # 个, 户 and 万户: a count however large, no bound that picks out things
    time_limit: re.Pattern[str]  # 内完成, 以内办结 after a duration
    reach_names: tuple[str, ...]
    reach_units: tuple[str, ...]
    support_words: tuple[str, ...]
    support_share: re.Pattern[str]  # after a share (and the shares listed with it): 的 and a word of support
    money_support_words: tuple[str, ...]
    price_rates: tuple[str, ...]
    specification: re.Pattern[str]  # a label of a project's specifications, at a line's start
    verb_scope: re.Pattern[str]  # a verb, then a scope closed by 内 right before a count (完成…范围内58个)
    scope_endings: tuple[str, ...]  # 内, 领域: what closes such a scope
    measured_endings: tuple[str, ...]  # 率, 比重, 总量, 规模…: what a clause naming a measure alone ends with
    rate_opener: re.Pattern[str]  # 按每人每天: a sum after it is a rate
    price_basis: re.Pattern[str]  # 按现行燃煤发电基准价: a sum after it is a price a rule sets
    stock_words: tuple[str, ...]
    site_owners: tuple[str, ...]  # what a site word follows when it tells a project's site (该项目占地)
    document_name_endings: tuple[str, ...]  # what a document's name in 《》 ends with (…的通知)
    model_year_units: frozenset[str]
    idiom_ones: frozenset[str]
    attribute_nouns: tuple[str, ...]
    attributes_of_counted: re.Pattern[str]  # after a bound: 、another quality 的 the things, then their count
    counted_after_size: re.Pattern[str]  # after a size: the things of that size, then their count closing the clause
    size_class_breaks: tuple[str, ...]  # words between a figure and a count that make them two figures (其中, 共, 带动)
    total_of_things: re.Pattern[str]  # a total's word just before a figure (总投资100亿元的…项目): the figure is an amount
    sized_containers: tuple[str, ...]  # 20户以上自然村: what a count of households or people with 以上 picks out
    standard_reached: re.Pattern[str]  # after a count opening its clause: 达到…标准, 通过…验收 closing it
    programme_verbs: tuple[str, ...]  # verbs of carrying out programmes (实施, 落实): a quoted name they count is a slogan
    uncounted_batch: re.Pattern[str]  # 一批 right before a bound's measure: things of that size, not how many
    attribute_of_batch: re.Pattern[str]  # after such a bound: other qualities, 的 and the things, to the clause's end
    subject_scope: re.Pattern[str]  # a subject word, then such a scope (对核心区内118条)
    application_words: tuple[str, ...]
    application_word_exceptions: tuple[str, ...]
    permission: re.Pattern[str]  # permission_words, not after a count (752只可控喇叭: 只 is its measure word)
    hedge_exceptions: tuple[str, ...]
    value: re.Pattern[str]
    period: re.Pattern[str]
    baseline: re.Pattern[str]  # 由2020年的16.4% right before a comparator


def _longest(words) -> list[str]:
    return sorted(set(words), key=len, reverse=True)


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in _longest(words))


@lru_cache(maxsize=1)
def target_rules() -> TargetRules:
    """The bundled target vocabulary, compiled once."""
    data = json.loads(resources.files("policygraph.data").joinpath("target_rules.json").read_text(encoding="utf-8"))
    unknown = set(data["comparators"]) - set(COMPARATORS)
    if unknown:  # a typo in the data file would silently drop a comparator
        raise ValueError(f"target_rules.json: unknown comparator(s) {sorted(unknown)}")
    comparators = sorted(((p, c) for c, phrases in data["comparators"].items() for p in phrases), key=lambda pc: -len(pc[0]))
    suffixes = {p: k for k, phrases in data["suffixes"].items() for p in phrases}
    within = {WITHIN: "at_most"}  # after a duration only (100个工作日内), never after any unit: added past the value pattern
    units = _alternation(data["units"])
    per = _alternation([*data["units"], *data["per"]])
    over = _alternation(data["over_words"])  # 4万余个: the word may also follow the magnitude
    unit = rf"(?:{_alternation(data['percent'])}|(?:(?:{_alternation(data['magnitudes'])})(?:{over})?)?(?:{units})(?:/(?:{_alternation(data['magnitudes'])})?(?:{per}))?)"
    number = rf"(?:{ARABIC}|{CJK_NUMBER})"
    magnitude = _alternation(data["magnitudes"])
    value = re.compile(  # 0.6万至1万人: a range may repeat the magnitude on its lower bound; 三分之二, 2/3: a share
        rf"(?:(?P<fraction>{FRACTION})|(?P<number>{number}|{BARE_MAGNITUDE})(?P<more>{_alternation(data['over_words'])})?"
        rf"(?:(?:{magnitude}|{_alternation(data['percent'])})?[{RANGE_SEPARATORS}](?P<upper>{number}))?(?P<unit>{unit})?"
        rf"(?:(?<=[^\d])[（(](?:{units})(?:、(?:{units})){{0,3}}[）)])?"  # 5000套(间), 2000艘（台、套）: other measures of the same things
        rf"(?:(?<=[^\d])[（(]{ARABIC}[%％][）)])?)"  # 下降18963吨(16.8%): the same amount as a share, in brackets
        # 2家(含)以上, 90分(含90分)以上, 3个(含本数)以上: at least, the bound included
        rf"(?:(?:[（(]含(?:本数|{number}(?:{unit})?|[^（）()\d]{{1,10}})?[）)])?(?P<suffix>{_alternation(suffixes)}))?"  # 12万个（含私人桩）以上
    )
    quote_open, quote_close = "[“\"‘「『]?", "[”\"’」』]?"
    name = _alternation(data["periods"])
    period = re.compile(
        rf"{quote_open}(?P<first>{name}){quote_close}(?:[和、至到—\-]{quote_open}(?P<last>{name}){quote_close})?(?P<tail>期间|时期|期末|末期|末|内|以来)?(?!规划)"
    )
    return TargetRules(
        comparators=tuple(comparators),
        floors=tuple(w for w, c in comparators if c == "at_least"),
        own_between=tuple((w, c) for w, c in comparators if len(w) > 1 and w.endswith(tuple(data["between"]))),
        suffixes={**suffixes, **within},
        suffix_after=re.compile(_alternation({**suffixes, **within})),
        between=tuple(_longest(data["between"])),
        amount_verbs=tuple(_longest(data["amount_verbs"])),
        adjacent_amount_verbs=tuple(_longest([*data["amount_verbs"], *data["adjacent_amount_verbs"]])),
        places_before=re.compile(rf"(?:{_alternation(data['amount_verbs'])}){PLACE_LIST}"),
        hedges=tuple(_longest(data["hedges"])),
        rate_endings=tuple(data["rate_endings"]),
        quantity_endings=tuple(data["quantity_endings"]),
        shared_endings=tuple(_longest(data["shared_endings"])),
        own_measures=tuple(data["own_measures"]),
        list_category=re.compile("^(?:" + _alternation(data["list_categories"]) + ")"),
        paired_words={word: tuple(pair) for word, pair in data["paired_words"].items()},
        level_nouns=tuple(_longest(data["level_nouns"])),
        subject_words=tuple(_longest(data["subject_words"])),
        scope_words=tuple(_longest(data["scope_words"])),
        count_units=frozenset(data["count_units"]),
        frequency_units=frozenset(data["frequency_units"]),
        frequency_words=tuple(data["frequency_words"]),
        rule_share_words=tuple(data["rule_share_words"]),
        per_unit=re.compile(alternatives(data["per_unit"]) + "(?:" + alternatives([*data["amount_verbs"], *data["adjacent_amount_verbs"], *data["per_unit_thresholds"]]) + ")?$"),
        frequency_shares=tuple(data["frequency_shares"]),
        policy_verbs=tuple(data["policy_verbs"]),
        # 建立了128项台账, 已完工8座: a verb with 了, or after 已, reports work done
        verb_between=re.compile(alternatives([*data["amount_verbs"], *data["adjacent_amount_verbs"], *(p for p, _ in comparators), "率"])),
        done_verb=re.compile(
            alternatives([*data["amount_verbs"], *data["adjacent_amount_verbs"]]) + "了"
            + "|已(?:经)?(?:全部|基本|累计)?" + alternatives([*data["amount_verbs"], *data["adjacent_amount_verbs"]])
        ),
        own_tasks=re.compile(alternatives(data["own_tasks"]) + r"(?=$|[，,。；;）)]|全面|落实|落地|完成)"),
        own_tasks_before=re.compile(r"(?:^|[（(]|分解)" + alternatives(data["own_tasks"]) + r"(?:共|总计|合计)?$"),
        word_after_value=tuple(data["word_after_value"]),
        ordinal_before=tuple(data["ordinal_before"]),
        policy_nouns=tuple(data["policy_nouns"]),
        magnitudes=tuple(_longest(data["magnitudes"])),
        share_verbs=tuple(_longest(data["share_verbs"])),
        cover_verb=re.compile(_alternation(data["cover_verbs"])),
        money_objects=tuple(data["money_objects"]),
        recipient_units=tuple(data["recipient_units"]),
        support_scope_nouns=tuple(data["support_scope_nouns"]),
        opening_verb=re.compile(rf"(?:{_alternation(data['hedges'])})*(?P<verb>{_alternation(data['amount_verbs'])})"),
        work_opening=re.compile(
            rf"[ \t\u3000]*(?:{_alternation(data['hedges'])})*(?:"
            + _alternation([*data['amount_verbs'], *data['adjacent_amount_verbs'], *data['clause_opening_verbs'], *data['subject_words'], *data['goal_words']]) + ")"
        ),
        clause_opening_verb=re.compile(
            rf"(?:{_alternation(data['hedges'])})*(?:{_alternation([*data['amount_verbs'], *data['clause_opening_verbs']])})"
            rf"(?:、(?:{_alternation([*data['amount_verbs'], *data['clause_opening_verbs']])}))*"
        ),
        item_before_count=re.compile(
            rf"^[ \t\u3000]*(\d{{1,2}})\.\d+(?={_alternation(data['count_units'])})(?!个百分点)", re.M
        ),
        next_amount=re.compile(
            # (not 增加 or 投资, which open metrics a page wraps: …核心产业\n增加值达到…; nor money: …年度投资\n完成300亿元)
            rf"(?:{_alternation([*data['amount_verbs'], *(w for w in HELPING_WORDS if w != '为')])})[^，。；、,;\d《》]{{0,12}}[\d.]+(?:{_alternation(data['magnitudes'])})?"
            rf"(?:{_alternation([*data['count_units'], *PEOPLE_UNITS])})"
        ),
        periods={k: (v[0], v[1]) for k, v in data["periods"].items()},
        idioms={k: tuple(v) for k, v in data["idioms"].items()},
        annual_titles=tuple(data["annual_titles"]),
        described_objects=tuple(data["described_objects"]),
        bound_objects=tuple(data["bound_objects"]),
        verb_nouns=tuple(data["verb_nouns"]),
        number_terms=tuple(data["number_terms"]),
        total_words=tuple(data["total_words"]),
        scope_of_objects=tuple(data["scope_of_objects"]),
        change_verbs=tuple(data["change_verbs"]),
        capacity_objects=tuple(data["capacity_objects"]),
        money_classes=tuple(data["money_classes"]),
        time_limit_units=frozenset(data["time_limits"]["units"]),
        subject_each=re.compile(rf"^[\u4e00-\u9fff]{{1,8}}(?:{_alternation(data['each_words'])})(?=[\u4e00-\u9fff])"),
        grouping_total=re.compile(rf"[\u4e00-\u9fff]{{1,3}}(?:{_alternation(data['total_words'])})\d"),
        relative_year=re.compile(
            rf"(?:^|(?<=[，,；;。：:\s]))(?P<past>{_alternation(data['past_years'])})(?!同期|水平|基础|底|末|为基|的基础)"
            rf"|(?<![比较与同于於超])(?:{_alternation(data['present_years'])})(?=[^，,。；;]{{0,6}}?(?:{_alternation(data['plan_words'])}))"
        ),
        people_count=re.compile(
            # (not 10万以上人口的县城: a size that says which towns)
            rf"(?P<magnitude>{_alternation(data['magnitudes'])})(?=[^\W\d_以的左及余]{{0,4}}?(?:{_alternation(data['people_nouns'])}))"
        ),
        counts_with_magnitude=frozenset([*data["count_units"], *(m + u for m in data["magnitudes"] for u in data["count_units"])]),
        time_limit=re.compile(rf"(?:以)?内(?:{_alternation(data['time_limits']['verbs'])})"),
        reach_names=tuple(data["reach_names"]),
        reach_units=tuple(data["reach_units"]),
        support_words=tuple(data["support_words"]),
        support_share=re.compile(r"(?:[、和]\d+(?:\.\d+)?%)*的(?:财政|资金)?(?:" + alternatives([*data["support_words"], *data["money_support_words"]]) + ")"),
        money_support_words=tuple(data["money_support_words"]),
        price_rates=tuple(data["price_rates"]),
        stock_words=tuple(data["stock_words"]),
        site_owners=tuple(data["site_owners"]),
        document_name_endings=tuple(data["document_name_endings"]),
        model_year_units=frozenset(data["model_year_units"]),
        idiom_ones=frozenset(data["idiom_ones"]),
        attribute_nouns=tuple(_longest(data["attribute_nouns"])),
        size_class_breaks=tuple(data["size_class_breaks"]),
        sized_containers=tuple(sorted(data["sized_containers"], key=len, reverse=True)),
        total_of_things=re.compile(
            "(?:" + alternatives(data["amount_verbs"]) + ")(?:" + alternatives(data["totals_of_things"]) + ")约?$"
        ),
        standard_reached=re.compile(
            rf"(?:{_alternation(data['standard_reaching_verbs'])})[^，,；;。\d]{{0,24}}(?:{_alternation(data['standards_reached'])})(?=[，,；;。]|$)"
        ),
        counted_after_size=re.compile(
            rf"(?P<things>[\u4e00-\u9fff]{{1,12}}?)\d+(?:\.\d+)?(?:{_alternation(data['count_units'])})(?:以上|左右|以内)?(?=[，,；;。]|$)"
        ),
        attributes_of_counted=re.compile(rf"、[^，,；;。、\d]{{1,30}}的[^，,；;。、\d]{{1,20}}\d+(?:\.\d+)?(?:{_alternation(data['count_units'])})"),
        programme_verbs=tuple(data["programme_verbs"]),
        uncounted_batch=re.compile("(?:" + alternatives(data["uncounted_batches"]) + ")(?:" + alternatives(data["attribute_nouns"]) + ")$"),
        attribute_of_batch=re.compile(r"[^，,；;。]{0,30}?的[^，,；;。\d的]{1,20}(?=[，,；;。]|$)"),
        scope_endings=tuple(data["scope_endings"]),
        measured_endings=tuple({*data["rate_endings"], *data["quantity_endings"], *data["own_measures"], *data["level_nouns"], "数量", "数"}),
        rate_opener=re.compile(alternatives(data["rate_openers"]) + r"[^，,。；;\d]{0,8}$"),
        price_basis=re.compile(r"按照?[^，,。；;\d]{0,12}" + alternatives(data["price_bases"]) + r"(?:为)?$"),
        verb_scope=re.compile(rf"(?:{_alternation([*data['amount_verbs'], *data['adjacent_amount_verbs']])}){SCOPE}"),
        subject_scope=re.compile(rf"(?:{_alternation(data['subject_words'])}){SCOPE}"),
        specification=re.compile(rf"(?:^|(?<=\n))[ \t]*(?:[（(]?\d{{1,2}}[）).、]\s*)?(?:{_alternation(data['specification_labels'])})[ \t]*[：:]"),
        hedge_exceptions=tuple(data["hedge_exceptions"]),
        application_words=tuple(data["application_words"]),
        application_word_exceptions=tuple(data["application_word_exceptions"]),
        permission=re.compile(r"(?<![\d零〇一二两三四五六七八九十百千万])(?:" + _alternation(data["permission_words"]) + ")"),
        value=value,
        period=period,
        baseline=re.compile(rf"(?:从|由)(?:(?P<year>\d{{4}})年(?:底|末)?的?)?{value.pattern}$"),
    )


# ---- time phrases -------------------------------------------------------------------
@dataclass
class _Time:
    start: int
    end: int
    year: int | None = None
    period_start: int | None = None
    period_end: int | None = None
    base: bool = False  # 比2020年: a base year, not a due date
    past: bool = False  # 2016年以来, “十三五”以来: what was done since, not what is promised
    firm: bool = True  # 到2025年, 2025年底, “十四五”期间: a due date; a bare 2020年 may be the past
    ahead: bool = False  # 经过5年努力, 用三年时间: a span from the plan's own time, ahead of it, with no year of its own
    local: bool = False  # 去年, 今年: a time of its own sentence only, never the paragraph's
    present: bool = False  # 今年: the plan's own year; the year the context gives, if any
    stated: bool = False  # 以2020年…为基数: a base stated for the sentence it opens, not only its own clause
    span: bool = False  # 2020年—2022年: years written out, which may report the past like a bare year


BASE_WORDS = ("相较于", "相比", "相较", "比", "较", "与", "同")  # before a period or a year: what a change is measured from
_BASE_BEFORE = re.compile(r"(?:比|较|相比|相较于?|与|同)(?P<year>\d{4})年(?:末|底)?(?:相比|比)?")
_BASE_FROM = re.compile(r"(?:从|由)(?P<year>\d{4})年(?:末|底)?的(?=\d)")  # 从2020年的85%提高到90%
_BASE_AFTER = re.compile(r"(?:在|以)?(?P<year>\d{4})年(?:的)?(?:基础上|水平上?|为基数|为基准年?|基准)")
# 以2020年能源、水资源消费以及碳排放为基数: the year's figures of what is named, the base of the changes after
# 保持和巩固2018年环境空气质量改善成果, 在2019年农村厕所改造工作的基础上: the year of what the work builds on, no due date
_BASE_KEPT = re.compile(
    r"(?:巩固|保持|巩固提升|巩固拓展)(?P<year>\d{4})年(?:的)?[^，,。；;\d]{0,16}?(?:成果|成效|水平|基础)"
    r"|在(?P<ground>\d{4})年[^，,。；;\d]{1,16}?的基础上"
)
_BASE_NAMED = re.compile(r"以(?P<year>\d{4})年[^，,。；;]{0,30}?为(?:基数|基准年?|基期)")
OWN_BASE = re.compile(r"上年|上一年|去年|同比|环比|同期")  # a change measured from the year before, in its own clause
_YEAR_SPAN = re.compile(r"(?:从|自)?(?P<first>\d{4})(?:年(?=\s*[-—–~～]))?\s*[-—–~～至到]\s*(?P<last>\d{4})年")  # (2021年—2025年每年…; not 从2020年到2025年, a base then a due year)
_START = re.compile(r"(?:从|自)?(?P<year>\d{4})年(?:起|开始|以来)")
_NOW = re.compile(r"截[至止](?:目前|当前|现在|今|去年|上年|前年)")  # 截至目前，全年任务完成率已超过99.3%: the present, a result
# 截至2019年12月底，全市完成…7.497万人; 截至2020年底，全省光伏发电累计建成…: a status as of a date, a result
# (plans say 到2025年 for a goal), unless a hedge before it makes it one (力争截至2025年底…)
_AS_OF = re.compile(r"截[至止]到?\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?")
_AS_OF_HEDGE = re.compile(r"(?:力争|争取|确保|计划|预计|将|要)[^，。；]{0,4}$")
# 党的十八大以来, 今年以来, 10年来, 近年来: what was done since, results (a year's own 2021年以来 is _START's)
# 1—11月全市规模以上工业增加值增长7%: figures of the year so far, a statistic
_YEAR_TO_DATE = re.compile(r"(?<![\d.])1\s*[-—–~～至]\s*(?:1[0-2]|[2-9])\s*月份?")
_REPORTED = re.compile(r"(?:报告|数据|统计|监测|调查|测算|核算)》?(?:结果)?显示|(?:会议|会上)通报")  # 《报告》显示，…, 会议通报，…: results reported
_PAST_YEARS = re.compile(r"过去(?:的)?(?:[一两三四五六七八九十]|\d{1,2})年")  # 过去一年，…: a work report's review
# 力争经过5年努力, 再用三年时间 (not 过去五年…，经过五年的努力…: a review)
_YEARS_AHEAD = re.compile(r"(?:力争|计划|拟|将|要|再)(?:经过|通过|用|花)?(?P<years>\d{1,2}|[一二两三四五六七八九十])年(?:左右)?(?:的)?(?:努力|时间|奋斗|建设|攻坚)")
# 党的十八大以来, 今年以来, 10年来, 近年来: what was done since (the words before are read back); not 疫情发生以来出台的各类政策:
# a modifier of a noun, no time of the sentence
_SINCE = re.compile(r"(?:以来|年来)(?!(?:出台|实施|制定|发布|印发|颁布|开展)的)")
SINCE_REACH = 12  # characters read back from 以来 for what it is since
SINCE_STOPS = frozenset("，。；,;：: \t\n")
YEAR_IS = re.compile(r"\s*(?P<phrase>(?P<year>\d{4})年)(?:是|为)")
# “十四五”规划的关键一年, 规划实施承上启下之年: the plan a year belongs to (not …规划的最后一年, 收官之年: its last year)
YEAR_OF_PLAN = re.compile(r"[”\"]?规划(?![^，,。；;\n]{0,8}?(?:最后|收官|末))[^，,。；;\n]{0,8}?(?:一年|之年)")
# (《产业结构调整指导目录》(2019年本), (2021年版), (2022年修订): an edition closing a bracket, no time; 到2025年本市… is one)
_YEAR = re.compile(r"(?:到|至|在|于|截至)?(?P<year>\d{4})年(?!本[)）]|版[)）]|修[订正](?:版|本)?[)）])(?:底|末|年底|年末|度(?![假电]))?前?")  # (2018年度: the year, 度 no part of a metric)


def _plausible(year: str) -> bool:
    return YEAR_RANGE[0] <= int(year) <= YEAR_RANGE[1]


def _times(text: str, rules: TargetRules) -> list[_Time]:  # noqa: C901 (one pass per kind of phrase)
    """Time phrases of a sentence, in order; earlier patterns win where they overlap."""
    found: list[_Time] = []
    taken: list[tuple[int, int]] = []  # the spans found, sorted; they never overlap

    def free(start: int, end: int) -> bool:
        at = bisect.bisect_left(taken, (end, -1)) - 1  # the last span that starts before ``end``
        return at < 0 or taken[at][1] <= start

    def take(time: _Time) -> None:
        found.append(time)
        bisect.insort(taken, (time.start, time.end))

    for pattern in (_BASE_BEFORE, _BASE_FROM, _BASE_AFTER, _BASE_NAMED, _BASE_KEPT):
        for m in pattern.finditer(text):
            year = m["year"] or m.groupdict().get("ground")
            if _plausible(year) and free(*m.span()):
                take(_Time(*m.span(), year=int(year), base=True, stated=pattern is _BASE_NAMED or m.group().startswith("以")))
    # 2024年是实施“十四五”规划的关键一年: a sentence that says what its year is; the year is the text's, not a due date
    says_what_year_is = YEAR_IS.match(text)
    if says_what_year_is and _plausible(says_what_year_is["year"]):
        take(_Time(*says_what_year_is.span("phrase"), year=int(says_what_year_is["year"]), firm=False, local=True))
    for m in rules.period.finditer(text):
        if free(*m.span()):
            first, last = rules.periods[m["first"]], rules.periods[m["last"] or m["first"]]
            word = next((w for w in BASE_WORDS if text.endswith(w, 0, m.start())), None)
            if word:  # 较“十三五”时期减少60%: the base of a change (no year of its own), 较 with it
                take(_Time(m.start() - len(word), m.end(), base=True))
            elif m["tail"] in ("末", "期末", "末期"):  # “十四五”末, “十四五”期末: the period's last year
                take(_Time(*m.span(), year=last[1]))
            elif m["tail"] == "以来":
                take(_Time(*m.span(), period_start=first[0], past=True))
            elif not m["tail"] and (says_what_year_is or YEAR_OF_PLAN.match(text, m.end())):
                # (2024年是实施“十四五”规划的关键一年, 今年是“十四五”规划承上启下之年: the bare period names the plan the year
                # belongs to, no time)
                continue
            else:  # a bare “十四五” names a plan as often as a time: firm only as “十四五”期间/时期/内
                take(_Time(*m.span(), period_start=first[0], period_end=last[1], firm=bool(m["tail"])))
    for m in _YEAR_SPAN.finditer(text):
        if _plausible(m["first"]) and _plausible(m["last"]) and free(*m.span()):
            take(_Time(*m.span(), period_start=int(m["first"]), period_end=int(m["last"]), span=not m.group().startswith(("从", "自"))))
    for m in _START.finditer(text):
        if _plausible(m["year"]) and free(*m.span()):
            take(_Time(*m.span(), period_start=int(m["year"]), past=m.group().endswith("以来")))
    for pattern in (_NOW, _YEAR_TO_DATE, _PAST_YEARS, _AS_OF):
        for m in pattern.finditer(text):
            if free(*m.span()) and not (pattern is _AS_OF and _AS_OF_HEDGE.search(text, 0, m.start())):
                take(_Time(*m.span(), past=True))
    for m in _SINCE.finditer(text):  # a literal first, then what it is since: a scan from every position cost too much
        start = m.start()
        while start > max(0, m.start() - SINCE_REACH) and text[start - 1] not in SINCE_STOPS:
            start -= 1
        if start < m.start() and free(start, m.end()):
            take(_Time(start, m.end(), past=True))
    for m in _YEARS_AHEAD.finditer(text):
        if free(*m.span()):
            take(_Time(*m.span(), ahead=True))
    for m in rules.relative_year.finditer(text):
        if free(*m.span()):  # 去年，…超过3000亿元: the past; 今年…: no longer the past
            take(_Time(*m.span(), past=bool(m["past"]), firm=False, local=True, present=not m["past"]))
    for m in _YEAR.finditer(text):
        if _plausible(m["year"]) and free(*m.span()):
            phrase = m.group()
            firm = phrase.startswith(("到", "至", "于")) or phrase.endswith(("底", "末", "前"))
            if not firm and _names_a_thing(text, m, rules):
                continue  # (扣除2022年灾后恢复重建专项资金支出外): a year naming a thing in an aside, no time
            take(_Time(*m.span(), year=int(m["year"]), firm=firm))
    return sorted(found, key=lambda t: t.start)


YEAR_LEAD_INS = (*_RULES["hedges"], *_RULES["year_lead_ins"])  # (其中2023年新增…, 力争2025年达到…: the year is the aside's time)
LEVEL_VERBS = tuple(_RULES["level_verbs"])


COUNT_AFTER_YEAR = re.compile(r"\d+(?:\.\d+)?(?:" + alternatives(_RULES["count_units"]) + ")")  # (not 2024年9月: a date)


def _names_a_thing(text: str, year: re.Match[str], rules: TargetRules) -> bool:
    """A bare year right after a verb of work and before a count (完工2024年9个续建…项目), or one inside brackets,
    after a word and before a noun (扣除2022年灾后恢复重建专项资金支出外): part of a thing's name, no time; not one
    that opens the aside (（2021年完成…）), follows a lead-in (其中, 力争, 计划) or comes before what is done
    (2024年改造3000套, 2025年达到45%)."""
    start, end = year.span()
    if text.endswith(rules.adjacent_amount_verbs, 0, start) and COUNT_AFTER_YEAR.match(text, end):
        return True  # 完工2024年9个续建老旧小区改造项目: the year of the things counted, right after the verb
    return (
        _in_brackets(text, start)
        and "\u4e00" <= text[start - 1 : start] <= "\u9fff"
        and not text.endswith(YEAR_LEAD_INS, 0, start)
        and text[end : end + 1] not in ("", ")", "）", "、", "，", ",")
        and not rules.opening_verb.match(text, end)
        and not text.startswith(LEVEL_VERBS, end)
    )


# ---- values -------------------------------------------------------------------------
def _number(text: str) -> Decimal | None:
    if text[0].isdigit():
        return Decimal(text)
    value = chinese_number(text)
    return Decimal(value) if value or text in ("零", "〇") else None


@dataclass
class _Value:
    start: int
    end: int
    number: Decimal
    unit: str
    suffix: str
    ranged: bool
    chinese: bool
    upper: Decimal | None = None
    over: bool = False  # 130余万亩: at least


CJK = re.compile(r"[\u4e00-\u9fff]")
GOAL_WORDS = re.compile(alternatives(_RULES["goal_words"]))  # a sentence that says it states goals (目标, 力争…)
# a figure that counts something (not 2024年度, 5G, 第3轮)
AMOUNT_FIGURE = re.compile(r"(?<![第\d.A-Za-z])\d+(?:\.\d+)?(?![\d.年月日号A-Za-z])")
# a sentence that defines (指国有建设用地…), not one opening with a word of 指 (指导, 指标, 指数, 指引 …)
DEFINITION = re.compile(r"\s*(?:是)?指(?!" + alternatives(_RULES["not_definition_words"]) + ")")
DEFINITION_END = re.compile(r"[，,；;]\s*(?:到|至|力争|确保|争取|计划|\d{4}年)")  # …的土地，到2023年底，全市处置…: the promise after it


def _in_definition(text: str, index: int) -> bool:
    """``index`` is in the part of a sentence that defines (指…的土地), before any promise after it (，到2023年底，…)."""
    if not DEFINITION.match(text):
        return False
    promise = DEFINITION_END.search(text)
    return index < (promise.start() if promise else len(text))


AGE_GROUP_AFTER = re.compile(r"(?:的)?" + alternatives(_RULES["age_group_nouns"]))  # 0—6岁儿童
ISSUING = re.compile(r"(?:联合)?" + alternatives(_RULES["issuing_verbs"]) + r"(?:了)?[《〈]")  # 5部门联合印发《…》
# the counted things, then 是: a statement of what they are (not 特别是, 尤其是, 是否)
COPULA_AFTER = re.compile(r"[\u4e00-\u9fff]{1,8}?" + "".join(f"(?<!{re.escape(word)})" for word in _RULES["not_copula_after"]) + "是(?!否)")
CHINESE_COUNTS = "两二三四五六七八九"  # a count in words of a few places listed before it
PLACE_ENDINGS = tuple(_RULES["listed_place_endings"])  # (not 区: 核心区、拓展区, 高新区、经开区 are kinds of zone)
WORDS_A_UNIT_OPENS = tuple(_RULES["words_a_unit_opens"])
ONE_BOUNDARY = set("，,、。；;：:“”（( \t\n")
ONE_LEAD_INS = ("坚持", "按照", "实行", "做到")  # (坚持成熟一个，启动一个)


def _bare_one(text: str, start: int) -> bool:
    """一个 at ``start`` after a bare verb of two or three characters that opens its clause (成熟一个, 启动一个;
    not 省级园区一个, 全市新建一个, 十一个)."""
    for length in (2, 3):
        verb = start - length
        if verb < 0 or not all("\u4e00" <= c <= "\u9fff" for c in text[verb:start]) or text[start - 1] == "十":
            continue
        if verb == 0 or text[verb - 1] in ONE_BOUNDARY or text.endswith(ONE_LEAD_INS, 0, verb):
            return True
    return False


def _paired_one(text: str, start: int, end: int) -> bool:
    """成熟一个，启动一个: two bare verbs each with 一个, each closed by a clause's edge — one thing at a time,
    no count (not 新建一个，改扩建一个垃圾焚烧厂 or 新建污水处理厂一个、扩建一个, quotas of what is built)."""
    def closed(at: int) -> bool:
        return at >= len(text) or text[at] in ONE_BOUNDARY
    if not _bare_one(text, start) or not closed(end):
        return False
    after = re.match(r"[，,、]([\u4e00-\u9fff]{2,3})一个", text[end : end + 6])
    if after and _bare_one(text, end + 1 + len(after[1])) and closed(end + after.end()):
        return True
    before = re.search(r"一个[，,、][\u4e00-\u9fff]{2,3}$", text[max(0, start - 6) : start])
    return bool(before) and _bare_one(text, start - len(before.group())) and text[start - len(before.group()) + 2] in "，,、"


# 五大基地, 七大工程, 十一大产业 (not 一大批: a great many)
NUMBERED_NAME = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:[二三四五六七八九十两百千]|[一二三四五六七八九十百千两]{2,})大[\u4e00-\u9fff]{1,8}(?=[、，,。；;的]|$)")


LIST_STOP = re.compile(r"[、，,。；;]")
CLAUSE_STOPS = frozenset("，,。；;")


def _beside_numbered_names(text: str, end: int) -> bool:
    """一个 (ending at ``end``) whose thing is listed with a name counted by 大 (一个示范盟、五大基地、七大工程; 打造五大基地、
    建设一个示范区): the parts of a slogan, not a count of what is built."""
    after = LIST_STOP.search(text, end)  # (the nearest stop only: a find of each mark would read the whole text each time)
    if after and after.group() == "、" and NUMBERED_NAME.match(text, after.end()):
        return True
    start = end
    while start > 0 and text[start - 1] not in CLAUSE_STOPS:
        start -= 1
    listed = text[start:end].split("、")
    return len(listed) > 1 and any(NUMBERED_NAME.fullmatch(part) for part in listed[:-1])


# 月开展一次督查督办: a period opening the clause for 每, then a verb of routine work (not 月底前…, 周密组织…, 周口市…)
PER_PERIOD_OPENING = re.compile(r"\s*" + alternatives(_RULES["per_period_openers"]) + alternatives(_RULES["per_period_verbs"]))
MAX_SHARE_GAP = 4  # characters between 分别 and the count of times it shares out (分别组织一次)
TOTAL_ASIDE = re.compile(r"[（(](?:共计|合计|总计|共)$")
LISTED_AIMS = re.compile(r"(?:目标|指标|方面|重点|底线)(?=$|[，,。；;])")  # …、…六个目标。: what the list names, counted
PEOPLE_BEFORE = re.compile(r"(?P<noun>人口|人数|人次)(?:总量|规模)?[^，,。；;\d、]{0,6}$")  # (接待旅游人次7300万: counted in 万人次)
# 劳动年龄人口平均受教育年限达到, 平均生存周期达到: a number of years follows (not 项目实施周期不超过4年: a call's rule for its projects)
YEARS_BEFORE = re.compile(r"(?:年限|寿命|生存周期)[^，,。；;\d、]{0,6}$")
PEOPLE_REACH = 12  # characters back from a number to the people it counts
MIN_LISTED_QUANTITY = 4  # characters of a quantity listed with another (能源消费总量和强度: 强度 alone is elided)
LIST_CLOSER = re.compile(r"(?<![高中初上下同平相对均优次头一二三四何])等(?![级同于])(?=[\u4e00-\u9fff]+$)")  # (not 高等教育, 中等收入)
LEVEL_TO = re.compile(r"(?<=[\u4e00-\u9fff])(?<![截直])至$")
BARE_MAGNITUDE_VERBS = ("突破", "超过", "达到", "迈上", "跨上", "超")
BARE_MAGNITUDE = "(?:" + "|".join(f"(?<={verb})" for verb in BARE_MAGNITUDE_VERBS) + ")(?=万亿)"  # 突破万亿元: no digit
MAGNITUDE_ALONE = re.compile(r"(?:万|亿)(?=$|[，,。；;、）)以左])")  # 1200万, with no measure after it
OVER_AFTER_MAGNITUDE = re.compile(r"(?P<magnitude>[十百千万亿]+)余")  # what the value pattern lets follow a magnitude


def _value_at(text: str, match: re.Match[str]) -> _Value | None:
    if match["half"]:  # 淘汰退出一半以上, 半数以上的村
        return _Value(match.start(), match.end(), Decimal(50), "%", match["suffix"] or "", False, False)
    if match["fraction"]:
        top, bottom = (match["numerator"], match["denominator"]) if match["numerator"] else (match["over"], match["under"])
        top_value, bottom_value = _number(top), _number(bottom)
        if not top_value or not bottom_value or top_value >= bottom_value:
            return None
        share = (top_value * 100 / bottom_value).quantize(Decimal("0.01")).normalize()
        share = share.quantize(Decimal(1)) if share == share.to_integral_value() else share  # 20, not 2E+1
        return _Value(match.start(), match.end(), share, "%", match["suffix"] or "", False, False)
    written = match["number"]
    # 突破万亿元, 超过千亿元: a magnitude alone after a comparing verb counts one of it (not 千村示范, 万亿级产业)
    counted = text.endswith(BARE_MAGNITUDE_VERBS, 0, match.start()) and (match["unit"] or "").endswith("元")
    if written == "" and not counted:
        return None  # 突破万亿大关, 超万亿级: no measure to count in
    number = Decimal(1) if written == "" else _number(written)
    if number is None or (ROUND_NAME.match(written) and not counted):
        return None
    upper = _number(match["upper"]) if match["upper"] else None
    unit, end, suffix = match["unit"] or "", match.end(), match["suffix"] or ""
    over_after_magnitude = OVER_AFTER_MAGNITUDE.match(unit)
    if over_after_magnitude:  # 4万余个: at least 4万个
        unit = over_after_magnitude["magnitude"] + unit[over_after_magnitude.end() :]
    if unit.endswith("人") and not suffix and text.startswith("口", end):
        end += 1  # 惠及4.98万人口: people, counted in 万 (人口 is no 人 and 口)
    people = target_rules().people_count.match(text, end) if not unit and not suffix else None
    if people:  # 20.58万贫困人口: people counted by a magnitude and their noun, no measure word
        unit, end = people["magnitude"] + "人", people.end("magnitude")
    elif not unit and text.startswith("年", end) and YEARS_BEFORE.search(text, max(0, match.start() - PEOPLE_REACH), match.start()):
        unit, end = "年", end + 1  # 平均受教育年限达到11.1年: a span of years measured, no date
        after = target_rules().suffix_after.match(text, end)
        suffix = after.group() if after else suffix
        end += len(after.group()) if after else 0
    elif not unit and not suffix and (people := PEOPLE_BEFORE.search(text, max(0, match.start() - PEOPLE_REACH), match.start())):
        magnitude = MAGNITUDE_ALONE.match(text, end)
        if magnitude:  # 常住人口突破1200万(左右): the people named before, counted in 万
            unit, end = magnitude.group() + ("人次" if people["noun"] == "人次" else "人"), magnitude.end()
            after = target_rules().suffix_after.match(text, end)
            suffix = after.group() if after else ""
            end += len(suffix)
    return _Value(
        match.start(), end, number, unit, suffix, match["upper"] is not None,
        not written[:1].isdigit(), upper if upper is not None and upper > number else None,
        bool(match["more"] or over_after_magnitude),
    )


MEASURED_NOUN = re.compile(r"(?=[^\n]{2,20}$)(?:[\u3400-\u9fff]|“[\u3400-\u9fff]{1,8}”)+约?$")  # (“两网融合”分类量: a quoted name in it)


def _measured_noun(text: str, clause: int, start: int) -> bool:
    """The clause before a measured value is a noun alone (其中光伏约3100万千瓦, 居民人均能源消费0.62吨标准煤):
    Chinese letters only, no figure, bracket or other mark."""
    return bool(MEASURED_NOUN.fullmatch(text, clause, start))


PROCEDURE = re.compile(r"后|起|自|接到|收到|责令|须|应当?|要求|在$")
LIST_OF_GOALS = re.compile(r"等[\u4e00-\u9fff]{0,6}(?:指标|目标|任务|要求)")  # …不高于57微克/立方米等考核指标。


def _ends_clause(text: str, index: int) -> bool:
    if text.startswith("等", index) and (index + 1 >= len(text) or text[index + 1] in CLAUSE_BREAK + SENTENCE_END):
        index += 1  # 全年技改投资超5000亿元等。: a list's closing 等
    elif (goals := LIST_OF_GOALS.match(text, index)) and (goals.end() >= len(text) or text[goals.end()] in CLAUSE_BREAK + SENTENCE_END):
        index = goals.end()  # 优良天数不少于264天、PM2.5浓度不高于57微克/立方米等考核指标: the list names what it is
    # (硬化道路10万平方米并安装太阳能路灯1000盏: 并 opens the next piece of work; not 并网, 并联, 并购)
    return (
        index >= len(text) or text[index] in VALUE_END or text.startswith("以及", index) or bool(GOAL_AFTER.match(text, index))
        or bool(AND_THEN_WORK.match(text, index)) or bool(NEXT_ITEM_WORK.match(text, index))
    )


MAX_QUOTE = 16
# 省委十一届七次、八次、九次全会: the sessions listed after an ordinal are ordinals too
ORDINALS_LISTED = re.compile(r"[第届][一二三四五六七八九十\d]{1,3}[次轮](?:[、和及][一二三四五六七八九十\d]{1,3}[次轮])*[、和及]$")
MAX_ORDINAL_LIST = 40
GRADED_AFTER = re.compile(r"[，,；;]\s*(?:评为|视为|认定为|评定为|定为|确定为|即为|为合格|为优秀)")
DURATION_UNITS = ("月", "个月", "年", "天", "日", "周", "小时", "工作日")
CLOCK_UNITS = ("分钟", "秒", "毫秒", "微秒")  # how long a thing takes: a level a comparator bounds, never an amount of work
MAX_DOCUMENT_NAME = 120  # characters between 《 and 》 of a document's name
MAX_LISTED_VALUES = 48  # values after the first that one metric, or a list of metrics, is shared out among
SIZED_BY_MEMBERS = ("户", "人")  # units of the members a place or a body is sized by
PEOPLE_NOUN_AFTER = re.compile(r"[家主长工干员民户人]")  # 企业家, 单位职工…: people, counted, not the containers
LIST_JOINTS = set("和及与/／ 　")  # what may join a list's items instead of 、
MAX_TOTAL_WORD = 16  # characters of a verb and a total's word before a figure (谋划计划总投资约)
MAX_CLAUSE_REACH = 400  # characters a rule looks back or ahead within one clause of items listed with 、
POLICY_NAMED = re.compile(r"(?!的)[^，,。；;]{2,30}政策")  # what a share after 实施 names: a policy (实施100%暂退…保证金政策)
POLICY_VERBS = tuple(_RULES["policy_share_verbs"])
MAX_PRICE_BASIS = 16  # characters from 按 to the sum it prices (按现行燃煤发电基准价)


def _enclosing(marks: list[tuple[int, str]], index: int, opening: str, closing: str) -> tuple[int, int] | None:
    """The positions of the ``opening`` and ``closing`` marks around ``index``, by bisection over ``marks``
    (every such mark of a text, in order); None when the marks nearest it do not enclose it."""
    at = bisect.bisect_left(marks, (index, ""))
    if 0 < at < len(marks) and marks[at - 1][1] == opening and marks[at][1] == closing:
        return marks[at - 1][0], marks[at][0]
    return None


def _opened_before(text: str, index: int, openings: str, closings: str, start: int = 0) -> bool:
    """``index`` sits after one of ``openings`` in ``text[start:index]`` that none of ``closings`` closed since."""
    return max(text.rfind(mark, start, index) for mark in openings) > max(text.rfind(mark, start, index) for mark in closings)


def _in_brackets(text: str, index: int) -> bool:
    """``index`` sits inside a bracket opened before it in ``text`` and not closed yet."""
    return _opened_before(text, index, "（(", "）)")


def _verb_in(text: str, start: int, end: int, rules: TargetRules) -> bool:
    """A verb of building or adding in ``text[start:end]`` used as a verb: not a noun in a list
    (生态环境保护治理、应对气候变化…)."""
    for verb in rules.amount_verbs:
        at = text.find(verb, start, end)
        while at >= 0:
            after = at + len(verb)
            # (40个项目开工、40个项目投产: a count after the 、 makes the verb close an item of a list of work;
            # 转移支付资金: a noun)
            if not text.startswith(rules.verb_nouns, at) and (after >= end or text[after] not in "、和与及" or text[after + 1 : after + 2].isdigit()):
                return True
            at = text.find(verb, after, end)
    return False


def _in_words_allowed(value: _Value, rules: TargetRules) -> bool:
    """A number in Chinese words is read with a counting unit (两座) or a magnitude (二十万千瓦);
    alone it is too often part of a word (一体化, 两型)."""
    return value.unit in rules.count_units or value.unit == "倍" or any(value.unit.startswith(m) and len(value.unit) > len(m) for m in rules.magnitudes)


# ---- the sentence reader ---------------------------------------------------------------
@dataclass
class _Found:
    """A target before it gets its span in the original text."""

    start: int  # of its text (metric or comparator), in the sentence
    end: int
    metric: str
    value: _Value
    comparator: str
    time: _Time | None
    base_year: int | None
    approximate: bool
    rules: list[str]
    baseline: tuple[Decimal, str] | None = None  # 由2020年的16.4%提高到20%: 16.4, %


# (１)在建材…, 1.新增…, 2、50个…: an item's number, no part of its metric (not 1.5万: a decimal)
OUTLINE_REMNANT = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d]{1,3}[）)]|[—－\-]{1,2})")  # an item's marker at a metric's start (（一）, ——)
ITEM_NUMBER = re.compile(r"^(?:[（(]?\d{1,2}[）)]|\d{1,2}[、.．](?!\d))")


def _strip_hedges(metric: str, rules: TargetRules) -> str:
    changed = True
    while changed and metric:
        changed = False
        for hedge in rules.hedges:
            if metric.startswith(hedge) and len(metric) > len(hedge) and not metric.startswith(rules.hedge_exceptions):
                metric, changed = metric[len(hedge) :], True
            if metric.endswith("年均"):
                metric, changed = metric[:-2], True  # 总规模年均增长16%: 年均 qualifies the change, not the metric
            elif metric.endswith("各") and len(metric) > 1:
                metric, changed = metric[:-1], True  # 稻谷、玉米示范基地各10万亩: 各 gives each the value
            elif metric.endswith(hedge) and not (hedge == "均" and EACH.search(metric) is None):
                metric, changed = metric[: -len(hedge)], True  # not 人均: a metric's own word
        kept = "及" if rules.cover_verb.search(metric[-2:]) else ""  # (惠及4.98万人口: the verb's 及, no list's)
        stripped = ITEM_NUMBER.sub("", ITEM_NUMBER.sub("", metric).lstrip("，,、和及与并且的：:（(/／").rstrip("，,、和及与并且的：:（(".replace(kept, "")))
        stripped = stripped.removeprefix("以及") if len(stripped) > 2 else stripped  # (…1.2万人以及农村劳动力转移就业3万人)
        changed = changed or stripped != metric
        metric = stripped
    return metric


class _SentenceReader:
    def __init__(self, text: str, rules: TargetRules, previous_metric: str | None) -> None:
        self.text = text
        self.rules = rules
        self.times = _times(text, rules)
        self.time_starts = [t.start for t in self.times]
        self.bases = [t for t in self.times if t.base]  # sorted, never overlapping: their ends sorted too
        self.base_ends = [t.end for t in self.bases]
        self.stated_bases = [t for t in self.bases if t.stated]
        self.stated_ends = [t.end for t in self.stated_bases]
        self.due = [t for t in self.times if not t.base]
        self.due_ends = [t.end for t in self.due]
        self.previous_metric = previous_metric
        self.found: list[_Found] = []
        self.found_ends: list[int] = []  # the ends of ``found``, sorted: where the last target before a value ends
        self.last_amount: tuple[int, tuple[int, int, bool, str]] | None = None  # end of a counted amount, its verb
        self.share_of = ""  # the whole a share is of (达到市域面积的75%: 市域面积), set by comparator_before
        # positions looked up by bisection: a sentence may run for pages (clauses never closed)
        # (…达到200家以上（其中规模以上企业100家以上，…）: the bracket of parts opens a clause)
        asides = {m.start() for m in PARTS_ASIDE.finditer(text)}
        self.breaks = [i for i, char in enumerate(text) if char in CLAUSE_BREAK or i in asides]
        self.ends = [i for i, char in enumerate(text) if char in CLAUSE_BREAK or char in SENTENCE_END or i in asides]
        self.stops = [i for i, char in enumerate(text) if char in CLAUSE_BREAK or char == "。"]  # the bounds of clause_around
        self.items = [i for i, char in enumerate(text) if char == "、"]  # where a clause too long to read whole is cut
        values = [m.span() for m in rules.value.finditer(text)]  # (past the last figure far back)
        self.value_starts = [start for start, _ in values]
        self.value_ends = [end for _, end in values]
        self.quotes = [(i, char) for i, char in enumerate(text) if char in "“”"]
        self.names = [(i, char) for i, char in enumerate(text) if char in "《》"]

    def in_time_phrase(self, start: int, end: int) -> bool:
        at = bisect.bisect_left(self.time_starts, end) - 1  # times never overlap: only the last one before ``end`` may
        return at >= 0 and self.times[at].end > start

    def shares_out_times(self, clause: int, value: _Value) -> bool:
        """分别 just before a count of times (于7月初和12月初分别组织一次): each date or doer does it once."""
        for word in self.rules.frequency_shares:
            at = self.text.rfind(word, clause, value.start)
            if at >= 0 and value.start - (at + len(word)) <= MAX_SHARE_GAP:
                return True
        return False

    def names_a_policy(self, value: _Value) -> bool:
        """落实民营经济31条: a verb of carrying out a policy, then its name and count, no verb of work
        between (用好专项债资金改造提升城市道路15条 counts roads)."""
        clause = self.clause_start(value.start)
        at, verb = max((self.text.rfind(v, clause, value.start), v) for v in self.rules.policy_verbs)
        if at < 0:
            return False
        between = self.text[at + len(verb) : value.start]
        return not any(work in between for work in self.rules.amount_verbs)

    def clause_around(self, start: int, end: int) -> str:
        """The clause around ``text[start:end]``, from the break before it (，；：。) to the break after
        it; by bisection, at a cost that does not grow with the sentence."""
        before = bisect.bisect_left(self.stops, start)
        after = bisect.bisect_left(self.stops, end)
        return self.text[
            self._within_reach_before(self.stops[before - 1] + 1 if before else 0, start) :
            self._within_reach_after(self.stops[after] if after < len(self.stops) else len(self.text), end)
        ]

    def metric_before_baseline(self, clause: int) -> tuple[str, list[str]]:
        """What a clause that states only a level measures, named before it: a label (森林覆盖率：2025年达到45%),
        or before the baseline the clause before states (5G基站数量：从2020年的3.6万个，增加到…; 四川省5G基站数量将从
        2020年的3.6万个，增加到2025年的25万个)."""
        text = self.text
        before = self.clause_start(clause - 1) if clause else clause
        measured = self.rules.measured_endings  # (not 其中：, 近期目标：, 全市从2021年起: no measure named)
        baseline = FROM_BASELINE.match(text, before) if before < clause else None
        if baseline and baseline["metric"] and baseline["metric"].endswith(measured):
            return baseline["metric"], ["baseline_metric"]
        opened_at = before if baseline else clause
        for label in LABEL_METRIC.finditer(text, max(0, opened_at - MAX_LABEL_METRIC - 4), clause):
            if label.end() in (clause, opened_at) and label["label"].endswith(measured):
                return label["label"], ["label_metric"]
        # …25万个；5G网络用户普及率，将从11%增至60%: a clause naming a measure alone, then its change from a baseline
        bare = BARE_METRIC.fullmatch(text, before, clause - 1) if before < clause - 1 and BASELINE_OPENS.match(text, clause) else None
        if bare and bare["metric"].endswith(measured):
            return bare["metric"], ["clause_metric"]
        return "", []

    def found_end_before(self, index: int) -> int:
        """The end of the last target found that ends by ``index`` (-1: none); a bisection, so that a
        long sentence of many targets costs what it holds."""
        at = bisect.bisect_right(self.found_ends, index)
        return self.found_ends[at - 1] if at else -1

    def clause_start(self, index: int) -> int:
        """Where the clause holding ``index`` starts: after the clause break before it, or, in a clause
        that lists items (、) for more than ``MAX_CLAUSE_REACH`` characters, after the first item break
        within that reach (every rule looks back over the clause: a list of thousands must cost
        what it holds)."""
        before = bisect.bisect_left(self.breaks, index)
        return self._within_reach_before(self.breaks[before - 1] + 1 if before else 0, index)

    def clause_end(self, index: int) -> int:
        """Where the clause holding ``index`` ends: the next clause break or sentence end, or the last
        item break (、) within ``MAX_CLAUSE_REACH`` characters of a longer list."""
        after = bisect.bisect_left(self.ends, index)
        return self._within_reach_after(self.ends[after] if after < len(self.ends) else len(self.text), index)

    def _within_reach_before(self, start: int, index: int) -> int:
        """``start``, or, in a clause whose figures run for more than ``MAX_CLAUSE_REACH`` characters
        before ``index``, the item break (、) after the last figure that far back: each figure of a
        list of thousands looks back over a bounded stretch, and a figure after a long list of names
        (完成A公司、B公司…等34家企业清洁生产审核) still sees the clause's opening words."""
        if index - start <= MAX_CLAUSE_REACH:
            return start
        last = bisect.bisect_right(self.value_starts, index - MAX_CLAUSE_REACH) - 1
        if last < 0 or self.value_starts[last] < start:
            return start
        item = bisect.bisect_right(self.items, self.value_starts[last])
        if item < len(self.items) and self.items[item] < index:
            return self.items[item] + 1
        # items joined otherwise (和, spaces, /): the clause is cut after that figure and its joint
        cut = self.value_ends[last] + (self.text[self.value_ends[last] : self.value_ends[last] + 1] in LIST_JOINTS)
        return cut if cut < index else start

    def _within_reach_after(self, end: int, index: int) -> int:
        """``end``, or the item break (、) before the first figure ``MAX_CLAUSE_REACH`` characters or
        more after ``index``, where the clause runs on past it."""
        if end - index <= MAX_CLAUSE_REACH:
            return end
        first = bisect.bisect_left(self.value_starts, index + MAX_CLAUSE_REACH)
        if first == len(self.value_starts) or self.value_starts[first] >= end:
            return end
        item = bisect.bisect_left(self.items, self.value_starts[first]) - 1
        if item >= 0 and self.items[item] >= index:
            return self.items[item]
        return self.value_starts[first]  # items joined otherwise (和, spaces, /): cut before that figure

    def in_document_name(self, index: int) -> bool:
        """True when ``index`` is inside 《…》: a figure in a document's name (《…关于2024年实施48项民生实事的通知》)."""
        marks = _enclosing(self.names, index, "《", "》")
        return (
            marks is not None and marks[1] - marks[0] <= MAX_DOCUMENT_NAME  # (a 《 a page left open names nothing)
            and self.text.endswith(self.rules.document_name_endings, 0, marks[1])
        )

    def in_short_quote(self, index: int) -> bool:
        """True when ``index`` is inside a short “…” quote: a slogan or a name, not a commitment."""
        marks = _enclosing(self.quotes, index, "“", "”")
        return marks is not None and marks[1] - marks[0] <= MAX_QUOTE

    def comparator_before(self, index: int, floor: int) -> tuple[str, int, bool] | None:
        """The comparator ending at ``index`` (words such as 约 may sit between)."""
        year_of = YEAR_OF.search(self.text, floor, index)
        if year_of:  # 增加到2025年的25万个: the comparator, then the year its level is due
            return self._comparator_ending(year_of.start(), floor)
        if self.text.endswith("的", floor, index):  # 达到市域面积的75%: a share of what follows the comparator
            for cut in range(index - 3, max(floor, index - MAX_SHARE_OF) - 1, -1):
                if not WHOLE.fullmatch(self.text, cut, index):
                    break
                found = self._comparator_ending(cut, floor)
                if found:
                    self.share_of = self.text[cut : index - 1]
                    return found
            return None
        return self._comparator_ending(index, floor)

    def _comparator_ending(self, index: int, floor: int) -> tuple[str, int, bool] | None:
        approximate = False
        for phrase, comparator in self.rules.own_between:
            if self.text.endswith(phrase, floor, index):
                return comparator, index - len(phrase), approximate  # 播种面积任务为4507万亩: 为 is the comparator's own
        for word in self.rules.between:
            if self.text.endswith(word, floor, index):
                index -= len(word)
                approximate = approximate or word == "约"
                break
        for phrase, comparator in self.rules.comparators:
            if self.text.endswith(phrase, floor, index):
                return comparator, index - len(phrase), approximate
        if self.text.endswith("在", floor, index) and self.text.endswith(self.rules.measured_endings, floor, index - 1):
            return REACH, index - 1, approximate  # 招生覆盖面在95%以上, 粮食总产量在3.17亿斤以上: a measure stated with 在
        held = self.text[self.clause_start(index) : index - 1] if self.text.endswith("在", floor, index) else ""
        verb = next((v for v in HOLD_VERBS if v in held), None)
        if verb:  # 稳定粮食播种面积在1.6亿亩以上, 控制能源消费总量在…以内: the verb holds its object at the level
            return (AT_MOST if verb == "控制" else REACH), index - 1, approximate
        return None

    def amount_verb_before(self, index: int, floor: int) -> tuple[int, int, bool, str] | None:
        """A verb of building or adding right before ``index``, or a few words of place before it
        (完成沿湾16条, 推进名录内6处): (start, end, after 至少?, verb with those words)."""
        end = index
        if self.text.endswith("约", floor, end):
            end -= 1
        for gap in range(0, MAX_VERB_GAP + 1):
            if end - gap < floor:
                break  # (a negative end would count from the sentence's end: 在4000个…治理)
            if gap and (not GAP_WORDS.fullmatch(self.text, end - gap, end) or not self.text[end].isdigit()):
                break  # 完成沿湾16条, not 建设的一项重要任务
            if gap > SHORT_VERB_GAP and SHARE_AFTER.match(self.text, end):
                break  # 实现工业区污水100%收集处理: a level of what the words name, not a count of work
            for verb in self.rules.adjacent_amount_verbs:
                if self.text.endswith(verb, floor, end - gap):
                    start = end - gap - len(verb)
                    if self.text.startswith(self.rules.verb_nouns, start):
                        continue  # 转移支付资金5亿元: a noun that opens with a verb's characters
                    return start, end, self.text.endswith("至少", floor, start), self.text[start:end]
        # 完成重点区域范围内58个自然保护地…清查: a scope closed by 内 between verb and count
        if self.text.endswith(self.rules.scope_endings, floor, end) and self.text[end : end + 1].isdigit():
            scope = self.rules.verb_scope.search(self.text[max(floor, end - MAX_SCOPE - 6) : end])
            if scope:
                start = end - len(scope.group())
                return start, end, self.text.endswith("至少", floor, start), self.text[start:end]
        # 新建黔东北、黔东南、黔西南3个植物园: the places where the count is, listed between verb and count
        listed = self.rules.places_before.search(self.text, max(floor, end - MAX_PLACE_LIST), end)
        if listed and self.text[end : end + 1].isdigit() and not self.text.endswith("等", floor, end):  # A、B等7个: listed_count
            start = listed.start()
            return start, end, self.text.endswith("至少", floor, start), self.text[start:end]
        # 完成蓝田县、周至县两处…建设: a count in words that counts the places listed (not 推进区域、园区、企业三个层面…,
        # 落实永久基本农田、生态保护红线、城镇开发边界三条控制线: things named, then counted)
        places = self.text[listed.start() : end].split("、") if listed else []
        if (
            listed and self.text[end : end + 1] in CHINESE_COUNTS and _number(self.text[end]) == len(places)
            and all(place.endswith(PLACE_ENDINGS) for place in places)
        ):
            start = listed.start()
            return start, end, self.text.endswith("至少", floor, start), self.text[start:end]
        return None

    def opening_work(self, pattern: re.Pattern[str], clause: int, end: int) -> re.Match[str] | None:
        """``pattern``'s verbs of work opening the clause, when what follows them to ``end`` holds no
        figure and no break (完成县应急广播指挥中心、18个…: the verb of a count listed after things named)."""
        opening = pattern.match(self.text, clause, end)
        return opening if opening and not re.search(r"[\d，,；;：:]", self.text[opening.end() : end]) else None

    def verb_opens(self, clause: int, end: int) -> bool:
        """Verbs of work open the clause, and its object runs to ``end`` (增加运营城市小型公交300辆, 新开、调整公交线路80条)."""
        opening = self.opening_work(self.rules.clause_opening_verb, clause, end)
        return opening is not None and opening.end() < end

    def metric_text(self, start: int, end: int) -> tuple[str, int, list[str]]:
        """The metric between ``start`` and ``end``: time phrases out, hedges trimmed."""
        notes: list[str] = []
        pieces, cursor = [], start
        at = max(0, bisect.bisect_left(self.time_starts, start) - 1)  # (times sorted: only those from just before start on)
        for time in self.times[at : bisect.bisect_left(self.time_starts, end)]:
            if time.end <= start or time.start >= end:
                continue
            pieces.append(self.text[cursor : max(cursor, time.start)])
            cursor = max(cursor, time.end)
        pieces.append(self.text[cursor:end])
        metric = "".join(pieces)
        glued = re.search(r"(?<=[\u3400-\u9fff）)])\d{1,2}$", metric)
        if glued:  # a footnote marker glued between metric and comparator: 湿地保护率5达到
            metric = metric[: glued.start()]
            notes.append("footnote_marker")
        metric = OUTLINE_REMNANT.sub("", metric)  # （一）新购置公交车200辆: the item's marker is no part of it
        metric = _strip_hedges(metric, self.rules)
        metric = LEVEL_TO.sub("", metric)  # 扩充公办幼儿园学位至1800个: 至 says the figure is a level, no part of the metric
        if len(metric) > MAX_METRIC:
            metric = metric[-MAX_METRIC:]
        offset = self.text.find(metric, start, end) if metric else -1
        return metric, (offset if offset >= 0 else end), notes

    def time_before(self, index: int) -> _Time | None:
        at = bisect.bisect_right(self.due_ends, index) - 1  # due times sorted, never overlapping
        return self.due[at] if at >= 0 else None

    def listed_times(self, last: _Time | None) -> list[_Time]:
        """The due times listed together, ending with ``last``: 到2025年、2030年 (a 、 和 及 or 与 between)."""
        due = self.due
        at = bisect.bisect_left(self.due_ends, last.end) if last is not None else len(due)  # (ends sorted and unique)
        if at == len(due) or due[at] != last:
            return []
        listed = [last]
        while at > 0 and self.text[due[at - 1].end : listed[0].start] in ("、", "和", "及", "与"):
            at -= 1
            listed.insert(0, due[at])
        return listed if len(listed) > 1 else []

    def base_before(self, start: int, index: int) -> int | None:
        """The base year stated in the clause from ``start`` before ``index``."""
        at = bisect.bisect_right(self.base_ends, index) - 1
        return self.bases[at].year if at >= 0 and self.bases[at].start >= start else None

    def stated_base(self, start: int) -> int | None:
        """A base year the sentence states for all its changes in a clause of its own before ``start``
        (以2020年…为基数，2025年…下降5%、…下降6%); the text a reader reads is one sentence."""
        at = bisect.bisect_right(self.stated_ends, start) - 1
        return self.stated_bases[at].year if at >= 0 else None

    def read(self) -> list[_Found]:
        text, rules = self.text, self.rules
        taken_until = 0
        for match in rules.value.finditer(text):
            if match.start() < taken_until or self.in_time_phrase(*match.span()):
                continue
            value = _value_at(text, match)
            if value is None:
                continue
            if rules.per_unit.search(text, max(0, match.start() - MAX_PER_UNIT_REACH), match.start()):
                continue  # 每推出1款新产品，给予5万元奖励: what a reward is reckoned per
            if value.unit.endswith("元") and rules.rate_opener.search(text, max(0, match.start() - MAX_PER_UNIT_REACH - 3), match.start()):
                continue  # 按每人每天200元核定: a rate of money (not 按每县建成1个以上…, a quota)
            if value.unit.endswith("元") or "元/" in value.unit:
                if rules.price_basis.search(text, max(0, match.start() - MAX_PRICE_BASIS), match.start()):
                    continue  # 机制电价按现行燃煤发电基准价0.4012元/千瓦时执行: a price a rule sets
            if not value.unit or value.unit == "个":
                value = self.unit_of_list(value)
            if not value.suffix and value.unit in rules.time_limit_units and text.startswith(WITHIN, value.end):
                value = replace(value, end=value.end + len(WITHIN), suffix=WITHIN)  # 缩短至100个工作日内: at most
            found = self.target_at(value)
            if found:
                self.found.extend(found)
                for item in found:
                    bisect.insort(self.found_ends, item.end)
                taken_until = found[-1].end
        self.read_idioms()
        return sorted(self.found, key=lambda f: f.start)

    def target_at(self, value: _Value) -> list[_Found] | None:
        text, rules = self.text, self.rules
        previous = self.found[-1] if self.found else None
        if previous is not None and "long_list" in previous.rules and previous.end == value.start - 1 and text[previous.end] in "、和及与":
            return self.list_goes_on(previous, value)
        if value.chinese and not _in_words_allowed(value, rules):
            return None
        if BOUND_AFTER.match(text, value.end):
            return None
        if value.suffix.endswith("以上") and value.unit in SIZED_BY_MEMBERS:
            container = next((word for word in rules.sized_containers if text.startswith(word, value.end)), "")
            if container and not PEOPLE_NOUN_AFTER.match(text, value.end + len(container)):
                return None  # 推动20户以上自然村光纤接入: which villages, by their size
        sized = rules.counted_after_size.match(text, value.end) if value.unit not in rules.count_units else None
        if sized and not _verb_in(text, *sized.span("things"), rules) and not rules.cover_verb.search(sized["things"]) and not any(
            word in sized["things"] for word in (*rules.stock_words, *rules.size_class_breaks)
        ):
            return None  # 新落户50亿元产业项目3个以上: the size of each thing counted, the count the amount
        if self.in_short_quote(value.start):
            return None  # “整治一个、验收一个”, “双百”: a figure inside a slogan or a programme's name
        if self.in_document_name(value.start):
            return None  # 根据《…关于2024年实施48项民生实事的通知》: a count in another document's name
        if value.chinese and value.number == 1 and _paired_one(text, value.start, value.end):
            return None  # 成熟一个，启动一个: one thing at a time, unquoted, no count
        if value.chinese and value.number == 1 and _beside_numbered_names(text, value.end):
            return None  # 建设一个示范盟、打造五大基地、实施七大工程: a slogan's parts, no count
        if text.startswith(rules.number_terms, value.start):
            return None  # 二次供水, 二次污染: a term written with a number, no count
        if text.startswith(rules.word_after_value, value.end) or text.endswith(rules.ordinal_before, 0, value.start) or (
            value.unit in rules.frequency_units and ORDINALS_LISTED.search(text, max(0, value.start - MAX_ORDINAL_LIST), value.start)
        ):
            return None  # 一次性用品: the count is part of a word; 十一届八次全会: an ordinal
        if value.unit and text.startswith(WORDS_A_UNIT_OPENS, value.end - 1):
            return None  # 等4部门联合印发: 部 opens 部门, the noun counted, no measure word (the count of issuers is no amount)
        if value.unit == "条" and re.search(r"[省市县区州]$", text[max(0, value.start - 1) : value.start]) and _ends_clause(text, value.end):
            return None  # 落实安全生产十五条硬措施和省66条、市县99条: the articles of the province's document, no amount
        if value.unit == "条" and (_ends_clause(text, value.end) or text.startswith(rules.policy_nouns, value.end)) and self.names_a_policy(value):
            return None  # 全面落实民营经济31条, 落实支持县域经济高质量发展40条政策措施: a policy known by its count of articles, no amount
        done = rules.done_verb.search(text, self.clause_start(value.start), value.start)
        # (已完工8座, 已建成的污水处理厂有8座; not 为已脱贫人口提供岗位2000个, 已建成设施正常运行率达到85%: another verb, or a
        # level, between 已… and the figure: 已… names what the promise is about)
        if done and not (done.group().startswith("已") and rules.verb_between.search(text, done.end(), value.start)):
            return None  # 建立了128项工作项目台账, 已完工8座: work done (not 已建成设施正常运行率达到85%: what is built, named)
        if value.unit in ("项", "条") and TOTAL_ASIDE.search(text, max(0, value.start - 4), value.start):
            return None  # 重点工作的落实(共101项,…): the plan's own items, totalled in an aside
        if value.unit in rules.count_units and value.unit not in ROUNDS_OF_WORK and (
            rules.own_tasks.match(text, value.end) or (value.unit in ("项", "条") and rules.own_tasks_before.search(text, self.clause_start(value.start), value.start))
        ):  # (（目标任务5000户）: a quota, counted in what is to be done)
            return None  # 立体推进三项任务全面落实, (分解任务15项: the plan's own tasks, counted
        if value.unit == "岁" and (value.ranged or AGE_GROUP_AFTER.match(text, value.end)):
            return None  # 开展0—6岁儿童眼保健, 3-6岁儿童: an age that says who is meant (not 人均预期寿命达到81岁目标)
        if _in_definition(text, value.start):
            return None  # 指…不足三分之一或者…不足25％…的用地: a definition's thresholds, no promise
        if value.unit in rules.model_year_units and 1900 <= value.number <= 2100 and value.number == int(value.number):
            return None  # 推广2024款新能源车型: a model's year, no count
        if value.unit == "小时" and value.number == 24 and CJK.match(text, value.end):
            return None  # 实现24小时供水, 24小时值守: round the clock, a way of working, no duration promised
        if value.chinese and value.number == 1 and text.startswith(("新的", "全新的"), value.end):
            return None  # 实施一项新的粮食产能提升行动: 一项 is an article here, not a count
        clause = self.clause_start(value.start)
        if value.unit in rules.count_units and LISTED_AIMS.match(text, value.end) and "、" in text[clause : value.start]:
            return None  # 实现党的建设全面加强、…、城市治理提质增效六个目标: the plan's own goals, listed and counted
        # (开展抽检，每年不少于两次, 每季度至少召开1次: a floor on how often, promised)
        floor = text[clause : value.start].rstrip().endswith(rules.floors) or value.suffix.startswith("以上")
        if value.unit in rules.frequency_units and not floor and (
            any(text.find(w, clause, value.start) >= 0 for w in rules.frequency_words) or self.shares_out_times(clause, value)
            or PER_PERIOD_OPENING.match(text, clause)
        ):
            return None  # 每季度开展一次监测, 于7月初和12月初分别组织一次自查: a routine, not an amount promised
        if BASELINE_BEFORE.search(text, clause, value.start):
            return None  # the baseline of the target that follows
        if text.startswith("以", clause) and CRITERION_AFTER.search(text, value.end, value.end + 40):
            return None  # 以面积大于100平方千米、…的海湾为重点: a criterion that picks out things
        if COMPLETED.search(text, clause, value.start):
            return None  # 10年来万元GDP用水量下降了60%, 这一数字增长了超过2.6倍: 了 tells what happened
        if PROHIBITION.search(text, clause, value.start):
            return None  # 不得在同一用气房间内使用两种及以上气源: what is forbidden, no amount promised (不得超过 is a ceiling)
        if value.chinese and value.number == 1 and value.unit in rules.idiom_ones:
            return None  # 建立一支…专家队伍: a team, not a count
        close = self.clause_end(value.end)
        if close < len(text) and text[close] in "，,；;" and text[close - 1 : close] == "的" and close > value.end:
            return None  # 对…连接软管长度超过2米、私接“三通”…的，: a case the rule is for, no promise
        stock = max((text.rfind(word, clause, value.start) for word in rules.stock_words), default=-1)
        site = SITE.search(text, clause, value.start + 1)
        if site and site.end() == value.start and (site.start() == clause or text.endswith(rules.site_owners, clause, site.start())):
            return None  # 该项目占地10亩, 占地500余亩: the site a project stands on (not 清理闲置占地500亩, 占地方财政收入比重)
        # (not 完成涉及群众切身利益的老旧小区改造200个: 涉及… qualifies what is counted, with 的)
        if stock >= 0 and not STOCK_GOAL.search(text, stock, value.start) and text.find("的", stock, value.start) < 0:
            return None  # 我区涉及此类整治面积约1068亩: what there is, the scope of the work (not 涉及年度投资目标5.79亿元)
        previous = self.found[-1] if self.found else None  # the target before this one in the sentence
        if (
            previous is not None and previous.end == clause - 1 and previous.value.unit == value.unit
            and text[clause : value.start].strip() in STRETCH_WORDS and _ends_clause(text, value.end)
        ):
            # 区级一般公共预算收入增长2%，力争3%: the same metric's stretch goal, written with its hedge alone
            return [_Found(clause, value.end, previous.metric, value, previous.comparator, previous.time, previous.base_year, False,
                           [*(r for r in previous.rules if r not in ("stretch",)), "stretch"])]
        compared = self.comparator_before(value.start, clause)
        limit = rules.time_limit.match(text, value.end - len(value.suffix)) if value.unit in rules.time_limit_units else None
        if compared is None and limit:
            # 开办企业0.5个工作日内完成, 一般登记业务3个工作日内办结: the longest the service may take
            metric, metric_start, notes = self.metric_text(clause, value.start)
            # (not a procedure's rule counted from an event or laid on someone: 在驳回后的3个工作日内完成, 自受理之日起5个
            # 工作日内办结, 责令企业30天内完成整改, 重大事项须在24小时内完成报告)
            if metric and not metric.endswith("的") and not PROCEDURE.search(metric):
                return [_Found(metric_start, limit.end(), metric, value, AT_MOST, self.time_before(value.start), None, False, [*notes, "time_limit"])]
        done = DONE.search(text, clause, value.start)
        if not done and CURRENT_STATE.search(text, clause, value.start):
            done = DONE_ENDING.match(text, value.end)  # 目前85%已整改到位: done, said after it (not 20个已签约项目开工建设)
        if done and "的" not in text[done.end() : value.start] and not (compared and compared[1] >= done.end()):
            # 已完成四旁植树106000棵, 已有70%的搬迁户完成搬迁: what is done, not promised (not 对已建成的10个园区,
            # a kind of park, nor 已建成设施正常运行率达到85%, a level of what was built)
            self.share_of = ""
            return None
        if compared and compared[0] == MORE_THAN and _in_brackets(text, value.start):
            return None  # 畜禽养殖（存栏生猪当量大于50头）: a size that says which farms are meant
        notes: list[str] = []
        object_text = ""
        end = value.end
        if compared and compared[0] in (DECREASE_BY, INCREASE_BY) and value.unit not in ("%", "％", "个百分点", "百分点"):
            verb = self.amount_verb_before(value.start, clause)
            opening = (  # 增加3万个学位, 增加5000亩高标准农田 add things; 增加5万吨。 (the level of the clause before) is a change
                verb and verb[0] == compared[1] and not self.metric_text(clause, compared[1])[0]
                and (value.unit in rules.counts_with_magnitude or CJK.match(text, value.end))
            )
            if any(v in text[clause : compared[1]] for v in rules.amount_verbs) or (verb and verb[0] != compared[1]) or opening:
                # 完成森林质量精准提升45万亩, 增加3万个学位: an amount of work, not a change of a level (粮食产量增加10万吨 is one)
                compared = None
        baseline = None
        share_of, self.share_of = self.share_of, ""
        if (
            compared and compared[0] == REACH and text.endswith("为", clause, value.start) and value.unit in rules.counts_with_magnitude
            and (_verb_in(text, value.end, self.clause_end(value.end), rules)
                 or value.unit.endswith(PEOPLE_UNITS) and SERVICE.search(text, value.end, self.clause_end(value.end)))
        ):
            compared = None  # 为8个住宅小区新增电动自行车充电设施: 为 names who the work is for, not a level
        if (
            compared and compared[0] == REACH and text.endswith("实现", clause, compared[1] + 2)
            and value.unit and value.unit not in PERCENT and not value.chinese and not _ends_clause(text, value.end)
        ):
            compared = None  # 实现180万亩农作物有机肥替代化肥: an amount of work, 实现 its verb (an adjacent amount verb)
        subject_floor = None  # 在不少于5个领域形成示范应用: at least so many doers of the work that follows
        if (
            compared and compared[0] in (AT_LEAST, MORE_THAN) and value.unit in rules.count_units
            and not _verb_in(text, clause, compared[1], rules) and self.counted_subject(value, clause, compared[1])
        ):
            subject_floor, compared = compared, None
        if compared:
            comparator, metric_end, approximate = compared
            if (
                comparator in (AT_LEAST, MORE_THAN) and text.endswith(rules.attribute_nouns, clause, metric_end)
                and rules.attributes_of_counted.match(text, value.end)
            ):  # (not 完成固定资产投资超过50亿元、新开工的重大项目30个: an amount, then another)
                return None  # 培育年产值超100亿元、具备较强国际竞争力的龙头企业2家: what the firms counted are, not a promise
            if (
                comparator in (AT_LEAST, MORE_THAN) and text.endswith(rules.attribute_nouns, clause, metric_end)
                and rules.uncounted_batch.search(text, clause, metric_end) and rules.attribute_of_batch.match(text, value.end)
            ):
                return None  # 培育一批产值超5亿元、税收超1000万元的龙头企业: what an uncounted batch of firms is
            start_from = rules.baseline.search(text, clause, metric_end)
            if start_from and comparator == REACH and start_from["number"] and _number(start_from["number"]) is not None:
                baseline = (_number(start_from["number"]), start_from["unit"] or value.unit)
                metric_end = start_from.start()
                notes.append("baseline")
            text_start = metric_end
            if not value.unit and (comparator in (DECREASE_BY, INCREASE_BY) or value.chinese):
                return None
            if comparator in (AT_LEAST, AT_MOST, MORE_THAN) and value.unit in PERCENT and text.startswith("的", value.end):
                return self.share_at(value, clause, compared)  # 抽取不低于20%的渔港开展环境监测评价
            if (
                comparator in (AT_LEAST, MORE_THAN) and value.unit in PERCENT and not _ends_clause(text, value.end)
                and SHARE_NOUN_START.match(text, value.end)
            ):
                shared = self.share_at(value, clause, compared)  # 超三分之二重点一级支流考核断面水质达到Ⅲ类及以上: the share, its things, what they do
                if shared:
                    return shared
            if (
                comparator == REACH and value.unit in PERCENT and not _ends_clause(text, value.end) and not text.startswith("的", value.end)
                and not text.endswith(NEGATIONS, clause, metric_end)
            ):
                shared = self.share_at(value, clause, compared)  # 监督检查实现100%全覆盖: the share, then what it does
                if shared:
                    return shared
            if (
                not _ends_clause(text, value.end)
                and (value.unit in rules.count_units or self.money_object(value))
                and comparator in (AT_LEAST, AT_MOST, MORE_THAN)
                and (
                    _verb_in(text, clause, metric_end, rules)
                    # 突破5项大模型应用项目: a floor on things with no verb or metric before it (not 不得超过100个标准机架, a rule's cap)
                    or (comparator != AT_MOST and value.unit in rules.count_units and not self.metric_text(clause, metric_end)[0])
                )
            ):  # 选择不低于3个试点地区开展生态养殖, 每年实施至少300个项目, 完成超过5000亿元综合交通投资: a floor on a counted object
                stop = self.clause_end(value.end)
                candidate = text[value.end : stop].removeprefix("的")
                if 0 < len(candidate) < MAX_OBJECT and not re.search(r"\d", candidate):
                    object_text, end, verb, verb_word = candidate, stop, None, ""
                    notes.append("counted_floor")
            elif (
                comparator == REACH and value.unit in rules.count_units and TARGET_IS.search(text, metric_end, value.start)
                and not _ends_clause(text, value.end)
            ):  # 老旧小区改造目标任务数为275个小区、14882户: the count of a target, then what is counted
                stop = value.end
                while stop < len(text) and text[stop] not in OBJECT_END and stop - value.end < MAX_OBJECT:
                    stop += 1
                candidate = text[value.end : stop]
                if 0 < len(candidate) < MAX_OBJECT and not re.search(r"\d", candidate):
                    object_text, end, verb, verb_word = candidate, stop, None, ""
                    notes.append("counted_target")
        else:
            verb = self.counted_subject(value, clause, subject_floor[1]) if subject_floor else self.amount_verb_before(value.start, clause)
            shared = SHARED_VERB_GAP.fullmatch(text, self.last_amount[0], value.start) if verb is None and self.last_amount else None
            # 新建11座乡镇公共厕所，1座交通公厕，3座旅游公厕: a count opening the next clause, no verb of its own
            after_comma = (
                verb is None and self.last_amount is not None and text[self.last_amount[0] : value.start] in ("，", ",")
                and value.unit in rules.count_units and not value.chinese
                and not _verb_in(text, value.end, self.clause_end(value.end), rules) and not CJK_VERB_AFTER.search(text, value.end, self.clause_end(value.end))
            )
            if shared or after_comma:
                # 新增10家绿色工厂、1~2条…, 新建3个植物园，以及贵阳、雷公山2个救护中心: the verb carries over the list
                verb = self.last_amount[1]
                if shared and shared["places"]:  # places of its own: the verb without the places of the count before
                    verb = (*verb[:3], next((v for v in rules.amount_verbs if verb[3].startswith(v)), verb[3]) + shared["places"])
                notes.append("shared_verb")
            elif (
                verb is None and value.unit in rules.count_units and not value.chinese  # not 一张图, 五个新城: names
                and text[value.start - 1 : value.start] in ("、", "和", "及")
            ):
                # 完成县应急广播指挥中心、18个乡镇应急广播分控中心、376个村居广播室和752只…建设: a count listed
                # after things named without one, all of them the object of the clause's verb
                opening = self.opening_work(rules.opening_verb, clause, value.start)
                if opening:
                    verb = (opening.start("verb"), opening.end(), False, opening["verb"])
                    notes.append("shared_verb")
            verb_in_clause = _verb_in(text, clause, value.start, rules) or self.verb_opens(clause, value.start)
            if subject_floor:
                notes.append("counted_subject")
            elif verb is None and not verb_in_clause and value.unit in rules.counts_with_magnitude:
                verb = self.counted_subject(value, clause)
                if verb:  # 推动4025家重点监管单位开展隐患排查, 在4000个行政村开展污水治理
                    notes.append("counted_subject")
            if value.chinese and verb is None and not (verb_in_clause and _ends_clause(text, value.end)):
                return None  # 建成示范项目十二个: object first, the number in words closes the clause
            if not value.unit:
                return None
            if verb is None and value.unit in PERCENT and not _ends_clause(text, value.end):
                return self.share_at(value, clause)
            if (
                verb is None and value.unit and value.unit not in rules.count_units and rules.suffixes.get(value.suffix) == "at_least"
                and not self.metric_text(clause, value.start)[0] and not _ends_clause(text, value.end)
            ):  # 到2025年底，50平方公里以上建设用地面积达到海绵城市建设目标要求: so much of a thing doing something
                found = self.share_at(value, clause)
                if found:
                    return found
            if verb is None and verb_in_clause and text.endswith("等", clause, value.start) and value.unit in rules.count_units:
                verb = (value.start, value.start, False, "")  # 完成市生态环境局等2—3家单位…改造: named ones, then their count
                notes.append("listed_count")
            if verb is None and value.unit in rules.count_units and text.endswith("等", clause, value.start):
                # …、梅川实验中学等10所学校新建, …等7个项目建设: named ones, their count, then the work closing the clause
                tail = text[value.end : self.clause_end(value.end)]
                closing = next((v for v in rules.amount_verbs if tail.endswith(v)), None)
                if closing and 0 < len(tail) - len(closing) < MAX_OBJECT and not re.search(r"\d", tail):
                    verb = (value.start, value.start, False, "")
                    notes.append("object_then_verb")
            if verb is None and value.unit in ("%", "％") and text.endswith(rules.price_rates, clause, value.start - text.endswith("为", clause, value.start)):
                return None  # 贷款利率1.75%: a price
            # (水质达标率为100%; not 目前，…达标率为95%: the present)
            stated_as = value.start - (text.endswith("为", clause, value.start) and not CURRENT_STATE.search(text, 0, value.start))
            if verb is None and value.unit in ("%", "％") and text.endswith(rules.rate_endings, clause, stated_as):
                verb = (value.start, value.start, False, "")  # 污泥安全处置率100%: a rate stated as its value
                notes.append("rate_value")
            elif verb is None and value.unit in ("%", "％") and SHARE_LEVEL.search(text, clause, value.start):
                verb = (value.start, value.start, False, "")  # 一般预算收入占全市32.46%: a share stated as its value
                notes.append("rate_value")
            if (
                verb is None and not verb_in_clause and _ends_clause(text, value.end)
                and (
                    text.endswith(rules.level_nouns, clause, value.start - text.endswith("约", clause, value.start))
                    or (
                        value.unit not in rules.count_units and (value.unit not in PERCENT or value.suffix)
                        and _measured_noun(text, clause, value.start)
                    )
                )
            ):  # 到2025年，风电装机1080万千瓦, 人均生活用电量1450千瓦时左右, 连续拉晶技术应用范围95%以上:
                # a level stated with no verb, kept only when a due date applies
                verb = (value.start, value.start, False, "")
                notes.append("stated_level")
                if (
                    previous is not None and "stated_level" not in previous.rules and "amount" in previous.rules
                    and previous.value.unit == value.unit and NEXT_ITEM.fullmatch(text, previous.end, clause)
                ):
                    # 完成美国白蛾防治面积0.6万亩，松材线虫病防治面积5.8万亩 / 完成植树造林0.74万亩，其中村庄绿化0.12万亩:
                    # the next item of an amount the clause before counted, in its measure: that clause's verb goes on
                    notes[-1] = "verb_before_clause"
            if value.unit in CLOCK_UNITS and "stated_level" not in notes:
                return None  # 建成10分钟步行可达的公园: how near the thing is, no amount of work
            approximate = text.endswith("约", clause, value.start)
            comparator = subject_floor[0] if subject_floor else AT_LEAST if verb and verb[2] else REACH
            notes.append("amount")
            if verb and not _ends_clause(text, value.end) and not self.total_of_things(value):
                # 新增10家绿色工厂: the counted object follows the unit
                # (完成2万户以上…改造: a count with its magnitude is still a count, no bound)
                if value.suffix and value.unit not in rules.counts_with_magnitude and value.unit not in PERCENT and not self.money_object(value):
                    return None  # 完成30万千瓦及以上热电联产电厂…改造: a bound that picks out things (not 完成5000亿元以上投资)
                stop = value.end
                depth = 0  # 103个旗县（市、区）建成…: a 、 inside brackets does not end the object
                outside = 0  # characters outside brackets: an aside (含1家投资2亿元以上的…项目) is no length of the object
                while stop < len(text) and (depth or text[stop] not in OBJECT_END) and outside < MAX_OBJECT and stop - value.end < MAX_WITH_ASIDE:
                    depth = max(0, depth + (text[stop] in "（(") - (text[stop] in "）)"))
                    outside += not depth and text[stop] not in "）)"
                    if text[stop] in "和及与" and text[stop + 1 : stop + 2].isdigit():
                        break  # …重点实验室和5个绿色技术创新中心: the next counted object
                    stop += 1
                object_start, stop = self.counted_object(value.end, stop)
                if text.startswith("的", object_start) and verb[1] >= value.start - 1 and (
                    value.unit in rules.count_units or value.unit in PERCENT
                ):
                    object_start += 1  # 推进50个以上的节水改造项目: a counted object after 的
                object_text = ASIDE.sub("", text[object_start:stop])  # 125个村庄（包括63个省级补助村…）: the aside is no part of it
                if len(object_text) > 3 and "、" in text[clause : value.start] and _ends_clause(text, stop):
                    object_text = object_text.removesuffix("等")  # …、1万公顷土地综合整治等。: the list's 等, not 中等's
                if not object_text or object_text.startswith("的") or len(object_text) >= MAX_OBJECT:
                    return None
                closed = stop + (text[stop : stop + 1] in "”\"")
                if (
                    value.chinese and value.unit in ("个", "项") and QUOTED_NAME.fullmatch(object_text)
                    and verb[3].endswith(rules.programme_verbs) and _ends_clause(text, closed)
                ):  # (not 开展两轮“回头看”: rounds of work)
                    return None  # 深入实施三个“一号工程”: programmes counted by their quoted name (not 建设三个“口袋公园”)
                if object_text.endswith(rules.described_objects) or object_text.startswith(rules.described_objects) and (
                    rules.grouping_total.match(object_text) or OWN_TASKS_BY_ASPECT.fullmatch(object_text)
                ):  # 设置4项约束性指标: the plan describing itself; 16个方面共64项事项: the groups of a total;
                    return None  # 实施八个方面具体工作任务: the plan's own tasks, by aspect
                if value.unit.endswith("元") and object_text.startswith(rules.money_classes):
                    return None  # 新增20亿元企业: enterprises of that size, no sum to raise
                if value.unit not in rules.counts_with_magnitude and object_text.endswith(rules.scope_of_objects):
                    return None  # 开展山北地区150万亩退耕还林地可持续发展研究: the area a study covers, no work on it
                if verb[3].startswith(rules.change_verbs) and object_text.endswith(rules.capacity_objects):
                    return None  # 增加省内6座区域性LNG应急储备中心储气能力: the capacity grows, the centres are its scope
                if "counted_subject" in notes and rules.subject_each.search(object_text):
                    return None  # 全区5个地级市分别打造1—2家养老机构: the count is of those who each do the work
                if LENGTH_UNIT.fullmatch(value.unit) and object_text.startswith(rules.bound_objects):
                    return None  # 推进主河道1公里范围内化工企业搬迁: the figure bounds where, no amount
                if object_text.endswith(rules.reach_names) and (value.unit not in rules.count_units or object_text.startswith(rules.reach_units)):
                    return None  # 建立2-6小时应急响应圈, 1个小时交通圈: a zone named by its reach, like 15分钟生活圈 (not 建成10个便民生活圈: counted)
                aside = ASIDE.search(text, object_start, stop)
                end = aside.start() if aside else stop  # (其中…12个、…，总投资320亿元）: the aside's own figures are read after it
                verb_start = value.start if "shared_verb" in notes else verb[0] - (2 if verb[2] else 0)
                metric_end, text_start, verb_word = verb_start, verb_start, verb[3]
            else:
                # 新建绿道70公里, 完成植树造林90万亩: the verb belongs to the metric
                metric_end = value.start - (1 if approximate else 0)
                if "rate_value" in notes and text.endswith("为", clause, metric_end):
                    metric_end -= 1  # 水质达标率为100%: the rate, not its 为
                text_start = metric_end
                if verb is None and not _verb_in(text, clause, metric_end, rules) and not self.verb_opens(clause, metric_end):
                    # 完成光伏项目100个以上，太阳能热水项目100个以上 / 节水型企业2000家、标杆型企业300家:
                    # the verb of the item before
                    follows = previous is not None and (previous.end == clause - 1 or (previous.end >= clause and text[previous.end] in "、和及与"))
                    # 其中光伏约3100万千瓦、风电约900万千瓦: a level listed after a level, a noun before each
                    # 公共充换电站达到5000座左右、充电基础设施9.5万台左右；专用充换电站3000座左右: levels listed after a level a comparator stated
                    compared_level = follows and previous.comparator in (REACH, AT_LEAST, AT_MOST, MORE_THAN) and (
                        "amount" not in previous.rules or "listed_level" in previous.rules
                    )
                    listed_level = (
                        follows and ("stated_level" in previous.rules or compared_level) and value.unit not in PERCENT
                        and MEASURED_NOUN.fullmatch(text, previous.end + 1, value.start)
                    )
                    if not (follows and "amount" in previous.rules and value.unit in rules.count_units) and not listed_level:
                        return None
                    notes.append("verb_before_clause")
                    if "stated_level" in previous.rules:  # a level's list goes on: kept, like it, only under a due date
                        notes.append("stated_level")
                    elif compared_level and listed_level:
                        notes.append("listed_level")
        total = not object_text and self.total_of_things(value)  # (总投资100亿元的…项目: the total, its things after 的)
        if not object_text and not _ends_clause(text, value.end) and not total:
            return None
        if (not object_text and text.startswith("的", value.end) and not GOAL_AFTER.match(text, value.end) and not total) or re.match(
            r"[，,]?或", text[end : end + 2]
        ):
            return None  # 的: the value qualifies a noun; 或者: it is one of alternative conditions
        group = [value]
        if not object_text:
            group.extend(self.listed_after(value))
            end = group[-1].end
            if len(group) > MAX_LISTED_VALUES:
                notes.append("long_list")  # the values after the last of the group go on with its metric
        metric_from = max(clause, self.found_end_before(value.start))
        if "listed_count" in notes:  # 完成运河佳苑、…等7个小区: from the verb, not from the clause's start
            metric_from = max([metric_from, *(text.rfind(v, clause, value.start) for v in rules.amount_verbs)])
        metric, metric_start, metric_notes = self.metric_text(metric_from, metric_end) if "shared_verb" not in notes else ("", metric_end, [])
        notes.extend(metric_notes)
        if not metric and not object_text:  # (a level: an amount's verb and object name it)
            metric, named_by = self.metric_before_baseline(clause)
            notes.extend(named_by)
        carried = metric if "counted_target" in notes else None  # 改造目标任务数为275个小区、14882户: the list goes on without 小区
        if object_text:
            metric = metric + verb_word + object_text
            self.last_amount = (end, verb)
        if share_of and metric:
            metric = f"{metric}占{share_of}"
        if metric:
            text_start = min(text_start, metric_start)
        time = self.time_before(value.start)
        base_year = self.base_before(clause, value.start)
        if base_year is None and comparator in (DECREASE_BY, INCREASE_BY) and not OWN_BASE.search(text, clause, value.start):
            base_year = self.stated_base(clause)  # a change, measured from no base of its own clause (not 比上年, 同比)
        metrics = self.distribute(metric, len(group), clause, metric_end)
        if len(metrics) > 1:
            notes.append("distributive")
            if len(group) == 1:
                group = group * len(metrics)  # 化肥、农药利用率均达到43%: one value for each metric
        results = []
        # 分别在7%、2%以下: a bound written after the last value of a list binds every value of it
        list_suffix = group[-1].suffix if len(group) > 1 and rules.suffixes.get(group[-1].suffix) in ("at_least", "at_most") else ""
        # 到2025年、2030年，非化石能源消费比重分别达到20%、25%: one year for each value, in order
        listed = self.listed_times(time) if len(group) > 1 else []
        times = listed if len(listed) == len(group) else [time] * len(group)
        for item, item_metric, time in zip(group, metrics, times):
            if list_suffix and not item.suffix:
                item = replace(item, suffix=list_suffix)
            item_notes = list(notes)
            if not item_metric and self.previous_metric:
                item_metric, item_notes = self.previous_metric, [*item_notes, "elided_metric"]
            if item.ranged:
                item_notes.append("range_lower_bound")
            item_comparator, item_approximate = comparator, approximate
            kind = rules.suffixes.get(item.suffix) or ("at_least" if item.over else None)
            if kind == "approximate":
                item_approximate = True
            elif kind and comparator == REACH:
                item_comparator = AT_LEAST if kind == "at_least" else AT_MOST
            results.append(
                _Found(text_start, end, item_metric, item, item_comparator, time, base_year, item_approximate, item_notes, baseline)
            )
            if item_metric:
                self.previous_metric = carried or item_metric
        return results

    def share_at(self, value: _Value, clause: int, compared: tuple[str, int, bool] | None = None) -> list[_Found] | None:
        """A share of things doing something: 全省70%以上的县级及以上党政机关建成节约型机关,
        城镇新建民用建筑100%执行绿色建筑标准, 每年选取不低于10%的重点监管单位开展监测 (``compared``:
        the floor word before it) (rule ``share``)."""
        text = self.text
        clause_end = self.clause_end(value.end)
        rest_start = value.end + text.startswith("的", value.end)
        listed = SHARE_LIST.search(text, rest_start, clause_end)
        if listed:  # 30%以上的行政村达到…标准、50%以上的农户庭院达到…: the next share of a list
            clause_end = listed.start()
        whole_clause = clause
        floor = max(clause, self.found_end_before(value.start))
        clause = floor + (text[floor : floor + 1] == "、")
        # 80%以上的县级及以上机关2025年底前达到创建要求: a date in the clause is no figure of the things
        first = bisect.bisect_left(self.time_starts, rest_start)
        dates = [t for t in self.times[first : bisect.bisect_left(self.time_starts, clause_end)] if t.end <= clause_end]
        rest, cursor = "", rest_start
        for date in dates:
            rest, cursor = rest + text[cursor : date.start], date.end
        rest += text[cursor:clause_end]
        verb_at = min((i for i in (rest.find(v) for v in self.rules.share_verbs) if i >= 0), default=-1)
        covered = None
        if verb_at < 0 and not compared:
            for covered in self.rules.cover_verb.finditer(text, whole_clause, value.start):
                pass  # the last one
        if covered and 0 < len(rest) <= MAX_COVERED and not re.search(r"\d", rest):
            # 养老服务设施覆盖所有城市社区、90%以上乡镇和60%以上村: the share of things a verb before it reaches
            before, before_start, notes = self.metric_text(whole_clause, covered.end())
            kind = self.rules.suffixes.get(value.suffix)
            comparator = {"at_least": AT_LEAST, "at_most": AT_MOST}.get(kind or "", REACH)
            return [
                _Found(before_start if before else value.start, value.end + len(rest), before + rest, value, comparator,
                       self.time_before(value.start), None, kind == "approximate", [*notes, "share", "covered_share"])
            ]
        if verb_at < 0 or verb_at > MAX_SUBJECT or len(rest) >= MAX_OBJECT or re.search(r"\d", REACH_TIME.sub("", rest)):
            return None  # a figure after it: the share picks out things (节能率6%及以上的建筑面积达到15万平方米)
        before, before_start, notes = self.metric_text(clause, compared[1] if compared else value.start)
        kind = self.rules.suffixes.get(value.suffix)
        comparator = {"at_least": AT_LEAST, "at_most": AT_MOST}.get(kind or "", REACH)
        if compared and compared[0] in (AT_LEAST, AT_MOST, MORE_THAN):
            comparator = compared[0]
        start = before_start if before else (compared[1] if compared else value.start)
        due = [d for d in dates if not d.base]
        return [
            _Found(start, clause_end, before + rest, value, comparator, due[0] if due else self.time_before(value.start), None,
                   kind == "approximate" or (compared or (0, 0, False))[2] or text.endswith("约", clause, value.start), [*notes, "share"])
        ]

    def total_of_things(self, value: _Value) -> bool:
        """A verb of work and a total's word right before the figure, 的 after it (谋划总投资100亿元的…等16个
        重点项目): the figure is the total of the things the work is on, an amount of its own (not 对总投资
        5000万元以上的项目 nor 引进总投资超过5亿元的项目, a bound that picks them out; not 完成总投资50亿元的60%,
        the whole a share is of; where the things' count closes the clause, 新开工总投资5000万元的项目20个, the
        figure stays each one's size)."""
        return not value.suffix and self.text.startswith("的", value.end) and not self.text[value.end + 1 : value.end + 2].isdigit() and bool(
            self.rules.total_of_things.search(self.text, max(0, value.start - MAX_TOTAL_WORD), value.start)
        )

    def money_object(self, value: _Value) -> bool:
        """A sum of money whose object, right after it, is money spent or raised (5000亿元综合交通投资):
        an amount, where after another measure (30万千瓦及以上热电联产电厂) a bound picks out things."""
        if not value.unit.endswith("元"):
            return False
        stop = value.end
        while stop < len(self.text) and self.text[stop] not in OBJECT_END and stop - value.end < MAX_OBJECT:
            stop += 1
        return self.text.endswith(self.rules.money_objects, value.end, stop) and not self.text.startswith("的", value.end)

    def counted_subject(self, value: _Value, clause: int, counted_at: int | None = None) -> tuple[int, int, bool, str] | None:
        """(start, end, after 至少?, word) of a word that makes a count the doers of the work that
        follows in its clause (推动4025家单位开展排查, 在4000个行政村开展治理, 支持10个县建设…), or
        of the count itself when it opens the clause (12个盟市配备应急处置能力)."""
        if counted_at is None:  # (or where a comparator before the count starts: 在不少于5个领域形成示范应用)
            counted_at = value.start
        word = next((w for w in self.rules.subject_words if self.text.endswith(w, clause, counted_at)), None)
        scope = next((w for w in self.rules.scope_words if self.text.endswith(w, clause, counted_at)), None)
        if word is None and scope:  # 在全市127个村铺设管网: the whole place between the word and the count
            word = next((w + scope for w in self.rules.subject_words if self.text.endswith(w, clause, counted_at - len(scope))), None)
        opening = ITEM_NUMBER.sub("", self.text[clause : counted_at].strip(" \t\n\f；;，,"))  # 2、50个小区新增…: after its item number
        for whole in (*self.rules.scope_words, *BATCH_WORDS):  # 全市首批100个示范社区全面建成: the count still opens it
            opening = opening.replace(whole, "")
        named = NAMED_DOER.fullmatch(opening)  # (before a hedge is taken off: 推动 is one)
        while opening and (hedge := next((h for h in self.rules.hedges if opening.startswith(h) and len(h) > 1), None)):
            opening = opening[len(hedge) :]  # 确保40个项目开工: a hedge before the count that opens the clause
        if word is None and not opening:
            word = ""  # 103个旗县建成医疗废物收集转运处置体系: the count opens its clause
        elif word is None and named and named["verb"] in self.rules.subject_words and not value.chinese and not DURATION_AFTER.match(self.text, value.end):
            # (not 核心零部件, a count in words; not 指导乡镇2个月内完成, a duration)
            word = named.group()  # 推动潞讯精密电子30条生产线投产: the verb, a name, then the count of the doers
        elif word is None and NAMED_BEFORE_COUNT.fullmatch(opening):
            word = opening  # 新洋港、通榆河、串场河等29条重点考核河流开展清淤疏浚: the named ones, then their count
        elif word is None and opening.endswith("内"):  # 对盐城市区核心区内118条河道进行治理: a scope closed by 内
            scoped = self.rules.subject_scope.search(opening)
            word = scoped.group() if scoped else None
        if word is None or _ends_clause(self.text, value.end):
            return None
        if word == "为" and (value.chinese or self.text.endswith(COPULAS, clause, counted_at)):
            return None  # 单列为一个治理单元: 为 as "as", not "for"
        start, stop = counted_at - len(word), self.clause_end(value.end)
        served = word.startswith("为") and value.unit.endswith(PEOPLE_UNITS) and SERVICE.search(self.text, value.end, stop)
        # (15个村达到美丽乡村标准: things brought to a standard, counted where the count opens the clause)
        reached = (
            not word and bool(self.rules.standard_reached.search(self.text, value.end, stop))
            and not DURATION_AFTER.match(self.text, value.end) and value.unit not in DURATION_UNITS  # (3个月内达到排放标准: a time limit)
            and not GRADED_AFTER.match(self.text, stop)  # (5项指标全部达到要求，评为优秀: a grade's criterion)
        )
        if not _verb_in(self.text, value.end, stop, self.rules) and not served and not reached and not (
            word in HELPING_WORDS and any(self.text.find(v, value.end, stop) >= 0 for v in self.rules.share_verbs)
        ):  # (帮助430名长期失业青年实现就业创业: what those helped achieve; 为全州7万名妇女免费做筛查: those served)
            return None
        if any(self.text.find(w, value.end, stop) >= 0 for w in self.rules.frequency_words):
            return None  # 对5家污水处理厂每季度开展一次监测: the scope of a routine
        if ISSUING.search(self.text, value.end, stop):
            return None  # 省水利厅…等5部门联合印发《…》: who issued the document, no work promised
        if COPULA_AFTER.match(self.text, value.end, stop):
            return None  # 50件民生实事是保障改善民生的重要举措: what the things counted are, no work
        amount = AMOUNT_FIGURE.search(self.text, value.end, stop)
        if amount and "、" not in self.text[value.end : amount.start()] and _verb_in(self.text, value.end, amount.start(), self.rules):
            return None  # 在17个乡镇硬化道路10万平方米: where the work is; the figure after its verb is the amount
        if not word and not reached:  # 五个新城、临港新片区…等重点区域开展: a list of places, one of them a name with a count
            verb_at = min(i for i in (self.text.find(v, value.end, stop) for v in self.rules.amount_verbs) if i >= 0)
            doers = re.sub(r"[（(][^）)]*[）)]", "", self.text[value.end : verb_at])
            if value.chinese or "、" in doers or "等" in doers:
                return None
        return start, value.start, self.text.endswith("至少", clause, start), word

    def counted_object(self, start: int, stop: int) -> tuple[int, int]:
        """The counted object's span; when 、 lists its modifiers (30个生态环境优美、…的示范县城),
        the head noun after the last 的."""
        if stop >= len(self.text) or self.text[stop] != "、" or "的" in self.text[start:stop]:
            return start, stop
        clause_end = self.clause_end(stop)
        last_of = self.text.rfind("的", stop, clause_end)
        if last_of < 0 or re.search(r"\d", self.text[stop:clause_end]):
            return start, stop
        return last_of + 1, clause_end

    def unit_of_list(self, value: _Value) -> _Value:
        """A bare number listed before numbers that end on a unit takes that unit: 分别降低20、15个百分点
        (and 分别增长15个、13个百分点: the 个 of 个百分点, its 百分点 elided)."""
        if value.unit == "个" and self.text.startswith("、", value.end):
            following = self.rules.value.match(self.text, value.end + 1)
            later = _value_at(self.text, following) if following else None
            if later is not None and later.unit in ("个百分点", "百分点") and later.chinese == value.chinese:
                return replace(value, unit=later.unit)
        if value.unit:
            return value
        cursor, end = value.end, None
        for _ in range(MAX_LISTED_VALUES):  # (a list of thousands of bare numbers: each looks a bounded way ahead)
            if cursor >= len(self.text) or self.text[cursor] not in "、和":
                break
            match = self.rules.value.match(self.text, cursor + 1)
            following = _value_at(self.text, match) if match else None
            if following is None or following.chinese != value.chinese:
                return value
            if following.unit:
                end = following
                break
            cursor = following.end
        if end is None or end.unit in self.rules.count_units:
            return value
        return replace(value, unit=end.unit)

    def list_goes_on(self, previous: _Found, first: _Value) -> list[_Found]:
        """The values of a list longer than ``MAX_LISTED_VALUES`` after the group ``previous`` ended: each
        its own target with the group's metric, comparator and time, its text the value alone."""
        group = [first, *self.listed_after(first)]
        notes = [r for r in previous.rules if r != "long_list"] + ["long_list"] * (len(group) > MAX_LISTED_VALUES)
        return [
            _Found(item.start, item.end, previous.metric, item, previous.comparator, previous.time, previous.base_year, previous.approximate, notes)
            for item in group
        ]

    def listed_after(self, first: _Value) -> list[_Value]:
        """Values that continue a list after ``first``: 分别下降14.5%和15%, 达到10%、9%."""
        items, cursor = [], first.end
        # (a target's text runs from its metric to its value: a list of thousands shared out would cost its
        # length squared, and no sentence shares one metric among more than a few dozen values)
        while cursor < len(self.text) and self.text[cursor] in "、和及与" and len(items) < MAX_LISTED_VALUES:
            match = self.rules.value.match(self.text, cursor + 1)
            value = _value_at(self.text, match) if match else None
            if value is None or not (value.unit or first.unit == "") or not _ends_clause(self.text, value.end):
                break
            if value.chinese and value.unit not in self.rules.count_units:
                break
            items.append(value)
            cursor = value.end
        return items

    def distribute(self, metric: str, count: int, clause: int, metric_end: int) -> list[str]:
        """One metric per value: split ``A、B`` when the text says 分别 and the counts agree."""
        listed_each = EACH_LISTED.fullmatch(metric) if count == 1 else None
        if listed_each:  # 宫颈癌、乳腺癌各完成筛查8.1万人: the same amount for each thing listed
            return [item + listed_each["rest"] for item in re.split(r"[、和]", listed_each["items"])]
        parts = [p for p in re.split(r"[、和及与]", metric) if p]
        places = PLACES_COUNTED.fullmatch(parts[-1]) if len(parts) > 1 else None
        each = "分别" in self.text[clause : metric_end + 2] or EACH.search(self.text[clause:metric_end].rstrip())
        if places and _number(places["count"]) == len(parts) and each and not any(w in places["metric"] for w in self.rules.total_words):
            # 哈尔滨、齐齐哈尔、大庆、绥化4市散煤用量分别减少50%: places counted, then one metric of each
            parts = [*parts[:-1], places["last"]]
            return [p + places["metric"] for p in parts] if count in (1, len(parts)) else [metric] * count
        if count == 1:
            before = self.text[clause:metric_end].rstrip()
            stripped = [_strip_hedges(p, self.rules) for p in parts]
            # A、B均达到97%, A、B分别下降10%以上, 农药利用率和化肥利用率提高到40%: each metric reaches it
            if len(parts) > 1 and (EACH.search(before) or "分别" in before or all(self._measured(p) for p in stripped)):
                return stripped
            return [metric]
        pair = next((w for w in self.rules.paired_words if w in metric), None) if len(parts) == 1 else None
        if pair and len(self.rules.paired_words[pair]) == count and "分别" in self.text[clause : metric_end + 2]:
            return [metric.replace(pair, each, 1) for each in self.rules.paired_words[pair]]  # 城乡居民…分别增长7.5%、8%
        if "分别" in self.text[clause : metric_end + 2] and len(parts) == count:  # 分别在7%、2%以下: 分别 opens the comparator
            parts = [_strip_hedges(p, self.rules) for p in parts]
            closer = LIST_CLOSER.search(parts[-1])
            after = self.rules.list_category.sub("", parts[-1][closer.end() :]) if closer else ""  # (…等主要污染物重点工程减排量)
            if closer and after.endswith(self.rules.shared_endings):
                # 化学需氧量、氨氮…、挥发性有机物等重点工程减排量: 等 closes a list of substances, what they measure after it
                return [p if p.endswith(after) else p + after for p in [*parts[:-1], parts[-1][: closer.start()]]]
            shared = next((e for e in self.rules.shared_endings if parts[-1].endswith(e) and len(parts[-1]) > len(e)), None)
            # (乘用车和商用车新车二氧化碳排放强度: a head longer than the parts before, its own words before the ending;
            # 单位GDP能耗和二氧化碳排放强度: a part that measures something of its own)
            if shared and (len(parts[-1]) - len(shared) > max(len(p) for p in parts[:-1]) + 1
                           or any(p.endswith(self.rules.own_measures) or self._measured(p) for p in parts[:-1])):
                shared = None
            if shared:  # 氮氧化物和VOCs排放总量分别下降…: the substances listed, what the last part measures each one's
                parts = [p if p.endswith(shared) else p + shared for p in parts[:-1]] + [parts[-1]]
            return parts
        return [metric] * count

    def _measured(self, metric: str) -> bool:
        """A metric that names a rate (农药利用率) or a quantity of its own (单位GDP用水量, not 强度 alone)."""
        return metric.endswith(self.rules.rate_endings) or (len(metric) >= MIN_LISTED_QUANTITY and metric.endswith(self.rules.quantity_endings))

    def read_idioms(self) -> None:
        for idiom, (comparator, number, unit) in self.rules.idioms.items():
            for match in re.finditer(re.escape(idiom), self.text):
                if any(f.start <= match.start() < f.end for f in self.found):
                    continue
                clause = self.clause_start(match.start())
                metric, metric_start, notes = self.metric_text(clause, match.start())
                if not BASE_ONLY.sub("", metric):
                    # 体育产业总规模年均增长16%以上，在2015年基础上翻一番: the metric of the clause before
                    before = [f for f in self.found if f.end <= clause and not any(c in SENTENCE_END for c in self.text[f.end : clause])]
                    if not before or not before[-1].metric:
                        continue
                    metric, metric_start, notes = before[-1].metric, clause, [*notes, "elided_metric"]
                value = _Value(match.start(), match.end(), Decimal(number), unit, "", False, False)
                metrics = self.distribute(metric, 1, clause, match.start())  # A和B比2010年翻一番: each doubles
                for each in metrics:
                    self.found.append(
                        _Found(metric_start, match.end(), each, value, comparator, self.time_before(match.start()),
                               self.base_before(clause, match.start()), False, [*notes, "idiom", *(["distributive"] if len(metrics) > 1 else [])])
                    )


# the words that name a count as a target (目标任务数为275个小区)
TARGET_IS = re.compile(r"(?:目标任务数|任务数|目标|任务)为$")


# what is left of a clause that states only the base of a change (在2015年基础上翻一番)
BASE_ONLY = re.compile(r"[在比较与同]|基础上|的|年")


# 市域面积的 right before a percentage: the whole it is a share of (达到市域面积的75%)
WHOLE = re.compile(r"[\u3400-\u9fff（）()A-Za-z0-9.]+的")
YEAR_OF = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?的$")  # 增加到2025年的25万个: the year's level, no share of a whole
MAX_LABEL_METRIC = 24
BASELINE_OPENS = re.compile(r"[ \t\u3000]*(?:将|要)?(?:从|由)")
BARE_METRIC = re.compile(r"[ \t\u3000\n]*(?P<metric>[\u4e00-\u9fffA-Za-z0-9（）()“”]{2,24}?)(?:将|要|力争)?")  # a clause that only names a measure
# 四川省5G基站数量将从2020年的3.6万个，…: what is measured, then the baseline it grows from (the clause before the level)
FROM_BASELINE = re.compile(r"[ \t\u3000]*(?P<metric>[\u4e00-\u9fffA-Za-z0-9（）()“”]{2,24}?)?(?:将|要|力争|预计)?(?:从|由)(?:19|20)\d{2}年")
# 5G基站数量：从2020年的3.6万个…, 森林覆盖率：2025年达到45%: a label of what is measured, then its figures
LABEL_METRIC = re.compile(r"(?:^|(?<=[\s。；;，,、）)●•◆▪■]))(?:\d{1,2}[.．、])?(?P<label>[\u4e00-\u9fffA-Za-z0-9（）()“”]{2,24})[：:]\s*")
MAX_SHARE_OF = 16
# 以…为重点 / 为主: the figures before it pick out what is meant
CRITERION_AFTER = re.compile(r"为(?:重点|主|核心|对象|载体|依托|基础|单元)")
SITE = re.compile(alternatives(_RULES["site_words"]) + r"(?:面积)?(?:约|共|总计|合计)?(?=\d)")
SHARE_NOUN_START = re.compile(r"(?![以左及的和、])[\u4e00-\u9fff]")  # a noun right after a share, no suffix of it
DONE_ENDING = re.compile(r"已经?[\u4e00-\u9fff]{1,6}(?=[，,。；;]|$)")  # 已整改到位。: the clause ends with what is done
ROUNDS_OF_WORK = ("次", "场", "轮", "期", "批")  # how often work is done (开展3次专项行动), never the plan's own tasks
BREAKDOWN = re.compile(r"其中[：:，,]")  # a sentence that breaks down the one before
# A、B各…: one amount for each thing listed (not 各类, 各项, 各级, 各地…, 各相关: a determiner, not "each";
# not 两级各, 两区各: the items counted before it)
EACH_LISTED = re.compile(
    r"(?P<items>[\u4e00-\u9fff]{2,12}(?:[、和][\u4e00-\u9fff]{2,12})+)(?<![一二两三四五六七八九十][级区个家类])各(?![类项种级地个位界部单方族相有成])(?P<rest>[\u4e00-\u9fff]{2,20})"
)
# 均 just before the comparator: each metric listed reaches the value (人均, 年均, 平均 are metrics;
# 水平均提升 is 水平 and 均)
EACH = re.compile(r"(?:(?<![人年日月])(?<!(?<!水)平)均|各)$")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char in SENTENCE_END:
            spans.append((start, index + 1))
            start = index + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# （二）土壤污染风险管控和修复工程 on a line of its own: a heading with no full stop, whose words
# (修复) must not govern the count that opens the next line (推动4025家单位开展…)
HEADING_LINE = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、](?![\d.．]))"
    r"[^\n\d，。；：,;:！？!?、（()）]{2,30}(?=\r?\n)",
    re.M,
)


# a line of a list whose items are not sentences (1.*改建认知障碍照护床位220张 / 2.*新增1家社区长者食堂):
# it ends with no punctuation and the next line opens the next item, a heading, or a lone item number (02)
# or a responsibility label (（一）地区生产总值增长7%以上 / 责任单位：区发展和改革局)
_LABELS = load_rules("clause_rules")["labels"]
UNCLOSED_ITEM = re.compile(  # (at the last line break before the item: a look over every blank line from each cost their square)
    r"\n(?=[ \t\u3000\r]*(?:\d{1,2}[.．、](?![\d.．])|[（(][\d一二三四五六七八九十]{1,3}[)）]"
    r"|[一二三四五六七八九十]{1,3}、|[*＊]|\d{2}[ \t]*\r?\n"
    r"|(?:" + alternatives([w for key in ("lead", "co", "responsible", "leader") for w in _LABELS[key]]) + r")[ \t]*[:：]))"
)


LINE_BREAK = re.compile(r"\n[ \t\u3000\r\n]*")
INDENTED_WORDS = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]")  # (  近日,…: words, however indented)
DATE_OR_BULLET = re.compile(r"[ \t\u3000]*(?:[●•◆▪■]|(?:19|20)\d{2}[年\-./]\d{1,2})")  # a bullet, the page's date
BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*\n")  # a blank line (not a page break: \f is no part of it)
_MEASURE_END = "(?:" + alternatives([*_RULES["units"], *_RULES["percent"]]) + r")[ \t\u3000]*$"
MEASURE_AT_END = re.compile(r"\d" + _MEASURE_END)
MEASURE_IN_MAGNITUDE = re.compile(r"\d(?:" + alternatives(_RULES["magnitudes"]) + ")?" + _MEASURE_END)  # (25万个 too)
MAX_UNIT_CHARS = 12
FIGURE_END = re.compile(r"[\d%％]")
# a line closed by its figure, its measure and a bound (…照料中心200个, …就业10万人以上): an item's end where the line is no wrap
MEASURE_CLOSING = re.compile(
    r"\d(?:" + alternatives(_RULES["magnitudes"]) + ")?" + "(?:" + alternatives([*_RULES["units"], *_RULES["percent"]]) + ")"
    + "(?:" + alternatives([w for words in _RULES["suffixes"].values() for w in words]) + r")?[ \t\u3000\r]*$"
)
MAX_UNIT_CHARS_WITH_BOUND = 16
# what opens a line that goes on with the sentence before: 的企业, 和绿道5公里, 以上, or things and their count (企业20家)
GOES_ON = re.compile(r"[ \t\u3000]*(?:[的和及与或以等之、，,；;。：:）)”]|以上|以下|左右|[\u4e00-\u9fff]{1,6}\d)")
WRAP_SHORTFALL = 6  # display columns (three Chinese characters) short of a page's full line: the line ended there, no wrap
MAX_UNBROKEN = 400  # characters a clause runs with no break before its lines are taken for sentences
UNBROKEN_RUN = re.compile(r"[^，,；;。！？!?]{%d,}" % MAX_UNBROKEN)
ITEM_CLOSED = frozenset(" \t\r\n\u3000。；;，,：:、（(")


def _before_blank(text: str, index: int) -> str:
    """The character before the blank lines that end at ``index`` ("" at the text's start)."""
    while index > 0 and text[index - 1] in " \t\u3000\r\n":
        index -= 1
    return text[index - 1] if index else ""


@lru_cache(maxsize=8)
def full_line_width(text: str) -> int | None:
    """The width (in display columns, a Chinese character two) of a text's full lines where its
    lines are a page's, wrapped at one width (a PDF's text); None where its lines are paragraphs
    (a web page, a .docx): no line of it is a wrap."""
    widths = Counter(width for line in text.splitlines() if (width := display_width(line.strip())) >= MIN_FULL_LINE)
    if not widths:
        return None
    near = {width: sum(widths[w] for w in range(width - 2, width + 3)) for width in widths}
    width = max(near, key=lambda w: (near[w], w))
    return width if near[width] >= MIN_WRAPPED_LINES and near[width] >= WRAPPED_SHARE * sum(widths.values()) else None


MIN_FULL_LINE = 16  # display columns
MIN_WRAPPED_LINES = 10  # lines of one width (within two columns) that make a page of wrapped lines
WRAPPED_SHARE = 0.2  # of its lines of 16 columns or more


def _line_width(text: str, end: int, indent: int) -> int:
    """The width of the line of ``text`` that ends at ``end``, ``indent`` before it where it is the text's first."""
    start = text.rfind("\n", 0, end) + 1
    return display_width(text[start:end].strip()) + (indent if start == 0 else 0)


def _close_headings(text: str, width: int | None = None, indent: int = 0) -> str:
    """``text`` with the line break after each heading line, and after each item of a list whose
    items are not sentences, written as a full stop. ``width``: the full line width of the
    document's page (:func:`full_line_width`), None where its lines are paragraphs; ``indent``:
    the width of the document's line before ``text`` starts (a task's text opens mid-line)."""
    rules = target_rules()
    ends = [m.end() for m in HEADING_LINE.finditer(text)]
    # 改造农村互助照料中心200个 / 力争…覆盖率达到50% / 实现…: items a line each with no stop, each closed by its figure, the
    # next opening with work, where the line is no wrap (the page's lines are paragraphs, or it stops short of its full width)
    ends += [
        m.start() for m in LINE_BREAK.finditer(text)
        if m.start() and MEASURE_CLOSING.search(text, max(0, m.start() - MAX_UNIT_CHARS_WITH_BOUND), m.start())
        # (not 超100亿元 / 企业20家: a PDF's sentence broken after a threshold, the things and their count after it; nor …50% / 的企业)
        and (rules.work_opening.match(text, m.end()) or (INDENTED_WORDS.match(text, m.end()) and not GOES_ON.match(text, m.end())))
        and (width is None or _line_width(text, m.start(), indent) <= width - WRAP_SHORTFALL)
    ]
    # the line before ends with no punctuation (the newline first: a scan from every character cost too much)
    ends += [m.start() for m in UNCLOSED_ITEM.finditer(text) if m.start() and _before_blank(text, m.start()) not in ITEM_CLOSED]
    # 新建1家公办普惠托育机构 / 新增托班8个: a table's cells on lines of their own, the next opening with its amount
    ends += [
        m.start() for m in LINE_BREAK.finditer(text)
        if m.start() and text[m.start() - 1] not in ITEM_CLOSED and rules.next_amount.match(text, m.end())
    ]
    # 配送文艺演出不少于200场次 / (blank line) / 开展文艺辅导…不少于100场次: an item closed by its measure, a blank line,
    # and words (not 废纸利用量达到 6000 万 / (blank line) / 吨: a PDF's sentence, broken inside its value);
    # 40.39 / (blank line) / 40%: figures of a table's cells, a line each, never one number
    ends += [
        m.start() for m in BLANK_LINE.finditer(text)
        if m.start() and (
            (MEASURE_AT_END.search(text, max(0, m.start() - MAX_UNIT_CHARS), m.start()) and INDENTED_WORDS.match(text, m.end())
             # (建成5G基站25万个 / (blank line) / 2021年09月12日 | 来源, / ●5G…: a headline's count, then the page's date or a bullet;
             # not 超100亿元 / (blank line) / 企业20家: a PDF's sentence broken after its threshold)
             or MEASURE_IN_MAGNITUDE.search(text, max(0, m.start() - MAX_UNIT_CHARS), m.start()) and DATE_OR_BULLET.match(text, m.end()))
            and not rules.suffix_after.match(text, m.end())  # (45% / (blank line) / 以上: the value's bound)
            or FIGURE_END.match(text[m.start() - 1]) and text[m.end() : m.end() + 1].isdigit()
        )
    ]
    # a run of lines with no clause break at all (a table's cells, a list of names and counts): its lines are its
    # sentences, or every figure would be read against the whole run (time growing with the square of it)
    ends += [
        m.start() for run in UNBROKEN_RUN.finditer(text) for m in LINE_BREAK.finditer(text, run.start(), run.end())
        if m.start() > run.start() and text[m.start() - 1] not in ITEM_CLOSED
    ]
    dots = [m.end(1) for m in rules.item_before_count.finditer(text)]
    if not ends and not dots:
        return text
    chars = list(text)
    for end in ends:
        chars[end] = "。"
    for dot in dots:  # 2.50个小区新增…: item 2, then 50 of them (a count in 个 is never 2.50)
        chars[dot] = "、"
    return "".join(chars)


MAGNITUDE_PREFIX = re.compile("^(?:" + alternatives(_RULES["magnitudes"]) + ")")


def _supports(found: _Found, rules: TargetRules) -> bool:
    """A figure of a rule of support (给予最高500万元补助, 资助不得超过2项), not 补助建设300所幼儿园
    (the support is how the work is done, the count what is promised)."""
    counted = MAGNITUDE_PREFIX.sub("", found.value.unit)  # (补贴性职业技能培训2万人次: 人次, in 万)
    if counted in rules.recipient_units and found.comparator not in (AT_MOST,):
        return False  # 公租房租赁补贴发放目标任务数为1333户: how many the support reaches
    for word in rules.support_words:
        at = found.metric.find(word)
        if at < 0 or found.metric.startswith(rules.amount_verbs, at + len(word)):
            continue
        # (草畜平衡奖励面积2398.8万亩: the area the reward covers, a promise; not 每户补贴面积不超过50亩, a cap of it)
        covered = found.metric.startswith(rules.support_scope_nouns, at + len(word))
        if not covered or found.comparator is AT_MOST or "每" in found.metric[:at]:
            return True
    return False


def find_targets(
    view: TextView, document: SourceDocument, rules: TargetRules | None = None, whole_section: bool = False, due: tuple[int, str] | None = None
) -> list[Target]:
    """Every quantitative target written in ``view`` (a task, a table cell, a paragraph).

    Spans point into ``document.text``; ``text`` is the target as written, whitespace removed.
    ``whole_section``: ``view`` is a goals section (工作目标, 主要目标), whose first year
    lasts through all its paragraphs until another is stated (到2025年，…。\n在治理方面，…).
    ``due``: (year, rule) the text is due by where it stands, a table row's deadline or its
    milestone's: what states no time of its own is due then, a level with no verb too
    (发展稻田养鸭200亩 in a row due 2025年底), the rule named in its ``rules``.
    """
    rules = rules or target_rules()
    width = full_line_width(document.text)
    opens_at = view.original_span(0, 0)[0] if len(view) else 0
    indent = 0
    if width:  # (the line's start looked for no further back than a full line's width in characters: past it, no short line)
        window = max(0, opens_at - width)
        indent = display_width(document.text[document.text.rfind("\n", window, opens_at) + 1 or window : opens_at].strip())
    clean = view.rewrite(lambda text: _close_headings(text, width, indent)).remove(SUPERSCRIPT).remove(SPACE_IN_UNIT).rewrite(lambda t: t.translate(CELL_BORDERS)).squeeze().rewrite(lambda t: t.translate(FULLWIDTH))
    targets: list[Target] = []
    previous_metric: str | None = None
    context = _Time(0, 0, year=due[0]) if due and due[0] else None
    stated: _Time | None = context  # the last due year or period this text stated: it lasts until another
    boxes = _boxes(document.text)  # of the whole document: a box's heading may stand outside this view
    specifications = _specifications(document.text, rules.specification)
    counted_before, stated_last = 0, False  # targets before the last sentence; whether it stated any
    for start, end in _sentences(clean.text):
        stated_last, counted_before = len(targets) > counted_before, len(targets)
        reader = _SentenceReader(clean.text[start:end], rules, previous_metric)
        goal_sentence = GOAL_SENTENCE.search(clean.text, start, min(end, start + MAX_GOAL_OPENING))  # 全年主要预期目标是：A 32.46%，B 280件
        # …油料播种面积达17.12万亩。其中：早稻3万亩，中稻27万亩…: the parts of the targets just stated, levels too
        goal_sentence = goal_sentence or (stated_last and BREAKDOWN.match(clean.text, start))
        # 《报告》显示，2019年…达到59.2%, 126项民生实事均全部或超额完成: a sentence of results
        reported = _REPORTED.search(clean.text, start, end) or OVERFULFILLED.search(clean.text, start, end)
        goal_words = GOAL_WORDS.search(clean.text, start, end) is not None  # looked at once a sentence, not once a target
        for found in ([] if reported else reader.read()):
            if found.value.unit not in ("名", "位") and RANKING.match(reader.text, found.value.end, found.value.end + MAX_RANKING_FIELD):
                continue  # 退出全国168个重点城市后20名: the 168 cities are the field of a ranking, no amount
            if found.value.unit == "%" and SHARE_OF_AMOUNT.search(reader.text, max(0, found.value.start - MAX_SHARE_REACH), found.value.start):
                continue  # 1个1250万元，占资金总额的6.1%: how an amount stated just before divides a whole, no promise of its own
            if found.value.unit == "%" and BASIS_SHARE.search(reader.text, reader.clause_start(found.value.start), found.value.start):
                continue  # 按照不超过核定合同额的20%, 给予…建设投入的40%: what a grant is reckoned from, no level to reach
            if found.value.unit == "%" and RULE_SHARE.search(reader.text, reader.clause_start(found.value.start), found.value.start) and any(
                word in reader.clause_around(found.start, found.end) for word in rules.rule_share_words
            ):
                continue  # 单个项目支持额度不超过项目投资额的15%: a cap a rule sets on support, no level to reach
            if found.value.unit == "%" and reader.text.endswith(POLICY_VERBS, 0, found.value.start) and POLICY_NAMED.fullmatch(
                reader.text[found.value.end : reader.clause_end(found.value.end)].rstrip("。；;，, ")
            ):
                continue  # 对旅行社继续实施100%暂退旅游服务质量保证金政策: the share names the policy, no level to reach
            if found.value.unit.endswith("元") and GRANT_CAP.search(reader.text, max(0, found.value.start - MAX_CAP_REACH), found.value.start):
                continue  # 按照项目工程投资予以一定比例支持，最高不超过5000万元: the cap of a grant
            if found.value.unit.endswith("元") and found.comparator == AT_MOST and CLAIMED.search(reader.clause_around(found.start, found.end)):
                continue  # 每年申领算力券金额不超过800万元, 可兑付总额不超过1亿元: a cap of what may be claimed
            if rules.permission.search(reader.clause_around(found.start, found.end)):
                continue  # 每名学生只能选择一所民办学校: a limit a rule sets, not a promise
            checked = found.metric
            for phrase in rules.application_word_exceptions:  # 90%的乡镇卫生院达到服务能力推荐标准: a noun, no rule of applying
                checked = checked.replace(phrase, "")
            if any(word in checked for word in rules.application_words) or _supports(found, rules) or (
                found.value.unit.endswith("元") and any(word in reader.clause_around(found.start, found.end) for word in (*rules.money_support_words, *rules.support_words))
            ):
                # 奖励资金合计不超过总投资额的50%, 对每个项目支持100万元, 分别给予每座50万元、100万元投运奖励,
                # 每个单位推荐不超过2项: a rule of support or of applying, not a promise
                continue
            if found.value.unit == "%" and rules.support_share.match(reader.text, found.value.end, reader.clause_end(found.value.end) + 1):
                continue  # 分别给予缴纳城镇土地使用税100%、75%、50%的财政支持: the share of a tax a rule pays back
            if (found.time or stated) is not None and (found.time or stated).past:
                continue  # “十三五”以来，单位GDP能耗累计下降13.2%: a result
            origin_start, origin_end = clean.original_span(start + found.start, start + found.end)
            if _in_box(specifications, origin_start):
                continue  # 考核指标：转换效率≥28%: what a funded project must reach, not what the plan promises
            time = found.time if found.time is None or not found.time.present else None  # 今年将…: the year the context gives
            rule_names = list(found.rules)
            applied = time or stated
            # (2018年生产各类蔬菜总目标任务面积9.5万亩 in 台江县2018年蔬菜产业发展实施方案: the plan's own year, in a
            # sentence of goals, is its due date; 2022年，全市光伏装机120万千瓦 may state where the year began)
            plans_year = applied is not None and context is not None and applied.year == context.year and goal_words
            if "stated_level" in rule_names and (applied is None or not (applied.firm or plans_year)) and not _in_box(boxes, origin_start) and not goal_sentence:
                continue  # 2020年风电装机580万千瓦: with no verb and no due date, a figure of the present
            if "stated_level" in rule_names and "元/" in found.value.unit:
                continue  # 非工业类项目节能量800元/吨标准煤: a price, a rule of support, not a level to reach
            if time is None and stated is not None:
                time = stated  # 到2025年，A达到10%。B达到20%: the year of the paragraph
                rule_names.append(due[1] if stated is context else "paragraph_time")
            if time is not None and time.ahead:
                rule_names.append("years_ahead")  # 力争经过5年努力，…增长55%以上: due some years from the plan's own
            if time is not None and ((time.year and not time.firm and not time.period_start) or time.span):
                rule_names.append("bare_year")  # 2022年，全市完成造林5万亩, 2020年—2022年，全市共建成…: years that may report the past
            if "footnote_marker" not in rule_names and _marker_between(document.text, origin_start, origin_end):
                rule_names.append("footnote_marker")
            targets.append(
                Target(
                    text=clean.text[start + found.start : start + found.end],
                    metric=found.metric,
                    value=found.value.number,
                    value_max=found.value.upper,
                    unit=found.value.unit,
                    comparator=found.comparator,
                    span=document.span(origin_start, origin_end),
                    year=time.year if time else None,
                    period_start=time.period_start if time else None,
                    period_end=time.period_end if time else None,
                    base_year=found.base_year,
                    baseline=found.baseline[0] if found.baseline else None,
                    baseline_unit=found.baseline[1] if found.baseline else "",
                    approximate=found.approximate,
                    rules=rule_names,
                )
            )
        previous_metric = reader.previous_metric
        times = [t for t in reader.times if not t.base]
        carried = [t for t in times if not t.local]  # (去年，…: last year's figures end with their sentence)
        if any(t.firm for t in carried):  # “十三五”期间，…奠定了“十四五”科技创新的基础: a bare “十四五” names a plan, not the time
            carried = [t for t in carried if t.firm or not t.period_start]
        stated = carried[-1] if carried else stated  # and the paragraph's year goes on after them
        if stated is not None and not stated.firm and context is not None and stated.year == context.year and goal_words:
            stated = replace(stated, firm=True)  # the plan's year stated for its goals: the list after it is due then too
        if not whole_section and _ends_paragraph(document, clean, end) and not LIST_ITEM.match(clean.text, end):
            stated = context  # the paragraph is over and no list item of it follows: the year lasts no further
    return targets


@lru_cache(maxsize=8)
def _marker_starts(text: str) -> list[int]:
    """Where footnote markers stand in a document's text, found once (a target of a list shared out by
    分别 spans the list, so searching each target's span would cost the list's length each)."""
    return [m.start() for m in SUPERSCRIPT.finditer(text)]


def _marker_between(text: str, start: int, end: int) -> bool:
    """A footnote marker in ``text[start:end]``."""
    markers = _marker_starts(text)
    at = bisect.bisect_left(markers, start)
    return at < len(markers) and markers[at] < end


# 专栏 3 应对气候变化重点工程: a box of a plan's projects, whose figures are all work to do; it runs
# to the next box, chapter or section heading, or MAX_BOX characters at most
BOX_HEADING = re.compile(r"专栏\s*[0-9０-９一二三四五六七八九十]+")
BOX_END = re.compile(r"专栏\s*[0-9０-９一二三四五六七八九十]+|第[一二三四五六七八九十百]+[章节]")
MAX_BOX = 2500


# an attached table of projects (附表3. …重点任务措施和工程项目): its rows are what the plan will build,
# stated as levels with no verb (生态海堤2千米), like a 专栏's; it runs to the next attachment
ANNEX_PROJECTS = re.compile(r"(?:^|(?<=\n))[ \t]*附(?:表|件)[ \t]*[0-9０-９一二三四五六七八九十]+[.．、:：]?[ \t]*[^\n。；，,]{0,60}?(?:工程|项目)[^\n。；，,.…]{0,20}(?=\n|$)")
ANNEX_END = re.compile(r"\n[ \t]*附(?:表|件)\s*[0-9０-９一二三四五六七八九十]+")


@lru_cache(maxsize=8)
def _boxes(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that are boxes of projects: 专栏s and attached tables of projects."""
    boxes = []
    for heading in BOX_HEADING.finditer(text):
        end = BOX_END.search(text, heading.end(), heading.end() + MAX_BOX)
        boxes.append((heading.start(), end.start() if end else min(len(text), heading.end() + MAX_BOX)))
    for heading in ANNEX_PROJECTS.finditer(text):
        end = ANNEX_END.search(text, heading.end())
        boxes.append((heading.start(), end.start() if end else len(text)))
    return merge_spans(boxes)


# what ends a project's specifications: a line ending its sentence, the next label, a direction or a heading
SPECIFICATION_END = re.compile(r"(?<=。)[ \t]*\n|\n[ \t]*(?:方向\s*\d|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[.．、](?!\d)|[^\n]{0,8}[：:])")
MAX_SPECIFICATION = 2000


@lru_cache(maxsize=8)
def _specifications(text: str, label: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` that state what a call for projects asks of its projects (考核指标：…)."""
    spans = []
    for heading in label.finditer(text):
        end = SPECIFICATION_END.search(text, heading.end(), heading.end() + MAX_SPECIFICATION)
        spans.append((heading.start(), end.start() if end else min(len(text), heading.end() + MAX_SPECIFICATION)))
    return merge_spans(spans)


def _in_box(boxes: list[tuple[int, int]], index: int) -> bool:
    """``index`` is inside one of ``boxes`` (as merge_spans gives them): a bisection, whatever their number."""
    at = bisect.bisect_right(boxes, (index, float("inf"))) - 1
    return at >= 0 and boxes[at][0] <= index < boxes[at][1]


# an item of a list a paragraph introduces (到2025年，…。 / ——能源低碳转型成效显著。…): it keeps the year
LIST_ITEM = re.compile(r"[—－-]{1,2}|[●•·▪]|[（(]\d{1,2}[）)]|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]是")
PARAGRAPH_BREAK = re.compile(r"[ \t\u3000]*(?:\r?\n|\f|$)")


def _ends_paragraph(document: SourceDocument, clean: TextView, end: int) -> bool:
    """True when the sentence ending at ``clean`` offset ``end`` ends its line in the document."""
    if end <= 0:
        return False
    after = clean.original_span(end - 1, end)[1]
    return bool(PARAGRAPH_BREAK.match(document.text, after))


# 2022年…工作要点, 辽宁省2021年度…工作计划: one year, not a span (2021—2023年) or a horizon (2030年前)
TITLE_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年(?:度)?(?![前—\-–至到~～])")
ONE_YEAR_PLANS = _RULES["one_year_plans"]


@lru_cache(maxsize=256)
def annual_year(title: str | None) -> int | None:
    """The year of an annual plan's title (2022年…工作要点, 2022年区政府重点工作安排), else None."""
    title = title or ""
    years = set(TITLE_YEAR.findall(title))
    if len(years) != 1 or TITLE_SPAN.search(title):
        return None  # (目标任务（2023—2025年）: a plan of three years, no annual one)
    if any(word in title for word in _RULES["summary_titles"]):
        return None  # (2023年工作总结及下一步工作思路: the year reviewed, not the next steps')
    if any(word in title for word in target_rules().annual_titles):
        return int(years.pop())
    return int(years.pop()) if _one_year_plan(title) else None


def _one_year_plan(title: str) -> bool:
    """台江县2018年蔬菜产业发展实施方案: a plan named for its one year (rule words ``one_year_plans``)."""
    rules = ONE_YEAR_PLANS
    if not any(word in title for word in rules["titles"]) or any(word in title for word in rules["periods"]):
        return False
    unquoted = re.sub(r"《[^》]*》", "", title)  # (落实《…2035年远景目标纲要》工作方案: another document's year)
    year = TITLE_YEAR.search(unquoted)
    if year is None:
        return False
    before, after = unquoted[: year.start()].rstrip(), unquoted[year.end() :].lstrip()
    return not before.endswith(tuple(rules["not_before_year"])) and not after.startswith(tuple(rules["not_after_year"]))


def annual_due(title: str | None) -> tuple[int, str] | None:
    """What an annual plan's task text is due by where it states no time (``due`` of :func:`find_targets`):
    a level with no verb in it (社会消费品零售总额1600亿元 in 2022年…工作安排) is that year's target."""
    year = annual_year(title)
    return (year, "annual_plan_year") if year else None


LEAD_CHARS = 200  # the opening of a page with no title, where it names what it is about
LEAD_PARAGRAPH_CHARS = 800  # the opening paragraph of a page with no title, where it says which year's work it sets out
LEAD_WORK_YEAR = re.compile(
    r"(?<![\d到至止])(?P<year>(?:19|20)\d{2})\s*年度?[，,]?[^。！？!?；;：:\n]{0,16}?" + alternatives(_RULES["year_work_openers"])
)
# (what follows a year is looked at, not taken: a date's 2025年1月13日,媒体公布了… leaves the next year, 天津市2025年20项民心工程, its own)
LEAD_ANNUAL = re.compile(r"(?<![\d到至止])((?:19|20)\d{2})\s*年度?(?=(?P<what>[^。！？!?；;：:\n]{0,24}))")


def lead_annual_year(text: str) -> int | None:
    """The year of an annual programme a page with no title names in its opening sentence
    (保康县…会议对2026年县政府民生实事项目进行了票决, …表决县政府2025年度十件民生实事项目), or of the year's work its
    opening paragraph sets out (2024年,我们工作的总体要求是, 现对2023年全市民政工作做出如下安排): one year only."""
    text = to_simplified(text[: LEAD_PARAGRAPH_CHARS + LEAD_CHARS])  # (a page in traditional characters: 為民實事 is 为民实事)
    opening = text.lstrip()[:LEAD_CHARS]
    opening = opening[: next((i + 1 for i, c in enumerate(opening) if c in "。！？!?"), len(opening))]
    years = {int(m[1]) for m in LEAD_ANNUAL.finditer(opening) if any(w in m["what"] for w in target_rules().annual_titles)}
    if len(years) == 1 and len(set(TITLE_YEAR.findall(opening))) == 1:
        return years.pop()
    paragraph = text.lstrip().split("\n", 1)[0][:LEAD_PARAGRAPH_CHARS]
    years = {int(m["year"]) for m in LEAD_WORK_YEAR.finditer(paragraph)}
    return years.pop() if len(years) == 1 and len(set(TITLE_YEAR.findall(paragraph))) == 1 else None


def date_by_annual_title(plan, rules: TargetRules | None = None) -> int:
    """An annual plan's targets that state no time are due in the year of its title (rule
    ``annual_plan_year``): 2022年…工作要点 promises for 2022; a page with no title (or one naming no year or
    period), in the year of the annual programme its opening sentence names. Returns how many were dated."""
    year, dated = annual_year(plan.title), 0
    if year is None and not (plan.title and (TITLE_YEAR.search(plan.title) or title_period(plan.title, rules))):
        # no title, or one with no year or period of its own (a news page's first heading, 着力实现幼有善育):
        # the annual programme its opening sentence names (…公布了天津市2025年20项民心工程)
        year = lead_annual_year(plan.source.text)
    if year is None:
        return 0
    ahead = _sections_ahead(plan.source.text)
    for target in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]:
        if any(start <= target.span.start < stop for start, stop in ahead):
            if "annual_plan_year" in target.rules:  # (dated by the title's year where it was read: not under this heading)
                target.year = None
                target.rules.remove("annual_plan_year")
            continue  # 一、未来五年主要工作任务 in a year's report: the years ahead, not this one
        if target.year is None and target.period_start is None and target.period_end is None and "years_ahead" not in target.rules:
            target.year = year  # (力争通过3年攻坚 on a page of 2024年…三年行动推进会: due years ahead, not this year)
            target.rules.append("annual_plan_year")
            dated += 1
    return dated


# 一、未来五年主要工作任务: a section of a year's report that looks years ahead; it lasts to the next heading of its kind
SECTION_AHEAD = re.compile(
    r"^[ \t\u3000]*(?P<marker>[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。\d]{0,12}?(?:未来|今后)(?:[一二两三四五六七八九十]|\d{1,2})年(?![^\n]*\d{4}年)",
    re.M,
)  # (not 二、今后五年奋斗目标和2022年重点工作: this year's work too)


NUMBERED_HEADING = re.compile(r"^[ \t\u3000]*[一二三四五六七八九十]+、", re.M)  # 二、…
BRACKETED_HEADING = re.compile(r"^[ \t\u3000]*[（(][一二三四五六七八九十]+[）)]", re.M)  # （二）…


def _sections_ahead(text: str) -> list[tuple[int, int]]:
    """Spans of the sections headed by years ahead (未来五年…), each to the next heading with a marker of its kind."""
    spans = []
    for heading in SECTION_AHEAD.finditer(text):
        kind = NUMBERED_HEADING if heading["marker"].endswith("、") else BRACKETED_HEADING
        following = kind.search(text, heading.end())
        spans.append((heading.start(), following.start() if following else len(text)))
    return spans


TITLE_SPAN = re.compile(r"(?<!\d)(\d{4})\s*年?\s*[—–\-－~～至到]\s*(\d{4})\s*年")  # （2023—2025年）
YEARS_AHEAD_REACH = 600  # characters before a target where the span ahead its paragraph opens with may stand


def date_years_ahead(plan) -> int:
    """A target due some years ahead (力争通过3年建设，…达到90%) in a plan whose title names a period of as many
    years (城市更新行动计划（2024—2026年）) is due at the period's end (rule ``title_period``). Returns how many."""
    period, dated = title_period(plan.title), 0
    if period is None:
        return 0
    text = plan.source.text
    for target in [*plan.targets, *(t for task in plan.tasks for t in task.targets)]:
        if "years_ahead" not in target.rules or target.year or target.period_end:
            continue
        ahead = None
        for ahead in _YEARS_AHEAD.finditer(text, max(0, target.span.start - YEARS_AHEAD_REACH), target.span.start):
            pass  # the last one before it
        years = ahead and (int(ahead["years"]) if ahead["years"].isdigit() else chinese_number(ahead["years"]))
        if years and years == period[1] - period[0] + 1:
            target.year = period[1]
            target.rules.append("title_period")
            dated += 1
    return dated


def title_period(title: str | None, rules: TargetRules | None = None) -> tuple[int, int] | None:
    """The period a plan's title names (“十四五”…规划: 2021–2025, 三年行动计划（2023—2025年）), or None."""
    rules = rules or target_rules()
    title = title or ""
    span = TITLE_SPAN.search(title)
    if span and int(span[1]) <= int(span[2]):
        return int(span[1]), int(span[2])
    named = [period for name, period in rules.periods.items() if name in title]
    return named[0] if len(named) == 1 else None


# a heading of the next year's plans: 二、明年工作计划, （三）2023年工作打算, 下一步工作安排
PLANS_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^\n。]{0,12}?(?:明年|下一年|下一步|今后)")
REPORT_THEN_PLAN = re.compile(
    r"(?P<done>(?:19|20)\d{2})年[^，。]{0,20}?" + alternatives(_RULES["year_report_words"])
    + r"[^，。]{0,6}?(?:及|和|暨|与)[^，。]{0,10}?(?P<next>(?:19|20)\d{2})年"
)


def drop_past_figures(plan, rules: TargetRules | None = None) -> int:
    """Figures dated before the plan could promise them are results, not targets: under a title
    that names its period, anything due before the period opens (“十三五”以来…增长到2020年的78.93亿元
    in a “十四五” plan); in any plan with an issue date, a figure whose year is stated bare (no 到,
    底 or 前) and is before the year it was issued (2022年，全市完成造林5万亩 in a plan of 2023), or,
    undated, before the one year its title names (2018年…实施方案).
    Returns how many were dropped."""
    dropped = _drop_reviewed_year(plan) + _drop_reported_progress(plan)
    period = title_period(plan.title, rules)
    issued = plan.issue_date.year if getattr(plan, "issue_date", None) else None
    own_year = annual_year(plan.title)  # 2020年度…方案 published in January 2021: its 2020年度 is its own year
    marked = [t for t in [*plan.targets, *(t for task in plan.tasks for t in task.targets)] if "bare_year" in t.rules]
    # (海北州2018年落实…实施方案, undated: 2017年全州完成禁牧面积1180万亩 is last year's result)
    latest = issued if issued is not None else own_year
    if period is None and latest is None:
        _unmark(marked)
        return dropped

    def promised(target) -> bool:
        due = target.year or target.period_end
        if due is None:
            return True
        if period is not None and due < period[0]:
            return False
        if latest is not None and "bare_year" in target.rules and not target.year and target.period_end is not None:
            return target.period_end >= latest  # (2020年—2022年，全市共建成… in a plan of 2023: a result)
        return not (latest is not None and "bare_year" in target.rules and target.year and target.year < latest and target.year != own_year)

    dropped += _keep_targets(plan, promised)
    _unmark(marked)
    return dropped


def _drop_reviewed_year(plan) -> int:
    """A title that reports one year and plans the next (烟墩镇营造林2022年完成情况及2023年工作计划): what the text
    says before the next year's part opens, undated or dated by the title's year, is the reported year's
    result. The next year's part opens where the text first names that year, or at a heading of plans
    (二、明年工作计划, 下一步工作打算), whichever comes first; the title, quoted or repeated, opens nothing."""
    review = REPORT_THEN_PLAN.search(plan.title or "")
    if not review or int(review["done"]) >= int(review["next"]):
        return 0
    text = plan.source.text
    boundary = None
    for match in re.finditer(review["next"] + r"年(?!\d{1,2}月)|" + PLANS_HEADING.pattern, text, re.M):  # (2023年2月10日: a signature)
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        if not REPORT_THEN_PLAN.search(text, line_start, len(text) if line_end < 0 else line_end):
            boundary = match.start()
            break
    if boundary is None:
        return 0

    def reported(target) -> bool:
        due = target.year or target.period_end
        # (dated the next year before the text names it: the title's year, carried over the report)
        return target.span.start < boundary and (due is None or due <= int(review["next"]))

    return _keep_targets(plan, lambda target: not reported(target))


# a title that only reports how work went: …进展情况, …完成情况（表）, …全部完成
PROGRESS_TITLE = re.compile(
    alternatives(_RULES["progress_titles"]) + r"(?:的?报告|表|通报)?(?:[（(][^（）()]*[）)])?$"
)
PROGRESS_PUBLISHED = re.compile(alternatives(_RULES["progress_titles"]) + r"(?:公布|发布|通报|出炉)")
PROGRESS_LEAD_CHARS = 300
PLAN_SENTENCE = re.compile(alternatives([*_RULES["plan_words"], *_RULES["plan_sentence_words"]]))
CLAUSE_STOP = re.compile(r"[。；;，,\n]")  # what closes the clause of a progress report's figure
# (not （一）已新增…: done; 已脱贫户, 已建成小区 are things)
OUTLINE_HEADING = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])(?!已(?!脱贫|建成小区|建小区))")


def _drop_reported_progress(plan) -> int:
    """A title that reports how work went (…1—3月“十件民生实事”进展情况): its figures are results (推进情况：
    全市开展补贴性职业技能培训5585人次), but for those of a clause of plans (年度投资目标15495万元，1—3月完成投资
    2513万元: the first) or of an outline heading that names the work reported on (一、保障好重点群体就业，
    开展补贴性职业技能培训2万人次)."""
    text = plan.source.text
    # (no title: a news lead that says a year's results were published, 2024年10件民生实事…具体完成情况公布; not
    # one quoting a report's name, 《关于2023年度…落实情况通报》)
    published = None if plan.title else PROGRESS_PUBLISHED.search(text, 0, PROGRESS_LEAD_CHARS)
    if published and _opened_before(text, published.start(), "《", "》", text.rfind("\n", 0, published.start()) + 1):
        published = None  # (inside a 《…》 opened on its line)
    published_year = re.search(r"((?:19|20)\d{2})年[^。，,；;]{0,30}$", text[: published.start()]) if published else None
    if not PROGRESS_TITLE.search(plan.title or "") and not published_year:
        return 0
    # (a table's row: its figures stand in their own column, 全年目标任务, apart from the progress columns)
    in_rows = {id(t) for task in plan.tasks if task.kind == "row" for t in task.targets}
    reported_year = re.search(r"((?:19|20)\d{2})年", plan.title or "") or published_year
    # where lines and clauses end, found once: each target's clause by bisection, whatever the text's length
    line_ends = [m.start() for m in re.finditer("\n", text)]
    clause_ends = [m.start() for m in CLAUSE_STOP.finditer(text)]

    def planned(target) -> bool:
        if id(target) in in_rows:
            return True
        if reported_year and (target.year or target.period_end or 0) > int(reported_year.group(1)):
            return True  # (2024年，新增城镇就业1.5万人 in a report of 2023: the next year's plan)
        before = bisect.bisect_left(line_ends, target.span.start)
        line_start = line_ends[before - 1] + 1 if before else 0
        before = bisect.bisect_left(clause_ends, target.span.start)
        start = clause_ends[before - 1] + 1 if before else 0
        after = bisect.bisect_left(clause_ends, target.span.end)
        end = clause_ends[after] if after < len(clause_ends) else len(text)
        return bool(OUTLINE_HEADING.match(text, line_start) or PLAN_SENTENCE.search(text, start, end))

    return _keep_targets(plan, planned)


def _keep_targets(plan, keep) -> int:
    """Keep the plan's and its tasks' targets that ``keep`` accepts; returns how many were dropped."""
    before = len(plan.targets) + sum(len(task.targets) for task in plan.tasks)
    plan.targets = [t for t in plan.targets if keep(t)]
    for task in plan.tasks:
        task.targets = [t for t in task.targets if keep(t)]
    return before - len(plan.targets) - sum(len(task.targets) for task in plan.tasks)


def _unmark(targets) -> None:
    """The bare-year mark is read here only; it is no rule of how the target was found."""
    for target in targets:
        while "bare_year" in target.rules:
            target.rules.remove("bare_year")


def number_targets(plans) -> None:
    """Give every target its document and an id unique there (``target/1``...), in text order."""
    for plan in plans:
        for number, target in enumerate(plan.own_targets(), start=1):
            target.plan_id, target.local_id = plan.id, f"target/{number}"


def share_restated_targets(plans) -> int:
    """A table row restating a body task repeats its targets: point the row at the body's.

    Two targets are the same promise when number, unit, binding and time agree (the row's
    wording of the metric is often shorter). Returns how many row targets were merged.
    """
    merged = 0
    for plan in plans:
        for task in plan.tasks:
            body = task.restates
            if body is None:
                continue
            for index, target in enumerate(task.targets):
                same = next((b for b in body.targets if b.same_promise(target)), None)
                if same is not None and same is not target:
                    task.targets[index] = same
                    merged += 1
    return merged
