"""Word .docx files (python-docx, MIT): paragraphs and tables in document order.

A table stays a table: one tab-separated line per row (see :mod:`.tables`). python-docx
returns a vertically merged cell on every row it spans, which is what the task-table
reader wants (each row names its units); a row whose cells are all one merged cell is a
caption inside the table and is kept as a line of text.
"""

from __future__ import annotations

import zipfile

from ..errors import InputError
from ..model import SourceDocument
from .glyphs import fix_glyphs
from .tables import cell_text, table_lines


def read_docx(path: str) -> SourceDocument:
    """Read a .docx into one document: paragraphs as lines, tables as tab-separated rows."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(path)
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        if _is_encrypted_office_file(path):
            raise InputError(path, "Word file is encrypted (password protected)", "save an unprotected copy") from exc
        raise InputError(path, "not a readable .docx (corrupt, or another format renamed)", "open and re-save it in Word or LibreOffice") from exc
    blocks = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells = row.cells
                if len({id(c._tc) for c in cells}) == 1 and len(cells) > 1:
                    blocks.append(cell_text(cells[0].text))  # a caption spanning the whole table
                    continue
                rows.append([cell.text for cell in cells])
            blocks.append(table_lines(rows))
        else:
            blocks.append(block.text)
    text = fix_glyphs("\n".join(blocks))
    if not text.strip():
        raise InputError(path, "Word file holds no text")
    return SourceDocument(path=path, text=text, kind="text", encoding="docx")


def _is_encrypted_office_file(path: str) -> bool:
    """Password-protected Office files are OLE containers, not zip files."""
    with open(path, "rb") as handle:
        return handle.read(8) == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
