"""Indicator tables (主要指标表) of five-year and action plans: one target per future-year cell.

::

    规划指标 2020 年 2025 年 指标属性
    1 森林覆盖率（%） 36 ≥38 约束性

is the target 森林覆盖率 >= 38 %, due 2025, from the baseline 36 (2020). A header is a line
that names 指标 and year columns (``2020年``, ``2025年目标``); the rows under it are read until
a heading, a note (注：) or a run of lines with no figures. Cells are split on tabs where the
reader kept them, else on spaces; the metric is the text before the run of figures, its unit
the bracket after it (``（%）``) or a unit cell. A row whose future cell holds words (稳中向好,
省下达指标) states no number and gives no target; one whose words state a change (较 2020 年减少 3%,
新增 2000 个) is read as a sentence (rule ``worded_cell``). Rule: ``indicator_table``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from ..data import alternatives, load_rules
from ..model import AT_LEAST, AT_MOST, DECREASE_BY, INCREASE_BY, MORE_THAN, REACH, SourceDocument, Target
from ..read.layout import TextView
from .targets import find_targets, target_rules, title_period

# whitespace inside a row: a cell's wrapped words close up (PM\n2.5), two cells' figures keep a space (17.6 | 4, not 17.64)
_CELL_GAP = re.compile(r"(?<=[\d%％.．\-－—/／])\s+(?=[\dA-Za-z.．+\-－—≥≤<>＜＞])")


def row_text(text: str) -> str:
    """The source text of a table row's target: a space between two cells' figures, no other whitespace."""
    return re.sub(r"\s", "", _CELL_GAP.sub("\0", text)).replace("\0", " ")

# 2025年, or a year before its column's word: 2020 现状值 2025 目标值
HEADER_YEAR = re.compile(r"(?<!\d)(\d{4})\s*(?:年|(?=现状|目标|基期|基准|规划值|预期值))")
BASELINE_COLUMN = re.compile(r"现状|基期|基准|基数")
UNDATED_BASE = 0
ADDED = -1  # a column of what the period adds (“十四五”新增): its cells are amounts over the period
YEAR_OR_ADDED = re.compile(r"(?<!\d)(\d{4})\s*(?:年|(?=现状|目标|基期|基准|规划值|预期值))|新增")
TABLE_WORDS = ("指标", "种类")  # a header names its first column so: 指标, or 种类 (of energy)
HEADER_WORDS = ("目标", "现状", "基期", "基准", "属性", "单位", "类别", "类型")
# ≥38, ＞99.39, 77.2, 100%, ≤35, 20以上; bracketed, a figure over the whole period: (25.0), [13]以上
_FIGURE = r"(?P<comparator>[≥≤＞＜><]=?|大于|小于|不低于|不高于)?(?P<sign>[-−](?=\d))?(?P<number>\d+(?:\.\d+)?)(?P<unit>%|％|‰)?(?:[-~～—](?P<other>\d+(?:\.\d+)?)(?P=unit)?(?![\d.]))?"
PLAIN_VALUE = re.compile(rf"^{_FIGURE}(?P<suffix>以上|以下|左右)?")
BRACKETED_VALUE = re.compile(rf"^[\[［【（(]{_FIGURE}[\]］】）)](?P<suffix>以上|以下|左右)?$")  # the whole cell: （12）危险废物… is a metric


def _figure(match: re.Match[str], suffix: str | None) -> tuple[Decimal, Decimal | None, str]:
    """The number a cell's figure states (a range's lower bound, and its upper), and its comparator:
    the symbol before it (≥38), else the qualifier after it (``suffix``: 30以上, 5以下), else reach."""
    value = Decimal(match["number"])
    other = Decimal(match["other"]) if match["other"] else None
    value_max = None
    if other is not None:  # a range, written either way round: 60.6-58.5
        value, value_max = min(value, other), max(value, other)
    comparator = SYMBOLS.get(match["comparator"] or "", REACH)
    if suffix == "以上" and comparator == REACH:
        comparator = AT_LEAST
    elif suffix == "以下" and comparator == REACH:
        comparator = AT_MOST
    return value, value_max, comparator


def cell_value(cell: str) -> re.Match[str] | None:
    """The figure a cell of figures holds (comparator, number, unit, suffix), or None."""
    return PLAIN_VALUE.match(cell) or BRACKETED_VALUE.match(cell)


SUFFIX_CELL = re.compile(r"^(?:以上|以下|左右)$")  # 30 左右: a PDF spaced the figure from its qualifier
PLACEHOLDER = re.compile(r"^[—–\-/／、]+$|^－+$")
ROW_NUMBER = re.compile(r"^\d{1,3}[.、]?$")  # 8, or 8. as some tables number their rows
UNIT_CELL = re.compile(r"[%‰a-zA-Z²³/]+\d?(?:/[a-zA-Z]+)?|个|家|处|座|条|项|公里|千米|公顷|万亩|亩|万吨|吨|万千瓦|亿元|万元|平方公里")
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
ROW_NUMBER_PREFIX = re.compile(r"^\s*\d{1,3}[.、]?\s+(?=\D)")
ATTRIBUTE = re.compile(r"^(?:约束性|预期性|指导性|引导性|属性)$")  # the 指标类别 column, never a metric or a unit
# 约束 / 性 on lines of their own: the 指标属性 cell wrapped, between a metric and its figures
ATTRIBUTE_PART = re.compile(r"^(?:约束|预期|指导|引导)性?$|^性$")
UNIT_BRACKET = re.compile(r"(?:[（(](?P<unit>[^（）()]{1,10})|(?P<percent>[%％]))[）)]\*?$")  # （%）, a lost bracket: 率%）
# a heading ends the table; a category cell alone on its line (一、 / 环境) does not
STOP_LINE = re.compile(r"^\s*(?:注[:：]|备注|资料来源|[一二三四五六七八九十]+、\S{3}|[（(][一二三四五六七八九十]+[）)]\S{3}|第[一二三四五六七八九十]+[章节])")
FIGURES_AT_END = re.compile(r"(?:[ \t]+[-—≥≤]?\d[\d.]*%?|[ \t]+[-—]){2,}[ \t]*$")
# a footnote's number closing a metric whose figures are all on the next line (农村生活污水治理率 3 / 25.5% 40% 预期性)
FOOTNOTE_MARK = re.compile(r"(?<=[\u3400-\u9fff）)%])\s+[1-9]\d?\s*$")
MAX_ROWS = 80
MAX_FURNITURE = 6
MAX_GAP = 15  # lines with no figures before the table is taken to be over (a cell may wrap over several)
SYMBOLS = {"≥": AT_LEAST, "≥=": AT_LEAST, "不低于": AT_LEAST, ">=": AT_LEAST, "≤": AT_MOST, "≤=": AT_MOST, "<=": AT_MOST,
           "不高于": AT_MOST, "＞": MORE_THAN, ">": MORE_THAN, "大于": MORE_THAN, "＜": AT_MOST, "<": AT_MOST, "小于": AT_MOST}


HALF_WIDTH = str.maketrans("０１２３４５６７８９．％－", "0123456789.%-")


# where a row of a table begins on a line that holds several (a PDF glued them): after a cell of
# figures, an optional row number and a metric closed by its unit, then a cell of figures
GLUED_ROW = re.compile(r"(?<=[\d%％\-—]) +(?=(?:\d{1,2} +)?[\u3400-\u9fff][^\s，。；：:]{1,30}[（(][^（）()\s]{1,10}[）)] +[\-—≥≤＞＜<>\d])")
GLUED_STOP = re.compile(r" +(?=注[:：]|第[一二三四五六七八九十]+[章节])")


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for index, char in enumerate(text):
        if char in "\n\f":
            spans.extend(_glued_rows(text, start, index))
            start = index + 1
    spans.extend(_glued_rows(text, start, len(text)))
    return spans


def _glued_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line as the rows it holds: 非化石能源消费比重（%） 17.6 4 21.6 - 非化石能源装机比重（%） 52.9 …
    is two rows (and a note or a heading glued after them, 注：…, a line of its own)."""
    if end - start < 20 or re.search(r"[，。；]", text[start:end].split("注", 1)[0]):
        return [(start, end)]
    cuts = [m.end() for pattern in (GLUED_ROW, GLUED_STOP) for m in pattern.finditer(text, start, end)]
    if not cuts:
        return [(start, end)]
    bounds = [start, *sorted(cuts), end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if a < b]


