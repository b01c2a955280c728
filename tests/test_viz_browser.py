"""The HTML views in a real browser: headless Chromium (the system's) driven by Playwright.

Each page must draw with no console error and no request leaving the file, show Chinese in a
CJK font, and answer clicks and filters with what the extracted model says.
Skipped only where no browser is installed; `.ci/run` installs one and sets
POLICYGRAPH_REQUIRE_BROWSER=1, so there a missing browser fails instead.
"""

import os
import re
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


def _url_holds(page, fragment: str) -> None:
    """Wait until the page's link holds ``fragment``: polled from Python (the page's CSP forbids the eval a
    polled string predicate needs, so a string wait fails whenever its first look finds nothing)."""
    from playwright.sync_api import expect

    expect(page).to_have_url(re.compile(re.escape(fragment)), timeout=10_000)


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


def settled(page):
    """The page after its last state change: the state it drew is the one its address asks for (a fixed
    pause alone was too short on a loaded machine: a filter was read before it applied), its labels placed."""
    page.wait_for_function("document.body.dataset.state !== undefined")
    for _ in range(SETTLE_LOOKS):  # polled from Python: the views' CSP forbids eval, so no string predicate
        # the view renders on hashchange and then records the state it drew: drawn once they agree
        if page.evaluate("document.body.dataset.state === location.hash.slice(1)"):
            break
        page.wait_for_timeout(SETTLE_STEP_MS)
    page.wait_for_timeout(250)
    page.evaluate("void pgNetwork.redraw()")


SETTLE_LOOKS = 40
SETTLE_STEP_MS = 125


# Each label vis-network drew, as a box in the page's pixels: the renderer's own measure of
# the text (labelModule.size, canvas units) mapped through the current zoom.
LABEL_BOXES = """() => pgNetwork.body.data.nodes.get().filter(n => n.label && !n.hidden).map(n => {
  const label = pgNetwork.body.nodes[n.id].labelModule, s = label.size;
  const a = pgNetwork.canvasToDOM({x: s.left, y: s.top}), b = pgNetwork.canvasToDOM({x: s.left + s.width, y: s.top + s.height});
  return {id: n.id, text: n.label, px: label.fontOptions.size * pgNetwork.getScale(), box: [a.x, a.y, b.x, b.y]};
})"""


def overlapping(labels):
    pairs = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            x = min(a["box"][2], b["box"][2]) - max(a["box"][0], b["box"][0])
            y = min(a["box"][3], b["box"][3]) - max(a["box"][1], b["box"][1])
            if x > 1 and y > 1:
                pairs.append((a["text"], b["text"]))
    return pairs


def shown_nodes_in_view(page):
    """(inside, outside): shown nodes whose centres lie inside / outside the network's box."""
    return page.evaluate("""() => {
      const c = document.getElementById('network'), w = c.clientWidth, h = c.clientHeight;
      let inside = 0, outside = [];
      pgNetwork.body.data.nodes.get().filter(n => !n.hidden).forEach(n => {
        const p = pgNetwork.canvasToDOM({x: n.x, y: n.y});
        if (p.x >= 0 && p.y >= 0 && p.x <= w && p.y <= h) inside++; else outside.push(n.pg_label);
      });
      return [inside, outside];
    }""")


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


