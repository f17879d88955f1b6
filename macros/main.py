"""Entry point for mkdocs-macros: registers the site's macros.

Each component in macros/components/ becomes a macro of its own name
(`{{ self_assessment("network-health") }}`). Macro logic lives in plain
functions so that it can move to another generator later.
"""

from __future__ import annotations

from macros import whole_guide
from macros.components import COMPONENTS
from macros.hooks.component_stash import stash
from macros.languages import page_info
from macros.loading.ui import ui_strings
from macros.render import render_component


def _component_macro(env, component):
    def macro(item_id: str) -> str:
        return stash(component, render_component(component, component.build_context(item_id, page_info(env))))

    macro.__name__ = component.macro
    macro.__doc__ = f"The component '{component.name}' for the data file with this id."
    return macro


def define_env(env):
    @env.macro
    def page_language() -> str:
        """The language of the page being rendered ('fi' or 'sv')."""
        return page_info(env).lang

    for component in COMPONENTS:
        if component.macro:
            env.macro(_component_macro(env, component), component.macro)

    @env.macro
    def feedback_contact() -> str:
        """The maintainer's feedback address from mkdocs.yml (extra.feedback_email)."""
        email = (env.conf.extra.get("feedback_email") or "").strip()
        if email:
            return f"[{email}](mailto:{email})"
        # Until the publisher names an address, say so plainly instead of inventing one.
        return ui_strings(page_info(env).lang)["feedback_missing"]

    @env.macro
    def whole_guide_link() -> str:
        """A link to the whole guide on one page, and to its PDF when `make pdf` makes one."""
        return _whole_guide_link(env)


def _whole_guide_link(env) -> str:
    info = page_info(env)
    src = env.page.file.src_uri
    src = src.split("/", 1)[1] if src.startswith(info.lang + "/") else src
    return whole_guide.link_markdown(
        info.lang,
        src,
        info.url[len(info.lang_prefix) :],
        ui_strings(info.lang),
        bool(env.conf.extra.get("whole_guide_pdf")),
    )


def on_pre_page_macros(env):
    """Render only pages that hold Jinja (render_by_default is false in
    mkdocs.yml): passing the others through Jinja changed nothing and took a
    tenth of the build. A page that holds any is rendered as before, so a
    mistake in it still fails the build."""
    env.page.meta["render_macros"] = env.has_j2(env.markdown)
