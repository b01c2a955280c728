"""Tables whose text lost their cells: a PDF project list with a 责任单位 column last.

A PDF table such as ``类别 名称 实施内容 … 目标指标 责任单位`` comes out of the text layer as
lines: every cell wraps over lines of its own, the columns are separated by a space at best,
and there is no 序号 to count rows by. What survives is the order: each row *ends* with its
responsibility cell, printed at the end of a line (``方米。 连江县人民政府``) or on lines of its own
(``罗源县人民政府、`` / ``连江县人民政府``, ``连江可门港建设发`` / ``展有限公司``).

So, under a header line whose last word is a responsibility column, a row ends wherever a line
ends with a list of organisations; the row is the text since the previous one. A piece of text
counts as an organisation only where it surely is one (a known unit, or a name with a level or
place in front and an organisation's ending, or a company, government or bureau ending), so a
place or a project in another column is never taken for a unit. Rule ``column_tail``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..data import alternatives, load_rules
from ..normalize.lexicon import Lexicon
from ..normalize.places import places_at_start
from ..read.layout import TextView, squeeze_text
from .clauses import name_problem
from .prose import is_organisation
from .tables import BODY_ENDING, COLUMN_WORDS

HEADER_SPLIT = re.compile(r"[ \t\u3000]+")
RESPONSIBILITY_HEADERS = frozenset(COLUMN_WORDS["units"]) | frozenset(COLUMN_WORDS["co_units"])
_CLAUSE_RULES = load_rules("clause_rules")
LEAD_HEADERS = frozenset(_CLAUSE_RULES["labels"]["lead"])
CO_HEADERS = frozenset(_CLAUSE_RULES["labels"]["co"])
# a unit cell in a table needs no level in front, but must end as a body that can be charged does
_ENDINGS = _CLAUSE_RULES["table_cell_endings"]
CELL_UNIT_END = re.compile(alternatives(_ENDINGS["any"]) + "$")
# the table is over at an outline heading, an attachment, or a date standing alone (a signature)
SIGNATURE_DATE = re.compile(r"^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")
ENDS_TABLE = re.compile(r"^\s*(?:附表|附件|附图|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])|" + SIGNATURE_DATE.pattern[1:])
MAX_CELL_LINES = 4
ROW_NUMBER_LINE = re.compile(r"(?m)^[ \t\u3000]*\d{1,3}[ \t\u3000]*$")  # a row's number alone on its line
NUMBER_HEADERS = frozenset(COLUMN_WORDS["number"])
ROW_SERIAL = re.compile(r"[ \t\u3000]*\d{1,3}[ \t\u3000]+(?=\D)")  # a row's number, then its text on the same line
MAX_SPACED_NAME = 30
LETTER_SPACED_END = re.compile(r"(?:[\u4e00-\u9fff] ){2,}[\u4e00-\u9fff]$")
STRONG_UNIT_END = re.compile(alternatives(_ENDINGS["strong"]) + "$")
NAME_CHARS = re.compile(r"[\u4e00-\u9fff（）()〔〕、，,]+")


@dataclass
class ColumnRow:
    """One row of such a table: its text and its responsibility cell (view offsets)."""

    start: int
    end: int
    cell_start: int
    cell_end: int
    header: str  # the responsibility column's header word (责任单位, 牵头单位…)
    co_start: int = -1  # the cell of a 配合单位 column after a 牵头单位 one, on lines of its own (view offsets; -1: none)
    co_end: int = -1


def find_column_rows(view: TextView, lexicon: Lexicon, original: str = "") -> list[ColumnRow]:
    """Rows of every table whose header line ends with a responsibility column, in text order.
    ``original``: the document's text, where the rows' numbers stand (the view may have taken them
    for page numbers)."""
    text = view.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n\f]*", text) if m.start() == 0 or text[m.start() - 1] in "\n\f"]
    rows: list[ColumnRow] = []
    header: str | None = None
    unit_columns, lead_header = 1, ""  # columns of units at the header's end, the first one's name
    lead_then_co = False  # … 牵头单位 配合单位: a row's first unit cell leads, the unit lines after it support
    first_header = ""
    numbered = False
    row_start = 0
    index = 0
    while index < len(lines):
        start, end = lines[index]
        line = text[start:end]
        words = [w for w in HEADER_SPLIT.split(line.strip()) if w]
        if len(words) >= 3 and words[-1] in RESPONSIBILITY_HEADERS:
            header, row_start = words[-1], end + 1  # a header, or the same header again after a page break
            numbered = words[0] in NUMBER_HEADERS
            lead_then_co = words[-2] in LEAD_HEADERS and words[-1] in CO_HEADERS
            first_header = words[-2] if lead_then_co else header  # the column a row's first unit cell stands in
            # 牵头单位 参与单位 责任单位: columns of units at the header's end, a row's last cells on its line
            unit_columns = next((k for k in range(len(words) - 1, 0, -1) if all(w in UNIT_HEADERS for w in words[-k:])), 1)
            lead_header = words[-unit_columns]
            index += 1
            continue
        if header is None:
            index += 1
            continue
        if ENDS_TABLE.match(line):
            header = None
            index += 1
            continue
        cell = _unit_cell(text, lines, index, lexicon)
        if cell is None and unit_columns > 1:  # (…党委和人民政府,城乡一体化示范区、高新区党工委和管委会: names no lexicon lists whole)
            named = _last_cell_of_names(text, start, end)
            cell = (*named, index) if named else None
        if cell is None:
            index += 1
            continue
        cell_start, cell_end, last_line = cell
        spread = _cells_before(text, start, cell_start, unit_columns - 1) if unit_columns > 1 and last_line == index else None
        if spread:  # 市水利局 市发展改革委、…等 各县(市、区)党委和人民政府: the lead's cell, then the others', on the row's line
            lead_cell, co_start = spread
            serial = ROW_SERIAL.match(text, row_start, lead_cell[0]) if numbered else None  # (the row's number is no part of its text)
            rows.append(ColumnRow(serial.end() if serial else row_start, cell_end, lead_cell[0], lead_cell[1], lead_header, co_start, cell_end))
            row_start, index = cell_end + 1, last_line + 1
            continue
        # (区政府办公室 / (a blank line) / 2024年3月5日: the signature, a blank line or two before its date)
        after = next((i for i in range(last_line + 1, min(len(lines), last_line + 4)) if text[slice(*lines[i])].strip()), None)
        following = text[slice(*lines[after])] if after is not None else ""
        numbers = list(ROW_NUMBER_LINE.finditer(original, *view.original_span(row_start, cell_start))) if original else []
        if len(numbers) > 1:  # 16 / … / 21 / … / 22 / … / 区文化旅游局: rows whose merged unit cell stood above; the cell is 22's
            row_start = max(row_start, bisect.bisect_left(view.origin, numbers[-1].start()))
        if not SIGNATURE_DATE.match(following):  # an issuer above its date signs the body: no row
            # (1 居民消费价格涨幅3%左右 发展改革委 under 序号 …: the row's number first; not 30 个美丽乡村… with no 序号 column)
            serial = ROW_SERIAL.match(text, row_start, cell_start) if numbered else None
            if lead_then_co and last_line + 1 < len(lines):  # 应急管理局 / (安委办): the lead's name with its aside on the next line
                aside = squeeze_text(text[slice(*lines[last_line + 1])])
                if SHORT_ASIDE.fullmatch(aside):
                    cell_end, last_line = lines[last_line + 1][1], last_line + 1
            co = _co_lines(text, lines, last_line + 1, lexicon) if lead_then_co else None
            if co:  # 发改局 / 经开区 / 各街道 / 统计局: the lead's cell, then the supporting units a line each
                rows.append(ColumnRow(serial.end() if serial else row_start, co[1], cell_start, cell_end, first_header, co[0], co[1]))
                cell_end, last_line = co[1], co[2]
            else:
                rows.append(ColumnRow(serial.end() if serial else row_start, cell_end, cell_start, cell_end, first_header))
        row_start = cell_end + 1
        index = last_line + 1
    return rows


UNIT_HEADERS = RESPONSIBILITY_HEADERS | LEAD_HEADERS | CO_HEADERS
# what each name of a cell of units ends with (市水利局, 工业和信息化委, 各县(市、区)党委和人民政府, 城乡一体化示范区)
ORGANISATION_NAME = re.compile(r"(?:局|委|办|厅|院|政府|中心|公司|集团|处|室|会|队|所|站|部|管委会|党工委|单位|部门|示范区|开发区|高新区|园区|新区)$")


def _names_of_organisations(cell: str) -> bool:
    """Each name of ``cell`` (its brackets' asides aside, a trailing 等 too) ends as an organisation's or a zone's does,
    and the first opens as a unit's does (its level, its place, 各…; not a task's verb: 建设市级…指挥中心)."""
    names = [n.removesuffix("等") for n in re.split(r"[、，,]", re.sub(r"[（(][^（()）]*[）)]", "", cell)) if n]
    return bool(names) and bool(UNIT_OPENING.match(names[0])) and all(ORGANISATION_NAME.search(n) for n in names)


UNIT_OPENING = re.compile(r"(?:各|有关|相关|[省市县区州盟旗镇乡](?!级))")  # (市水利局, 各县…; not 建设市级…中心)


def _last_cell_of_names(text: str, line_start: int, line_end: int) -> tuple[int, int] | None:
    """The last space-separated cell of a row's line when each name in it ends as an organisation's does."""
    end = len(text[line_start:line_end].rstrip()) + line_start
    start = _cell_start(text, line_start, end)
    return (start, end) if start > line_start and _names_of_organisations(text[start:end]) else None


def _cell_start(text: str, line_start: int, end: int) -> int:
    """Where the space-separated cell of a row's line that ends at ``end`` starts."""
    return max(text.rfind(" ", line_start, end), text.rfind("\u3000", line_start, end), text.rfind("\t", line_start, end)) + 1


