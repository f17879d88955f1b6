// One storage layer for every tool: a versioned JSON record per key in
// localStorage. Problems are returned, never thrown, so that a tool can say
// what happened and keep working from memory.
//
// - Reads never write: a full store still gives back what it holds.
// - Failures are classified when writing: "full", "unavailable" (disabled or
//   blocked by the browser), "protected" (see below).
// - A record that cannot be read (bad JSON, wrong shape) is copied aside under
//   a new key, checked to be there, and only then removed. If the copy fails,
//   the record stays where it was and this page never writes over it.
// - A record written by a newer format is never overwritten by this one.
// - Older formats pass through the component's migrations, one step at a time.
// - Fields this code does not know are kept as they are.
import { isPlainObject } from "./dom.js";

const PREFIX = "verkostojohtaminen:";

export function recordKey(kind, id) {
  return `${PREFIX}${kind}:${id}`;
}

export class ShapeError extends Error {}

function classify(error) {
  const quota =
    error &&
    (error.name === "QuotaExceededError" ||
      error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      error.code === 22 ||
      error.code === 1014);
  return quota ? "full" : "unavailable";
}

// localStorage itself may throw (disabled cookies, sandboxed frames).
function backend() {
  return window.localStorage;
}

export class RecordStore {
  // format: the record format this code writes.
  // migrations: {n: (record) => record of format n + 1}.
  // check: (record) => the record with its known fields usable; throws ShapeError.
  constructor(key, { format, migrations = {}, check }) {
    this.key = key;
    this.format = format;
    this.migrations = migrations;
    this.check = check;
    this.protection = null; // null | "newer" | "unreadable": why writing is refused
  }

  // -> { record, problem, keptAt }
  // problem: null | "unavailable" | "corrupt" (copied aside to keptAt)
  //          | "corrupt-kept" (left at keptAt, never overwritten) | "newer"
  read() {
    let raw;
    try {
      raw = backend().getItem(this.key);
    } catch (_error) {
      return { record: null, problem: "unavailable" };
    }
    this.protection = null;
    if (raw === null) return { record: null, problem: null };
    let record;
    try {
      record = JSON.parse(raw);
    } catch (_error) {
      return this.setAside(raw);
    }
    if (!isPlainObject(record)) return this.setAside(raw);
    const format = record.format === undefined ? 1 : record.format;
    if (!Number.isInteger(format) || format < 1) return this.setAside(raw);
    if (format > this.format) {
      this.protection = "newer";
      return { record: null, problem: "newer" };
    }
    try {
      return { record: this.check(this.migrate(record, format)), problem: null };
    } catch (error) {
      if (!(error instanceof ShapeError)) throw error;
      return this.setAside(raw);
    }
  }

  migrate(record, format) {
    let current = record;
    for (let step = format; step < this.format; step += 1) {
      const migration = this.migrations[step];
      if (!migration) throw new ShapeError(`no migration from format ${step}`);
      current = migration(current);
    }
    return current;
  }

  setAside(raw) {
    const asideKey = `${this.key}:unreadable:${new Date().toISOString()}`;
    try {
      const store = backend();
      store.setItem(asideKey, raw);
      if (store.getItem(asideKey) !== raw) throw new Error("copy not found");
      store.removeItem(this.key);
      return { record: null, problem: "corrupt", keptAt: asideKey };
    } catch (_error) {
      try {
        backend().removeItem(asideKey);
      } catch (_ignored) {
        /* nothing was written */
      }
      this.protection = "unreadable";
      return { record: null, problem: "corrupt-kept", keptAt: this.key };
    }
  }

  // -> null | "full" | "unavailable" | "protected"
  write(record) {
    if (this.protection) return "protected";
    try {
      backend().setItem(this.key, JSON.stringify({ ...record, format: this.format }));
      return null;
    } catch (error) {
      return classify(error);
    }
  }

  // Removes the record; -> null | "unavailable" | "protected" (as write()).
  remove() {
    if (this.protection) return "protected";
    try {
      backend().removeItem(this.key);
      return null;
    } catch (_error) {
      return "unavailable";
    }
  }

  // Calls back when another tab changed this record.
  onChangeElsewhere(callback) {
    window.addEventListener("storage", (event) => {
      if (event.key === this.key || event.key === null) callback();
    });
  }
}
