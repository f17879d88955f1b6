// On a phone the self-assessment shows one section at a time, with a list
// of the sections (each with how many of its statements are answered) and
// buttons to the previous and next one, so that 30-odd statements are not
// one long page. Wider screens, print and the form without JavaScript show
// every section. The reader moves freely: any section from the list.
import { el, fill } from "../../javascripts/lib/dom.js";

const NARROW = "(max-width: 44.9375em)"; // Material's breakpoint for the drawer navigation

export class SectionPages {
  constructor(tool) {
    this.tool = tool;
    this.sections = [...tool.root.querySelectorAll("[data-sa-section]")];
    this.list = tool.find("section-list");
    this.current = 0;
    this.query = window.matchMedia(NARROW);
  }

  start() {
    this.query.addEventListener("change", () => this.apply());
    this.list.addEventListener("click", (event) => {
      const button = event.target.closest("[data-sa-go]");
      if (button) this.show(Number(button.dataset.saGo), { focus: true });
    });
    this.tool.root.addEventListener("click", (event) => {
      const step = event.target.closest("[data-sa-step]");
      if (step) this.step(Number(step.dataset.saStep));
    });
    this.apply();
  }

  get paged() {
    return this.query.matches;
  }

  apply() {
    this.tool.root.toggleAttribute("data-paged", this.paged);
    this.show(this.current);
  }

  // The section of a statement's id, e.g. for "continue from 2.3".
  sectionOf(itemId) {
    return this.sections.findIndex((section) => section.querySelector(`[data-sa-item="${itemId}"]`));
  }

  show(index, { focus = false } = {}) {
    this.current = Math.max(0, Math.min(this.sections.length - 1, index));
    this.sections.forEach((section, i) => {
      section.toggleAttribute("data-current", i === this.current);
    });
    this.render();
    if (focus) {
      const heading = this.sections[this.current].querySelector("h3");
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: true });
      heading.scrollIntoView({ block: "start" });
    }
  }

  // Next after the last section leads to the results.
  step(delta) {
    const target = this.current + delta;
    if (target >= this.sections.length) {
      const results = this.tool.root.querySelector(`#sa-${this.tool.config.tool}-results`);
      results.setAttribute("tabindex", "-1");
      results.focus({ preventScroll: true });
      results.scrollIntoView({ block: "start" });
      return;
    }
    this.show(target, { focus: true });
  }

  // The list of sections with their answered counts, and the step buttons' state.
  render() {
    const t = this.tool.t;
    const { sections } = this.tool.score(this.tool.record.answers);
    this.list.replaceChildren(
      ...sections.map((section, index) => {
        const item = el("li");
        const button = el("button", { type: "button", class: "sa__section-link", "data-sa-go": String(index) });
        if (index === this.current && this.paged) button.setAttribute("aria-current", "step");
        button.append(
          el("span", {}, `${index + 1}. ${section.title}`),
          " ",
          el("span", { class: "sa__section-count" }, fill(t.sa_section_count, section)),
        );
        item.append(button);
        return item;
      }),
    );
    this.tool.root.querySelectorAll('[data-sa-step="-1"]').forEach((button) => {
      button.disabled = this.current === 0;
    });
    const last = this.current === this.sections.length - 1;
    // On a phone the hand-in button shows under the last section only.
    this.tool.root.toggleAttribute("data-last-section", last);
    this.tool.root.querySelectorAll('[data-sa-step="1"]').forEach((button) => {
      button.textContent = last ? t.sa_to_results : t.sa_next_section;
    });
  }
}
