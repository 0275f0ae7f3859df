// The dashboard: one set of facet filters drives the map, the timeline, the actor network
// and the event list. Filters live in the URL, so a filtered view can be shared.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var SVG = "http://www.w3.org/2000/svg";
  var map, countryLayer, pointLayer, outlines = null;

  function params() {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) { if (value) query.append(name, value); });
    return query;
  }

  function restore() {
    var query = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && query.has(field.name)) field.value = query.get(field.name);
    });
  }

  function element(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function escapeHtml(text) {
    return String(text === null || text === undefined ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // -- map -------------------------------------------------------------------------------
  function setUpMap() {
    map = L.map("map", { worldCopyJump: true, minZoom: 2, attributionControl: true }).setView([15, 10], 2);
    map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas");
    countryLayer = L.geoJSON(null, { style: countryStyle }).addTo(map);
    pointLayer = L.layerGroup().addTo(map);
    return fetch(document.getElementById("map").dataset.atlas)
      .then(function (response) { return response.json(); })
      .then(function (topology) {
        outlines = topojson.feature(topology, topology.objects.countries);
        outlines.features.forEach(function (feature) { unwrap(feature.geometry); });
      });
  }

  // Rings that cross the antimeridian (Fiji, Chukotka) would be drawn as bands across the
  // whole map; moving their western half east of 180° keeps them in one piece.
  function unwrap(geometry) {
    if (!geometry) return;
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    polygons.forEach(function (rings) {
      rings.forEach(function (ring) {
        var crosses = ring.some(function (point, i) { return i && Math.abs(point[0] - ring[i - 1][0]) > 180; });
        if (crosses) ring.forEach(function (point) { if (point[0] < 0) point[0] += 360; });
      });
    });
  }

  var countsByNumeric = {};
  function countryStyle(feature) {
    var count = countsByNumeric[feature.id] || 0;
    var shade = count ? Math.min(0.85, 0.25 + Math.log(1 + count) / 5) : 0;
    return { color: "#8a96a8", weight: 0.6, fillColor: count ? "#c0392b" : "#f4f1ea", fillOpacity: count ? shade : 1 };
  }

  function drawMap(stats) {
    countsByNumeric = {};
    stats.countries.forEach(function (c) { if (c.numeric) countsByNumeric[c.numeric] = c.count; });
    countryLayer.clearLayers();
    if (outlines) countryLayer.addData(outlines);
    countryLayer.eachLayer(function (layer) {
      var count = countsByNumeric[layer.feature.id];
      layer.bindTooltip(layer.feature.properties.name + (count ? ": " + count + " events" : ""));
    });
    pointLayer.clearLayers();
    stats.points.forEach(function (p) {
      L.circleMarker([p.lat, p.lon], {
        radius: 4 + Math.sqrt(p.count) * 3, color: "#0d3c85", weight: 1, fillColor: "#1f5fbf", fillOpacity: 0.75,
      }).bindPopup('<a href="/events/' + p.event_id + '">' + escapeHtml(p.place || "event") + "</a>: " + p.count + " events")
        .addTo(pointLayer);
    });
    if (stats.points.length) {
      map.fitBounds(L.latLngBounds(stats.points.map(function (p) { return [p.lat, p.lon]; })).pad(0.3), { maxZoom: 4 });
    }
    var box = document.getElementById("map");
    box.dataset.points = stats.points.length;
    box.dataset.countries = stats.countries.length;
  }

  // -- timeline --------------------------------------------------------------------------
  function drawTimeline(stats) {
    var svg = document.getElementById("timeline");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var buckets = withEmptyPeriods(stats.timeline, stats.period), width = 1200, height = 220, left = 40, bottom = 30;
    svg.dataset.buckets = buckets.length;
    svg.dataset.total = buckets.reduce(function (sum, b) { return sum + b.count; }, 0);
    if (!buckets.length) { svg.appendChild(element("text", { x: 20, y: 40 }, "No dated events match.")); return; }
    var most = Math.max.apply(null, buckets.map(function (b) { return b.count; }));
    var step = Math.min(80, (width - left - 10) / buckets.length), barWidth = Math.max(1, step - 2);
    svg.appendChild(element("text", { x: 4, y: 14 }, String(most)));
    svg.appendChild(element("line", { x1: left - 4, x2: width, y1: height - bottom, y2: height - bottom, stroke: "#d8dde6" }));
    var labelEvery = Math.ceil(buckets.length / 12);
    buckets.forEach(function (b, i) {
      if (!b.count && i % labelEvery) return;
      var barHeight = (height - bottom - 10) * b.count / most, x = left + i * step;
      var bar = element("rect", { class: "bar", x: x, y: height - bottom - barHeight, width: barWidth, height: barHeight });
      bar.appendChild(element("title", {}, b.start + ": " + b.count + " events"));
      bar.addEventListener("click", function () { zoomTo(b.start); });
      svg.appendChild(bar);
      if (i % labelEvery === 0) svg.appendChild(element("text", { x: x, y: height - 10 }, b.start.slice(0, stats.period === "month" ? 7 : 10)));
    });
  }

  // Periods without events get an empty slot, so gaps in time show as gaps.
  function withEmptyPeriods(buckets, period) {
    if (buckets.length < 2) return buckets;
    var counts = {}, filled = [], day = new Date(buckets[0].start + "T00:00:00Z");
    var last = buckets[buckets.length - 1].start;
    buckets.forEach(function (b) { counts[b.start] = b.count; });
    while (filled.length < 1500) {
      var key = day.toISOString().slice(0, 10);
      filled.push({ start: key, count: counts[key] || 0 });
      if (key >= last) return filled;
      if (period === "month") day.setUTCMonth(day.getUTCMonth() + 1);
      else day.setUTCDate(day.getUTCDate() + (period === "week" ? 7 : 1));
    }
    return buckets;  // too long a span to draw every empty period
  }

  function zoomTo(start) {
    var period = form.elements.period.value, begin = new Date(start + "T00:00:00Z"), end = new Date(begin);
    if (period === "month") end.setUTCMonth(end.getUTCMonth() + 1);
    else end.setUTCDate(end.getUTCDate() + (period === "week" ? 7 : 1));
    end.setUTCDate(end.getUTCDate() - 1);
    form.elements.start.value = start;
    form.elements.end.value = end.toISOString().slice(0, 10);
    if (period === "month") form.elements.period.value = "day";
    refresh();
  }

  // -- network: a small force layout, enough for the strongest few dozen links -----------
  function drawNetwork(stats) {
    var svg = document.getElementById("network");
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var nodes = stats.network.nodes, edges = stats.network.edges, width = 600, height = 420;
    svg.dataset.nodes = nodes.length;
    svg.dataset.edges = edges.length;
    if (!nodes.length) { svg.appendChild(element("text", { x: 20, y: 40 }, "No actor-to-actor events match.")); return; }
    var index = {};
    nodes.forEach(function (n, i) {
      var angle = 2 * Math.PI * i / nodes.length;
      n.x = width / 2 + 150 * Math.cos(angle); n.y = height / 2 + 130 * Math.sin(angle); index[n.key] = n;
    });
    // Fruchterman-Reingold: nodes repel, links pull, and the moves shrink as it cools.
    var k = Math.sqrt((width - 100) * (height - 40) / nodes.length) * 0.6, heat = width / 8;
    for (var round = 0; round < 250; round++) {
      nodes.forEach(function (a) { a.dx = 0; a.dy = 0; });
      nodes.forEach(function (a) {
        nodes.forEach(function (b) {
          if (a === b) return;
          var x = a.x - b.x, y = a.y - b.y, d = Math.max(Math.sqrt(x * x + y * y), 0.5), push = k * k / d;
          a.dx += push * x / d; a.dy += push * y / d;
        });
      });
      edges.forEach(function (e) {
        var a = index[e.source], b = index[e.target]; if (!a || !b) return;
        var x = b.x - a.x, y = b.y - a.y, d = Math.max(Math.sqrt(x * x + y * y), 0.5), pull = d * d / k;
        a.dx += pull * x / d; a.dy += pull * y / d; b.dx -= pull * x / d; b.dy -= pull * y / d;
      });
      nodes.forEach(function (n) {
        n.dx += (width / 2 - n.x) * 0.12; n.dy += (height / 2 - n.y) * 0.12;  // keep islands near
        var d = Math.sqrt(n.dx * n.dx + n.dy * n.dy) || 1, step = Math.min(d, heat);
        n.x = Math.min(width - 70, Math.max(20, n.x + n.dx / d * step));
        n.y = Math.min(height - 15, Math.max(15, n.y + n.dy / d * step));
      });
      heat *= 0.97;
    }
    edges.forEach(function (e) {
      var a = index[e.source], b = index[e.target]; if (!a || !b) return;
      var hostile = e.hostility > e.cooperation;
      var line = element("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: hostile ? "#c62828" : "#2e7d32",
        "stroke-width": 1 + Math.sqrt(e.cooperation + e.hostility) * 1.5, "stroke-opacity": 0.7, class: hostile ? "hostile" : "cooperative" });
      line.appendChild(element("title", {}, a.name + " → " + b.name + ": " + e.cooperation + " cooperative, " + e.hostility + " hostile"));
      svg.appendChild(line);
    });
    nodes.forEach(function (n) {
      var link = element("a", { href: "/actors/" + encodeURIComponent(n.key) });
      link.appendChild(element("circle", { cx: n.x, cy: n.y, r: 4 + Math.sqrt(n.events) * 1.5, fill: "#1f5fbf", stroke: "#fff" }));
      var label = element("text", { x: n.x + 7, y: n.y + 4 }, n.name);
      link.appendChild(label);
      svg.appendChild(link);
      // A pale box under each label, so links passing behind it do not cross the words.
      var box = label.getBBox();
      link.insertBefore(element("rect", { x: box.x - 1, y: box.y, width: box.width + 2, height: box.height,
        fill: "#fff", "fill-opacity": 0.85 }), label);
    });
  }

  // -- event list ------------------------------------------------------------------------
  function drawList(answer) {
    var rows = answer.items.map(function (e) {
      var names = function (list) {
        return list.map(function (a) { return '<a href="/actors/' + encodeURIComponent(a.key) + '">' + escapeHtml(a.name) + "</a>"; }).join(", ");
      };
      return "<tr><td class=nowrap>" + escapeHtml(e.date || "—") + '</td><td><a href="/events/' + e.id + '"><span class="type q' + e.quad_class + '">' +
        escapeHtml(e.event_type) + "</span></a></td><td>" + names(e.actors) + "</td><td>" + names(e.recipients) + "</td><td>" +
        escapeHtml(e.place || "") + "</td><td>" + escapeHtml(e.modality) + '</td><td><span class="status ' + e.review.status + '">' +
        e.review.status + '</span></td><td><a href="/articles/' + e.article.id + '">' + escapeHtml(e.article.outlet || e.article.reference) + "</a></td></tr>";
    });
    document.getElementById("event-list").innerHTML =
      '<table class="events"><thead><tr><th>Date</th><th>Type</th><th>Actors</th><th>Recipients</th><th>Place</th><th>Modality</th><th>Review</th><th>Source</th></tr></thead><tbody>' +
      rows.join("") + "</tbody></table>" + (answer.total > answer.items.length ? '<p class="summary">First ' + answer.items.length + " of " + answer.total + ".</p>" : "");
  }

  var generation = 0;
  function refresh() {
    var query = params(), mine = ++generation;
    window.history.replaceState(null, "", "?" + query.toString());
    var list = new URLSearchParams(query); list.delete("period"); list.set("limit", "100");
    Promise.all([
      fetch("/api/stats?" + query.toString()).then(function (r) { return r.json(); }),
      fetch("/api/events?" + list.toString()).then(function (r) { return r.json(); }),
    ]).then(function (answers) {
      if (mine !== generation) return;  // a later filter change is already on its way
      var stats = answers[0];
      document.getElementById("summary").textContent = stats.total + " events match · " + stats.countries.length +
        " countries · " + stats.network.edges.length + " actor links";
      drawMap(stats); drawTimeline(stats); drawNetwork(stats); drawList(answers[1]);
      document.body.dataset.ready = String(mine);
    }).catch(function (error) { document.getElementById("summary").textContent = "Could not load: " + error; });
  }

  form.addEventListener("change", refresh);
  form.addEventListener("submit", function (submitted) { submitted.preventDefault(); refresh(); });
  form.addEventListener("reset", function () { window.setTimeout(refresh, 0); });
  restore();
  setUpMap().then(refresh, refresh);
})();
