// Taking in a shared plan (overrides/assets/components/worksheet/merge.js)
// and the plan link (overrides/assets/javascripts/lib/plan-link.js), on the
// fixture worksheet (window.__fixture, see kinds.test.js).
import { kindOf } from "../../overrides/assets/components/worksheet/kinds.js";
import { mergePlans, resolveConflicts, stable } from "../../overrides/assets/components/worksheet/merge.js";
import { CodeError } from "../../overrides/assets/javascripts/lib/answer-code.js";
import { decodePlan, encodePlan } from "../../overrides/assets/javascripts/lib/plan-link.js";
import { equal, ok } from "./assert.js";

const fixture = () => window.__fixture;
const fields = () => fixture().config.parts.flatMap((part) => part.fields);
const answered = (field, value) => kindOf(field).answered(value);
const copy = (value) => JSON.parse(JSON.stringify(value));

// The fixture's answers on this device, and a member's version of them: one
// text changed, a row added, a shared row changed, a field only they answered.
function twoSides() {
  const own = copy(fixture().answers);
  delete own.start;
  const shared = copy(fixture().answers);
  shared.goal = "Heidän tavoitteensa";
  shared.members[1].cells.task = "Toinen tehtävä";
  shared.members.push({ id: "r-theirs", label: "Heidän rivinsä", cells: { role: "Vetäjä" } });
  return { own, shared };
}

async function rejectedWith(promise) {
  try {
    await promise;
  } catch (error) {
    ok(error instanceof CodeError, `${error} is a CodeError`);
    return error.reason;
  }
  throw new Error("not refused");
}

export const tests = {
  "rows added on either side are kept; a field answered by one side only is taken"() {
    const { own, shared } = twoSides();
    const merged = mergePlans(fields(), own, shared, answered);
    equal(
      merged.answers.members.map((row) => row.id),
      ["school-nurse", "r-own", "r-theirs"],
    );
    equal(merged.answers.start, fixture().answers.start);
    equal(merged.added, { fields: 1, rows: 1 });
  },
  "a field or row changed on both sides is a conflict, not a silent choice"() {
    const { own, shared } = twoSides();
    const merged = mergePlans(fields(), own, shared, answered);
    equal(
      merged.conflicts.map((c) => c.key),
      ["goal", "members/r-own"],
    );
    equal(merged.answers.goal, own.goal, "until chosen, this device's answer stays");
  },
  "nothing is lost: the version not chosen goes to the history"() {
    const { own, shared } = twoSides();
    const merged = mergePlans(fields(), own, shared, answered);
    const { answers, history } = resolveConflicts(
      merged,
      { goal: "shared", "members/r-own": "own" },
      { at: "2026-12-07T10:00:00Z", from: "link" },
    );
    equal(answers.goal, shared.goal);
    equal(answers.members[1], own.members[1]);
    equal(history, [
      { at: "2026-12-07T10:00:00Z", field: "goal", from: "this-device", value: own.goal },
      { at: "2026-12-07T10:00:00Z", field: "members", row: "r-own", from: "link", value: shared.members[1] },
    ]);
    // Every answer and every row of both sides is in the plan or its history.
    const kept = stable([answers, history.map((entry) => entry.value)]);
    const whole = (side) =>
      Object.entries(side)
        .filter(([id]) => id !== "members")
        .map(([, v]) => v);
    for (const value of [...whole(own), ...whole(shared), ...own.members, ...shared.members])
      ok(kept.includes(stable(value)), `kept: ${stable(value)}`);
  },
  "the same plan taken in twice changes nothing"() {
    const own = copy(fixture().answers);
    const merged = mergePlans(fields(), own, copy(own), answered);
    equal([merged.conflicts, merged.added, stable(merged.answers)], [[], { fields: 0, rows: 0 }, stable(own)]);
  },
  async "a plan travels in a link, compressed and plain, and comes back whole"() {
    const data = { tool: "demo-plan", toolVersion: 1, answers: fixture().answers };
    for (const compress of [true, false]) {
      const fragment = await encodePlan(data, { compress });
      ok(fragment.startsWith(compress ? "wp1z." : "wp1j."), fragment.slice(0, 6));
      equal(await decodePlan(fragment), data);
    }
  },
  async "a changed or cut plan link is refused with a reason"() {
    const fragment = await encodePlan({ answers: fixture().answers });
    const middle = Math.floor(fragment.length / 2);
    const changed = fragment.slice(0, middle) + (fragment[middle] === "A" ? "B" : "A") + fragment.slice(middle + 1);
    equal(await rejectedWith(decodePlan(changed)), "code_err_check");
    equal(await rejectedWith(decodePlan(fragment.slice(0, middle))), "plan_err_shape");
    equal(await rejectedWith(decodePlan(fragment.replace("wp1", "wp2"))), "code_err_newer");
  },
};