def _header_years(line: str) -> list[int]:
    """The year columns of a header line, or [] when the line is not one."""
    words = re.sub(r"\s", "", line)  # 指 标 2020年 / 属 性: a PDF spaces out the cells of a header
    if not any(word in words for word in TABLE_WORDS) or re.search(r"[。，；]", line) or len(line) > 150:
        return []
    years = [int(y) for y in HEADER_YEAR.findall(line)]
    if not years or not (len(years) >= 2 or any(w in words for w in HEADER_WORDS)):
        return []
    if len(years) >= 2:  # 2020年 “十四五”新增 2025年: a column of what the period adds, between two years
        columns = [int(match[1]) if match[1] else ADDED for match in YEAR_OR_ADDED.finditer(line)]
        if ADDED in columns[1:-1] and columns.count(ADDED) == 1:
            return columns
    if len(years) == 1 and BASELINE_COLUMN.search(line, 0, HEADER_YEAR.search(line).start()):
        return [UNDATED_BASE, *years]  # 序号 指标 现状值 2025年: a baseline column of no stated year
    return years


MAX_HEADER_LINES = 12
MAX_HEADER_CELL = 16


def _header_block(text: str, lines: list[tuple[int, int]], index: int) -> tuple[list[int], int] | None:
    """Years of a header written one cell per line, starting at ``lines[index]``, and the index
    of its last line; None when no block of short lines there reads as a header."""
    joined, last = "", None
    for at in range(index, min(index + MAX_HEADER_LINES, len(lines))):
        line = text[lines[at][0] : lines[at][1]].strip()
        year_cell = bool(HEADER_YEAR.search(line)) and len(line) <= MAX_HEADER_CELL and not re.search(r"[。，；]", line)
        if not (year_cell or _words_only(line, MAX_HEADER_CELL)):
            break
        joined, last = joined + " " + line, at
    years = _header_years(joined) if last is not None and last > index else []
    if len(years) >= 2 or (years and re.search(r"目标", joined)):
        return years, last
    return None


def _header_cell(line: str) -> bool:
    """A short line of a wrapped header: words (完成情况, 目标值, 属性) or a year (2025 年)."""
    if HEADER_YEAR.fullmatch(line.replace(" ", "")) or re.fullmatch(r"\d{4}\s*年\S{0,6}", line):
        return True
    return _words_only(line, 8) and bool(re.search(r"目标|现状|完成|情况|属性|类别|单位|基期|值", line))


def _words_only(line: str, longest: int) -> bool:
    return bool(line) and len(line) <= longest and not re.search(r"[\d%％。，；]", line)


def is_indicator_header(line: str) -> bool:
    """True for the header line of an indicator table (规划指标 | 2020年 | 2025年 …)."""
    return bool(_header_years(line))


def _cells(line: str, start: int) -> list[tuple[str, int, int]]:
    """Cells of a row with their offsets: tab-separated when tabs are there, else space-separated."""
    separator = r"\t+" if "\t" in line else r"[ \u3000\t]+"
    cells, cursor = [], 0
    for part in re.split(f"({separator})", line):
        if part and not re.fullmatch(separator, part):
            cells.append((part.strip(), start + cursor, start + cursor + len(part)))
        cursor += len(part)
    cells = [c for c in cells if c[0]]
    if "\t" in line:
        return cells
    merged: list[tuple[str, int, int]] = []
    for cell in cells:  # 76.5（以 51 / 30（较 2015: words in an open bracket belong to the cell before
        if merged and merged[-1][0].count("（") + merged[-1][0].count("(") > merged[-1][0].count("）") + merged[-1][0].count(")"):
            merged[-1] = (merged[-1][0] + cell[0], merged[-1][1], cell[2])
        elif merged and re.fullmatch(r"\d+\.", merged[-1][0]) and re.match(r"\d", cell[0]):  # 99. 2: a decimal split
            merged[-1] = (merged[-1][0] + cell[0], merged[-1][1], cell[2])
        elif merged and SUFFIX_CELL.match(cell[0]) and cell_value(merged[-1][0]) and not cell_value(merged[-1][0])["suffix"]:
            merged[-1] = (merged[-1][0] + cell[0], merged[-1][1], cell[2])
        else:
            merged.append(cell)
    return merged


def _is_figure(cell: str) -> bool:
    return bool(cell_value(cell) or PLACEHOLDER.match(cell))


