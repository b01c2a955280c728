"""Read plan files from disk into :class:`~policygraph.model.SourceDocument`.

Text is decoded as UTF-8 (with or without a BOM); failing that, as GB18030 (a superset of
GBK and GB2312, still common for Chinese government files) when the result reads as Chinese
text. Anything else is refused with an :class:`~policygraph.errors.InputError` naming the
file, never guessed at.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, Message
from ..formats import READERS
from ..model import SourceDocument
from .glyphs import fix_glyphs
from .tables import table_lines

TABLE_SUFFIXES = (".tsv", ".csv")  # files that are one task table each
SKIPPED_NAMES = re.compile(r"^(readme|license|licence|changelog|sources)(\.|$)", re.I)

_CJK = re.compile(r"[\u3400-\u9fff]")
_TABLE_LINE = re.compile(r"^[^\t\n]*(\t[^\t\n]*){2,}$", re.M)


def expand_paths(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> tuple[list[str], list[InputError | str]]:
    """Turn files and folders into a sorted list of candidate files.

    ``paths`` may be one path alone. Returns ``(files, skipped)``: a folder contributes its plan files (by suffix, recursively);
    README-like and unsupported files in it are skipped with a message, and a missing path or
    a folder with no plan file is skipped as an :class:`InputError`. The caller decides what
    is fatal.
    """
    files: list[str] = []
    warnings: list[InputError | str] = []
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one file or folder given alone, not an iterable of its characters (open_store("plans"))
    for raw in paths:
        path = os.fspath(raw)
        if not os.path.exists(path):
            warnings.append(InputError(path, "no such file or folder"))
            continue
        if os.path.isdir(path):
            found = []
            for child in sorted(Path(path).rglob("*")):
                if not child.is_file() or child.name.startswith("."):
                    continue
                if SKIPPED_NAMES.match(child.name):
                    warnings.append(Message(str(child), "skipped (documentation, not a plan)"))
                    continue
                if child.suffix.lower() in READERS:
                    found.append(str(child))
                else:
                    warnings.append(Message(str(child), "skipped (unsupported file type {suffix})", suffix=child.suffix or "none"))
            if not found:
                warnings.append(InputError(path, "folder holds no plan files ({suffixes})", suffixes=", ".join(sorted(READERS))))
            files.extend(found)
        else:
            files.append(path)
    return files, warnings


# byte-order marks, longest first (UTF-32's starts as UTF-16's does)
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


WIDE_GARBAGE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _reads_as_prose(text: str) -> bool:
    """ASCII bytes read two at a time land among the ideographs (``bi`` is U+6269): a wide
    decoding must also show a plan's punctuation and no control characters."""
    return not WIDE_GARBAGE.search(text[:65536]) and any(mark in text[:65536] for mark in "，。、；：")


def _mostly_chinese(text: str) -> bool:
    """A decoding is trusted only when nearly all its letters are Chinese, as a plan's are: a
    wrong legacy encoding decodes most byte soup without complaint."""
    letters = [ch for ch in text if ch.isalpha() and not ch.isascii()]  # punctuation (《》、：) aside
    return bool(letters) and sum(1 for ch in letters if _CJK.match(ch)) / len(letters) > 0.8 and "\x00" not in text


