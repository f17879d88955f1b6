// The repeating group kind ("rows"): a list of rows, each {id, label |
// preset, cells}, whose columns are fields of the other kinds. Made by
// rowsKind(kindOf) so that it reads its columns through the same registry
// (kinds.js) without the two modules importing each other.
import { el, fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { escapeLine } from "./text.js";

const isString = (value) => typeof value === "string";
const ROW_ID = /^[A-Za-z0-9-]{1,60}$/;

export function rowTitle(field, row) {
  const preset = row.preset !== undefined && field.preset.find((p) => p.id === row.preset);
  return preset ? preset.label : (row.label || "").trim();
}

export function rowsKind(kindOf) {
  // The rows and their cell texts as a document table: unused preset rows
  // (no cell filled) are left out, so paper holds what was written.
  function rowsTable(field, value, ctx) {
    const rows = value === undefined ? field.preset.map((p) => ({ id: p.id, preset: p.id })) : value;
    return rows
      .map((row) => ({
        title: rowTitle(field, row),
        preset: row.preset !== undefined,
        cells: field.columns.map((column) => {
          const cell = row.cells?.[column.id];
          return cell === undefined || cell === "" ? "" : kindOf(column).text(column, cell, ctx).trim();
        }),
      }))
      .filter((row) => row.cells.some(Boolean) || (!row.preset && row.title));
  }

  const entry = {
    // Rows are drawn and read by the worksheet's row helper (rows.js).
    read: (box, field, sheet) => sheet.rows.read(field, box),
    write: (box, field, _value, sheet) => sheet.rows.render(field, box),
    changed: (box, field, sheet) => sheet.rows.refreshTitles(field, box),
    limitProblem: (_field, value, sheet) =>
      value.length > sheet.limits.max_rows ? fill(sheet.t.ws_row_limit, { max: sheet.limits.max_rows }) : "",
    fits: (field, value) => Array.isArray(value) && value.every((row) => rowProblems(field, row).length === 0),
    answered: (value) => value.length > 0,
    keepEmpty: true,
    // Rows that are not rows at all go aside whole; a row keeps its fitting cells.
    salvage: (field, value, setAside) => {
      if (!Array.isArray(value)) {
        setAside("rows", value);
        return [];
      }
      return value.flatMap((row, index) => {
        const problems = rowProblems(field, row);
        if (problems.includes("row") || problems.includes("cells")) {
          setAside(String(index + 1), row);
          return [];
        }
        const kept = { ...row, cells: { ...(row.cells || {}) } };
        for (const name of problems) {
          const inRow = name === "label" || name === "preset";
          setAside(`${row.id}/${name}`, inRow ? row[name] : row.cells[name]);
          if (inRow) delete kept[name];
          else delete kept.cells[name];
        }
        return [kept];
      });
    },
    text: (field, value, ctx) =>
      rowsTable(field, value, ctx)
        .map((row) => row.title)
        .join(", "),
    markdown: (field, value, ctx) => {
      const rows = rowsTable(field, value, ctx);
      const out = [`**${field.label}**`, ""];
      if (!rows.length) out.push(ctx.none);
      rows.forEach((row, index) => {
        const title = row.title ? escapeLine(row.title) : `${field.row_label}: ${ctx.none}`;
        out.push(`${index + 1}. ${title}`);
        field.columns.forEach((column, c) => {
          const [first, ...rest] = (row.cells[c] || ctx.none).split(/\r?\n/);
          out.push(`   - ${column.label}: ${first}`, ...rest.map((line) => `     ${escapeLine(line)}`));
        });
      });
      return out;
    },
    print: (field, value, ctx) => {
      const rows = rowsTable(field, value, ctx);
      if (!rows.length) return [el(ctx.heading, {}, field.label), el("p", {}, ctx.none)];
      const table = el("table", { class: "ws__document-table" });
      const head = el("tr");
      head.append(
        el("th", { scope: "col" }, field.row_label),
        ...field.columns.map((c) => el("th", { scope: "col" }, c.label)),
      );
      const thead = el("thead");
      thead.append(head);
      const body = el("tbody");
      body.append(
        ...rows.map((row) => {
          const line = el("tr");
          line.append(
            el("th", { scope: "row" }, row.title || ctx.none),
            ...row.cells.map((cell) => el("td", {}, cell)),
          );
          return line;
        }),
      );
      table.append(thead, body);
      return [el(ctx.heading, {}, field.label), table];
    },
    // Clean text for an e-mail: numbered rows, each filled cell indented
    // under its row; empty cells are left out.
    plain: (field, value, ctx) => {
      const rows = rowsTable(field, value, ctx);
      if (!rows.length) return [];
      const out = [field.label];
      rows.forEach((row, index) => {
        out.push(`${index + 1}. ${row.title || field.row_label}`);
        field.columns.forEach((column, c) => {
          if (!row.cells[c]) return;
          const [first, ...rest] = row.cells[c].split(/\r?\n/);
          out.push(`   ${column.label}: ${first}`, ...rest.map((line) => `     ${line}`));
        });
      });
      return out;
    },
  };

  // What is wrong with one stored row: [] when it fits. Each problem names the
  // cell ("label", a column id) or "row" when the row itself is unusable.
  function rowProblems(field, row) {
    if (!isPlainObject(row) || !isString(row.id) || !ROW_ID.test(row.id)) return ["row"];
    const problems = [];
    if (row.label !== undefined && !isString(row.label)) problems.push("label");
    if (row.preset !== undefined && !isString(row.preset)) problems.push("preset");
    if (row.cells !== undefined && !isPlainObject(row.cells)) return [...problems, "cells"];
    for (const [id, cell] of Object.entries(row.cells || {})) {
      const column = field.columns.find((c) => c.id === id);
      if (column && !kindOf(column).fits(column, cell)) problems.push(id);
    }
    return problems;
  }

  return { entry, rowProblems };
}
