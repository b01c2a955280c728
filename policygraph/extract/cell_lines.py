"""Tables printed one cell per line: a web page's table flattened to text, a PDF's cells on lines.

A 任务分解表 published as a web page often reaches us as ``序号`` / ``民生实事`` / ``责任单位`` /
``完成时限`` on lines of their own, then each row as its number on a line and its cells on the
lines after it (a unit cell may hold one unit per line). The header gives the columns; a row
runs from its number to the next number, an outline heading (``二、…``, a section row) or the
table's end. Its lines are given to the columns in order: the task's text up to the first list
of organisations, the organisations to the responsibility column(s), a date to the deadline.
A row whose lines cannot be told apart that way (no organisation where its units stand after
more lines than columns, lines left over) is left as it was and reported; nothing is guessed.

The rebuilt rows are written back into the view as tab-separated lines, so the task-table
reader (tables.py) reads them like any other table; every character keeps its original offset.
Rule ``cell_per_line``.
"""

from __future__ import annotations

import bisect
import re

from ..data import alternatives, load_rules
from ..normalize.lexicon import FULL_WIDTH_BRACKETS, Lexicon
from ..read.layout import TextView, squeeze_text
from .clauses import UNIT_MARK_CHAR
from .column_tables import SIGNATURE_DATE, all_units
from .deadlines import THIS_YEAR, parse_deadline
from .tables import DUTY_UNITS, DUTY_WORDS, SERIAL, WORK_VERB, assign_roles, is_header, role_candidates

NUMBER_HEADER = re.compile(r"^[ \t\u3000]*(?:序[ \t\u3000]*号|编[ \t\u3000]*号)[ \t\u3000\r]*$", re.M)
NUMBER_WORDS = ("序号", "编号")
# a page that closes each cell's line with a | (序号 | / 1 | / 招商工作部、安商工作部 |): the | is no part of the cell
PIPED_NUMBER_HEADER = re.compile(r"^[ \t\u3000]*(?:序[ \t\u3000]*号|编[ \t\u3000]*号)[ \t\u3000]*[|｜][ \t\u3000\r]*$", re.M)
CELL_CLOSING_PIPE = re.compile(r"^[^\n|｜]*\S(?P<pipe>[ \t\u3000]*[|｜][ \t\u3000]*)(?=\r?$)", re.M)
# a PDF's page number inside a table (— 7 —), no cell of it
PAGE_NUMBER_LINE = re.compile(r"[ \t\u3000]*[—－\-–]+[ \t\u3000]*\d{1,4}[ \t\u3000]*[—－\-–]+[ \t\u3000\r]*")
# a numbered action or part naming the rows under it (行动一：再造发展新极行动, 第二部分 …)
ACTION_SECTION = re.compile(r"(?:第[一二三四五六七八九十]+(?:部分|篇|章|类)|(?:专项)?行动[一二三四五六七八九十]+)[：:、 \t\u3000]")
# 二、民生保障, （一）, or a numbered action or part
SECTION_ROW = re.compile(r"[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|" + ACTION_SECTION.pattern)
MAX_HEADER_CELLS = 16
_MEASURE_BRACKET = r"[（(][A-Za-z0-9%％²³/．.\u4e00-\u9fff]{1,8}[)）]"
# 事项分类, 2022年预期目标; a longer name, or one with Latin letters, only with its measure: 单位GDP能耗降低率目标任务(%)
# (not a row's number, nor a task or category cell of 13-16 characters: 推动产业转型升级和数字经济发展)
HEADER_NAME = re.compile(
    r"(?=.*[\u4e00-\u9fff])(?:[\u4e00-\u9fff0-9（）()\-—~～]{2,12}(?:" + _MEASURE_BRACKET + r")?|[\u4e00-\u9fffA-Za-z0-9\-—~～]{2,16}" + _MEASURE_BRACKET + ")"
)
CATEGORY_NAME = re.compile(r"(?=.*[\u4e00-\u9fff])[\u4e00-\u9fff（）()“”‘’《》+＋\-—~～]{2,24}")  # a category cell: 旧区改造, “美丽家园”建设
MAX_EXTRA_LINES = 40  # lines a row may hold beyond one per column (a unit per line, a wrapped text)
MAX_DEADLINE_CHARS = 24
UNREAD_WINDOW = 3  # rows' worth of lines after a header where no row was read, reported
MAX_NUMBER_STEP = 3  # a row's number is at most this far after the last one's
UNIT_ROLES = ("units", "co_units")
ORGANISATION_ROLES = (*UNIT_ROLES, "assessors")  # columns of organisations: who is responsible, who scores the work
UNIT_KINDS = ("units", "name", "empty")
EMPTY_CELL = re.compile(r"[/／\-—－–无]")  # a cell printed empty on purpose
LIST_SPLIT = re.compile(r"[、，,；;]")
NAME_CHARS = re.compile(r"[\u4e00-\u9fff（）()、，,；;“”]+")  # (区“两旧”专班: a quoted name)
MAX_NAME_CHARS = 8
# who leads a task in a 责任领导 column: a post (副县长, 县委常委) or people's names (冼进、易承志)
POST = re.compile(r"(?:书记|[县区市州旗镇乡]长|主任|常委|委员|领导|部长|主席|同志)$")
PEOPLE = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3})*")
# a unit's or a place's ending: after a cell of organisations, a town (孝顺镇) or a body (团区委) is one too
NAME_END = re.compile(alternatives([*load_rules("clause_rules")["table_cell_endings"]["any"], *load_rules("clause_rules")["cell_line_endings"]]) + "$")
_TARGET_RULES = load_rules("target_rules")
_MEASURE = alternatives(_TARGET_RULES["units"])
_MAGNITUDE = "(?:" + alternatives(_TARGET_RULES["magnitudes"]) + ")?"
# a goal's measure alone in its cell: %, 万亩, 万元/人, 亿斤; - where the goal is no figure (良好以上)
MEASURE_CELL = re.compile(rf"[%‰％]|[-—/／－]|{_MAGNITUDE}(?:{_MEASURE})(?:/{_MAGNITUDE}(?:{_MEASURE}|年|月|日))?")
FIGURE_CELL = re.compile(r"[≥≤＞＜><]?\d+(?:\.\d+)?[%％]?(?:以上|以下|左右)?")