def test_explorer_draws_offline_with_chinese_fonts(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    assert log.outside_requests == [] and log.errors == []
    # the overview draws districts and their units, not every task
    kinds = page.evaluate("pgNetwork.body.data.nodes.get().reduce((c, n) => (c[n.pg_kind] = (c[n.pg_kind] || 0) + 1, c), {})")
    assert kinds == {"place": 9, "unit": 258}
    assert any("CJK" in family for family in rendering_fonts(page, "h1"))  # fonts-noto-cjk
    assert page.locator("h1").inner_text().startswith("谁负责什么")
    page.close()


@pytest.mark.parametrize("state", ["", "#district=place%2F310118", "#unit=org%2F310118%2Fconstruction", "#district=place%2F310116"])
def test_labels_shown_at_the_opening_zoom_are_legible_and_never_overlap(browser, views, state):
    page, log = open_page(browser, views["network"], fragment=state)
    drawn(page)
    settled(page)
    labels = page.evaluate(LABEL_BOXES)
    assert len(labels) >= 15, labels  # fewer labels rather than overlapping ones, but not none
    assert overlapping(labels) == []
    assert min(label["px"] for label in labels) >= 11.5  # legible on screen at this zoom
    inside, outside = shown_nodes_in_view(page)
    assert outside == []
    # zooming in on the middle shows more labels there, still without overlaps
    middle = page.evaluate("""() => { const c = document.getElementById('network'), w = c.clientWidth, h = c.clientHeight;
      return pgNetwork.body.data.nodes.get().filter(n => { const p = pgNetwork.canvasToDOM({x: n.x, y: n.y});
        return Math.abs(p.x - w / 2) < w / 8 && Math.abs(p.y - h / 2) < h / 8; }).map(n => [n.id, !!n.label]); }""")
    page.evaluate("pgNetwork.moveTo({scale: pgNetwork.getScale() * 2.5})")
    page.evaluate("void pgNetwork.emit('zoom', {})")
    settled(page)
    zoomed = page.evaluate(LABEL_BOXES)
    assert overlapping(zoomed) == [] and min(label["px"] for label in zoomed) >= 11.5
    labelled_now = {label["id"] for label in zoomed}
    assert sum(1 for node, _ in middle if node in labelled_now) > sum(1 for _, had in middle if had) or all(had for _, had in middle)
    assert log.errors == []
    page.close()


def test_a_filter_zooms_onto_what_it_shows_and_the_link_keeps_it(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    qingpu = sum(len(p.tasks) for p in corpus.plans if p.main_plan.jurisdiction.name == "青浦区")
    page.select_option("#f-district", label="青浦区")
    settled(page)
    assert shown_counts(page) == qingpu == 39
    assert page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'task').length") == 39
    inside, outside = shown_nodes_in_view(page)
    assert outside == [] and inside == 39 + 1 + len({t.action.title for p in corpus.plans if p.main_plan.jurisdiction.name == "青浦区" for t in p.tasks if t.action}) + page.evaluate(
        "pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'unit').length")
    link = page.url
    assert "#district=place%2F310118" in link
    again, _ = open_page(browser, views["network"], fragment="#" + link.split("#", 1)[1])
    drawn(again)
    settled(again)
    assert shown_counts(again) == 39 and again.locator("#f-district option:checked").inner_text() == "青浦区"
    assert again.locator("#details h2").inner_text() == "青浦区"
    again.close()
    # the back button goes back to the overview
    page.go_back()
    settled(page)
    assert page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'task').length") == 0
    assert log.errors == []
    page.close()


def test_filters_show_what_the_model_holds(browser, views, corpus):
    page, log = open_page(browser, views["network"])
    drawn(page)
    transport_type = corpus.lexicon.types["transport"].label_zh
    led_by_transport = {id(task) for task in corpus.corpus.tasks for a in task.assignments if a.role == "lead" and a.unit.type_id == "transport"}
    page.select_option("#f-type", label=transport_type)
    page.check("#f-lead")
    settled(page)
    assert shown_counts(page) == len(led_by_transport) > 0
    assert page.evaluate("pgNetwork.body.data.edges.get().filter(e => e.pg_role === 'co').length") == 0  # lead only
    assert shown_nodes_in_view(page)[1] == []
    page.click("#f-reset")
    settled(page)
    assert shown_counts(page) == 403
    jinshan = next(p for p in corpus.plans if p.id == "jinshan-2023-carbon-peak-plan")
    transport = next(a for a in jinshan.actions if a.title == "交通领域绿色低碳行动")
    in_area = [t for p in corpus.plans for t in p.tasks if t.action is transport]
    page.select_option("#f-area", label="金山区 · 交通领域绿色低碳行动")
    settled(page)
    assert shown_counts(page) == len(in_area) == 11
    page.click("#f-reset")
    settled(page)  # (the reset drawn before the next change: that change merges with the state it drew)
    # 各街道 is a unit of each district that names it: the filter takes them all
    streets = {id(t) for t in corpus.corpus.tasks for a in t.assignments if a.unit.key.endswith("/collective/各街道")}
    page.fill("#f-unit", "各街道")
    page.dispatch_event("#f-unit", "change")
    settled(page)
    assert shown_counts(page) == len(streets) > 33
    assert page.locator("#details ul.focus li").count() == len({a.unit.key for t in corpus.corpus.tasks for a in t.assignments if a.unit.key.endswith("/collective/各街道")})
    page.fill("#f-unit", "不存在的单位")
    page.dispatch_event("#f-unit", "change")
    settled(page)
    assert shown_counts(page) == 0 and "无此单位" in page.locator("#shown").inner_text()
    assert log.errors == []
    page.close()


