// Self-assessment component: enhances the server-rendered form
// ([data-module="vj-self-assessment"]) with autosave, progress, results
// (chart and table), recommendations, dated snapshots, export/import, print
// and clear. Started by assets/javascripts/init.js. All text from the page,
// from storage or from files is inserted as text, never as HTML.
import { el, fill, isPlainObject, svg } from "../../javascripts/lib/dom.js";
import { Messages, say } from "../../javascripts/lib/messages.js";
import { showLoadProblem, showSaveProblem } from "../../javascripts/lib/storage-messages.js";
import { RecordStore, ShapeError, recordKey } from "../../javascripts/lib/storage.js";
import { ImportError, exportFile, readExport, withoutEnvelope } from "../../javascripts/lib/transfer.js";

const KIND = "self-assessment";
const RECORD_FORMAT = 1; // raise with a migration in MIGRATIONS when the record changes shape
const MIGRATIONS = {};
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SNAPSHOT_ID = /^[A-Za-z0-9-]{1,40}$/;
const COMPARE_COLUMNS = 3;
// Chart geometry in CSS pixels; the average character of the 15px label font
// is narrower than CHART_CHAR_WIDTH, so a wrapped line always fits.
const CHART_MIN_WIDTH = 240;
const CHART_FALLBACK_WIDTH = 640;
const CHART_CHAR_WIDTH = 9;
const CHART_PRINT_WIDTH = 560; // about the text width of A4 and Letter pages
// On <html> while "results only" prints: the print styles then hide the rest.
const PRINT_RESULTS_CLASS = "sa-print-results";

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

const isStoredAnswer = (value) => value === "unknown" || Number.isInteger(value);
const isAnswerMap = (answers) => isPlainObject(answers) && Object.values(answers).every(isStoredAnswer);

// The shape a stored record must have before any of it is used; anything
// else is set aside by the storage layer. Unknown fields are kept.
function checkRecord(record) {
  const answers = record.answers === undefined ? {} : record.answers;
  const snapshots = record.snapshots === undefined ? [] : record.snapshots;
  if (!isAnswerMap(answers) || !Array.isArray(snapshots)) throw new ShapeError("answers or snapshots");
  for (const snapshot of snapshots) {
    if (!isPlainObject(snapshot) || typeof snapshot.id !== "string" || typeof snapshot.created !== "string"
        || (snapshot.name !== undefined && typeof snapshot.name !== "string") || !isAnswerMap(snapshot.answers)) {
      throw new ShapeError("snapshot");
    }
  }
  return { ...record, answers, snapshots };
}

