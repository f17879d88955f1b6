// The worksheet's field kinds: one entry per kind, and nothing else in the
// component switches on a kind. The Python side has the same kinds in
// macros/components/worksheet/kinds.py (schema, checks, template macro).
//
// An entry may give (defaults in BASE):
//   fits(field, value)       whether a stored value is one this kind writes
//   read(box, field, sheet)  the answer as the form shows it (box: [data-ws-field])
//   write(box, field, value, sheet) shows a stored answer (undefined: none)
//   changed(box, field, sheet) after the reader changed it (rows: retitle)
//   limitProblem(field, value, sheet) why an imported value is over a limit, or ""
//   done(value)              a checklist task done (kinds that have it count in progress)
//   answered(value)          whether a fitting value counts as an answer
//   keepEmpty                an unanswered value is still stored (rows: all removed)
//   text(field, value, ctx)  the answer as plain text, for cells, Markdown and print
//   plain(field, value, ctx) -> lines: the field as clean plain text for an
//                            e-mail (no Markdown marks); [] when nothing to say
//   shown(field, value, ctx) whether the field goes into a copy or an e-mail
//                            (answered and with something to show)
//   readCell / writeCell     the same as read / write for a column's control in a row
//   markdown(field, value, ctx) -> lines;  print(field, value, ctx) -> nodes
//                            (print also gives the HTML put on the clipboard)
//   listItem                 Markdown, plain text and print give one list item
//                            (checks): consecutive items form one list
// ctx: { t: interface texts, lang, none: the "no answer" text ("" in a copy),
//        heading: the tag of a field's heading in print ("h4") or a copy ("h3") }
import { el, isPlainObject } from "../../javascripts/lib/dom.js";
import { rowsKind, rowTitle } from "./rows-kind.js";
import { escapeLine, finnishDate } from "./text.js";

export { escapeLine, finnishDate };

const isString = (value) => typeof value === "string";
const control = (box) => box.querySelector("input, textarea, select");

const block = (text) => text.split(/\r?\n/).map(escapeLine).join("\n");
const oneLine = (text) => text.replace(/\s*\r?\n\s*/g, " ");
const paragraphs = (text) => text.split(/\r?\n/).map((line) => el("p", {}, line));
const optionLabel = (field, id) => (field.options.find((o) => o.id === id) || { label: id }).label;
const lines = (text) => text.split(/\r?\n/);
const checkLine = (field, value) => `${value?.checked ? "☑" : "☐"} ${field.label}`;
export const BULLET = "• ";

// What every kind does unless its entry says otherwise: one text value.
const BASE = {
  fits: (_field, value) => isString(value),
  read: (box) => control(box).value,
  write: (box, _field, value) => {
    control(box).value = value === undefined ? "" : value;
  },
  answered: (value) => value.length > 0,
  keepEmpty: false,
  text: (_field, value) => value,
  changed: () => {},
  limitProblem: () => "",
  readCell: (cell) => cell.value,
  writeCell: (cell, value) => {
    cell.value = value === undefined ? "" : value;
  },
  markdown(field, value, ctx) {
    const text = value === undefined ? "" : this.text(field, value, ctx).trim();
    return [`**${field.label}**`, "", text ? block(text) : ctx.none];
  },
  print(field, value, ctx) {
    const text = value === undefined ? "" : this.text(field, value, ctx).trim();
    return [el(ctx.heading, {}, field.label), ...(text ? paragraphs(text) : [el("p", {}, ctx.none)])];
  },
  plain(field, value, ctx) {
    const text = this.text(field, value, ctx).trim();
    return text ? [field.label, ...lines(text)] : [];
  },
  shown(field, value, ctx) {
    return value !== undefined && this.answered(value) && this.plain(field, value, ctx).length > 0;
  },
  listItem: false,
};

const numberText = (field, value, ctx) => {
  const locale = `${ctx.lang}-FI`;
  const number = value.toLocaleString(locale, { maximumFractionDigits: 2 });
  return field.unit ? `${number}\u00a0${field.unit}` : number;
};

