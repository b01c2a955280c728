"""Plan metadata from the document head: title, issuing body, document number, date, place.

Chinese official documents open the same way: issuing body (often "…文件"), document
number (金府发〔2023〕1号), a notice "关于印发《TITLE》的通知", the addressees, the issuing
body again and the date, then the plan itself. Each field is read by its own pattern and
left empty when the document does not state it.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Jurisdiction
from ..normalize.lexicon import Lexicon
from ..read.layout import squeeze_text

HEAD_CHARS = 3000
PLACE_CHARS = 300  # a place named this early is the issuer's; later ones are topics
DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*\d{1,4}\s*号")
NOTICE_TITLE = re.compile(r"(?:关于印发|现将)\s*[《<]\s*(?P<title>[^》>]{2,80}?)\s*[》>]")
NOTICE_ABOUT = re.compile(r".{0,30}?关于(?P<title>.{4,60})的(?:通知|意见|决定)")
DATE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
PLAN_WORDS = r"(?:实施方案|行动方案|工作方案|方案|行动计划|工作计划|计划|实施意见|意见|规划|工作要点)"
TITLE_LINE = re.compile(r"^[^\n。，,；;：:]{2,60}?" + PLAN_WORDS + r"(?:（[^）]{1,20}）)?(?=\s|$)", re.M)
TITLE_BLOCK = re.compile(r"[^。，,；;：:]{2,80}?" + PLAN_WORDS + r"(?:[（(][^）)]{1,20}[）)])?")
TITLE_LINE_CHARS = 40
ISSUER_WORDS = re.compile(r"(?:人民政府|委员会|管理委员会|办公室|办公厅|厅|局|政府)(?:文件)?$")
ATTACHMENT = re.compile(r"附件\s*\d*\s*[：:]\s*(?P<title>[^\n]{2,80})")
FILE_NAME_NOISE = re.compile(r"【[^】]*】|\.(?:docx?|pdf|wps|txt|md)\b")


def read_title(head: str) -> str | None:
    """The plan title, in this order of trust.

    The 《…》 of a notice that issues the plan (关于印发《…》 / 现将《…》印发); else a run of
    short head lines that together name a plan (a title wrapped over two or three lines:
    ``省生态环境厅 2021 年度`` + ``推动碳达峰、碳中和工作计划``); else what a notice is about
    (关于实施…行动…的通知); else the first line that names a plan.
    """
    match = NOTICE_TITLE.search(head)
    if match:
        return squeeze_text(match["title"])
    cleaned = FILE_NAME_NOISE.sub(" ", head)
    runs = _short_line_runs(cleaned)
    for run in runs:
        for start in range(len(run)):
            for stop in range(len(run), start, -1):
                title = squeeze_text("".join(run[start:stop])).strip("#* ")
                if TITLE_BLOCK.fullmatch(title) and not title.startswith(("关于印发", "附件")):
                    return title
    for run in runs:
        about = NOTICE_ABOUT.fullmatch(squeeze_text("".join(run)))
        if about:
            return about["title"]
    for line_match in TITLE_LINE.finditer(cleaned):
        title = squeeze_text(line_match.group(0)).strip("#* ")
        if not title.startswith(("关于印发", "附件")):
            return title
    return None


def _short_line_runs(head: str, limit: int = 4) -> list[list[str]]:
    """Runs of up to ``limit`` consecutive short lines without sentence punctuation."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in head.splitlines()[:40]:
        text = line.strip()
        if text and len(text) <= TITLE_LINE_CHARS and not re.search(r"[。，,；;：:]", text):
            current.append(text)
            if len(current) == limit:
                runs.append(current)
                current = current[1:]
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    return runs


def read_doc_number(head: str) -> str | None:
    match = DOC_NUMBER.search(head)
    return squeeze_text(match.group(0)) if match else None


