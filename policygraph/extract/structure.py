"""The outline of a prose plan: sections, action areas, numbered tasks and measures.

Chinese plans number their outline in three levels, and say so with the numbering alone:
``一、`` sections, ``（一）`` sub-sections (action areas under 重点任务, items under 保障措施)
and ``1.`` items. Headings are found wherever such a marker starts a line or follows the
end of a sentence (a .docx flattened to one line keeps no line breaks), and a marker is
only believed when its number continues the sequence at its level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..data import alternatives, load_rules
from ..read.layout import TextView

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}
CN_LARGE_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}

MARKER = re.compile(
    r"(?:^|(?<=[\n。；;）)”\s]))[ \t\u3000]*"
    r"(?:(?P<section>[一二三四五六七八九十]{1,3})(?:、|[ \t]+、(?=[ \t]*[\u4e00-\u9fff]))"
    r"|[（(][ \t]*(?P<sub>[一二三四五六七八九十]{1,3})[ \t]*[)）]"
    # 1 . 严格管控…: a page that spaced its characters; never 5 . 2 (a spaced figure)
    r"|(?P<item>\d{1,3})(?:[.．、](?![\d.．])|[ \t]+[.．、](?=[ \t]*[\u4e00-\u9fff“《（(])))",
    re.M,
)
# Where the body of a plan ends: its attachments, distribution list or source note.
BODY_END = re.compile(r"(?:^|(?<=\s))(?:附件(?:[：:\d一二三四五六七八九十]|\s*\n)|抄送[：:]|资料来源[：:])", re.M)
# Sections whose numbered items are tasks even when they carry no responsibility clause.
TASK_SECTION = re.compile(r"任务|行动|举措|重点工作")
# Sections of safeguards and implementation: their clause-bearing items are measures, not tasks.
SAFEGUARD_SECTION = re.compile(r"保障|组织实施|组织领导|工作要求|实施要求")
TITLE_END = re.compile(r"[。\n]")


def chinese_number(text: str) -> int:
    """``"十二"`` -> 12, ``"两百"`` -> 200, ``"一百零八"`` -> 108, ``"二十万"`` -> 200000,
    ``"一亿五千万"`` -> 150000000: outline markers, quarters and counted amounts.

    0 for anything that is not a number written this way (two digits in a row, a stray
    character, a magnitude out of order), so a marker such as ``（二一）`` is never believed.
    Written here rather than taken from cn2an: cn2an refuses 两 and costs a quarter second
    to import, and this strict reading is all the extractor needs.
    """
    if text.isdigit():
        return int(text)
    total, section, digit = 0, 0, None
    smaller_than = 10_000  # 十/百/千 must fall within a 万 group, each smaller than the last
    larges: set[str] = set()
    for char in text:
        if char in ("零", "〇") and (total or section):
            continue  # a gap in the places (一百零八, 一万零五百): no value of its own
        if char in CN_DIGITS:
            if digit is not None:
                return 0
            digit = CN_DIGITS[char]
        elif char in CN_MAGNITUDES:
            magnitude = CN_MAGNITUDES[char]
            if magnitude >= smaller_than:
                return 0
            section += (1 if digit is None else digit) * magnitude
            digit, smaller_than = None, magnitude
        elif char in CN_LARGE_MAGNITUDES and char not in larges:
            amount = section + (digit or 0)
            if not amount and not total:
                return 0
            larges.add(char)
            large = CN_LARGE_MAGNITUDES[char]
            # 一万亿: 亿 multiplies what went before; 一亿五千万: 万 multiplies its own group
            total = (total + amount) * large if large > total else total + amount * large
            section, digit, smaller_than = 0, None, 10_000
        else:
            return 0
    return total + section + (digit or 0)


@dataclass
class Node:
    """One numbered heading and the text it governs (view offsets)."""

    level: int  # 1 section, 2 sub-section, 3 item
    number: int
    marker: str  # as written, e.g. （三）
    start: int  # start of the marker
    title_start: int
    end: int = 0  # end of the node's own text, children included
    title: str = ""
    title_end: int = 0
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)

    @property
    def own_end(self) -> int:
        """End of the node's text before its first child."""
        return self.children[0].start if self.children else self.end

    def headings(self) -> list[str]:
        """The titles of this node and of the sections above it."""
        node: Node | None = self
        titles = []
        while node is not None:
            titles.append(node.title)
            node = node.parent
        return titles

    def section(self) -> Node | None:
        node: Node | None = self
        while node and node.level > 1:
            node = node.parent
        return node


