// "Send to the trainer": the reader's answers as a short link to the group
// summary, with the answers in its fragment (lib/answer-code.js), so that
// they reach the trainer's device and no server. Shared, copied or shown
// by lib/share-link.js; every outcome is said next to the button.
import { answerLink, encodeAnswers, newSenderTag } from "../../javascripts/lib/answer-code.js";
import { fill, svg } from "../../javascripts/lib/dom.js";
import { say } from "../../javascripts/lib/messages.js";
import { qrPath } from "../../javascripts/lib/qr-draw.js";
import { shareOrCopy } from "../../javascripts/lib/share-link.js";

const QR_QUIET_ZONE = 4; // modules of white around the code, as the standard asks

export class HandIn {
  constructor(tool) {
    this.tool = tool;
    this.message = tool.find("send-message");
    this.field = tool.find("send-link");
  }

  // The code layout of this tool: statements in the data's order.
  layout() {
    const { config } = this.tool;
    return {
      code: config.code,
      version: config.version,
      items: config.sections.flatMap((section) => section.items),
      values: config.values,
    };
  }

  // This device's sender tag, made at the first send and kept in the record,
  // so that answers sent again replace the earlier ones in the trainer's group.
  senderTag() {
    const { record } = this.tool;
    if (typeof record.handInTag !== "string" || !/^[0-9A-Za-z]{4}$/.test(record.handInTag)) {
      record.handInTag = newSenderTag();
      this.tool.save();
    }
    return record.handInTag;
  }

  // What is shared: the link, a title and a line with the code.
  payload() {
    const { config, t, record } = this.tool;
    const code = encodeAnswers(this.layout(), record.answers, this.senderTag());
    const { answered, total } = this.tool.score(record.answers);
    return {
      title: fill(t.sa_send_title, { title: config.title }),
      text: fill(t.sa_send_text, { title: config.title, answered, total, code }),
      url: answerLink(config.group_summary, code),
    };
  }

  async send() {
    const t = this.tool.t;
    if (this.tool.answeredCount(this.tool.record.answers) === 0) {
      say(this.message, t.sa_send_nothing);
      return;
    }
    await shareOrCopy(this.payload(), {
      field: this.field,
      message: this.message,
      texts: {
        shared: t.sa_send_shared,
        cancelled: t.sa_send_cancelled,
        copied: t.sa_send_copied,
        copyFailed: t.sa_send_copy_failed,
      },
    });
  }

  // The same link as a QR code, for a trainer who reads codes with a camera.
  async showQr() {
    const t = this.tool.t;
    if (this.tool.answeredCount(this.tool.record.answers) === 0) {
      say(this.message, t.sa_send_nothing);
      return;
    }
    // The encoder loads only for the few who ask for a QR code.
    const { qrModules } = await import("../../javascripts/lib/qr-encode.js");
    const modules = qrModules(this.payload().url);
    const size = modules.length + 2 * QR_QUIET_ZONE;
    const picture = svg("svg", { viewBox: `0 0 ${size} ${size}`, role: "img", "aria-label": t.sa_send_qr_label });
    picture.append(
      svg("rect", { width: size, height: size, fill: "#fff" }),
      svg("path", { d: qrPath(modules, QR_QUIET_ZONE, 1), fill: "#000" }),
    );
    const figure = this.tool.find("send-qr");
    figure.querySelector("svg")?.remove();
    figure.prepend(picture);
    figure.hidden = false;
  }
}
