"""Tables read from .docx, PDF and .csv files, written out as tab-separated lines.

Every reader hands extraction one text: prose as lines, and each table as one line per row
with its cells separated by tabs, which is what the task-table reader understands
(:mod:`policygraph.extract.tables`). Line breaks inside a cell become spaces (squeezed out
of names later); tabs inside a cell become spaces so they cannot shift a column.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_CELL_BREAKS = re.compile(r"[\t\r\n\v\f]+")


def cell_text(value: object) -> str:
    """One cell as it goes into a tab-separated line."""
    return _CELL_BREAKS.sub(" ", str(value or "")).strip()


def table_lines(rows: Iterable[Iterable[object]]) -> str:
    """Rows of cells as tab-separated lines; rows with no text at all are dropped."""
    lines = []
    for row in rows:
        cells = [cell_text(cell) for cell in row]
        if any(cells):
            lines.append("\t".join(cells))
    return "\n".join(lines)
