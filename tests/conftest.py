"""Shared fixtures: one strict build of the site per test session, served on localhost."""

from __future__ import annotations

import os

import pytest

from macros.languages import LANGUAGES  # noqa: F401  (re-exported for tests)
from macros.paths import ROOT  # noqa: F401
from macros.tooling.site_build import build_site, free_port, serve


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "slow: starts a long-running process (make test runs it, make test-fast does not)"
    )
    config.addinivalue_line(
        "markers",
        "external: runs Chromium or the Java HTML checker outside the browser tests "
        "(make test runs it, make test-fast does not)",
    )


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups
def pytest_collection_modifyitems(config, items):
    """Under xdist every worker builds its own session `site` (seconds each);
    the tests outside the browser that use it go to one worker, so the fast
    loop (`make test-fast` runs --dist loadgroup) builds the site once."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.xdist_group("built-site"))


UNGROUPED = pytest.StashKey[bool]()


def pytest_collection_finish(session):
    """xdist marks a grouped test by its node id. A pytest under which that
    no longer works (pytest-dev/pytest-xdist#1386) would quietly make every
    worker build the site: those tests fail and say why instead."""
    if session.config.getoption("loadgroup", default=False):
        for item in session.items:
            if item.get_closest_marker("xdist_group") and "@" not in item.nodeid:
                item.stash[UNGROUPED] = True


def pytest_runtest_setup(item):
    if item.stash.get(UNGROUPED, False):
        pytest.fail(
            "--dist loadgroup did not group this test: this pytest and pytest-xdist "
            "do not work together (see the pins in pyproject.toml)",
            pytrace=False,
        )


SWEDISH_LANG = "sv_FI.UTF-8"  # what a Finland-Swedish editor's locale sets


@pytest.fixture(autouse=True)
def messages_in_finnish(monkeypatch):
    """Tests read the editors' messages in Finnish, the default; a developer's
    Swedish locale would switch them (macros/loading/wording.py)."""
    if os.environ.get("LANG", "").lower().startswith("sv"):
        monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def swedish(monkeypatch):
    """Messages in Swedish, here and in the subprocesses a test starts."""
    monkeypatch.setenv("LANG", SWEDISH_LANG)


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """Build the site strictly into a temporary folder and serve it.

    Yields an object with `.dir` (Path) and `.base_url` (ending in '/').
    The build gets the server's own address as SITE_URL so that absolute
    links (hreflang, sitemap) point at the served copy.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    out = tmp_path_factory.mktemp("site")
    result = build_site(out, site_url=url)
    if not result.ok:
        pytest.fail(f"mkdocs build --strict failed:\n{result.problems()}")

    class Site:
        dir = out
        base_url = url

        def pages(self):
            """Every built HTML page, as paths relative to the site root ('', 'sv/rules/goals/')."""
            found = []
            for html in sorted(out.rglob("index.html")):
                rel = html.parent.relative_to(out).as_posix()
                found.append("" if rel == "." else rel + "/")
            return found

    with serve(out, port):
        yield Site()


@pytest.fixture(scope="session")
def html_checker():
    """html_errors(path...) from the W3C checker; in CI a missing checker fails."""
    from macros.tooling import html_checker as checker

    problem = checker.missing()
    if problem:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"The HTML checker must run in CI, but {problem}")
        pytest.skip(problem)
    return checker.html_errors
