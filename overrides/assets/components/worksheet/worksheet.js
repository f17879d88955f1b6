// Worksheet and checklist component: enhances the server-rendered form
// ([data-module="vj-worksheet"]). Storage, the two-tab guard, import and
// export, clear and undo come from RecordTool; each field kind's reading,
// writing and document form from kinds.js; repeating rows from rows.js.
// Here: the fields, a checklist's progress, answers no longer asked,
// Markdown, the copy (rich and plain text), the e-mail and the printout. Started by assets/javascripts/init.js.
import { el, fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { copyDocument } from "../../javascripts/lib/clipboard.js";
import { say } from "../../javascripts/lib/messages.js";
import { RecordTool } from "../../javascripts/lib/record-tool.js";
import { ImportError, downloadText } from "../../javascripts/lib/transfer.js";
import { documentElements, mailtoLink, toHtml, toMarkdown, toPlainText } from "./document.js";
import { kindOf, sortAnswers } from "./kinds.js";
import { Rows } from "./rows.js";

export default class Worksheet extends RecordTool {
  static kind = "worksheet";

  constructor(root) {
    super(root);
    this.fields = new Map(this.config.parts.flatMap((part) => part.fields.map((field) => [field.id, field])));
    this.find = (name) => root.querySelector(`[data-ws-${name}]`);
    this.form = this.find("form");
    this.rows = new Rows(this);
  }

  texts() {
    return { importQuestion: this.t.ws_import_question, imported: this.t.ws_imported };
  }

  start() {
    super.start();
    this.rows.prefillFromAddress();
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.form.addEventListener("change", (event) => this.onChange(event));
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.root.addEventListener("click", (event) => this.onOwnClick(event));
    // Sharing a plan loads when a plan link is opened, the reader starts
    // writing or reaches the share button: a first visit does not carry it.
    const planLink = () => window.location.hash.startsWith("#wp") && this.planShare();
    planLink();
    window.addEventListener("hashchange", planLink);
    this.form.addEventListener("input", () => this.planShare(), { once: true });
    this.find("share").addEventListener("focusin", () => this.planShare(), { once: true });
  }

  // ---- answers -------------------------------------------------------------

  sortAnswers(answers) {
    return sortAnswers(this.fields, answers);
  }

  labelOf(id) {
    const field = this.fields.get(id.split("/")[0]);
    return field ? `${field.label} (${id})` : id;
  }

  // The stored answer of a field, when it fits the field's kind.
  answer(field) {
    const value = this.record.answers[field.id];
    return value !== undefined && kindOf(field).fits(field, value) ? value : undefined;
  }

  answeredCount(answers) {
    return Object.entries(answers).filter(([id, value]) => {
      const field = this.fields.get(id);
      const kind = field && kindOf(field);
      return kind?.fits(field, value) && kind.answered(value);
    }).length;
  }

  show() {
    for (const field of this.fields.values()) {
      kindOf(field).write(this.boxOf(field), field, this.answer(field), this);
    }
    this.renderRetired();
    this.renderProgress();
  }

  boxOf(field) {
    return this.form.querySelector(`[data-ws-field="${field.id}"]`);
  }

  keep(field, value) {
    const kind = kindOf(field);
    if (kind.keepEmpty || kind.answered(value)) this.record.answers[field.id] = value;
    else delete this.record.answers[field.id];
  }

  fieldOf(target) {
    const box = target.closest("[data-ws-field]");
    return box ? [this.fields.get(box.dataset.wsField), box] : [null, null];
  }

  onInput(event) {
    const [field, box] = this.fieldOf(event.target);
    if (!field) return;
    this.keep(field, kindOf(field).read(box, field, this));
    this.changed();
    this.saveSoon();
  }

  onChange(event) {
    const [field, box] = this.fieldOf(event.target);
    if (!field) return;
    const kind = kindOf(field);
    this.keep(field, kind.read(box, field, this));
    kind.changed(box, field, this);
    this.changed();
    const saved = this.save();
    this.renderProgress();
    const progress = this.config.kind === "checklist" ? `${this.progressText()}. ` : "";
    this.messages.announce(progress + (saved ? this.t.rt_saved : this.t.rt_not_saved));
  }

  // ---- checklist progress, answers no longer asked ------------------------

  // Checklist progress: the fields whose kind has tasks to do (checks).
  progress() {
    const tasks = [...this.fields.values()].filter((field) => kindOf(field).done);
    return { done: tasks.filter((field) => kindOf(field).done(this.answer(field))).length, total: tasks.length };
  }

  progressText() {
    return fill(this.t.ws_progress, this.progress());
  }

  renderProgress() {
    const bar = this.find("progress-bar");
    if (!bar) return;
    bar.value = this.progress().done;
    this.find("progress-text").textContent = this.progressText();
  }

  // Answers to fields this version of the form no longer has.
  retiredAnswers() {
    return Object.entries(this.record.answers).filter(([id]) => !this.fields.has(id));
  }

  renderRetired() {
    const retired = this.retiredAnswers();
    this.find("retired").hidden = retired.length === 0;
    this.find("retired-list").replaceChildren(
      ...retired.flatMap(([id, value]) => [
        el("dt", {}, this.config.retired?.[id] || id),
        el("dd", {}, typeof value === "string" ? value : JSON.stringify(value)),
      ]),
    );
  }

  // ---- own actions: rows, Markdown, copy, e-mail ----------------------------

  onOwnClick(event) {
    const button = event.target.closest("[data-ws-action]");
    if (!button) return;
    const action = button.dataset.wsAction;
    if (action.startsWith("row-")) this.rows.act(action, button);
    else if (action === "share-plan") this.planShare().then((share) => share.share());
    else if (action === "export-markdown") this.downloadMarkdown();
    else if (action === "copy") this.copy();
    else if (action === "mail") this.mail(event, button);
  }

  planShare() {
    this.planShareLoaded ||= import("./plan-share.js").then(({ PlanShare }) => {
      const share = new PlanShare(this);
      share.start();
      return share;
    });
    return this.planShareLoaded;
  }

  document() {
    return {
      config: this.config,
      answers: this.record.answers,
      retired: this.retiredAnswers(),
      date: new Date().toLocaleDateString(`${this.lang}-FI`),
      address: window.location.origin + window.location.pathname,
      lang: this.lang,
    };
  }

  downloadMarkdown() {
    const name = `${this.config.tool}-${new Date().toISOString().slice(0, 10)}.md`;
    downloadText(toMarkdown(this.document()), name, "text/markdown");
    say(this.part("action-message"), fill(this.t.ws_downloaded, { file: name }));
  }

  // Rich text (headings, lists, tables) and clean plain text, answered
  // fields only: pasted into an e-mail or Word it reads as a document.
  async copy() {
    const place = this.part("action-message");
    const doc = this.document();
    try {
      await copyDocument(toHtml(doc), toPlainText(doc));
      say(place, this.t.ws_copied);
    } catch (_error) {
      say(place, this.t.ws_copy_failed);
    }
  }

  // The link (a mailto: link) gets the document as the e-mail's body when
  // it fits; otherwise it opens nothing and says to copy and paste instead.
  mail(event, link) {
    const href = mailtoLink(this.config.title, toPlainText(this.document()));
    if (href) link.setAttribute("href", href);
    else event.preventDefault();
    say(this.part("action-message"), href ? this.t.ws_mail_opened : this.t.ws_mail_too_long);
  }

  // The printout: answers as a document (long answers whole, rows as tables)
  // when there are answers; the blank form otherwise.
  beforePrint() {
    const hasAnswers = this.answeredCount(this.record.answers) > 0 || this.retiredAnswers().length > 0;
    this.root.dataset.print = hasAnswers ? "answers" : "blank";
    this.find("document").replaceChildren(...(hasAnswers ? documentElements(this.document()) : []));
  }

  // ---- import ------------------------------------------------------------

  parseImport(data) {
    if (!isPlainObject(data.answers)) throw new ImportError(fill(this.t.io_err_bad_value, { key: "answers" }));
    for (const [id, value] of Object.entries(data.answers)) {
      const field = this.fields.get(id);
      if (!field) continue;
      if (!kindOf(field).fits(field, value)) {
        throw new ImportError(fill(this.t.io_err_bad_value, { key: `answers.${id.slice(0, 60)}` }));
      }
      const overLimit = kindOf(field).limitProblem(field, value, this);
      if (overLimit) throw new ImportError(overLimit);
    }
    const answers = { ...data.answers };
    const count = this.answeredCount(answers);
    if (count === 0) throw new ImportError(this.t.ws_err_nothing_matches);
    return { answers, extra: {}, facts: { answers: count } };
  }
}
