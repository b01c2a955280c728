"""Responsibility clauses: find them in prose and read the units, roles and bases they name.

A clause is ``（责任单位：☆区经委、区发改委、各镇、街道、园区）`` in the body of a plan, or a
table cell such as ``牵头部门: 安环中心 配合部门: 经发办``. Reading one is a short sequence of
named rules, each recorded on the assignments it shaped so that a reader can audit it:

``squeeze_whitespace``  line wraps, page breaks and .docx spaces inside names are dropped
``skip_layout_noise``   a running header or page number printed inside a name is left out
``lead_marker``         ☆/★ marks a lead; unmarked units are co-responsible (▲ is only stripped from a name)
``role_label``          牵头单位：X；配合单位：Y — labels name the roles
``role_word``           （X牵头，Y等配合）— the word after a group names its role
``no_lead_named``       （A、B等按职责分工负责）— all responsible, no lead: none is invented
``document_convention`` 责任单位 alone where the document pairs it with 牵头单位: supporters only
``first_listed``        no marker and no label: the first unit leads by convention
``stated_first_lead``   the document states the rule (排在第一位的为牵头单位，下同); ``_per_group``
                        when ；-separated groups each have their first-listed lead
``stated_lead_before_comma`` the document states 逗号前为牵头单位: units before the first comma lead
``sole_unit``           one unit named, so it leads
``distributive_prefix`` 各镇、街道、园区 = 各镇 + 各街道 + 各园区 (the 各 carries over)
``shared_prefix``       市、区机管局 = 市机管局 + 区机管局
``inherit_prefix``      市法院、检察院 = 市法院 + 市检察院 (onto a known department type, or a short
                        department name with no place of its own: 自治区…、通信管理局; a place too:
                        福州市商务局、生态环境局; a known type takes the clause's level over a comma:
                        省生态环境厅牵头，自然资源厅参与)
``shared_suffix``       各市、州、县人民政府 = 各市人民政府 + 各州人民政府 + 各县人民政府 (各市县人民政府 too;
                        石狮市、晋江市人民政府 = 石狮市人民政府 + 晋江市人民政府; 人民大垸、荒湖管理区 =
                        人民大垸管理区 + 荒湖管理区, a bare name before a zone's office)
``trailing_etc``        市能源局等, 等部门, 等相关单位 = 市能源局 (the list is not exhaustive)
``split_glued``         区农业农村委区绿化市容局 = 区农业农村委 + 区绿化市容局 (lexicon-checked)
``merge_duplicate``     a unit named twice in one ；-group is one assignment (lead wins over co)
``responsible_with_partners`` X负责，Y参与 — X leads
``responsible_after_lead`` 牵头单位：X on the line above 责任单位：Y (one task) — Y support X
``standing_rider``      以下均需各市人民政府落实，不再列出 — named once for every later task
``bare_list``           。（市发展改革委、市能源局） — a bracket of organisations alone (set by the pipeline)

The words (labels, role words, stated rules, brackets, 等-endings) are ``data/clause_rules.json``,
compiled once below. Notes (〈含开发区…，下同〉) are taken out of names, and a name that is no organisation's
(:func:`name_problem`, words in ``data/clause_rules.json``) is reported and kept out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model import (
    BASIS_FIRST_LISTED,
    BASIS_LABELLED,
    BASIS_MARKED,
    BASIS_RIDER,
    BASIS_SOLE,
    BASIS_STATED,
    CO,
    LEAD,
    Assignment,
    SourceDocument,
)
from ..data import alternatives, load_rules
from ..errors import Message
from ..normalize.lexicon import LEVEL_PREFIXES, NOT_LEVEL_PREFIXES, Lexicon
from ..normalize.places import places_at_start
from ..read.layout import TextView, squeeze_text


# The clause vocabulary is data (``data/clause_rules.json``), compiled here once.
RULES = load_rules("clause_rules")
_LABELS = RULES["labels"]
_COLON = r"\s*[：:∶]"

# Labels that open a bracketed responsibility clause in prose.
CLAUSE_LABELS = tuple(_LABELS["opens_clause"])
OPEN_BRACKETS, CLOSE_BRACKETS = RULES["brackets"]["open"], RULES["brackets"]["close"]
BRACKET_OR_STOP = re.compile("[" + re.escape(OPEN_BRACKETS + CLOSE_BRACKETS) + "。]")
_OPEN_CLASS = "[" + re.escape(OPEN_BRACKETS) + "]"
_CLOSE_CLASS = "[" + re.escape(CLOSE_BRACKETS) + "]"
# （6月底完成，牵头考核单位：市审批服务局）: a due time before the label, inside the bracket
DUE_BEFORE_LABEL = (
    r"(?:(?:(?:\d{4}年)?\d{1,2}月|\d{4}年|年底|年内|长期|持续|常态化|全年)[^（()）\n。；;：:，,]{0,16}[，,]\s*)?"
)  # (not 市政府统筹推进，…, 兜底保障，…: words of the task, no time)
CLAUSE_OPEN = re.compile(
    _OPEN_CLASS + r"\s*" + DUE_BEFORE_LABEL + r"(?P<label>" + alternatives([*_LABELS["opens_clause"], *_LABELS["leader"]], spaced_out=True) + _COLON + ")"
)
# a clause may be bracketed （）, 〔〕, ［］ or 【】, and a name may hold a bracket: 市交通运输局〔市铁路办〕
# Any responsibility label at all: what no reader consumed is reported (the safety net).
_ALL_LABELS = sorted({*_LABELS["opens_clause"], *_LABELS["lead"], *_LABELS["co"], *_LABELS["responsible"]})
STRAY_LABEL = re.compile(alternatives(_ALL_LABELS, spaced_out=True) + _COLON)
# the same label words with no colon, before names: 牵头单位 区发改委 / 责任单位为区发改委、区经委
LOOSE_LABEL = re.compile(alternatives(_ALL_LABELS) + r"(?:[ \t\u3000]+|为|是)(?=[\u3400-\u9fff☆★▲])")
# a label word the vocabulary does not hold (督办单位：, 推进部门：) after a bracket or a line's start:
# it may name owners, so it is reported unless it is one of the known labels
_LABEL_LIKE = re.compile(r"(?:^|(?<=" + _OPEN_CLASS + r"))[ \t\u3000]*(?P<word>[\u4e00-\u9fff]{1,4}(?:单位|部门|处室|科室|主体))" + _COLON, re.M)
_KNOWN_LABELS = frozenset({*_ALL_LABELS, *_LABELS["deadline"], *_LABELS["leader"]})
_ADDRESSEE_WORDS = tuple(RULES["addressee_words"])
_PARTICULAR_LABELS = frozenset(RULES["particular_labels"])  # 发布单位: who published the document


def unknown_labels(text: str) -> list[re.Match]:
    """Matches of label words ending in 单位/部门/处室/科室 that no reader knows (督办单位：)."""
    return [
        m for m in _LABEL_LIKE.finditer(text)
        # a known label's tail (任单位 after a wrap) and an addressee (各有关单位：, 有关单位：) are not labels
        if not any(label.endswith(m["word"]) or m["word"].endswith(label) for label in _KNOWN_LABELS)
        and not any(word in m["word"] for word in _ADDRESSEE_WORDS)
        and m["word"] not in _PARTICULAR_LABELS
    ]


MAX_CLAUSE_CHARS = 600

# Role labels inside a clause or cell, and the deadline label some documents put beside them.
LEAD_LABEL = re.compile(alternatives(_LABELS["lead"], spaced_out=True) + _COLON)
CO_LABEL = re.compile(alternatives(_LABELS["co"], spaced_out=True) + _COLON)
RESPONSIBLE_LABEL = re.compile(alternatives(_LABELS["responsible"], spaced_out=True) + _COLON)
DEADLINE_LABEL = re.compile(alternatives(_LABELS["deadline"]) + _COLON)
LEADER_LABEL = re.compile(alternatives(_LABELS["leader"], spaced_out=True) + _COLON)
# Role words written after the units instead of a label before them: （X牵头，Y等配合）,
# （A、B等按职责分工负责）. 负责 alone names every unit before it as responsible, none leading.
_ROLE_WORDS = RULES["role_words"]
ROLE_VERB = re.compile(r"(?:等)?(?P<verb>" + alternatives([w for words in _ROLE_WORDS.values() if isinstance(words, list) for w in words]) + ")$")
LONGEST_ROLE_WORD = 1 + max(len(w) for words in _ROLE_WORDS.values() if isinstance(words, list) for w in words)  # (等 before it)
VERB_ROLES = {word: role for role in ("lead", "co") for word in _ROLE_WORDS[role]}
# A rule the document states once: the first unit listed leads (排在第一位的为牵头单位，下同).
STATED_FIRST_LEAD = re.compile(RULES["stated_rules"]["first_listed"])
# 逗号前为牵头单位，下同: the units before the first comma lead, the rest support
STATED_COMMA_LEAD = re.compile(RULES["stated_rules"]["before_comma"])
STATED_MARK_LEAD = re.compile(RULES["stated_rules"]["marked"])
ANGLE_BRACKETS = str.maketrans("<>", "（）")
SAME_BELOW = re.compile("^" + alternatives(RULES["same_below"]) + "$")
STAR = RULES["lead_marks"]
STAR_CHAR = re.compile("[" + re.escape("".join(STAR)) + "]")
UNIT_MARKS = RULES["unit_marks"]  # (▲ too: stripped from a name, no lead)
UNIT_MARK_CHAR = re.compile("[" + re.escape(UNIT_MARKS) + "]")
NO_LEVEL_TYPES = frozenset(RULES["no_level_types"])
PROVINCIAL_ENDINGS = tuple(RULES["provincial_endings"])
RESPONSIBLE = "responsible"  # a 责任单位 part whose role depends on its neighbours
SHARED = "shared"  # 按职责分工负责: every unit responsible, no lead named
DEADLINE = "deadline"
LEADER = "leader"  # 责任领导：杜新国: people, the task's leaders
GROUP_SEPARATORS = "，,；;"
UNIT_SEPARATORS = "、" + GROUP_SEPARATORS
TRIM = "。.：:）)（( "
IMPLAUSIBLE = re.compile(r"[。！？!?\d]")
MAX_UNIT_CHARS = 25


@dataclass
class ClauseMatch:
    """A responsibility clause found in a clean view of a document."""

    start: int  # view offsets of the whole clause, brackets included
    end: int
    body_start: int  # view offsets of the clause text, from its first label on
    body_end: int
    closed: bool
    bare: bool = False  # a bracket of organisations alone, no label or role word (rule ``bare_list``)


def find_clauses(view: TextView, start: int = 0, end: int | None = None, knows: Callable[[str], bool] | None = None) -> list[ClauseMatch]:
    """Every responsibility clause in ``view.text[start:end]``, in text order.

    Four forms: a bracket opened by a label (``（责任单位：…）``), a bracket of units closed
    by role words (``（X牵头，Y等配合）``, ``（…等按职责分工负责）``), label lines outside
    brackets (``牵头单位：X`` / ``责任单位：Y`` on lines of their own), and a bracket of
    organisations alone closing a task (``。（市发展改革委、市能源局）``). ``knows``: whether the lexicon
    knows a name or a collective (中国移动, 各市: names that do not end as a body's may open or fill such a bracket).
    """
    end = len(view.text) if end is None else end
    labelled = [_bracketed(view.text, m.start(), m.start("label"), m.end()) for m in CLAUSE_OPEN.finditer(view.text, start, end)]
    taken = [(c.start, c.end) for c in labelled]
    worded = [c for c in _worded(view.text, start, end, knows) if not _inside(c.start, taken)]
    taken += [(c.start, c.end) for c in worded]
    lines = [c for c in _label_lines(view.text, start, end) if not _inside(c.start, taken)]
    taken += [(c.start, c.end) for c in lines]
    bare = [c for c in _bare_lists(view.text, start, end, knows) if not _inside(c.start, taken)]
    taken += [(c.start, c.end) for c in bare]
    cut = [c for c in _cut_off_at_end(view.text, start, end) if not _inside(c.start, taken)]
    return sorted(labelled + worded + lines + bare + cut, key=lambda c: c.start)


def _cut_off_at_end(text: str, start: int, end: int) -> list[ClauseMatch]:
    """A bracket of units with their role words, or a list of three units or more at a sentence's edge, that the
    text's end cut off (…。（市生态环境局牵头督导，市公安局、…、 and no more; …。〔省委军民融合办、省发展改革委、
    省数据局(省营商局)): an unclosed clause, which the pipeline reads and reports."""
    if end != len(text) or not text[start:end].strip():
        return []
    opened = _unclosed_bracket(text, max(start, end - MAX_CLAUSE_CHARS), end)  # (…、省数据局(省营商局): the outer one)
    if opened < 0 or "\n" in text[opened:end].rstrip():
        return []
    body = squeeze_text(text[opened + 1 : end])
    # (…重大项目。〔省委军民融合办、省发展改革委、…、省数据局(省营商局) and no more: a list of units, cut)
    listed = [item for item in re.split(r"[、，,](?![^（(]*[）)])", body) if item]
    # (at a sentence's edge, a level named: not …配置服务场所（党群服务中心、新时代文明实践站、…, an aside of facilities)
    at_edge = text[:opened].rstrip(" \t\u3000")[-1:] in ("", *SENTENCE_EDGE)
    units_listed = (
        len(listed) >= MIN_CUT_LIST and at_edge and any(item.startswith((*LEVEL_PREFIXES, "国家", "国务院")) for item in listed)
        and all(ORGANISATION_END.search(INNER_BRACKET_END.sub("", item)) for item in listed[:-1])
    )
    if not ROLE_WORD_INSIDE.search(body) and not units_listed:
        return []
    return [ClauseMatch(opened, end, opened + 1, end, False)]


def _unclosed_bracket(text: str, start: int, end: int) -> int:
    """Where the last bracket that ``text[start:end]`` opens and never closes opens; -1 if none."""
    depth = 0
    for position in range(end - 1, start - 1, -1):
        if text[position] in "）)〕":
            depth += 1
        elif text[position] in "（(〔":
            if depth == 0:
                return position
            depth -= 1
    return -1


MIN_CUT_LIST = 3  # units a cut bracket lists with no role word, to be read as a clause


BARE_ITEM = re.compile(r"(?:[省市区县州旗]|自治区|国家|国务院)?[\u4e00-\u9fff（()）〔〕、]{1,22}")  # a 、 only inside a bracket: 各县（市、区）人民政府
SENTENCE_EDGE = "。；;\n"


def _bare_lists(text: str, start: int, end: int, knows: Callable[[str], bool] | None = None) -> list[ClauseMatch]:
    """Brackets that close a task with organisations alone: ``。（市发展改革委、市经济信息委、市能源局）``.

    Every item must end as an organisation does and hold no digit or sentence; the bracket must
    stand at a sentence's end (after 。/； or before 。/a line end), and one item at least must
    name a level or a ministry (市…, 省…, 国家…), so an aside such as （以下简称“委员会”） is no clause.
    """
    found = []
    for match in OPEN_BRACKET.finditer(text, start, end):
        clause = _bracketed(text, match.start(), match.end(), match.end())
        if not clause.closed or clause.body_end > end or clause.body_end - clause.body_start < 3:
            continue
        before = match.start() - 1
        while before >= 0 and text[before] in " \t\f":  # look back, never copy what came before
            before -= 1
        after = text[clause.end : clause.end + 2].lstrip(" \t\f")
        if not ((before >= 0 and text[before] in "。；;") or not after or after[0] in SENTENCE_EDGE):
            continue
        glued = before >= 0 and before == match.start() - 1 and ORGANISATION_END.search(text, max(0, before - 3), before + 1)
        if glued and not re.search(r"[、，,；;]", text[clause.body_start : clause.body_end]):
            continue  # 省数据局(省营商局): a body's other name, glued to it, no clause (…恳谈会（市发展改革委、市工业和信息化局） is one)
        stop = text.find("。", clause.body_start, clause.body_end)
        if stop >= 0 and states_rule(squeeze_text(text[stop + 1 : clause.body_end])):
            clause = ClauseMatch(clause.start, clause.end, clause.body_start, stop, True)  # the units, then the rule they follow
        body = squeeze_text(text[clause.body_start : clause.body_end]).replace("<", "（").replace(">", "）")
        # （市教育局，市委农办，各县<市、区>人民政府，排名第一位为牵头单位，下同）: the rule it states and its 下同 are no items
        items = [
            INNER_BRACKET_END.sub("", TRAILING_ETC.sub("", item))
            for item in re.split(r"[、，,；;](?![^（(〔]*[）)〕])", body)  # (各县〔市、区〕政府: one item)
            if item and not SAME_BELOW.match(item) and not states_rule(item)
        ]
        if items and all(
            (ORGANISATION_END.search(item) or (knows is not None and knows(item))) and BARE_ITEM.fullmatch(item) and not _name_rules()[1].search(item)
            for item in items
        ) and (
            any(item.startswith((*LEVEL_PREFIXES, "国家", "国务院")) for item in items)
            # (a ministry's 部; but 综合办公室(党群工作部、监察室…): the offices one body also is, glued to its name,
            # where no item is a body the lexicon knows: …产业布局（工业和信息化部、商务部） is a clause)
            or (any(item.endswith("部") for item in items) and (not glued or (knows is not None and any(map(knows, items)))))
        ):
            found.append(ClauseMatch(clause.start, clause.end, clause.body_start, clause.body_end, True, bare=True))
    return found


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _bracketed(text: str, open_at: int, body_start: int, scan_from: int) -> ClauseMatch:
    """The clause whose bracket opens at ``open_at``: scan to its matching close."""
    depth, position, limit = 1, scan_from, min(len(text), scan_from + MAX_CLAUSE_CHARS)
    while position < limit:
        found = BRACKET_OR_STOP.search(text, position, limit)  # jump to the next character that matters
        if found is None:
            position = limit
            break
        position = found.start()
        char = text[position]
        if char in OPEN_BRACKETS:
            depth += 1
        elif char in CLOSE_BRACKETS:
            depth -= 1
            if depth == 0:
                break
        elif char == "。":
            if text[position + 1 : position + 2] in CLOSE_BRACKETS and states_rule(text[max(body_start, position - MAX_RULE_CHARS) : position]):
                position += 1  # …科技局。标☆的为牵头单位，下同。）: the rule's own stop, then the bracket's close
                continue
            if _rule_follows(text, position):
                position += 1  # …中国中海直公司。列逗号之前的为牵头单位，…，下同）: the rule the document states, in the bracket
                continue
            if LABEL_AFTER_STOP.match(text, position + 1):
                position += 1  # …等按职责分工负责。责任单位：各县（市、区）人民政府: the bracket's next part, labelled
                continue
            if DUTY_AFTER_STOP.match(text, position + 1) and RIDER_BEFORE_STOP.search(text, max(body_start, position - MAX_RULE_CHARS), position):
                position += 1  # …均需各县(市、区)落实,不再列出。各责任单位按职责分工落实〕: the rider's closing duty, in the bracket
                continue
            rider = RIDER_AFTER_STOP.match(text, position + 1)
            if rider is None:
                break  # unit lists never hold a full stop: the bracket was never closed
            # …负责落实。以下均需各市人民政府落实，不再列出）: the clause ends at its bracket, its units at the stop
            close = rider.end()
            return ClauseMatch(open_at, close + 1, body_start, close, True)  # parse_units reads the rider
        position += 1
    closed = position < limit and text[position] in CLOSE_BRACKETS
    return ClauseMatch(open_at, position + 1 if closed else position, body_start, position, closed)


MAX_RULE_CHARS = 40  # characters after a stop in a bracket in which the document's rule may be stated


def _rule_follows(text: str, stop: int) -> bool:
    """The document's rule is stated right after the full stop at ``stop`` (。列逗号之前的为牵头单位, 。标☆的为牵头单位)."""
    return states_rule(text[stop + 1 : stop + 1 + MAX_RULE_CHARS])


