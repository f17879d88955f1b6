// Self-assessment arithmetic: overrides/assets/components/self-assessment/scoring.js
import {
  isSnapshot,
  recommend,
  score,
  snapshotLabels,
  sortAnswers,
  wrapWords,
} from "../../overrides/assets/components/self-assessment/scoring.js";
import { equal, ok } from "./assert.js";

const SECTIONS = [
  { id: "a", items: ["a1", "a2", "a3"] },
  { id: "b", items: ["b1", "b2"] },
];
const VALUES = [1, 2, 3, 4, 5];

export const tests = {
  "averages count numbers only; unknown is answered but not scored"() {
    const result = score(SECTIONS, VALUES, { a1: 2, a2: 4, a3: "unknown", b1: 5 });
    equal(
      result.sections.map((s) => [s.average, s.answered, s.total]),
      [
        [3, 3, 3],
        [5, 1, 2],
      ],
    );
    equal(result.overall, (2 + 4 + 5) / 3, "overall over all numeric answers");
    equal([result.answered, result.total], [4, 5]);
  },
  "a value off the scale is neither scored nor answered"() {
    const result = score(SECTIONS, VALUES, { a1: 9, a2: "maybe" });
    equal([result.overall, result.answered], [null, 0]);
  },
  "recommendations: lowest first, only sections resting on half of their statements"() {
    const scored = [
      { id: "x", average: 2, answered: 2, total: 4 },
      { id: "y", average: 1, answered: 1, total: 4 }, // a quarter answered: not ranked
      { id: "z", average: 3, answered: 3, total: 3 },
      { id: "top", average: 5, answered: 2, total: 2 },
    ];
    const { sections, none, level } = recommend(scored, 5);
    equal(
      sections.map((s) => s.id),
      ["x", "z"],
    );
    equal([none, level], [false, false]);
  },
  "recommendations: none when all are at the top, level when all are equal"() {
    equal(recommend([{ average: 5, answered: 1, total: 1 }], 5).none, true);
    const level = recommend(
      [
        { average: 3, answered: 1, total: 1 },
        { average: 3, answered: 2, total: 2 },
      ],
      5,
    );
    equal([level.level, level.sections.length], [true, 2]);
  },
  "wrapWords keeps lines within the width and never splits a word"() {
    const lines = wrapWords("Verkoston yhteiset tavoitteet ja niiden arviointi", 20);
    ok(
      lines.every((line) => line.length <= 20),
      lines.join("|"),
    );
    equal(lines.join(" "), "Verkoston yhteiset tavoitteet ja niiden arviointi");
    equal(wrapWords("Pitkäsanaisuuskilpailu", 5), ["Pitkäsanaisuuskilpailu"]);
  },
  "snapshot labels add the time on a shared date and a number on a shared minute"() {
    const date = (iso, withTime) => (withTime ? iso.slice(0, 16) : iso.slice(0, 10));
    const snaps = [
      { created: "2026-01-01T10:00:00Z", name: "" },
      { created: "2026-01-01T10:00:30Z", name: "" },
      { created: "2026-02-01T08:00:00Z", name: "Kevät" },
    ];
    equal(
      [...snapshotLabels(snaps, date).values()],
      ["2026-01-01T10:00 #1", "2026-01-01T10:00 #2", "Kevät (2026-02-01)"],
    );
  },
  "a snapshot must have an id, a date and readable answers"() {
    const good = { id: "s1", created: "2026-01-01T00:00:00Z", answers: { a1: 3 } };
    ok(isSnapshot(good, 80), "a good snapshot");
    ok(!isSnapshot({ ...good, created: "yesterday" }, 80), "a date that is not one");
    ok(!isSnapshot({ ...good, answers: { a1: "3" } }, 80), "an answer as text");
    ok(!isSnapshot({ ...good, name: "x".repeat(81) }, 80), "a name over the limit");
    ok(!isSnapshot("s1", 80), "not an object");
  },
  "sortAnswers keeps every readable answer and sets the rest aside"() {
    equal(sortAnswers({ a1: 3, a2: "unknown", a3: "3", a4: null, old: 2 }), {
      answers: { a1: 3, a2: "unknown", old: 2 },
      unreadable: { a3: "3", a4: null },
    });
  },
};
