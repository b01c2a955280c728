"""Documents a plan cites: 《title》 with the number beside it, or a number alone.

``根据《国务院关于印发2030年前碳达峰行动方案的通知》（国发〔2021〕23号）`` cites one document by
title and number; ``按照国发〔2021〕23号文件要求`` by number alone. The plan's own title, its
notice and its attachments are not citations. Once every plan of a batch is read,
:func:`link_citations` links a citation to the plan of the batch it names (same number, or
same title with the notice wrapper taken off), so a user can walk from a district's plan up to
the city and national plans it implements.
"""

from __future__ import annotations

import re

from ..model import Citation, Plan, SourceDocument
from ..read.layout import TextView
from .metadata import CITED_TITLE, DOC_NUMBER, NUMBER_CLOSE, NUMBER_OPEN, squeeze

# forms to fill in (申报表, 承诺书, 证书) are named in 《》 too, but are no documents a plan implements
FORM = re.compile(r"(?:表|申报书|申请书|承诺书|承诺|证书|登记簿)$")
NUMBER_AFTER = re.compile(r"^(?:的(?:通知|函|意见|决定))?[\s（(]{0,3}(?P<number>[\u4e00-\u9fff]{1,14}\s*" + NUMBER_OPEN + r"\s*(?:19|20)\d{2}\s*" + NUMBER_CLOSE + r"\s*\d{1,5}\s*号)")
WRAPPER = re.compile(r"^(?:.{0,60}?(?:关于)?(?:印发|发布|转发|公布|下发))[《〈<]?(?P<inner>.+?)[》〉>]?的?(?:通知|函)$")


BARE_LEAD = re.compile(r"^.*(?:按照|根据|依据|落实|贯彻|执行|参照|对照|和|及|与|、|的)")  # words before a bare number


def normalise_number(number: str) -> str:
    """One spelling of a document number: no spaces, half-width digits, 〔〕 brackets."""
    text = squeeze(number)
    return re.sub(r"[\[［【(（](\d{4})[\]］】)）]", r"〔\1〕", text)


def normalise_title(title: str) -> str:
    """A title as compared: no spaces or quotes (《》, 〈〉, <>), brackets half-width, one dash between years."""
    text = squeeze(title).replace("〈", "《").replace("〉", "》")
    text = re.sub(r"[“”\"‘’'《》<>]", "", text)  # a page writes a quote inside a title as <政府工作报告>
    text = re.sub(r"(?<=\d)(?:[-－—–―~～〜]+)(?=\d)", "—", text)  # (2021--2025年), (2021-2025年), (2021～2025年)
    return text.translate(str.maketrans("（）", "()"))


def inner_title(title: str) -> str:
    """The plan a notice issues: ``国务院关于印发2030年前碳达峰行动方案的通知`` -> ``2030年前碳达峰行动方案``."""
    match = WRAPPER.match(squeeze(title))
    return match["inner"] if match else title


def _unsqueezed_length(text: str, squeezed: int) -> int:
    """How many characters of ``text`` hold its first ``squeezed`` non-space characters."""
    count = 0
    for index, char in enumerate(text):
        if count == squeezed:
            return index
        if not char.isspace():
            count += 1
    return len(text)


def _short_for_own(key: str, own: set[str]) -> bool:
    """《指导意见》 in a plan titled 关于…的指导意见: the plan's short name for itself."""
    return len(key) <= 8 and any(title.endswith(key) and title != key for title in own)


# «…» where a PDF's font maps the title marks to guillemets (山东 77): read as 《…》
GUILLEMETS = str.maketrans("«»", "《》")


def find_citations(view: TextView, document: SourceDocument, plan: Plan) -> list[Citation]:
    """Every document the text cites, in text order, each once (by title, else by number)."""
    own = {normalise_title(t) for t in (plan.title, plan.notice_title, *plan.attachment_titles) if t}
    own |= {normalise_title(inner_title(t)) for t in (plan.notice_title,) if t}
    own_number = normalise_number(plan.doc_number) if plan.doc_number else None
    text = view.text.translate(GUILLEMETS)  # one character for one: spans stay where they were
    found: list[Citation] = []
    seen: set[str] = set()
    numbered: set[str] = set()
    for match in CITED_TITLE.finditer(text):
        title = squeeze(match["title"])
        key = normalise_title(title)
        following = text[match.end() : match.end() + 60]
        after = NUMBER_AFTER.match(squeeze(following))  # （国发〔202\n1〕4 号）: a number wraps too
        number = normalise_number(after["number"]) if after else None
        end = match.end() + (_unsqueezed_length(following, after.end()) if after else 0)
        if number:
            numbered.add(number)
        if key in own or key in seen or len(key) < 3 or (number and number == own_number) or FORM.search(key):
            continue
        if re.search(r"简称|下称|称为", text[max(0, match.start() - 4) : match.start()]) or _short_for_own(key, own):
            continue  # （以下简称《意见》）, 《指导意见》 in the plan itself: a short name, not another document
        seen.add(key)
        start, stop = view.original_span(match.start(), end)
        found.append(Citation(title, number, document.span(start, stop)))
    for match in DOC_NUMBER.finditer(text):
        number = normalise_number(BARE_LEAD.sub("", match.group(0)))
        if number in numbered or number == own_number or number in seen:
            continue
        # the number's greedy prefix may hold the lead word itself (按照国发〔2021〕23号)
        if not re.search(r"(?:按照|根据|依据|落实|贯彻|执行|参照|《)[^。；]{0,30}$", text[max(0, match.start() - 30) : match.start()] + match["prefix"]):
            continue
        seen.add(number)
        start, stop = view.original_span(match.start(), match.end())
        found.append(Citation(None, number, document.span(start, stop)))
    return sorted(found, key=lambda c: c.span.start)


def link_citations(plans: list[Plan]) -> None:
    """Point each citation at the plan of the batch it names: same number, else same title."""
    by_number: dict[str, Plan] = {}
    for plan in plans:  # plans a notice issues together share its number: the first is the notice's
        if plan.doc_number and plan.part_of is None:
            by_number.setdefault(normalise_number(plan.doc_number), plan)
    by_title: dict[str, Plan] = {}
    for plan in plans:
        if plan.part_of is None:
            for title in (plan.title, plan.notice_title):
                if title:
                    by_title.setdefault(normalise_title(title), plan)
                    by_title.setdefault(normalise_title(inner_title(title)), plan)
    for plan in plans:
        for citation in plan.citations:
            target = by_number.get(citation.number) if citation.number else None
            if target is None and citation.title:
                target = by_title.get(normalise_title(citation.title)) or by_title.get(normalise_title(inner_title(citation.title)))
            if target is not None and target is not plan:
                citation.cited_plan = target.id
