"""Content-hashed names of our scripts and styles (macros/hooks/asset_hashes.py)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from macros.hooks.asset_hashes import OWN_ASSETS, AssetCycle, hash_own_assets, own_assets

IMPORT = re.compile(r"""(?:from|import|importScripts\(|new URL\()\s*["']([^"']+\.js)["']""")


def make_site(tmp_path: Path, files: dict[str, str], page: str) -> tuple[Path, Path]:
    sources, site = tmp_path / "overrides-assets", tmp_path / "site"
    for rel, text in files.items():
        for base in (sources, site / "assets"):
            (base / rel).parent.mkdir(parents=True, exist_ok=True)
            (base / rel).write_text(text, encoding="utf-8")
    (site / "index.html").write_text(page, encoding="utf-8")
    return sources, site


def test_dependents_are_renamed_when_a_library_changes(tmp_path):
    page = '<script type="module" src="assets/javascripts/init.js"></script>'
    files = {
        "javascripts/init.js": 'import { a } from "./lib/a.js";\n',
        "javascripts/lib/a.js": "export const a = 1;\n",
    }
    sources, site = make_site(tmp_path / "one", files, page)
    first = hash_own_assets(site, sources)
    sources, site2 = make_site(tmp_path / "two", {**files, "javascripts/lib/a.js": "export const a = 2;\n"}, page)
    second = hash_own_assets(site2, sources)
    assert first["assets/javascripts/lib/a.js"] != second["assets/javascripts/lib/a.js"]
    assert first["assets/javascripts/init.js"] != second["assets/javascripts/init.js"], (
        "init.js imports the changed file"
    )
    init = (site2 / second["assets/javascripts/init.js"]).read_text(encoding="utf-8")
    assert f'"./lib/{Path(second["assets/javascripts/lib/a.js"]).name}"' in init
    assert second["assets/javascripts/init.js"] in (site2 / "index.html").read_text(encoding="utf-8")
    assert not (site2 / "assets/javascripts/init.js").exists(), "the unhashed name is gone"


def test_an_import_cycle_is_named(tmp_path):
    files = {"javascripts/a.js": 'import "./b.js";\n', "javascripts/b.js": 'import "./a.js";\n'}
    sources, site = make_site(tmp_path, files, "")
    with pytest.raises(AssetCycle, match=r"a\.js -> assets/javascripts/b\.js -> assets/javascripts/a\.js"):
        hash_own_assets(site, sources)


def test_every_own_asset_is_hashed_and_every_reference_resolves(site):
    """In the real build: no unhashed copy left, and every page and script
    names files that exist."""
    unhashed = own_assets(site.dir, OWN_ASSETS)
    assert unhashed == [], f"left without a hash: {unhashed}"
    names = {p.relative_to(OWN_ASSETS).with_suffix("").as_posix() for p in OWN_ASSETS.rglob("*.js")}
    for stem in names:
        assert list((site.dir / "assets").glob(f"{stem}.????????.js")), f"no hashed build of {stem}.js"
    for script in (site.dir / "assets").rglob("*.js"):
        if "lunr" in script.parts or script.name.startswith("bundle."):
            continue  # Material's own
        for spec in IMPORT.findall(script.read_text(encoding="utf-8")):
            if not spec.startswith(("./", "../")) and "/" in spec:
                continue
            assert (script.parent / spec).resolve().is_file(), f"{script.relative_to(site.dir)} names {spec}"
    for rel in site.pages():
        html = (site.dir / rel / "index.html").read_text(encoding="utf-8")
        for ref in re.findall(r'(?:src|href)="([^"]+\.(?:js|css))"', html):
            assert (site.dir / rel / ref).resolve().is_file(), f"/{rel} names {ref}"


# Compiles each file named on the command line as an ES module without running it.
PARSE_MODULES = """
const { SourceTextModule } = require("node:vm");
const { readFileSync } = require("node:fs");
for (const file of process.argv.slice(1)) {
  try {
    new SourceTextModule(readFileSync(file, "utf8"), { identifier: file });
  } catch (error) {
    console.log(`${file}: ${error}`);
  }
}
"""


def test_built_scripts_are_minified_and_still_parse(site):
    """Minified means no comment left; Node (where it is installed) proves each
    one still compiles as a module: one process for all, not one each."""
    scripts = [
        script
        for script in sorted((site.dir / "assets").rglob("*.js"))
        if "lunr" not in script.parts and ".min." not in script.name  # Material's own, minified by Material
    ]
    assert scripts
    for script in scripts:
        assert not re.search(r"^\s*//", script.read_text(encoding="utf-8"), re.M), f"{script.name} still has comments"
    node = shutil.which("node")
    if node:
        result = subprocess.run(
            [node, "--experimental-vm-modules", "--no-warnings", "-e", PARSE_MODULES, *map(str, scripts)],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr


# A template literal inside another's placeholder: `a${b ? ` c` : ""}`.
NESTED_TEMPLATE = re.compile(r"\$\{[^}`]*`")


def test_no_script_nests_a_template_literal_the_minifier_would_change():
    """rjsmin, which minifies our scripts in the build, drops spaces inside a
    template literal nested in another's placeholder (`${a ? ` b` : ""}`
    loses the space before b): such a literal goes into a variable first."""
    found = []
    for path in sorted(OWN_ASSETS.rglob("*.js")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if NESTED_TEMPLATE.search(line):
                found.append(f"{path.relative_to(OWN_ASSETS)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_minifier_does_change_a_nested_template_literal():
    """The reason for the test above: if a new rjsmin keeps these spaces, the rule can go."""
    import rjsmin

    assert rjsmin.jsmin('x(`${a}${b ? ` ${c}` : ""}`)') != 'x(`${a}${b ? ` ${c}` : ""}`)'
