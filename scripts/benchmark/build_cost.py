"""Build cost: our build beside a plain Material build of the same Markdown,
and our build of synthetic copies of the site at growing sizes."""

from __future__ import annotations

import shutil
import statistics
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
# What a copy of the project needs to build.
PROJECT_PARTS = ("mkdocs.yml", ".git-blame-ignore-revs", "docs", "data", "macros", "overrides")
# Pages copied into the synthetic site, cycling (they link to each other by
# relative paths that stay valid one folder down).
TEMPLATE_PAGES = sorted(
    p.relative_to(ROOT / "docs" / "fi").as_posix()
    for folder in ("guides", "rules")
    for p in (ROOT / "docs" / "fi" / folder).glob("*.md")
    if p.name != "index.md"
)


def build_seconds(build, project: Path, runs: int) -> list[float]:
    """Seconds of each of `runs` builds of `project`, in order."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-out-") as out:
            result = build(Path(out), project=project)
            if not result.ok:
                raise RuntimeError(f"build of {project} failed:\n{result.problems()}")
            times.append(result.seconds)
    return times


def median_build_seconds(build, project: Path, runs: int) -> float:
    return statistics.median(build_seconds(build, project, runs))


def _load_mkdocs_yml(path: Path) -> dict:
    loader = type("Loader", (yaml.SafeLoader,), {})
    # !ENV [NAME, default]: the default is enough for a benchmark build.
    loader.add_constructor("!ENV", lambda load, node: load.construct_sequence(node)[-1])
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)


def plain_material_project(into: Path, *, languages: bool = True) -> Path:
    """The same Markdown and Markdown extensions with Material, its search
    and (with `languages`) mkdocs-static-i18n configured as ours, so that
    both language sites are built as ours are: no macros, hooks or
    overrides. Without `languages`, both folders build as one site."""
    ours = _load_mkdocs_yml(ROOT / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", into / "docs")
    config = {
        "site_name": ours["site_name"],
        "docs_dir": "docs",
        "use_directory_urls": True,
        "theme": {"name": "material", "language": "fi", "font": False},
        "plugins": ["search"],
        "markdown_extensions": ours["markdown_extensions"],
    }
    if languages:
        config["plugins"].append(
            next(plugin for plugin in ours["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
        )
        config["not_in_nav"] = ours["not_in_nav"]
    (into / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return into


def synthetic_project(into: Path, pages_per_language: int) -> Path:
    """A copy of this project with `pages_per_language` extra pages per
    language, copies of the guide and rule pages written beside them
    (synthetic-0001.md, ...) so that their relative links stay valid. They
    are left out of the navigation: a menu of 1,600 entries on every page is
    not a site anyone would publish, and would measure the menu instead."""
    for part in PROJECT_PARTS:
        source = ROOT / part
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, into / part)
    for lang in ("fi", "sv"):
        for n in range(pages_per_language):
            template = into / "docs" / lang / TEMPLATE_PAGES[n % len(TEMPLATE_PAGES)]
            copy = template.with_name(f"synthetic-{n:04}.md")
            copy.write_text(template.read_text(encoding="utf-8"), encoding="utf-8")
    config = (into / "mkdocs.yml").read_text(encoding="utf-8")
    marker = "not_in_nav: |\n"
    if marker not in config:
        raise RuntimeError("mkdocs.yml has no `not_in_nav: |` block to extend")
    (into / "mkdocs.yml").write_text(config.replace(marker, marker + "  synthetic-*.md\n", 1), encoding="utf-8")
    return into