def _rule_after_stop(text: str) -> list[tuple[int, int]]:
    """The span from the first full stop after which a clause's body states the document's rule to its end (…、科技局。
    标☆的为牵头单位，下同): no unit's words."""
    stop = text.find("。")
    while stop >= 0:
        if _rule_follows(text, stop):
            return [(stop, len(text))]
        stop = text.find("。", stop + 1)
    return []


LABEL_AFTER_STOP = re.compile(r"\s*" + alternatives(_ALL_LABELS, spaced_out=True) + _COLON)
# a standing rider after the units, inside their bracket: 以下均需各市人民政府落实，不再列出
_RIDER_CHAR = r"(?:[^（(〔［\[【）)〕］\]】。]|[（(〔][^（()）〔〕。]{0,12}[）)〕])"  # 各县（市、区）政府（管委会）, 各市〔州〕
RIDER_AFTER_STOP = re.compile(_RIDER_CHAR + r"{0,80}?(?:以下|下同|不再(?:一一)?列出)" + _RIDER_CHAR + r"{0,60}。?(?=[）)〕］\]】])")
RIDER_BEFORE_STOP = re.compile(r"不再(?:一一)?列出$")
_DUTY_OF_EVERY_UNIT = r"(?:各|相关|有关)?(?:责任|有关|相关)?单位按(?:照)?职责分工(?:负责)?落实"  # 各责任单位按职责分工落实: no unit of its own
# …不再列出。各责任单位按职责分工落实〕: after a rider's stop, the duty of every unit named closes the bracket
DUTY_AFTER_STOP = re.compile(_DUTY_OF_EVERY_UNIT + r"(?=[）)〕］\]】])")


