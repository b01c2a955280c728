"""Which document a plan is: title, notice, own number, issuers, date and place(s).

Chinese official documents open in a few set ways: an issuer banner (``…文件``), the document
number (``金府发〔2023〕1号``), a notice heading (``XX关于印发《TITLE》的通知``), the addressees
(``各区人民政府，市政府各委、办、局：``), the notice text, the signature (落款: the issuer and
the date on lines of their own), then the plan itself; or the plan alone, with its title on top
and perhaps a cover date. Documents published as web pages add a ``发布时间：`` line.

Each field is read from where such documents put it, never from sentences in the body: a
number or a name inside a cited title (``根据《中共湖南省委 湖南省人民政府关于…》（湘发〔2021〕1号）``)
is the cited document's, not this one's. The place comes from the issuers, then the title, then
how the text speaks of itself (我省, 全市) together with the place names it uses, the addressee
line and the file name, each recorded as evidence; a place that cannot be told is reported,
never guessed. The vocabulary is data (``policygraph/data/metadata_rules.json``).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..data import alternatives
from ..model import AdminLevel, Jurisdiction
from ..normalize.lexicon import NOT_LEVEL_PREFIXES, Lexicon
from ..normalize.places import CHINA, GOVERNMENT_AFTER_NAME, longest_place_at, places_at_start, township_after, township_in, unknown_place, zone_within
from ..normalize.units import explicit_place
from ..read.layout import SQUEEZABLE, squeeze_text
from .structure import chinese_number
from .tables import is_header, role_candidates

HEAD_CHARS = 4000
HEAD_LINES = 60
BULLETS = "•·●▪◆"
VIEWER_PAGE = re.compile(r"^(?:Page|P\.)\s*\d{1,4}(?:\s*[-–—]\s*|$)", re.I)  # Page 6 - …, P. 6: a document viewer's page mark
LIST_DASH = re.compile(r"^[-*][ \t]*(?=[\u4e00-\u9fff]|\d{4}-)")  # - 发布: (a page's fields as a list; not - 2 -)
TAIL_CHARS = 2500
SIGNATURE_LINES = 12  # lines of issuing bodies above a signature's date (eight bodies, some names broken)  # where a plan printed without a notice puts its signature
TEXT_EVIDENCE_CHARS = 30000  # enough to tell how a document speaks of itself; bounds the cost
# where a news page's report of a document opens (further on, its body reports other documents: 10月25日,省委、省政府印发了《…》)
NEWS_LEAD_CHARS = 400
SUBHEADLINE = re.compile(r"(?:\d{4}年|今年|明年)(?=.*(?:我[市县区州省镇乡旗]|力争|[!！]$))")
# what a news headline that is whole ends with (…工作会议召开, 持续推进便民停车行动); not 研究部署, 办好民生实事: a kicker or a wrap
WHOLE_HEADLINE_END = re.compile(r"(?:召开|举行|开幕|闭幕|启动|出台|发布|印发|行动|工程|攻坚战|专项整治)$")
TITLE_LINE_CHARS = 48  # a title wraps at about this width; longer lines are body text
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
YEAR_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

NUMBER_OPEN = r"[〔\[［【(（﹝〖]"  # (阿署发﹝2024﹞20号: small-form brackets)
NUMBER_CLOSE = r"[〕\]］】)）﹞〗]"
DOC_NUMBER = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{1,14})" + NUMBER_OPEN + r"(?P<year>(?:19|20)\d{2})" + NUMBER_CLOSE + r"(?P<seq>\d{1,5})号")
DECREE_NUMBER = re.compile(r"(?:^|(?<=日)|(?<=[（(]))(?P<issuer>[\u4e00-\u9fff]{2,20})令第\d{1,4}号")
DATE = re.compile(r"(?P<y>(?:19|20)\d{2})年(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")
CN_DATE = re.compile(r"(?P<y>[〇○零O一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?:(?P<d>[一二三四五六七八九十]{1,3})日)?")
_YMD = r"(?P<y>(?:19|20)\d{2})[-./年](?P<m>\d{1,2})[-./月](?P<d>\d{1,2})"  # 2022-01-29, 2022.1.29, 2022年1月29
WEB_DATE = re.compile(  # (not 归档时间: the day the page was archived)
    r"(?:(?<!归档)(?:印发|发布|成文|发文)?(?:时间|日期)[:：]|(?:发布|成文|发文)(?:时间|日期)|公开日期?[:：]?)" + _YMD  # 发布时间2022-01-29, 公开日2023-07-04
)
DATE_THEN_TAG = re.compile(r"(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t\u3000]+(?!星期|周)[\u4e00-\u9fff]{1,8}")  # (not a weekday)
DATE_THEN_FIELDS = re.compile(
    _YMD + r"日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?=(?:来源|信息来源|文章来源|作者|发布机构|浏览次数|点击数)[:：])"
)
RULE_LINE = re.compile(r"[—\-–_=~～·•*＊…－]{2,}|[=＝]{3,}[ \t\u3000]*[\u4e00-\u9fff]{1,4}[ \t\u3000]*[=＝]{3,}")  # (=== 正文 ===: a collector's rule)
WEEKDAY = re.compile(r"星期[一二三四五六日天]")
BRACKETED_LABELS = re.compile(r"[\[【](?P<label>[\u4e00-\u9fff]{2,6})[\]】]")
DOWNLOAD_LINE = re.compile(r"\.(?:docx?|pdf|wps|xlsx?|ofd|zip|rar)$", re.I)
DOWNLOAD_LABEL = re.compile(r"下载[:：]?$")
# a label of a page's links to what goes with the document (部门解读:, 一图读懂:, 相关附件:), on a line of its own
# what such a label links to: an interpretation, a chart, a video, a file
LINKED_NAME = re.compile(r"^(?:解读|图解|一图读懂|【视频】|视频)|解读$|图解$|\.(?:docx?|pdf|wps|xlsx?|ofd)$", re.I)
LINK_LABEL = re.compile(r"(?:部门|政策|图文|视频|文字|专家|媒体|相关)?解读[:：]|一图读懂[:：]|图解[:：]|相关(?:链接|附件|文件)[:：]")
BRACKETED_LABEL = re.compile(r"^(?:\d{0,2}[.、]?|[∙•·])[\[【](?P<label>[\u4e00-\u9fff]{2,6})[\]】]")


def _page_chrome(text: str, spaced: str = "") -> bool:
    """A head line that is a web page's navigation or banner (无障碍版 长者模式, 首页>…>…, …2019年12月3日星期二,
    首页 | 新闻中心 | 财经评论 |, 长城新媒体集团 主办); not a title on 无障碍环境建设 or a “健康星期六”."""
    spaced = spaced.strip()
    return (
        any(word in text for word in rules()["page_chrome"]) or text in rules()["page_chrome_lines"] or bool(SITE_NAME.fullmatch(text))
        or bool(PAGE_TITLE.fullmatch(text)) or bool(SITED_TITLE.fullmatch(text)) or bool(SITE_HOME.fullmatch(text)) or bool(NEWS_DATELINE.match(text))
        or text.count(">") >= 2 or bool(WEEKDAY.search(text) and DATE.search(text)) or (text.startswith("首页") and len(text) > 2)
        or _menu_line(spaced) or bool(SPONSOR.fullmatch(spaced)) or bool(LATIN_BANNER.fullmatch(spaced)) or bool(EDITOR_NOTE.fullmatch(text))
        or bool(PHONE_LINE.fullmatch(text)) or bool(WEATHER.search(text) and WEATHER_WORDS.search(text)) or bool(PHOTO_CAPTION.fullmatch(spaced or text))
    )


# a photo's caption and credit (发布会现场 供图 璧山区委宣传部, 大会现场。(香洲融媒供图), 记者 王明 摄) or a page's empty image, ![]()
PHOTO_CAPTION = re.compile(
    r"!\[[^\]]{0,40}\]\([^)]{0,200}\)"
    r"|[^\n]{0,30}?[（(][^\s（()）。]{1,12}供图[)）]|[^\n]{0,30}?[ \t\u3000]供图(?:[ \t\u3000:：]+[^\s（()）。]{1,12})?"
    r"|[^\n]{0,30}?[（(]?(?:记者|通讯员)[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*摄[)）]?"
)


# 毕节市 多云 28℃~19℃: a site's banner with the weather (a temperature and the weather's word: not 冷链（2～8℃）, 室温保持在18～22℃)
WEATHER_WORDS = re.compile(r"[晴阴]|多云|[小中大暴阵雷]雨|雨夹雪|[小中大暴]雪|[雾霾]|[东南西北]风")
WEATHER = re.compile(r"-?\d{1,2}\s*[℃°]\s*[~～至\-—/]\s*-?\d{1,2}\s*[℃°]|-?\d{1,2}\s*[~～]\s*-?\d{1,2}\s*℃")


# 0431-81872031, 联系电话：(0898)65203456: a site's telephone printed in its banner
PHONE_LINE = re.compile(r"(?:(?:联系|咨询|服务|值班)?电话|Tel|TEL)?[:：]?[ \t]*(?:[（(]?0\d{2,3}[）)]?[-－—]?)?\d{7,8}(?:[-－]\d{1,4})?")


EDITOR_NOTE = re.compile(r"[（(](?:本文|内容|全文|原文)?有?删[减节](?:内容)?[)）]")  # (本文有删减), （有删节）: an editor's, no title


MAX_MENU_ITEM = 6  # characters of a site's menu item or a breadcrumb's step printed on a line of its own
MAX_MENU_RUN = 4  # such items in a row between two lines of chrome


def _menu_items(lines: list[Line]) -> set[int]:
    """Indexes of short lines in a run between two lines of page chrome (首页 / 新闻中心 / 发改工作 / 党建工作 / 互动交流;
    首页 / > / 政策 / > / 其他文件): a site's menu or breadcrumb printed a line an item, whose items the rules
    cannot all know. A run ended by anything but chrome is no menu (政策原文 / 成都市 / 碳达峰实施方案 / 一、…: a title)."""
    chrome = [_page_chrome(line.text.strip(), line.spaced) for line in lines]
    found: set[int] = set()
    index = 0
    while index < len(lines):
        if not chrome[index]:
            index += 1
            continue
        run, at = [], index + 1
        while at < len(lines) and not chrome[at] and len(run) < MAX_MENU_RUN:
            text = lines[at].text.strip()
            if not MENU_ITEM.fullmatch(text) or len(text) > MAX_MENU_ITEM or is_org(text):
                break
            run.append(at)
            at += 1
        if run and at < len(lines) and chrome[at]:
            found.update(run)  # chrome, short items, chrome
        index = at if run else index + 1
    bulleted = [_bulleted_item(line.text.strip()) for line in lines]
    for index in range(len(lines)):  # • 首页 / • 要闻关注 / • 龙江新闻: a menu printed as a list, however long
        if bulleted[index] and sum(bulleted[max(0, index - MIN_BULLETED_MENU + 1) : index + MIN_BULLETED_MENU]) >= MIN_BULLETED_MENU:
            found.add(index)
    return found


MIN_BULLETED_MENU = 3  # short bulleted lines in a row that make a menu


def _bulleted_item(text: str) -> bool:
    """A short item after a bullet (• 要闻关注): one entry of a menu printed as a list."""
    item = text.lstrip(BULLETS).strip()
    return text[:1] in BULLETS and bool(MENU_ITEM.fullmatch(item)) and len(item) <= MAX_MENU_ITEM and not is_org(item)


# 通知公告_内蒙古自治区能源局: a page's own title, its column and its site joined by _ (no document's title holds one)
PAGE_TITLE = re.compile(r"[^_＿《》]{2,60}[_＿][^_＿《》]{2,40}")
MAX_COLUMN_NAME = 8  # characters of a site's column named above its controls (民生实事项目 / 进入老年模式)
SITE_HOME = re.compile(r"[\u4e00-\u9fff]{1,10}网首页")  # 广电网首页: a link to the site's front page
# 东南网2月15日讯(福建日报记者…), 新华社北京3月5日电: a report's dateline (not 关于7月1日电价调整…)
NEWS_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:网|社|报|台|新闻|融媒|客户端)[\u4e00-\u9fff]{0,4}\d{1,2}月\d{1,2}日(?:讯|电)(?=[（(\s]|$)")
BREADCRUMB = re.compile(r"当前位置|您的位置|所在位置|现在的位置|>.*>")
CRUMB_STEP = re.compile(r"(?<=[>＞»])\s*([\u4e00-\u9fff]{2,8})\s*(?=[>＞»]|$)")  # a breadcrumb's steps between its arrows
# Health Commission of Henan Province, [] [English], • Pусский, • 한국어: a site's name or language switch
LATIN_BANNER = re.compile(
    r"[•·●▪◆ ]*[\[\]()A-Za-z\u0400-\u04ff\uac00-\ud7af.,&'’ -]*[A-Za-z\u0400-\u04ff\uac00-\ud7af]{2,}[\[\]()A-Za-z\u0400-\u04ff\uac00-\ud7af.,&'’ -]*"
)
MENU_ITEM = re.compile(r"[\u4e00-\u9fff]{1,8}")
LANGUAGE_WORD = re.compile(r"[A-Za-z\u0400-\u04ff]{2,}")
MAX_MENU_WORD = 4  # characters of a menu's items once its bars are lost (the clean view makes them tabs)


def _menu_line(spaced: str) -> bool:
    """A site's menu: 首页 ｜ 新闻中心 ｜ 财经评论 ｜ … (short items between bars), or 繁體 登录 注册 and
    首 页 新闻中心 政务公开 once the bars are gone (short words, most of two characters or more; not
    the letter-spaced 通 知 nor an issuer line's long names)."""
    if "|" in spaced or "｜" in spaced:
        items = [item.replace(" ", "") for item in re.split(r"[|｜]", spaced)]
        named = [item for item in items if item]
        if len(named) >= 2 and all(item.endswith(("网", "网站")) for item in named):
            return True  # 中国政府网 | 武汉市人民政府网: links to other sites
        return len(items) >= 3 and len(named) >= 2 and all(MENU_ITEM.fullmatch(item) for item in named)
    words = spaced.split()
    chinese = [w for w in words if not LANGUAGE_WORD.fullmatch(w)]
    # (not 青岛市推进 RCEP 经贸合作行动方案: one Latin word in a title)
    if len(chinese) >= 2 and len(words) - len(chinese) >= 2 and all(MENU_ITEM.fullmatch(w) for w in chinese):
        return True  # 中国政府网 黑龙江省政府网 English Русская версия 市人大: a site's links and its languages
    return (
        len(words) >= 3 and all(MENU_ITEM.fullmatch(w) and len(w) <= 2 * MAX_MENU_WORD for w in words)
        and sum(len(w) > MAX_MENU_WORD for w in words) <= max(1, len(words) // 4)  # (政府信息公开 among 首 页 走进西乡 …)
        and not all(is_org(w) for w in words)  # (市发改委 市财政局 市教育局: joint issuers)
        and sum(len(w) >= 2 for w in words) >= max(2, len(words) - 2)
    )


SPONSOR = re.compile(r"\S{2,20}\s+主办")  # 长城新媒体集团  主办: who runs the site


INDEX_NUMBER = re.compile(r"[0-9A-Za-z]{6,}(?:-[0-9A-Za-z]+)*/(?:19|20)\d{2}-\d{3,}")
GARBLED_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［【(（]\d{5,8}")
# a table's header: 序号 alone, or one of its cells on one line (大类 | 序号 | 工作任务 …)
TABLE_HEADER = re.compile(r"^序 ?号(?: |$)|(?:^| )序号 (?:\S+ ){1,}\S")
# a line that is a web page's time stamp alone: 2023-02-20 15:38 (squeezed)
WEB_STAMP = re.compile(r"(?P<y>(?:19|20)\d{2})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})(?:\d{1,2}:\d{2}(?::\d{2})?)?")
# a title line that is a file name (【政策】X.docx, a sharing site's X(18页).docx), a page's tag of the document's validity
# (…的通知(有效)), or a newspaper's mark that a text runs on from another page ((上接第6版))
FILE_NAME_NOISE = re.compile(r"^【[^】]{1,16}】|^[（(](?:上接|下转|接)第?[\d一二三四五六七八九十]{1,3}版[)）]|VIP专享$|(?:[（(]\d{1,4}[页頁][)）])?\.(?:docx?|pdf|wps|txt|md|ofd)$|[（(](?:现行)?(?:有效|失效|废止|已失效|已废止)[)）]$")
SITE_NAME = re.compile(r"[\u4e00-\u9fff]{2,14}(?:门户网站|网站)")  # • 尚志市人民政府网站 under a page's title
SITED_TITLE = re.compile(r".{4,}[-－|｜]" + SITE_NAME.pattern)  # …的通知-湖南省人民政府门户网站: a page's title and its site
# (来源：X 发布时间：2024-02-01, 来源:区农业农村局 2021-12-27 15:48: a page's particulars, whose date is read; 来源：X alone is a collector's stamp)
PAGE_FURNITURE = re.compile(r"^(?:[—－\-–]+\d{1,3}[—－\-–]+|\d{1,3}|[IVXⅠⅡⅢⅣ]{1,4}|第\d+页|资料整理[:：].*|来源[:：](?!.*(?:(?:时间|日期)[:：]|\d{4}-\d{1,2}-\d{1,2})).*)$")
SECTION_START = re.compile(r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节条]|（[一二三四五六七八九十]+）|\d+[.．、]|目录|前言|序言|引言)")
# 《…》 with 〈〉 inside; a title wraps over lines and page breaks but never over a sentence end
STUDIED_BEFORE = re.compile(r"学习|借鉴|推广|参照|对标|复制")
STUDIED_REACH = 8  # characters before a cited title where 学习借鉴 makes it another place's example
CITED_ISSUER_AFTER = re.compile(r"(?:人民政府|政府|党委|委员会|办公室|办公厅)")  # 《姚安县人民政府办公室关于…》: issued there
CITED_TITLE = re.compile(r"《(?P<title>(?:[^《》。；〈〉]|〈[^〈〉《》]*〉){2,160}?)》")  # alternatives that cannot overlap
REPORTED_HEADLINE = re.compile(r".{4,60}?(?:方案|计划|规划|意见|办法|措施|要点|细则|纲要|文件)》?(?:全文)?(?:正式)?(?:发布|出台|印发|公布)")  # …方案发布, …一号文件全文发布
# a title's last words on a line of their own: 实施方案, 三年行动计划, 实施方案（试行）; not 最新政策, a column
WRAPPED_TITLE_END = re.compile(r"(?:实施|行动|工作|三年行动|专项行动|专项)?(?:方案|计划|规划|意见|办法|要点|细则|纲要)(?:[（(][\u4e00-\u9fff]{1,6}[）)])?")


@functools.lru_cache(maxsize=1)
def rules() -> dict:
    """``metadata_rules.json``, compiled once."""
    data = json.loads(resources.files("policygraph.data").joinpath("metadata_rules.json").read_text(encoding="utf-8"))
    data["org_suffixes"] = sorted(data["org_suffixes"], key=len, reverse=True)
    data["bound_words"] = frozenset(data["bound_words"])
    data["slogan_words"] = frozenset(data["slogan_words"])  # (looked up at every place name a text mentions)
    verbs, nouns = "|".join(data["notice_verbs"]), "|".join(data["notice_nouns"])
    data["notice"] = re.compile(
        rf"^(?P<issuer>.*?)(?:关于)?(?P<verb>{verbs})(?P<what>.+?)的?(?P<noun>{nouns})$"
    )
    before, after = ("|".join(map(re.escape, data["comparisons"][side])) for side in ("before", "after"))
    # (领跑全国, 走在全省前列: the nation or the province as a yardstick, not the speaker)
    data["national_comparison"] = re.compile(rf"(?:{before})全[国省]|全[国省](?:的)?(?:{after})")
    data["news_desk"] = re.compile(alternatives(data["news_desks"]))
    data["org_end"] = re.compile("(?:" + "|".join(map(re.escape, data["org_suffixes"])) + r")(?:文件)?$")
    return data


PLAN_WORDS = tuple(rules()["plan_title_endings"])
DATED_PLAN_WORDS = tuple(rules()["dated_title_endings"])
# a document of its own that is no plan a notice issues: 完成情况表, 进展情况的报告, 督查通报
REPORT_WORDS = tuple(rules()["report_title_endings"])


def squeeze(text: str) -> str:
    """``text`` without whitespace, full-width digits made half-width."""
    return squeeze_text(text).translate(FULLWIDTH_DIGITS)


# -- the document model of the head ---------------------------------------------------------
@dataclass
class Line:
    text: str  # whitespace removed
    spaced: str  # whitespace collapsed to one space: joint issuers are often space-separated
    start: int  # offset of the line in the text read


@dataclass
class Evidence:
    """One reason to place a plan somewhere (or at some level), for the build report."""

    source: str  # issuer, title, number, self-reference, addressees, file name ...
    text: str
    places: list[Jurisdiction] = field(default_factory=list)
    level: AdminLevel | None = None

    def __str__(self) -> str:
        return f"{self.source} '{self.text}'"


@dataclass
class Metadata:
    """What the head, the signature and the file name say about a document."""

    title: str | None = None
    notice_title: str | None = None
    doc_number: str | None = None
    issuers: list[str] = field(default_factory=list)
    issue_date: dt.date | None = None
    date_precision: str = "day"
    jurisdictions: list[Jurisdiction] = field(default_factory=list)
    place_evidence: str = ""
    place_known: bool = True


MARKDOWN_BOLD = re.compile(r"\*\*(?P<words>[^*\s][^*\n]*?)\*\*")


def lines_of(text: str, offset: int = 0) -> list[Line]:
    """Non-empty lines with page furniture (page numbers, collectors' stamps) left out."""
    found, position, after_feed = [], offset, False
    paged: set[int] = set()  # lines that open a page
    for raw in re.split(r"(?<=[\n\f])", text):
        stripped = MARKDOWN_BOLD.sub(r"\g<words>", raw.strip())  # **发布日期**: 2025-01-10, a collection's Markdown
        if stripped:
            spaced = SQUEEZABLE.sub(" ", stripped).translate(FULLWIDTH_DIGITS)
            tokens = spaced.split(" ")
            labelled = LETTER_SPACED_LABEL.match(spaced)  # (标     题 区人民政府办公室关于…: a label, then its value)
            if len(tokens) >= 3 and sum(len(t) == 1 for t in tokens) >= len(tokens) - 1 and not (labelled and squeeze(labelled["label"]) in FIELD_LABEL_WORDS):
                spaced = "".join(tokens)  # 武 汉 市 人 民 政 府: letter-spaced, one name
            squeezed = squeeze(stripped)
            glued = NUMBER_BEFORE_HEADING.fullmatch(spaced)
            labelled_after = None if glued else HEADING_BEFORE_LABEL.fullmatch(squeezed)
            if glued:  # 云府办发〔2021〕6号 云岩区人民政府办公室关于印发…的通知: a page ran the number into the heading
                at = position + raw.index(stripped)
                found.append(Line(squeeze(glued["number"]), glued["number"], at))
                found.append(Line(squeeze(glued["heading"]), glued["heading"], at + _after_chars(stripped, len(squeeze(glued["number"])))))
            elif labelled_after:  # 标题 / …实施方案的通知发文机关 / 沂源县人民政府: a page's cells ran the next field's label into the title
                at = position + raw.index(stripped)
                found.append(Line(labelled_after["heading"], labelled_after["heading"], at))
                found.append(Line(labelled_after["label"], labelled_after["label"], at + _after_chars(stripped, len(labelled_after["heading"]))))
            elif not PAGE_FURNITURE.match(squeezed) or (DIGITS_PIECE.fullmatch(squeezed) and not after_feed):
                # (661 after 〔2025〕, before 号: a piece of a number, no page number; joined below)
                found.append(Line(squeezed, spaced, position))
                if after_feed:
                    paged.add(len(found) - 1)
        position += len(raw)
        after_feed = raw.endswith("\f") or (after_feed and not raw.strip())  # (二〇二二年二月\f1: a page's number)
    return _join_number_pieces(found, paged)


# a page that prints a date's or a number's pieces a line each (2025 / 年 / 9 / 月 / 29 / 日; 内发改价费字〔 / 2025 / 〕 / 661 / 号)
DIGITS_PIECE = re.compile(r"\d{1,4}")
MARK_PIECE = re.compile(r"[年月日号〕\]]")
PIECE_OPENERS = ("〔", "[", "年", "月", "〕", "]")  # what a number's or a date's next piece follows (…字〔 / 2025)


def _join_number_pieces(lines: list[Line], paged: set[int] = frozenset()) -> list[Line]:
    """``lines`` with a date's or a number's pieces printed a line each joined into one line; a bare
    number no mark follows is dropped as a page's number (…〔2017〕 / 2020 / 781 号）); ``paged``: the
    lines that open a page, which continue nothing."""
    joined: list[Line] = []
    for at, line in enumerate(lines):
        after = lines[at + 1].text if at + 1 < len(lines) and at + 1 not in paged else ""  # (no piece across a page break)
        if at in paged:
            joined.append(line)
            continue
        if DIGITS_PIECE.fullmatch(line.text):
            piece = MARK_PIECE.match(after) and (after[:1] == "年" or (joined and joined[-1].text.endswith(PIECE_OPENERS)))
            if not piece:
                if not PAGE_FURNITURE.match(line.text):
                    joined.append(line)
                continue
            if after[:1] == "年" and not (joined and joined[-1].text.endswith(PIECE_OPENERS)):
                joined.append(line)  # 2025 / 年: a date's first piece
                continue
        elif not (MARK_PIECE.match(line.text) and joined and joined[-1].text[-1:].isdigit() and _pieced(joined[-1])):
            joined.append(line)
            continue
        joined[-1] = Line(joined[-1].text + line.text, joined[-1].spaced + line.spaced, joined[-1].start)
    return joined


def _pieced(line: Line) -> bool:
    """``line`` ends with a number a piece of a date or a document number's (2025 / 年: its 2025)."""
    return bool(re.search(r"(?:^|[〔\[年月〕\]])\d{1,4}$", line.text))


def _after_chars(text: str, count: int) -> int:
    """The index in ``text`` of its first non-space character after ``count`` non-space ones."""
    seen = 0
    for index, char in enumerate(text):
        if not char.isspace():
            if seen == count:
                return index
            seen += 1
    return len(text)


# …的通知发文机关, …实施方案成文日期: a heading, then the label of the page's next field run into it
HEADING_BEFORE_LABEL = re.compile(
    r"(?P<heading>.{6,}?(?:通知|方案|意见|计划|要点|规划|办法|决定|报告))(?P<label>发文机关|发文字号|发文单位|发布机构|成文日期|发文日期|发布日期|索引号|主题分类|文号)"
)
NUMBER_BEFORE_HEADING = re.compile(r"(?P<number>[\u4e00-\u9fff]{1,14}" + NUMBER_OPEN + r"\d{4}" + NUMBER_CLOSE + r"\d{1,5}号)(?: |(?=关于))(?P<heading>\S[^ ]{5,}?(?:通知|方案|意见|决定|办法|规划|计划))")


# -- dates ------------------------------------------------------------------------------------
def _cn_number(text: str) -> int:
    """二〇二二 (a year, digit by digit) or 十二 (a month or day, as the outline reads numbers)."""
    if len(text) == 4:
        return int("".join(str(YEAR_DIGITS[c]) for c in text))
    return chinese_number(text)


def read_date(text: str, published: dt.date | None = None) -> tuple[dt.date, str] | None:
    """A date written as a whole line: ``2021年10月24日``, ``二〇二二年二月``, ``（2022年3月24日）``.
    ``published``: the day the page was put online, which a date whose marks it stripped is not after.

    Returns the date and its precision (``day`` or ``month``).
    """
    text = text.strip("（）()")
    compact = _compact_date(text, published)
    if compact:
        return compact, "day"
    for pattern, number in ((DATE, int), (CN_DATE, _cn_number)):
        match = pattern.fullmatch(text)
        if match:
            try:
                year, month = number(match["y"]), number(match["m"])
                day = number(match["d"]) if match["d"] else None
                return dt.date(year, month, day or 1), "day" if day else "month"
            except (ValueError, KeyError):
                return None
    return None


COMPACT_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?P<rest>\d{2,4})日?")  # (2023925日: 年 and 月 stripped, 日 kept)


