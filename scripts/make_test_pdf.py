"""Write tests/data/pdf/task-table-without-number.pdf: a ruled task table with 牵头单位 and 配合单位
columns and no 序号, as .docx-to-PDF exports print them (developer-only; needs reportlab).

    python scripts/make_test_pdf.py
"""

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROWS = [
    ["重点任务", "牵头单位", "配合单位"],
    ["推进屋顶光伏建设", "市发展改革委", "市财政局、市住房城乡建设委"],
    ["开展重点企业节能诊断", "市经济信息委", "市发展改革委、市生态环境局"],
    ["建设绿色低碳示范园区", "市经济信息委", "各区人民政府"],
]


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # a standard CJK font: nothing to embed
    style = ParagraphStyle("cell", fontName="STSong-Light", fontSize=10, leading=14)
    out = Path(__file__).resolve().parents[1] / "tests" / "data" / "pdf" / "task-table-without-number.pdf"
    table = Table([[Paragraph(cell, style) for cell in row] for row in ROWS], colWidths=[180, 120, 180])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(out), pagesize=A4).build([Paragraph("重庆市绿色低碳发展重点任务分工表", style), Spacer(1, 12), table])


if __name__ == "__main__":
    main()
