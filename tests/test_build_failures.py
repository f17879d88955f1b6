"""Mistakes an editor can make fail `mkdocs build` and say what and where.

Each test breaks one thing in a copy of the project and builds the copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from macros.components.self_assessment import model
from macros.tooling.site_build import BuildResult, build_site

from .project_copy import copy_project

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path)


def build(project: Path) -> BuildResult:
    return build_site(project / "site", project=project)


def append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_link_to_a_missing_place_in_a_tool_fails_naming_it(project):
    # Tool pages put their forms in after Markdown (macros/hooks/component_stash.py);
    # links into them are still checked, and the real ones pass (a copy builds:
    # test_a_checkout_builds_with_its_own_macros).
    append(
        project / "docs" / "fi" / "rules" / "trust.md",
        "\n[Arvioi](../tools/network-health.md#section-no-such-section)\n",
    )
    result = build(project)
    assert result.returncode != 0
    assert "#section-no-such-section" in result.output and "fi/rules/trust.md" in result.output


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
    assert "data/self-assessments/leader-readiness.yml, rivi" in output


def break_three_ways(project: Path) -> Path:
    """A missing Swedish text, a badly formed id and a duplicate id in one data file."""
    path = project / "data" / "self-assessments" / "network-health.yml"
    text = path.read_text(encoding="utf-8")
    swedish = "          sv: Nätverkets mål är nedskrivna.\n"
    assert swedish in text and "  - id: goals\n" in text and "id: goals-revised\n" in text
    text = (
        text.replace(swedish, "")
        .replace("  - id: goals\n", "  - id: Goals!\n")
        .replace("id: goals-revised\n", "id: goals-recorded\n")
    )
    path.write_text(text, encoding="utf-8")
    return path


def lines_of(path: Path, needle: str) -> list[int]:
    return [n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line]


def three_problems(path: Path, lang: str) -> list[str]:
    """What `make check` and the build say about break_three_ways(), in one language."""
    name = "data/self-assessments/network-health.yml"
    [bad_id], (_, duplicate) = lines_of(path, "id: Goals!"), lines_of(path, "id: goals-recorded")
    text_line = lines_of(path, "- id: goals-recorded")[0] + 1  # the text: key, whose sv: is gone
    if lang == "fi":
        return [
            f"{name}, rivi {bad_id}, kohta 'sections[0].id': tunnisteessa saa olla vain pieniä kirjaimia a–z, "
            "numeroita ja väliviivoja (nyt: 'Goals!')",
            f"{name}, rivi {text_line}, kohta 'sections[0].items[0].text.sv': ruotsinkielinen teksti puuttuu",
            f"{name}, rivi {duplicate}, kohta 'sections[0].items[5].id': tunniste 'goals-recorded' on jo käytössä: "
            "tunnisteiden pitää olla yksilöllisiä",
        ]
    return [
        f"{name}, rad {bad_id}, nyckel 'sections[0].id': id får bara innehålla små bokstäver a–z, siffror och "
        "bindestreck (nu: 'Goals!')",
        f"{name}, rad {text_line}, nyckel 'sections[0].items[0].text.sv': svensk text saknas",
        f"{name}, rad {duplicate}, nyckel 'sections[0].items[5].id': id 'goals-recorded' används redan: id:n ska vara unika",
    ]


def test_build_lists_every_problem_of_a_data_file(project):
    path = break_three_ways(project)
    result = build(project)
    assert not result.ok
    for problem in three_problems(path, "fi"):
        assert f"ERROR   -  {problem}\n" in result.output, result.output


def test_build_speaks_swedish_with_a_swedish_locale(project, swedish):
    path = break_three_ways(project)
    result = build(project)
    assert not result.ok
    for problem in three_problems(path, "sv"):
        assert f"ERROR   -  {problem}\n" in result.output, result.output
    assert "rivi" not in result.output and "puuttuu" not in result.output


# Words that only one language's messages use: a message in the other language must not have them.
ONLY_IN = {"fi": ("rivi ", "kohta '", "puuttuu", "ongelma", "Korjaa"), "sv": ("rad ", "nyckel '", "saknas", "Rätta")}


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.external
def test_check_lists_every_data_problem_in_one_language(project, monkeypatch, lang):
    """`make check` reads every data file itself: all three problems, with lines, in the editor's language."""
    monkeypatch.setenv("LANG", "sv_FI.UTF-8" if lang == "sv" else "C.UTF-8")
    path = break_three_ways(project)
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "check.py")], cwd=project, capture_output=True, text=True
    )
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    listed = [line[4:] for line in out.splitlines() if line.startswith("  - ")]
    assert listed == three_problems(path, lang)
    assert out.rstrip().endswith(
        {"fi": "3 ongelma(a). Korjaa ja aja uudelleen: make check", "sv": "3 problem. Rätta och kör igen: make check"}[
            lang
        ]
    )
    other = "sv" if lang == "fi" else "fi"
    assert not [word for word in ONLY_IN[other] if word in out], out