def read_date_and_issuer(head: str) -> tuple[dt.date | None, str | None]:
    """The first stand-alone date line, and the issuing body on the line above it."""
    lines = [line.strip() for line in head.splitlines()]
    filled = [line for line in lines if line]
    for index, line in enumerate(filled):
        match = DATE.fullmatch(re.sub(r"\s", "", line)) if len(line) <= 20 else None
        if not match:
            continue
        try:
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            continue
        issuer = None
        if index and ISSUER_WORDS.search(filled[index - 1]):
            issuer = squeeze_text(filled[index - 1])
        return date, issuer
    for line in filled[:3]:
        if ISSUER_WORDS.search(line) and len(line) <= 40:
            return None, re.sub(r"文件$", "", squeeze_text(line))
    return None, None


def read_attachments(text: str) -> list[str]:
    return [re.sub(r"[《》]", "", squeeze_text(m["title"])) for m in ATTACHMENT.finditer(text)]


def find_jurisdiction(texts: list[str | None], lexicon: Lexicon) -> Jurisdiction | None:
    """The most specific known jurisdiction named in the issuer, title or head.

    Texts are tried in order (issuer first); within one text the deepest jurisdiction
    wins, so 上海市金山区人民政府 is 金山区, not 上海市.
    """
    for text in texts:
        if not text:
            continue
        found = []
        for jurisdiction in lexicon.jurisdictions.values():
            for name in (jurisdiction.name, *jurisdiction.aliases):
                if name and name in text:
                    found.append(jurisdiction)
                    break
        if found:
            return max(found, key=lambda j: len(lexicon.ancestors(j.code)))
    return None


PLACE_END = r"(?:自治州|地区|盟|省|市|区|县|旗)"
PLACE_FOLLOWER = r"(?:人民政府|政府|委员会|发展和改革|碳达峰)"
PLACE_NAME = re.compile(r"([\u4e00-\u9fff]{2,8}?" + PLACE_END + ")" + PLACE_FOLLOWER)
PLACE_WITHIN = r"([\u4e00-\u9fff]{1,6}?" + PLACE_END + ")" + PLACE_FOLLOWER  # after a known place's name
LEVEL_SUFFIX = {"省": "省", "市": "市", "区": "区", "县": "县", "旗": "县", "州": "市", "盟": "市"}


def place_below(texts: list[str | None], known: Jurisdiction) -> Jurisdiction | None:
    """An unlisted place named right after a known one: 杭州市西湖区人民政府 -> 西湖区 under 杭州市."""
    for text in texts:
        for name in (known.name, *known.aliases):
            match = re.search(re.escape(name) + PLACE_WITHIN, squeeze_text(text or "")) if name else None
            if match:
                below = match.group(1)
                return Jurisdiction(f"x-{known.name}{below}", f"{known.name}{below}", LEVEL_SUFFIX.get(below[-1], "区"), known.code)
    return None


def unlisted_jurisdiction(texts: list[str | None], plan_id: str) -> Jurisdiction:
    """A jurisdiction for a plan from a place not in ``jurisdictions.tsv``.

    Named after the place its issuer or title names (杭州市西湖区人民政府 -> 杭州市西湖区) so two
    plans of one place share departments; with no place at all, one of its own per plan, so
    that 区发改委 of two unknown places is never merged.
    """
    for text in texts:
        match = PLACE_NAME.search(text or "")
        if match:
            name = match.group(1)
            return Jurisdiction(f"x-{name}", name, LEVEL_SUFFIX.get(name[-1], "区"), None)
    return Jurisdiction(f"plan-{plan_id}", f"{plan_id}（未知地区）", "区", None)


def plan_year(title: str | None, issue_date: dt.date | None, doc_number: str | None) -> int | None:
    """The plan's working year: its title's year (2025年…计划, …2021年度工作计划), else its issue year."""
    if title:
        match = re.match(r"\s*(\d{4})\s*年", title) or re.search(r"(\d{4})\s*年度", title)
        if match:
            return int(match.group(1))
    if issue_date:
        return issue_date.year
    if doc_number:
        match = DOC_NUMBER.search(doc_number)
        if match:
            return int(match.group(1))
    return None