@pytest.mark.parametrize("query", ["青浦区住建委", "区建管委", "青浦区建设和管理委员会"])
def test_search_finds_a_unit_by_any_of_its_names_and_opens_it(browser, views, corpus, query):
    page, log = open_page(browser, views["network"])
    drawn(page)
    page.fill("#search", query)
    suggestions = page.locator("#suggestions li")
    suggestions.first.wait_for()
    names = [suggestions.nth(i).locator(".name").inner_text() for i in range(suggestions.count())]
    assert "青浦区建管委" in names[:4], names
    suggestions.nth(names.index("青浦区建管委")).click()
    settled(page)
    assert page.locator("#details h2").inner_text() == "青浦区建管委"
    assert "unit=org%2F310118%2Fconstruction" in page.url
    owned = {(iris.task(plan.id, task.local_id), a.role) for plan in corpus.plans for task in plan.tasks for a in task.assignments if a.unit.key == "310118/construction"}
    assert shown_counts(page) == len(owned) == 18
    assert page.locator("#details ul.tasks > li").count() == len(owned)
    assert page.locator("#details ul.tasks .role.lead").count() == sum(1 for _, role in owned if role == "lead")
    # grouped by action area, the unit's other-district counterparts one click away
    areas = {t.action.title if t.action else None for p in corpus.plans for t in p.tasks for a in t.assignments if a.unit.key == "310118/construction"}
    assert page.locator("#details h4.area").count() == len(areas) > 3
    assert "金山区建管委" in page.locator("#details ul.same-type").inner_text()
    page.locator("#details ul.same-type a", has_text="金山区建管委").click()
    settled(page)
    assert page.locator("#details h2").inner_text() == "金山区建管委"
    assert log.errors == []
    page.close()


def test_search_finds_tasks_by_their_words_and_districts_by_name(browser, views):
    page, log = open_page(browser, views["network"])
    drawn(page)
    page.fill("#search", "新型电力系统")
    page.locator("#suggestions li").first.wait_for()
    first = page.locator("#suggestions li").first
    assert first.locator(".kind").inner_text() == "任务"
    page.keyboard.press("Enter")
    settled(page)
    assert "新型电力系统" in page.locator("#details h2").inner_text()
    assert page.evaluate("pgNetwork.getSelectedNodes().length") == 1
    page.fill("#search", "闵行")
    page.locator("#suggestions li").first.wait_for()
    assert page.locator("#suggestions li").first.locator(".name").inner_text() == "闵行区"
    page.keyboard.press("Enter")
    settled(page)
    assert page.locator("#details h2").inner_text() == "闵行区" and "district=" in page.url
    assert log.errors == []
    page.close()


def test_clicking_a_task_shows_its_units_deadline_targets_and_source(browser, views, corpus):
    jinshan = next(p for p in corpus.plans if p.id == "jinshan-2023-carbon-peak-plan")
    task = next(t for t in jinshan.tasks if t.kind == "row" and t.deadline and t.deadline.end and len(t.cos) >= 2 and t.targets)
    page, log = open_page(browser, views["network"], fragment="#district=" + iris.place(jinshan.main_plan.jurisdiction.code).removeprefix(iris.BASE).replace("/", "%2F"))
    drawn(page)
    settled(page)
    index = index_of(page)
    task_id = task_id_of(index, task)
    click_node(page, task_id)
    panel = page.locator("#details")
    assert panel.locator("h2").inner_text().endswith(task.title)
    assert panel.locator("ul.units .role.lead").count() == len({a.unit.key for a in task.leads})
    assert panel.locator("ul.units .role.co").count() == len({a.unit.key for a in task.cos})
    assert f"完成时限 Due：{task.deadline.end.isoformat()}" in panel.inner_text()
    assert panel.locator(".source").inner_text() == f"来源 source: {task.span.file}:{task.span.line}"
    for target in task.targets:
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


