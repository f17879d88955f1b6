// What goes into a group: one entry per participant's answer set, from an
// answer code (pasted or opened as a link) or from an exported file. Without
// the page's elements, so that the unit tests and the benchmark use them.
//
// entry: { label, source: "code" | "file", added, answers, other, sender }
//   sender:  the code's sender tag: a later code of one sender replaces the earlier
//   answers: { statement id: value } of the statements this version asks
//   other:   answers to statements this version no longer asks (files only)
import { CodeError, decodeCode, findCodes } from "../../javascripts/lib/answer-code.js";
import { fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { ImportError, readExport } from "../../javascripts/lib/transfer.js";

const KIND = "self-assessment";

// The same answers count once, however they came (a code pasted twice, a
// link and a file of one participant).
export function signature(answers) {
  return JSON.stringify(
    Object.keys(answers)
      .sort()
      .map((id) => [id, answers[id]]),
  );
}

// The statement ids and scale values of the page's tool, worked out once
// per config: every entry and every render checks against them.
const shapes = new WeakMap();
function shapeOf(config) {
  if (!shapes.has(config)) {
    const items = config.sections.flatMap((section) => section.items.map((item) => item.id));
    const values = config.levels.map((level) => level.value);
    shapes.set(config, { items, values, ids: new Set(items), valueSet: new Set(values) });
  }
  return shapes.get(config);
}

// This tool's layout for answer codes (lib/answer-code.js).
function layouts(config) {
  const { items, values } = shapeOf(config);
  return { [config.code]: { code: config.code, version: config.version, items, values } };
}

function codeReason(error, config) {
  const t = config.strings;
  const other = config.others[error.values.tool];
  if (error.reason === "code_err_unknown_tool" && other) return fill(t.code_err_other_tool, { title: other });
  return fill(t[error.reason], error.values);
}

// Every code in `text` -> { entries, rejected: [{ label, reason }] }, in the
// order found. A code repeated in the text is read once.
export function entriesFromText(text, config, now = new Date().toISOString()) {
  const entries = [];
  const rejected = [];
  const known = layouts(config);
  for (const code of new Set(findCodes(text))) {
    const label = code.length > 40 ? `${code.slice(0, 40)}…` : code;
    try {
      const { answers, sender } = decodeCode(code, known);
      entries.push({ label, source: "code", added: now, answers, other: 0, sender });
    } catch (error) {
      if (!(error instanceof CodeError)) throw error;
      rejected.push({ label, reason: codeReason(error, config) });
    }
  }
  return { entries, rejected };
}

// One exported file -> an entry; ImportError with the reason otherwise.
// Files of other versions are combined by statement id; answers to
// statements no longer asked are counted in `other`, not used.
export async function entryFromFile(file, config, now = new Date().toISOString()) {
  const t = config.strings;
  const data = await readExport(file, { kind: KIND, tool: config.tool, limits: config.limits, strings: t });
  if (!isPlainObject(data.answers)) throw new ImportError(fill(t.io_err_bad_value, { key: "answers" }));
  const { ids, valueSet: values } = shapeOf(config);
  const answers = {};
  let other = 0;
  for (const [id, value] of Object.entries(data.answers)) {
    if (!ids.has(id)) {
      other += 1;
      continue;
    }
    if (value !== "unknown" && !values.has(value))
      throw new ImportError(fill(t.io_err_bad_value, { key: `answers.${id}` }));
    answers[id] = value;
  }
  if (!Object.keys(answers).length)
    throw new ImportError(other ? fill(t.gs_err_only_not_asked, { other }) : t.gs_err_no_answers);
  return { label: file.name.slice(0, 120), source: "file", added: now, answers, other };
}

// A stored entry is used only if it still fits this version: anything else
// is left out of the summary (and said), never rewritten.
export function fitsConfig(entry, config) {
  if (!isPlainObject(entry) || typeof entry.label !== "string" || !isPlainObject(entry.answers)) return false;
  const { ids, valueSet: values } = shapeOf(config);
  return Object.entries(entry.answers).every(([id, v]) => ids.has(id) && (v === "unknown" || values.has(v)));
}
