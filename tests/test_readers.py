"""Every input format gives the same graph as the text it holds.

The real task table of the Jinshan high-tech park (15 rows, 22 assignments) is written out
as .tsv, .csv (with a cell that spans lines), a Markdown pipe table, a .docx table (with a
vertically merged cell) and a PDF table, and each must read back to the same rows, units
and roles. PDFs are made with reportlab's built-in Chinese CID font, so no font file is
needed.
"""

import csv
import os
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


def test_founder_private_use_points_and_half_width_stops_read_as_chinese_punctuation():
    # 山东省“十四五”生态环境保护规划 as pdfium reads it (tests/data/wild/77): its decimal point is
    # U+1001B0 and its full stops and commas are half-width
    raw = "资源化利用.２０２５年年底前,城市污泥无害化处置率达到９０％.人均公园绿地面积达到１７\U001001b0５平方米.\n“绿满齐鲁\U00100170美丽山东”"
    fixed = fix_glyphs(raw)
    assert fixed == "资源化利用。２０２５年年底前，城市污泥无害化处置率达到９０％。人均公园绿地面积达到１７．５平方米。\n“绿满齐鲁·美丽山东”"
    assert len(fixed) == len(raw)
    # a document that writes 。 keeps its few half-width marks: 第3.2条, an English comma
    assert fix_glyphs("见第3.2条。按照“双碳”要求,推进工作。") == "见第3.2条。按照“双碳”要求,推进工作。"


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(EXCERPT.read_text(encoding="utf-8").encode("gb18030"))
    pg = policygraph.build([str(path)])
    assert pg.summary()["assignments"] == policygraph.build([str(EXCERPT)]).summary()["assignments"] > 0
    assert any("decoded as GB18030" in w for w in pg.warnings)


HTML = Path(__file__).parent / "data" / "html"


@pytest.mark.parametrize("page", ["jinshan-plan-page.html", "jinshan-plan-page-unknown-layout.html"])
def test_a_plan_published_as_a_web_page_reads_as_its_text(page):
    # a page as government sites lay them out (GB2312, menus, related links, footer), the plan in
    # #zoom or, in a layout no rule names, where readability finds it; its appendix a <table>
    from_page = policygraph.build([str(HTML / page)]).plans[0]
    from_text = policygraph.build([str(EXCERPT)]).plans[0]
    assert [(t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_page.tasks] == [
        (t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_text.tasks
    ]
    assert (from_page.title, from_page.doc_number, from_page.issue_date) == (from_text.title, from_text.doc_number, from_text.issue_date)
    assert "首页" not in from_page.source.text and "网站标识码" not in from_page.source.text  # no menu, no footer


def test_a_task_table_page_with_a_cell_spanning_rows(expected):
    # the 牵头领导 cell spans the rows of one leader (rowspan): repeated on each, as in the table file
    assert facts(HTML / "jinshan-gaoxin-task-table-page.html") == expected


def test_a_page_with_no_title_in_its_body_takes_the_pages_title_and_date(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><meta name='PubDate' content='2022-06-01 09:30'>"
        "<title>青浦区节能降碳工作方案_青浦区人民政府</title></head><body><div class='nav'>首页 政务公开</div>"
        "<div class='TRS_Editor'>" + "<p>为推进节能降碳工作，制定本方案。</p>" * 20
        + "<p>1. 推进屋顶光伏建设。（责任单位：☆区发改委、区经委）</p></div></body></html>", encoding="utf-8")
    plan = policygraph.build([str(page)]).plans[0]
    assert plan.title == "青浦区节能降碳工作方案" and plan.jurisdiction.name == "青浦区"
    assert str(plan.issue_date) == "2022-06-01"
    assert [(a.surface, a.role) for a in plan.tasks[0].assignments] == [("区发改委", "lead"), ("区经委", "co")]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "gbk", "utf-8-sig"])
def test_text_saved_in_any_common_encoding_reads_the_same(tmp_path, encoding):
    text = EXCERPT.read_text(encoding="utf-8")
    path = tmp_path / f"plan-{encoding}.txt"
    path.write_bytes(text.encode(encoding))  # Windows Notepad's "Unicode" is UTF-16 LE with a BOM
    plan = policygraph.build([str(path)]).plans[0]
    assert plan.source.text.lstrip("\ufeff") == text
    assert len(plan.tasks) == len(policygraph.build([str(EXCERPT)]).plans[0].tasks)


def test_big5_text_is_recognised(tmp_path):
    text = "關於印發《臺北市淨零排放實施方案》的通知\n一、推動屋頂光電建設。（責任單位：☆環境保護局、經濟發展局）\n二、推廣電動公車。（責任單位：交通局）\n"
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode("big5"))
    document = read_document(str(path))
    assert document.text == text and document.encoding == "big5"


