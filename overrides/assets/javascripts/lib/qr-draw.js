// Drawing a QR code's modules, whoever made them (segno at build time for
// the share panel, lib/qr-encode.js in the browser for an answer link).

// The dark modules as runs along each row: [{ x, y, length }]; modules:
// rows of "0" and "1" (as segno's codes reach the share panel).
export function darkRuns(modules) {
  const runs = [];
  modules.forEach((row, y) => {
    for (const match of row.matchAll(/1+/g)) runs.push({ x: match.index, y, length: match[0].length });
  });
  return runs;
}

// SVG path data of the dark modules, `scale` pixels each, from `offset`.
export function qrPath(modules, offset, scale) {
  return darkRuns(modules)
    .map(({ x, y, length }) => {
      const [left, top, long] = [offset + x * scale, offset + y * scale, length * scale];
      return `M${left} ${top}h${long}v${scale}h-${long}z`;
    })
    .join("");
}