export default class SelfAssessment {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-sa-config]").textContent);
    this.t = this.config.strings;
    this.lang = this.config.lang;
    this.limits = this.config.limits;
    this.itemIds = new Set(this.config.sections.flatMap((section) => section.items));
    this.values = new Set(this.config.values);
    this.find = (name) => root.querySelector(`[data-sa-${name}]`);
    this.store = new RecordStore(recordKey(KIND, this.config.tool),
      { format: RECORD_FORMAT, migrations: MIGRATIONS, check: checkRecord });
    this.messages = new Messages(this.find("status"), this.find("alert"));
    this.record = this.emptyRecord();
    this.pendingImport = null;
  }

  emptyRecord() {
    return { tool: this.config.tool, toolVersion: this.config.version, answers: {}, snapshots: [] };
  }

  start() {
    this.load({ announce: true });
    this.find("form").addEventListener("change", (event) => this.onAnswer(event));
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.find("import").addEventListener("change", (event) => this.onImport(event));
    // Restore on back/forward cache and when another tab changed the answers.
    window.addEventListener("pageshow", (event) => { if (event.persisted) this.load(); });
    this.store.onChangeElsewhere(() => this.load());
    this.watchChartWidth();
  }

  // ---- state -------------------------------------------------------------

  load({ announce = false } = {}) {
    const { record, problem, keptAt } = this.store.read();
    showLoadProblem(this.messages, this.t, { problem, keptAt });
    this.loadProblem = problem;
    this.record = record || this.emptyRecord();
    const removed = Object.keys(this.record.answers).filter((id) => !this.itemIds.has(id)).length;
    if (removed) this.messages.alert("removed", fill(this.t.sa_removed_items, { count: removed }));
    else this.messages.clear("removed");
    this.writeForm();
    this.render();
    if (announce && Object.keys(this.record.answers).length) {
      this.messages.announce(this.t.sa_restored);
      this.offerResume();
    }
  }

  // Back to a half-done assessment: say so at the top, with a link to the
  // first statement still without an answer (or to the results).
  offerResume() {
    const numbered = this.config.sections.flatMap((section, s) => section.items.map((id, i) => [id, `${s + 1}.${i + 1}`]));
    const next = numbered.find(([id]) => !this.isAnswer(this.record.answers[id]));
    const link = this.find("resume-link");
    this.find("resume-text").textContent = this.t.sa_restored;
    if (next) {
      link.textContent = fill(this.t.sa_continue_from, { number: next[1] });
      link.setAttribute("href", `#sa-${this.config.tool}-${next[0]}`);
    } else {
      link.textContent = this.t.sa_see_results;
    }
    link.addEventListener("click", (event) => {
      const target = this.root.querySelector(link.getAttribute("href"));
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      const control = target.querySelector("input") || target.querySelector("h3");
      if (control.tagName === "H3") control.setAttribute("tabindex", "-1");
      control.focus({ preventScroll: true });
    });
    this.find("resume").hidden = false;
  }

  save() {
    this.record.toolVersion = this.config.version;
    this.record.updated = new Date().toISOString();
    const problem = this.store.write(this.record);
    showSaveProblem(this.messages, this.t, problem, this.loadProblem);
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
    this.messages.announce(this.progressText() + (saved ? ". " + this.t.sa_saved : ""));
  }

  onClick(event) {
    const button = event.target.closest("[data-sa-action]");
    if (!button) return;
    const actions = {
      export: () => this.exportAnswers(),
      print: () => window.print(),
      "print-results": () => this.printResults(),
      clear: () => this.showConfirm(true),
      "clear-no": () => this.showConfirm(false),
      "clear-yes": () => this.clearAnswers(),
      snapshot: () => this.saveSnapshot(),
      "delete-snapshot": () => this.deleteSnapshot(button.dataset.snapshot),
      "import-yes": () => this.applyImport(),
      "import-no": () => this.cancelImport(),
    };
    const action = actions[button.dataset.saAction];
    if (action) action();
  }

  // The class stays until the print dialog closes: print() returns at once in
  // some browsers, so only afterprint says when printing is over.
  printResults() {
    const html = document.documentElement;
    html.classList.add(PRINT_RESULTS_CLASS);
    window.addEventListener("afterprint", () => html.classList.remove(PRINT_RESULTS_CLASS), { once: true });
    window.print();
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
    this.messages.announce(this.t.sa_cleared);
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
      // On the scale's own range: the lowest answer draws no bar, the highest a full one.
      const share = section.average === null ? 0 : (section.average - this.config.min) / (this.config.max - this.config.min);
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

  // Sections below the top of the scale, lowest first. When every answered
  // section is at the top there is nothing to name as weak, and when all
  // are level none is called "lowest".
  renderRecommendations(sections) {
    // A section resting on fewer than half of its statements is not ranked.
    const scored = sections.filter((s) => s.average !== null && s.answered * 2 >= s.total);
    const below = scored.filter((s) => s.average < this.config.max).sort((a, b) => a.average - b.average);
    const level = below.length > 0 && below.length === scored.length && below[0].average === below[below.length - 1].average;
    const intro = below.length === 0 ? this.t.sa_recommendations_none
      : level ? this.t.sa_recommendations_level : this.t.sa_recommendations_intro;
    this.find("recommendations-intro").textContent = intro;
    this.offerActionPlan(below.slice(0, 3));
    this.find("recommendations").replaceChildren(...below.slice(0, 3).map((section) => {
      const item = el("li");
      const link = el("a", { href: section.url }, fill(this.t.sa_read_more, { title: section.title }));
      item.append(el("strong", {}, `${section.title} (${this.number(section.average)}; ${fill(this.t.sa_answered_of, section)})`), " ",
        el("span", {}, section.advice), " ", link);
      return item;
    }));
  }

  // A link to the action plan that brings these sections along as rows
  // (the worksheet reads ?row=... once and adds them).
  offerActionPlan(sections) {
    const offer = this.find("action-plan");
    if (!offer) return;
    offer.hidden = sections.length === 0;
    const link = this.find("action-plan-link");
    const base = link.getAttribute("href").split("?")[0];
    const query = sections.map((s) => `row=${encodeURIComponent(`${s.title}: ${s.advice}`)}`).join("&");
    link.setAttribute("href", `${base}?${query}`);
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
    const place = this.find("snapshot-message");
    if (this.record.snapshots.length >= this.limits.max_snapshots) {
      say(place, fill(this.t.sa_snapshot_limit, { max: this.limits.max_snapshots }));
      return;
    }
    const snapshot = {
      id: `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      created: new Date().toISOString(),
      name: input.value.trim().slice(0, this.limits.snapshot_name_max),
      toolVersion: this.config.version,
      answers: { ...this.record.answers },
    };
    this.record.snapshots.push(snapshot);
    this.save();
    input.value = "";
    say(place, "");
    this.render();
    this.messages.announce(fill(this.t.sa_snapshot_saved, { name: this.snapshotNames().get(snapshot) }));
  }

  deleteSnapshot(id) {
    const snapshot = this.record.snapshots.find((s) => s.id === id);
    if (!snapshot) return;
    const name = this.snapshotNames().get(snapshot);
    this.record.snapshots = this.record.snapshots.filter((s) => s.id !== id);
    this.save();
    say(this.find("snapshot-message"), "");
    this.render();
    this.find("snapshot-name").focus();
    this.messages.announce(fill(this.t.sa_snapshot_deleted, { name }));
  }

  renderSnapshots(current) {
    const snapshots = this.record.snapshots;
    this.find("snapshots-none").hidden = snapshots.length > 0;
    const names = this.snapshotNames();
    this.find("snapshots").replaceChildren(...snapshots.map((snapshot) => {
      const name = names.get(snapshot);
      const overall = this.score(snapshot.answers).overall;
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
    const scored = shown.map((s) => this.score(s.answers));
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

  transferOptions() {
    return { kind: KIND, tool: this.config.tool, version: this.config.version, limits: this.limits, strings: this.t };
  }

  exportAnswers() {
    const { name, warning } = exportFile(this.record, this.transferOptions());
    this.messages.announce(fill(this.t.sa_exported, { file: name }) + (warning ? ` ${warning}` : ""));
  }

  validAnswers(answers, where) {
    if (answers === undefined) return {};
    if (!isPlainObject(answers)) throw new ImportError(fill(this.t.io_err_bad_value, { key: where }));
    for (const [id, value] of Object.entries(answers)) {
      if (!ID_PATTERN.test(id) || id.length > 60 || !this.isAnswer(value)) {
        throw new ImportError(fill(this.t.io_err_bad_value, { key: `${where}.${id.slice(0, 60)}` }));
      }
    }
    return { ...answers };
  }

  // The file's answers and snapshots, checked; ImportError when the file
  // does not fit this tool or would not fit the limits after merging.
  parseImport(data) {
    const answers = this.validAnswers(data.answers, "answers");
    const snapshots = data.snapshots === undefined ? [] : data.snapshots;
    if (!Array.isArray(snapshots)) throw new ImportError(fill(this.t.io_err_bad_value, { key: "snapshots" }));
    const cleanSnapshots = snapshots.map((s, index) => {
      const where = `snapshots[${index}]`;
      if (!isPlainObject(s) || typeof s.id !== "string" || !SNAPSHOT_ID.test(s.id)
          || typeof s.created !== "string" || Number.isNaN(Date.parse(s.created))
          || (s.name !== undefined && (typeof s.name !== "string" || s.name.length > this.limits.snapshot_name_max))) {
        throw new ImportError(fill(this.t.io_err_bad_value, { key: where }));
      }
      return { ...s, name: s.name || "", answers: this.validAnswers(s.answers, `${where}.answers`) };
    });
    const matching = (map) => Object.keys(map).filter((id) => this.itemIds.has(id)).length;
    if (matching(answers) + cleanSnapshots.reduce((sum, s) => sum + matching(s.answers), 0) === 0) {
      throw new ImportError(this.t.io_err_nothing_matches);
    }
    const known = new Set(this.record.snapshots.map((s) => s.id));
    const added = cleanSnapshots.filter((s) => !known.has(s.id));
    if (this.record.snapshots.length + added.length > this.limits.max_snapshots) {
      throw new ImportError(fill(this.t.sa_err_too_many_snapshots, {
        max: this.limits.max_snapshots, have: this.record.snapshots.length, added: added.length,
      }));
    }
    return { answers, added, rest: withoutEnvelope(data) };
  }

  async onImport(event) {
    const input = event.target;
    const file = input.files && input.files[0];
    if (!file) return;
    const place = this.find("import-message");
    const name = file.name.slice(0, 120);
    this.cancelImport({ quiet: true });
    try {
      const parsed = this.parseImport(await readExport(file, this.transferOptions()));
      this.pendingImport = { ...parsed, name };
      const current = Object.keys(this.record.answers).length;
      if (current === 0) {
        this.applyImport();
        return;
      }
      // Replacing answers the reader has: ask first, next to the control.
      say(place, "");
      this.find("import-question").textContent = fill(this.t.sa_import_question, {
        file: name, answers: Object.keys(parsed.answers).length, snapshots: parsed.added.length, current,
      });
      this.find("import-confirm").hidden = false;
      this.find("import-question").focus();
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      say(place, fill(this.t.io_import_failed, { file: name, reason: error.message }));
    } finally {
      input.value = "";
    }
  }

  applyImport() {
    const pending = this.pendingImport;
    if (!pending) return;
    this.pendingImport = null;
    this.find("import-confirm").hidden = true;
    // Unknown fields of the file are kept; the answers are the file's; the
    // snapshots are ours plus the file's new ones.
    this.record = { ...this.record, ...pending.rest, tool: this.config.tool, answers: pending.answers,
      snapshots: [...this.record.snapshots, ...pending.added] };
    const saved = this.save();
    this.writeForm();
    this.render();
    const message = fill(this.t.sa_imported, {
      file: pending.name, answers: Object.keys(pending.answers).length, snapshots: pending.added.length,
    });
    say(this.find("import-message"), saved ? message : `${message} ${this.t.io_not_saved}`);
    this.find("import").focus();
  }

  cancelImport({ quiet = false } = {}) {
    const wasOpen = !this.find("import-confirm").hidden;
    this.pendingImport = null;
    this.find("import-confirm").hidden = true;
    if (!quiet && wasOpen) {
      say(this.find("import-message"), this.t.io_import_cancelled);
      this.find("import").focus();
    }
  }
}
