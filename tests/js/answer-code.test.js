// Answer codes: overrides/assets/javascripts/lib/answer-code.js
import {
  CodeError,
  decodeCode,
  encodeAnswers,
  findCodes,
  newSenderTag,
} from "../../overrides/assets/javascripts/lib/answer-code.js";
import { equal, ok, throws } from "./assert.js";

const VALUES = [1, 2, 3, 4];
const layout = (items, version = 3, code = "nh") => ({ code, version, items, values: VALUES });
const ids = (count) => Array.from({ length: count }, (_, i) => `statement-${i}`);
const LAYOUT = layout(ids(46));
const TAG = "Ab3x";

// Every statement answered, cycling through the scale and "cannot say".
function fullAnswers(items) {
  const choices = [...VALUES, "unknown"];
  return Object.fromEntries(items.map((id, i) => [id, choices[(i * 7) % choices.length]]));
}

const reasonOf = (body) => throws(body, CodeError, "decode").reason;

// One character changed to another of the alphabet, at `index`.
function changed(code, index) {
  const char = code[index] === "a" ? "b" : "a";
  return code.slice(0, index) + char + code.slice(index + 1);
}

export const tests = {
  "answers come back as they went, unanswered statements left out"() {
    const answers = { "statement-0": 4, "statement-5": "unknown", "statement-45": 1 };
    equal(decodeCode(encodeAnswers(LAYOUT, answers, TAG), { nh: LAYOUT }), { tool: "nh", sender: TAG, answers });
    const full = fullAnswers(LAYOUT.items);
    equal(decodeCode(encodeAnswers(LAYOUT, full, TAG), { nh: LAYOUT }).answers, full);
  },
  "a full set of answers takes no more characters than its information needs"() {
    const code = encodeAnswers(LAYOUT, fullAnswers(LAYOUT.items), TAG);
    // "vj1-nh3-" + sender tag and "-" + the answers in base 62 + "-" + 4 check characters
    const needed = Math.ceil((LAYOUT.items.length * Math.log(VALUES.length + 2)) / Math.log(62));
    ok(code.length <= 8 + 5 + needed + 5, `${code} is ${code.length} characters`);
    ok(/^[0-9A-Za-z-]+$/.test(code), code);
  },
  "a value outside the scale counts as no answer"() {
    const code = encodeAnswers(LAYOUT, { "statement-0": 9, "statement-1": 2 }, TAG);
    equal(decodeCode(code, { nh: LAYOUT }).answers, { "statement-1": 2 });
  },
  "every changed character of a code is noticed"() {
    const code = encodeAnswers(LAYOUT, fullAnswers(LAYOUT.items), TAG);
    const start = "vj1-nh3-".length;
    for (let index = start; index < code.length; index += 1) {
      if (code[index] === "-") continue;
      ok(reasonOf(() => decodeCode(changed(code, index), { nh: LAYOUT })) === "code_err_check", `index ${index}`);
    }
  },
  "a code of another question list or version is refused with its reason"() {
    const code = encodeAnswers(LAYOUT, { "statement-0": 2 }, TAG);
    const reordered = layout([...LAYOUT.items].reverse());
    equal(
      reasonOf(() => decodeCode(code, { nh: reordered })),
      "code_err_check",
    );
    const newer = layout(LAYOUT.items, 4);
    const error = throws(() => decodeCode(code, { nh: newer }), CodeError, "version");
    equal([error.reason, error.values], ["code_err_version", { theirs: "3", ours: 4 }]);
    equal(
      reasonOf(() => decodeCode(code, { lr: layout(LAYOUT.items, 3, "lr") })),
      "code_err_unknown_tool",
    );
  },
  "cut, newer and empty codes say so"() {
    const code = encodeAnswers(LAYOUT, { "statement-0": 2 }, TAG);
    equal(
      reasonOf(() => decodeCode(code.slice(0, -2), { nh: LAYOUT })),
      "code_err_shape",
    );
    equal(
      reasonOf(() => decodeCode(code.replace("vj1-", "vj2-"), { nh: LAYOUT })),
      "code_err_newer",
    );
    equal(
      reasonOf(() => decodeCode(encodeAnswers(LAYOUT, {}, TAG), { nh: LAYOUT })),
      "code_err_empty",
    );
  },
  "sender tags are random, four letters or digits, and a code needs one"() {
    const tags = new Set(Array.from({ length: 50 }, () => newSenderTag()));
    ok(tags.size > 45, `${tags.size} different tags of 50`);
    ok(
      [...tags].every((tag) => /^[0-9A-Za-z]{4}$/.test(tag)),
      [...tags].join(" "),
    );
    throws(() => encodeAnswers(LAYOUT, {}, "x"), Error, "no tag");
  },
  "codes are found in links and sentences of a pasted chat, damaged ones too"() {
    const a = encodeAnswers(LAYOUT, { "statement-0": 1 }, TAG);
    const b = encodeAnswers(LAYOUT, { "statement-1": 4 }, TAG);
    const text = `Maija 9.41: https://example.org/trainers/group-summary/#${a}\nKalle: koodini on ${b}. Kiitos!\n> ${a}\nvj1-nh3-abc\nvj1nh3 vj-x (ei koodi)`;
    equal(findCodes(text), [a, b, a, "vj1-nh3-abc"]);
  },
};