def find_indicator_tables(view: TextView, document: SourceDocument) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of the indicator tables in ``view`` and the tables' spans (view offsets)."""
    text = view.text.translate(HALF_WIDTH)  # ６８．８ (a Founder font's decimal point read as ．): one character each
    lines = _lines(text)
    targets: list[Target] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        years = _header_years(text[start:end])
        if not years:  # a header whose cells the text put on lines of their own (序\n号\n指标名称\n2020 年…)
            block = _header_block(text, lines, index)
            if block:
                years, index = block
        if len(years) < 1:
            index += 1
            continue
        # the rest of a header that wrapped (2020 年 / 完成情况 / 2025 年 / 目标值 / 属性)
        while index + 1 < len(lines) and _header_cell(text[lines[index + 1][0] : lines[index + 1][1]].strip()):
            index += 1
            years = [*years, *(int(y) for y in HEADER_YEAR.findall(text[lines[index][0] : lines[index][1]]))]
        end = lines[index][1]
        header_text = text[start:end]
        table_start, table_end, gap, rows = start, end, 0, 0
        pending: list[tuple[int, int]] = []  # lines of words only: a metric wrapped above its figures
        metrics_run = 0
        column: list[list[tuple[int, int]]] = []  # the metrics above, each its lines (a unit may wrap: 发生率 / (起/每万枚))
        index += 1
        while index < len(lines) and gap <= MAX_GAP and rows < MAX_ROWS:
            line_start, line_end = lines[index]
            line = text[line_start:line_end]
            if STOP_LINE.match(line) and not FIGURES_AT_END.search(line) and not (
                index + 1 < len(lines) and FIGURES_AT_END.search(text, *lines[index + 1])
            ):
                break  # a heading; 一、水电（万千瓦） 2281 - 2281 is a row numbered so, 四、生物质能 a category over rows
            line_years = _header_years(line)
            if line_years == years or line.strip() == header_text.strip():
                index += 1  # the header repeated on a new page
                continue
            if line_years or (_words_only(line.strip(), MAX_HEADER_CELL) and _header_block(text, lines, index)):
                break  # the header of the next table: it is read as its own
            # two lines of words each closed by a unit: a column of metrics whose figures follow as
            # a block, which no line can be paired with safely (受污染耕地安全利用率 (%) / 污染地块… / 98 ≥98)
            if ATTRIBUTE_PART.match(line.strip()):
                index += 1  # furniture that keeps the metric above it pending
                continue
            if metrics_run >= 2:
                paired = _column_rows(text, lines, index, column, years)
                if paired:  # a column of metrics whose figures follow as a block, as many rows as metrics
                    for at, metric_lines in paired:
                        targets.extend(_row_targets(text[slice(*lines[at])], lines[at][0], years, view, document, metric_lines, apart=True) or [])
                    index = paired[-1][0] + 1
                    gap, rows, table_end, pending, metrics_run, column = 0, rows + len(paired), lines[paired[-1][0]][1], [], 0, []
                    continue
            marked = FOOTNOTE_MARK.search(line)
            if marked and index + 1 < len(lines) and _figures_only(text[slice(*lines[index + 1])], len(years)):
                line, line_end = line[: marked.start()], line_start + marked.start()  # its metric, the marker left out
            found = _row_targets(line, line_start, years, view, document, pending if metrics_run < 2 else [])
            if found is None:
                # a short cell of its own (约束性, 达到国家, a row number, a category) is table furniture
                gap += len(line.strip()) > MAX_FURNITURE
                words = ROW_NUMBER_PREFIX.sub("", line)  # 1 环境空气质量优良天数比率 / （%） / 84.2 ≥90
                # 细颗粒物（PM2.5）浓度: a figure in brackets names the metric, no cell of figures
                words_only = re.search(r"[\u3400-\u9fff（(%]", words) and not re.search(r"\d", BRACKETED.sub("", words))
                metrics_run = metrics_run + bool(UNIT_BRACKET.search(line.strip())) if words_only else 0
                pending = [*pending, (line_start, line_end)][-2:] if words_only else []
                if not words_only:
                    column = []
                elif column and UNIT_BRACKET.fullmatch(line.strip()):
                    column[-1] = [*column[-1], (line_start, line_end)]
                else:
                    column.append([(line_start, line_end)])
            else:
                gap, rows, table_end, pending, metrics_run, column = 0, rows + 1, line_end, [], 0, []
                targets.extend(found)
            index += 1
        if rows:
            spans.append((table_start, table_end))
    return targets, spans


def _column_rows(text: str, lines: list[tuple[int, int]], index: int, column: list[list[tuple[int, int]]], years: list[int]) -> list[tuple[int, list[tuple[int, int]]]]:
    """(line index, metric lines) pairs when the lines from ``index`` are rows of figures alone,
    exactly as many as the metrics at the end of ``column`` that each close with a unit; [] otherwise
    (a count that differs cannot be paired safely)."""
    figure_lines = []
    for at in range(index, min(index + MAX_ROWS, len(lines))):
        cells = [c for c, _, _ in _cells(text[slice(*lines[at])], 0)]
        figures = [c for c in cells if _is_figure(c)]
        if not cells or not _is_figure(cells[0]) or len(figures) < min(2, len(years)) or not all(_is_figure(c) or ATTRIBUTE.match(c) for c in cells):
            break
        figure_lines.append(at)
    with_units = []
    for metric_lines in reversed(column):
        if not UNIT_BRACKET.search(text[metric_lines[-1][0] : metric_lines[-1][1]].strip()):
            break
        with_units.insert(0, metric_lines)
    if len(figure_lines) < 2 or len(figure_lines) != len(with_units):
        return []
    return list(zip(figure_lines, with_units))


def _figures_only(line: str, columns: int) -> bool:
    """A line of a row's figures alone, as many as the header's years or more (and an attribute)."""
    cells = [c for c, _, _ in _cells(line, 0)]
    figures = [c for c in cells if _is_figure(c) or PLACEHOLDER.match(c)]
    return bool(cells) and _is_figure(cells[0]) and len(figures) >= columns and all(
        _is_figure(c) or PLACEHOLDER.match(c) or ATTRIBUTE.match(c) or SUFFIX_CELL.match(c) for c in cells
    )


