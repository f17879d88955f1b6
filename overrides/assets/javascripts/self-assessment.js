// Self-assessment component: enhances the server-rendered form found by
// [data-module="self-assessment"]: autosave, progress, results (chart and
// table), recommendations, dated snapshots, export/import, print and clear.
// All text from the page or from files is inserted as text, never as HTML.
import { readRecord, recordKey, writeRecord, FORMAT } from "./storage.js";

const SVG_NS = "http://www.w3.org/2000/svg";
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_IMPORT_BYTES = 1024 * 1024;
const MAX_SNAPSHOTS = 200;
const COMPARE_COLUMNS = 3;
// Chart geometry in CSS pixels; the average character of the 15px label font
// is narrower than CHART_CHAR_WIDTH, so a wrapped line always fits.
const CHART_MIN_WIDTH = 240;
const CHART_FALLBACK_WIDTH = 640;
const CHART_CHAR_WIDTH = 9;
const CHART_PRINT_WIDTH = 560; // about the text width of A4 and Letter pages

const fill = (template, values) =>
  template.replace(/\{(\w+)\}/g, (match, key) => (key in values ? String(values[key]) : match));

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

// Splits text into lines of at most maxChars characters at spaces (a single
// longer word gets a line of its own).
function wrapWords(text, maxChars) {
  const lines = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

class ImportError extends Error {}

class SelfAssessment {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-sa-config]").textContent);
    this.t = this.config.strings;
    this.lang = this.config.lang;
    this.key = recordKey("self-assessment", this.config.tool);
    this.itemIds = new Set(this.config.sections.flatMap((section) => section.items));
    this.values = new Set(this.config.values);
    this.record = this.emptyRecord();
    this.find = (name) => root.querySelector(`[data-sa-${name}]`);
  }

  emptyRecord() {
    return { tool: this.config.tool, toolVersion: this.config.version, answers: {}, snapshots: [] };
  }

  start() {
    this.root.querySelectorAll("[data-sa-enhanced]").forEach((node) => { node.hidden = false; });
    this.find("form").addEventListener("change", (event) => this.onAnswer(event));
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.find("import").addEventListener("change", (event) => this.onImport(event));
    // Restore on back/forward cache and when another tab changed the answers.
    window.addEventListener("pageshow", (event) => { if (event.persisted) this.load(); });
    window.addEventListener("storage", (event) => { if (event.key === this.key) this.load(); });
    this.watchChartWidth();
    this.load({ announce: true });
  }

  // ---- state -------------------------------------------------------------

  load({ announce = false } = {}) {
    const { record, problem, backupKey } = readRecord(this.key);
    this.clearAlert();
    if (problem === "unavailable") this.alert(this.t.sa_storage_unavailable);
    if (problem === "corrupt") this.alert(fill(this.t.sa_storage_corrupt, { key: backupKey }));
    if (record) {
      this.record = this.normalise(record);
      if (announce && Object.keys(this.record.answers).length) this.announce(this.t.sa_restored);
    } else if (!problem) {
      this.record = this.emptyRecord();
    }
    const removed = Object.keys(this.record.answers).filter((id) => !this.itemIds.has(id)).length;
    if (removed) this.alert(fill(this.t.sa_removed_items, { count: removed }));
    this.writeForm();
    this.render();
  }

  // Keep every field of a stored record; only make the known ones usable.
  normalise(record) {
    const answers = record.answers && typeof record.answers === "object" && !Array.isArray(record.answers) ? record.answers : {};
    const snapshots = Array.isArray(record.snapshots) ? record.snapshots : [];
    return { ...record, tool: this.config.tool, answers, snapshots };
  }

  save() {
    this.record.toolVersion = this.config.version;
    this.record.updated = new Date().toISOString();
    const problem = writeRecord(this.key, this.record);
    if (problem === "full") this.alert(this.t.sa_storage_full);
    else if (problem === "unavailable") this.alert(this.t.sa_storage_unavailable);
    return !problem;
  }

  isAnswer(value) {
    return value === "unknown" || this.values.has(value);
  }

  // ---- form --------------------------------------------------------------

  writeForm() {
    this.find("form").querySelectorAll("input[type=radio]").forEach((input) => {
      const id = input.closest("[data-sa-item]").dataset.saItem;
      input.checked = String(this.record.answers[id]) === input.value;
    });
  }

  onAnswer(event) {
    const input = event.target;
    if (input.type !== "radio") return;
    const id = input.closest("[data-sa-item]").dataset.saItem;
    this.record.answers[id] = input.value === "unknown" ? "unknown" : Number(input.value);
    const saved = this.save();
    this.render();
    this.announce(this.progressText() + (saved ? ". " + this.t.sa_saved : ""));
  }

  onClick(event) {
    const button = event.target.closest("[data-sa-action]");
    if (!button) return;
    const action = button.dataset.saAction;
    if (action === "export") this.exportFile();
    if (action === "print") window.print();
    if (action === "clear") this.showConfirm(true);
    if (action === "clear-no") this.showConfirm(false);
    if (action === "clear-yes") this.clearAnswers();
    if (action === "snapshot") this.saveSnapshot();
    if (action === "delete-snapshot") this.deleteSnapshot(button.dataset.snapshot);
  }

  showConfirm(open) {
    const box = this.find("confirm");
    const trigger = this.root.querySelector('[data-sa-action="clear"]');
    box.hidden = !open;
    trigger.setAttribute("aria-expanded", String(open));
    (open ? box.querySelector("[tabindex]") : trigger).focus();
  }

  clearAnswers() {
    this.record.answers = {};
    this.save();
    this.writeForm();
    this.render();
    this.showConfirm(false);
    this.announce(this.t.sa_cleared);
  }

  // ---- scoring -----------------------------------------------------------

  score(answers) {
    const sections = this.config.sections.map((section) => {
      const numbers = section.items.map((id) => answers[id]).filter((v) => this.values.has(v));
      const answered = section.items.filter((id) => this.isAnswer(answers[id])).length;
      const average = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
      return { ...section, average, answered, total: section.items.length };
    });
    const numbers = [...this.itemIds].map((id) => answers[id]).filter((v) => this.values.has(v));
    const overall = numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null;
    const answered = sections.reduce((sum, s) => sum + s.answered, 0);
    return { sections, overall, answered, total: this.itemIds.size };
  }

  number(value) {
    return value === null ? "–" : value.toLocaleString(this.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  progressText() {
    const { answered, total } = this.score(this.record.answers);
    return fill(this.t.sa_progress, { answered, total });
  }

  // ---- rendering ---------------------------------------------------------

  render() {
    const result = this.score(this.record.answers);
    this.find("progress-bar").value = result.answered;
    this.find("progress-text").textContent = this.progressText();
    const hasResults = result.answered > 0;
    this.find("results-empty").hidden = hasResults;
    this.find("results-body").hidden = !hasResults;
    if (hasResults) {
      this.find("overall").textContent = fill(this.t.sa_overall, {
        avg: this.number(result.overall), max: this.config.max, answered: result.answered, total: result.total,
      });
      this.renderChart(result.sections);
      this.renderTable(result.sections);
      this.renderRecommendations(result.sections);
    }
    this.renderSnapshots(result);
  }

  renderChart(sections) {
    const chart = this.find("chart");
    const width = this.chartWidth();
    const barWidth = width - 60;
    const parts = [];
    let y = 0;
    sections.forEach((section, index) => {
      for (const line of wrapWords(`${index + 1}. ${section.title}`, Math.floor(width / CHART_CHAR_WIDTH))) {
        y += 20;
        parts.push(svg("text", { x: 0, y, class: "sa__chart-label" }, line));
      }
      const share = section.average === null ? 0 : section.average / this.config.max;
      parts.push(
        svg("rect", { x: 0, y: y + 6, width: barWidth, height: 14, class: "sa__chart-track" }),
        svg("rect", { x: 0, y: y + 6, width: Math.round(barWidth * share), height: 14, class: "sa__chart-bar" }),
        svg("text", { x: width - 52, y: y + 18, class: "sa__chart-value" }, this.number(section.average)),
      );
      y += 28;
    });
    chart.setAttribute("viewBox", `0 0 ${width} ${y + 4}`);
    chart.replaceChildren(...parts);
    this.chartDrawn = { sections, width };
  }

  // The chart is drawn in its own CSS pixels so that its text keeps its real
  // size on a phone instead of shrinking with a fixed viewBox; printing uses
  // paper width, whose layout no resize event reports.
  chartWidth() {
    if (this.printing) return CHART_PRINT_WIDTH;
    const measured = Math.round(this.find("chart").getBoundingClientRect().width);
    return Math.max(CHART_MIN_WIDTH, measured || CHART_FALLBACK_WIDTH);
  }

  // Redraw when that width changes: rotation, window resize, print.
  watchChartWidth() {
    const redraw = () => {
      const drawn = this.chartDrawn;
      if (drawn && Math.abs(this.chartWidth() - drawn.width) > 1) this.renderChart(drawn.sections);
    };
    const printing = (on) => () => { this.printing = on; redraw(); };
    window.addEventListener("beforeprint", printing(true));
    window.addEventListener("afterprint", printing(false));
    if ("ResizeObserver" in window) new ResizeObserver(redraw).observe(this.find("chart"));
  }

  renderTable(sections) {
    const body = this.find("table").tBodies[0];
    body.replaceChildren(...sections.map((section, index) => {
      const row = el("tr");
      row.append(el("th", { scope: "row" }, `${index + 1}. ${section.title}`),
        el("td", {}, this.number(section.average)),
        el("td", {}, `${section.answered} / ${section.total}`));
      return row;
    }));
  }

  renderRecommendations(sections) {
    const lowest = sections.filter((s) => s.average !== null)
      .sort((a, b) => a.average - b.average).slice(0, 3);
    this.find("recommendations").replaceChildren(...lowest.map((section) => {
      const item = el("li");
      const link = el("a", { href: section.url }, fill(this.t.sa_read_more, { title: section.title }));
      item.append(el("strong", {}, `${section.title} (${this.number(section.average)})`), " ",
        el("span", {}, section.advice), " ", link);
      return item;
    }));
  }

  // ---- snapshots ---------------------------------------------------------

  // Dates as written in Finland in both languages (d.m.yyyy), like the
  // "last updated" line the server renders.
  formatDate(iso, withTime = false) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const locale = `${this.lang}-FI`;
    return withTime
      ? date.toLocaleString(locale, { day: "numeric", month: "numeric", year: "numeric", hour: "2-digit", minute: "2-digit" })
      : date.toLocaleDateString(locale);
  }

  // Label of every snapshot, computed together because each depends on the
  // others: "Name (date)" or just the date; the time is added when another
  // snapshot has the same date, so that columns and buttons stay
  // distinguishable; if even the minute is shared, a running number is added.
  snapshotNames() {
    const snapshots = this.record.snapshots;
    const count = (list, value) => list.filter((entry) => entry === value).length;
    const days = snapshots.map((s) => this.formatDate(s.created));
    const labels = snapshots.map((s, i) => {
      const when = count(days, days[i]) > 1 ? this.formatDate(s.created, true) : days[i];
      return s.name ? `${s.name} (${when})` : when;
    });
    const seen = new Map();
    return new Map(snapshots.map((s, i) => {
      const number = (seen.get(labels[i]) || 0) + 1;
      seen.set(labels[i], number);
      return [s, count(labels, labels[i]) > 1 ? `${labels[i]} #${number}` : labels[i]];
    }));
  }

  saveSnapshot() {
    const input = this.find("snapshot-name");
    const snapshot = {
      id: `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      created: new Date().toISOString(),
      name: input.value.trim().slice(0, 80),
      toolVersion: this.config.version,
      answers: { ...this.record.answers },
    };
    this.record.snapshots.push(snapshot);
    this.save();
    input.value = "";
    this.render();
    this.announce(fill(this.t.sa_snapshot_saved, { name: this.snapshotNames().get(snapshot) }));
  }

  deleteSnapshot(id) {
    const snapshot = this.record.snapshots.find((s) => s.id === id);
    if (!snapshot) return;
    const name = this.snapshotNames().get(snapshot);
    this.record.snapshots = this.record.snapshots.filter((s) => s.id !== id);
    this.save();
    this.render();
    this.find("snapshot-name").focus();
    this.announce(fill(this.t.sa_snapshot_deleted, { name }));
  }

  renderSnapshots(current) {
    const snapshots = this.record.snapshots;
    this.find("snapshots-none").hidden = snapshots.length > 0;
    const names = this.snapshotNames();
    this.find("snapshots").replaceChildren(...snapshots.map((snapshot) => {
      const name = names.get(snapshot);
      const overall = this.score(snapshot.answers || {}).overall;
      const item = el("li", {}, `${name}: ${this.t.sa_col_average.toLowerCase()} ${this.number(overall)} `);
      const button = el("button", { type: "button", class: "md-button sa__small", "data-sa-action": "delete-snapshot",
        "data-snapshot": String(snapshot.id), "aria-label": `${this.t.sa_snapshot_delete}: ${name}` }, this.t.sa_snapshot_delete);
      item.append(button);
      return item;
    }));
    const wrap = this.find("compare-wrap");
    wrap.hidden = snapshots.length === 0;
    if (!snapshots.length) return;
    const shown = snapshots.slice(-COMPARE_COLUMNS);
    const scored = shown.map((s) => this.score(s.answers || {}));
    const table = this.find("compare");
    table.tHead.rows[0].replaceChildren(el("th", { scope: "col" }, this.t.sa_col_section),
      el("th", { scope: "col" }, this.t.sa_col_now), ...shown.map((s) => el("th", { scope: "col" }, names.get(s))));
    const rows = current.sections.map((section, index) => {
      const row = el("tr");
      row.append(el("th", { scope: "row" }, `${index + 1}. ${section.title}`), el("td", {}, this.number(section.average)),
        ...scored.map((score) => el("td", {}, this.number(score.sections[index].average))));
      return row;
    });
    const total = el("tr");
    total.append(el("th", { scope: "row" }, this.t.sa_overall_row), el("td", {}, this.number(current.overall)),
      ...scored.map((score) => el("td", {}, this.number(score.overall))));
    table.tBodies[0].replaceChildren(...rows, total);
  }

  // ---- export and import -------------------------------------------------

  exportFile() {
    const stamp = new Date().toISOString();
    const payload = { ...this.record, format: FORMAT, tool: this.config.tool, toolVersion: this.config.version, exported: stamp };
    const blob = new Blob([JSON.stringify(payload, null, 2)], { type: "application/json" });
    const name = `${this.config.tool}-${stamp.slice(0, 10)}.json`;
    const link = el("a", { href: URL.createObjectURL(blob), download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    this.announce(fill(this.t.sa_exported, { file: name }));
  }

  validAnswers(answers, where) {
    if (!answers || typeof answers !== "object" || Array.isArray(answers)) {
      throw new ImportError(fill(this.t.sa_err_bad_value, { key: where }));
    }
    for (const [id, value] of Object.entries(answers)) {
      if (!ID_PATTERN.test(id) || id.length > 60 || !this.isAnswer(value)) {
        throw new ImportError(fill(this.t.sa_err_bad_value, { key: `${where}.${id.slice(0, 60)}` }));
      }
    }
    return { ...answers };
  }

  parseImport(text) {
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new ImportError(this.t.sa_err_not_json);
    }
    if (!data || typeof data !== "object" || Array.isArray(data) || data.format !== FORMAT || typeof data.tool !== "string") {
      throw new ImportError(this.t.sa_err_format);
    }
    if (data.tool !== this.config.tool) {
      throw new ImportError(fill(this.t.sa_err_wrong_tool, { tool: data.tool.slice(0, 60) }));
    }
    const answers = this.validAnswers(data.answers, "answers");
    const snapshots = data.snapshots === undefined ? [] : data.snapshots;
    if (!Array.isArray(snapshots) || snapshots.length > MAX_SNAPSHOTS) throw new ImportError(this.t.sa_err_format);
    const cleanSnapshots = snapshots.map((s, index) => {
      const where = `snapshots[${index}]`;
      if (!s || typeof s !== "object" || typeof s.id !== "string" || !/^[A-Za-z0-9-]{1,40}$/.test(s.id)
          || typeof s.created !== "string" || Number.isNaN(Date.parse(s.created))
          || (s.name !== undefined && (typeof s.name !== "string" || s.name.length > 80))) {
        throw new ImportError(fill(this.t.sa_err_bad_value, { key: where }));
      }
      return { id: s.id, created: s.created, name: s.name || "", toolVersion: s.toolVersion,
        answers: this.validAnswers(s.answers, `${where}.answers`) };
    });
    return { answers, snapshots: cleanSnapshots };
  }

  async onImport(event) {
    const input = event.target;
    const file = input.files && input.files[0];
    if (!file) return;
    const name = file.name.slice(0, 120);
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError(this.t.sa_err_too_large);
      const imported = this.parseImport(await file.text());
      const known = new Set(this.record.snapshots.map((s) => s.id));
      const added = imported.snapshots.filter((s) => !known.has(s.id));
      this.record.answers = imported.answers;
      this.record.snapshots = [...this.record.snapshots, ...added];
      this.clearAlert();
      this.save();
      this.writeForm();
      this.render();
      this.announce(fill(this.t.sa_imported, {
        file: name, answers: Object.keys(imported.answers).length, snapshots: added.length,
      }));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      this.alert(fill(this.t.sa_import_failed, { file: name, reason: error.message }));
    } finally {
      input.value = "";
    }
  }

  // ---- messages ----------------------------------------------------------

  announce(message) {
    // Polite live region: rewrite the text so that repeated messages are read too.
    const status = this.find("status");
    status.textContent = "";
    window.setTimeout(() => { status.textContent = message; }, 50);
  }

  alert(message) {
    const box = this.find("alert");
    box.hidden = false;
    box.append(el("p", {}, message));
  }

  clearAlert() {
    const box = this.find("alert");
    box.replaceChildren();
    box.hidden = true;
  }
}

document.querySelectorAll('[data-module="self-assessment"]').forEach((root) => {
  new SelfAssessment(root).start();
});
