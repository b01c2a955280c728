"""The rules and lexicon data files, read once.

Every module that needs a word list reads it here, so a new wording is a data edit:
``clause_rules.json`` (responsibility clauses and prose), ``table_columns.json`` (table headers),
``target_rules.json`` (targets), ``metadata_rules.json`` (plan metadata) and the ``*.tsv``
lexicon files (read by :mod:`policygraph.normalize.lexicon`).
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources


@functools.lru_cache(maxsize=None)
def load_rules(name: str) -> dict:
    """The JSON rules file ``data/<name>.json``, keys starting with ``_`` (comments) left out."""
    data = json.loads(resources.files(__name__).joinpath(f"{name}.json").read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def spaced(word: str) -> str:
    """A regex for ``word`` that tolerates whitespace between its characters (责 任单位)."""
    return r"\s*".join(map(re.escape, word))


def longest_first(words: list[str]) -> tuple[str, ...]:
    """``words`` longest first, so that a prefix test or an alternation tries the longest wording first."""
    return tuple(sorted(words, key=len, reverse=True))


def alternatives(words: list[str], *, spaced_out: bool = False) -> str:
    """``(?:a|b|…)`` over ``words``, longest first so that the longest wording wins."""
    return "(?:" + "|".join(spaced(w) if spaced_out else re.escape(w) for w in longest_first(words)) + ")"