def test_broken_front_matter_fails_naming_file_and_line(project):
    path = project / "docs" / "sv" / "privacy.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title: ", "title: Trasig: ", 1), encoding="utf-8")
    result = build(project)
    output = result.output
    assert result.returncode != 0
    assert "docs/sv/privacy.md, rivi 2" in output


@pytest.mark.external
def test_check_command_lists_every_problem_in_plain_words(project):
    """`make check` (scripts/check.py) reports all problems at once, with file and line."""
    glossary = project / "docs" / "fi" / "glossary.md"
    text = glossary.read_text(encoding="utf-8")
    text = text.replace(text.splitlines()[2], "description: Liian lyhyt.")
    glossary.write_text(text + "\n[rikki](guides/nope.md)\n", encoding="utf-8")
    sv_glossary = project / "docs" / "sv" / "glossary.md"
    sv_glossary.write_text(
        sv_glossary.read_text(encoding="utf-8").replace("{#about-terms}", "{#about}"), encoding="utf-8"
    )
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "check.py")], cwd=project, capture_output=True, text=True
    )
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "docs/fi/glossary.md, rivi 3, kohta 'description'" in out
    assert "docs/sv/glossary.md, rivi" in out and "{#about}" in out
    assert "docs/fi/glossary.md: linkki 'guides/nope.md' osoittaa sivuun, jota ei ole" in out
    assert out.count("kuvauksen pituus") == 1, "the same problem is listed once"
    assert "/sv/glossary/#about-terms: sivulla ei enää ole kohtaa #about-terms" in out  # a published anchor broke
    listed = [line for line in out.splitlines() if line.startswith("  - ")]
    assert f"{len(listed)} ongelma" in out, "the summary counts every listed problem"


@pytest.mark.external
def test_check_command_passes_on_the_real_project():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check.py")], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_missing_interface_text_fails_the_build_naming_it(project):
    """A key deleted from data/ui.yml fails the build instead of rendering an empty label."""
    path = project / "data" / "ui.yml"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("sa_results_title:")), encoding="utf-8")
    result = build(project)
    assert result.returncode != 0
    assert "sa_results_title" in result.output


def test_template_syntax_in_editor_text_builds_and_stays_text(project):
    """Editor text is escaped: markup and template syntax in a statement stay
    inert text. And `{#id}` after a heading is an attr_list id, not the start
    of a Jinja comment. (One build for both: each build of the site takes seconds.)"""
    append(project / "docs" / "fi" / "glossary.md", "\n## Lisäys {#extra-fi}\n\nTeksti.\n")
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
    assert 'id="extra-fi"' in (project / "site" / "glossary" / "index.html").read_text(encoding="utf-8")


def test_a_checkout_builds_with_its_own_macros(project):
    """The environment's mkdocs, run in another checkout, uses that checkout's code.

    The console script (not `python -m`) puts no project folder on sys.path,
    which is how an environment made in one checkout used to build a second
    one with the first one's macros. It is also the proof that a copy of the
    project builds, which the failures above stand on.
    """
    template = project / "macros" / "components" / "self_assessment" / "template.html"
    marker = "only-in-this-copy-0b1e"
    template.write_text(
        template.read_text(encoding="utf-8").replace('class="sa"', f'class="sa {marker}"', 1), encoding="utf-8"
    )
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [str(mkdocs), "build", "--strict", "-d", str(project / "site")],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    html = (project / "site" / "tools" / "network-health" / "index.html").read_text(encoding="utf-8")
    assert marker in html, "built with another checkout's macros"


def test_publishing_without_a_feedback_address_fails_naming_the_setting(project, monkeypatch):
    # With the address set, the same build passes: tests/test_report_problem.py builds it.
    monkeypatch.delenv("FEEDBACK_EMAIL", raising=False)
    result = build_site(project / "site", project=project, site_url="https://example.org/")
    assert not result.ok
    assert "FEEDBACK_EMAIL" in result.output


@pytest.mark.external
def test_check_names_invalid_html_an_image_without_alt_and_a_missing_pair(project):
    """Bad input an editor can write: each is reported with its file (and line where there is one)."""
    glossary = project / "docs" / "fi" / "glossary.md"
    append(glossary, '\n<div class="note" foo="bar">Huomio</div>\n\n![](../assets/favicon.svg)\n')
    (project / "docs" / "fi" / "extra.md").write_text("---\ntitle: X\n---\n\n# X\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(project / "scripts" / "check.py")], cwd=project, capture_output=True, text=True
    )
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    lines = len(glossary.read_text(encoding="utf-8").splitlines())
    assert f"docs/fi/glossary.md, rivi {lines}: kuvalta puuttuu tekstivastine" in out
    assert "docs/fi/extra.md: ruotsinkielinen pari docs/sv/extra.md puuttuu" in out
    assert "docs/fi/glossary.md (/glossary/, HTML rivi" in out and "foo" in out