# A bracket that ends in a role word: （市经济信息委牵头，市发展改革委等配合）.
ROLE_WORD_PATTERN = alternatives(RULES["closing_words"], spaced_out=True) + r"\s*"
WORDED_CLOSE = re.compile(ROLE_WORD_PATTERN + "[）)〕］\\]】]")
ROLE_WORD_INSIDE = re.compile(r"[\u4e00-\u9fff]{2,}(?:局|委|办|厅|政府)" + alternatives(RULES["closing_words"]))  # 市生态环境局牵头
ENDS_WITH_ROLE_WORD = re.compile(ROLE_WORD_PATTERN + "$")
ORGANISATION_END = re.compile(r"(?:局|委|办|厅|院|部|署|海关|中心|政府|公司|司|集团|银行|分行|支行|处|室|会|队|所|站|单位|部门|营管部|残联|妇联|文联|侨联|工商联|科协|供销社|专班)(?:等)?$")
OPEN_BRACKET = re.compile(_OPEN_CLASS)
TRAILING_RIDER = re.compile(
    r"(?:。[^。]*(?:以下|下同|不再(?:一一)?列出)[^。]*|[，,；;](?:以下[^，,；;。]{0,8})?(?:下同|不再(?:一一)?列出)"
    r"|[；;][^；;。]*?(?:以下|下同|不再(?:一一)?列出)[^；;。]*)。?$"  # (…按职责分工负责；各市州政府负责实施，以下不再一一列出)
)
# a bracket that names a lead anywhere in it (〔市生态环境局牵头，…。以下各项工作均需…〕): if no reader took it, it is reported
BRACKETED_LEAD = re.compile(_OPEN_CLASS + r"[^（(〔［\[【）)〕］\]】\n]{1,160}?(?:局|委|办|厅|院|部|中心|政府|公司|集团|处|室|会|队|所|站|单位)(?:牵头|负责)")


def stray_leads(text: str) -> list[re.Match]:
    """Brackets that name a lead (牵头), or name units 负责 (（市交通运输局负责，各区人民政府具体实施）, or a
    bracket cut off, 〔市经信局、市发改委负责,…): a closed （配套资金由项目业主单位负责筹措） is an aside."""
    found = []
    for match in BRACKETED_LEAD.finditer(text):
        if match.group().endswith("牵头") or _left_open(text, match.start()) or "由" not in match.group():
            found.append(match)  # (not 配套资金由项目业主单位负责筹措: who pays, an aside)
    return found


def _left_open(text: str, open_at: int) -> bool:
    depth, stop = 0, _line_end(text, open_at)
    for char in text[open_at:stop]:
        depth += (char in OPEN_BRACKETS) - (char in CLOSE_BRACKETS)
        if depth == 0:
            return False
    return True
INNER_BRACKET_END = re.compile(r"[（(〔［\[【][^（(〔［\[【）)〕］\]】]*[）)〕］\]】]$")


def _worded(text: str, start: int, end: int, knows: Callable[[str], bool] | None = None) -> list[ClauseMatch]:
    """Closed brackets whose text ends in a role word and starts with an organisation's name."""
    found = []
    for match in OPEN_BRACKET.finditer(text, start, end):
        clause = _bracketed(text, match.start(), match.end(), match.end())
        if not clause.closed or clause.body_end > end:
            continue
        timed = TRAILING_TIME.search(text, clause.body_start, clause.body_end)
        if timed and ENDS_WITH_ROLE_WORD.search(squeeze_text(text[clause.body_start : timed.start()])):
            # (市政府各部门分别负责，年内持续推进): the units' part ends before the time the bracket adds
            clause = ClauseMatch(clause.start, clause.end, clause.body_start, timed.start(), True)
        body = squeeze_text(text[clause.body_start : clause.body_end])
        # (市生态环境局…等按职责分工负责。责任单位：各县（市、区）人民政府。以下均需…不再列出: role words, then a label's part)
        bare = _without_riders(body)
        if not ENDS_WITH_ROLE_WORD.search(bare) and not ENDS_WITH_ROLE_WORD.search(LABELLED_TAIL.sub("", bare)):
            continue
        first = re.split(r"[、，,；;]|[和及](?=各|有关|相关)|牵头|配合|协助|参与|按照?职责|按职能|按分工|根据职责|分别负责|负责|落实", body.removeprefix("由"), maxsplit=1)[0]
        first = INNER_BRACKET_END.sub("", first)  # 市交通运输局〔市铁路办〕
        if (ORGANISATION_END.search(first) or (knows is not None and knows(first) and _units_only(body, knows))) and len(first) <= MAX_UNIT_CHARS:
            found.append(clause)
    return found


MAX_RIDERS = 3


def _without_riders(body: str) -> str:
    """``body`` without the riders and notes after its units, however many (…落实,以下各项工作均需市人民政府落实,
    不再列出。以下分工中,广东省、农业农村部分别简称省、部: a rider, then a note on the names)."""
    for _ in range(MAX_RIDERS):
        shorter = TRAILING_RIDER.sub("", body)
        if shorter == body:
            break
        body = shorter
    return body


ROLE_WORD_ANYWHERE = re.compile(alternatives(RULES["closing_words"], spaced_out=True))  # the first role word of a bracket


def _units_only(body: str, knows: Callable[[str], bool]) -> bool:
    """The first group of ``body`` (up to its first role word) lists units only: each item a name the
    lexicon knows or one ending as a body's (各市、县级政府负责); not 各区、各园区全覆盖 (a scope) nor
    各地、各部门要按照本方案要求抓好落实 (a sentence)."""
    verb = ROLE_WORD_ANYWHERE.search(body)
    group = body[: verb.start()] if verb else body
    items = [item for item in re.split(r"[、，,]", group) if item]
    return bool(items) and all(knows(item) or (ORGANISATION_END.search(item) and len(item) <= MAX_UNIT_CHARS) for item in items)


# (…，年内持续推进; …负责落实,完成时限:2023年10月: a deadline's label too)
TRAILING_TIME = re.compile(
    r"[，,]\s*(?:(?:年内|年底前|长期|持续|全年|\d{4}\s*年|\d{1,2}\s*月)[^，,；;。（()）]{0,12}|"
    + alternatives(_LABELS["deadline"]) + r"\s*[:：]\s*[^，,；;。（()）]{1,16})$"
)
LABELLED_TAIL = re.compile(r"[。；;，,]\s*" + alternatives(_ALL_LABELS) + _COLON + r"[^。；;]*[。；;]?$")
LABEL_LINE = re.compile(
    # (投资:500万元 实施单位:X: a label after another field of the line, a short name and its value)
    r"^[ \t\u3000\f]*(?:(?!" + alternatives(_ALL_LABELS, spaced_out=True) + r")[\u4e00-\u9fff]{1,6}[：:][^\n：:。；;]{1,40}?(?:[ \t\u3000]+|(?<=[)）])))?"
    r"(?P<label>" + alternatives([*CLAUSE_LABELS, *_LABELS["co"]], spaced_out=True) + _COLON + ")", re.M
)
# 责任单位:莲塘镇任务目标:2024年计划…: another field's name run into the units' line
FIELD_AFTER_UNITS = re.compile(alternatives(RULES["fields_after_units"]) + _COLON)
ITEM_AFTER_UNITS = re.compile(
    r"[ \t\u3000]+(?=(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[\u4e00-\u9fff“])"
    r"|(?<=[局委办厅院府司团处室会队所站部])(?=\d{1,3}[.．](?!\d)[\u4e00-\u9fff“])"  # (the page's space squeezed out)
)
LEADER_LINE = re.compile(r"^[ \t\u3000\f]*(?P<label>" + alternatives(_LABELS["leader"], spaced_out=True) + _COLON + ")", re.M)
# 1、规范政府举债行为…。牵头单位：省财政厅；责任单位：省发改委…: the labels run on after the task's sentence
INLINE_LABEL = re.compile(r"(?<=[。；;])[ \t\u3000]*(?P<label>" + alternatives([*CLAUSE_LABELS, *_LABELS["co"]], spaced_out=True) + _COLON + ")")
LIST_OPENERS = tuple("、，,；;（(")  # a line ending in one of these goes on in the next
LINE_BREAKERS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|附件)")


