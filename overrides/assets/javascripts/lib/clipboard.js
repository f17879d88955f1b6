// Puts a document on the clipboard: rich text (text/html, for e-mail and
// Word) beside plain text where the browser has ClipboardItem, the plain
// text alone where it has not or refuses HTML. Resolves to what was copied
// ("rich" or "plain"); rejects when the browser refuses the clipboard, so
// that the caller can say so.
export async function copyDocument(html, plain) {
  const clipboard = navigator.clipboard;
  if (!clipboard) throw new Error("no clipboard in this browser");
  if (typeof window.ClipboardItem === "function" && clipboard.write) {
    const item = new window.ClipboardItem({
      "text/html": new Blob([html], { type: "text/html" }),
      "text/plain": new Blob([plain], { type: "text/plain" }),
    });
    try {
      await clipboard.write([item]);
      return "rich";
    } catch (_error) {
      // Refused, or HTML not accepted: plain text may still go.
    }
  }
  await clipboard.writeText(plain);
  return "plain";
}
