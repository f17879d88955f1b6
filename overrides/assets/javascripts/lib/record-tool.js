// The base of every component that keeps a record of answers in this
// browser (self-assessments, worksheets, checklists): loading and saving,
// the guard against two tabs overwriting each other, answers that no longer
// fit kept aside, export and import, clear with undo, messages and print
// hooks. A component extends RecordTool and keeps only its own logic; the
// controls this class drives come from one template partial
// (macros/components/record/manage.html), marked data-rt-<name>.
//
// What a component provides (see the two components for examples):
//   static kind                     storage namespace and file kind
//   static format, static migrations record format and its migrations
//   texts()                         its own wording of shared messages
//   sortAnswers(answers)            -> { answers, unreadable } (what fits, what not)
//   sortExtra(record)               -> { fields, unreadable } for its other fields (optional)
//   show()                          writes the record to the form and renders
//   answeredCount(answers)          answers that count as given
//   parseImport(data)               -> { answers, extra, facts } or ImportError
//   onRestored(), beforePrint()     optional
import { fill, isPlainObject } from "./dom.js";
import { Messages, say } from "./messages.js";
import { showLoadProblem, showSaveProblem } from "./storage-messages.js";
import { RecordStore, ShapeError, recordKey } from "./storage.js";
import { ImportError, exportFile, readExport, withoutEnvelope } from "./transfer.js";

const SAVE_DELAY = 400; // ms after the last keystroke

// The outer shape every record must have; anything else is set aside whole
// by the storage layer. What is inside `answers` is sorted answer by answer.
function checkRecord(record) {
  const answers = record.answers === undefined ? {} : record.answers;
  const unreadable = record.unreadable === undefined ? {} : record.unreadable;
  if (!isPlainObject(answers) || !isPlainObject(unreadable)) throw new ShapeError("answers");
  if (record.revision !== undefined && !Number.isInteger(record.revision)) throw new ShapeError("revision");
  return { ...record, answers, unreadable };
}

export class RecordTool {
  static kind = "record";
  static format = 1;
  static migrations = {};

