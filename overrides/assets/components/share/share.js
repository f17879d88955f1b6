// Share panel: copies the page's address, prints the page and offers the
// QR code as SVG and PNG files (qr-image.js). The QR code and the address
// are in the HTML already; this only adds the buttons.
import { el, fill } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";

// The pictures are small (tens of kilobytes): offered as data: addresses,
// made here, so that nothing is fetched and nothing needs releasing. Their
// drawing code (qr-image.js) loads only when a picture is asked for.
const PICTURES = {
  svg: ({ svgFile }, qr) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgFile(qr))}`,
  png: ({ drawPng }, qr) => drawPng(qr).toDataURL("image/png"),
};

export default class Share {
  constructor(root) {
    this.root = root;
    this.config = JSON.parse(root.querySelector("[data-share-config]").textContent);
    this.strings = this.config.strings;
    this.field = root.querySelector("[data-share-url]");
    this.message = root.querySelector("[data-share-message]");
  }

  start() {
    this.root.addEventListener("click", (event) => {
      const button = event.target.closest("[data-share-action]");
      if (!button) return;
      const action = button.dataset.shareAction;
      if (action === "print") window.print();
      if (action === "copy") this.copy();
      if (action === "svg" || action === "png") this.download(action);
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

  async download(type) {
    const name = `${this.config.qr.file}.${type}`;
    try {
      const drawing = await import("./qr-image.js");
      const link = el("a", { href: PICTURES[type](drawing, this.config.qr), download: name });
      this.root.append(link);
      link.click();
      link.remove();
      say(this.message, fill(this.strings.share_downloaded, { file: name }));
    } catch (_error) {
      say(this.message, this.strings.share_download_failed);
    }
  }
}
