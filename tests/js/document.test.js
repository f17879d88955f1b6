// The worksheet document (overrides/assets/components/worksheet/document.js):
// the fixture's answers as Markdown and as printout elements.
import {
  documentElements,
  MAILTO_MAX,
  mailtoLink,
  toHtml,
  toMarkdown,
  toPlainText,
} from "../../overrides/assets/components/worksheet/document.js";
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
  "the copy's HTML has real headings, lists and tables and no Markdown marks"() {
    const config = window.__fixture.config;
    const box = document.createElement("div");
    // Parsed in a template's document: nothing here runs or loads.
    const template = document.createElement("template");
    template.innerHTML = toHtml(doc(window.__fixture.answers));
    box.append(template.content);
    equal(box.querySelector("h1").textContent, config.title);
    equal(box.querySelectorAll("h2").length, config.parts.length);
    ok(box.querySelector("table th") && box.querySelector("ul li"), "a table and a list");
    ok(!box.querySelector("[class]"), "no class names of the site");
    const text = box.textContent;
    ok(!text.includes("**") && !text.includes("##"), "no Markdown marks");
    ok(!text.includes(config.strings.ws_no_answer), "no unanswered placeholder");
  },
  "a copy leaves unanswered fields and empty parts out"() {
    const config = window.__fixture.config;
    const first = config.parts[0].fields[0];
    const plain = toPlainText(doc({ [first.id]: "Vain tämä" }));
    ok(plain.includes(first.label) && plain.includes("Vain tämä"), plain);
    ok(!plain.includes(config.strings.ws_no_answer), "no placeholder");
    ok(!plain.includes(config.parts[1].title), "the part without answers is left out");
    for (const field of config.parts[0].fields.slice(1)) ok(!plain.includes(field.label), `${field.label} left out`);
    const html = toHtml(doc({ [first.id]: "Vain tämä" }));
    ok(!html.includes(config.parts[1].title) && !html.includes("<table"), html);
  },
  "plain text has every answer and no Markdown marks"() {
    const plain = toPlainText(doc(window.__fixture.answers));
    const config = window.__fixture.config;
    ok(plain.startsWith(`${config.title}\n`), "title first");
    ok(plain.includes("Rivi yksi\nRivi kaksi") && plain.includes("• Koulu"), plain);
    ok(!/^#|\*\*|^- \[/m.test(plain), plain);
    ok(plain.includes("1. Kouluterveydenhoitaja\n   Rooli: Jäsen"), "rows numbered, cells under them");
  },
  "the reader's text stays text in the HTML"() {
    const first = window.__fixture.config.parts[0].fields[0];
    const html = toHtml(doc({ [first.id]: '<img src=x onerror="alert(1)"> & <b>' }));
    ok(html.includes("&lt;img src=x") && !html.includes("<img") && !html.includes("<b>"), html);
  },
  "an e-mail link carries subject and body, and none is made beyond the limit"() {
    const link = mailtoLink("Suunnitelma", "Rivi 1\nÄäkköset & #");
    equal(link, "mailto:?subject=Suunnitelma&body=Rivi%201%0D%0A%C3%84%C3%A4kk%C3%B6set%20%26%20%23");
    equal(mailtoLink("S", "x".repeat(MAILTO_MAX)), "");
  },
};
