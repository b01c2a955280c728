"""Every input format gives the same graph as the text it holds.

The real task table of the Jinshan high-tech park (15 rows, 22 assignments) is written out
as .tsv, .csv (with a cell that spans lines), a Markdown pipe table, a .docx table (with a
vertically merged cell) and a PDF table, and each must read back to the same rows, units
and roles. PDFs are made with reportlab's built-in Chinese CID font, so no font file is
needed.
"""

import csv
import io
from pathlib import Path

import docx
import pypdfium2
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

import policygraph
from policygraph.errors import InputError
from policygraph.read.glyphs import fix_glyphs
from policygraph.read.text import read_document

CORPUS = Path(policygraph.__file__).parent / "corpus"
TABLE = CORPUS / "jinshan-gaoxin-2025-task-table.txt"
EXCERPT = Path(__file__).parent / "data" / "golden" / "jinshan-excerpt.txt"


def table_rows():
    lines = [line for line in TABLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [line.split("\t") for line in lines]


def facts(path):
    plan = policygraph.build([str(path)]).plans[0]
    return [(t.number, t.deadline and t.deadline.end, [(a.surface, a.role, a.basis) for a in t.assignments]) for t in plan.tasks]


@pytest.fixture(scope="module")
def expected():
    found = facts(TABLE)
    assert len(found) == 15 and sum(len(f[2]) for f in found) == 22
    return found


def test_csv_with_a_cell_spanning_lines(tmp_path, expected):
    rows = table_rows()
    rows[3][5] = rows[3][5].replace("、", "、\n", 1)  # a quoted cell with a line break inside
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    path = tmp_path / "table.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    assert facts(path) == expected


def test_markdown_pipe_table(tmp_path, expected):
    rows = table_rows()
    lines = [rows[0][0], "", "| " + " | ".join(rows[1]) + " |", "|" + "---|" * len(rows[1])]
    lines += ["| " + " | ".join(row) + " |" for row in rows[2:]]
    path = tmp_path / "table.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert facts(path) == expected


def test_docx_table_with_a_vertically_merged_cell(tmp_path, expected):
    rows = table_rows()
    document = docx.Document()
    document.add_paragraph(rows[0][0])
    width = max(len(r) for r in rows[1:])
    table = document.add_table(rows=len(rows) - 1, cols=width)
    for r, row in enumerate(rows[1:]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    # rows 2 and 3 of the body share one leader: write it once, merged down
    leader = rows[1].index("牵头领导")
    first, second = 2, 3
    if rows[first + 1][leader] == rows[second + 1][leader]:
        table.cell(second, leader).text = ""
        table.cell(first, leader).merge(table.cell(second, leader))
        table.cell(first, leader).text = rows[first + 1][leader]
    path = tmp_path / "table.docx"
    document.save(path)
    assert facts(path) == expected


def test_docx_prose_with_spaces_inside_labels(tmp_path):
    text = EXCERPT.read_text(encoding="utf-8").replace("责任单位", "责 任单位")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    from_text = policygraph.build([str(EXCERPT)]).plans[0]
    from_docx = policygraph.build([str(path)]).plans[0]
    assert [(t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_docx.tasks] == [
        (t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_text.tasks
    ]
    assert from_docx.problems == []


def _pdf(path, rows, *, encrypt=None, caption=None):
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=7, leading=9, wordWrap="CJK")
    story = [Paragraph(caption, style)] if caption else []
    if rows:
        table = Table([[Paragraph(cell, style) for cell in row] for row in rows], repeatRows=1)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        story.append(table)
    SimpleDocTemplate(str(path), pagesize=landscape(A4), encrypt=encrypt).build(story)


def test_pdf_table_over_several_pages(tmp_path, expected):
    rows = table_rows()
    path = tmp_path / "table.pdf"
    body = [row for row in rows[2:]]
    _pdf(path, [rows[1][:7]] + [row[:7] for row in body], caption=rows[0][0])
    assert len(pypdfium2.PdfDocument(str(path))) >= 2  # the table runs over a page break
    got = facts(path)
    # the quarterly milestone columns are left out of this PDF; units, roles and deadlines stay
    assert got == expected


def test_encrypted_scanned_and_broken_pdfs_get_one_clear_error_each(tmp_path):
    encrypted = tmp_path / "encrypted.pdf"
    _pdf(encrypted, [], encrypt="secret", caption="金山区碳达峰实施方案")
    scanned = tmp_path / "scanned.pdf"
    blank = pypdfium2.PdfDocument.new()
    blank.new_page(595, 842)
    blank.save(str(scanned))
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n1 0 obj <<")
    messages = {}
    for path in (encrypted, scanned, broken):
        with pytest.raises(InputError) as caught:
            read_document(str(path))
        messages[path.name] = str(caught.value)
    assert "encrypted (password protected)" in messages["encrypted.pdf"] and "remove the password" in messages["encrypted.pdf"]
    assert "no text layer" in messages["scanned.pdf"] and "OCR" in messages["scanned.pdf"]
    assert "not a readable PDF" in messages["broken.pdf"]
    # one bad file does not stop the batch
    pg = policygraph.build([str(encrypted), str(scanned), str(broken), str(EXCERPT)])
    assert len(pg.plans) == 1 and sum("encrypted.pdf" in w for w in pg.warnings) == 1


def test_radical_look_alikes_from_type3_fonts_are_read_as_characters():
    assert fix_glyphs("⾦⼭区⻋辆更新（责任单位：区⽣态环境局）") == "金山区车辆更新（责任单位：区生态环境局）"
    assert len(fix_glyphs("⻋⾦")) == 2  # one for one, so offsets stay valid


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(EXCERPT.read_text(encoding="utf-8").encode("gb18030"))
    pg = policygraph.build([str(path)])
    assert pg.summary()["assignments"] == policygraph.build([str(EXCERPT)]).summary()["assignments"] > 0
    assert any("decoded as GB18030" in w for w in pg.warnings)
