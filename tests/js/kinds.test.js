// The worksheet's field kinds (overrides/assets/components/worksheet/kinds.js)
// against the fixture worksheet: its config as the page gets it, a fitting
// answer for every field and values of the wrong kind (window.__fixture,
// set by tests/browser/test_js_units.py from fixtures.yml).
import { KIND_NAMES, kindOf, rowProblems, sortAnswers } from "../../overrides/assets/components/worksheet/kinds.js";
import { equal, ok } from "./assert.js";

const fixture = () => window.__fixture;
const fieldsOf = (config) => new Map(config.parts.flatMap((part) => part.fields.map((field) => [field.id, field])));
const ctx = () => ({ t: fixture().config.strings, lang: "fi", none: fixture().config.strings.ws_no_answer });

export const tests = {
  "the browser has exactly the kinds the Python side has"() {
    equal([...KIND_NAMES].sort(), [...window.__kinds].sort());
  },
  "every fixture answer fits its field and counts as given"() {
    for (const [id, field] of fieldsOf(fixture().config)) {
      const kind = kindOf(field);
      const value = fixture().answers[id];
      ok(kind.fits(field, value), `${id} (${field.kind}) fits ${JSON.stringify(value)}`);
      ok(kind.answered(value), `${id} counts as answered`);
    }
  },
  "no misfit fits its field"() {
    for (const [id, values] of Object.entries(fixture().misfits)) {
      const field = fieldsOf(fixture().config).get(id);
      for (const value of values)
        ok(!kindOf(field).fits(field, value), `${id} (${field.kind}) refuses ${JSON.stringify(value)}`);
    }
  },
  "sorting keeps what fits and sets aside every misfit, with where it was"() {
    const fields = fieldsOf(fixture().config);
    for (const [id, values] of Object.entries(fixture().misfits)) {
      for (const value of values) {
        const { answers, unreadable } = sortAnswers(fields, { ...fixture().answers, [id]: value });
        const others = Object.keys(fixture().answers).filter((other) => other !== id);
        ok(
          others.every((other) => answers[other] !== undefined),
          `the other answers stay beside a bad ${id}`,
        );
        const aside = Object.keys(unreadable);
        ok(
          aside.length > 0 && aside.every((key) => key === id || key.startsWith(`${id}/`)),
          `${id}=${JSON.stringify(value)} is set aside under its own key (${aside})`,
        );
      }
    }
  },
  "a row keeps the cells that fit and loses only the one that does not"() {
    const fields = fieldsOf(fixture().config);
    const rows = fields.get("members");
    const row = { id: "r1", label: "Rivi", cells: { role: "Jäsen", hours: "four", due: "2026-05-01" } };
    equal(rowProblems(rows, row), ["hours"]);
    const { answers, unreadable } = sortAnswers(fields, { members: [row, "not a row"] });
    equal(answers.members, [{ id: "r1", label: "Rivi", cells: { role: "Jäsen", due: "2026-05-01" } }]);
    equal(unreadable, { "members/r1/hours": "four", "members/2": "not a row" });
  },
  "answers to fields this version no longer has stay with the answers"() {
    const { answers, unreadable } = sortAnswers(fieldsOf(fixture().config), { "old-field": 42 });
    equal([answers, unreadable], [{ "old-field": 42 }, {}]);
  },
  "every kind writes its answer as text for Markdown and print, with its label"() {
    for (const [id, field] of fieldsOf(fixture().config)) {
      const kind = kindOf(field);
      const value = fixture().answers[id];
      const markdown = kind.markdown(field, value, ctx()).join("\n");
      ok(markdown.includes(field.label), `${id}: Markdown names the field`);
      ok(!markdown.includes(ctx().none) || field.kind === "rows", `${id}: an answer is not "no answer"`);
      const printed = kind
        .print(field, value, ctx())
        .map((node) => node.textContent)
        .join(" ");
      ok(printed.includes(field.label), `${id}: print names the field`);
    }
  },
  "a number is written in Finnish with its unit, a date as d.m.yyyy"() {
    const fields = fieldsOf(fixture().config);
    const budget = fields.get("budget");
    equal(kindOf(budget).text(budget, 1250.5, ctx()), `${(1250.5).toLocaleString("fi-FI")}\u00a0${budget.unit}`);
    const start = fields.get("start");
    equal(kindOf(start).text(start, "2026-03-01", ctx()), "1.3.2026");
  },
  "unused preset rows are left out of the document"() {
    const rows = fieldsOf(fixture().config).get("members");
    const blank = kindOf(rows).markdown(rows, [{ id: "school-nurse", preset: "school-nurse", cells: {} }], ctx());
    ok(blank.includes(ctx().none) && !blank.join("\n").includes(rows.preset[0].label), blank.join("|"));
  },
  "Markdown in a reader's text cannot start a heading or a list"() {
    const goal = fieldsOf(fixture().config).get("goal");
    const lines = kindOf(goal).markdown(goal, "# otsikko\n- lista", ctx());
    ok(lines.join("\n").includes("\\# otsikko\n\\- lista"), lines.join("|"));
  },
};
