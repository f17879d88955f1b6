// Runs the unit tests of the browser code in one page, without building the
// site: tests/js/test_units.py serves the checkout and opens
// runner.html?modules=a.test.js,b.test.js&... . Each module exports `tests`,
// an object of named functions (async allowed) that throw on failure; the
// results are left in window.__results for the Python side.
const params = new URLSearchParams(window.location.search);
const modules = (params.get("modules") || "").split(",").filter(Boolean);

async function run() {
  const results = [];
  for (const name of modules) {
    let tests;
    try {
      ({ tests } = await import(`./${name}`));
    } catch (error) {
      results.push({ module: name, test: "(import)", ok: false, error: String(error?.stack || error) });
      continue;
    }
    for (const [test, body] of Object.entries(tests)) {
      try {
        await body(params);
        results.push({ module: name, test, ok: true });
      } catch (error) {
        results.push({ module: name, test, ok: false, error: String(error?.stack || error) });
      }
    }
  }
  return results;
}

run().then((results) => {
  window.__results = results;
  const failed = results.filter((r) => !r.ok).length;
  document.getElementById("summary").textContent = `${results.length - failed} passed, ${failed} failed`;
});
