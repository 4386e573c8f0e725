// The event table: one row per event, each linking to its event view (#/event/ID).
import { actorLabel, el, fmt } from "./dom.js";

export function renderRows(tbody, records, { replace }) {
  if (replace) tbody.replaceChildren();
  for (const r of records) {
    const name = r.cameo_name ? ` ${r.cameo_name}` : "";
    const link = el("a", { href: `#/event/${encodeURIComponent(r.event_id)}`, class: "event-link",
      "data-event-id": r.event_id }, `${r.cameo_code}${name}`);
    tbody.append(el("tr", { class: `q${r.quad_class || 0}` },
      el("td", { class: "nowrap" }, r.date || "undated"),
      el("td", {}, actor(r.source)),
      el("td", {}, el("span", { class: `quad-dot q${r.quad_class || 0}`, "aria-hidden": "true" }), link),
      el("td", {}, actor(r.target)),
      el("td", {}, r.place ? r.place.name : "—"),
      el("td", {}, r.modality || ""),
      el("td", { class: "num" }, fmt(r.confidence)),
      el("td", {}, r.outlet || ""),
    ));
  }
}

function actor(a) {
  if (!a) return "—";
  return el("span", { title: a.text || "" }, el("strong", {}, actorLabel(a)), " ",
    el("span", { class: "muted" }, a.text || ""));
}
