// Answer codes: a self-assessment's answers in a short code that travels in
// a link's fragment (never sent to the server) or pasted among other text.
//
//   vj1-nh3-<sender>-<answers>-<check>
//   |   | |  |        |         '- 4 characters of a checksum over the code and
//   |   | |  |        |            the statement ids, so that a changed character
//   |   | |  |        |            or a code of another question list is refused
//   |   | |  |        '- every statement's answer as one number in base 62
//   |   | |  '- 4 random characters kept with the answers on the sender's
//   |   | |     device: answers sent again replace the earlier ones
//   |   | '- the tool's data version (data/self-assessments/*.yml `version`)
//   |   '- the tool's short code (`code` in the same file)
//   '- the code format
//
// Each statement has one digit: 0 no answer, 1 "cannot say", 2... the
// scale's values in order. The digits are read as one number in the base
// (values + 2), first statement lowest, and written in base 62: a full
// network-health answer set (46 statements) is about 20 characters. The
// sender tag says nothing about the person; it only ties two sends together.
// Only letters and digits between the hyphens, so that a chat, an e-mail or
// a word processor neither breaks a code nor joins it to the next word.
export const CODE_FORMAT = 1;

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const BASE = 62n;
const CHECK_LENGTH = 4;
const UNKNOWN = "unknown";
// Anything that starts like a code, so that a damaged one is reported, not
// passed over in silence; decodeCode() then says what is wrong with it.
const CANDIDATE = /(?<![0-9A-Za-z])vj\d+-[0-9A-Za-z-]*[0-9A-Za-z]/g;
const SHAPE = /^vj(\d+)-([a-z]+)(\d+)-([0-9A-Za-z]{4})-([0-9A-Za-z]+)-([0-9A-Za-z]{4})$/;
const TAG_LENGTH = 4;

// Why a code cannot be used: `reason` is a key of the interface texts
// (code_err_*), `values` fill its placeholders.
export class CodeError extends Error {
  constructor(reason, values = {}) {
    super(reason);
    this.reason = reason;
    this.values = values;
  }
}

function toBase62(number) {
  let n = number;
  let out = "";
  do {
    out = ALPHABET[Number(n % BASE)] + out;
    n /= BASE;
  } while (n > 0n);
  return out;
}

function fromBase62(text) {
  let n = 0n;
  for (const char of text) n = n * BASE + BigInt(ALPHABET.indexOf(char));
  return n;
}

// FNV-1a (32 bits) of a text, as 4 base-62 characters: enough to notice a
// changed or lost character, not a protection against forgery.
export function checkCharacters(text) {
  let hash = 0x811c9dc5;
  for (const char of text) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return toBase62(BigInt(hash) % BASE ** BigInt(CHECK_LENGTH)).padStart(CHECK_LENGTH, "0");
}

// The check of a code's head and the statement ids.
const checksum = (head, items) => checkCharacters(`${head}|${items.join(",")}`);

// A new sender tag: random, from the browser's cryptographic generator.
export function newSenderTag() {
  const bytes = crypto.getRandomValues(new Uint8Array(TAG_LENGTH));
  return [...bytes].map((byte) => ALPHABET[byte % 62]).join("");
}

// layout: { code, version, items: [statement id, ...], values: [scale value, ...] }
// sender: a tag of newSenderTag()
export function encodeAnswers(layout, answers, sender) {
  if (!new RegExp(`^[0-9A-Za-z]{${TAG_LENGTH}}$`).test(sender)) throw new Error(`not a sender tag: ${sender}`);
  const radix = BigInt(layout.values.length + 2);
  let number = 0n;
  for (const id of [...layout.items].reverse()) {
    const value = answers[id];
    const level = layout.values.indexOf(value);
    const digit = value === UNKNOWN ? 1 : level >= 0 ? level + 2 : 0;
    number = number * radix + BigInt(digit);
  }
  const head = `vj${CODE_FORMAT}-${layout.code}${layout.version}-${sender}-${toBase62(number)}`;
  return `${head}-${checksum(head, layout.items)}`;
}

// code -> { tool: layout.code, sender, answers } for the layout the code names;
// CodeError with its reason otherwise. layouts: { [code]: layout }.
export function decodeCode(code, layouts) {
  const format = /^vj(\d+)-/.exec(code);
  if (format && Number(format[1]) > CODE_FORMAT) throw new CodeError("code_err_newer");
  const parts = SHAPE.exec(code);
  if (!parts) throw new CodeError("code_err_shape");
  const [, , tool, version, sender, digits, check] = parts;
  const layout = layouts[tool];
  if (!layout) throw new CodeError("code_err_unknown_tool", { tool });
  if (Number(version) !== layout.version)
    throw new CodeError("code_err_version", { theirs: version, ours: layout.version });
  const head = code.slice(0, code.length - CHECK_LENGTH - 1);
  if (checksum(head, layout.items) !== check) throw new CodeError("code_err_check");
  const radix = BigInt(layout.values.length + 2);
  let number = fromBase62(digits);
  const answers = {};
  for (const id of layout.items) {
    const digit = Number(number % radix);
    number /= radix;
    if (digit === 1) answers[id] = UNKNOWN;
    else if (digit >= 2) answers[id] = layout.values[digit - 2];
  }
  if (number !== 0n) throw new CodeError("code_err_check");
  if (!Object.keys(answers).length) throw new CodeError("code_err_empty");
  return { tool, sender, answers };
}

// Every code-like piece of `text`, in order: links, codes on their own
// lines, codes inside sentences. Repeats are left in: the caller counts them.
export function findCodes(text) {
  return [...String(text).matchAll(CANDIDATE)].map((match) => match[0]);
}

// The answer link: the page's address with the code as its fragment.
export function answerLink(pageUrl, code) {
  const url = new URL(pageUrl, window.location.href);
  url.hash = code;
  return url.href;
}
