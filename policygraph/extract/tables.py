"""Task tables (任务分解表): tab-separated rows, in a file of their own or inside a plan.

Column meaning comes from the header text (``policygraph/data/table_columns.json`` maps
header words to roles), never from column positions. Rules, each recorded on the row:

``repeated_header``   a header repeated after a page break is not a row
``sub_header``        a second header line (一季度 … 四季度) names the columns under a merged cell
``inherit_blank``     a blank grouping cell (action, units, leader, deadline) repeats the row above
``rejoin_split_cell`` an action name split over a page break (循环经济助 / 力降碳行动) is one name
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..data import alternatives, load_rules
from ..read.layout import TextView, squeeze_text

TAB_LINE = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*){2,}$", re.M)
PAIR_LINE = re.compile(r"^[^\t\n]*(?:\t[^\t\n]*)+$", re.M)  # two cells or more: a duties table's rows have two
INHERITED_ROLES = ("action", "units", "co_units", "leader", "deadline")
LEAD_CONVENTION = re.compile(load_rules("clause_rules")["stated_rules"]["marked"])  # 责任部门 (☆为牵头部门)


_COLUMN_RULES = load_rules("table_columns")
COLUMN_WORDS: dict[str, list[str]] = {
    role: words for role, words in _COLUMN_RULES.items() if role not in ("goal_amounts", "year_schedule", "duty_tables")
}
DUTY_UNITS = frozenset(_COLUMN_RULES["duty_tables"]["units"])
DUTY_WORDS = frozenset(_COLUMN_RULES["duty_tables"]["duties"])
YEAR_SCHEDULE = frozenset(_COLUMN_RULES["year_schedule"])  # 2024年工作任务 | 2025年计划: a year's work each
GOAL_AMOUNTS = frozenset(_COLUMN_RULES["goal_amounts"])  # 年度投资金额: an amount of the row's project
SERIAL = re.compile(r"\d{1,3}")  # a row's number
DESCRIBING_ROLES = ("measure", "goal", "place", "assessors")
REPEATED_ROLES = ("milestone", "aside")  # roles several columns may have (一季度 | 二季度, 工作进展 | 后续举措)
HEADER_NOTE = re.compile(r"[(（][^)）]*[)）]")  # a header's bracket: a note (☆为牵头部门) or a measure (万元)
GOAL_YEAR = re.compile(r"(?P<year>20\d\d)年度?")
NAMES_PEOPLE = re.compile(r"负责人|责任人")  # 牵头单位及主要负责人: a unit, then the person in charge of it
TRAILING_PERSON = re.compile(r"[ \t\u3000]+[\u4e00-\u9fff]{2,3}(?:[、，,][\u4e00-\u9fff]{2,3})*[ \t\u3000]*$")
BODY_ENDING = re.compile(r"[局委办厅院部室会处所站队司中心团社联]$")  # 县体育局 after 县教育局 is a unit, not a person


@dataclass
class Cell:
    view: TextView  # the cell's text, in the document's clean view
    start: int  # its offsets in that view
    end: int

    @property
    def text(self) -> str:
        return squeeze_text(self.view.text)


@dataclass
class Row:
    cells: dict[str, Cell]  # role -> cell (milestones as "milestone:<header>")
    start: int  # view offsets of the whole line
    end: int
    rules: list[str] = field(default_factory=list)
    values: dict[str, str] = field(default_factory=dict)  # role -> text after inheritance
    inherited: dict[str, Cell] = field(default_factory=dict)  # role -> the cell above it repeats
    line_cells: list[Cell] = field(default_factory=list)  # the line's cells in order, as printed

    def get(self, role: str) -> str:
        return self.values.get(role, "")

    def source_cell(self, role: str) -> Cell | None:
        """The cell whose text this row uses for ``role``: its own, or the one it inherits."""
        own = self.cells.get(role)
        return own if own and own.text else self.inherited.get(role)


@dataclass
class Table:
    start: int
    end: int
    header: list[str]
    roles: list[str | None]  # a role per column
    title: str | None  # a caption line just before the header, if any
    rows: list[Row] = field(default_factory=list)
    marks_leads: bool = False  # the header states ☆ marks the lead (☆为牵头部门)
    repeated_headers: int = 0
    repeated_header_spans: list[tuple[int, int]] = field(default_factory=list)  # the header printed again on a later page
    second_header: bool = False  # a second row under the header names parts of its cells (投资 | 工程主要形象进度)


RESPONSIBILITY_ROLES = ("units", "co_units")


def responsibility_cells(table: Table) -> list[Cell]:
    """Every non-empty cell of the table's responsibility columns (责任部门, 配合单位...)."""
    return [row.cells[r] for row in table.rows for r in RESPONSIBILITY_ROLES if r in row.cells and row.cells[r].text]