# after 附件1: a title on a line or two, then the first item of an outline (一、 or 1.) or a table's 序号 on its own line
ATTACHED_LIST = re.compile(
    r"(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<title>[^\s。；：:，,][^\n。；：:，,]{3,59}(?:\n[^\s。；：:，,][^\n。；：:，,]{0,39})?)"
    r"(?:[ \t\u3000]*\n)+[ \t\u3000]*"
    r"(?:[一二三四五六七八九十]{1,3}、|1[.．、](?!\d)|序\s*号)"  # or a table's header (序号 | 民生实事 | 责任单位)
)
# a plan's own title (its words, then what kind of plan it is), printed after a notice's attachment line
_PLAN_TITLE = r"[^\n。；：:，,]{3,59}?(?:方案|意见|计划|规划|要点|措施|办法)"
# 附件1 / 汉中市促进银发经济发展的实施意见 / (征求意见稿): a plan's own title under a later attachment's number
ATTACHED_PLAN = re.compile(
    r"[ \t\u3000]*\d{0,2}[ \t\u3000]*\n(?:[ \t\u3000]*\n)*[ \t\u3000]*(?P<title>[^\s。；：:，,《]" + _PLAN_TITLE + ")"
    r"(?:[ \t\u3000]*\n?[ \t\u3000]*[（(][^（）()\n]{2,10}[）)])?[ \t\u3000]*\n"
)
# a signature's date line, then the plan's own title on the next line that holds words
SIGNED_THEN_PLAN = re.compile(
    r"^[ \t\u3000]*(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日[ \t\u3000]*\n(?:[ \t\u3000]*\n)*"
    r"[ \t\u3000]*(?P<title>[^\s。；：:，,《附]" + _PLAN_TITLE + r")(?:[（(][^（）()\n]{2,12}[）)])?[ \t\u3000]*$",
    re.M,
)
SIGNATURE_REACH = 300  # characters after a notice's attachment line in which its signature stands
# an attachment is the plan's body when its title names a list of tasks; a project guide (项目指南), a scope of
# support (支持范围) or a glossary (名词解释) attached to a notice or a plan is not
TASK_LIST_TITLE = re.compile(r"任务|清单|实事|分解|责任|工作要点|重点工作|考评指标|考核指标")
BODY_GOES_ON_WITHIN = 3000  # characters after a 抄送 block in which the outline may go on
MAX_SKIPPED_ENDS = 3


PAGE_DATE = re.compile(r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}|日期|时间")


def body_end(view: TextView, start: int) -> int:
    """Where the body ends: the first 附件/抄送/资料来源 line after ``start``.

    A page of the notice's distribution list (抄送) printed inside the body — pages out of order
    in a collected PDF — ends nothing when the outline goes on after it with the next number.
    """
    skipped = 0
    for match in BODY_END.finditer(view.text, start):
        # each look reads the outline before it: a few distribution lists at most, so time stays linear
        if skipped < MAX_SKIPPED_ENDS and match.group().startswith("抄送") and _outline_goes_on(view, start, match.start()):
            skipped += 1
            continue
        if skipped < MAX_SKIPPED_ENDS and match.group().startswith("附件") and _attached_list_follows(view.text, match):
            skipped += 1  # 附件1 / 2025年县政府工作报告任务清单 / 一、…: the list the notice issues is the plan's body
            continue
        line_end = view.text.find("\n", match.end())
        if match.group().startswith("资料来源") and PAGE_DATE.search(view.text, match.end(), len(view.text) if line_end < 0 else line_end):
            continue  # 资料来源:包头市人民政府 发布日期:2025-01-21 14:08: a web page's particulars above the document, no end of it
        return match.start()
    return len(view.text)


# 附件：…任务清单 (the title on the 附件 line) or 附件2 / …任务分解表 (on the next line that holds words)
ATTACHMENT_TITLE = re.compile(r"[ \t\u3000]*(?:[\d一二三四五六七八九十]+)?[ \t\u3000]*[：:]?[ \t\u3000]*(?P<title>[^\n]*)")
# an attached list of what was done (任务完成情况, 工作总结) holds results, not promises
REPORTED_LIST = re.compile(alternatives(load_rules("target_rules")["reported_list_words"]))
REPORTED_COLUMN = re.compile(r"^[ \t\u3000]*[^\n。，]{0,8}" + alternatives(load_rules("target_rules")["reported_columns"]) + r"[ \t\u3000]*$", re.M)


