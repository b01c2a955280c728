// The explorer: network, responsibility matrix and timeline over one index of tasks and
// units. The state lives in the URL's # part (a shareable link); every control writes it and
// one function draws from it. Text from the plans only ever enters the page through
// textContent, never as markup.
(function () {
  "use strict";
  var index = JSON.parse(document.getElementById("pg-data").textContent).index;
  var TAU = 2 * Math.PI;
  var UNIT_LIMIT = 1500; // the overview draws units around their districts up to this many
  var LABEL_PX = { place: 16, area: 13, unit: 13, task: 12 }; // label sizes on screen, any zoom
  var LEAD = "#b2182b", CO = "#8a9aa8", STRUCTURE = "#d5d9de";

  // -- lookups -------------------------------------------------------------------------
  var places = {}, plans = {}, areas = {}, types = {}, byKey = {};
  index.places.forEach(function (p) { places[p.id] = p; byKey[p.key] = p.id; });
  index.plans.forEach(function (p) { plans[p.id] = p; byKey[p.key] = p.id; });
  index.areas.forEach(function (a) { areas[a.id] = a; byKey[a.key] = a.id; });
  index.types.forEach(function (t) { types[t.name] = t; });
  Object.keys(index.tasks).forEach(function (id) { byKey[index.tasks[id].key] = id; });
  Object.keys(index.units).forEach(function (id) { byKey[index.units[id].key] = id; });
  var unitTasks = {}, taskUnits = {};
  index.assignments.forEach(function (a) {
    (unitTasks[a[1]] = unitTasks[a[1]] || []).push([a[0], a[2]]);
    (taskUnits[a[0]] = taskUnits[a[0]] || []).push([a[1], a[2]]);
  });
  // several units can share a name: 各街道 of each district, 各有关部门 of each plan
  var unitsByName = {}, unitsOfPlace = {}, tasksOfPlace = {};
  Object.keys(index.units).forEach(function (id) {
    var u = index.units[id];
    (unitsByName[u.name] = unitsByName[u.name] || []).push(id);
    (unitsOfPlace[u.home] = unitsOfPlace[u.home] || []).push(id);
  });
  var taskOrder = Object.keys(index.tasks); // file and line order, as the index is written
  taskOrder.forEach(function (id) { var p = index.tasks[id].place; (tasksOfPlace[p] = tasksOfPlace[p] || []).push(id); });
  Object.keys(unitsOfPlace).forEach(function (p) {
    unitsOfPlace[p].sort(function (a, b) { return (unitTasks[b] || []).length - (unitTasks[a] || []).length || cmp(index.units[a].name, index.units[b].name); });
  });
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function leads(id) { return (unitTasks[id] || []).filter(function (o) { return o[1] === "lead"; }).length; }
  function taskName(t) { return (t.number ? t.number + " " : "") + t.title; }
  function short(text, n) { return text.length <= n ? text : text.slice(0, n - 1) + "…"; }

  // -- small DOM helpers ---------------------------------------------------------------
  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function option(select, value, text) { var o = el("option", text); o.value = value; select.appendChild(o); }
  function roleBadge(role) { return el("span", role === "lead" ? "牵头" : "配合", "role " + role); }
  function stateLink(text, changes, replace) {
    var a = el("a", text);
    a.href = "#" + encode(replace ? changes : merged(changes));
    return a;
  }

  // -- state: the URL's # part -----------------------------------------------------------
  var FIELDS = ["view", "district", "plan", "area", "unit", "name", "focus", "type", "lead", "colour", "task", "compare", "sort"];
  function decode(hash) {
    var params = new URLSearchParams(hash.replace(/^#/, "")), state = {};
    FIELDS.forEach(function (f) { var v = params.get(f); if (v) state[f] = v; });
    return state;
  }
  function encode(state) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    return params.toString();
  }
  function merged(changes) {
    var next = Object.assign({}, current, changes);
    Object.keys(next).forEach(function (k) { if (!next[k]) delete next[k]; });
    return next;
  }
  function go(changes, replace) {
    var hash = "#" + encode(replace ? changes : merged(changes));
    if (hash === location.hash || (hash === "#" && !location.hash)) return render();
    location.hash = hash; // hashchange draws; the back button goes back a step
  }
  var current = {};
  function startState() {
    if (location.hash.length > 1) return decode(location.hash);
    var start = Object.assign({}, index.start || {});
    if (index.focus.length === 1) start.unit = index.units[index.focus[0]].key;
    else if (index.focus.length) start.focus = "1"; // the units a viz --unit name matched
    return start;
  }

  // -- the network -------------------------------------------------------------------
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    physics: { enabled: false },
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: true },
    edges: { smooth: false, arrows: { to: { enabled: false } } },
    nodes: { font: { face: "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, sans-serif", size: 13, strokeWidth: 3, strokeColor: "#ffffff" } },
  });
  window.pgNetwork = network; // for tests and for people exploring in the console
  var drawnKind = {}; // node id -> kind, of the nodes drawn now (clicks, edges, selection)

  function colourOf(kind, id, by) {
    if (kind === "place") return places[id].colour;
    if (kind === "area") return places[areas[id].place].colour;
    if (kind === "task") return by === "type" ? "#5f6b77" : places[index.tasks[id].place].colour;
    var u = index.units[id];
    return by === "type" ? types[u.type].colour : u.kind === "collective" ? "#c9c9c9" : places[u.home].colour;
  }

  function tooltipOf(kind, id) {
    if (kind === "place") return places[id].name + "：" + places[id].tasks + " 项任务 tasks";
    if (kind === "area") return places[areas[id].place].name + " · " + areas[id].title;
    if (kind === "unit") {
      var u = index.units[id], n = (unitTasks[id] || []).length, l = leads(id);
      return u.name + "（" + u.type + "）\n" + u.homeName + " · 牵头 lead " + l + " · 配合 co " + (n - l);
    }
    var t = index.tasks[id], owners = taskUnits[id] || [];
    var lines = [taskName(t), t.district + " · " + (t.areaTitle || t.theme)];
    lines.push("牵头 lead: " + (owners.filter(function (o) { return o[1] === "lead"; }).map(function (o) { return index.units[o[0]].name; }).join("、") || "—"));
    var cos = owners.filter(function (o) { return o[1] === "co"; }).map(function (o) { return index.units[o[0]].name; });
    if (cos.length) lines.push("配合 co: " + short(cos.join("、"), 80));
    lines.push("时限 due: " + (t.due || "—"));
    if (t.targets.length) lines.push("目标 targets: " + t.targets.join("；"));
    lines.push("来源 source: " + t.file + ":" + t.line);
    return lines.join("\n");
  }

  function makeNode(kind, id, x, y, size, label) {
    var shape = kind === "place" ? "diamond" : kind === "area" ? "triangle" : kind === "unit" && index.units[id].kind === "collective" ? "square" : "dot";
    return { id: id, x: x, y: y, size: size, shape: shape, label: "", pg_kind: kind, pg_label: label, color: colourOf(kind, id, current.colour),
             title: tooltipOf(kind, id), borderWidth: kind === "unit" ? 2 : 1 };
  }

  // Which tasks the filters show, and the units they show with them.
  function filtered(state) {
    var district = state.district ? byKey[state.district] : "", area = state.area ? byKey[state.area] : "";
    var focus = state.unit && byKey[state.unit] ? [byKey[state.unit]] : state.name ? unitsByName[state.name] || []
      : state.focus && index.focus.length ? index.focus : null;
    var leadOnly = state.lead === "1", type = state.type || "";
    var roleOk = function (role) { return !leadOnly || role === "lead"; };
    var tasks = [];
    var pool = district ? tasksOfPlace[district] || [] : taskOrder;
    pool.forEach(function (id) {
      var t = index.tasks[id], owners = taskUnits[id] || [];
      if (area && t.area !== area) return;
      if (focus && !owners.some(function (o) { return focus.indexOf(o[0]) >= 0 && roleOk(o[1]); })) return;
      if (type && !owners.some(function (o) { return index.units[o[0]].type === type && roleOk(o[1]); })) return;
      if (leadOnly && !focus && !type && !owners.some(function (o) { return o[1] === "lead"; })) return;
      tasks.push(id);
    });
    return { tasks: tasks, focus: focus, roleOk: roleOk };
  }

  function isOverview(state) { return !state.district && !state.area && !state.unit && !state.name && !state.focus && !state.type && state.lead !== "1"; }

  // Districts on shelves, biggest first; with few enough units, each district's units in a
  // sunflower around it, biggest nearest. Linear in the districts and units drawn.
  function overviewLayout() {
    var list = [], totalUnits = Object.keys(index.units).length, withUnits = totalUnits <= UNIT_LIMIT;
    var blocks = index.places.map(function (p) {
      var us = withUnits ? unitsOfPlace[p.id] || [] : [];
      return { place: p, units: us, radius: 40 + 52 * Math.sqrt(us.length + 1.5) };
    });
    var area = blocks.reduce(function (s, b) { return s + 4 * (b.radius + 30) * (b.radius + 30); }, 0);
    var rowWidth = Math.max(Math.sqrt(area * 1.6), 2 * (blocks.length ? blocks[0].radius : 0));
    var x = 0, y = 0, rowHeight = 0, golden = Math.PI * (3 - Math.sqrt(5));
    blocks.forEach(function (b) {
      var d = 2 * b.radius + 60;
      if (x && x + d > rowWidth) { x = 0; y += rowHeight; rowHeight = 0; }
      var cx = x + d / 2, cy = y + d / 2;
      list.push(makeNode("place", b.place.id, cx, cy, 18 + 2.5 * Math.sqrt(b.place.tasks), b.place.name + " · " + b.place.tasks));
      b.units.forEach(function (u, i) {
        var r = 52 * Math.sqrt(i + 1.5), a = i * golden;
        list.push(makeNode("unit", u, cx + r * Math.cos(a), cy + r * Math.sin(a), 6 + 2.4 * Math.sqrt((unitTasks[u] || []).length), index.units[u].name));
      });
      x += d; rowHeight = Math.max(rowHeight, d);
    });
    return { nodes: list, edges: [], units: withUnits ? totalUnits : 0, tasks: taskOrder.length };
  }

  // Tasks on a ring, grouped by district and action area; the areas inside it, the hubs (the
  // focus units, or the districts) at the centre, the other units on an outer ring in the
  // order of the tasks they own. Linear after sorting.
  function ringLayout(shown) {
    var list = [], out = [], hubs, hubKind;
    if (shown.focus && shown.focus.length) { hubs = shown.focus.slice(); hubKind = "unit"; }
    else {
      var seen = {};
      hubs = []; hubKind = "place";
      shown.tasks.forEach(function (id) { var p = index.tasks[id].place; if (!seen[p]) { seen[p] = true; hubs.push(p); } });
    }
    var hubRank = {};
    hubs.forEach(function (h, i) { hubRank[h] = i; });
    var areaRank = {};
    index.areas.forEach(function (a, i) { areaRank[a.id] = i; });
    var taskHub = function (id) {
      if (hubKind === "place") return index.tasks[id].place;
      var owners = taskUnits[id] || [];
      for (var i = 0; i < owners.length; i++) if (hubRank[owners[i][0]] !== undefined) return owners[i][0];
      return hubs[0];
    };
    var order = shown.tasks.map(function (id, i) { return [id, i]; });
    order.sort(function (a, b) {
      var ta = index.tasks[a[0]], tb = index.tasks[b[0]];
      return hubRank[taskHub(a[0])] - hubRank[taskHub(b[0])] || (areaRank[ta.area] === undefined ? 1e9 : areaRank[ta.area]) - (areaRank[tb.area] === undefined ? 1e9 : areaRank[tb.area]) || a[1] - b[1];
    });
    var n = order.length, r1 = Math.max(260, n * 30 / TAU), angle = {};
    order.forEach(function (pair, i) {
      var id = pair[0], a = TAU * (i + 0.5) / n - Math.PI / 2;
      angle[id] = a;
      list.push(makeNode("task", id, r1 * Math.cos(a), r1 * Math.sin(a), 6, short(index.tasks[id].title, 16)));
    });
    // hubs and areas: at the middle angle of their tasks
    var spans = {};
    order.forEach(function (pair, i) {
      var t = index.tasks[pair[0]], keys = [taskHub(pair[0])];
      if (t.area) keys.push("area:" + t.area);
      keys.forEach(function (k) { var s = spans[k] = spans[k] || { first: i, last: i, count: 0 }; s.last = i; s.count++; });
    });
    var mid = function (s) { return TAU * ((s.first + s.last + 1) / 2) / n - Math.PI / 2; };
    hubs.forEach(function (h) {
      var s = spans[h], r = hubs.length === 1 ? 0 : r1 * 0.22, a = s ? mid(s) : 0;
      var label = hubKind === "place" ? places[h].name : index.units[h].name;
      list.push(makeNode(hubKind, h, r * Math.cos(a), r * Math.sin(a), hubKind === "place" ? 26 : 20, label));
    });
    Object.keys(spans).forEach(function (k) {
      if (k.indexOf("area:") !== 0) return;
      var id = k.slice(5), s = spans[k], a = mid(s);
      list.push(makeNode("area", id, r1 * 0.6 * Math.cos(a), r1 * 0.6 * Math.sin(a), 10 + 2 * Math.sqrt(s.count), short(areas[id].title, 14)));
      if (hubKind === "place") out.push({ from: areas[id].place, to: id, color: STRUCTURE, width: 1 });
    });
    order.forEach(function (pair) {
      var t = index.tasks[pair[0]];
      if (t.area) out.push({ from: t.area, to: pair[0], color: STRUCTURE, width: 1 });
      else if (hubKind === "place") out.push({ from: t.place, to: pair[0], color: STRUCTURE, width: 1 });
    });
    // the other units, in the order of the mean angle of their tasks
    var others = [], sums = {};
    order.forEach(function (pair) {
      (taskUnits[pair[0]] || []).forEach(function (o) {
        if (!shown.roleOk(o[1])) return;
        out.push({ from: pair[0], to: o[0], color: o[1] === "lead" ? LEAD : CO, width: o[1] === "lead" ? 2.5 : 1, dashes: o[1] !== "lead", pg_role: o[1] });
        if (hubKind === "unit" && hubRank[o[0]] !== undefined) return;
        var s = sums[o[0]];
        if (!s) { s = sums[o[0]] = { x: 0, y: 0, count: 0 }; others.push(o[0]); }
        var w = o[1] === "lead" ? 2 : 1;
        s.x += w * Math.cos(angle[pair[0]]); s.y += w * Math.sin(angle[pair[0]]); s.count++;
      });
    });
    var at = function (u) { var a = Math.atan2(sums[u].y, sums[u].x) + Math.PI / 2; return a < 0 ? a + TAU : a; };
    others.sort(function (a, b) { return at(a) - at(b) || cmp(a, b); });
    var m = others.length, r2 = Math.max(r1 + 240, m * 44 / TAU);
    others.forEach(function (u, i) {
      var a = TAU * (i + 0.5) / m - Math.PI / 2;
      list.push(makeNode("unit", u, r2 * Math.cos(a), r2 * Math.sin(a), 8 + 2.6 * Math.sqrt(sums[u].count), index.units[u].name));
    });
    return { nodes: list, edges: out, units: others.length + (hubKind === "unit" ? hubs.length : 0), tasks: n };
  }

  // -- labels: legible, never overlapping, more as the user zooms in --------------------
  var measure = document.createElement("canvas").getContext("2d");
  var PRIORITY = { place: 4e6, area: 3e6, unit: 2e6, task: 1e6 };
  function placeLabels() {
    var scale = network.getScale(), w = container.clientWidth, h = container.clientHeight;
    var candidates = [];
    nodes.forEach(function (n) {
      if (n.hidden) return;
      var p = network.canvasToDOM({ x: n.x, y: n.y });
      if (p.x < -200 || p.y < -60 || p.x > w + 200 || p.y > h + 60) return;
      candidates.push({ n: n, p: p, rank: PRIORITY[n.pg_kind] + n.size * 1000 - candidates.length * 1e-6 });
    });
    candidates.sort(function (a, b) { return b.rank - a.rank; });
    var CELL = 80, grid = {}, updates = [], shownIds = {};
    function cells(box, fn) {
      for (var gx = Math.floor(box[0] / CELL); gx <= Math.floor(box[2] / CELL); gx++)
        for (var gy = Math.floor(box[1] / CELL); gy <= Math.floor(box[3] / CELL); gy++) if (fn(gx + ":" + gy)) return true;
      return false;
    }
    function overlaps(box) {
      return cells(box, function (key) {
        return (grid[key] || []).some(function (o) { return box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]; });
      });
    }
    candidates.forEach(function (c) {
      var px = LABEL_PX[c.n.pg_kind];
      measure.font = px + "px Noto Sans CJK SC, sans-serif";
      var width = measure.measureText(c.n.pg_label).width + 8, top = c.p.y + c.n.size * scale + 2;
      var box = [c.p.x - width / 2, top, c.p.x + width / 2, top + px * 1.35 + 4];
      if (box[0] < 0 || box[2] > w || box[3] > h || box[1] < 0 || overlaps(box)) return;
      cells(box, function (key) { (grid[key] = grid[key] || []).push(box); return false; });
      shownIds[c.n.id] = px / scale;
    });
    nodes.forEach(function (n) {
      var size = shownIds[n.id];
      if (size) { if (n.label !== n.pg_label || !n.font || Math.abs(n.font.size - size) > 0.01) updates.push({ id: n.id, label: n.pg_label, font: { size: size } }); }
      else if (n.label) updates.push({ id: n.id, label: "" });
    });
    if (updates.length) nodes.update(updates);
  }
  var labelTimer = null;
  function relabelSoon() { clearTimeout(labelTimer); labelTimer = setTimeout(placeLabels, 120); }
  network.on("zoom", relabelSoon);
  network.on("dragEnd", relabelSoon);
  window.addEventListener("resize", function () { network.redraw(); relabelSoon(); });

  function drawNetwork() {
    var shown, laid;
    if (isOverview(current)) { laid = overviewLayout(); }
    else { shown = filtered(current); laid = ringLayout(shown); }
    drawnKind = {};
    laid.nodes.forEach(function (n) { drawnKind[n.id] = n.pg_kind; });
    nodes.clear(); edges.clear();
    nodes.add(laid.nodes);
    edges.add(laid.edges.filter(function (e) { return drawnKind[e.from] && drawnKind[e.to]; }).map(function (e, i) { e.id = "e" + i; return e; }));
    var noUnit = current.name && !(unitsByName[current.name] || []).length;
    document.getElementById("f-unit").setCustomValidity(noUnit ? "no such unit" : "");
    document.getElementById("shown").textContent = "显示 " + laid.tasks + " 项任务 · " + laid.units + " 个单位 (tasks · units shown)" +
      (noUnit ? " — 无此单位 no unit called " + current.name : "") +
      (isOverview(current) && !laid.units ? " — 点击区域展开 click a district to open it" : "");
    network.setSize(container.clientWidth + "px", container.clientHeight + "px");
    fitShown();
    if (current.task && byKey[current.task] && drawnKind[byKey[current.task]]) {
      network.selectNodes([byKey[current.task]]);
      network.moveTo({ position: network.getPosition(byKey[current.task]), scale: Math.max(network.getScale(), 1) });
    } else if (current.unit && byKey[current.unit] && drawnKind[byKey[current.unit]]) {
      network.selectNodes([byKey[current.unit]]);
    }
    placeLabels();
  }
  function fitShown() {
    var ids = nodes.getIds();
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.4 });
  }

  network.on("click", function (params) {
    if (!params.nodes.length) return;
    var id = params.nodes[0], kind = drawnKind[id];
    if (kind === "place") go({ district: places[id].key, unit: "", name: "", task: "", area: "" });
    else if (kind === "area") go({ area: areas[id].key, task: "" });
    else if (kind === "unit") go({ unit: index.units[id].key, name: "", focus: "", task: "", district: "", area: "", type: "" });
    else if (kind === "task") { current.task = index.tasks[id].key; history.replaceState(null, "", "#" + encode(current)); showPanel(); }
  });

  // -- the side panel ----------------------------------------------------------------
  var details = document.getElementById("details");
  function field(parent, label, value) {
    var p = el("p"); p.appendChild(el("b", label + "：")); p.appendChild(document.createTextNode(value || "—"));
    parent.appendChild(p);
  }
  function leadFirst(a, b) { return a[1] === b[1] ? 0 : a[1] === "lead" ? -1 : 1; }

  function showTask(id) {
    var t = index.tasks[id];
    details.textContent = "";
    details.dataset.kind = "task";
    details.appendChild(el("h2", taskName(t)));
    var where = el("p", null, "muted");
    where.appendChild(stateLink(t.district, { view: "network", district: places[t.place].key }, true));
    where.appendChild(document.createTextNode(" · " + (t.planTitle || "") + (t.areaTitle ? " · " + t.areaTitle : "")));
    details.appendChild(where);
    var owners = (taskUnits[id] || []).slice().sort(leadFirst);
    details.appendChild(el("h3", "责任单位 Units"));
    var list = el("ul", null, "units");
    owners.forEach(function (o) {
      var li = el("li"); li.appendChild(roleBadge(o[1]));
      li.appendChild(stateLink(index.units[o[0]].name, { view: current.view || "network", unit: index.units[o[0]].key }, true));
      list.appendChild(li);
    });
    if (!owners.length) list.appendChild(el("li", "未写明责任单位 no unit named", "muted"));
    details.appendChild(list);
    field(details, "完成时限 Due", t.due);
    field(details, "行动主题 Theme", t.theme);
    field(details, "目标 Targets", t.targets.length ? t.targets.join("；") : "");
    if (t.milestones.length) field(details, "节点 Milestones", t.milestones.map(function (m) { return m[1] + "：" + m[2]; }).join("；"));
    details.appendChild(el("h3", "原文 Source sentence"));
    details.appendChild(el("div", t.text || t.title, "sentence"));
    if (t.clause) details.appendChild(el("p", t.clause, "muted"));
    details.appendChild(el("p", "来源 source: " + t.file + ":" + t.line, "source"));
  }

  function taskItem(o) {
    var t = index.tasks[o[0]], li = el("li");
    li.appendChild(roleBadge(o[1]));
    li.appendChild(stateLink(taskName(t), { task: t.key }));
    var facts = [];
    if (t.due) facts.push("时限 " + t.due);
    if (t.targets.length) facts.push("目标 " + t.targets.join("；"));
    if (facts.length) li.appendChild(el("div", facts.join(" · "), "facts"));
    var more = el("details");
    more.appendChild(el("summary", "原文 source"));
    more.appendChild(el("div", t.text || t.title, "sentence"));
    more.appendChild(el("p", t.file + ":" + t.line, "source muted"));
    li.appendChild(more);
    return li;
  }

  function showUnit(id) {
    var u = index.units[id], owned = (unitTasks[id] || []).slice().sort(leadFirst);
    details.textContent = "";
    details.dataset.kind = "unit";
    details.appendChild(el("h2", u.name));
    var led = owned.filter(function (o) { return o[1] === "lead"; }).length;
    details.appendChild(el("p", u.type + " · " + u.homeName + " · 牵头 lead " + led + " · 配合 co " + (owned.length - led), "muted"));
    var links = el("p", null, "links");
    links.appendChild(stateLink("责任矩阵 matrix", { view: "matrix", district: places[u.home].key, unit: u.key }, true));
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(stateLink("时间线 timeline", { view: "timeline", unit: u.key }, true));
    details.appendChild(links);
    if (u.aliases.length) field(details, "又称 Also written", u.aliases.join("、"));
    // the same type of unit in other districts, one click away
    if (u.kind === "department" && types[u.type]) {
      var same = Object.keys(index.units).filter(function (o) { return o !== id && index.units[o].type === u.type && index.units[o].kind === "department"; });
      if (same.length) {
        details.appendChild(el("h3", "其他区域的同类单位 Same type elsewhere"));
        var sl = el("ul", null, "same-type");
        same.slice(0, 30).forEach(function (o) {
          var li = el("li"); li.appendChild(stateLink(index.units[o].name, { view: current.view || "network", unit: index.units[o].key }, true));
          li.appendChild(el("span", " " + index.units[o].homeName + " · " + (unitTasks[o] || []).length, "muted"));
          sl.appendChild(li);
        });
        if (same.length > 30) sl.appendChild(el("li", "… " + (same.length - 30), "muted"));
        details.appendChild(sl);
      }
    }
    var shared = {};
    owned.forEach(function (o) {
      (taskUnits[o[0]] || []).forEach(function (other) { if (other[0] !== id) shared[other[0]] = (shared[other[0]] || 0) + 1; });
    });
    var partners = Object.keys(shared).sort(function (a, b) { return shared[b] - shared[a] || cmp(index.units[a].name, index.units[b].name); }).slice(0, 25);
    if (partners.length) {
      details.appendChild(el("h3", "共同承担 Works with"));
      var plist = el("ul", null, "partners");
      partners.forEach(function (p) {
        var li = el("li"); li.appendChild(stateLink(index.units[p].name, { unit: index.units[p].key, name: "" }));
        li.appendChild(el("span", " " + shared[p], "muted")); plist.appendChild(li);
      });
      details.appendChild(plist);
    }
    details.appendChild(el("h3", "任务 Tasks（按行动领域 by action area）"));
    var groups = {}, order = [];
    owned.forEach(function (o) {
      var t = index.tasks[o[0]], g = t.area || "-" + t.place;
      if (!groups[g]) { groups[g] = []; order.push(g); }
      groups[g].push(o);
    });
    order.sort(function (a, b) {
      var ra = groups[a].some(function (o) { return o[1] === "lead"; }) ? 0 : 1, rb = groups[b].some(function (o) { return o[1] === "lead"; }) ? 0 : 1;
      return ra - rb || groups[b].length - groups[a].length;
    });
    order.forEach(function (g) {
      var first = index.tasks[groups[g][0][0]];
      details.appendChild(el("h4", (first.areaTitle || "未分领域 no action area") + "（" + groups[g].length + "）", "area"));
      details.appendChild(el("p", first.district + " · " + first.planTitle, "muted small"));
      var list = el("ul", null, "tasks");
      groups[g].sort(leadFirst).forEach(function (o) { list.appendChild(taskItem(o)); });
      details.appendChild(list);
    });
  }

  function showPlace(id) {
    var p = places[id];
    details.textContent = "";
    details.dataset.kind = "place";
    details.appendChild(el("h2", p.name));
    details.appendChild(el("p", p.tasks + " 项任务 tasks · " + (unitsOfPlace[id] || []).length + " 个单位 units", "muted"));
    var links = el("p", null, "links");
    links.appendChild(stateLink("责任矩阵 matrix", { view: "matrix", district: p.key }, true));
    links.appendChild(document.createTextNode(" · "));
    links.appendChild(stateLink("时间线 timeline", { view: "timeline", district: p.key }, true));
    details.appendChild(links);
    details.appendChild(el("h3", "牵头最多的单位 Units leading most"));
    var list = el("ul", null, "partners");
    (unitsOfPlace[id] || []).slice().sort(function (a, b) { return leads(b) - leads(a) || cmp(index.units[a].name, index.units[b].name); }).slice(0, 15).forEach(function (u) {
      var li = el("li"); li.appendChild(stateLink(index.units[u].name, { unit: index.units[u].key, district: "" }));
      li.appendChild(el("span", " 牵头 " + leads(u) + " · 共 " + (unitTasks[u] || []).length, "muted")); list.appendChild(li);
    });
    details.appendChild(list);
  }

  function showPanel() {
    if (current.task && byKey[current.task]) return showTask(byKey[current.task]);
    if (current.unit && byKey[current.unit]) return showUnit(byKey[current.unit]);
    var matching = current.name ? unitsByName[current.name] || [] : current.focus ? index.focus : [];
    if (matching.length > 1) {
      details.textContent = "";
      details.appendChild(el("h3", "匹配的单位 Matching units"));
      var flist = el("ul", null, "focus");
      matching.forEach(function (id) {
        var li = el("li"); li.appendChild(stateLink(index.units[id].name, { unit: index.units[id].key, name: "", focus: "" }));
        li.appendChild(el("span", " " + index.units[id].homeName + " · " + (unitTasks[id] || []).length, "muted"));
        flist.appendChild(li);
      });
      return details.appendChild(flist);
    }
    if (current.name && unitsByName[current.name]) return showUnit(unitsByName[current.name][0]);
    if (current.district && byKey[current.district]) return showPlace(byKey[current.district]);
    details.textContent = "";
    details.appendChild(el("p", "点击区域、单位或任务查看详情，或在上方搜索。Click a district, unit or task, or search above.", "muted"));
  }

  // -- the responsibility matrix (责任分工矩阵) -----------------------------------------
  var matrixBox = document.getElementById("matrix");
  function matrixScope() {
    if (current.plan && byKey[current.plan]) {
      var plan = byKey[current.plan];
      return { caption: plans[plan].title, tasks: taskOrder.filter(function (id) { return index.tasks[id].plan === plan; }) };
    }
    var place = current.district && byKey[current.district];
    if (!place && current.unit && byKey[current.unit]) place = index.units[byKey[current.unit]].home;
    if (!place) place = index.places[0].id;
    return { caption: places[place].name, place: place, tasks: tasksOfPlace[place] || [] };
  }

  function sortControl(th, key) {
    th.classList.add("sortable");
    if ((current.sort || "") === key) th.classList.add("sorted");
    th.title = "点击排序 click to sort";
    th.addEventListener("click", function () { go({ sort: key }); });
  }

  function drawMatrix() {
    matrixBox.textContent = "";
    var compare = (current.compare || "").split(",").filter(function (k) { return byKey[k]; });
    if (compare.length >= 2) return drawThemeMatrix(compare.map(function (k) { return byKey[k]; }));
    var scope = matrixScope(), tasks = scope.tasks;
    var groups = [], groupOf = {};
    tasks.forEach(function (id) {
      var t = index.tasks[id], g = t.area || "";
      if (groupOf[g] === undefined) { groupOf[g] = groups.length; groups.push({ title: t.areaTitle || "未分领域 no action area", tasks: [] }); }
      groups[groupOf[g]].tasks.push(id);
    });
    var columns = [];
    groups.forEach(function (g) { g.tasks.forEach(function (id) { columns.push(id); }); });
    var rows = {}, rowList = [];
    columns.forEach(function (id, c) {
      (taskUnits[id] || []).forEach(function (o) {
        var r = rows[o[0]];
        if (!r) { r = rows[o[0]] = { unit: o[0], cells: {}, lead: 0, co: 0 }; rowList.push(r); }
        if (r.cells[c] === "lead") return;
        if (r.cells[c] === "co" && o[1] === "co") return;
        if (r.cells[c] === "co") r.co--;
        r.cells[c] = o[1]; r[o[1]]++;
      });
    });
    var sort = current.sort || "lead", sortColumn = sort.indexOf("t:") === 0 ? columns.indexOf(byKey[sort.slice(2)]) : -1;
    var rank = { lead: 0, co: 1 };
    rowList.sort(function (a, b) {
      var ua = index.units[a.unit], ub = index.units[b.unit];
      if (sortColumn >= 0) { var ra = rank[a.cells[sortColumn]], rb = rank[b.cells[sortColumn]]; if (ra !== rb) return (ra === undefined ? 9 : ra) - (rb === undefined ? 9 : rb); }
      if (sort === "name") return cmp(ua.name, ub.name);
      if (sort === "type") return cmp(ua.type, ub.type) || cmp(ua.name, ub.name);
      if (sort === "co") return b.co - a.co || b.lead - a.lead || cmp(ua.name, ub.name);
      if (sort === "total") return b.lead + b.co - a.lead - a.co || cmp(ua.name, ub.name);
      return b.lead - a.lead || b.co - a.co || cmp(ua.name, ub.name);
    });
    matrixBox.appendChild(el("h2", "责任分工矩阵 Responsibility matrix：" + scope.caption));
    matrixBox.appendChild(el("p", columns.length + " 项任务 tasks × " + rowList.length + " 个单位 units。牵 = 牵头 lead, 配 = 配合 co-responsible。点击表头排序 click a heading to sort; 点击任务编号查看任务 click a task for its details.", "muted"));
    if (!columns.length) return;
    var table = el("table", null, "matrix responsibility"), thead = el("thead"), top = el("tr"), second = el("tr");
    var corner = el("th", "单位 unit", "unit"); corner.rowSpan = 2; sortControl(corner, "name"); top.appendChild(corner);
    var typeHead = el("th", "类型 type"); typeHead.rowSpan = 2; sortControl(typeHead, "type"); top.appendChild(typeHead);
    [["lead", "牵头"], ["co", "配合"], ["total", "合计"]].forEach(function (s) { var th = el("th", s[1], "count"); th.rowSpan = 2; sortControl(th, s[0]); top.appendChild(th); });
    groups.forEach(function (g) { var th = el("th", g.title, "area"); th.colSpan = g.tasks.length; top.appendChild(th); });
    columns.forEach(function (id) {
      var t = index.tasks[id], th = el("th", null, "task");
      var a = stateLink(t.number || "·", { view: current.view, task: t.key }); a.title = taskName(t);
      th.appendChild(a);
      th.dataset.task = t.key;
      var s = el("span", "⇅", "sort"); s.title = "按此任务排序 sort by this task";
      s.addEventListener("click", function () { go({ sort: "t:" + t.key }); });
      th.appendChild(s);
      second.appendChild(th);
    });
    thead.appendChild(top); thead.appendChild(second); table.appendChild(thead);
    var tbody = el("tbody");
    rowList.forEach(function (r) {
      var u = index.units[r.unit], tr = el("tr");
      tr.dataset.unit = u.name;
      var name = el("th", null, "unit"); name.appendChild(stateLink(u.name, { view: "network", unit: u.key, district: "", task: "" })); tr.appendChild(name);
      tr.appendChild(el("td", u.type, "muted type"));
      tr.appendChild(el("td", r.lead, "n")); tr.appendChild(el("td", r.co, "n")); tr.appendChild(el("td", r.lead + r.co, "n"));
      columns.forEach(function (id, c) {
        var role = r.cells[c], td = el("td", role === "lead" ? "牵" : role === "co" ? "配" : "", "cell" + (role ? " " + role : ""));
        td.dataset.task = index.tasks[id].key;
        tr.appendChild(td);
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    var wrap = el("div", null, "table-wrap"); wrap.appendChild(table); matrixBox.appendChild(wrap);
  }

  // Several districts: unit types by action theme, the districts side by side in each theme.
  function drawThemeMatrix(placeIds) {
    var themes = [], themeSeen = {}, rows = {}, rowList = [];
    placeIds.forEach(function (p) {
      (tasksOfPlace[p] || []).forEach(function (id) {
        var t = index.tasks[id];
        if (!themeSeen[t.theme]) { themeSeen[t.theme] = true; themes.push(t.theme); }
        var done = {};
        (taskUnits[id] || []).forEach(function (o) {
          var type = index.units[o[0]].type, key = type + "|" + o[1];
          if (done[key]) return; done[key] = true;
          var r = rows[type];
          if (!r) { r = rows[type] = { type: type, cells: {}, total: 0 }; rowList.push(r); }
          var cell = r.cells[t.theme + "|" + p] = r.cells[t.theme + "|" + p] || { lead: 0, co: 0 };
          cell[o[1]]++; if (o[1] === "lead") r.total++;
        });
      });
    });
    themes.sort(function (a, b) { return (a === "未归类") - (b === "未归类") || cmp(a, b); });
    rowList.sort(function (a, b) { return b.total - a.total || cmp(a.type, b.type); });
    matrixBox.appendChild(el("h2", "分工对比 Side by side：" + placeIds.map(function (p) { return places[p].name; }).join("、")));
    matrixBox.appendChild(el("p", "每格：该区该主题中此类单位牵头 / 配合的任务数。Each cell: tasks a unit of that type leads / co-owns in that theme and district.", "muted"));
    var table = el("table", null, "matrix themes"), thead = el("thead"), top = el("tr"), second = el("tr");
    var corner = el("th", "单位类型 unit type"); corner.rowSpan = 2; top.appendChild(corner);
    themes.forEach(function (th) { var h = el("th", th, "area"); h.colSpan = placeIds.length; top.appendChild(h); placeIds.forEach(function (p) { second.appendChild(el("th", places[p].name, "task")); }); });
    thead.appendChild(top); thead.appendChild(second); table.appendChild(thead);
    var tbody = el("tbody");
    rowList.forEach(function (r) {
      var tr = el("tr"); tr.appendChild(el("th", r.type, "unit"));
      themes.forEach(function (th) {
        placeIds.forEach(function (p) {
          var c = r.cells[th + "|" + p];
          tr.appendChild(el("td", c ? "牵" + c.lead + " / 配" + c.co : "", "cell" + (c && c.lead ? " lead" : c ? " co" : "")));
        });
      });
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    var wrap = el("div", null, "table-wrap"); wrap.appendChild(table); matrixBox.appendChild(wrap);
  }

  // -- the timeline ------------------------------------------------------------------
  var timelineBox = document.getElementById("timeline");
  var SVG = "http://www.w3.org/2000/svg";
  function svg(tag, attrs, parent) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function yearOf(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
    if (m) return +m[1] + ((+m[2] - 1) * 30.4 + +m[3]) / 366;
    m = /(20\d\d)/.exec(text || "");
    return m ? +m[1] + 0.92 : null;
  }
  function datedItems(id) {
    var t = index.tasks[id], items = [];
    var due = yearOf(t.due);
    if (due !== null) items.push({ at: due, kind: "deadline", label: "时限 " + t.due });
    t.milestones.forEach(function (m) { var at = yearOf(m[0]); if (at !== null) items.push({ at: at, kind: "milestone", label: m[1] + "：" + m[2] }); });
    t.targetYears.forEach(function (y) { items.push({ at: y[0] + 0.92, kind: "target", label: "目标 " + y[1] + "（" + y[0] + "）" }); });
    return items;
  }
  function drawTimeline() {
    timelineBox.textContent = "";
    var unit = current.unit && byKey[current.unit], place = current.district && byKey[current.district];
    if (!unit && !place) place = index.places[0].id;
    var rows = [], undated = 0;
    if (unit) {
      (unitTasks[unit] || []).slice().sort(leadFirst).forEach(function (o) {
        var items = datedItems(o[0]);
        items.forEach(function (i) { i.role = o[1]; i.task = o[0]; });
        if (items.length) rows.push({ label: taskName(index.tasks[o[0]]), items: items, task: o[0] }); else undated++;
      });
    } else {
      var byUnit = {}, order = [];
      (tasksOfPlace[place] || []).forEach(function (id) {
        var items = datedItems(id);
        if (!items.length) { undated++; return; }
        (taskUnits[id] || []).forEach(function (o) {
          if (!byUnit[o[0]]) { byUnit[o[0]] = []; order.push(o[0]); }
          items.forEach(function (i) { byUnit[o[0]].push({ at: i.at, kind: i.kind, label: i.label, role: o[1], task: id }); });
        });
      });
      order.sort(function (a, b) { return byUnit[b].length - byUnit[a].length || cmp(index.units[a].name, index.units[b].name); });
      order.forEach(function (u) { rows.push({ label: index.units[u].name, items: byUnit[u], unit: u }); });
    }
    var caption = unit ? index.units[unit].name : places[place].name;
    timelineBox.appendChild(el("h2", "时间线 Timeline：" + caption));
    timelineBox.appendChild(el("p", "● 完成时限 deadline · ■ 节点 milestone · ◆ 目标年份 target year；实心 牵头 filled = lead, 空心 配合 hollow = co。" +
      (undated ? " " + undated + " 项任务无明确时间 tasks have no date." : ""), "muted"));
    if (!rows.length) return;
    var all = [];
    rows.forEach(function (r) { r.items.forEach(function (i) { all.push(i); }); });
    var lo = Math.floor(Math.min.apply(null, all.map(function (i) { return i.at; }))), hi = Math.floor(Math.max.apply(null, all.map(function (i) { return i.at; }))) + 1;
    var left = 240, width = Math.max(640, (timelineBox.clientWidth || 1000) - 20), rowH = 24, top = 30;
    var chart = svg("svg", { width: width, height: top + rows.length * rowH + 10, "class": "timeline", role: "img" }, timelineBox);
    var x = function (at) { return left + (at - lo) / (hi - lo) * (width - left - 20); };
    // one band per year, its label in the middle: a target due "2025" sits at the end of 2025's band
    for (var yr = lo; yr <= hi; yr++) {
      svg("line", { x1: x(yr), x2: x(yr), y1: top - 8, y2: top + rows.length * rowH, "class": "year" }, chart);
      if (yr < hi) svg("text", { x: (x(yr) + x(yr + 1)) / 2, y: top - 12, "class": "year", "text-anchor": "middle" }, chart).textContent = String(yr);
    }
    rows.forEach(function (r, i) {
      var y = top + i * rowH + rowH / 2;
      if (i % 2) svg("rect", { x: 0, y: y - rowH / 2, width: width, height: rowH, "class": "band" }, chart);
      svg("text", { x: 4, y: y + 4, "class": "row" }, chart).textContent = short(r.label, 17);
      r.items.forEach(function (item) {
        var cx = x(item.at), cls = item.kind + " " + item.role, mark;
        if (item.kind === "deadline") mark = svg("circle", { cx: cx, cy: y, r: 5 }, chart);
        else if (item.kind === "milestone") mark = svg("rect", { x: cx - 4, y: y - 4, width: 8, height: 8 }, chart);
        else mark = svg("polygon", { points: [cx, y - 6, cx + 6, y, cx, y + 6, cx - 6, y].join(" ") }, chart);
        mark.setAttribute("class", "mark " + cls);
        svg("title", {}, mark).textContent = taskName(index.tasks[item.task]) + "\n" + item.label;
        mark.addEventListener("click", function () { go({ task: index.tasks[item.task].key }); });
      });
    });
    // the same, as a list a person can print and read
    var list = [];
    rows.forEach(function (r) { r.items.forEach(function (i) { if (unit || i.role === "lead") list.push({ item: i, row: r }); }); });
    list.sort(function (a, b) { return a.item.at - b.item.at; });
    var table = el("table", null, "matrix due-list"), head = el("tr");
    ["时间 when", "类别 kind", "任务 task", unit ? "角色 role" : "牵头 lead", "内容 what"].forEach(function (h) { head.appendChild(el("th", h)); });
    var thead = el("thead"); thead.appendChild(head); table.appendChild(thead);
    var tbody = el("tbody"), seen = {};
    list.forEach(function (entry) {
      var i = entry.item, key = i.task + i.kind + i.label;
      if (seen[key]) return; seen[key] = true;
      var tr = el("tr");
      tr.appendChild(el("td", i.kind === "deadline" ? index.tasks[i.task].due : String(Math.floor(i.at))));
      tr.appendChild(el("td", { deadline: "时限", milestone: "节点", target: "目标" }[i.kind]));
      var tc = el("td"); tc.appendChild(stateLink(taskName(index.tasks[i.task]), { task: index.tasks[i.task].key })); tr.appendChild(tc);
      tr.appendChild(el("td", unit ? (i.role === "lead" ? "牵头" : "配合") : entry.row.label));
      tr.appendChild(el("td", i.label));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    timelineBox.appendChild(table);
  }

  // -- search ------------------------------------------------------------------------
  // built on the first keystroke: a big collection's page draws first, indexes after
  var entries = null, placeNames = null;
  function searchEntries() {
    if (entries) return entries;
    entries = [];
    index.places.forEach(function (p) { entries.push({ kind: "区域", names: [p.name], words: "", sub: p.tasks + " 项任务", state: { view: "network", district: p.key } }); });
    Object.keys(index.units).forEach(function (id) {
      var u = index.units[id], typeNames = u.kind === "department" && types[u.type] ? [u.type].concat(types[u.type].aliases) : [];
      entries.push({ kind: "单位", names: [u.name].concat(u.aliases), words: typeNames.map(function (n) { return u.homeName + n; }).join(" "), place: u.home,
                     sub: u.homeName + " · " + (unitTasks[id] || []).length + " 项任务", count: (unitTasks[id] || []).length, state: { view: current.view || "network", unit: u.key } });
    });
    index.areas.forEach(function (a) { entries.push({ kind: "领域", names: [a.title], words: "", sub: places[a.place].name, state: { view: "network", area: a.key, district: places[a.place].key } }); });
    taskOrder.forEach(function (id) {
      var t = index.tasks[id];
      entries.push({ kind: "任务", names: [t.title], words: (t.number || "") + " " + t.text, sub: t.district + (t.number ? " · " + t.number : ""), state: { view: "network", district: places[t.place].key, task: t.key } });
    });
    placeNames = index.places.map(function (p) { return p.name; }).sort(function (a, b) { return b.length - a.length; });
    entries.forEach(function (e) {
      e.lower = e.names.map(function (n) { return n.toLowerCase(); });
      e.wordsLower = e.words.toLowerCase();
    });
    return entries;
  }
  function find(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    searchEntries();
    // a query that opens with a district's name looks for that district's units by any name:
    // 青浦区 + 住建委
    var district = placeNames.filter(function (p) { return q.indexOf(p.toLowerCase()) === 0; })[0], rest = district ? q.slice(district.length) : "";
    var found = [];
    entries.forEach(function (e) {
      var score = null;
      e.lower.forEach(function (n, i) {
        var s = n === q ? 0 : n.indexOf(q) === 0 ? 2 : n.indexOf(q) >= 0 ? 4 : null;
        if (s !== null) { s += i ? 1 : 0; if (score === null || s < score) score = s; }
      });
      if (score === null && e.wordsLower) {
        var w = e.wordsLower, at = w.indexOf(q);
        if (at >= 0) score = e.kind === "单位" ? (w.charAt(at + q.length) === " " || at + q.length === w.length ? 3 : 6) : 8;
      }
      if (score === null && rest && e.kind === "单位" && e.sub.indexOf(district) === 0 &&
          (e.lower.some(function (n) { return n.indexOf(rest) >= 0; }) || e.wordsLower.indexOf(rest) >= 0)) score = 5;
      if (score !== null) found.push({ e: e, score: score });
    });
    var kindRank = { "区域": 0, "单位": 1, "领域": 2, "任务": 3 };
    found.sort(function (a, b) { return a.score - b.score || kindRank[a.e.kind] - kindRank[b.e.kind] || (b.e.count || 0) - (a.e.count || 0) || cmp(a.e.names[0], b.e.names[0]); });
    return found.slice(0, 12).map(function (f) { return f.e; });
  }
  var search = document.getElementById("search"), suggestions = document.getElementById("suggestions"), shownSuggestions = [], active = -1;
  function closeSuggestions() { suggestions.hidden = true; search.setAttribute("aria-expanded", "false"); active = -1; }
  function showSuggestions() {
    shownSuggestions = find(search.value);
    suggestions.textContent = "";
    shownSuggestions.forEach(function (e, i) {
      var li = el("li", null, i === active ? "active" : "");
      li.setAttribute("role", "option");
      li.appendChild(el("span", e.kind, "kind"));
      li.appendChild(el("span", short(e.names[0], 40), "name"));
      li.appendChild(el("span", e.sub, "muted"));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(e); });
      suggestions.appendChild(li);
    });
    if (!shownSuggestions.length && search.value.trim()) suggestions.appendChild(el("li", "无结果 nothing found", "muted"));
    suggestions.hidden = !search.value.trim();
    search.setAttribute("aria-expanded", String(!suggestions.hidden));
  }
  function choose(e) {
    closeSuggestions();
    search.value = "";
    search.blur();
    var state = Object.assign({}, e.state);
    if (current.view && current.view !== "network" && (state.unit || (state.district && !state.task))) state.view = current.view;
    if (current.colour) state.colour = current.colour;
    go(state, true);
  }
  search.addEventListener("input", function () { active = -1; showSuggestions(); });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!shownSuggestions.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : -1) + shownSuggestions.length) % shownSuggestions.length;
      showSuggestions();
    } else if (ev.key === "Enter") {
      ev.preventDefault();
      if (shownSuggestions.length) choose(shownSuggestions[Math.max(active, 0)]);
    } else if (ev.key === "Escape") closeSuggestions();
  });
  search.addEventListener("blur", function () { setTimeout(closeSuggestions, 150); });

  // -- filters -----------------------------------------------------------------------
  var fDistrict = document.getElementById("f-district"), fArea = document.getElementById("f-area"),
      fUnit = document.getElementById("f-unit"), fType = document.getElementById("f-type"),
      fLead = document.getElementById("f-lead"), fColour = document.getElementById("f-colour"), mPlan = document.getElementById("m-plan");
  index.places.forEach(function (p) { option(fDistrict, p.key, p.name); });
  index.areas.forEach(function (a) { option(fArea, a.key, places[a.place].name + " · " + a.title); });
  index.types.forEach(function (t) { option(fType, t.name, t.name); });
  index.plans.forEach(function (p) { option(mPlan, p.key, places[p.place].name + " · " + short(p.title, 30)); });
  var names = document.getElementById("unit-names");
  Object.keys(unitsByName).sort().forEach(function (name) { var o = el("option"); o.value = name; names.appendChild(o); });
  var compareBox = document.getElementById("m-compare");
  index.places.forEach(function (p) {
    var label = el("label"), box = el("input"); box.type = "checkbox"; box.value = p.key;
    label.appendChild(box); label.appendChild(document.createTextNode(" " + p.name)); compareBox.appendChild(label);
  });
  compareBox.addEventListener("change", function () {
    var keys = Array.prototype.filter.call(compareBox.querySelectorAll("input"), function (b) { return b.checked; }).map(function (b) { return b.value; });
    go({ compare: keys.join(","), plan: "" });
  });
  document.getElementById("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });
  fDistrict.addEventListener("change", function () { go({ district: fDistrict.value, area: "", task: "", plan: "", compare: "", unit: "" }); });
  fArea.addEventListener("change", function () { go({ area: fArea.value, task: "" }); });
  fType.addEventListener("change", function () { go({ type: fType.value, task: "" }); });
  fLead.addEventListener("change", function () { go({ lead: fLead.checked ? "1" : "", task: "" }); });
  fUnit.addEventListener("change", function () {
    var name = fUnit.value.trim(), ids = unitsByName[name] || [];
    go(ids.length === 1 ? { unit: index.units[ids[0]].key, name: "", task: "" } : { name: name, unit: "", task: "" });
  });
  fColour.addEventListener("change", function () { go({ colour: fColour.value === "type" ? "type" : "" }); });
  mPlan.addEventListener("change", function () { go({ plan: mPlan.value, compare: "", sort: "" }); });
  document.getElementById("m-print").addEventListener("click", function () { window.print(); });
  document.getElementById("f-reset").addEventListener("click", function () { go({ view: current.view === "network" ? "" : current.view, colour: current.colour }, true); });

  function syncControls() {
    fDistrict.value = current.district || "";
    fArea.value = current.area || "";
    fType.value = current.type || "";
    fLead.checked = current.lead === "1";
    fColour.value = current.colour === "type" ? "type" : "district";
    fUnit.value = current.unit && byKey[current.unit] ? index.units[byKey[current.unit]].name : current.name || "";
    mPlan.value = current.plan || "";
    var compare = (current.compare || "").split(",");
    Array.prototype.forEach.call(compareBox.querySelectorAll("input"), function (b) { b.checked = compare.indexOf(b.value) >= 0; });
    var view = current.view || "network";
    Array.prototype.forEach.call(document.querySelectorAll("#views a"), function (a) {
      a.classList.toggle("current", a.dataset.view === view);
      var state = merged({ view: a.dataset.view === "network" ? "" : a.dataset.view, task: "" });
      a.href = "#" + encode(state);
    });
    var crumbs = document.getElementById("crumbs");
    crumbs.textContent = "";
    crumbs.appendChild(stateLink("全部 all", { view: current.view, colour: current.colour }, true));
    var place = current.district && byKey[current.district];
    if (place) { crumbs.appendChild(document.createTextNode(" › ")); crumbs.appendChild(stateLink(places[place].name, { view: current.view, district: current.district, colour: current.colour }, true)); }
    if (current.area && byKey[current.area]) crumbs.appendChild(document.createTextNode(" › " + areas[byKey[current.area]].title));
    if (current.unit && byKey[current.unit]) crumbs.appendChild(document.createTextNode(" › " + index.units[byKey[current.unit]].name));
    if (current.task && byKey[current.task]) crumbs.appendChild(document.createTextNode(" › " + short(index.tasks[byKey[current.task]].title, 24)));
    // a link from another build, or mistyped: say what it names that this graph lacks
    var unknown = ["district", "plan", "area", "unit", "task"].filter(function (f) { return current[f] && !byKey[current[f]]; });
    if (unknown.length) crumbs.appendChild(el("span", " — 链接中的 " + unknown.map(function (f) { return f + " " + current[f]; }).join("、") + " 不在此图中 not in this graph", "warning"));
  }

  function applyColourKey() {
    var key = document.getElementById("colour-key");
    key.textContent = "";
    var entries = current.colour === "type" ? index.types.map(function (t) { return [t.name, t.colour]; }) : index.places.map(function (p) { return [p.name, p.colour]; });
    entries.slice(0, 40).forEach(function (entry) {
      var sw = el("span", null, "swatch"); sw.style.background = entry[1];
      key.appendChild(sw); key.appendChild(document.createTextNode(entry[0]));
    });
  }

  function render() {
    current = location.hash.length > 1 ? decode(location.hash) : startState();
    var view = current.view || "network";
    document.body.dataset.view = view;
    document.getElementById("network-view").hidden = view !== "network";
    document.getElementById("matrix-view").hidden = view !== "matrix";
    document.getElementById("timeline-view").hidden = view !== "timeline";
    document.getElementById("filters").hidden = view !== "network";
    syncControls();
    applyColourKey();
    if (view === "network") drawNetwork();
    else if (view === "matrix") drawMatrix();
    else drawTimeline();
    showPanel();
    document.body.dataset.state = encode(current);
  }

  window.addEventListener("hashchange", render);
  current = startState();
  if (location.hash.length <= 1 && encode(current)) history.replaceState(null, "", "#" + encode(current));
  render();
  network.once("afterDrawing", function () { document.body.dataset.drawn = String(performance.now()); });
  if (document.getElementById("network-view").hidden) document.body.dataset.drawn = String(performance.now());
})();