def rejoin_cell_lines(view: TextView, lexicon: Lexicon, notes: list[tuple[int, int, str]] | None = None) -> TextView:
    """``view`` with every table printed one cell per line rewritten as tab-separated rows.

    ``notes`` collects ``(start, end, severity)`` original spans of the rows to report: ``unparsed``
    where the cells could not be told apart, ``doubtful`` where the lead cell's extent is unknown."""
    if PIPED_NUMBER_HEADER.search(view.text):  # 序号 | / 重点工作 | / …: a | closing every cell's line
        view = view.remove(lambda text: [m.span("pipe") for m in CELL_CLOSING_PIPE.finditer(text)])
    view = _rejoin_duty_tables(view, lexicon)
    view = _rejoin_item_tables(view, lexicon, notes)
    text = view.text
    starts = [m.start() for m in NUMBER_HEADER.finditer(text)]  # 序号 alone on a line: where such a table may begin
    if not starts:
        return view
    # a line of a | alone separates two cells (a page's table as text): it is no cell of its own
    lines = [
        (m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)
        if text[m.start() : m.end()].strip(" \t\u3000\r|｜") and not PAGE_NUMBER_LINE.fullmatch(text, m.start(), m.end())
        and not (SERIAL.fullmatch(text[m.start() : m.end()].strip()) and text.startswith(("\f", "\n\f", "\r\n\f"), m.end()))
    ]
    line_starts = [start for start, _ in lines]
    edits: list[tuple[int, int, str]] = []
    done = 0  # lines before this one belong to a table already read
    for start in starts:
        index = bisect.bisect_left(line_starts, start)
        if index < done or index >= len(lines):
            continue
        # 考核项目 / 序号 / 考核指标 …: a category column before the number, its cell printed before the row's number
        leading = int(index - 1 >= done and index > 0 and role_candidates(_squeezed(text, lines[index - 1])) == ("action",))
        header_end = _header_end(text, lines, index)
        if leading and header_end < len(lines) and _opens_row(text, lines, header_end - 1, 0, lexicon):
            header_end -= 1  # 农业高质高效 / 1: the first row's category, not a column's name
        header_cells = _wrapped_names(text, lines[index - leading : header_end])
        header = ["".join(_squeezed(text, line) for line in cell) for cell in header_cells]
        if len(header) < 3:
            continue
        if not is_header(header):
            # 序号 | 区域 | 新增装机容量（MW） | 新增示范工程: no task table, but its rows, each a number and a line a
            # column, are rows all the same: written back as rows for the readers of figure tables
            row_edits: list[tuple[int, int, str]] = []
            end = _regular_rows(text, lines, header_end, len(header), row_edits)
            if end > header_end:
                edits.extend(_joins(text, header_cells) + row_edits)  # (edits in the order of the text)
                done = end
            continue
        roles = assign_roles(header)[1 + leading :]
        edits.extend(_joins(text, header_cells))
        unread: list[tuple[int, int]] = []
        doubtful: list[tuple[int, int]] = []
        done = _read_rows(text, lines, header_end, roles, lexicon, edits, unread, doubtful, bool(leading))
        if done == header_end:
            # no row read where a header was found: the rows that follow (a number alone on a line, soon) are reported
            window = lines[header_end : header_end + UNREAD_WINDOW * len(header)]
            numbered = [at for at, line in enumerate(window) if SERIAL.fullmatch(_squeezed(text, line))]
            if numbered:
                unread.append((window[numbered[0]][0], window[-1][1]))
        if notes is not None:
            found = [(*view.original_span(start, end), "unparsed") for start, end in unread]
            found += [(*view.original_span(start, end), "doubtful") for start, end in doubtful]
            notes.extend(sorted(found))
    return view.replace(edits) if edits else view


# 主要工作任务 / 牵头单位 / 责任单位 with no 序号: each row's number opens its task's cell (1.主动对接…)
TASK_COLUMN_LINE = re.compile(r"^[ \t\u3000]*(?:" + alternatives(load_rules("clause_rules")["item_table_task_columns"]) + r")[ \t\u3000\r|｜]*$", re.M)
ITEM_OPENING = re.compile(r"(?P<number>\d{1,3})[.．、](?!\d)")
ITEM_TABLE_OTHER_ROLES = ("leader", "deadline", "aside", None)  # columns beside the task and the units (责任领导, 完成时限, 工作进展, 联系电话)
MAX_UNIT_LINE = 40  # characters of a line of a unit cell (more, or a full stop: the document's text)


def _rejoin_item_tables(view: TextView, lexicon: Lexicon, notes: list[tuple[int, int, str]] | None) -> TextView:
    """Tables printed one cell per line whose header has no 序号 and whose rows' numbers open their
    task cells (主要工作任务 / 牵头单位 / 责任单位 / 一、… / 1.主动对接… / 区发改局 / 区工信局、…), rewritten as
    tab-separated rows; rows whose cells cannot be told apart are reported (``notes``), as for
    numbered tables."""
    text = view.text
    starts = [m.start() for m in TASK_COLUMN_LINE.finditer(text)]
    if not starts:
        return view
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if text[m.start() : m.end()].strip(" \t\u3000\r|｜")]
    line_starts = [start for start, _ in lines]
    edits: list[tuple[int, int, str]] = []
    done = 0
    for start in starts:
        index = bisect.bisect_left(line_starts, start)
        if index < done or index >= len(lines) or (index > 0 and _squeezed(text, lines[index - 1]) in NUMBER_WORDS):
            continue  # (序号 / 重点任务 …: the numbered tables' reader's)
        header_end = _header_end(text, lines, index)
        header = [_squeezed(text, line) for line in lines[index:header_end]]
        roles = assign_roles(header) if len(header) >= 2 and is_header(header) else []
        # (重点任务 / 具体措施 / 牵头单位: a second text column, whose cells number their own lines, tells no row apart)
        if not any(role in UNIT_ROLES for role in roles) or sum(role not in (*ORGANISATION_ROLES, *ITEM_TABLE_OTHER_ROLES) for role in roles) != 1:
            continue
        unread: list[tuple[int, int]] = []
        end = _read_item_rows(text, lines, header_end, roles, lexicon, edits, unread)
        if end > header_end:
            edits.extend(_joins(text, [[line] for line in lines[index:header_end]]))
            done = end
        if notes is not None:
            notes.extend(sorted((*view.original_span(a, b), "unparsed") for a, b in unread))
    return view.replace(sorted(edits)) if edits else view


