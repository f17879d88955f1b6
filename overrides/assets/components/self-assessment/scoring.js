// The self-assessment's arithmetic and wording rules, without the page:
// scoring, which sections to recommend, snapshot labels, the shape of a
// stored answer. Pure functions, unit-tested in tests/js/.
import { isPlainObject } from "../../javascripts/lib/dom.js";

export const isStoredAnswer = (value) => value === "unknown" || Number.isInteger(value);

// sections: [{ id, items: [ids], ... }]; values: the scale's numeric values.
// Averages count numeric answers only; "unknown" is answered but not scored.
export function score(sections, values, answers) {
  const scale = new Set(values);
  const isAnswer = (value) => value === "unknown" || scale.has(value);
  const mean = (numbers) => (numbers.length ? numbers.reduce((a, b) => a + b, 0) / numbers.length : null);
  const scored = sections.map((section) => {
    const numbers = section.items.map((id) => answers[id]).filter((v) => scale.has(v));
    const answered = section.items.filter((id) => isAnswer(answers[id])).length;
    return { ...section, average: mean(numbers), answered, total: section.items.length };
  });
  const all = sections.flatMap((section) => section.items);
  return {
    sections: scored,
    overall: mean(all.map((id) => answers[id]).filter((v) => scale.has(v))),
    answered: scored.reduce((sum, s) => sum + s.answered, 0),
    total: all.length,
  };
}

// Sections below the top of the scale, lowest first, among those resting on
// at least half of their statements; `level` when all of them are equal, so
// that none is called the lowest.
export function recommend(scoredSections, max, count = 3) {
  const ranked = scoredSections.filter((s) => s.average !== null && s.answered * 2 >= s.total);
  const below = ranked.filter((s) => s.average < max).sort((a, b) => a.average - b.average);
  const level =
    below.length > 0 && below.length === ranked.length && below[0].average === below[below.length - 1].average;
  return { sections: below.slice(0, count), none: below.length === 0, level };
}

// Splits text into lines of at most maxChars characters at spaces (a single
// longer word gets a line of its own).
export function wrapWords(text, maxChars) {
  const lines = [];
  for (const word of text.split(" ")) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= maxChars) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Label of every snapshot, computed together because each depends on the
// others: "Name (date)" or just the date; the time is added when another
// snapshot has the same date; if even the minute is shared, a running
// number. formatDate(iso, withTime) writes a date in the page's language.
export function snapshotLabels(snapshots, formatDate) {
  const count = (list, value) => list.filter((entry) => entry === value).length;
  const days = snapshots.map((s) => formatDate(s.created, false));
  const labels = snapshots.map((s, i) => {
    const when = count(days, days[i]) > 1 ? formatDate(s.created, true) : days[i];
    return s.name ? `${s.name} (${when})` : when;
  });
  const seen = new Map();
  return new Map(
    snapshots.map((s, i) => {
      const number = (seen.get(labels[i]) || 0) + 1;
      seen.set(labels[i], number);
      return [s, count(labels, labels[i]) > 1 ? `${labels[i]} #${number}` : labels[i]];
    }),
  );
}

const SNAPSHOT_ID = /^[A-Za-z0-9-]{1,40}$/;

// Whether a stored or imported snapshot has the shape this code reads.
export function isSnapshot(snapshot, nameMax) {
  return (
    isPlainObject(snapshot) &&
    typeof snapshot.id === "string" &&
    SNAPSHOT_ID.test(snapshot.id) &&
    typeof snapshot.created === "string" &&
    !Number.isNaN(Date.parse(snapshot.created)) &&
    (snapshot.name === undefined || (typeof snapshot.name === "string" && snapshot.name.length <= nameMax)) &&
    isPlainObject(snapshot.answers) &&
    Object.values(snapshot.answers).every(isStoredAnswer)
  );
}

// Stored answers sorted into those of a readable kind and those set aside.
export function sortAnswers(answers) {
  const fitting = {};
  const unreadable = {};
  for (const [id, value] of Object.entries(answers)) {
    if (isStoredAnswer(value)) fitting[id] = value;
    else unreadable[id] = value;
  }
  return { answers: fitting, unreadable };
}