  constructor(root) {
    if (root.dataset.started === "true") throw new Error("this component has already started");
    const { kind, format, migrations } = this.constructor;
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-rt-config]").textContent);
    this.t = this.config.strings;
    this.lang = this.config.lang;
    this.limits = this.config.limits;
    this.part = (name) => root.querySelector(`[data-rt-${name}]`);
    this.store = new RecordStore(recordKey(kind, this.config.tool), { format, migrations, check: checkRecord });
    this.messages = new Messages(this.part("status"), this.part("alert"));
    this.record = this.emptyRecord();
    this.revision = 0;
    this.conflict = false;
    this.pendingImport = null;
    this.undoRecord = null;
  }

  emptyRecord() {
    return { tool: this.config.tool, toolVersion: this.config.version, answers: {}, unreadable: {} };
  }

  start() {
    this.load({ announce: true });
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.part("import").addEventListener("change", (event) => this.onImport(event));
    this.part("nickname").addEventListener("change", (event) => {
      this.record.nickname = event.target.value.trim();
      this.save();
    });
    this.store.onChangeElsewhere(() => this.showConflict());
    window.addEventListener("pageshow", (event) => {
      if (event.persisted) this.load();
    });
    window.addEventListener("beforeprint", () => this.beforePrint());
  }

  // ---- state -------------------------------------------------------------

  load({ announce = false } = {}) {
    const { record, problem, keptAt } = this.store.read();
    showLoadProblem(this.messages, this.t, { problem, keptAt });
    this.loadProblem = problem;
    const loaded = record || this.emptyRecord();
    // Answers of a kind this page cannot read move aside with their raw
    // value; they are saved, exported and listed, never dropped.
    const { answers, unreadable } = this.sortAnswers(loaded.answers);
    const extra = this.sortExtra(loaded);
    this.record = {
      ...loaded,
      ...extra.fields,
      answers,
      unreadable: { ...loaded.unreadable, ...extra.unreadable, ...unreadable },
    };
    this.revision = this.record.revision || 0;
    this.conflict = false;
    this.part("conflict").hidden = true;
    this.showUnreadable();
    this.part("nickname").value = typeof this.record.nickname === "string" ? this.record.nickname : "";
    this.show();
    if (announce && this.answeredCount(this.record.answers) > 0) {
      this.messages.announce(this.t.rt_restored);
      this.onRestored();
    }
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
    this.record = {
      ...this.record,
      toolVersion: this.config.version,
      revision: this.revision + 1,
      updated: new Date().toISOString(),
    };
    const problem = this.store.write(this.record);
    if (!problem) this.revision = this.record.revision;
    showSaveProblem(this.messages, this.t, problem, this.loadProblem);
    const time = new Date().toLocaleTimeString(`${this.lang}-FI`, { hour: "2-digit", minute: "2-digit" });
    this.part("saved").textContent = problem ? this.t.rt_not_saved : fill(this.t.rt_saved_at, { time });
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
    this.part("conflict").hidden = false;
  }

  showUnreadable() {
    const count = Object.keys(this.record.unreadable).length;
    if (count) this.messages.alert("unreadable", fill(this.t.rt_unreadable, { count }));
    else this.messages.clear("unreadable");
    this.part("unreadable").hidden = count === 0;
    this.part("unreadable-list").replaceChildren(
      ...Object.entries(this.record.unreadable).flatMap(([id, value]) => {
        const term = document.createElement("dt");
        const raw = document.createElement("dd");
        term.textContent = this.labelOf(id);
        raw.textContent = typeof value === "string" ? value : JSON.stringify(value);
        return [term, raw];
      }),
    );
  }

  // The question or field an answer id belongs to, for the reader; the id itself otherwise.
  labelOf(id) {
    return id;
  }

  // ---- hooks with a default ------------------------------------------------

  sortExtra() {
    return { fields: {}, unreadable: {} };
  }

  onRestored() {}

  beforePrint() {}

  // ---- actions -----------------------------------------------------------

  onClick(event) {
    const button = event.target.closest("[data-rt-action]");
    if (!button || !this.root.contains(button)) return;
    const actions = {
      "export-json": () => this.exportJson(),
      print: () => {
        this.beforePrint();
        window.print();
      },
      clear: () => this.showConfirm(true),
      "clear-no": () => this.showConfirm(false),
      "clear-yes": () => this.clearAnswers(),
      undo: () => this.undoClear(),
      reload: () => this.load(),
      "import-yes": () => this.applyImport(),
      "import-no": () => this.cancelImport(),
    };
    const action = actions[button.dataset.rtAction];
    if (action) action();
  }

  showConfirm(open) {
    const box = this.part("confirm");
    const trigger = this.root.querySelector('[data-rt-action="clear"]');
    box.hidden = !open;
    trigger.setAttribute("aria-expanded", String(open));
    (open ? box.querySelector("[tabindex]") : trigger).focus();
  }

  // Clearing keeps everything but the answers (snapshots, unknown fields);
  // the answers can be brought back until the next change.
  clearAnswers() {
    this.undoRecord = { answers: this.record.answers, unreadable: this.record.unreadable };
    this.record = { ...this.record, answers: {}, unreadable: {} };
    this.save();
    this.showUnreadable();
    this.show();
    this.showConfirm(false);
    this.part("undo").hidden = false;
    this.part("undo-text").focus();
  }

  undoClear() {
    if (!this.undoRecord) return;
    this.record = { ...this.record, ...this.undoRecord };
    this.undoRecord = null;
    this.save();
    this.showUnreadable();
    this.show();
    this.part("undo").hidden = true;
    this.root.querySelector('[data-rt-action="clear"]').focus();
    this.messages.announce(this.t.rt_undone);
  }

  // A change after clearing: the cleared answers are no longer offered back.
  changed() {
    if (this.undoRecord) {
      this.undoRecord = null;
      this.part("undo").hidden = true;
    }
  }

  // ---- export and import -------------------------------------------------

  transferOptions() {
    return {
      kind: this.constructor.kind,
      tool: this.config.tool,
      version: this.config.version,
      limits: this.limits,
      strings: this.t,
      nickname: this.part("nickname").value,
    };
  }

  exportJson() {
    const { name, warning } = exportFile(this.record, this.transferOptions());
    say(this.part("action-message"), fill(this.t.rt_exported, { file: name }) + (warning ? ` ${warning}` : ""));
  }

  async onImport(event) {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const place = this.part("import-message");
    const name = file.name.slice(0, 120);
    this.cancelImport({ quiet: true });
    try {
      const data = await readExport(file, this.transferOptions());
      const parsed = this.parseImport(data);
      this.pendingImport = { ...parsed, rest: withoutEnvelope(data), name };
      const current = this.answeredCount(this.record.answers);
      if (current === 0) {
        this.applyImport();
        return;
      }
      // Replacing answers the reader has: ask first, next to the control.
      say(place, "");
      this.part("import-question").textContent = fill(this.texts().importQuestion, {
        file: name,
        current,
        ...parsed.facts,
      });
      this.part("import-confirm").hidden = false;
      this.part("import-question").focus();
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
    this.part("import-confirm").hidden = true;
    // Unknown fields of the file are kept; the answers are the file's; what
    // the file could not have (revision, save time) is this tab's.
    const { revision, updated, answers, unreadable, ...rest } = pending.rest;
    const sorted = this.sortAnswers(pending.answers);
    this.record = {
      ...this.record,
      ...rest,
      ...pending.extra,
      tool: this.config.tool,
      answers: sorted.answers,
      unreadable: { ...(isPlainObject(unreadable) ? unreadable : {}), ...sorted.unreadable },
    };
    this.changed();
    const saved = this.save();
    this.showUnreadable();
    this.show();
    const message = fill(this.texts().imported, { file: pending.name, ...pending.facts });
    say(this.part("import-message"), saved ? message : `${message} ${this.t.io_not_saved}`);
    this.part("import").focus();
  }

  cancelImport({ quiet = false } = {}) {
    const wasOpen = !this.part("import-confirm").hidden;
    this.pendingImport = null;
    this.part("import-confirm").hidden = true;
    if (!quiet && wasOpen) {
      say(this.part("import-message"), this.t.io_import_cancelled);
      this.part("import").focus();
    }
  }
}
