// Repeating rows of a worksheet field (kind "rows"): drawn from the row
// template the server rendered, added, moved and removed by buttons that
// keep focus and announce what happened, and taken from the address
// (?row=...&source=...) when another tool hands rows over. Each cell's value
// is read and written by its column's kind (kinds.js).
import { fill } from "../../javascripts/lib/dom.js";
import { kindOf, rowTitle } from "./kinds.js";

const PREFILL_TEXT_MAX = 400;
const newRowId = () => `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export class Rows {
  constructor(sheet) {
    this.sheet = sheet;
  }

  get t() {
    return this.sheet.t;
  }

  // The stored rows, or the field's preset rows before any were stored.
  of(field) {
    const stored = this.sheet.answer(field);
    return stored !== undefined ? stored : field.preset.map((preset) => ({ id: preset.id, preset: preset.id }));
  }

  title(field, row) {
    return rowTitle(field, row) || field.row_label;
  }

  render(field, box, focus) {
    const list = box.querySelector("[data-ws-rows]");
    const template = box.querySelector("[data-ws-row-template]");
    const rows = this.of(field);
    list.replaceChildren(...rows.map((row, index) => this.element(field, row, index, template)));
    box.querySelector("[data-ws-rows-empty]").hidden = rows.length > 0;
    if (focus) {
      const target = list.children[focus.index];
      const control =
        target &&
        (focus.action
          ? target.querySelector(`[data-ws-action="${focus.action}"]`)
          : target.querySelector("input, textarea, select"));
      (control || box.querySelector('[data-ws-action="row-add"]')).focus();
    }
  }

  element(field, row, index, template) {
    const item = template.content.firstElementChild.cloneNode(true);
    item.dataset.wsRow = row.id;
    item.querySelectorAll("[id], [for], [name], [aria-describedby]").forEach((node) => {
      for (const attribute of ["id", "for", "name", "aria-describedby"]) {
        const value = node.getAttribute(attribute);
        if (value) node.setAttribute(attribute, value.replaceAll("__row__", row.id));
      }
    });
    if (row.preset !== undefined) item.querySelector('[data-ws-cell="label"]').closest(".ws__cell").remove();
    const cells = row.cells || {};
    item.querySelectorAll("[data-ws-cell]").forEach((control) => {
      const name = control.dataset.wsCell;
      if (name === "label") control.value = row.label || "";
      else kindOf(this.column(field, name)).writeCell(control, cells[name]);
    });
    item.querySelectorAll("[data-enhanced]").forEach((node) => {
      node.hidden = false;
    });
    this.name(field, row, index, item);
    return item;
  }

  column(field, id) {
    return field.columns.find((column) => column.id === id);
  }

  name(field, row, index, item) {
    const title = this.title(field, row);
    item.querySelector("[data-ws-row-number]").textContent = `${index + 1}.`;
    item.querySelector("[data-ws-row-title]").textContent = title;
    const name = fill(this.t.ws_row_name, { number: index + 1, name: title });
    for (const action of ["row-up", "row-down", "row-remove"]) {
      const button = item.querySelector(`[data-ws-action="${action}"]`);
      button.setAttribute("aria-label", `${button.textContent}: ${name}`);
    }
  }

  refreshTitles(field, box) {
    const rows = this.of(field);
    box.querySelectorAll("[data-ws-rows] > [data-ws-row]").forEach((item, index) => {
      if (rows[index]) this.name(field, rows[index], index, item);
    });
  }

  read(field, box) {
    const previous = new Map(this.of(field).map((row) => [row.id, row]));
    return [...box.querySelectorAll("[data-ws-rows] > [data-ws-row]")].map((item) => {
      const row = { ...(previous.get(item.dataset.wsRow) || { id: item.dataset.wsRow }) };
      const cells = { ...(row.cells || {}) };
      item.querySelectorAll("[data-ws-cell]").forEach((control) => {
        const name = control.dataset.wsCell;
        if (name === "label") row.label = control.value;
        else {
          const value = kindOf(this.column(field, name)).readCell(control);
          if (value === "") delete cells[name];
          else cells[name] = value;
        }
      });
      row.cells = cells;
      return row;
    });
  }

  store(field, rows) {
    this.sheet.record.answers[field.id] = rows;
    this.sheet.changed();
  }

  act(action, button) {
    const [field, box] = this.sheet.fieldOf(button);
    const rows = this.of(field).map((row) => ({ ...row }));
    const { messages, limits } = this.sheet;
    if (action === "row-add") {
      if (rows.length >= limits.max_rows) {
        messages.announce(fill(this.t.ws_row_limit, { max: limits.max_rows }));
        return;
      }
      rows.push({ id: newRowId(), label: "", cells: {} });
      this.store(field, rows);
      this.render(field, box, { index: rows.length - 1 });
      this.sheet.save();
      messages.announce(fill(this.t.ws_row_added, { number: rows.length }));
      return;
    }
    const index = rows.findIndex((row) => row.id === button.closest("[data-ws-row]").dataset.wsRow);
    const name = this.title(field, rows[index]);
    if (action === "row-remove") {
      rows.splice(index, 1);
      this.store(field, rows);
      this.render(field, box, { index: Math.min(index, rows.length - 1) });
      this.sheet.save();
      messages.announce(fill(this.t.ws_row_removed, { name }));
      return;
    }
    const to = Math.max(0, Math.min(rows.length - 1, index + (action === "row-up" ? -1 : 1)));
    rows.splice(to, 0, ...rows.splice(index, 1));
    this.store(field, rows);
    this.render(field, box, { index: to, action });
    this.sheet.save();
    messages.announce(fill(this.t.ws_row_moved, { name, number: to + 1 }));
  }

  // Rows handed over in the address, e.g. by the self-assessment results:
  // ?row=<text>&source=<where it came from>, pairwise. A row whose source is
  // already here is not added again; the address is then cleaned.
  prefillFromAddress() {
    const params = new URLSearchParams(window.location.search);
    const texts = params.getAll("row").map((text) => text.trim().slice(0, PREFILL_TEXT_MAX));
    const sources = params.getAll("source");
    const field = [...this.sheet.fields.values()].find((f) => f.prefill);
    if (!texts.some(Boolean) || !field || this.sheet.conflict) return;
    const rows = this.of(field).map((row) => ({ ...row }));
    const present = new Set(rows.map((row) => row.source).filter(Boolean));
    const offered = texts
      .map((label, i) => ({ label, source: (sources[i] || "").slice(0, 120) }))
      .filter(({ label, source }) => label && !(source && present.has(source)));
    const added = offered
      .slice(0, Math.max(0, this.sheet.limits.max_rows - rows.length))
      .map(({ label, source }) => ({ id: newRowId(), label, ...(source ? { source } : {}), cells: {} }));
    window.history.replaceState(null, "", window.location.pathname + window.location.hash);
    const box = this.sheet.boxOf(field);
    if (added.length) {
      this.store(field, [...rows, ...added]);
      this.render(field, box);
      this.sheet.save();
    }
    const notice = box.querySelector("[data-ws-rows-notice]");
    notice.textContent = added.length
      ? fill(this.t.ws_rows_prefilled, { count: added.length })
      : this.t.ws_rows_already;
    notice.hidden = false;
    notice.focus({ preventScroll: true });
    notice.scrollIntoView({ block: "start" });
  }
}
