// The share panel's QR code as files to take away: an SVG and a PNG at
// least PNG_MIN_WIDTH wide, each with the short address under the code.
// Both are drawn here, in the browser, from the code's modules (config.qr,
// made at build time by segno from the same address as the code on the
// page): nothing is fetched, no outside service. Text is set as text.
import { svg } from "../../javascripts/lib/dom.js";
import { darkRuns, qrPath } from "../../javascripts/lib/qr-draw.js";

export { darkRuns };

// Pixels across: sharp when a slide or a poster is enlarged.
export const PNG_MIN_WIDTH = 1000;
const FONT = "sans-serif";

// The address in lines no wider than `width` (as `measure` reports a
// text's width), broken after a "/" where it must be broken at all.
export function addressLines(address, width, measure) {
  const pieces = address.match(/[^/]*\/|[^/]+$/g) || [address];
  const lines = [];
  for (const piece of pieces) {
    const last = lines.length - 1;
    if (last >= 0 && measure(lines[last] + piece) <= width) lines[last] += piece;
    else lines.push(piece);
  }
  return lines;
}

// Where everything goes, in pixels: the code scaled to at least
// PNG_MIN_WIDTH with its quiet zone, then the address lines.
export function layout(qr, measureAt) {
  const modules = qr.modules.length + 2 * qr.quietZone;
  const scale = Math.ceil(PNG_MIN_WIDTH / modules);
  const width = modules * scale;
  const fontSize = Math.round(width / 24);
  const lineHeight = Math.round(fontSize * 1.3);
  const lines = addressLines(qr.address, width - 2 * qr.quietZone * scale, measureAt(fontSize));
  const height = width + lines.length * lineHeight + qr.quietZone * scale;
  return { scale, width, height, fontSize, lineHeight, lines, offset: qr.quietZone * scale };
}

// A text's width in a canvas at a font size, for layout().
const canvasMeasure = (context) => (fontSize) => (text) => {
  context.font = `${fontSize}px ${FONT}`;
  return context.measureText(text).width;
};

// The lines' baselines, centred under the code.
const baselines = (box) => box.lines.map((_line, i) => box.width + (i + 1) * box.lineHeight - box.lineHeight * 0.3);

export function drawPng(qr) {
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d");
  const box = layout(qr, canvasMeasure(context));
  canvas.width = box.width;
  canvas.height = box.height;
  context.fillStyle = "#fff";
  context.fillRect(0, 0, box.width, box.height);
  context.fillStyle = "#000";
  for (const run of darkRuns(qr.modules))
    context.fillRect(box.offset + run.x * box.scale, box.offset + run.y * box.scale, run.length * box.scale, box.scale);
  context.font = `${box.fontSize}px ${FONT}`;
  context.textAlign = "center";
  baselines(box).forEach((y, i) => {
    context.fillText(box.lines[i], box.width / 2, y);
  });
  return canvas;
}

// The same picture as an SVG file (text of an XML document).
export function svgFile(qr) {
  const box = layout(qr, canvasMeasure(document.createElement("canvas").getContext("2d")));
  const size = { width: box.width, height: box.height };
  const root = svg("svg", { ...size, viewBox: `0 0 ${box.width} ${box.height}`, role: "img" });
  const path = qrPath(qr.modules, box.offset, box.scale);
  root.append(
    svg("title", {}, qr.address),
    svg("rect", { ...size, fill: "#fff" }),
    svg("path", { d: path, fill: "#000" }),
  );
  baselines(box).forEach((y, i) => {
    const attributes = { x: box.width / 2, y, "font-family": FONT, "font-size": box.fontSize, "text-anchor": "middle" };
    root.append(svg("text", attributes, box.lines[i]));
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}
