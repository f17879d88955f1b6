// Text helpers the worksheet's kinds share: dates as written in Finland,
// and Markdown that keeps the reader's text as text.

// yyyy-mm-dd -> d.m.yyyy, as dates are written in Finland in both languages.
export function finnishDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value || "");
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : value || "";
}

// A line of the reader's text that Markdown would read as a heading, list or
// quote is escaped, so the document keeps its own structure.
export function escapeLine(line) {
  return line.replace(/^(\s*)([#>*+-]|\d+[.)])(\s|$)/, "$1\\$2$3");
}
