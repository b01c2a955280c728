"""The HTML views in a real browser: headless Chromium (the system's) driven by Playwright.

Each page must draw with no console error and no request leaving the file, show Chinese in a
CJK font, and answer clicks and filters with what the extracted model says.
Skipped only where no browser is installed; `.ci/run` installs one and sets
POLICYGRAPH_REQUIRE_BROWSER=1, so there a missing browser fails instead.
"""

import os
import pytest

import policygraph
from policygraph import viz
from policygraph.graph import iris

from browser import available, chromium, open_page
from test_viz import EVIL_IMG, EVIL_PLAN, EVIL_TITLE

if not available():
    if os.environ.get("POLICYGRAPH_REQUIRE_BROWSER"):
        raise RuntimeError("POLICYGRAPH_REQUIRE_BROWSER is set but Playwright or /usr/bin/chromium is missing")
    pytest.skip("no Playwright or no system chromium here", allow_module_level=True)


@pytest.fixture(scope="module")
def browser():
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def views(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("views")
    paths = corpus.write_views(out)
    unit_page = out / "unit.html"
    unit_page.write_text(viz.network_view(corpus.store(), unit="区发改委"), encoding="utf-8")
    return {**paths, "unit": unit_page}


def drawn(page):
    page.wait_for_selector("body[data-drawn]", state="attached", timeout=30_000)


def index_of(page):
    return page.evaluate("JSON.parse(document.getElementById('pg-data').textContent).index")


def click_node(page, node_id):
    """Click a node where it is drawn on the canvas (brought into view first)."""
    page.evaluate("id => pgNetwork.moveTo({position: pgNetwork.getPosition(id), scale: 1.6})", node_id)
    point = page.evaluate("id => pgNetwork.canvasToDOM(pgNetwork.getPosition(id))", node_id)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])


def rendering_fonts(page, selector):
    """The fonts Chromium really drew ``selector``'s text with (DevTools protocol)."""
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument")["root"]["nodeId"]
    node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
    return {font["familyName"] for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]}


def task_id_of(index, task):
    return next(i for i, t in index["tasks"].items() if t["title"] == task.title and t["line"] == task.span.line)


def shown_counts(page):
    text = page.locator("#shown").inner_text()
    return int(text.split("显示 ")[1].split(" ")[0])


