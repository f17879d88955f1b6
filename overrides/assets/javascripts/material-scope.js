// Material for MkDocs' page-scope helpers (from its partials/javascripts/base.html),
// in a file so that no inline script is needed. Classic script: the globals
// are what Material's bundle expects.
/* eslint-disable no-global-assign */
__md_scope = new URL(document.currentScript.dataset.scope, location);
__md_hash = (e) => [...e].reduce((e2, _) => (e2 << 5) - e2 + _.charCodeAt(0), 0);
__md_get = (e, _ = localStorage, t = __md_scope) => JSON.parse(_.getItem(`${t.pathname}.${e}`));
__md_set = (e, _, t = localStorage, a = __md_scope) => {
  try {
    t.setItem(`${a.pathname}.${e}`, JSON.stringify(_));
  } catch (_error) {
    /* storage full or disabled */
  }
};
