// Self-assessment component: enhances the server-rendered form
// ([data-module="vj-self-assessment"]). Storage, the two-tab guard, import
// and export, clear and undo come from RecordTool; scoring from scoring.js,
// the chart from chart.js, dated snapshots from snapshots.js. Here: answers,
// progress, results, recommendations and printing the results. Started by
// assets/javascripts/init.js. All text is inserted as text, never as HTML.
import { el, fill, isPlainObject } from "../../javascripts/lib/dom.js";
import { RecordTool } from "../../javascripts/lib/record-tool.js";
import { ImportError } from "../../javascripts/lib/transfer.js";
import { Chart } from "./chart.js";
import { recommend, score, sortAnswers } from "./scoring.js";
import { SectionPages } from "./pages.js";
import { Snapshots } from "./snapshots.js";

const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// On <html> while "results only" prints: the print styles then hide the rest.
const PRINT_RESULTS_CLASS = "sa-print-results";

export default class SelfAssessment extends RecordTool {
  static kind = "self-assessment";

  constructor(root) {
    super(root);
    this.itemIds = new Set(this.config.sections.flatMap((section) => section.items));
    this.values = new Set(this.config.values);
    this.find = (name) => root.querySelector(`[data-sa-${name}]`);
    this.chart = new Chart(this.find("chart"), this.config, (value) => this.number(value));
    this.snapshots = new Snapshots(this);
    this.pages = new SectionPages(this);
  }

  emptyRecord() {
    return { ...super.emptyRecord(), snapshots: [] };
  }

  texts() {
    return { importQuestion: this.t.sa_import_question, imported: this.t.sa_imported };
  }

  start() {
    this.pages.start();
    super.start();
    this.find("form").addEventListener("change", (event) => this.onAnswer(event));
    // Handing in (share sheet, QR code) loads once the reader answers, so a
    // first visit does not carry it; by the time they send, it is here.
    this.find("form").addEventListener("change", () => this.handIn(), { once: true });
    this.find("hand-in")?.addEventListener("focusin", () => this.handIn(), { once: true });
    this.root.addEventListener("click", (event) => this.onOwnClick(event));
    this.chart.watch();
  }

  // ---- answers -----------------------------------------------------------

  sortAnswers(answers) {
    return sortAnswers(answers);
  }

  sortExtra(record) {
    return this.snapshots.sort(record.snapshots);
  }

  isAnswer(value) {
    return value === "unknown" || this.values.has(value);
  }

  answeredCount(answers) {
    return Object.entries(answers).filter(([id, value]) => this.itemIds.has(id) && this.isAnswer(value)).length;
  }

  show() {
    const removed = Object.keys(this.record.answers).filter((id) => !this.itemIds.has(id)).length;
    if (removed) this.messages.alert("removed", fill(this.t.sa_removed_items, { count: removed }));
    else this.messages.clear("removed");
    this.find("form")
      .querySelectorAll("input[type=radio]")
      .forEach((input) => {
        const id = input.closest("[data-sa-item]").dataset.saItem;
        input.checked = String(this.record.answers[id]) === input.value;
      });
    this.render();
  }

  onAnswer(event) {
    const input = event.target;
    if (input.type !== "radio") return;
    const id = input.closest("[data-sa-item]").dataset.saItem;
    this.record.answers[id] = input.value === "unknown" ? "unknown" : Number(input.value);
    this.changed();
    const saved = this.save();
    this.render();
    this.messages.announce(`${this.progressText()}. ${saved ? this.t.rt_saved : this.t.rt_not_saved}`);
  }

  // Back to a half-done assessment: say so at the top, with a link to the
  // first statement still without an answer (or to the results).
  onRestored() {
    this.handIn();
    const numbered = this.config.sections.flatMap((section, s) =>
      section.items.map((id, i) => [id, `${s + 1}.${i + 1}`]),
    );
    const next = numbered.find(([id]) => !this.isAnswer(this.record.answers[id]));
    if (next) this.pages.show(this.pages.sectionOf(next[0]));
    const link = this.find("resume-link");
    this.find("resume-text").textContent = this.t.rt_restored;
    if (next) {
      link.textContent = fill(this.t.sa_continue_from, { number: next[1] });
      link.setAttribute("href", `#sa-${this.config.tool}-${next[0]}`);
    } else {
      link.textContent = this.t.sa_see_results;
    }
    link.addEventListener("click", (event) => {
      const target = this.root.querySelector(link.getAttribute("href"));
      if (!target) return;
      event.preventDefault();
      target.scrollIntoView({ block: "center" });
      const control = target.querySelector("input") || target.querySelector("h3");
      if (control.tagName === "H3") control.setAttribute("tabindex", "-1");
      control.focus({ preventScroll: true });
    });
    const notice = this.find("resume");
    notice.hidden = false;
    // A returning reader arrives at the top of the page: bring the notice to
    // them, unless the address asks for another place.
    if (!window.location.hash) {
      notice.scrollIntoView({ block: "center" });
      notice.focus({ preventScroll: true });
    }
  }

