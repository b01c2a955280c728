"""Layout clean-up that remembers where every character came from.

Extraction works on cleaned text (markdown emphasis gone, line wraps and .docx spaces
squeezed out of names), but provenance must point into the file as it is. A
:class:`TextView` is a string plus, for each of its characters, the offset of that
character in the original text, so any span found in the view maps back exactly.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Characters that never matter inside Chinese names and sentences: line breaks from PDF/docx
# wrapping, page breaks, ordinary and ideographic spaces.
SQUEEZABLE = re.compile(r"[\s\u3000\u00a0\ufeff]+")
# Markdown decoration a .md export adds around headings and bold titles.
MARKDOWN_NOISE = re.compile(r"\*\*|^[ \t]*#{1,6}[ \t]*|^[ \t]*-{3,}[ \t]*$", re.M)
# Footnote bodies that land mid-paragraph at page bottoms: "¹ 市级“百一”行动指…", "3 光储直柔是指…".
# The number is superscript or followed by a space ("1." and "1、" start tasks, not notes), the
# note defines a term (…指…), and a line holding a responsibility label or a tab (a table
# row) is never a note.
FOOTNOTE_LINE = re.compile(
    r"^[ \t]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+[ \t]*|\d{1,2} +)(?![^\n]*(?:责任|牵头|配合|\t))\S[^\n]{0,40}?指[^\n]*$", re.M
)


class TextView:
    """A string whose characters each remember their offset in an original text."""

    __slots__ = ("text", "origin", "_end")

    def __init__(self, text: str, origin: list[int], end: int) -> None:
        self.text = text
        self.origin = origin
        self._end = end  # original offset just past this view

    @classmethod
    def of(cls, text: str, offset: int = 0) -> TextView:
        return cls(text, list(range(offset, offset + len(text))), offset + len(text))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def slice(self, start: int, end: int) -> TextView:
        start, end = max(0, start), min(len(self.text), end)
        stop = self.origin[end] if end < len(self.text) else self._end
        return TextView(self.text[start:end], self.origin[start:end], stop)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` offsets of the view's characters ``start:end``."""
        if start >= end:
            at = self.origin[start] if start < len(self.origin) else self._end
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def remove(self, pattern: re.Pattern[str] | Callable[[str], list[tuple[int, int]]]) -> TextView:
        """A view without the characters matched by ``pattern`` (a regex or a span finder)."""
        spans = (
            [m.span() for m in pattern.finditer(self.text)]
            if isinstance(pattern, re.Pattern)
            else pattern(self.text)
        )
        if not spans:
            return self
        keep_text, keep_origin, last = [], [], 0
        for start, end in spans:
            keep_text.append(self.text[last:start])
            keep_origin.extend(self.origin[last:start])
            last = end
        keep_text.append(self.text[last:])
        keep_origin.extend(self.origin[last:])
        return TextView("".join(keep_text), keep_origin, self._end)

    def squeeze(self) -> TextView:
        """Drop all whitespace: Chinese names and sentences never need it."""
        return self.remove(SQUEEZABLE)


def clean_layout(text: str) -> TextView:
    """The document-level clean view: markdown decoration and footnote bodies removed.

    Line breaks are kept (headings and tables are found by lines); whitespace inside
    sentences is squeezed later, where a clause or title is read.
    """
    view = TextView.of(text)
    view = view.remove(MARKDOWN_NOISE)
    return view.remove(FOOTNOTE_LINE)


def squeeze_text(text: str) -> str:
    """``text`` without whitespace."""
    return SQUEEZABLE.sub("", text)
