// The results chart: one bar per section on the scale's own range, drawn in
// its own CSS pixels so that its text keeps its real size on a phone
// instead of shrinking with a fixed viewBox; printing redraws it at paper
// width, whose layout no resize event reports.
import { svg } from "../../javascripts/lib/dom.js";
import { wrapWords } from "./scoring.js";

const MIN_WIDTH = 240;
const FALLBACK_WIDTH = 640;
// The average character of the 15px label font is narrower than this, so a
// wrapped line always fits.
const CHAR_WIDTH = 9;
const PRINT_WIDTH = 560; // about the text width of A4 and Letter pages

export class Chart {
  // node: the <svg>; scale: { min, max }; number: value -> text.
  constructor(node, scale, number) {
    this.node = node;
    this.scale = scale;
    this.number = number;
    this.printing = false;
    this.drawn = null;
  }

  width() {
    if (this.printing) return PRINT_WIDTH;
    const measured = Math.round(this.node.getBoundingClientRect().width);
    return Math.max(MIN_WIDTH, measured || FALLBACK_WIDTH);
  }

  draw(sections) {
    const width = this.width();
    const barWidth = width - 60;
    const { min, max } = this.scale;
    const parts = [];
    let y = 0;
    sections.forEach((section, index) => {
      for (const line of wrapWords(`${index + 1}. ${section.title}`, Math.floor(width / CHAR_WIDTH))) {
        y += 20;
        parts.push(svg("text", { x: 0, y, class: "sa__chart-label" }, line));
      }
      // The lowest answer draws no bar, the highest a full one.
      const share = section.average === null ? 0 : (section.average - min) / (max - min);
      parts.push(
        svg("rect", { x: 0, y: y + 6, width: barWidth, height: 14, class: "sa__chart-track" }),
        svg("rect", { x: 0, y: y + 6, width: Math.round(barWidth * share), height: 14, class: "sa__chart-bar" }),
        svg("text", { x: width - 52, y: y + 18, class: "sa__chart-value" }, this.number(section.average)),
      );
      y += 28;
    });
    this.node.setAttribute("viewBox", `0 0 ${width} ${y + 4}`);
    this.node.replaceChildren(...parts);
    this.drawn = { sections, width };
  }

  // Redraw when the width changes: rotation, window resize, print.
  watch() {
    const redraw = () => {
      if (this.drawn && Math.abs(this.width() - this.drawn.width) > 1) this.draw(this.drawn.sections);
    };
    const printing = (on) => () => {
      this.printing = on;
      redraw();
    };
    window.addEventListener("beforeprint", printing(true));
    window.addEventListener("afterprint", printing(false));
    if ("ResizeObserver" in window) new ResizeObserver(redraw).observe(this.node);
  }
}