def _compact_date(text: str, published: dt.date | None = None) -> dt.date | None:
    """A date whose marks a page stripped (2021416, 202218, 20200628), where its digits make one date only
    (2021111 is 1 November or 11 January, 202112 December or 2 January: none), or one only on or before the
    day the page was ``published`` (2024115 on a page of 2024-01-18: 15 January, not 5 November)."""
    match = COMPACT_DATE.fullmatch(text.strip())
    if not match:
        return None
    year, rest = int(match["y"]), match["rest"]
    if 1 <= int(rest) <= 12:
        return None  # 202112: December 2021 with no day, or 2 January
    readings = set()
    for cut in range(1, len(rest)):
        month, day = rest[:cut], rest[cut:]
        if len(month) <= 2 and len(day) <= 2:
            try:
                readings.add(dt.date(year, int(month), int(day)))
            except ValueError:
                continue
    if len(readings) > 1 and published:
        readings = {day for day in readings if day <= published}
    return readings.pop() if len(readings) == 1 else None


def _leading_date(text: str) -> tuple[dt.date, str] | None:
    """``（2021年12月2日中国共产党…通过）``, ``（2021年12月11日生态环境部令第24号公布…）``."""
    match = re.match(r"[（(](?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)", text)
    return read_date(match["date"]) if match else None


# -- organisations ----------------------------------------------------------------------------
def is_org(name: str) -> bool:
    """True when ``name`` reads as an issuing body's name (ends as one, no sentence in it)."""
    return 2 <= len(name) <= 40 and _ends_as_org(name)


def _ends_as_org(name: str) -> bool:
    """``is_org`` for bodies glued together, however many (four departments run together are 44 characters)."""
    return not re.search(r"[，。：；:;,、《》“”\"]", name) and bool(rules()["org_end"].search(name))


def split_orgs(text: str) -> list[str]:
    """Issuing bodies named together: ``山东省财政厅 山东省生态环境厅``, ``A、B``, ``中共北京市委 北京市人民政府``."""
    text = re.sub(r"(?:文件)$", "", text.strip())
    # (A、B等三部门, A等多部门, A、B、C四部门联合印发, A等关于…: how many bodies, no name of one)
    text = re.sub(r"(?:等\s*(?:(?:[一二三四五六七八九十两\d]+|多)\s*(?:个|家)?)?|(?:[一二三四五六七八九十两\d]+|多)\s*(?:个|家)?)(?:部门|部委|单位)$|(?<=[厅局委府办室会])等$", "", text)
    parts = [q for p in re.split(r"[、，,\s]+|(?<=[厅局委府办])和(?=[\u4e00-\u9fff]{2})", text) if p for q in _unglue(p)]
    for i, part in enumerate(parts[1:], start=1):  # 自治区党委 人民政府: the government of the party committee's place
        if part in ("人民政府", "政府", "办事处") and (party := PARTY_THEN_GOVERNMENT.fullmatch(parts[i - 1] + part)):
            parts[i] = party["place"] + part
    orgs = [p for p in parts if is_org(p)]
    if orgs and len(orgs) == len(parts):
        return orgs
    return [squeeze(text)] if is_org(squeeze(text)) else []


NAMED_FROM_PLACE = re.compile(r"(?:中共|中国共产党|国务院|国家|[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|州|区|县|盟|旗))")  # a body's name that opens with its place
LEVEL_OPENINGS = ("省", "市", "县", "区", "州", "镇", "乡", "自治区", "国家", "国务院", "中共", "中央")


def _column_names(lines: list, index: int) -> bool:
    """``lines[index]`` and the line after it name a task table's columns (目标任务 / 执行措施、实施步骤 / … /
    责任分工, a table printed a cell per line with no 序号): its header, no title's lines."""
    cells = [cell for cell in re.split(r"[\t ]+", lines[index].spaced.strip()) if cell]
    if len(cells) >= 3 and is_header(cells):
        return True  # (the header a cell-per-line table's reader joined on one line)
    return index + 1 < len(lines) and all(role_candidates(squeeze(lines[at].text)) for at in (index, index + 1))


def _is_field_line(text: str) -> bool:
    """A page's particular on its line (发文字号：…, 发布机构：…): no link's name."""
    return bool(WEB_FIELD.match(text) or SPACED_FIELD.match(text) or FIELD_LABEL.match(text))


def _named_whole(names: str) -> bool:
    """Bodies named whole before 关于: from their place or level (阿坝州人民政府, 市发展改革委, 国家发展改革委 国家能源局),
    or a ministry (教育部); not a name's tail a line broke off (委员会, 旅游局, 建设局)."""
    first = re.split(r"[ \t\u3000、]+", names.strip())[0]
    return bool(NAMED_FROM_PLACE.match(first)) or first.startswith(LEVEL_OPENINGS) or (first.endswith("部") and len(first) <= 8)


PARTY_THEN_GOVERNMENT = re.compile(
    r"(?P<party>(?:中共)?(?P<place>[\u4e00-\u9fff]{0,12}?(?:自治区|省|市|县|区|州|盟|旗|乡|镇|街道))党?(?:工)?委)(?P=place)?(?P<government>人民政府|政府|办事处)"
)
GLUE_START = re.compile(r"(?:中共|中国共产党|人民政府|国家|[\u4e00-\u9fff]{1,8}?(?:省|市|自治区|自治州|区|县|盟|旗))")


def _unglue(name: str) -> list[str]:
    """Bodies printed together with no space: ``山东省财政厅山东省生态环境厅``, ``中共北京市委北京市人民政府``.

    Split where both sides read as bodies of five characters or more and the right one opens as a
    body does (a place, 中共, 人民政府); ``自治区党委办公厅人民政府办公厅`` gives the second its
    level word (自治区人民政府办公厅).
    """
    if not _ends_as_org(name):
        return [name]
    if party := PARTY_THEN_GOVERNMENT.fullmatch(name):  # 自治区党委人民政府, 市委市政府: the committee, and the government of its place
        return [party["party"], party["place"] + party["government"]]
    if len(name) < 10:
        return _unglue_department(name)
    # the last cut that works, so that a body's own ending is never split (…福建省委|员会福建省妇女联合会)
    for cut in range(len(name) - 5, 4, -1):
        left, right = name[:cut], name[cut:]
        if _ends_as_org(left) and is_org(right) and GLUE_START.match(right) and not left.endswith(("中共",)):
            level = re.match(r"^(?:自治区|省|市|区|县|州|盟|旗)", left)
            if right.startswith("人民政府") and level:
                right = level.group(0) + right
            return [*_unglue(left), right]
    return _unglue_department(name)


SHARED_LEVEL = re.compile(r"(?:自治区|省|市|区|县|州|盟|旗)")
GLUED_DEPARTMENT = re.compile(r"(?!办公|员|会)[\u4e00-\u9fff]{1,4}[局委厅办]")  # 能源局, 省能源局 less its level


def _unglue_department(name: str) -> list[str]:
    """A department printed after another with no space and without the place the first names
    (内蒙古自治区发展改革委能源局: 内蒙古自治区发展改革委 and 内蒙古自治区能源局; 省发展改革委省能源局: both the
    province's); the second takes the first's place. Not an office of the first (…人民政府办公厅)."""
    place = SHARED_LEVEL.match(name) or GLUE_START.match(name)  # (省发展改革委省能源局: a bare level word, the province's)
    if place is None or place.group().startswith(("中共", "中国共产党", "人民政府")):
        return [name]
    for size in range(3, 8):  # the shortest department that ends the name
        left, right = name[:-size], name[-size:]
        bare = right[len(place.group()) :] if right.startswith(place.group()) else right
        leveled = SHARED_LEVEL.fullmatch(place.group()) and right.startswith(place.group())
        if not GLUED_DEPARTMENT.fullmatch(bare) or len(left) < len(place.group()) + 3 or not re.search(r"[局委厅办会]$", left) or not _ends_as_org(left):
            continue
        if bare == right or leveled:
            return [left, place.group() + bare]
    return [name]


# -- the head ---------------------------------------------------------------------------------
MAX_COLUMN_LABEL = 4  # characters of a page's column name above a heading (全文, 市场机会)
MAX_COLUMN_LINE = 3  # the page's first lines, where its column's name stands
NEWS_OPENER = re.compile(r"(?:本报讯|本报|新华社|记者)[（(]")
URL = re.compile(r"(?:https?://|www\.)[\w.-]+", re.I)


def _column_label(text: str) -> bool:
    """A head line that names a page's column (全文, 市场机会: a word or two, no organisation, no place
    and no title), opens a news report (本报讯(记者) or names a site by its address."""
    short = (
        len(text) <= MAX_COLUMN_LABEL and not _title_complete(text) and not is_org(text)
        and not text.endswith(tuple("省市县区州旗盟联协委办局院部厅")) and not SECTION_START.match(text)  # (序言 opens the body; 市妇联 issues)
        and not text.startswith(("关于", "印发", "转发"))  # (关于加快 / 推进…的实施方案: a heading that wraps)
    )
    return short or bool(NEWS_OPENER.match(text)) or bool(URL.search(text))


