"""'Report a problem on this page': a plain link to a new GitHub issue, or a
mail to the feedback address, with the page's title and address filled in."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from macros.loading.ui import ui_strings
from macros.paths import ROOT
from macros.report_problem import report_links, settings_problem
from macros.tooling.site_build import build_site

from .project_copy import copy_project

# The published build is module-scoped: under xdist (make test-fast) its
# tests share one worker, so it is built once.
pytestmark = pytest.mark.xdist_group("published-copy")

REPOSITORY = "https://github.com/example-org/verkostojohtaminen"
EMAIL = "palaute@example.org"
SITE_URL = "https://example.org/opas/"
TITLE = "Yhteiset tavoitteet & luottamus?"  # characters a query must escape
PAGE_URL = "https://example.org/opas/rules/goals/"


def _query(href: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(href).query, strict_parsing=True).items()}


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_github_issue_first_then_mail_with_title_and_address(lang):
    texts = ui_strings(lang)
    github, mail = report_links(repository=REPOSITORY, email=EMAIL, title=TITLE, page_url=PAGE_URL, texts=texts)
    assert github.via == "github" and github.href.startswith(REPOSITORY + "/issues/new?")
    issue = _query(github.href)
    assert issue["title"] == texts["report_subject"].replace("{title}", TITLE)
    assert PAGE_URL in issue["body"]
    assert mail.via == "email" and mail.href.startswith(f"mailto:{EMAIL}?")
    message = _query(mail.href)
    assert TITLE in message["subject"] and PAGE_URL in message["body"]
    assert "+" not in mail.href, "mailto: spaces are %20 (RFC 6068)"


def test_mail_only_without_repository_and_nothing_without_either():
    texts = ui_strings("fi")
    [mail] = report_links(repository="", email=EMAIL, title=TITLE, page_url=PAGE_URL, texts=texts)
    assert mail.via == "email"
    assert report_links(repository="", email="", title=TITLE, page_url=PAGE_URL, texts=texts) == []


@pytest.mark.parametrize(
    "repository, email, named",
    [
        ("https://gitlab.com/example/guide", "", "gitlab.com"),
        ("github.com/example/guide", "", "github.com/example/guide"),
        ("", "palaute at example.org", "palaute at example.org"),
    ],
)
def test_bad_settings_are_named(repository, email, named):
    problem = settings_problem(repository, email)
    assert problem and named in problem


def test_good_settings_pass():
    assert settings_problem(REPOSITORY + "/", EMAIL) is None


LINK = re.compile(r'<p class="report-problem"[^>]*>(.*?)</p>', re.DOTALL)
HREF = re.compile(r'href="([^"]+)"')
TITLE_TAG = re.compile(r"<title>(.*?)</title>", re.DOTALL)


@pytest.fixture(scope="module")
def published(tmp_path_factory, monkeypatch_module):
    project = copy_project(tmp_path_factory.mktemp("project"))
    monkeypatch_module.setenv("REPO_URL", REPOSITORY)
    monkeypatch_module.setenv("FEEDBACK_EMAIL", EMAIL)
    out = project / "site"
    result = build_site(out, project=project, site_url=SITE_URL)
    assert result.ok, result.problems()
    return out


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def _pages(site):
    for html in sorted(site.rglob("index.html")):
        rel = html.parent.relative_to(site).as_posix()
        yield ("" if rel == "." else rel + "/"), html


def test_every_page_has_the_link_with_its_own_title_and_address(published):
    checked = 0
    for rel, path in _pages(published):
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue  # a redirect of an old address (data/redirects.yml)
        found = LINK.search(html)
        assert found, f"{rel or '/'}: no 'report a problem' link"
        lang = "sv" if rel.startswith("sv/") else "fi"
        texts = ui_strings(lang)
        assert texts["report_problem"] in unescape(found.group(1))
        github, mail = [unescape(href) for href in HREF.findall(found.group(1))]
        issue = _query(github)
        prefix = texts["report_subject"].replace("{title}", "")
        assert issue["title"].startswith(prefix), rel
        page_title = issue["title"][len(prefix) :]
        assert page_title and page_title in unescape(TITLE_TAG.search(html).group(1)), rel
        assert SITE_URL + rel in issue["body"], rel
        assert github.startswith(REPOSITORY + "/issues/new?") and mail.startswith(f"mailto:{EMAIL}?")
        checked += 1
    pages = len(list((ROOT / "docs").rglob("*.md")))
    assert checked == pages, f"{checked} pages checked, docs/ has {pages}"


def test_the_feedback_address_is_the_accessibility_statements_contact(published):
    """Publishing with FEEDBACK_EMAIL set builds (without it the build fails:
    tests/test_build_failures.py), and the statement names that address."""
    statement = (published / "accessibility" / "index.html").read_text(encoding="utf-8")
    assert f'href="mailto:{EMAIL}"' in statement


@pytest.mark.external
def test_the_link_is_valid_html(published, html_checker):
    pages = [published / "index.html", published / "sv" / "privacy" / "index.html"]
    assert html_checker(*pages) == []
