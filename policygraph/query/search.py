"""Keyword search over task text, with words as jieba segments them.

A query is cut into words (jieba's precise mode; punctuation and the function words 的 和 与
及 等 dropped); a task matches when every word occurs in its title or text, so 光伏 finds
分布式光伏 and 屋顶光伏 finds 屋顶分布式光伏. A query of one or two characters is one word
already, and is matched without loading jieba's dictionary (about 0.6 s).
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = frozenset("的和与及等或")
_NOT_A_WORD = re.compile(r"[\s\W_]+")


def query_words(query: str) -> list[str]:
    """The words of a search query, in order, without repeats."""
    query = _NOT_A_WORD.sub(" ", query).strip()
    if not query:
        return []
    pieces = query.split()
    words: list[str] = []
    for piece in pieces:
        if len(piece) <= 2:
            cut = [piece]
        else:
            import jieba

            jieba.setLogLevel(60)  # its "Building prefix dict" lines are not our user's business
            cut = jieba.lcut(piece)
        words.extend(w for w in cut if w.strip() and w not in _FUNCTION_WORDS and w not in words)
    return words


def matches(words: list[str], *texts: str | None) -> bool:
    """True when every word occurs in one of ``texts``."""
    haystack = "\n".join(t for t in texts if t)
    return bool(words) and all(word in haystack for word in words)
