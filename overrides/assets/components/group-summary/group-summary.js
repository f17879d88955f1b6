// Group summary: reads many exports of one self-assessment on this device
// and shows, per section and per statement, how many answered, the
// distribution, median, range and spread, and where views differ most.
// Nothing is uploaded or stored: the files are read in memory and forgotten
// when the page closes. Started by assets/javascripts/init.js.
import { el, fill, isPlainObject, svg } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { ImportError, readExport } from "../../javascripts/lib/transfer.js";
import { median, spread } from "./stats.js";

const KIND = "self-assessment";
const MAX_FILES = 500;
const DIFFER_SHOWN = 5;

export default class GroupSummary {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-gs-config]").textContent);
    this.t = this.config.strings;
    this.find = (name) => root.querySelector(`[data-gs-${name}]`);
    this.values = new Set(this.config.levels.map((level) => level.value));
    this.items = this.config.sections.flatMap((section, s) =>
      section.items.map((item, i) => ({ ...item, number: `${s + 1}.${i + 1}` })),
    );
    this.itemIds = new Set(this.items.map((item) => item.id));
    this.files = []; // {name, status, answers, signature}
  }

  start() {
    this.find("files").addEventListener("change", (event) => {
      this.add([...event.target.files]);
      event.target.value = "";
    });
    const drop = this.find("drop");
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("gs__drop--over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("gs__drop--over"));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      drop.classList.remove("gs__drop--over");
      this.add([...event.dataTransfer.files]);
    });
    if ("ResizeObserver" in window) {
      new ResizeObserver(() => {
        const chart = this.find("chart");
        if (this.chartSections && Math.abs(chart.getBoundingClientRect().width - this.chartWidth) > 1)
          this.renderChart(this.chartSections);
      }).observe(this.find("chart"));
    }
    this.root.addEventListener("click", (event) => {
      const action = event.target.closest("[data-gs-action]");
      if (!action) return;
      if (action.dataset.gsAction === "print") window.print();
      if (action.dataset.gsAction === "clear") this.clear();
    });
  }

  // ---- reading ----------------------------------------------------------

  async add(files) {
    const message = this.find("message");
    say(message, fill(this.t.gs_reading, { count: files.length }));
    const started = performance.now();
    const read = await Promise.all(files.map((file) => this.read(file)));
    const seen = new Set(this.files.map((file) => file.signature));
    for (const entry of read) {
      if (entry.signature && seen.has(entry.signature)) {
        entry.status = fill(this.t.gs_skipped, { reason: this.t.gs_err_duplicate });
        entry.answers = null;
      }
      if (this.files.length >= MAX_FILES) {
        entry.status = fill(this.t.gs_skipped, { reason: fill(this.t.gs_err_too_many, { max: MAX_FILES }) });
        entry.answers = null;
      }
      if (entry.signature) seen.add(entry.signature);
      this.files.push(entry);
    }
    this.render();
    // Measured for `make bench`: reading and combining, in milliseconds.
    this.root.dataset.lastCombineMs = String(Math.round(performance.now() - started));
    const used = this.files.filter((file) => file.answers).length;
    say(message, fill(this.t.gs_done, { used, skipped: this.files.length - used }));
  }

  // One file -> {name, status, answers|null, signature}. Only this tool's
  // answers to statements that exist now count; files of other versions are
  // combined by statement id, and the status says how many answers were
  // left out because this version no longer asks them.
  async read(file) {
    const name = file.name.slice(0, 120);
    try {
      const data = await readExport(file, {
        kind: KIND,
        tool: this.config.tool,
        limits: this.config.limits,
        strings: this.t,
      });
      if (!isPlainObject(data.answers)) throw new ImportError(fill(this.t.io_err_bad_value, { key: "answers" }));
      const answers = {};
      let other = 0; // answers to statements this version no longer asks: kept out, but said
      for (const [id, value] of Object.entries(data.answers)) {
        if (!this.itemIds.has(id)) {
          other += 1;
          continue;
        }
        if (value !== "unknown" && !this.values.has(value))
          throw new ImportError(fill(this.t.io_err_bad_value, { key: `answers.${id}` }));
        answers[id] = value;
      }
      const count = Object.keys(answers).length;
      if (!count)
        throw new ImportError(other ? fill(this.t.gs_err_only_not_asked, { other }) : this.t.gs_err_no_answers);
      const signature = JSON.stringify([data.exported || "", answers]);
      const status = other
        ? fill(this.t.gs_used_not_asked, { answers: count, other })
        : fill(this.t.gs_used, { answers: count });
      return { name, answers, signature, status };
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      return { name, answers: null, signature: null, status: fill(this.t.gs_skipped, { reason: error.message }) };
    }
  }

  clear() {
    this.files = [];
    this.render();
    say(this.find("message"), this.t.gs_cleared);
    this.find("files").focus();
  }

  // ---- statistics -------------------------------------------------------

  summary() {
    const people = this.files.filter((file) => file.answers).map((file) => file.answers);
    const items = this.items.map((item) => {
      const given = people.map((answers) => answers[item.id]).filter((v) => v !== undefined);
      const numbers = given.filter((v) => v !== "unknown");
      const counts = new Map(this.config.levels.map((level) => [level.value, 0]));
      for (const v of numbers) counts.set(v, counts.get(v) + 1);
      return {
        ...item,
        answers: given.length,
        counts,
        unknown: given.length - numbers.length,
        median: median(numbers),
        min: numbers.length ? Math.min(...numbers) : null,
        max: numbers.length ? Math.max(...numbers) : null,
        spread: numbers.length > 1 ? spread(numbers) : null,
      };
    });
    const sections = this.config.sections.map((section) => {
      const averages = people
        .map((answers) => {
          const numbers = section.items.map((item) => answers[item.id]).filter((v) => this.values.has(v));
          return numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
        })
        .filter((v) => v !== null);
      return {
        title: section.title,
        people: averages.length,
        median: median(averages),
        min: averages.length ? Math.min(...averages) : null,
        max: averages.length ? Math.max(...averages) : null,
      };
    });
    const differ = items
      .filter((item) => item.spread)
      .sort((a, b) => b.spread - a.spread)
      .slice(0, DIFFER_SHOWN);
    return { people: people.length, items, sections, differ };
  }

  number(value) {
    return value === null
      ? "–"
      : value.toLocaleString(this.config.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  // ---- rendering --------------------------------------------------------

  render() {
    const hasFiles = this.files.length > 0;
    this.find("results").hidden = !hasFiles;
    this.root.querySelectorAll("[data-gs-when-results]").forEach((node) => {
      node.hidden = !hasFiles;
    });
    if (!hasFiles) return;
    const result = this.summary();
    this.find("overview").textContent = fill(this.t.gs_overview, {
      people: result.people,
      unknown: this.config.unknown,
    });
    this.find("file-table").tBodies[0].replaceChildren(
      ...this.files.map((file) => {
        const row = el("tr");
        row.append(el("th", { scope: "row" }, file.name), el("td", {}, file.status));
        return row;
      }),
    );
    this.find("section-table").tBodies[0].replaceChildren(
      ...result.sections.map((section, index) => {
        const row = el("tr");
        row.append(
          el("th", { scope: "row" }, `${index + 1}. ${section.title}`),
          el("td", {}, String(section.people)),
          el("td", {}, this.number(section.median)),
          el("td", {}, this.range(section)),
        );
        return row;
      }),
    );
    this.find("item-table").tBodies[0].replaceChildren(
      ...result.items.map((item) => {
        const row = el("tr");
        row.append(
          el("th", { scope: "row" }, `${item.number} ${item.text}`),
          el("td", {}, String(item.answers)),
          ...[...item.counts.values()].map((count) => el("td", {}, String(count))),
          el("td", {}, String(item.unknown)),
          el("td", {}, this.number(item.median)),
          el("td", {}, this.range(item)),
          el("td", {}, item.spread === null ? "–" : this.number(item.spread)),
        );
        return row;
      }),
    );
    const differ = this.find("differ");
    differ.replaceChildren(
      ...(result.differ.length
        ? result.differ.map((item) =>
            el(
              "li",
              {},
              fill(this.t.gs_differ_item, {
                number: item.number,
                text: item.text,
                min: item.min,
                max: item.max,
                spread: this.number(item.spread),
              }),
            ),
          )
        : [el("li", {}, this.t.gs_differ_none)]),
    );
    this.renderChart(result.sections);
  }

  range(entry) {
    return entry.min === null ? "–" : `${this.number(entry.min)}–${this.number(entry.max)}`;
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