def _read_item_rows(
    text: str, lines: list[tuple[int, int]], index: int, roles: list[str | None], lexicon: Lexicon,
    edits: list[tuple[int, int, str]], unread: list[tuple[int, int]],
) -> int:
    """Rewrite the rows from ``lines[index]`` on, each from the line its number opens to the next such
    line or section row; the index of the first line after the table (``index`` when no row was read)."""
    last_number, first, after_section, table_end = 0, index, True, None
    if index < len(lines) and not ITEM_OPENING.match(opening := _squeezed(text, lines[index])) and not SECTION_ROW.match(opening):
        return _unnumbered_rows(text, lines, index, roles, lexicon, edits, unread)  # no number opens the first row, nor a section
    while index < len(lines):
        line = _squeezed(text, lines[index])
        if SECTION_ROW.match(line) and not line.endswith(("；", ";", "。")):
            index, after_section = index + 1, True  # 一、优结构、谋发展…: a section row spanning the table
            continue
        opening = ITEM_OPENING.match(line)
        # (a list that counts from 1 again only under a section row of the table)
        if not opening or int(opening["number"]) not in (last_number + 1, *((1,) if after_section else ())):
            break
        last_number, after_section = int(opening["number"]), False
        stop, units_seen, ended = index + 1, False, False
        while stop < len(lines) and stop - index <= len(roles) + MAX_EXTRA_LINES:
            following = _squeezed(text, lines[stop])
            if ITEM_OPENING.match(following) or SECTION_ROW.match(following) or following.startswith(("附表", "附件", "附图")) or SIGNATURE_DATE.match(following):
                break
            kind = _kind(following, lexicon)
            if units_seen and kind not in UNIT_KINDS and (following.endswith("。") or len(following) > MAX_UNIT_LINE):
                ended = True  # 各街道、各部门要按照任务分工…。: the document's text after the table
                break
            units_seen = units_seen or kind == "units"
            stop += 1
        cells, used, _, crowded = _cells(text, lines[index:stop], roles, lexicon)
        named = all(cells[column] for column, role in enumerate(roles) if role == "units")
        unit_lines = [_squeezed(text, line) for column, role in enumerate(roles) if role in UNIT_ROLES for line in cells[column]]
        if not named or crowded or used < stop - index or any(u.endswith("。") or len(u) > MAX_UNIT_LINE for u in unit_lines):
            if not (last_number == 1 and table_end is not None):  # (二、保障措施 / 1.加强组织领导。: the document's next part)
                unread.append((lines[index][0], lines[stop - 1][1]))  # a row not told apart: reported by the caller, not guessed
            break
        edits.extend(_joins(text, cells, roles[1:]))
        index = table_end = stop
        if ended:
            break
    return table_end if table_end is not None else first


def _unnumbered_rows(
    text: str, lines: list[tuple[int, int]], index: int, roles: list[str | None], lexicon: Lexicon,
    edits: list[tuple[int, int, str]], unread: list[tuple[int, int]],
) -> int:
    """Rows with no number (目标任务 / 执行措施 / 工作进展 / 责任分工 / 监督方式, a progress report's table): each
    row runs from its first line to its organisations' lines and one line for each column after them; read
    while the lines fit the columns, the first that do not left as text and reported (a row the page cut
    short, before its units, is left as text unreported). The index of the first line after the table."""
    unit_columns = [column for column, role in enumerate(roles) if role in UNIT_ROLES]
    if not unit_columns:
        return index
    columns_after = len(roles) - 1 - unit_columns[-1]
    first, table_end = index, None
    while index < len(lines):
        units = index
        while units < len(lines) and units - index <= len(roles) + MAX_EXTRA_LINES and not _unit_line(_squeezed(text, lines[units]), lexicon):
            following = _squeezed(text, lines[units])
            if SECTION_ROW.match(following) or following.startswith(("附表", "附件", "附图")) or SIGNATURE_DATE.match(following):
                return table_end if table_end is not None else first
            units += 1
        if units >= len(lines) or units - index > len(roles) + MAX_EXTRA_LINES or units - index < unit_columns[0]:
            break  # no organisations within reach, or fewer lines before them than columns: no row of this table
        units_end = units + 1  # (县政务服务中心 / 县大数据局: a unit a line)
        while units_end < len(lines) and units_end - units <= MAX_EXTRA_LINES and _unit_line(_squeezed(text, lines[units_end]), lexicon):
            units_end += 1
        end = units_end + columns_after
        if end > len(lines):
            break  # a row the page cut after its units: left as text
        if len(unit_columns) == 1 and units - index == unit_columns[0]:
            # a line a column, the units' lines one cell (a unit the lexicon does not know, 木李镇经济发展办公室)
            cells = [*([line] for line in lines[index:units]), lines[units:units_end], *([line] for line in lines[units_end:end])]
            used, crowded = end - index, False
        else:
            cells, used, _, crowded = _cells(text, lines[index:end], roles, lexicon)
        if crowded or used < end - index or not all(cells[column] for column in unit_columns):
            unread.append((lines[index][0], lines[end - 1][1]))  # a row not told apart: reported by the caller, not guessed
            break
        edits.extend(_joins(text, cells, roles[1:]))
        index = table_end = end
    return table_end if table_end is not None else first


MAX_UNIT_NAME = 16  # characters of one unit's name no lexicon knows (木李镇经济发展办公室)


def _unit_line(line: str, lexicon: Lexicon) -> bool:
    """A line of organisations: units or a short name (``_kind``), or one longer name that ends as a body's does
    and opens with no verb of work (木李镇经济发展办公室; not 建设市级水旱灾害防御指挥中心)."""
    return _kind(line, lexicon) in ("units", "name") or (
        len(line) <= MAX_UNIT_NAME and bool(NAME_CHARS.fullmatch(line)) and not LIST_SPLIT.search(line)
        and bool(NAME_END.search(line)) and not WORK_VERB.match(line)
    )


DUTY_HEADER = re.compile(
    r"^[ \t\u3000]*(?:" + alternatives(sorted(DUTY_UNITS)) + r")[ \t\u3000\r]*\n(?:[ \t\u3000\r]*\n)*[ \t\u3000]*(?:"
    + alternatives(sorted(DUTY_WORDS)) + r")[ \t\u3000\r]*$", re.M
)
MAX_DUTY_LINES = 8  # paragraphs of one unit's duties
TEXT_LINE = re.compile(r"[^\n]+")


def _rejoin_duty_tables(view: TextView, lexicon: Lexicon) -> TextView:
    """``view`` with each table of who does what printed a cell per line (单位 / 职责分工 / 区规划资源局 /
    拟定…) rewritten as rows of two cells, a unit and its duties. A row is a line of organisations and
    the lines of text after it; the table ends at a line that is neither, or after too many lines."""
    text = view.text
    edits: list[tuple[int, int, str]] = []
    for header in DUTY_HEADER.finditer(text):
        lines = [m.span() for m in TEXT_LINE.finditer(text, header.start(), header.end()) if m.group().strip()]
        edits.append((lines[0][1], lines[-1][0], "\t"))
        rows = _duty_rows(text, header.end(), lexicon)
        for unit, duties in rows:
            edits.append((unit[1], duties[0][0], "\t"))
            edits.extend((before[1], after[0], "") for before, after in zip(duties, duties[1:]))
        if not rows:
            edits.pop()  # (a header with no row under it stays as it was)
    return view.replace(edits) if edits else view