def attached_task_lists(view: TextView, start: int) -> list[tuple[int, int, str]]:
    """Spans of ``view`` from ``start`` on that are attachments listing the plan's tasks
    (附件：…任务清单, 附件2 / …重点项目清单), each from its 附件 line to the next 附件, 抄送 or
    the end, with its title: a task list the table readers could not read still states the plan's targets."""
    spans: list[tuple[int, int, str]] = []
    ends = [m for m in BODY_END.finditer(view.text, start)]
    for at, match in enumerate(ends):
        if not match.group().startswith("附件"):
            continue
        title = ATTACHMENT_TITLE.match(view.text, match.end())["title"].strip()
        if not title:
            following = re.match(r"\s*(?P<title>[^\n]*)", view.text[match.end() : match.end() + 200])
            title = following["title"].strip() if following else ""
        if not TASK_LIST_TITLE.search(title) or REPORTED_LIST.search(title):
            continue
        stop = ends[at + 1].start() if at + 1 < len(ends) else len(view.text)
        if REPORTED_COLUMN.search(view.text, match.end(), stop):
            continue  # 任务 | 2023年完成情况 | 2024年工作目标: a column of results beside the promises, not told apart here
        if spans and spans[-1][1] == match.start():
            spans[-1] = (spans[-1][0], stop, spans[-1][2])  # 附件： / 附件：…任务清单: one attachment named twice
        else:
            spans.append((match.start(), stop, title))
    return spans


def _attached_list_follows(text: str, match: re.Match[str]) -> bool:
    """True when the 附件 at ``match`` opens a titled list with an outline, or is the notice's list of
    attachments (附件：1.…) with such a list printed within ``BODY_GOES_ON_WITHIN`` characters."""
    issued = _issued_titles(text, match.start())  # what the notice above says it issues (现将《X》印发给你们)
    if _task_list_at(text, match.end()) or _issued_plan(ATTACHED_PLAN.match(text, match.end()), issued):
        return True
    signed = SIGNED_THEN_PLAN.search(text, match.end(), min(len(text), match.end() + SIGNATURE_REACH))
    if _issued_plan(signed, issued):  # 附件：…分解表 / 木兰县人民政府 / 2019年5月29日 / 木兰县…实施方案(2018-2020年): the plan itself after the signature
        return True
    # (附件：1.《X实施意见(征求意见稿)》… / 汉中市民政局 / 附件1 / X实施意见 / (征求意见稿): the plan itself, printed after the list)
    return any(
        later.group().startswith("附件") and (_task_list_at(text, later.end()) or _issued_plan(ATTACHED_PLAN.match(text, later.end()), issued))
        for later in BODY_END.finditer(text, match.end(), min(len(text), match.end() + BODY_GOES_ON_WITHIN))
    )


QUOTED_ISSUED = re.compile(r"《([^《》\n]{4,80})》")
ISSUED_REACH = 600  # characters before a notice's 附件 line in which it names what it issues
TITLE_NOISE = re.compile(r"[（(][^（）()]{1,14}[）)]|的|\s")


def _issued_titles(text: str, at: int) -> set[str]:
    return {TITLE_NOISE.sub("", m.group(1)) for m in QUOTED_ISSUED.finditer(text, max(0, at - ISSUED_REACH), at)}


def _issued_plan(found: re.Match[str] | None, issued: set[str]) -> bool:
    """``found`` prints a plan's own title that the notice above quotes as what it issues (brackets and 的 aside):
    a separate 考核办法 or 资金管理办法 attached is no plan's body."""
    return bool(found and found.group("title") and TITLE_NOISE.sub("", found.group("title")) in issued)


def _task_list_at(text: str, at: int) -> bool:
    attached = ATTACHED_LIST.match(text, at)
    return bool(attached and TASK_LIST_TITLE.search(attached["title"]))


def _outline_goes_on(view: TextView, start: int, at: int) -> bool:
    before = list(walk(outline(view, start, at)))
    if not before:
        return False
    last = before[-1]
    for match in MARKER.finditer(view.text, at, min(len(view.text), at + BODY_GOES_ON_WITHIN)):
        if _level_and_number(match) == (last.level, last.number + 1):
            return True
    return False


def _level_and_number(marker: re.Match[str]) -> tuple[int, int]:
    """``(level, number)`` of an outline marker: 一、 is (1, 1), （三） (2, 3), 12. (3, 12)."""
    level = 1 if marker["section"] else 2 if marker["sub"] else 3
    return level, chinese_number(marker["section"] or marker["sub"] or marker["item"])


