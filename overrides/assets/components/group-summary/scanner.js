// Reading participants' result QR codes with the trainer's camera, where the
// browser can (BarcodeDetector with QR codes, e.g. Chrome on Android and
// macOS); elsewhere the option is not shown at all. Each code read is
// handed to the group like a pasted one; the camera stops when the dialog
// closes. Nothing of the picture is kept or sent.
import { fill } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";

const EVERY_MS = 400; // between two looks at the camera picture

export class Scanner {
  constructor(root, t, onCode) {
    this.t = t;
    this.onCode = onCode;
    this.button = root.querySelector('[data-gs-action="scan"]');
    this.dialog = root.querySelector("[data-gs-scanner]");
    this.video = root.querySelector("[data-gs-scanner-video]");
    this.message = root.querySelector("[data-gs-scanner-message]");
    this.place = root.querySelector("[data-gs-message]");
    this.read = new Set();
  }

  async start() {
    if (!(await Scanner.available())) return;
    this.button.hidden = false;
    this.button.addEventListener("click", () => this.open());
    this.dialog.addEventListener("close", () => this.stop());
    this.dialog.querySelector("[data-gs-scanner-close]").addEventListener("click", () => this.dialog.close());
  }

  static async available() {
    if (!("BarcodeDetector" in window) || !navigator.mediaDevices?.getUserMedia) return false;
    try {
      return (await window.BarcodeDetector.getSupportedFormats()).includes("qr_code");
    } catch (_error) {
      return false;
    }
  }

  async open() {
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    } catch (error) {
      say(this.place, fill(this.t.gs_scan_no_camera, { reason: error?.name || "" }));
      return;
    }
    this.detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    this.video.srcObject = this.stream;
    this.dialog.showModal();
    say(this.message, this.t.gs_scan_ready);
    await this.video.play().catch(() => undefined);
    this.timer = window.setInterval(() => this.look(), EVERY_MS);
  }

  async look() {
    if (this.looking || this.video.readyState < 2) return;
    this.looking = true;
    try {
      for (const found of await this.detector.detect(this.video)) {
        if (this.read.has(found.rawValue)) continue;
        this.read.add(found.rawValue);
        const added = this.onCode(found.rawValue);
        say(this.message, fill(added ? this.t.gs_scan_added : this.t.gs_scan_not_added, { count: this.read.size }));
      }
    } catch (_error) {
      // A picture that could not be read: the next look tries again.
    } finally {
      this.looking = false;
    }
  }

  stop() {
    window.clearInterval(this.timer);
    for (const track of this.stream?.getTracks() || []) track.stop();
    this.stream = null;
    this.button.focus();
  }
}
