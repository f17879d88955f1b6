// Taking in a plan another member shared: their answers and this device's
// are combined field by field, never one silently over the other.
//
// - A field answered on one side only takes that answer.
// - Repeating groups (rows) are combined by row id: rows added on either
//   side are all kept (this device's order first, then the new ones).
// - A field, or a row, answered differently on both sides is a conflict:
//   the reader chooses one, seeing both. The one not chosen is kept in the
//   record's history (and so in its export), never dropped.
// Without the page: unit-tested in tests/js/merge.test.js.

// A text of a value that does not depend on the order of object keys.
export function stable(value) {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable(value[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

const same = (a, b) => stable(a) === stable(b);

// fields: [{ id, kind }] of the worksheet; answered(field, value) says
// whether a value counts as an answer (kinds.js).
// -> { answers, conflicts: [{ key, field, row?, own, shared }], added: { fields, rows } }
export function mergePlans(fields, own, shared, answered) {
  const answers = { ...own };
  const conflicts = [];
  const added = { fields: 0, rows: 0 };
  for (const field of fields) {
    const mine = own[field.id];
    const theirs = shared[field.id];
    const hasMine = mine !== undefined && answered(field, mine);
    const hasTheirs = theirs !== undefined && answered(field, theirs);
    if (!hasTheirs || same(mine, theirs)) continue;
    if (!hasMine) {
      answers[field.id] = theirs;
      added.fields += 1;
    } else if (field.kind === "rows") {
      const rows = mergeRows(field, mine, theirs, conflicts);
      added.rows += rows.length - mine.length;
      answers[field.id] = rows;
    } else {
      conflicts.push({ key: field.id, field: field.id, own: mine, shared: theirs });
    }
  }
  return { answers, conflicts, added };
}

function mergeRows(field, mine, theirs, conflicts) {
  const theirsById = new Map(theirs.map((row) => [row.id, row]));
  const mineIds = new Set(mine.map((row) => row.id));
  for (const row of mine) {
    const other = theirsById.get(row.id);
    if (other && !same(row, other)) {
      conflicts.push({ key: `${field.id}/${row.id}`, field: field.id, row: row.id, own: row, shared: other });
    }
  }
  return [...mine, ...theirs.filter((row) => !mineIds.has(row.id))];
}

// choices: { [conflict key]: "own" | "shared" } for every conflict.
// -> { answers, history: entries for the versions not chosen }
export function resolveConflicts(merged, choices, { at, from }) {
  const answers = { ...merged.answers };
  const history = [];
  for (const conflict of merged.conflicts) {
    const choice = choices[conflict.key];
    if (choice !== "own" && choice !== "shared") throw new Error(`no choice for ${conflict.key}`);
    const chosen = conflict[choice];
    const other = choice === "own" ? "shared" : "own";
    history.push({
      at,
      field: conflict.field,
      ...(conflict.row ? { row: conflict.row } : {}),
      from: other === "shared" ? from : "this-device",
      value: conflict[other],
    });
    if (conflict.row) {
      answers[conflict.field] = answers[conflict.field].map((row) => (row.id === conflict.row ? chosen : row));
    } else {
      answers[conflict.field] = chosen;
    }
  }
  return { answers, history };
}
