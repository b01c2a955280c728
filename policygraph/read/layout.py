"""Layout clean-up that remembers where every character came from.

Extraction works on cleaned text (markdown emphasis gone, line wraps and .docx spaces
squeezed out of names), but provenance must point into the file as it is. A
:class:`TextView` is a string plus, for each of its characters, the offset of that
character in the original text, so any span found in the view maps back exactly.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from importlib import resources
from ..data import alternatives, load_rules

# Characters that never matter inside Chinese names and sentences: line breaks from PDF/docx
# wrapping, page breaks, ordinary and ideographic spaces.
SQUEEZABLE = re.compile(r"[\s\u3000\u00a0\ufeff]+")
# Markdown decoration a .md export adds around headings and bold titles.
# a Markdown copy's escapes (\[市交通运输局…\]): the backslash is no character of the document
MARKDOWN_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~])")
MARKDOWN_NOISE = re.compile(r"\*\*|^[ \t]*#{1,6}[ \t]*|^[ \t]*-{3,}[ \t]*$", re.M)
# Footnote bodies that land mid-paragraph at page bottoms: "¹ 市级“百一”行动指…", "3 光储直柔是指…".
# The number is superscript or followed by a space ("1." and "1、" start tasks, not notes), the
# note defines a term (…指…, not 指导/指标), and a line holding a responsibility label or a tab (a table
# row) is never a note.
FOOTNOTE_LINE = re.compile(
    r"^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*|\d{1,2} +)(?![^\n]*(?:责任|牵头|配合|\t))\S[^\n]{0,40}?指(?!导|出|挥|标|南|引|数|定|令|示|明)[^\n]*$", re.M
)


# Page furniture: page numbers (― 7 ―, - 7 -, 第7页 共10页, 7/10) and the running headers
# and footers printed beside them on every page (- 8 重庆市人民政府发布). A running line is
# one that recurs, digits aside, at least RUNNING_MIN times, each time next to a page break.
DASHES = "-—―–－~～"
PAGE_NUMBER = re.compile(
    rf"^\s*(?:[{DASHES}]{{1,2}}\s*\d{{1,4}}\s*[{DASHES}]{{1,2}}|第\s*\d{{1,4}}\s*页(?:\s*[，,/／]?\s*共\s*\d{{1,4}}\s*页)?|\d{{1,4}}\s*/\s*\d{{1,4}}|\d{{1,4}})\s*$"
)
PAGE_NUMBER_BESIDE_TEXT = re.compile(rf"(?:^\s*[{DASHES}]\s*\d{{1,4}}(?:\s*[{DASHES}])?\s+\S|\S\s+[{DASHES}]?\s*\d{{1,4}}\s*[{DASHES}]\s*$)")
PAGE_NUMBER_AT_BREAK = re.compile(rf"(?<=\S)([{DASHES}]{{1,2}}\s*\d{{1,4}}\s*[{DASHES}]{{1,2}})[ \t]*(?=\n?\f|\s*$)")
# a page number glued after a page break (…约束性\f—— 19 ——): the rest of the line is the next page's
PAGE_NUMBER_AFTER_BREAK = re.compile(rf"(?<=\f)([{DASHES}]{{1,2}}\s*\d{{1,4}}\s*[{DASHES}]{{1,2}})(?=[ \t]*\n)")
RUNNING_MIN = 3
BARE_NUMBER = re.compile(r"\s*\d{1,4}\s*")
ROW_NUMBER_LINES = 12  # a page holds more lines than this between its number and the next page's
MAX_CELL_LINE = 60  # characters: a table's cell on a line of its own, not a page's paragraph
RUNNING_MAX_CHARS = 40
NOT_FURNITURE = re.compile(r"[。；;：:]|" + alternatives(load_rules("clause_rules")["never_furniture"]))  # a clause's words are never page furniture
# 展开全文, 阅读全文: a web page's button printed as a line of its own, wherever it stands
PAGE_CONTROL = re.compile(r"^[ \t\u3000]*(?:" + alternatives(load_rules("clause_rules")["page_controls"]) + r")[ \t\u3000]*(?:\n|$)", re.M)


class TextView:
    """A string whose characters each remember their offset in an original text."""

    __slots__ = ("text", "origin", "_end")

    def __init__(self, text: str, origin: list[int], end: int) -> None:
        self.text = text
        self.origin = origin
        self._end = end  # original offset just past this view

    @classmethod
    def of(cls, text: str, offset: int = 0) -> TextView:
        return cls(text, list(range(offset, offset + len(text))), offset + len(text))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def slice(self, start: int, end: int) -> TextView:
        start, end = max(0, start), min(len(self.text), end)
        stop = self.origin[end] if end < len(self.text) else self._end
        return TextView(self.text[start:end], self.origin[start:end], stop)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` offsets of the view's characters ``start:end``."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self._end
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def remove(self, pattern: re.Pattern[str] | Callable[[str], list[tuple[int, int]]]) -> TextView:
        """A view without the characters matched by ``pattern`` (a regex or a span finder)."""
        spans = (
            [m.span() for m in pattern.finditer(self.text)]
            if isinstance(pattern, re.Pattern)
            else pattern(self.text)
        )
        if not spans:
            return self
        return self.replace([(start, end, "") for start, end in spans])

    def replace(self, edits: list[tuple[int, int, str]]) -> TextView:
        """A view with each ``(start, end, text)`` span replaced by ``text``, in order and apart.

        Each new character takes the original offset of the first character it replaces (of the
        view's end, inserted there), so a span read later still points into the original (a cell
        break written as a tab).
        """
        keep_text: list[str] = []
        keep_origin: list[int] = []
        last = 0
        for start, end, text in edits:
            keep_text.append(self.text[last:start])
            keep_origin.extend(self.origin[last:start])
            keep_text.append(text)
            keep_origin.extend([self.origin[start] if start < len(self.origin) else self._end] * len(text))
            last = end
        keep_text.append(self.text[last:])
        keep_origin.extend(self.origin[last:])
        return TextView("".join(keep_text), keep_origin, self._end)

    def rewrite(self, transform: Callable[[str], str]) -> TextView:
        """A view whose text is ``transform(text)``, which must replace one character for one."""
        text = transform(self.text)
        if len(text) != len(self.text):
            raise ValueError("a rewrite must keep every character's place")
        return TextView(text, self.origin, self._end)

    def squeeze(self) -> TextView:
        """Drop all whitespace: Chinese names and sentences never need it."""
        return self.remove(SQUEEZABLE)


def page_furniture(text: str) -> list[tuple[int, int]]:
    """Spans of page numbers, running headers/footers and a web page's buttons (展开全文), one whole line each.

    Page breaks are form feeds (PDF text) or, where there are none, the page-number lines
    themselves. A recurring short line counts as a running header only if every one of its
    occurrences sits within two lines of a page break, so a repeated body line such as
    ``牵头单位：市林业局`` is never taken for one.
    """
    lines = [(m.start(), m.end(), m.group(0)) for m in LINE.finditer(text)]
    feeds = {i for i, (start, _, _) in enumerate(lines) if start and text[start - 1] == "\f"}
    numbered = {i for i, (_, _, line) in enumerate(lines) if PAGE_NUMBER.match(line) and line.strip()} - _row_numbers(lines, feeds) - _number_pieces(lines, feeds)
    breaks = feeds | numbered
    beside = {
        i for i, (_, _, line) in enumerate(lines)
        if len(line.strip()) <= RUNNING_MAX_CHARS and PAGE_NUMBER_BESIDE_TEXT.search(line) and not NOT_FURNITURE.search(line)
    }
    breaks |= beside
    occurrences: dict[str, list[int]] = {}
    for i, (_, _, line) in enumerate(lines):
        key = re.sub(r"\d+", "#", SQUEEZABLE.sub("", line))
        if key and len(key) <= RUNNING_MAX_CHARS and not NOT_FURNITURE.search(key):
            occurrences.setdefault(key, []).append(i)
    running = set()
    for indexes in occurrences.values():
        if len(indexes) >= RUNNING_MIN and all(_near(i, breaks, lines) for i in indexes):
            running.update(indexes)
    spans = [lines[i][:2] for i in sorted(numbered | beside | running)]
    spans += [m.span() for m in PAGE_CONTROL.finditer(text)]
    # a page number glued to the last line of a page (…人民政府— 6 —\f)
    spans += [m.span(1) for m in PAGE_NUMBER_AT_BREAK.finditer(text)]
    spans += [m.span(1) for m in PAGE_NUMBER_AFTER_BREAK.finditer(text)]
    return merge_spans(spans)


NUMBER_PIECE_BEFORE = ("〔", "[", "［", "年", "月", "〕", "]", "］")  # …字〔 / 2025: what a number's or a date's next piece follows
NUMBER_PIECE_AFTER = frozenset("年月日号〕]］")


def _number_pieces(lines: list[tuple[int, int, str]], feeds: set[int]) -> set[int]:
    """Lines of a bare number that are a piece of a date or a document number a page printed a piece
    a line (内发改价费字〔 / 2025 / 〕 / 661 / 号; 2025 / 年 / 9 / 月 / 29 / 日): no page numbers."""
    filled = [(index, line.strip()) for index, (_, _, line) in enumerate(lines) if line.strip()]
    breaks = sorted(feeds)
    found = set()
    for at, (index, line) in enumerate(filled):
        if not line.isdigit() or (index in feeds):
            continue  # (二〇二二年二月\f1: the number after a page break is the page's)
        before = filled[at - 1][1] if at else ""
        after = filled[at + 1][1] if at + 1 < len(filled) else ""
        if at + 1 < len(filled) and (next_feed := bisect.bisect_right(breaks, index)) < len(breaks) and breaks[next_feed] <= filled[at + 1][0]:
            continue  # 2025 / 1 / \f年…: the number at a page's foot, the next page's first line after it
        # (…〔2017〕 / 2020 / 781 号）: a page's number between a number's pieces, no piece of it)
        if after[:1] in NUMBER_PIECE_AFTER and (before.endswith(NUMBER_PIECE_BEFORE) or after[:1] == "年"):
            found.add(index)
    return found


def _row_numbers(lines: list[tuple[int, int, str]], feeds: set[int]) -> set[int]:
    """Lines of a bare number that count a table's rows, not pages: after a 序号 line, the next or
    the last number (one more, one less) stands within ROW_NUMBER_LINES non-blank lines of it, closer
    than pages are, with short cells between them (a web page's table printed one cell per line:
    序号 / … / 1 / 粮食播种面积 / 万亩 / 0.07 / 县农业农村局 / 2 …)
    and no page break (``feeds``, line indexes after a form feed) comes between them."""
    bare: list[tuple[int, int, int, int, int]] = []  # (line index, its non-blank line count, its page, its number, longest line since the last)
    filled = page = longest = 0
    headed = False  # a 序号 column's name stood before: a table printed one cell per line may follow
    for index, (_, _, line) in enumerate(lines):
        page += index in feeds
        if not line.strip():
            continue
        filled += 1
        if BARE_NUMBER.fullmatch(line):
            if headed:
                bare.append((index, filled, page, int(line), longest))
            longest = 0
        else:
            headed = headed or line.strip() in ("序号", "编号")
            longest = max(longest, len(line.strip()))
    rows = set()
    for (index, at, page, number, _), (next_index, next_at, next_page, next_number, between) in zip(bare, bare[1:]):
        if next_number == number + 1 and next_at - at <= ROW_NUMBER_LINES and next_page == page and between <= MAX_CELL_LINE:
            rows.update((index, next_index))
    return rows


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted and joined where they overlap or touch (end-exclusive offsets)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _near(index: int, breaks: set[int], lines: list[tuple[int, int, str]]) -> bool:
    """True when a page break, or the start or end of the text, is within two non-blank lines."""
    for step in (-1, 1):
        seen, position = 0, index
        while seen <= 2:
            if not 0 <= position < len(lines):
                return True  # the document's first or last page
            if position in breaks and position != index:
                return True
            if position != index and lines[position][2].strip():
                seen += 1
            position += step
    return False


LINE = re.compile(r"[^\n\f]*")  # page breaks end a line too
# Markdown pipe tables: | 序号 | 任务 | 责任单位 |, and the |---|---| rule under the header.
PIPE_ROW = re.compile(r"^[^\n|]*\|[^\n]*\|[^\n]*$", re.M)  # a markdown row, or cells a web page joined with | (1 | 新建… | 教育局 |)
PIPE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M)


# A page that lost its line breaks prints its paragraphs on one line, a space between each (文号
# 关于印发…的通知 各乡镇: …), as a PDF's text may print its wrapped lines (碳达 峰). A space that
# ends a paragraph (after 。 or ：, a date, a number, a notice's title) or opens one (an outline's
# 一、 or （一）, 关于印发, a signature's date) is a line break again (the space's offset kept for it);
# a long line is taken to be run together only when an outline opens after such a space.
RUN_TOGETHER_LINE = 200  # characters: shorter lines are a document's own
RUN_TOGETHER_BREAKS = 3
LINE_SPACE = re.compile(r"(?<=\S)[ \u3000\u00a0]+(?=\S)")
PARAGRAPH_END = re.compile(r"(?:[。：:；！？]|\d{4}年\d{1,2}月\d{1,2}日|\d号|〕\s?\d{1,4}\s?号|\S{2}的通知)$")
OUTLINE_START = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]")
# (内政发〔2023〕3 号: an own number, on a line of its own)
PARAGRAPH_START = re.compile(OUTLINE_START.pattern + r"|关于印发|\d{4}年\d{1,2}月\d{1,2}日(?:[ \u3000\u00a0]|$)|[\u4e00-\u9fff]{1,8}〔\d{4}〕")


def _run_together_breaks(text: str) -> list[tuple[int, int, str]]:
    """Line breaks for the spaces between paragraphs a page ran together into one line."""
    edits = []
    for line in re.finditer(r"[^\n]{%d,}" % RUN_TOGETHER_LINE, text):
        if line.group().count("|") >= 2 or "\t" in line.group():
            continue  # a table's row (| 1 | （一）… |): its cells are read as cells
        found = [
            (space.start(), space.end())
            for space in LINE_SPACE.finditer(text, line.start(), line.end())
            if PARAGRAPH_END.search(text, max(line.start(), space.start() - 16), space.start()) or PARAGRAPH_START.match(text, space.end())
        ]
        if len(found) >= RUN_TOGETHER_BREAKS and any(OUTLINE_START.match(text, end) for _, end in found):
            edits += [(start, end, "\n") for start, end in found]
    return edits


TRADITIONAL_SHARE = 0.03  # of a text's Chinese characters, traditional-only ones that make it a traditional text
TRADITIONAL_MIN = 10


@functools.lru_cache(maxsize=1)
def _traditional_to_simplified() -> tuple[dict[int, str], frozenset[str]]:
    """OpenCC's character table (TSCharacters), one character for one, and the characters only
    traditional text uses (not themselves simplified characters: 乾, 於 are both, and are left out of the count)."""
    table = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    mapping: dict[int, str] = {}
    for row in table.splitlines():
        source, _, targets = row.partition("\t")
        candidates = targets.split(" ") if targets else []
        first = candidates[0] if candidates else ""
        # 乾 (干 乾), 於 (于 於): a character that is its own candidate is simplified text's too, left as it is
        if len(source) == 1 and len(first) == 1 and first != source and source not in candidates:
            mapping[ord(source)] = first
    simplified = set(mapping.values())
    return mapping, frozenset(chr(code) for code in mapping if chr(code) not in simplified)


def as_simplified(text: str) -> str:
    """``text`` in simplified characters, one for one, when it is written in traditional ones
    (洋縣2024年十大民生實事項目, a page a mirror site reposted); else ``text`` itself."""
    mapping, traditional_only = _traditional_to_simplified()
    marked = sum(1 for char in text if char in traditional_only)
    if marked < TRADITIONAL_MIN or marked < TRADITIONAL_SHARE * sum(1 for char in text if "\u4e00" <= char <= "\u9fff"):
        return text  # (the Chinese characters counted only where traditional ones are there)
    return text.translate(mapping)


LOST_INDENT = re.compile(r"(?m)^[ \t]*\?{2,}")  # ??一、實施背景: a page's indent its encoding lost, two ? for each space


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"
# one syllable of pinyin in brackets right after a character: 優(yōu)化, 糧(liang)(liang)
PINYIN_GLOSS = re.compile(rf"(?<=[\u4e00-\u9fff])(?:\((?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?[aeiouv{_TONED}]{{1,4}}(?:ng|n|r)?[ \t]?\))+")  # (會(huì ): a space the page left)
PINYIN_GLOSSES_MIN = 3  # distinct syllables of a page that glosses characters throughout (not 面积(ha) three times)
ROMAN_ITEM = re.compile(r"\((?:i{1,3}|iv|vi{0,3}|ix|x)\)")  # 条件(i), (ii): a list's items, no pinyin


def pinyin_glosses(text: str) -> list[tuple[int, int]]:
    """Where a mirror site put pinyin after characters (海南省優(yōu)化營商環(huán)境), to be removed; none
    unless the text glosses at least three different syllables."""
    found = [match for match in PINYIN_GLOSS.finditer(text) if not ROMAN_ITEM.fullmatch(match.group())]
    return [match.span() for match in found] if len({match.group() for match in found}) >= PINYIN_GLOSSES_MIN else []


def to_simplified(text: str) -> str:
    """``text`` with every traditional character OpenCC's table knows made simplified, one for one."""
    return text.translate(_traditional_to_simplified()[0])


