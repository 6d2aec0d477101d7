// orgmodel explore: the page's behaviour. The data (structures, variants, drawings, details and
// words in fi/sv/en) is the JSON in #data, gzip + base64; the drawings are orgmodel's own SVG.
"use strict";
(async function () {
  async function inflate(b64) {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return await new Response(stream).text();
  }

  const D = JSON.parse(await inflate(document.getElementById("data").textContent.trim()));
  const $ = (id) => document.getElementById(id);
  const state = { s: 0, v: 0, lang: D.lang || "fi", selected: null };
  const MIN_TYPE_PX = 11; // the smallest type on a card at first paint, in CSS px

  const w = (key, values) => {
    let text = (D.words[state.lang] || D.words.fi)[key] || key;
    for (const [k, v] of Object.entries(values || {})) text = text.split("{" + k + "}").join(v);
    return text;
  };
  const t = (texts) => (texts ? texts[state.lang] || texts.fi : "");
  const view = () => D.structures[state.s].variants[state.v];
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);
    return e;
  };


  function nameOf(id) {
    const b = view().bodies[id];
    return b ? t(b.name) : id;
  }

  // --- the controls --------------------------------------------------------------------------
  function fillSelect(select, items, current) {
    select.replaceChildren(...items.map((label, i) => el("option", { value: String(i) }, label)));
    select.value = String(current);
  }

  function labelControls() {
    document.documentElement.lang = state.lang;
    for (const e of document.querySelectorAll("[data-w]")) e.textContent = w(e.dataset.w);
    fillSelect($("structure"), D.structures.map((s) => t(s.name)), state.s);
    const variants = D.structures[state.s].variants;
    fillSelect($("variant"), variants.map((v, i) => t(v.label) || String(i + 1)), state.v);
    $("variant-box").hidden = variants.length < 2;
    fillSelect($("lang"), D.langs.map((l) => l.toUpperCase()), D.langs.indexOf(state.lang));
    $("diff-label").textContent = w("explore.differences", { name: t(D.baseline) });
    $("diff-box").hidden = !view().diff;
    $("stage").setAttribute("aria-label", t(D.structures[state.s].name));
  }

  // --- the drawing ---------------------------------------------------------------------------
  function show() {
    document.body.dataset.ready = "";
    labelControls();
    const svgText = view().svg[state.lang];
    if (window.pz) { window.pz.destroy(); window.pz = undefined; }
    $("stage").innerHTML = svgText.slice(svgText.indexOf("<svg"));
    const svg = $("stage").querySelector("svg");
    const box = svg.viewBox.baseVal;
    svg.style.aspectRatio = box.width + " / " + box.height; // the height on paper, where the page does not set it
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    decorateCards(svg);
    window.pz = svgPanZoom(svg, { controlIconsEnabled: true, fit: true, center: true, minZoom: 0.1, maxZoom: 30,
                                  zoomScaleSensitivity: 0.3 });
    readableStart();
    markDifferences();
    search();
    showRemoved();
    if (state.selected && view().bodies[state.selected]) details(state.selected); else clearDetails();
    document.body.dataset.ready = [state.s, state.v, state.lang].join("/");
    performance.mark("orgmodel-drawn"); // what benchmarks/bench_explore.py reads
  }

  // Fitted, a large drawing's type is too small to read: start at a readable scale, top left.
  function readableStart() {
    const sizes = window.pz.getSizes();
    const fonts = [...document.querySelectorAll("#stage g.card text")].map((e) => parseFloat(e.getAttribute("font-size")));
    const unitPx = MIN_TYPE_PX / Math.min(12, ...fonts.filter((f) => f > 0));
    if (sizes.realZoom < unitPx) {
      window.pz.zoom(window.pz.getZoom() * unitPx / sizes.realZoom);
      const s = window.pz.getSizes();
      window.pz.pan({ x: -s.viewBox.x * s.realZoom, y: -s.viewBox.y * s.realZoom });
    }
  }

  function cards() {
    const out = [];
    for (const [id, cardId] of Object.entries(view().cards)) {
      const g = document.getElementById(cardId);
      if (g) out.push([id, g]);
    }
    return out;
  }

  function decorateCards(svg) {
    const byCard = Object.fromEntries(Object.entries(view().cards).map(([id, card]) => [card, id]));
    for (const g of svg.querySelectorAll("g.card")) {
      const id = byCard[g.id];
      if (!id) continue;
      g.dataset.body = id;
      const outline = g.querySelector(":scope > path, :scope > polygon"); // the card's box, before its badges
      if (outline) outline.classList.add("outline");
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", nameOf(id));
      const title = g.querySelector("title");
      if (title) title.textContent = nameOf(id); // Graphviz's title is the internal node id
      g.addEventListener("click", () => details(id));
      g.addEventListener("keydown", (e) => {
        if (e.key === "Enter" || e.key === " ") { e.preventDefault(); details(id); }
      });
      g.addEventListener("focus", () => bringIntoView(g));
    }
  }

  function bringIntoView(g) {
    const box = g.getBoundingClientRect(), stage = $("stage").getBoundingClientRect();
    let dx = 0, dy = 0;
    if (box.left < stage.left || box.right > stage.right) dx = stage.left + stage.width / 2 - (box.left + box.width / 2);
    if (box.top < stage.top || box.bottom > stage.bottom) dy = stage.top + stage.height / 2 - (box.top + box.height / 2);
    if (dx || dy) window.pz.panBy({ x: dx, y: dy });
  }

  function markDifferences() {
    const diff = view().diff;
    document.body.classList.toggle("diff", !!diff && $("diff").checked);
    for (const [id, g] of cards()) {
      g.classList.toggle("added", !!diff && diff.added.includes(id));
      g.classList.toggle("changed", !!diff && id in diff.changed);
    }
  }

  function showRemoved() {
    const diff = view().diff, box = $("removed");
    box.replaceChildren();
    if (!diff || !$("diff").checked || !diff.removed.length) return;
    box.append(el("strong", {}, w("explore.removed") + ": "), diff.removed.map(t).join(", "));
  }

  // --- search --------------------------------------------------------------------------------
  function search() {
    const q = $("q").value.trim().toLocaleLowerCase();
    let n = 0;
    for (const [id, g] of cards()) {
      const names = Object.values(view().bodies[id].name).map((s) => s.toLocaleLowerCase());
      const hit = q !== "" && names.some((s) => s.includes(q));
      g.classList.toggle("hit", hit);
      if (hit) n += 1;
    }
    $("n").textContent = q ? w(n === 1 ? "explore.hits.one" : "explore.hits.many", { n: String(n) }) : "";
    return n;
  }

  // --- the details panel ---------------------------------------------------------------------
  function clearDetails() {
    state.selected = null;
    $("body").replaceChildren();
    $("hint").hidden = false;
    for (const g of document.querySelectorAll("g.card.selected")) g.classList.remove("selected");
  }

  function row(dl, key, value) {
    if (value === null || value === undefined || value === "") return;
    dl.append(el("dt", {}, w(key)), el("dd", {}, value));
  }

  function chainText(chain) { return chain.map(nameOf).join(" → "); }

  function powerList(key, powers) {
    if (!powers.length) return [];
    const ul = el("ul", { class: key.replace(".", "-") });
    for (const p of powers) {
      const li = el("li", {}, el("strong", {}, t(p.name)));
      for (const chain of p.chains) if (chain.length > 1) li.append(el("div", { class: "chain" }, w("explore.chain") + ": " + chainText(chain)));
      if (p.limits.length) li.append(el("div", {}, w("explore.limits") + ": " + p.limits.map(t).join("; ")));
      ul.append(li);
    }
    return [el("h3", {}, w(key)), ul];
  }

  function electors(list) {
    if (!list.length) return null;
    return list.map((r) => nameOf(r.id) + (r.seats ? " (" + w("explore.of_seats", { n: String(r.seats) }) + ")" : "")).join(", ");
  }

  function sourceBlock(p) {
    if (!p) return [];
    const dl = el("dl", {});
    const label = p.title || p.source;
    const src = p.url ? el("a", { href: p.url, rel: "noreferrer" }, label) : document.createTextNode(label);
    const dd = el("span", {}, src);
    if (p.url && p.title) dd.append(" ", el("span", { class: "url" }, "(" + p.url + ")"));
    if (p.date) dd.append(" · " + t(p.date));
    if (p.slide !== null && p.slide !== undefined) dd.append(" · " + w("explore.slide", { n: String(p.slide) }));
    if (p.inherited) dd.append(" (" + w("explore.structure_source") + ")");
    row(dl, "explore.source", dd);
    if (p.quote) row(dl, "explore.quote", el("blockquote", {}, p.quote));
    if (p.note) row(dl, "explore.note", p.note);
    return [dl];
  }

  function findingList(findings) {
    const out = [el("h3", {}, w("explore.findings"))];
    if (!findings.length) { out.push(el("p", {}, w("explore.no_findings"))); return out; }
    const ul = el("ul", { class: "findings" });
    for (const f of findings) {
      const li = el("li", {}, el("span", { class: "sev-" + f.severity }, w("severity." + f.severity)), " ",
                    el("code", {}, f.code), ": " + t(f.text));
      if (f.citation) li.append(" (" + f.citation + ")");
      if (f.hint) li.append(el("div", { class: "hint" }, t(f.hint)));
      ul.append(li);
    }
    out.push(ul);
    return out;
  }

  function details(id) {
    const b = view().bodies[id];
    if (!b) return;
    state.selected = id;
    for (const [other, g] of cards()) g.classList.toggle("selected", other === id);
    $("hint").hidden = true;
    const heading = el("h2", {}, t(b.name));
    const diff = view().diff;
    if (diff && $("diff").checked) {
      if (diff.added.includes(id)) heading.append(" ", el("span", { class: "badge added" }, w("explore.added")));
      if (id in diff.changed) heading.append(" ", el("span", { class: "badge changed" }, w("explore.changed")));
    }
    const dl = el("dl", { class: "facts" });
    row(dl, "explore.kind", t(b.kind));
    row(dl, "explore.parent", b.parent ? nameOf(b.parent) : null);
    row(dl, "explore.seats", b.seats === null ? w("explore.none") : b.seats);
    row(dl, "explore.chairs", b.chairs === null ? null : String(b.chairs));
    row(dl, "explore.vice_chairs", b.vice_chairs === null ? null : String(b.vice_chairs));
    row(dl, "explore.chaired_by", b.chaired_by ? nameOf(b.chaired_by) : null);
    row(dl, "explore.elected_by", electors(b.elected_by));
    row(dl, "explore.nominated_by", electors(b.nominated_by));
    row(dl, "explore.certainty", t(b.certainty));
    for (const fact of b.fact_certainty) {
      dl.append(el("dt", {}, w("explore.fact_certainty", { field: t(fact.field) })), el("dd", {}, t(fact.certainty)));
    }
    if (diff && $("diff").checked && id in diff.changed) row(dl, "explore.changed_fields", t(diff.changed[id]));
    row(dl, "explore.note", b.note);
    $("body").replaceChildren(heading, dl, ...powerList("explore.powers_held", b.powers_held),
      ...powerList("explore.powers_delegated", b.powers_delegated), ...sourceBlock(b.provenance),
      ...findingList(b.findings));
    $("body").dataset.body = id;
  }

  // --- wiring --------------------------------------------------------------------------------
  const whole = () => { if (window.pz) { window.pz.resize(); window.pz.fit(); window.pz.center(); } };
  $("structure").addEventListener("change", (e) => { state.s = +e.target.value; state.v = 0; show(); });
  $("variant").addEventListener("change", (e) => { state.v = +e.target.value; show(); });
  $("lang").addEventListener("change", (e) => { state.lang = D.langs[+e.target.value]; show(); });
  $("diff").addEventListener("change", () => { markDifferences(); showRemoved(); if (state.selected) details(state.selected); });
  $("q").addEventListener("input", search);
  $("q").addEventListener("keydown", (e) => {
    if (e.key !== "Enter") return;
    const first = cards().find(([, g]) => g.classList.contains("hit"));
    if (first) { first[1].focus(); details(first[0]); }
  });
  $("fit").addEventListener("click", () => whole());
  $("print").addEventListener("click", () => window.print());
  window.addEventListener("beforeprint", whole); // on paper, the whole drawing
  window.matchMedia("print").addEventListener("change", (e) => { if (e.matches) whole(); });
  window.addEventListener("resize", () => { if (window.pz) window.pz.resize(); });
  window.explorer = { state, show, details, search };
  show();
})();