def test_clicking_a_district_in_the_overview_opens_it(browser, views):
    page, log = open_page(browser, views["network"])
    drawn(page)
    index = index_of(page)
    minhang = next(p["id"] for p in index["places"] if p["name"] == "闵行区")
    point = page.evaluate("id => pgNetwork.canvasToDOM(pgNetwork.getPosition(id))", minhang)
    box = page.locator("#network").bounding_box()
    page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    settled(page)
    assert shown_counts(page) == 40 and page.locator("#details h2").inner_text() == "闵行区"
    assert shown_nodes_in_view(page)[1] == []
    assert log.errors == []
    page.close()


def test_colouring_by_unit_type_recolours_units(browser, views):
    page, _ = open_page(browser, views["network"])
    drawn(page)
    before = page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'unit').map(n => n.color)")
    page.select_option("#f-colour", value="type")
    settled(page)
    after = page.evaluate("pgNetwork.body.data.nodes.get().filter(n => n.pg_kind === 'unit').map(n => n.color)")
    assert before != after and len(set(after)) > 10
    assert "colour=type" in page.url
    page.close()


# Hand-checked from the plan's text (policygraph/corpus/qingpu-2022-carbon-peak-plan.md): the
# first unit of a 责任单位 list with no marker leads; the rest, 各镇 and 街道 included, help.
QINGPU_CELLS = [
    ("深入推进节能精细化管理", "青浦区发改委", "牵"),  # line 52
    ("深入推进节能精细化管理", "青浦区建管委", "配"),
    ("深入推进节能精细化管理", "青浦区机管局", "配"),
    ("深入推进节能精细化管理", "青浦区生态环境局", ""),
    ("加强新型基础设施节能降碳", "青浦区经委", "牵"),  # line 62
    ("加强新型基础设施节能降碳", "青浦区发改委", "配"),
    ("加强新型基础设施节能降碳", "青浦区建管委", ""),
    ("完善技术创新体制机制", "青浦区科委", "牵"),  # line 128
    ("完善技术创新体制机制", "青浦区知识产权局", "配"),
    ("严控煤炭消费，合理调控油气消费", "青浦区生态环境局", "配"),  # line 46
    ("严控煤炭消费，合理调控油气消费", "青浦区发改委", "牵"),
]


def test_matrix_of_qingpu_has_the_hand_checked_cells_and_sorts(browser, views):
    page, log = open_page(browser, views["network"], fragment="#view=matrix&district=place%2F310118")
    drawn(page)
    page.wait_for_selector("table.responsibility")
    index = index_of(page)
    assert page.locator("table.responsibility thead tr").nth(1).locator("th").count() == 39
    for title, unit, expected in QINGPU_CELLS:
        key = next(t["key"] for t in index["tasks"].values() if t["title"] == title and t["district"] == "青浦区")
        row = page.locator(f"table.responsibility tbody tr[data-unit='{unit}']")
        assert row.count() == 1, unit
        assert row.locator(f"td[data-task='{key}']").inner_text() == expected, (title, unit)
    # sorted by leads, most first; a click on 单位 sorts by name, and the link keeps it
    counts = [int(c) for c in page.locator("table.responsibility tbody tr td:nth-of-type(2)").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] == 11
    page.locator("table.responsibility thead th.unit").click()
    _url_holds(page, "sort=name")
    names = page.locator("table.responsibility tbody th.unit").all_inner_texts()
    assert names == sorted(names)
    # a task's column sorts its lead first, then its co-owners
    key = next(t["key"] for t in index["tasks"].values() if t["title"] == "完善技术创新体制机制")
    page.locator(f"table.responsibility th[data-task='{key}'] .sort").click()
    _url_holds(page, "sort=t")
    # (the hash changes before the rows are laid out again: under load the old first row was read; expect
    # retries the locator, where a wait_for_function polling a string would need eval, which the page's CSP forbids)
    from playwright.sync_api import expect

    expect(page.locator("table.responsibility tbody tr").first).to_have_attribute("data-unit", "青浦区科委", timeout=10_000)
    # printable: the controls and the network are not printed, the table is
    page.emulate_media(media="print")
    assert not page.locator("#panel").is_visible() and not page.locator(".toolbar").is_visible()
    assert page.locator("table.responsibility").is_visible()
    assert log.errors == []
    page.close()


