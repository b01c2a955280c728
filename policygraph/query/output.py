"""Rows as a terminal table, JSON, CSV or JSON Lines (the ``--format`` of query commands)."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

from ..safety import csv_cell, terminal_text

FORMATS = ("table", "json", "csv", "jsonl")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, limit: int) -> str:
    if _width(text) <= limit:
        return text
    kept, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > limit - 1:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def due_text(year, period_start, period_end) -> str | None:
    """When a target is due, as shown: ``2025``, ``2021–2025``, ``2022–`` (from 2022 on), or None."""
    if year is not None:
        return str(year)
    if period_start is None and period_end is None:
        return None
    return f"{period_start if period_start is not None else ''}–{period_end if period_end is not None else ''}"


def table(rows: list[dict[str, Any]], columns: list[str], limit: int = 40) -> str:
    """Aligned columns for the terminal; wide (CJK) characters count twice; long cells clipped."""
    cells = [[_clip(terminal_text(_cell(row.get(c))), limit) for c in columns] for row in rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *map(line, cells)])


def render(rows: list[dict[str, Any]], columns: list[str], fmt: str = "table") -> str:
    """``rows`` in ``fmt``; ``columns`` picks and orders what a table or CSV shows."""
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
        return table(rows, columns)
    raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")
