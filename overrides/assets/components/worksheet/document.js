// The answers of a worksheet as a document, written out as Markdown (to
// download or paste into a document or an e-mail) or as elements for the
// printout. How each answer is written comes from its kind (kinds.js);
// everything is in the page's language, the reader's text inserted as text.
import { el, fill } from "../../javascripts/lib/dom.js";
import { kindOf } from "./kinds.js";

const oneLine = (text) => text.replace(/\s*\r?\n\s*/g, " ");
const asText = (value) => (typeof value === "string" ? value : JSON.stringify(value));

// A field no longer asked is named by its old wording when the data keeps it.
const retiredLabel = (doc, id) => doc.config.retired?.[id] || id;

// doc: { config, answers, retired: [[id, value]], date, address, lang }
function context(doc) {
  return { t: doc.config.strings, lang: doc.lang, none: doc.config.strings.ws_no_answer };
}

// The fields of each part with their kind and the stored answer, if it fits.
function* partsOf(doc) {
  for (const [index, part] of doc.config.parts.entries()) {
    yield {
      title: `${index + 1}. ${part.title}`,
      fields: part.fields.map((field) => {
        const kind = kindOf(field);
        const value = doc.answers[field.id];
        return { field, kind, value: value !== undefined && kind.fits(field, value) ? value : undefined };
      }),
    };
  }
}

export function toMarkdown(doc) {
  const ctx = context(doc);
  const t = ctx.t;
  const out = [
    `# ${doc.config.title}`,
    "",
    fill(t.ws_document_date, { date: doc.date }),
    fill(t.ws_document_source, { url: doc.address }),
  ];
  for (const part of partsOf(doc)) {
    out.push("", `## ${part.title}`);
    let inList = false;
    for (const { field, kind, value } of part.fields) {
      // Consecutive list items (checks) form one list; everything else is a block.
      if (!kind.listItem || !inList) out.push("");
      inList = kind.listItem;
      out.push(...kind.markdown(field, value, ctx));
    }
  }
  if (doc.retired.length) {
    out.push("", `## ${t.ws_retired_title}`, "");
    for (const [id, value] of doc.retired) out.push(`- ${retiredLabel(doc, id)}: ${oneLine(asText(value))}`);
  }
  return `${out.join("\n")}\n`;
}

export function documentElements(doc) {
  const ctx = context(doc);
  const t = ctx.t;
  const nodes = [
    el("p", { class: "ws__document-meta" }, `${fill(t.ws_document_date, { date: doc.date })} · ${doc.address}`),
  ];
  for (const part of partsOf(doc)) {
    nodes.push(el("h3", {}, part.title));
    let list = null;
    for (const { field, kind, value } of part.fields) {
      const made = kind.print(field, value, ctx);
      if (!kind.listItem) {
        list = null;
        nodes.push(...made);
        continue;
      }
      if (!list) {
        list = el("ul", { class: "ws__document-checks" });
        nodes.push(list);
      }
      list.append(...made);
    }
  }
  if (doc.retired.length) {
    nodes.push(el("h3", {}, t.ws_retired_title));
    const list = el("ul");
    list.append(...doc.retired.map(([id, value]) => el("li", {}, `${retiredLabel(doc, id)}: ${asText(value)}`)));
    nodes.push(list);
  }
  return nodes;
}