def _label_lines(text: str, start: int, end: int) -> list[ClauseMatch]:
    """Label lines such as ``牵头单位：市林业局`` + ``责任单位：各县（市、区）人民政府``.

    Consecutive label lines are one clause. A clause runs on over a wrapped line when the line
    before ends inside a list (、 ， or an open bracket) or the next line is a short fragment
    with no sentence punctuation (人民政府).
    """
    found: list[ClauseMatch] = []
    # 分管省领导：林克庆 / 部门分工：省发展改革委牵头…: a leader's line opens the clause whose units' line follows
    leaders = [m for m in LEADER_LINE.finditer(text, start, end) if LABEL_LINE.match(text, _next_filled_line(text, _line_end(text, m.start()), end))]
    matches = sorted([*LABEL_LINE.finditer(text, start, end), *INLINE_LABEL.finditer(text, start, end), *leaders], key=lambda m: m.start("label"))
    for match in matches:
        if found and match.start("label") < found[-1].end:
            continue
        if _site_footer(text, match.start("label")):
            continue  # 主办单位：徐州市人民政府办公室 above 网站标识码: who runs the site
        clause_start = match.start("label")
        clause_end = _line_end(text, match.start())
        if match.re is INLINE_LABEL:  # (…。责任单位：市住建局。（二）…: the clause ends with its sentence)
            clause_end = _inline_end(text, match.end(), clause_end)
        item = ITEM_AFTER_UNITS.search(text, match.end(), clause_end)
        if item:  # (…、县农业农村局 2.落实党政机关过紧日子的要求…: a page printed on one line, the next item after a space)
            field = FIELD_AFTER_UNITS.search(text, match.end(), item.start())  # (责任单位:县交通运输局任务目标:… 2.…)
            found.append(ClauseMatch(clause_start, item.start(), clause_start, field.start() if field else item.start(), True))
            continue
        while clause_end < end:
            next_start = clause_end + 1
            next_end = _line_end(text, next_start)
            line = text[next_start:next_end].strip()
            before = text[clause_start:clause_end].rstrip()
            ends_in_list = before.endswith(LIST_OPENERS)
            if not line:
                if not ends_in_list and not LABEL_LINE.match(text, _next_filled_line(text, clause_end, end)):
                    break  # (a blank line between two label lines of one task does not end its clause)
            elif LABEL_LINE.match(text, next_start):
                pass  # the next label of the same clause
            elif LINE_BREAKERS.match(line):
                break
            else:
                open_list = ends_in_list or before.count("（") + before.count("(") > before.count("）") + before.count(")")
                fragment = len(line) <= 20 and not re.search(r"[。：:；;]", line)
                if not (open_list or fragment):
                    break
            clause_end = next_end
        last_line = max(text.rfind("\n", clause_start, clause_end) + 1, match.end())
        item = ITEM_AFTER_UNITS.search(text, last_line, clause_end)
        clause_end = item.start() if item else clause_end  # (the same on a label line after the first)
        field = FIELD_AFTER_UNITS.search(text, last_line, clause_end)
        # (the field's text is the task's: its figures stay the task's targets, no unit is read in it)
        body_end = field.start() if field and text[last_line : field.start()].strip() else clause_end
        found.append(ClauseMatch(clause_start, clause_end, clause_start, body_end, True))
    return found


SITE_FOOTER = re.compile(alternatives(RULES["site_footer_words"]))
FOOTER_REACH = 2  # lines before and after a label line where a site's footer words make it the footer's


def _site_footer(text: str, at: int) -> bool:
    """The label at ``at`` stands in a web page's footer: its line, or one of the lines around it, holds a footer word."""
    first = at
    for _ in range(FOOTER_REACH):
        first = text.rfind("\n", 0, max(0, first - 1)) + 1 if first > 0 else 0
    last = at
    for _ in range(FOOTER_REACH + 1):
        found = text.find("\n", last + 1)
        last = len(text) if found < 0 else found
    return bool(SITE_FOOTER.search(text, first, last))


MAX_BLANK_LINES = 3  # blank lines a page puts between two label lines of one task (more: another part of the text)


def _next_filled_line(text: str, line_end: int, end: int) -> int:
    """Where the first line after ``line_end`` that is not blank starts, if no more than
    MAX_BLANK_LINES blank lines come first (``end`` otherwise): a bounded look, so that a run of
    blank lines costs what it holds."""
    position = line_end
    for _ in range(MAX_BLANK_LINES + 1):
        if position >= end:
            break
        next_end = _line_end(text, position + 1)
        if text[position + 1 : next_end].strip():
            return position + 1
        position = next_end
    return end


# 责任单位：各区属国企3.加快产业化项目拓展。 / …区国资局（三）资产效益提升: the next item's number glued to the last unit
GLUED_OUTLINE = re.compile(r"(?<=[\u4e00-\u9fff）)])(?:[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?![\d.．]))(?=[\u4e00-\u9fff])")


def _inline_end(text: str, start: int, line_end: int) -> int:
    """The end of a clause that opened after a sentence: its first 。 not followed by another label,
    or the next item's number glued to it (a page that printed its body on one line)."""
    position = start
    while True:
        stop = text.find("。", position, line_end)
        glued = GLUED_OUTLINE.search(text, position, line_end if stop < 0 else stop)
        if glued:
            return glued.start()
        if stop < 0:
            return line_end
        if not INLINE_LABEL.match(text, stop + 1):
            return stop + 1
        position = stop + 1


def _line_end(text: str, position: int) -> int:
    stop = text.find("\n", position)
    return len(text) if stop == -1 else stop


@dataclass
class Conventions:
    """What a document says, once, about how its clauses name leads.

    Read by :func:`read_conventions` before any clause is parsed, so that a rule stated in
    the first clause (排在第一位的为牵头单位，下同) or implied by the whole document (☆ in most
    clauses; 责任单位 paired with 牵头单位) governs every clause.
    """

    marks_leads: bool = False  # ☆ marks leads: an unmarked list is doubtful
    first_listed_stated: bool = False  # the document states that the first-listed unit leads
    lead_before_comma: bool = False  # the document states that the units before the first comma lead
    responsible_means_supporting: bool = False  # 牵头单位 X / 责任单位 Y: 责任单位 are the supporters


