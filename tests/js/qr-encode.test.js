// The browser's own QR codes (overrides/assets/javascripts/lib/qr-encode.js):
// their shape here; tests/browser/test_qr_encode.py decodes them for real.
import { qrMatrix } from "../../overrides/assets/javascripts/lib/qr-encode.js";
import { equal, ok, throws } from "./assert.js";

const finderAt = (m, x, y) =>
  [0, 1, 2, 3, 4, 5, 6].every((i) => m[y][x + i] && m[y + 6][x + i] && m[y + i][x] && m[y + i][x + 6]) &&
  m[y + 3][x + 3] &&
  !m[y + 1][x + 1];

export const tests = {
  "the size grows with the text, four modules a version"() {
    equal(qrMatrix("a").length, 21);
    const link = `https://example.org/trainers/group-summary/#vj1-nh3-Ab3x-${"Z".repeat(20)}-Tgrw`;
    const size = qrMatrix(link).length;
    ok(size > 21 && (size - 17) % 4 === 0, `${size}`);
    ok(
      qrMatrix(link).every((row) => row.length === size),
      "square",
    );
  },
  "three finder patterns in their corners"() {
    const m = qrMatrix("https://example.org/");
    const n = m.length;
    ok(finderAt(m, 0, 0) && finderAt(m, n - 7, 0) && finderAt(m, 0, n - 7), "finders");
    ok(m[n - 8][8], "the dark module");
  },
  "too long a text says so"() {
    throws(() => qrMatrix("x".repeat(300)), RangeError, "300 bytes");
  },
};
