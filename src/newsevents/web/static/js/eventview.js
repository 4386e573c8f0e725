// The event view: the article as TEXT with this event's source, verb and target marked,
// plus date and place evidence, the reported_by chain and every mention across articles.
import { actorLabel, append, clear, el, fmt } from "./dom.js";

const ROLES = ["source", "verb", "target"];

export function renderEvent(detail, article) {
  const r = detail.event;
  document.getElementById("event-heading").textContent =
    `${actorLabel(r.source)} → ${actorLabel(r.target)}: ${r.cameo_code} ${r.cameo_name || ""}`;
  document.getElementById("article-title").textContent = article.title || "(untitled article)";
  document.getElementById("article-meta").textContent =
    [article.outlet, article.published, article.url].filter(Boolean).join(" · ");
  renderText(document.getElementById("article-text"), article.text, r);
  renderFacts(document.getElementById("event-details"), r);
  const chain = clear(document.getElementById("event-reported"));
  for (const link of r.reported_by || []) {
    chain.append(el("li", {}, el("strong", {}, link.name), ` (${link.kind})`,
      link.actor ? ` [${link.actor}]` : "", link.quote ? el("q", {}, link.quote) : ""));
  }
  if (!chain.children.length) chain.append(el("li", {}, "nobody named (unattributed)"));
  const mentions = clear(document.getElementById("event-mentions"));
  for (const m of detail.mentions) {
    mentions.append(el("li", {}, el("strong", {}, m.outlet || m.article_id), " ",
      m.published || "", m.title ? ` — ${m.title}` : ""));
  }
  document.getElementById("event-explain").textContent = detail.explanation.join("\n");
}

function renderText(node, text, record) {
  clear(node);
  const evidence = record.evidence || {};
  const spans = ROLES.map((role) => ({ role, span: evidence[role] }))
    .filter((s) => s.span && s.span.start !== null && s.span.end <= text.length)
    .sort((a, b) => a.span.start - b.span.start);
  const sentence = evidence.sentence || { start: 0, end: 0 };
  let at = 0;
  const out = [];
  const plain = (from, to) => { if (to > from) out.push(...sentenceSplit(text, from, to, sentence)); };
  for (const { role, span } of spans) {
    if (span.start < at) continue;
    plain(at, span.start);
    out.push(el("mark", { class: `role-${role}`, "data-role": role },
      el("span", { class: "sr-only" }, `${role}: `), text.slice(span.start, span.end)));
    at = span.end;
  }
  plain(at, text.length);
  append(node, out);
  const first = node.querySelector("mark") || node.querySelector(".evidence-sentence");
  if (first) first.scrollIntoView({ block: "center" });
}

// Plain text between marks, with the part inside the event's sentence wrapped as evidence.
function sentenceSplit(text, from, to, sentence) {
  const s = Math.max(from, sentence.start);
  const e = Math.min(to, sentence.end);
  if (s >= e) return [text.slice(from, to)];
  return [text.slice(from, s), el("span", { class: "evidence-sentence" }, text.slice(s, e)),
    text.slice(e, to)].filter((part) => part !== "");
}

function renderFacts(dl, r) {
  clear(dl);
  const timex = r.timex && r.timex.text ? ` from “${r.timex.text}”` : "";
  const place = r.place ? `${r.place.name} (${r.place.country || "?"}), ${fmt(r.place.lat)}, ${fmt(r.place.lon)}` : "not placed";
  const facts = [
    ["Date", `${r.date || "unknown"} (${r.date_precision}${timex})`],
    ["Place", place],
    ["Source", actorText(r.source)],
    ["Target", actorText(r.target)],
    ["CAMEO", `${r.cameo_code} ${r.cameo_name || ""} · quad ${r.quad_class} · Goldstein ${r.goldstein}`],
    ["PLOVER", r.plover || "—"],
    ["Modality", r.modality],
    ["Confidence", fmt(r.confidence)],
    ["Corroboration", r.corroboration || "—"],
    ["Rule", r.rule],
  ];
  // Cross-article counts appear when the store keeps them (merged events).
  if (r.num_articles !== undefined && r.num_articles !== null) {
    facts.splice(2, 0, ["Reported in", `${r.num_articles} article(s), ${r.num_sources ?? "?"} source(s)`]);
  }
  for (const [key, value] of facts) dl.append(el("dt", {}, key), el("dd", { "data-fact": key.toLowerCase() }, value));
}

function actorText(a) {
  return a ? `${a.code} — “${a.text || ""}”` : "—";
}