const ENTRIES = {
  text: {},
  textarea: {},
  date: { text: (_field, value) => finnishDate(value) },
  // A number with its unit (hours per month, euros). Stored as a number; an
  // empty or unreadable input is no answer.
  number: {
    fits: (_field, value) => typeof value === "number" && Number.isFinite(value),
    read: (box) => numberOf(control(box)),
    write: (box, _field, value) => {
      control(box).value = value === undefined ? "" : String(value);
    },
    answered: () => true,
    text: numberText,
    readCell: (cell) => numberOf(cell),
    writeCell: (cell, value) => {
      cell.value = typeof value === "number" ? String(value) : "";
    },
  },
  // One option: radio buttons as a field, a select as a column.
  choice: {
    read: (box) => {
      const checked = box.querySelector("input:checked");
      return checked ? checked.value : "";
    },
    write: (box, _field, value) => {
      box.querySelectorAll("input").forEach((input) => {
        input.checked = input.value === value;
      });
    },
    text: (field, value) => (value ? optionLabel(field, value) : ""),
  },
  choices: {
    fits: (_field, value) => Array.isArray(value) && value.every(isString),
    read: (box) => [...box.querySelectorAll("input:checked")].map((input) => input.value),
    write: (box, _field, value) => {
      const chosen = new Set(value || []);
      box.querySelectorAll("input").forEach((input) => {
        input.checked = chosen.has(input.value);
      });
    },
    text: (field, value) => value.map((id) => optionLabel(field, id)).join(", "),
    markdown: (field, value, ctx) => {
      const items = (value || []).map((id) => `- ${optionLabel(field, id)}`);
      return [`**${field.label}**`, "", ...(items.length ? items : [ctx.none])];
    },
    print: (field, value, ctx) => {
      const list = el("ul");
      const items = (value || []).map((id) => optionLabel(field, id));
      list.append(...(items.length ? items : [ctx.none]).map((item) => el("li", {}, item)));
      return [el(ctx.heading, {}, field.label), list];
    },
    plain: (field, value) => (value.length ? [field.label, ...value.map((id) => BULLET + optionLabel(field, id))] : []),
  },
  // A task to tick, with an optional note.
  check: {
    fits: (_field, value) =>
      isPlainObject(value) &&
      (value.checked === undefined || typeof value.checked === "boolean") &&
      (value.note === undefined || isString(value.note)),
    read: (box) => ({
      checked: box.querySelector("input[type=checkbox]").checked,
      note: box.querySelector("[data-ws-note]").value,
    }),
    write: (box, _field, value) => {
      box.querySelector("input[type=checkbox]").checked = Boolean(value?.checked);
      box.querySelector("[data-ws-note]").value = value?.note || "";
    },
    answered: (value) => Boolean(value.checked || (value.note || "").trim()),
    done: (value) => Boolean(value?.checked),
    text: (_field, value) => (value.note || "").trim(),
    listItem: true,
    markdown: (field, value) => {
      const note = value && (value.note || "").trim() ? ` – ${oneLine(value.note.trim())}` : "";
      return [`- [${value?.checked ? "x" : " "}] ${field.label}${note}`];
    },
    plain: (field, value) => {
      const note = (value.note || "").trim();
      const suffix = note ? ` – ${oneLine(note)}` : "";
      return [`${checkLine(field, value)}${suffix}`];
    },
    print: (field, value) => {
      const item = el("li", {}, checkLine(field, value));
      if (value && (value.note || "").trim())
        item.append(el("span", { class: "ws__document-note" }, ` – ${value.note.trim()}`));
      return [item];
    },
  },
};

// A repeating group (rows-kind.js): its columns are fields of the kinds above.
const ROWS = rowsKind(kindOf);
ENTRIES.rows = ROWS.entry;
export const rowProblems = ROWS.rowProblems;
export { rowTitle };

export function kindOf(field) {
  const entry = ENTRIES[field.kind];
  if (!entry) throw new Error(`unknown field kind: ${field.kind}`);
  return { ...BASE, ...entry };
}

export const KIND_NAMES = Object.keys(ENTRIES);

function numberOf(input) {
  if (input.value.trim() === "") return "";
  const number = Number(input.value);
  return Number.isFinite(number) ? number : "";
}

// Splits stored answers into what fits its field and what does not, answer
// by answer; a kind that can keep part of a value (rows keep their fitting
// cells) salvages it, and only what does not fit goes aside, under a key
// that says where it was ("field", "field/row/cell"). Answers to fields this
// version no longer has stay in `answers` (they are listed as no longer asked).
export function sortAnswers(fields, answers) {
  const fitting = {};
  const unreadable = {};
  for (const [id, value] of Object.entries(answers)) {
    const field = fields.get(id);
    const kind = field && kindOf(field);
    if (!field || kind.fits(field, value)) fitting[id] = value;
    else if (kind.salvage)
      fitting[id] = kind.salvage(field, value, (where, raw) => {
        unreadable[`${id}/${where}`] = raw;
      });
    else unreadable[id] = value;
  }
  return { answers: fitting, unreadable };
}
