"""Text PDFs: pypdfium2 for the text of each page, pdfplumber for the tables on it.

pypdfium2 (PDFium; Apache-2.0/BSD) reads Chinese text correctly and fast, Type 3 fonts
included. pdfplumber (pdfminer.six; MIT) finds ruled tables, and is only asked on pages
whose text speaks of responsibility, because it is ten times slower. Pages are joined with
a form feed, so page breaks stay visible to the layout clean-up and offsets count pages.
A PDF with no text layer (a scan) or a password is refused with a message saying what to do.
"""

from __future__ import annotations

import re

from ..data import alternatives, load_rules
from ..errors import InputError, Message
from ..model import SourceDocument
from .glyphs import fix_glyphs
from .tables import table_lines

# A task table starts on a page whose text has a 序号 or deadline column and a responsibility one;
# pdfplumber (ten times slower than PDFium) is asked about that page and the pages after
# it for as long as the table runs on.
TABLE_HINT = re.compile(alternatives(load_rules("clause_rules")["pdf_table_hints"], spaced_out=True))
RESPONSIBILITY_HINT = re.compile(alternatives(load_rules("clause_rules")["pdf_responsibility_hints"], spaced_out=True))
# a header row with a responsibility column and no 序号 (重点任务 牵头单位 配合单位): worth the table finder too
_LABELS = load_rules("clause_rules")["labels"]
HEADER_ROW_HINT = re.compile(
    r"(?m)^[^\n：:]*\S\s+" + alternatives([*_LABELS["lead"], *_LABELS["co"], *_LABELS["responsible"]]) + r"(?:\s+[^\n：:]*)?$"
)
MIN_TABLE_COLUMNS = 3


def read_pdf(path: str) -> SourceDocument:
    """Read a text PDF into one document: pages joined by form feeds, tables as tab lines."""
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(path)
    except pypdfium2.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise InputError(path, "PDF is encrypted (password protected)", "remove the password, or export the text") from exc
        raise InputError(path, "not a readable PDF ({error})", "check the file, or export it as .txt or .docx", error=message) from exc
    try:
        pages = [page.get_textpage().get_text_range() for page in pdf]
    finally:
        pdf.close()
    pages = [fix_glyphs(text.replace("\r\n", "\n").replace("\r", "\n")) for text in pages]
    if not "".join(pages).strip():
        raise InputError(path, "PDF has no text layer (a scan?)", "run OCR on it first (e.g. ocrmypdf -l chi_sim)")
    starts = [i for i, text in enumerate(pages) if (TABLE_HINT.search(text) and RESPONSIBILITY_HINT.search(text)) or HEADER_ROW_HINT.search(text)]
    notes = []
    if starts:
        try:
            rebuilt = _pages_with_tables(path, starts, len(pages))
        except Exception as exc:  # pdfium read (or repaired) what pdfplumber cannot parse: keep pdfium's text
            rebuilt = {}
            notes.append(Message(path, "tables read as plain text: the table reader failed ({error})", error=type(exc).__name__))
        for index, text in rebuilt.items():
            pages[index] = text
    return SourceDocument(path=path, text="\f".join(pages), kind="text", encoding="pdf", notes=notes)


def _pages_with_tables(path: str, starts: list[int], page_count: int) -> dict[int, str]:
    """Page texts rebuilt around their tables: text above, the table as tab lines, text below."""
    import pdfplumber

    rebuilt: dict[int, str] = {}
    # our own handle: pdfplumber leaves its file open when the PDF fails to parse
    with open(path, "rb") as stream, pdfplumber.open(stream) as pdf:
        index = 0
        pending = sorted(starts)
        while pending:
            index = max(pending.pop(0), index)
            if index >= page_count or index in rebuilt:
                continue
            page = pdf.pages[index]
            tables = [t for t in page.find_tables() if len(t.rows) >= 1 and max(len(r.cells) for r in t.rows) >= MIN_TABLE_COLUMNS]
            if not tables:
                continue
            pending.insert(0, index + 1)  # the table may run on over the next page
            parts, top = [], page.bbox[1]
            for table in sorted(tables, key=lambda t: t.bbox[1]):
                above = page.crop((page.bbox[0], top, page.bbox[2], table.bbox[1])).extract_text() if table.bbox[1] > top else ""
                parts += [above, table_lines(table.extract())]
                top = table.bbox[3]
            if top < page.bbox[3]:
                parts.append(page.crop((page.bbox[0], top, page.bbox[2], page.bbox[3])).extract_text())
            rebuilt[index] = fix_glyphs("\n".join(part for part in parts if part))
    return rebuilt
