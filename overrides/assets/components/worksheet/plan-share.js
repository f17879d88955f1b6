// A plan shared between the members of a network: "Share this plan" puts
// the whole worksheet in a link (lib/plan-link.js); a member who opens the
// link sees the plan read-only first, and only their own choice takes it
// in, combined with what they have (merge.js): rows of both kept, each
// field or row changed on both sides shown side by side to choose, the
// version not chosen kept in the record's history and its export.
import { CodeError } from "../../javascripts/lib/answer-code.js";
import { el, fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { MAX_LINK, decodePlan, encodePlan, isPlanFragment } from "../../javascripts/lib/plan-link.js";
import { shareOrCopy } from "../../javascripts/lib/share-link.js";
import { ImportError } from "../../javascripts/lib/transfer.js";
import { documentElements } from "./document.js";
import { kindOf, rowTitle } from "./kinds.js";
import { mergePlans, resolveConflicts } from "./merge.js";

const HISTORY_MAX = 500; // versions not chosen, kept per worksheet

export class PlanShare {
  constructor(sheet) {
    this.sheet = sheet;
    this.t = sheet.t;
    this.find = sheet.find;
    this.incoming = null; // { answers, merged }
  }

  // Loaded by worksheet.js when needed; "share-plan" clicks come from there.
  start() {
    this.sheet.root.addEventListener("click", (event) => {
      const action = event.target.closest("[data-ws-action]")?.dataset.wsAction;
      if (action === "take-plan") this.take();
      else if (action === "discard-plan") this.discard();
    });
    this.receive();
    window.addEventListener("hashchange", () => this.receive());
  }

  // ---- sending -------------------------------------------------------------

  async share() {
    const { config, record } = this.sheet;
    const message = this.find("share-message");
    if (this.sheet.answeredCount(record.answers) === 0) {
      say(message, this.t.ws_share_nothing);
      return;
    }
    const data = {
      format: 1,
      kind: "worksheet",
      tool: config.tool,
      toolVersion: config.version,
      answers: record.answers,
    };
    const url = new URL(window.location.href);
    url.hash = await encodePlan(data);
    if (url.href.length > MAX_LINK) {
      say(message, fill(this.t.ws_share_too_long, { length: url.href.length, max: MAX_LINK }));
      return;
    }
    await shareOrCopy(
      { title: config.title, text: fill(this.t.ws_share_text, { title: config.title }), url: url.href },
      {
        field: this.find("share-link"),
        message,
        texts: {
          shared: this.t.ws_share_shared,
          cancelled: this.t.ws_share_cancelled,
          copied: this.t.ws_share_copied,
          copyFailed: this.t.ws_share_copy_failed,
        },
      },
    );
  }

  // ---- receiving -----------------------------------------------------------

  async receive() {
    const fragment = decodeURIComponent(window.location.hash.slice(1));
    if (!isPlanFragment(fragment)) return;
    // The plan leaves the address bar: a reload does not offer it again.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    const box = this.find("incoming");
    box.hidden = false;
    try {
      const data = await decodePlan(fragment);
      if (!isPlainObject(data) || data.tool !== this.sheet.config.tool) {
        throw new ImportError(fill(this.t.ws_plan_other_tool, { tool: String(data?.tool).slice(0, 60) }));
      }
      const { answers } = this.sheet.parseImport(data);
      this.show(answers);
    } catch (error) {
      if (!(error instanceof CodeError || error instanceof ImportError)) throw error;
      const reason = error instanceof CodeError ? fill(this.t[error.reason], error.values) : error.message;
      this.find("incoming-body").hidden = true;
      say(this.find("incoming-message"), fill(this.t.ws_plan_unreadable, { reason }));
    }
    box.focus();
  }

  show(answers) {
    const fields = [...this.sheet.fields.values()];
    const merged = mergePlans(fields, this.sheet.record.answers, answers, (field, value) =>
      kindOf(field).answered(value),
    );
    this.incoming = { answers, merged };
    const doc = this.find("incoming-doc");
    doc.replaceChildren(...documentElements({ ...this.sheet.document(), answers, retired: [] }));
    // The document's tables are made for paper: on a phone they scroll
    // sideways in a region that the keyboard can reach.
    doc.querySelectorAll("table").forEach((table, index) => {
      const title = table.previousElementSibling?.textContent || this.t.ws_incoming_title;
      const region = el("div", { class: "ws__incoming-table", tabindex: "0", role: "region", "aria-label": title });
      table.replaceWith(region);
      region.append(table);
      region.dataset.index = String(index);
    });
    this.find("conflicts").hidden = merged.conflicts.length === 0;
    this.find("conflict-list").replaceChildren(
      ...merged.conflicts.map((conflict, index) => this.choice(conflict, index)),
    );
  }

  // A conflict as a group of two radio buttons: this device's version and
  // the link's, each written out as the document writes the answer.
  choice(conflict, index) {
    const field = this.sheet.fields.get(conflict.field);
    const ctx = { t: this.t, lang: this.sheet.lang, none: this.t.ws_no_answer };
    const describe = (value) => {
      if (!conflict.row) return kindOf(field).text(field, value, ctx);
      const cells = field.columns
        .filter((column) => value.cells?.[column.id] !== undefined && value.cells[column.id] !== "")
        .map((column) => `${column.label}: ${kindOf(column).text(column, value.cells[column.id], ctx)}`);
      return [rowTitle(field, value), ...cells].join("; ");
    };
    const legend = conflict.row
      ? fill(this.t.ws_conflict_row, { field: field.label, row: rowTitle(field, conflict.own) })
      : field.label;
    const group = el("fieldset", { class: "ws__conflict" });
    group.append(el("legend", {}, legend));
    for (const side of ["own", "shared"]) {
      const id = `${this.sheet.root.id}-conflict-${index}-${side}`;
      const option = el("div", { class: "ws__conflict-option" });
      const input = el("input", { type: "radio", id, name: `${this.sheet.root.id}-conflict-${index}`, value: side });
      input.dataset.wsConflict = conflict.key;
      const label = el("label", { for: id });
      label.append(el("strong", {}, side === "own" ? this.t.ws_conflict_own : this.t.ws_conflict_shared), " ");
      label.append(el("span", { class: "ws__conflict-value" }, describe(conflict[side])));
      option.append(input, label);
      group.append(option);
    }
    return group;
  }

  take() {
    if (!this.incoming) return;
    const message = this.find("incoming-message");
    const choices = {};
    for (const input of this.find("conflict-list").querySelectorAll("input:checked")) {
      choices[input.dataset.wsConflict] = input.value;
    }
    const { merged } = this.incoming;
    const open = merged.conflicts.filter((conflict) => !choices[conflict.key]).length;
    if (open) {
      say(message, fill(this.t.ws_conflicts_open, { count: open }));
      this.find("conflict-list").querySelector("fieldset input")?.focus();
      return;
    }
    const at = new Date().toISOString();
    const { answers, history } = resolveConflicts(merged, choices, { at, from: "link" });
    const kept = Array.isArray(this.sheet.record.history) ? this.sheet.record.history : [];
    this.sheet.record = { ...this.sheet.record, answers, history: [...kept, ...history].slice(-HISTORY_MAX) };
    this.sheet.changed();
    const saved = this.sheet.save();
    this.sheet.show();
    this.incoming = null;
    this.find("incoming").hidden = true;
    const text = fill(this.t.ws_plan_taken, { ...merged.added, chosen: history.length });
    say(this.find("share-message"), saved ? text : `${text} ${this.t.rt_not_saved}`);
    this.find("share-message").focus();
  }

  discard() {
    this.incoming = null;
    this.find("incoming").hidden = true;
    say(this.find("share-message"), this.t.ws_plan_discarded);
    this.find("share-message").focus();
  }
}
