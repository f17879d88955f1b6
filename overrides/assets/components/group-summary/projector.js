// The projector view of a group summary: one section per screen in large
// type, each statement with how its answers spread over the scale and how
// many answers rest on it. Arrow keys (and a presenter's clicker, which
// sends Page Up and Page Down) move between sections; Escape closes.
// A modal <dialog>, so that focus stays in it while it is open.
import { el, fill } from "../../javascripts/lib/dom.js";

const NEXT = new Set(["ArrowRight", "ArrowDown", "PageDown", " "]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp", "PageUp"]);

export class Projector {
  constructor(root, config, view) {
    this.config = config;
    this.t = config.strings;
    this.view = view; // number formatting is the summary's
    this.dialog = root.querySelector("[data-gs-projector]");
    this.body = root.querySelector("[data-gs-projector-body]");
    this.position = root.querySelector("[data-gs-projector-position]");
    this.index = 0;
  }

  start() {
    this.dialog.addEventListener("click", (event) => {
      const move = event.target.closest("[data-gs-move]");
      if (move) this.show(this.index + Number(move.dataset.gsMove));
      if (event.target.closest("[data-gs-projector-close]")) this.dialog.close();
    });
    // On the window: a step button that becomes disabled loses focus to the page.
    window.addEventListener("keydown", (event) => {
      if (!this.dialog.open || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target.closest?.("button") && event.key === " ") return; // a focused button's own key
      if (NEXT.has(event.key)) this.show(this.index + 1);
      else if (PREVIOUS.has(event.key)) this.show(this.index - 1);
      else return;
      event.preventDefault();
    });
  }

  open(result) {
    this.result = result;
    this.dialog.showModal();
    this.show(0);
    this.dialog.querySelector('[data-gs-move="1"]:not(:disabled), [data-gs-projector-close]').focus();
  }

  show(index) {
    const sections = this.result.sections;
    this.index = Math.max(0, Math.min(sections.length - 1, index));
    const section = sections[this.index];
    const items = this.result.items.filter((item) => item.section === this.index);
    this.body.replaceChildren(
      el("h2", { class: "gs-projector__title", id: "gs-projector-title" }, `${this.index + 1}. ${section.title}`),
      el(
        "p",
        { class: "gs-projector__figures" },
        fill(this.t.gs_projector_section, {
          people: section.people,
          median: this.view.number(section.median),
          range: this.view.range(section),
        }),
      ),
      this.legend(),
      el("ol", { class: "gs-projector__items" }),
    );
    this.body.querySelector("ol").append(...items.map((item) => this.statement(item)));
    this.position.textContent = fill(this.t.gs_projector_position, {
      current: this.index + 1,
      total: sections.length,
    });
    const previous = this.dialog.querySelector('[data-gs-move="-1"]');
    const next = this.dialog.querySelector('[data-gs-move="1"]');
    const focused = document.activeElement;
    previous.disabled = this.index === 0;
    next.disabled = this.index === sections.length - 1;
    // A step button that has just become disabled hands focus to the other one.
    if (focused?.disabled) (focused === next ? previous : next).focus();
  }

  legend() {
    const list = el("ul", { class: "gs-projector__legend" });
    const entries = [...this.config.levels.map((level) => `${level.value} ${level.label}`), this.config.unknown];
    list.append(
      ...entries.map((text, index) => {
        const item = el("li");
        item.append(el("span", { class: `gs-projector__key gs-projector__part--${this.partName(index)}` }), text);
        return item;
      }),
    );
    return list;
  }

  partName(index) {
    return index < this.config.levels.length ? String(index + 1) : "unknown";
  }

  // One statement: its text, a bar of its answers over the scale with the
  // counts written in it, and the same figures as a sentence for screen readers.
  statement(item) {
    const counts = [...item.counts.values(), item.unknown];
    const bar = el("div", { class: "gs-projector__bar", "aria-hidden": "true" });
    counts.forEach((count, index) => {
      if (!count) return;
      const part = el(
        "span",
        { class: `gs-projector__part gs-projector__part--${this.partName(index)}` },
        String(count),
      );
      part.style.flexGrow = String(count);
      bar.append(part);
    });
    const spoken = [
      ...this.config.levels.map((level, index) => `${level.value}: ${counts[index]}`),
      `${this.config.unknown}: ${item.unknown}`,
    ].join(", ");
    const entry = el("li");
    entry.append(
      el("p", { class: "gs-projector__text" }, `${item.number} ${item.text}`),
      bar,
      el(
        "p",
        { class: "gs-projector__counts" },
        fill(this.t.gs_projector_item, {
          answers: item.answers,
          median: this.view.number(item.median),
          spread: item.spread === null ? "–" : this.view.number(item.spread),
        }),
      ),
      el("p", { class: "md-visually-hidden" }, spoken),
    );
    return entry;
  }
}