@functools.lru_cache(maxsize=4096)  # a header's words recur down a document (every 序号 looked at)
def role_candidates(header: str) -> tuple[str, ...]:
    word = squeeze_text(header)
    word = HEADER_NOTE.sub("", word)  # 责任部门(单位), 责任部门 (☆为牵头部门)
    roles = tuple(role for role, words in COLUMN_WORDS.items() if word in words or header.strip() in words)
    dated = GOAL_YEAR.match(word)
    if not roles and dated:  # 2021年目标, 2024年建设内容: the column of that year
        return tuple(role for role, words in COLUMN_WORDS.items() if word[dated.end() :] in words)
    return roles


def goal_column(header: str) -> tuple[int | None, str, str]:
    """What a goal column's header says of its figures: the year it dates them to (2021年目标 ->
    2021), the measure in its bracket (年度投资金额（万元） -> 万元), and the amount's word where the
    figure is an amount of the row's project (年度投资金额), else ""."""
    word = squeeze_text(header)
    dated = GOAL_YEAR.match(word)
    bracket = re.search(r"[（(]\s*([^（）()]{1,8}?)\s*[)）]", word)
    bare = HEADER_NOTE.sub("", word)[dated.end() if dated else 0 :]
    return (int(dated["year"]) if dated else None, bracket.group(1) if bracket else "", bare if bare in GOAL_AMOUNTS else "")


def schedule_year(header: str) -> int | None:
    """The year a column of a year's work is named by (2024年工作任务 -> 2024), else None."""
    word = HEADER_NOTE.sub("", squeeze_text(header))
    dated = GOAL_YEAR.match(word)
    return int(dated["year"]) if dated and word[dated.end() :] in YEAR_SCHEDULE else None


def year_schedule_columns(headers: list[str]) -> list[int]:
    """The columns of a table that sets out its rows' work year by year (2024年工作项目 | 2025年计划 |
    2026年计划): two such columns of different years at least, else none."""
    years = {index: schedule_year(header) for index, header in enumerate(headers)}
    dated = [index for index, year in years.items() if year is not None]
    return dated if len({years[index] for index in dated}) >= 2 else []