MONTH_DAY = re.compile(r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日")
QUOTED_SPAN = re.compile(r"“[^“”\n]{1,20}”|《[^《》\n]{1,60}》")


def _is_heading(line: Line) -> bool:
    text = line.text
    return (
        (len(text) <= TITLE_LINE_CHARS or (len(text) <= 3 * TITLE_LINE_CHARS and _title_complete(text)))  # a title on one line
        # (…开展“收好官,开好局”专项行动实施方案的通知: a slogan's comma, in a line that reads as a title; not a banner
        # “不忘初心，牢记使命”主题教育)
        and not re.search(r"[。，,；;：:]", QUOTED_SPAN.sub("", text) if _title_complete(text) or "关于" in text else text)
        and not SECTION_START.match(text)
        and not DOC_NUMBER.search(text)
        and read_date(text) is None
        and not MONTH_DAY.fullmatch(text)  # 6月24日 above a page's byline: its date with no year, no heading
        and not WEB_DATE.search(text)
        and not ORG_THEN_DATE.fullmatch(line.spaced.strip())  # 寿光市人民政府 2024年9月13日: a signature
        and not text.startswith(("附件", "（此件", "(此件", "（本文", "抄送", "签发人"))
        and not DATELINE_OPENING.match(text)  # ——2025年1月16日在…人民代表大会…会议上: where a report was delivered
        and not SPEAKER_LINE.search(line.spaced.strip())  # 旗人民政府代旗长 田永祥: who delivered it
    )


SPEAKER_LINE = re.compile(r"(?:^|人民政府|、)(?:代理|代)?(?:[省市县区旗州盟镇乡]长|副?书记)[ \t\u3000]+[\u4e00-\u9fff·]{2,12}$")  # (a space before the name)
DATELINE_OPENING = re.compile(r"[—－-]{1,2}(?:(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)?在[^，。]{0,30}(?:会议|大会|论坛|仪式)")


def _own_number(line: Line) -> str | None:
    """The document's own number: a line that is a number, or a heading line ending with one."""
    text = re.sub(r"签发人[:：]?.*$", "", line.text).strip("（）()")
    match = DOC_NUMBER.search(text)
    before = text[: match.start()].rstrip("（( ") if match else ""
    # (a notice's title quoting what it issues, then its number: …印发《X》的通知(岳办发〔2017〕2号))
    if match and (match.start() == 0 or not re.search(r"[。，；》]", before) or before.endswith(("的通知", "的函"))):
        if match.start() == 0 or _is_heading(Line(before, "", 0)):
            # a heading line ending with its number: 关于印发…的通知 津住建科〔2020〕46号
            cut = max((match.group(0).rfind(w) + len(w) for w in ("通知", "的", "方案", "意见") if w in match["prefix"]), default=0)
            return match.group(0)[cut:]
    decree = DECREE_NUMBER.search(text)
    if decree and re.search(r"公布|发布|通过", text):
        return decree.group(0)
    return None


@dataclass
class Head:
    banner: list[str] = field(default_factory=list)  # issuers printed above the title (…文件)
    headings: list[str] = field(default_factory=list)  # heading blocks, each joined
    number: str | None = None
    web_date: tuple[dt.date, str] | None = None
    heading_date: tuple[dt.date, str] | None = None  # （2022年3月24日） under a title, a cover date
    cover_issuers: list[str] = field(default_factory=list)
    addressees: str | None = None
    body_start: int = 0  # index of the first line after the head
    field_number: str | None = None  # a web page's 文号：/发文字号： field
    field_date: tuple[dt.date, str] | None = None  # a web page's 成文日期：/发文日期： field
    field_title: str | None = None  # a web page's 名称：/标题： field
    field_issuer: str | None = None  # a web page's 发文机关：/发布机构： field
    source_day: tuple[dt.date, str] | None = None  # 来源:乡村振兴局 2022-10-21: the page's day, after any 发布时间
    linked: list[str] = field(default_factory=list)  # lines a link's label names (相关链接： / 河北省…方案): another page's


def _fits_label(label: str, text: str) -> bool:
    """``text``, a line under an empty field's ``label``, can be its value: a date under a date's
    label, a number under a number's, an organisation under a body's; a short value under another."""
    if re.search(r"有效性|时效性|效力状态|是否有效|^有效$", label):  # 有效性 / 有效: not the heading under it
        return len(text) <= MAX_VALIDITY_VALUE and bool(re.search(r"有效|失效|废止|修订|现行|是|否", text))
    if re.search(r"效力级别|效力等级|文件类型|公文种类", label):  # 效力级别: 地方政府规章, 规范性文件
        return len(text) <= MAX_FIELD_VALUE and bool(re.search(r"规章|文件|法规|规定|其他|公告|通知|意见|决定", text)) and not _title_complete(text + "X")
    if re.search(r"日期|时间|时效|期限", label):
        return bool(re.search(r"\d{4}\s*[-年./]\s*\d{1,2}", text))  # (not 2023年卫健委…: a title)
    if re.search(r"索引号", label):  # 082824954-2025-000022, 11350128MB1A48066P/2019-00005
        return bool(re.fullmatch(r"[0-9A-Za-z\-/.]{6,40}", text))
    if re.search(r"文号|字号|编号", label):
        return bool(DOC_NUMBER.search(text) or re.fullmatch(r"[0-9A-Za-z \-/.]{4,30}", text))  # (GWCD 00-2025-0004)
    if re.search(r"机构|单位|机关|部门|发布$|来源", label):
        return is_org(ALIAS_AFTER.sub("", text)) or len(text) <= MAX_FIELD_VALUE  # (婺城区政府办公室(区政府研究室、区数据局))
    return len(text) <= MAX_FIELD_VALUE


MAX_VALIDITY_VALUE = 6  # characters of a validity field's value (现行有效, 已失效)
MAX_FIELD_VALUE = 20  # characters of a page's field value under an unknown label (a longer line is the page's own)


SITE_SUFFIX = re.compile(r"[-－|｜][0-9A-Za-z\u4e00-\u9fff]{1,20}(?:官网|官方网站)$")
NOTICE_OPENING = re.compile(r"^[^“”《》]{2,60}?(?:关于)?(?:印发|转发|发布)")  # (…办公室印发《X》的通知; not “无废城市” 建设工作方案)
LEADING_TAG = re.compile(r"[ \t\u3000]*[“\"](?P<tag>[^”\"\n|｜]{2,12})[”\"][ \t\u3000]+(?=[^|｜\s])")  # (not [ 主题分类 ] |, a field)
LETTER_SPACED_LABEL = re.compile(r"[ \t\u3000]*(?P<label>(?:[\u4e00-\u9fff][ \t\u3000]+){1,3}[\u4e00-\u9fff])[ \t\u3000]+(?=\S)")


def _unspaced_label(line: Line) -> Line:
    """``line`` with a page's field label printed letter-spaced (文      号, 标     题) closed up and given its colon,
    so the label is no part of its value (not 文号洪政办〔2025〕1号, 标题区人民政府办公室)."""
    spaced = LETTER_SPACED_LABEL.match(line.spaced)
    if not spaced or squeeze(spaced["label"]) not in FIELD_LABEL_WORDS:
        return line
    rest = line.spaced[spaced.end() :]
    return Line(squeeze(spaced["label"]) + "：" + squeeze(rest), squeeze(spaced["label"]) + "：" + rest, line.start)


def read_head(lines: list[Line]) -> Head:
    """Banner, heading blocks, own number, dates and addressees of the first lines."""
    head = Head()
    block: list[str] = []
    index = 0
    sentences = 0
    value_next = False
    menu_items = _menu_items(lines[:HEAD_LINES])
    crumbs: set[str] = set()  # the steps of a breadcrumb above (首页 >> 地方政策 >> …)
    above_fields = ""  # one body's name above a page's particulars: its issuer unless a field names another
    linked = -1  # the line after a link's label (部门解读: / 关于《X》政策解读): the linked page's name
    for index, line in enumerate(lines[:HEAD_LINES]):
        stripped = line.text.strip()
        if LINK_LABEL.fullmatch(stripped):
            linked = index + 1
            continue
        if index == linked and not head.headings and not block and not SECTION_START.match(stripped) and not _is_field_line(stripped):
            if not LINKED_NAME.search(stripped):
                head.linked.append(stripped)  # (相关链接: / 河北省…方案: another page's, a heading only if none other is)
                head.headings.append(stripped)
            continue  # (部门解读: / 关于《…的通知》 政策解读 / 一图读懂: / 文件下载: …, above the particulars and the heading)
        line = _unspaced_label(line)  # 文      号 洪政办〔2025〕1号: a label letter-spaced to the width of the others
        sited = SITE_SUFFIX.search(line.text)  # 六安市农业农村局2024年…工作要点-ag九游会官网: a copy site's name after the title
        if sited and _title_complete(line.text[: sited.start()]):
            line = Line(line.text[: sited.start()], line.spaced[: line.spaced.rfind(sited.group()[0])], line.start)
        tagged = LEADING_TAG.match(line.spaced)  # “党政混合信息公开” 中共静安区委办公室…的通知: a page's tag, then the heading
        untagged = squeeze(line.spaced[tagged.end() :]) if tagged else ""
        if untagged and _title_complete(untagged) and NOTICE_OPENING.search(untagged):
            line = Line(untagged, line.spaced[tagged.end() :], line.start)
        # a title line that is a file name: 【政策】X.docx; a bullet, or a list's - before a field
        text = VIEWER_PAGE.sub("", LIST_DASH.sub("", FILE_NAME_NOISE.sub("", line.text).lstrip(BULLETS)))
        text = TRAILING_CELL_BAR.sub("", text)  # 绍兴市卫生计生委关于印发…的通知 |: a page's table cell round the heading
        if text in ("发布", "印发") and block and not head.headings and all(map(is_org, block)):
            head.banner.extend(o for b in block for o in split_orgs(b))  # 咸宁市人民政府办公室 / 发布 / X: a byline, no field label
            block = []
            continue
        dated_heading = TRAILING_PAGE_DATE.search(text)
        if dated_heading and _title_complete(text[: dated_heading.start()]):
            head.web_date = head.web_date or _day(dated_heading)  # 上海市民政局关于下达…的通知 ( 2025-01-27 ): the page's date after it
            text = text[: dated_heading.start()]
        if not text:
            continue
        if RULE_LINE.fullmatch(text):
            continue  # —— under a heading: a rule printed as a line, no text of the document
        # (- 关键词 / - 主题分类 / - 县政府文件: an empty field, then the next label, then that label's value)
        if value_next and _fits_label(label, text) and not WEB_FIELD.fullmatch(text):  # the value of a web page's field printed under its label (文号： / 常政办发〔2023〕47号)
            value_next = False
            _read_fields(head, label + text)
            continue
        value_next = False  # (废止日期： left empty, then the page's heading: no value of it)
        controls = PAGE_CONTROLS.match(text)
        if controls and WEB_FIELD.match(text, controls.end()):  # 放大字体 缩小字体 发布日期:… 来源:…: the controls, then the fields
            text = text[controls.end() :]
            line = Line(line.text, PAGE_CONTROLS.sub("", line.spaced.strip(), count=1), line.start)
        dated = DATE_THEN_FIELDS.match(text)
        if dated:  # 2020-06-30 17:41  来源: 南宁经济技术开发区管理委员会: the page's date, then its fields
            head.web_date = head.web_date or _day(dated)
            _read_fields(head, text[dated.end() :], line.spaced)
            continue
        web_field = (
            WEB_FIELD.match(text)
            or (BULLETED_FIELD.match(text) if (line.text.lstrip()[:1] in BULLETS or LIST_DASH.match(line.text.lstrip())) and not text.startswith("各") else None)
            or (re.match(re.escape(spaced[0]), text) if (spaced := SPACED_FIELD.match(line.spaced.strip())) else None)
            or (FIELD_LABEL.match(text) if FIELD_ROW.match(line.spaced.strip()) else None)
        )
        if web_field:  # 索引号：… 文号：… 成文日期：…: a web page's table of particulars, no part of the title
            if block and not head.headings:  # (龙陵县人民政府 / 索引号 …: the site's name above them, or the issuer: told below)
                if len(block) == 1 and is_org(block[0]) and len(split_orgs(block[0])) == 1:
                    above_fields = block[0]
                else:
                    _close_block(head, block)  # (中共龙陵县委办公室 龙陵县人民政府办公室: two bodies are no site's name)
                block = []
            label = web_field.group()
            # (【字体: above the number: a page's control)
            value_next = not text[web_field.end() :].strip(" •·:：") and not CONTROL_LABEL.search(label)
            _read_fields(head, text, line.spaced)
            continue
        line = Line(text, line.spaced, line.start)
        tagged = DATE_THEN_TAG.fullmatch(line.spaced.strip())
        if tagged:  # 2022-04-18 广州接点: a copy site's date and its tag above the page, no heading (a 发布时间 first)
            head.source_day = head.source_day or _day(tagged)
            continue
        web = WEB_DATE.search(text)
        if web and head.web_date is None:
            head.web_date = _day(web)  # 发布时间：2021-13-45 is no date
            text = text[: web.start()]
            if not text:
                continue
            if is_org(text):  # 呼兰区人民政府 发布时间:2023-02-24: who published the page, a byline
                head.field_issuer = head.field_issuer or text
                continue
            if _page_chrome(URL.sub("", text)):
                continue  # 湖南省人民政府门户网站 www.hunan.gov.cn 发布时间:…: the site's name and address, no body text
        if (head.headings or sentences) and text.rstrip(":：") in rules()["related_list_lines"]:
            break  # 相关新闻 / 热搜榜 / 04-19 …: other pages listed under this one, whose document ended above
        if index < MAX_COLUMN_LINE and not block and not head.headings and _column_label(text):
            continue  # 全文, 市场机会, 本报讯(记者, 深圳信息港 www.szxxg.com: a page's column, a news lead, a site's name
        # (【法宝引证码】 CLI.12.5115678: a law database's line, whose 【…】 the file-name noise took off)
        crumb = BREADCRUMB.search(text)
        if crumb:
            crumbs.update(CRUMB_STEP.findall(text))
        elif text in crumbs and not block and not head.headings and not _title_complete(text):
            continue  # 首页 >> 地方政策 >> … / 地方政策: the page's column printed again under its path
        if _page_chrome(text, line.spaced) or (text != lines[index].text.strip() and _page_chrome(lines[index].text.strip())) or index in menu_items:
            if crumb and block and not head.headings and all(map(is_org, block)):
                block = []  # 河南省卫生健康委员会 / 当前位置:首页 > …: the site's name above its path, no issuer
            elif (
                crumb and block and not head.headings and not _title_complete(joined := "".join(block))
                and "关于" not in joined and not re.search(r"\d", joined) and "的" in joined
            ):
                block = []  # 生态文明建设的倡导者 绿色生活创建的践行者 / 当前位置:…: the site's motto above its path
            elif block and not head.headings and len("".join(block)) <= MAX_COLUMN_NAME and not any(map(is_org, block)):
                head.headings.append("".join(block))  # 民生实事项目 / 进入老年模式 / 2020年…: a heading of its own, not glued to the next
                block = []
            continue  # 无障碍版繁体版…, 当前位置:首页>…: the site's navigation, not the document
        if BRACKETED_LABEL.match(text):  # 7.[标题]X: a page's field, whatever its label ([索引号] … [发文字号] …: each)
            _read_fields(head, BRACKETED_LABELS.sub(r"\g<label>:", BRACKETED_LABEL.sub(r"\g<label>:", text)))
            continue
        if DOWNLOAD_LINE.search(lines[index].text) and index and DOWNLOAD_LABEL.search(lines[index - 1].text):
            continue  # 文件下载: / 府办发4号(关于做好…的通知).docx: a file to download, no heading
        if INDEX_NUMBER.fullmatch(text):
            continue  # 113701130042070099-A/2021-4059841: a page's index number printed without its label
        if GARBLED_NUMBER.fullmatch(text):
            continue  # 应政办发〔202321: a number a page lost characters of, no title (it is not guessed either)
        # (根据南陵县绿化委员文件(南绿【2022】1号)精神,…: a sentence citing another's number, the body begun)
        number = _own_number(Line(text, line.spaced, line.start)) if not text.startswith(BODY_OPENERS) else None
        if number and head.number is None:
            head.number = number
            before = text[: text.find(number)].rstrip("（(") if number in text else ""
            decree = DECREE_NUMBER.search(text)
            if decree and number == decree.group(0):
                head.banner.append(decree["issuer"])  # 生态环境部令第24号: the decree's issuer
                head.heading_date = head.heading_date or _leading_date(text)
                before = ""
            if before and _is_heading(Line(before, before, 0)):
                block.append(before)  # the heading goes on up to the number
            _close_block(head, block)  # all organisations: an issuer banner without 文件
            block = []
            after = text[text.find(number) + len(number) :] if number in text else ""
            if "关于" in after and after.endswith(("通知", "函")) and _is_heading(Line(after, after, 0)):
                block = [after]  # 泰环境发〔2024〕8号泰安市生态环境局关于印发《…》的通知: a page ran the number into the heading
            continue
        if text == "文件" or (text.endswith("文件") and not head.headings and (is_org(text[:-2]) or all(map(is_org, block)))):
            head.banner.extend(o for line_text in [*block, text[:-2]] for o in split_orgs(line_text) if line_text)
            block = []
            continue
        stamp = WEB_STAMP.fullmatch(text)
        if stamp is None and (opening := WEB_STAMP.match(text)) and is_org(text[opening.end() :]):
            stamp = opening  # 2023-01-05 10:00 区人民政府办公室: the page's date and who published it (no issuer: 县融媒体中心 too)
        if stamp:  # 2023-02-20 15:38 under the issuer: when the page was published
            head.web_date = head.web_date or _day(stamp)
            _close_block(head, block)
            block = []
            continue
        date = read_date(text) or _leading_date(text)
        if date:
            _close_block(head, block)  # 某市人民政府办公室 above a date: who issued it, not a title
            block = []
            if head.headings and head.heading_date is None:
                head.heading_date = date
            continue
        if text.endswith(("：", ":")) and ("各" in text or (len(text) > 6 and (re.search(r"[、，,]", text) or is_org(text[:-1])))):
            head.addressees = text
            head.body_start = index + 1
            break
        # 各镇人民政府、街道办事处,有关部门、单位: 《X》已经…同意,现印发给你们: a page ran the addressees into the text
        run_on = ADDRESSEES_RUN_ON.match(text)
        if run_on and not head.headings:
            head.addressees = run_on["to"]
            head.body_start = index
            break
        if SECTION_START.match(text) or TABLE_HEADER.search(line.spaced) or _column_names(lines, index):
            head.body_start = index  # 一、 第一章 前言, a table's 序号 or its columns' names a line each: the body has begun
            break
        if block and text == "".join(block):
            continue  # a page's title printed again under its particulars
        # (阿坝州人民政府 关于印发…: a body named in full from its place; not 南阳市卫生健康 / 委员会关于…, a name the line broke)
        opens_notice = text.startswith("关于") or (0 < (about := text.find("关于")) and is_org(text[:about]) and _named_whole(text[:about]))
        if _is_heading(line) and opens_notice and block and not all(map(is_org, block)) and not block[-1].endswith(("印发", "转发", "发布", "批转")):
            head.headings.append("".join(block))  # a title opens with 关于 (or its issuer, then 关于); what came before is another heading
            block = []
        split = _headline_then_title(text, line.spaced)
        if split:  # 四川省农业厅2020年一号文件全文发布 农业农村厅2020年工作要点: a headline, then the title, on one line
            head.headings.append(split[0])
            text = split[1]
            line = Line(text, text, line.start)
        if _is_heading(line):
            following = lines[index + 1].text if index + 1 < len(lines) else ""
            if block and is_org(text) and not is_org(block[-1]) and read_date(following):
                head.cover_issuers.append(text)  # 海南省生态环境厅 above a cover date
                continue
            joined = "".join(block)
            notice_open = re.search(r"印发|发布|转发", joined) and not re.search(r"(?:通知|函)$", joined)
            # (2022年《政府工作报告》 / 目标任务责任分解方案: a quoted document, then what the title makes of it)
            quoted_then_plan = joined.endswith(("》", "〉")) and _title_complete(text) and not re.search(r"关于|印发|转发|文件$", text)
            # (…奖励机制政策 / 实施方案: a title whose last word wrapped alone, 实施方案 no title of its own)
            wrapped_word = bool(WRAPPED_TITLE_END.fullmatch(text))
            # (昆明当好排头兵三年行动方案发布 / 昆明市当好排头兵三年行动方案: a news headline, then the document's own heading)
            following_title = text + (lines[index + 1].text if index + 1 < len(lines) else "")
            reported_above = bool(REPORTED_HEADLINE.fullmatch(joined)) and (_title_complete(text) or _title_complete(following_title))
            # (龙岗2024年十大民生实事项目出炉! / 1月27日下午 / …: a news headline an exclamation ends, its lede a line a phrase)
            finished = _title_complete(joined) or (joined.endswith(("!", "！")) and len(joined) >= MIN_EXCLAIMED_TITLE)
            # (持续推进便民停车行动 / 2024年我市计划新增停车泊位20000个!, …工作会议召开 / 今年力争旅游人次…增长15%:
            # a news headline, then its subheadline, a sentence of the year's figures)
            finished = finished or bool(
                block and not notice_open and SUBHEADLINE.match(text) and not _title_complete(text) and WHOLE_HEADLINE_END.search(joined)
            )
            if reported_above:
                head.headings.append(joined)
                block = []
            elif block and finished and not notice_open and not quoted_then_plan and not wrapped_word and not re.match(r"[的及和与（(]|通知|函", text):
                head.headings.append("".join(block))  # a finished title: what follows is not part of it
                block = []
                # (瑞昌市人民政府办公室 under a page's title: the document's own head follows)
                ahead = "".join([text, *(ln.text for ln in lines[index + 1 : index + 3])])  # (a cover's title over three lines)
                # ((内蒙古自治区)锡林郭勒盟…规划(2022年更新): a repository's name for the file, the document's own title follows)
                if head.headings and not _is_heading_start(text) and not is_org(text) and not _wrapped_title_start(text, ahead) and not LEADING_BRACKETED_PLACE.match(head.headings[-1]):
                    head.body_start = index
                    break
            block.append(text)
            continue
        if block:
            head.headings.append("".join(block))
            block = []
        head.body_start = index
        sentences += 1
        if head.headings or sentences > 2:  # two lines of a web page's crumbs may come first
            break
    else:
        head.body_start = index + 1
    if block:
        head.headings.append("".join(block))
    if above_fields and head.field_issuer is None:
        head.banner.append(above_fields)  # (龙陵县人民政府 / 索引号 … / 文号：龙政发〔2023〕12号: no 发布机构 names another)
    return head


# a web page's particulars (索引号、文号、成文日期、发布机构…), a field per line or several on one
_FIELD_LABELS = (
    "信息索引号|索引号|信息分类|公开方式|文件编号|文号|发文字号|发文序号|成文日期|发文日期|印发日期|生成日期|发布日期|发布时间|发布单位|发布机构|发文单位|发文机关|发文部门"
    "|文件有效性|有效性|文件类型|效力状态|文章来源|内容概述|内容摘要|统一编号|主题分类|文件名称|信息名称|名称|标题|公开责任部门|公开目录|公开形式|关键词|体裁|所属类目|公开类别|机构名称|信息来源|访问次数|浏览次数|字体大小|字号|生效日期"
    "|废止日期|上载日期|上传日期|更新日期|时效|公开时限|公开范围|组配分类|主题词|来源|字体|时间|发布|作者|责任编辑|编辑|点击数|点击量|阅读数|浏览量|阅读量"
)
# labels no title or sentence opens with: a line that starts with one is a field, whatever follows (有效性 | 有效 |
# of a page's table, whose cells a reader runs together)
_FIELD_ONLY_LABELS = (
    "信息索引号|索引号|信息分类|公开方式|文件编号|发文字号|发文序号|成文日期|发文日期|印发日期|生成日期|发布日期|发布机构|发文机关|文件有效性|有效性|文件类型|效力状态|文章来源|内容概述|内容摘要|统一编号|主题分类"
    "|所属类目|公开类别|生效日期|废止日期|公开时限|公开范围|组配分类|主题词|信息名称|文件名称|公开责任部门|公开目录|公开形式"
    "|信息时效期|时效期|统一登记号|登记号|信息状态|有效期|发文部门|政策级别|政策主题|政策类型|体裁分类|服务对象|公文种类|文种"
    "|时效性|效力级别|效力等级|施行日期|实施日期|公布日期|法规类别|发布部门|政策文号|效力状况|附件下载"  # a law database's particulars
    "|检索时间|检索关键词|检索日期|采集时间|抓取时间|爬取时间"  # a collector's particulars of when and how a page was fetched
)
# labels that make a field only with their colon (导读：…; 导读 alone above a title is no label of it): a page's lead-in
# summary, a yearbook database's particulars of an excerpt
_COLON_LABELS = "导读|摘要|知识类型|内容出处|唯一号|颗粒名称|分类号|页数|页码"
FIELD_LABEL_WORDS = frozenset((_FIELD_LABELS + "|" + _FIELD_ONLY_LABELS + "|" + _COLON_LABELS).split("|"))
TRAILING_PAGE_DATE = re.compile(
    r"[（(\[【](?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\d{1,2}:\d{2}(?::\d{2})?)?[）)\]】]$"  # (…的通知 ( 2025-01-27 15:30 ))
)
TRAILING_CELL_BAR = re.compile(r"(?<=[^|｜\s])[|｜]$")
# •信息时效期:2029-03-18, - 备注/文号: 将政办〔2022〕13 号: a bulleted label, whatever it is
BULLETED_FIELD = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff]|[/／](?=[\u4e00-\u9fff])){1,11}(?=[:：])")
WEB_FIELD = re.compile(
    r"[•·\-【|｜]{0,2}(?:(?:" + _FIELD_ONLY_LABELS + r")|(?:" + _COLON_LABELS + r")[:：]|(?:" + _FIELD_LABELS + r")(?:[:：]|(?=\S*(?:" + _FIELD_LABELS + r")|$)))"
)
# 文号 遵府办函〔2022〕56号, 标题 市人民政府办公室关于…: a page's label and its value with a space between, no colon
SPACED_FIELD = re.compile(r"(?:文号|发文字号|发文序号|文件编号|标题|名称|发布机构|发文机关|发文单位|发文部门|发文日期|成文日期|发布日期|索引号|主题分类|是否有效)(?=[ \t\u3000]|$)")
# 解读单位: 农业农村局 来源: 市农业农村局 发布日期: 2021年02月19日: a row of a page's labelled fields, whatever the labels
FIELD_ROW = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[:：][ \t]*\S+(?:[ \t]+|$)){2,}")  # (上载日期: 2020-07-22 来源: 市人民政府办公室)
FIELD_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}(?=[:：])")
OFFICE_IN_BRACKETS = re.compile(r"(?<=政府)[（(](办公[室厅])[）)]$")
ALIAS_AFTER = re.compile(r"[（(][^（()）]{2,30}[）)]$")
CONTROL_LABEL = re.compile(r"字体|字号")  # a page's controls, whose label holds no value to wait for
NUMBER_FIELD = re.compile(r"(?:文件编号|政策文号|文号|发文字号|发文序号)[:：|｜]?(?P<number>" + DOC_NUMBER.pattern + ")")
_FIELD_VALUE = r"(?:[:：|｜]|\s)\s*(?P<value>[^|｜\s]+?)(?=(?:" + _FIELD_LABELS + r")[:：|｜]|[|｜\s]|$)"
TITLE_LABELS = ("文件名称", "信息名称", "名称", "标题")
TITLE_FIELD = re.compile(r"(?:^|(?<=[|｜\s]))(?:" + "|".join(TITLE_LABELS) + ")" + _FIELD_VALUE)
TITLE_ROW = re.compile(r"(?:" + "|".join(TITLE_LABELS) + r")\s*[:：|｜]?\s*(?P<value>[^|｜:：]+?)[\s|｜]*")  # the label, then the rest of its row