  onOwnClick(event) {
    const button = event.target.closest("[data-sa-action]");
    if (!button) return;
    const action = button.dataset.saAction;
    if (action === "send") this.handIn().then((handIn) => handIn.send());
    else if (action === "send-qr") this.handIn().then((handIn) => handIn.showQr());
    else if (action === "print-results") this.printResults();
    else if (action === "start-action-plan") this.startActionPlan(button);
    else this.snapshots.act(action, button);
  }

  handIn() {
    this.handInLoaded ||= import("./hand-in.js").then(({ HandIn }) => new HandIn(this));
    return this.handInLoaded;
  }

  // The class stays until the print dialog closes: print() returns at once in
  // some browsers, so only afterprint says when printing is over.
  printResults() {
    const html = document.documentElement;
    html.classList.add(PRINT_RESULTS_CLASS);
    window.addEventListener("afterprint", () => html.classList.remove(PRINT_RESULTS_CLASS), { once: true });
    window.print();
  }

  // ---- results -----------------------------------------------------------

  score(answers) {
    return score(this.config.sections, this.config.values, answers);
  }

  number(value) {
    return value === null
      ? "–"
      : value.toLocaleString(this.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }

  progressText() {
    const { answered, total } = this.score(this.record.answers);
    return fill(this.t.sa_progress, { answered, total });
  }

  render() {
    const result = this.score(this.record.answers);
    this.find("progress-bar").value = result.answered;
    this.find("progress-text").textContent = this.progressText();
    const hasResults = result.answered > 0;
    this.find("results-empty").hidden = hasResults;
    this.find("results-body").hidden = !hasResults;
    if (hasResults) {
      this.find("overall").textContent = fill(this.t.sa_overall, {
        avg: this.number(result.overall),
        max: this.config.max,
        answered: result.answered,
        total: result.total,
      });
      this.chart.draw(result.sections);
      this.renderTable(result.sections);
      this.renderRecommendations(result.sections);
    }
    this.snapshots.render(result);
    this.pages.render();
  }

  renderTable(sections) {
    this.find("table").tBodies[0].replaceChildren(
      ...sections.map((section, index) => {
        const row = el("tr");
        row.append(
          el("th", { scope: "row" }, `${index + 1}. ${section.title}`),
          el("td", {}, this.number(section.average)),
          el("td", {}, `${section.answered} / ${section.total}`),
        );
        return row;
      }),
    );
  }

  renderRecommendations(sections) {
    const { sections: weakest, none, level } = recommend(sections, this.config.max);
    this.find("recommendations-intro").textContent = none
      ? this.t.sa_recommendations_none
      : level
        ? this.t.sa_recommendations_level
        : this.t.sa_recommendations_intro;
    this.recommended = weakest;
    const offer = this.find("action-plan");
    if (offer) offer.hidden = weakest.length === 0;
    this.find("recommendations").replaceChildren(
      ...weakest.map((section) => {
        const item = el("li");
        const link = el("a", { href: section.url }, fill(this.t.sa_read_more, { title: section.title }));
        item.append(
          el(
            "strong",
            {},
            `${section.title} (${this.number(section.average)}; ${fill(this.t.sa_answered_of, section)})`,
          ),
          " ",
          el("span", {}, section.advice),
          " ",
          link,
        );
        return item;
      }),
    );
  }

  // Opens the action plan with the recommended sections as rows, each keyed
  // by its section so that doing it twice adds nothing twice (rows.js).
  startActionPlan(button) {
    const query = new URLSearchParams();
    for (const section of this.recommended || []) {
      query.append("row", fill(this.t.sa_action_plan_row, { title: section.title, advice: section.advice }));
      query.append("source", `${this.config.tool}/${section.id}`);
    }
    window.location.assign(`${button.dataset.href}?${query}`);
  }

  // ---- import ------------------------------------------------------------

  validAnswers(answers, where) {
    if (answers === undefined) return {};
    if (!isPlainObject(answers)) throw new ImportError(fill(this.t.io_err_bad_value, { key: where }));
    for (const [id, value] of Object.entries(answers)) {
      if (!ID_PATTERN.test(id) || id.length > 60 || !this.isAnswer(value)) {
        throw new ImportError(fill(this.t.io_err_bad_value, { key: `${where}.${id.slice(0, 60)}` }));
      }
    }
    return { ...answers };
  }

  // The file's answers and new snapshots, checked; ImportError when the
  // file does not fit this tool or would not fit the limits after merging.
  parseImport(data) {
    const answers = this.validAnswers(data.answers, "answers");
    const added = this.snapshots.fromFile(data.snapshots, (list, where) => this.validAnswers(list, where));
    const matching = (map) => Object.keys(map).filter((id) => this.itemIds.has(id)).length;
    if (matching(answers) + added.reduce((sum, s) => sum + matching(s.answers), 0) === 0) {
      throw new ImportError(this.t.io_err_nothing_matches);
    }
    return {
      answers,
      extra: { snapshots: [...this.record.snapshots, ...added] },
      facts: { answers: Object.keys(answers).length, snapshots: added.length },
    };
  }
}
