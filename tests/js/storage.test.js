// The storage layer and the file checks: overrides/assets/javascripts/lib/
import { RecordStore } from "../../overrides/assets/javascripts/lib/storage.js";
import { withoutEnvelope } from "../../overrides/assets/javascripts/lib/transfer.js";
import { fill } from "../../overrides/assets/javascripts/lib/dom.js";
import { equal, ok } from "./assert.js";

const key = (name) => `unit-test:${name}:${Math.random().toString(36).slice(2)}`;
const check = (record) => record;

export const tests = {
  "older formats pass through every migration in order, unknown fields kept"() {
    const name = key("migrate");
    localStorage.setItem(name, JSON.stringify({ format: 1, answers: { a: 1 }, extra: "kept" }));
    const store = new RecordStore(name, {
      format: 3,
      migrations: { 1: (r) => ({ ...r, step1: true }), 2: (r) => ({ ...r, step2: r.step1 === true }) },
      check,
    });
    const { record, problem } = store.read();
    equal(problem, null);
    equal([record.step1, record.step2, record.extra], [true, true, "kept"]);
    localStorage.removeItem(name);
  },
  "a record of a newer format is refused and never overwritten"() {
    const name = key("newer");
    localStorage.setItem(name, JSON.stringify({ format: 9, answers: {} }));
    const store = new RecordStore(name, { format: 1, check });
    equal(store.read().problem, "newer");
    equal(store.write({ answers: { a: 1 } }), "protected");
    equal(JSON.parse(localStorage.getItem(name)).format, 9);
    localStorage.removeItem(name);
  },
  "unreadable JSON is copied aside before it is removed"() {
    const name = key("broken");
    localStorage.setItem(name, "{not json");
    const { problem, keptAt } = new RecordStore(name, { format: 1, check }).read();
    equal(problem, "corrupt");
    equal(localStorage.getItem(keptAt), "{not json");
    equal(localStorage.getItem(name), null);
    localStorage.removeItem(keptAt);
  },
  "an export's envelope is dropped and everything else kept"() {
    equal(withoutEnvelope({ format: 1, kind: "k", tool: "t", toolVersion: 2, exported: "x", answers: {}, mine: 1 }), {
      answers: {},
      mine: 1,
    });
  },
  "fill leaves unknown placeholders visible"() {
    equal(fill("{a} and {b}", { a: 1 }), "1 and {b}");
    ok(fill("{count} answers", { count: 0 }) === "0 answers", "zero is a value");
  },
};