ISSUER_FIELD = re.compile(
    r"(?:发文机关|发文单位|发文机构|发文部门|发布机构|发布部门|发布单位|发布(?=[:：]))" + _FIELD_VALUE  # (- 发布: / - 满城区农业农村局)
    # 发文机关中共安徽省交通运输厅党组: a law database prints a label and its value with nothing between
    + r"|^(?:发文机关|发布部门)(?P<glued>[^|｜\s:：]{4,40})$"
)
PAGE_CONTROLS = re.compile(r"^(?:(?:放大字体|缩小字体|默认字体|放大|缩小|打印本页|关闭窗口)[ \t\u3000]*)+")
SOURCE_CHANNEL = re.compile(r"(?:微信公众号|微信公眾號|微信号|微信號|公众号|公眾號|官方微博|官方微信|官微)$")
SOURCE_FIELD = re.compile(r"(?:来源|信息来源)" + _FIELD_VALUE)
SUMMARY_FIELD = re.compile(r"(?:内容概述|内容摘要)(?:[:：]|\s*[|｜])\s*(?P<value>[^\s|｜]{6,80})\s*(?:[|｜][|｜\s]*)?$")  # (| 内容概述 | … | of a page's table)
TOWNSHIP_ISSUER = re.compile(r"[\u4e00-\u9fff]{1,8}[区县市旗][\u4e00-\u9fff]{1,6}(?:街道|镇|乡)")  # with its county: 博山区城东街道
GOVERNMENT_OFFICE = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室)?$|行政公署(?:办公室)?$")
DATE_FIELD = re.compile(r"(?:成文日期|发文日期|印发日期)[:：|｜]?" + _YMD)


def _read_fields(head: Head, text: str, spaced: str = "") -> None:
    """The own number and the date of writing a web page's particulars give (squeezed ``text``);
    the title and the issuer, from the line as written (``spaced``: a table's cells lose their |)."""
    number = NUMBER_FIELD.search(text)
    if number and head.field_number is None:
        head.field_number = number["number"]
    head.field_date = head.field_date or _day(DATE_FIELD.search(text))
    row = TITLE_ROW.fullmatch(spaced.strip())
    if head.field_title is None and row and _title_complete(squeeze(row["value"])):
        head.field_title = squeeze(row["value"])  # 名称 | 黔东南州…三年行动 工作方案(2023—2025年) |: a title with a space in it
    if head.field_title is None and (title := TITLE_FIELD.search(text) or TITLE_FIELD.search(spaced)):
        head.field_title = title["value"]
    summary = SUMMARY_FIELD.search(text)  # 内容概述：…关于印发…的通知: the page's summary is the notice's heading
    if head.field_title is None and summary and summary["value"].endswith(("通知", *PLAN_WORDS)) and "关于" in summary["value"]:
        head.field_title = summary["value"]
    issuer = ISSUER_FIELD.search(text) or ISSUER_FIELD.search(spaced)
    # 来源：伊犁哈萨克自治州人民政府办公厅 (a government's, not a newspaper's); 来源:区农业农村局 2021-12-27: the name as spaced
    source = SOURCE_FIELD.search(text)
    if spaced and not (source and is_org(source["value"])):
        source = SOURCE_FIELD.search(spaced) or source
    # (来源 :转发西双版纳州人民政府, 來源:晉江市市場監督管理局微信號: the body whose document or account it is)
    source_value = SOURCE_CHANNEL.sub("", re.sub(r"^(?:转发|转载|转自|轉發|轉載)", "", source["value"])) if source else ""
    # 杭州市农业农村局(杭州市乡村振兴局): its other name; 泾县人民政府(办公室): the government's office
    named = ALIAS_AFTER.sub("", OFFICE_IN_BRACKETS.sub(r"\1", issuer["value"] or issuer["glued"])) if issuer else ""
    if head.field_issuer is None and issuer and (is_org(named) or TOWNSHIP_ISSUER.fullmatch(named)):
        head.field_issuer = named  # (发布机构: | 博山区城东街道 |: a township a field names as the body that published it)
    elif head.field_issuer is None and source and (GOVERNMENT_OFFICE.search(source_value) or _local_body(source_value)) and not rules()["news_desk"].search(source_value):
        head.field_issuer = source_value  # 文章来源：灵璧县卫生健康委员会 (a body of a named place, not a newspaper)
    head.web_date = head.web_date or _day(WEB_DATE.search(text)) or _day(SOURCE_THEN_STAMP.search(spaced))
    head.source_day = head.source_day or _day(SOURCE_THEN_DAY.search(spaced))


# 来源:区农业农村局   2021-12-27 15:48: who published the page, then when (a time of day makes it the page's stamp)
SOURCE_THEN_STAMP = re.compile(r"(?:来源|信息来源|文章来源)[:：]\s*\S+\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s+\d{1,2}:\d{2}")
# 来源:乡村振兴局   2022-10-21 at the line's end: the page's stamp too, but a 发布时间 field anywhere on the page
# comes first (a reprint's 来源 line may carry the original's date)
SOURCE_THEN_DAY = re.compile(r"(?:来源|信息来源|文章来源)[:：]\s*\S+\s+(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})[ \t\u3000]*$")


def _local_body(name: str) -> bool:
    """A body named with its county or city (灵璧县卫生健康委员会), or its level alone (市水利局), as a government's
    departments are."""
    placed = re.match(r"[\u4e00-\u9fff]{1,8}?[县市区旗州]", name)
    if not placed:  # (县信息中心, 县大数据中心: a level's centre may run the site; a bureau issues)
        return (
            is_org(name) and bool(re.match(r"[县市区旗州]", name)) and not name.startswith(NOT_LEVEL_PREFIXES)  # (市场监管局: no level)
            and name.endswith(LOCAL_BODY_ENDINGS) and not name.endswith("中心")
        )
    return is_org(name) and name.endswith(LOCAL_BODY_ENDINGS)


LOCAL_BODY_ENDINGS = ("委员会", "局", "委", "办公室", "厅", "中心")


def _day(match: re.Match[str] | None) -> tuple[dt.date, str] | None:
    """The date to the day a match's ``y``, ``m`` and ``d`` give; None for none or no real date (2021-13-45)."""
    try:
        return (dt.date(int(match["y"]), int(match["m"]), int(match["d"])), "day") if match else None
    except ValueError:
        return None


def _close_block(head: Head, block: list[str]) -> None:
    """A block of heading lines ends: lines of organisations alone are the issuer banner, else a heading."""
    if block and all(map(is_org, block)):
        head.banner.extend(o for line in block for o in split_orgs(line))
    elif block:
        head.headings.append("".join(block))


MIN_EXCLAIMED_TITLE = 12  # characters of a headline an exclamation ends (新春第一会！ is a kicker above one)


def _title_complete(text: str, after_signature: bool = False) -> bool:
    """A heading that ends as a title does: 方案, 意见, 通知, （试行）, （2021—2025年）."""
    text = re.sub(r"[（(][^（()）]{1,16}[)）]$|[》〉]$", "", text)
    dated = text.endswith(DATED_PLAN_WORDS) and bool(re.search(r"(?:19|20)\d{2}年", text))  # (2024年…工作思路; not 工作思路, a column)
    return text.endswith(PLAN_WORDS) or dated or (not after_signature and text.endswith(REPORT_WORDS))


BODY_OPENERS = ("为", "根据", "按照", "依据", "近日", "近年来", "现将", "经", "当前", "随着", "今年", "我省", "我市", "我区", "我国")


def _headline_then_title(text: str, spaced: str) -> tuple[str, str] | None:
    """(headline, title) of a line that prints a report's headline, a space, and the document's title: the
    headline ends where a space follows a REPORTED_HEADLINE and what is left of ``text`` ends as a title."""
    squeezed_before = 0
    for word in spaced.split()[:-1]:
        squeezed_before += len(re.sub(r"\s", "", word))
        headline, rest = text[:squeezed_before], text[squeezed_before:]
        if REPORTED_HEADLINE.fullmatch(headline) and _title_complete(rest):
            return headline, rest
    return None


def _wrapped_title_start(text: str, ahead: str) -> bool:
    """``text`` opens a title that its next lines finish (东乌珠穆沁旗国民经济和社会发展 / 第十四个五年规划和…
    / 远景目标纲要): no sentence's punctuation, and the lines joined end as a title does."""
    return not text.startswith(BODY_OPENERS) and not re.search(r"[，,。；;：:]", ahead) and _title_complete(ahead)


def _is_heading_start(text: str) -> bool:
    """A line that can open a (second) heading block rather than the body: another title, a notice."""
    if text.startswith(BODY_OPENERS):
        return False
    return _title_complete(text) or bool(re.search(r"关于|印发|文件$", text))


# -- title, notice and issuers --------------------------------------------------------------
@dataclass
class Heading:
    title: str
    notice_title: str | None = None
    issuers: list[str] = field(default_factory=list)


QUOTED_INSIDE = re.compile(r"(?![及和与等])[\u4e00-\u9fff]{4}")  # words after a quote that go on with the title


HEADING_TAG = re.compile(r"^【[^【】]{2,30}】(?=\S.*(?:关于|通知|方案|计划|意见|要点|办法))")


def read_heading(text: str) -> Heading:
    """A heading's title, notice title and issuers.

    ``国务院关于印发2030年前碳达峰行动方案的通知`` is a notice issuing the plan
    ``2030年前碳达峰行动方案``, by 国务院; ``湖南省人民政府办公厅关于科学绿化的实施意见`` is a
    title with its issuer in front.
    """
    text = HEADING_TAG.sub("", text.strip())  # 【市政府重点工作及责任分解】滁州市人民政府关于…: a page's column, no part of the title
    if text.startswith("《") and text.endswith("》") and text.count("《") == 1:
        text = text[1:-1]  # 《成都市人民政府办公厅关于印发…的通知》: a page quoting the heading whole
    notice = rules()["notice"].fullmatch(text)
    if notice and notice["verb"] == "下达" and not _title_complete(re.sub(r"[》〉]$", "", notice["what"])):
        notice = None  # 关于分解下达2019年度能源消耗强度目标的通知: targets handed down, the notice's own content, no document
    if notice and "征求" in notice["verb"] and not re.match(r"[《〈]", notice["what"]):
        notice = None  # 关于征求意见的通知: a request, no document carried (关于公开征求《X》意见的通知 carries X)
    if notice and "征求" in notice["verb"]:  # 《X》意见建议, 《X》修改意见: what is asked of X, no part of its title
        what = re.sub(r"(?<=[》〉])(?:的)?(?:修改|有关)?意见(?:和?建议)?$", "", notice["what"])
        return Heading(re.sub(r"^[《〈]|[》〉]$", "", what).strip(), text, split_orgs(notice["issuer"]) if notice["issuer"] else [])
    if notice and notice["noun"] in ("通知", "函") and notice["what"]:
        what = notice["what"]
        # (《落实〈政府工作报告〉重点工作分工的意见》: a title quoting another inside 〈〉)
        nested = NESTED_QUOTE.match(what, what.find("《")) if "《" in what else None  # (the first title quoted, not a later one)
        quoted = nested or re.search(r"[《〈<](?P<t>.+?)(?:[》〉>]|[）)](?=$|及|和))", what)
        # 印发2023年区《政府工作报告》确定的…分解方案的通知: a document quoted inside the title, not the title
        inside = quoted and QUOTED_INSIDE.match(what, quoted.end())
        title = quoted["t"] if quoted and not inside else what
        issuers = split_orgs(notice["issuer"]) if notice["issuer"] else []
        return Heading(title.strip(), text, issuers)
    news = re.fullmatch(r"(?P<issuer>.{2,30}?)(?:印发|发布|出台)[《〈](?P<t>.+)[》〉]", text)
    if news:
        return Heading(news["t"], None, split_orgs(news["issuer"]))
    about = re.match(r"(?P<issuer>.{2,60}?)关于", text)
    issuers = split_orgs(about["issuer"]) if about else []
    return Heading(text, None, issuers)


NESTED_QUOTE = re.compile(r"《(?P<t>(?:[^《》〈〉]|〈[^〈〉《》]*〉)*〈[^〈〉《》]*〉(?:[^《》〈〉]|〈[^〈〉《》]*〉)*)》")  # 《…〈…〉…》
AFTER_SIGNATURE_LINES = 40  # how far into a notice its signature is looked for


def _dropped_from(short: str, long: str) -> bool:
    """``short`` is ``long`` with characters a page lost (二三五年 for 二〇三五年)."""
    if len(short) >= len(long) or (long.startswith(short) and long[len(short)] in "和及与、"):
        return False  # (A和B: a notice that issues two documents, the first of them named alone)
    rest = iter(long)
    return all(char in rest for char in short)


def _news_report(pattern: re.Pattern[str], leads: tuple[str, ...]) -> re.Match[str] | None:
    """The first report of a document in ``leads`` whose bodies are bodies: not a summary cut before its
    notice's 的通知 (…住房和城乡建设局发布关于印发《X》的 / …发布关于印发《X》的通知: the second)."""
    first = None
    for lead in leads:
        for match in pattern.finditer(lead):
            if "关于" not in (match["orgs"] or ""):
                return match
            first = first or match
    return first  # (近日，…办公室关于印发《X》的通知正式印发: the only report there is)


def _reprinted_notice(lines: list[Line], start: int, title: str | None) -> Heading | None:
    """The notice a news page prints after its report, on a line of its own (乐山市人民政府关于印发乐山市碳达峰实施方案的通知),
    issuing the plan the report names (``title``; None: the plan a line above it quotes, 乐山市人民政府印发《X》): its
    heading. Not a numbered line (1.国务院关于印发…的通知, a list of what a plan rests on), nor a notice forwarding the plan."""
    quoted = {squeeze(t) for line in lines[:start] for t in QUOTED_TITLE.findall(line.text)}  # the titles quoted so far
    for line in lines[start : start + HEAD_LINES]:
        text = line.text.strip()
        if "关于印发" in text and text.endswith(("通知", "函")) and len(text) <= 3 * TITLE_LINE_CHARS and not re.search(r"[。，,：:]", text):
            heading = read_heading(text)
            named = squeeze(heading.title) == squeeze(title) if title is not None else squeeze(heading.title) in quoted
            if heading.notice_title and not re.match(r"[\d（(一二三四五六七八九十]", text) and named:
                return heading
        quoted.update(squeeze(t) for t in QUOTED_TITLE.findall(line.text))
    return None


# (此件公开发布) and a page's number (— 2 —) between a signature and the plan's title on a page printed on one line
SIGNATURE_ASIDES = re.compile(r"^(?:[（(]此件[^）)]{0,12}[）)]|[—－-]\d{1,3}[—－-])+")


YEAR_BEFORE = re.compile(r"(?P<year>(?:19|20)\d{2})年$")


def _reported_day(report: re.Match[str], published: dt.date | None) -> tuple[dt.date, str] | None:
    """The day a news report opens with (2023年5月11日，…; 10月20日，… in the year of the page that printed it
    on ``published``, the year before when the day comes after it)."""
    opening = MONTH_DAY.match(report.string, report.start())
    if not opening:
        return None
    month, day = int(opening["month"]), int(opening["day"])
    stated = YEAR_BEFORE.search(report.string, max(0, report.start() - 5), report.start())
    if stated:
        year = int(stated["year"])
    elif published:
        year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    else:
        return None
    try:
        return dt.date(year, month, day), "day"
    except ValueError:
        return None


def _reported_orgs(orgs: str, lexicon: Lexicon) -> list[str]:
    """The bodies a news report names before its verb: all of ``orgs``, else the part from the first place on
    (我国最大的产茶省份之一云南省政府: 云南省政府)."""
    orgs = re.sub(r"联合|会同", "、", orgs)
    if places_at_start(orgs, lexicon)[0] == orgs:
        return [body for body in [_reported_body(orgs, lexicon)] if body]  # 湖南耒阳市发布《…》: a place alone, its government
    # (names alone, 人民银行杭州中心支行、浙江银保监局: as they are; 我国最大的产茶省份之一云南省政府: from its place on)
    opens = places_at_start(orgs, lexicon)[1] or orgs.startswith(("中共", "国家", "国务院", "省", "市", "县", "区", "自治区"))
    found = split_orgs(orgs) if opens or not re.search(r"[^\u4e00-\u9fff、]|之一|的", orgs) else []
    for at in range(1, len(orgs) - 2):
        if found:
            break
        if places_at_start(orgs[at:], lexicon)[1] and re.fullmatch(r"[\u4e00-\u9fff、]+", orgs[at:]):  # (not 昆明12月1日电(记者…)
            found = split_orgs(orgs[at:])
    return [body for body in (_reported_body(org, lexicon) for org in found) if body]


def _reported_body(org: str, lexicon: Lexicon) -> str | None:
    """A body as a report names it: 江西景德镇市人民政府 is 景德镇市人民政府 (the province, short, before its city);
    湖南耒阳市 (发布《…》) alone, the city's government."""
    matched, places = places_at_start(org, lexicon)
    if not places:
        return org
    deepest = next((n for n in (p.name for p in places) if matched.endswith(n)), None)
    parent = matched[: -len(deepest)] if deepest else ""
    named, provinces = places_at_start(parent, lexicon) if parent and not parent.endswith(("省", "自治区", "市")) else ("", [])
    if provinces and named == parent and provinces[0].rank is AdminLevel.PROVINCE:
        org, matched = org[len(parent) :], deepest  # 山西吕梁市人民政府: the province's short name, then its city's body
    if org == matched:  # 湖南耒阳市发布《…》: a city or county alone, its government (深圳 is 深圳市; a province alone, no body)
        return places[0].name + "人民政府" if len(places) == 1 and places[0].rank in (AdminLevel.PREFECTURE, AdminLevel.COUNTY) else None
    return org


