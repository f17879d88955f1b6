// The answers of a worksheet as a document, written out as Markdown (to
// download), as elements for the printout, and as the two forms a copy puts
// on the clipboard: HTML (headings, lists, tables for e-mail and Word) and
// clean plain text (also an e-mail's body). A copy leaves unanswered fields
// out. How each answer is written comes from its kind (kinds.js);
// everything is in the page's language, the reader's text inserted as text.
import { el, fill } from "../../javascripts/lib/dom.js";
import { BULLET, kindOf } from "./kinds.js";

const oneLine = (text) => text.replace(/\s*\r?\n\s*/g, " ");
const asText = (value) => (typeof value === "string" ? value : JSON.stringify(value));

// A field no longer asked is named by its old wording when the data keeps it.
const retiredLabel = (doc, id) => doc.config.retired?.[id] || id;

// doc: { config, answers, retired: [[id, value]], date, address, lang }
// A copy (copy: true) says nothing of unanswered fields.
function context(doc, copy = false) {
  const none = copy ? "" : doc.config.strings.ws_no_answer;
  return { t: doc.config.strings, lang: doc.lang, none, heading: copy ? "h3" : "h4" };
}

// The fields of each part with their kind and the stored answer, if it fits;
// with `ctx.none` empty (a copy) only the fields with an answer to show, and
// only the parts that have one.
function* partsOf(doc, ctx) {
  for (const [index, part] of doc.config.parts.entries()) {
    const fields = part.fields
      .map((field) => {
        const kind = kindOf(field);
        const value = doc.answers[field.id];
        return { field, kind, value: value !== undefined && kind.fits(field, value) ? value : undefined };
      })
      .filter(({ field, kind, value }) => ctx.none || kind.shown(field, value, ctx));
    if (fields.length) yield { title: `${index + 1}. ${part.title}`, fields };
  }
}

// Writes each field's blocks in order: consecutive list items (checks) form
// one list, everything else a block of its own.
function eachBlock(part, write) {
  let previous = null;
  for (const { field, kind, value } of part.fields) {
    write(kind, field, value, Boolean(previous?.listItem && kind.listItem));
    previous = kind;
  }
}

// The document as lines of text in one of two forms: Markdown (to download:
// marks for headings and lists, every field) or plain text (a copy's and an
// e-mail's: no marks, unanswered fields left out).
const FORMS = {
  markdown: { copy: false, head: (title) => [`# ${title}`, ""], heading: (text) => `## ${text}`, item: "- " },
  plain: { copy: true, head: (title) => [title], heading: (text) => text, item: BULLET },
};

function toLines(doc, name) {
  const form = FORMS[name];
  const ctx = context(doc, form.copy);
  const t = ctx.t;
  const out = [
    ...form.head(doc.config.title),
    fill(t.ws_document_date, { date: doc.date }),
    fill(t.ws_document_source, { url: doc.address }),
  ];
  for (const part of partsOf(doc, ctx)) {
    out.push("", form.heading(part.title));
    eachBlock(part, (kind, field, value, inList) => {
      if (!inList) out.push("");
      out.push(...kind[name](field, value, ctx));
    });
  }
  if (doc.retired.length) {
    out.push("", form.heading(t.ws_retired_title), "");
    for (const [id, value] of doc.retired) out.push(`${form.item}${retiredLabel(doc, id)}: ${oneLine(asText(value))}`);
  }
  return `${out.join("\n")}\n`;
}

export const toMarkdown = (doc) => toLines(doc, "markdown");
export const toPlainText = (doc) => toLines(doc, "plain");

export function documentElements(doc, copy = false) {
  const ctx = context(doc, copy);
  const t = ctx.t;
  const part = copy ? "h2" : "h3";
  const nodes = [
    el("p", { class: "ws__document-meta" }, `${fill(t.ws_document_date, { date: doc.date })} · ${doc.address}`),
  ];
  for (const each of partsOf(doc, ctx)) {
    nodes.push(el(part, {}, each.title));
    eachBlock(each, (kind, field, value, inList) => {
      const made = kind.print(field, value, ctx);
      if (!kind.listItem) {
        nodes.push(...made);
        return;
      }
      if (!inList) nodes.push(el("ul", { class: "ws__document-checks" }));
      nodes.at(-1).append(...made);
    });
  }
  if (doc.retired.length) {
    nodes.push(el(part, {}, t.ws_retired_title));
    const list = el("ul");
    list.append(...doc.retired.map(([id, value]) => el("li", {}, `${retiredLabel(doc, id)}: ${asText(value)}`)));
    nodes.push(list);
  }
  return nodes;
}

// The HTML of a copy, for e-mail and Word: the document's own elements
// (the reader's text set as text, never parsed) under the title, serialised.
// Tables carry their borders inline, as mail programs drop style sheets.
const CELL_STYLE = "border:1px solid #767676;padding:4px 8px;text-align:left;vertical-align:top";

export function toHtml(doc) {
  const root = el("div");
  root.append(el("h1", {}, doc.config.title), ...documentElements(doc, true));
  for (const node of root.querySelectorAll("[class]")) node.removeAttribute("class");
  for (const table of root.querySelectorAll("table")) table.setAttribute("style", "border-collapse:collapse");
  for (const cell of root.querySelectorAll("th, td")) cell.setAttribute("style", CELL_STYLE);
  return root.innerHTML;
}

// A mailto: link longer than this is cut or refused on the way to the mail
// program (Windows hands programs at most about 2,000 characters of a link,
// and some mail programs cut earlier), and a cut body loses answers without
// a word. Below it the whole document goes into the link; above it the
// reader is told to copy and paste instead.
export const MAILTO_MAX = 1800;

// The mailto: link of an e-mail with this subject and body, or "" when it
// would be longer than MAILTO_MAX. Lines end in CRLF, as RFC 6068 asks.
export function mailtoLink(subject, body) {
  const encode = (text) => encodeURIComponent(text.replace(/\r?\n/g, "\r\n"));
  const link = `mailto:?subject=${encode(subject)}&body=${encode(body)}`;
  return link.length <= MAILTO_MAX ? link : "";
}
