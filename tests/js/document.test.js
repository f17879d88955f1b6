// The worksheet document (overrides/assets/components/worksheet/document.js):
// the fixture's answers as Markdown and as printout elements.
import { documentElements, toMarkdown } from "../../overrides/assets/components/worksheet/document.js";
import { equal, ok } from "./assert.js";

const doc = (answers, retired = []) => ({
  config: window.__fixture.config,
  answers,
  retired,
  date: "1.2.2026",
  address: "https://example.org/x/",
  lang: "fi",
});

export const tests = {
  "Markdown has the title, the date, every part and every label in order"() {
    const markdown = toMarkdown(doc(window.__fixture.answers));
    const config = window.__fixture.config;
    ok(markdown.startsWith(`# ${config.title}\n`), "title first");
    ok(markdown.includes("1.2.2026") && markdown.includes("https://example.org/x/"), "date and address");
    let at = 0;
    for (const [index, part] of config.parts.entries()) {
      const heading = `## ${index + 1}. ${part.title}`;
      ok(markdown.indexOf(heading, at) >= at, `${heading} in order`);
      at = markdown.indexOf(heading, at);
      for (const field of part.fields) ok(markdown.includes(field.label), `${field.label} present`);
    }
  },
  "answers no longer asked are listed at the end"() {
    const markdown = toMarkdown(doc({}, [["old-field", "vanha vastaus"]]));
    ok(markdown.trimEnd().endsWith("- old-field: vanha vastaus"), markdown);
  },
  "the printout holds one table per repeating group"() {
    const nodes = documentElements(doc(window.__fixture.answers));
    const rowsFields = window.__fixture.config.parts.flatMap((p) => p.fields).filter((f) => f.kind === "rows");
    equal(nodes.filter((node) => node.tagName === "TABLE").length, rowsFields.length);
  },
};