def _row_targets(
    line: str, line_start: int, years: list[int], view: TextView, document: SourceDocument, pending: list[tuple[int, int]] = (),
    apart: bool = False,
) -> list[Target] | None:
    """The targets of one row, [] for a row whose target cells hold no number, None for no row.
    ``pending``: the lines of words just above, the metric of a row whose line holds only figures;
    ``apart``: those lines stand apart from the row (a column of metrics), and the targets' text
    and span are the row's own line."""
    cells = _cells(line, line_start)
    numbered = re.match(r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})、(?=\D)|\d{1,2}[.．](?=[\u3400-\u9fff])", cells[0][0]) if cells else None
    if numbered:  # 1、生物质能发电（万千瓦） 35.4 49.6 85, 1.残疾人家庭人均收入年均增长(%) >7.5: a row number glued to its metric
        cells[0] = (cells[0][0][numbered.end() :], cells[0][1] + numbered.end(), cells[0][2])
    leads_with_figures = cells and _is_figure(cells[0][0]) and (
        not ROW_NUMBER.match(cells[0][0]) or (len(cells) > 1 and _is_figure(cells[1][0]))
    )
    if leads_with_figures and pending:
        text = view.text
        words = ROW_NUMBER_PREFIX.sub("", "".join(text[a:b] for a, b in pending))
        cells = [(re.sub(r"\s", "", words), pending[0][0], pending[-1][1]), *cells]
    # (a row's number stands before its metric: 100 before the row's 约束性 is its figure)
    first = next((
        i for i, (cell, _, _) in enumerate(cells)
        if _is_figure(cell) and not (ROW_NUMBER.match(cell) and i + 1 < len(cells) and not _is_figure(cells[i + 1][0]) and not (i and ATTRIBUTE.match(cells[i + 1][0])))
    ), None)
    if first is None or first == 0:
        return None
    run = []
    for cell in cells[first:]:
        if not _is_figure(cell[0]):
            break
        run.append(cell)
    text_cells = [c for c in cells[:first] if not ROW_NUMBER.match(c[0]) and not ATTRIBUTE.match(c[0])]
    if not text_cells or any(re.search(r"[，。；：,;]", c[0]) for c in text_cells):
        return None  # a sentence, not a row
    tabbed = "\t" in line
    unit = ""
    if tabbed:
        metric_cells = [text_cells[-1]]
        if len(text_cells) >= 2 and len(text_cells[-1][0]) <= 6 and not re.search(r"[率比例量数度积]$", text_cells[-1][0]):
            unit, metric_cells = text_cells[-1][0], [text_cells[-2]]  # a 单位 column
    else:
        metric_cells = text_cells
        if len(text_cells) >= 2 and UNIT_CELL.fullmatch(text_cells[-1][0]):
            unit, metric_cells = text_cells[-1][0], text_cells[:-1]  # 指标名称 单位 2020年: a unit column
    metric = re.sub(r"\s", "", "".join(c[0] for c in metric_cells))
    bracket = UNIT_BRACKET.search(metric)
    if bracket:
        unit, metric = unit or bracket["unit"] or "%", metric[: bracket.start()]
    if len(re.findall(r"[\u3400-\u9fff]", metric)) < 2 and pending and not leads_with_figures:
        # 地表水考核断面水质好于Ⅲ类水体比 / 例 (%) 69.2: the metric wrapped, its tail on the row's line
        metric = re.sub(r"\s", "", ROW_NUMBER_PREFIX.sub("", "".join(view.text[a:b] for a, b in pending))) + metric
        metric_cells = [(metric, pending[0][0], metric_cells[-1][2])]
    if len(re.findall(r"[\u3400-\u9fff]", metric)) < 2:
        return None  # a stray word of a wrapped cell (标), not a metric
    if len(run) < len(years):
        # a target cell in words: none in 稳中向好 or 省下达指标, a change in 较2020年减少3% or 新增2000个
        return _worded_cell_targets(view, document, run[-1][2] if run else cells[first][1], line_start + len(line), metric, unit, years)
    baseline_cell = run[0] if len(years) >= 2 else None
    baseline = cell_value(baseline_cell[0]) if baseline_cell else None
    found = []
    for column, year in enumerate(years):
        if column == 0 and len(years) >= 2:
            continue  # the base year's column
        cell, cell_start, cell_end = run[column]
        match = cell_value(cell)
        if not match:
            continue
        next_cell = cells[cells.index(run[column]) + 1][0] if cells.index(run[column]) + 1 < len(cells) else ""
        suffix = match["suffix"] or (next_cell if next_cell in ("以上", "以下") else None)
        try:
            value, value_max, comparator = _figure(match, suffix)
        except InvalidOperation:
            continue
        added = year == ADDED  # the amount the period adds: from the base year to the next year column
        # the period adds -1.1: a fall by 1.1 from the base year (a figure with no comparator of its own)
        fall = bool(match["sign"]) and added and SYMBOLS.get(match["comparator"] or "", REACH) == REACH
        if match["sign"] and not added:
            value, value_max = -value, None  # a level below zero
        cell_unit = unit or (match["unit"] or "")
        origin_start, _ = view.original_span(*((line_start, line_start + 1) if apart else (metric_cells[0][1], metric_cells[0][1] + 1)))
        _, origin_end = view.original_span(cell_start + match.end() - 1, cell_start + match.end())
        found.append(
            Target(
                text=row_text(document.text[origin_start:origin_end]),
                metric=metric + "新增" if added and not fall else metric,
                value=value,
                unit=cell_unit.replace("％", "%"),
                comparator=DECREASE_BY if fall else comparator,
                span=document.span(origin_start, origin_end),
                year=None if added else year,
                value_max=value_max,
                period_start=years[0] + 1 if added and years[0] > 0 else None,
                period_end=next((y for y in years[column + 1 :] if y > 0), None) if added else None,
                base_year=years[0] if baseline and years[0] != UNDATED_BASE and (fall or not added) else None,
                baseline=Decimal(baseline["number"]) if baseline and (fall or not added) else None,
                baseline_unit=cell_unit.replace("％", "%") if baseline and (fall or not added) else "",
                approximate=match["suffix"] == "左右",
                rules=["indicator_table", "added_column"] if added else ["indicator_table"],
            )
        )
    return found


def _worded_cell_targets(
    view: TextView, document: SourceDocument, start: int, end: int, metric: str, unit: str, years: list[int]
) -> list[Target]:
    """The targets of a row's future cell written as words (较 2020 年减少 3%, 新增 2000 个, 整治率达
    100%), read as a sentence and given the row's metric and the last column's year."""
    due = [y for y in years if y > 0]
    if ADDED in years or not due or start >= end:
        return []
    found = find_targets(view.slice(start, end), document)
    verbs = target_rules().amount_verbs
    for target in found:
        if not target.unit and unit:
            target.unit = unit
        verb = next((v for v in verbs if target.metric.endswith(v)), "")  # 新增 2000 个: what the period adds
        target.metric = metric + verb
        if not (target.year or target.period_start or target.period_end):
            target.year = due[-1]
        target.rules = ["indicator_table", "worded_cell", *target.rules]
    return found


