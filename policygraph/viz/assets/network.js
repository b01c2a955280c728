// The network view: filters, colours and the side panel. Text from the plans is only ever
// put into the page with textContent, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pg-data").textContent);
  var index = data.index;
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges.map(function (e, i) { e.id = "e" + i; return e; }));
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.pgNetwork = network; // for tests and for people exploring in the console
  // the filters never submit (Enter in a field would reload the page); a listener, not an inline
  // handler, so that the page's CSP can allow its own scripts only
  document.getElementById("filters").addEventListener("submit", function (ev) { ev.preventDefault(); });

  var unitTasks = {}, taskUnits = {};
  index.assignments.forEach(function (a) {
    (unitTasks[a[1]] = unitTasks[a[1]] || []).push([a[0], a[2]]);
    (taskUnits[a[0]] = taskUnits[a[0]] || []).push([a[1], a[2]]);
  });
  // several units can share a name: 各街道 of each district, 各有关部门 of each plan
  var unitsByName = {};
  Object.keys(index.units).forEach(function (id) { (unitsByName[index.units[id].name] = unitsByName[index.units[id].name] || []).push(id); });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function option(select, value, text) { var o = el("option", text); o.value = value; select.appendChild(o); }

  var fDistrict = document.getElementById("f-district"), fArea = document.getElementById("f-area"),
      fUnit = document.getElementById("f-unit"), fType = document.getElementById("f-type"),
      fLead = document.getElementById("f-lead"), fColour = document.getElementById("f-colour");
  index.places.forEach(function (p) { option(fDistrict, p.id, p.name); });
  index.areas.forEach(function (a) { option(fArea, a.id, a.district + " · " + a.title); });
  index.types.forEach(function (t) { option(fType, t.name, t.name); });
  var names = document.getElementById("unit-names");
  Object.keys(unitsByName).sort().forEach(function (name) { var o = el("option"); o.value = name; names.appendChild(o); });

  // -- filters -----------------------------------------------------------------------
  function applyFilters() {
    var district = fDistrict.value, area = fArea.value, type = fType.value, leadOnly = fLead.checked;
    var unitName = fUnit.value.trim(), units = unitName ? unitsByName[unitName] || [] : null;
    fUnit.setCustomValidity(units && !units.length ? "no such unit" : "");
    var roleOk = function (role) { return !leadOnly || role === "lead"; };
    var shownTasks = {}, shownUnits = {}, shownAreas = {}, shownPlaces = {}, count = 0;
    Object.keys(index.tasks).forEach(function (id) {
      var t = index.tasks[id], owners = taskUnits[id] || [];
      if (district && t.place !== district) return;
      if (area && t.area !== area) return;
      if (units && !owners.some(function (o) { return units.indexOf(o[0]) >= 0 && roleOk(o[1]); })) return;
      if (type && !owners.some(function (o) { return index.units[o[0]].type === type && roleOk(o[1]); })) return;
      if (leadOnly && !units && !type && !owners.some(function (o) { return o[1] === "lead"; })) return;
      shownTasks[id] = true; count++;
      if (t.area) shownAreas[t.area] = true;
      shownPlaces[t.place] = true;
      owners.forEach(function (o) { if (roleOk(o[1])) shownUnits[o[0]] = true; });
    });
    var nodeUpdates = [];
    nodes.forEach(function (n) {
      var shown = n.pg_kind === "task" ? shownTasks[n.id] : n.pg_kind === "unit" ? shownUnits[n.id]
        : n.pg_kind === "area" ? shownAreas[n.id] : shownPlaces[n.id];
      if (!!n.hidden !== !shown) nodeUpdates.push({ id: n.id, hidden: !shown });
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = [];
    edges.forEach(function (e) {
      var shown = !nodes.get(e.from).hidden && !nodes.get(e.to).hidden && (!e.pg_role || roleOk(e.pg_role));
      if (!!e.hidden !== !shown) edgeUpdates.push({ id: e.id, hidden: !shown });
    });
    edges.update(edgeUpdates);
    document.getElementById("shown").textContent =
      "显示 " + count + " 项任务 · " + Object.keys(shownUnits).length + " 个单位 (tasks · units shown)" +
      (units && !units.length ? " — 无此单位 no unit called " + unitName : "");
  }

  function applyColours() {
    var by = fColour.value;
    nodes.update(nodes.map(function (n) { return { id: n.id, color: by === "type" ? n.pg_colour_type : n.pg_colour_district }; }));
    var key = document.getElementById("colour-key");
    key.textContent = "";
    var entries = by === "type" ? index.types.map(function (t) { return [t.name, t.colour]; })
      : index.places.map(function (p) { return [p.name, p.colour]; });
    entries.forEach(function (entry) {
      var sw = el("span", null, "swatch"); sw.style.background = entry[1];
      key.appendChild(sw); key.appendChild(document.createTextNode(entry[0]));
    });
  }

  // -- the side panel ----------------------------------------------------------------
  var details = document.getElementById("details");
  function field(parent, label, value) {
    var p = el("p"); p.appendChild(el("b", label + "：")); p.appendChild(document.createTextNode(value || "—"));
    parent.appendChild(p);
  }
  function leadFirst(a, b) { return a[1] === b[1] ? 0 : a[1] === "lead" ? -1 : 1; }
  function roleBadge(role) { return el("span", role === "lead" ? "牵头" : "配合", "role " + role); }
  function link(text, onclick) { var a = el("a", text); a.href = "#"; a.addEventListener("click", function (ev) { ev.preventDefault(); onclick(); }); return a; }

  function showTask(id) {
    var t = index.tasks[id];
    details.textContent = "";
    details.dataset.kind = "task";
    details.appendChild(el("h2", (t.number ? t.number + " " : "") + t.title));
    details.appendChild(el("p", t.district + " · " + (t.plan || "") + (t.areaTitle ? " · " + t.areaTitle : ""), "muted"));
    var owners = (taskUnits[id] || []).slice().sort(leadFirst);
    details.appendChild(el("h3", "责任单位 Units"));
    var list = el("ul", null, "units");
    owners.forEach(function (o) {
      var li = el("li"); li.appendChild(roleBadge(o[1]));
      li.appendChild(link(index.units[o[0]].name, function () { select(o[0]); }));
      list.appendChild(li);
    });
    if (!owners.length) list.appendChild(el("li", "未写明责任单位 no unit named", "muted"));
    details.appendChild(list);
    field(details, "完成时限 Due", t.due);
    field(details, "行动主题 Theme", t.theme);
    field(details, "目标 Targets", t.targets.length ? t.targets.join("；") : "");
    details.appendChild(el("h3", "原文 Source sentence"));
    details.appendChild(el("div", t.text || t.title, "sentence"));
    if (t.clause) details.appendChild(el("p", t.clause, "muted"));
    details.appendChild(el("p", "来源 source: " + t.file + ":" + t.line, "source"));
  }

  function showUnit(id) {
    var u = index.units[id], owned = (unitTasks[id] || []).slice().sort(leadFirst);
    details.textContent = "";
    details.dataset.kind = "unit";
    details.appendChild(el("h2", u.name));
    var led = owned.filter(function (o) { return o[1] === "lead"; }).length;
    // in a unit view a partner's counts cover only the tasks of that view
    var scope = index.focus.length && index.focus.indexOf(id) < 0 ? "（本视图内 in this view）" : "";
    details.appendChild(el("p", u.type + (u.home ? " · " + u.home : "") + " · 牵头 lead " + led + " · 配合 co " + (owned.length - led) + scope, "muted"));
    details.appendChild(el("h3", "任务 Tasks"));
    var list = el("ul", null, "tasks");
    owned.forEach(function (o) {
      var t = index.tasks[o[0]], li = el("li");
      li.appendChild(roleBadge(o[1]));
      li.appendChild(link((t.number ? t.number + " " : "") + t.title, function () { select(o[0]); }));
      li.appendChild(el("span", " " + t.district, "muted"));
      list.appendChild(li);
    });
    details.appendChild(list);
    var shared = {};
    owned.forEach(function (o) {
      (taskUnits[o[0]] || []).forEach(function (other) { if (other[0] !== id) shared[other[0]] = (shared[other[0]] || 0) + 1; });
    });
    var partners = Object.keys(shared).sort(function (a, b) { return shared[b] - shared[a]; }).slice(0, 25);
    if (partners.length) {
      details.appendChild(el("h3", "共同承担 Shares tasks with"));
      var plist = el("ul", null, "partners");
      partners.forEach(function (p) {
        var li = el("li"); li.appendChild(link(index.units[p].name, function () { select(p); }));
        li.appendChild(el("span", " " + shared[p], "muted")); plist.appendChild(li);
      });
      details.appendChild(plist);
    }
  }

  function select(id) {
    if (index.tasks[id]) showTask(id); else if (index.units[id]) showUnit(id); else return;
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 0.9), animation: { duration: 300 } });
  }

  network.on("click", function (params) {
    if (!params.nodes.length) return;
    var id = params.nodes[0];
    if (index.tasks[id]) showTask(id); else if (index.units[id]) showUnit(id);
  });

  [fDistrict, fArea, fType, fLead].forEach(function (c) { c.addEventListener("change", applyFilters); });
  fUnit.addEventListener("change", applyFilters);
  fColour.addEventListener("change", applyColours);
  document.getElementById("f-reset").addEventListener("click", function () {
    fDistrict.value = fArea.value = fType.value = fUnit.value = ""; fLead.checked = false; applyFilters(); network.fit();
  });

  applyColours();
  applyFilters();
  if (index.focus.length === 1) showUnit(index.focus[0]);
  else if (index.focus.length) {
    details.appendChild(el("h3", "匹配的单位 Matching units"));
    var flist = el("ul", null, "focus");
    index.focus.forEach(function (id) {
      var li = el("li"); li.appendChild(link(index.units[id].name, function () { select(id); }));
      li.appendChild(el("span", " " + index.units[id].home + " · " + (unitTasks[id] || []).length, "muted"));
      flist.appendChild(li);
    });
    details.appendChild(flist);
  }
  network.once("afterDrawing", function () { document.body.dataset.drawn = String(performance.now()); });
})();
