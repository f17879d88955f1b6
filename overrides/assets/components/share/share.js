// Share panel: copies the page's address, prints the page and offers the
// QR code as SVG and PNG files (qr-image.js). The QR code and the address
// are in the HTML already; this only adds the buttons.
import { fill } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { downloadText } from "../../javascripts/lib/transfer.js";
import { drawPng, svgFile } from "./qr-image.js";

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
    const qr = this.config.qr;
    const name = `${qr.file}.${type}`;
    try {
      if (type === "svg") downloadText(svgFile(qr), name, "image/svg+xml");
      else {
        const png = await new Promise((resolve, reject) =>
          drawPng(qr).toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no PNG"))), "image/png"),
        );
        // A Blob is a part of a Blob like text is: the file holds the PNG's bytes.
        downloadText(png, name, "image/png");
      }
      say(this.message, fill(this.strings.share_downloaded, { file: name }));
    } catch (_error) {
      say(this.message, this.strings.share_download_failed);
    }
  }
}