def assign_roles(headers: list[str]) -> list[str | None]:
    """Give each header a role, resolving words that can mean two things.

    ``重点任务`` is the task title in one table and the task group in another; a column whose
    only possible role is taken by itself wins, and the other falls back to its next role.
    """
    candidates = [role_candidates(h) for h in headers]
    for index in year_schedule_columns(headers):
        candidates[index] = ("milestone",)
    roles: list[str | None] = [None] * len(headers)
    taken: set[str] = set()
    for only_choice in (True, False):
        for index, options in enumerate(candidates):
            if roles[index] or not options:
                continue
            free = [r for r in options if r not in taken or r in REPEATED_ROLES]
            if only_choice and len(options) != 1:
                continue
            if free:
                roles[index] = free[0]
                taken.add(free[0])
    if "units" in roles and "co_units" not in taken and "牵头" in squeeze_text(headers[roles.index("units")]):
        for index, options in enumerate(candidates):
            if roles[index] is None and "units" in options and index > roles.index("units"):
                roles[index] = "co_units"  # 牵头责任单位 | 责任单位: the units beside those who lead work with them
                taken.add("co_units")
                break
    if "goal" in roles and "units" in roles and None not in roles and not {"title", "text"} & taken:
        # 序号 | 2022年预期目标 | 责任单位: the goal is the row's task (序号 | 指标 | 2020年 | 2025年目标 | 牵头单位 is an indicator table)
        roles[roles.index("goal")] = "title"
    unnamed = [index for index, role in enumerate(roles) if role is None]
    if roles[:1] == ["number"] and "units" in roles and not {"title", "text"} & taken and len(unnamed) == 1 and unnamed[0] < roles.index("units"):
        # 序号 | 2022年预期目标 | 责任单位, 序号 | 事项分类 | 事项名称 | 牵头单位: the one column no word names, before
        # the units, says what the row is (not an indicator table's 指标 | 2020年现状值 | 2025年目标值 | 牵头部门)
        roles[unnamed[0]] = "title"
    return roles


def _line_cells(view: TextView, start: int, end: int) -> list[Cell]:
    cells, position = [], start
    for index in range(start, end + 1):
        if index == end or view.text[index] == "\t":
            cells.append(Cell(view.slice(position, index), position, index))
            position = index + 1
    return cells


def is_header(cells: list[str]) -> bool:
    """A task table's header: a 序号 column and a task or unit column; or, with no 序号 (a .docx
    任务分工表: 重点任务 | 牵头单位 | 配合单位), a unit column beside a task column, where every filled
    cell is a header word."""
    # (单位, 年度目标, 建设地点, 评分部门 describe a row but make no table a task table: 序号 | 指标名称 | 单位 |
    # 2020年现状值 | 目标值 is an indicator table)
    roles = [r for r in assign_roles(cells) if r and r not in DESCRIBING_ROLES]
    if "number" in roles:
        return ("units" in roles or "title" in roles) and len(roles) >= 3
    filled = [c for c in cells if c]
    return (
        "units" in roles
        and bool({"title", "text", "action"} & set(roles))
        and len(roles) >= 2
        and len(roles) == len(filled)
    )


