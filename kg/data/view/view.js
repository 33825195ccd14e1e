// kg graph view. Every piece of report text reaches the DOM through textContent,
// never innerHTML, and vis-network never gets a `title`: tooltips are our own.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var types = {}, relations = data.relations;
  data.types.forEach(function (t) { types[t.name] = t; });
  var nodes = data.nodes, edges = data.edges;
  var byId = {}, adjacency = {}, edgeById = {};
  nodes.forEach(function (n) { byId[n.id] = n; adjacency[n.id] = []; });
  edges.forEach(function (e) { edgeById[e.id] = e; adjacency[e.from].push(e); adjacency[e.to].push(e); });

  function el(tag, cls, text) {
    var x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }

  function nodeItem(n) { return { id: n.id, label: n.label, group: n.group, x: n.x, y: n.y, size: n.size }; }
  function edgeItem(e) { return { id: e.id, from: e.from, to: e.to, label: "" }; }
  // The data sets hold only what is drawn: vis-network builds an object per item, hidden or not.
  var nodeSet = new vis.DataSet(), edgeSet = new vis.DataSet();
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodeSet, edges: edgeSet }, data.options);

  var firstFrame = null, interactiveAt = null;
  network.on("afterDrawing", function () {
    document.body.setAttribute("data-kg-nodes", String(network.body.nodeIndices.length));
    if (firstFrame === null) {
      firstFrame = performance.now();
      // The first frame is drawn; interactive once the main thread takes the next task.
      setTimeout(function () {
        interactiveAt = performance.now();
        document.body.setAttribute("data-kg-ready", "1");
      }, 0);
    }
  });

  // ---- legend with type filters
  var legend = document.getElementById("kg-legend");
  var shown = {};
  data.types.forEach(function (t) {
    if (!data.counts[t.name]) return;
    shown[t.name] = true;
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = t.name;
    box.addEventListener("change", function () { shown[t.name] = box.checked; applyFilters(); });
    var sym = el("span", "sym", t.symbol);
    sym.style.color = t.colour;
    label.append(box, sym, el("span", null, t.zh + " " + t.name + " (" + data.counts[t.name] + ")"));
    legend.appendChild(label);
  });
  legend.appendChild(el("div", "rel", Object.keys(relations).map(function (k) {
    return relations[k] + " " + k;
  }).join(" · ")));

  // ---- year and locality filters
  var yearSelect = document.getElementById("kg-year");
  data.years.forEach(function (y) { yearSelect.appendChild(new Option(String(y), String(y))); });
  var localitySelect = document.getElementById("kg-locality");
  data.localities.forEach(function (id) {
    var n = byId[id];
    localitySelect.appendChild(new Option(n.code ? n.label + " " + n.code : n.label, String(id)));
  });
  yearSelect.addEventListener("change", applyFilters);
  localitySelect.addEventListener("change", applyFilters);

  // A locality's scope: itself, the localities under it (partOf, transitively), and their neighbours.
  function localityScope(root) {
    var inside = {}, queue = [root];
    inside[root] = true;
    while (queue.length) {
      var id = queue.shift();
      adjacency[id].forEach(function (e) {
        if (e.relation === "partOf" && e.to === id && !inside[e.from]) { inside[e.from] = true; queue.push(e.from); }
      });
    }
    var scope = {};
    Object.keys(inside).forEach(function (id) {
      scope[id] = true;
      adjacency[id].forEach(function (e) { scope[e.from] = true; scope[e.to] = true; });
    });
    return scope;
  }

  // Big graphs: draw the best-connected maxDrawn nodes that pass the filters, plus what search pinned.
  var labelled = [];
  var bySize = nodes.slice().sort(function (a, b) { return b.size - a.size || a.id - b.id; });
  var drawn = {}, drawnEdges = {}, pinned = {}, showAll = false;
  var counter = document.getElementById("kg-count"), more = document.getElementById("kg-more");
  function applyFilters() {
    var year = yearSelect.value ? Number(yearSelect.value) : null;
    var scope = localitySelect.value ? localityScope(Number(localitySelect.value)) : null;
    var passes = {}, touched = {};
    nodes.forEach(function (n) { passes[n.id] = shown[n.group] && (!scope || scope[n.id] === true); });
    function edgeOk(e, keep) { return keep[e.from] && keep[e.to] && (year === null || e.years.indexOf(year) >= 0); }
    if (year !== null) edges.forEach(function (e) { if (edgeOk(e, passes)) { touched[e.from] = true; touched[e.to] = true; } });
    var want = {}, matching = 0, count = 0;
    bySize.forEach(function (n) {
      if (!passes[n.id] || (year !== null && !touched[n.id])) return;
      matching++;
      if (showAll || count < data.maxDrawn) { want[n.id] = true; count++; }
    });
    Object.keys(pinned).forEach(function (id) { if (!want[id]) { want[id] = true; count++; } });
    var removeNodes = [], addNodes = [], removeEdges = [], addEdges = [];
    Object.keys(drawn).forEach(function (id) { if (!want[id]) { removeNodes.push(Number(id)); delete drawn[id]; } });
    nodes.forEach(function (n) { if (want[n.id] && !drawn[n.id]) { addNodes.push(nodeItem(n)); drawn[n.id] = true; } });
    edges.forEach(function (e) {
      var ok = edgeOk(e, want) || (pinned[e.from] && pinned[e.to] && want[e.from] && want[e.to]);
      if (ok && !drawnEdges[e.id]) { addEdges.push(edgeItem(e)); drawnEdges[e.id] = true; }
      else if (!ok && drawnEdges[e.id]) { removeEdges.push(e.id); delete drawnEdges[e.id]; }
    });
    labelled = labelled.filter(function (id) { return drawnEdges[id]; });
    if (removeEdges.length) edgeSet.remove(removeEdges);
    if (removeNodes.length) nodeSet.remove(removeNodes);
    if (addNodes.length) nodeSet.add(addNodes);
    if (addEdges.length) edgeSet.add(addEdges);
    counter.textContent = count + " / " + matching + " / " + nodes.length + " 节点 nodes (drawn / matching / all)";
    more.hidden = showAll || matching <= data.maxDrawn;
  }
  more.addEventListener("click", function () { showAll = true; applyFilters(); });

  // ---- tooltips and the detail panel, built as DOM text
  function evidenceBlock(e, limit) {
    var box = el("div");
    box.appendChild(el("div", "kg-rel", byId[e.from].label + " —" + relations[e.relation] + "→ " + byId[e.to].label));
    e.evidence.slice(0, limit).forEach(function (q) {
      var ev = el("div", "kg-ev");
      ev.appendChild(el("div", null, q[0]));
      ev.appendChild(el("div", "src", "《" + (data.reports[q[1]] || "?") + "》" + (q[2] ? " " + q[2] + "年" : "")));
      box.appendChild(ev);
    });
    if (e.evidence.length > limit) box.appendChild(el("div", "src", "… +" + (e.evidence.length - limit)));
    return box;
  }

  function nodeCard(n, limit) {
    var card = el("div"), head = el("div"), t = types[n.group];
    var badge = el("span", "kg-type", t.zh + " " + t.name);
    badge.style.background = t.colour;
    head.append(badge, el("span", "kg-name", n.label));
    card.appendChild(head);
    if (n.aliases.length) card.appendChild(el("div", "kg-meta", "别名 aliases: " + n.aliases.join("、")));
    if (n.code) card.appendChild(el("div", "kg-meta", "区划代码 division code: " + n.code + (n.level ? " (" + n.level + ")" : "")));
    card.appendChild(el("div", "kg-meta", "关系 relations: " + adjacency[n.id].length));
    var shownEdges = 0;
    adjacency[n.id].forEach(function (e) {
      if (e.evidence.length && shownEdges < limit) { card.appendChild(evidenceBlock(e, limit > 5 ? 3 : 1)); shownEdges++; }
    });
    if (adjacency[n.id].length > shownEdges && shownEdges === limit) card.appendChild(el("div", "src", "…"));
    return card;
  }

  var tip = document.getElementById("kg-tip");
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var x = pointer.DOM.x + 14, y = pointer.DOM.y + 54;
    tip.style.left = Math.min(x, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.min(y, window.innerHeight - tip.offsetHeight - 8) + "px";
  }
  network.on("hoverNode", function (p) { showTip(nodeCard(byId[p.node], 3), p.pointer); });
  network.on("hoverEdge", function (p) { showTip(evidenceBlock(edgeById[p.edge], 3), p.pointer); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  var panel = document.getElementById("kg-panel");
  function showPanel(content) {
    var close = el("button", null, "×");
    close.type = "button";
    close.addEventListener("click", function () { panel.hidden = true; network.unselectAll(); labelEdges([]); });
    panel.replaceChildren(close, content);
    panel.hidden = false;
  }

  // Edge labels only on the selection: hundreds of labels at once are unreadable.
  function labelEdges(ids) {
    var updates = labelled.map(function (id) { return { id: id, label: "" }; });
    ids.forEach(function (id) { updates.push({ id: id, label: relations[edgeById[id].relation] }); });
    labelled = ids.slice();
    if (updates.length) edgeSet.update(updates);
  }
  network.on("select", function (p) {
    labelEdges(p.edges);
    if (p.nodes.length) showPanel(nodeCard(byId[p.nodes[0]], 50));
    else if (p.edges.length) showPanel(evidenceBlock(edgeById[p.edges[0]], 50));
    else panel.hidden = true;
  });

  // ---- search by name (labels and aliases, never IRIs)
  var names = {};
  nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      if (!(name in names) || byId[names[name]].size < n.size) names[name] = n.id;
    });
  });
  var datalist = document.getElementById("kg-names");
  Object.keys(names).sort().slice(0, 5000).forEach(function (name) { datalist.appendChild(new Option(name)); });
  function find(text) {
    text = text.trim();
    if (!text) return null;
    if (text in names) return names[text];
    var best = null;
    nodes.forEach(function (n) {
      if (n.label.indexOf(text) >= 0 && (best === null || n.size > best.size)) best = n;
    });
    return best && best.id;
  }
  function focusNode(id) {
    if (!drawn[id]) {
      pinned = {};
      pinned[id] = true;
      adjacency[id].forEach(function (e) { pinned[e.from] = true; pinned[e.to] = true; });
      applyFilters();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: 1.0, animation: false });
    labelEdges(network.getSelectedEdges());
    showPanel(nodeCard(byId[id], 50));
    return true;
  }
  var search = document.getElementById("kg-search");
  function onSearch() {
    var id = find(search.value);
    search.style.background = id === null ? "#fde2e2" : "";
    if (id !== null) focusNode(id);
  }
  search.addEventListener("change", onSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onSearch(); });

  function reset() {
    pinned = {};
    yearSelect.value = ""; localitySelect.value = "";
    legend.querySelectorAll("input").forEach(function (b) { b.checked = true; shown[b.value] = true; });
    applyFilters();
  }
  document.getElementById("kg-reset").addEventListener("click", function () { reset(); network.fit({ animation: false }); });

  applyFilters();
  network.fit({ animation: false });

  // For tests and benchmarks.
  window.kgView = {
    network: network,
    nodeCount: function () { return network.body.nodeIndices.length; },
    edgeCount: function () { return network.body.edgeIndices.length; },
    firstFrame: function () { return firstFrame; },
    interactiveAt: function () { return interactiveAt; },
    search: function (text) { search.value = text; onSearch(); return network.getSelectedNodes().map(function (id) { return byId[id].label; }); },
    filter: function (opts) {
      yearSelect.value = opts.year ? String(opts.year) : "";
      localitySelect.value = opts.locality !== undefined ? String(opts.locality) : "";
      if (opts.types) legend.querySelectorAll("input").forEach(function (b) { b.checked = opts.types.indexOf(b.value) >= 0; shown[b.value] = b.checked; });
      pinned = {};
      applyFilters();
      network.redraw();
      return network.body.nodeIndices.length;
    },
    reset: reset
  };
})();
