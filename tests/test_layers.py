"""The Python code is layered: a module imports only from its own layer or
the layers below it, so that the build never depends on test tooling and
data loading never on the build's hooks."""

from __future__ import annotations

import ast

import pytest

from macros.paths import ROOT

MACROS = ROOT / "macros"
# Lowest first. A module in a layer may import from its own layer and any before it.
LAYERS = [
    ("paths", "languages", "loading", "links", "report_problem"),
    ("components", "render", "whole_guide"),
    ("validation",),
    ("hooks", "main"),
    ("editor_checks",),
    ("tooling",),
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def top_package(module: str) -> str:
    return module.split(".")[1] if module.startswith("macros.") else module.split(".")[0]


def imports_of(path) -> set[str]:
    """The macros.* modules a file imports, relative imports resolved."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            names = [f"{module}.{alias.name}" for alias in node.names] if module == "macros" else [module]
            found.update(name for name in names if name.startswith("macros."))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("macros."))
    return found


MODULES = sorted(p for p in MACROS.rglob("*.py") if p.name != "__init__.py" or p.parent != MACROS)


def test_every_package_has_a_layer():
    packages = {
        p.relative_to(MACROS).parts[0].removesuffix(".py")
        for p in MACROS.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or p.suffix == ".py"
    } - {"__init__"}
    assert packages <= set(RANK), f"give these a layer in LAYERS: {sorted(packages - set(RANK))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_import_from_a_layer_above(path):
    own = RANK[path.relative_to(MACROS).parts[0].removesuffix(".py")]
    above = sorted(m for m in imports_of(path) if RANK.get(top_package(m), -1) > own)
    assert not above, f"{path.relative_to(ROOT)} imports from a layer above its own: {above}"


def test_the_rule_catches_an_upward_import(tmp_path, monkeypatch):
    """The check itself: loading code that imports a hook is caught."""
    fake = MACROS / "loading" / "_layer_probe.py"
    fake.write_text("from ..hooks import site\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError, match="hooks"):
            test_no_import_from_a_layer_above(fake)
    finally:
        fake.unlink()