def _duty_rows(text: str, start: int, lexicon: Lexicon) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The rows of a duties table from ``start``: each a unit's line and its duties' lines."""
    rows: list[tuple[tuple[int, int], list[tuple[int, int]]]] = []
    for match in TEXT_LINE.finditer(text, start):
        line = match.span()
        words = _squeezed(text, line)
        if not words:
            continue
        if words.startswith(("附件", "附表")) or SECTION_ROW.match(words) or SIGNATURE_DATE.match(words) or words in DUTY_UNITS or words in DUTY_WORDS:
            break  # (单位 / 职责分工 again: the next table's header)
        if _kind(words, lexicon) in ("units", "name"):
            if rows and not rows[-1][1]:
                break  # two names, no duties between: no table of duties
            rows.append((line, []))
        elif rows and len(rows[-1][1]) < MAX_DUTY_LINES:
            rows[-1][1].append(line)
        else:
            break
    return [row for row in rows if row[1]]


def _wrapped_names(text: str, lines: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """The header's lines as its columns' names: two lines that name no column alone but together do
    are one name its cell wrapped (责任 / 科室: 责任科室; 责任 / 单位: 责任单位), and so is a government
    before the name of a column of its own (市政府 / 分管领导)."""
    cells: list[list[tuple[int, int]]] = []
    for line in lines:
        name = _squeezed(text, line)
        if cells and len(cells[-1]) == 1:
            before = _squeezed(text, cells[-1][0])
            if not role_candidates(before) and role_candidates(before + name) and (
                not role_candidates(name) or (LEVEL_QUALIFIER.fullmatch(before) and role_candidates(before + name) == role_candidates(name))
            ):  # (市政府 / 分管领导: the government's leader in charge, one column)
                cells[-1].append(line)
                continue
        cells.append([line])
    return cells


# a government's level before a column's name its cell wrapped (市政府 / 分管领导)
LEVEL_QUALIFIER = re.compile(r"[省市州县区旗](?:人民)?政府")
MAX_SECTION_LINES = 3  # lines of a section row with no outline number (强化科技创新支撑能力。 / （一） / 加强战略科技力量建设。)
MAX_SECTION_CHARS = 40


def _header_end(text: str, lines: list[tuple[int, int]], index: int) -> int:
    """The index of the first line after the column names that start at ``lines[index]``."""
    header_end = index + 1
    while header_end < len(lines) and header_end - index < MAX_HEADER_CELLS and _header_word(_squeezed(text, lines[header_end])):
        header_end += 1
    return header_end


def _header_word(line: str) -> bool:
    """A column's name: a header word, or a short name of a column no rule reads (事项分类)."""
    return bool(role_candidates(line)) or (bool(HEADER_NAME.fullmatch(line)) and not SECTION_ROW.match(line))


def _read_rows(
    text: str,
    lines: list[tuple[int, int]],
    index: int,
    roles: list[str | None],
    lexicon: Lexicon,
    edits: list[tuple[int, int, str]],
    unread: list[tuple[int, int]],
    doubtful: list[tuple[int, int]],
    leading: bool = False,
) -> int:
    """Rewrite the rows from ``lines[index]`` on; the index of the first line after the table.
    ``leading``: the table has a category column before its number, whose cell (printed in the
    first row of its group only) stands on the line before the row's number."""
    last_number = 0
    measured = "measure" in roles and "goal" in roles  # 万吨 / 42: a goal's figure after its measure, no row's number
    figures = "goal" in roles
    text_columns = sum(role not in ORGANISATION_ROLES for role in roles)
    above = False  # the row above was read, in this section: a cell merged from it may be its
    while index < len(lines):
        line = _squeezed(text, lines[index])
        if _section_row(text, lines, index):
            index += 1  # a section row spans the table: it stays a line of its own, and rows may count from 1 again
            last_number, above = 0, False
            continue
        if not leading and (section := _unnumbered_section(text, lines, index, last_number, lexicon)):
            index += section  # 强化科技创新支撑能力。 / （一） / 加强战略科技力量建设。 / 1: headings of the rows after them
            last_number, above = 0, False
            continue
        if not leading and last_number == 0 and _heading_of_first_row(text, lines, index, lexicon):
            index += 1  # 序号 / 事项 / 工作措施 / 责任单位 / 推进实施“光伏+”示范工程 / 1: a heading of the rows under it
            continue
        category = None
        if leading and _opens_row(text, lines, index, last_number, lexicon):
            category, index = lines[index], index + 1
            line = _squeezed(text, lines[index])
        if not _next_number(line, last_number, figures):
            return index - (category is not None)
        last_number = int(line)
        stop = index + 1
        organisations_seen = False  # in a table of figures, a row's number comes only after the row's organisations (1 / 新建城市公园 / 3 / 县住建局)
        while stop < len(lines) and stop - index <= len(roles) + MAX_EXTRA_LINES:
            following = _squeezed(text, lines[stop])
            if (
                _section_row(text, lines, stop) or following.startswith(("附表", "附件", "附图")) or SIGNATURE_DATE.match(following)
                or following in NUMBER_WORDS
                or (_next_number(following, last_number, figures) and (not figures or organisations_seen or stop - index > len(roles))
                    and not (measured and _measure(_squeezed(text, lines[stop - 1]))))
                or (leading and stop - index > 2 and _opens_row(text, lines, stop, last_number, lexicon))
            ):
                break
            organisations_seen = organisations_seen or (figures and _kind(following, lexicon) in UNIT_KINDS)
            stop += 1
        cells, used, unsure, crowded = _cells(text, lines[index + 1 : stop], roles, lexicon)
        following = _squeezed(text, lines[stop]) if stop < len(lines) else ""
        table_goes_on = bool(SERIAL.fullmatch(following)) or _section_row(text, lines, stop) or (leading and _opens_row(text, lines, stop, last_number, lexicon))
        named = all(cells[column] for column, role in enumerate(roles) if role == "units")
        filled = named and all(cells[column] for column, role in enumerate(roles) if role == "title")
        # 1 / 主要预期目标 / (1)地区生产总值增长5%左右。/ 王旭锋 / 区发改局 / (2)…: items, each with its own cells, under a
        # number and a category merged over them: a row each, the merged cells left empty below the first
        left_over = (not named and crowded) or used < stop - index - 1
        sub_rows = _sub_item_rows(text, lines[index + 1 : stop], roles, lexicon) if left_over and not leading else None
        if sub_rows is not None:
            for position, (category, item_cells) in enumerate(sub_rows):
                if position == 0:
                    edits.extend(_joins(text, [[lines[index]], *category, *item_cells], roles))
                else:
                    edits.append((item_cells[0][0][0], item_cells[0][0][0], "\t" * (1 + len(category))))
                    edits.extend(_joins(text, item_cells, roles[len(category) + 1 :]))
            index, above = stop, False
            continue
        if (not named and crowded) or (used < stop - index - 1 and (table_goes_on or not filled)):
            # more lines than the columns before the units and no organisation after them (a unit the rules do not
            # know, run into the task's text), or lines left over: reported by the caller, not guessed
            unread.append((lines[index][0], lines[stop - 1][1]))
            index, above = stop, False
            continue
        # a row with no line for its units and none left over, whose other cells are merged too (its category, or a column
        # before its text: 2 / 新建高架车站…), between two rows of its section (5 / 加快推进各类旧住房更新改造。 / 6): the
        # unit cell is merged from the row above, printed once in its first row, and left empty for the table reader to
        # fill; not the last row (a row cut short at the table's end), nor after a row not read: reported, not guessed
        merged = (
            not named and not crowded and used == stop - index - 1 and above and _row_follows(text, lines, stop, last_number, leading, lexicon)
            and ((leading and category is None) or used < text_columns)
        )
        if leading:
            if category is None:
                edits.append((lines[index][0], lines[index][0], "\t"))  # the category merged from a row above: an empty cell
            edits.extend(_joins(text, [[category] if category else [], [lines[index]], *cells], [None, *roles], merged))
        else:
            edits.extend(_joins(text, [[lines[index]], *cells], roles, merged))
        if unsure:
            doubtful.append((lines[index][0], lines[index + used][1]))
        if used < stop - index - 1:
            return index + 1 + used  # the last row, and what follows the table
        index, above = stop, named or merged
    return index


