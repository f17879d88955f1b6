// Small DOM helpers. Text is always set with textContent: nothing from data,
// storage or a file is ever parsed as HTML.
const SVG_NS = "http://www.w3.org/2000/svg";

export function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// "{count} answers" with {count: 3} -> "3 answers"; the same rule as fill()
// in macros/loading/ui.py. Unknown placeholders stay visible.
export const fill = (template, values = {}) =>
  template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));

export const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