def _delivering_government(org: str, title: str) -> list[str]:
    """The government a work report's speaker represents (我代表X人民政府向大会报告工作): named whole, or by
    its level alone (镇人民政府, 自治县人民政府, 上届县人民政府) and then the place the title opens with at that
    level (棉竹镇2023年政府工作报告); none where the title names no such place."""
    level = re.sub(r"^(?:上届|本届|这届|新一届|第?[一二三四五六七八九十]+届)", "", org[: -len("人民政府")])  # (我代表上届县人民政府, 十八届县人民政府)
    if level not in SPEAKER_LEVELS:
        return [org] if level and level == org[: -len("人民政府")] else []
    place = re.match(rf"[\u4e00-\u9fff]{{1,16}}?{level}", LEADING_YEAR.sub("", title))  # (2024年夏县政府工作报告)
    return [place.group() + "人民政府"] if place and len(place.group()) > len(level) else []


def _heading_after_signature(lines: list[Line], start: int) -> str | None:
    """The heading a notice prints after its signature's date (the plan it issues), if it ends as a title does."""
    for index in range(start, min(len(lines), start + AFTER_SIGNATURE_LINES)):
        opening = DATE.match(lines[index].text)  # 2021年11月22日, whatever a page prints after it
        if not (read_date(lines[index].text) or (opening and opening["d"])):
            continue
        block = ""
        following = lines[index + 1 : index + 7]
        for at, line in enumerate(following[:5]):
            if re.fullmatch(r"[（(]此件[^）)]*[）)]|[?？]+", line.text) or EDITOR_NOTE.fullmatch(line.text):
                continue  # （此件公开发布）, (本文有删减)
            if not _is_heading(line) or SECTION_START.match(line.text):
                break
            block += line.text
            if _title_complete(block, after_signature=True):  # an attached 目标分解表 is no plan the notice issues
                after = following[at + 1].text.strip() if at + 1 < len(following) else ""
                # （2018—2020年） on its own line; not （共118项）, a count of the items below
                return block + after if re.fullmatch(r"[（(](?!共|合计|总计)[^（）()]{1,16}[）)]", after) else block
        return None
    return None


ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[：:]\s*(?:1\s*[.．、]\s*)?(?P<t>[^\n]{4,80}?)\s*$", re.M)


def _first_attachment(body: str) -> str | None:
    """The first document a notice's list of attachments names, if it ends as a title does."""
    match = ATTACHMENT_LIST.search(body)
    return squeeze(match["t"]) if match and _title_complete(squeeze(match["t"])) else None


TITLE_THEN_SITE = re.compile(r"(?P<title>.{6,}?)[-_｜|—–]+[^-_｜|—–]{2,30}$")  # …应急预案-湘西高新技术产业开发区


def _dedupe_headings(headings: list[str]) -> list[str]:
    seen: list[str] = []
    for at, heading in enumerate(headings):
        half = len(heading) // 2
        if len(heading) % 2 == 0 and half >= 4 and heading[:half] == heading[half:]:
            heading = heading[:half]  # a web page's title above the same title in the document
        suffixed = TITLE_THEN_SITE.fullmatch(heading)
        if suffixed and suffixed["title"] in headings[at + 1 :]:
            heading = suffixed["title"]  # …应急预案-湘西高新技术产业开发区 above …应急预案: the page's title, the site's name after it
        key = re.sub(r"[()（）]", "", heading)
        if not any(key == re.sub(r"[()（）]", "", s) for s in seen):
            seen.append(heading)
    return seen


APPROVED_THEN_ISSUED = r"已经[^。，,]{2,40}(?:同意|通过|批准|审定)[，,]\s*现(?:予以|予)?(?:印发|下达|下发|发布|转发)"  # 《X》已经区人大…批准，现予下达


# a notice's body that opens by issuing: 经市政府同意,现将X印发给你们 (经研究, 经市政府第52次常务会议审议通过)
ISSUING_OPENING = re.compile(r"(?:经(?:研究|[^。，,]{2,30}?(?:同意|通过|批准))[，,])?现将")


def _issuing_opening(text: str) -> str:
    """The head of a page cut above its notice's issuing sentence (经市政府同意,现将X印发给你们: the notice's text, no
    addressees before it), or ''; not one that forwards another's notice (现将《…的通知》转发给你们: no title of this page)."""
    opening = text.lstrip()[:HEAD_CHARS]
    sentence = squeeze(opening).split("。", 1)[0]
    issuing = ISSUING_OPENING.match(sentence) and "印发" in sentence and "转发" not in sentence
    return opening if issuing else ""


def _issued_title(body: str) -> str | None:
    """``现将《X》印发给你们``, ``《X》已经省政府同意，现印发你们`` in a notice's text names the plan it issues."""
    # (现将《A》《B》《C》印发给你们: several documents issued together, the first the plan's)
    match = re.search(
        r"(?:现将|将|现)\s*[《〈](?P<t>[^》〉]{2,120})[》〉](?:\s*[和、及与]?\s*[《〈][^《〈》〉\n]{2,120}[》〉])*\s*"
        r"(?:[（(]以下简称[^）)]{1,16}[）)]\s*)?(?:印发|发布|转发|予以公布|公布|下达|下发)", body)
    # (the opening 《 lost by a page: 应县…实施方案》已经县人民政府同意)
    match = match or re.search(r"(?:^|[：:])\s*[《〈]?(?P<t>[^《〈》〉\n]{2,120})[》〉]\s*" + APPROVED_THEN_ISSUED, body, re.M)
    # 《A》和《B》(or 《A》《B》)已经市政府同意，现印发给你们: two documents issued together, the first the plan's
    match = match or re.search(r"(?:^|[：:])\s*[《〈](?P<t>[^《〈》〉\n]{2,120})[》〉](?:\s*(?:[和、及与]\s*)?[《〈][^《〈》〉\n]{2,120}[》〉])+\s*" + APPROVED_THEN_ISSUED, body, re.M)
    # 区发展改革委《X》已经区政府审核通过，现转发给你们: the body that drafted it before the quoted title
    match = match or re.search(r"[《〈](?P<t>[^《〈》〉\n]{2,120})[》〉]\s*" + APPROVED_THEN_ISSUED, body)
    # 县政府研究确定了《X》，现印发给你们: the title closes the sentence's clause that the issuing one follows
    # (研究制定了《X》，经局领导同意，现印发给你们: who agreed, between)
    match = match or re.search(r"[《〈](?P<t>[^》〉]{2,120})[》〉]\s*[，,]\s*(?:经[^。，,《]{2,20}(?:同意|研究|审定|通过)[，,]\s*)?现(?:予以|予)?印发(?:给)?你们", body)
    # 各市人民政府: 2015年浙江省国民经济和社会发展计划已经省十二届人大三次会议审议批准,现印发给你们: no guillemets
    match = match or re.search(r"(?:^|[：:])\s*(?P<t>[^《》〈〉，,。；;：:\n]{4,60}?(?:" + "|".join(PLAN_WORDS) + r"))\s*" + APPROVED_THEN_ISSUED, body, re.M)
    # 现将2023年浙江省卫生健康工作要点印发给你们: no guillemets, a title's ending before 印发
    # (现将相关分解落实方案印发给你们: a reference to what is attached, no title)
    match = match or re.search(r"现将(?!相关|有关|上述|该|此|本)(?P<t>[^，,。；;《》〈〉\n]{4,80}?(?:" + "|".join(PLAN_WORDS) + r"))(?:[（(][^）)]{1,16}[）)])?\s*印发(?:给)?你们", body)
    return squeeze(match["t"]) if match else None


# -- the signature ----------------------------------------------------------------------------
RUN_IN_SIGNATURE = re.compile(
    r"[。！.][ \t\u3000]*\n?[ \t\u3000]*(?<=[ \t\u3000\n。！.])(?P<org>[\u4e00-\u9fff（）()]{4,40}?(?:人民政府|政府|办公室|办公厅|委员会|管委会|局|厅))[ \t\u3000]*"
    r"(?P<date>(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日)(?![ \t\u3000]*(?:前|后|起|至|到|以前|—|-|召开|印发|发布|出台|举行|在|，|,))"
)
ADDRESSEES_RUN_ON = re.compile(r"(?P<to>各[^：:。；]{2,80}?[：:])\s*(?=[《〈]|现将|经)")
ORG_THEN_DATE = re.compile(r"(?P<org>[^\s\d].{1,60}?)[ \t\u3000]+(?P<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")


def read_signature(lines: list[Line], start: int, stop: int, published: dt.date | None = None) -> tuple[list[str], tuple[dt.date, str] | None]:
    """Issuers and date of the first signature block in ``lines[start:stop]``.

    A signature is a date on a line of its own, with the issuing bodies on the lines just
    above it (one per line, or several on one line); a notice signed with a date alone
    (issuer in its heading) gives the date.
    """
    for index in range(start, min(stop, len(lines))):
        date = read_date(lines[index].text, published)
        signed_beside: list[str] = []  # 寿光市人民政府 2024年9月13日: a page put the body and the date on one line
        if not date:
            glued = ORG_THEN_DATE.fullmatch(lines[index].spaced.strip())
            signed_beside = split_orgs(glued["org"]) if glued else []
            date = read_date(glued["date"]) if signed_beside else None
            if not date:
                continue
        groups: list[tuple[str, list[str]]] = []  # (line, its bodies), top line first
        back = index - 1
        if back > start and STAMP_NOTE.fullmatch(lines[back].text):
            back -= 1  # 江门市就业工作领导小组办公室 / （代章） / 2023年6月: a note where the seal goes
        while back >= start and index - back <= SIGNATURE_LINES:
            found = split_orgs(lines[back].spaced)
            if not found and groups and (joined := _broken_name(lines[back].spaced, groups[0][0])):
                found, groups = joined, groups[1:]  # a long name broken over two lines: 中国共产主义青年团 / 福建省委员会…
            if not found:
                break
            groups.insert(0, (lines[back].spaced, found))
            back -= 1
        return [org for _, found in groups for org in found] + signed_beside, date
    return [], None


STAMP_NOTE = re.compile(r"[（(](?:代章|盖章|印章|签章|公章)[）)]")


def _broken_name(upper: str, lower: str) -> list[str]:
    """The bodies of two signature lines read as one when the upper is the start of a name the
    lower ends (中国共产主义青年团 / 福建省委员会福建省妇女联合会); [] otherwise."""
    upper = upper.strip()
    if not 4 <= len(upper) <= 20 or re.search(r"[\s，。；：、（）()《》.,;:]", upper) or not (upper.startswith("中国") or GLUE_START.match(upper)):
        return []  # not 及申报要求 (the end of an attachment's name) above a signature
    joined = split_orgs(upper + lower.strip())
    return joined if joined and len(joined[0]) > len(upper) else []


CONGRESS_ADOPTED = re.compile(
    r"[（(]\d{4}年\d{1,2}月\d{1,2}日经?(?P<place>[\u4e00-\u9fff]{0,12}?)(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会)"
    r"(?P<standing>常委会|常务委员会)?(?:第[一二三四五六七八九十]+次(?:全体)?会议)?(?:审议)?(?:批准|通过)"
)
# ——2019年1月5日在恩施市第八届人民代表大会第四次会议上: the day and the congress a government's work report was delivered to
# (the line wrapped before 人民代表大会; or no date in it, the day on a line of its own below: （2025年1月6日）)
DELIVERED_AT = re.compile(
    r"^[ \t\u3000]*[—－-]{1,2}[ \t\u3000]*(?:(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[ \t\u3000]*)?在(?P<place>[\u4e00-\u9fff]{1,12}?)"
    r"(?:第?[一二三四五六七八九十\d]+届)?\s{0,4}(?:人大|人民代表大会)\s{0,4}(?:第?[一二三四五六七八九十\d]+次(?:全体)?会议)?\s{0,2}上", re.M
)
DAY_BELOW = re.compile(r"(?:[^\n]{0,40}\n){1,2}?[ \t\u3000]*[（(](?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)[）)][ \t\u3000]*$", re.M)
# 现在，我代表孙庙乡人民政府向大会作工作报告 / 我代表镇人民政府，向大会报告工作: who delivers a work report
SPEAKER_LEVELS = ("省", "自治区", "市", "自治州", "州", "盟", "地区", "县", "自治县", "旗", "自治旗", "区", "镇", "乡", "民族乡", "苏木")
# (a news report of the session: 市长黄炳昊代表市人民政府向大会作政府工作报告)
DELIVERED_BY = re.compile(r"(?<![大位])代表(?P<org>(?:(?!代表)[\u4e00-\u9fff]){0,20}?)(?:人民)?政府[，,]?向(?:大会|各位代表)")
ADOPTED_BY = re.compile(r"由(?P<org>[\u4e00-\u9fff]{2,30}?)(?:部务|委务|局务|厅务|常务|办公)会议(?:[^。，,]{0,12})?审议通过")
# a line that is a date to the day (2022 年 1 月 28 日): where a signature may close a notice
DATE_LINE = re.compile(r"^[ \t\u3000（(]*(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月[ \t\u3000]*\d{1,2}[ \t\u3000]*日[ \t\u3000）)]*$", re.M)
SIGNATURE_WINDOW = 1200  # characters read before such a line: the bodies above it
SIGNATURE_FOLLOWERS = ("（此件", "(此件", "附件", "抄送", "（联系人", "(联系人")
COLOPHON = re.compile(r"(?P<org>[\u4e00-\u9fff（）()]{4,40}?)?(?P<date>(?:19|20)\d{2}年\d{1,2}月\d{1,2}日)印发")


