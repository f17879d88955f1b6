"""Unit tests of the browser code, run in one Chromium page without building
the site: the checkout is served as it is and tests/js/runner.html imports
each tests/js/*.test.js module (see tests/js/runner.js).

The worksheet's field kinds are tested against the worksheet fixture
(macros/components/worksheet/fixtures.yml), rendered to the config the
script gets, so that a new kind is tested by adding it to the fixture.
"""

from __future__ import annotations

import json

import pytest
import yaml

from macros.components.worksheet import kinds as worksheet_kinds
from macros.languages import PageInfo
from macros.paths import COMPONENTS_DIR, ROOT
from macros.tooling.site_build import serve

pytestmark = pytest.mark.browser

JS_TESTS = ROOT / "tests" / "js"
MODULES = sorted(p.name for p in JS_TESTS.glob("*.test.js"))
FIXTURE = yaml.safe_load((COMPONENTS_DIR / "worksheet" / "fixtures.yml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def worksheet_fixture(tmp_path_factory, monkeypatch_module):
    """The fixture worksheet's script config (fi), its fitting answers and misfits."""
    from macros import paths
    from macros.components.worksheet import context, model
    from macros.loading import ui

    root = tmp_path_factory.mktemp("project")
    data_dir, docs_dir = root / "data", root / "docs"
    for rel, content in FIXTURE["files"].items():
        (data_dir / rel).parent.mkdir(parents=True, exist_ok=True)
        (data_dir / rel).write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    (data_dir / "ui.yml").write_text((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"), encoding="utf-8")
    for lang in ("fi", "sv"):
        page = docs_dir / lang / "rules" / "goals.md"
        page.parent.mkdir(parents=True)
        page.write_text("# Goals\n\n## Actions {#actions}\n", encoding="utf-8")
    monkeypatch_module.setattr(paths, "DATA_DIR", data_dir)
    monkeypatch_module.setattr(paths, "DOCS_DIR", docs_dir)
    model.clear_caches()
    ui.load_ui.cache_clear()
    config = context.build(FIXTURE["id"], PageInfo("fi", "tools/x/", ""))["config"]
    model.clear_caches()
    ui.load_ui.cache_clear()
    return {"config": config, "answers": FIXTURE["answers"], "misfits": FIXTURE["misfits"]}


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture(scope="module")
def results(browser, worksheet_fixture):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(
        f"window.__fixture = {json.dumps(worksheet_fixture)};"
        f"window.__kinds = {json.dumps(list(worksheet_kinds.KINDS))};"
    )
    with serve(ROOT) as base:
        page.goto(f"{base}tests/js/runner.html?modules={','.join(MODULES)}")
        page.wait_for_function("() => window.__results !== undefined", timeout=20000)
        found = page.evaluate("() => window.__results")
    page.close()
    assert not errors, errors
    return found


def test_the_fixture_covers_every_field_kind():
    """A new kind is not tested until the fixture has a field or column of it."""
    fields = [field for part in FIXTURE["files"]["worksheets/demo-plan.yml"]["parts"] for field in part["fields"]]
    used = {field["kind"] for field in fields}
    used |= {column.get("kind", "text") for field in fields for column in field.get("columns", [])}
    assert used == set(worksheet_kinds.KINDS), f"kinds without a fixture: {set(worksheet_kinds.KINDS) - used}"
    assert set(FIXTURE["answers"]) == {field["id"] for field in fields}, "every fixture field has a fitting answer"


@pytest.mark.parametrize("module", MODULES)
def test_module(results, module):
    mine = [r for r in results if r["module"] == module]
    assert mine, f"{module} ran no tests"
    failed = [f"{r['test']}: {r['error']}" for r in mine if not r["ok"]]
    assert not failed, "\n\n".join(failed)
