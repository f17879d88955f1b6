// One storage layer for every tool: a versioned JSON record per key in
// localStorage. Problems are returned, never thrown, so a tool can show a
// message and keep working from memory. Nothing is silently dropped: fields
// this code does not know are kept as they are, and unreadable data is
// copied aside before anything new is written.

export const FORMAT = 1;
const PREFIX = "verkostojohtaminen:";

function backend() {
  try {
    const store = window.localStorage;
    const probe = PREFIX + "probe";
    store.setItem(probe, "1");
    store.removeItem(probe);
    return store;
  } catch (error) {
    return null; // disabled, private mode or blocked by the browser
  }
}

function isQuotaError(error) {
  return error && (error.name === "QuotaExceededError" || error.code === 22 || error.code === 1014);
}

export function recordKey(kind, id) {
  return `${PREFIX}${kind}:${id}`;
}

// -> { record, problem, backupKey }; problem: null | "unavailable" | "corrupt"
export function readRecord(key) {
  const store = backend();
  if (!store) return { record: null, problem: "unavailable" };
  const raw = store.getItem(key);
  if (raw === null) return { record: null, problem: null };
  try {
    const record = JSON.parse(raw);
    if (record && typeof record === "object" && !Array.isArray(record)) {
      return { record, problem: null };
    }
  } catch (error) {
    // fall through: keep the unreadable text aside
  }
  const backupKey = `${key}:unreadable:${new Date().toISOString()}`;
  try {
    store.setItem(backupKey, raw);
    store.removeItem(key);
  } catch (error) {
    return { record: null, problem: "corrupt", backupKey: key }; // left where it was
  }
  return { record: null, problem: "corrupt", backupKey };
}

// -> problem: null | "unavailable" | "full"
export function writeRecord(key, record) {
  const store = backend();
  if (!store) return "unavailable";
  try {
    store.setItem(key, JSON.stringify({ ...record, format: FORMAT }));
    return null;
  } catch (error) {
    return isQuotaError(error) ? "full" : "unavailable";
  }
}