SUB_ITEM = re.compile(r"[（(](\d{1,2})[)）]")
MIN_OWNED_SUB_ITEMS = 2


def _sub_item_rows(
    text: str, row: list[tuple[int, int]], roles: list[str | None], lexicon: Lexicon
) -> list[tuple[list[list[tuple[int, int]]], list[list[tuple[int, int]]]]] | None:
    """A row whose lines after its number are a category's cell, then items numbered (1), (2)… in
    turn, each followed by its own cells (a leader, a lead, co-owners): for each item, the cells
    of the columns before its text (the category, for the first item; empty below it) and its own
    cells from its text on. None where the row is not so, or fewer than two items name their
    own organisations (one task's points, its units after the last)."""
    opening = [(at, int(item.group(1))) for at, line in enumerate(row) if (item := SUB_ITEM.match(_squeezed(text, line)))]
    if len(opening) < 2 or any(number != first + 1 for (_, first), (_, number) in zip(opening, opening[1:])):
        return None
    units_from = next((column for column, role in enumerate(roles) if role in ORGANISATION_ROLES), None)
    if units_from is None:
        return None
    text_columns = [column for column in range(units_from) if roles[column] not in TYPED_COLUMNS]
    category_lines = row[: opening[0][0]]
    width = min(len(category_lines), text_columns[-1]) if text_columns else 0
    if len(category_lines) > width and width == 0:
        return None  # lines before the first item and no column for them
    category: list[list[tuple[int, int]]] = [[line] for line in category_lines[: width - 1]] if width else []
    if width:
        category.append(list(category_lines[width - 1 :]))  # (坚持老城…提质 / 做精老城区: a category and its part, one cell)
    found, owned = [], 0
    ends = [at for at, _ in opening[1:]] + [len(row)]
    for (start, _), end in zip(opening, ends):
        cells, used, _, crowded = _cells(text, row[start:end], roles[width:], lexicon)
        if used < end - start or crowded or not cells or cells[0][:1] != [row[start]]:
            return None
        owned += any(cells[column - width] for column, role in enumerate(roles) if role in ORGANISATION_ROLES and column >= width)
        found.append((category if not found else [[] for _ in range(width)], cells))
    return found if owned >= MIN_OWNED_SUB_ITEMS else None


def _row_follows(text: str, lines: list[tuple[int, int]], index: int, last_number: int, leading: bool, lexicon: Lexicon) -> bool:
    """``lines[index]`` opens the table's next row: its number, its category (a table with one before
    the number), or a section row of the table with a row under it; not the document's next heading."""
    following = _squeezed(text, lines[index]) if index < len(lines) else ""
    if SERIAL.fullmatch(following) or (leading and _opens_row(text, lines, index, last_number, lexicon)):
        return True
    if not _section_row(text, lines, index):
        return False
    after = [_squeezed(text, line) for line in lines[index + 1 : index + 3]]
    return bool(after) and (bool(SERIAL.fullmatch(after[0])) or (len(after) > 1 and _opens_row(text, lines, index + 1, 0, lexicon)))


MIN_REGULAR_ROWS = 2
FIGURE_ONLY = re.compile(r"[≥≤＞＜><]?\d+(?:\.\d+)?(?:[-~～—–至]\d+(?:\.\d+)?)?[%％]?")  # 38-50, 0.3-0.4, 25%


def _regular_rows(text: str, lines: list[tuple[int, int]], index: int, width: int, edits: list[tuple[int, int, str]]) -> int:
    """Rows from ``lines[index]`` of a table whose every row is its number (1, 2, 3…) and one line for
    each of the ``width - 1`` other columns, up to the first that is not: the edits that make each one
    line, and the index of the first line after them (``index`` where fewer than two such rows stand)."""
    rows: list[list[tuple[int, int]]] = []
    at, number = index, 1
    while at + width <= len(lines) and _squeezed(text, lines[at]) == str(number):
        following = _squeezed(text, lines[at + width]) if at + width < len(lines) else ""
        cells = [_squeezed(text, line) for line in lines[at + 1 : at + width]]
        if any(SERIAL.fullmatch(cell) and int(cell) == number + 1 for cell in cells[:1]) or _section_row(text, lines, at + 1):
            break  # a row shorter than the header: the next row's number among its cells
        if following and SERIAL.fullmatch(following) and int(following) != number + 1:
            break
        if following != str(number + 1) and str(number + 1) in cells:
            break  # (徐汇区 / 2-2.6 / 1 / 3 / 浦东新区: a cell left empty, the next row's number taken for the last cell)
        if not any(FIGURE_ONLY.fullmatch(cell) for cell in cells):
            break  # a table of figures: a row with none is no row of one (its cells' sentences are read as sentences)
        rows.append(lines[at : at + width])
        at, number = at + width, number + 1
        if not (following and SERIAL.fullmatch(following)):
            break  # the table ends with this row
    if len(rows) < MIN_REGULAR_ROWS:
        return index
    for row in rows:
        edits.extend(_joins(text, [[line] for line in row]))
    return at


