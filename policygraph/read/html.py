"""Web pages: a plan as a government site publishes it, in the page body among menus and footers.

The plan is the page's main content: the first container the site's content-management system
names (``#zoom``, ``.TRS_Editor``…, listed in ``data/metadata_rules.json``) that holds enough
Chinese text, else what readability-lxml finds. Its paragraphs become lines and its tables
tab-separated rows (a cell spanning rows is repeated on each, as the task-table reader wants).
The page's own title and publication date (``<meta name="ArticleTitle">``, ``PubDate``…) are
written above the body when the body does not state them, so the metadata reader finds them as
it does in any plan's head.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..model import SourceDocument
from .glyphs import fix_glyphs
from .tables import cell_text, table_lines

BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol section article header footer blockquote pre tr dt dd center".split())
SKIPPED = frozenset("script style noscript template iframe svg head button select option".split())
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
MIN_CONTENT_CHARS = 200  # a container with less Chinese text than this is a menu, not the plan
CJK = re.compile(r"[\u3400-\u9fff]")
XML_DECLARATION = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")


def _rules() -> dict:
    from ..extract.metadata import rules

    return rules()["html"]


def decode_page(path: str, data: bytes) -> str:
    """The page's text: the charset its ``<meta>`` declares, else what :func:`decode` finds."""
    from .text import decode

    declared = CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = "gb18030" if name in ("gb2312", "gbk", "x-gbk") else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: detect instead
    return decode(path, data)[0]


def read_html(path: str) -> SourceDocument:
    """Read a saved web page into one document: title and date, then the main content."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(path, "cannot be read: {error}", error=exc.strerror or str(exc)) from exc
    # an XHTML page's <?xml … encoding=…?>: lxml refuses a decoded string that declares an encoding
    page = XML_DECLARATION.sub("", decode_page(path, data), count=1)
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(path, "not a readable web page ({error})", error=str(exc)) from exc
    rules = _rules()
    meta = {
        (element.get("name") or element.get("property") or "").lower(): (element.get("content") or "").strip()
        for element in tree.iter("meta")
    }
    content = _main_content(tree, page, rules)
    body = _without_repeated_heading(fix_glyphs(_text_of(content)))
    if not CJK.search(body):
        raise InputError(path, "web page holds no Chinese text in its main content", "save the plan's own page, or its text")
    head = []
    title = next((meta[name] for name in rules["title_meta"] if meta.get(name)), None) or _page_title(tree, rules)
    if title and _squeezed(title)[:12] not in _squeezed(body[:2000]):
        head.append(title)
    published = next((meta[name] for name in rules["date_meta"] if meta.get(name)), None)
    if published and re.match(r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}", published):
        head.append("发布日期：" + re.match(r"\d{4}[-./年]\d{1,2}[-./月]\d{1,2}", published).group())
    text = "\n".join([*head, body]) if head else body
    return SourceDocument(path=path, text=text, kind="text", encoding="html")


def _without_repeated_heading(text: str) -> str:
    """The body without the page's own heading line when the document below repeats it (a
    page's <h1> above the notice's head would hide the banner and number that follow it)."""
    lines = text.split("\n")
    for index, line in enumerate(lines[:3]):
        words = _squeezed(line)
        if "\t" not in line and len(words) >= 8 and any(_squeezed(later) == words for later in lines[index + 1 : index + 40]):
            return "\n".join(lines[:index] + lines[index + 1 :])
    return text


def _squeezed(text: str) -> str:
    return re.sub(r"\s", "", text)


def _page_title(tree, rules: dict) -> str | None:
    """``<title>`` without the site's name after a separator (…实施方案_上海市人民政府)."""
    element = tree.find(".//title")
    if element is None or not (element.text or "").strip():
        return None
    return re.split(rules["title_separators"], element.text.strip())[0].strip() or None


def _main_content(tree, page: str, rules: dict):
    """The element holding the plan: a known content container, else readability's choice."""
    from lxml import html as lxml_html

    for selector in rules["content_selectors"]:
        for element in tree.cssselect(selector):
            if len(CJK.findall(element.text_content())) >= MIN_CONTENT_CHARS:
                return element
    from readability import Document

    summary = Document(page).summary(html_partial=True)
    return lxml_html.fragment_fromstring(summary, create_parent="div")


def _text_of(root) -> str:
    """Lines of the element's text: a block element starts a line, a table becomes tab rows."""
    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"[ \t\u3000\xa0]+", " ", "".join(current)).strip()
        if line:
            lines.append(line)
        current.clear()

    def walk(element) -> None:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in SKIPPED or not tag:
            if element.tail:
                current.append(element.tail)
            return
        if tag == "table":
            flush()
            rows = _table_rows(element)
            if rows:
                lines.append(table_lines(rows))
        elif tag == "br":
            flush()
        else:
            block = tag in BLOCKS
            if block:
                flush()
            if element.text:
                current.append(element.text)
            for child in element:
                walk(child)
            if block:
                flush()
        if element.tail:
            current.append(element.tail)

    walk(root)
    flush()
    return "\n".join(lines)


def _table_rows(table) -> list[list[str]]:
    """The rows of a table (not of tables inside it), with row- and column-spanning cells repeated."""
    rows: list[list[str]] = []
    spanning: dict[int, tuple[str, int]] = {}  # column -> (text, rows still to fill)
    for row in table.iter("tr"):
        if _nearest_table(row) is not table:
            continue
        cells: list[str] = []
        column = 0
        for cell in (c for c in row if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")):
            while column in spanning:
                column = _fill(cells, spanning, column)
            text = cell_text(_text_of(cell).replace("\n", " "))
            width, height = _span(cell.get("colspan")), _span(cell.get("rowspan"))
            for _ in range(width):
                cells.append(text)
                if height > 1:
                    spanning[column] = (text, height - 1)
                column += 1
        while column in spanning:
            column = _fill(cells, spanning, column)
        rows.append(cells)
    return rows


def _fill(cells: list[str], spanning: dict[int, tuple[str, int]], column: int) -> int:
    text, left = spanning[column]
    cells.append(text)
    if left > 1:
        spanning[column] = (text, left - 1)
    else:
        del spanning[column]
    return column + 1


def _span(value: str | None) -> int:
    return min(int(value), 50) if value and value.strip().isdigit() and int(value) > 0 else 1


def _nearest_table(element):
    parent = element.getparent()
    while parent is not None and not (isinstance(parent.tag, str) and parent.tag.lower() == "table"):
        parent = parent.getparent()
    return parent