def _cells_before(text: str, line_start: int, cell_start: int, count: int) -> tuple[tuple[int, int], int] | None:
    """The ``count`` space-separated cells of units before a row's last one (at ``cell_start``): the first's
    span and where the second starts; None unless each is a list of organisations."""
    cells: list[tuple[int, int]] = []
    end = cell_start - 1
    while len(cells) < count:
        while end > line_start and text[end - 1] in " \t\u3000":
            end -= 1
        start = _cell_start(text, line_start, end)
        if start <= line_start or start >= end or not _names_of_organisations(text[start:end]):
            return None
        cells.insert(0, (start, end))
        end = start - 1
    return cells[0], (cells[1][0] if len(cells) > 1 else cell_start)


def _unit_cell(text: str, lines: list[tuple[int, int]], index: int, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """The responsibility cell that ends a row at line ``index``: ``(start, end, last line)``.

    The cell is the last space-separated piece of the line, joined with the lines after it
    while the list goes on (a trailing 、 or a name cut mid-word), up to a few lines.
    """
    start, end = lines[index]
    line = text[start:end].rstrip()
    if index + 1 < len(lines) and _person_above_units(line, text[slice(*lines[index + 1])], lexicon):
        return None  # 王旭锋 / 发改局: a leader's name in the column before the units, no part of them
    tail = max(0, len(line) - 2 * MAX_SPACED_NAME)  # only a line's end can hold its last cell: linear time
    spaced = LETTER_SPACED_END.search(line, tail)  # 福 州 市 生 态 环 境: a justified cell
    if "\t" in line:  # a ruled table's row: its last cell, spaces and all (林业局 自然资源和规划厅)
        cut = line.rfind("\t")
    else:
        cut = spaced.start() - 1 if spaced else max(line.rfind(" "), line.rfind("\u3000"))
    cell_start = start + cut + 1 if cut >= 0 else start + len(line) - len(line.lstrip())
    for last in range(index, min(len(lines), index + MAX_CELL_LINES)):
        piece_end = lines[last][1]
        piece = squeeze_text(text[cell_start:piece_end])
        if not NAME_CHARS.fullmatch(piece):
            return None  # a sentence, a figure: another column's text
        if piece.endswith(("、", "，", ",")):
            continue
        if all_units(piece, lexicon):
            return cell_start, piece_end, last
        if last + 1 < len(lines):
            following = text[lines[last + 1][0] : lines[last + 1][1]].strip()
            if " " in following or len(following) > 12:
                return None  # the next line is another row's text, not the rest of a name
    return None


PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
PLACE_LAST = re.compile(r"[府区县市镇乡园]$")  # a government's or a place's last character


def _person_above_units(line: str, following: str, lexicon: Lexicon) -> bool:
    """``line`` holds a person's name alone (王旭锋, 吴 伟: two or three characters, no body's or place's
    ending, no place) and ``following`` a list of units on its own: a leader's cell before a unit cell."""
    name = squeeze_text(line)
    if not PERSON_NAME.fullmatch(name) or BODY_ENDING.search(name) or PLACE_LAST.search(name) or places_at_start(name, lexicon)[1]:
        return False
    if lexicon.collective_noun(name) is not None or is_organisation(name, lexicon):
        return False
    unit = squeeze_text(following)
    # (市教育 / 体育局, 县住房 / 建设局: a unit's name the line broke, whole when joined)
    return bool(NAME_CHARS.fullmatch(unit)) and all_units(unit, lexicon) and not is_organisation(name + unit, lexicon)


MAX_CO_LINES = 8  # unit lines of a 配合单位 cell printed a unit a line
# (安委办), (邹区镇): a name's aside a table put on a line of its own (not （此页无正文）, （此件公开发布）: a document's notes)
SHORT_ASIDE = re.compile(r"[（(](?!此)(?![^）)]*(?:正文|公开|发布|印发))[\u4e00-\u9fff]{1,8}[）)]$")
# a zone by its short name, in a 配合单位 cell right after a lead's: its committee (经开区, 高新园(邹区镇))
CO_ZONE = re.compile(r"[\u4e00-\u9fff]{0,8}(?:经开区|高新区|开发区|园区|新区|高新园|产业园|工业园)(?:[（(][\u4e00-\u9fff]{1,8}[）)])?")


def _co_lines(text: str, lines: list[tuple[int, int]], index: int, lexicon: Lexicon) -> tuple[int, int, int] | None:
    """The lines from ``index`` that each hold units only (a name the line broke, 高新园 / (邹区镇), joined):
    the 配合单位 cell after a row's lead cell, ``(start, end, last line)``; None when the next line is no unit."""
    found: tuple[int, int, int] | None = None
    at = index
    while at < len(lines) and at < index + MAX_CO_LINES:
        piece = squeeze_text(text[slice(*lines[at])])
        following = squeeze_text(text[slice(*lines[at + 1])]) if at + 1 < len(lines) else ""
        if SHORT_ASIDE.fullmatch(following) and (all_units(piece, lexicon) or CO_ZONE.fullmatch(piece)):
            piece, at = piece + following, at + 1  # 高新园 / (邹区镇): a name with its aside on the next line
        if at + 1 < len(lines) and SIGNATURE_DATE.match(text[slice(*lines[at + 1])]):
            break  # 常州市钟楼区人民政府办公室 / 2024年2月20日: the body that signs after the table, no unit of its rows
        name = SHORT_ASIDE.sub("", piece) if SHORT_ASIDE.search(piece) and not SHORT_ASIDE.fullmatch(piece) else piece
        if not piece or not NAME_CHARS.fullmatch(piece) or not (all_units(name, lexicon) or CO_ZONE.fullmatch(name)):
            break
        found = (found[0] if found else lines[index][0], lines[at][1], at)
        at += 1
    return found


def all_units(piece: str, lexicon: Lexicon) -> bool:
    """Every item of ``piece`` is an organisation; a place alone passes before a government
    that closes the list (泉港区、惠安县人民政府: the two share 人民政府)."""
    items = [item for item in re.split(r"[、，,；;]|及(?=各|有关|相关)", piece) if item]
    if not items:
        return False
    governed = any(item.endswith("政府") for item in items)
    organisations = [is_organisation(item, lexicon) for item in items]
    if not any(known or STRONG_UNIT_END.search(item) for item, known in zip(items, organisations)):
        return False  # 马銮湾新城中心 alone may be a place; a list with a government or bureau is units
    return all(
        len(item) <= 30
        and (
            organisations[index]
            # 民政府 alone is the tail of a cut name; 福州市商务局、建设局 is not
            or (CELL_UNIT_END.search(item) and name_problem(item, lexicon) is None and (len(item) >= 4 or index > 0))
            or lexicon.collective_noun(item) is not None
            or (governed and places_at_start(item, lexicon, short=False)[0] == item)
        )
        for index, item in enumerate(items)
    )