def _workbook(path, rows, *, merge_leaders=True, date_cells=False):
    """The task table as Excel writes it: caption merged across, the 进度安排 header merged over its
    four quarters, each leader's cell merged down the rows they lead."""
    import datetime as dt

    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    width = len(rows[1])
    sheet.append([rows[0][0]])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    leader = rows[1].index("牵头领导")
    deadline = rows[1].index("预计完成时间")
    for r, row in enumerate(rows[1:], start=2):
        values = list(row)
        if date_cells and values[deadline] == "2025年底":
            values[deadline] = dt.datetime(2025, 12, 31)
        sheet.append(values)
    if merge_leaders:
        r = 4
        while r <= len(rows):
            last = r
            while last + 1 <= len(rows) and rows[last][leader] == rows[r - 1][leader]:
                last += 1
            if last > r:
                for k in range(r + 1, last + 1):
                    sheet.cell(k, leader + 1).value = None
                sheet.merge_cells(start_row=r, start_column=leader + 1, end_row=last, end_column=leader + 1)
            r = last + 1
    workbook.save(path)


def test_xlsx_task_table_with_merged_cells(tmp_path, expected):
    path = tmp_path / "table.xlsx"
    _workbook(path, table_rows())
    assert facts(path) == expected


def test_xlsx_dates_read_as_dates(tmp_path, expected):
    path = tmp_path / "table.xlsx"
    _workbook(path, table_rows(), date_cells=True)  # 2025年底 typed as a date cell: 2025-12-31
    assert facts(path) == expected


def test_a_damaged_xlsx_is_one_line(tmp_path):
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError, match="not a readable .xlsx"):
        read_document(str(path))


needs_office = pytest.mark.skipif(
    not __import__("shutil").which("soffice") and not os.environ.get("POLICYGRAPH_REQUIRE_OFFICE"),
    reason="LibreOffice (soffice) is not installed",
)


