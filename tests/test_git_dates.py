"""Page dates from git history: in the page's language, from the file's last
commit; without history (no .git, a shallow clone) no date and a log line
saying why, and the build still succeeds."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from macros.hooks.git_dates import missing_history
from macros.loading.ui import ui_strings
from macros.tooling.site_build import build_site

from .project_copy import copy_project

COMMIT_DATE = "2026-03-07T12:00:00+02:00"  # shown as 7.3.2026 in both languages
DATE = re.compile(r'<p class="page-updated">\s*(.*?)\s*<time datetime="([\d-]+)">([^<]+)</time>', re.DOTALL)


def git(folder: Path, *args: str, date: str = COMMIT_DATE) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
    }
    result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def commit_everything(folder: Path, message: str = "x", date: str = COMMIT_DATE) -> None:
    git(folder, "add", "-A")
    git(folder, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, date=date)


def test_no_git_folder_is_named(tmp_path):
    reason = missing_history(tmp_path)
    assert reason and str(tmp_path) in reason and ".git" in reason


def test_shallow_clone_is_named_with_the_fix(tmp_path):
    source = tmp_path / "source"
    source.mkdir()
    git(source, "init", "-q")
    for n in range(2):
        (source / "page.md").write_text(f"{n}\n", encoding="utf-8")
        commit_everything(source)
    assert missing_history(source) is None
    git(tmp_path, "clone", "-q", "--depth", "1", source.as_uri(), "shallow")
    reason = missing_history(tmp_path / "shallow")
    assert reason and "shallow" in reason and "fetch-depth: 0" in reason


def test_swedish_reason(tmp_path, swedish):
    assert "ingen git-kopia" in missing_history(tmp_path)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("project"))


def _dates(site: Path) -> dict[str, tuple[str, str, str]]:
    found = {}
    for html in site.rglob("index.html"):
        match = DATE.search(html.read_text(encoding="utf-8"))
        if match:
            found[html.parent.relative_to(site).as_posix()] = match.groups()
    return found


def test_a_folder_without_git_builds_without_dates_and_says_why(project):
    assert not (project / ".git").exists()
    result = build_site(project / "site", project=project)
    assert result.ok, result.problems()
    assert "Sivuille ei tule päivityspäivää" in result.output and "ei ole git-kopio" in result.output
    assert _dates(project / "site") == {}


def test_dates_come_from_the_last_commit_in_the_pages_language(project):
    git(project, "init", "-q")
    commit_everything(project)
    # A later change of one page pair, and a change listed in .git-blame-ignore-revs.
    for lang in ("fi", "sv"):
        glossary = project / "docs" / lang / "glossary.md"
        glossary.write_text(glossary.read_text(encoding="utf-8") + "\nLisäys.\n", encoding="utf-8")
    commit_everything(project, "glossary", date="2026-04-30T12:00:00+03:00")
    sources = project / "docs" / "fi" / "sources.md"
    sources.write_text(sources.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    commit_everything(project, "no real change", date="2026-05-02T12:00:00+03:00")
    ignored = git(project, "rev-parse", "HEAD").strip()
    ignore_file = project / ".git-blame-ignore-revs"
    ignore_file.write_text(ignore_file.read_text(encoding="utf-8") + ignored + "\n", encoding="utf-8")
    result = build_site(project / "site", project=project)
    assert result.ok, result.problems()
    assert "Sivuille ei tule päivityspäivää" not in result.output
    dates = _dates(project / "site")
    pages = len(list((project / "docs").rglob("*.md")))
    assert len(dates) == pages, f"{len(dates)} pages with a date, docs/ has {pages}"
    for page, (label, iso, shown) in dates.items():
        lang = "sv" if page.startswith("sv") else "fi"
        assert label == ui_strings(lang)["updated"], page
        if page.endswith("glossary"):
            assert (iso, shown) == ("2026-04-30", "30.4.2026"), page
        else:
            assert (iso, shown) == ("2026-03-07", "7.3.2026"), page  # sources/: its last commit is ignored