def _labels(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, role)`` of the role labels in ``text``, in order; a label inside a longer
    one is no label of its own (责任单位： in 牵头责任单位：)."""
    found = sorted(
        [(m.start(), m.end(), LEAD) for m in LEAD_LABEL.finditer(text)]
        + [(m.start(), m.end(), CO) for m in CO_LABEL.finditer(text)]
        + [(m.start(), m.end(), RESPONSIBLE) for m in RESPONSIBLE_LABEL.finditer(text)]
        + [(m.start(), m.end(), DEADLINE) for m in DEADLINE_LABEL.finditer(text)]
        + [(m.start(), m.end(), LEADER) for m in LEADER_LABEL.finditer(text)],
        key=lambda label: (label[0], -label[1]),
    )
    kept: list[tuple[int, int, str]] = []
    for label in found:
        if not kept or label[0] >= kept[-1][1]:
            kept.append(label)
    return kept


def read_conventions(view: TextView, clause_texts: list[str]) -> Conventions:
    """The conventions a document states or follows, from its text and its clause bodies."""
    squeezed = [squeeze_text(text) for text in clause_texts]
    starred = sum(1 for text in squeezed if STAR_CHAR.search(text))
    paired = any({LEAD, RESPONSIBLE} <= {role for _, _, role in _labels(text)} for text in squeezed)
    whole = squeeze_text(view.text)
    return Conventions(
        marks_leads=bool(STATED_MARK_LEAD.search(whole)) or starred > len(squeezed) / 2,
        first_listed_stated=bool(STATED_FIRST_LEAD.search(whole)),
        lead_before_comma=bool(STATED_COMMA_LEAD.search(whole)),
        responsible_means_supporting=paired,
    )


@dataclass
class _Item:
    surface: str
    start: int  # offsets in the squeezed clause view
    end: int
    marked: bool
    labelled_role: str | None
    rules: list[str]
    collective: bool = False
    group: int = 0  # index of the ；-separated group the unit was listed in


@dataclass
class ParsedUnits:
    assignments: list[Assignment]
    problems: list[str]  # why a part could not be read; empty when all is well
    deadline: str | None = None  # 完成期限：6月底, as written
    no_lead: bool = False  # the clause names units but, by its own words, no lead
    rider: list[Assignment] = field(default_factory=list)  # units a standing rider makes responsible for every later task
    leaders: list[str] = field(default_factory=list)  # people a 责任领导 part names


LEAD_THEN_LIST = re.compile(r"牵头、")
PAGE_NUMBER_INSIDE = re.compile(r"(?<![\d—―–－-])[—―–－-]\d{1,4}[—―–－-](?![\d—―–－-])")  # not 2025-12-31
FINAL_STOP = re.compile(r"[。.]+$")  # the stop before a rider that has been read
# A note inside a clause is no part of any name: 各区人民政府〈含开发区、风景区管委会，下同〉, 各市（含定州、辛集市，下同）
CLAUSE_NOTE = re.compile(r"〈[^〈〉]{1,40}〉|<[^<>]{1,40}>|[（(]含[^（()）]{1,40}[）)]|[（(][^（()）]{0,30}下同[）)]")
MINISTRY_DIVISION = re.compile(r"(?P<ministry>[\u4e00-\u9fff]{2,12}?(?:部|委员会|委|总局|署))[\u4e00-\u9fff]{2,12}司$")
MINISTRY_NAME = re.compile(r"国家|中国|人民银行|[部委署局办厅院行会]")  # a division that names its own head (国家林草局规划财务司)
# A note on how names are shortened from here on, closing a clause: 。以下分工中,广东省、农业农村部分别简称省、部
NAMES_NOTE = re.compile(r"[。；;](?:以下|下文)[^。；;（）()]{0,40}?简称[^。；;（）()]{1,30}。?$")  # (not （以下简称县住建局）牵头, inside)
# A standing rider: ，以下工作任务均需各区人民政府落实，不再列出 (read in a squeezed clause body)
RIDER = re.compile(
    r"[，,；;。]?(?:此项|本项)?(?:及|和)?以下[^，,；;。]{0,10}?均(?:需|由|要)(?P<units>[^，,；;。]{2,60}?)(?:(?:负责)?落实[，,；;]?(?:不再(?:一一)?列出)?|负责[，,；;]不再(?:一一)?列出)"
    # (…不再列出。各责任单位按职责分工落实: a duty of every unit named, no unit of its own)
    r"(?:。" + _DUTY_OF_EVERY_UNIT + ")?"
    r"|[，,；;](?P<units2>[^，,；;。]{2,60}?)(?:具体|负责)(?:落实|实施)[，,；;]以下[^，,；;。]{0,8}?不再(?:一一)?列出"
    # 。各项工作均需市（州）人民政府组织，县（市、区）人民政府落实，以下不再列出
    r"|[。，,；;]?(?:各项|上述|所有)[^，,；;。]{0,6}?均(?:需|由|要)(?P<units3>[^。]{2,80}?)[，,；;]以下[^，,；;。]{0,4}?不再(?:一一)?列出"
    # 。各市〔州〕人民政府，以下各条均涉及
    r"|[。；;](?P<units4>[^，,；;。]{2,40}?)[，,]以下(?:各条|各项|任务|工作)?均(?:涉及|适用|需落实)"
    # 。具体任务均涉及相关市（州）人民政府，不再做分工，下同
    r"|[。；;](?:具体)?(?:任务|工作)?均涉及(?P<units5>[^，,；;。]{2,40}?)[，,](?:不再(?:做|作)?分工|以下不再(?:一一)?列出)(?:[，,]?下同)?"
    # ；各市(州)、县(市、区)人民政府负责落实,下同,不再列出
    r"|[；;](?P<units6>(?:(?!按)[^，,；;。]){2,60}?)负责(?:落实|实施)?[，,]下同[，,]不再(?:一一)?列出"
)
RIDER_VERBS = re.compile(alternatives(RULES["rider_verbs"]) + r"(?:[，,；;]|$)")


def parse_units(
    body: TextView,
    document: SourceDocument,
    lexicon: Lexicon,
    conventions: Conventions | None = None,
    *,
    cell: bool = False,
    lead_named: bool = False,
) -> ParsedUnits:
    """Read the units, roles and bases named in a clause body or a table cell.

    ``body`` is a view of the text after the clause's opening bracket (or of a whole cell).
    ``conventions`` are the document's own rules (see :class:`Conventions`); ``cell``: the body
    is a table cell, where a space between two names separates two units; ``lead_named``: a
    clause of the same task named its lead by label (牵头单位：X on the line above 责任单位：Y),
    so a plain 责任单位 list names the units beside it.
    """
    conventions = conventions or Conventions()
    if cell:  # two names side by side in a table cell (林业局 自然资源和规划厅) are two units
        body = body.rewrite(_space_between_names)
    # a page number printed inside the clause (按职— 5 —责分工负责) is no part of it
    view = body.squeeze().remove(PAGE_NUMBER_INSIDE).rewrite(lambda text: LEAD_THEN_LIST.sub("牵头，", text))  # X牵头、Y… is X牵头，Y…
    if "<" in view.text:
        view = view.rewrite(lambda text: text.translate(ANGLE_BRACKETS))  # 各县<市、区>人民政府: a page's brackets
    rider: list[Assignment] = []
    problems_before: list[str] = []
    view = view.remove(NAMES_NOTE)  # 。以下分工中,广东省、农业农村部分别简称省、部: how the names are shortened below
    view = view.remove(_rule_after_stop)  # …、科技局。标☆的为牵头单位，下同: the document's rule, read by read_conventions
    rider_match = RIDER.search(view.text)  # before notes go: a rider may sit in one (〈含…，以下…不再列出〉)
    if rider_match:
        group = next(name for name in ("units", "units2", "units3", "units4", "units5", "units6") if rider_match[name])
        start, end = rider_match.span(group)
        pieces, cursor = [], start  # 市（州）人民政府组织，县（市、区）人民政府落实: the verbs are no part of a name
        for verb in RIDER_VERBS.finditer(view.text, start, end):
            pieces.append((cursor, verb.start(), CO))
            cursor = verb.end()
        pieces.append((cursor, end, CO))
        units, rider_problems = _items(view, [piece for piece in pieces if piece[1] > piece[0]], lexicon)
        if not units:
            rider_problems = rider_problems or ["a standing rider names no unit that could be read"]
        problems_before = [Message("", "{reason} (in a standing rider)", reason=reason) for reason in rider_problems]
        for item in units:
            start, end = view.original_span(item.start, item.end)
            rider.append(Assignment(item.surface, CO, BASIS_RIDER, item.collective, document.span(start, end), [*item.rules, "standing_rider"]))
        view = view.remove(lambda text: [(rider_match.start(), rider_match.end())])
    view = view.remove(CLAUSE_NOTE).remove(FINAL_STOP)
    parts = _role_parts(view.text)
    deadline = "；".join(view.text[s:e].strip(TRIM + GROUP_SEPARATORS) for s, e, role in parts if role == DEADLINE) or None
    leaders = [name for s, e, role in parts if role == LEADER for name in re.split(r"[、，,/；;\s]+", view.text[s:e].strip(TRIM + GROUP_SEPARATORS)) if name]
    items, problems = _items(view, [part for part in parts if part[2] not in (DEADLINE, LEADER)], lexicon)
    problems = problems_before + problems
    items = _merge_duplicates(items, lexicon)
    if not items:
        if rider:  # the clause is its rider alone: its units are this task's too
            return ParsedUnits([replace(a, rules=[*a.rules]) for a in rider], problems, deadline, False, rider, leaders)
        return ParsedUnits([], problems or ["no unit named"], deadline, leaders=leaders)

    comma = next(iter(top_level(view.text, 0, len(view.text), "，,")), None) if conventions.lead_before_comma else None
    roles, no_lead = _roles(items, conventions, problems, comma, lead_named)
    assignments = []
    for item, (role, basis, rule) in zip(items, roles):
        start, end = view.original_span(item.start, item.end)
        rules = [*item.rules, rule]
        written = document.text[start:end]
        if re.search(r"\s", written):
            rules.append("squeeze_whitespace")
        if len(squeeze_text(written)) > item.end - item.start:
            rules.append("skip_layout_noise")  # a running header or page number inside the name
        assignments.append(
            Assignment(
                surface=item.surface,
                role=role,
                basis=basis,
                collective=item.collective,
                span=document.span(start, end),
                rules=rules,
                group=item.group,
            )
        )
    named = {a.surface for a in assignments}
    assignments += [replace(a, rules=[*a.rules]) for a in rider if a.surface not in named]  # responsible here too
    return ParsedUnits(assignments, problems, deadline, no_lead, rider, leaders)


SPACED_NAMES = re.compile(r"(?<=\S)[ \t\u3000]+(?=\S)")


def _space_between_names(text: str) -> str:
    """``林业局 自然资源和规划厅`` -> ``林业局、自然资源和规划厅``: a space (not a line break) between two
    words that each end as an organisation does separates two units; one character for one."""
    def separate(match: re.Match[str]) -> str:
        left = re.split(r"[\s、，,；;（(]", text[max(0, match.start() - MAX_UNIT_CHARS) : match.start()])[-1]
        right = re.split(r"[\s、，,；;）)]", text[match.end() : match.end() + MAX_UNIT_CHARS])[0]
        # (县民政局 各相关乡镇街道: a collective after a body is a unit of its own too)
        if len(left) >= 3 and len(right) >= 3 and ORGANISATION_END.search(left) and (ORGANISATION_END.search(right) or right.startswith(("各", "有关", "相关"))):
            return "、" + match.group()[1:]
        return match.group()

    return SPACED_NAMES.sub(separate, text)


def _written_names(items: list[_Item]) -> int:
    """How many names a clause wrote: the governments one shared ending names (各县区人民政府) are one."""
    return len({(item.start, item.end) for item in items if "shared_suffix" not in item.rules}) + any("shared_suffix" in item.rules for item in items)


def _roles(
    items: list[_Item], conventions: Conventions, problems: list[str], comma: int | None = None, lead_named: bool = False
) -> tuple[list[tuple[str, str, str]], bool]:
    """``(role, basis, rule)`` for each item, and whether the clause names no lead on purpose.

    ``comma``: where the clause's first comma stands, when the document states that the units
    before it lead (逗号前为牵头单位); ``lead_named``: see :func:`parse_units`.
    """
    labels = {item.labelled_role for item in items} - {None}
    marked = any(item.marked for item in items)
    if labels == {RESPONSIBLE} and lead_named and not marked:
        return [(CO, BASIS_LABELLED, "responsible_after_lead")] * len(items), False
    if labels == {RESPONSIBLE}:
        written = _written_names(items)
        if conventions.responsible_means_supporting and not marked and written > 1:
            # 责任单位 alone, in a document where it names the units beside the lead (one unit alone owns its task)
            return [(CO, BASIS_LABELLED, "document_convention")] * len(items), True
        if written == 1 and len(items) > 1 and not marked:  # 各县区人民政府: one name written, its governments own the task alike
            return [(LEAD, BASIS_SOLE, "sole_unit")] * len(items), False
        labels = set()  # a plain 责任单位 list: read by marks and order below
    if labels == {SHARED, RESPONSIBLE} and not marked:
        # 市生态环境局…等按职责分工负责。责任单位：各县（市、区）人民政府: each by its duties, no lead named
        return [(CO, BASIS_LABELLED, "no_lead_named")] * len(items), True
    if labels == {SHARED} and not marked:
        if len(items) == 1:
            return [(LEAD, BASIS_SOLE, "role_word")], False
        return [(CO, BASIS_LABELLED, "no_lead_named")] * len(items), True
    if labels:
        names_lead = marked or LEAD in labels
        roles = []
        for item in items:
            if item.marked:
                roles.append((LEAD, BASIS_MARKED, "lead_marker"))
            elif item.labelled_role == RESPONSIBLE:
                roles.append((CO if names_lead else LEAD, BASIS_LABELLED, "role_label"))
            elif item.labelled_role == LEAD:
                roles.append((LEAD, BASIS_LABELLED, "role_label"))
            elif item.labelled_role == SHARED and not names_lead and CO in labels:
                roles.append((LEAD, BASIS_LABELLED, "responsible_with_partners"))  # X负责，Y参与: X leads
            else:
                roles.append((CO, BASIS_LABELLED, "role_label"))
        if not any(role == LEAD for role, _, _ in roles) and not lead_named:  # (主要协作单位：… under 牵头责任单位：X)
            problems.append("labelled clause names no lead")
        return roles, False
    if marked:
        return [(LEAD if item.marked else CO, BASIS_MARKED, "lead_marker") for item in items], False
    if len(items) == 1:
        return [(LEAD, BASIS_SOLE, "sole_unit")], False
    if comma is not None and any(item.start < comma for item in items) and any(item.start > comma for item in items):
        return [(LEAD if item.start < comma else CO, BASIS_STATED, "stated_lead_before_comma") for item in items], False
    basis, rule = (BASIS_STATED, "stated_first_lead") if conventions.first_listed_stated else (BASIS_FIRST_LISTED, "first_listed")
    groups = {item.group for item in items}
    if len(groups) > 1:
        rule += "_per_group"  # 省发展改革委、省能源局；市发展改革委、市能源局: each group has its lead
    firsts = {min(i for i, item in enumerate(items) if item.group == group) for group in groups}
    # (各县市人民政府、州教育体育局: the governments one written name holds lead alike, as they are listed first alike)
    firsts |= {i for i, item in enumerate(items) for f in firsts if (item.start, item.end, item.group) == (items[f].start, items[f].end, items[f].group)}
    if conventions.marks_leads:
        problems.append("doubtful: no ☆ lead marker where the document marks leads; first-listed taken as lead")
    return [(LEAD if i in firsts else CO, basis, rule) for i in range(len(items))], False


KIND_AND_ALTERNATIVE = re.compile(r"(?P<kind>[\u4e00-\u9fff]{1,4})[（(](?P<other>[\u4e00-\u9fff]{1,4})[）)]")


def _collective_kind(surface: str, lexicon: Lexicon) -> bool:
    """A kind of unit a 各 before it carries over to (街道, 园区), or a kind with its alternative in brackets (镇(街道))."""
    paired = KIND_AND_ALTERNATIVE.fullmatch(surface)
    nouns = lexicon.collective_nouns
    return surface in nouns or bool(paired and paired["kind"] in nouns and paired["other"] in nouns)


def states_rule(surface: str) -> bool:
    """两地所列首位单位为牵头单位, 逗号前为牵头单位: the document's own rule, never a unit."""
    return any(pattern.search(surface) for pattern in (STATED_FIRST_LEAD, STATED_MARK_LEAD, STATED_COMMA_LEAD))


