// DOM helpers. Every string becomes a text node or an attribute value: nothing here
// (or anywhere in the dashboard) parses text as HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) throw new Error("event handlers are attached with addEventListener");
    node.setAttribute(name, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

export const QUADS = [
  ["verbal_cooperation", "Verbal cooperation", "q1"],
  ["material_cooperation", "Material cooperation", "q2"],
  ["verbal_conflict", "Verbal conflict", "q3"],
  ["material_conflict", "Material conflict", "q4"],
];

export function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code || actor.country || "?";
}

export function fmt(value, digits = 2) {
  return value === null || value === undefined ? "—" : Number(value).toFixed(digits);
}
