// A few assertions for the browser unit tests: each throws with both values.
const show = (value) => JSON.stringify(value, (_key, v) => (v instanceof Map ? [...v] : v));

export function equal(actual, expected, what = "") {
  if (show(actual) !== show(expected))
    throw new Error(`${what}\n  got      ${show(actual)}\n  expected ${show(expected)}`);
}

export function ok(condition, what) {
  if (!condition) throw new Error(`not true: ${what}`);
}

export function throws(body, type, what) {
  try {
    body();
  } catch (error) {
    if (type && !(error instanceof type)) throw new Error(`${what}: threw ${error}, not a ${type.name}`);
    return error;
  }
  throw new Error(`did not throw: ${what}`);
}
