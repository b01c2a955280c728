"""OFD, China's fixed-layout document format (GB/T 33190): the text layer of every page.

An OFD is a zip of XML parts: ``OFD.xml`` names each document's root (``Doc_0/Document.xml``),
which lists its pages; a page's ``Content.xml`` holds text objects (``TextObject`` with a
``Boundary`` box and ``TextCode`` runs placed in it). Runs are set on lines by their baseline
and read left to right; pages are joined by form feeds, as the PDF reader does. Tables are
read as the lines their cells fall on (no table structure is recovered). No maintained Python
reader of OFD text exists; the format's text layer is plain XML, read here with the standard
library. A scanned OFD (images only) is refused with a hint.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import xml.etree.ElementTree as ET

from ..errors import InputError
from ..model import SourceDocument
from .glyphs import fix_glyphs

LINE_TOLERANCE = 0.5  # runs whose baselines differ by less than half their size share a line
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element, name: str):
    return [child for child in element.iter() if _local(child.tag) == name]


def _floats(text: str | None) -> list[float]:
    return [float(n) for n in NUMBER.findall(text or "")]


def read_ofd(path: str) -> SourceDocument:
    """Read an .ofd file into one document: each page's text runs as lines, pages by form feeds."""
    try:
        with zipfile.ZipFile(path) as archive:
            pages = [_page_text(archive, part) for part in _page_parts(archive)]
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError) as exc:
        raise InputError(path, "not a readable OFD ({error})", "open it in an OFD reader and export it as PDF or text", error=type(exc).__name__) from exc
    text = fix_glyphs("\f".join(pages))
    if not text.strip():
        raise InputError(path, "OFD has no text layer (a scan?)", "run OCR on it first, or export it as text from an OFD reader")
    return SourceDocument(path=path, text=text, kind="text", encoding="ofd")


def _page_parts(archive: zipfile.ZipFile) -> list[str]:
    """Paths of every page's content part, in document and page order."""
    root = ET.fromstring(archive.read("OFD.xml"))
    parts = []
    for doc_root in _children(root, "DocRoot"):
        document_path = (doc_root.text or "").strip().lstrip("/")
        document = ET.fromstring(archive.read(document_path))
        base = posixpath.dirname(document_path)
        for page in _children(document, "Page"):
            location = (page.get("BaseLoc") or "").strip()
            if location:
                parts.append(location.lstrip("/") if location.startswith("/") else posixpath.normpath(posixpath.join(base, location)))
    return parts


def _page_text(archive: zipfile.ZipFile, part: str) -> str:
    """A page's text: runs placed by their boundary and offsets, grouped into lines by baseline."""
    page = ET.fromstring(archive.read(part))
    runs = []  # (baseline y, x, size, text)
    for text_object in _children(page, "TextObject"):
        box = _floats(text_object.get("Boundary"))
        left, top = (box[0], box[1]) if len(box) >= 2 else (0.0, 0.0)
        size = (_floats(text_object.get("Size")) or [3.5])[0]
        for code in _children(text_object, "TextCode"):
            if code.text and code.text.strip():
                x = left + (_floats(code.get("X")) or [0.0])[0]
                y = top + (_floats(code.get("Y")) or [0.0])[0]
                runs.append((y, x, size, code.text))
    runs.sort(key=lambda run: (run[0], run[1]))
    lines: list[list[tuple[float, float, float, str]]] = []
    for run in runs:
        if lines and abs(run[0] - lines[-1][0][0]) < LINE_TOLERANCE * max(run[2], lines[-1][0][2]):
            lines[-1].append(run)
        else:
            lines.append([run])
    return "\n".join("".join(text for _, _, _, text in sorted(line, key=lambda run: run[1])) for line in lines)