def _measure(line: str) -> bool:
    """A goal's measure alone on its line (万吨, %), not a cell printed empty (—, /)."""
    return bool(MEASURE_CELL.fullmatch(line)) and not EMPTY_CELL.fullmatch(line)


def _next_number(line: str, last_number: int, figures: bool = False) -> bool:
    """``line`` is the number of the row after ``last_number``'s. ``figures``: the table has a column
    of figures (年度投资金额, 年度目标), whose cells stand alone on lines too: then the next number is
    one more, or a few more where rows were left out, never a figure (300 万元 after row 1)."""
    if not SERIAL.fullmatch(line) or int(line) <= last_number:
        return False
    return not figures or last_number == 0 or int(line) <= last_number + MAX_NUMBER_STEP


def _opens_row(text: str, lines: list[tuple[int, int]], index: int, last_number: int, lexicon: Lexicon) -> bool:
    """``lines[index]`` is a category cell opening the next row of a table whose category column
    stands before its number: a short name (农业高质高效), the row's number right after it."""
    if index + 1 >= len(lines):
        return False
    line, following = _squeezed(text, lines[index]), _squeezed(text, lines[index + 1])
    return (
        _next_number(following, last_number) and bool(HEADER_NAME.fullmatch(line) or CATEGORY_NAME.fullmatch(line))
        and not SERIAL.fullmatch(line) and not role_candidates(line) and not re.search(r"\d", line)
        and not NAME_END.search(line)  # 市海洋渔业局市农业农村局: the row's last cell, an organisation
        and not MEASURE_CELL.fullmatch(line)  # 万吨 / 42: a goal's measure and its figure
        and _kind(line, lexicon) == "text"  # 持续推进 / 2: the row's deadline, not the next row's category
    )


def _heading_of_first_row(text: str, lines: list[tuple[int, int]], index: int, lexicon: Lexicon) -> bool:
    """``lines[index]`` is a short heading with no outline number right before a table's (or a
    section's) first row, numbered 1: there is no row before it whose last cell it could be."""
    if index + 1 >= len(lines) or _squeezed(text, lines[index + 1]) != "1":
        return False
    line = _squeezed(text, lines[index])
    return bool(CATEGORY_NAME.fullmatch(line)) and not role_candidates(line) and _kind(line, lexicon) == "text"


def _unnumbered_section(text: str, lines: list[tuple[int, int]], index: int, last_number: int, lexicon: Lexicon) -> int:
    """How many lines from ``lines[index]`` are a section row with no outline number, or an outline
    number on its line of own and its heading on the next (``（一）`` / ``加强战略科技力量建设。``): short
    lines of text, no organisation, no figure, then the next row's number (or 1, the section's
    first); 0 where the lines are not one."""
    for count in range(1, MAX_SECTION_LINES + 1):
        if index + count >= len(lines):
            return 0
        line = _squeezed(text, lines[index + count - 1])
        if SERIAL.fullmatch(line) or len(line) > MAX_SECTION_CHARS or re.search(r"\d", line) or _kind(line, lexicon) != "text":
            return 0
        if not (line.endswith("。") or SECTION_ROW.fullmatch(line)):
            return 0  # (目标任务、推进措施: a header's name, not a heading of rows)
        following = _squeezed(text, lines[index + count])
        if SERIAL.fullmatch(following) and (following == "1" or _next_number(following, last_number)):
            return count
    return 0


