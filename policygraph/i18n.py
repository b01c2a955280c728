"""Messages in Chinese or English: one gettext catalogue, ``locale/zh_CN/LC_MESSAGES/policygraph.po``.

The language is Chinese when ``--lang zh`` is given, or when ``POLICYGRAPH_LANG``, ``LANGUAGE``,
``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (the first one set) starts with ``zh``; English
otherwise. The catalogue holds the command line's help, table headers and messages, and
click's own words (Usage:, Options, Error:), which the command line hands to click. The
English text is the message id, so an untranslated string shows in English.
The compiled ``.mo`` is committed beside the ``.po``; ``python -m policygraph.i18n`` rebuilds
it, and a test checks that the two agree.
"""

from __future__ import annotations

import ast
import gettext
import os
import struct
import sys
from pathlib import Path

DOMAIN = "policygraph"
LOCALES = Path(__file__).parent / "locale"
LANGUAGES = ("zh", "en")
_language = "en"
_translation: gettext.NullTranslations = gettext.NullTranslations()


def detect() -> str:
    """``zh`` or ``en`` from the environment (``POLICYGRAPH_LANG`` first, then the locale)."""
    for name in ("POLICYGRAPH_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


def set_language(language: str) -> None:
    """Use ``language`` (``zh`` or ``en``) for every message from now on, click's included."""
    global _language, _translation
    _language = "zh" if language.lower().startswith("zh") else "en"
    _translation = (
        gettext.translation(DOMAIN, LOCALES, languages=["zh_CN"], fallback=True) if _language == "zh" else gettext.NullTranslations()
    )


def language() -> str:
    return _language


def _(message: str) -> str:
    """``message`` in the current language."""
    return _translation.gettext(message) if message else message


def ngettext(singular: str, plural: str, count: int) -> str:
    """The singular or plural form of a message in the current language (Chinese has one form:
    the catalogue translates each English form)."""
    return _(singular if count == 1 else plural)


def read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a .po file (plain entries; the header entry under '')."""
    entries: dict[str, str] = {}
    msgid = msgstr = None
    current = None

    def flush() -> None:
        if msgid is not None and msgstr is not None:
            entries[msgid] = msgstr

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("msgid "):
            flush()
            msgid, msgstr, current = ast.literal_eval(line[6:]), None, "id"
        elif line.startswith("msgstr "):
            msgstr, current = ast.literal_eval(line[7:]), "str"
        elif line.startswith('"') and current == "id":
            msgid += ast.literal_eval(line)
        elif line.startswith('"') and current == "str":
            msgstr += ast.literal_eval(line)
    flush()
    return entries


def compile_mo(entries: dict[str, str]) -> bytes:
    """The GNU .mo file of ``entries`` (the format gettext reads; what msgfmt writes)."""
    items = sorted((k.encode("utf-8"), v.encode("utf-8")) for k, v in entries.items())
    ids = b"".join(k + b"\0" for k, _ in items)
    strs = b"".join(v + b"\0" for _, v in items)
    start = 7 * 4 + 16 * len(items)
    offsets, id_at, str_at = [], start, start + len(ids)
    for key, value in items:
        offsets.append((len(key), id_at, len(value), str_at))
        id_at += len(key) + 1
        str_at += len(value) + 1
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(items), 7 * 4, 7 * 4 + 8 * len(items), 0, 0)
    table = b"".join(struct.pack("ii", n, o) for n, o, _, _ in offsets) + b"".join(struct.pack("ii", n, o) for _, _, n, o in offsets)
    return header + table + ids + strs


def catalogue_path(suffix: str) -> Path:
    return LOCALES / "zh_CN" / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


if __name__ == "__main__":  # rebuild the .mo from the .po
    catalogue_path(".mo").write_bytes(compile_mo(read_po(catalogue_path(".po"))))
    sys.stdout.write(f"wrote {catalogue_path('.mo')}\n")