def _is_sub_header(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and all(role_candidates(c) == ("milestone",) for c in filled)


def first_table_start(view: TextView, start: int = 0) -> int | None:
    """Offset of the first task-table header line at or after ``start``, if any."""
    for match in PAIR_LINE.finditer(view.text, start):
        cells = [squeeze_text(cell) for cell in match.group().split("\t")]
        if is_duty_header(cells) or (len(cells) > 2 and is_header(cells)):
            return match.start()
    return None


def is_duty_header(cells: list[str]) -> bool:
    """单位 | 职责分工: the header of a table of who does what, two columns."""
    return len(cells) == 2 and HEADER_NOTE.sub("", cells[0]) in DUTY_UNITS and HEADER_NOTE.sub("", cells[1]) in DUTY_WORDS


def find_tables(view: TextView, start: int = 0) -> list[Table]:
    """All task tables in ``view.text[start:]``: runs of tab-separated lines under a header."""
    text = view.text
    tables: list[Table] = []
    current: Table | None = None
    previous_line: tuple[int, int] | None = None
    for match in PAIR_LINE.finditer(text, start):
        line_start, line_end = match.span()
        views = _line_cells(view, line_start, line_end)
        cells = [c.text for c in views]
        if len(cells) == 2:
            # two cells: a duties table's header or row; any other line of two cells is no table's
            if is_duty_header(cells):
                current = Table(line_start, line_end, cells, ["units", "text"], _caption(view, line_start, previous_line))
                tables.append(current)
            elif current is not None and current.roles == ["units", "text"] and all(cells):
                current.rows.append(Row({"units": views[0], "text": views[1]}, line_start, line_end))
                current.end = line_end
            else:
                continue
            previous_line = (line_start, line_end)
            continue
        if current is not None and current.roles == ["units", "text"]:
            current = None  # (a line of more cells ends a duties table)
        if is_header(cells):
            if current and _same_header(current.header, cells):
                current.repeated_headers += 1
                current.repeated_header_spans.append((line_start, line_end))
                previous_line = (line_start, line_end)
                current.end = line_end
                continue  # repeated_header
            title = _caption(view, line_start, previous_line)
            current = Table(line_start, line_end, cells, assign_roles(cells), title)
            current.marks_leads = any(LEAD_CONVENTION.search(h) for h in cells)
            tables.append(current)
        elif current and cells and role_candidates(cells[0]) == ("number",) and not _wraps_header(current.header, cells):
            current = None  # 序号 | 区域 | 新增装机容量（MW）: the header of a table of another kind ends the task table
        elif current and _wrapped_header_line(current.header, cells, view, previous_line):
            previous_line = (line_start, line_end)  # 序号 | 重点 | 责任 / | 任务 | 单位: the header printed again, wrapped
            current.repeated_header_spans.append((line_start, line_end))
            current.end = line_end
            continue
        elif current and not current.rows and not _is_sub_header(cells) and _second_header_row(cells):
            # 投资 | 工程主要形象进度 | 完成投资 | % …: the header's second row, naming the parts of its cells
            current.repeated_header_spans.append((line_start, line_end))
            current.second_header = True
            current.end = line_end
            previous_line = (line_start, line_end)
            continue
        elif current and _is_sub_header(cells):
            for index, cell in enumerate(cells):
                if cell and index < len(current.roles):
                    current.roles[index] = "milestone"
                    current.header[index] = cell
            current.end = line_end
        elif current:
            row_cells = {}
            # 大类 | 序号 | 工作任务 …: a row that opens with its number where the header's number column is not
            # the first lost the cells merged over it from the row above (they are printed once)
            numbered = current.roles.index("number") if "number" in current.roles else 0
            shift = numbered if len(views) < len(current.roles) and SERIAL.fullmatch(cells[0]) else 0
            if not shift and _units_shifted_left(current.roles, cells):
                shift = 1  # 3.及时反馈… | 各科室 | (empty): the first cell merged from the row above, the others one column left
            for index, cell in enumerate(views, start=shift):
                if index >= len(current.roles) or not current.roles[index]:
                    continue
                role = current.roles[index]
                key = f"milestone:{current.header[index]}" if role == "milestone" else role
                if role in ("units", "co_units") and NAMES_PEOPLE.search(current.header[index]):
                    cell = _without_person(view, cell)
                row_cells[key] = cell
            if any(c.text for c in row_cells.values()):
                current.rows.append(Row(row_cells, line_start, line_end, line_cells=views if not shift else []))
            current.end = line_end
        previous_line = (line_start, line_end)
    for table in tables:
        _realign_units(table)
        _fill_values(table)
    return tables


HEADER_PART = re.compile(r"[\u4e00-\u9fff%％（）()]{1,10}")  # a header's part: 投资, 工程主要形象进度, %
# words of a header's parts: what is measured of a plan's or a stage's cell (not a row's task, unit or deadline)
PART_WORD = re.compile(r"投资|进度|完成|金额|资金|数量|规模|比例|[%％率]|计划|目标|年度|季度|月份")
MAX_UNIT_SHIFT = 3  # columns a second header row may add before the unit columns


def _second_header_row(cells: list[str]) -> bool:
    """The line right under a header that names the parts of its cells (投资 | 工程主要形象进度 | 完成投资 |
    %): two short words or more, no number, no body's name (a row with no number names its units)."""
    filled = [cell for cell in cells if cell]
    return len(filled) >= 2 and all(HEADER_PART.fullmatch(cell) and PART_WORD.search(cell) and not BODY_ENDING.search(cell) for cell in filled)


def _cell_names(text: str) -> list[str]:
    """The names a cell lists, parted by 、，； or spaces."""
    return [item for item in re.split(r"[、，,；;\s]+", text) if item]


def _names_bodies(text: str) -> bool:
    """Every name the cell lists ends as a body's does (its bracketed note aside)."""
    items = _cell_names(text)
    return bool(items) and all(BODY_ENDING.search(HEADER_NOTE.sub("", item)) for item in items)


def _realign_units(table: Table) -> None:
    """Under a header whose second row split some cells in parts (2022年工作计划 over 投资 | 工程主要形象进度),
    where the header's unit columns hold no body's name in most rows but the columns a fixed few places to
    their right do, the rows' unit cells are those (rule ``units_realigned``)."""
    at = [index for index, role in enumerate(table.roles) if role in RESPONSIBILITY_ROLES]
    rows = [row for row in table.rows if row.line_cells]
    if not table.second_header or not at or len(rows) < 2 or len(rows) < len(table.rows) / 2:
        return  # (only under a second header row: elsewhere an empty lead cell is merged from the row above)

    def share(offset: int) -> float:
        named = sum(at[0] + offset < len(row.line_cells) and _names_bodies(row.line_cells[at[0] + offset].text) for row in rows)
        return named / len(rows)

    if share(0) >= 0.5:
        return
    offset = next((offset for offset in range(1, MAX_UNIT_SHIFT + 1) if share(offset) >= 0.6), None)
    if offset is None:
        return
    for row in rows:
        for index in at:
            role = table.roles[index]
            moved = index + offset
            if moved < len(row.line_cells):
                row.cells[role] = row.line_cells[moved]
            else:
                row.cells.pop(role, None)
        row.rules.append("units_realigned")


def _units_shifted_left(roles: list[str | None], cells: list[str]) -> bool:
    """A row that lost its first cell to a merge above and printed the rest one column left: its last
    column is the units', empty, and the cell before it names only bodies (各科室, 办公室牵头,各科室配合)."""
    last = max((index for index, role in enumerate(roles) if role), default=-1)  # (a header's trailing | names no column)
    if last < 2 or roles[last] not in ("units", "co_units") or roles[last - 1] in ("units", "co_units", "leader"):
        return False  # (牵头单位 | 配合单位 with the second empty: each cell where it belongs)
    if len(cells) <= last or cells[last].strip() or not cells[0].strip() or SERIAL.fullmatch(cells[0].strip()):
        return False  # (1 | 设立调解室 | (empty): the row's number there, nothing merged away)
    shifted = cells[last - 1]
    items = _cell_names(ROLE_WORDS_IN_CELL.sub("", shifted))
    return (
        bool(items) and not WORK_VERB.search(shifted) and not re.match(r"\s*[\d（(一二三四五六七八九十]", shifted)
        and all(2 <= len(item) <= MAX_SHIFTED_NAME and BODY_ENDING.search(item) for item in items)
    )  # (not 建设档案室, 2.建设政务公开体验室: tasks that end with a room)


ROLE_WORDS_IN_CELL = re.compile(r"牵头|配合|负责|协助|参与")
WORK_VERB = re.compile(alternatives(load_rules("target_rules")["amount_verbs"]))  # 设立, 建设, 新建, 改造: a task's words
MAX_SHIFTED_NAME = 20


def _without_person(view: TextView, cell: Cell) -> Cell:
    """A unit cell of a column 牵头单位及主要负责人 without the person written after the unit (市民政局 伍泽国)."""
    person = TRAILING_PERSON.search(cell.view.text)
    if not person or any(BODY_ENDING.search(name) for name in re.split(r"[、，,\s]+", person.group().strip())):
        return cell
    return Cell(view.slice(cell.start, cell.start + person.start()), cell.start, cell.start + person.start())


def _wraps_header(header: list[str], cells: list[str]) -> bool:
    """``cells`` are the header's names again, each wrapped (序号 | 重点 | 责任 | 完成 over 序号 | 重点任务 | 责任单位 | 完成时限)."""
    return all(any(name.startswith(cell) for name in header) for cell in cells if cell)


def _wrapped_header_line(header: list[str], cells: list[str], view: TextView, previous_line: tuple[int, int] | None) -> bool:
    """``cells`` are a line of the header printed again with its names wrapped: the first line (each a
    start of a name, 序号 first), or, right after it (``previous_line``), the second (each the end of a name)."""
    filled = [cell for cell in cells if cell]
    if len(filled) < 2:
        return False
    if role_candidates(cells[0]) == ("number",):
        return _wraps_header(header, cells)
    # (the line before is read again only for a line of names' ends: not for every row of a table)
    return (
        all(any(name.endswith(cell) and name != cell for name in header) for cell in filled)
        and previous_line is not None and _wraps_header(header, [c.text for c in _line_cells(view, *previous_line)])
    )


def _same_header(header: list[str], cells: list[str]) -> bool:
    return [c for c in header if c] [:3] == [c for c in cells if c][:3]


def _caption(view: TextView, header_start: int, previous_line: tuple[int, int] | None) -> str | None:
    """The table's title: a tab line with one filled cell, or the nearest non-blank line above."""
    if previous_line:
        cells = [c for c in view.text[previous_line[0] : previous_line[1]].split("\t") if c.strip()]
        if len(cells) == 1 and header_start - previous_line[1] < 5:
            return squeeze_text(cells[0])
    before = view.text[:header_start].rstrip().rsplit("\n", 1)[-1]
    return squeeze_text(before) or None


def _fill_values(table: Table) -> None:
    previous: dict[str, str] = {}
    previous_cells: dict[str, Cell] = {}
    for row in table.rows:
        for key, cell in row.cells.items():
            row.values[key] = cell.text
        for role in INHERITED_ROLES:
            if role in table.roles and not row.values.get(role) and previous.get(role):
                row.values[role] = previous[role]
                row.inherited[role] = previous_cells[role]
                row.rules.append(f"inherit_blank:{role}")
        if "title" in table.roles and not row.values.get("title") and not row.values.get("text") and previous.get("title"):
            # 有序推进…建设 over rows 2 and 3, each with its own year's work and units: the task's name is merged
            row.values["title"] = previous["title"]
            row.inherited["title"] = previous_cells["title"]
            row.rules.append("inherit_blank:title")
        previous = dict(row.values)
        previous_cells = {**previous_cells, **{r: c for r, c in row.cells.items() if c.text}}
    rejoin_split_actions(table)


def rejoin_split_actions(table: Table, known_actions: frozenset[str] = frozenset()) -> None:
    """循环经济助 … (page break) … 力降碳行动 -> 循环经济助力降碳行动, when the joined name is known.

    Known names are the column's other cells and ``known_actions`` (the plan's action-area
    titles). Running it again with more known names only adds joins.
    """
    if "action" not in table.roles:
        return
    written = [row.cells["action"].text if "action" in row.cells else "" for row in table.rows]
    known = set(written) | set(known_actions)
    for index, row in enumerate(table.rows):
        head = written[index]
        if not head:
            continue
        # the next non-empty action cell after this one
        following = next((i for i in range(index + 1, len(written)) if written[i]), None)
        if following is None:
            continue
        tail = written[following]
        joined = head + tail
        if joined in known and head not in known_actions:
            for i in range(index, following + 1):
                if table.rows[i].values.get("action") in (head, tail):
                    table.rows[i].values["action"] = joined
                    table.rows[i].rules.append("rejoin_split_cell:action")
            # rows after the tail that inherited the tail
            for i in range(following + 1, len(written)):
                if written[i]:
                    break
                if table.rows[i].values.get("action") == tail:
                    table.rows[i].values["action"] = joined
                    table.rows[i].rules.append("rejoin_split_cell:action")