def decode(path: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` read from ``path``; return ``(text, encoding)`` or raise InputError.

    UTF-8 first; a byte-order mark names UTF-16 or UTF-32; without one, UTF-16/32 is recognised
    by its zero bytes, and a legacy encoding (GBK/GB18030, Big5…) by charset_normalizer's guess.
    Any decoding but UTF-8 must give Chinese text.
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(path, "starts as {encoding} text but is not ({reason} at byte {at})", encoding=encoding, reason=exc.reason, at=exc.start) from exc
    if b"\x00" in data[:8192]:
        # UTF-16 or UTF-32 without a byte-order mark: each is tried, and only a decoding that reads
        # as Chinese prose is kept (the wrong one holds NULs, swapped bytes or no punctuation;
        # where the zero bytes fall is no proof: 一 U+4E00 has a zero low byte)
        for encoding in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _mostly_chinese(text) and _reads_as_prose(text):
                return text, encoding
        raise InputError(path, "binary file, not a text plan", "export it as .txt or .md first")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    import charset_normalizer  # here: only files that are not UTF-8 pay for its import

    guess = charset_normalizer.from_bytes(data).best()
    candidates = [guess.encoding] if guess is not None else []
    for encoding in (*candidates, "gb18030"):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _mostly_chinese(text):
            return text, "gb18030" if encoding in ("gb2312", "gbk", "gb18030", "hz") else encoding
    raise InputError(
        path, "not UTF-8 text (bad byte at offset {at}) and not Chinese text in another encoding", "save it as UTF-8", at=utf8_error.start
    )


def read_text(path: str) -> SourceDocument:
    """Read a .txt/.md/.tsv/.csv file.

    ``.txt``/``.md`` files are prose plans (tables inside them are found later); ``.tsv``/
    ``.csv`` files and text files made only of tab-separated rows are task tables. A .csv,
    or a .tsv with quoted cells that span lines, is re-written as one tab line per row, so
    its offsets then index that text rather than the file.
    """
    if os.path.isdir(path):
        raise InputError(path, "is a folder")
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, "cannot be read: {error}", error=exc.strerror or str(exc)) from exc
    text, encoding = decode(path, data)
    text = fix_glyphs(text)
    if not _CJK.search(text):
        raise InputError(path, "holds no Chinese text, so no plan to read")
    suffix = Path(path).suffix.lower()
    kind = "table" if suffix in TABLE_SUFFIXES else "text"
    if suffix == ".csv" or (suffix == ".tsv" and re.search(r'(?:^|\t)"', text, re.M)):
        text = table_lines(csv.reader(io.StringIO(text, newline=""), delimiter="," if suffix == ".csv" else "\t"))
    if kind == "text" and _looks_like_table(text):
        kind = "table"
    return SourceDocument(path=path, text=text, kind=kind, encoding=encoding)


def read_document(path: str) -> SourceDocument:
    """Read one file with the reader its extension names (see :data:`policygraph.formats.READERS`)."""
    suffix = Path(path).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        raise InputError(path, "unsupported file type '{suffix}'", "use {suffixes}", suffix=suffix or "none", suffixes=", ".join(sorted(READERS)))
    if not os.path.exists(path):
        raise InputError(path, "no such file")
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        raise InputError(path, "{size} MB is larger than any plan ({limit} MB at most)", "split it, or read it yourself", size=size // 1_000_000, limit=MAX_FILE_BYTES // 1_000_000)
    _check_unpacked_size(path)
    return reader.load()(path)


# Limits a real plan never reaches: the largest of the 99 wild PDFs is 2.5 MB, a .docx plan
# expands to a few MB. Past them a file is hostile or not a plan, and reading it would hang.
MAX_FILE_BYTES = 200_000_000
MAX_UNPACKED_BYTES = 300_000_000


def _check_unpacked_size(path: str) -> None:
    """A zip (.docx, .xlsx, .ofd, or an .xls that is really an .xlsx), told by its first bytes
    whatever its name: refuse one that would expand past :data:`MAX_UNPACKED_BYTES` (a zip bomb)."""
    import zipfile

    try:
        with open(path, "rb") as stream:
            if stream.read(4) != b"PK\x03\x04":
                return
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # the reader says what is wrong with it
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(path, "expands to {size} MB, more than any plan ({limit} MB at most)", "a zip bomb, or not a plan", size=unpacked // 1_000_000, limit=MAX_UNPACKED_BYTES // 1_000_000)


def _looks_like_table(text: str) -> bool:
    """A text file is a task table when nearly all its non-blank lines are tab-separated."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines:
        return False
    tabular = sum(1 for ln in lines if _TABLE_LINE.match(ln))
    return tabular / len(lines) >= 0.9


def readable_path(path: str) -> str:
    """A file name as text every export can hold: bytes that were not UTF-8 (kept by Python as
    lone surrogates) are written as ``\\xff``."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _printable(text: str) -> str:
    """``text`` with control characters and undecodable bytes (surrogate escapes) shown as escapes:
    a message names a file on one line, whatever its name holds."""
    return "".join(c if c.isprintable() or c == " " else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in str(text))


def read_documents(paths: Iterable[str]) -> Iterator[SourceDocument | InputError]:
    """Read each path, yielding the document or the :class:`InputError` it raised.

    One bad file does not stop a batch: the caller decides whether an error is fatal.
    """
    for path in paths:
        try:
            document = read_document(path)
            document.path = readable_path(document.path)
            yield document
        except InputError as exc:
            yield exc
        except (Exception, RecursionError) as exc:  # a reader library's own failure (malformed XML, a PDF it cannot repair...)
            yield InputError(_printable(path), "cannot be read ({error})", error=f"{type(exc).__name__}: {_printable(str(exc))[:200]}")
