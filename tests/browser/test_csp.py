"""The whole site works under the Content-Security-Policy of
deploy/security-headers.conf: the built site is served with that header and
every page, and every tool in use, reports no violation."""

from __future__ import annotations

import functools
import re
import threading
from http.server import ThreadingHTTPServer

import pytest

from macros.paths import ROOT
from macros.tooling.site_build import QuietHandler, build_site, free_port

pytestmark = pytest.mark.browser

HEADERS = ROOT / "deploy" / "security-headers.conf"
COLLECT = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
"""


def policy() -> str:
    found = re.search(r'add_header Content-Security-Policy "([^"]+)"', HEADERS.read_text(encoding="utf-8"))
    assert found, f"no Content-Security-Policy in {HEADERS}"
    return found.group(1)


@pytest.fixture(scope="module")
def csp_site(tmp_path_factory):
    """A build of its own, so that the absolute addresses (hreflang, sitemaps)
    are this server's: same origin, as in production."""
    header = policy()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("csp-site")
    result = build_site(out, site_url=url)
    assert result.ok, result.problems()

    class Handler(QuietHandler):
        def end_headers(self):
            self.send_header("Content-Security-Policy", header)
            super().end_headers()

    server = ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Handler, directory=str(out)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()


def test_the_policy_forbids_inline_scripts_and_other_hosts():
    directives = dict(part.strip().split(" ", 1) for part in policy().split(";"))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in directives["script-src"] and "unsafe-eval" not in directives["script-src"]
    assert directives["default-src"] == "'self'"


def test_every_page_and_tool_runs_without_a_violation(browser, site, csp_site):
    context = browser.new_context()
    context.add_init_script(COLLECT)
    page = context.new_page()
    errors = []
    page.on(
        "console",
        lambda m: errors.append(m.text) if m.type == "error" and "Content Security Policy" in m.text else None,
    )
    problems = {}
    for rel in site.pages():
        page.goto(csp_site + rel)
        page.wait_for_load_state("load")
        if page.locator('[data-module^="vj-"]').count():
            page.wait_for_function(
                "() => [...document.querySelectorAll('[data-module^=\"vj-\"]')].every((e) => e.dataset.started)"
            )
            started = page.locator('[data-module^="vj-"]').evaluate_all("els => els.map(e => e.dataset.started)")
            if any(state != "true" for state in started):
                problems[rel] = f"components did not start: {started}"
        # search opens and the worker loads under the policy too
        if rel in ("", "sv/"):
            page.keyboard.press("s")
            page.fill("input.md-search__input", "verkosto" if rel == "" else "nätverk")
            page.wait_for_selector(".md-search-result__item")
        violations = page.evaluate("window.__csp")
        if violations:
            problems[rel] = violations
    assert not problems and not errors, (problems, errors[:5])
    context.close()
