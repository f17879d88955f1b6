"""What every component provides, so that a new one is a folder plus one line.

A component named "x-y" has, by convention:
- macros/components/x_y/: model.py (schema and loading), context.py
  (template context), template.html, fixtures.yml (a small valid example
  used by the tests); a component with data files of its own names the
  model's check_all as check_data;
- overrides/assets/components/x-y/: x-y.js (default export: a class taking
  the root element, with start()) and x-y.css.
The template's root element carries data-module="vj-x-y".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


def no_data(data_dir=None, docs_dir=None) -> list:
    return []


MODULE_PREFIX = "vj-"  # data-module names are namespaced to the project


@dataclass(frozen=True)
class Component:
    name: str  # "self-assessment": data-module suffix and asset folder
    macro: str | None  # "self_assessment": the macro editors write (None: added by a hook)
    build_context: Callable  # (id, page) -> dict for template.html
    clear_caches: Callable[[], None]
    # (data_dir, docs_dir) -> every problem of every data file the component
    # owns, each file read on its own (DataErrors): `make check` and each build list them all.
    check_data: Callable[..., list] = no_data
    # Stylesheets in overrides/assets/stylesheets/ it shares with other
    # components, e.g. ("record-tool",): loaded once however many use them.
    shared_styles: tuple[str, ...] = ()
    # False for a component that is plain HTML (no script, no styles of its own).
    enhanced: bool = True

    @property
    def folder(self) -> str:
        return self.name.replace("-", "_")

    @property
    def template(self) -> str:
        return f"{self.folder}/template.html"

    @property
    def module(self) -> str:
        return MODULE_PREFIX + self.name