# -- goal columns of task tables: 考核指标 | 单位 | 年度目标 --------------------------------------------
TRAILING_NOTE = re.compile(r"[（(][^（）()]{1,12}[）)]$")  # 5.5%(市下达指标): where the figure comes from


def goal_cell_targets(
    cell: TextView, measure: str, metric: str, document: SourceDocument, due: tuple[int, str] | None
) -> list[Target]:
    """The target of a task table's goal cell (年度目标 ``≥2%`` under 单位 ``%`` beside 考核内容
    ``农林牧渔业增加值增幅``): the cell's figure with the row's measure and metric, due ``due``.
    A cell in words states its targets as a sentence (完成投资5亿元); one with no figure
    (全市统筹, 良好以上) states none. Rule ``goal_column``."""
    written = re.sub(r"\s", "", cell.text).translate(HALF_WIDTH)
    # 增长5.5%(市下达指标), 减少3%, 提高到2.5%: the row's metric changes by the figure, or reaches it
    change = GOAL_CHANGE.match(written)
    figure = TRAILING_NOTE.sub("", written[change.end() :] if change else written)
    match = cell_value(figure)
    if not match or match.end() != len(figure) or len(re.findall(r"[\u3400-\u9fff]", metric)) < 2:
        found = find_targets(cell, document, due=due)
        for target in found:
            target.unit = target.unit or ("" if PLACEHOLDER.match(measure) else measure)
            target.metric = target.metric or metric  # (提高8%: the cell names no metric, the row does)
            target.rules = ["goal_column", *target.rules]
        return found
    value, value_max, comparator = _figure(match, match["suffix"])
    if change and not change["to"]:
        comparator = DECREASE_BY if change["word"] in GOAL_FALLS else INCREASE_BY
    unit = (match["unit"] or ("" if PLACEHOLDER.match(measure) else measure)).replace("％", "%")
    start, end = cell.original_span(0, len(cell.text.rstrip()))
    return [
        Target(
            text=metric + written,
            metric=metric,
            value=-value if match["sign"] else value,
            unit=unit,
            comparator=comparator,
            span=document.span(start, end),
            year=due[0] if due else None,
            value_max=value_max,
            approximate=match["suffix"] == "左右",
            rules=["goal_column", *([due[1]] if due else [])],
        )
    ]


# -- allocation tables: a target shared out among places or units --------------------------------
ALLOCATION = load_rules("target_rules")["allocation_tables"]
PROJECT_FIRST = frozenset(ALLOCATION["project_columns"])
ALLOCATION_FIRST = frozenset([*ALLOCATION["first_columns"], *PROJECT_FIRST])
PROJECT_CELL = re.compile(r"(?=.*[\u4e00-\u9fff]{2})[\u4e00-\u9fff0-9A-Za-z（）()、“”\-—]{4,60}")  # 2023年沧县大褚村乡高标准农田建设项目
OWNER_COLUMN = re.compile(r"(?:责任|牵头|实施|承办|建设|业主|主管|配合|协办)(?:单位|部门|主体)|^部门$|责任人")
PROJECT_YEAR = re.compile(r"^((?:19|20)\d{2})年(?:度)?")
ALLOCATION_WORDS = re.compile(alternatives(ALLOCATION["column_words"]) + r"$")
# 新增示范工程; not 建成时间, 建设年限
COUNT_COLUMN = re.compile(
    r"^(?:" + alternatives(ALLOCATION["count_columns"]) + r")(?![\u4e00-\u9fff]*(?:" + alternatives(ALLOCATION["count_column_not"]) + r")$)[\u4e00-\u9fff]{2,}$"
)
ALLOCATION_FALLS = re.compile(alternatives(ALLOCATION["falls"]) + r"$")
ALLOCATION_RISES = re.compile(alternatives(ALLOCATION["rises"]) + r"$")
ALLOCATION_CEILINGS = re.compile(alternatives(ALLOCATION["ceilings"]))
PLACE_CELL = re.compile(r"[\u4e00-\u9fff（）()、]{2,20}")
TOTAL_ROW = re.compile(r"[ \t\u3000]*" + alternatives(ALLOCATION["total_rows"], spaced_out=True) + r"[ \t\u3000]*")
GOAL_FALLS = frozenset([*ALLOCATION["falls"], *ALLOCATION["goal_falls"]])
GOAL_CHANGE = re.compile("(?P<word>" + alternatives([*GOAL_FALLS, *ALLOCATION["rises"], *ALLOCATION["goal_rises"]]) + ")(?P<to>到|至)?")
ALLOCATION_HEADER = re.compile(
    r"^[ \t\u3000]*(?:(?:序[ \u3000]?号|编[ \u3000]?号)[ \t\u3000]*\t[ \t\u3000]*)?(?:" + alternatives(sorted(ALLOCATION_FIRST, key=len, reverse=True))
    + r")(?:[（(][^（）()\t]*[）)])?[ \t\u3000]*\t", re.M
)


def _tab_cells(text: str, start: int, end: int, opening_bar: bool = False) -> list[tuple[str, int, int]]:
    """A tab-separated line's cells, squeezed, with their spans; empty cells at its end dropped, and with
    ``opening_bar`` the empty cell before the first bar (| 项目名称 | 建设规模(万亩) |: a table whose lines all open so)."""
    cells, at = [], start
    for raw in text[start:end].split("\t"):
        cells.append((re.sub(r"\s", "", raw), at, at + len(raw)))
        at += len(raw) + 1
    while cells and not cells[-1][0]:
        cells.pop()
    if opening_bar and cells and not cells[0][0]:
        cells = cells[1:]
    return cells


def _project_row_fits(text, line, header, cells, columns, barred) -> bool:
    """A project's row has as many cells as its header, the ones left empty (a 备注) under no column of figures:
    a page that dropped a cell from the middle of a row moves the figures after it under the wrong columns."""
    fields = text[line[0] : line[1]].split("\t")
    fields = fields[1:] if barred and fields and not fields[0].strip() else fields
    while len(fields) > len(header) and not fields[-1].strip():
        fields.pop()  # (the bar closing the line)
    if len(fields) != len(header):
        return False
    return all(field.strip() or not columns.get(column) for column, field in enumerate(fields))


def _opens_with_bar(text: str, start: int, end: int) -> bool:
    """The line opens with a cell's bar (a tab in the clean view) before its first cell."""
    return text[start:end].lstrip(" \u3000").startswith("\t")