def _role_parts(text: str) -> list[tuple[int, int, str | None]]:
    """Split a clause into ``(start, end, role)`` parts by its role labels and role words.

    ``role`` is None where the text does not say; ``RESPONSIBLE`` for a 责任单位 part, whose
    meaning depends on its neighbours (see :func:`_roles`); ``SHARED`` for units followed by
    按职责分工负责; ``DEADLINE`` for a 完成期限 part.
    """
    labels = _labels(text)
    parts: list[tuple[int, int, str | None]] = []
    if not labels or text[: labels[0][0]].strip(TRIM + GROUP_SEPARATORS):
        parts.append((0, labels[0][0] if labels else len(text), None))
    for index, (_, label_end, role) in enumerate(labels):
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        parts.append((label_end, stop, role))
    worded = []
    for start, end, role in parts:
        if role in (None, RESPONSIBLE):
            worded.extend(_role_words(text, start, end, role))
        elif role in (LEAD, CO):  # 配合单位：A，B负责落实 — the label's role, the role word no part of B
            worded.extend(_role_words(text, start, end, role, label=role))
        else:
            worded.append((start, end, role))
    return worded


def _role_words(text: str, start: int, end: int, role: str | None, label: str | None = None) -> list[tuple[int, int, str | None]]:
    """Split ``X、Y牵头，Z等配合`` into parts by the role word that closes each group.

    ``label``: the role a label gave the whole part (配合单位：…); a 负责/落实 inside it keeps it.
    """
    found, segment_start, piece_start = [], start, start
    # a 、 right after a role word closes its group too (市交通委牵头负责、各区政府组织落实)
    stops = sorted(
        [*top_level(text, start, end, GROUP_SEPARATORS)]
        + [at for at in top_level(text, start, end, "、") if ROLE_VERB.search(text, max(start, at - LONGEST_ROLE_WORD), at)]
    )
    for stop in [*stops, end]:
        segment = text[segment_start:stop].rstrip(TRIM)
        match = ROLE_VERB.search(segment)
        if match:
            verb = match["verb"]
            units_start = segment_start + 1 if text.startswith("由", segment_start) else segment_start  # 由X牵头
            if label and verb in VERB_ROLES and piece_start > units_start:
                # 牵头单位：市发改委，市经委配合 — the label's units before the piece whose role word this is
                found.append((units_start, piece_start - 1, label))
                units_start = piece_start
            found.append((units_start, segment_start + match.start(), VERB_ROLES.get(verb, label or SHARED)))
            segment_start = stop + 1
        piece_start = stop + 1
    if not found:
        return [(start, end, role)] if text[start:end].strip(TRIM + GROUP_SEPARATORS) else []
    if segment_start < end and text[segment_start:end].strip(TRIM + GROUP_SEPARATORS):
        found.append((segment_start, end, label or CO))  # X牵头，Y、Z: the rest support
    return found


def top_level(text: str, start: int, end: int, separators: str) -> list[int]:
    """Offsets of ``separators`` in ``text[start:end]`` outside nested brackets (各县（市、区）).

    Splitting units (``、`` among the separators), 及/和/与 and 等 separate two units too where
    :func:`_joins_units` says so.
    """
    depth, found, segment_start = 0, [], start
    for position in range(start, end):
        char = text[position]
        if char in OPEN_BRACKETS:
            depth += 1
        elif char in CLOSE_BRACKETS:
            depth = max(0, depth - 1)
        elif depth == 0 and (char in separators or (char in "及和与等" and "、" in separators and _joins_units(text, position, segment_start, end))):
            found.append(position)
            segment_start = position + 1
    return found


# (a level's: 省直其他有关部门和单位; a bare 各有关部门和单位 stays one collective, as the committed gold writes it)
PAIRED_COLLECTIVE = re.compile(r"(?P<stem>(?:自治区|[省市区县州旗])(?:直|级)?[\u4e00-\u9fff]*?(?:有关|相关|其他|其它|各))(?P<first>部门|单位)(?:和|及|与|、)(?P<second>部门|单位)")
# 省生态环境厅等省直有关部门: a named unit, then a collective of its government's departments
# (a level is needed: 等相关部门 only says the list is not exhaustive, and adds no unit)
ETC_COLLECTIVE = re.compile(r"(?:[省市区县](?:直|级)?|国务院|中央)(?:各有关|各相关|有关|相关|各)[\u4e00-\u9fff]{0,4}?(?:部门|单位)(?=$|[、，,；;）)及和与]|按)")
JOINED_NAME_MIN = 3  # 党委和政府 is one phrase; 市科委和市教委, 各设区市人民政府和平潭综合实验区管委会 are two units each


def _joins_units(text: str, position: int, segment_start: int, end: int) -> bool:
    """及, 和, 与 (or 等) between two units rather than inside one name.

    区生态环境局及各有关部门: before a collective; 省工信厅等省直有关部门: 等 before a collective of
    departments; 各设区市人民政府和平潭综合实验区管委会: between two names that each end as an
    organisation does (not 住房和城乡建设厅, whose 住房 is no organisation).
    """
    if text[position] == "等":
        return position > segment_start and bool(ETC_COLLECTIVE.match(text, position + 1, end))
    if text.startswith(("各", "有关", "相关"), position + 1):
        return True
    stop, limit = position + 1, min(end, position + 1 + MAX_UNIT_CHARS)
    while stop < limit and text[stop] not in UNIT_SEPARATORS and text[stop] not in "及和与":
        stop += 1
    left, right = text[max(segment_start, position - MAX_UNIT_CHARS) : position], text[position + 1 : stop]
    return (
        len(left) >= JOINED_NAME_MIN
        and len(right) >= JOINED_NAME_MIN
        and bool(ORGANISATION_END.search(left))
        and bool(ORGANISATION_END.search(right))
    )


# 各市、州、县人民政府 / 有关市、县（区）人民政府: level words written once before a shared ending
_LEVEL = r"(?:设区市|[省市区县州盟旗镇乡]{1,3})(?:[（(〔][市区县旗州盟、]+[)）〕])?"  # 市州、县市区人民政府 too; 县〔市、区〕
SHARED_SUFFIX_HEAD = re.compile(rf"(?P<collective>各|有关|相关)?(?P<level>{_LEVEL})")
GOVERNMENT = alternatives(RULES["government_endings"])  # 人民政府, 政府, 管委会…
# 各县、区人民政府（管委会）: the bracketed alternative is part of the shared ending
SHARED_SUFFIX_LAST = re.compile(rf"(?P<collective>各|有关|相关)?(?P<level>{_LEVEL})(?P<suffix>(?:{GOVERNMENT})(?:[（(][^（()）]{{1,10}}[）)]?)?)")
# 各市县人民政府, 各区县政府: two levels glued before one ending
GLUED_LEVELS = re.compile(rf"(?P<collective>各|有关|相关)(?P<levels>[市区县州旗乡镇]{{2,3}})(?P<suffix>{GOVERNMENT})")