def test_matrix_sets_districts_side_by_side_by_theme(browser, views, corpus):
    page, log = open_page(browser, views["network"], fragment="#view=matrix&compare=place%2F310116,place%2F310118")
    drawn(page)
    page.wait_for_selector("table.themes")
    headers = page.locator("table.themes thead tr").nth(1).locator("th").all_inner_texts()
    assert headers[:2] == ["金山区", "青浦区"]
    # the contrast the comparison exists for: transport led by 交通委 in Jinshan, by 建管委 in Qingpu
    themes = page.locator("table.themes thead tr").first.locator("th").all_inner_texts()[1:]
    column = 2 * themes.index("交通运输")
    construction = page.locator("table.themes tbody tr", has=page.locator("th", has_text="建设和管理委员会")).locator("td")
    assert construction.nth(column + 1).inner_text().startswith("牵4")
    assert log.errors == []
    page.close()


@pytest.mark.parametrize("unit_key, name", [("310116/dev-reform", "金山区发改委"), ("310116-gx/park-econ-dev-office", None)])
def test_timeline_puts_a_units_deadlines_milestones_and_targets_on_a_time_axis(browser, views, corpus, unit_key, name):
    owned = [(t, a.role) for p in corpus.plans for t in p.tasks for a in t.assignments if a.unit.key == unit_key]
    page, log = open_page(browser, views["network"], fragment="#view=timeline&unit=org%2F" + unit_key.replace("/", "%2F"))
    drawn(page)
    page.wait_for_selector("svg.timeline")
    dated = [t for t, _ in owned if (t.deadline and t.deadline.end) or t.milestones or any(g.year or g.period_end for g in t.targets)]
    assert page.locator("svg.timeline text.row").count() == len(dated) > 3
    marks = page.locator("svg.timeline .mark")
    expected = sum((1 if t.deadline and t.deadline.end else 0) + sum(1 for m in t.milestones if m.end) + sum(1 for g in t.targets if g.year or g.period_end) for t in dated)
    assert marks.count() == expected
    assert page.locator("svg.timeline .mark.milestone").count() == sum(1 for t in dated for m in t.milestones if m.end)
    if name:
        assert page.locator("#timeline h2").inner_text().endswith(name)
        assert "项任务无明确时间" in page.locator("#timeline p.muted").inner_text()
    else:  # the task table's quarterly milestones
        assert page.locator("svg.timeline .mark.milestone").count() >= 4
    marks.first.click()
    _url_holds(page, "task=")
    assert page.locator("#details h2").inner_text()
    assert log.errors == []
    page.close()


def test_a_link_naming_what_the_graph_lacks_says_so(browser, views):
    page, log = open_page(browser, views["network"], fragment="#view=timeline&unit=org%2F999999%2Fnothing")
    drawn(page)
    assert "unit org/999999/nothing 不在此图中" in page.locator("#crumbs").inner_text()
    assert log.errors == []
    page.close()


def test_text_from_a_plan_runs_nothing(browser, tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(EVIL_PLAN, encoding="utf-8")
    paths = policygraph.build([str(plan)]).write_views(tmp_path / "out")
    page, log = open_page(browser, paths["network"])
    drawn(page)
    index = index_of(page)
    page.evaluate("key => { location.hash = 'district=' + encodeURIComponent(key); }", index["places"][0]["key"])
    settled(page)
    task_id = next(i for i, t in index["tasks"].items() if t["title"] == EVIL_TITLE)
    click_node(page, task_id)
    assert page.locator("#details h2").inner_text().endswith(EVIL_TITLE)
    img_task = next(i for i, t in index["tasks"].items() if t["title"].endswith(EVIL_IMG))
    click_node(page, img_task)
    assert page.locator("#details h2").inner_text().endswith(EVIL_IMG)
    for view in ("matrix", "timeline"):
        page.evaluate("view => { location.hash = location.hash + '&view=' + view; }", view)
        page.wait_for_timeout(200)
    page.fill("#search", "推进")
    page.locator("#suggestions li").first.wait_for()
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("#details script, #details img, #matrix script, #matrix img, #suggestions img, #suggestions script").count() == 0
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
    assert shown_counts(page) == 180
    page.locator("#details ul.focus li a", has_text="金山区发改委").click()
    settled(page)
    assert page.locator("#details h2").inner_text() == "金山区发改委"
    assert page.locator("#details ul.partners li").count() > 5
    assert log.errors == [] and log.outside_requests == []
    page.close()
