// A whole worksheet in a link's fragment, so that a plan travels between
// members' devices without a server: "#wp1z.<data>.<check>".
//
//   wp1   format 1 of a plan link
//   z/j   the data deflated (where the browser has CompressionStream) or
//         plain JSON; both are read wherever DecompressionStream exists
//   data  base64url of the bytes
//   check 4 characters over the data (checkCharacters): a cut or changed
//         link is refused with a reason, never read half
//
// The link is offered up to MAX_LINK characters: longer addresses are cut
// by some mail and chat programs, so beyond it the plan goes as a file.
import { CodeError, checkCharacters } from "./answer-code.js";

export const PLAN_PREFIX = "wp1";
export const MAX_LINK = 8000;
const SHAPE = /^wp(\d+)([zj])\.([A-Za-z0-9_-]+)\.([0-9A-Za-z]{4})$/;

const canDeflate = () => typeof CompressionStream === "function";

async function through(stream, bytes) {
  const piped = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

// data (a plain object) -> the fragment, without "#".
export async function encodePlan(data, { compress = canDeflate() } = {}) {
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const body = toBase64Url(compress ? await through(new CompressionStream("deflate-raw"), bytes) : bytes);
  return `${PLAN_PREFIX}${compress ? "z" : "j"}.${body}.${checkCharacters(body)}`;
}

export const isPlanFragment = (fragment) => fragment.startsWith("wp");

// The fragment's data; CodeError (reason: a key of the interface texts) otherwise.
export async function decodePlan(fragment) {
  const parts = SHAPE.exec(fragment);
  if (!parts) throw new CodeError("plan_err_shape");
  const [, format, packing, body, check] = parts;
  if (Number(format) > 1) throw new CodeError("code_err_newer");
  if (checkCharacters(body) !== check) throw new CodeError("code_err_check");
  let bytes = fromBase64Url(body);
  if (packing === "z") {
    if (typeof DecompressionStream !== "function") throw new CodeError("plan_err_no_inflate");
    try {
      bytes = await through(new DecompressionStream("deflate-raw"), bytes);
    } catch (_error) {
      throw new CodeError("code_err_check");
    }
  }
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch (_error) {
    throw new CodeError("code_err_check");
  }
}
