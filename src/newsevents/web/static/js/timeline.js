// The dyad timeline: stacked bars of events per quad class, and the mean Goldstein line.
// Hand-written SVG (no chart library): each period is one focusable group with a spoken label.
import { QUADS, clear, el, svg } from "./dom.js";

const DAY = 86400000;
const BUCKET_DAYS = { day: 1, week: 7, month: 30.4 };
const M = { top: 12, right: 38, bottom: 26, left: 34 };

export function renderTimeline(container, points, by, onPick) {
  clear(container);
  if (!points.length) {
    container.append(el("p", { class: "empty" }, "No dated events match these filters."));
    return;
  }
  const width = Math.max(container.clientWidth || 640, 320);
  const height = 230;
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const times = points.map((p) => Date.parse(p.period));
  const t0 = Math.min(...times);
  const t1 = Math.max(...times);
  const buckets = Math.max(1, (t1 - t0) / DAY / BUCKET_DAYS[by] + 1);
  const barW = Math.max(3, Math.min(28, (plotW / buckets) * 0.8));
  const x = (t) => M.left + barW / 2 + (t1 === t0 ? (plotW - barW) / 2 : ((t - t0) / (t1 - t0)) * (plotW - barW));
  const maxTotal = Math.max(...points.map((p) => p.total), 1);
  const y = (n) => M.top + plotH - (n / maxTotal) * plotH;
  const g = (v) => M.top + plotH / 2 - (v / 10) * (plotH / 2);

  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, role: "group",
    "aria-label": `Events per ${by}, ${points.length} periods` });
  root.append(axes(points, times, x, y, g, maxTotal, width, height));
  const line = points.filter((p) => p.goldstein_mean !== null)
    .map((p) => `${x(Date.parse(p.period)).toFixed(1)},${g(p.goldstein_mean).toFixed(1)}`);
  if (line.length > 1) root.append(svg("polyline", { class: "gs-line", points: line.join(" ") }));
  points.forEach((p, i) => root.append(period(p, x(times[i]), barW, y, g, onPick)));
  container.append(root);
}

function axes(points, times, x, y, g, maxTotal, width, height) {
  const group = svg("g", { class: "axes", "aria-hidden": "true" });
  const base = y(0);
  group.append(svg("line", { x1: M.left, x2: width - M.right, y1: base, y2: base, class: "axis" }));
  group.append(svg("line", { x1: M.left, x2: width - M.right, y1: g(0), y2: g(0), class: "zero" }));
  for (const n of [0, Math.ceil(maxTotal / 2), maxTotal]) {
    group.append(svg("text", { x: M.left - 6, y: y(n) + 4, class: "tick", "text-anchor": "end" }, String(n)));
  }
  for (const v of [-10, 0, 10]) {
    group.append(svg("text", { x: width - M.right + 6, y: g(v) + 4, class: "tick gs-tick" }, String(v)));
  }
  // Date labels: first and last always, others where they do not crowd their neighbours.
  let lastX = -Infinity;
  const lastIndex = points.length - 1;
  const endX = x(times[lastIndex]);
  points.forEach((p, i) => {
    const px = x(times[i]);
    const room = i === lastIndex || (px - lastX >= 80 && endX - px >= 80);
    if (!room) return;
    const anchor = i === 0 ? "start" : i === lastIndex ? "end" : "middle";
    group.append(svg("text", { x: i === 0 ? Math.max(px - 10, 0) : i === lastIndex ? px + 10 : px,
      y: height - 8, class: "tick", "text-anchor": anchor }, p.period));
    lastX = px;
  });
  return group;
}

function period(p, cx, barW, y, g, onPick) {
  const parts = QUADS.filter(([key]) => p[key] > 0).map(([key, label]) => `${p[key]} ${label.toLowerCase()}`);
  const gs = p.goldstein_mean === null ? "" : `, mean Goldstein ${p.goldstein_mean.toFixed(1)}`;
  const label = `${p.period}: ${p.total} events (${parts.join(", ")})${gs}. Press Enter to list them.`;
  const group = svg("g", { class: "period", tabindex: 0, role: "button", "aria-label": label,
    "data-period": p.period });
  group.append(svg("title", {}, label));
  let acc = 0;
  for (const [key, , cls] of QUADS) {
    if (!p[key]) continue;
    group.append(svg("rect", { class: `bar ${cls}`, x: cx - barW / 2, width: barW,
      y: y(acc + p[key]), height: Math.max(1, y(acc) - y(acc + p[key])) }));
    acc += p[key];
  }
  if (p.goldstein_mean !== null) {
    group.append(svg("circle", { class: "point", cx, cy: g(p.goldstein_mean), r: 4.5,
      "data-period": p.period }));
  }
  const pick = () => onPick(p.period);
  group.addEventListener("click", pick);
  group.addEventListener("keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") { e.preventDefault(); pick(); }
  });
  return group;
}
