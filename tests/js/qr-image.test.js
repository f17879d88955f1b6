// The share panel's QR pictures (overrides/assets/components/share/qr-image.js):
// runs of dark modules, the address broken into lines, the layout's size.
import {
  addressLines,
  darkRuns,
  layout,
  PNG_MIN_WIDTH,
  svgFile,
} from "../../overrides/assets/components/share/qr-image.js";
import { equal, ok } from "./assert.js";

const byLength = () => (text) => text.length;
const qr = { modules: ["1101", "0010", "1111", "0000"], quietZone: 4, address: "example.org/sv/guides/x/" };

export const tests = {
  "dark modules become runs along each row"() {
    equal(darkRuns(["1101", "0010", "0000"]), [
      { x: 0, y: 0, length: 2 },
      { x: 3, y: 0, length: 1 },
      { x: 2, y: 1, length: 1 },
    ]);
  },
  "the address is broken after a slash only where it must be"() {
    equal(addressLines("example.org/sv/guides/why-networks/", 100, byLength()), [
      "example.org/sv/guides/why-networks/",
    ]);
    equal(addressLines("example.org/sv/guides/why-networks/", 22, byLength()), [
      "example.org/sv/guides/",
      "why-networks/",
    ]);
    equal(addressLines("a-very-long-name", 5, byLength()), ["a-very-long-name"], "one piece stays whole");
  },
  "the picture is at least the minimum width, the address under the code"() {
    const box = layout(qr, () => byLength());
    ok(box.width >= PNG_MIN_WIDTH && box.width % (4 + 8) === 0, box.width);
    ok(box.height > box.width && box.lines.length >= 1, JSON.stringify(box));
  },
  "the SVG file is an SVG document with the address as text"() {
    const hostile = { ...qr, address: 'example.org/<script>alert("x")</script>&' };
    const text = svgFile(hostile);
    const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
    equal(parsed.documentElement.localName, "svg");
    ok(!parsed.querySelector("parsererror") && !parsed.querySelector("script"), text);
    equal([...parsed.querySelectorAll("text")].map((t) => t.textContent).join(""), hostile.address);
  },
};