# a Markdown file's front matter (---, id: …, title: …, ---): a collector's particulars in YAML, no text of the document
FRONT_MATTER = re.compile(r"\A\ufeff?[ \t]*---[ \t]*\r?\n(?P<body>(?:[^\n]*\n){1,%d}?)[ \t]*---[ \t]*(?:\r?\n|\Z)" % 120)
YAML_LINE = re.compile(r"[ \t]*(?:[A-Za-z_][\w.-]*[ \t]*:(?:[ \t].*)?|-[ \t].*|)\r?")


def front_matter(text: str) -> list[tuple[int, int]]:
    """The span of a YAML front matter opening ``text``, every line of it a key, a list item or blank."""
    block = FRONT_MATTER.match(text)
    if not block or not all(YAML_LINE.fullmatch(line) for line in block["body"].split("\n")[:-1]):
        return []
    return [block.span()]


def clean_layout(text: str, tables: Callable[[TextView], TextView] | None = None) -> TextView:
    """The document-level clean view: markdown, footnotes and page furniture removed.

    Line breaks are kept (headings and tables are found by lines); whitespace inside
    sentences is squeezed later, where a clause or title is read. ``tables``, given, rewrites
    the view's tables before page furniture is looked for (a row's number alone on a line is
    no page number, a unit repeated down a column no running header).
    """
    view = TextView.of(text).rewrite(as_simplified)  # one character for one: every offset stays
    view = view.remove(front_matter).remove(pinyin_glosses).remove(LOST_INDENT).remove(MARKDOWN_ESCAPE)
    view = view.replace(_run_together_breaks(view.text))
    view = view.remove(PIPE_RULE).rewrite(lambda text: PIPE_ROW.sub(lambda row: row.group(0).replace("|", "\t"), text))
    if tables is not None:
        view = tables(view)
    view = view.remove(page_furniture)
    view = view.rewrite(lambda text: text.replace("\f", "\n"))  # a page starts a new line
    view = view.remove(MARKDOWN_NOISE)
    return view.remove(FOOTNOTE_LINE)


def display_width(text: str) -> int:
    """The columns ``text`` takes in a fixed-width font: a wide character (Chinese, a full-width form) two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def squeeze_text(text: str) -> str:
    """``text`` without whitespace."""
    return SQUEEZABLE.sub("", text)
