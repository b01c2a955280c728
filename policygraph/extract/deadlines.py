"""Deadlines and quarterly milestones, normalised to an end date or "ongoing".

The original text is always kept; the end date is the last day the text allows
(``2025年底`` -> 2025-12-31, ``2025年1季度`` -> 2025-03-31, ``2025年7-8月`` -> 2025-08-31).
A date without a year takes the plan's year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..model import Deadline, Milestone
from .structure import chinese_number

SCHEDULE_YEAR = re.compile(r"(?P<year>20\d\d)年度?(?!\d)")  # a column of one year's work: 2025年计划
ONGOING = re.compile(r"^(持续推进|持续开展|长期坚持|长期|持续|常态化|常年|每年|逐年推进|按年度推进)")
_YEAR = r"(?:(?P<year>\d{4})\s*年)?"
_QUARTER = re.compile(_YEAR + r"\s*第?(?P<quarter>[1-4一二三四])\s*季度(?:末|底)?")
_HALF = re.compile(_YEAR + r"\s*(?P<half>上|下)半年")
_MONTHS = re.compile(
    _YEAR + r"\s*(?P<first>\d{1,2})\s*(?:[-—–~～至到]\s*(?P<last>\d{1,2}))?\s*月\s*(?:(?P<day>\d{1,2})\s*日|份|底|末|中旬|上旬|下旬)?"
)
_YEAR_END = re.compile(r"(?P<year>\d{4})\s*年\s*(?:底|末|年底|年末|前|内|全年)?")
NO_VALUE = {"/", "／", "-", "—", "无", ""}
# 全年, 年底前 in a yearly task list: the end of the plan's own year (``default_year``)
THIS_YEAR = re.compile(r"(?:全年|年内|年底前?|年末前?|本年度|当年|今年(?:年底)?)(?:完成|内)?")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_end(year: int, quarter: int) -> dt.date:
    return _month_end(year, quarter * 3)


def parse_deadline(text: str, default_year: int | None = None) -> Deadline | None:
    """Read a deadline cell or phrase; None when the text holds no deadline at all.

    Every date expression in the text is read and the latest end wins, so ranges end where
    they end (``2025年3月至6月`` -> 2025-06-30); a month without a year takes the year last
    written before it, else ``default_year``. An impossible date leaves ``end`` empty.

    >>> parse_deadline("2025年7-8月").end
    datetime.date(2025, 8, 31)
    >>> parse_deadline("持续推进").ongoing
    True
    >>> parse_deadline("全年", default_year=2025).end
    datetime.date(2025, 12, 31)
    """
    cleaned = re.sub(r"\s", "", text)
    if cleaned in NO_VALUE:
        return None
    if ONGOING.match(cleaned):
        return Deadline(text=text, ongoing=True)
    if THIS_YEAR.fullmatch(cleaned):
        return Deadline(text=text, end=dt.date(default_year, 12, 31) if default_year else None)
    ends: list[dt.date] = []
    covered: list[tuple[int, int]] = []
    last_year = default_year
    for pattern in (_QUARTER, _HALF, _MONTHS):
        for match in pattern.finditer(cleaned):
            if match["year"]:
                last_year = int(match["year"])
            year = int(match["year"]) if match["year"] else last_year
            covered.append(match.span())
            if year is None:
                continue
            try:
                ends.append(_end_of(pattern, match, year))
            except ValueError:
                return Deadline(text=text)  # 2月30日: say nothing rather than guess
    for match in _YEAR_END.finditer(cleaned):
        if not any(start <= match.start() < end for start, end in covered):
            ends.append(dt.date(int(match["year"]), 12, 31))
    return Deadline(text=text, end=max(ends)) if ends else Deadline(text=text)


def _end_of(pattern: re.Pattern[str], match: re.Match[str], year: int) -> dt.date:
    if pattern is _QUARTER:
        return quarter_end(year, chinese_number(match["quarter"]))
    if pattern is _HALF:
        return _month_end(year, 6 if match["half"] == "上" else 12)
    month = int(match["last"] or match["first"])
    if match["day"] and not match["last"]:
        return dt.date(year, month, int(match["day"]))
    return _month_end(year, month)


def parse_milestone(header: str, text: str, year: int | None) -> Milestone | None:
    """A quarterly progress cell; None for an empty or "/" cell."""
    cleaned = re.sub(r"\s", "", text)
    if cleaned in NO_VALUE:
        return None
    match = re.search(r"([1-4一二三四])季度", header)
    quarter = chinese_number(match.group(1)) if match else None
    end = quarter_end(year, quarter) if (quarter and year) else None
    named = SCHEDULE_YEAR.match(re.sub(r"\s", "", header))
    if named and quarter is None:  # 2025年计划: the column of that year's work, due by its end
        end = dt.date(int(named["year"]), 12, 31)
    return Milestone(period=header, quarter=quarter, end=end, text=cleaned)