def _allocation_column(header: str) -> tuple[str, str, str] | None:
    """(metric, unit, comparator) a column of targets names (单位规上工业增加值能耗降幅目标(%)), or None."""
    bracket = UNIT_BRACKET.search(header)
    unit = (bracket["unit"] or bracket["percent"] or "").replace("％", "%") if bracket else ""
    words = header[: bracket.start()] if bracket else header
    named = ALLOCATION_WORDS.search(words)
    if not (named or bracket or COUNT_COLUMN.match(words)) or HEADER_YEAR.search(header) or not words:
        return None
    metric = words[: named.start()] if named else words
    comparator = REACH
    if ALLOCATION_FALLS.search(metric):
        metric, comparator = metric[: ALLOCATION_FALLS.search(metric).start()], DECREASE_BY
    elif ALLOCATION_RISES.search(metric):
        metric, comparator = metric[: ALLOCATION_RISES.search(metric).start()], INCREASE_BY
    elif ALLOCATION_CEILINGS.search(metric):
        comparator = AT_MOST
    return (metric, unit, comparator) if len(metric) >= 2 else None


def _line_before(text: str, start: int) -> str:
    """The last line with words before ``start`` (a table's caption), looked for backwards: no copy of the text before."""
    end = start
    while end > 0 and text[end - 1] in " \t\u3000\r\n":
        end -= 1
    return text[text.rfind("\n", 0, end) + 1 : end]


def _first_column(cell: str) -> bool:
    """The header of a column of places or units (地区, 乡镇, 乡镇(农场): what a bracket adds aside)."""
    return cell in ALLOCATION_FIRST or re.sub(r"[（(][^（）()]*[）)]$", "", cell) in ALLOCATION_FIRST


ALLOCATION_TASK = re.compile(r"任务|目标")
MEASURE_LINE = re.compile(r"(?:单位|面积|计量单位)[:：]\s*(?P<unit>[\u4e00-\u9fff%‰]{1,4})\s*(?:\t|$)")


def _sub_header(cells: list[tuple[str, int, int]]) -> bool:
    """A second line of a table's header: short words only, no figure and no place's row."""
    named = [cell for cell, _, _ in cells if cell]
    return 0 < len(named) <= MAX_HEADER_WORDS and all(len(cell) <= 6 and not re.search(r"\d", cell) for cell in named)


MAX_HEADER_WORDS = 8
NOTE_COLUMN = re.compile(r"备注|说明|备考")


def find_allocation_tables(view: TextView, document: SourceDocument) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of tables that share a target out among places or units, and the tables' spans.

    ``地区 | 单位规上工业增加值能耗降幅目标(%)`` over ``城厢 | 3.4`` is 城厢's target: its
    单位规上工业增加值能耗 falls by 3.4 %. The header's first cell names places or units
    (``allocation_tables`` in ``target_rules.json``), its others a target and no year (a column of
    years is an indicator table's). Rows are read while their first cell is a name and their
    others figures. Rule ``allocation_table``; the time is the plan's (an annual title's year).
    """
    if not ALLOCATION_HEADER.search(view.text):  # most documents have no such table: no line is read
        return [], []
    text = view.text.translate(HALF_WIDTH)
    lines = _lines(text)
    targets: list[Target] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        barred = _opens_with_bar(text, *lines[index])  # (a table whose header opens with a bar: its rows do too)
        header = _tab_cells(text, *lines[index], barred)
        index += 1
        numbered = len(header) > 2 and NUMBER_COLUMN.match(header[0][0]) is not None and _first_column(header[1][0])
        header = header[1:] if numbered else header  # 序号 | 乡镇 | 分阶段任务(亩): the rows' numbers, then their places
        if len(header) < 2 or not _first_column(header[0][0]):
            continue
        projects = header[0][0] in PROJECT_FIRST
        if projects and any(OWNER_COLUMN.search(cell) for cell, _, _ in header):
            continue  # 项目名称 | … | 责任单位: each row a task of its owner's, read by the task tables' reader
        name_cell = PROJECT_CELL if projects else PLACE_CELL
        columns = {column: _allocation_column(cell) for column, (cell, _, _) in enumerate(header) if column > 0}
        yeared = [column for column, (cell, _, _) in enumerate(header) if column > 0 and HEADER_YEAR.search(cell)]
        years: dict[int, int] = {}
        if len(yeared) == 1 and ALLOCATION_TASK.search(header[yeared[0]][0]):
            # 2023年小麦任务面积: one column of the year's task (a column of years each is an indicator table's)
            cell = header[yeared[0]][0]
            columns[yeared[0]] = _allocation_column(HEADER_YEAR.sub("", cell))
            years[yeared[0]] = int(HEADER_YEAR.search(cell).group(1))
        if not any(columns.values()):
            continue
        stated_unit = MEASURE_LINE.search(text, lines[index - 2][0], lines[index - 2][1]) if index >= 2 else None  # 面积:万亩 above
        table_start, table_end = lines[index - 1][0], None
        # 各区“十四五”交通光伏任务分配表: a caption naming a period dates the table's figures
        caption_period = title_period(_line_before(text, table_start))
        width = None  # cells a row must have, when a second header line split a column
        sub = _tab_cells(text, *lines[index], barred) if index < len(lines) else []
        if _sub_header(sub):
            # 春种 | 夏种 under a merged 分阶段任务(亩): the merged column (the first of targets) is as many as its words,
            # the columns after it move along; a row that does not fill them all cannot be told apart
            words = [cell for cell, _, _ in sub if cell]
            merged = min(column for column, read in columns.items() if read)
            metric, unit, comparator = columns[merged]
            named = [column for column, (cell, _, _) in enumerate(header) if column > 0 and cell and not NOTE_COLUMN.fullmatch(cell)]
            columns = {
                **{column: read for column, read in columns.items() if column < merged},
                **{merged + at: (metric + word, unit, comparator) for at, word in enumerate(words)},
                **{column + len(words) - 1: read for column, read in columns.items() if column > merged},
            }
            width, index = 1 + max(named) + len(words) - 1, index + 1  # (a 备注 column may be left empty)
        while index < len(lines):
            if not text[lines[index][0] : lines[index][1]].strip() and index + 1 < len(lines):
                index += 1  # a blank line between rows (a page's table whose cells were lines of their own)
                continue
            cells = _tab_cells(text, *lines[index], barred)
            if numbered and cells and ROW_NUMBER.match(cells[0][0]):
                cells = cells[1:]
            if cells and TOTAL_ROW.fullmatch(cells[0][0]):
                index += 1  # 合计 | | 500: the places' figures added up, a cell maybe left empty: no place's share
                continue
            if width is not None and len(cells) < width and cells and name_cell.fullmatch(cells[0][0]):
                index += 1  # (神星镇 | 2478.4 | 2478.4 under 春种 | 夏种 | 合计: which column is empty, the row does not say)
                continue
            figures = [(column, cell_value(cell), start, end) for column, (cell, start, end) in enumerate(cells) if column in columns and columns[column]]
            if len(cells) < 2 or not name_cell.fullmatch(cells[0][0]) or not any(match and match.end() == len(cells[column][0]) for column, match, _, _ in figures):
                break
            if projects and not _project_row_fits(text, lines[index], header, cells, columns, barred):
                index += 1  # (a project's row with a cell left out: which column each figure is under, it does not say)
                continue
            named_year = PROJECT_YEAR.match(cells[0][0]) if projects else None  # 2023年沧县…项目: the project's year
            for column, match, _, end in figures:
                if not match or match.end() != len(cells[column][0]):
                    continue
                metric, unit, comparator = columns[column]
                origin_start, origin_end = view.original_span(cells[0][1], end)
                year = years.get(column) or (int(named_year.group(1)) if named_year else None)
                period = caption_period if caption_period and year is None else (None, None)
                targets.append(
                    Target(
                        text=row_text(document.text[origin_start:origin_end]),
                        metric=cells[0][0][named_year.end() if named_year else 0 :] + metric,
                        value=Decimal(match["number"]),
                        unit=(match["unit"] or unit or (stated_unit["unit"] if stated_unit else "")).replace("％", "%"),
                        comparator=comparator,
                        span=document.span(origin_start, origin_end),
                        year=year,
                        period_start=period[0],
                        period_end=period[1],
                        rules=["project_table" if projects else "allocation_table"],
                    )
                )
            table_end = lines[index][1]
            index += 1
        if table_end is not None:
            spans.append((table_start, table_end))
    return targets, spans


# -- tables whose columns are places: 指标名称 | 单位 | 苏州市 | 张家港 | 常熟 … ---------------------------
PLACE_TABLE = load_rules("target_rules")["place_column_tables"]
PLACE_TABLE_FIRST = re.compile(r"^(?:" + alternatives(PLACE_TABLE["metric_columns"]) + r")$")
PLACE_TABLE_UNIT = re.compile(r"^(?:" + alternatives(PLACE_TABLE["unit_columns"]) + r")$")
NUMBER_COLUMN = re.compile(r"^(?:序[ \u3000]?号|编[ \u3000]?号)$")  # (序 号: a page spaced its two characters)
ZONE_COLUMN = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:" + alternatives(PLACE_TABLE["zone_endings"]) + r")$")
WHOLE_COLUMN = re.compile(r"^(?:" + alternatives(PLACE_TABLE["whole_columns"]) + r")$")
MIN_PLACE_COLUMNS = 3
MAX_PLACE_CELL = 8


def _place_column(cell: str, lexicon) -> bool:
    """A header cell naming a place: 苏州市, 张家港 (张家港市), 吴中 (吴中区), 园区, 高新区, 全市."""
    if not cell or len(cell) > MAX_PLACE_CELL or not re.fullmatch(r"[\u4e00-\u9fff]+", cell):
        return False
    return bool(ZONE_COLUMN.match(cell) or WHOLE_COLUMN.match(cell)) or _known_place(cell, lexicon)


def _known_place(cell: str, lexicon) -> bool:
    """A place of the lexicon, named in full or short of its level's ending (张家港 for 张家港市)."""
    return any(name in lexicon.place_names for name in (cell, *(cell + end for end in "市县区旗")))