# 第一章 / 第二节: headings of five-year plans, which the outline does not number
CHAPTER_HEADING = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]+[章节篇]", re.M)
# the same, or glued after a sentence's end (…任务依然艰巨。 第三节 总体要求)
GLUED_HEADING = re.compile(r"(?:(?<=^)|(?<=\n[ \t\u3000])|(?<=[。！？；])|(?<=[。！？；][ \t\u3000]))第[一二三四五六七八九十]+[章节篇]", re.M)


def section_end(view: TextView, node: Node) -> int:
    """Where ``node``'s section ends: its own end, or a 第X章/第X节 heading the outline does not number."""
    chapter = CHAPTER_HEADING.search(view.text, node.title_end, node.end)
    return chapter.start() if chapter else node.end


def chapters(view: TextView, kinds: str = "章篇") -> list[tuple[int, int, str]]:
    """``(start, end, heading line)`` of each 第X章 (or 篇) up to the next one; 第X节 stay inside.
    ``kinds="节"``: each 第X节 up to the next 第X节 or chapter."""
    if kinds == "节":  # a section ends where the next chapter starts too; a PDF may glue either to a sentence
        headings = list(GLUED_HEADING.finditer(view.text))
        ends = [m.start() for m in headings]
        spans = []
        for section in (m for m in headings if m.group()[-1] == "节"):
            line_end = view.text.find("\n", section.start())
            stop = next((e for e in ends if e > section.start()), len(view.text))
            spans.append((section.start(), stop, view.text[section.start() : line_end if line_end != -1 else len(view.text)]))
        return spans
    found = [m for m in CHAPTER_HEADING.finditer(view.text) if m.group().rstrip()[-1] in kinds]
    spans = []
    for index, chapter in enumerate(found):
        line_end = view.text.find("\n", chapter.start())
        heading = view.text[chapter.start() : line_end if line_end != -1 else len(view.text)]
        spans.append((chapter.start(), found[index + 1].start() if index + 1 < len(found) else len(view.text), heading))
    return spans


def outline(view: TextView, start: int = 0, end: int | None = None) -> list[Node]:
    """The numbered outline of ``view.text[start:end]`` as a list of top-level nodes."""
    text = view.text
    end = len(text) if end is None else end
    accepted: list[Node] = []
    last = {1: 0, 2: 0, 3: 0}
    for match in MARKER.finditer(text, start, end):
        if match["item"] and len(match["item"]) > 2 and text[text.rfind("\n", 0, match.start("item")) + 1 : match.start("item")].strip(" \t\u3000"):
            continue  # 整合 110、消防…: a number of three digits inside a line is a figure; an item that high opens its line (204.)
        level, number = _level_and_number(match)
        # Believe a marker only when it continues its level's sequence (or restarts it, or
        # is the first of its level: an excerpt may start at 二、).
        if last[level] and number != 1 and number != last[level] + 1:
            continue
        if level == 1:
            last[2] = 0
        last[level] = number
        marker_start = match.start() + len(match.group(0)) - len(match.group(0).lstrip(" \t\u3000"))
        accepted.append(Node(level, number, text[marker_start : match.end()].strip(), marker_start, match.end()))

    for index, node in enumerate(accepted):
        node.end = accepted[index + 1].start if index + 1 < len(accepted) else end
        stop = TITLE_END.search(text, node.title_start, node.end)
        node.title_end = stop.start() if stop else node.end
        node.title = _clean_title(view.slice(node.title_start, node.title_end))

    roots: list[Node] = []
    stack: list[Node] = []
    for node in accepted:
        while stack and stack[-1].level >= node.level:
            stack.pop()
        if stack:
            node.parent = stack[-1]
            stack[-1].children.append(node)
        else:
            roots.append(node)
        stack.append(node)
    # A parent's text runs to the end of its last descendant.
    for node in reversed(accepted):
        if node.children:
            node.end = max(node.end, node.children[-1].end)
    return roots


def _clean_title(view: TextView) -> str:
    title = view.squeeze().text.strip("。：:；;，,")
    return title[:80]


def walk(nodes: list[Node]):
    """Depth-first iteration over an outline."""
    for node in nodes:
        yield node
        yield from walk(node.children)


def is_task_section(node: Node | None) -> bool:
    return bool(node and TASK_SECTION.search(node.title))


def is_safeguard_section(node: Node | None) -> bool:
    return bool(node and SAFEGUARD_SECTION.search(node.title))
