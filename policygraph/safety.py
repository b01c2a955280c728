"""Output that cannot attack its reader: spreadsheet formulas and terminal escapes.

A plan title or a unit name is text from the outside world. Written into CSV, a cell starting
``=HYPERLINK(`` or ``@SUM(`` would run as a formula when a spreadsheet opens the file; printed
to a terminal, an escape sequence would move the cursor or rewrite earlier lines.
"""

from __future__ import annotations

import re
from typing import Any

# OWASP's rule for CSV injection: a cell that starts with one of these is prefixed with '.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 and C1 controls (escape sequences start with ESC or CSI) but tab and newline.
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def csv_cell(value: Any) -> Any:
    """``value`` safe for a spreadsheet: text starting like a formula gets a leading apostrophe.

    >>> csv_cell("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> csv_cell(-1.5), csv_cell("区发改委")
    (-1.5, '区发改委')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def terminal_text(text: str) -> str:
    """``text`` with control characters (terminal escapes among them) shown as ``\\x1b`` and the like."""
    return TERMINAL_CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def one_line(text: str) -> str:
    """``text`` for a one-line message: controls escaped and line breaks shown as ``\\n``, so a
    file name holding a newline cannot forge another line of output."""
    return terminal_text(text).replace("\r", "\\r").replace("\n", "\\n")
