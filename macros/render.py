"""Render components through a Jinja environment of our own.

MkDocs' theme environment does not autoescape and forgives undefined names:
data text rendered through it would be live HTML. Here every value is
escaped unless it is already Markup, and a missing name fails the build.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined

from .components import Component
from .paths import CACHE_DIR, COMPONENTS_DIR

# Compiled templates, kept between builds; Jinja compares each with its source.
TEMPLATE_CACHE = CACHE_DIR / "jinja"


@lru_cache(maxsize=1)
def template_bytecode_cache() -> FileSystemBytecodeCache | None:
    try:
        TEMPLATE_CACHE.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a read-only checkout compiles the templates every time
    return FileSystemBytecodeCache(str(TEMPLATE_CACHE))


@lru_cache(maxsize=1)
def environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(COMPONENTS_DIR),
        bytecode_cache=template_bytecode_cache(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def render_component(component: Component, context: dict) -> str:
    html = environment().get_template(component.template).render(module=component.module, **context)
    return compact(html)


def compact(html: str) -> str:
    """Drop blank lines so Markdown keeps the rendered HTML as one raw block."""
    return "\n".join(line for line in html.splitlines() if line.strip())
