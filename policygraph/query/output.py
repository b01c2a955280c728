"""Rows as a terminal table, JSON, CSV or JSON Lines (the ``--format`` of query commands)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import sys
from typing import Any

from ..read.layout import display_width as _width
from ..safety import csv_cell, terminal_text

FORMATS = ("table", "json", "csv", "jsonl")
# columns the queries join with 、 (GROUP_CONCAT): lists in JSON, as in tasks.jsonl
LIST_COLUMNS = frozenset({"leads", "cos", "issuers", "places", "levels"})  # names never hold 、; titles do
LIST_SEPARATOR = "、"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def due_text(year, period_start, period_end) -> str | None:
    """When a target is due, as shown: ``2025``, ``2021–2025``, ``2022–`` (from 2022 on), or None."""
    if year is not None:
        return str(year)
    if period_start is None and period_end is None:
        return None
    return f"{period_start if period_start is not None else ''}–{period_end if period_end is not None else ''}"


KEPT_WHOLE = frozenset({"source", "due", "year", "number", "district"})  # never clipped: a clipped line number misleads
MIN_COLUMN = 8


def terminal_width() -> int | None:
    """Columns of the terminal (``COLUMNS`` when set); None (no clipping) when the output is
    not a terminal: a file or a pipe gets every cell whole."""
    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size((120, 24)).columns
    return None


def table(rows: list[dict[str, Any]], columns: list[str], width: int | None = 0, headers: list[str] | None = None) -> str:
    """Aligned columns that fit ``width`` (default: the terminal's); wide (CJK) characters count
    twice. Text columns that do not fit share the width left (narrow ones kept whole) and their
    cells wrap onto more lines, by display width; the source line, dates and numbers never wrap."""
    width = terminal_width() if width == 0 else width
    headers = headers or columns
    cells = [[terminal_text(_cell(row.get(c))) for c in columns] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    if width is None:
        width = sum(widths) + 2 * len(widths)
    wrappable = [i for i, c in enumerate(columns) if c not in KEPT_WHOLE]
    budget = width - 2 * (len(widths) - 1) - sum(w for i, w in enumerate(widths) if i not in wrappable)
    natural = sum(widths[i] for i in wrappable)
    if natural > budget:  # the text columns share what is left: narrow ones whole, wide ones an equal share
        left = max(budget, 0)
        for count, i in enumerate(sorted(wrappable, key=lambda i: widths[i])):
            share = left // (len(wrappable) - count)
            widths[i] = min(widths[i], max(MIN_COLUMN, share))
            left -= widths[i]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(headers), line(["-" * w for w in widths])]
    for row in cells:
        pieces = [_wrap(value, widths[i]) if i in wrappable else [value] for i, value in enumerate(row)]
        for k in range(max(len(p) for p in pieces)):
            out.append(line([p[k] if k < len(p) else "" for p in pieces]))
    return "\n".join(out)


def _wrap(text: str, limit: int) -> list[str]:
    """``text`` cut into lines of at most ``limit`` display columns (CJK characters count two)."""
    lines, current, used = [], [], 0
    for ch in text:
        size = _width(ch)
        if current and used + size > limit:
            lines.append("".join(current))
            current, used = [], 0
        current.append(ch)
        used += size
    lines.append("".join(current))
    return lines


def snake_case(name: str) -> str:
    """``planTitle`` -> ``plan_title``: the key style of every JSON policygraph writes."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row as the JSON formats give it: snake_case keys, joined names split into lists."""
    shaped = {}
    for key, value in row.items():
        if key in LIST_COLUMNS and (value is None or isinstance(value, str)):
            value = value.split(LIST_SEPARATOR) if value else []
        shaped[snake_case(key)] = value
    return shaped


def render(rows: list[dict[str, Any]], columns: list[str], fmt: str = "table", shape: bool = True, headers: list[str] | None = None) -> str:
    """``rows`` in ``fmt``; ``columns`` picks and orders what a table or CSV shows. JSON rows
    get snake_case keys and lists for joined names (:func:`json_row`) unless ``shape`` is False
    (a user's own SPARQL keeps its variable names). ``headers`` label a table's columns."""
    if fmt in ("json", "jsonl") and shape:
        rows = [json_row(row) for row in rows]
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=1)
    if fmt == "jsonl":
        return "\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([csv_cell(_cell(row.get(c))) for c in columns] for row in rows)
        return out.getvalue().rstrip("\n")
    if fmt == "table":
        return table(rows, columns, headers=headers)
    raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
