// kg viz page: filters that really filter (DataViews), a date window, search, focus, details.
// Every text from the data reaches the page through textContent, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var t0 = performance.now();
  window.kgTiming = { scriptStart: t0 };

  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") node.textContent = attrs[k];
        else if (k === "className") node.className = attrs[k];
        else node.setAttribute(k, attrs[k]);
      });
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  if (!data.nodes.length) {
    $("kg-status").textContent = "empty view";
    window.kg = { empty: true, visibleNodeIds: function () { return []; }, visibleEdgeIds: function () { return []; } };
    window.kgReady = true;
    return;
  }

  // -- indexes -------------------------------------------------------------------------------------
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgesOf = {};
  data.nodes.forEach(function (n) { edgesOf[n.id] = []; });
  data.edges.forEach(function (e) { edgesOf[e.from].push(e); edgesOf[e.to].push(e); });
  var anchors = new Set(data.anchors || []);

  function fold(text) {
    return String(text).replace(/ə/g, "e").replace(/Ə/g, "E").normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var searchText = {};
  data.nodes.forEach(function (n) {
    searchText[n.id] = [n.label, n.kgName, n.id].concat(n.kgAliases || [])
      .concat(Object.values(n.kgProps || {}).filter(function (v) { return typeof v === "string"; }))
      .map(fold).join("\u0001");
  });

  // dates: distinct, sorted ISO texts (partial dates allowed); the slider moves over them
  var dates = Array.from(new Set(data.nodes.map(function (n) { return n.kgWhen; })
    .concat(data.edges.map(function (e) { return e.kgWhen; }))
    .filter(function (d) { return d; }))).sort();
  function windowFull() { return !dates.length || (state.from === 0 && state.to === dates.length - 1); }
  function inWindow(when) {
    if (windowFull()) return true;
    if (!when) return false;
    var lo = dates[state.from], hi = dates[state.to];
    return when.slice(0, lo.length) >= lo.slice(0, when.length) && when.slice(0, hi.length) <= hi.slice(0, when.length);
  }

  var state = {
    types: new Set(data.legend.map(function (t) { return t.type; })),
    rels: new Set(data.relationships.map(function (r) { return r.type; })),
    search: "",
    focus: null,
    from: 0,
    to: Math.max(0, dates.length - 1)
  };

  // -- what is visible -----------------------------------------------------------------------------
  var visibleNodes = new Set(), visibleEdges = new Set(), matches = [];
  function compute() {
    var passes = new Set();
    data.nodes.forEach(function (n) {
      if (!state.types.has(n.kgType)) return;
      if (n.kgKind === "event" && !inWindow(n.kgWhen)) return;
      passes.add(n.id);
    });
    // with events filtered (dates or event types), an entity stays only beside an event that stays
    var eventsFiltered = !windowFull() ||
      data.legend.some(function (t) { return t.kind === "event" && !state.types.has(t.type); });
    if (eventsFiltered) {
      data.nodes.forEach(function (n) {
        if (n.kgKind !== "entity" || !passes.has(n.id) || anchors.has(n.id)) return;
        var beside = edgesOf[n.id].some(function (e) {
          var x = e.from === n.id ? e.to : e.from;
          return byId[x].kgKind === "event" && passes.has(x);
        });
        if (!beside) passes.delete(n.id);
      });
    }
    var edgeOk = function (e) {
      return state.rels.has(e.kgType) && passes.has(e.from) && passes.has(e.to) && (!e.kgWhen || inWindow(e.kgWhen));
    };
    var keep = passes;
    var seeds = null;
    matches = [];
    if (state.search) {
      var q = fold(state.search);
      matches = Array.from(passes).filter(function (id) { return searchText[id].indexOf(q) >= 0; });
      seeds = new Set(matches);
    }
    if (state.focus) {
      var focus = Array.from(state.focus).filter(function (id) { return passes.has(id); });
      seeds = seeds ? new Set(focus.filter(function (id) { return seeds.has(id); })) : new Set(focus);
    }
    if (seeds) {
      keep = new Set(seeds);
      seeds.forEach(function (id) {
        edgesOf[id].forEach(function (e) {
          if (edgeOk(e)) { keep.add(e.from); keep.add(e.to); }
        });
      });
    }
    visibleNodes = keep;
    visibleEdges = new Set();
    data.edges.forEach(function (e) {
      if (edgeOk(e) && keep.has(e.from) && keep.has(e.to)) visibleEdges.add(e.id);
    });
  }

  compute();
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdges.has(e.id); } });
  var container = $("kg-graph");
  var network = new vis.Network(container, { nodes: nodesView, edges: edgesView }, data.options);

  var positionsKept = false;
  function apply() {
    if (!positionsKept && window.kgReady) {
      // physics is off: keep every node where the layout put it when it comes back into view
      var pos = network.getPositions();
      nodes.update(Object.keys(pos).map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
      positionsKept = true;
    }
    compute();
    nodesView.refresh();
    edgesView.refresh();
    status();
    if (matches.length) network.selectNodes(matches.filter(function (id) { return visibleNodes.has(id); }));
  }
  function status() {
    $("kg-status").textContent = visibleNodes.size + " of " + plural(data.nodes.length, "node") + ", " +
      visibleEdges.size + " of " + plural(data.edges.length, "edge") + " shown" +
      (state.search ? " · search: " + state.search : "") + (state.focus ? " · focused" : "");
  }

  // -- physics: stabilise, then stop ---------------------------------------------------------------
  var loading = $("kg-loading");
  network.on("stabilizationProgress", function (p) {
    loading.textContent = "Laying out the graph… " + Math.round(100 * p.iterations / p.total) + " %";
  });
  var settled = false;
  function settle() {
    if (settled) return;
    settled = true;
    network.setOptions({ physics: { enabled: false } });
    window.kgTiming.stabilized = performance.now();
    loading.remove();
    network.once("afterDrawing", function () {
      window.kgTiming.ready = performance.now();
      window.kgReady = true;
    });
    network.fit({ animation: false });
    network.redraw();
  }
  if (data.options.physics && data.options.physics.enabled === false) settle();  // big view: seed layout as is
  else {
    network.once("stabilizationIterationsDone", settle);
    network.once("stabilized", settle);
  }

  // -- controls ------------------------------------------------------------------------------------
  function checkbox(container, key, set, text, glyph, colour, count) {
    var input = el("input", { type: "checkbox", "data-type": key });
    input.checked = true;
    input.addEventListener("change", function () {
      if (input.checked) set.add(key); else set.delete(key);
      apply();
    });
    var mark = glyph ? el("span", { className: "kg-glyph", text: glyph }) : null;
    if (mark) mark.style.color = colour;
    container.appendChild(el("label", { className: "kg-check" }, input, mark, text, el("span", { className: "kg-count", text: String(count) })));
  }
  data.legend.forEach(function (t) { checkbox($("kg-types"), t.type, state.types, t.name, t.glyph, t.colour, t.count); });
  data.relationships.forEach(function (r) { checkbox($("kg-rels"), r.type, state.rels, r.name, null, null, r.count); });
  if (!data.relationships.length) $("kg-rels").appendChild(el("p", { className: "kg-hint", text: "no relationships" }));

  var from = $("kg-from"), to = $("kg-to");
  if (dates.length) {
    from.max = to.max = String(dates.length - 1);
    from.value = "0";
    to.value = String(dates.length - 1);
  } else {
    from.disabled = to.disabled = true;
    $("kg-dates").appendChild(el("p", { className: "kg-hint", text: "nothing in this view is dated" }));
  }
  function dateLabels() {
    $("kg-from-label").textContent = dates.length ? dates[state.from] : "–";
    $("kg-to-label").textContent = dates.length ? dates[state.to] : "–";
  }
  function onDates(which) {
    var a = Number(from.value), b = Number(to.value);
    if (a > b) { if (which === "from") { to.value = String(a); b = a; } else { from.value = String(b); a = b; } }
    state.from = a; state.to = b;
    dateLabels();
    apply();
  }
  from.addEventListener("input", function () { onDates("from"); });
  to.addEventListener("input", function () { onDates("to"); });
  dateLabels();

  var search = $("kg-search");
  search.addEventListener("input", function () { state.search = search.value.trim(); apply(); });
  $("kg-focus").addEventListener("click", function () {
    var selected = network.getSelectedNodes();
    state.focus = selected.length ? new Set(selected) : null;
    apply();
    if (selected.length) network.fit({ nodes: Array.from(visibleNodes), animation: false });
  });
  $("kg-reset").addEventListener("click", function () {
    state.focus = null; state.search = ""; search.value = "";
    state.types = new Set(data.legend.map(function (t) { return t.type; }));
    state.rels = new Set(data.relationships.map(function (r) { return r.type; }));
    document.querySelectorAll("#kg-controls input[type=checkbox]").forEach(function (c) { c.checked = true; });
    state.from = 0; state.to = Math.max(0, dates.length - 1);
    from.value = "0"; to.value = String(state.to);
    dateLabels();
    apply();
    network.fit({ animation: false });
  });

  // -- details panel -------------------------------------------------------------------------------
  var details = $("kg-details");
  function props(obj) {
    var dl = el("dl");
    Object.keys(obj || {}).forEach(function (k) {
      var v = obj[k];
      if (v === null || v === undefined || v === "") return;
      dl.appendChild(el("dt", { text: k }));
      dl.appendChild(el("dd", { text: Array.isArray(v) ? v.join(", ") : String(v) }));
    });
    return dl;
  }
  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }
  function claimBox(c) {
    var box = el("div", { className: "kg-claim kg-" + String(c.modality || "asserted").replace(/[^a-z]/g, "") });
    box.appendChild(el("blockquote", { text: c.text || "(no verbatim text)" }));
    var s = c.source || {};
    var meta = {
      modality: c.modality, confidence: c.confidence, speaker: c.speaker, "according to": c.reported_by,
      publisher: s.publisher, published: s.published, language: s.lang, method: c.method, status: c.status,
      span: c.span ? c.span.join("–") : null
    };
    Object.keys(c.values || {}).forEach(function (k) { meta[k] = c.values[k]; });
    box.appendChild(props(meta));
    var url = safeUrl(s.url);
    var title = s.title || s.url || s.path || s.id || "source";
    if (url) {
      box.appendChild(el("div", null, "source: ", el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: title })));
    } else {
      box.appendChild(el("div", { text: "source: " + title + (s.url ? " (" + s.url + ")" : "") }));
    }
    return box;
  }
  function goTo(id) {
    return el("button", { type: "button", className: "kg-linkish", text: byId[id].kgName, "data-node": id });
  }
  function neighbourList(id) {
    var list = el("ul");
    edgesOf[id].forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      var b = goTo(other);
      b.addEventListener("click", function () { select(other); });
      list.appendChild(el("li", null, (e.label || e.kgType) + (e.from === id ? " → " : " ← "), b));
    });
    return list;
  }
  function showNode(id) {
    var n = byId[id];
    details.replaceChildren();
    details.appendChild(el("h2", { text: n.kgName }));
    var legend = data.legend.find(function (t) { return t.type === n.kgType; });
    details.appendChild(el("div", { className: "kg-hint", text: (legend ? legend.name : n.kgType) + " · " + n.id }));
    var own = Object.assign({}, n.kgProps);
    if (n.kgWhen) own.when = n.kgWhen + (n.kgDatedBy === "report" ? " (first report)" : "");
    if (n.kgAliases && n.kgAliases.length) own.aliases = n.kgAliases;
    details.appendChild(props(own));
    details.appendChild(el("h3", { text: "Links (" + edgesOf[id].length + ")" }));
    details.appendChild(neighbourList(id));
    var events = n.kgKind === "event" ? [id] : edgesOf[id].map(function (e) { return e.from === id ? e.to : e.from; })
      .filter(function (x) { return byId[x].kgKind === "event"; });
    var total = 0;
    var facts = el("div");
    Array.from(new Set(events)).forEach(function (ev) {
      var claims = data.claims[ev] || [];
      total += claims.length;
      if (n.kgKind !== "event") {
        var b = goTo(ev);
        b.addEventListener("click", function () { select(ev); });
        facts.appendChild(el("h4", null, b, " " + (byId[ev].kgWhen || "")));
      }
      claims.forEach(function (c) { facts.appendChild(claimBox(c)); });
    });
    details.appendChild(el("h3", { text: "Facts and evidence (" + total + ")" }));
    details.appendChild(facts);
  }
  function showEdge(id) {
    var e = edges.get(id);
    details.replaceChildren();
    details.appendChild(el("h2", { text: e.label || e.kgType }));
    var a = goTo(e.from), b = goTo(e.to);
    a.addEventListener("click", function () { select(e.from); });
    b.addEventListener("click", function () { select(e.to); });
    details.appendChild(el("p", null, a, " → ", b));
    details.appendChild(props(Object.assign({ type: e.kgType }, e.kgProps)));
  }
  function select(id) {
    if (visibleNodes.has(id)) network.selectNodes([id]);
    showNode(id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) showNode(p.nodes[0]);
    else if (p.edges.length) showEdge(p.edges[0]);
  });

  status();
  window.kg = {
    nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView, network: network, state: state,
    dates: dates, apply: apply, showNode: showNode, showEdge: showEdge,
    visibleNodeIds: function () { return nodesView.getIds(); },
    visibleEdgeIds: function () { return edgesView.getIds(); }
  };
})();
