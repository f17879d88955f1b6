"""The CI pipeline stays safe: actionlint finds nothing in the workflows,
every action is pinned to a full commit hash with its version beside it,
every job names its own least permissions, and Dependabot keeps every pin
current (Python, each npm package.json, the actions)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from macros.paths import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
DEPENDABOT = ROOT / ".github" / "dependabot.yml"
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")
VERSION_COMMENT = re.compile(r"^\s+#\s+v\d+\.\d+\.\d+\s*$")


def _actionlint() -> str:
    # The test extras install it into the project's environment (pyproject.toml).
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is missing: `make install` installs it with the test extras (pyproject.toml)")
    return found


def _lint(*paths: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [_actionlint(), "-no-color", "-oneline", *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


def _load(path: Path) -> dict:
    # YAML 1.1 reads the key `on` as True.
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_there_is_a_workflow():
    assert WORKFLOWS, "no .github/workflows/*.yml"


def test_actionlint_finds_nothing():
    result = _lint(*WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_fails_on_a_planted_error(tmp_path):
    """The check above can fail: a step that reads an output of a step that
    does not exist is reported, with its line."""
    folder = tmp_path / ".github" / "workflows"
    folder.mkdir(parents=True)
    text = WORKFLOWS[0].read_text(encoding="utf-8")
    planted = "      - run: echo ${{ steps.no-such-step.outputs.value }}\n"
    marker = "    steps:\n"
    assert marker in text
    text = text.replace(marker, marker + planted, 1)
    broken = folder / WORKFLOWS[0].name
    broken.write_text(text, encoding="utf-8")
    line = text[: text.index(planted)].count("\n") + 1
    result = _lint(broken)
    assert result.returncode != 0
    assert f"{broken.name}:{line}:" in result.stdout and "no-such-step" in result.stdout, result.stdout


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actions_pinned_to_commit_hashes_with_version(workflow):
    problems = []
    uses_seen = 0
    for number, line in enumerate(workflow.read_text(encoding="utf-8").splitlines(), 1):
        match = USES.match(line)
        if not match:
            continue
        uses_seen += 1
        action, rest = match.groups()
        if action.startswith("./"):
            continue  # an action of this repository: pinned by the checkout itself
        if not PINNED.match(action):
            problems.append(f"{workflow.name}:{number}: {action} is not pinned to a full commit hash")
        if not VERSION_COMMENT.match(rest):
            problems.append(f"{workflow.name}:{number}: {action} needs its version in a comment (# vX.Y.Z)")
    assert uses_seen, f"{workflow.name} uses no action: the pattern above would not see them"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_job_names_its_own_permissions(workflow):
    data = _load(workflow)
    # Nothing granted at the top: a job without its own block would get nothing.
    assert data.get("permissions") in ({}, "read-all", None) or data["permissions"] == {"contents": "read"}, (
        f"{workflow.name}: top-level permissions should grant nothing: {data.get('permissions')}"
    )
    for name, job in data["jobs"].items():
        permissions = job.get("permissions")
        assert isinstance(permissions, dict), f"{workflow.name}: job {name} names no permissions of its own"
        assert "write-all" not in permissions.values()
        writes = sorted(scope for scope, level in permissions.items() if level == "write")
        # Only publishing writes, and only what GitHub Pages needs.
        if name == "publish":
            assert writes == ["id-token", "pages"], f"{workflow.name}: job {name} writes {writes}"
        else:
            assert writes == [], f"{workflow.name}: job {name} should only read, writes {writes}"


def test_checkouts_keep_no_credentials_and_the_whole_history():
    for workflow in WORKFLOWS:
        for name, job in _load(workflow)["jobs"].items():
            for step in job.get("steps", []):
                if str(step.get("uses", "")).startswith("actions/checkout@"):
                    assert (step.get("with") or {}).get("persist-credentials") is False, (
                        f"{workflow.name}: job {name} keeps the token in .git/config"
                    )
                    # Page dates come from each file's last commit (macros/hooks/git_dates.py).
                    assert (step.get("with") or {}).get("fetch-depth") == 0, (
                        f"{workflow.name}: job {name} checks out without the whole history (fetch-depth: 0)"
                    )


def _dependabot_entries() -> set[tuple[str, str]]:
    data = _load(DEPENDABOT)
    assert data["version"] == 2
    return {(entry["package-ecosystem"], entry["directory"].rstrip("/") or "/") for entry in data["updates"]}


def test_dependabot_covers_every_pin():
    entries = _dependabot_entries()
    expected = {("pip", "/"), ("github-actions", "/")}
    for package_json in ROOT.glob("scripts/*/package.json"):
        expected.add(("npm", "/" + package_json.parent.relative_to(ROOT).as_posix()))
    assert len(expected) >= 4, "scripts/html-checker and scripts/lighthouse should both have a package.json"
    missing = expected - entries
    assert not missing, f"Dependabot does not update: {sorted(missing)}"
    for ecosystem, directory in entries:
        assert (ROOT / directory.lstrip("/")).is_dir(), (
            f"{DEPENDABOT.name}: {ecosystem} folder {directory} does not exist"
        )


def test_ci_makes_and_publishes_the_whole_guide_pdf():
    """`make pdf` builds the site with the PDFs beside it: the preview and the
    published site both come from it, and the job that runs it installs Chromium."""
    for workflow in WORKFLOWS:
        jobs = _load(workflow)["jobs"]
        for name in ("test", "publish"):
            runs = [str(step.get("run", "")) for step in jobs[name]["steps"]]
            assert any(run.strip() == "make pdf" for run in runs), f"{workflow.name}: job {name} does not run make pdf"
            assert any("chromium" in run for run in runs), f"{workflow.name}: job {name} installs no Chromium"
            assert not any(run.strip() == "make build" for run in runs), (
                f"{workflow.name}: job {name} builds without the PDFs"
            )
        uploads = [
            step
            for step in jobs["publish"]["steps"]
            if str(step.get("uses", "")).startswith("actions/upload-pages-artifact@")
        ]
        assert uploads and uploads[0]["with"]["path"].rstrip("/") == "site"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^pdf:.*\n\tWHOLE_GUIDE_PDF=1 .*mkdocs build --strict", makefile, re.M)
    assert "scripts/whole_guide_pdf.py site" in makefile