def _shared_suffix(text: str, bounds: list[tuple[int, int]], lexicon: Lexicon) -> dict[int, tuple[list[str], bool]]:
    """Names a run of bare level words shares with the name that closes it, by start offset.

    ``各市、州、县人民政府`` is 各市人民政府, 各州人民政府 and 各县人民政府 (collectives, as 各 says);
    ``有关市、县（区）人民政府`` is 有关市人民政府 and 有关县（区）人民政府.
    """
    surfaces = [_closed(text[s:e].strip(TRIM + UNIT_MARKS)) for s, e in bounds]  # (各市（州） keeps its closing bracket)
    found: dict[int, tuple[list[str], bool]] = {}
    for (start, _), surface in zip(bounds, surfaces):
        glued = GLUED_LEVELS.fullmatch(surface)
        # 各市县人民政府 names two levels' governments; 各乡镇人民政府 one level's (乡 and 镇 are both townships)
        if glued and len(set(glued["levels"])) == len(glued["levels"]) and glued["levels"] not in ("乡镇", "镇乡"):
            found[start] = ([glued["collective"] + level + glued["suffix"] for level in glued["levels"]], True)
    for index in range(len(surfaces) - 1):
        # 人民大垸、荒湖管理区 = 人民大垸管理区 + 荒湖管理区: a bare name before one that ends as a zone's office does
        ending = SHARED_NAME_ENDING.search(surfaces[index + 1])
        # (济源示范区、航空港区管委会: two zones, the committee of each, where the zone alone would name a place)
        zones = (  # (not 相关区、北京经济技术开发区管委会: the districts concerned, a collective)
            bool(ending) and bool(ZONE_NAME_END.search(surfaces[index])) and surfaces[index + 1][: ending.start()].endswith("区") and "管" in ending.group()
            and lexicon.collective_noun(surfaces[index]) is None and not surfaces[index].startswith(("各", "相关", "有关"))
        )
        if (
            ending and ending.start() >= 2 and len(surfaces[index]) >= 2 and text[bounds[index][1]] == "、"
            and bounds[index][0] not in found and (name_problem(surfaces[index], lexicon) is not None or zones)
        ):
            found[bounds[index][0]] = ([surfaces[index] + ending.group()], False)
    for last, surface in enumerate(surfaces):
        _places_share_ending(text, bounds, surfaces, last, lexicon, found)
        closing = SHARED_SUFFIX_LAST.fullmatch(surface)
        if not closing or closing["collective"]:
            continue
        first = last
        while first > 0 and SHARED_SUFFIX_HEAD.fullmatch(surfaces[first - 1]) and text[bounds[first - 1][1]] == "、":
            first -= 1
        if first == last:
            continue
        collective = SHARED_SUFFIX_HEAD.fullmatch(surfaces[first])["collective"] or ""
        suffix = closing["suffix"]
        if suffix.count("（") > suffix.count("）"):
            suffix += "）"  # the list's closing bracket was trimmed with the surface
        elif suffix.count("(") > suffix.count(")"):
            suffix += ")"
        for index in range(first, last + 1):
            level = SHARED_SUFFIX_HEAD.fullmatch(surfaces[index])["level"] if index < last else closing["level"]
            found[bounds[index][0]] = ([collective + level + suffix], bool(collective))
    return found


PAIRED_BODIES = ("人民政府", "政府", "管理委员会", "管委会", "党工委", "党委")  # a place's bodies named in pairs with 和
PARTY_BODIES = ("党工委", "党委")  # the first of such a pair (各县（市、区）党委和人民政府)


def _owner_before_and(text: str, lead_in: int, surface: str, items: list[_Item]) -> str | None:
    """The place whose body the unit before names, when ``surface`` is a bare body right after 和
    (各县（市、区）党委和人民政府: 各县（市、区）, whose 人民政府 it is); None otherwise."""
    if not items or surface not in PAIRED_BODIES or not text[:lead_in].rstrip().endswith("和"):
        return None
    previous = items[-1].surface  # (a party body before: 各区县人民政府和管委会 names no county's committee)
    body = next((b for b in PARTY_BODIES if previous.endswith(b) and len(previous) > len(b)), None)
    return previous[: -len(body)] if body else None


def _closed(surface: str) -> str:
    """``surface`` with the closing bracket the trim took off a bracket it opened (各市（州 → 各市（州）)."""
    for opening, closing in (("（", "）"), ("(", ")"), ("〔", "〕")):
        if surface.count(opening) > surface.count(closing):
            return surface + closing
    return surface


PLACE_GOVERNMENT = re.compile(GOVERNMENT + "$")
MIN_SHARED_BODY = 4  # characters of a body's name places listed by their short names share (出入境边防检查总站)
DEPARTMENT_WORDS = ("部门", "局", "委", "办")  # what a government's department is called after its place
SHARED_NAME_ENDING = re.compile(alternatives(RULES["shared_name_endings"]) + "$")
# a zone's name (济源示范区, 经开区), whose committee acts for it; not a district's (大兴区), whose government does
ZONE_NAME_END = re.compile(alternatives(RULES["zone_name_endings"]) + "$")


def _places_share_ending(
    text: str, bounds: list[tuple[int, int]], surfaces: list[str], last: int, lexicon: Lexicon, found: dict[int, tuple[list[str], bool]]
) -> None:
    """石狮市、晋江市人民政府 = 石狮市人民政府 + 晋江市人民政府: places written bare before one
    that carries the government's name (rule ``shared_suffix``)."""
    ending = PLACE_GOVERNMENT.search(surfaces[last])
    full = places_at_start(surfaces[last], lexicon, short=False)[0]  # (广州 of 广州出入境…: a short name, not a full one)
    if ending and places_at_start(surfaces[last][: ending.start()], lexicon, short=False)[0]:
        shared = ending.group(0)
    else:  # 海东市、兰州市、临夏州发展改革部门: the places share a department, named once after the last
        place = full or places_at_start(surfaces[last], lexicon, short=True)[0]
        shared = surfaces[last][len(place) :] if place else ""
        # (广州、深圳、珠海出入境边防检查总站: cities by their short names sharing a body's name, 站 an organisation's ending)
        named_body = not full and len(shared) >= MIN_SHARED_BODY and bool(ORGANISATION_END.search(shared))
        if not shared or not (lexicon.type_of(shared) or shared.endswith(DEPARTMENT_WORDS) or named_body):
            return
    short = not full
    first = last
    while first > 0 and text[bounds[first - 1][1]] == "、" and surfaces[first - 1] and places_at_start(surfaces[first - 1], lexicon, short=short)[0] == surfaces[first - 1]:
        first -= 1
    for index in range(first, last):
        found[bounds[index][0]] = ([surfaces[index] + shared], False)


def _items(view: TextView, parts: list[tuple[int, int, str | None]], lexicon: Lexicon) -> tuple[list[_Item], list[str]]:
    text = view.text
    items: list[_Item] = []
    problems: list[str] = []
    group = 0
    levels: set[str] = set()  # the levels this ；-group's units were written with, for 省生态环境厅牵头，自然资源厅…
    for part_start, part_end, role in parts:
        if text[:part_start].rstrip(TRIM + " ").endswith(("；", ";")):
            levels = set()  # 省发改委牵头；财政厅配合: ；may part two governments
        collective_prefix: str | None = None
        government = ""  # 县政府 of 县政府有关部门, for the bare 有关直属单位 after it
        level_prefix = ""  # the level prefix of the unit before, for 市法院、检察院
        shared_prefixes: list[str] = []  # 市、区机管局: prefixes written once for the next name
        cuts = top_level(text, part_start, part_end, UNIT_SEPARATORS)
        bounds = list(zip([part_start, *(c + 1 for c in cuts)], [*cuts, part_end]))
        shared_endings = _shared_suffix(text, bounds, lexicon)
        for start, end in bounds:
            if start > part_start and text[start - 1] in "；;":
                group += 1
                levels = set()
            if start > part_start and text[start - 1] in GROUP_SEPARATORS:
                level_prefix = ""
            lead_in = start
            while start < end and (text[start] in TRIM or text[start] in UNIT_MARKS):
                start += 1
            marked_here = any(char in STAR for char in text[lead_in:start])
            while end > start and text[end - 1] in TRIM and not _closes_inner_bracket(text, start, end):
                end -= 1
            rules: list[str] = []
            if lead_in in shared_endings:
                names, is_collective = shared_endings[lead_in]
                for name in names:
                    items.append(_Item(name, start, end, marked_here, role, ["shared_suffix"], is_collective, group))
                continue
            unknown = UNKNOWN_LABEL.match(text, start, end)
            if unknown:  # 统计口径单位：市统计局: a label no rule knows, inside the clause: its units help, reported
                problems.append(Message("", "doubtful: label '{label}' not known; its units read as supporting", label=unknown["word"]))
                start, role = unknown.end(), CO
            etc = TRAILING_ETC.search(text, start, end)
            if etc and etc.start() - start >= 2:
                end = etc.start()  # X等, X等部门, X等相关单位: 等… is no part of the name
                rules.append("trailing_etc")
            surface = text[start:end]
            if not surface or states_rule(surface) or SAME_BELOW.match(surface):
                continue  # a dangling separator (、）) or the document's own rule, read by read_conventions
            if all(char in LEVEL_PREFIXES for char in surface) and len(surface) <= 2:
                shared_prefixes.append(surface)
                continue
            owner = _owner_before_and(text, lead_in, surface, items)
            if owner is not None:  # 各县（市、区）党委和人民政府, 高新区党工委和管委会: the second body is the same place's
                items.append(_Item(owner + surface, start, end, marked_here, role, [*rules, "shared_owner"], items[-1].collective, group))
                continue
            qualifier = GOVERNMENT_QUALIFIER.match(surface)
            if qualifier:  # 县政府有关部门、有关直属单位: the government's, both
                government = qualifier["government"]
            elif government and BARE_COLLECTIVE.match(surface):
                items.append(_Item(government + surface, start, end, marked_here, role, [*rules, "distributive_prefix"], False, group))
                continue
            else:
                government = ""
            collective = lexicon.collective_noun(surface) or lexicon.is_collective(surface) or government_collective(surface, lexicon)
            if collective:
                collective_prefix = collective[0] if isinstance(collective, tuple) else None
                paired = PAIRED_COLLECTIVE.fullmatch(surface)
                for name in (paired["stem"] + paired["first"], paired["stem"] + paired["second"]) if paired else (surface,):
                    # 省直其他有关部门和单位: its departments and its other bodies, two collectives
                    items.append(_Item(name, start, end, marked_here, role, [*rules, "paired_collective"] if paired else rules, True, group))
                continue
            if collective_prefix and _collective_kind(surface, lexicon):
                items.append(_Item(collective_prefix + surface, start, end, marked_here, role, [*rules, "distributive_prefix"], True, group))
                continue
            collective_prefix = None
            prefix = leading_level(surface, lexicon)
            named_place = ""
            if not prefix:
                named_place = places_at_start(surface, lexicon, short=True)[0]
                if named_place and lexicon.type_of(surface[len(named_place) :]):
                    prefix = named_place  # 福州市商务局、建设局: the place carries over like a level does
            if shared_prefixes and prefix:
                core = surface[len(prefix) :]
                for shared in shared_prefixes:
                    items.append(_Item(shared + core, start, end, marked_here, role, [*rules, "shared_prefix"], False, group))
                shared_prefixes = []
            elif not prefix and level_prefix and len(levels & set(LEVEL_PREFIXES)) <= 1 and takes_level(surface, level_prefix, lexicon):
                # (not after units of two levels, 区发改局、市规划国土委宝安管理局、城市更新局: whose it is, the list does not say)
                surface = level_prefix + surface
                rules.append("inherit_prefix")
                prefix = level_prefix
            elif not prefix and len(levels) == 1 and takes_level(surface, next(iter(levels)), lexicon, known_only=True):
                prefix = next(iter(levels))  # 省生态环境厅牵头，自然资源厅参与: one government's departments, if only one is named
                surface = prefix + surface
                rules.append("inherit_prefix")
            division = (
                MINISTRY_DIVISION.match(items[-1].surface) if items and not prefix and surface.endswith("司") and not surface.endswith("公司")
                and not items[-1].surface.endswith("公司") else None
            )
            if division and not MINISTRY_NAME.search(surface[:-1]):
                surface = division["ministry"] + surface  # 农业农村部计划财务司、市场与信息化司: the ministry's divisions
                rules.append("shared_ministry")
            level_prefix = prefix or level_prefix
            if prefix or named_place:  # 福州市人民政府、生态环境局: the city's, not the province's
                levels.add(prefix or named_place)
                level_prefix = prefix or named_place
            parts_glued = split_glued(surface, lexicon)
            if len(parts_glued) > 1:
                offset = start
                for index, part in enumerate(parts_glued):
                    items.append(_Item(part, offset, offset + len(part), marked_here and index == 0, role, [*rules, "split_glued"], False, group))
                    offset += len(part)
                continue
            if len(surface) > MAX_UNIT_CHARS or IMPLAUSIBLE.search(surface):
                problems.append(Message("", "'{name}' does not read as a unit name", name=surface))
                continue
            failing = name_problem(surface, lexicon)
            if failing:
                problems.append(Message("", "doubtful: '{name}' {why}; left out of the graph", name=surface, why=failing))
                continue
            items.append(_Item(surface, start, end, marked_here, role, rules, False, group))
        for shared in shared_prefixes:
            problems.append(Message("", "'{name}' names a level but no unit", name=shared))
    return items, problems