def _value_cell(cell: str) -> re.Match[str] | None:
    match = PLAIN_VALUE.match(cell)
    return match if match and match.end() == len(cell) else None


def find_place_column_tables(view: TextView, document: SourceDocument, lexicon) -> tuple[list[Target], list[tuple[int, int]]]:
    """Targets of tables that share targets out among places in columns, and the rows' spans.

    ``指标名称 | 单位 | 苏州市 | 张家港 | 常熟 …`` over ``地区生产总值 | 增幅(%) | 7左右 | 7以上 | …``
    gives each place its target: 张家港's 地区生产总值 grows by 7 % or more. A web page's table
    often reaches us one cell per line; its rows are read from the header's columns (序号, the
    metric, the unit, then the places), each row a number, a metric, a unit and one figure per
    place. A row whose cells cannot be counted so (a cell of words broken over two lines, an empty
    cell, a unit cell that is no unit) is left to the sentence reader, whatever it makes of it; a
    table titled as a report of results (…完成情况表) gives none. Rule ``place_column_table``; the
    time is the plan's.
    """
    text = view.text.translate(HALF_WIDTH)
    if not re.search(r"^[ \t\u3000]*(?:" + alternatives(PLACE_TABLE["metric_columns"]) + r")[ \t\u3000]*(?:\t|\r?\n)", text, re.M):
        return [], []  # most documents have none: no line is read
    lines = [(a, b, re.sub(r"\s", "", text[a:b])) for a, b in _lines(text)]
    lines = [line for line in lines if line[2]]  # blank lines separate a page's cells
    targets: list[Target] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        header, index = _place_header(text, lines, index, lexicon)
        if header is None:
            continue
        numbered, has_unit, places, one_per_line = header
        rows, index = (_place_rows_per_line if one_per_line else _place_rows_tabbed)(text, lines, index, numbered, has_unit, len(places))
        for metric_cell, unit_cell, values in rows:
            metric, unit, comparator = metric_cell[0], "", REACH
            if unit_cell is not None:
                column = _allocation_column(metric_cell[0] + unit_cell[0]) if UNIT_BRACKET.search(unit_cell[0]) else None
                metric, unit, comparator = column if column else (metric_cell[0], unit_cell[0], REACH)
            read = False
            for place, (cell, start, end) in zip(places, values):
                match = _value_cell(cell)
                if not match:
                    continue  # — or words: no figure for this place
                value, value_max, stated = _figure(match, match["suffix"])
                origin_start, origin_end = view.original_span(start, end)
                targets.append(
                    Target(
                        text=place + metric_cell[0] + cell,  # (the place heads its column: the figure alone says nothing)
                        metric=place + metric,
                        value=value,
                        value_max=value_max,
                        unit=(match["unit"] or unit).replace("％", "%"),
                        comparator=comparator if comparator != REACH else stated,
                        span=document.span(origin_start, origin_end),
                        approximate=match["suffix"] == "左右",
                        rules=["place_column_table"],
                    )
                )
                read = True
            if read:
                spans.append((metric_cell[1], values[-1][2]))
    return targets, spans


