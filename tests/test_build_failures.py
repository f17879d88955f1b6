"""Mistakes an editor can make fail `mkdocs build` and say what and where.

Each test breaks one thing in a copy of the project and builds the copy.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from macros.checks.site_build import BuildResult, build_site
from macros.components.self_assessment import model

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ["docs", "data", "macros", "overrides", "mkdocs.yml", "links.txt", "scripts/check.py", "tests/fixtures/seeds",
                 "scripts/html-checker/node_modules"]


@pytest.fixture
def project(tmp_path) -> Path:
    for part in PROJECT_PARTS:
        source = ROOT / part
        target = tmp_path / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if part.endswith("node_modules"):
            if source.is_dir():
                target.symlink_to(source, target_is_directory=True)  # the HTML checker, shared
        elif source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"), symlinks=True)
        else:
            shutil.copy2(source, target)
    return tmp_path


def build(project: Path) -> BuildResult:
    return build_site(project / "site", project=project)


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_unchanged_copy_builds(project):
    result = build(project)
    assert result.returncode == 0, result.output


def test_undefined_variable_fails_the_build(project):
    append(project / "docs" / "sv" / "glossary.md", "\n{{ no_such_variable }}\n")
    result = build(project)
    output = result.output
    assert result.returncode != 0
    assert "no_such_variable" in output


def test_unknown_tool_id_fails_naming_it(project):
    append(project / "docs" / "fi" / "glossary.md", '\n{{ self_assessment("no-such-tool") }}\n')
    result = build(project)
    output = result.output
    assert result.returncode != 0
    assert "no-such-tool" in output and "network-health" in output  # names the known tools too


def test_broken_data_file_fails_naming_file_and_line(project):
    path = project / "data" / "self-assessments" / "leader-readiness.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("sv: ", "sv ", 1), encoding="utf-8")
    result = build(project)
    output = result.output
    assert result.returncode != 0
    assert "data/self-assessments/leader-readiness.yml" in output and "rivi/rad" in output


def test_broken_front_matter_fails_naming_file_and_line(project):
    path = project / "docs" / "sv" / "privacy.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: Trasig: ", 1), encoding="utf-8")
    result = build(project)
    output = result.output
    assert result.returncode != 0
    assert "docs/sv/privacy.md" in output and "rivi/rad 2" in output


def test_jinja_comment_lookalike_in_attr_list_ids_is_not_an_error(project):
    """`{#id}` after a heading is an attr_list id, not the start of a Jinja comment."""
    append(project / "docs" / "fi" / "glossary.md", "\n## Lisäys {#extra-fi}\n\nTeksti.\n")
    result = build(project)
    assert result.returncode == 0, result.output
    assert 'id="extra-fi"' in (project / "site" / "glossary" / "index.html").read_text(encoding="utf-8")


def test_check_command_lists_every_problem_in_plain_words(project):
    """`make check` (scripts/check.py) reports all problems at once, with file and line."""
    glossary = project / "docs" / "fi" / "glossary.md"
    text = glossary.read_text(encoding="utf-8")
    text = text.replace(text.splitlines()[2], "description: Liian lyhyt.")
    glossary.write_text(text + "\n[rikki](guides/nope.md)\n", encoding="utf-8")
    sv_glossary = project / "docs" / "sv" / "glossary.md"
    sv_glossary.write_text(sv_glossary.read_text(encoding="utf-8").replace("{#about-terms}", "{#about}"), encoding="utf-8")
    result = subprocess.run([sys.executable, str(project / "scripts" / "check.py")],
                            cwd=project, capture_output=True, text=True)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "docs/fi/glossary.md, rivi/rad 3, kohta/nyckel 'description'" in out
    assert "docs/sv/glossary.md, rivi/rad" in out and "{#about}" in out
    assert "docs/fi/glossary.md: linkki 'guides/nope.md' osoittaa sivuun, jota ei ole" in out
    assert out.count("kuvauksen pituus") == 1, "the same problem is listed once"
    assert "/sv/glossary/#about-terms: sivulla ei enää ole kohtaa #about-terms" in out  # a published anchor broke
    listed = [line for line in out.splitlines() if line.startswith("  - ")]
    assert f"{len(listed)} ongelma" in out, "the summary counts every listed problem"


def test_check_command_passes_on_the_real_project():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "check.py")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_interface_text_fails_the_build_naming_it(project):
    """A key deleted from data/ui.yml fails the build instead of rendering an empty label."""
    path = project / "data" / "ui.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("sa_results_title:")), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "sa_results_title" in result.output


def test_hostile_statement_is_shown_as_text_in_the_built_page(project):
    """Editor text is escaped: markup and template syntax in a statement stay inert text."""
    path = project / "data" / "self-assessments" / "network-health.yml"
    text = path.read_text(encoding="utf-8")
    first = model.load("network-health").sections[0].items[0]
    hostile = '<img src=x onerror="alert(1)"> {{ 7 * 7 }} "quoted"'
    assert first.text.fi in text
    path.write_text(text.replace(first.text.fi, hostile.replace('"', '\\"').join('""'), 1), encoding="utf-8")
    result = build(project)
    assert result.ok, result.problems()
    html = (project / "site" / "tools" / "network-health" / "index.html").read_text(encoding="utf-8")
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; {{ 7 * 7 }}" in html


def test_a_checkout_builds_with_its_own_macros(project):
    """The environment's mkdocs, run in another checkout, uses that checkout's code.

    The console script (not `python -m`) puts no project folder on sys.path,
    which is how an environment made in one checkout used to build a second
    one with the first one's macros.
    """
    template = project / "macros" / "components" / "self_assessment" / "template.html"
    marker = "only-in-this-copy-0b1e"
    template.write_text(template.read_text(encoding="utf-8").replace('class="sa"', f'class="sa {marker}"', 1), encoding="utf-8")
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([str(mkdocs), "build", "--strict", "-d", str(project / "site")],
                            cwd=project, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "tools" / "network-health" / "index.html").read_text(encoding="utf-8")
    assert marker in html, "built with another checkout's macros"


def test_publishing_without_a_feedback_address_fails_naming_the_setting(project, monkeypatch):
    monkeypatch.delenv("FEEDBACK_EMAIL", raising=False)
    result = build_site(project / "site", project=project, site_url="https://example.org/")
    assert not result.ok
    assert "FEEDBACK_EMAIL" in result.output
    monkeypatch.setenv("FEEDBACK_EMAIL", "palaute@example.org")
    result = build_site(project / "site", project=project, site_url="https://example.org/")
    assert result.ok, result.problems()
    assert 'href="mailto:palaute@example.org"' in (project / "site" / "accessibility" / "index.html").read_text(encoding="utf-8")


def test_check_names_invalid_html_an_image_without_alt_and_a_missing_pair(project):
    """Bad input an editor can write: each is reported with its file (and line where there is one)."""
    glossary = project / "docs" / "fi" / "glossary.md"
    append(glossary, '\n<div class="note" foo="bar">Huomio</div>\n\n![](../assets/favicon.svg)\n')
    (project / "docs" / "fi" / "extra.md").write_text("---\ntitle: X\n---\n\n# X\n", encoding="utf-8")
    result = subprocess.run([sys.executable, str(project / "scripts" / "check.py")], cwd=project, capture_output=True, text=True)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    lines = len(glossary.read_text(encoding="utf-8").splitlines())
    assert f"docs/fi/glossary.md, rivi/rad {lines}: kuvalta puuttuu tekstivastine" in out
    assert "docs/fi/extra.md: ruotsinkielinen pari docs/sv/extra.md puuttuu" in out
    assert "docs/fi/glossary.md (/glossary/, HTML rivi/rad" in out and "foo" in out