# 县政府有关部门, 市人民政府各直属机构: the units of one government, named with it; 有关直属单位, 各直属机构 after it are its too
GOVERNMENT_QUALIFIER = re.compile(r"(?P<government>(?:省|自治区|市|州|盟|县|区|旗)(?:人民)?政府)(?:各|有关|所属|直属)")
# (not 各区政府, 各金融机构, 有关企业: bodies of their own, no government's units)
BARE_COLLECTIVE = re.compile(r"(?:各|有关)(?:直属|所属)?(?:单位|机构|部门|事业单位|工作部门)$")
UNKNOWN_LABEL = re.compile(r"(?P<word>[\u4e00-\u9fff]{1,6}(?:单位|部门|处室|科室|主体))" + _COLON + r"\s*")
TRAILING_ETC = re.compile(alternatives(RULES["trailing_etc"]) + "$")
DEPARTMENT_END = re.compile(r"(?:局|厅|委|委员会|办|办公室|中心)$")


def government_collective(surface: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """省直有关部门, 市有关单位: a collective of one government's units (its level written first),
    as ``(prefix, noun)`` so that a bare noun after it shares the prefix (省有关部门、单位)."""
    for level in LEVEL_PREFIXES:
        if surface.startswith(level):
            rest = surface[len(level) :].removeprefix("直").removeprefix("级")
            split = lexicon.collective_noun(rest) or (("", rest) if rest in lexicon.collective_nouns else None)
            return (surface[: len(surface) - len(split[1])], split[1]) if split else None
    return None


def leading_level(surface: str, lexicon: Lexicon) -> str:
    """The level a name starts with: 区 of 区发改委 (a known type), and 市 of 市市政管理局, an
    organisation the lexicon does not type; never 市 of 市场监管局 (``not_level_prefixes``)."""
    surface = INNER_BRACKET_END.sub("", surface)  # 市交通运输局〔市铁路办〕
    prefix, _ = lexicon.split_level(surface)
    if prefix or surface.startswith(NOT_LEVEL_PREFIXES) or lexicon.type_of(surface):
        return prefix
    for level in LEVEL_PREFIXES:
        rest = surface[len(level) :]
        if surface.startswith(level) and len(rest) >= 3 and DEPARTMENT_END.search(rest) and not rest.startswith(LEVEL_PREFIXES[:2]):
            return level
    return ""


BELOW_LEVEL = re.compile(
    "^(?:" + alternatives(RULES["below_level_openers"]) + "|" + alternatives(RULES["below_level_bodies"]["levels"])
    + alternatives(RULES["below_level_bodies"]["bodies"]) + ")"
)
BRANCH_ENDINGS = ("分局", "支队", "大队", "分行", "支行", "分中心")


def takes_level(surface: str, level_prefix: str, lexicon: Lexicon, known_only: bool = False) -> bool:
    """市法院、检察院 and 自治区大数据发展局、通信管理局: a department written without the level
    the unit before it has. Known types take it; other short names ending as a government department does (局, 厅, 委, 办) take
    it when they name no place and no known unit of their own, unless ``known_only``. 市场监管局's 市 is
    no level: after 市发展改革委、… it is 市市场监管局."""
    department = lexicon.type_of(surface)
    if not department and surface.endswith(BRANCH_ENDINGS):
        return False  # 环保拱墅分局: a branch of a bureau, named by its place, takes no level (公安分局, a known type, may)
    if surface.endswith(PROVINCIAL_ENDINGS) and not level_prefix.endswith(("省", "自治区")):
        return False  # 福州市生态环境局、自然资源厅: a 厅 is a province's, never a city's
    if not level_prefix.startswith(LEVEL_PREFIXES):  # a place: 福州市商务局、建设局
        return bool(department) and not surface.startswith(LEVEL_PREFIXES)
    if department and department.id in NO_LEVEL_TYPES and not level_prefix.endswith(("省", "自治区")):
        return False  # 区发改委、海关: customs, the central bank's branches… answer to no city or district
    leveled = surface.startswith(LEVEL_PREFIXES) and not surface.startswith(NOT_LEVEL_PREFIXES)  # not 市场监管局's 市
    if department:
        return bool(lexicon.type_of(level_prefix + surface)) and not (surface.startswith(level_prefix) and leveled)
    if known_only or BELOW_LEVEL.match(surface):
        return False  # (各街道党工委, 园区党工委: no department of the level before them)
    return (
        bool(DEPARTMENT_END.search(surface))
        and 3 <= len(surface) <= 6  # 通信管理局, 糖业局; not 民航华东地区管理局, agencies of their own
        and not leveled  # 市文化广电旅游体育局 has its level already
        and not lexicon.knows(surface)
        and not places_at_start(surface, lexicon)[1]
    )


@functools.lru_cache(maxsize=1)
def _name_rules() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return re.compile(alternatives(RULES["name_endings"]) + "$"), re.compile(alternatives(RULES["name_forbidden"]))


def name_problem(surface: str, lexicon: Lexicon) -> str | None:
    """Why ``surface`` is no organisation's name, or None when it reads as one.

    A name the lexicon knows passes; any other must end as an organisation's name does (a
    bracketed part aside: 市委党校（行政学院）), hold no role or function word (省生态环境厅牵头,
    以下…落实) and balance its brackets (合作区〉). The words are ``data/clause_rules.json``.
    """
    if lexicon.knows(surface):
        return None
    endings, forbidden = _name_rules()
    word = forbidden.search(surface)
    if word:
        return Message("", "holds the word {word}", word=word.group(0))
    if sum(surface.count(c) for c in OPEN_BRACKETS + "〈<") != sum(surface.count(c) for c in CLOSE_BRACKETS + "〉>"):
        return "has an unbalanced bracket"
    if not endings.search(INNER_BRACKET_END.sub("", surface)):
        return "does not end as an organisation's name"
    if RUN_TOGETHER.search(surface):
        return "reads as several names run together"
    return None


RUN_TOGETHER = re.compile(RULES["names_run_together"])


def _closes_inner_bracket(text: str, start: int, end: int) -> bool:
    """True when ``text[end-1]`` closes a bracket opened inside ``text[start:end]`` (区发改委（区能源办）)."""
    piece = text[start:end]
    return piece[-1] in CLOSE_BRACKETS and sum(piece.count(c) for c in OPEN_BRACKETS) >= sum(piece.count(c) for c in CLOSE_BRACKETS)


def split_glued(surface: str, lexicon: Lexicon) -> list[str]:
    """Split names glued by a missing 、 when every part is a known unit; else ``[surface]``.

    Only splits before a level prefix (区/市/县/省/镇), where a new name visibly starts, and
    only when both sides are in the lexicon, so an unknown long name is never cut up.
    """
    if lexicon.knows(surface):
        return [surface]
    for cut in range(2, len(surface) - 1):
        if surface[cut] in LEVEL_PREFIXES and lexicon.knows(surface[:cut]):
            rest = split_glued(surface[cut:], lexicon)
            if all(lexicon.knows(part) for part in rest):
                return [surface[:cut], *rest]
    return [surface]


def _identity(item: _Item, lexicon: Lexicon) -> str:
    """Two mentions in one clause are the same unit when they share level and type."""
    department = lexicon.type_of(item.surface)
    if department:
        level, _ = lexicon.split_level(item.surface)
        return f"{level}:{department.id}"
    named = lexicon.named_unit(item.surface)
    return f"named:{named.name}" if named else item.surface


def _merge_duplicates(items: list[_Item], lexicon: Lexicon) -> list[_Item]:
    """A unit named twice in one ；-group is one item; in two groups it may be two governments'
    (a joint plan's 省水利厅；省水利厅), so resolution decides (``resolve_plan`` merges one organisation)."""
    kept: dict[tuple[int, str], _Item] = {}
    for item in items:
        key = (item.group, _identity(item, lexicon))
        if key in kept:
            first = kept[key]
            first.marked = first.marked or item.marked
            if item.labelled_role == LEAD:
                first.labelled_role = LEAD
            if "merge_duplicate" not in first.rules:
                first.rules.append("merge_duplicate")
        else:
            kept[key] = item
    return list(kept.values())