def test_network_page_draws_offline_with_chinese_fonts(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    assert log.outside_requests == [] and log.errors == []
    assert page.evaluate("pgNetwork.body.data.nodes.length") == 403 + 258 + 55 + 9
    assert any("CJK" in family for family in rendering_fonts(page, "h1"))  # fonts-noto-cjk
    assert page.locator("h1").inner_text().startswith("谁负责什么")
    page.close()


def test_clicking_a_unit_lists_its_tasks_and_clicking_a_task_shows_its_source(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    index = index_of(page)
    unit_id = next(i for i, u in index["units"].items() if u["name"] == "青浦区建管委")
    click_node(page, unit_id)
    assert page.locator("#details h2").inner_text() == "青浦区建管委"
    owned = {
        (iris.task(plan.id, task.local_id), a.role)
        for plan in corpus.plans
        for task in plan.tasks
        for a in task.assignments
        if a.unit.key == "310118/construction"  # 青浦区建管委
    }
    items = page.locator("#details ul.tasks li")
    assert items.count() == len(owned)
    assert page.locator("#details ul.tasks .role.lead").count() == sum(1 for _, role in owned if role == "lead")
    first = items.nth(0).locator("a")
    title = first.inner_text()
    first.click()
    assert page.locator("#details h2").inner_text() == title
    assert page.locator("#details .source").inner_text().startswith("来源 source: policygraph/corpus/qingpu-2022-carbon-peak-plan.md:")
    assert page.locator("#details ul.units .role.lead").count() >= 1
    assert log.errors == [] and log.outside_requests == []
    page.close()


def test_filters_show_what_the_model_holds(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    qingpu = sum(len(p.tasks) for p in corpus.plans if p.main_plan.jurisdiction.name == "青浦区")
    page.select_option("#f-district", label="青浦区")
    assert shown_counts(page) == qingpu == 39
    visible_tasks = page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'task' && !n.hidden).length")
    assert visible_tasks == 39
    page.select_option("#f-district", value="")
    transport_type = corpus.lexicon.types["transport"].label_zh
    led_by_transport = {
        id(task)
        for task in corpus.corpus.tasks
        for a in task.assignments
        if a.role == "lead" and a.unit.type_id == "transport"
    }
    page.select_option("#f-type", label=transport_type)
    page.check("#f-lead")
    assert shown_counts(page) == len(led_by_transport) > 0
    hidden = page.evaluate("pgNetwork.body.data.edges.get().filter(e => !e.hidden && e.pg_role === 'co').length")
    assert hidden == 0  # lead only: no co-responsible edge stays visible
    page.click("#f-reset")
    assert shown_counts(page) == 403
    jinshan = next(p for p in corpus.plans if p.id == "jinshan-2023-carbon-peak-plan")
    transport = next(a for a in jinshan.actions if a.title == "交通领域绿色低碳行动")
    in_area = [t for p in corpus.plans for t in p.tasks if t.action is transport]
    page.select_option("#f-area", label="金山区 · 交通领域绿色低碳行动")
    assert shown_counts(page) == len(in_area) == 11
    page.click("#f-reset")
    # 各街道 is a unit of each district that names it: the filter takes them all
    streets = {id(t) for t in corpus.corpus.tasks for a in t.assignments if a.unit.key.endswith("/collective/各街道")}
    page.fill("#f-unit", "各街道")
    page.dispatch_event("#f-unit", "change")
    assert shown_counts(page) == len(streets) > 33
    page.fill("#f-unit", "不存在的单位")
    page.dispatch_event("#f-unit", "change")
    assert shown_counts(page) == 0 and "无此单位" in page.locator("#shown").inner_text()
    assert log.errors == []
    page.close()


def test_task_panel_and_tooltip_show_units_deadline_and_source(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    index = index_of(page)
    table = next(p for p in corpus.plans if p.id == "jinshan-2023-carbon-peak-plan")
    task = next(t for t in table.tasks if t.kind == "row" and t.deadline and t.deadline.end and len(t.cos) >= 2 and t.targets)
    task_id = task_id_of(index, task)
    click_node(page, task_id)
    panel = page.locator("#details")
    assert panel.locator("h2").inner_text().endswith(task.title)
    assert panel.locator("ul.units .role.lead").count() == len({a.unit.key for a in task.leads})
    assert panel.locator("ul.units .role.co").count() == len({a.unit.key for a in task.cos})
    assert f"完成时限 Due：{task.deadline.end.isoformat()}" in panel.inner_text()
    assert panel.locator(".source").inner_text() == f"来源 source: {task.span.file}:{task.span.line}"
    for target in task.targets:  # the row's targets, shared with the body task it restates
        assert target.text in panel.inner_text()
    point = page.evaluate("id => pgNetwork.canvasToDOM(pgNetwork.getPosition(id))", task_id)
    box = page.locator("#network").bounding_box()
    page.mouse.move(box["x"] + point["x"] + 40, box["y"] + point["y"] + 40)
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible")
    text = tooltip.inner_text()
    assert task.title in text and f"{task.span.file}:{task.span.line}" in text and task.deadline.end.isoformat() in text
    assert log.errors == []
    page.close()


def test_colouring_by_unit_type_recolours_units(browser, views):
    page, _ = open_page(browser, views["network"])
    drawn(page)
    before = page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'unit').map(n => n.color)")
    page.select_option("#f-colour", value="type")
    after = page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'unit').map(n => n.color)")
    assert before != after and len(set(after)) > 10
    page.close()


def test_text_from_a_plan_runs_nothing(browser, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(EVIL_PLAN, encoding="utf-8")
    paths = policygraph.build([str(plan)]).write_views(tmp_path / "out")
    page, log = open_page(browser, paths["network"])
    drawn(page)
    index = index_of(page)
    task_id = next(i for i, t in index["tasks"].items() if t["title"] == EVIL_TITLE)
    click_node(page, task_id)
    assert page.locator("#details h2").inner_text().endswith(EVIL_TITLE)
    img_task = next(i for i, t in index["tasks"].items() if t["title"].endswith(EVIL_IMG))
    click_node(page, img_task)
    assert page.locator("#details h2").inner_text().endswith(EVIL_IMG)
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#details script, #details img").count() == 0
    assert log.errors == [] and log.outside_requests == []
    page.close()
    compare, log = open_page(browser, paths["compare"])
    compare.wait_for_selector("table.summary")
    assert any(EVIL_TITLE in item for item in compare.locator(".cell-tasks li").all_inner_texts())
    assert compare.locator(".cell-tasks script, .cell-tasks img").count() == 0
    assert log.errors == [] and log.outside_requests == []
    compare.close()


def test_comparison_cell_links_to_its_tasks(browser, views, corpus):
    page, log = open_page(browser, views["compare"])
    page.wait_for_selector("table.summary")
    headers = page.locator("table.summary thead th").all_inner_texts()
    column = headers.index("青浦区")
    row = page.locator("table.summary tbody tr", has=page.locator("th", has_text="交通运输"))
    cell = row.locator("td").nth(column - 1)
    assert cell.inner_text() == "建设和管理委员会 4"
    cell.locator("a").click()
    target = page.locator(".cell-tasks:target")
    assert target.is_visible()
    expected = {
        task.title
        for plan in corpus.plans
        if plan.main_plan.jurisdiction.name == "青浦区"
        for task in plan.tasks
        if task.theme and task.theme.id == "transport" and any(a.role == "lead" and a.unit.type_id == "construction" for a in task.assignments)
    }
    items = target.locator("li").all_inner_texts()
    assert len(items) == len(expected) == 4
    assert all(any(title in item for item in items) for title in expected)
    assert log.errors == [] and log.outside_requests == []
    page.close()


def test_unit_view_opens_on_the_matching_units(browser, views):
    page, log = open_page(browser, views["unit"])
    drawn(page)
    assert set(page.locator("#details ul.focus li a").all_inner_texts()) == {"金山区发改委", "青浦区发改委", "闵行区发展改革委"}
    page.locator("#details ul.focus li a", has_text="金山区发改委").click()
    assert page.locator("#details h2").inner_text() == "金山区发改委"
    assert page.locator("#details ul.partners li").count() > 5
    assert log.errors == [] and log.outside_requests == []
    page.close()
