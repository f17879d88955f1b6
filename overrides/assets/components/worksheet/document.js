// The answers of a worksheet as a document: built once, then written out as
// Markdown (to download or paste into a document or an e-mail) or as
// elements for the printout. Everything is in the page's language; the
// reader's text is inserted as text.
import { el, fill } from "../../javascripts/lib/dom.js";

// yyyy-mm-dd -> d.m.yyyy, as dates are written in Finland in both languages.
function finnishDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : value || "";
}

function cellText(column, value) {
  if (column.kind === "date") return finnishDate(value);
  if (column.kind === "choice") {
    const option = column.options.find((o) => o.id === value);
    return option ? option.label : value || "";
  }
  return value || "";
}

function entryOf(field, value, fits) {
  const ok = value !== undefined && fits(field, value);
  switch (field.kind) {
    case "choices": {
      const chosen = ok ? value : [];
      const labelOf = (id) => (field.options.find((o) => o.id === id) || { label: id }).label;
      return { kind: "list", label: field.label, items: chosen.map(labelOf) };
    }
    case "check":
      return { kind: "check", label: field.label, checked: ok && Boolean(value.checked), note: ok ? (value.note || "").trim() : "" };
    case "rows": {
      const rows = ok ? value : field.preset.map((p) => ({ id: p.id, preset: p.id }));
      return {
        kind: "rows", label: field.label, rowLabel: field.row_label, columns: field.columns.map((c) => c.label),
        rows: rows.map((row) => {
          const preset = row.preset !== undefined && field.preset.find((p) => p.id === row.preset);
          return {
            title: preset ? preset.label : (row.label || "").trim(),
            cells: field.columns.map((column) => cellText(column, (row.cells || {})[column.id]).trim()),
          };
        }),
      };
    }
    default:
      return { kind: "text", label: field.label, text: ok ? cellText(field, value).trim() : "" };
  }
}

export function buildDocument(config, answers, retired, { date, address }, fits) {
  return {
    title: config.title,
    date,
    address,
    parts: config.parts.map((part, index) => ({
      title: `${index + 1}. ${part.title}`,
      entries: part.fields.map((field) => entryOf(field, answers[field.id], fits)),
    })),
    retired: retired.map(([id, value]) => ({ label: (config.retired || {})[id] || id, text: typeof value === "string" ? value : JSON.stringify(value) })),
  };
}

// ---- Markdown --------------------------------------------------------------

// A line of the reader's text that Markdown would read as a heading, list or
// quote is escaped, so the document keeps its own structure.
function escapeLine(line) {
  return line.replace(/^(\s*)([#>*+-]|\d+[.)])(\s|$)/, "$1\\$2$3");
}

function block(text, indent = "") {
  return text.split(/\r?\n/).map((line) => indent + escapeLine(line)).join("\n");
}

export function toMarkdown(doc, t) {
  const none = t.ws_no_answer;
  const out = [`# ${doc.title}`, "", fill(t.ws_document_date, { date: doc.date }), fill(t.ws_document_source, { url: doc.address })];
  for (const part of doc.parts) {
    out.push("", `## ${part.title}`);
    let inChecks = false;
    for (const entry of part.entries) {
      if (entry.kind === "check") {
        if (!inChecks) out.push("");
        inChecks = true;
        const note = entry.note ? ` – ${entry.note.replace(/\s*\r?\n\s*/g, " ")}` : "";
        out.push(`- [${entry.checked ? "x" : " "}] ${entry.label}${note}`);
        continue;
      }
      inChecks = false;
      out.push("", `**${entry.label}**`, "");
      if (entry.kind === "text") {
        out.push(entry.text ? block(entry.text) : none);
      } else if (entry.kind === "list") {
        out.push(...(entry.items.length ? entry.items.map((item) => `- ${item}`) : [none]));
      } else if (entry.kind === "rows") {
        if (!entry.rows.length) out.push(none);
        entry.rows.forEach((row, index) => {
          out.push(`${index + 1}. ${row.title ? escapeLine(row.title) : `${entry.rowLabel}: ${none}`}`);
          entry.columns.forEach((label, column) => {
            const text = row.cells[column];
            const [first, ...rest] = (text || none).split(/\r?\n/);
            out.push(`   - ${label}: ${first}`, ...rest.map((line) => `     ${escapeLine(line)}`));
          });
        });
      }
    }
  }
  if (doc.retired.length) {
    out.push("", `## ${t.ws_retired_title}`, "");
    for (const entry of doc.retired) out.push(`- ${entry.label}: ${entry.text.replace(/\s*\r?\n\s*/g, " ")}`);
  }
  return `${out.join("\n")}\n`;
}

// ---- Printout --------------------------------------------------------------

function paragraphs(text) {
  return text.split(/\r?\n/).map((line) => el("p", {}, line));
}

export function documentElements(doc, t) {
  const none = t.ws_no_answer;
  const nodes = [el("p", { class: "ws__document-meta" }, `${fill(t.ws_document_date, { date: doc.date })} · ${doc.address}`)];
  for (const part of doc.parts) {
    nodes.push(el("h3", {}, part.title));
    let checklist = null;
    for (const entry of part.entries) {
      if (entry.kind === "check") {
        if (!checklist) nodes.push(checklist = el("ul", { class: "ws__document-checks" }));
        const item = el("li", {}, `${entry.checked ? "☑" : "☐"} ${entry.label}`);
        if (entry.note) item.append(el("span", { class: "ws__document-note" }, ` – ${entry.note}`));
        checklist.append(item);
        continue;
      }
      checklist = null;
      nodes.push(el("h4", {}, entry.label));
      if (entry.kind === "text") {
        nodes.push(...(entry.text ? paragraphs(entry.text) : [el("p", {}, none)]));
      } else if (entry.kind === "list") {
        const list = el("ul");
        list.append(...(entry.items.length ? entry.items : [none]).map((item) => el("li", {}, item)));
        nodes.push(list);
      } else if (entry.kind === "rows") {
        const table = el("table", { class: "ws__document-table" });
        const head = el("tr");
        head.append(el("th", { scope: "col" }, entry.rowLabel), ...entry.columns.map((label) => el("th", { scope: "col" }, label)));
        const body = el("tbody");
        body.append(...entry.rows.map((row) => {
          const line = el("tr");
          line.append(el("th", { scope: "row" }, row.title || none), ...row.cells.map((cell) => el("td", {}, cell)));
          return line;
        }));
        const thead = el("thead");
        thead.append(head);
        table.append(thead, body);
        nodes.push(table);
      }
    }
  }
  if (doc.retired.length) {
    nodes.push(el("h3", {}, t.ws_retired_title));
    const list = el("ul");
    list.append(...doc.retired.map((entry) => el("li", {}, `${entry.label}: ${entry.text}`)));
    nodes.push(list);
  }
  return nodes;
}
