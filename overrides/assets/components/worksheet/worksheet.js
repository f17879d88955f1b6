// Worksheet and checklist component: enhances the server-rendered form
// ([data-module="vj-worksheet"]) with autosave, rows that can be added,
// moved and removed, a checklist's progress, export as Markdown and JSON,
// copy to clipboard, import, a printable document of the answers, clear with
// undo, and a guard against two tabs overwriting each other. Started by
// assets/javascripts/init.js. Everything from storage, files or the address
// is inserted as text, never as HTML.
import { el, fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { Messages, say } from "../../javascripts/lib/messages.js";
import { showLoadProblem, showSaveProblem } from "../../javascripts/lib/storage-messages.js";
import { RecordStore, ShapeError, recordKey } from "../../javascripts/lib/storage.js";
import { ImportError, downloadText, exportFile, readExport, withoutEnvelope } from "../../javascripts/lib/transfer.js";
import { buildDocument, documentElements, toMarkdown } from "./document.js";

const KIND = "worksheet";
const RECORD_FORMAT = 1; // raise with a migration in MIGRATIONS when the record changes shape
const MIGRATIONS = {};
const SAVE_DELAY = 400; // ms after the last keystroke
const ROW_ID = /^[A-Za-z0-9-]{1,60}$/;
const PREFILL_TEXT_MAX = 400;

const isString = (value) => typeof value === "string";

function isRow(row) {
  return isPlainObject(row) && isString(row.id) && ROW_ID.test(row.id)
    && (row.label === undefined || isString(row.label)) && (row.preset === undefined || isString(row.preset))
    && (row.cells === undefined || (isPlainObject(row.cells) && Object.values(row.cells).every(isString)));
}

// Whether a stored value fits a field of this kind; one that does not is
// kept and shown as "no longer asked", never dropped.
export function fits(field, value) {
  switch (field.kind) {
    case "text": case "textarea": case "date": case "choice": return isString(value);
    case "choices": return Array.isArray(value) && value.every(isString);
    case "check": return isPlainObject(value) && (value.checked === undefined || typeof value.checked === "boolean")
      && (value.note === undefined || isString(value.note));
    case "rows": return Array.isArray(value) && value.every(isRow);
    default: return false;
  }
}

function checkRecord(record) {
  const answers = record.answers === undefined ? {} : record.answers;
  if (!isPlainObject(answers)) throw new ShapeError("answers");
  if (record.revision !== undefined && !Number.isInteger(record.revision)) throw new ShapeError("revision");
  return { ...record, answers };
}

const newRowId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export default class Worksheet {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-ws-config]").textContent);
    this.t = this.config.strings;
    this.limits = this.config.limits;
    this.fields = new Map(this.config.parts.flatMap((part) => part.fields.map((field) => [field.id, field])));
    this.find = (name) => root.querySelector(`[data-ws-${name}]`);
    this.form = this.find("form");
    this.store = new RecordStore(recordKey(KIND, this.config.tool),
      { format: RECORD_FORMAT, migrations: MIGRATIONS, check: checkRecord });
    this.messages = new Messages(this.find("status"), this.find("alert"));
    this.record = this.emptyRecord();
    this.revision = 0;
    this.conflict = false;
  }

  emptyRecord() {
    return { tool: this.config.tool, toolVersion: this.config.version, answers: {} };
  }

  start() {
    this.load({ announce: true });
    this.prefillFromAddress();
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.form.addEventListener("change", (event) => this.onChange(event));
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.find("import").addEventListener("change", (event) => this.onImport(event));
    this.store.onChangeElsewhere(() => this.showConflict());
    window.addEventListener("pageshow", (event) => { if (event.persisted) this.load(); });
    window.addEventListener("beforeprint", () => this.renderDocument());
  }

  // ---- state -------------------------------------------------------------

  load({ announce = false } = {}) {
    const { record, problem, keptAt } = this.store.read();
    showLoadProblem(this.messages, this.t, { problem, keptAt });
    this.loadProblem = problem;
    this.record = record || this.emptyRecord();
    this.revision = this.record.revision || 0;
    this.conflict = false;
    this.find("conflict").hidden = true;
    this.writeForm();
    this.renderRetired();
    this.renderProgress();
    if (announce && this.answeredCount() > 0) this.messages.announce(this.t.ws_restored);
  }

  // Saves unless another tab has saved a newer revision meanwhile: then this
  // tab says so and waits for the reader to load the newer answers.
  save() {
    window.clearTimeout(this.saveTimer);
    if (this.conflict) return false;
    const stored = this.store.read().record;
    if (stored && (stored.revision || 0) > this.revision) {
      this.showConflict();
      return false;
    }
    this.record = { ...this.record, toolVersion: this.config.version, revision: this.revision + 1,
      updated: new Date().toISOString() };
    const problem = this.store.write(this.record);
    if (!problem) this.revision = this.record.revision;
    showSaveProblem(this.messages, this.t, problem, this.loadProblem);
    const time = new Date().toLocaleTimeString(`${this.config.lang}-FI`, { hour: "2-digit", minute: "2-digit" });
    this.find("saved").textContent = problem ? this.t.ws_not_saved : fill(this.t.ws_saved_at, { time });
    return !problem;
  }

  saveSoon() {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), SAVE_DELAY);
  }

  showConflict() {
    if (this.conflict) return;
    window.clearTimeout(this.saveTimer);
    this.conflict = true;
    this.find("conflict").hidden = false;
  }

  answeredCount(answers = this.record.answers) {
    return Object.entries(answers).filter(([id, value]) => {
      const field = this.fields.get(id);
      if (!field || !fits(field, value)) return false;
      if (field.kind === "check") return value.checked || (value.note || "").trim();
      if (field.kind === "rows") return value.length > 0;
      return value.length > 0;
    }).length;
  }

  // ---- form --------------------------------------------------------------

  answer(field) {
    const value = this.record.answers[field.id];
    return fits(field, value) ? value : undefined;
  }

  writeForm() {
    for (const field of this.fields.values()) {
      const box = this.form.querySelector(`[data-ws-field="${field.id}"]`);
      const value = this.answer(field);
      if (field.kind === "rows") {
        this.renderRows(field, box);
      } else if (field.kind === "choice" || field.kind === "choices") {
        const chosen = new Set(value === undefined ? [] : [].concat(value));
        box.querySelectorAll("input").forEach((input) => { input.checked = chosen.has(input.value); });
      } else if (field.kind === "check") {
        box.querySelector("input[type=checkbox]").checked = Boolean(value && value.checked);
        box.querySelector("[data-ws-note]").value = (value && value.note) || "";
      } else {
        box.querySelector("input, textarea").value = value || "";
      }
    }
  }

  // The field's answer as the form now shows it.
  readField(field, box) {
    switch (field.kind) {
      case "choice": {
        const checked = box.querySelector("input:checked");
        return checked ? checked.value : "";
      }
      case "choices": return [...box.querySelectorAll("input:checked")].map((input) => input.value);
      case "check": return { checked: box.querySelector("input[type=checkbox]").checked, note: box.querySelector("[data-ws-note]").value };
      case "rows": return this.readRows(field, box);
      default: return box.querySelector("input, textarea").value;
    }
  }

  keep(field, value) {
    const empty = value === "" || (Array.isArray(value) && value.length === 0 && field.kind !== "rows");
    if (empty) delete this.record.answers[field.id];
    else this.record.answers[field.id] = value;
  }

  fieldOf(target) {
    const box = target.closest("[data-ws-field]");
    return box ? [this.fields.get(box.dataset.wsField), box] : [null, null];
  }

  onInput(event) {
    const [field, box] = this.fieldOf(event.target);
    if (!field) return;
    this.keep(field, this.readField(field, box));
    this.find("undo").hidden = true;
    this.saveSoon();
  }

  onChange(event) {
    const [field, box] = this.fieldOf(event.target);
    if (!field) return;
    this.keep(field, this.readField(field, box));
    if (field.kind === "rows") this.refreshRowTitles(field, box);
    const saved = this.save();
    this.renderProgress();
    const progress = this.config.kind === "checklist" ? `${this.progressText()}. ` : "";
    this.messages.announce(progress + (saved ? this.t.ws_saved : this.t.ws_not_saved));
  }

  // ---- rows --------------------------------------------------------------

  rowsOf(field) {
    const stored = this.answer(field);
    return stored !== undefined ? stored : field.preset.map((preset) => ({ id: preset.id, preset: preset.id }));
  }

  rowTitle(field, row) {
    if (row.preset !== undefined) {
      const preset = field.preset.find((p) => p.id === row.preset);
      return preset ? preset.label : row.label || row.preset;
    }
    return (row.label || "").trim() || field.row_label;
  }

  renderRows(field, box, focus) {
    const list = box.querySelector("[data-ws-rows]");
    const template = box.querySelector("[data-ws-row-template]");
    const rows = this.rowsOf(field);
    list.replaceChildren(...rows.map((row, index) => this.rowElement(field, row, index, template)));
    box.querySelector("[data-ws-rows-empty]").hidden = rows.length > 0;
    if (focus) {
      const target = list.children[focus.index];
      const control = target && (focus.action ? target.querySelector(`[data-ws-action="${focus.action}"]`) : target.querySelector("input, textarea, select"));
      (control || box.querySelector('[data-ws-action="row-add"]')).focus();
    }
  }

  rowElement(field, row, index, template) {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.wsRow = row.id;
    item.querySelectorAll("[id], [for], [name]").forEach((node) => {
      for (const attribute of ["id", "for", "name"]) {
        const value = node.getAttribute(attribute);
        if (value) node.setAttribute(attribute, value.replace("__row__", row.id));
      }
    });
    if (row.preset !== undefined) item.querySelector('[data-ws-cell="label"]').closest(".ws__cell").remove();
    const cells = row.cells || {};
    item.querySelectorAll("[data-ws-cell]").forEach((control) => {
      const name = control.dataset.wsCell;
      control.value = name === "label" ? row.label || "" : cells[name] || "";
    });
    item.querySelectorAll("[data-enhanced]").forEach((node) => { node.hidden = false; });
    this.titleRow(field, row, index, item);
    return item;
  }

  titleRow(field, row, index, item) {
    const title = this.rowTitle(field, row);
    item.querySelector("[data-ws-row-number]").textContent = `${index + 1}.`;
    item.querySelector("[data-ws-row-title]").textContent = title;
    const name = fill(this.t.ws_row_name, { number: index + 1, name: title });
    for (const action of ["row-up", "row-down", "row-remove"]) {
      const button = item.querySelector(`[data-ws-action="${action}"]`);
      button.setAttribute("aria-label", `${button.textContent}: ${name}`);
    }
  }

  refreshRowTitles(field, box) {
    const rows = this.rowsOf(field);
    box.querySelectorAll("[data-ws-rows] > [data-ws-row]").forEach((item, index) => {
      if (rows[index]) this.titleRow(field, rows[index], index, item);
    });
  }

  readRows(field, box) {
    const previous = new Map(this.rowsOf(field).map((row) => [row.id, row]));
    return [...box.querySelectorAll("[data-ws-rows] > [data-ws-row]")].map((item) => {
      const row = { ...(previous.get(item.dataset.wsRow) || { id: item.dataset.wsRow }) };
      const cells = { ...(row.cells || {}) };
      item.querySelectorAll("[data-ws-cell]").forEach((control) => {
        if (control.dataset.wsCell === "label") row.label = control.value;
        else cells[control.dataset.wsCell] = control.value;
      });
      row.cells = cells;
      return row;
    });
  }

  rowAction(action, button) {
    const [field, box] = this.fieldOf(button);
    const rows = this.rowsOf(field).map((row) => ({ ...row }));
    if (action === "row-add") {
      if (rows.length >= this.limits.max_rows) {
        this.messages.announce(fill(this.t.ws_row_limit, { max: this.limits.max_rows }));
        return;
      }
      rows.push({ id: newRowId(), label: "", cells: {} });
      this.record.answers[field.id] = rows;
      this.renderRows(field, box, { index: rows.length - 1 });
      this.save();
      this.messages.announce(fill(this.t.ws_row_added, { number: rows.length }));
      return;
    }
    const index = rows.findIndex((row) => row.id === button.closest("[data-ws-row]").dataset.wsRow);
    const name = this.rowTitle(field, rows[index]);
    if (action === "row-remove") {
      rows.splice(index, 1);
      this.record.answers[field.id] = rows;
      this.renderRows(field, box, { index: Math.min(index, rows.length - 1) });
      this.save();
      this.messages.announce(fill(this.t.ws_row_removed, { name }));
      return;
    }
    const to = Math.max(0, Math.min(rows.length - 1, index + (action === "row-up" ? -1 : 1)));
    rows.splice(to, 0, ...rows.splice(index, 1));
    this.record.answers[field.id] = rows;
    this.renderRows(field, box, { index: to, action });
    this.save();
    this.messages.announce(fill(this.t.ws_row_moved, { name, number: to + 1 }));
  }

  // Rows handed over in the address (?row=...), e.g. by the self-assessment
  // results: added once as new rows, then removed from the address.
  prefillFromAddress() {
    const params = new URLSearchParams(window.location.search);
    const texts = params.getAll("row").map((text) => text.trim().slice(0, PREFILL_TEXT_MAX)).filter(Boolean);
    const field = [...this.fields.values()].find((f) => f.kind === "rows" && f.prefill);
    if (!texts.length || !field || this.conflict) return;
    const rows = this.rowsOf(field).map((row) => ({ ...row }));
    const room = Math.max(0, this.limits.max_rows - rows.length);
    const added = texts.slice(0, room).map((label) => ({ id: newRowId(), label, cells: {} }));
    this.record.answers[field.id] = [...rows, ...added];
    this.renderRows(field, this.form.querySelector(`[data-ws-field="${field.id}"]`));
    this.save();
    this.messages.alert("prefill", fill(this.t.ws_rows_prefilled, { count: added.length }));
    window.history.replaceState(null, "", window.location.pathname + window.location.hash);
  }

  // ---- checklist progress, retired answers -------------------------------

  progress() {
    const checks = [...this.fields.values()].filter((field) => field.kind === "check");
    return { done: checks.filter((field) => (this.answer(field) || {}).checked).length, total: checks.length };
  }

  progressText() {
    return fill(this.t.ws_progress, this.progress());
  }

  renderProgress() {
    const bar = this.find("progress-bar");
    if (!bar) return;
    bar.value = this.progress().done;
    this.find("progress-text").textContent = this.progressText();
  }

  retiredAnswers() {
    return Object.entries(this.record.answers).filter(([id, value]) => {
      const field = this.fields.get(id);
      return !field || !fits(field, value);
    });
  }

  renderRetired() {
    const retired = this.retiredAnswers();
    this.find("retired").hidden = retired.length === 0;
    this.find("retired-list").replaceChildren(...retired.flatMap(([id, value]) => [
      el("dt", {}, this.fields.has(id) ? this.fields.get(id).label : this.config.retired[id] || id),
      el("dd", {}, typeof value === "string" ? value : JSON.stringify(value)),
    ]));
  }

  // ---- actions -----------------------------------------------------------

  onClick(event) {
    const button = event.target.closest("[data-ws-action]");
    if (!button) return;
    const action = button.dataset.wsAction;
    if (action.startsWith("row-")) {
      this.rowAction(action, button);
      return;
    }
    const actions = {
      "export-markdown": () => this.downloadMarkdown(),
      "copy-markdown": () => this.copyMarkdown(),
      "export-json": () => this.exportJson(),
      print: () => { this.renderDocument(); window.print(); },
      clear: () => this.showConfirm(true),
      "clear-no": () => this.showConfirm(false),
      "clear-yes": () => this.clearAnswers(),
      undo: () => this.undoClear(),
      reload: () => this.load(),
      "import-yes": () => this.applyImport(),
      "import-no": () => this.cancelImport(),
    };
    if (actions[action]) actions[action]();
  }

  showConfirm(open) {
    const box = this.find("confirm");
    const trigger = this.root.querySelector('[data-ws-action="clear"]');
    box.hidden = !open;
    trigger.setAttribute("aria-expanded", String(open));
    (open ? box.querySelector("[tabindex]") : trigger).focus();
  }

  clearAnswers() {
    this.undoAnswers = this.record.answers;
    this.record.answers = {};
    this.save();
    this.writeForm();
    this.renderRetired();
    this.renderProgress();
    this.showConfirm(false);
    this.find("undo").hidden = false;
    this.find("undo-text").focus();
  }

  undoClear() {
    if (!this.undoAnswers) return;
    this.record.answers = this.undoAnswers;
    this.undoAnswers = null;
    this.save();
    this.writeForm();
    this.renderRetired();
    this.renderProgress();
    this.find("undo").hidden = true;
    this.root.querySelector('[data-ws-action="clear"]').focus();
    this.messages.announce(this.t.ws_undone);
  }

  document() {
    const date = new Date().toLocaleDateString(`${this.config.lang}-FI`);
    const address = window.location.origin + window.location.pathname;
    return buildDocument(this.config, this.record.answers, this.retiredAnswers(), { date, address }, fits);
  }

  markdown() {
    return toMarkdown(this.document(), this.t);
  }

  downloadMarkdown() {
    const name = `${this.config.tool}-${new Date().toISOString().slice(0, 10)}.md`;
    downloadText(this.markdown(), name, "text/markdown");
    say(this.find("action-message"), fill(this.t.ws_downloaded, { file: name }));
  }

  async copyMarkdown() {
    const place = this.find("action-message");
    try {
      await navigator.clipboard.writeText(this.markdown());
      say(place, this.t.ws_copied);
    } catch (error) {
      say(place, this.t.ws_copy_failed);
    }
  }

  exportJson() {
    const { name, warning } = exportFile(this.record, this.transferOptions());
    say(this.find("action-message"), fill(this.t.ws_exported, { file: name }) + (warning ? ` ${warning}` : ""));
  }

  // The printout: answers as a document (long answers whole, rows as tables)
  // when there are answers; the blank form otherwise.
  renderDocument() {
    const hasAnswers = this.answeredCount() > 0 || this.retiredAnswers().length > 0;
    this.root.dataset.print = hasAnswers ? "answers" : "blank";
    this.find("document").replaceChildren(...(hasAnswers ? documentElements(this.document(), this.t) : []));
  }

  // ---- import ------------------------------------------------------------

  transferOptions() {
    return { kind: KIND, tool: this.config.tool, version: this.config.version, limits: this.limits, strings: this.t };
  }

  parseImport(data) {
    if (!isPlainObject(data.answers)) throw new ImportError(fill(this.t.io_err_bad_value, { key: "answers" }));
    for (const [id, value] of Object.entries(data.answers)) {
      const field = this.fields.get(id);
      if (field && !fits(field, value)) throw new ImportError(fill(this.t.io_err_bad_value, { key: `answers.${id.slice(0, 60)}` }));
      if (field && field.kind === "rows" && value.length > this.limits.max_rows) {
        throw new ImportError(fill(this.t.ws_row_limit, { max: this.limits.max_rows }));
      }
    }
    const answers = { ...data.answers };
    if (this.answeredCount(answers) === 0) throw new ImportError(this.t.ws_err_nothing_matches);
    return { answers, rest: withoutEnvelope(data) };
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
      const current = this.answeredCount();
      if (current === 0) {
        this.applyImport();
        return;
      }
      say(place, "");
      this.find("import-question").textContent = fill(this.t.ws_import_question, {
        file: name, answers: this.answeredCount(parsed.answers), current,
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
    // Unknown fields of the file are kept; the answers are the file's.
    const { revision, updated, ...rest } = pending.rest;
    this.record = { ...this.record, ...rest, tool: this.config.tool, answers: pending.answers };
    const saved = this.save();
    this.writeForm();
    this.renderRetired();
    this.renderProgress();
    const message = fill(this.t.ws_imported, { file: pending.name, answers: this.answeredCount(pending.answers) });
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
