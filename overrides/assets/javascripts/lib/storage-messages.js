// Storage problems in words, for the components that store answers.
import { fill } from "./dom.js";

// What a storage problem means for the reader, from the page's texts
// (storage_* in data/ui.yml); shared by every component that stores.
export function showLoadProblem(messages, t, { problem, keptAt }) {
  const texts = {
    unavailable: t.storage_unavailable,
    corrupt: fill(t.storage_corrupt, { key: keptAt }),
    "corrupt-kept": fill(t.storage_corrupt_kept, { key: keptAt }),
    newer: t.storage_newer,
  };
  if (problem) messages.alert("load", texts[problem]);
  else messages.clear("load");
}

// After a write: a new message only when the load message does not already
// explain it (disabled storage, a protected record).
export function showSaveProblem(messages, t, problem, loadProblem) {
  if (!problem || problem === "protected" || (problem === "unavailable" && loadProblem === "unavailable")) {
    messages.clear("save");
  } else {
    messages.alert("save", problem === "full" ? t.storage_full : t.storage_unavailable);
  }
}