def _section_row(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    """``lines[index]`` is a section row (二、民生保障) spanning the table: an outline heading followed by
    a row's number or another one, not a cell's line that opens with （一）."""
    line = _squeezed(text, lines[index]) if index < len(lines) else ""
    if not SECTION_ROW.match(line) or line.endswith(("；", ";", "。", "，", ",", "：", ":")):
        return False  # (（一）深化医药卫生体制改革；: an item inside a cell)
    following = _squeezed(text, lines[index + 1]) if index + 1 < len(lines) else ""
    after = _squeezed(text, lines[index + 2]) if index + 2 < len(lines) else ""
    return (
        not following or bool(SERIAL.fullmatch(following)) or bool(SECTION_ROW.match(following)) or following in NUMBER_WORDS
        # 行动二：… / 旧区改造 / 4: a numbered action, then the next row's category (not （一）… / 区政务服务办 / 2: a row's cells)
        or bool(ACTION_SECTION.match(line) and CATEGORY_NAME.fullmatch(following) and not NAME_END.search(following) and SERIAL.fullmatch(after))
    )


def _cells(
    text: str, row: list[tuple[int, int]], roles: list[str | None], lexicon: Lexicon
) -> tuple[list[list[tuple[int, int]]], int, bool, bool]:
    """The row's lines given to its columns, how many lines the columns took (lines left over: a
    second task under one unit, a stray cell), whether the lead cell's extent is unknown (two unit
    columns, more than two names one per line: the first is taken as the lead), and whether more
    lines came before the units than there are columns for them.

    The row is read as three runs: the lines before the first organisation (to the columns before
    the first unit column), the organisations (to the unit columns), the lines after them (to the
    columns after). A run shorter than its columns leaves a category column empty (a category cell merged
    over rows is printed in the first row only; see ``_fill``); a longer one gives the last column the rest.
    """
    leaders = "leader" in roles
    kinds = [_kind(_squeezed(text, line), lexicon, leaders) for line in row]
    if "measure" in roles and "goal" in roles:
        # 万亩 / 0.07 (or - / 良好以上): a goal's measure and its figure, whatever the figure's words look like
        at = next((i for i, line in enumerate(row[1:-1], 1) if kinds[i] not in ("units", "name") and MEASURE_CELL.fullmatch(_squeezed(text, line))), None)
        if at is not None:
            kinds[at : at + 2] = ["measure", "goal"]
        else:  # 建设美丽牧场 / 0 / 县农业农村局: a figure alone after the row's text, its measure left blank
            at = next((i for i, line in enumerate(row[1:], 1) if FIGURE_CELL.fullmatch(_squeezed(text, line))), None)
            if at is not None and kinds[at - 1] == "text":
                kinds[at] = "goal"
    cells: list[list[tuple[int, int]]] = [[] for _ in roles]
    items = [CELL_ITEM.match(_squeezed(text, line)) for line in row]
    listed = any(first and second and first.group(1) == "1" and second.group(1) == "2" for first, second in zip(items, items[1:]))
    if len(row) == len(roles) and not listed and all((kind in UNIT_KINDS) == (role in ORGANISATION_ROLES) or role == "place" for kind, role in zip(kinds, roles)):
        return [[line] for line in row], len(row), False, False
    unit_columns = [column for column, role in enumerate(roles) if role in ORGANISATION_ROLES]
    if not unit_columns or unit_columns != list(range(unit_columns[0], unit_columns[-1] + 1)):
        return cells, 0, False, False
    # a row opens with its first column, but for one opening with organisations (客运处 / —): the cells before
    # the units are merged from the row above, printed there only
    # (not 城南体育馆 / 区体育局 / 2024年底: a full row whose task ends as a body's name does)
    merged = 1 < len(row) < len(roles) and kinds[0] in ("units", "name") and kinds[1] in UNIT_KINDS
    before: list[tuple[int, int]] = row[:1] if unit_columns[0] > 0 and not merged else []
    at = len(before)
    # (a 建设地点 cell names places, 相关镇（街道）, that read as units)
    while unit_columns[0] > 0 and at < len(row) and (kinds[at] not in UNIT_KINDS or (len(before) < unit_columns[0] and roles[len(before)] == "place")):
        before.append(row[at])
        at += 1
    wrapped = (
        len(before) == unit_columns[0] + 1 > 2 and roles[0] == "action"
        and all(kinds[index] == "text" and SHORT_NAME.fullmatch(_squeezed(text, row[index])) for index in (0, 1))
        and not re.match(r"[\d０-９一二三四五六七八九十]", _squeezed(text, before[2]))  # (新建口袋公园 / 20个。: a task's text wrapped)
    )
    # (``before`` is the row's first lines, and ``after`` the lines right after its units: their kinds are a slice of ``kinds``)
    if wrapped:  # 海绵城市 / 建设管理: a short category's cell wrapped on two lines, then the row's other cells
        cells[0].extend(before[:2])
        _fill_by_kind(cells, list(range(1, unit_columns[0])), before[2:], kinds[2 : len(before)], roles)
    else:
        _fill_by_kind(cells, list(range(unit_columns[0])), before, kinds[: len(before)], roles)
    names: list[tuple[int, int]] = []
    while at < len(row) and kinds[at] in UNIT_KINDS:
        names.append(row[at])
        at += 1
    if len(unit_columns) > 1 and roles[unit_columns[-1]] == "assessors":
        unit_columns = unit_columns[:-1]
        if at == len(row) and len(names) > len(unit_columns):
            cells[unit_columns[-1] + 1].append(names.pop())  # who scores the work: the run's last line (评分部门 after 责任部门)
    unsure = len(unit_columns) > 1 and len(names) > len(unit_columns)
    if names:
        for column, line in zip(unit_columns, names):
            cells[column].append(line)
        cells[unit_columns[-1]].extend(names[len(unit_columns) :])
    after: list[tuple[int, int]] = []  # 完成期限, 监督方式 (区委、区政府: who oversees, in a column of its own)
    last_column = max(column for column, cell in enumerate(cells) if column in unit_columns or (cell and roles[column] == "assessors"))
    # (an assessors' column not yet filled takes the line after the units, as any column after them)
    columns_after = list(range(last_column + 1, len(roles)))
    groups = _item_cells([_squeezed(text, line) for line in row[at:]])
    if len(groups) < len(row) - at and 0 < len(groups) <= len(columns_after):
        # 1.继续完善… / 2.编制… / 1.启动…: a cell's numbered items, the numbering starting again in the next cell
        for column, (first, last) in zip(columns_after, groups):
            cells[column].extend(row[at + first : at + last])
        return cells, len(row), unsure, len(before) > unit_columns[0]
    after_start = at
    while at < len(row) and len(after) < len(columns_after):
        after.append(row[at])
        at += 1
    _fill_by_kind(cells, columns_after, after, kinds[after_start:at], roles)
    if at < len(row) and columns_after and roles[columns_after[-1]] in (None, "aside") and cells[columns_after[-1]] and not any(kind in UNIT_KINDS for kind in kinds[at:]):
        # 《本市…海绵 / 城市建设的实施意见》 / （沪府办发〔2024〕3号）: the last cell, one no rule reads (参考文件), wrapped
        cells[columns_after[-1]].extend(row[at:])
        at = len(row)
    return cells, at, unsure, len(before) > unit_columns[0] + wrapped


CELL_ITEM = re.compile(r"[（(]?(\d{1,2})[)）.．、]")


def _item_cells(lines: list[str]) -> list[tuple[int, int]]:
    """Where ``lines`` are cells of numbered items (1.… / 2.… / 1.…), the line ranges of the cells: a
    line numbered 1 opens a cell, the next numbers go on with it, a line not numbered after them is a
    cell of its own (新建公共停车位4500个。 after 1.… / 2.…); [] where the lines are not so (the first
    not numbered 1, a number out of turn)."""
    groups: list[tuple[int, int]] = []
    last = 0
    for index, line in enumerate(lines):
        item = CELL_ITEM.match(line)
        number = int(item.group(1)) if item else None
        if number is None and groups:
            groups.append((index, index + 1))
            last = 0
        elif number == 1:
            groups.append((index, index + 1))
            last = 1
        elif groups and last and number == last + 1:
            groups[-1] = (groups[-1][0], index + 1)
            last = number
        else:
            return []
    return groups


TYPED_COLUMNS = ("deadline", "leader", "measure", "goal")  # columns whose cell a line's kind tells (12月底前, 夏俊贵, 万亩)


def _fill_by_kind(
    cells: list[list[tuple[int, int]]], columns: list[int], lines: list[tuple[int, int]], kinds: list[str], roles: list[str | None]
) -> None:
    """:func:`_fill`, but where cells merged over rows left fewer lines than columns, a deadline
    or a leader goes to its own column first (指标 | 工作任务 | 完成时限 | 责任领导, a row printing
    only its task and its deadline), the other lines to the rest."""
    if len(lines) >= len(columns):
        _fill(cells, columns, lines, roles)
        return
    rest_lines, taken = [], set()
    text_seen = False  # a deadline or a leader follows the task's text (广电 first in its row is a category)
    for line, kind in zip(lines, kinds):
        column = next((c for c in columns if roles[c] == kind and kind in TYPED_COLUMNS and c not in taken), None) if text_seen else None
        text_seen = text_seen or kind == "text"
        if column is None:
            rest_lines.append(line)
        else:
            cells[column].append(line)
            taken.add(column)
    _fill(cells, [c for c in columns if c not in taken and roles[c] not in TYPED_COLUMNS] if rest_lines else [], rest_lines, roles)


def _fill(cells: list[list[tuple[int, int]]], columns: list[int], lines: list[tuple[int, int]], roles: list[str | None]) -> None:
    """Give ``lines`` to ``columns`` one each, the last column taking any surplus. Fewer lines than
    columns: a category column (事项分类, merged over rows and printed in the first only; or one no
    header word names, before the task's column) is the one left empty, else the last ones (a cell
    left blank)."""
    if not columns or not lines:
        return
    if len(lines) < len(columns):
        # a category: named so, or a column no word names before the task's own (指标 | 工作任务, 事项 | 工作措施)
        titled = any(roles[column] in ("title", "text") for column in columns)  # (事项 | 工作措施: the measures' column)
        grouped = [column for column in columns if roles[column] == "action" or (titled and roles[column] is None)]
        kept = [column for column in columns if column not in grouped[: len(columns) - len(lines)]]
        columns = kept[: len(lines)]
    for column, line in zip(columns[:-1], lines):
        cells[column].append(line)
    cells[columns[-1]].extend(lines[len(columns) - 1 :])


SHORT_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")  # a line of a short category's name (海绵城市)
ALIAS_BRACKET = re.compile(r"（[^（）]{1,30}）$")
MAX_COLLECTIVE_CHARS = 14
LIST_TAIL = re.compile(r"(?<=[\u4e00-\u9fff])等(?:相关|有关)?(?:部门|单位)$")
LEVEL_BEFORE_COLLECTIVE = re.compile(r"^[省市区县州旗盟](?:直|级)?(?=各|有关|相关)")  # 县各有关单位: the county's units


def _collective(name: str, lexicon: Lexicon) -> bool:
    return lexicon.collective_noun(LEVEL_BEFORE_COLLECTIVE.sub("", name)) is not None


def _kind(line: str, lexicon: Lexicon, leaders: bool = False) -> str:
    """``units`` (a list of organisations, most of them known), ``name`` (a short name that ends as a
    body's or a place's: 县残联, 孝顺镇), ``leader`` (a post or people, in a table with a 责任领导
    column), ``deadline`` or ``text``."""
    # (区绿化市容局等相关部门，: a unit cell's line the cell wrapped after, with its list's closing 等…部门)
    # (▲发改局,各部门: a lead's mark before its name)
    names = UNIT_MARK_CHAR.sub("", LIST_TAIL.sub("", line.rstrip("。；;，,")).translate(FULL_WIDTH_BRACKETS))
    if EMPTY_CELL.fullmatch(names):
        return "empty"
    if THIS_YEAR.fullmatch(names):
        return "deadline"  # 全年, not a person's name
    if leaders and (POST.search(names) or (PEOPLE.fullmatch(names) and not NAME_END.search(names) and not all_units(names, lexicon))):
        return "leader"
    if leaders and (bracket := ALIAS_BRACKET.search(names)) and POST.search(bracket.group()[1:-1]):
        return "leader"  # 王建会（副区长）: a person and their post
    if all_units(names, lexicon):
        return "units"
    bare = ALIAS_BRACKET.sub("", names)  # 区委组织部（区公务员局）, 各街镇（园区）: a name and what else it is, or covers
    if bare != names and (all_units(bare, lexicon) or _collective(bare, lexicon)):
        return "units"
    if len(names) <= MAX_COLLECTIVE_CHARS and NAME_CHARS.fullmatch(names) and lexicon.is_collective(names):
        return "units"  # 各联席会议成员单位
    items = [item for item in LIST_SPLIT.split(names) if item]
    if NAME_CHARS.fullmatch(names) and items and sum(all_units(item, lexicon) or _collective(item, lexicon) for item in items) * 2 >= len(items):
        return "units"
    if NAME_CHARS.fullmatch(names) and len(bare) <= MAX_NAME_CHARS and (NAME_END.search(bare) or _collective(names, lexicon)) and not WORK_VERB.match(names):
        return "name"  # (建设充电站, 新建图书馆: a task, not a body)
    if len(items) > 1 and NAME_CHARS.fullmatch(names) and all(3 <= len(item) <= MAX_NAME_CHARS and NAME_END.search(item) and not WORK_VERB.match(item) for item in items):
        return "units"  # 招商工作部、安商工作部: bodies the lexicon does not know, each ending as one
    deadline = parse_deadline(line, default_year=2000) if len(line) <= MAX_DEADLINE_CHARS else None
    if deadline is not None and (deadline.end or deadline.ongoing):
        return "deadline"
    return "text"


def _joins(
    text: str, cells: list[list[tuple[int, int]]], roles: list[str | None] | None = None, merged: bool = False
) -> list[tuple[int, int, str]]:
    """Edits that make one line of ``cells``: the break between two cells becomes tabs (one per
    column crossed, empty cells kept), the break between two lines of a unit cell a 、, of any
    other cell nothing; a unit cell with no line gets ／, an empty cell's mark (a ／ printed stays),
    unless ``merged``: then it stays empty, the row above's."""
    roles = [None, *(roles if roles is not None else [None] * (len(cells) - 1))]
    edits: list[tuple[int, int, str]] = []
    previous_end, tabs = None, 0
    for column, cell in enumerate(cells):
        if not cell and roles[column] in UNIT_ROLES and previous_end is not None and not merged:
            # a unit cell printed empty is empty: ／, so the table reader does not give it the row above's units
            edits.append((previous_end, previous_end, "\t" * tabs + "／"))
            tabs = 1
            continue
        if not cell:
            tabs += 1
            continue
        for position, (start, end) in enumerate(cell):
            if previous_end is not None:
                joiner = "\t" * tabs if position == 0 else ("、" if roles[column] in UNIT_ROLES else "")
                edits.append((previous_end, start, joiner))
            previous_end, tabs = end, 0
        tabs = 1
    if previous_end is not None and tabs > 1:
        edits.append((previous_end, previous_end, "\t" * (tabs - 1)))  # empty cells at the row's end keep their places
    return edits


def _squeezed(text: str, line: tuple[int, int]) -> str:
    return squeeze_text(text[line[0] : line[1]])
