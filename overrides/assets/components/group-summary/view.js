// The group summary on the page: the table of entries with their status,
// and the figures of stats.js as tables, a list and a chart. All text is
// inserted as text.
import { el, fill, svg } from "../../javascripts/lib/dom.js";

export class SummaryView {
  constructor(root, config) {
    this.root = root;
    this.config = config;
    this.t = config.strings;
    this.find = (name) => root.querySelector(`[data-gs-${name}]`);
  }

  number(value) {
    return value === null
      ? "–"
      : value.toLocaleString(this.config.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  range(entry) {
    return entry.min === null ? "–" : `${this.number(entry.min)}–${this.number(entry.max)}`;
  }

  rows(name, list, cells) {
    this.find(name).tBodies[0].replaceChildren(
      ...list.map((entry, index) => {
        const [head, ...rest] = cells(entry, index);
        const row = el("tr");
        row.append(el("th", { scope: "row" }, head), ...rest.map((text) => el("td", {}, String(text))));
        return row;
      }),
    );
  }

  // rows: [{ label, status }] for the table of what was read.
  render(result, rows) {
    const shown = rows.length > 0;
    this.find("results").hidden = !shown;
    this.root.querySelectorAll("[data-gs-when-results]").forEach((node) => {
      node.hidden = !shown;
    });
    if (!shown) return;
    this.find("overview").textContent = fill(this.t.gs_overview, {
      people: result.people,
      unknown: this.config.unknown,
    });
    this.rows("file-table", rows, (row) => [row.label, row.status]);
    this.rows("section-table", result.sections, (section, index) => [
      `${index + 1}. ${section.title}`,
      section.people,
      this.number(section.median),
      this.range(section),
    ]);
    this.rows("item-table", result.items, (item) => [
      `${item.number} ${item.text}`,
      item.answers,
      ...item.counts.values(),
      item.unknown,
      this.number(item.median),
      this.range(item),
      item.spread === null ? "–" : this.number(item.spread),
    ]);
    const differ = result.differ.map((item) =>
      el("li", {}, fill(this.t.gs_differ_item, { ...item, spread: this.number(item.spread) })),
    );
    this.find("differ").replaceChildren(...(differ.length ? differ : [el("li", {}, this.t.gs_differ_none)]));
    this.renderChart(result.sections);
  }

  // Redrawn when its width changes, so that the labels keep their size.
  watch() {
    if (!("ResizeObserver" in window)) return;
    new ResizeObserver(() => {
      const chart = this.find("chart");
      if (this.chartSections && Math.abs(chart.getBoundingClientRect().width - this.chartWidth) > 1)
        this.renderChart(this.chartSections);
    }).observe(this.find("chart"));
  }

  // Per section a line from the lowest to the highest average and a dot at
  // the median, drawn on the scale's own range.
  renderChart(sections) {
    const chart = this.find("chart");
    // Drawn at its real width, so the labels keep their size on a phone.
    const width = Math.max(280, Math.round(chart.getBoundingClientRect().width) || 600);
    this.chartSections = sections;
    this.chartWidth = width;
    const left = 8;
    const plot = width - 2 * left;
    const low = this.config.levels[0].value;
    const high = this.config.levels[this.config.levels.length - 1].value;
    const x = (value) => left + ((value - low) / (high - low)) * plot;
    const parts = [];
    let y = 0;
    sections.forEach((section, index) => {
      y += 20;
      parts.push(svg("text", { x: 0, y, class: "gs__chart-label" }, `${index + 1}. ${section.title}`));
      y += 16;
      parts.push(svg("line", { x1: x(low), x2: x(high), y1: y, y2: y, class: "gs__chart-track" }));
      if (section.min !== null) {
        parts.push(
          svg("line", { x1: x(section.min), x2: x(section.max), y1: y, y2: y, class: "gs__chart-range" }),
          svg("circle", { cx: x(section.median), cy: y, r: 6, class: "gs__chart-median" }),
        );
      }
      y += 10;
    });
    y += 18;
    for (const level of this.config.levels) {
      parts.push(
        svg("text", { x: x(level.value), y, class: "gs__chart-tick", "text-anchor": "middle" }, String(level.value)),
      );
    }
    chart.setAttribute("viewBox", `0 0 ${width} ${y + 6}`);
    chart.replaceChildren(...parts);
  }
}
