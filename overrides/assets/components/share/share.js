// Share panel: copies the page's address and prints the page. The QR code
// and the address are in the HTML already; this only adds the buttons.
import { say } from "../../javascripts/lib/messages.js";

export default class Share {
  constructor(root) {
    this.root = root;
    this.strings = JSON.parse(root.querySelector("[data-share-config]").textContent).strings;
    this.field = root.querySelector("[data-share-url]");
    this.message = root.querySelector("[data-share-message]");
  }

  start() {
    this.root.addEventListener("click", (event) => {
      const button = event.target.closest("[data-share-action]");
      if (!button) return;
      if (button.dataset.shareAction === "print") window.print();
      if (button.dataset.shareAction === "copy") this.copy();
    });
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.field.value);
      say(this.message, this.strings.share_copied);
    } catch (_error) {
      // No clipboard access: select the address so the reader can copy it.
      this.field.focus();
      this.field.select();
      say(this.message, this.strings.share_copy_failed);
    }
  }
}
