// Hands a link on by the reader's own action: the device's share sheet
// (Web Share API) where the browser has one; else, or when sharing is not
// allowed there (some in-app browsers), the link is copied; and when the
// clipboard is refused too, it is shown selected in a field to copy by
// hand. Every outcome is said in `message` (a status region).
import { say } from "./messages.js";

// data: { title, text, url }; field: a read-only input whose wrapper
// ([data-link-wrap]) is shown with the link; texts: { shared, cancelled,
// copied, copyFailed }.
export async function shareOrCopy(data, { field, message, texts }) {
  field.value = data.url;
  if (typeof navigator.share === "function") {
    try {
      await navigator.share(data);
      say(message, texts.shared);
      return "shared";
    } catch (error) {
      if (error?.name === "AbortError") {
        say(message, texts.cancelled);
        return "cancelled";
      }
    }
  }
  field.closest("[data-link-wrap]").hidden = false;
  try {
    await navigator.clipboard.writeText(data.text ? `${data.text}\n${data.url}` : data.url);
    say(message, texts.copied);
    return "copied";
  } catch (_error) {
    field.focus();
    field.select();
    say(message, texts.copyFailed);
    return "shown";
  }
}
