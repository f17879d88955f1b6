// Group summary: a trainer collects the answers of a group to one
// self-assessment on their own device, as answer codes (pasted from a chat
// or an e-mail thread, or opened as a participant's link) or as exported
// files, and sees per section and per statement how many answered, the
// distribution, median, range and spread, and where views differ most.
// The group is kept in this browser's storage until the trainer clears it;
// nothing is sent anywhere. Started by assets/javascripts/init.js.
import { fill } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { RecordStore, ShapeError, recordKey } from "../../javascripts/lib/storage.js";
import { ImportError } from "../../javascripts/lib/transfer.js";
import { entriesFromText, entryFromFile, fitsConfig, signature } from "./entries.js";
import { Projector } from "./projector.js";
import { Scanner } from "./scanner.js";
import { summarise } from "./stats.js";
import { SummaryView } from "./view.js";

const MAX_ENTRIES = 500;

function checkGroup(record) {
  if (!Array.isArray(record.entries)) throw new ShapeError("entries");
  return { ...record, name: typeof record.name === "string" ? record.name : "" };
}

export default class GroupSummary {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-gs-config]").textContent);
    this.t = this.config.strings;
    this.find = (name) => root.querySelector(`[data-gs-${name}]`);
    this.view = new SummaryView(root, this.config);
    this.projector = new Projector(root, this.config, this.view);
    // A code read by the camera counts like a pasted one; true if it was used.
    this.scanner = new Scanner(root, this.t, (text) => {
      const { added, replaced } = this.addText(text);
      return added + replaced > 0;
    });
    this.store = new RecordStore(recordKey("group", this.config.tool), { format: 1, check: checkGroup });
    this.group = { name: "", entries: [] };
    this.rejected = []; // [{ label, reason }] of this visit: shown, not kept
    this.cleared = null; // the group before "clear", until undone or changed
  }

  start() {
    this.load();
    this.find("files").addEventListener("change", (event) => {
      this.addFiles([...event.target.files]);
      event.target.value = "";
    });
    this.watchDrop();
    this.find("name").addEventListener("change", (event) => {
      this.group.name = event.target.value.trim();
      this.save();
    });
    this.view.watch();
    this.projector.start();
    this.scanner.start();
    this.root.addEventListener("click", (event) => {
      const action = event.target.closest("[data-gs-action]")?.dataset.gsAction;
      const actions = {
        paste: () => this.addText(this.find("paste").value, { clearField: true }),
        print: () => window.print(),
        project: () => this.projector.open(this.figures()),
        clear: () => this.confirmClear(true),
        "clear-no": () => this.confirmClear(false),
        "clear-yes": () => this.clear(),
        undo: () => this.undo(),
      };
      actions[action]?.();
    });
    // A participant's link opened here (in this tab or a new one).
    this.takeLinkCode();
    window.addEventListener("hashchange", () => this.takeLinkCode());
    this.store.onChangeElsewhere(() => this.load());
  }

  watchDrop() {
    const drop = this.find("drop");
    drop.addEventListener("dragover", (event) => {
      event.preventDefault();
      drop.classList.add("gs__drop--over");
    });
    drop.addEventListener("dragleave", () => drop.classList.remove("gs__drop--over"));
    drop.addEventListener("drop", (event) => {
      event.preventDefault();
      drop.classList.remove("gs__drop--over");
      this.addFiles([...event.dataTransfer.files]);
    });
  }

  // ---- the kept group ------------------------------------------------------

  load() {
    const { record, problem } = this.store.read();
    this.storageProblem(problem);
    if (record) this.group = record;
    this.find("name").value = this.group.name;
    this.render();
  }

  save() {
    const problem = this.store.write(this.group);
    this.storageProblem(problem);
    return !problem;
  }

  storageProblem(problem) {
    const note = this.find("storage");
    note.textContent = problem ? this.t.gs_not_kept : "";
    note.hidden = !problem;
  }

  // ---- adding --------------------------------------------------------------

  takeLinkCode() {
    const code = decodeURIComponent(window.location.hash.slice(1));
    if (!code.startsWith("vj")) return;
    // The code leaves the address: a reload or a bookmark does not carry it.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    this.addText(code, { fromLink: true });
  }

  addText(text, { clearField = false, fromLink = false } = {}) {
    const started = performance.now();
    const { entries, rejected } = entriesFromText(text, this.config);
    if (!entries.length && !rejected.length) {
      say(this.find("message"), this.t.gs_no_codes);
      return { added: 0, replaced: 0 };
    }
    const counts = this.take(entries, rejected);
    // Measured by `make bench`: reading and combining, in milliseconds.
    this.root.dataset.lastCombineMs = String(Math.round(performance.now() - started));
    if (clearField) this.find("paste").value = "";
    this.report(counts, fromLink ? this.t.gs_added_link : this.t.gs_added);
    return counts;
  }

  async addFiles(files) {
    say(this.find("message"), fill(this.t.gs_reading, { count: files.length }));
    const started = performance.now();
    // Read side by side, taken in the order chosen: of two files with the
    // same answers, the first one counts.
    const read = await Promise.all(
      files.map((file) =>
        entryFromFile(file, this.config).catch((error) => {
          if (!(error instanceof ImportError)) throw error;
          return { label: file.name.slice(0, 120), reason: error.message };
        }),
      ),
    );
    const entries = read.filter((entry) => entry.answers);
    const rejected = read.filter((entry) => !entry.answers);
    const counts = this.take(entries, rejected);
    this.root.dataset.lastCombineMs = String(Math.round(performance.now() - started));
    this.report(counts, this.t.gs_added);
  }

  // Adds what is new and under the limit; a sender's later answers replace
  // their earlier ones. Returns { added, replaced }.
  take(entries, rejected) {
    const seen = new Set(this.group.entries.map((entry) => signature(entry.answers)));
    let added = 0;
    let replaced = 0;
    for (const entry of entries) {
      const key = signature(entry.answers);
      const earlier = entry.sender ? this.group.entries.findIndex((kept) => kept.sender === entry.sender) : -1;
      if (seen.has(key)) rejected.push({ label: entry.label, reason: this.t.gs_err_duplicate });
      else if (earlier >= 0) {
        seen.add(key);
        this.group.entries[earlier] = { ...entry, replaced: true };
        replaced += 1;
      } else if (this.group.entries.length >= MAX_ENTRIES)
        rejected.push({ label: entry.label, reason: fill(this.t.gs_err_too_many, { max: MAX_ENTRIES }) });
      else {
        seen.add(key);
        this.group.entries.push(entry);
        added += 1;
      }
    }
    this.rejected.push(...rejected);
    if (added || replaced) this.forgetCleared();
    this.save();
    this.render();
    return { added, replaced };
  }

  report({ added, replaced }, text) {
    const people = this.usable().length;
    const skipped = this.rejected.length;
    const parts = [fill(text, { added, people })];
    if (replaced) parts.push(fill(this.t.gs_replaced_count, { replaced }));
    if (skipped) parts.push(fill(this.t.gs_skipped_count, { skipped }));
    say(this.find("message"), parts.join(" "));
  }

  // ---- clearing ------------------------------------------------------------

  confirmClear(open) {
    const box = this.find("confirm");
    box.hidden = !open;
    this.find("clear-button").setAttribute("aria-expanded", String(open));
    if (open) {
      this.find("confirm-text").textContent = fill(this.t.gs_clear_question, { people: this.group.entries.length });
      this.find("confirm-text").focus();
    } else this.find("clear-button").focus();
  }

  clear() {
    this.cleared = this.group;
    this.group = { name: "", entries: [] };
    this.rejected = [];
    this.store.remove();
    this.find("name").value = "";
    this.find("confirm").hidden = true;
    this.render();
    this.find("undo").hidden = false;
    this.find("undo-text").focus();
  }

  undo() {
    if (!this.cleared) return;
    this.group = this.cleared;
    this.cleared = null;
    this.save();
    this.find("name").value = this.group.name;
    this.find("undo").hidden = true;
    this.render();
    say(this.find("message"), fill(this.t.gs_undone, { people: this.group.entries.length }));
    this.find("clear-button").focus();
  }

  forgetCleared() {
    this.cleared = null;
    this.find("undo").hidden = true;
  }

  // ---- figures -------------------------------------------------------------

  usable() {
    return this.group.entries.filter((entry) => fitsConfig(entry, this.config));
  }

  rows() {
    const status = (entry) => {
      if (!fitsConfig(entry, this.config)) return fill(this.t.gs_skipped, { reason: this.t.gs_err_stale });
      const answers = Object.keys(entry.answers).length;
      if (entry.replaced) return fill(this.t.gs_used_replaced, { answers });
      return entry.other
        ? fill(this.t.gs_used_not_asked, { answers, other: entry.other })
        : fill(this.t.gs_used, { answers });
    };
    return [
      ...this.group.entries.map((entry) => ({ label: entry.label, status: status(entry) })),
      ...this.rejected.map(({ label, reason }) => ({ label, status: fill(this.t.gs_skipped, { reason }) })),
    ];
  }

  figures() {
    return summarise(
      this.config,
      this.usable().map((entry) => entry.answers),
    );
  }

  render() {
    this.find("clear-button").hidden = this.group.entries.length === 0;
    this.view.render(this.figures(), this.rows());
  }
}