def _office(source, target_suffix, out_dir):
    """Convert with LibreOffice, as a user's Word or WPS would have saved the file."""
    import subprocess

    subprocess.run(["soffice", "--headless", "--convert-to", target_suffix.lstrip("."), "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=180)
    return out_dir / (source.stem + target_suffix)


@pytest.mark.slow
@needs_office
@pytest.mark.parametrize("suffix", [".doc", ".wps", ".rtf"])
def test_word_and_wps_files_read_through_libreoffice(tmp_path, suffix):
    text = EXCERPT.read_text(encoding="utf-8")
    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    source = tmp_path / "plan.docx"
    document.save(source)
    converted = _office(source, ".doc" if suffix == ".wps" else suffix, tmp_path)
    path = converted.rename(tmp_path / f"plan-saved{suffix}")  # a WPS Writer file is Word's binary format
    built = policygraph.build([str(path)])
    assert not any("decoded as" in w for w in built.warnings)  # a converted file is no text to warn about
    from_office = built.plans[0]
    from_text = policygraph.build([str(EXCERPT)]).plans[0]
    assert from_office.source.path == str(path)
    assert [(t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_office.tasks] == [
        (t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_text.tasks
    ]


@pytest.mark.slow
@needs_office
@pytest.mark.parametrize("suffix", [".xls", ".et", ".ods"])
def test_spreadsheets_of_other_programs(tmp_path, expected, suffix):
    source = tmp_path / "table.xlsx"
    _workbook(source, table_rows())
    converted = _office(source, ".xls" if suffix == ".et" else suffix, tmp_path)
    path = converted.rename(tmp_path / f"table-saved{suffix}")  # WPS Spreadsheets' .et is Excel's binary format
    assert facts(path) == expected


def _ofd(path, lines, *, split_runs=True):
    """An OFD as GB/T 33190 lays one out: OFD.xml -> Doc_0/Document.xml -> Pages/Page_N/Content.xml,
    one TextObject per run; a long line is set as two runs, the right-hand one written first."""
    import zipfile
    from xml.sax.saxutils import escape

    ns = 'xmlns:ofd="http://www.ofdspec.org/2016"'
    per_page = 25
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {ns} Version="1.0" DocType="OFD"><ofd:DocBody>'
                         '<ofd:DocInfo><ofd:DocID>x</ofd:DocID><ofd:Title>金山区碳达峰实施方案</ofd:Title></ofd:DocInfo>'
                         '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        page_list = "".join(f'<ofd:Page ID="{n + 10}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        archive.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {ns}><ofd:CommonData>'
                         '<ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>'
                         f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>")
        for n, page in enumerate(pages):
            objects, ident = [], 100
            for row, line in enumerate(page):
                y = 20 + row * 10
                halves = [line[: len(line) // 2], line[len(line) // 2 :]] if split_runs and len(line) > 20 else [line]
                x_of = [10.0, 10.0 + 3.5 * len(halves[0])]
                for k in reversed(range(len(halves))):
                    ident += 1
                    objects.append(f'<ofd:TextObject ID="{ident}" Boundary="{x_of[k]} {y - 4} 190 6" Font="3" Size="3.5">'
                                   f'<ofd:TextCode X="0" Y="4">{escape(halves[k])}</ofd:TextCode></ofd:TextObject>')
            archive.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {ns}>'
                             f'<ofd:Content><ofd:Layer ID="2">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')


def test_ofd_reads_as_its_text(tmp_path):
    lines = [line for line in EXCERPT.read_text(encoding="utf-8").splitlines() if line.strip()]
    path = tmp_path / "plan.ofd"
    _ofd(path, lines)
    document = read_document(str(path))
    assert document.text.replace("\f", "\n").splitlines() == lines
    from_ofd = policygraph.build([str(path)]).plans[0]
    from_text = policygraph.build([str(EXCERPT)]).plans[0]
    assert [(t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_ofd.tasks] == [
        (t.title, [(a.surface, a.role) for a in t.assignments]) for t in from_text.tasks
    ]
    assert (from_ofd.title, from_ofd.doc_number) == (from_text.title, from_text.doc_number)


def test_an_ofd_without_text_or_damaged_is_one_line(tmp_path):
    scan = tmp_path / "scan.ofd"
    _ofd(scan, [])
    with pytest.raises(InputError, match="OFD has no text layer"):
        read_document(str(scan))
    broken = tmp_path / "broken.ofd"
    broken.write_bytes(b"PK\x03\x04broken")
    with pytest.raises(InputError, match="not a readable OFD"):
        read_document(str(broken))


def test_a_formatted_empty_cell_far_away_does_not_make_the_sheet_huge(tmp_path, expected):
    import time

    import openpyxl
    from openpyxl.styles import Font

    path = tmp_path / "table.xlsx"
    _workbook(path, table_rows())
    workbook = openpyxl.load_workbook(path)
    workbook.active.cell(300000, 200).font = Font(bold=True)  # styled, empty: the sheet's rectangle grows
    workbook.save(path)
    started = time.perf_counter()
    assert facts(path) == expected
    assert time.perf_counter() - started < 30  # the cells with text are read, not the rectangle (it took minutes)


def test_a_workbook_or_page_saved_as_xls_is_read_as_what_it_is(tmp_path, expected):
    path = tmp_path / "table.xlsx"
    _workbook(path, table_rows())
    renamed = path.rename(tmp_path / "table.xls")
    assert facts(renamed) == expected
    page = tmp_path / "page.xls"
    page.write_bytes((HTML / "jinshan-gaoxin-task-table-page.html").read_bytes())
    assert facts(page) == expected


def test_an_xhtml_page_with_an_xml_declaration(tmp_path):
    page = tmp_path / "page.html"
    page.write_text('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head><title>青浦区节能方案</title></head>'
                    "<body><div id='zoom'>" + "<p>为推进节能降碳工作，制定本方案。</p>" * 20
                    + "<p>1. 推进屋顶光伏建设。（责任单位：☆区发改委、区经委）</p></div></body></html>", encoding="utf-8")
    assert [(a.surface, a.role) for a in policygraph.build([str(page)]).plans[0].tasks[0].assignments] == [("区发改委", "lead"), ("区经委", "co")]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_whose_text_starts_with_ideographic_spaces(tmp_path, encoding):
    text = "　　一、总体要求\n进一步统一思想，一以贯之。\n" + EXCERPT.read_text(encoding="utf-8")
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode(encoding))  # 一 and the ideographic space have a zero low byte
    assert read_document(str(path)).text == text


@pytest.mark.slow
@needs_office
def test_a_conversion_that_hangs_is_stopped_with_libreoffice_itself(tmp_path, monkeypatch):
    import subprocess

    from policygraph.read import convert

    monkeypatch.setattr(convert, "CONVERSION_SECONDS", 0.5)  # no real file hangs: make the limit shorter than a start-up
    source = tmp_path / "plan.docx"
    docx.Document().save(source)
    path = _office(source, ".doc", tmp_path)
    with pytest.raises(InputError, match="did not convert it within 0.5 s"):
        read_document(str(path))
    left = subprocess.run(["pgrep", "-f", "policygraph-office-"], capture_output=True, text=True).stdout.split()
    assert left == []  # soffice.bin went with the script that started it


def test_one_path_given_alone_is_one_path(tmp_path):  # policygraph.build("plans") had walked "p", "l", … (and "/", the root)
    import policygraph

    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "a.txt").write_text("某区2024年工作方案\n\n一、重点任务\n\n1.新建公园5个。（责任单位：区绿化局）\n", encoding="utf-8")
    assert [p.title for p in policygraph.build(str(folder)).plans] == [p.title for p in policygraph.build([folder]).plans] == ["某区2024年工作方案"]
    assert len(policygraph.build(folder / "a.txt").plans) == 1  # a PathLike alone too
