// The dashboard: filters drive the timeline, the map and the table; #/event/ID opens an event.
import { getJSON, queryString } from "./api.js";
import { el } from "./dom.js";
import { renderEvent } from "./eventview.js";
import { createMap } from "./map.js";
import { renderRows } from "./table.js";
import { renderTimeline } from "./timeline.js";

const $ = (id) => document.getElementById(id);
const state = { filters: {}, extra: {}, cursor: null, by: "day", map: null };

function readFilters() {
  const data = new FormData($("filters"));
  const out = {};
  for (const [key, value] of data.entries()) if (key !== "dyad" && value !== "") out[key] = String(value).trim();
  return out;
}

function showError(error) {
  const box = $("error");
  box.textContent = error ? `Could not load: ${error.message}` : "";
  box.hidden = !error;
}

async function loadTable({ more = false } = {}) {
  const params = { ...state.filters, ...state.extra, limit: 100, cursor: more ? state.cursor : null };
  const page = await getJSON("/events", params);
  renderRows($("events-table").tBodies[0], page.events, { replace: !more });
  state.cursor = page.next_cursor;
  $("more").hidden = !page.next_cursor;
  const shown = $("events-table").tBodies[0].rows.length;
  const scope = Object.keys(state.extra).length ? " (narrowed: " + describeExtra() + ")" : "";
  $("table-note").textContent = `${shown} event${shown === 1 ? "" : "s"} shown${page.next_cursor ? ", more available" : ""}${scope}`;
  $("csv-link").href = "/events?" + queryString({ ...state.filters, ...state.extra, format: "csv", limit: 500 });
}

function describeExtra() {
  return Object.entries(state.extra).map(([k, v]) => `${k} ${v}`).join(", ");
}

async function loadTimeline() {
  const result = await getJSON("/stats/timeline", { ...state.filters, by: state.by });
  const f = state.filters;
  $("timeline-dyad").textContent = f.source || f.target ? `${f.source || "any"} → ${f.target || "any"}` : "all actors";
  renderTimeline($("timeline"), result.points, state.by, pickPeriod);
  const total = result.points.reduce((sum, p) => sum + p.total, 0);
  const n = result.points.length;
  $("summary").textContent = `${total} dated event${total === 1 ? "" : "s"} in ${n} ${state.by}${n === 1 ? "" : "s"}`;
}

async function loadPlaces() {
  if (!state.map) return;
  const result = await getJSON("/stats/places", state.filters);
  state.map.setPlaces(result.places);
  $("map-note").textContent = `${result.places.length} place${result.places.length === 1 ? "" : "s"}`;
}

async function applyFilters() {
  state.filters = readFilters();
  state.extra = {};
  document.body.dataset.busy = "true";
  try {
    showError(null);
    await Promise.all([loadTimeline(), loadPlaces(), loadTable()]);
  } catch (error) { showError(error); }
  document.body.dataset.busy = "false";
}

function periodEnd(start, by) {
  const d = new Date(start + "T00:00:00Z");
  if (by === "week") d.setUTCDate(d.getUTCDate() + 6);
  if (by === "month") { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  return d.toISOString().slice(0, 10);
}

function pickPeriod(period) {
  state.extra = { since: period, until: periodEnd(period, state.by) };
  loadTable().then(() => $("events-heading").focus()).catch(showError);
}

function pickPlace(place) {
  state.extra = place.geonameid ? { place_id: place.geonameid } : { place_country: place.country };
  loadTable().then(() => $("events-heading").focus()).catch(showError);
}

async function loadDyads() {
  const { dyads } = await getJSON("/stats/dyads", { top: 50 });
  const select = $("f-dyad");
  for (const d of dyads) {
    select.append(el("option", { value: `${d.source}|${d.target}` },
      `${d.source} → ${d.target} (${d.total} event${d.total === 1 ? "" : "s"}, ${d.material_conflict + d.verbal_conflict} conflict)`));
  }
}

async function route() {
  const match = window.location.hash.match(/^#\/event\/([^/]+)$/);
  const panel = $("event-view");
  if (!match) {
    panel.hidden = true;
    if (state.map) state.map.showEvent(null);
    return;
  }
  try {
    showError(null);
    const detail = await getJSON(`/events/${match[1]}`);
    const article = await getJSON(`/articles/${encodeURIComponent(detail.event.article_id)}`);
    panel.hidden = false;
    renderEvent(detail, article);
    if (state.map) state.map.showEvent(detail.event.place);
    $("event-heading").focus();
  } catch (error) { showError(error); }
}

async function start() {
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); applyFilters(); });
  $("filters").addEventListener("reset", () => setTimeout(applyFilters, 0));
  $("f-dyad").addEventListener("change", (e) => {
    const [source, target] = e.target.value ? e.target.value.split("|") : ["", ""];
    $("f-source").value = source;
    $("f-target").value = target;
    applyFilters();
  });
  $("f-by").addEventListener("change", (e) => { state.by = e.target.value; loadTimeline().catch(showError); });
  $("more").addEventListener("click", () => loadTable({ more: true }).catch(showError));
  $("event-close").addEventListener("click", (e) => { e.preventDefault(); history.pushState(null, "", "#"); route(); });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !$("event-view").hidden) { history.pushState(null, "", "#"); route(); }
  });
  window.addEventListener("hashchange", route);
  try {
    state.map = await createMap($("map"), pickPlace);
  } catch (error) { showError(error); }
  await loadDyads().catch(showError);
  await applyFilters();
  await route();
  document.body.dataset.ready = "true";
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
else start();
