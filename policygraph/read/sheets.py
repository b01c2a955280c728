"""Spreadsheets: task tables published as .xlsx (openpyxl) or .xls (xlrd).

Every sheet with text becomes tab-separated rows (see :mod:`.tables`). A merged cell is
repeated on every row and column it covers, as the task-table reader wants (the leader of
three rows is named on each); a row that is one merged cell across the table is its caption
and becomes a line of text. Dates are written as Chinese dates (2025年12月31日).
"""

from __future__ import annotations

import datetime as dt
import zipfile

from ..errors import InputError
from ..model import SourceDocument
from .glyphs import fix_glyphs
from .tables import cell_text, table_lines


def read_xlsx(path: str) -> SourceDocument:
    """Read an .xlsx workbook: each sheet's rows as tab lines, merged cells repeated."""
    import openpyxl

    sheets = []
    # our own handle, closed whatever happens: openpyxl leaves its file open when a workbook fails
    with open(path, "rb") as stream:
        try:
            # not read_only: merged ranges are only known to a fully loaded sheet
            workbook = openpyxl.load_workbook(stream, data_only=True)
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise InputError(path, "not a readable .xlsx ({error})", "open and re-save it in Excel, WPS or LibreOffice", error=type(exc).__name__) from exc
        for sheet in workbook.worksheets:
            # the cells that hold a value, not the sheet's rectangle: one formatted empty cell at
            # row 300000 would make the rectangle hold millions (openpyxl keeps stored cells in _cells)
            filled = {(r - 1, c - 1): _value(cell.value) for (r, c), cell in sheet._cells.items() if cell.value not in (None, "")}
            merged = [(r.min_row - 1, r.max_row - 1, r.min_col - 1, r.max_col - 1) for r in sheet.merged_cells.ranges]
            sheets.append(_sheet_text(_grid(path, filled), merged))
    return _document(path, sheets, "xlsx")


def read_xls(path: str) -> SourceDocument:
    """Read an .xls workbook (Excel 97–2003): each sheet's rows as tab lines, merged cells repeated."""
    import xlrd

    with open(path, "rb") as stream:  # the bytes, not the path: no handle left open on failure
        data = stream.read()
    if data.startswith(b"PK\x03\x04"):  # an .xlsx saved as .xls, as sites often serve them
        return read_xlsx(path)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<"):  # a web page saved as .xls
        from .html import read_html

        return read_html(path)
    try:
        workbook = xlrd.open_workbook(file_contents=data, formatting_info=True, ragged_rows=True)
    except (xlrd.XLRDError, OSError, AssertionError, IndexError, ValueError) as exc:
        raise InputError(path, "not a readable .xls ({error})", "open and re-save it as .xlsx", error=str(exc)) from exc
    sheets = []
    for sheet in workbook.sheets():
        filled = {}
        for r in range(sheet.nrows):
            for c, cell in enumerate(sheet.row(r)):  # ragged: each row as long as it is
                if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                if cell.ctype == xlrd.XL_CELL_DATE:
                    filled[(r, c)] = _value(xlrd.xldate_as_datetime(cell.value, workbook.datemode))
                elif cell.ctype == xlrd.XL_CELL_NUMBER and float(cell.value).is_integer():
                    filled[(r, c)] = str(int(cell.value))
                else:
                    filled[(r, c)] = _value(cell.value)
        merged = [(rlo, rhi - 1, clo, chi - 1) for rlo, rhi, clo, chi in sheet.merged_cells]
        sheets.append(_sheet_text(_grid(path, filled), merged))
    return _document(path, sheets, "xls")


MAX_CELLS = 2_000_000  # a task table has thousands; past this a sheet is no plan


def _grid(path: str, filled: dict[tuple[int, int], str]) -> list[list[str]]:
    """Rows of the cells that hold text, up to the last such row and column."""
    if not filled:
        return []
    rows = max(r for r, _ in filled) + 1
    columns = max(c for _, c in filled) + 1
    if rows * columns > MAX_CELLS:
        raise InputError(path, "a sheet spans {rows:,} rows by {columns:,} columns of text, more than any task table", "split it, or save its table alone", rows=rows, columns=columns)
    grid = [[""] * columns for _ in range(rows)]
    for (r, c), value in filled.items():
        grid[r][c] = value
    return grid


def _value(value: object) -> str:
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _sheet_text(grid: list[list[str]], merged: list[tuple[int, int, int, int]]) -> str:
    """Rows of one sheet as text: merged ranges filled, full-width merged rows as captions."""
    width = max((len(row) for row in grid), default=0)
    grid = [row + [""] * (width - len(row)) for row in grid]
    captions = set()
    for top, bottom, left, right in merged:
        if top >= len(grid):
            continue
        value = grid[top][left]
        for r in range(top, min(bottom, len(grid) - 1) + 1):
            for c in range(left, min(right, width - 1) + 1):
                grid[r][c] = value
        if top == bottom and left == 0 and right >= width - 1 and width > 1:
            captions.add(top)
    lines = []
    rows: list[list[str]] = []
    for index, row in enumerate(grid):
        if index in captions:
            if rows:
                lines.append(table_lines(rows))
                rows = []
            lines.append(cell_text(row[0]))
        else:
            rows.append(row)
    if rows:
        lines.append(table_lines(rows))
    return "\n".join(line for line in lines if line)


def _document(path: str, sheets: list[str], encoding: str) -> SourceDocument:
    from .text import _looks_like_table

    text = fix_glyphs("\n".join(sheet for sheet in sheets if sheet.strip()))
    if not text.strip():
        raise InputError(path, "spreadsheet holds no text")
    body = text.split("\n", 1)[1] if "\n" in text and "\t" not in text.split("\n", 1)[0] else text
    kind = "table" if _looks_like_table(body) else "text"
    return SourceDocument(path=path, text=text, kind=kind, encoding=encoding)