def read_closing_signature(text: str, begin: int = 0) -> tuple[list[str], tuple[dt.date, str] | None]:
    """The signature of a notice with sections of its own, anywhere in the text: bodies above a
    date to the day, closed by what only follows a signature (（此件主动公开）, 附件, 抄送) or by the
    end of the text; a task table's unit above its deadline is no signature. Only the lines around
    a line that is a date are read, so the cost stays that of one scan."""
    for match in DATE_LINE.finditer(text, begin):
        window_start = max(begin, match.start() - SIGNATURE_WINDOW)
        lines = lines_of(text[window_start : match.end() + SIGNATURE_WINDOW // 4], window_start)
        index = next((i for i, line in enumerate(lines) if line.start >= match.start()), None)
        if index is None:
            continue
        date = read_date(lines[index].text)
        if not date or date[1] != "day":
            continue
        after = lines[index + 1].text if index + 1 < len(lines) else ""
        if after and not after.startswith(SIGNATURE_FOLLOWERS):
            continue
        orgs, _ = read_signature(lines, max(0, index - SIGNATURE_LINES), index + 1)
        if orgs:
            return orgs, date
    return [], None


def read_late_banner(lines: list[Line], start: int, headings: tuple[str, ...] = ()) -> tuple[list[str], str | None]:
    """A banner (…文件) and the number under it, printed after the first paragraph of page one
    (江 苏 省 财 政 厅 文件 / 苏科资发〔2022〕32号): the bodies and the number, or a number under the
    page's own heading printed again (关于印发…的通知 / 济长政办字〔2021〕3号; not a forwarded notice's
    heading and number below the signature); nothing else is taken
    for the document's own number so late."""
    for index in range(max(1, start), min(len(lines), start + HEAD_LINES)):
        if not DOC_NUMBER.fullmatch(lines[index].text):
            continue
        if not lines[index - 1].text.endswith("文件"):
            heading = lines[index - 1].text
            if heading.endswith(("通知", "函")) and (heading.startswith("关于") or heading in headings) and any(h.endswith(heading) for h in headings):
                return [], lines[index].text  # a page's own head under its particulars: 关于印发…的通知 / 济长政办字〔2021〕3号
            continue
        orgs: list[str] = []
        for back in range(index - 1, max(-1, index - 1 - SIGNATURE_LINES), -1):
            found = split_orgs(lines[back].spaced if back != index - 1 else re.sub(r"文\s*件$", "", lines[back].spaced))
            if not found:
                break
            orgs = found + orgs
        return orgs, lines[index].text
    return [], None


def read_colophon(lines: list[Line]) -> tuple[str, tuple[dt.date, str]] | None:
    """The last 某某办公室 2022年1月14日印发 of the text's end: the printing office and the date."""
    for index in range(len(lines) - 1, -1, -1):
        match = COLOPHON.fullmatch(lines[index].text)
        org = match and (match["org"] or (lines[index - 1].text if index else ""))  # the office may stand on the line above
        if match and is_org(org):
            date = read_date(match["date"])
            if date:
                return org, date
    return None


# -- places -----------------------------------------------------------------------------------
def _national(name: str) -> bool:
    name = squeeze(name)
    return any(name.startswith(body) for body in rules()["national_bodies"])


def _counts_as_evidence(name: str) -> bool:
    return not any(word in name for word in rules()["not_place_evidence"])


def issuer_evidence(issuers: list[str], lexicon: Lexicon) -> list[Evidence]:
    """Places the issuing bodies name (a national body: China; ``省人民政府``: a level alone)."""
    evidence = []
    for issuer in issuers:
        if not _counts_as_evidence(issuer):
            continue
        name = re.sub(r"^中共|^中国共产党", "", issuer)
        township = township_after(name, lexicon)
        places = [township] if township else places_at_start(name, lexicon)[1]
        if places:
            evidence.append(Evidence("issuer", issuer, places))
        elif _national(issuer):
            evidence.append(Evidence("issuer", issuer, [], AdminLevel.NATIONAL))
        elif TOWNSHIP_GOVERNMENT.fullmatch(name):  # 马兰屯镇人民政府, 香山街道办事处: a township's, its county named elsewhere
            evidence.append(Evidence("township issuer", issuer, []))
        else:
            level = _level_of_prefix(name)
            if level:
                evidence.append(Evidence("issuer", issuer, [], level))
    return evidence


TOWNSHIP_GOVERNMENT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:(?:镇|乡|苏木)(?:人民政府|政府)|街道(?:办事处|办))")


def _level_of_prefix(name: str) -> AdminLevel | None:
    if name.startswith(("省", "自治区")):
        return AdminLevel.PROVINCE
    if name.startswith(("州", "盟")):
        return AdminLevel.PREFECTURE
    if name.startswith(("县", "旗", "区")):  # 区发改局: a district's (自治区 is read above)
        return AdminLevel.COUNTY
    return None


MIN_TITLE_AFTER_PLACE = 6
SIGNED_TITLE_OPENING = 6  # characters of the plan's title that must follow a signature run into a line
NOT_AFTER_SHORT_COUNTY = tuple("级域城乡内外区直")  # 牵涉县级, 沛县域, 和县直: 县 opens a word of its own
BEFORE_SHORT_COUNTY = "在对于至到从与、"  # a word before a county's name (在涉县): any other character may make it a word's end
LEADING_YEAR = re.compile(r"^(?:19|20)\d{2}年度?")
LEADING_BRACKETED_PLACE = re.compile(r"^[（(](?P<place>[\u4e00-\u9fff]{2,8}?(?:省|自治区|市))[）)]")


def title_evidence(title: str | None, lexicon: Lexicon) -> list[Evidence]:
    """A place the title starts with (深圳碳普惠…, 黑龙江关于…), else one it names in full (关于深入打好北京市…)."""
    if not title:
        return []
    text = re.sub(r"^(?:中共|关于|[“\"]?十[四五三]五[”\"]?)", "", squeeze(title))
    text = LEADING_YEAR.sub("", text)  # 2024年夏县政府工作报告: the year, then the place the title opens with
    text = LEADING_BRACKETED_PLACE.sub(r"\g<place>", text)  # (河北省)衡水市冀州区…: a site's path of places, read as one
    name, places = places_at_start(text, lexicon)
    if places:
        # 温州湾新区、龙湾区推动…: a place listed next that lies within the first is the title's own, the deeper
        listed = re.match(r"[^、，,。]{0,8}?、", text[len(name) :])
        if listed:
            after = len(name) + listed.end()
            found = longest_place_at(text, after, lexicon, short=False)
            if found and len(found[0]) >= 3:
                within = [q for q in (lexicon.current(p) for p in found[1]) if any(lexicon.is_within(q.code, p.code) for p in places)]
                if len(within) == 1:
                    return [Evidence("title", title, within)]
        return [Evidence("title", title, places)]
    zone = _stem_zone(text, lexicon)
    if zone:  # (weighed in decide_place: only where the text or the file's name names that county too)
        return [Evidence("title zone", title, zone)]
    for position in range(len(text)):
        found = longest_place_at(text, position, lexicon, short=False)
        if not found:  # 健康鲅鱼圈行动实施方案: a district or county named by its stem of three characters or more
            found = _county_stem_at(text, position, lexicon)
        if found and len(found[0]) >= 3:
            if re.search(r"(?:学习|推广|借鉴|对口|支援|帮扶|援助|协作|支持)[^，。]{0,6}$", text[:position]):
                return []  # 关于学习推广浙江省…经验: another place, the topic
            current = {q.code: q for q in (lexicon.current(p) for p in found[1])}  # (新昌县 332323, former, is 330624 now: one place)
            return [Evidence("title", title, list(current.values()))]
    if township_in(CHINA, text, followed=False):
        return [Evidence("title township", title, [])]  # 镇安镇…实施方案: a township's, its county found elsewhere
    return []


# a zone after a county's two characters (嘉鱼经济开发区): the county named so, not a word (平安乡村, 新建学校, 富民产业)
ZONE_AFTER_STEM = tuple(rules()["zone_words"])


# (not 示范区, 合作区, 园区, 新区: 平安示范区, 城市新区 are no zone of 平安区 or any county)
STEM_ZONE_WORDS = tuple(word for word in ZONE_AFTER_STEM if len(word) >= 3 and word not in rules()["zone_words_not_after_stem"])


def _stem_zone(title: str, lexicon: Lexicon) -> list[Jurisdiction]:
    """The zone a title opens with, named after its county's two characters (舒城经济开发区2021年政府工作计划:
    舒城经济开发区 within 舒城县), where one county has those characters; else none. Weak alone (城北工业园区,
    东湖高新区 name zones of many places): decide_place takes it only where the county is named elsewhere too."""
    counties = _county_stems(lexicon).get(title[:2], [])
    word = next((w for w in STEM_ZONE_WORDS if title.startswith(w, 2)), None)
    if len(counties) != 1 or word is None:
        return []
    return zone_within(title[:2] + word, counties[0], lexicon)


def _county_stems(lexicon: Lexicon) -> dict[str, list[Jurisdiction]]:
    """Current counties and districts of three characters by their first two (嘉鱼 of 嘉鱼县), computed once a lexicon."""
    stems = lexicon.__dict__.get("_county_stems")
    if stems is None:
        stems = {}
        for name, places in lexicon.place_names.items():
            for place in places:
                if len(name) == 3 and place.rank is AdminLevel.COUNTY and place.status == "current" and name[2] in "县区市旗":
                    stems.setdefault(name[:2], []).append(place)
        lexicon.__dict__["_county_stems"] = stems
    return stems


def _county_stem_at(text: str, position: int, lexicon: Lexicon) -> tuple[str, list[Jurisdiction]] | None:
    """A district's or county's name without its 区/县 at ``position`` (鲅鱼圈 of 鲅鱼圈区), three characters or more."""
    for length in (4, 3):
        stem = text[position : position + length]
        for level in ("区", "县"):
            if len(stem) == length and not text.startswith(level, position + length) and stem + level in lexicon.place_names:
                places = [p for p in lexicon.places_named(stem + level) if p.rank is AdminLevel.COUNTY]
                if places:
                    return stem, places
    return None


def _chains_of_command(text: str, words: dict[str, list[str]]) -> str:
    """``text`` with each list of governments of several levels (省委、省政府、市委、市政府、区委、区政府的决策部署)
    cut to its last level, the speaker's own: the ones above it are the superiors whose line it follows."""
    level_of = {word: level for level, group in words.items() for word in group}
    listed = alternatives(list(level_of))

    def last_level(match: re.Match[str]) -> str:
        items = re.findall(listed, match.group())
        levels = [level_of[item] for item in items]
        if len(set(levels)) < 2:
            return match.group()
        return "、".join(item for item in items if level_of[item] == levels[-1])

    return re.sub(listed + r"(?:[、和及]" + listed + r")+", last_level, text)


PERSON_FIELD = re.compile(r"(?:责任人|联系人|负责人|经办人|签发人|审核人|起草人)[:：][ \t\u3000]*[\u4e00-\u9fff]{2,4}")
QUOTED = re.compile(r"“[^“”\n]{1,40}”")  # a slogan or a superior's demand, quoted


PLACE_NAME_ENDINGS = tuple("省市县区州盟旗")  # a place's name written whole (和县, 云南省), not its short form (和田)


def text_evidence(text: str, lexicon: Lexicon) -> list[Evidence]:
    """How the body speaks of its own government (我省, 全市, 我国), and the places it names most.

    Place names are counted where they stand as names (three characters or more, or a
    province's or prefecture's short name followed by a non-name character is too weak to
    count); cited titles are left out first, since they name other governments.
    """
    body = PERSON_FIELD.sub("", CITED_TITLE.sub("", text[:TEXT_EVIDENCE_CHARS]))  # (责任人:王西宁 names a person, not 西宁)
    words = rules()["self_reference"]
    speaking = rules()["national_comparison"].sub("", body)  # 领跑全国: the nation as a yardstick, not the speaker
    speaking = _chains_of_command(QUOTED.sub("", speaking), words)  # “在全省当先锋”: a superior's words, quoted
    levels = Counter({AdminLevel(level): sum(speaking.count(w) for w in group) for level, group in words.items()})
    evidence = []
    level, count = levels.most_common(1)[0]
    if count >= 2:
        evidence.append(Evidence("self-reference", f"{'、'.join(w for w in words[level.value] if w in body)} ×{count}", [], level))
    squeezed = squeeze(body)
    for named in SELF_NAMED.finditer(squeezed):  # 结合宜春实际，制定本实施方案: the place the plan is written for, by name
        found = longest_place_at(named["name"], 0, lexicon, short=True)
        current = [p for p in found[1] if p.status != "former"] if found and found[0] == named["name"] else []
        if not current:  # 结合成都高新区实际: a zone named after its city
            current = [p for e in title_evidence(named["name"], lexicon) for p in e.places if p.rank is AdminLevel.ZONE and p.name == named["name"]]
        if len(current) == 1:
            evidence.append(Evidence("self-named", named.group(), current))
            break
    county_stems = _county_stems(lexicon)
    stems: Counter[str] = Counter()
    zoned: set[str] = set()
    for i in range(len(squeezed) - 1):
        if (stem := squeezed[i : i + 2]) in county_stems:
            stems[stem] += 1
            if squeezed.startswith(ZONE_AFTER_STEM, i + 2):
                zoned.add(stem)
    for stem in zoned:  # 嘉鱼经济开发区 (and 涉及嘉鱼的…): a county by its two characters, its zone named so; weighed in decide_place
        if stems[stem] >= MIN_STEM_MENTIONS:
            evidence.append(Evidence(f"stem ×{stems[stem]}", stem, county_stems[stem]))
    for cited in CITED_TITLE.finditer(text[:TEXT_EVIDENCE_CHARS]):  # 落实好《姚安县人民政府办公室关于…》: a document of a place
        name, places = places_at_start(squeeze(cited["title"]), lexicon)
        studied = STUDIED_BEFORE.search(text, max(0, cited.start() - STUDIED_REACH), cited.start())  # (学习借鉴《安吉县…》: another's)
        if places and not studied and CITED_ISSUER_AFTER.match(squeeze(cited["title"]), len(name)):
            evidence.append(Evidence("cited", cited.group(), places))
    mentions: Counter[str] = Counter()
    weak: Counter[str] = Counter()  # mentions a word of one character may open (村组和田块): counted only if the name recurs
    for name in rules()["names_holding_places"]:  # 长白山保护开发区: no mention of 白山市
        squeezed = squeezed.replace(name, "□" * len(name))
    before: dict[str, Counter[str]] = {}  # the character before each mention of a name
    slogans: set[str] = set()  # names a slogan word stands before (数字福建)
    position = 0
    while position < len(squeezed):
        found = longest_place_at(squeezed, position, lexicon, short=True)
        if found and found[1][0].rank is AdminLevel.COUNTY and squeezed[max(0, position - 1) : position + 1] in rules()["bound_words"]:
            found = None  # 2万户以上城区连片…: 以上 is a word, 上城区 no place (以上海为龙头 still names 上海)
        if found and position and squeezed[position - 1] in rules()["verb_names"].get(found[0][:2], "") and not squeezed.startswith(
            GOVERNMENT_AFTER_NAME, position + len(found[0])
        ):
            found = None  # 县发改委要会同县督查落实办: 会同 the verb, not 会同县 (会同县人民政府 is the county)
        if (
            found and len(found[0]) == 2 and not found[0].endswith(PLACE_NAME_ENDINGS)
            and squeezed[position] in rules()["words_opening_short_names"] and position and CJK.match(squeezed[position - 1])
        ):
            # 分解下达到县(区)、乡镇、村组和田块: 和 may join two words; such a mention counts only beside another of the name
            # (和田篇章…和田玉产业 names 和田 twice; 和县 is a county's whole name)
            weak[found[0]] += 1
            position += len(found[0])
            continue
        if found and (
            len(found[0]) >= 3 or found[1][0].rank in (AdminLevel.PROVINCE, AdminLevel.PREFECTURE)
            or (
                found[0].endswith("县") and not squeezed.startswith(NOT_AFTER_SHORT_COUNTY, position + len(found[0]))
                and (not position or not CJK.match(squeezed[position - 1]) or squeezed[position - 1] in BEFORE_SHORT_COUNTY)
            )
        ):  # ((涉县融媒体中心)在涉县…: a county's whole name of two characters; not 牵涉县级, 乡镇和县直, 完成县政府…)
            mentions[found[0]] += 1
            before.setdefault(found[0], Counter())[squeezed[position - 1] if position else ""] += 1
            if squeezed[max(0, position - 2) : position] in rules()["slogan_words"]:
                slogans.add(found[0])
            position += len(found[0])
        else:
            position += 1
    for name, times in weak.items():
        if mentions[name] + times >= 2:
            mentions[name] += times
    for name, preceding in before.items():
        char, times = preceding.most_common(1)[0]
        short = not name.endswith(PLACE_NAME_ENDINGS)  # (中国人民银行云南省分行: a full name is itself, whatever stands before it)
        inside = NAME_CHARACTER.fullmatch(char or "-") and char not in NAME_BOUNDARY
        if short and inside and times >= 2 and times >= INSIDE_NAME_SHARE * mentions[name] and name not in slogans:
            mentions[name] -= times  # 黄河南岸灌区, 小兴安岭 ×4: 河南, 兴安 inside the same longer name each time (not 数字福建)
    for name, times in [(n, t) for n, t in mentions.most_common() if t > 0][:6]:
        places = list({p.code: p for p in (lexicon.current(q) for q in lexicon.places_named(name, short=True))}.values())
        if any(p.status == "current" for p in places):  # 吉安市 today, not the county-level 吉安市 that is no more
            places = [p for p in places if p.status == "current"]
        evidence.append(Evidence(f"named ×{times}", name, places))
    return evidence


def addressee_evidence(addressees: str | None) -> list[Evidence]:
    if not addressees:
        return []
    for words, level in rules()["addressee_levels"]:
        if words in addressees:
            return [Evidence("addressees", addressees[:40], [], AdminLevel(level))]
    return []


def number_evidence(number: str | None, lexicon: Lexicon) -> list[Evidence]:
    if not number:
        return []
    if number.startswith("国") or any(number.startswith(p) for p in rules()["national_number_prefixes"]):
        return [Evidence("number", number, [], AdminLevel.NATIONAL)]
    code = rules()["province_abbreviations"].get(number[0])
    if code and code in lexicon.jurisdictions:
        return [Evidence("number", number, [lexicon.jurisdictions[code]])]
    return [Evidence("number", number, [])]  # (嘉政办发: a county's first character, read with the text's names)


def file_name_evidence(path: str, lexicon: Lexicon) -> list[Evidence]:
    """A place the file's name starts with once its running number is dropped (``80、湖北省关于…``)."""
    _, places = places_at_start(_file_title(path), lexicon)
    return [Evidence("file name", Path(path).name, places)] if places else []


def _fits(place: Jurisdiction, level: AdminLevel | None) -> bool:
    if level is None:
        return True
    if level is AdminLevel.PREFECTURE:  # 市 words fit a municipality or a county-level city too (not 端州区)
        return place.rank in (AdminLevel.PREFECTURE, AdminLevel.PROVINCE, AdminLevel.COUNTY, AdminLevel.ZONE) and (
            place.rank not in (AdminLevel.PROVINCE, AdminLevel.COUNTY) or place.level == "市"
        )
    if level is AdminLevel.COUNTY:
        return place.rank in (AdminLevel.COUNTY, AdminLevel.ZONE)
    return place.rank is level


def _deepest(places: list[Jurisdiction], lexicon: Lexicon) -> list[Jurisdiction]:
    """Distinct places, an ancestor dropped where a place within it is listed too."""
    distinct: list[Jurisdiction] = []
    for place in places:
        if all(p.code != place.code for p in distinct):
            distinct.append(place)
    def within(place: Jurisdiction, ancestor: Jurisdiction) -> bool:  # a township is not listed: its county is
        listed = place.code in lexicon.jurisdictions
        return lexicon.is_within(place.code if listed else place.parent or "", ancestor.code)

    return [p for p in distinct if not any(o.code != p.code and within(o, p) for o in distinct)]


INSIDE_NAME_SHARE = 0.8  # of a name's mentions after one same character, that make it part of a longer name
NAME_CHARACTER = re.compile(r"[\u4e00-\u9fff]")
NAME_BOUNDARY = set("省市州盟县区旗镇乡在的和与及同全我本对到至赴向从由经于为是把将请各")  # after these a place's name starts


def decide_place(evidence: list[Evidence], lexicon: Lexicon) -> tuple[list[Jurisdiction], str, bool]:
    """The plan's place(s) from the evidence, most trusted first; ``(places, why, known)``.

    Issuers that name places give them (a joint plan of two governments gives both); a
    national issuer gives China. Otherwise the title's place; otherwise the place the text
    names most that fits the level the text speaks at (我省, the addressees, a bare
    ``省人民政府``), confirmed by the file name or the number where they agree. A name
    shared by several places (朝阳区) that nothing settles is not a place.
    """
    levels = [e.level for e in evidence if e.level is not None]
    stated_level = next((e.level for e in evidence if e.level and e.source in ("issuer", "addressees")), None)
    spoken_level = stated_level or next((lvl for lvl in levels), None)

    issuer_places = [e for e in evidence if e.source == "issuer" and e.places]
    if issuer_places:
        chosen = []
        for item in issuer_places:
            if len(item.places) == 1:
                chosen.append(item.places[0])
            else:
                settled = _settle(item.places, evidence, lexicon)
                if settled:
                    chosen.append(settled)
        if chosen:
            return _deepest(chosen, lexicon), "; ".join(map(str, issuer_places)), True
    if any(e.source == "issuer" and e.level is AdminLevel.NATIONAL for e in evidence) and not any(
        e.source == "title" for e in evidence
    ):
        return [CHINA], "; ".join(str(e) for e in evidence if e.level is AdminLevel.NATIONAL), True

    # (菁芜洲镇2024年度政府工作计划: a title that opens with its township and the year is that township's own plan)
    township_spoken = spoken_level is AdminLevel.TOWNSHIP or any(
        e.source == "township issuer" or (e.source == "title township" and _township_then_year(squeeze(e.text))) for e in evidence
    )
    township = _township_of_title(evidence, lexicon) if township_spoken else None
    if township:
        return [township], f"title names {township.name}; speaks as township; within the one county the text names", True
    zoned = next((e for e in evidence if e.source == "title zone"), None)
    county = zoned.places[0].parent if zoned else None
    if county and any(p.code == county for e in evidence if e.source.startswith(("named", "file name")) for p in e.places):
        return zoned.places, f"{zoned}; its county named too", True  # (东湖高新区 of a text naming 武汉市: not 南昌's 东湖区)
    for source in ("title", "self-named", "file name"):
        item = next((e for e in evidence if e.source == source and e.places), None)
        if item:
            candidates = [p for p in item.places if _fits(p, spoken_level)] or item.places
            settled = candidates[0] if len(candidates) == 1 else _settle(candidates, evidence, lexicon)
            if settled:
                return [settled], str(item), True

    national = [e for e in evidence if e.level is AdminLevel.NATIONAL]
    local_levels = [lvl for lvl in levels if lvl is not AdminLevel.NATIONAL]
    named = [e for e in evidence if e.source.startswith("named") and e.places]
    dominant = _dominant(named, lexicon)
    # 全国 alone is weak (a province's plan says 全国 too); 我国 speaks for the nation
    only_weak = all(e.source == "self-reference" and "我国" not in e.text for e in national)
    if dominant and only_weak and stated_level is None and len(dominant.places) == 1 and (
        spoken_level is AdminLevel.NATIONAL or _fits(dominant.places[0], spoken_level)  # (我市 with 广平县 named most: no county)
    ):
        return dominant.places, f"{dominant}; named far more than any other place", True
    if national and (stated_level is AdminLevel.NATIONAL or not local_levels):
        if stated_level in (None, AdminLevel.NATIONAL):
            return [CHINA], "; ".join(map(str, national)), True

    # (not a province's text naming three cities: an east-west partnership names its partner province's, 广元、南充、广安)
    parent = _parent_of_siblings(named, lexicon) if spoken_level is AdminLevel.PREFECTURE else None
    if parent and named and any(p.code != parent.code and not lexicon.is_within(p.code, parent.code) for p in named[0].places):
        parent = None  # 汕尾市 named most, 深圳市福田区、罗湖区… its partner's districts: the text is 汕尾's
    if parent:  # 端州区、鼎湖区、高要区、四会市…: a city's text names its districts and counties
        return [parent], f"names {SIBLINGS}+ districts and counties of {parent.name}; speaks as prefecture", True
    for item in named:
        fitting = [p for p in item.places if _fits(p, spoken_level)] if spoken_level else []
        if len(fitting) == 1 and spoken_level:
            return [fitting[0]], f"{item}; speaks as {spoken_level.value}", True
    # a county that speaks as one (全县) and cites a document its own county's government issued: that county
    # (a county only: 市 words fit a county-level city too, which implements its prefecture's documents)
    cited = {p.code: p for e in evidence if e.source == "cited" for p in e.places if spoken_level is AdminLevel.COUNTY and p.rank is AdminLevel.COUNTY}
    if len(cited) == 1:
        return list(cited.values()), f"cites a document of {next(iter(cited.values())).name}; speaks as {spoken_level.value}", True
    if spoken_level is AdminLevel.COUNTY and (stemmed := _stem_of_number(evidence)):
        return [stemmed], f"its number's first character opens {stemmed.name}, named by its two characters; speaks as county", True
    number = next((e for e in evidence if e.source == "number" and e.places), None)
    if number and spoken_level is AdminLevel.PROVINCE:
        return number.places, f"{number}; speaks as province", True
    shown = [e for e in evidence if not e.source.startswith("stem")]  # (a county's two characters count only with its number)
    seen = "; ".join(map(str, shown[:6])) or "no issuer, no place in the title, no self-reference"
    return [], seen, False


TOWNSHIP_THEN_YEAR = re.compile(
    r"(?:中共)?(?P<name>[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道))(?:" + "|".join(rules()["township_words"]["bodies"]) + r")?(?:19|20)\d{2}年"
)


def _township_then_year(title: str) -> bool:
    """The title opens with a township's name (not a kind of town, 美丽城镇, 重点镇), maybe a body of it, then a year."""
    opening = TOWNSHIP_THEN_YEAR.match(title)
    return bool(opening) and not opening["name"].startswith(tuple(rules()["township_words"]["not_names"]))


def _stem_of_number(evidence: list[Evidence]) -> Jurisdiction | None:
    """The one county named twice or more by its two characters (嘉鱼; text_evidence gives no stem named less)
    whose first opens the document's number (嘉政办发)."""
    number = next((e.text for e in evidence if e.source == "number"), "")
    fitting = [p for e in evidence if e.source.startswith("stem") and number.startswith(e.text[0]) for p in e.places]
    return fitting[0] if len(fitting) == 1 else None


MIN_STEM_MENTIONS = 2


def _township_of_title(evidence: list[Evidence], lexicon: Lexicon) -> Jurisdiction | None:
    """The township a title opens with (镇安镇…), within the one county-level place the text names (or,
    naming none, its file's name)."""
    title = next((e.text for e in evidence if e.source == "title township"), None)
    counties = {p.code: p for e in evidence if e.source.startswith("named") for p in e.places if p.rank is AdminLevel.COUNTY}
    if not counties:  # 安吉县昌硕街道…txt: a file's name may say the county a text never names
        counties = {p.code: p for e in evidence if e.source == "file name" for p in e.places if p.rank is AdminLevel.COUNTY}
    if title is None or len(counties) != 1:
        return None
    return township_in(next(iter(counties.values())), re.sub(r"^(?:中共|关于)", "", squeeze(title)), followed=False)


SIBLINGS = 3  # districts and counties of one city a text names that make the city its place


def _parent_of_siblings(named: list[Evidence], lexicon: Lexicon) -> Jurisdiction | None:
    """The one city of which the text names ``SIBLINGS`` or more districts and counties."""
    children: dict[str, set[str]] = {}
    for item in named:
        if len(item.places) == 1 and item.places[0].rank is AdminLevel.COUNTY and item.places[0].parent:
            children.setdefault(item.places[0].parent, set()).add(item.places[0].code)
    parents = [code for code, codes in children.items() if len(codes) >= SIBLINGS]
    if len(parents) != 1 or parents[0] not in lexicon.jurisdictions:
        return None
    return lexicon.jurisdictions[parents[0]]


def _dominant(named: list[Evidence], lexicon: Lexicon) -> Evidence | None:
    """The place a text names most (none when a place it lies in or holds is named as often), at least three
    times with the places it lies in or holds (天津市 and 天津 are one place; 广平县 ×2 with 邯郸 ×1,
    宁夏 ×3 with its 银川), and twice as often as any place outside that chain. A name several
    places share counts against the others only."""
    counts: dict[str, int] = {}
    places: dict[str, Jurisdiction] = {}
    names: dict[str, list[str]] = {}
    for item in named:
        if len(item.places) == 1:
            code = item.places[0].code
            counts[code] = counts.get(code, 0) + int(item.source.split("×")[1])
            places[code] = item.places[0]
            names.setdefault(code, []).append(item.text)
    rivals_of_shared = [int(e.source.split("×")[1]) for e in named if len(e.places) > 1]
    if not counts:
        return None
    chains = {code: {a.code for a in lexicon.ancestors(code)} for code in counts}  # each place with those it lies in
    # the most named
    best = max(counts, key=lambda code: counts[code])
    in_chain = [c for c in counts if c == best or c in chains[best] or best in chains[c]]
    if any(c != best and counts[c] == counts[best] for c in in_chain):
        return None  # 宁夏 ×2 and its 银川 ×2, 广平县 ×3 and its 邯郸市 ×3: which owns the plan the counts cannot tell
    support = sum(counts[c] for c in in_chain)
    rival = max([*(counts[c] for c in counts if c not in in_chain), *rivals_of_shared], default=0)
    # 象山县 ×2 against 安康 ×1 (安康颐养项目), 墨江哈尼族自治县 and 墨江县 against 马鞍山 ×1: a place written whole twice
    # outweighs another written once by its short name alone, which is as often a word or a landmark's name
    rival_names = [n for c in counts if c not in in_chain for n in names[c]] + [e.text for e in named if len(e.places) > 1]
    whole_against_short = (
        support >= 2 and rival <= 1 and any(n.endswith(PLACE_NAME_ENDINGS) for c in in_chain for n in names[c])
        and not any(n.endswith(PLACE_NAME_ENDINGS) for n in rival_names)
    )
    if (support >= 3 and support >= 2 * rival) or whole_against_short:
        return Evidence(f"named ×{support}", "、".join(n for c in in_chain for n in names[c]), [places[best]])
    return None


def _settle(places: list[Jurisdiction], evidence: list[Evidence], lexicon: Lexicon) -> Jurisdiction | None:
    """One of several places of one name: the one whose province or city the text names too."""
    named = {p.code for e in evidence if e.source.startswith("named") or e.source == "file name" for p in e.places}
    within = [p for p in places if any(a.code in named for a in lexicon.ancestors(p.code)[1:])]
    return within[0] if len(within) == 1 else None


def complete_issuer(name: str, places: list[Jurisdiction], lexicon: Lexicon) -> str:
    """``省人民政府`` in a Hubei plan is 湖北省人民政府; ``市生态环境局`` in Tianjin's, 天津市生态环境局;
    ``市政府`` in Suzhou's, 苏州市人民政府 (a government's name in full)."""
    completed = _complete_issuer(_without_province_short_name(name, lexicon), places, lexicon)
    short = SHORT_GOVERNMENT.fullmatch(completed)
    if short and short["place"] in lexicon.place_names:
        return short["place"] + "人民政府" + (short["rest"] or "")
    party = SHORT_PARTY_COMMITTEE.fullmatch(completed)  # 新疆维吾尔自治区党委: 中共新疆维吾尔自治区委员会
    if party and party["place"] in lexicon.place_names:
        return f"中共{party['place']}委员会{party['rest'] or ''}"
    committee = PARTY_COMMITTEE_WITHOUT_PARTY.fullmatch(completed)  # 安徽省委 (a news report's): 中共安徽省委
    return f"中共{completed}" if committee and committee["place"] in lexicon.place_names else completed


def _without_province_short_name(name: str, lexicon: Lexicon) -> str:
    """浙江宁波市鄞州区人民政府 (a report's): 宁波市鄞州区人民政府, a province's short name before a city of it dropped."""
    for length in PROVINCE_SHORT_LENGTHS:  # (内蒙古, 黑龙江; 浙江) looked up in the lexicon's index of short names
        provinces = [p for p in lexicon.place_short_names.get(name[:length], ()) if p.rank is AdminLevel.PROVINCE]
        if len(provinces) == 1:
            inner, within = places_at_start(name[length:], lexicon)
            if re.match(r"[\u4e00-\u9fff]{1,6}市", inner) and len(within) == 1 and lexicon.is_within(within[0].code, provinces[0].code):
                return name[length:]
    return name


PROVINCE_SHORT_LENGTHS = (3, 2)


# (not 地区, 盟 or 特别行政区: a 行政公署 or an SAR's government has no 人民政府)
SHORT_GOVERNMENT = re.compile(r"(?P<place>.+?(?:省|市|县|(?<![地政])区|旗|州|自治区))政府(?P<rest>办公[室厅])?")
PARTY_COMMITTEE_WITHOUT_PARTY = re.compile(r"(?P<place>.+?(?:省|市|县|区|旗|州|盟))委(?:办公[室厅])?")
SHORT_PARTY_COMMITTEE = re.compile(r"(?P<place>.+?(?:省|市|县|区|旗|州|盟|自治区))党委(?P<rest>办公[室厅])?")


def _complete_issuer(name: str, places: list[Jurisdiction], lexicon: Lexicon) -> str:
    for prefix in ("自治区", "省", "市", "州", "盟", "区", "县", "旗"):
        if name.startswith(prefix) and not places_at_start(name, lexicon)[1]:
            for place in places:
                for candidate in lexicon.ancestors(place.code) or [place]:
                    if candidate.level == prefix or (prefix == "自治区" and candidate.name.endswith("自治区")):
                        return candidate.name + name[len(prefix) :]
    if len(places) == 1 and places[0].known and places[0].rank is not AdminLevel.NATIONAL and BARE_DEPARTMENT.fullmatch(name) and lexicon.type_of(name):
        return places[0].name + name  # 发布机构：水利局 on a page of 成安县's: 成安县水利局
    return name


# a department named by its kind alone, no place or level before it (水利局, 卫生健康委员会)
BARE_DEPARTMENT = re.compile(r"(?![省市县区州旗盟乡镇中国])[\u4e00-\u9fff]{2,10}(?:局|委员会|委|办公室|办)")


# -- the whole reading ------------------------------------------------------------------------
def read_metadata(text: str, path: str, lexicon: Lexicon, plan_id: str) -> Metadata:
    """Title, notice title, own number, issuers, date and place(s) of one document's text."""
    begin = len(text) - len(text.lstrip())  # a later document of a file: the others are blanked
    lines = lines_of(text[begin : begin + HEAD_CHARS * 2], begin)
    head = read_head(lines)
    headings = _dedupe_headings(head.headings)
    headings = [h for h in headings if h not in head.linked] or headings  # (相关链接: / another page's title: a heading only if none other is)
    # (民生实事项目 / 进入老年模式 / 2020年县政府民生实事项目(实事内容): a column's name that the heading below it holds)
    headings = [h for i, h in enumerate(headings) if not (len(h) <= MAX_COLUMN_NAME and any(h in later and later != h for later in headings[i + 1 :]))] or headings
    meta = Metadata(doc_number=head.number or head.field_number)
    # the first heading that ends as a title does (a garbled banner line may come before it)
    # (自治区人民政府发布通知 above the notice's own heading: a news page's headline, no title)
    candidates = [h for h in headings if (_title_complete(h) or "关于" in h) and not NEWS_HEADLINE.fullmatch(h)]
    # ((河北省)衡水市冀州区…规划(2022年更新) above the cover's own title: a repository's name for the file)
    own = [h for h in candidates if not LEADING_BRACKETED_PLACE.match(h)]
    chosen = (own or candidates or headings or [None])[0]
    if chosen and not own and (bracketed := LEADING_BRACKETED_PLACE.match(chosen)) and len(chosen) > bracketed.end() + MIN_TITLE_AFTER_PLACE:
        chosen = chosen[bracketed.end() :]  # (湖北省)武汉市2023年…分解方案: a repository's province before the title itself
    first = read_heading(chosen) if chosen else None
    issuers = list(head.banner)
    body = text[lines[head.body_start].start if head.body_start < len(lines) else 0 :][:HEAD_CHARS]
    leads = (body[:400], text[begin : begin + NEWS_LEAD_CHARS])  # (the head may have read past the report's lead)
    news = _news_report(NEWS_REPORT, leads) or _news_report(NEWS_REPORT_PASSIVE, leads)
    # 文字解读:临沭县创建…工作方案 as the page's title: an interpretation of that plan, whose body's history reports no issuing
    labelled = next((t for t in (first.title if first else None, head.field_title) if t and INTERPRETATION_LABEL.match(squeeze(t))), None)
    if labelled:
        explained = INTERPRETATION_LABEL.sub("", squeeze(labelled))
        quoted = QUOTED_TITLE.findall(explained)  # (一图读懂《X》, 《X》: X)
        first = read_heading(quoted[0] if len(quoted) == 1 and not QUOTED_NOTICE.search(explained) and "关于" not in explained else explained)
        if news and squeeze(news["title"] or news["quoted"] or news["unquoted"] or "") != first.title:
            news = None  # (a report in its body of another document: 2018年9月7日,省委、省政府印发《…》)
    headline = HEADLINE_OF_DOCUMENT.search(first.title) if first and "关于" not in first.title else None
    # (黑龙江发布关于…的意见!: the report's verb before a title with no guillemets)
    headline = headline or (PLAIN_HEADLINE.fullmatch(first.title) if first else None)
    # a page that reports a document (江西省政府发布《X》): its date is the report's
    reported = bool(headline or (chosen and "关于" not in chosen and HEADLINE_OF_DOCUMENT.search(squeeze(chosen))))
    if headline:  # 宁夏出台《全区养老服务资源优化布局实施方案》: a news headline of a document, whose title is the quoted one
        first = Heading(headline["title"] or headline["first"], None, [])
    elif first and (of_notice := HEADLINE_OF_NOTICE.fullmatch(squeeze(first.title))) and is_org(of_notice["org"]):
        # 六盘水市发展改革委发布关于公开征求《X(征求意见稿)》意见的公告: who published which notice, on which plan
        first = Heading(of_notice["title"], of_notice["notice"], [of_notice["org"]])
        reported = True
    # (全文!安徽省委省政府印发重要《实施意见》: a headline quoting the short name the report then defines)
    # (a notice's own heading, 南昌市人民政府关于印发…的通知, under a news lead: the heading is the document's)
    headline_only = first is None or (
        first.notice_title is None and "关于" not in first.title and all(len(q) <= MAX_SHORT_NAME for q in QUOTED_TITLE.findall(first.title))
    )
    reported_title = squeeze(news["title"] or news["quoted"] or news["unquoted"]) if news else ""
    if news and len(reported_title) < MIN_REPORTED_TITLE and not (news["title"] and QUOTED_TITLE.search(news.string[: news.start("title")])):
        news = None  # 《规划》 alone, the report naming it nowhere in full: no title
    if news and headline_only:
        # 近日，A、B印发了《X》: a news report of a document, whose title is X
        notice = squeeze(news["notice"]) if news["notice"] else None
        title = reported_title
        if len(title) <= MAX_SHORT_NAME:  # 委托…编制《黑龙江省冰雪旅游产业发展规划(2020—2030年)》。日前,省政府印发《规划》: the name in full
            before = squeeze(news.string[: news.start("title") if news["title"] else news.start()])
            title = next((q for q in reversed(QUOTED_TITLE.findall(before)) if title in q and len(q) > len(title)), title)
        if not notice and (inner := QUOTED_NOTICE.fullmatch(title)):  # 印发了《<X>的通知》: the notice reported, X inside it
            title, notice = inner["t"], title
        elif news["unquoted"] and (issued := read_heading(title)).notice_title:  # 发布“关于印发X的通知”: X, and the notice
            title, notice = issued.title, issued.notice_title
        first = Heading(title, notice, _reported_orgs(squeeze(news["orgs"]), lexicon))
        reported = True
    elif news and first and not first.issuers and first.title == reported_title:
        first = Heading(first.title, first.notice_title, _reported_orgs(squeeze(news["orgs"]), lexicon))  # the headline's document: who issued it
    elif headline_only and (interpreted := INTERPRETATION.search(squeeze(body[:400])) or LEARNED.search(squeeze(text[begin : begin + 400]))):
        first = Heading(interpreted["title"])  # 对新近发布的《X》进行了政策解读: an interpretation, of X
    # (…|七部门印发《X》 above the notice's own heading, 国家发展改革委等部门关于印发《X》的通知: the notice of the headline's X)
    noticed = (h for h in map(read_heading, headings[1:]) if first and h.notice_title and "转发" not in h.notice_title and squeeze(h.title) == squeeze(first.title))
    if first and first.notice_title is None and (reprinted := next(noticed, None) or _reprinted_notice(lines, head.body_start, first.title)):
        first = Heading(first.title, reprinted.notice_title, reprinted.issuers or first.issuers)  # …详情如下: / X关于印发Y的通知 / 乐府发〔2024〕9号
    elif first is None and (reprinted := _reprinted_notice(lines, head.body_start, None)):
        first = reprinted  # X印发《Y》,其中指出: … / 详情如下: / X关于印发Y的通知: a report's lead with no heading, then the notice
    if first is None and head.field_title:
        first = read_heading(head.field_title)  # 名称：… among a page's particulars (a notice's title, perhaps)
    opening = _issuing_opening(text) if first is None and not head.addressees else ""
    if first is None and (head.addressees or opening) and (
        issued := _issued_title(body) or (opening and _issued_title(opening)) or _heading_after_signature(lines, head.body_start)
    ):
        # a page that lost its heading: the plan's own heading after the signature, else what the notice names
        first = Heading(_heading_after_signature(lines, head.body_start) or issued)
    # no heading before the body (序言…): a file named by its title, the text naming none (the name is
    # whoever saved the file's, so the text's own heading, field or notice comes first)
    if first is None and _title_complete(file_title := _file_title(path)):
        named = read_heading(file_title)  # (农业农村部关于印发《X》的通知.txt: X, and the notice; who issued it the text must say)
        issuing = named.notice_title and re.search(r"关于(?:印发|转发|发布)", file_title)  # (not 中山市转下达…计划的通知: a notice of its own)
        first = Heading(named.title, named.notice_title) if issuing else Heading(file_title)
    if first is None and head.addressees and (attached := _first_attachment(body)):
        first = Heading(attached)  # a notice whose heading a page lost, 附件：1. 2019年《政府工作报告》目标任务分解表: what it sends
    if first and first.notice_title is None and first.title.endswith(("通知", "函")):
        # 关于分解落实…的通知, signed, then 《政府工作报告》2022年重点工作及民生实事项目任务分解方案: the plan's own heading
        issued = _heading_after_signature(lines, head.body_start)
        if issued:
            first = Heading(issued, first.title, first.issuers)
    if first:
        meta.title, meta.notice_title = first.title, first.notice_title
        issuers += first.issuers
        if first.notice_title:
            issued = _issued_title(body)
            quoted = re.search(r"[《〈]", first.notice_title)
            # (关于印发2022年《政府工作报告》重点任务…的通知 quotes a title inside the plan's: the notice's text names it whole)
            # (关于印发2024年为民实事实施方案的通知, 现将2024年十个方面30项为民实事实施方案印发: neither quoted, the heading's name)
            squeezed_body = squeeze(body)
            unquoted = bool(issued) and not quoted and "《" + issued not in squeezed_body and "〈" + issued not in squeezed_body
            if (
                issued and (not quoted or (first.title in issued and len(issued) > len(first.title))) and not _dropped_from(issued, first.title)
                and not (unquoted and _title_complete(first.title) and not WRAPPED_TITLE_END.fullmatch(first.title))  # (关于印发实施方案的通知: no name)
            ):
                meta.title = issued
        elif len(headings) > 1 and (first.title.endswith("文件") or is_org(first.title)):
            meta.title = headings[1]  # a banner printed as a heading of its own
        elif (issued := _issued_title(body)) and issued.startswith(first.title) and len(issued) > len(first.title) and "《" + issued in squeeze(body):
            meta.title = issued  # 2021年县政府重点工作任务 over 《2021年县政府重点工作任务分解》已经县人民政府同意: the page cut its title
    issuers += head.cover_issuers
    # a notice signs after its text, before the plan's first section (一、 第一章); a date in the
    # body (a table's 2022年12月) is no signature
    sections = (i for i in range(head.body_start, min(len(lines), head.body_start + HEAD_LINES)) if SECTION_START.match(lines[i].text))
    published = head.web_date[0] if head.web_date else None
    signature_orgs, signature_date = read_signature(lines, head.body_start, next(sections, head.body_start + HEAD_LINES), published)
    if signature_date is None:
        tail_start = max(0, len(text.rstrip()) - TAIL_CHARS)
        tail = lines_of(text[tail_start:], tail_start)
        signature_orgs, signature_date = read_signature(tail, 0, len(tail), published)
    if signature_date is None:  # a notice long enough to have sections of its own signs after them
        signature_orgs, signature_date = read_closing_signature(text, begin)
    run_in = RUN_IN_SIGNATURE.search(text, begin, begin + HEAD_CHARS) if signature_date is None and head.field_date is None and meta.title else None
    after_signature = SIGNATURE_ASIDES.sub("", squeeze(text[run_in.end() : run_in.end() + 80])) if run_in else ""
    if run_in and is_org(run_in["org"]) and after_signature.startswith(squeeze(meta.title)[:SIGNED_TITLE_OPENING]):
        # …请遵照执行。 平潭综合实验区管委会办公室 2021年3月29日平潭综合实验区…方案: a page that printed its body on one line,
        # the signature then the plan's own title (not …。福建省人民政府2021年9月27日批复同意…: a sentence)
        signature_orgs, signature_date = [run_in["org"]], read_date(squeeze(run_in["date"]))  # (武汉市民政局 2024 年 3 月 7 日)
    if meta.doc_number is None:  # a red banner printed after the first paragraph of page one
        reprinted = (meta.notice_title,) if meta.notice_title else ()  # (a news report's notice printed under it, its number below)
        banner, meta.doc_number = read_late_banner(lines, head.body_start, (*headings, *reprinted))  # (not a forwarded notice's)
        if banner and not head.banner:
            head.banner = banner
            issuers = banner + issuers
    if signature_orgs:  # the signature spells names in full; the banner or heading names the lead first
        lead = next((o for o in signature_orgs if issuers and _same_body(o, issuers[0], lexicon)), None)
        # (岳阳县人民政府关于印发… signed 岳阳县人民政府办公室: the body the heading names issues it, its office signs)
        office_signs = not lead and issuers and any(
            _same_body(re.sub(r"办公[室厅]$", "", o), issuers[0], lexicon) for o in signature_orgs if re.search(r"办公[室厅]$", o)
        )
        # (岳县政发: the government's document, first; the office that signs it is named too, as the signature is)
        issuers = head.banner + ([*issuers, *signature_orgs] if office_signs else [*([lead] if lead else []), *signature_orgs, *issuers])
    printed = None
    if signature_date is None:  # the colophon's 某某办公室 2022年1月14日印发: when it was printed (the office is no issuer)
        tail_start = max(0, len(text.rstrip()) - TAIL_CHARS)
        printed = read_colophon(lines_of(text[tail_start:], tail_start))
    if not issuers and (reported := NEWS_OF_NOTICE.search(squeeze(text[begin : begin + 400]))) and is_org(reported["org"]):
        issuers = [reported["org"]]  # 2月20日，昆明市人民政府办公室印发通知，…: a news report of a notice, by whom
    if not issuers and (adopted := ADOPTED_BY.search(squeeze(body[:600]))) and is_org(adopted["org"]):
        issuers = [adopted["org"]]  # 已于…由生态环境部部务会议审议通过，现予公布: a decree signed by a minister alone
    if not issuers and (congress := CONGRESS_ADOPTED.search(squeeze(text[begin : begin + HEAD_CHARS]))) and congress["place"]:
        # （2021年2月27日市五届人大第五次会议通过）: a 纲要 the people's congress adopted, its issuer
        issuers = [congress["place"] + "人民代表大会" + ("常务委员会" if congress["standing"] else "")]
    delivered = DELIVERED_AT.search(text, begin, begin + HEAD_CHARS) if "工作报告" in (meta.title or "") else None
    if delivered:  # a work report delivered to a congress on that day; a government's, by the government of its place
        day = delivered["date"] or ((below := DAY_BELOW.match(text, delivered.end())) and below["date"])
        head.heading_date = head.heading_date or (read_date(day) if day else None)
        government = _reported_body(delivered["place"], lexicon)
        if not issuers and government and government.endswith("人民政府") and "政府工作报告" in (meta.title or ""):
            issuers = [government]  # (not 人民代表大会常务委员会工作报告, 人民法院工作报告: another body's)
    if not issuers and "政府工作报告" in (meta.title or "") and (speaker := DELIVERED_BY.search(squeeze(text[begin : begin + HEAD_CHARS]))):
        issuers = _delivering_government(speaker["org"] + "人民政府", meta.title or "")  # (代表县政府: the county's government)
    # a news page's date is when the news was published, not when the document it reports was issued
    lead_end = lines[head.body_start + NEWS_LEAD_LINES].start if head.body_start + NEWS_LEAD_LINES < len(lines) else begin + HEAD_CHARS
    web_date = None if reported or _news_page(text[begin:lead_end]) else head.web_date or head.source_day
    if web_date is None and news:
        web_date = _reported_day(news, head.web_date[0] if head.web_date else None)  # 10月20日，…发布…: the day the report gives
    dates = [d for d in (signature_date, head.field_date, head.heading_date, web_date, printed[1] if printed else None) if d]
    if dates:
        # a cover's 2021年8月 and a page's 成文日期 2021-08-17: the same date, told to the day
        told = head.field_date  # (not a page's 发布时间: when it was put online)
        same_month = told and dates[0][1] == "month" and told[1] == "day" and told[0].replace(day=1) == dates[0][0].replace(day=1)
        meta.issue_date, meta.date_precision = told if same_month else dates[0]
    if not issuers and (owner := _title_owner(meta.title or "", lexicon)):
        issuers = [owner]  # 普陀区长寿路街道2022年工作计划: a body's own plan, named so in its title
    # (an interpretation's page, …工作方案政策解读 / 解读单位: 农业农村局 来源: 市农业农村局: who published the interpretation)
    interpretation = (meta.title or "").endswith("解读") or "解读单位" in text[begin : begin + HEAD_CHARS]
    if not issuers and head.field_issuer and not interpretation:
        issuers = [head.field_issuer]  # 发布机构：… among a page's particulars, when nothing signs
    issuers = _drop_shortened(_unique(issuers), lexicon)
    evidence = issuer_evidence(issuers, lexicon)
    evidence += title_evidence(meta.title, lexicon) or title_evidence(meta.notice_title, lexicon)
    evidence += addressee_evidence(head.addressees)
    evidence += number_evidence(meta.doc_number, lexicon)
    if not any(e.source == "issuer" and len(e.places) == 1 for e in evidence):  # the costly reading, when needed
        evidence += text_evidence(text, lexicon)
    evidence += file_name_evidence(path, lexicon)
    places, why, known = decide_place(evidence, lexicon)
    if known and len(places) == 1 and places[0].rank in (AdminLevel.COUNTY, AdminLevel.PREFECTURE) and (township := _issuing_township(issuers, places[0], lexicon)):
        places, why = [township], f"{why}; the issuer names its township {township.name}"  # 普陀区长寿路街道, 普陀区 read as Shanghai's
        # (儋州市新州镇人民政府: a prefecture-level city without districts governs its towns itself)
    meta.place_known = known
    meta.jurisdictions = places or [unknown_place(plan_id)]
    meta.place_evidence = why
    meta.issuers = _drop_shortened(_unique(complete_issuer(i, places, lexicon) for i in issuers), lexicon)
    return meta


def _issuing_township(issuers: list[str], county: Jurisdiction, lexicon: Lexicon) -> Jurisdiction | None:
    """The township an issuer names right after the county the plan was placed in (普陀区长寿路街道 once
    普陀区 is known to be Shanghai's, which the name alone could not tell from Zhoushan's)."""
    for issuer in issuers:
        name = squeeze(re.sub(r"^中共|^中国共产党", "", issuer))
        for prefix in (county.name, *county.aliases):
            at = name.find(prefix) if prefix else -1
            if at < 0 or at > MAX_HIGHER_PLACE:
                continue
            after = at + len(prefix)
            after += len(GOVERNMENT_BEFORE.match(name, after)[0]) if GOVERNMENT_BEFORE.match(name, after) else 0
            # (上海市长宁区人民政府新华路街道办事处: its city before, the county's government between)
            if (at == 0 or places_at_start(name[:at], lexicon)[0] == name[:at]) and (township := township_in(county, name, after)):
                return township
    return None


MAX_HIGHER_PLACE = 8  # characters of a province or city written before the county
GOVERNMENT_BEFORE = re.compile(r"(?:人民政府|政府)")


# a title that opens with the body whose plan it is, then the plan's year (新晃侗族自治县农业农村局2023年度工作实施方案)
TITLE_OWNER = re.compile(
    r"(?P<org>[\u4e00-\u9fff（）()]{3,30}?(?:局|委员会|办公室|管委会|管理委员会|街道办事处|街道|人民政府|中心))(?=(?:19|20)\d{2}年)"
)


# or its year, then the body, then its work (2025年天心区民政局工作思路)
YEAR_THEN_OWNER = re.compile(
    r"(?:19|20)\d{2}年度?(?P<org>[\u4e00-\u9fff（）()]{3,30}?(?:局|委员会|办公室|管委会|管理委员会|街道办事处|街道|中心))(?=工作)"
)


def _title_owner(title: str, lexicon: Lexicon) -> str | None:
    """The body a title opens with before its year (新晃侗族自治县农业农村局2023年度…, 市水务局2024年…), or names
    after its year before its work (2025年天心区民政局工作思路): a place or a level and a short body's name after
    it, no words of work (杭州市优化营商环境和产业布局2023年… names no body)."""
    owner = TITLE_OWNER.match(title) or YEAR_THEN_OWNER.match(title)
    if not owner:
        return None
    matched, places = places_at_start(owner["org"], lexicon)
    if not places and owner["org"][:1] in OWNER_LEVELS and lexicon.type_of(owner["org"]) and not owner["org"].startswith(NOT_LEVEL_PREFIXES):
        matched = owner["org"][:1]  # 市水务局2023年工作总结和2024年工作计划: the level alone, its place told by the rest
    elif not places:
        return None
    rest = owner["org"][len(matched) :]
    if not 2 <= len(rest) <= MAX_OWNER_NAME or OWNER_WORK_WORDS.search(rest):
        return None
    return owner["org"]


OWNER_LEVELS = "市县区州旗"  # (a province's 厅 is no ending TITLE_OWNER reads)
MAX_OWNER_NAME = 8  # characters of the body's name after its place: 农业农村局, 长寿路街道
# (and words of a group, not a body: 各街道, 乡镇街道, 村（居）民委员会; 围绕中心工作)
OWNER_WORK_WORDS = re.compile(r"[和与及、各]|建设|推进|优化|发展|加快|打造|创建|实施|促进|提升|深化|布局|乡镇|围绕|村（居）|村\(居\)|村民|居民")


SELF_NAMED = re.compile(r"结合(?P<name>[\u4e00-\u9fff]{2,8}?)(?:的)?实际")
NEWS_HEADLINE = re.compile(r"[^关于]{2,30}?(?:发布|印发|下发)了?(?:通知|文件)")
# 作者:武萌 魏业佳 (a person, not 作者: 南宁经济技术开发区管理委员会), 中新社 重庆4月19日电: a news report's byline
BYLINE = re.compile(r"作者[:：]\s*[\u4e00-\u9fff]{2,3}(?=\s|$|[，,、])(?<![局委办会厅院部室站所队网府科员组心])|[社网报台]\S{0,8}\d{1,2}月\d{1,2}日电")


NEWS_LEAD_LINES = 6  # lines after the head where a news report's byline or lead stands


def _news_page(head_text: str) -> bool:
    """The head and the lines right after it hold a news report's byline or lead, not the document's
    (its date is the news's); a marker word counts at a line's start (本报讯), or in a bracket (记者 钟旖)."""
    for line in head_text.splitlines():
        spaced = SQUEEZABLE.sub(" ", line.strip())
        if BYLINE.search(spaced) or any(
            spaced.startswith(word) or f"({word}" in spaced or f"（{word}" in spaced for word in rules()["news_markers"]
        ):
            return True
    return False


PLAIN_HEADLINE = re.compile(
    rf"[^关《》，,。]{{2,12}}?(?:{'|'.join(rules()['notice_verbs'])})了?(?P<title>关于[^《》，,。]{{4,120}}?(?:意见|方案|决定|规划|计划|办法|措施))[!！]?"
)
HEADLINE_OF_DOCUMENT = re.compile(
    rf"(?:{'|'.join(rules()['notice_verbs'])})了?[《〈](?P<title>[^》〉]{{4,120}})[》〉]$"
    rf"|^[《〈](?P<first>[^》〉]{{4,120}})[》〉](?:正式)?(?:{'|'.join(rules()['notice_verbs'])})[!！]?$"  # 《X》印发!: the document, then its verb
)
HEADLINE_OF_NOTICE = re.compile(
    rf"(?P<org>[^关《》，,。]{{2,30}}?)(?:{'|'.join(rules()['notice_verbs'])})了?"
    r"(?P<notice>关于(?:向社会)?(?:公开)?(?:征求|印发|发布|公布)[《〈](?P<title>[^》〉]{4,120})[》〉](?:[（(][^）)]{1,12}[）)])?(?:意见)?的(?:公告|通知|通告))"
)
NEWS_OF_NOTICE = re.compile(r"^(?:近日|日前|刚刚|\d{1,2}月\d{1,2}日)[，,](?P<org>[^，。《]{2,40}?)(?:联合|正式)?(?:印发|发布|下发)(?:了)?(?:通知|文件)")
QUOTED_NOTICE = re.compile(r"(?:关于(?:印发|转发|发布))?[<〈＜](?P<t>[^>〉＞]{4,120})[>〉＞]的通知")
NEWS_REPORT = re.compile(
    # (沈阳市城乡建设局等多部门联合印发《X》，全文如下: a repost's first sentence, undated; 北极星环保网获悉，: a site's lead)
    # (北极星环保网获悉，, 记者从省发展改革委获悉，: who told the reporter is no issuer; what follows names it)
    r"(?:(?:近日|日前|\d{1,2}月\d{1,2}日|(?:^|(?<=[。，,\n]))[^。，,\n]{0,40}?获悉)[，,]|(?:^|(?<=\n))(?=[^。\n]{4,200}?全文(?:公布)?如下)"
    r"|(?:^|(?<=[\n。]))(?=[^。，,\n《]{2,60}?(?:近日|日前)(?:联合|共同|正式)?(?:印发|发布|出台)))"  # (青海省人民政府和国家能源局近日联合印发)
    # (近日,记者从省水利厅获悉,为全面推进节水型社会建设,省水利厅…等5部门联合印发《X》: a purpose between the lead and who issued it)
    r"(?:(?:近日|日前)[，,])?(?:(?:为(?:了)?|经)(?:[^。，,《\n]|《[^》\n]{1,80}》){2,80}?[，,]){0,3}(?P<orgs>[^，,。《]{2,80}?)(?:研究决定[^。《]{0,80}?[，,]并)?(?:近日|日前)?(?:联合|共同|正式)?"
    r"(?:印发|发布|出台|制定)了?"  # (市委、市政府研究决定,…,并印发《X》; 青海省人民政府和国家能源局近日联合印发《X》)
    # (发布关于向社会公开征求《X(征求意见稿)》意见的公告: the notice it reports, and the plan's title in it)
    r"(?:(?P<notice>关于[^。《]{0,40}[《〈](?P<quoted>(?:[^》〉\n]|\n(?![ \t]*\n)){4,120})[》〉][^。，,《》]{0,20}?的(?:公告|通知|通告))|[《〈](?P<title>(?:[^》〉\n]|\n(?![ \t]*\n)){2,120})[》〉]"
    r"|[“\"]?(?P<unquoted>关于[^。，,《》]{4,100}?的(?:意见|决定|实施方案|行动方案|工作方案|通知))[”\"]?(?=[。，,]))"  # (发布关于…的意见。, 发布“关于…的通知”,: no guillemets)
)
# 信息通信业是…，日前《江苏省“十四五”信息通信业发展规划》正式发布: the document reported, named before its verb
NEWS_REPORT_PASSIVE = re.compile(
    r"(?P<orgs>)(?P<notice>)(?P<quoted>)(?P<unquoted>)(?:近日|日前|\d{1,2}月\d{1,2}日)[，,]?(?:(?!根据|按照|依据|自|随着|记者)[^。《]){0,20}?"
    r"[《〈](?P<title>(?:[^》〉\n]|\n(?![ \t]*\n)){4,120})[》〉](?:（[^）]{0,20}）)?(?:已)?(?:正式)?(?:印发|发布|出台|公布)(?=[，,。；;])"  # (not …印发后, 发布以来)
)
MIN_REPORTED_TITLE = 4  # characters of a title a news report may give alone
MAX_SHORT_NAME = 6  # characters of a document's short name a report quotes (《实施意见》, 《三年行动》)
QUOTED_TITLE = re.compile(r"[《〈]([^》〉]+)[》〉]")
INTERPRETATION_LABEL = re.compile(r"^(?:文字|政策|图文|视频|新闻)?(?:解读|图解)[:：]")  # (文字解读:X, 图解:X: a page explaining X)
LEARNED = re.compile(r"获悉[，,][^。《，,]{0,10}?(?:实施|推出)了?[《〈](?P<title>[^》〉]{4,120})[》〉]")  # 记者从…获悉,该省实施《X》
INTERPRETATION = re.compile(r"对(?:[^《。]{0,10}的)?[《〈](?P<title>[^》〉]{4,120})[》〉](?:[（(]以下简称[^）)]{1,16}[）)])?(?:进行|作)了?(?:政策)?解读")


def _file_title(path: str) -> str:
    """The file's name without its running number and extension (``467、盐城市…规划.pdf``)."""
    return squeeze(re.sub(r"^\s*\d+\s*[、.．_\-]\s*", "", Path(path).stem))


def _org_key(name: str) -> str:
    return name.replace("人民政府", "政府")


def _same_body(name: str, other: str, lexicon: Lexicon) -> bool:
    """``name`` and ``other`` name one body: 江苏省政府 and 江苏省人民政府, 湖州市卫生健康委 and 湖州市卫生健康委员会."""
    if _org_key(name) == _org_key(other):
        return True
    key = _body_key(name, lexicon)
    return key is not None and key == _body_key(other, lexicon)


def _body_key(name: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """The place a body's name states and the kind of body after it (浙江省发展改革委 and 浙江省发展和改革委员会
    alike), or None when the name states no place."""
    placed = explicit_place(name, lexicon)
    return (placed[0].code, lexicon.type_of(placed[1]).id) if placed else None


def _drop_shortened(names: list[str], lexicon: Lexicon) -> list[str]:
    """One name per body: 金山区人民政府 beside 上海市金山区人民政府 is that body written without
    its city, 浙江省发展改革委 beside 浙江省发展和改革委员会 the same department spelt short."""
    kept = [n for n in names if not any(o != n and o.endswith(n) and places_at_start(o, lexicon)[1] for o in names)]
    seen: set[tuple[str, str]] = set()
    unique = []
    for name in kept:
        key = _body_key(name, lexicon)
        if key and key in seen:
            continue
        if key:
            seen.add(key)
        unique.append(name)
    return unique


def _unique(items) -> list[str]:
    """Names in order, each once; ``江苏省政府`` is ``江苏省人民政府`` (the longer spelling is kept)."""
    seen: list[str] = []
    for item in items:
        if not item:
            continue
        key = _org_key(item)
        same = next((i for i, s in enumerate(seen) if _org_key(s) == key), None)
        if same is None:
            seen.append(item)
        elif len(item) > len(seen[same]):
            seen[same] = item
    return seen


# -- files that hold several documents ----------------------------------------------------------
MAX_TITLES = 12  # titles one notice issues that are looked for (each is one pass over the lines)


def document_starts(view) -> tuple[list[int], bool]:
    """Offsets (into the file ``view`` cleans) where a further document begins, and whether
    they are plans one notice issues together.

    A notice issuing several plans (``关于印发《A》《B》的通知``) is followed by each plan under
    its own title: each title after the first starts a document. Otherwise, after the first
    document's body has begun, a banner (``…文件``) or an own number on a line of its own,
    with a title within the next lines, starts another document.
    """
    lines = lines_of(view.text)
    head = read_head(lines)
    headings = _dedupe_headings(head.headings)
    starts: list[int] = []
    titles = [squeeze(t) for t in re.findall(r"《([^《》]{4,120})》", headings[0])][:MAX_TITLES] if headings else []
    issued_together = len(titles) >= 2
    if issued_together:
        for title in titles[1:]:
            for index in range(head.body_start, len(lines)):
                joined = "".join(line.text for line in lines[index : index + 3])
                if joined.startswith(title) and not lines[index].text.startswith(("附件", "《")):
                    starts.append(lines[index].start)
                    break
    else:
        for index in range(max(head.body_start, 1) + 5, len(lines)):
            text = lines[index].text
            banner = text.endswith("文件") and (is_org(text[:-2]) or text == "文件")
            bracketed = text.startswith(("（", "(")) == text.endswith(("）", ")"))  # not the tail of a wrapped citation
            number = bracketed and DOC_NUMBER.fullmatch(text.strip("（）()"))
            if not (banner or number):
                continue
            following = lines[index + 1 : index + 5]
            if not any(
                len(t.text) >= 8 and _is_heading(t) and not t.text.startswith(("（", "(", "《"))
                and (_title_complete(t.text) or t.text.startswith("关于") or "关于印发" in t.text)
                for t in following
            ):
                continue
            first = index
            while first - 1 > head.body_start and (is_org(lines[first - 1].text) or lines[first - 1].text.endswith("文件")):
                first -= 1
            starts.append(lines[first].start)
        attached = _attached_plans(view.text, lines, head.body_start)
        if attached and not starts:
            starts, issued_together = attached, True  # plans attached to the first take its issuers and place
    starts = sorted(set(starts))
    while starts and "。" not in view.text[: starts[0]] and len(CJK.findall(view.text, 0, starts[0])) < MIN_FIRST_DOCUMENT_CHARS:
        starts = starts[1:]  # (# 辽宁省…实施方案 / **文号**: … / 辽政发〔2024〕9号 / …的通知: a collector's heading and fields, not one sentence)
    return sorted({view.original_span(s, s + 1)[0] for s in starts}), issued_together


CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_FIRST_DOCUMENT_CHARS = 200  # Chinese characters a document before a further one holds at least


ATTACHMENT_MARK = re.compile(r"(?<!见)(?<!详见)附件\s*[\d一二三四五六七八九十]*$")
ATTACHED_TITLE_START = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|附件)")
MIN_ATTACHED_PLAN_CHARS = 1500  # a plan, not a form or a list of names; the plan it is attached to too


def _attached_plans(text: str, lines: list[Line], body_start: int) -> list[int]:
    """Where a plan printed as an attachment starts: a line ending in 附件 1 (alone, or glued to
    the text before it; not …详见附件1) and, within the next lines, a title that ends as a plan's
    does (…实施方案（2021—2025年）), not an outline heading or a numbered list of titles.

    Each attached plan, and the document before the first, must hold at least
    ``MIN_ATTACHED_PLAN_CHARS`` characters and an outline: a notice with one plan attached stays
    one plan.
    """
    found = []
    for index in range(max(body_start, 1), len(lines) - 1):
        mark = ATTACHMENT_MARK.search(lines[index].text)
        if not mark:
            continue
        title = ""
        for following in lines[index + 1 : index + 4]:
            if ATTACHED_TITLE_START.match(following.text):
                break
            title += following.text
            if _title_complete(title) and len(title) >= 8:
                at = text.rfind("附件", lines[index].start, lines[index + 1].start)
                if at != -1:
                    found.append(at)
                break
    bounds = [0, *found, len(text)]
    if not found or not all(_is_a_plan(text[a:b]) for a, b in zip(bounds, bounds[1:])):
        return []
    return found


def _is_a_plan(part: str) -> bool:
    return len(part) >= MIN_ATTACHED_PLAN_CHARS and bool(re.search(r"(?:^|\n)\s*一、", part))


# -- kept for the rest of the pipeline ----------------------------------------------------------
ATTACHMENT = re.compile(r"附件\s*\d*\s*[：:]\s*(?P<title>[^\n]{2,80})")


def read_attachments(text: str) -> list[str]:
    return [re.sub(r"[《》]", "", squeeze(m["title"])) for m in ATTACHMENT.finditer(text)]


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
            return int(match["year"])
    return None
