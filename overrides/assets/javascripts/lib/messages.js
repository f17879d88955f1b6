// Messages of one component. A status line (polite) for what just happened,
// and one alert area whose text is replaced, never stacked: each topic
// ("storage", "import", ...) holds at most one message, and an unchanged
// message is not written (and so not announced) again.
import { el } from "./dom.js";

export class Messages {
  constructor(status, alert) {
    this.status = status;
    this.alertArea = alert;
    this.topics = new Map();
  }

  // Polite live region: cleared first so that a repeated message is read too.
  announce(text) {
    this.status.textContent = "";
    window.setTimeout(() => {
      this.status.textContent = text;
    }, 50);
  }

  alert(topic, text) {
    if (this.topics.get(topic) === text) return;
    this.topics.set(topic, text);
    this.renderAlerts();
  }

  clear(topic) {
    if (!this.topics.has(topic)) return;
    this.topics.delete(topic);
    this.renderAlerts();
  }

  renderAlerts() {
    this.alertArea.replaceChildren(...[...this.topics.values()].map((text) => el("p", {}, text)));
    this.alertArea.hidden = this.topics.size === 0;
  }
}

// A message next to the control the reader used (role="alert" there),
// replacing whatever that place said before.
export function say(place, text) {
  place.textContent = text || "";
}
