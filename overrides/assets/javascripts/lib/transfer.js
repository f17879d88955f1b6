// Export to and import from JSON files, for every tool. The limits come
// from the page's config (macros/components/limits.py), the same numbers
// the tool uses when saving, so that whatever was saved can be imported back.
// Messages are the page's interface texts (io_* keys in data/ui.yml).
import { el, fill, isPlainObject } from "./dom.js";

export const FILE_FORMAT = 1;

export class ImportError extends Error {}

// Envelope of every export: which tool, which format, when. The record's
// own fields (answers, snapshots and anything this code does not know)
// travel with it.
export function exportFile(record, { kind, tool, version, limits, strings, nickname = "" }) {
  const now = new Date();
  const payload = { ...record, format: FILE_FORMAT, kind, tool, toolVersion: version, exported: now.toISOString() };
  const name = fileName(tool, "json", nickname, now);
  const size = downloadText(JSON.stringify(payload, null, 2), name, "application/json");
  const tooLarge = size > limits.import_max_bytes;
  return {
    name,
    warning: tooLarge ? fill(strings.io_export_too_large, { max: megabytes(limits.import_max_bytes) }) : "",
  };
}

// "network-health-2026-12-06-140512-maija.json": the date and local time
// to the second, and the reader's nickname if given, so that the files of a
// group handed to one trainer do not share a name.
export function fileName(tool, extension, nickname = "", now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const nick = fileNamePart(nickname);
  const suffix = nick ? `-${nick}` : "";
  return `${tool}-${date}-${time}${suffix}.${extension}`;
}

// Letters and digits only (ä -> a), so that the name is safe on every system.
export function fileNamePart(text) {
  return String(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 30)
    .replace(/^-+|-+$/g, "");
}

// Offers text as a file download; returns its size in bytes.
export function downloadText(text, name, type) {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const link = el("a", { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return blob.size;
}

const megabytes = (bytes) => `${Math.round((bytes / 1048576) * 10) / 10}`;

// The file's data if it is an export of this tool; ImportError otherwise.
export async function readExport(file, { kind, tool, limits, strings }) {
  if (file.size > limits.import_max_bytes) {
    throw new ImportError(fill(strings.io_err_too_large, { max: megabytes(limits.import_max_bytes) }));
  }
  let data;
  try {
    data = JSON.parse(await file.text());
  } catch (_error) {
    throw new ImportError(strings.io_err_not_json);
  }
  if (!isPlainObject(data) || typeof data.tool !== "string" || !Number.isInteger(data.format)) {
    throw new ImportError(strings.io_err_format);
  }
  if (data.format > FILE_FORMAT) throw new ImportError(strings.io_err_newer);
  if (data.tool !== tool || (data.kind !== undefined && data.kind !== kind)) {
    throw new ImportError(fill(strings.io_err_wrong_tool, { tool: data.tool.slice(0, 60) }));
  }
  return data;
}

// The file's fields that are not part of the envelope: kept on import.
export function withoutEnvelope(data) {
  const { format, kind, tool, toolVersion, exported, ...rest } = data;
  return rest;
}
