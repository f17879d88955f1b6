// Component loader, after GOV.UK Frontend's initAll: finds every root marked
// data-module="vj-<name>", imports overrides/assets/components/<name>/<name>.js
// (its built address, which carries a content hash, from the page's
// <link rel="modulepreload" data-component="<name>">) and starts it. Each component starts on its own, inside try/catch: one
// that fails leaves its no-JavaScript form as it was (its enhanced parts stay
// hidden, a note says so) and does not stop the others.
const PREFIX = "vj-";
const NAME = /^[a-z]+(-[a-z]+)*$/;

async function start(root) {
  const name = root.dataset.module.slice(PREFIX.length);
  if (!NAME.test(name)) throw new Error(`not a component name: ${name}`);
  const link = document.querySelector(`link[rel="modulepreload"][data-component="${name}"]`);
  if (!link) throw new Error(`the page names no module for ${name}`);
  const { default: Component } = await import(link.href);
  new Component(root).start();
  // Only a component that started shows the parts that need it.
  root.querySelectorAll("[data-enhanced]").forEach((node) => {
    node.hidden = false;
  });
  root.dataset.started = "true";
}

document.querySelectorAll(`[data-module^="${PREFIX}"]`).forEach((root) => {
  start(root).catch((error) => {
    root.dataset.started = "failed";
    root.querySelectorAll("[data-enhanced]").forEach((node) => {
      node.hidden = true;
    });
    root.querySelectorAll("[data-failed-note]").forEach((node) => {
      node.hidden = false;
    });
    console.error(`Component ${root.dataset.module} could not start:`, error);
  });
});