PLACE_TABLE_RESULTS = re.compile(alternatives(PLACE_TABLE["result_titles"]))
MAX_TITLE_REACH = 120  # characters before a header where its table's title stands


def _place_header(text, lines, index, lexicon):
    """The header that starts at ``lines[index]`` ((numbered, has_unit, places, one_per_line), next
    index), or (None, index + 1). Its cells are tab-separated on one line or one per line; a
    header under a title that reports results (2017年主要经济指标完成情况表) opens no table."""
    row = text[lines[index][0] : lines[index][1]]
    cells = [c for c, _, _ in _tab_cells(text, lines[index][0], lines[index][1])] if "\t" in row else None
    one_per_line = cells is None or len(cells) < 2
    if one_per_line:
        cells, end = [], index
        while end < len(lines) and len(cells) < MAX_HEADER_CELLS_PLACES and (
            NUMBER_COLUMN.match(lines[end][2]) or PLACE_TABLE_FIRST.match(lines[end][2]) or PLACE_TABLE_UNIT.match(lines[end][2]) or _place_column(lines[end][2], lexicon)
        ):
            cells.append(lines[end][2])
            end += 1
    else:
        end = index + 1
    numbered = bool(cells) and bool(NUMBER_COLUMN.match(cells[0]))
    rest = cells[1:] if numbered else cells
    if not rest or not PLACE_TABLE_FIRST.match(rest[0]):
        return None, index + 1
    has_unit = len(rest) > 1 and bool(PLACE_TABLE_UNIT.match(rest[1]))
    places = rest[2 if has_unit else 1 :]
    if len(places) < MIN_PLACE_COLUMNS or not all(_place_column(p, lexicon) for p in places) or sum(_known_place(p, lexicon) for p in places) < 2:
        return None, index + 1
    if PLACE_TABLE_RESULTS.search(text, max(0, lines[index][0] - MAX_TITLE_REACH), lines[index][0]):
        return None, end  # a table of what was done
    return (numbered, has_unit, places, one_per_line), end


MAX_HEADER_CELLS_PLACES = 40


Cell = tuple[str, int, int]  # squeezed text, start, end


def _place_rows_tabbed(text, lines, index, numbered, has_unit, columns) -> tuple[list[tuple[Cell, Cell | None, list[Cell]]], int]:
    """Rows of a tab-separated table under its header (from ``lines[index]``), and the index after them.
    Empty cells at a row's end are empty places (the reader of cells drops them)."""
    rows = []
    while index < len(lines) and "\t" in text[lines[index][0] : lines[index][1]]:
        cells = _tab_cells(text, lines[index][0], lines[index][1])
        if numbered and cells and ROW_NUMBER.match(cells[0][0]):
            cells = cells[1:]
        first = 2 if has_unit else 1
        if first < len(cells) <= first + columns and re.search(r"[\u4e00-\u9fff]", cells[0][0]) and (not has_unit or _unit_cell(cells[1][0])):
            end = cells[-1][2]
            values = cells[first:] + [("", end, end)] * (first + columns - len(cells))
            rows.append((cells[0], cells[1] if has_unit else None, values))
        index += 1
    return rows, index


def _unit_cell(cell: str) -> bool:
    """A cell of a table's unit column: 增幅(%), %, 亿元, 个 (not the end of a wrapped metric, 值)."""
    return len(cell) <= MAX_PLACE_CELL and bool(UNIT_BRACKET.search(cell) or "%" in cell or "‰" in cell or UNIT_CELL.fullmatch(cell))


def _row_opens(lines, index, number) -> bool:
    """``lines[index]`` is row ``number``'s number, with its metric after it."""
    return (
        index + 1 < len(lines) and lines[index][2] == str(number)
        and bool(re.search(r"[\u4e00-\u9fff]", lines[index + 1][2])) and not _value_cell(lines[index + 1][2])
    )


def _place_rows_per_line(text, lines, index, numbered, has_unit, columns) -> tuple[list[tuple[Cell, Cell | None, list[Cell]]], int]:
    """Rows of a table printed one cell per line (from ``lines[index]``), and the index after them.
    A row is [its number], its metric, [its unit], then one cell per place, and is read only when
    that count is right: the next row's number (with its metric) comes just after it, or the table
    ends there with no figure left over; its unit cell is a unit, and no next row opens inside it.
    Another is passed over up to the next row's number."""
    rows: list[tuple[Cell, Cell | None, list[Cell]]] = []
    width = (1 if numbered else 0) + 1 + (1 if has_unit else 0) + columns
    number = 0
    while index + width <= len(lines) and len(rows) < MAX_ROWS:
        cells = [(line, a, b) for a, b, line in lines[index : index + width]]
        if numbered:
            if not ROW_NUMBER.match(cells[0][0]):
                break
            number = int(re.sub(r"\D", "", cells[0][0]))
            cells = cells[1:]
        metric = cells[0]
        unit = cells[1] if has_unit else None
        values = cells[2 if has_unit else 1 :]
        if not re.search(r"[\u4e00-\u9fff]", metric[0]) or _value_cell(metric[0]):
            break
        after = index + width
        leftover = after < len(lines) and bool(_value_cell(lines[after][2]) or PLACEHOLDER.match(lines[after][2]))
        if numbered:
            next_inside = any(_row_opens(lines, i, number + 1) for i in range(index + 2, after))
            later = any(_row_opens(lines, i, number + 1) for i in range(after + 1, min(len(lines), after + 2 * width)))
            last = not later and not leftover and all(_value_cell(c) or PLACEHOLDER.match(c) for c, _, _ in values)
            fits = not next_inside and (_row_opens(lines, after, number + 1) or last)
        else:
            fits = not leftover and all(_value_cell(c) or PLACEHOLDER.match(c) for c, _, _ in values)
        if fits and (unit is None or _unit_cell(unit[0])):
            rows.append((metric, unit, values))
            index = after
            continue
        if not numbered:
            break
        # cells that do not count out: on to the next row's number, if it comes soon
        ahead = next((i for i in range(index + 1, min(len(lines), index + 3 * width)) if _row_opens(lines, i, number + 1)), None)
        if ahead is None:
            break
        index = ahead
    return rows, index


