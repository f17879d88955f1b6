// Dated snapshots of a self-assessment: saved under a name, listed with
// their overall average, compared with the current answers in a table,
// deleted, imported from a file. Kept in the record's `snapshots`.
import { el, fill } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { ImportError } from "../../javascripts/lib/transfer.js";
import { isSnapshot, snapshotLabels } from "./scoring.js";

const COMPARE_COLUMNS = 3;

export class Snapshots {
  constructor(tool) {
    this.tool = tool;
  }

  get t() {
    return this.tool.t;
  }

  get list() {
    return this.tool.record.snapshots;
  }

  // Stored snapshots this code can read; any other is set aside, not dropped.
  sort(stored) {
    if (stored === undefined) return { fields: { snapshots: [] }, unreadable: {} };
    if (!Array.isArray(stored)) return { fields: { snapshots: [] }, unreadable: { snapshots: stored } };
    const max = this.tool.limits.snapshot_name_max;
    const unreadable = {};
    stored.forEach((snapshot, index) => {
      if (!isSnapshot(snapshot, max)) unreadable[`snapshots/${index + 1}`] = snapshot;
    });
    return { fields: { snapshots: stored.filter((snapshot) => isSnapshot(snapshot, max)) }, unreadable };
  }

  // Dates as written in Finland in both languages (d.m.yyyy), like the
  // "last updated" line the server renders.
  formatDate(iso, withTime) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const locale = `${this.tool.lang}-FI`;
    return withTime
      ? date.toLocaleString(locale, {
          day: "numeric",
          month: "numeric",
          year: "numeric",
          hour: "2-digit",
          minute: "2-digit",
        })
      : date.toLocaleDateString(locale);
  }

  names() {
    return snapshotLabels(this.list, (iso, withTime) => this.formatDate(iso, withTime));
  }

  act(action, button) {
    if (action === "snapshot") this.save();
    else if (action === "delete-snapshot") this.remove(button.dataset.snapshot);
  }

  save() {
    const tool = this.tool;
    const input = tool.find("snapshot-name");
    const place = tool.find("snapshot-message");
    if (this.list.length >= tool.limits.max_snapshots) {
      say(place, fill(this.t.sa_snapshot_limit, { max: tool.limits.max_snapshots }));
      return;
    }
    const snapshot = {
      id: `s${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      created: new Date().toISOString(),
      name: input.value.trim().slice(0, tool.limits.snapshot_name_max),
      toolVersion: tool.config.version,
      answers: { ...tool.record.answers },
    };
    this.list.push(snapshot);
    tool.changed();
    tool.save();
    input.value = "";
    say(place, "");
    tool.render();
    tool.messages.announce(fill(this.t.sa_snapshot_saved, { name: this.names().get(snapshot) }));
  }

  remove(id) {
    const tool = this.tool;
    const snapshot = this.list.find((s) => s.id === id);
    if (!snapshot) return;
    const name = this.names().get(snapshot);
    tool.record.snapshots = this.list.filter((s) => s.id !== id);
    tool.changed();
    tool.save();
    say(tool.find("snapshot-message"), "");
    tool.render();
    tool.find("snapshot-name").focus();
    tool.messages.announce(fill(this.t.sa_snapshot_deleted, { name }));
  }

  render(current) {
    const tool = this.tool;
    const list = this.list;
    tool.find("snapshots-none").hidden = list.length > 0;
    const names = this.names();
    tool.find("snapshots").replaceChildren(
      ...list.map((snapshot) => {
        const name = names.get(snapshot);
        const overall = tool.score(snapshot.answers).overall;
        const item = el("li", {}, `${name}: ${this.t.sa_col_average.toLowerCase()} ${tool.number(overall)} `);
        item.append(
          el(
            "button",
            {
              type: "button",
              class: "md-button sa__small",
              "data-sa-action": "delete-snapshot",
              "data-snapshot": String(snapshot.id),
              "aria-label": `${this.t.sa_snapshot_delete}: ${name}`,
            },
            this.t.sa_snapshot_delete,
          ),
        );
        return item;
      }),
    );
    const wrap = tool.find("compare-wrap");
    wrap.hidden = list.length === 0;
    if (!list.length) return;
    const shown = list.slice(-COMPARE_COLUMNS);
    const scored = shown.map((s) => tool.score(s.answers));
    const table = tool.find("compare");
    table.tHead.rows[0].replaceChildren(
      el("th", { scope: "col" }, this.t.sa_col_section),
      el("th", { scope: "col" }, this.t.sa_col_now),
      ...shown.map((s) => el("th", { scope: "col" }, names.get(s))),
    );
    const rows = current.sections.map((section, index) => {
      const row = el("tr");
      row.append(
        el("th", { scope: "row" }, `${index + 1}. ${section.title}`),
        el("td", {}, tool.number(section.average)),
        ...scored.map((score) => el("td", {}, tool.number(score.sections[index].average))),
      );
      return row;
    });
    const total = el("tr");
    total.append(
      el("th", { scope: "row" }, this.t.sa_overall_row),
      el("td", {}, tool.number(current.overall)),
      ...scored.map((score) => el("td", {}, tool.number(score.overall))),
    );
    table.tBodies[0].replaceChildren(...rows, total);
  }

  // The file's snapshots that are new here, checked; ImportError when one is
  // malformed or when they would not fit the limit.
  fromFile(snapshots, validAnswers) {
    if (snapshots === undefined) return [];
    if (!Array.isArray(snapshots)) throw new ImportError(fill(this.t.io_err_bad_value, { key: "snapshots" }));
    const max = this.tool.limits.snapshot_name_max;
    const clean = snapshots.map((s, index) => {
      const where = `snapshots[${index}]`;
      const answers = validAnswers(s?.answers, `${where}.answers`);
      if (!isSnapshot({ ...s, answers }, max)) throw new ImportError(fill(this.t.io_err_bad_value, { key: where }));
      return { ...s, name: s.name || "", answers };
    });
    const known = new Set(this.list.map((s) => s.id));
    const added = clean.filter((s) => !known.has(s.id));
    const limit = this.tool.limits.max_snapshots;
    if (this.list.length + added.length > limit) {
      throw new ImportError(
        fill(this.t.sa_err_too_many_snapshots, { max: limit, have: this.list.length, added: added.length }),
      );
    }
    return added;
  }
}
