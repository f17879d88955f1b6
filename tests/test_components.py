"""Components render editor text as text, and every interface text exists.

Each component is rendered from its fixtures.yml with a hostile string in
every text field and every interface text; the output must stay inert.
"""

from __future__ import annotations

import importlib
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from macros import paths
from macros.components import COMPONENTS
from macros.languages import LANGUAGES, PageInfo
from macros.loading import ui
from macros.paths import COMPONENTS_DIR, ROOT
from macros.render import render_component

HOSTILE = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    '" onmouseover="window.__pwned = 1',
    "' autofocus onfocus='window.__pwned = 1",
    "{{ 7 * 7 }} {% if true %}jinja{% endif %}",
    "</script><script>window.__pwned = 1</script>",
]
ASSETS = ROOT / "overrides" / "assets"


class Collector(HTMLParser):
    """Elements, attributes and text of rendered HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attributes, self.text, self.scripts = [], [], [], []
        self._in_script = None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [(tag, name, value) for name, value in attrs]
        if tag == "script":
            self._in_script = dict(attrs).get("type", "")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = None

    def handle_data(self, data):
        if self._in_script is not None:
            self.scripts.append((self._in_script, data))
        else:
            self.text.append(data)


def poison(node, strings):
    """Every text in the fixture replaced by the next hostile string (the same in both languages)."""
    if isinstance(node, dict) and set(node) == set(LANGUAGES):
        hostile = next(strings)
        return {lang: hostile for lang in LANGUAGES}
    if isinstance(node, dict):
        return {k: poison(v, strings) for k, v in node.items()}
    if isinstance(node, list):
        return [poison(v, strings) for v in node]
    return node


@pytest.fixture
def hostile_project(tmp_path, monkeypatch):
    """data/ and docs/ folders in tmp_path, with a poisoned ui.yml; the loaders read them."""
    data_dir, docs_dir = tmp_path / "data", tmp_path / "docs"
    data_dir.mkdir()
    for lang in LANGUAGES:  # the fixtures link to rules/goals.md#actions
        page = docs_dir / lang / "rules" / "goals.md"
        page.parent.mkdir(parents=True)
        page.write_text("# Goals\n\n## Actions {#actions}\n", encoding="utf-8")
    strings = itertools.cycle(HOSTILE)
    real_ui = yaml.safe_load((ROOT / "data" / "ui.yml").read_text(encoding="utf-8"))
    # Every interface text carries every hostile string, so that whichever
    # texts a component shows, each kind of attack reaches it. Placeholders
    # stay, so that the scripts could still fill them in.
    every_hostile = " ".join(HOSTILE)
    poisoned_ui = {}
    for key, text in real_ui.items():
        poisoned_ui[key] = {
            lang: every_hostile + " " + " ".join(f"{{{name}}}" for name in sorted(ui.placeholders(text[lang])))
            for lang in LANGUAGES
        }
    (data_dir / "ui.yml").write_text(yaml.safe_dump(poisoned_ui, allow_unicode=True), encoding="utf-8")
    monkeypatch.setattr(paths, "DATA_DIR", data_dir)
    monkeypatch.setattr(paths, "DOCS_DIR", docs_dir)
    clear_caches()
    yield data_dir, strings
    clear_caches()


def clear_caches():
    ui.load_ui.cache_clear()
    for component in COMPONENTS:
        component.clear_caches()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("component", COMPONENTS, ids=lambda c: c.name)
def test_hostile_text_renders_inert(component, hostile_project, lang):
    data_dir, strings = hostile_project
    fixtures = yaml.safe_load((COMPONENTS_DIR / component.folder / "fixtures.yml").read_text(encoding="utf-8"))
    for rel, content in fixtures["files"].items():
        target = data_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(yaml.safe_dump(poison(content, strings), allow_unicode=True), encoding="utf-8")
    for rel, text in fixtures.get("docs", {}).items():  # components that read pages
        for lang in LANGUAGES:
            target = paths.DOCS_DIR / lang / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(re.sub("@@TEXT@@", lambda _: next(strings), text), encoding="utf-8")
    html = render_component(component, component.build_context(fixtures["id"], PageInfo(lang, "tools/x/", "")))
    parsed = Collector()
    parsed.feed(html)
    assert "img" not in parsed.tags
    live = [a for a in parsed.attributes if a[1].startswith("on") or a[1] == "autofocus"]
    assert not live, live
    # The only script is the JSON config (if any), and it parses back to the hostile texts.
    assert [kind for kind, _ in parsed.scripts] in (["application/json"], [])
    if parsed.scripts:
        config = json.dumps(json.loads(parsed.scripts[0][1]), ensure_ascii=False)
        assert sum(text in config for text in HOSTILE) >= 3, "the script gets the texts unchanged"
    text = "".join(parsed.text)
    assert sum(hostile in text for hostile in HOSTILE) >= 2, "hostile strings are shown as text"
    assert "<script>" in text or "<img" in text
    assert "{{ 7 * 7 }}" in text and "49" not in text, "template syntax in data is not evaluated"


def test_missing_interface_text_fails_instead_of_rendering_empty():
    strings = ui.ui_strings("fi")
    with pytest.raises(ui.MissingText, match="no_such_key"):
        strings["no_such_key"]


@pytest.mark.parametrize("key", sorted(ui.load_ui()))
def test_interface_text_has_the_same_placeholders_in_both_languages(key):
    text = ui.load_ui()[key]
    assert ui.placeholders(text["fi"]) == ui.placeholders(text["sv"]), (key, text.fi, text.sv)


def _keys_used_in_scripts(*folders: Path) -> set[str]:
    used = set()
    for folder in folders or (ASSETS,):
        for script in folder.rglob("*.js"):
            used |= set(re.findall(r"\b(?:t|strings)\.([a-z]+_[a-z_]+)\b", script.read_text(encoding="utf-8")))
    return used


def _keys_used_in_templates() -> set[str]:
    used = set()
    for template in list(COMPONENTS_DIR.rglob("*.html")) + list((ROOT / "overrides").rglob("*.html")):
        used |= set(re.findall(r"(?<![/\w])ui\.([a-z][a-z_]*)\b", template.read_text(encoding="utf-8")))
    return used


def test_every_interface_text_a_script_or_template_uses_exists():
    used = _keys_used_in_scripts() | _keys_used_in_templates()
    assert used, "found no interface texts in scripts and templates: the pattern is out of date"
    missing = sorted(used - set(ui.load_ui()))
    assert not missing, f"used but not in data/ui.yml: {missing}"


@pytest.mark.parametrize(
    "component", [c for c in COMPONENTS if (ASSETS / "components" / c.name).is_dir()], ids=lambda c: c.name
)
def test_scripts_receive_every_text_they_use(component):
    """A component's script sees only the texts whose prefix its context passes on."""
    context = importlib.import_module(f"macros.components.{component.folder}.context")
    folder = ASSETS / "components" / component.name
    imported = {
        (script.parent / name).resolve()
        for script in folder.glob("*.js")
        for name in re.findall(r'from "(\.[^"]+)"', script.read_text(encoding="utf-8"))
    }
    used = _keys_used_in_scripts(folder)
    for module in imported:
        used |= set(re.findall(r"\b(?:t|strings)\.([a-z]+_[a-z_]+)\b", module.read_text(encoding="utf-8")))
    assert used
    missing = sorted(key for key in used if not key.startswith(context.SCRIPT_STRINGS_PREFIXES))
    assert not missing, f"{component.name}'s script uses texts its config does not carry: {missing}"
